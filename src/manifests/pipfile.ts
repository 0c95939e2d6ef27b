// Pipfile, read the way pipenv turns each entry into something pip installs
// (pipenv/utils/dependencies.py `install_req_from_pipfile`, `get_version`; pipenv/utils/markers.py
// `PipenvMarkers.from_pipfile`; the vendored plette's `KNOWN_PACKAGE_KEYS`). Every top-level
// table that is not one of pipenv's NON_CATEGORY_SECTIONS is a package category: `[packages]`
// is what the app needs, `[dev-packages]` and custom categories (pipenv ≥ 2022.10) are groups the
// config selects. `[requires]` becomes the interpreter's RuntimeConstraint.
import type { DataPath, TextPosition } from '../formats/json.js';
import { parseTomlWithPositions } from '../formats/toml.js';
import { closestMatch } from '../config/closest-match.js';
import type { PythonRequirement, RuntimeConstraint, SourcePosition, SpecProblem } from '../model.js';
import { parseSpecifierSet } from '../versions/pep440.js';
import { canonicalizeName, isValidDistributionName } from '../versions/pep503.js';
import { parseMarker, parseRequirement } from '../versions/pep508.js';
import type { ManifestResult } from './index.js';

/** How the summary names the constraint of `[requires]`. */
export const PIPFILE_REQUIRES_ORIGIN = 'Pipfile [requires]';

/** Longest excerpt of a value quoted in a message. */
const MAX_QUOTED_CHARS = 120;

// pipenv/project.py NON_CATEGORY_SECTIONS: every other top-level table lists packages.
const NON_CATEGORY_SECTIONS = new Set(['build-system', 'pipenv', 'requires', 'scripts', 'source']);
const DEFAULT_CATEGORY = 'packages';
/** pipenv's `--dev` category, selected in depgate.yml as the group `dev`. */
const DEV_CATEGORY = 'dev-packages';
const DEV_GROUP = 'dev';

// pipenv/utils/markers.py PipenvMarkers: PEP 508 marker variables accepted as keys of an entry,
// `sys_platform = "== 'win32'"` meaning the marker `sys_platform == 'win32'`.
const MARKER_KEYS = [
  'os_name', 'sys_platform', 'platform_machine', 'platform_python_implementation', 'platform_release',
  'platform_system', 'platform_version', 'python_version', 'python_full_version', 'implementation_name',
  'implementation_version',
];

// pipenv/utils/constants.py VCS_LIST, in pipenv's order of preference.
const VCS_KEYS = ['git', 'svn', 'hg', 'bzr'];

// plette (vendored in pipenv) models/packages.py KNOWN_PACKAGE_KEYS: pipenv refuses an entry with
// any other key ("Unrecognized Pipfile option(s)").
const KNOWN_PACKAGE_KEYS = [
  ...VCS_KEYS, 'ref', 'subdirectory', 'name', 'version', 'extras', 'editable', 'markers', 'os_markers',
  'hashes', 'index', 'no_binary', 'path', 'file', ...MARKER_KEYS,
];

/** Keys whose value pipenv reads as a string. */
const STRING_KEYS = new Set([...VCS_KEYS, 'ref', 'subdirectory', 'name', 'version', 'markers', 'os_markers', 'index', 'path', 'file', ...MARKER_KEYS]);

// pipenv's [requires] keys, the full version winning when both are set (project.py
// `required_python_version`).
const REQUIRES_KEYS = ['python_full_version', 'python_version'];

// distlib's COMPARE_OP, which pipenv uses to tell "1.2" (meaning ==1.2) from ">=1.2".
const COMPARE_OP = /^(<=?|>=?|={2,3}|[~!]=)\s*/;
/** Operators written the other way round (or with one '='), and what was meant. */
const MISTYPED_OPERATORS: Readonly<Record<string, string>> = { '=>': '>=', '=<': '<=', '=': '==', '=!': '!=', '=~': '~=' };
/** A [requires] value that is already a specifier (pipenv ≥ 2026.4 accepts PEP 440 ranges there). */
const SPECIFIER_START = /^[<>=!~]/;

type Table = Record<string, unknown>;

const isTable = (value: unknown): value is Table => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

interface Context {
  file: string;
  text: string;
  positionOf(path: DataPath): TextPosition | undefined;
  requirements: PythonRequirement[];
  problems: SpecProblem[];
  runtime: RuntimeConstraint[];
}

function sourceAt(context: Context, path: DataPath): SourcePosition {
  // A path that does not exist falls back to its nearest written ancestor.
  for (let length = path.length; length > 0; length--) {
    const position = context.positionOf(path.slice(0, length));
    if (position) return { file: context.file, ...position };
  }
  return { file: context.file, line: 1, column: 1 };
}

function problem(context: Context, path: DataPath, message: string, subject: string, code: SpecProblem['code'] = 'DG100'): void {
  context.problems.push({ code, message, source: sourceAt(context, path), subject: quote(subject) });
}

/** pipenv's `get_version` + the `==` it adds when no operator is written. */
function pipenvVersion(value: string): string {
  const version = value.trim().replace(/^\(+/, '').replace(/\)+$/, '');
  if (version === '*' || version === '' || version === '==*') return '';
  return COMPARE_OP.test(version) ? version : `==${version}`;
}

/**
 * The text of a bare number (`django = 4.20`), which pipenv accepts as a version. TOML has
 * already turned it into a float; the written digits are what the user meant.
 */
function writtenNumber(context: Context, path: DataPath, value: number | bigint): string {
  const position = context.positionOf(path);
  if (position) {
    const line = context.text.split(/\r?\n/)[position.line - 1] ?? '';
    const written = /^[^=]*=\s*([-+]?[0-9][0-9_.eE+-]*)/.exec(line.slice(position.column - 1))?.[1];
    if (written) return written.replace(/_/g, '');
  }
  return String(value);
}

/** PipenvMarkers.from_pipfile: the marker keys and `markers`, joined with `and`. */
function entryMarker(context: Context, path: DataPath, entry: Table): string | undefined | null {
  const parts: string[] = [];
  let valid = true;
  const add = (key: string, text: string) => {
    const parsed = parseMarker(text);
    if (!parsed.ok) {
      valid = false;
      problem(context, [...path, key], `${quote(String(path[1]))}: ${key} = "${quote(String(entry[key]))}" is not a valid PEP 508 marker (${quote(text)}): ${parsed.error}`, String(path[1]));
      return;
    }
    // pipenv joins the parts as written; parentheses keep an `or` inside one part from
    // absorbing the others.
    parts.push(parsed.marker.terms.length > 1 ? `(${parsed.text})` : parsed.text);
  };
  for (const key of Object.keys(entry)) {
    if (MARKER_KEYS.includes(key) && typeof entry[key] === 'string' && entry[key] !== '') add(key, `${key} ${entry[key] as string}`);
  }
  for (const key of ['markers', 'os_markers']) {
    if (typeof entry[key] === 'string' && (entry[key] as string).trim() !== '') add(key, entry[key] as string);
  }
  if (!valid) return null;
  if (parts.length === 0) return undefined;
  const combined = parseMarker([...new Set(parts)].sort().join(' and '));
  return combined.ok ? combined.text : null;
}

/** A named requirement (`requests = ">=2"`, `{version = "*", extras = [...]}`). */
function namedRequirement(context: Context, path: DataPath, name: string, version: string, extras: string[], versionPath: DataPath): PythonRequirement | undefined {
  const written = version.trim();
  // pipenv prefixes "==" to anything COMPARE_OP does not recognise, so "=>1.2" or "=1.2" would
  // become the arbitrary-equality "===>1.2" / "===1.2" that no release matches: a typo to fix.
  if (/^[=<>!~]/.test(written) && !COMPARE_OP.test(written) && written !== '==*') {
    const operator = /^[=<>!~]+/.exec(written)?.[0] ?? '';
    const suggestion = MISTYPED_OPERATORS[operator];
    problem(
      context,
      versionPath,
      `${quote(name)} in [${String(path[0])}]: "${quote(written)}" does not start with a version operator pipenv knows${suggestion ? ` (did you mean "${suggestion}${written.slice(operator.length)}"?)` : ''}; pipenv would install "${quote(name)}==${quote(written)}", which no release matches`,
      name,
    );
    return undefined;
  }
  const extrasText = extras.length > 0 ? `[${extras.join(',')}]` : '';
  const line = `${name}${extrasText}${pipenvVersion(version)}`;
  const parsed = parseRequirement(line);
  if (!parsed.ok) {
    const blame = parsed.offset < name.length ? path : parsed.offset < name.length + extrasText.length ? [...path, 'extras'] : versionPath;
    problem(context, blame, `${quote(name)} in [${String(path[0])}]: pipenv installs it as "${quote(line)}", which is not a valid requirement: ${parsed.error}`, name);
    return undefined;
  }
  return {
    ecosystem: 'python',
    name: parsed.requirement.name,
    canonicalName: parsed.requirement.canonicalName,
    extras: parsed.requirement.extras,
    specifier: parsed.requirement.specifier,
    editable: false,
    source: sourceAt(context, path),
  };
}

/** A requirement installed from a place rather than an index: VCS, local path, file or URL. */
function locatedRequirement(context: Context, path: DataPath, name: string, url: string, extras: string[], editable: boolean): PythonRequirement | undefined {
  if (!isValidDistributionName(name)) {
    problem(context, path, `"${quote(name)}" in [${String(path[0])}] is not a valid distribution name (PEP 508: letters, digits, and . _ - between them)`, name);
    return undefined;
  }
  return {
    ecosystem: 'python',
    name,
    canonicalName: canonicalizeName(name),
    extras: [...new Set(extras)].sort(),
    specifier: '',
    url,
    editable,
    source: sourceAt(context, path),
  };
}

/** install_req_from_pipfile's VCS branch: `git+<url>@<ref>#subdirectory=<dir>`. */
function vcsUrl(vcs: string, entry: Table): string {
  let url = entry[vcs] as string;
  let ref = '';
  // normalize_vcs_url: an `@ref` written in the URL's path is the fallback ref.
  const schemeEnd = url.indexOf('://');
  const pathStart = schemeEnd >= 0 ? url.indexOf('/', schemeEnd + 3) : 0;
  const at = url.lastIndexOf('@');
  if (pathStart >= 0 && at > pathStart) {
    ref = url.slice(at + 1);
    url = url.slice(0, at);
  }
  if (typeof entry.ref === 'string' && entry.ref !== '') ref = entry.ref;
  const prefix = url.startsWith(`${vcs}+`) ? '' : `${vcs}+`;
  const subdirectory = typeof entry.subdirectory === 'string' && entry.subdirectory !== '' ? `#subdirectory=${entry.subdirectory}` : '';
  return `${prefix}${url}${ref ? `@${ref}` : ''}${subdirectory}`;
}

function checkEntryKeys(context: Context, path: DataPath, entry: Table): boolean {
  const name = String(path[1]);
  let typesOk = true;
  for (const [key, value] of Object.entries(entry)) {
    const keyPath = [...path, key];
    if (!KNOWN_PACKAGE_KEYS.includes(key)) {
      const suggestion = closestMatch(key, KNOWN_PACKAGE_KEYS);
      // TOML reads an unquoted `zope.interface = "*"` as the table zope = {interface = "*"}.
      const dotted = !suggestion && Object.keys(entry).length === 1 && typeof value === 'string';
      const hint = suggestion
        ? `: did you mean "${suggestion}"?`
        : dotted
          ? `: if the package is named ${quote(name)}.${quote(key)}, quote its name ("${quote(name)}.${quote(key)}" = ${JSON.stringify(value)}), since TOML reads an unquoted dot as a nested table`
          : '';
      problem(
        context,
        keyPath,
        `${quote(name)}: "${quote(key)}" is not a key pipenv accepts in a package entry${hint} (pipenv reads version, extras, markers, editable, index, path, file, git/hg/svn/bzr with ref and subdirectory, and PEP 508 marker names such as sys_platform)`,
        name,
      );
    } else if (STRING_KEYS.has(key) && typeof value !== 'string') {
      typesOk = false;
      problem(context, keyPath, `${quote(name)}: ${key} must be a string, such as ${key} = "${key === 'version' ? '>=2.0' : '...'}"`, name);
    } else if (key === 'extras' && !(Array.isArray(value) && value.every((extra) => typeof extra === 'string'))) {
      typesOk = false;
      problem(context, keyPath, `${quote(name)}: extras must be a list of strings, such as extras = ["socks"]`, name);
    } else if (key === 'editable' && typeof value !== 'boolean') {
      typesOk = false;
      problem(context, keyPath, `${quote(name)}: editable must be true or false`, name);
    }
  }
  return typesOk;
}

function readEntry(context: Context, category: string, name: string, value: unknown, selector: PythonRequirement['selector']): void {
  const path: DataPath = [category, name];
  let requirement: PythonRequirement | undefined;
  if (typeof value === 'string') {
    // install_req_from_pipfile: a string that starts with a VCS scheme is that repository.
    const vcs = VCS_KEYS.find((candidate) => value.startsWith(`${candidate}+`));
    requirement = vcs ? locatedRequirement(context, path, name, vcsUrl(vcs, { [vcs]: value }), [], false) : namedRequirement(context, path, name, value, [], path);
  } else if (typeof value === 'number' || typeof value === 'bigint') {
    requirement = namedRequirement(context, path, name, writtenNumber(context, path, value), [], path);
  } else if (isTable(value)) {
    if (!checkEntryKeys(context, path, value)) return;
    const extras = (value.extras as string[] | undefined) ?? [];
    const editable = value.editable === true;
    const vcs = VCS_KEYS.find((candidate) => candidate in value);
    const location = vcs ? vcsUrl(vcs, value) : ((value.path ?? value.file) as string | undefined);
    requirement =
      location !== undefined
        ? locatedRequirement(context, path, name, location, extras, editable)
        : namedRequirement(context, path, name, (value.version as string | undefined) ?? '*', extras, [...path, 'version']);
    if (!requirement) return;
    const marker = entryMarker(context, path, value);
    if (marker === null) return;
    if (marker !== undefined) requirement.marker = marker;
  } else {
    problem(context, path, `${quote(name)} in [${category}] must be a version string ("*", "==1.2", ">=1,<2") or a table ({version = "...", extras = [...]})`, name);
    return;
  }
  if (!requirement) return;
  if (selector) requirement.selector = selector;
  context.requirements.push(requirement);
}

function readRequires(context: Context, requires: unknown): void {
  if (!isTable(requires)) {
    problem(context, ['requires'], '[requires] must be a table, such as python_version = "3.11"', 'requires');
    return;
  }
  for (const key of Object.keys(requires)) {
    if (REQUIRES_KEYS.includes(key)) continue;
    const suggestion = closestMatch(key, REQUIRES_KEYS);
    problem(context, ['requires', key], `[requires] ${quote(key)} is not read by pipenv${suggestion ? `: did you mean "${suggestion}"?` : ' (it reads python_version and python_full_version)'}`, key, 'DG101');
  }
  const key = REQUIRES_KEYS.find((candidate) => candidate in requires);
  if (!key) return;
  const value = requires[key];
  if (typeof value !== 'string') {
    problem(context, ['requires', key], `${key} must be a string, such as ${key} = "${key === 'python_version' ? '3.11' : '3.11.4'}"`, key);
    return;
  }
  const written = value.trim();
  if (written === '' || written === '*') return;
  // python_version = "3.11" asks for any 3.11.x; python_full_version = "3.11.4" for exactly that.
  const specifier = SPECIFIER_START.test(written) ? written : key === 'python_version' ? `==${written}.*` : `==${written}`;
  const parsed = parseSpecifierSet(specifier);
  if (!parsed.ok) {
    problem(context, ['requires', key], `${key} = "${quote(written)}" is not a Python version pipenv understands (such as "3.11" or ">=3.10"): ${parsed.error}`, key);
    return;
  }
  context.runtime.push({ ecosystem: 'python', runtime: 'python', specifier, origin: PIPFILE_REQUIRES_ORIGIN, source: sourceAt(context, ['requires', key]) });
}

function selectorFor(category: string): PythonRequirement['selector'] {
  if (category === DEFAULT_CATEGORY) return undefined;
  return { kind: 'group', name: category === DEV_CATEGORY ? DEV_GROUP : canonicalizeName(category) };
}

/** Reads one Pipfile (`file` is its path relative to the working directory). Pure; never throws. */
export function parsePipfile(text: string, file: string): ManifestResult {
  const result = { requirements: [] as PythonRequirement[], problems: [] as SpecProblem[], runtime: [] as RuntimeConstraint[], files: [file] };
  try {
    const parsed = parseTomlWithPositions(text);
    if (!parsed.ok) {
      result.problems.push({ code: 'DG100', message: `${file}: ${parsed.error}`, source: { file, line: parsed.line, column: parsed.column }, subject: file });
      return result;
    }
    const context: Context = {
      file,
      text,
      positionOf: parsed.document.positionOf,
      requirements: result.requirements,
      problems: result.problems,
      runtime: result.runtime,
    };
    const root = parsed.document.value as Table;
    for (const [category, packages] of Object.entries(root)) {
      if (category === 'requires') readRequires(context, packages);
      if (NON_CATEGORY_SECTIONS.has(category)) continue;
      if (!isTable(packages)) {
        problem(context, [category], `[${quote(category)}] must be a table of packages, such as requests = "*"`, category);
        continue;
      }
      const selector = selectorFor(category);
      for (const [name, value] of Object.entries(packages)) readEntry(context, category, name, value, selector);
    }
  } catch (error) {
    // Never expected: a bug must not take the rest of the run down with it.
    result.problems.push({ code: 'DG100', message: `${file} could not be read: ${String(error)}`, source: { file, line: 1, column: 1 }, subject: file });
  }
  const manifest: ManifestResult = result;
  return manifest;
}

function quote(text: string): string {
  return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text;
}
