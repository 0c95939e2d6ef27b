// PEP 440 versions and version specifiers, with the exact semantics of PyPA `packaging` 26.2
// (src/packaging/version.py, specifiers.py, utils.py). Where PEP 440 and `packaging` differ,
// `packaging` wins: it is what pip uses, so it is what decides what an install accepts.
// __tests__/fixtures/vectors/pep440-*.json pin the agreement case for case.

/** A parsed PEP 440 version, as `packaging.version.Version` exposes it. */
export interface Pep440Version {
  epoch: number;
  release: number[];
  pre?: ['a' | 'b' | 'rc', number];
  post?: number;
  dev?: number;
  local?: (string | number)[];
}

export type SpecifierOperator = '~=' | '==' | '!=' | '<=' | '>=' | '<' | '>' | '===';

export interface Specifier {
  operator: SpecifierOperator;
  /** The version as written after the operator, stripped (packaging's `Specifier.version`). */
  version: string;
  /** source text */
  text: string;
}

export type SpecifierParse =
  | { ok: true; specifiers: Specifier[] }
  | { ok: false; error: string; /** 0-based offset of the bad clause in the input */ offset: number };

export interface ContainsOptions {
  /**
   * packaging's `prereleases` argument. true (the default here): an installed pre-release is a
   * candidate like any other. null: packaging's default, which for one version is the same as
   * true. false: pre-releases never match.
   */
  prereleases?: boolean | null;
}

type PreLabel = 'a' | 'b' | 'rc';

/**
 * The same parts as Pep440Version, with bigint numbers: PEP 440 puts no bound on a numeric
 * component (date-stamped releases, CI build numbers) and Python's int has none either.
 */
interface ExactVersion {
  epoch: bigint;
  release: bigint[];
  pre?: [PreLabel, bigint];
  post?: bigint;
  dev?: bigint;
  local?: (string | bigint)[];
}

// Python's `\s` and str.strip() (str.isspace()), which differ from JavaScript's `\s`/trim():
// Python adds U+001C..U+001F and U+0085, and does not count U+FEFF.
const PY_SPACE_CHARS =
  '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_SPACE = `[${PY_SPACE_CHARS}]`;
const PY_STRIP = new RegExp(`^${PY_SPACE}+|${PY_SPACE}+$`, 'g');

function pyStrip(text: string): string {
  return text.replace(PY_STRIP, '');
}

// packaging's VERSION_PATTERN, anchored and surrounded by optional whitespace as in
// Version._regex. Its possessive quantifiers change no outcome (nothing after a separator can
// start with a digit or letter that an earlier group gave up), so plain greedy ones stand in.
// The `i` flag without `u` folds ASCII only, like packaging's `(?a:…)` groups.
const VERSION_RE = new RegExp(
  `^${PY_SPACE}*v?` +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?:[._-]?(?<preL>alpha|a|beta|b|preview|pre|c|rc)[._-]?(?<preN>[0-9]+)?)?' +
    '(?:-(?<postN1>[0-9]+)|[._-]?(?<postL>post|rev|r)[._-]?(?<postN2>[0-9]+)?)?' +
    '(?:[._-]?(?<devL>dev)[._-]?(?<devN>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[._-][a-z0-9]+)*))?' +
    `${PY_SPACE}*$`,
  'i',
);

/** Version.__init__'s fast path: only digits and dots is a bare release segment. */
const SIMPLE_VERSION = /^[0-9.]*$/;

const PRE_SPELLINGS: Record<string, PreLabel> = {
  a: 'a', alpha: 'a', b: 'b', beta: 'b', c: 'rc', rc: 'rc', pre: 'rc', preview: 'rc',
};

function parseExact(text: string): ExactVersion | null {
  if (SIMPLE_VERSION.test(text)) {
    const parts = text.split('.');
    if (parts.includes('')) return null;
    return { epoch: 0n, release: parts.map((p) => BigInt(p)) };
  }
  const groups = VERSION_RE.exec(text)?.groups;
  if (!groups) return null;
  const version: ExactVersion = {
    epoch: groups.epoch ? BigInt(groups.epoch) : 0n,
    release: groups.release!.split('.').map((p) => BigInt(p)),
  };
  if (groups.preL) {
    version.pre = [PRE_SPELLINGS[groups.preL.toLowerCase()]!, BigInt(groups.preN ?? 0)];
  }
  // "1.0-1" is an implicit post-release; "1.0.post", "1.0rev", "1.0r" are post 0.
  if (groups.postN1 !== undefined) version.post = BigInt(groups.postN1);
  else if (groups.postL) version.post = BigInt(groups.postN2 ?? 0);
  if (groups.devL) version.dev = BigInt(groups.devN ?? 0);
  if (groups.local) {
    version.local = groups.local
      .split(/[._-]/)
      .map((part) => (/^[0-9]+$/.test(part) ? BigInt(part) : part.toLowerCase()));
  }
  return version;
}

function formatExact(v: ExactVersion, stripTrailingZeros = false): string {
  let release = v.release;
  if (stripTrailingZeros) {
    // utils._TrimmedRelease: "1.0.0" -> "1", but one zero always stays ("0.0" -> "0").
    let end = release.length;
    while (end > 1 && release[end - 1] === 0n) end -= 1;
    release = release.slice(0, end);
  }
  let text = release.join('.');
  if (v.epoch !== 0n) text = `${v.epoch}!${text}`;
  if (v.pre) text += `${v.pre[0]}${v.pre[1]}`;
  if (v.post !== undefined) text += `.post${v.post}`;
  if (v.dev !== undefined) text += `.dev${v.dev}`;
  if (v.local) text += `+${v.local.join('.')}`;
  return text;
}

function isPre(v: ExactVersion): boolean {
  return v.pre !== undefined || v.dev !== undefined;
}

function publicPart(v: ExactVersion): ExactVersion {
  if (!v.local) return v;
  const { local: _local, ...rest } = v;
  return rest;
}

function sign(a: bigint | number, b: bigint | number): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Ranks of version._cmpkey: a dev-only release sorts before every pre-release, a release with
// no pre-release after rc; no post before any post; a dev release before its non-dev release.
const PRE_RANK: Record<PreLabel, number> = { a: 0, b: 1, rc: 2 };
const PRE_RANK_DEV_ONLY = -1;
const PRE_RANK_STABLE = 3;

function suffixKey(v: ExactVersion): (bigint | number)[] {
  let pre: [number, bigint];
  if (v.pre) pre = [PRE_RANK[v.pre[0]], v.pre[1]];
  else if (v.post === undefined && v.dev !== undefined) pre = [PRE_RANK_DEV_ONLY, 0n];
  else pre = [PRE_RANK_STABLE, 0n];
  return [
    ...pre,
    v.post === undefined ? 0 : 1, v.post ?? 0n,
    v.dev === undefined ? 1 : 0, v.dev ?? 0n,
  ];
}

function compareSequences<T>(a: T[], b: T[], compareItem: (x: T, y: T) => -1 | 0 | 1): -1 | 0 | 1 {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = compareItem(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return sign(a.length, b.length);
}

function trimZeros(release: bigint[]): bigint[] {
  let end = release.length;
  while (end > 0 && release[end - 1] === 0n) end -= 1;
  return release.slice(0, end);
}

// PEP 440 "Local version identifiers": alphanumeric segments sort before numeric ones,
// strings compare lexically, numbers numerically.
function compareLocalSegment(a: string | bigint, b: string | bigint): -1 | 0 | 1 {
  if (typeof a === 'bigint' && typeof b === 'bigint') return sign(a, b);
  if (typeof a === 'bigint') return 1;
  if (typeof b === 'bigint') return -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareExact(a: ExactVersion, b: ExactVersion): -1 | 0 | 1 {
  return (
    sign(a.epoch, b.epoch) ||
    compareSequences(trimZeros(a.release), trimZeros(b.release), sign) ||
    compareSequences(suffixKey(a), suffixKey(b), sign) ||
    (a.local === undefined
      ? b.local === undefined ? 0 : -1
      : b.local === undefined ? 1 : compareSequences(a.local, b.local, compareLocalSegment))
  );
}

function toPublicShape(v: ExactVersion): Pep440Version {
  const out: Pep440Version = { epoch: Number(v.epoch), release: v.release.map(Number) };
  if (v.pre) out.pre = [v.pre[0], Number(v.pre[1])];
  if (v.post !== undefined) out.post = Number(v.post);
  if (v.dev !== undefined) out.dev = Number(v.dev);
  if (v.local) out.local = v.local.map((p) => (typeof p === 'bigint' ? Number(p) : p));
  return out;
}

/** `packaging.version.Version(text)`; null where packaging raises InvalidVersion. */
export function parseVersion(text: string): Pep440Version | null {
  const v = parseExact(text);
  return v ? toPublicShape(v) : null;
}

export function isValidVersion(text: string): boolean {
  return parseExact(text) !== null;
}

/** `str(Version(text))`: "1.0-RC1" -> "1.0rc1", "v1.0" -> "1.0", "1.0_alpha" -> "1.0a0". */
export function normalizeVersion(text: string): string | null {
  const v = parseExact(text);
  return v ? formatExact(v) : null;
}

export function compareVersions(a: string, b: string): -1 | 0 | 1 | null {
  const va = parseExact(a);
  const vb = parseExact(b);
  return va && vb ? compareExact(va, vb) : null;
}

/** `Version(text).is_prerelease` (a, b, rc or dev); false for an invalid version. */
export function isPrerelease(text: string): boolean {
  const v = parseExact(text);
  return v !== null && isPre(v);
}

// ---------------------------------------------------------------------------------------------
// Specifiers

// Specifier._specifier_regex_str, branch for branch. `===` takes anything up to whitespace,
// ';' or ')'; only == and != take a '.*' wildcard or a local label; ~= needs two release
// segments. (packaging folds the ~= branch with Unicode case rules, so it accepts e.g. 'ſ' for
// 's' and then fails on the version; here such a clause is simply invalid.)
const SPEC_PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const SPEC_POST = '(?:-[0-9]+|[-_.]?(?:post|rev|r)[-_.]?[0-9]*)?';
const SPEC_DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const SPEC_LOCAL = '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?';
const SPEC_RELEASE = 'v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*';
const SPECIFIER_RE = new RegExp(
  `^${PY_SPACE}*(?:` +
    `===${PY_SPACE}*[^${PY_SPACE_CHARS};)]*` +
    `|(?:==|!=)${PY_SPACE}*${SPEC_RELEASE}(?:\\.\\*|${SPEC_PRE}${SPEC_POST}${SPEC_DEV}${SPEC_LOCAL})` +
    `|~=${PY_SPACE}*v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${SPEC_PRE}${SPEC_POST}${SPEC_DEV}` +
    `|(?:<=|>=|<|>)${PY_SPACE}*${SPEC_RELEASE}${SPEC_PRE}${SPEC_POST}${SPEC_DEV}` +
    `)${PY_SPACE}*$`,
  'i',
);

const OPERATORS: readonly SpecifierOperator[] = ['===', '~=', '==', '!=', '<=', '>=', '<', '>'];
const OPERATOR_LIST = '~=, ==, !=, <=, >=, <, >, ===';

function splitOperator(clause: string): { operator: SpecifierOperator; rest: string } | null {
  const operator = OPERATORS.find((op) => clause.startsWith(op));
  return operator ? { operator, rest: pyStrip(clause.slice(operator.length)) } : null;
}

function isWildcard(version: string): boolean {
  return version.endsWith('.*');
}

/** `packaging.specifiers.Specifier(text)`; null where packaging raises InvalidSpecifier. */
export function parseSpecifier(text: string): Specifier | null {
  if (!SPECIFIER_RE.test(text)) return null;
  const clause = pyStrip(text);
  const split = splitOperator(clause);
  if (!split) return null;
  const { operator, rest } = split;
  if (operator !== '===') {
    const versionText = isWildcard(rest) ? rest.slice(0, -2) : rest;
    if (!parseExact(versionText)) return null;
  }
  return { operator, version: rest, text: clause };
}

/** Why packaging rejects `clause`, in words a user can act on. */
function explainInvalidSpecifier(clause: string): string {
  const split = splitOperator(clause);
  if (!split) {
    const typed = /^[=<>!~]+/.exec(clause)?.[0];
    if (typed) return `'${clause}': unknown operator '${typed}'; use one of ${OPERATOR_LIST}`;
    const asVersion = normalizeVersion(clause);
    return asVersion
      ? `'${clause}' has no comparison operator; write e.g. ==${asVersion} or >=${asVersion}`
      : `'${clause}' is not a version specifier: it must start with one of ${OPERATOR_LIST}`;
  }
  const { operator, rest } = split;
  const extraOperator = /^[=<>!~]+/.exec(rest)?.[0];
  if (extraOperator) {
    const typed = `${operator}${extraOperator}`;
    return OPERATORS.includes(typed as SpecifierOperator)
      ? `'${clause}': write the operator '${typed}' without spaces inside it`
      : `'${clause}': unknown operator '${typed}'; use one of ${OPERATOR_LIST}`;
  }
  if (rest === '') return `'${clause}' needs a version after the operator, e.g. ${operator}1.0`;
  if (operator === '===') {
    return `'${clause}': the version after === cannot contain whitespace, ';' or ')'`;
  }
  if (rest.includes('*')) {
    if (operator !== '==' && operator !== '!=') {
      return `'${clause}': a '.*' wildcard is only allowed with == and !=, e.g. ==1.0.*`;
    }
    if (!isWildcard(rest) || rest.indexOf('*') !== rest.length - 1) {
      return `'${clause}': only one '.*' is allowed, at the end of the version, e.g. ${operator}1.0.*`;
    }
    const base = parseExact(rest.slice(0, -2));
    if (base && (base.pre || base.post !== undefined || base.dev !== undefined || base.local)) {
      const release = formatExact({ epoch: base.epoch, release: base.release });
      return `'${clause}': a '.*' wildcard may only follow the release segment, e.g. ${operator}${release}.*`;
    }
    if (!base) return `'${clause}': '${rest.slice(0, -2)}' is not a valid PEP 440 version`;
  }
  const version = parseExact(rest);
  if (!version) return `'${clause}': '${rest}' is not a valid PEP 440 version`;
  if (version.local && operator !== '==' && operator !== '!=') {
    // PEP 440 "Version specifiers": local labels are only meaningful to exact (in)equality.
    return `'${clause}': local versions are only allowed with == and !=`;
  }
  if (operator === '~=' && version.release.length < 2) {
    // PEP 440 "Compatible release": ~=V.N drops the last segment, so a single one is not enough.
    const example = formatExact({ ...version, release: [version.release[0]!, 0n] });
    return `'${clause}' needs at least two release segments, e.g. ~=${example}`;
  }
  return `'${clause}' is not a valid PEP 440 version specifier`;
}

/**
 * `packaging.specifiers.SpecifierSet(text)`: comma-separated clauses, empty ones skipped, so
 * '' and ',' are valid and match anything. The first invalid clause is reported.
 */
export function parseSpecifierSet(text: string): SpecifierParse {
  const specifiers: Specifier[] = [];
  let start = 0;
  for (const piece of text.split(',')) {
    const clause = pyStrip(piece);
    if (clause !== '') {
      const offset = start + piece.indexOf(clause);
      const specifier = parseSpecifier(clause);
      if (!specifier) return { ok: false, error: explainInvalidSpecifier(clause), offset };
      specifiers.push(specifier);
    }
    start += piece.length + 1;
  }
  return { ok: true, specifiers };
}

// --- the operators, as Specifier._compare_* ---------------------------------------------------

/** specifiers._version_split: epoch first, and "2rc1" read as "2", "rc1". */
function versionSplit(version: string): string[] {
  const bang = version.lastIndexOf('!');
  const epoch = bang === -1 ? '' : version.slice(0, bang);
  const rest = bang === -1 ? version : version.slice(bang + 1);
  const result = [epoch || '0'];
  for (const item of rest.split('.')) {
    const m = /^([0-9]+)((?:a|b|c|rc)[0-9]+)$/.exec(item);
    if (m) result.push(m[1]!, m[2]!);
    else result.push(item);
  }
  return result;
}

function numericPrefixLength(split: string[]): number {
  let count = 0;
  while (count < split.length && /^[0-9]+$/.test(split[count]!)) count += 1;
  return count;
}

function isNotSuffix(segment: string): boolean {
  return !['dev', 'a', 'b', 'rc', 'post'].some((prefix) => segment.startsWith(prefix));
}

/** utils.canonicalize_version: invalid text comes back unchanged. */
function canonicalizeVersionText(text: string, stripTrailingZeros: boolean): string {
  const v = parseExact(text);
  return v ? formatExact(v, stripTrailingZeros) : text;
}

function compareEqual(prospective: ExactVersion, spec: string): boolean {
  if (isWildcard(spec)) {
    // PEP 440 "Version matching": prefix match on the public version, with the candidate's
    // release zero-padded to the prefix's length (==1.0.* matches 1).
    const splitSpec = versionSplit(canonicalizeVersionText(spec.slice(0, -2), false));
    const splitProspective = versionSplit(formatExact(publicPart(prospective)));
    const numeric = numericPrefixLength(splitProspective);
    const padding = Math.max(0, numericPrefixLength(splitSpec) - numeric);
    const padded = [
      ...splitProspective.slice(0, numeric),
      ...Array<string>(padding).fill('0'),
      ...splitProspective.slice(numeric),
    ];
    const shortened = padded.slice(0, splitSpec.length);
    return shortened.length === splitSpec.length && shortened.every((s, i) => s === splitSpec[i]);
  }
  const specVersion = parseExact(spec);
  if (!specVersion) return false;
  // A spec without a local label matches every local build of that version (PEP 440).
  const candidate = specVersion.local ? prospective : publicPart(prospective);
  return compareExact(candidate, specVersion) === 0;
}

function compareCompatible(prospective: ExactVersion, spec: string): boolean {
  // PEP 440 "Compatible release": ~=2.2.post3 is >=2.2.post3, ==2.*. packaging derives the
  // prefix from the text as written (so ~=v1.4 yields the prefix "0!v1" and matches nothing).
  const kept = [];
  for (const segment of versionSplit(spec)) {
    if (!isNotSuffix(segment)) break;
    kept.push(segment);
  }
  const [epoch, ...release] = kept.slice(0, -1);
  const prefix = `${epoch ?? ''}!${release.join('.')}.*`;
  return compareGreaterOrEqual(prospective, spec) && compareEqual(prospective, prefix);
}

function compareGreaterOrEqual(prospective: ExactVersion, spec: string): boolean {
  const specVersion = parseExact(spec);
  return specVersion !== null && compareExact(publicPart(prospective), specVersion) >= 0;
}

function compareLessOrEqual(prospective: ExactVersion, spec: string): boolean {
  const specVersion = parseExact(spec);
  return specVersion !== null && compareExact(publicPart(prospective), specVersion) <= 0;
}

function compareLess(prospective: ExactVersion, spec: string): boolean {
  const specVersion = parseExact(spec);
  if (!specVersion || compareExact(prospective, specVersion) >= 0) return false;
  // PEP 440 "Exclusive ordered comparison": <V must not allow a pre-release of V unless V is
  // itself one; V.dev0 is the earliest pre-release of V (packaging keeps V's post segment).
  if (!isPre(specVersion) && isPre(prospective)) {
    const earliest: ExactVersion = { ...publicPart(specVersion), dev: 0n };
    if (compareExact(prospective, earliest) >= 0) return false;
  }
  return true;
}

function compareGreater(prospective: ExactVersion, spec: string): boolean {
  const specVersion = parseExact(spec);
  if (!specVersion || compareExact(prospective, specVersion) <= 0) return false;
  // PEP 440 "Exclusive ordered comparison": >V must not allow a post-release of V unless V is
  // itself one, nor a local version of V.
  if (specVersion.post === undefined && prospective.post !== undefined) {
    const { post: _post, dev: _dev, local: _local, ...postBase } = prospective;
    if (compareExact(postBase, specVersion) === 0) return false;
  }
  if (prospective.local && compareExact(publicPart(prospective), specVersion) === 0) return false;
  return true;
}

function operatorMatches(operator: SpecifierOperator, spec: string, prospective: ExactVersion): boolean {
  switch (operator) {
    case '==': return compareEqual(prospective, spec);
    case '!=': return !compareEqual(prospective, spec);
    case '~=': return compareCompatible(prospective, spec);
    case '<=': return compareLessOrEqual(prospective, spec);
    case '>=': return compareGreaterOrEqual(prospective, spec);
    case '<': return compareLess(prospective, spec);
    case '>': return compareGreater(prospective, spec);
    case '===': return false;
  }
}

/** `===` is a case-insensitive string comparison with the version exactly as given. */
function arbitraryMatches(version: string, spec: string): boolean {
  return version.toLowerCase() === spec.toLowerCase();
}

/**
 * Whether `version` satisfies every specifier. For one version, packaging's `prereleases=None`
 * gives the same answer as true (a lone pre-release is kept "as there are no other versions");
 * false rejects any pre-release. A text that is no valid version is matched only by `===`.
 */
function allContain(specifiers: Specifier[], version: string, prereleases: boolean | null): boolean {
  const parsed = parseExact(version);
  if (!parsed) {
    if (specifiers.length === 0) return true;
    return specifiers.every((s) => s.operator === '===' && arbitraryMatches(version, s.version));
  }
  if (prereleases === false && isPre(parsed)) return false;
  return specifiers.every((s) =>
    s.operator === '===' ? arbitraryMatches(version, s.version) : operatorMatches(s.operator, s.version, parsed),
  );
}

/**
 * `Specifier.contains(version, prereleases)`. A hand-built `spec` whose version does not parse
 * matches nothing (packaging would fail an assertion).
 */
export function specifierContains(spec: Specifier, version: string, prereleases: boolean | null = true): boolean {
  return allContain([spec], version, prereleases);
}

/**
 * `SpecifierSet(specText).contains(version, prereleases=…)`, prereleases defaulting to true:
 * an installed pre-release is a candidate (depgate checks what is there, not what to pick).
 * null when `specText` is invalid. An invalid `version` is not an error, as in packaging: it is
 * contained only by '' (anything) or a matching `===`.
 */
export function specifierSetContains(
  specText: string,
  version: string,
  options: ContainsOptions = {},
): boolean | null {
  const parsed = parseSpecifierSet(specText);
  if (!parsed.ok) return null;
  const prereleases = options.prereleases === undefined ? true : options.prereleases;
  return allContain(parsed.specifiers, version, prereleases);
}
