// The files that say which Node an app runs on: `.nvmrc` (nvm), `.node-version` (nodenv, fnm,
// actions/setup-node), `.tool-versions` (asdf, mise). Each becomes a RuntimeConstraint whose
// specifier is a node-semver range: `18` means any 18.x (nvm installs the newest 18), `v18.17.0`
// exactly 18.17.0, `lts/iron` the Iron line, 20.x. Aliases that name "the newest" release
// (`node`, `stable`, `lts/*`) depend on Node's release index, which depgate does not fetch:
// they become DG101 notices, never guesses. Pure: text in, data out.
import semver from 'semver';
import type { RuntimeConstraint, SourcePosition, SpecProblem } from '../model.js';
import { validEngineRange } from '../versions/npm.js';
import { MAX_QUOTED_LINE_CHARS } from './requirements-txt.js';

export interface NodeVersionFileResult {
  runtime: RuntimeConstraint[];
  problems: SpecProblem[];
}

/** Node's LTS codenames (nodejs/Release, "Release schedule"), as `lts/<codename>` names them. */
export const LTS_CODENAMES: Readonly<Record<string, number>> = {
  argon: 4,
  boron: 6,
  carbon: 8,
  dubnium: 10,
  erbium: 12,
  fermium: 14,
  gallium: 16,
  hydrogen: 18,
  iron: 20,
  jod: 22,
  krypton: 24,
};

type VersionReading = { specifier: string } | { notice: string } | { error: string };

/** One version-ish word as nvm (and setup-node, which accepts the same words plus ranges) reads it. */
export function readNodeVersion(word: string): VersionReading {
  const value = word.trim();
  const lower = value.toLowerCase();
  if (['node', 'stable', 'latest', 'current'].includes(lower)) {
    return { notice: `'${quote(value)}' means the newest Node release, which depgate cannot know offline; write a major version (such as 22) to have it checked` };
  }
  if (lower === 'unstable' || lower === 'system' || lower.startsWith('iojs')) {
    return { notice: `'${quote(value)}' names no Node version depgate can check; write a major version (such as 22) to have it checked` };
  }
  const lts = /^lts(?:[/-](.*))?$/.exec(lower);
  if (lts) {
    const line = lts[1] ?? '*';
    if (line === '*' || line === 'latest' || /^-\d+$/.test(line)) {
      return { notice: `'${quote(value)}' means the newest LTS line${line.startsWith('-') ? ` minus ${line.slice(1)}` : ''}, which depends on Node's release index that depgate does not fetch; write its major version (such as 22, or lts/jod) to have it checked` };
    }
    const major = LTS_CODENAMES[line];
    if (major === undefined) {
      const known = Object.entries(LTS_CODENAMES).map(([name, number]) => `${name} ${number}`).join(', ');
      return { notice: `'${quote(value)}' is not an LTS codename depgate knows (${known}), so it is not checked` };
    }
    return { specifier: `${major}.x` };
  }
  // nvm accepts a partial version (`18`, `18.17`) for the newest matching release and a leading v.
  const numeric = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/i.exec(value);
  if (numeric) {
    const [, major, minor, patch] = numeric;
    if (patch !== undefined) return { specifier: `${Number(major)}.${Number(minor)}.${Number(patch)}` };
    if (minor !== undefined) return { specifier: `${Number(major)}.${Number(minor)}.x` };
    return { specifier: `${Number(major)}.x` };
  }
  const exact = semver.valid(value.replace(/^v(?=\d)/i, ''));
  if (exact !== null) return { specifier: exact };
  // actions/setup-node also takes a node-semver range from these files (`>=20`, `20.x`, `^20.11`).
  if (value !== '' && validEngineRange(value).ok) return { specifier: value };
  return { error: `'${quote(value)}' is not a Node version: write a major version (22), an exact one (v22.11.0), a range (>=20) or an LTS line (lts/jod)` };
}

/**
 * `.nvmrc` as nvm v0.40 reads it (nvm.sh, nvm_process_nvmrc): `#` starts a comment, blank lines
 * are skipped, `key=value` lines are allowed (a key may appear once, and `node` may not be one),
 * and exactly one bare version-ish must remain.
 */
export function parseNvmrc(text: string, file: string): NodeVersionFileResult {
  const result: NodeVersionFileResult = { runtime: [], problems: [] };
  const bare: Word[] = [];
  const keys = new Set<string>();
  for (const line of contentLines(text)) {
    const equals = line.text.indexOf('=');
    const key = line.text.slice(0, Math.max(equals, 0)).trim();
    // `>=20` is a range (actions/setup-node reads one from .nvmrc), not the key '>'.
    if (equals > 0 && !/^[<>]$/.test(key)) {
      if (key === 'node' || keys.has(key)) {
        const why = key === 'node' ? `'node' cannot be a key (write the version on a line of its own)` : `the key '${quote(key)}' appears twice`;
        result.problems.push({ code: 'DG100', message: `${file} is invalid for nvm: ${why}`, source: { file, line: line.line, column: line.column }, subject: key });
      }
      keys.add(key);
      continue;
    }
    bare.push(line);
  }
  if (bare.length === 0) {
    result.problems.push({ code: 'DG100', message: `${file} names no Node version (nvm needs one bare version such as 22 or lts/jod)`, source: { file, line: 1, column: 1 }, subject: file });
    return result;
  }
  if (bare.length > 1) {
    result.problems.push({
      code: 'DG100',
      message: `${file} names ${bare.length} versions ('${bare.slice(0, 3).map((word) => quote(word.text)).join("', '")}'${bare.length > 3 ? ', …' : ''}); nvm accepts exactly one`,
      source: { file, line: bare[1].line, column: bare[1].column },
      subject: bare[1].text,
    });
    return result;
  }
  addReading(result, bare[0], file, '.nvmrc');
  return result;
}

/**
 * `.node-version`: one version (nodenv reads the first word of the file; fnm and setup-node the
 * same forms as .nvmrc). `#` comments are tolerated.
 */
export function parseNodeVersionFile(text: string, file: string): NodeVersionFileResult {
  const result: NodeVersionFileResult = { runtime: [], problems: [] };
  const first = contentLines(text)[0];
  if (!first) {
    result.problems.push({ code: 'DG100', message: `${file} names no Node version (write one such as 22.11.0)`, source: { file, line: 1, column: 1 }, subject: file });
    return result;
  }
  const word = /^\S+/.exec(first.text)![0];
  addReading(result, { ...first, text: word }, file, '.node-version');
  return result;
}

/**
 * The Node line of `.tool-versions` (asdf: `<tool> <version> [<fallback>...]`, `#` comments).
 * asdf's plugin is `nodejs`; mise also accepts `node`. Fallback versions are alternatives (the
 * first one installed is used), so they become one `a || b` range.
 */
export function parseToolVersionsNode(text: string, file: string): NodeVersionFileResult {
  const result: NodeVersionFileResult = { runtime: [], problems: [] };
  for (const line of contentLines(text)) {
    const words = [...line.text.matchAll(/\S+/g)];
    if (words.length === 0 || !['nodejs', 'node'].includes(words[0][0])) continue;
    const versions = words.slice(1).map((match): Word => ({ text: match[0], line: line.line, column: line.column + match.index! }));
    if (versions.length === 0) {
      result.problems.push({ code: 'DG100', message: `${file}: '${words[0][0]}' is followed by no version (write one such as ${words[0][0]} 22.11.0)`, source: { file, line: line.line, column: line.column }, subject: words[0][0] });
      return result;
    }
    const specifiers: string[] = [];
    for (const version of versions) {
      // asdf's own forms for a build from elsewhere: `ref:<git ref>`, `path:<dir>`.
      const reading: VersionReading = /^(ref|path):/.test(version.text)
        ? { notice: `'${quote(version.text)}' is a build asdf does not version, so it is not checked` }
        : readNodeVersion(version.text);
      if (!('specifier' in reading)) {
        report(result, reading, version, file);
        return result;
      }
      specifiers.push(reading.specifier);
    }
    result.runtime.push({
      ecosystem: 'node',
      runtime: 'node',
      specifier: specifiers.join(' || '),
      origin: '.tool-versions',
      source: { file, line: versions[0].line, column: versions[0].column },
    });
    // asdf reads the first line for a tool; a later one is never used.
    return result;
  }
  return result;
}

interface Word {
  text: string;
  line: number;
  column: number;
}

/** Non-empty lines with comments cut and spaces trimmed, each with where its text starts. */
function contentLines(text: string): Word[] {
  // A UTF-8 BOM is invisible in editors, so columns are counted without it.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines: Word[] = [];
  source.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const uncommented = raw.replace(/#.*$/, '');
    const trimmed = uncommented.trim();
    if (trimmed === '') return;
    const offset = uncommented.length - uncommented.trimStart().length;
    lines.push({ text: trimmed, line: index + 1, column: offset + 1 });
  });
  return lines;
}

function addReading(result: NodeVersionFileResult, word: Word, file: string, origin: string): void {
  const reading = readNodeVersion(word.text);
  if ('specifier' in reading) {
    result.runtime.push({ ecosystem: 'node', runtime: 'node', specifier: reading.specifier, origin, source: { file, line: word.line, column: word.column } });
  } else {
    report(result, reading, word, file);
  }
}

function report(result: NodeVersionFileResult, reading: { notice: string } | { error: string }, word: Word, file: string): void {
  const source: SourcePosition = { file, line: word.line, column: word.column };
  if ('notice' in reading) result.problems.push({ code: 'DG101', message: `${file}: ${reading.notice}`, source, subject: word.text });
  else result.problems.push({ code: 'DG100', message: `${file}: ${reading.error}`, source, subject: word.text });
}

function quote(text: string): string {
  return text.length <= MAX_QUOTED_LINE_CHARS ? text : `${text.slice(0, MAX_QUOTED_LINE_CHARS)}…`;
}
