// RPM package versions, ordered exactly as rpm orders them: rpmvercmp() (rpmio/rpmvercmp.c)
// for each part, and rpmverCmp() (lib/rpmver.c) for [epoch:]version[-release].
//
// rpmvercmp splits a string into runs of ASCII digits and runs of ASCII letters; every other
// character only separates them. Numeric runs compare as numbers and beat alphabetic runs;
// alphabetic runs compare as bytes. `~` sorts before everything, even the end (1.0~rc1 < 1.0);
// `^` sorts after the end but before any further run (1.0 < 1.0^git1 < 1.0.1).

export interface RpmVersion {
  /** 0 when the version names none. */
  epoch: number;
  version: string;
  /** Absent when the text has no `-release`: then releases are not compared (rpm's dependency rule). */
  release?: string;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isAlpha = (c: string | undefined): boolean => c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
const isAlnum = (c: string | undefined): boolean => isDigit(c) || isAlpha(c);

/** rpm's rpmvercmp(a, b) on one version or release string, transcribed. */
export function rpmvercmp(a: string, b: string): -1 | 0 | 1 {
  if (a === b) return 0;
  let one = 0;
  let two = 0;
  while (one < a.length || two < b.length) {
    while (one < a.length && !isAlnum(a[one]) && a[one] !== '~' && a[one] !== '^') one++;
    while (two < b.length && !isAlnum(b[two]) && b[two] !== '~' && b[two] !== '^') two++;

    // Tilde: a pre-release marker, older than anything, including the end of the string.
    if (a[one] === '~' || b[two] === '~') {
      if (a[one] !== '~') return 1;
      if (b[two] !== '~') return -1;
      one++;
      two++;
      continue;
    }
    // Caret: a post-release marker, newer than the end of the string but older than any run.
    if (a[one] === '^' || b[two] === '^') {
      if (one >= a.length) return -1;
      if (two >= b.length) return 1;
      if (a[one] !== '^') return 1;
      if (b[two] !== '^') return -1;
      one++;
      two++;
      continue;
    }
    if (!(one < a.length && two < b.length)) break;

    let end1 = one;
    let end2 = two;
    const numeric = isDigit(a[one]);
    if (numeric) {
      while (isDigit(a[end1])) end1++;
      while (isDigit(b[end2])) end2++;
    } else {
      while (isAlpha(a[end1])) end1++;
      while (isAlpha(b[end2])) end2++;
    }
    // A numeric run against an alphabetic one: the numeric one is newer.
    if (end2 === two) return numeric ? 1 : -1;

    let segment1 = a.slice(one, end1);
    let segment2 = b.slice(two, end2);
    if (numeric) {
      segment1 = segment1.replace(/^0+/, '');
      segment2 = segment2.replace(/^0+/, '');
      if (segment1.length !== segment2.length) return segment1.length > segment2.length ? 1 : -1;
    }
    if (segment1 !== segment2) return segment1 < segment2 ? -1 : 1;
    one = end1;
    two = end2;
  }
  // Every run compared equal; only the separators differed, or one string has runs left.
  if (one >= a.length && two >= b.length) return 0;
  return one >= a.length ? -1 : 1;
}

/** Splits `[epoch:]version[-release]` (the epoch is the digits before the first colon; the release follows the last hyphen). */
export function parseRpmVersion(text: string): { ok: true; version: RpmVersion } | { ok: false; error: string } {
  const evr = text.trim();
  if (evr === '') return { ok: false, error: 'the version is empty' };
  if (/\s/.test(evr)) return { ok: false, error: 'a version cannot contain spaces' };
  let epoch = 0;
  let rest = evr;
  const colon = evr.indexOf(':');
  if (colon >= 0) {
    const epochText = evr.slice(0, colon);
    if (!/^\d+$/.test(epochText)) return { ok: false, error: `the epoch '${epochText}' before ':' must be a number` };
    epoch = Number(epochText);
    rest = evr.slice(colon + 1);
  }
  const hyphen = rest.lastIndexOf('-');
  const version = hyphen >= 0 ? rest.slice(0, hyphen) : rest;
  const release = hyphen >= 0 ? rest.slice(hyphen + 1) : undefined;
  if (version === '') return { ok: false, error: 'the version is empty' };
  if (release === '') return { ok: false, error: 'the release after the hyphen is empty' };
  // rpmbuild's rpmCharCheck for Version and Release: letters, digits and . _ + ~ ^ (no hyphen, no colon).
  for (const [part, what] of [[version, 'version'], [release ?? '', 'release']] as const) {
    const bad = /[^A-Za-z0-9._+~^]/.exec(part);
    if (bad) return { ok: false, error: `invalid character '${bad[0]}' in the ${what} (allowed: letters, digits, . _ + ~ ^)` };
  }
  return { ok: true, version: release === undefined ? { epoch, version } : { epoch, version, release } };
}

export function rpmVersionError(text: string): string | undefined {
  const parsed = parseRpmVersion(text);
  return parsed.ok ? undefined : parsed.error;
}

/**
 * Orders two `[epoch:]version[-release]` strings as rpm's rpmverCmp does: epochs (missing = 0),
 * then versions, then releases only when both sides have one, so a range bound written without
 * a release (`>=2.34`) accepts every release of that version.
 */
export function compareRpmVersions(a: string, b: string): -1 | 0 | 1 {
  const left = splitLoosely(a);
  const right = splitLoosely(b);
  if (left.epoch !== right.epoch) return left.epoch > right.epoch ? 1 : -1;
  const byVersion = rpmvercmp(left.version, right.version);
  if (byVersion !== 0 || left.release === undefined || right.release === undefined) return byVersion;
  return rpmvercmp(left.release, right.release);
}

function splitLoosely(text: string): RpmVersion {
  const parsed = parseRpmVersion(text);
  if (parsed.ok) return parsed.version;
  // Never throws: what cannot be parsed is compared as a bare version string.
  return { epoch: 0, version: text.trim() };
}

/** Drops a zero epoch, as `rpm -q` prints versions (`0:2.34-100.el9` → `2.34-100.el9`). */
export function displayRpmVersion(text: string): string {
  return text.replace(/^0+:/, '');
}
