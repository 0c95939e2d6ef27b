// The range language of depgate.yml's `system` section, one language for every package system
// and for binaries; what differs is the ordering the versions are compared with (dpkg's, rpm's,
// apk's, or the loose ordering below for the versions tools print about themselves).
//
//   range       := alternative ( '||' alternative )*        any alternative may hold
//   alternative := clause ( ( ',' | spaces ) clause )*      every clause must hold
//   clause      := operator? version
//   operator    := '>=' | '<=' | '>' | '<' | '=' | '==' | '!='
//
// '' and '*' accept any version. For packages, a version without an operator means '=', and
// every comparison is made in the package system's own ordering, exactly as written.
//
// Binaries (loose ranges) follow node-semver, with pre-releases counted as candidates (as the
// Node leg judges `engines`). A partial version (14, 2.40, 14.x, 1.2.*) stands for all of its
// versions, and the shorthands become comparisons (X-0 is the lowest pre-release of X):
//   14, 14.x, =14 → >=14.0.0-0 <15.0.0-0     1.2.3 → =1.2.3 (a full version is exact)
//   >=14 → >=14.0.0-0     >14 → >=15.0.0-0     <14 → <14.0.0-0     <=14 → <15.0.0-0
//   ^2.40 → >=2.40.0-0 <3.0.0-0     ^0.2.1 → >=0.2.1 <0.3.0-0     ^1.2.3 → >=1.2.3 <2.0.0-0
//   ~1.2 → >=1.2.0-0 <1.3.0-0       ~1.2.3 → >=1.2.3 <1.3.0-0     ~1 → >=1.0.0-0 <2.0.0-0
// so `psql: "<=15"` accepts 15.18, and `^2` refuses 3.0.0-rc1. `!=` takes a full version.
import { compareDebianVersions, debianVersionError, verrevcmp } from './debian.js';
import { compareRpmVersions, rpmVersionError } from './rpm.js';
import { apkVersionError, compareApkVersions } from './apk.js';

export type SystemRangeOperator = '>=' | '<=' | '>' | '<' | '=' | '!=';

export interface SystemRangeClause {
  operator: SystemRangeOperator;
  version: string;
}

/** Alternatives (any may hold) of clause lists (all must hold); no alternatives = any version. */
export interface ParsedSystemRange {
  alternatives: SystemRangeClause[][];
}

export type VersionCompare = (a: string, b: string) => number;

/** A package system's (or binaries') version ordering and what it accepts as a version. */
export interface VersionOrdering {
  name: 'debian' | 'rpm' | 'apk' | 'loose';
  compare: VersionCompare;
  /** undefined when the text is a valid version in this ordering; else why not. */
  versionError: (version: string) => string | undefined;
  /** Whether node-semver's shorthands (^, ~, x-ranges, partial versions) are accepted. */
  loose: boolean;
}

export const DEBIAN_ORDERING: VersionOrdering = { name: 'debian', compare: compareDebianVersions, versionError: debianVersionError, loose: false };
export const RPM_ORDERING: VersionOrdering = { name: 'rpm', compare: compareRpmVersions, versionError: rpmVersionError, loose: false };
export const APK_ORDERING: VersionOrdering = { name: 'apk', compare: compareApkVersions, versionError: apkVersionError, loose: false };

export type RangeCheck = { ok: true; range: ParsedSystemRange } | { ok: false; error: string; offset: number };

export interface SystemRangeOptions {
  /** Accept node-semver's shorthands (binaries). Default false. */
  loose?: boolean;
  /** Validates each version in the range; default: any package system's version syntax (or loose syntax). */
  versionError?: (version: string) => string | undefined;
}

const OPERATOR = /^(>=|<=|==|!=|>>|<<|>|<|=|\^|~)/;
/** A version as far as the range grammar is concerned: everything up to a space, comma or pipe. */
const VERSION_TEXT = /^[^\s,|]+/;
const WILDCARD = /^[xX*]$/;

/** Parses a range, expanding shorthands; every error comes with the offset it starts at. Never throws. */
export function parseSystemRange(text: string, options: SystemRangeOptions = {}): RangeCheck {
  const loose = options.loose ?? false;
  const versionError = options.versionError ?? (loose ? looseVersionError : anyPackageVersionError);
  if (typeof text !== 'string') return { ok: false, error: 'a range must be a string such as ">=14"', offset: 0 };
  if (text.trim() === '' || text.trim() === '*') return { ok: true, range: { alternatives: [] } };

  const alternatives: SystemRangeClause[][] = [];
  let clauses: SystemRangeClause[] = [];
  let at = 0;
  let needClause = true;
  let separator = '';
  const skipSpaces = (): void => {
    while (at < text.length && /\s/.test(text[at])) at++;
  };
  for (;;) {
    skipSpaces();
    if (at >= text.length || text[at] === '|' || text[at] === ',') {
      if (needClause) {
        const next = at < text.length ? (text[at] === ',' ? ',' : '||') : separator;
        const error = next === '' ? 'the range is empty' : next === ',' ? "',' needs a clause on both sides" : "'||' needs a range on both sides";
        return { ok: false, error, offset: Math.min(at, Math.max(0, text.length - 1)) };
      }
      if (at >= text.length) break;
      if (text[at] === ',') {
        separator = ',';
        at++;
        needClause = true;
        continue;
      }
      if (text.startsWith('||', at)) {
        alternatives.push(clauses);
        clauses = [];
        separator = '||';
        at += 2;
        needClause = true;
        continue;
      }
      return { ok: false, error: "a single '|' is not an operator; write '||' between alternatives", offset: at };
    }

    const clauseStart = at;
    const operator = OPERATOR.exec(text.slice(at))?.[0] ?? '';
    if (operator === '>>' || operator === '<<') {
      return { ok: false, error: `'${operator}' is the Debian control-file spelling; write '${operator[0]}' here`, offset: at };
    }
    at += operator.length;
    skipSpaces();
    const version = VERSION_TEXT.exec(text.slice(at))?.[0] ?? '';
    if (version === '-') {
      return { ok: false, error: 'hyphen ranges (1.2 - 2.3) are not supported; write >=1.2, <=2.3', offset: at };
    }
    if (version === '') {
      return { ok: false, error: operator ? `expected a version after '${operator}'` : 'expected a version', offset: clauseStart };
    }
    const versionAt = at;
    at += version.length;
    const expanded = expandClause(operator, version, loose, versionError);
    if (!expanded.ok) return { ok: false, error: expanded.error, offset: expanded.atOperator ? clauseStart : versionAt };
    clauses.push(...expanded.clauses);
    needClause = false;
    separator = '';
  }
  alternatives.push(clauses);
  // An alternative that accepts anything (`*`) makes the whole range accept anything.
  return { ok: true, range: { alternatives: alternatives.some((list) => list.length === 0) ? [] : alternatives } };
}

type Expansion = { ok: true; clauses: SystemRangeClause[] } | { ok: false; error: string; atOperator?: boolean };

function expandClause(operator: string, version: string, loose: boolean, versionError: (v: string) => string | undefined): Expansion {
  if (!loose) {
    if (operator === '^' || operator === '~') {
      return { ok: false, atOperator: true, error: `'${operator}${version}' is a shorthand for binaries' versions; for a package write comparisons, e.g. >=${version}, <${bumpedText(version, operator)}` };
    }
    if (version.split('.').some((part) => WILDCARD.test(part))) {
      return { ok: false, error: `'${version}': wildcards are for binaries' versions; for a package write comparisons, e.g. >=${version.replace(/\.?[xX*].*$/, '') || '0'}` };
    }
    const error = versionError(version);
    if (error !== undefined) return { ok: false, error };
    return { ok: true, clauses: [{ operator: operator === '' || operator === '==' ? '=' : (operator as SystemRangeOperator), version }] };
  }

  const operand = looseOperand(version, versionError);
  if ('error' in operand) return { ok: false, error: operand.error };
  if (operator === '^' || operator === '~') {
    if (operand.kind === 'any') return { ok: true, clauses: [] };
    const bumpAt = operator === '~' ? tildeBumpIndex(operand.numbers) : caretBumpIndex(operand.numbers);
    const lower = operand.kind === 'partial' ? lowest(operand.numbers) : version;
    return { ok: true, clauses: [{ operator: '>=', version: lower }, { operator: '<', version: exclusiveUpperBound(operand.numbers, bumpAt) }] };
  }
  if (operand.kind === 'full') {
    return { ok: true, clauses: [{ operator: operator === '' || operator === '==' ? '=' : (operator as SystemRangeOperator), version }] };
  }
  // node-semver's reading of a partial version (14, 1.2, 1.x, *) next to an operator, with
  // pre-releases counted (includePrerelease, as the Node leg judges engines).
  const nothing = { ok: false as const, atOperator: true, error: `'${operator}${version}' accepts no version at all` };
  if (operand.kind === 'any') return operator === '' || operator === '=' || operator === '==' || operator === '>=' || operator === '<=' ? { ok: true, clauses: [] } : nothing;
  const numbers = operand.numbers;
  const last = numbers.length - 1;
  switch (operator) {
    case '':
    case '=':
    case '==':
      return { ok: true, clauses: xRange(numbers) };
    case '>=':
      return { ok: true, clauses: [{ operator: '>=', version: lowest(numbers) }] };
    case '>':
      return { ok: true, clauses: [{ operator: '>=', version: exclusiveUpperBound(numbers, last) }] };
    case '<':
      return { ok: true, clauses: [{ operator: '<', version: lowest(numbers) }] };
    case '<=':
      return { ok: true, clauses: [{ operator: '<', version: exclusiveUpperBound(numbers, last) }] };
    default:
      return { ok: false, atOperator: true, error: `'${operator}${version}' is ambiguous for a partial version: write a full one (${operator}${[...numbers, 0, 0].slice(0, 3).join('.')}) or a range (<${numbers.join('.')} || >=${exclusiveUpperBound(numbers, last).slice(0, -1)})` };
  }
}

type LooseOperand = { kind: 'any' } | { kind: 'partial'; numbers: number[] } | { kind: 'full'; numbers: number[] } | { error: string };

/** `*`, `x`: any. `14`, `1.2`, `14.x`, `1.2.*`: partial (a node-semver x-range). Anything else: a full version. */
function looseOperand(version: string, versionError: (v: string) => string | undefined): LooseOperand {
  const parts = version.replace(/^[vV](?=\d)/, '').split('.');
  const firstWildcard = parts.findIndex((part) => WILDCARD.test(part));
  if (firstWildcard >= 0) {
    const fixed = parts.slice(0, firstWildcard);
    if (!parts.slice(firstWildcard).every((part) => WILDCARD.test(part)) || !fixed.every((part) => /^\d+$/.test(part))) {
      return { error: `'${version}' is not a version pattern: a wildcard (x or *) can only replace the last components, as in 14.x or 1.2.*` };
    }
    return fixed.length === 0 ? { kind: 'any' } : { kind: 'partial', numbers: fixed.map(Number) };
  }
  const error = versionError(version);
  if (error !== undefined) return { error };
  if (parts.length <= 2 && parts.every((part) => /^\d+$/.test(part))) return { kind: 'partial', numbers: parts.map(Number) };
  const release = /^[vV]?(\d+(?:\.\d+)*)/.exec(version);
  return { kind: 'full', numbers: release ? release[1].split('.').map(Number) : [0] };
}

/** node-semver's caret: the first non-zero component is the one that may not change. */
function caretBumpIndex(numbers: number[]): number {
  const firstNonZero = numbers.findIndex((n) => n !== 0);
  return firstNonZero >= 0 ? firstNonZero : numbers.length - 1;
}

/** node-semver's tilde: the minor may not change (the major, when only a major is given). */
function tildeBumpIndex(numbers: number[]): number {
  return numbers.length >= 2 ? 1 : 0;
}

function xRange(numbers: number[]): SystemRangeClause[] {
  return [{ operator: '>=', version: lowest(numbers) }, { operator: '<', version: exclusiveUpperBound(numbers, numbers.length - 1) }];
}

/**
 * The loose ordering sorts `~` below every pre-release: `14~` is the lowest version of 14
 * (node-semver's 14.0.0-0), so `>=14~` accepts 14.0.0-rc1 and `<3~` refuses 3.0.0-rc1.
 */
function lowest(numbers: number[]): string {
  return `${numbers.join('.')}~`;
}

/** `2.40` bumped at 0 → `3~`. */
function exclusiveUpperBound(numbers: number[], bumpAt: number): string {
  const bumped = numbers.slice(0, bumpAt + 1);
  bumped[bumpAt] += 1;
  return lowest(bumped);
}

function bumpedText(version: string, operator: string): string {
  const numbers = /^[vV]?(\d+(?:\.\d+)*)/.exec(version)?.[1].split('.').map(Number);
  if (!numbers) return '…';
  return exclusiveUpperBound(numbers, operator === '~' ? tildeBumpIndex(numbers) : caretBumpIndex(numbers)).slice(0, -1);
}

/** Checks a range; on failure says why, with the offset of the offending clause. */
export function validSystemRange(text: string, options: SystemRangeOptions = {}): { ok: true } | { ok: false; error: string; offset: number } {
  const parsed = parseSystemRange(text, options);
  return parsed.ok ? { ok: true } : parsed;
}

/**
 * Whether `version` satisfies `range` under `compare` (the system's ordering). Shorthands are
 * read as binaries' loose ranges when `compare` is compareLooseVersions. An invalid range is
 * satisfied by nothing (ranges are validated when depgate.yml is read, so this is never reached
 * with one in practice); never throws.
 */
export function systemRangeSatisfied(version: string, range: string | ParsedSystemRange, compare: VersionCompare): boolean {
  const parsed = typeof range === 'string' ? parseSystemRange(range, { loose: compare === compareLooseVersions, versionError: () => undefined }) : { ok: true as const, range };
  if (!parsed.ok) return false;
  if (parsed.range.alternatives.length === 0) return true;
  return parsed.range.alternatives.some((clauses) => clauses.every((clause) => clauseHolds(version, clause, compare)));
}

function clauseHolds(version: string, clause: SystemRangeClause, compare: VersionCompare): boolean {
  const order = compare(version, clause.version);
  switch (clause.operator) {
    case '>=': return order >= 0;
    case '<=': return order <= 0;
    case '>': return order > 0;
    case '<': return order < 0;
    case '=': return order === 0;
    case '!=': return order !== 0;
  }
}

/**
 * Before the package manager is known, a range is checked against what every supported system
 * accepts: a digit first (after an optional `epoch:`), then letters, digits and . + ~ ^ _ - :
 */
export function anyPackageVersionError(version: string): string | undefined {
  if (!/^(\d+:)?\d/.test(version)) return `'${version}' is not a version: it must start with a digit`;
  const bad = /[^A-Za-z0-9.+~^_:-]/.exec(version);
  if (bad) return `'${version}' is not a version: '${bad[0]}' is not allowed in package versions`;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The loose ordering, for versions that tools print about themselves (git 2.39.5, psql 15.18,
// OpenSSH 9.2p1, Python 3.13.0rc1, node v20.11.1, go1.22.1, openjdk 17.0.13).
//
// A version is a release (dot-separated numbers, an optional leading `v`) and a tail. Releases
// compare numerically, missing components counting as 0 (14 = 14.0 = 14.0.0). Then the tail:
//  - none, or `+build` metadata: the release itself;
//  - a pre-release, older than the release: `~…`, `-` followed by a letter (semver's 2.0.0-rc.1),
//    or a pre-release word (alpha, beta, pre, preview, rc, dev, snapshot; a, b, c before a digit:
//    3.13.0a1, 3.13.0rc1, 17beta1);
//  - anything else, newer than the release: a post-release or patch level (9.2p1, 1.1.1w,
//    6.0-6ubuntu1, 2.39.5.windows.1).
// Two tails of the same kind compare as text, case-insensitively, with numbers compared as
// numbers (dpkg's verrevcmp).
// ---------------------------------------------------------------------------------------------

// Two steps, each unambiguous, so that no input makes the regular expressions backtrack.
const LOOSE_RELEASE = /^[vV]?\d+(?:\.\d+)*/;
const LOOSE_TAIL = /^(?:[-+~_.^]?[0-9A-Za-z]+(?:[-+~_.^][0-9A-Za-z]+)*)?$/;
const PRE_RELEASE_TAIL = /^(~|-[A-Za-z]|[-_.]?(alpha|beta|pre|preview|rc|dev|snapshot)(?![A-Za-z])|[-_.]?[abc]\d)/i;

export function looseVersionError(version: string): string | undefined {
  const release = LOOSE_RELEASE.exec(version)?.[0];
  return release !== undefined && LOOSE_TAIL.test(version.slice(release.length)) ? undefined : `'${version}' is not a version (expected numbers separated by dots, such as 2.40 or 15.4, optionally with a suffix such as -rc1)`;
}

export const LOOSE_ORDERING: VersionOrdering = { name: 'loose', compare: compareLooseVersions, versionError: looseVersionError, loose: true };

export function compareLooseVersions(a: string, b: string): -1 | 0 | 1 {
  const left = splitLoose(a.trim());
  const right = splitLoose(b.trim());
  if (!left || !right) return sign(verrevcmp(a.trim(), b.trim()));
  const length = Math.max(left.release.length, right.release.length);
  for (let i = 0; i < length; i++) {
    const order = compareDigits(left.release[i] ?? '0', right.release[i] ?? '0');
    if (order !== 0) return order;
  }
  const leftKind = tailKind(left.tail);
  const rightKind = tailKind(right.tail);
  if (leftKind !== rightKind) return leftKind < rightKind ? -1 : 1;
  if (leftKind === 0) return 0;
  return sign(verrevcmp(stripSeparator(left.tail).toLowerCase(), stripSeparator(right.tail).toLowerCase()));
}

function splitLoose(version: string): { release: string[]; tail: string } | undefined {
  const match = /^[vV]?(\d+(?:\.\d+)*)(.*)$/s.exec(version);
  return match ? { release: match[1].split('.'), tail: match[2] } : undefined;
}

function tailKind(tail: string): -1 | 0 | 1 {
  if (tail === '' || tail.startsWith('+')) return 0;
  return PRE_RELEASE_TAIL.test(tail) ? -1 : 1;
}

function stripSeparator(tail: string): string {
  return /^[-_.]/.test(tail) ? tail.slice(1) : tail;
}

function compareDigits(a: string, b: string): -1 | 0 | 1 {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length > y.length ? 1 : -1;
  return x < y ? -1 : x > y ? 1 : 0;
}

function sign(n: number): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}
