// The pipeline, once, for both entries (action and CLI): spec → probes → judge → Report.
// Orchestration only: each step lives in its own folder.
import type { Finding, GateMode, ImportResult, PythonRequirement, Report, SourcePosition, SpecProblem } from './model.js';
import { loadConfig, toRelative } from './config/load.js';
import type { DepgateConfig } from './config/schema.js';
import { discoverManifests, DISCOVERED_MANIFESTS, readManifest } from './manifests/index.js';
import { chooseInterpreter } from './probes/python/interpreter.js';
import { probePythonEnvironment } from './probes/python/inventory.js';
import { probeImports } from './probes/python/imports.js';
import { assessPython, judgePython, modulesToImport } from './judge/python.js';
import { FINDING_CODES } from './judge/finding-codes.js';
import { buildReport, problemToFinding } from './judge/verdict.js';

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
  imports?: boolean;
  mode?: GateMode;
  timeoutSeconds?: number;
  /** Problems the entry found in its own inputs or flags; reported like any other DG100. */
  inputProblems?: SpecProblem[];
}

export async function runGate(options: GateOptions): Promise<Report> {
  const { config, problems: configProblems } = await loadConfig(options.cwd, options.config);
  const problems: SpecProblem[] = [...(options.inputProblems ?? []), ...configProblems];
  const mode = options.mode ?? config.mode ?? DEFAULT_MODE;
  const timeoutMs = (options.timeoutSeconds ?? config.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS) * 1000;
  const sources = config.file ? [config.file] : [];

  const declared = await readDeclaredRequirements(options, config);
  problems.push(...declared.problems);
  sources.push(...declared.files);
  const requirements = mergeConfiguredPackages(declared.requirements, config.python.packages);
  if (requirements.length === 0 && problems.length === 0) {
    problems.push({
      code: 'DG100',
      message: `nothing to check in ${options.cwd}: no ${DISCOVERED_MANIFESTS.join(' or ')} was found and depgate.yml declares no python.packages. Set working-directory, the manifests input, or python.manifests.`,
    });
  }

  const findings: Finding[] = problems.map(problemToFinding);
  const environment: Report['environment'] = {};
  if (requirements.length > 0) {
    const interpreter = chooseInterpreter({
      input: options.python,
      configured: config.python.interpreter?.command,
      cwd: options.cwd,
      env: options.env,
    });
    const probe = await probePythonEnvironment(interpreter, { cwd: options.cwd, timeoutMs });
    if (!probe.ok) {
      const code = probe.reason === 'timeout' ? 'DG004' : 'DG005';
      const at: SourcePosition | undefined = interpreter.from === 'config' ? config.python.interpreter?.source : undefined;
      findings.push({
        code,
        kind: FINDING_CODES[code].kind,
        severity: 'error',
        ecosystem: 'python',
        name: interpreter.command,
        file: at?.file,
        line: at?.line,
        column: at?.column,
        message: `${probe.message}; none of the ${requirements.length} Python requirements could be checked.`,
      });
    } else {
      const python = probe.environment;
      environment.python = {
        requested: python.requested,
        requestedFrom: python.requestedFrom,
        executable: python.executable,
        version: python.version,
        prefix: python.prefix,
      };
      const assessments = assessPython(requirements, python, options.cwd);
      let imports: Map<string, ImportResult> | undefined;
      if (options.imports ?? config.imports ?? DEFAULT_IMPORTS) {
        const modules = modulesToImport(assessments);
        const results = modules.length > 0 ? await probeImports(python.executable, modules, { cwd: options.cwd, timeoutMs }) : [];
        imports = new Map(results.map((result) => [result.module, result]));
      }
      findings.push(...judgePython(assessments, python, imports));
    }
  }
  return buildReport({ findings, mode, checked: requirements.length, environment, sources, ignore: config.ignore });
}

async function readDeclaredRequirements(options: GateOptions, config: DepgateConfig): Promise<{ requirements: PythonRequirement[]; problems: SpecProblem[]; files: string[] }> {
  const manifests: { path: string; declaredAt?: SourcePosition }[] =
    options.manifests?.map((file) => ({ path: file })) ??
    config.python.manifests?.map((entry) => ({ path: entry.path, declaredAt: entry.source })) ??
    discoverManifests(options.cwd).map((file) => ({ path: file }));
  const requirements: PythonRequirement[] = [];
  const problems: SpecProblem[] = [];
  const files: string[] = [];
  for (const manifest of manifests) {
    const result = await readManifest(toRelative(options.cwd, manifest.path), options.cwd, manifest.declaredAt);
    requirements.push(...result.requirements);
    problems.push(...result.problems);
    files.push(...result.files.filter((file) => !files.includes(file)));
  }
  return { requirements, problems, files };
}

/**
 * depgate.yml may say how to import a package and why it matters without repeating its version:
 * those details apply to every requirement of the same distribution, wherever it is declared, and
 * an entry that only adds details to a manifest's requirement is not a second requirement.
 */
export function mergeConfiguredPackages(fromManifests: PythonRequirement[], configured: PythonRequirement[]): PythonRequirement[] {
  const details = new Map<string, Pick<PythonRequirement, 'importName' | 'message'>>();
  for (const entry of configured) {
    const known = details.get(entry.canonicalName) ?? {};
    details.set(entry.canonicalName, { importName: known.importName ?? entry.importName, message: known.message ?? entry.message });
  }
  const inManifests = new Set(fromManifests.map((requirement) => requirement.canonicalName));
  const detailsOnly = (entry: PythonRequirement): boolean =>
    entry.specifier === '' && !entry.url && !entry.marker && entry.extras.length === 0 && inManifests.has(entry.canonicalName);
  return [...configured.filter((entry) => !detailsOnly(entry)), ...fromManifests].map((requirement) => {
    const extra = details.get(requirement.canonicalName);
    if (!extra) return requirement;
    return { ...requirement, importName: requirement.importName ?? extra.importName, message: requirement.message ?? extra.message };
  });
}
