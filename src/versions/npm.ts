// Version semantics exactly as npm applies node-semver, in the two places depgate imitates:
//
// - an installed dependency against the range its package.json declares: arborist's
//   `lib/dep-valid.js` (what `npm ls` calls "invalid"). `*` (and an empty spec, which it turns
//   into `*`) accepts anything; every other range and version goes through
//   `semver.satisfies(version, range, true)`, i.e. loose parsing WITHOUT includePrerelease.
// - the running node/npm against `engines`: npm-install-checks' `checkEngine`, which calls
//   `semver.satisfies(version, range, { includePrerelease: true })` (strict parsing).
//
// node-semver's README ("Prerelease Tags"): without includePrerelease, a version with a
// pre-release tag satisfies a range only when some comparator of the same `||` set has a
// pre-release on the same [major, minor, patch] tuple. So `1.0.0-beta` does not satisfy `x` nor
// `>=0.0.0`, although arborist lets it satisfy `*`.
import semver from 'semver';

export type RangeValidity = { ok: true } | { ok: false; error: string };

/**
 * Whether an installed `version` satisfies a dependency's `range` the way `npm ls` judges it
 * (arborist dep-valid.js, cases 'range' and 'version').
 */
export function npmRangeSatisfied(version: string, range: string): boolean {
  // dep-valid: `npa.resolve(name, requested || '*')`, then `if (fetchSpec === '*') return true`;
  // npa's fetchSpec is the spec trimmed. So '' and ' * ' accept any version, even one that is not
  // semver at all, while ' ' (trimmed to '', not '*') goes on to semver like any other range.
  const spec = range === '' ? '*' : range.trim();
  if (spec === '*') return true;
  try {
    return semver.satisfies(version, spec, true);
  } catch {
    return false;
  }
}

/**
 * Whether the running node / npm / pnpm / yarn `version` satisfies an `engines`-style range the
 * way npm-install-checks' checkEngine judges it: strict parsing, pre-releases included (a Node
 * nightly `21.0.0-nightly2023...` satisfies `>=16`).
 */
export function engineRangeSatisfied(version: string, range: string): boolean {
  try {
    return semver.satisfies(version, range, { includePrerelease: true });
  } catch {
    return false;
  }
}

/** Longest excerpt of a range quoted in a message: a hostile manifest can hold a megabyte in one spec. */
export const MAX_QUOTED_RANGE_CHARS = 120;

function excerpt(text: string): string {
  return text.length <= MAX_QUOTED_RANGE_CHARS ? text : `${text.slice(0, MAX_QUOTED_RANGE_CHARS)}…`;
}

/**
 * Longest range depgate reads. node-semver refuses versions over 256 characters (MAX_LENGTH); a
 * real range, even a long `||` list, stays far below this.
 */
export const MAX_RANGE_CHARS = 1024;

function tooLong(range: string): RangeValidity | undefined {
  if (range.length <= MAX_RANGE_CHARS) return undefined;
  return { ok: false, error: `the range '${excerpt(range)}' is ${range.length} characters long; depgate reads ranges of at most ${MAX_RANGE_CHARS}` };
}

const RANGE_EXAMPLES = 'for example ^1.2.3, ~1.2, 1.x, >=1.0.0 <2, 1.2.3 - 2.3.4, ^1 || ^2';

/**
 * Whether a dependency range means what it says to npm. npa classifies a spec as a range when
 * `semver.validRange(spec, true)` accepts it, but loose parsing silently DROPS every comparator it
 * cannot read (`>=1.0, <2` becomes `<2.0.0-0`, `>= 1.2 <` becomes `>=1.2.0`), so a range npm
 * accepts can still be a mistake: depgate reports the dropped part.
 */
export function validNpmRange(range: string): RangeValidity {
  const long = tooLong(range);
  if (long) return long;
  const read = semver.validRange(range, { loose: true });
  if (read === null) return { ok: false, error: invalidRangeMessage(range) };
  const empty = emptyAlternative(range);
  if (empty) return empty;
  const dropped = droppedComparator(range);
  if (dropped !== undefined) {
    return { ok: false, error: `npm ignores '${excerpt(dropped)}' in the range '${excerpt(range)}' and reads it as '${excerpt(read)}'${hint(range)}; ${RANGE_EXAMPLES}` };
  }
  return { ok: true };
}

/** Whether an `engines` range (or a version file's range) is one checkEngine can read: strict node-semver. */
export function validEngineRange(range: string): RangeValidity {
  const long = tooLong(range);
  if (long) return long;
  if (semver.validRange(range) === null) return { ok: false, error: invalidRangeMessage(range) };
  return emptyAlternative(range) ?? { ok: true };
}

// node-semver reads an empty side of `||` as `*`, so `^1 ||` accepts every version: almost
// certainly a half-deleted alternative, never what the author meant.
function emptyAlternative(range: string): RangeValidity | undefined {
  if (!range.includes('||') || !range.split('||').some((alternative) => alternative.trim() === '')) return undefined;
  return { ok: false, error: `the range '${excerpt(range)}' has an empty alternative beside '||', which node-semver reads as '*' (every version)` };
}

function invalidRangeMessage(range: string): string {
  return `'${excerpt(range)}' is not a node-semver range${hint(range)}; ${RANGE_EXAMPLES}`;
}

/** A sentence for the mistakes people carry over from other ecosystems (PEP 440, Ruby). */
function hint(range: string): string {
  if (range.includes(',')) return ' (node-semver separates comparators with spaces, not commas)';
  if (range.includes('=>')) return " (write '>=', not '=>')";
  return '';
}

// node-semver's own preprocessing before it splits a range into comparators: a hyphen range,
// and the spaces it allows after an operator (`>= 1.2.3`, `~ 1.2`, `^ 1.2`).
const HYPHEN_RANGE = /^\s*(\S+)\s+-\s+(\S+)\s*$/;
const OPERATOR_SPACE = /(<=|>=|<|>|=|~>|~|\^)\s+(?=\S)/g;

/** The first comparator that node-semver's loose mode throws away, if any. */
function droppedComparator(range: string): string | undefined {
  for (const alternative of range.split('||')) {
    const hyphen = HYPHEN_RANGE.exec(alternative);
    const tokens = hyphen ? [hyphen[1], hyphen[2]] : alternative.replace(OPERATOR_SPACE, '$1').trim().split(/\s+/).filter(Boolean);
    for (const token of tokens) {
      if (semver.validRange(token, { loose: true }) === null) return token;
    }
  }
  return undefined;
}
