// Declared Python requirements + what the interpreter reported → findings. Pure: no I/O.
// Two steps because import probes depend on the first: `assessPython` matches every requirement
// to an installed distribution and says which module to import; `judgePython` turns those
// assessments and the import results into findings.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding, ImportResult, PythonDistribution, PythonEnvironment, PythonRequirement } from '../model.js';
import { specifierSatisfied } from '../versions/poetry.js';
import { evaluateMarker, parseMarker, parseRequirement } from '../versions/pep508.js';
import { canonicalizeName } from '../versions/pep503.js';
import { chooseImportTarget, type ImportTarget } from './import-names.js';
import { FINDING_CODES } from './finding-codes.js';
import { shellCommand } from './shell-quote.js';

export type PythonAssessment =
  | { requirement: PythonRequirement; state: 'skipped' }
  | { requirement: PythonRequirement; state: 'marker-error'; error: string }
  | { requirement: PythonRequirement; state: 'missing' }
  | { requirement: PythonRequirement; state: 'unconstrained' }
  | { requirement: PythonRequirement; state: 'unidentified' }
  | { requirement: PythonRequirement; state: 'mismatch'; distribution: PythonDistribution }
  | { requirement: PythonRequirement; state: 'installed'; distribution: PythonDistribution; importTarget?: ImportTarget };

export function assessPython(requirements: PythonRequirement[], environment: PythonEnvironment, cwd: string): PythonAssessment[] {
  const byName = new Map(environment.distributions.map((distribution) => [distribution.canonicalName, distribution]));
  return requirements.map((requirement): PythonAssessment => {
    if (requirement.marker) {
      const parsed = parseMarker(requirement.marker);
      // extra is '' outside an extra's context, as pip evaluates top-level requirements (PEP 508, "Environment Markers").
      const value = parsed.ok ? evaluateMarker(parsed.marker, { ...environment.markers, extra: '' }) : parsed;
      if (!value.ok) return { requirement, state: 'marker-error', error: value.error };
      if (!value.value) return { requirement, state: 'skipped' };
    }
    const distribution = requirement.canonicalName
      ? byName.get(requirement.canonicalName)
      : findByDirectUrl(requirement, environment.distributions, cwd);
    if (!distribution) {
      if (requirement.constraint) return { requirement, state: 'unconstrained' };
      return { requirement, state: requirement.canonicalName ? 'missing' : 'unidentified' };
    }
    if (requirement.specifier && !specifierSatisfied(requirement.specifier, distribution.version)) {
      return { requirement, state: 'mismatch', distribution };
    }
    // A constraint bounds a version; whether the package imports is for its requirement to ask.
    if (requirement.constraint) return { requirement, state: 'unconstrained' };
    return { requirement, state: 'installed', distribution, importTarget: chooseImportTarget(requirement, distribution) };
  });
}

/** How deep `a[x]` → `b[y]` → `c` is followed; real extras chains are one or two links. */
const MAX_EXTRAS_DEPTH = 4;

/**
 * `SQLAlchemy[postgresql]` asks for SQLAlchemy and for what its `postgresql` extra requires
 * (psycopg2): pip installs both, so the gate checks both. The extra's requirements come from the
 * installed distribution's own metadata (Requires-Dist with `extra == "postgresql"`), are placed
 * at the declaring line, and are skipped where the app declares the same package itself.
 */
export function withExtrasRequirements(requirements: PythonRequirement[], environment: PythonEnvironment): PythonRequirement[] {
  const byName = new Map(environment.distributions.map((distribution) => [distribution.canonicalName, distribution]));
  const declared = new Set(requirements.map((requirement) => requirement.canonicalName));
  const added = new Set<string>();
  const result = [...requirements];
  const expand = (requirement: PythonRequirement, depth: number): void => {
    if (requirement.extras.length === 0 || requirement.constraint || depth > MAX_EXTRAS_DEPTH) return;
    const distribution = byName.get(requirement.canonicalName);
    for (const line of distribution?.extraRequires ?? []) {
      const parsed = parseRequirement(line);
      if (!parsed.ok || !parsed.requirement.markerTree) continue;
      const needed = parsed.requirement;
      const viaExtra = requirement.extras.find((extra) => {
        const value = evaluateMarker(needed.markerTree!, { ...environment.markers, extra: canonicalizeName(extra) });
        return value.ok && value.value;
      });
      if (viaExtra === undefined || declared.has(needed.canonicalName) || added.has(needed.canonicalName)) continue;
      added.add(needed.canonicalName);
      const derived: PythonRequirement = {
        ecosystem: 'python',
        name: needed.name,
        canonicalName: needed.canonicalName,
        extras: needed.extras,
        specifier: needed.specifier,
        url: needed.url,
        requiredBy: `${requirement.name}[${viaExtra}]`,
        source: requirement.source,
      };
      result.push(derived);
      expand(derived, depth + 1);
    }
  };
  for (const requirement of requirements) expand(requirement, 1);
  return result;
}

/** The extras a distribution's metadata names in its Requires-Dist markers (PEP 685 names). */
function definedExtras(distribution: PythonDistribution): Set<string> {
  const names = new Set<string>();
  for (const line of distribution.extraRequires ?? []) {
    for (const match of line.matchAll(/extra\s*==\s*['"]([^'"]+)['"]/g)) names.add(canonicalizeName(match[1]));
  }
  return names;
}

/** Extras a requirement asks for that the installed distribution does not define (a typo, usually). */
function unknownExtras(requirement: PythonRequirement, distribution: PythonDistribution): string[] {
  // Without the extras' metadata (none of its extras requires anything) there is nothing to compare with.
  if (requirement.extras.length === 0 || !distribution.extraRequires?.length) return [];
  const defined = definedExtras(distribution);
  return requirement.extras.filter((extra) => !defined.has(canonicalizeName(extra)));
}

/** Every module the import probe must try, each once, in declaration order. */
export function modulesToImport(assessments: PythonAssessment[]): string[] {
  const modules = new Set<string>();
  for (const assessment of assessments) {
    if (assessment.state === 'installed' && assessment.importTarget) modules.add(assessment.importTarget.module);
  }
  return [...modules];
}

/** `imports` is undefined when import probes were turned off; `timeoutMs` is named in DG004 messages. */
export function judgePython(
  assessments: PythonAssessment[],
  environment: PythonEnvironment,
  imports: Map<string, ImportResult> | undefined,
  options: { timeoutMs?: number } = {},
): Finding[] {
  const findings: Finding[] = [];
  const python = environment.executable;
  const where = `${environment.executable} (Python ${environment.version})`;
  const installFix = (install: string[]): string => pipInstallFix(environment, install);
  for (const assessment of assessments) {
    const { requirement } = assessment;
    const declared = requirement.requiredBy
      ? `${requirement.requiredBy} (${requirement.source.file}:${requirement.source.line}), through its extra,`
      : `${displayRequirement(requirement)} (${requirement.source.file}:${requirement.source.line})`;
    const because = requirement.message ? ` ${requirement.message}.` : '';
    const finding = (code: Finding['code'], message: string, extra: Partial<Finding> = {}): void => {
      findings.push({
        code,
        kind: FINDING_CODES[code].kind,
        severity: FINDING_CODES[code].severity,
        ecosystem: 'python',
        name: requirement.name || requirement.url || '',
        required: requirement.specifier,
        file: requirement.source.file,
        line: requirement.source.line,
        column: requirement.source.column,
        message: message + because,
        ...extra,
      });
    };
    switch (assessment.state) {
      case 'unconstrained':
        break;
      case 'skipped':
        if (requirement.constraint) break;
        finding('DG101', `${declared} is skipped: its marker '${requirement.marker}' is false for ${where}.`);
        break;
      case 'marker-error':
        finding('DG100', `${declared}: the marker '${requirement.marker}' cannot be evaluated: ${assessment.error}.`);
        break;
      case 'unidentified':
        finding('DG101', `${requirement.url} names no distribution, and none installed in ${where} came from it (direct_url.json); add #egg=<name> to the line so depgate can check it.`);
        break;
      case 'missing': {
        const install = installArguments(requirement);
        finding('DG001', `${requirement.name} is not installed in ${where}, but ${declared} requires it.`, {
          fix: installFix(install),
          install,
        });
        break;
      }
      case 'mismatch': {
        const install = installArguments(requirement);
        const { version } = assessment.distribution;
        const asks = requirement.constraint ? `constrains it to ${requirement.specifier}` : `requires ${requirement.specifier}`;
        finding('DG002', `${assessment.distribution.name} ${version} is installed in ${where}, but ${declared} ${asks}.`, {
          found: version,
          fix: installFix(install),
          install,
        });
        break;
      }
      case 'installed': {
        const { distribution, importTarget } = assessment;
        const unknown = unknownExtras(requirement, distribution);
        if (unknown.length > 0) {
          finding('DG101', `${distribution.name} ${distribution.version} has no extra ${unknown.map((extra) => `'${extra}'`).join(', ')} (its extras: ${[...definedExtras(distribution)].join(', ')}), so ${declared} asks for nothing more than ${distribution.name}; pip would warn about it too.`, { found: distribution.version });
        }
        const result = importTarget && imports?.get(importTarget.module);
        if (importTarget?.origin === 'guessed') {
          const missingGuess = result?.status === 'error' && result.errorType === 'ModuleNotFoundError' && result.errorMessage?.includes(`'${importTarget.module.split('.')[0]}'`);
          finding('DG102', missingGuess
            ? `${distribution.name} names no module in its metadata, and the guessed module '${importTarget.module}' does not exist; add "import: <module>" for it in depgate.yml so its import is checked.`
            : `${distribution.name} names no module in its metadata; depgate imported '${importTarget.module}', guessed from its name. Declare "import: ${importTarget.module}" in depgate.yml to make it explicit.`,
          { found: distribution.version });
          if (missingGuess) break;
        }
        if (!result || result.status === 'ok') break;
        const reproduce = shellCommand([python, '-c', `import ${importTarget!.module}`]);
        if (result.status === 'timeout') {
          const limit = options.timeoutMs ? ` within ${options.timeoutMs / 1000} s` : ' in time';
          finding('DG004', `import ${importTarget!.module} (${distribution.name} ${distribution.version}) did not finish${limit} in ${where}; a module that blocks at import blocks the app's start too.`, { found: distribution.version, fix: reproduce });
        } else {
          const error = result.status === 'crashed'
            ? `the interpreter ${result.errorMessage?.startsWith('killed') ? 'was ' : ''}${result.errorMessage ?? 'crashed'}`
            : `${result.errorType}: ${result.errorMessage ?? ''}`.replace(/: $/, '');
          finding('DG003', `${distribution.name} ${distribution.version} is installed in ${where}, but import ${importTarget!.module} fails: ${error}`, { found: distribution.version, fix: reproduce });
        }
        break;
      }
    }
  }
  return findings;
}

/** The venv a fix creates when the interpreter is externally managed (PEP 668). */
export const FIX_VENV = '.venv';

/**
 * `python -m pip install ...` for the probed interpreter. pip refuses to install into an
 * externally managed interpreter (PEP 668: Debian's /usr/bin/python3), so there the fix creates a
 * virtual environment and installs into it; the app must then run from that environment.
 */
export function pipInstallSetup(environment: PythonEnvironment): { setup?: string; command: string[] } {
  if (!environment.externallyManaged) return { command: [environment.executable, '-m', 'pip', 'install'] };
  return { setup: shellCommand([environment.executable, '-m', 'venv', FIX_VENV]), command: [`${FIX_VENV}/bin/python`, '-m', 'pip', 'install'] };
}

export function pipInstallFix(environment: PythonEnvironment, install: string[]): string {
  const { setup, command } = pipInstallSetup(environment);
  return `${setup ? `${setup} && ` : ''}${shellCommand([...command, ...install])}`;
}

function displayRequirement(requirement: PythonRequirement): string {
  if (!requirement.name) return requirement.url ?? '';
  const extras = requirement.extras.length > 0 ? `[${requirement.extras.join(',')}]` : '';
  return `${requirement.name}${extras}${requirement.url ? ` @ ${requirement.url}` : requirement.specifier}`;
}

/** What `pip install` needs to satisfy one requirement (the marker is dropped: it was true here). */
function installArguments(requirement: PythonRequirement): string[] {
  if (requirement.editable && requirement.url) return ['-e', requirement.url];
  return [displayRequirement(requirement)];
}

/** A URL/path/VCS requirement that names no distribution: match PEP 610 direct_url.json records. */
function findByDirectUrl(requirement: PythonRequirement, distributions: PythonDistribution[], cwd: string): PythonDistribution | undefined {
  if (!requirement.url) return undefined;
  const wanted = comparableUrl(requirement.url, path.resolve(cwd, path.dirname(requirement.source.file)));
  return distributions.find((distribution) => distribution.directUrl && comparableUrl(distribution.directUrl.url, '/') === wanted);
}

/**
 * PEP 610 records a VCS URL without its `git+` prefix, `@revision` and fragment, and a local
 * directory as an absolute file:// URL; bring a requirements.txt URL to the same form.
 */
export function comparableUrl(url: string, baseDirectory: string): string {
  let text = url.trim().replace(/#.*$/, '');
  if (!/^[a-z][a-z0-9+.-]*:/i.test(text)) text = pathToFileURL(path.resolve(baseDirectory, text)).href;
  text = text.replace(/^(git|hg|svn|bzr)\+/i, '');
  const vcsRevision = /^([a-z]+:\/\/[^/]*\/[^@]*)@[^/]+$/i.exec(text);
  if (vcsRevision) text = vcsRevision[1];
  return text.replace(/\/+$/, '');
}
