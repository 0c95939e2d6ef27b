// The files that name the interpreter a project runs with: `.python-version` (read by pyenv and
// by uv) and asdf/mise's `.tool-versions`. Each becomes at most one RuntimeConstraint, the
// version the app's `python` must have (DG006 when the probed interpreter is outside it).
//
// Which entry counts: both files may list several versions, and the FIRST one is the default.
// pyenv puts every listed version on PATH but runs the first for `python` (pyenv COMMANDS.md,
// "pyenv local (advanced)": `pyenv local 2.7.6 3.3.3` then `python --version` is 2.7.6); uv uses
// the first request of a `.python-version` (crates/uv-python/src/version_files.rs, `version()`);
// asdf and mise install every version on the `python` line and put the first first on PATH. The
// later versions serve `python3.X` commands the app does not run, so they are not checked.
//
// Only the language version is kept. `pypy3.10-7.3.12` asks for PyPy implementing Python 3.10,
// and becomes ==3.10.*: the PEP 440 specifier has no place for an implementation, and what
// breaks an app is the language version (PyPy's platform.python_version() reports that one).
// Variants (free-threaded `3.13t`, debug `3.12.0d`) are dropped for the same reason.
//
// A name that fixes no version (`system`, `miniconda3-latest`, a pyenv-virtualenv name, a path)
// gives no constraint; all but `system` (the user's explicit "whatever is installed") come back
// as a DG101 notice saying the version is not checked. Text that looks like a version but is
// not one is a DG100 at its line and column.
import type { RuntimeConstraint, SourcePosition, SpecProblem } from '../model.js';
import { isValidVersion, parseSpecifierSet } from '../versions/pep440.js';

export interface VersionFileResult {
  runtime: RuntimeConstraint[];
  problems: SpecProblem[];
}

export const PYTHON_VERSION_FILE_ORIGIN = '.python-version';
export const TOOL_VERSIONS_ORIGIN = '.tool-versions';

/** Longest entry quoted in a message: a hostile file can hold a megabyte on one line. */
const MAX_QUOTED_CHARS = 80;

/** What one version name asks for. */
type VersionRequest =
  | { kind: 'specifier'; specifier: string }
  /** Valid, but fixes no Python version; `why` completes "… names X, …". */
  | { kind: 'unversioned'; why: string }
  /** `system`: the interpreter found on PATH, whatever its version. */
  | { kind: 'system' }
  | { kind: 'invalid'; error: string; /** 0-based, into the name */ offset: number };

/** One entry of a file: the text and where it starts. */
interface Entry {
  text: string;
  line: number;
  column: number;
}

/**
 * `.python-version`. Lines that are empty or start with `#` are skipped (both pyenv and uv do).
 * pyenv reads the first word of a line and uv the whole trimmed line; they agree except on a
 * specifier with spaces (`>=3.11, <3.13`, uv only) and on trailing words (`3.11.7  # pinned`,
 * pyenv only), so a line starting with an operator is read whole and any other by its first word.
 */
export function parsePythonVersionFile(text: string, file: string): VersionFileResult {
  const entries: Entry[] = [];
  for (const { text: lineText, line } of physicalLines(text)) {
    const start = lineText.search(/\S/);
    if (start < 0 || lineText[start] === '#') continue;
    const rest = lineText.slice(start);
    const word = /^[<>=!~]/.test(rest) ? rest.replace(/\s+#.*$/, '').trimEnd() : rest.split(/\s/, 1)[0];
    entries.push({ text: word, line, column: start + 1 });
  }
  if (entries.length === 0) {
    return {
      runtime: [],
      // pyenv and uv both pass over a file without versions, as if it were absent.
      problems: [{
        code: 'DG101',
        message: `${file} names no Python version, so pyenv and uv ignore it and the interpreter's version is not checked; write one (e.g. 3.12) on its first line`,
        source: { file, line: 1, column: 1 },
        subject: PYTHON_VERSION_FILE_ORIGIN,
      }],
    };
  }
  return constraintFromFirst(entries, file, PYTHON_VERSION_FILE_ORIGIN, interpretVersionName);
}

/**
 * asdf/mise `.tool-versions`: one tool per line, `python 3.11.7 3.10.13`; `#` starts a comment
 * anywhere on a line (asdf strips `#.*`). Only the first `python` line is read, and of it the
 * first version (the default one, see above). Versions are pyenv names (asdf-python and mise
 * build Python with pyenv's python-build), plus the tool managers' own forms: `system`,
 * `latest`, `latest:3.11` and mise's `prefix:3.11`, `ref:<git ref>`, `path:<dir>`.
 */
export function parseToolVersions(text: string, file: string): VersionFileResult {
  for (const { text: lineText, line } of physicalLines(text)) {
    const content = lineText.replace(/#.*$/, '');
    const tool = /^(\s*)(\S+)/.exec(content);
    if (!tool || tool[2] !== 'python') continue;
    const entries: Entry[] = [];
    const word = /\S+/g;
    word.lastIndex = tool[0].length;
    for (let match = word.exec(content); match; match = word.exec(content)) {
      entries.push({ text: match[0], line, column: match.index + 1 });
    }
    if (entries.length === 0) {
      return {
        runtime: [],
        problems: [{
          code: 'DG100',
          message: `the python line of ${file} names no version; write one after it (e.g. python 3.12.4)`,
          source: { file, line, column: tool[1].length + 1 },
          subject: 'python',
        }],
      };
    }
    return constraintFromFirst(entries, file, TOOL_VERSIONS_ORIGIN, interpretToolVersion);
  }
  return { runtime: [], problems: [] };
}

/**
 * The first entry decides; an unreadable later entry is still reported (the file is wrong and
 * the tool will trip on it too), but never promoted to the default.
 */
function constraintFromFirst(
  entries: Entry[],
  file: string,
  origin: string,
  interpret: (name: string) => VersionRequest,
): VersionFileResult {
  const runtime: RuntimeConstraint[] = [];
  const problems: SpecProblem[] = [];
  entries.forEach((entry, index) => {
    const request = interpret(entry.text);
    const source: SourcePosition = { file, line: entry.line, column: entry.column };
    const quoted = quote(entry.text);
    if (request.kind === 'invalid') {
      problems.push({
        code: 'DG100',
        message: `${origin} entry '${quoted}' is not a Python version: ${request.error}`,
        source: { ...source, column: entry.column + request.offset },
        subject: quoted,
      });
      return;
    }
    if (index > 0) return;
    if (request.kind === 'specifier') {
      runtime.push({ ecosystem: 'python', runtime: 'python', specifier: request.specifier, origin, source });
    } else if (request.kind === 'unversioned') {
      problems.push({
        code: 'DG101',
        message: `${origin} names '${quoted}', ${request.why}; the interpreter's version is not checked against it`,
        source,
        subject: quoted,
      });
    }
  });
  return { runtime, problems };
}

// --- version names -------------------------------------------------------------------------------

/** The interpreter kinds uv names (`uv python list`), lower-cased, long forms before short ones. */
const UV_IMPLEMENTATIONS = new Map([
  ['cpython', 'CPython'], ['cp', 'CPython'], ['pypy', 'PyPy'], ['pp', 'PyPy'], ['graalpy', 'GraalPy'], ['gp', 'GraalPy'], ['pyodide', 'Pyodide'],
]);

/**
 * pyenv implementations whose names carry the Python language version (`stackless-3.7.5`,
 * `nogil-3.9.10-1`, `cinder-3.10-dev`, `activepython-3.6.0`), as in pyenv's python-build
 * definitions. Others carry their own release number (`graalpy-24.0.0`, `pyston-2.3.5`,
 * `jython-2.7.3`, `pypy-5.7.1`), which says nothing about the language version.
 */
const LANGUAGE_VERSIONED = new Set(['stackless', 'nogil', 'cinder', 'activepython']);
const RELEASE_VERSIONED = new Map([['pyston', 'Pyston'], ['jython', 'Jython'], ['ironpython', 'IronPython'], ['micropython', 'MicroPython']]);

/** Conda distributions pyenv installs: `miniconda3-latest`, `miniconda3-3.11-24.1.2-0`, `anaconda3-2024.02-1`. */
const CONDA_DISTRIBUTION = /^(?:ana|mini)conda[23]?(?=-|$)|^(?:miniforge|mambaforge)(?:3|-pypy3)?(?=-|$)/i;

/**
 * A CPython version as pyenv and uv write it: `3`, `3.12`, `3.12.1`, `3.13.0rc2`, with uv's
 * variants (`3.13t`, `3.12.0d`, `3.13+freethreaded`) and pyenv's `-dev` builds (`3.12-dev`,
 * `3.13t-dev`).
 */
const CPYTHON_VERSION = /^(\d+(?:\.\d+)*)((?:a|b|rc)\d+)?(t|d|\+(?:freethreaded|debug|gil))?(-dev)?$/;

/** Everything `.python-version` may hold (pyenv names and uv requests). */
function interpretVersionName(name: string): VersionRequest {
  if (name === 'system') return { kind: 'system' };
  if (/^[<>=!~]/.test(name)) return specifierRequest(name, 0);

  // pyenv-virtualenv: `3.11.7/envs/web` is the virtualenv `web` made from 3.11.7.
  const virtualenv = /^([^/]+)\/envs\/[^/]+$/.exec(name);
  if (virtualenv) {
    const base = interpretVersionName(virtualenv[1]);
    return base.kind === 'system' ? { kind: 'invalid', error: 'pyenv-virtualenv environments are made from an installed version, not "system"', offset: 0 } : base;
  }
  if (/[/\\]/.test(name) || name.startsWith('~')) return { kind: 'unversioned', why: 'an interpreter by its path, which says no version' };

  if (/^\d/.test(name)) return cpythonRequest(name, 0);

  const lower = name.toLowerCase();
  const uvImplementation = [...UV_IMPLEMENTATIONS.keys()].find((impl) => lower.startsWith(impl) && !/^[a-z]/.test(lower.slice(impl.length)));
  if (uvImplementation !== undefined) return implementationRequest(lower, uvImplementation);

  // `python3.12`: a version after the generic name, as uv reads it.
  if (/^python\d/.test(lower)) return cpythonRequest(name.slice('python'.length), 'python'.length);

  if (CONDA_DISTRIBUTION.test(name)) return condaRequest(name);

  const dashed = /^([a-z]+)-(\d.*)$/.exec(lower);
  if (dashed && LANGUAGE_VERSIONED.has(dashed[1])) return languageVersionOf(dashed[2], dashed[1].length + 1);
  const releaseVersioned = dashed && RELEASE_VERSIONED.get(dashed[1]);
  if (releaseVersioned) {
    return { kind: 'unversioned', why: `a ${releaseVersioned} release, whose number is not the Python version it implements` };
  }
  if (/^[A-Za-z][\w.+-]*$/.test(name)) {
    return { kind: 'unversioned', why: 'no Python version (a pyenv-virtualenv environment, an executable name or an implementation)' };
  }
  const bad = name.search(/[^\w.+@<>=!~,*-]/);
  return { kind: 'invalid', error: 'write a version such as 3.12 or 3.12.4, or a specifier such as >=3.11', offset: Math.max(bad, 0) };
}

/** A `.tool-versions` version: the tool managers' own forms, then pyenv names. */
function interpretToolVersion(name: string): VersionRequest {
  if (name === 'latest') return { kind: 'unversioned', why: 'the latest release, whichever it is when installed' };
  if (/^(?:ref|path):/.test(name)) return { kind: 'unversioned', why: `a Python built from a ${name.startsWith('ref:') ? 'git reference' : 'local directory'}, which says no version` };
  const prefixed = /^(latest|prefix):(.*)$/.exec(name);
  if (prefixed) {
    const offset = prefixed[1].length + 1;
    const version = /^\d+(?:\.\d+)*$/.test(prefixed[2]) && isValidVersion(prefixed[2]);
    return version ? { kind: 'specifier', specifier: `==${prefixed[2]}.*` } : { kind: 'invalid', error: `write a version prefix after ${prefixed[1]}:, e.g. ${prefixed[1]}:3.12`, offset };
  }
  return interpretVersionName(name);
}

/** uv's `<implementation>`, `…@<version>`, `…<version>`, `…<specifier>` and `…-<version>-<os>-<arch>-<libc>`. */
function implementationRequest(lower: string, implementation: string): VersionRequest {
  const rest = lower.slice(implementation.length);
  const at = implementation.length;
  const pretty = UV_IMPLEMENTATIONS.get(implementation) ?? implementation;
  if (rest === '') return { kind: 'unversioned', why: `${pretty} of any version` };
  if (rest.startsWith('@')) return languageVersionOf(rest.slice(1), at + 1);
  if (/^[<>=!~]/.test(rest)) return specifierRequest(rest, at);
  if (rest.startsWith('-')) {
    // A uv download key (`cpython-3.12.1-linux-x86_64-gnu`) or a pyenv name (`pypy-5.7.1`):
    // the non-CPython ones name their own release unless the number is a Python 3 version.
    const version = rest.slice(1).split('-', 1)[0];
    if (!['cpython', 'cp'].includes(implementation) && !/^3(?:\.|$)/.test(version)) {
      return { kind: 'unversioned', why: `a ${pretty} release, whose number is not the Python version it implements` };
    }
    return cpythonRequest(version, at + 1);
  }
  if (/^\d+$/.test(rest) && rest.length > 1) {
    // `cp312`, `pp310`: the wheel-tag form, major digit then minor.
    return { kind: 'specifier', specifier: `==${rest[0]}.${rest.slice(1)}.*` };
  }
  // `cpython3.12`, and pyenv's `pypy3.10-7.3.12` / `pypy3.9-c-jit-latest`: the language version first.
  return languageVersionOf(rest, at);
}

/** A version that leads the text (`3.10` of `3.10-7.3.12`); what follows a `-` is the implementation's own. */
function languageVersionOf(text: string, offset: number): VersionRequest {
  const [version] = text.split('-', 1);
  return cpythonRequest(version, offset);
}

function condaRequest(name: string): VersionRequest {
  // `miniconda3-3.11-24.1.2-0`: newer pyenv names carry the Python version after the flavour.
  const python = /^[^-]+-([23]\.\d+)-/.exec(name);
  if (python) return { kind: 'specifier', specifier: `==${python[1]}.*` };
  return { kind: 'unversioned', why: 'a conda distribution whose name does not fix its Python version' };
}

function cpythonRequest(text: string, offset: number): VersionRequest {
  const match = CPYTHON_VERSION.exec(text);
  if (!match || !isValidVersion(match[1] + (match[2] ?? ''))) {
    return { kind: 'invalid', error: 'write a version such as 3.12 or 3.12.4, or a specifier such as >=3.11', offset };
  }
  const [, release, pre, , dev] = match;
  const parts = release.split('.');
  // A dev build of 3.12 reports itself as a 3.12.0 pre-release (3.12.0a7+), so it is 3.12.*.
  if (dev) return { kind: 'specifier', specifier: `==${parts.slice(0, 2).join('.')}.*` };
  if (pre || parts.length >= 3) return { kind: 'specifier', specifier: `==${release}${pre ?? ''}` };
  // pyenv and uv both read a short version as its newest release: 3.11 is any 3.11.x.
  return { kind: 'specifier', specifier: `==${release}.*` };
}

function specifierRequest(text: string, offset: number): VersionRequest {
  const parsed = parseSpecifierSet(text);
  if (!parsed.ok) return { kind: 'invalid', error: parsed.error, offset: offset + parsed.offset };
  if (parsed.specifiers.length === 0) return { kind: 'invalid', error: 'the specifier has no clause; write one such as >=3.11', offset };
  return { kind: 'specifier', specifier: parsed.specifiers.map((s) => s.text).join(',') };
}

// --- text ----------------------------------------------------------------------------------------

/** Lines with 1-based numbers; a UTF-8 BOM is not part of the first line's columns. */
function physicalLines(text: string): { text: string; line: number }[] {
  const withoutBom = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return withoutBom.split(/\r\n|\r|\n/).map((lineText, index) => ({ text: lineText, line: index + 1 }));
}

function quote(text: string): string {
  return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text;
}
