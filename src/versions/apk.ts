// Alpine package versions, ordered exactly as apk-tools 3 orders them (src/version.c:
// token_first, token_next, token_cmp, apk_version_compare_fuzzy).
//
//   digit{.digit}...{letter}{_suffix{number}}...{~hash}{-r#}
//
// The version is read as a sequence of tokens, each of which may only follow certain others.
// Tokens of the same kind compare by value: numbers numerically (but a dotted component with a
// leading zero compares as text, as Gentoo's rule says), one letter by its code, suffixes in the
// order _alpha < _beta < _pre < _rc < (none) < _cvs < _svn < _git < _hg < _p, commit hashes as
// text. Where one version runs out first, a pre-release suffix on the other makes it older; any
// other extra token makes it newer.

enum Token {
  InitialDigit,
  Digit,
  Letter,
  Suffix,
  SuffixNumber,
  CommitHash,
  RevisionNumber,
  End,
  Invalid,
}

/** apk's suffix order; NONE (5) is the pivot between pre- and post-release suffixes. */
const SUFFIXES: Record<string, number> = { alpha: 1, beta: 2, pre: 3, rc: 4, cvs: 6, svn: 7, git: 8, hg: 9, p: 10 };
const SUFFIX_NONE = 5;

interface TokenState {
  token: Token;
  /** The token's text (digits, the letter, the suffix name, the hash). */
  value: string;
  suffix: number;
  /** Where the next token starts. */
  at: number;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLower = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
const isHex = (c: string | undefined): boolean => isDigit(c) || (c !== undefined && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));

function span(text: string, from: number, accept: (c: string | undefined) => boolean): number {
  let end = from;
  while (end < text.length && accept(text[end])) end++;
  return end;
}

function parseDigits(t: TokenState, text: string): void {
  const end = span(text, t.at, isDigit);
  t.value = text.slice(t.at, end);
  t.at = end;
  if (t.value === '') t.token = Token.Invalid;
}

function tokenFirst(text: string): TokenState {
  const t: TokenState = { token: Token.InitialDigit, value: '', suffix: 0, at: 0 };
  parseDigits(t, text);
  return t;
}

function tokenNext(t: TokenState, text: string): void {
  if (t.at >= text.length) {
    t.token = Token.End;
    return;
  }
  const c = text[t.at];
  if (isLower(c)) {
    if (t.token > Token.Digit) return invalid(t);
    t.value = c;
    t.token = Token.Letter;
    t.at++;
  } else if (c === '.' || isDigit(c)) {
    if (c === '.') {
      if (t.token > Token.Digit) return invalid(t);
      t.at++;
    }
    if (t.token === Token.InitialDigit || t.token === Token.Digit) t.token = Token.Digit;
    else if (t.token === Token.Suffix) t.token = Token.SuffixNumber;
    else return invalid(t);
    parseDigits(t, text);
  } else if (c === '_') {
    if (t.token > Token.SuffixNumber) return invalid(t);
    const end = span(text, t.at + 1, isLower);
    t.value = text.slice(t.at + 1, end);
    t.at = end;
    t.suffix = SUFFIXES[t.value] ?? 0;
    if (t.suffix === 0) return invalid(t);
    t.token = Token.Suffix;
  } else if (c === '~') {
    if (t.token >= Token.CommitHash) return invalid(t);
    const end = span(text, t.at + 1, isHex);
    t.value = text.slice(t.at + 1, end);
    t.at = end;
    if (t.value === '') return invalid(t);
    t.token = Token.CommitHash;
  } else if (c === '-') {
    if (t.token >= Token.RevisionNumber || text[t.at + 1] !== 'r') return invalid(t);
    t.at += 2;
    t.token = Token.RevisionNumber;
    parseDigits(t, text);
  } else {
    invalid(t);
  }
}

function invalid(t: TokenState): void {
  t.token = Token.Invalid;
}

/** Numeric order of two digit strings, exact at any length. */
function compareNumbers(a: string, b: string): number {
  const x = a.replace(/^0+/, '');
  const y = b.replace(/^0+/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** apk_blob_sort: bytewise over the common length, then the shorter first. */
function compareText(a: string, b: string): number {
  const common = Math.min(a.length, b.length);
  for (let i = 0; i < common; i++) {
    if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.charCodeAt(i) - b.charCodeAt(i);
  }
  return a.length - b.length;
}

function tokenCompare(a: TokenState, b: TokenState): number {
  switch (a.token) {
    case Token.Digit:
      // A dotted component with a leading zero compares as text (1.02 < 1.1), as in Gentoo.
      if (a.value.startsWith('0') || b.value.startsWith('0')) return compareText(a.value, b.value);
      return compareNumbers(a.value, b.value);
    case Token.InitialDigit:
    case Token.SuffixNumber:
    case Token.RevisionNumber:
      return compareNumbers(a.value, b.value);
    case Token.Letter:
      return a.value.charCodeAt(0) - b.value.charCodeAt(0);
    case Token.Suffix:
      return a.suffix - b.suffix;
    default:
      return compareText(a.value, b.value);
  }
}

function compareFuzzy(a: string, b: string, fuzzy: boolean): -1 | 0 | 1 {
  const ta = tokenFirst(a);
  const tb = tokenFirst(b);
  while (ta.token === tb.token && ta.token < Token.End) {
    const order = tokenCompare(ta, tb);
    if (order !== 0) return order < 0 ? -1 : 1;
    tokenNext(ta, a);
    tokenNext(tb, b);
  }
  if (ta.token === tb.token) return 0;
  if (tb.token === Token.End && fuzzy) return 0;
  // The common tokens are equal: the longer version is newer, unless what it has more is a pre-release suffix.
  if (ta.token === Token.Suffix && ta.suffix < SUFFIX_NONE) return -1;
  if (tb.token === Token.Suffix && tb.suffix < SUFFIX_NONE) return 1;
  if (ta.token > tb.token) return -1;
  if (tb.token > ta.token) return 1;
  return 0;
}

/** apk's ordering of two versions (`apk version -t a b`). Never throws; invalid versions order as apk orders them. */
export function compareApkVersions(a: string, b: string): -1 | 0 | 1 {
  return compareFuzzy(a.trim(), b.trim(), false);
}

/** undefined when apk accepts the version (apk_version_validate); else why not. */
export function apkVersionError(text: string): string | undefined {
  const version = text.trim();
  if (version === '') return 'the version is empty';
  const t = tokenFirst(version);
  let previous = 0;
  while (t.token < Token.End) {
    previous = t.at;
    tokenNext(t, version);
  }
  if (t.token === Token.End) return undefined;
  return `'${version}' is not an apk version (digits{.digits}{letter}{_alpha|_beta|_pre|_rc|_p|_cvs|_svn|_git|_hg{N}}{~hash}{-rN}); it goes wrong at '${version.slice(previous)}'`;
}

export function isValidApkVersion(text: string): boolean {
  return apkVersionError(text) === undefined;
}

/**
 * apk_version_match for one dependency operator: `<`, `<=`, `=`, `>=`, `>`, the fuzzy `~`
 * (`3.6.9 ~ 3.6`: the first version starts with the second), `<~`, `>~`, each optionally
 * negated with a leading `!`.
 */
export function apkVersionMatch(a: string, op: string, b: string): boolean {
  const conflict = op.startsWith('!');
  const mask = op.slice(conflict ? 1 : 0);
  if (!/^(<|<=|=|>=|>|~|<~|>~)$/.test(mask)) return false;
  const result = compareFuzzy(a.trim(), b.trim(), mask.includes('~'));
  const ok = (result < 0 && mask.includes('<')) || (result > 0 && mask.includes('>')) || (result === 0 && (mask.includes('=') || mask.includes('~')));
  return conflict ? !ok : ok;
}
