// The Python leg of the gate: which interpreter, one inventory start, one import-probe start,
// then the pure judges. Everything declared arrives already parsed; nothing here reads a manifest.
import type { EcosystemCheck } from './check.js';
import type { Finding, ImportResult, LockPin, PythonRequirement, RuntimeConstraint, SourcePosition, SpecProblem } from '../model.js';
import { chooseInterpreter } from '../probes/python/interpreter.js';
import { probePythonEnvironment } from '../probes/python/inventory.js';
import { probeImports } from '../probes/python/imports.js';
import { assessPython, judgePython, modulesToImport, pipInstallSetup, withExtrasRequirements } from '../judge/python.js';
import { judgePythonLockPins } from '../judge/lock-drift.js';
import { judgeRuntime, judgeShadowed, shadowedFinding } from '../judge/python-environment.js';
import { FINDING_CODES } from '../judge/finding-codes.js';

export interface PythonDeclared {
  requirements: PythonRequirement[];
  pins: LockPin[];
  runtime: RuntimeConstraint[];
}

export interface PythonCheckOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  /** The `python` input or --python. */
  input?: string;
  /** python.interpreter from depgate.yml. */
  configured?: { command: string; source: SourcePosition };
  timeoutMs: number;
  imports: boolean;
  /** Selected extras: lockfile pins marked `extra == "x"` apply when x is selected. */
  extras?: string[];
}

export async function checkPython(declared: PythonDeclared, options: PythonCheckOptions): Promise<EcosystemCheck> {
  const { requirements } = declared;
  const interpreter = chooseInterpreter({ input: options.input, configured: options.configured?.command, cwd: options.cwd, env: options.env });
  const probe = await probePythonEnvironment(interpreter, { cwd: options.cwd, timeoutMs: options.timeoutMs });
  if (!probe.ok) {
    const code = probe.reason === 'timeout' ? 'DG004' : 'DG005';
    const at = interpreter.from === 'config' ? options.configured?.source : undefined;
    const unchecked = requirements.length === 0 ? 'the Python runtime could not be checked'
      : requirements.length === 1 ? 'the Python requirement could not be checked'
        : `none of the ${requirements.length} Python requirements could be checked`;
    const finding: Finding = {
      code,
      kind: FINDING_CODES[code].kind,
      severity: 'error',
      ecosystem: 'python',
      name: interpreter.command,
      file: at?.file,
      line: at?.line,
      column: at?.column,
      message: `${probe.message}; ${unchecked}.`,
    };
    return { findings: [finding], checked: 0 };
  }
  const python = probe.environment;
  const assessments = assessPython(withExtrasRequirements(requirements, python), python, options.cwd);
  let imports: Map<string, ImportResult> | undefined;
  if (options.imports) {
    const modules = modulesToImport(assessments);
    const results = modules.length > 0 ? await probeImports(python.executable, modules, { cwd: options.cwd, timeoutMs: options.timeoutMs }) : [];
    imports = new Map(results.map((result) => [result.module, result]));
  }
  return {
    findings: [
      ...judgeRuntime(declared.runtime, python),
      ...judgePython(assessments, python, imports, { timeoutMs: options.timeoutMs }),
      ...judgePythonLockPins(declared.pins, python, options.extras),
      ...judgeShadowed(python, requirements).shadowedWarnings.map(shadowedFinding),
    ],
    checked: requirements.length,
    environment: {
      requested: python.requested,
      requestedFrom: python.requestedFrom,
      executable: python.executable,
      version: python.version,
      prefix: python.prefix,
    },
    installCommand: pipInstallSetup(python).command,
    installSetup: pipInstallSetup(python).setup,
    pythonEnvironment: python,
  };
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

/**
 * A selected extra or group that no manifest defines is almost always a typo (`postgress`), and
 * would silently check nothing: a DG100 at its place in depgate.yml, naming the ones that exist.
 */
export function unknownSelections(requirements: PythonRequirement[], selection: { extras: string[]; groups: string[]; selectedAt: { extras: Record<string, SourcePosition>; groups: Record<string, SourcePosition> } }): SpecProblem[] {
  const problems: SpecProblem[] = [];
  for (const kind of ['extra', 'group'] as const) {
    const key = kind === 'extra' ? 'extras' : 'groups';
    const defined = [...new Set(requirements.filter((requirement) => requirement.selector?.kind === kind).map((requirement) => requirement.selector!.name))];
    for (const name of selection[key]) {
      if (defined.includes(name)) continue;
      const known = defined.length > 0 ? `the manifests define: ${defined.join(', ')}` : `the manifests define no ${key}`;
      problems.push({
        code: 'DG100',
        message: `python.${key} selects '${name}', but no manifest read here defines that ${kind} (${known}); nothing would be checked for it`,
        source: selection.selectedAt[key][name],
        subject: `python.${key}`,
      });
    }
  }
  return problems;
}

/** Requirements of an extra or a group count only when depgate.yml selects them. */
export function selectedRequirements(requirements: PythonRequirement[], selection: { extras: string[]; groups: string[] }): PythonRequirement[] {
  return requirements.filter(({ selector }) =>
    !selector || (selector.kind === 'extra' ? selection.extras : selection.groups).includes(selector.name));
}
