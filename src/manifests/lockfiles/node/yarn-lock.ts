// yarn.lock, both formats: classic (yarn 1, "# yarn lockfile v1", its own syntax, read as yarn's
// src/lockfile/parse.js reads it) and Berry (yarn 2+, YAML with `__metadata`). Either way an
// entry is a list of descriptors (`name@range`) that resolved to one version:
//
//   "@babel/core@^7.0.0", "@babel/core@^7.12.3":        "@babel/core@npm:^7.0.0, @babel/core@npm:^7.12.3":
//     version "7.24.0"                                     version: 7.24.0
//
// A yarn.lock says nothing about where a package is installed (yarn hoists at install time), so
// its pins carry no installPath; YarnLockEntry keeps the ranges, which tell the judge which
// entry a package.json dependency resolved through.
import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import { parseYamlSource } from '../../../config/yaml-source.js';
import type { LockPin, SourcePosition, SpecProblem } from '../../../model.js';
import type { ManifestResult } from '../../index.js';
import type { NodeLockfileOptions } from './index.js';

export interface YarnLockEntry {
  /** The name package.json requires it by (for `"old": "npm:new@^1"`, `old`). */
  name: string;
  /**
   * The specs this entry resolved, as package.json writes them: `^4.18.2`,
   * `npm:string-width@^4.2.0` (an alias), `github:user/repo`. Berry's implicit `npm:` protocol
   * is removed (`express@npm:^4.18.2` → `^4.18.2`); its other protocols stay.
   */
  ranges: string[];
  version: string;
  /** Line of the entry's header, column of its first descriptor for this name. */
  source: SourcePosition;
}

const REGENERATE_CLASSIC = 'regenerate it with `yarn install`';
const REGENERATE_BERRY = 'regenerate it with `yarn install --mode=update-lockfile`';

/** Berry writes `__metadata` (its lockfile format version) before any entry; classic never does. */
const BERRY_METADATA = /^__metadata:/m;

/** Longest key or token quoted in a message: a hostile lockfile can hold a megabyte on one line. */
const MAX_QUOTED_CHARS = 120;
const shown = (text: string): string => (text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text);

export function parseYarnLock(text: string, file: string, _options: NodeLockfileOptions = {}): ManifestResult {
  // yarn.lock does not say which entries only devDependencies need: every entry is pinned.
  const { entries, problems } = parseYarnLockEntries(text, file);
  const pins: LockPin[] = entries.map((entry) => ({
    ecosystem: 'node',
    name: entry.name,
    canonicalName: entry.name,
    version: entry.version,
    source: entry.source,
  }));
  return { requirements: [], problems, pins, files: [file] };
}

export function parseYarnLockEntries(text: string, file: string): { entries: YarnLockEntry[]; problems: SpecProblem[] } {
  try {
    return BERRY_METADATA.test(text) ? readBerry(text, file) : readClassic(text, file);
  } catch (error) {
    // Only a bug in depgate gets here; the gate reports it at the file rather than dying.
    return { entries: [], problems: [{ code: 'DG100', message: `depgate could not read ${file}: ${(error as Error).message}`, source: { file, line: 1, column: 1 }, subject: file }] };
  }
}

interface Descriptor {
  name: string;
  range: string;
  /** 1-based column of the descriptor in its header line. */
  column: number;
}

/** `name@range`, where a scoped name has its own leading `@`; a bare `name` has the empty range. */
function splitDescriptor(descriptor: string): { name: string; range: string } {
  const at = descriptor.indexOf('@', 1);
  return at < 0 ? { name: descriptor, range: '' } : { name: descriptor.slice(0, at), range: descriptor.slice(at + 1) };
}

/** One entry per name: a header can list aliases next to the real name (`"old@npm:new@^1", new@^1:`). */
function entriesOf(descriptors: Descriptor[], version: string, file: string, line: number): YarnLockEntry[] {
  const byName = new Map<string, YarnLockEntry>();
  for (const descriptor of descriptors) {
    const entry = byName.get(descriptor.name);
    if (entry) entry.ranges.push(descriptor.range);
    else byName.set(descriptor.name, { name: descriptor.name, ranges: [descriptor.range], version, source: { file, line, column: descriptor.column } });
  }
  return [...byName.values()];
}

// ---------------------------------------------------------------------------------------------
// Classic (yarn 1). The grammar of yarn's lexer and parser: a line is indented by pairs of
// spaces; at indent 0 a header `desc[, desc]*:`; inside it `key value`, `key: value` or `key:`
// opening a nested block (dependencies); a string is "double-quoted" (JSON escapes) or a bare
// run of characters up to a space, comma or colon; `#` starts a comment line.

const MERGE_CONFLICT_MARKER = /^(<{7}|={7}|>{7})( |$)/;

interface ClassicEntry {
  descriptors: Descriptor[];
  line: number;
  version?: string;
}

function readClassic(text: string, file: string): { entries: YarnLockEntry[]; problems: SpecProblem[] } {
  const entries: YarnLockEntry[] = [];
  const problems: SpecProblem[] = [];
  const problem = (line: number, column: number, message: string, subject = file) =>
    problems.push({ code: 'DG100', message, source: { file, line, column }, subject });
  let current: ClassicEntry | undefined;
  /** Set after a broken header, so its fields are skipped without a problem each. */
  let skipping = false;
  const finish = () => {
    if (!current) return;
    if (current.version === undefined) {
      const names = [...new Set(current.descriptors.map((descriptor) => descriptor.name))].join(', ');
      problem(current.line, 1, `the entry for ${shown(names)} in ${file} has no version; ${REGENERATE_CLASSIC}`, names);
    } else {
      entries.push(...entriesOf(current.descriptors, current.version, file, current.line));
    }
    current = undefined;
  };

  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\n|\r/);
  lines.forEach((raw, index) => {
    const line = index + 1;
    const indent = /^[ \t]*/.exec(raw)![0];
    const content = raw.slice(indent.length);
    if (content === '' || content.startsWith('#')) return;
    if (indent.includes('\t')) {
      problem(line, 1, `${file} line ${line} is indented with a tab; yarn.lock indents with pairs of spaces; ${REGENERATE_CLASSIC}`);
      return;
    }
    if (indent.length % 2 === 1) {
      problem(line, 1, `${file} line ${line} is indented by ${indent.length} spaces; yarn.lock indents with pairs of spaces; ${REGENERATE_CLASSIC}`);
      return;
    }
    if (indent.length === 0) {
      finish();
      if (MERGE_CONFLICT_MARKER.test(content)) {
        // yarn 1 merges a conflicted lockfile itself on the next install.
        problem(line, 1, `${file} line ${line} is a merge conflict marker; run \`yarn install\` to merge the conflict, then commit the lockfile`);
        skipping = true;
        return;
      }
      const header = parseClassicHeader(content);
      if ('error' in header) {
        problem(line, header.at + 1, `${file} line ${line} is not a yarn.lock entry header: ${header.error}; ${REGENERATE_CLASSIC}`);
        skipping = true;
        return;
      }
      skipping = false;
      current = { descriptors: header.descriptors, line };
      return;
    }
    if (!current) {
      if (!skipping) problem(line, indent.length + 1, `${file} line ${line} is indented but belongs to no entry; ${REGENERATE_CLASSIC}`);
      return;
    }
    // Deeper lines belong to nested blocks (dependencies, optionalDependencies): ranges, not this entry's version.
    if (indent.length > 2) return;
    const field = parseClassicField(content);
    if ('error' in field) {
      problem(line, indent.length + field.at + 1, `${file} line ${line}: ${field.error}; ${REGENERATE_CLASSIC}`);
      return;
    }
    if (field.key === 'version') {
      if (field.value === undefined || field.value === '') problem(line, indent.length + 1, `"version" in ${file} line ${line} has no value; ${REGENERATE_CLASSIC}`);
      else current.version = field.value;
    }
  });
  finish();
  return { entries, problems };
}

type Scanned<T> = T | { error: string; at: number };

/** A quoted or bare string at `at`: its value and where it ends. */
function scanString(content: string, at: number): Scanned<{ value: string; end: number }> {
  if (content[at] === '"') {
    let end = at + 1;
    while (end < content.length && content[end] !== '"') end += content[end] === '\\' ? 2 : 1;
    if (end >= content.length) return { error: 'a string is never closed', at };
    try {
      return { value: JSON.parse(content.slice(at, end + 1)) as string, end: end + 1 };
    } catch {
      return { error: 'a string has an invalid escape', at };
    }
  }
  let end = at;
  while (end < content.length && !' \t,:'.includes(content[end])) end++;
  if (end === at) return { error: `expected a name, found ${describe(content, at)}`, at };
  return { value: content.slice(at, end), end };
}

function parseClassicHeader(content: string): Scanned<{ descriptors: Descriptor[] }> {
  const descriptors: Descriptor[] = [];
  let at = 0;
  for (;;) {
    const scanned = scanString(content, at);
    if ('error' in scanned) return scanned;
    descriptors.push({ ...splitDescriptor(scanned.value), column: at + 1 });
    at = skipSpaces(content, scanned.end);
    if (content[at] === ',') {
      at = skipSpaces(content, at + 1);
      continue;
    }
    if (content[at] === ':') {
      const rest = skipSpaces(content, at + 1);
      if (rest < content.length && content[rest] !== '#') return { error: `expected the end of the line after ':', found ${describe(content, rest)}`, at: rest };
      return { descriptors };
    }
    return { error: `expected ',' or ':' after "${shown(scanned.value)}", found ${describe(content, at)}`, at };
  }
}

/** `key value`, `key: value` or `key:` (a nested block follows; value undefined). */
function parseClassicField(content: string): Scanned<{ key: string; value?: string }> {
  const key = scanString(content, 0);
  if ('error' in key) return key;
  let at = key.end;
  if (content[at] === ':') at++;
  at = skipSpaces(content, at);
  if (at >= content.length || content[at] === '#') return { key: key.value };
  if (content[at] !== '"') {
    // A bare value runs to the end of its token (yarn writes `integrity sha512-…`, `optional true`).
    const end = content.slice(at).search(/\s/);
    return { key: key.value, value: end < 0 ? content.slice(at) : content.slice(at, at + end) };
  }
  const value = scanString(content, at);
  if ('error' in value) return value;
  return { key: key.value, value: value.value };
}

function skipSpaces(content: string, at: number): number {
  while (content[at] === ' ' || content[at] === '\t') at++;
  return at;
}

function describe(content: string, at: number): string {
  return at >= content.length ? 'the end of the line' : `'${content[at]}'`;
}

// ---------------------------------------------------------------------------------------------
// Berry (yarn 2+): YAML. Keys join descriptors with ", "; `linkType: soft` marks workspaces and
// link:/portal: folders, which are the project's own source and pin nothing.

function readBerry(text: string, file: string): { entries: YarnLockEntry[]; problems: SpecProblem[] } {
  const { source, problems: syntax } = parseYamlSource(text, file);
  if (syntax.length > 0) {
    // The first error is where the file stops being YAML; the ones after it are its echoes.
    return { entries: [], problems: [{ ...syntax[0], message: `${syntax[0].message}; fix the syntax or ${REGENERATE_BERRY}` }] };
  }
  const root = source.document.contents;
  const entries: YarnLockEntry[] = [];
  const problems: SpecProblem[] = [];
  if (!isMap(root)) {
    problems.push({ code: 'DG100', message: `${file} is not a yarn lockfile: expected a mapping of entries; ${REGENERATE_BERRY}`, source: source.positionOf(root), subject: file });
    return { entries, problems };
  }
  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode;
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (key === '__metadata') continue;
    const header = source.positionOf(keyNode);
    const problem = (message: string) => problems.push({ code: 'DG100', message, source: header, subject: key });
    if (!isMap(pair.value)) {
      problem(`the entry "${shown(key)}" in ${file} must be a mapping with version and resolution; ${REGENERATE_BERRY}`);
      continue;
    }
    const linkType = pair.value.get('linkType', true);
    if (isScalar(linkType) && String(linkType.value) === 'soft') continue;
    const versionNode = pair.value.get('version', true);
    const version = isScalar(versionNode) && versionNode.value !== null ? (versionNode.source ?? String(versionNode.value)) : '';
    if (version === '') {
      problem(`the entry "${shown(key)}" in ${file} has no version; ${REGENERATE_BERRY}`);
      continue;
    }
    // Columns of each descriptor: the key as written, searched for each descriptor in turn.
    const written = keyNode.range ? text.slice(keyNode.range[0], keyNode.range[1]) : '';
    let searchFrom = 0;
    const descriptors: Descriptor[] = key.split(/,\s*/).map((descriptor, index) => {
      const found = written.indexOf(descriptor, searchFrom);
      if (found >= 0) searchFrom = found + descriptor.length;
      const { name, range } = splitDescriptor(descriptor);
      // The first one stands at the key (its opening quote), like a key anywhere else.
      const column = index === 0 || found < 0 ? header.column : header.column + found;
      return { name, range: withoutImplicitNpm(range), column };
    });
    entries.push(...entriesOf(descriptors, version, file, header.line));
  }
  return { entries, problems };
}

/**
 * Berry stores `"express": "^4.18.2"` as the descriptor `express@npm:^4.18.2`: `npm:` before a
 * range is yarn's default protocol, not something package.json says. Before `name@range` it is
 * an alias package.json does write (`npm:string-width@^4.2.0`), so it stays.
 */
function withoutImplicitNpm(range: string): string {
  if (!range.startsWith('npm:')) return range;
  const rest = range.slice('npm:'.length);
  return rest.indexOf('@', 1) > 0 ? range : rest;
}
