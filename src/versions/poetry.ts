// Poetry version constraints (`^1.2`, `~1.2.3`, `1.2.*`, `>= 1.2, < 1.5`, `^2.0 || ^3.0`), turned
// into PEP 440 specifier sets with the meaning poetry-core gives them. The port follows
// poetry-core's src/poetry/core/constraints/version/parser.py (parse_constraint and
// parse_single_constraint, with the patterns of patterns.py) and the bound arithmetic of
// constraints/version/version.py (next_breaking) and version/pep440/segments.py (Release.next_*),
// and is checked against every example of Poetry's "Dependency specification" documentation.
//
// A union (`||`) has no single PEP 440 form, so the answer is a list of alternative specifier
// sets: a version satisfies the constraint when it satisfies any of them.
import { normalizeVersion, parseVersion, specifierSetContains } from './pep440.js';

export type PoetryConstraintParse =
  | { ok: true; /** each a PEP 440 specifier set, '' = any version */ alternatives: string[] }
  | { ok: false; error: string };

/** One PEP 440 clause (`>=1.2.3`, `==1.2.*`) of a Poetry constraint. */
interface Bound {
  operator: '>=' | '>' | '<=' | '<' | '==' | '!=';
  /** A normalized PEP 440 version; `1.2.*` for a wildcard. */
  version: string;
}

/** An AND of bounds; [] allows every version. */
type Clause = Bound[];

/** Separator of the alternatives in a `PythonRequirement.specifier` that holds a Poetry union. */
export const SPECIFIER_ALTERNATIVES_SEPARATOR = ' || ';

/**
 * Poetry constraint → PEP 440 specifier sets, one per `||` alternative (a single one when there is
 * no union). `*`, `""` and `x` mean any version (''). Never throws.
 */
export function poetryConstraintToPep440(text: string): PoetryConstraintParse {
  const parsed = parsePoetryConstraint(text);
  if (!parsed.ok) return parsed;
  return { ok: true, alternatives: parsed.alternatives.map(formatSpecifierSet) };
}

/**
 * The alternatives of a requirement's specifier: `">=1,<2 || >=3,<4"` → [">=1,<2", ">=3,<4"], and
 * a plain PEP 440 set → [itself]. depgate writes a Poetry union into one `specifier` joined with
 * ' || ' (the shared model has one specifier field); a version satisfies it when it satisfies
 * any alternative.
 */
export function specifierAlternatives(specifier: string): string[] {
  if (!specifier.includes('||')) return [specifier];
  return specifier.split('||').map((alternative) => alternative.trim());
}

/** The alternatives joined for `PythonRequirement.specifier`; any alternative '' makes it ''. */
export function joinSpecifierAlternatives(alternatives: string[]): string {
  const unique = [...new Set(alternatives)];
  if (unique.length === 0 || unique.includes('')) return '';
  return unique.join(SPECIFIER_ALTERNATIVES_SEPARATOR);
}

/**
 * A Poetry `python = "..."` restriction as the PEP 508 marker poetry-core builds for it
 * (packages/utils/utils.py create_nested_marker): '' when it allows every Python.
 */
export function poetryPythonConstraintToMarker(text: string): { ok: true; marker: string } | { ok: false; error: string } {
  const parsed = parsePoetryConstraint(text);
  if (!parsed.ok) return parsed;
  if (parsed.alternatives.some((clause) => clause.length === 0)) return { ok: true, marker: '' };
  const clauses = parsed.alternatives.map((clause) => clause.map(pythonMarkerOfBound).join(' and '));
  if (clauses.length === 1) return { ok: true, marker: clauses[0] };
  return { ok: true, marker: clauses.map((clause) => `(${clause})`).join(' or ') };
}

// ---------------------------------------------------------------------------------------------
// parse_constraint

const MAX_QUOTED_CHARS = 80;
const quote = (text: string): string => (text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}...` : text);

class ConstraintError {
  constructor(readonly message: string) {}
}

function parsePoetryConstraint(text: string): { ok: true; alternatives: Clause[] } | { ok: false; error: string } {
  // An empty constraint is what `poetry add name` without a version leaves out: any version.
  if (text.trim() === '' || text === '*') return { ok: true, alternatives: [[]] };
  try {
    const alternatives = text
      .trim()
      .split(/\s*\|\|?\s*/)
      .map((group) => {
        // parser.py: "allow trailing commas for robustness".
        const trimmed = group.replace(/,+$/, '').trimEnd();
        const parts = trimmed.split(/(?<!^)(?<![~=>< ,]) *(?<!-)[, ](?!-) *(?!,|$)/);
        return parts.flatMap(parseSingleConstraint);
      });
    return { ok: true, alternatives };
  } catch (error) {
    if (error instanceof ConstraintError) return { ok: false, error: error.message };
    return { ok: false, error: `could not read the Poetry constraint "${quote(text)}": ${String(error)}` };
  }
}

// patterns.py, with packaging's VERSION_PATTERN checked by normalizeVersion.
const ANY_CONSTRAINT = /^v?[xX*](\.[xX*])*$/i;
const TILDE_CONSTRAINT = /^~(?!=)\s*(\S+)$/;
const TILDE_PEP440_CONSTRAINT = /^~=\s*(\S+)$/;
const CARET_CONSTRAINT = /^\^\s*(\S+)$/;
const X_CONSTRAINT = /^(!=|==)?\s*v?(\d+(?:\.\d+)?(?:\.\d+)?)(?:\.\*)+$/;
const BASIC_CONSTRAINT = /^(<>|!=|>=?|<=?|==?)?\s*(\S+?)(\.\*)?$/i;

/** parse_single_constraint: one clause of an AND group. */
function parseSingleConstraint(constraint: string): Clause {
  if (ANY_CONSTRAINT.test(constraint)) return [];
  const misspelt = /^(=>|=<|===|<>)/.exec(constraint)?.[1];
  if (misspelt) throw new ConstraintError(explainMisspeltOperator(constraint, misspelt));
  const bareOperator = /^(\^|~=?|[<>]=?|[!=]=|=)$/.exec(constraint)?.[1];
  if (bareOperator) {
    throw new ConstraintError(`'${bareOperator}' needs a version right after it, without a space, e.g. ${bareOperator}1.2`);
  }

  let match = TILDE_CONSTRAINT.exec(constraint);
  if (match) {
    const version = versionOf(match[1], constraint);
    // `~1` allows minor updates, `~1.2` and `~1.2.3` patch updates.
    const high = version.release.length === 1 ? nextMajor(version) : nextMinor(version);
    return [{ operator: '>=', version: lowerBound(version) }, { operator: '<', version: high }];
  }

  match = TILDE_PEP440_CONSTRAINT.exec(constraint);
  if (match) {
    const version = versionOf(match[1], constraint);
    // Poetry's own reading of `~=`: two parts bump the major, any other count the minor (so
    // `~=1.2.3.4` allows < 1.3.0.0, where PEP 440 would stop at < 1.2.4).
    const high = version.release.length === 2 ? nextMajor(version) : nextMinor(version);
    return [{ operator: '>=', version: lowerBound(version) }, { operator: '<', version: high }];
  }

  match = CARET_CONSTRAINT.exec(constraint);
  if (match) {
    const version = versionOf(match[1], constraint);
    return [{ operator: '>=', version: lowerBound(version) }, { operator: '<', version: nextBreaking(version) }];
  }

  match = X_CONSTRAINT.exec(constraint);
  if (match) {
    // poetry-core 2 (_make_x_constraint_range): `1.2.*` is every version whose release starts
    // with 1.2, dev and pre-releases included, which is exactly PEP 440's `==1.2.*`.
    const release = releaseText(versionOf(match[2], constraint));
    return [{ operator: match[1] === '!=' ? '!=' : '==', version: `${release}.*` }];
  }

  match = BASIC_CONSTRAINT.exec(constraint);
  if (match) {
    const operator = match[1] ?? '';
    const version = versionOf(match[2].toLowerCase() === 'dev' ? '0.0-dev' : match[2], constraint);
    const wildcard = match[3] !== undefined;
    switch (operator) {
      case '<':
      case '<=':
      case '>':
      case '>=':
        // parser.py ignores a wildcard after an ordering operator (`>=1.2.*` is `>=1.2`).
        return [{ operator, version: lowerBound(version) }];
    }
    const exact = operator === '!=' ? '!=' : '==';
    if (wildcard) {
      if (version.pre || version.post !== undefined || version.dev !== undefined || version.local) {
        throw new ConstraintError(`"${quote(constraint)}": a '.*' wildcard may only follow the release numbers, e.g. ${releaseText(version)}.*`);
      }
      return [{ operator: exact, version: `${releaseText(version)}.*` }];
    }
    return [{ operator: exact, version: version.normalized }];
  }

  throw new ConstraintError(explainInvalidConstraint(constraint));
}

function explainMisspeltOperator(constraint: string, operator: string): string {
  switch (operator) {
    case '=>':
    case '=<':
      return `"${quote(constraint)}": write '${operator[1]}=', not '${operator}'`;
    case '===':
      return `"${quote(constraint)}": Poetry does not accept '==='; write '==' and the version`;
    default:
      // poetry-core matches `<>` and then reads it as an exact version: never what was meant.
      return `"${quote(constraint)}": '<>' is not a version operator; write '!=' (or '==')`;
  }
}

function explainInvalidConstraint(constraint: string): string {
  if (constraint === '') return 'an empty part in the constraint: remove the extra comma or space';
  return (
    `"${quote(constraint)}" is not a Poetry version constraint; ` +
    'use e.g. ^1.2, ~1.2.3, 1.2.*, >=1.2,<2.0, ==1.2.3 or * (see python-poetry.org/docs/dependency-specification)'
  );
}

// ---------------------------------------------------------------------------------------------
// Versions and the bounds Poetry derives from them

interface ParsedVersion {
  /** str(packaging.version.Version(...)) */
  normalized: string;
  epoch: string;
  /** Release numbers as written digits (calendar and hash-like numbers stay exact). */
  release: string[];
  pre?: unknown;
  post?: number;
  dev?: number;
  local?: unknown;
}

function versionOf(text: string, constraint: string): ParsedVersion {
  const normalized = normalizeVersion(text);
  const structure = parseVersion(text);
  if (normalized === null || structure === null) {
    if (text.includes(',')) throw new ConstraintError(`"${quote(constraint)}": two commas in a row; remove one`);
    throw new ConstraintError(`"${quote(constraint)}": '${quote(text)}' is not a valid version`);
  }
  const head = /^(?:(\d+)!)?(\d+(?:\.\d+)*)/.exec(normalized)!;
  return {
    normalized,
    epoch: head[1] ?? '0',
    release: head[2].split('.'),
    pre: structure.pre,
    post: structure.post,
    dev: structure.dev,
    local: structure.local,
  };
}

function withEpoch(version: ParsedVersion, release: string[]): string {
  return `${version.epoch === '0' ? '' : `${version.epoch}!`}${release.join('.')}`;
}

function releaseText(version: ParsedVersion): string {
  return withEpoch(version, version.release);
}

/**
 * The version as a `>=` bound. PEP 440 allows a local label (`+abc`) only with == and !=;
 * Poetry accepts `^1.2+abc` and orders 1.2 before 1.2+abc. Dropping the label keeps the
 * specifier valid and differs only for the one version 1.2 itself.
 */
function lowerBound(version: ParsedVersion): string {
  return version.normalized.replace(/\+.*$/, '');
}

const increment = (part: string): string => (BigInt(part) + 1n).toString();
const zeros = (count: number): string[] => Array.from({ length: Math.max(0, count) }, () => '0');

// Release.next_major/next_minor/next_patch (segments.py): the written precision is kept, every
// part after the bumped one becomes 0, and a missing minor/patch is filled in only when it is the
// one bumped. Bounds come from the stable release, so pre/post/dev/local labels are dropped.
function nextMajor(version: ParsedVersion): string {
  const [major, ...rest] = version.release;
  return withEpoch(version, [increment(major), ...zeros(rest.length)]);
}

function nextMinor(version: ParsedVersion): string {
  const [major, minor, ...rest] = version.release;
  if (minor === undefined) return withEpoch(version, [major, '1']);
  return withEpoch(version, [major, increment(minor), ...zeros(rest.length)]);
}

function nextPatch(version: ParsedVersion): string {
  const [major, minor, patch, ...rest] = version.release;
  if (minor === undefined) return withEpoch(version, [major, '0', '1']);
  if (patch === undefined) return withEpoch(version, [major, minor, '1']);
  return withEpoch(version, [major, minor, increment(patch), ...zeros(rest.length)]);
}

/** Version.next_breaking (constraints/version/version.py): the left-most non-zero part is the one that may not change. */
function nextBreaking(version: ParsedVersion): string {
  const [major, minor, patch] = version.release;
  if (BigInt(major) > 0n || minor === undefined) return nextMajor(version);
  if (BigInt(minor) > 0n || patch === undefined) return nextMinor(version);
  return nextPatch(version);
}

function formatSpecifierSet(clause: Clause): string {
  return [...new Set(clause.map((bound) => `${bound.operator}${bound.version}`))].join(',');
}

// ---------------------------------------------------------------------------------------------
// create_nested_marker("python_version", constraint)

/**
 * `python_version` is "X.Y", so a bound with three or more release parts is compared with
 * `python_full_version`; and because `python_version > "3.8"` would be true for 3.8.1 no
 * more than "3.8" is, poetry-core writes `>` and `<=` with fewer than three parts against the
 * zero-padded full version. A wildcard or (in)equality keeps its meaning as a PEP 440 prefix match.
 */
function pythonMarkerOfBound(bound: Bound): string {
  const version = bound.version;
  const parts = version.replace(/\.\*$/, '').replace(/^\d+!/, '').split(/[.]/).length;
  const precise = /^[\d.]+(?:\.\*)?$/.test(version) ? parts : 3;
  const name = precise >= 3 ? 'python_full_version' : 'python_version';
  if ((bound.operator === '>' || bound.operator === '<=') && precise < 3) {
    const padded = `${version}${'.0'.repeat(3 - precise)}`;
    return `python_full_version ${bound.operator} "${padded}"`;
  }
  return `${name} ${bound.operator} "${version}"`;
}

/**
 * Whether an installed version satisfies a requirement's specifier, where a Poetry union
 * (`>=1,<2 || >=3`) is satisfied by any of its parts. Installed pre-releases are candidates
 * (packaging's `prereleases=True`); an invalid specifier satisfies nothing.
 */
export function specifierSatisfied(specifier: string, version: string): boolean {
  return specifierAlternatives(specifier).some((alternative) => specifierSetContains(alternative, version, { prereleases: true }) === true);
}
