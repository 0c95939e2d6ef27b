// The pipeline, once, for both entries (action and CLI): spec → probes → judge → Report.
// Orchestration only: which files to read, each ecosystem's leg, then the verdict.
import type { Ecosystem, Finding, GateMode, LockPin, NodeRequirement, PythonEnvironment, PythonRequirement, Report, Requirement, RuntimeConstraint, SourcePosition, SpecProblem } from './model.js';
import { loadConfig, toRelative } from './config/load.js';
import type { DepgateConfig } from './config/schema.js';
import { readManifest, type ManifestContext } from './manifests/index.js';
import { discover, DISCOVERY_RULES } from './manifests/discovery.js';
import { checkPython, mergeConfiguredPackages, selectedRequirements, unknownSelections } from './ecosystems/python.js';
import { checkNode } from './ecosystems/node.js';
import type { EcosystemCheck } from './ecosystems/check.js';
import { buildReport, problemToFinding } from './judge/verdict.js';
import { checkMachine } from './ecosystems/machine.js';
import { binariesWithConfiguredArgs, checkSystem } from './ecosystems/system.js';
import { maskSecrets, secretsOf } from './report/mask.js';

/** Defaults for what both the inputs and depgate.yml can set (inputs win, then the file). */
export const DEFAULT_MODE: GateMode = 'enforce';
export const DEFAULT_IMPORTS = true;
export const DEFAULT_TIMEOUT_SECONDS = 30;

export interface GateOptions {
  /** Absolute working directory: manifests and the config are found relative to it. */
  cwd: string;
  env: Record<string, string | undefined>;
  config?: string;
  manifests?: string[];
  python?: string;
  /** The node the app runs on (the `node` input or --node). */
  node?: string;
  imports?: boolean;
  mode?: GateMode;
  timeoutSeconds?: number;
  /** Problems the entry found in its own inputs or flags; reported like any other DG100. */
  inputProblems?: SpecProblem[];
  /** GITHUB_EVENT_NAME: under pull_request_target, the PR's own command probes are refused. */
  eventName?: string;
  /** The workflow's `allow-commands: true`, which lifts that refusal. */
  allowCommands?: boolean;
}

interface PlannedFile {
  file: string;
  declaredAt?: SourcePosition;
}

/** Everything declared for one ecosystem, from every file read for it. */
interface Declared {
  requirements: Requirement[];
  pins: LockPin[];
  runtime: RuntimeConstraint[];
  /** Whether a manifest (not only a lockfile or a version file) was read for it. */
  hasManifest: boolean;
  files: string[];
}

export async function runGate(options: GateOptions): Promise<Report> {
  const { config, problems: configProblems } = await loadConfig(options.cwd, options.config);
  const problems: SpecProblem[] = [...(options.inputProblems ?? []), ...configProblems];
  const mode = options.mode ?? config.mode ?? DEFAULT_MODE;
  const timeoutMs = (options.timeoutSeconds ?? config.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
  const sources = config.file ? [config.file] : [];
  const notes: string[] = [];

  const context: ManifestContext = { cwd: options.cwd, groups: config.python.groups, extras: config.python.extras, dev: config.node.dev };
  const declared: Record<'python' | 'node', Declared> = {
    python: { requirements: [], pins: [], runtime: [], hasManifest: false, files: [] },
    node: { requirements: [], pins: [], runtime: [], hasManifest: false, files: [] },
  };
  for (const planned of planFiles(options, config, notes)) {
    for (const read of await readManifest(toRelative(options.cwd, planned.file), context, planned.declaredAt)) {
      problems.push(...read.result.problems);
      sources.push(...read.result.files.filter((file) => !sources.includes(file)));
      if (!read.format) continue;
      const into = declared[read.format.ecosystem];
      into.requirements.push(...read.result.requirements);
      into.pins.push(...(read.result.pins ?? []));
      into.runtime.push(...(read.result.runtime ?? []));
      into.hasManifest ||= read.format.role === 'manifest';
      into.files.push(read.file);
    }
  }

  const findings: Finding[] = problems.map(problemToFinding);
  const environment: Report['environment'] = {};
  const installCommands: Partial<Record<Ecosystem, string[]>> = {};
  const installSetups: Partial<Record<Ecosystem, string>> = {};
  let checked = 0;
  /** Takes in one leg's answer; `ecosystem` is whose runtime and install command it speaks for. */
  const absorb = (ecosystem: 'python' | 'node' | 'system', result: EcosystemCheck): void => {
    findings.push(...result.findings);
    checked += result.checked;
    if (result.environment && ecosystem !== 'system') environment[ecosystem] = result.environment;
    if (result.installCommand && !installCommands[ecosystem]) installCommands[ecosystem] = result.installCommand;
    if (result.installSetup && !installSetups[ecosystem]) installSetups[ecosystem] = result.installSetup;
  };

  const python = declared.python;
  const pythonDeclared = python.requirements.filter((requirement): requirement is PythonRequirement => requirement.ecosystem === 'python');
  findings.push(...unknownSelections(pythonDeclared, config.python).map(problemToFinding));
  const pythonRequirements = selectedRequirements(mergeConfiguredPackages(pythonDeclared, config.python.packages), config.python);
  const machine = config.machine;
  const databasesNeedPython = machine.databases.some((database) => database.ecosystem === 'python');
  let pythonEnvironment: PythonEnvironment | undefined;
  if (pythonRequirements.length > 0 || python.hasManifest || config.python.interpreter || databasesNeedPython) {
    const result = await checkPython(
      { requirements: pythonRequirements, pins: python.pins, runtime: python.runtime },
      { cwd: options.cwd, env: options.env, input: options.python, configured: config.python.interpreter, timeoutMs, imports: options.imports ?? config.imports ?? DEFAULT_IMPORTS, extras: config.python.extras },
    );
    absorb('python', result);
    pythonEnvironment = result.pythonEnvironment;
  }

  const node = declared.node;
  const nodeRequirements = [...config.node.packages, ...node.requirements.filter((requirement): requirement is NodeRequirement => requirement.ecosystem === 'node')];
  if (nodeRequirements.length > 0 || node.hasManifest || config.node.interpreter) {
    const result = await checkNode(
      { requirements: nodeRequirements, pins: node.pins, runtime: node.runtime, files: node.files },
      { cwd: options.cwd, input: options.node, configured: config.node.interpreter, timeoutMs, imports: options.imports ?? config.imports ?? DEFAULT_IMPORTS },
    );
    absorb('node', result);
  }

  const system = config.system;
  if (system.packages.length + system.binaries.length > 0) {
    // A binary run with arguments from the config is a command probe by another name.
    const refused = options.eventName === 'pull_request_target' && !options.allowCommands ? binariesWithConfiguredArgs(system) : [];
    for (const binary of refused) {
      findings.push(problemToFinding({
        code: 'DG100',
        message: `system.binaries.${binary.name} runs the binary with arguments from depgate.yml, which under pull_request_target come from the pull request; it was not run. Set allow-commands: true in the workflow if the config is trusted.`,
        source: binary.source,
        subject: binary.name,
      }));
    }
    absorb('system', await checkSystem({ ...system, binaries: system.binaries.filter((binary) => !refused.includes(binary)) }, { cwd: options.cwd, env: options.env, timeoutMs }));
  }

  const machineDeclared = machine.env.length + machine.services.length + machine.databases.length + machine.commands.length;
  if (machineDeclared > 0) {
    // The machine leg's only install command is pip's, for a missing database driver.
    absorb('python', await checkMachine(machine, {
      cwd: options.cwd,
      env: options.env,
      timeoutMs,
      python: pythonEnvironment,
      nodeRequirements,
      eventName: options.eventName,
      allowCommands: options.allowCommands,
    }));
  }

  if (checked === 0 && findings.length === 0 && !python.hasManifest && !node.hasManifest) {
    findings.push(problemToFinding({
      code: 'DG100',
      message: `nothing to check in ${options.cwd}: no manifest was found (${DISCOVERY_RULES.flatMap((rule) => rule.manifests).join(', ')}) and depgate.yml declares no packages. Set working-directory, the manifests input, or python.manifests / node.manifests.`,
    }));
  }
  const report = buildReport({ findings, mode, checked, environment, sources, notes, ignore: config.ignore, installCommands, installSetups });
  // Values of declared variables and database passwords never reach any surface (PRODUCT.md).
  return maskSecrets(report, gateSecrets(options.env, config));
}

/** Every value depgate must never print: declared variables' values and database URL passwords. */
export function gateSecrets(env: Record<string, string | undefined>, config: DepgateConfig): string[] {
  return secretsOf(env, config.machine.env, config.machine.databases, config.machine.services);
}

/**
 * The files to read: the `manifests` input (any ecosystem) wins; otherwise each ecosystem's
 * configured manifests, or what its discovery rule finds in the working directory.
 */
function planFiles(options: GateOptions, config: DepgateConfig, notes: string[]): PlannedFile[] {
  if (options.manifests) {
    notes.push(`files read: ${options.manifests.join(', ')} (from the manifests input; nothing else is discovered)`);
    return options.manifests.map((file) => ({ file }));
  }
  const planned: PlannedFile[] = [];
  for (const rule of DISCOVERY_RULES) {
    const configured = config[rule.ecosystem].manifests;
    const found = discover(options.cwd, rule);
    if (configured) {
      notes.push(`${rule.ecosystem} files read: ${configured.map((entry) => entry.path).join(', ')} (from ${config.file})`);
      const listed = new Set(configured.map((entry) => toRelative(options.cwd, entry.path)));
      const unread = [...found.manifests, ...(found.lockfile ? [found.lockfile] : [])].filter((file) => !listed.has(file));
      if (unread.length > 0) notes.push(`${unread.join(', ')} ${unread.length > 1 ? 'are' : 'is'} present but not read: ${rule.ecosystem}.manifests in ${config.file} lists the files to read`);
      planned.push(...configured.map((entry) => ({ file: entry.path, declaredAt: entry.source })));
      continue;
    }
    const files = [...found.manifests, ...(found.lockfile ? [found.lockfile] : []), ...found.runtime];
    if (files.length === 0) continue;
    notes.push(`${rule.ecosystem} files discovered: ${files.join(', ')}`, ...found.notes);
    // .tool-versions serves both ecosystems: read once, by every format that claims it.
    planned.push(...files.filter((file) => !planned.some((entry) => entry.file === file)).map((file) => ({ file })));
  }
  return planned;
}
