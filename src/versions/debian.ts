// Debian package versions, ordered exactly as dpkg orders them (dpkg's lib/dpkg/version.c:
// parseversion, verrevcmp, dpkg_version_compare; Debian Policy §5.6.12 "Version").
//
//   [epoch:]upstream_version[-debian_revision]
//
// The epoch is a number compared first; upstream version and revision are each compared by
// verrevcmp: runs of non-digits are compared character by character, where `~` sorts before
// everything (even the end of the string, so 1.0~rc1 < 1.0), the end of the string comes next,
// then letters, then every other character; runs of digits are compared as numbers.

export interface DebianVersion {
  epoch: number;
  upstream: string;
  /** '' when the version has no hyphen (a native package). */
  revision: string;
}

/**
 * Splits a version the way dpkg's parseversion does: the epoch ends at the first colon, the
 * revision starts after the last hyphen. Returns an error for what dpkg rejects.
 */
export function parseDebianVersion(text: string): { ok: true; version: DebianVersion } | { ok: false; error: string } {
  const version = text.trim();
  if (version === '') return { ok: false, error: 'the version is empty' };
  if (/\s/.test(version)) return { ok: false, error: 'a version cannot contain spaces' };
  let epoch = 0;
  let rest = version;
  const colon = version.indexOf(':');
  if (colon >= 0) {
    const epochText = version.slice(0, colon);
    if (!/^\d+$/.test(epochText)) return { ok: false, error: `the epoch '${epochText}' before ':' must be a number` };
    epoch = Number(epochText);
    // dpkg stores the epoch in an int and refuses larger values (parseversion: "epoch in version is too big").
    if (epoch > 2147483647) return { ok: false, error: 'the epoch is too big' };
    rest = version.slice(colon + 1);
    if (rest === '') return { ok: false, error: "nothing after the epoch's colon" };
  }
  const hyphen = rest.lastIndexOf('-');
  const upstream = hyphen >= 0 ? rest.slice(0, hyphen) : rest;
  const revision = hyphen >= 0 ? rest.slice(hyphen + 1) : '';
  if (hyphen >= 0 && revision === '') return { ok: false, error: 'the revision after the last hyphen is empty' };
  if (upstream === '') return { ok: false, error: 'the upstream version is empty' };
  // Policy §5.6.12: the upstream version should start with a digit (dpkg warns; a range that
  // does not is almost surely a typo, so it is refused here).
  if (!/^\d/.test(upstream)) return { ok: false, error: `the upstream version '${upstream}' must start with a digit` };
  const badUpstream = /[^A-Za-z0-9.+~:-]/.exec(upstream);
  if (badUpstream) return { ok: false, error: `invalid character '${badUpstream[0]}' in the upstream version (allowed: letters, digits, . + ~ - :)` };
  const badRevision = /[^A-Za-z0-9.+~]/.exec(revision);
  if (badRevision) return { ok: false, error: `invalid character '${badRevision[0]}' in the revision (allowed: letters, digits, . + ~)` };
  return { ok: true, version: { epoch, upstream, revision } };
}

/** undefined when dpkg would accept the version (its hard errors, plus "starts with a digit"); else why not. */
export function debianVersionError(text: string): string | undefined {
  const parsed = parseDebianVersion(text);
  return parsed.ok ? undefined : parsed.error;
}

export function isValidDebianVersion(text: string): boolean {
  return parseDebianVersion(text).ok;
}

/**
 * dpkg's ordering of two versions (`dpkg --compare-versions a lt b`). Never throws: a version
 * dpkg would reject is still split and compared the way dpkg splits it.
 */
export function compareDebianVersions(a: string, b: string): -1 | 0 | 1 {
  const left = split(a.trim());
  const right = split(b.trim());
  if (left.epoch !== right.epoch) return left.epoch > right.epoch ? 1 : -1;
  return sign(verrevcmp(left.upstream, right.upstream)) || sign(verrevcmp(left.revision, right.revision));
}

function split(version: string): DebianVersion {
  const colon = version.indexOf(':');
  const epochText = colon >= 0 ? version.slice(0, colon) : '';
  // dpkg reads the epoch with strtol; what it cannot read counts as 0 (only after an error).
  const epoch = /^\d+$/.test(epochText) ? Number(epochText) : 0;
  const rest = colon >= 0 ? version.slice(colon + 1) : version;
  const hyphen = rest.lastIndexOf('-');
  return hyphen >= 0 ? { epoch, upstream: rest.slice(0, hyphen), revision: rest.slice(hyphen + 1) } : { epoch, upstream: rest, revision: '' };
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string): boolean => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');

/** dpkg's order(): `~` < end of string and digits < letters < everything else. */
function order(c: string | undefined): number {
  if (c === undefined || isDigit(c)) return 0;
  if (isLetter(c)) return c.charCodeAt(0);
  if (c === '~') return -1;
  return c.charCodeAt(0) + 256;
}

/** dpkg's verrevcmp(), transcribed: a negative, zero or positive number. */
export function verrevcmp(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    let firstDiff = 0;
    while ((i < a.length && !isDigit(a[i])) || (j < b.length && !isDigit(b[j]))) {
      const ac = order(a[i]);
      const bc = order(b[j]);
      if (ac !== bc) return ac - bc;
      i++;
      j++;
    }
    while (a[i] === '0') i++;
    while (b[j] === '0') j++;
    while (isDigit(a[i]) && isDigit(b[j])) {
      if (firstDiff === 0) firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (isDigit(a[i])) return 1;
    if (isDigit(b[j])) return -1;
    if (firstDiff !== 0) return firstDiff;
  }
  return 0;
}

function sign(n: number): -1 | 0 | 1 {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}
