// What the interpreter itself says against what the project asks of it. Pure: no I/O.
//
// judgeRuntime: the interpreter's version against requires-python, .python-version, Poetry's
// python and .tool-versions (DG006 at each constraint's position).
// judgeShadowed: copies of a distribution that sit later on sys.path than the one `import`
// finds. They are returned as data, not findings: no finding code describes them yet, and the
// caller decides how to show them.
import type { Finding, PythonEnvironment, PythonRequirement, RuntimeConstraint } from '../model.js';
import { compareVersions, parseSpecifierSet, specifierSetContains } from '../versions/pep440.js';
import { specifierAlternatives } from '../versions/poetry.js';
import { FINDING_CODES } from './finding-codes.js';

/**
 * DG006 for every Python constraint the interpreter's version is outside. A constraint whose
 * specifier does not parse is skipped: its parser has reported it (DG100) already.
 */
export function judgeRuntime(constraints: RuntimeConstraint[], environment: PythonEnvironment): Finding[] {
  const version = comparableVersion(environment.version);
  const findings: Finding[] = [];
  for (const constraint of constraints) {
    if (constraint.ecosystem !== 'python' || (constraint.runtime !== undefined && constraint.runtime !== 'python')) continue;
    // An installed interpreter counts whatever its release stage, as pip counts an installed
    // pre-release (PEP 440 "Handling of pre-releases": an already installed one is accepted).
    // A Poetry union (`>=3.9,<3.11 || >=3.12`) is met by any part; a part that does not parse was reported (DG100).
    const answers = specifierAlternatives(constraint.specifier).map((part) => specifierSetContains(part, version, { prereleases: true }));
    if (answers.every((answer) => answer === null) || answers.includes(true)) continue;
    findings.push({
      code: 'DG006',
      kind: FINDING_CODES.DG006.kind,
      severity: FINDING_CODES.DG006.severity,
      ecosystem: 'python',
      name: 'python',
      required: constraint.specifier,
      found: environment.version,
      file: constraint.source.file,
      line: constraint.source.line,
      column: constraint.source.column,
      message: `${constraint.origin} asks for ${displaySpecifier(constraint.specifier)}, but ${environment.executable} is Python ${environment.version}.`,
    });
  }
  return findings;
}

/** A later copy on sys.path at another version than the one `import` finds. */
export interface ShadowedWarning {
  name: string;
  /** The hidden copy's version. */
  version: string;
  /** The sys.path entry holding the hidden copy. */
  location: string;
  /** The sys.path entry holding the copy that wins. */
  shadowedBy: string;
  winningVersion: string;
  /** The first requirement naming this distribution, when the app declares it. */
  requirement?: PythonRequirement;
}

/**
 * Shadowed copies whose version differs from the winner's: the app imports one version while
 * `pip list` run with another path order, or a tool reading the other directory, sees another.
 * A copy at the same version is harmless (Debian's dist-packages under a --system-site-packages
 * venv holding the same release) and is left out.
 */
export function judgeShadowed(environment: PythonEnvironment, requirements: PythonRequirement[]): { shadowedWarnings: ShadowedWarning[] } {
  const winners = new Map(environment.distributions.map((distribution) => [distribution.canonicalName, distribution]));
  const shadowedWarnings: ShadowedWarning[] = [];
  for (const copy of environment.shadowed ?? []) {
    const winner = winners.get(copy.canonicalName);
    if (!winner || sameVersion(winner.version, copy.version)) continue;
    const requirement = requirements.find((candidate) => candidate.canonicalName === copy.canonicalName);
    shadowedWarnings.push({
      name: copy.name,
      version: copy.version,
      location: copy.location,
      shadowedBy: copy.shadowedBy,
      winningVersion: winner.version,
      ...(requirement ? { requirement } : {}),
    });
  }
  return { shadowedWarnings };
}

/**
 * CPython built from a source checkout reports "3.14.0a1+" (the `+` marks an unreleased
 * build, Include/patchlevel.h), which is not PEP 440; without the `+` it is the release it
 * precedes.
 */
function comparableVersion(version: string): string {
  return version.endsWith('+') ? version.slice(0, -1) : version;
}

/** "==3.12.*" reads as "3.12.*", the way the version files write it; other sets stay as written. */
function displaySpecifier(specifier: string): string {
  const parsed = parseSpecifierSet(specifier);
  if (parsed.ok && parsed.specifiers.length === 1 && parsed.specifiers[0].operator === '==') return parsed.specifiers[0].version;
  return specifier;
}

function sameVersion(a: string, b: string): boolean {
  const order = compareVersions(a, b);
  return order === null ? a === b : order === 0;
}

/** A shadowed copy as a finding: a warning, since the app imports the first copy and works with it. */
export function shadowedFinding(warning: ShadowedWarning): Finding {
  const at = warning.requirement?.source;
  return {
    code: 'DG012',
    kind: FINDING_CODES.DG012.kind,
    severity: FINDING_CODES.DG012.severity,
    ecosystem: 'python',
    name: warning.name,
    required: warning.requirement?.specifier,
    found: warning.winningVersion,
    file: at?.file,
    line: at?.line,
    column: at?.column,
    message: `${warning.name} ${warning.winningVersion} in ${warning.shadowedBy} is what imports; another copy, ${warning.version} in ${warning.location}, is hidden behind it on sys.path, and tools that read that directory see a different version.`,
  };
}
