// requirements.txt, read the way pip reads it (pip's src/pip/_internal/req/req_file.py and the
// "Requirements File Format" reference): physical lines are joined at a trailing `\`, comments are
// cut, each logical line is split into requirement text and pip options, and `-r`/`-c` pull in
// further files. Every requirement keeps the physical line and column where its name is written,
// so a finding lands on the text the user has to change.
//
// The single-file step (`parseRequirementsTxtText`) is pure; `parseRequirementsTxt` walks the
// includes through a `ManifestFileReader`, the only I/O here.
import { readFile } from 'node:fs/promises';
import { pythonRequirementFrom } from './python-requirement.js';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PythonRequirement, SourcePosition, SpecProblem } from '../model.js';
import { canonicalizeName } from '../versions/pep503.js';
import { parseMarker as parsePep508Marker, parseRequirement as parsePep508, type RequirementParse } from '../versions/pep508.js';

export interface ManifestFileReader {
  /** returns null when the file does not exist */
  readFile(path: string): Promise<string | null>;
}

export interface RequirementsTxtResult {
  requirements: PythonRequirement[];
  problems: SpecProblem[];
  /** every file read, in order, relative to cwd */
  files: string[];
}

export interface RequirementsTxtInclude {
  /** `-r` adds requirements; `-c` only constrains versions (pip's "constraints file"). */
  kind: 'requirement' | 'constraint';
  /** As written, relative to the including file's directory. */
  path: string;
  /** Where the path is written. */
  source: SourcePosition;
}

/** Longest excerpt of a line quoted in a message: a hostile file can hold a megabyte on one line. */
export const MAX_QUOTED_LINE_CHARS = 120;

/** Distinct files one manifest may pull in through -r/-c before depgate stops following them. */
export const MAX_INCLUDED_FILES = 1000;

// pip's COMMENT_RE, `(^|\s+)#.*$`: `#` starts a comment at the start of a line or after
// whitespace, so the `#egg=` fragment of a URL survives. Found by a scan (commentStart), since
// that regex backtracks quadratically over a long run of spaces in a hostile file.
const isSpace = (char: string | undefined): boolean => char !== undefined && /\s/.test(char);

// pip's ENV_VAR_RE. pip replaces `${NAME}` with os.environ[NAME]; depgate does not: a manifest in
// a pull request is untrusted, and expanding it would let it copy secrets into messages and URLs.
// A line that still parses without expansion is kept as written; one that does not is a notice.
const ENV_VAR_RE = /\$\{[A-Z0-9_]+\}/;

// Python's str.splitlines() (which pip uses) also ends a line at these; editors and GitHub do not,
// so they split pip's lines without starting a new line number.
const PIP_ONLY_LINE_BREAKS = new Set(['\v', '\f', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']);

// pip.vcs: the schemes each version-control backend registers.
const VCS_SCHEMES = [
  'git', 'git+http', 'git+https', 'git+ssh', 'git+git', 'git+file',
  'hg+file', 'hg+http', 'hg+https', 'hg+ssh', 'hg+static-http',
  'svn', 'svn+ssh', 'svn+http', 'svn+https', 'svn+svn', 'svn+file',
  'bzr+http', 'bzr+https', 'bzr+ssh', 'bzr+sftp', 'bzr+ftp', 'bzr+lp', 'bzr+file',
];
const VCS_BACKENDS = ['git', 'hg', 'svn', 'bzr'];
// pip.utils.urls.is_url: these schemes make a requirement a link rather than a PEP 508 string.
const URL_SCHEMES = new Set(['http', 'https', 'file', 'ftp', ...VCS_SCHEMES]);
// pip.utils.filetypes.ARCHIVE_EXTENSIONS: a bare file name with one of these is a local archive.
const ARCHIVE_EXTENSIONS = ['.zip', '.whl', '.tar.bz2', '.tbz', '.tar.xz', '.txz', '.tlz', '.tar.lz', '.tar.lzma', '.tar.gz', '.tgz', '.tar'];
// pip.models.wheel (PEP 427 file name): name-version(-build)?-python-abi-platform.whl
const WHEEL_FILE_RE = /^([^\s-]+?)-([^\s-]*?)(-\d[^-]*?)?-([^\s-]+?)-([^\s-]+?)-([^\s-]+?)\.whl$/;
// pip.utils.hashes.STRONG_HASHES: the only algorithms --hash accepts.
const STRONG_HASHES = ['sha256', 'sha384', 'sha512'];

interface PipOption {
  long: string;
  short?: string;
  takesValue: boolean;
  /** Options whose value this parser needs; the others are validated and skipped. */
  collect?: 'requirement' | 'constraint' | 'editable';
  /** pip's optparse callback: an error message for a value pip rejects. */
  validate?: (value: string) => string | undefined;
}

// pip's req_file.SUPPORTED_OPTIONS + SUPPORTED_OPTIONS_REQ, plus options older pips accepted
// (--install-option until 23.1, -Z/--always-unzip) that still appear in real files.
const PIP_OPTIONS: readonly PipOption[] = [
  { long: '--index-url', short: '-i', takesValue: true },
  { long: '--extra-index-url', takesValue: true },
  { long: '--no-index', takesValue: false },
  { long: '--constraint', short: '-c', takesValue: true, collect: 'constraint' },
  { long: '--requirement', short: '-r', takesValue: true, collect: 'requirement' },
  { long: '--editable', short: '-e', takesValue: true, collect: 'editable' },
  { long: '--find-links', short: '-f', takesValue: true },
  { long: '--no-binary', takesValue: true },
  { long: '--only-binary', takesValue: true },
  { long: '--prefer-binary', takesValue: false },
  { long: '--require-hashes', takesValue: false },
  { long: '--pre', takesValue: false },
  { long: '--trusted-host', takesValue: true },
  { long: '--use-feature', takesValue: true },
  { long: '--always-unzip', short: '-Z', takesValue: false },
  { long: '--global-option', takesValue: true },
  { long: '--install-option', takesValue: true },
  { long: '--hash', takesValue: true, validate: validateHash },
  { long: '--config-settings', short: '-C', takesValue: true, validate: validateConfigSetting },
];

function validateHash(value: string): string | undefined {
  const colon = value.indexOf(':');
  if (colon < 0) return `--hash needs an algorithm and a digest, like --hash=sha256:abcde..., not "${quote(value)}"`;
  const algorithm = value.slice(0, colon);
  if (!STRONG_HASHES.includes(algorithm)) {
    return `--hash accepts only ${STRONG_HASHES.join(', ')}, not "${quote(algorithm)}"`;
  }
  return undefined;
}

function validateConfigSetting(value: string): string | undefined {
  return value.includes('=') ? undefined : `--config-settings needs KEY=VALUE, not "${quote(value)}"`;
}

// ---------------------------------------------------------------------------------------------
// Lines: physical → pip's lines → logical lines, keeping every character's position.

interface Segment {
  text: string;
  line: number;
  /** 1-based column of text[0] */
  column: number;
}

interface LogicalLine {
  text: string;
  /** Where the character at `offset` of `text` is written (offset == text.length: just after the end). */
  positionAt(offset: number): { line: number; column: number };
}

function splitPhysicalLines(text: string): Segment[] {
  const lines: Segment[] = [];
  let lineStart = 0;
  let line = 1;
  let column = 1;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\n' || char === '\r') {
      lines.push({ text: text.slice(lineStart, index), line, column });
      if (char === '\r' && text[index + 1] === '\n') index++;
      line++;
      column = 1;
      lineStart = index + 1;
    } else if (PIP_ONLY_LINE_BREAKS.has(char)) {
      lines.push({ text: text.slice(lineStart, index), line, column });
      column += index + 1 - lineStart;
      lineStart = index + 1;
    }
  }
  if (lineStart < text.length) lines.push({ text: text.slice(lineStart), line, column });
  return lines;
}

const isCommentLine = (text: string): boolean => /^\s*#/.test(text);

/**
 * pip's join_lines: a line ending in `\` continues on the next one, unless it is a comment; a
 * comment line ends a continuation (pip prefixes it with a space so it is cut as a comment); the
 * continued parts lose their leading and trailing backslashes (`line.strip("\\")`).
 */
function joinContinuations(lines: Segment[]): Segment[][] {
  const joined: Segment[][] = [];
  let pending: Segment[] = [];
  for (const line of lines) {
    if (!line.text.endsWith('\\') || isCommentLine(line.text)) {
      const parts = isCommentLine(line.text) ? [{ text: ' ', line: line.line, column: line.column }, line] : [line];
      joined.push([...pending, ...parts]);
      pending = [];
    } else {
      let start = 0;
      let end = line.text.length;
      while (start < end && line.text[start] === '\\') start++;
      while (end > start && line.text[end - 1] === '\\') end--;
      pending.push({ text: line.text.slice(start, end), line: line.line, column: line.column + start });
    }
  }
  if (pending.length > 0) joined.push(pending);
  return joined;
}

/** Where COMMENT_RE's leftmost match starts: the whitespace run before the first `#` that has one. */
function commentStart(text: string): number {
  for (let hash = text.indexOf('#'); hash >= 0; hash = text.indexOf('#', hash + 1)) {
    if (hash === 0) return 0;
    if (isSpace(text[hash - 1])) {
      let start = hash - 1;
      while (start > 0 && isSpace(text[start - 1])) start--;
      return start;
    }
  }
  return text.length;
}

/** pip's ignore_comments: cut the comment, strip, drop what is left empty. */
function toLogicalLine(segments: Segment[]): LogicalLine | null {
  const full = segments.map((segment) => segment.text).join('');
  const uncommented = full.slice(0, commentStart(full));
  const text = uncommented.trim();
  if (text === '') return null;
  const start = uncommented.length - uncommented.trimStart().length;
  const segmentStarts: number[] = [];
  let offset = 0;
  for (const segment of segments) {
    segmentStarts.push(offset);
    offset += segment.text.length;
  }
  const positionOfFullOffset = (fullOffset: number): { line: number; column: number } => {
    for (let index = segments.length - 1; index >= 0; index--) {
      const segmentStart = segmentStarts[index];
      if (segmentStart <= fullOffset && fullOffset < segmentStart + segments[index].text.length) {
        return { line: segments[index].line, column: segments[index].column + fullOffset - segmentStart };
      }
    }
    return { line: segments[0].line, column: segments[0].column };
  };
  return {
    text,
    positionAt(offset: number) {
      const clamped = Math.max(0, offset);
      if (clamped >= text.length) {
        const last = positionOfFullOffset(start + text.length - 1);
        return { line: last.line, column: last.column + 1 };
      }
      return positionOfFullOffset(start + clamped);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Options: pip splits them with shlex and reads them with optparse.

interface OptionToken {
  value: string;
  /** Offset in the logical line of each character of value. */
  offsets: number[];
  /** Offset in the logical line where the token starts (an opening quote included). */
  start: number;
}

type Failure = { error: string; offset: number };

/** Python's shlex.split (POSIX mode, no comments), keeping where each character came from. */
function splitShellWords(text: string, base: number): { tokens: OptionToken[] } | Failure {
  const tokens: OptionToken[] = [];
  let current: OptionToken | null = null;
  let state: ' ' | 'a' | '"' | "'" | '\\' = ' ';
  let escapedState: 'a' | '"' = 'a';
  let quoteOffset = 0;
  let escapeOffset = 0;
  const begin = (offset: number): OptionToken => (current ??= { value: '', offsets: [], start: offset });
  const add = (char: string, offset: number) => {
    const token = begin(offset);
    token.value += char;
    token.offsets.push(offset);
  };
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    const offset = base + index;
    if (state === ' ' || state === 'a') {
      if (char === ' ' || char === '\t' || char === '\r' || char === '\n') {
        if (current) tokens.push(current);
        current = null;
        state = ' ';
      } else if (char === '\\') {
        begin(offset);
        escapedState = 'a';
        escapeOffset = offset;
        state = '\\';
      } else if (char === '"' || char === "'") {
        begin(offset);
        quoteOffset = offset;
        state = char;
      } else {
        add(char, offset);
        state = 'a';
      }
    } else if (state === '"' || state === "'") {
      if (char === state) {
        state = 'a';
      } else if (char === '\\' && state === '"') {
        escapedState = '"';
        escapeOffset = offset;
        state = '\\';
      } else {
        add(char, offset);
      }
    } else {
      // Inside double quotes a backslash escapes only `"` and `\`; elsewhere it escapes anything.
      if (escapedState === '"' && char !== '"' && char !== '\\') add('\\', escapeOffset);
      add(char, offset);
      state = escapedState;
    }
  }
  if (state === '"' || state === "'") return { error: `no closing ${state} quotation mark`, offset: quoteOffset };
  if (state === '\\') return { error: 'nothing after the escaping backslash', offset: escapeOffset };
  if (current) tokens.push(current);
  return { tokens };
}

interface OptionValue {
  value: string;
  /** Offset in the logical line of the value's first character. */
  offset: number;
}

interface LineOptions {
  requirementFiles: OptionValue[];
  constraintFiles: OptionValue[];
  editables: OptionValue[];
}

function matchLongOption(name: string): PipOption | { error: string } {
  const exact = PIP_OPTIONS.find((option) => option.long === name);
  if (exact) return exact;
  // optparse accepts any unambiguous prefix of a long option.
  const candidates = PIP_OPTIONS.filter((option) => option.long.startsWith(name));
  if (candidates.length === 1) return candidates[0];
  if (candidates.length > 1) {
    return { error: `"${name}" is ambiguous: it could be ${candidates.map((option) => option.long).join(', ')}` };
  }
  return { error: `"${name}" is not an option pip accepts in a requirements file` };
}

/** optparse, as pip configures it: options may be interleaved with words, which pip ignores. */
function readOptions(tokens: OptionToken[]): LineOptions | Failure {
  const options: LineOptions = { requirementFiles: [], constraintFiles: [], editables: [] };
  const valueAt = (token: OptionToken, from: number): OptionValue => ({
    value: token.value.slice(from),
    offset: token.offsets[from] ?? token.start,
  });
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index];
    const word = token.value;
    if (word === '--') break;
    let option: PipOption;
    let value: OptionValue | undefined;
    if (word.startsWith('--')) {
      const equals = word.indexOf('=');
      const name = equals >= 0 ? word.slice(0, equals) : word;
      const matched = matchLongOption(name);
      if ('error' in matched) return { error: matched.error, offset: token.start };
      option = matched;
      if (equals >= 0) {
        if (!option.takesValue) return { error: `${option.long} does not take a value`, offset: token.start };
        value = valueAt(token, equals + 1);
      }
    } else if (word.startsWith('-') && word.length > 1) {
      // Short options may be grouped (`-Zr file`) and take their value attached (`-rfile`).
      let position = 1;
      let found: PipOption | undefined;
      for (; position < word.length; position++) {
        found = PIP_OPTIONS.find((candidate) => candidate.short === `-${word[position]}`);
        if (!found) {
          const offset = position === 1 ? token.start : (token.offsets[position] ?? token.start);
          return { error: `"-${word[position]}" is not an option pip accepts in a requirements file`, offset };
        }
        if (found.takesValue) break;
      }
      if (!found) continue;
      option = found;
      if (option.takesValue && position + 1 < word.length) value = valueAt(token, position + 1);
    } else {
      continue;
    }
    if (option.takesValue && !value) {
      const next = tokens[index + 1];
      if (!next) return { error: `${option.long} needs a value`, offset: token.start };
      value = { value: next.value, offset: next.offsets[0] ?? next.start };
      index++;
    }
    if (!value) continue;
    const invalid = option.validate?.(value.value);
    if (invalid) return { error: invalid, offset: token.start };
    if (option.collect === 'requirement') options.requirementFiles.push(value);
    else if (option.collect === 'constraint') options.constraintFiles.push(value);
    else if (option.collect === 'editable') options.editables.push(value);
  }
  return options;
}

/**
 * pip's break_args_options: words (split on spaces only) up to the first one starting with `-`
 * are the requirement; the rest are options. Splitting only the options with shlex keeps the
 * quotes of markers intact.
 */
function splitRequirementAndOptions(text: string): { requirement: string; optionsOffset: number } {
  let offset = 0;
  for (const word of text.split(' ')) {
    if (word.startsWith('-')) return { requirement: text.slice(0, Math.max(0, offset - 1)).trimEnd(), optionsOffset: offset };
    offset += word.length + 1;
  }
  return { requirement: text, optionsOffset: text.length };
}

// ---------------------------------------------------------------------------------------------
// Requirements: PEP 508 strings, links (URLs, local paths, archives) and editables.

type LineEntry =
  | { kind: 'requirement'; requirement: PythonRequirement }
  | { kind: 'problem'; problem: SpecProblem }
  | { kind: 'include'; include: RequirementsTxtInclude };

/** Positions and problems for one logical line, in offsets of that line's text. */
interface LineContext {
  at(offset: number): SourcePosition;
  problem(offset: number, message: string, subject?: string, code?: SpecProblem['code']): LineEntry;
}

function quote(text: string): string {
  return text.length > MAX_QUOTED_LINE_CHARS ? `${text.slice(0, MAX_QUOTED_LINE_CHARS)}…` : text;
}

function urlScheme(text: string): string | undefined {
  const colon = text.indexOf(':');
  return colon > 0 ? text.slice(0, colon).toLowerCase() : undefined;
}

/** pip's is_url */
function isPipUrl(text: string): boolean {
  const scheme = urlScheme(text);
  return scheme !== undefined && URL_SCHEMES.has(scheme);
}

function isVcsUrl(text: string): boolean {
  const scheme = urlScheme(text);
  return scheme !== undefined && VCS_SCHEMES.includes(scheme);
}

/** pip's _looks_like_path (with `\` too: files written on Windows) */
function looksLikePath(text: string): boolean {
  return text.includes('/') || text.includes('\\') || text.startsWith('.');
}

/**
 * pip's parse_req_from_line decides "local path" by asking the file system (is it a directory,
 * an archive that exists); this pure step decides from the text: a path-like name, or an archive
 * file name, unless it is `name @ url` (the part before `@` is then a name, not a path).
 */
function isLocalPathRequirement(text: string): boolean {
  const at = text.indexOf('@');
  if (at >= 0 && !looksLikePath(text.slice(0, at))) return false;
  return looksLikePath(text) || ARCHIVE_EXTENSIONS.some((extension) => text.toLowerCase().endsWith(extension));
}

/**
 * pip's _strip_extras, `^(.+)(\[[^\]]+\])$`: `./pkg[dev,test]` → `./pkg` + `[dev,test]`. The
 * greedy `.+` takes the last `[` that leaves a non-empty, `]`-free bracket at the end; found
 * directly, since the regex backtracks quadratically over a run of `[`.
 */
function stripExtras(text: string): { path: string; extras?: { text: string; offset: number } } {
  const close = text.length - 1;
  if (text[close] !== ']') return { path: text };
  const open = text.lastIndexOf('[', close - 2);
  if (open < 1 || open < text.lastIndexOf(']', close - 1)) return { path: text };
  return { path: text.slice(0, open), extras: { text: text.slice(open), offset: open } };
}

/** The PEP 508 parser, held to this module's promise that bad input never throws. */
function parseRequirement(text: string): RequirementParse {
  try {
    return parsePep508(text);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error), offset: 0 };
  }
}

type Named = { name: string; canonicalName: string; extras: string[]; specifier: string };
const UNNAMED: Named = { name: '', canonicalName: '', extras: [], specifier: '' };

/** `[a,B]` as pip reads it for local paths: lower-cased, through the PEP 508 grammar. */
function parseExtras(extras: string): string[] | Failure {
  const parsed = parseRequirement(`placeholder${extras.toLowerCase()}`);
  if (!parsed.ok) return { error: parsed.error, offset: Math.max(0, parsed.offset - 'placeholder'.length) };
  return parsed.requirement.extras;
}

/** A link's marker, printed the way PEP 508 requirements print theirs (str(Marker)). */
function parseMarker(marker: string): { marker: string } | Failure {
  try {
    const parsed = parsePep508Marker(marker);
    return parsed.ok ? { marker: parsed.text } : { error: parsed.error, offset: parsed.offset };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error), offset: 0 };
  }
}

/** The URL's last path segment, as pip's Link.filename. */
function linkFileName(url: string): string {
  const withoutFragment = url.split('#')[0].split('?')[0];
  const segment = withoutFragment.slice(withoutFragment.replace(/\\/g, '/').lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * What distribution a link names: a wheel's file name says it (PEP 427; pip pins `name==version`),
 * otherwise the `#egg=` fragment when there is one; otherwise nothing, and a later stage matches
 * the URL against installed distributions' direct_url.json (PEP 610).
 */
function nameOfLink(url: string, urlOffset: number, context: LineContext): Named | LineEntry {
  if (!isVcsUrl(url)) {
    const fileName = linkFileName(url);
    if (fileName.endsWith('.whl')) {
      const wheel = WHEEL_FILE_RE.exec(fileName);
      if (!wheel) return context.problem(urlOffset, `"${quote(fileName)}" is not a valid wheel file name (name-version-python-abi-platform.whl, PEP 427)`, url);
      const name = wheel[1].replace(/_/g, '-');
      return { name, canonicalName: canonicalizeName(name), extras: [], specifier: `==${wheel[2].replace(/_/g, '-')}` };
    }
  }
  const egg = /[#&]egg=([^&]*)/.exec(url);
  if (!egg || egg[1] === '') return UNNAMED;
  const eggOffset = urlOffset + egg.index + '#egg='.length;
  const parsed = parseRequirement(egg[1]);
  if (!parsed.ok) {
    return context.problem(eggOffset + parsed.offset, `the #egg= fragment "${quote(egg[1])}" does not name a distribution: ${parsed.error}`, url);
  }
  const { name, canonicalName, extras, specifier } = parsed.requirement;
  return { name, canonicalName, extras, specifier };
}

function linkRequirement(
  url: string,
  urlOffset: number,
  extras: { text: string; offset: number } | undefined,
  marker: { text: string; offset: number } | undefined,
  editable: boolean,
  context: LineContext,
): LineEntry {
  const named = nameOfLink(url, urlOffset, context);
  if ('kind' in named) return named;
  let allExtras = named.extras;
  if (extras) {
    const parsed = parseExtras(extras.text);
    if ('error' in parsed) return context.problem(urlOffset + extras.offset + parsed.offset, `cannot read the extras "${quote(extras.text)}": ${parsed.error}`, url);
    allExtras = [...new Set([...allExtras, ...parsed])];
  }
  let markerText: string | undefined;
  if (marker) {
    const parsed = parseMarker(marker.text);
    if ('error' in parsed) return context.problem(marker.offset + parsed.offset, `cannot read the marker "${quote(marker.text)}": ${parsed.error}`, url);
    markerText = parsed.marker;
  }
  const requirement: PythonRequirement = {
    ecosystem: 'python',
    ...named,
    extras: allExtras,
    url,
    editable,
    source: context.at(urlOffset),
  };
  if (markerText !== undefined) requirement.marker = markerText;
  return { kind: 'requirement', requirement };
}

/** A requirement written before any option: pip's parse_req_from_line. */
function requirementFromText(text: string, context: LineContext): LineEntry {
  if (isPipUrl(text)) {
    // pip splits a URL's marker at "; " only, since `;` may be part of a URL.
    const separator = text.indexOf('; ');
    const url = separator >= 0 ? text.slice(0, separator).trimEnd() : text;
    const markerText = separator >= 0 ? text.slice(separator + 2) : '';
    const marker = markerText.trim() ? { text: markerText.trim(), offset: separator + 2 + markerText.indexOf(markerText.trim()) } : undefined;
    return linkRequirement(url, 0, undefined, marker, false, context);
  }
  const separator = text.indexOf(';');
  const beforeMarker = (separator >= 0 ? text.slice(0, separator) : text).trimEnd();
  if (isLocalPathRequirement(beforeMarker)) {
    const markerText = separator >= 0 ? text.slice(separator + 1) : '';
    const marker = markerText.trim() ? { text: markerText.trim(), offset: separator + 1 + markerText.indexOf(markerText.trim()) } : undefined;
    const { path: localPath, extras } = stripExtras(beforeMarker);
    return linkRequirement(localPath, 0, extras, marker, false, context);
  }
  const parsed = parseRequirement(text);
  if (!parsed.ok) {
    const code = ENV_VAR_RE.test(text) ? 'DG101' : 'DG100';
    const message =
      code === 'DG101'
        ? `"${quote(text)}" is not checked: it uses \${...}, which pip fills from the environment and depgate does not expand`
        : `cannot parse "${quote(text)}": ${parsed.error}`;
    return context.problem(code === 'DG101' ? 0 : parsed.offset, message, text, code);
  }
  return { kind: 'requirement', requirement: pythonRequirementFrom(parsed.requirement, context.at(parsed.requirement.nameOffset)) };
}

/** `-e` / `--editable`: pip's parse_editable (a local project path or a VCS URL). */
function editableRequirement(editable: OptionValue, context: LineContext): LineEntry {
  const { value, offset } = editable;
  if (value === '') return context.problem(offset, '-e needs a local project path or a VCS URL', value);
  const { path: withoutExtras, extras } = stripExtras(value);
  if (withoutExtras.toLowerCase().startsWith('file:')) {
    return linkRequirement(withoutExtras, offset, extras, undefined, true, context);
  }
  // pip accepts `git:...`-style shorthands by prefixing the backend: `git+git://...`.
  const backend = VCS_BACKENDS.find((candidate) => value.toLowerCase().startsWith(`${candidate}:`));
  const prefix = backend ? `${backend}+` : '';
  if (isVcsUrl(prefix + value)) {
    // Offsets into the prefixed URL start `prefix.length` before the value as written.
    const entry = linkRequirement(prefix + value, offset - prefix.length, undefined, undefined, true, context);
    if (entry.kind === 'requirement') entry.requirement.source = context.at(offset);
    return entry;
  }
  if (isPipUrl(value)) {
    return context.problem(offset, `"${quote(value)}" is not a valid editable requirement: -e takes a local project path or a VCS URL (git+https://..., hg+..., svn+..., bzr+...)`, value);
  }
  // pip checks that the directory exists; this pure step keeps the path as written.
  return linkRequirement(withoutExtras, offset, extras, undefined, true, context);
}

function readLogicalLine(line: LogicalLine, file: string): LineEntry | null {
  const context: LineContext = {
    at: (offset) => ({ file, ...line.positionAt(offset) }),
    problem: (offset, message, subject, code = 'DG100') => ({
      kind: 'problem',
      problem: { code, message, source: { file, ...line.positionAt(offset) }, subject: quote(subject ?? line.text) },
    }),
  };
  const { requirement, optionsOffset } = splitRequirementAndOptions(line.text);
  const words = splitShellWords(line.text.slice(optionsOffset), optionsOffset);
  if ('error' in words) return context.problem(words.offset, `cannot split the options of "${quote(line.text)}": ${words.error}`);
  const options = readOptions(words.tokens);
  if ('error' in options) return context.problem(options.offset, `${options.error} (in "${quote(line.text)}")`);

  // pip's ParsedLine: requirement text wins, then the first -e; -r/-c count only on lines with neither.
  if (requirement !== '') return requirementFromText(requirement, context);
  if (options.editables.length > 0) return editableRequirement(options.editables[0], context);
  const [include, kind] =
    options.requirementFiles.length > 0
      ? [options.requirementFiles[0], 'requirement' as const]
      : [options.constraintFiles[0], 'constraint' as const];
  if (!include) return null;
  if (include.value === '') return context.problem(include.offset, `${kind === 'requirement' ? '-r' : '-c'} needs a file name`);
  return { kind: 'include', include: { kind, path: include.value, source: context.at(include.offset) } };
}

function readRequirementsText(text: string, file: string): LineEntry[] {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const entries: LineEntry[] = [];
  for (const segments of joinContinuations(splitPhysicalLines(withoutBom))) {
    const line = toLogicalLine(segments);
    if (!line) continue;
    const entry = readLogicalLine(line, file);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** pure single-file step, handy for tests: */
export function parseRequirementsTxtText(
  text: string,
  file: string,
): { requirements: PythonRequirement[]; problems: SpecProblem[]; includes: RequirementsTxtInclude[] } {
  const result = { requirements: [] as PythonRequirement[], problems: [] as SpecProblem[], includes: [] as RequirementsTxtInclude[] };
  for (const entry of readRequirementsText(text, file)) {
    if (entry.kind === 'requirement') result.requirements.push(entry.requirement);
    else if (entry.kind === 'problem') result.problems.push(entry.problem);
    else result.includes.push(entry.include);
  }
  return result;
}

// ---------------------------------------------------------------------------------------------
// Files: the include walk, the only I/O.

/**
 * pip's auto_decode: a BOM decides the encoding, else a PEP 263 `coding:` comment in the first
 * two lines, else UTF-8 (pip would use the locale's encoding; UTF-8 is what CI runners have).
 */
export function decodeRequirementsFile(bytes: Uint8Array): string {
  const decode = (encoding: string, data: Uint8Array): string | undefined => {
    try {
      return new TextDecoder(encoding).decode(data);
    } catch {
      return undefined;
    }
  };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decode('utf-8', bytes.subarray(3)) ?? '';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decode('utf-16le', bytes.subarray(2)) ?? '';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = bytes.subarray(2);
    const swapped = new Uint8Array(body.length - (body.length % 2));
    for (let index = 0; index + 1 < body.length; index += 2) {
      swapped[index] = body[index + 1];
      swapped[index + 1] = body[index];
    }
    return decode('utf-16le', swapped) ?? '';
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024)).split('\n').slice(0, 2);
  for (const line of head) {
    const declared = line.startsWith('#') ? /coding[:=]\s*([-\w.]+)/.exec(line) : null;
    if (declared) {
      const label = declared[1].toLowerCase();
      const decoded = decode(label, bytes) ?? decode(label.replace(/[-_]/g, ''), bytes);
      if (decoded !== undefined) return decoded;
    }
  }
  return decode('utf-8', bytes) ?? '';
}

/** Reads files relative to cwd from disk; null when there is no such file. */
export function fileSystemReader(cwd: string): ManifestFileReader {
  return {
    async readFile(file: string): Promise<string | null> {
      try {
        return decodeRequirementsFile(await readFile(path.resolve(cwd, file)));
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'ENOTDIR') return null;
        throw error;
      }
    },
  };
}

function relativeToCwd(cwd: string, absolute: string): string {
  return path.relative(cwd, absolute).split(path.sep).join('/');
}

/** The includes pip would fetch over the network (pip's SCHEME_RE minus `file:`). */
const REMOTE_INCLUDE_RE = /^(http|https):/i;

function describeInclude(kind: RequirementsTxtInclude['kind']): string {
  return kind === 'requirement' ? '-r' : '-c';
}

/** path is relative to cwd; positions in results use paths relative to cwd with '/' separators. */
export async function parseRequirementsTxt(
  file: string,
  options: { cwd: string; reader?: ManifestFileReader },
): Promise<RequirementsTxtResult> {
  const cwd = path.resolve(options.cwd);
  const reader = options.reader ?? fileSystemReader(cwd);
  const result: RequirementsTxtResult = { requirements: [], problems: [], files: [] };
  const contents = new Map<string, string | null>();
  // A file reached twice the same way adds nothing new (pip would list it twice); skipping it
  // also bounds the walk when includes fan out.
  const visited = new Set<string>();
  let includeLimitReported = false;

  const read = async (relative: string): Promise<{ text: string | null } | { error: string }> => {
    if (!contents.has(relative)) {
      try {
        const text = await reader.readFile(relative);
        contents.set(relative, text);
        if (text !== null) result.files.push(relative);
      } catch (error) {
        return { error: error instanceof Error ? error.message : String(error) };
      }
    }
    return { text: contents.get(relative) ?? null };
  };

  const visit = async (
    relative: string,
    kind: RequirementsTxtInclude['kind'],
    stack: string[],
    includedAt: RequirementsTxtInclude | undefined,
  ): Promise<void> => {
    const report = (message: string, code: SpecProblem['code'] = 'DG100') =>
      result.problems.push({
        code,
        message,
        source: includedAt?.source ?? { file: relative, line: 1, column: 1 },
        subject: includedAt?.path ?? relative,
      });
    const cycleStart = stack.indexOf(relative);
    if (cycleStart >= 0) {
      const cycle = [...stack.slice(cycleStart), relative].join(' → ');
      report(`${describeInclude(kind)} ${includedAt?.path ?? relative} makes an include cycle (${cycle}); pip would recurse forever`);
      return;
    }
    const key = `${kind}:${relative}`;
    if (visited.has(key)) return;
    if (!contents.has(relative) && contents.size >= MAX_INCLUDED_FILES) {
      if (!includeLimitReported) report(`more than ${MAX_INCLUDED_FILES} files are included; depgate stops following -r/-c here`);
      includeLimitReported = true;
      return;
    }
    visited.add(key);
    const content = await read(relative);
    if ('error' in content) {
      report(/EISDIR/.test(content.error)
        ? `${includedAt?.path ?? relative} is a directory, not a requirements file`
        : `cannot read ${includedAt?.path ?? relative}: ${content.error}`);
      return;
    }
    if (content.text === null) {
      if (!includedAt) report(`the requirements file ${relative} does not exist`);
      else if (ENV_VAR_RE.test(includedAt.path)) {
        report(`${describeInclude(kind)} ${includedAt.path} is not read: it uses \${...}, which pip fills from the environment and depgate does not expand`, 'DG101');
      } else report(`${describeInclude(kind)} ${includedAt.path}: the file ${relative} does not exist`);
      return;
    }
    for (const entry of readRequirementsText(content.text, relative)) {
      if (entry.kind === 'problem') result.problems.push(entry.problem);
      else if (entry.kind === 'requirement') {
        if (kind === 'requirement') result.requirements.push(entry.requirement);
        else {
          const problem = constraintProblem(entry.requirement);
          // A constraint does not ask for a package, but bounds its version when it is installed.
          if (problem) result.problems.push(problem);
          else result.requirements.push({ ...entry.requirement, constraint: true });
        }
      } else {
        const include = entry.include;
        if (REMOTE_INCLUDE_RE.test(include.path)) {
          result.problems.push({
            code: 'DG101',
            message: `${describeInclude(include.kind)} ${include.path} is a URL; depgate does not fetch it, so what it lists is not checked`,
            source: include.source,
            subject: include.path,
          });
          continue;
        }
        let target: string;
        if (/^file:/i.test(include.path)) {
          try {
            target = fileURLToPath(include.path);
          } catch (error) {
            result.problems.push({
              code: 'DG100',
              message: `${describeInclude(include.kind)} ${include.path} is not a usable file: URL (${error instanceof Error ? error.message : String(error)})`,
              source: include.source,
              subject: include.path,
            });
            continue;
          }
        } else {
          // pip joins an include with the directory of the file that names it.
          target = path.resolve(cwd, path.dirname(relative), include.path);
        }
        // pip's _parse_and_recurse: a -r inside a constraints file names real requirements again.
        await visit(relativeToCwd(cwd, target), include.kind, [...stack, relative], include);
      }
    }
  };

  await visit(relativeToCwd(cwd, path.resolve(cwd, file)), 'requirement', [], undefined);
  result.problems = uniqueProblems(result.problems);
  return result;
}

/**
 * pip's check_invalid_constraint_type: a constraint must name a distribution, and may be neither
 * editable nor have extras; pip refuses the install otherwise.
 */
function constraintProblem(requirement: PythonRequirement): SpecProblem | undefined {
  const why = !requirement.name
    ? 'unnamed requirements are not allowed as constraints'
    : requirement.editable
      ? 'editable requirements are not allowed as constraints'
      : requirement.extras.length > 0
        ? 'constraints cannot have extras'
        : undefined;
  if (!why) return undefined;
  const subject = requirement.name || requirement.url || '';
  return { code: 'DG100', message: `${why} (pip refuses "${quote(subject)}" in a constraints file)`, source: requirement.source, subject };
}

/** A file read both as requirements and as constraints reports each of its problems once. */
function uniqueProblems(problems: SpecProblem[]): SpecProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = [problem.code, problem.source?.file, problem.source?.line, problem.source?.column, problem.message].join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
