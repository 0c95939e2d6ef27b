// setup.cfg, read the way setuptools reads it: Python's configparser (ConfigParser() with
// optionxform = str and its default BasicInterpolation, setuptools/dist.py
// `_parse_config_files`), then setuptools/config/setupcfg.py for the options depgate needs:
// `[options] install_requires`, `[options.extras_require]` and `python_requires`. Each
// requirement keeps the physical line and column where it is written inside a multi-line value.
//
// configparser's rules that decide what a requirement is (Lib/configparser.py, RawConfigParser._read):
// - a line whose stripped text starts with `#` or `;` is a comment, even inside a value;
// - a line indented deeper than its option's line continues that option's value;
// - a blank line inside a value is kept, trailing blank lines are dropped;
// - `#` after text is NOT a comment (inline_comment_prefixes is None);
// - `%%` is a literal `%`, `%(name)s` interpolates, any other `%` is an error.
import path from 'node:path';
import { pythonRequirementFrom } from './python-requirement.js';
import type { PythonRequirement, RuntimeConstraint, SourcePosition, SpecProblem } from '../model.js';
import { parseSpecifierSet } from '../versions/pep440.js';
import { canonicalizeName } from '../versions/pep503.js';
import { parseRequirement } from '../versions/pep508.js';
import type { ManifestResult } from './index.js';

/** Longest excerpt of a value quoted in a message. */
const MAX_QUOTED_CHARS = 120;

// configparser's defaults: comment_prefixes=('#', ';'), delimiters=('=', ':'),
// default_section='DEFAULT'.
const COMMENT_PREFIXES = ['#', ';'];
const DEFAULT_SECTION = 'DEFAULT';

// setuptools/config/setupcfg.py reads these; setuptools/dist.py `_enforce_underscore` still
// accepts the dash-separated spelling (deprecated), so both are looked up.
const OPTIONS_SECTION = 'options';
const EXTRAS_SECTION = 'options.extras_require';
const INSTALL_REQUIRES = 'install_requires';
const PYTHON_REQUIRES = 'python_requires';

// packaging.markers.default_environment() keys: setupcfg.py `_warn_accidental_env_marker_misconfig`
// refuses a one-line value whose part after `;` starts with one of them.
const MARKER_VARIABLES = [
  'implementation_name', 'implementation_version', 'os_name', 'platform_machine', 'platform_release',
  'platform_system', 'platform_version', 'python_full_version', 'platform_python_implementation',
  'python_version', 'sys_platform',
];

// Python's str.strip() / `\s` (str.isspace()): JavaScript's trim() differs on U+001C..U+001F,
// U+0085 and U+FEFF.
const PY_SPACE_CHARS = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_LEADING_SPACE = new RegExp(`^[${PY_SPACE_CHARS}]+`);
const PY_TRAILING_SPACE = new RegExp(`[${PY_SPACE_CHARS}]+$`);
const pyStrip = (text: string): string => text.replace(PY_LEADING_SPACE, '').replace(PY_TRAILING_SPACE, '');
const leadingSpaceLength = (text: string): number => PY_LEADING_SPACE.exec(text)?.[0].length ?? 0;

// configparser.SECTCRE (`\[(?P<header>.+)\]`, matched at the start of the stripped line) and
// OPTCRE (`(?P<option>.*?)\s*(?P<vi>=|:)\s*(?P<value>.*)$`).
const SECTION_HEADER = /^\[(.+)\]/;
const OPTION_LINE = new RegExp(`^(.*?)[${PY_SPACE_CHARS}]*([=:])[${PY_SPACE_CHARS}]*(.*)$`);

/** One physical line of a value, after configparser stripped it. */
interface ValueLine {
  text: string;
  line: number;
  /** 1-based column of text[0] */
  column: number;
}

interface IniOption {
  name: string;
  /** Where the option's name is written. */
  source: SourcePosition;
  /** The first entry is the text after the delimiter (possibly ''), then each continuation line. */
  lines: ValueLine[];
}

interface IniFile {
  /** Sections in file order (DEFAULT excluded), each option under its name as written. */
  sections: Map<string, Map<string, IniOption>>;
  defaults: Map<string, IniOption>;
}

/** configparser's reading of a file; every error it would raise becomes a DG100 and reading goes on. */
function readIni(text: string, file: string, problems: SpecProblem[]): IniFile {
  const ini: IniFile = { sections: new Map(), defaults: new Map() };
  const problem = (line: number, column: number, message: string, subject: string) =>
    problems.push({ code: 'DG100', message, source: { file, line, column }, subject: quote(subject) });
  const seenSections = new Set<string>();
  let current: Map<string, IniOption> | undefined;
  let currentName = '';
  let option: IniOption | undefined;
  let indentLevel = 0;
  let missingHeaderReported = false;
  // Python's universal newlines: \r\n, \r and \n all end a line.
  const physicalLines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  physicalLines.forEach((raw, index) => {
    const lineNumber = index + 1;
    const stripped = pyStrip(raw);
    if (COMMENT_PREFIXES.some((prefix) => stripped.startsWith(prefix))) return;
    if (stripped === '') {
      option?.lines.push({ text: '', line: lineNumber, column: raw.length + 1 });
      return;
    }
    const indent = leadingSpaceLength(raw);
    if (current && option && indent > indentLevel) {
      option.lines.push({ text: stripped, line: lineNumber, column: indent + 1 });
      return;
    }
    indentLevel = indent;
    const header = SECTION_HEADER.exec(stripped);
    if (header) {
      const name = header[1];
      if (seenSections.has(name)) {
        problem(lineNumber, indent + 1, `section [${name}] appears twice; configparser (which setuptools uses) refuses the file: merge the two sections`, name);
      }
      seenSections.add(name);
      if (name === DEFAULT_SECTION) current = ini.defaults;
      else {
        current = ini.sections.get(name) ?? new Map();
        ini.sections.set(name, current);
      }
      currentName = name;
      option = undefined;
      return;
    }
    if (!current) {
      if (!missingHeaderReported) {
        problem(lineNumber, indent + 1, `"${quote(stripped)}" comes before any [section] header; configparser (which setuptools uses) refuses the file: start it with a header such as [options]`, stripped);
      }
      missingHeaderReported = true;
      return;
    }
    const match = OPTION_LINE.exec(stripped);
    const name = match ? pyStrip(match[1]) : '';
    if (!match || name === '') {
      problem(lineNumber, indent + 1, `"${quote(stripped)}" is neither a [section] header nor a "key = value" line; configparser (which setuptools uses) refuses the file: indent it to continue the value above, or write key = value`, stripped);
      return;
    }
    if (current.has(name)) {
      problem(lineNumber, indent + 1, `"${name}" is set twice in [${currentName}]; configparser (which setuptools uses) refuses the file: keep one`, name);
      option = undefined;
      return;
    }
    const valueStart = indent + match[0].length - match[3].length;
    option = { name, source: { file, line: lineNumber, column: indent + 1 }, lines: [{ text: pyStrip(match[3]), line: lineNumber, column: valueStart + 1 }] };
    current.set(name, option);
  });
  return ini;
}

/** RawConfigParser._join_multiline_values: '\n'.join(lines).rstrip(), as lines with positions. */
function joinedLines(option: IniOption): ValueLine[] {
  const lines = [...option.lines];
  while (lines.length > 1 && lines[lines.length - 1].text === '') lines.pop();
  return lines;
}

/** A section's options as ConfigParser.options() lists them: its own, then DEFAULT's. */
function optionsOf(ini: IniFile, section: string): Map<string, IniOption> | undefined {
  const own = ini.sections.get(section);
  if (!own) return undefined;
  const merged = new Map(own);
  for (const [name, option] of ini.defaults) if (!merged.has(name)) merged.set(name, option);
  return merged;
}

/** An option by its setuptools name, also under the deprecated dash spelling. */
function lookup(options: Map<string, IniOption> | undefined, name: string): IniOption | undefined {
  return options?.get(name) ?? options?.get(name.replace(/_/g, '-'));
}

/** One requirement string cut out of a value, where its text starts. */
interface ListItem {
  text: string;
  line: number;
  column: number;
}

type Interpolated = { ok: true; text: string } | { ok: false; kind: 'interpolation' | 'error'; offset: number };

/** BasicInterpolation.before_get on one line: `%%` → `%`; `%(name)s` is not expanded here. */
function interpolate(text: string): Interpolated {
  let result = '';
  for (let index = 0; index < text.length; index++) {
    if (text[index] !== '%') {
      result += text[index];
      continue;
    }
    const next = text[index + 1];
    if (next === '%') {
      result += '%';
      index++;
    } else if (next === '(') return { ok: false, kind: 'interpolation', offset: index };
    else return { ok: false, kind: 'error', offset: index };
  }
  return { ok: true, text: result };
}

/**
 * setupcfg.py `_parse_list_semicolon`: a multi-line value is one item per line; a one-line value
 * is split at `;`. Then `_parse_requirements_list` drops items starting with `#`.
 */
function listItems(lines: ValueLine[]): { items: ListItem[]; multiLine: boolean } {
  const multiLine = lines.length > 1;
  const items: ListItem[] = [];
  const add = (piece: string, line: number, column: number) => {
    const text = pyStrip(piece);
    if (text === '' || text.startsWith('#')) return;
    items.push({ text, line, column: column + leadingSpaceLength(piece) });
  };
  if (multiLine) {
    for (const line of lines) add(line.text, line.line, line.column);
  } else {
    let offset = 0;
    for (const piece of lines[0].text.split(';')) {
      add(piece, lines[0].line, lines[0].column + offset);
      offset += piece.length + 1;
    }
  }
  return { items, multiLine };
}

/** setupcfg.py `_parse_requirements_list`, with every requirement's position. */
function readRequirementsOption(
  option: IniOption,
  label: string,
  selector: PythonRequirement['selector'],
  file: string,
  result: { requirements: PythonRequirement[]; problems: SpecProblem[] },
): void {
  const lines = joinedLines(option);
  const first = lines[0];
  // setupcfg.py `_parse_file`: only a value that starts with `file:` names files.
  if (first.text.startsWith('file:')) {
    const files = first.text.slice('file:'.length).split(',').map(pyStrip).filter((name) => name !== '');
    // setuptools reads them relative to the directory of setup.cfg; python.manifests is relative to the working directory.
    const manifests = files.map((name) => path.posix.join(path.posix.dirname(file), name));
    result.problems.push({
      code: 'DG101',
      message: `${label} = ${quote(first.text)}: setuptools reads these requirements from ${files.join(', ')}; depgate does not follow file:, so add ${manifests.join(', ')} to python.manifests in depgate.yml to have ${files.length === 1 ? 'it' : 'them'} checked`,
      source: { file, line: first.line, column: first.column },
      subject: quote(first.text),
    });
    return;
  }
  const { items, multiLine } = listItems(lines);
  if (!multiLine && items.length === 2 && MARKER_VARIABLES.some((variable) => items[1].text.startsWith(variable))) {
    result.problems.push({
      code: 'DG100',
      message: `${label} = ${quote(first.text)}: setuptools splits a one-line value at ';', so "${quote(items[1].text)}" is read as a second requirement, not as the marker of "${quote(items[0].text)}"; put the requirement on its own indented line below "${label} ="`,
      source: { file, line: items[1].line, column: items[1].column },
      subject: quote(first.text),
    });
    return;
  }
  for (const item of items) {
    const source: SourcePosition = { file, line: item.line, column: item.column };
    const interpolated = interpolate(item.text);
    if (!interpolated.ok) {
      result.problems.push(
        interpolated.kind === 'interpolation'
          ? {
              code: 'DG101',
              message: `"${quote(item.text)}" is not checked: it uses configparser's %(name)s interpolation, which depgate does not expand`,
              source,
              subject: quote(item.text),
            }
          : {
              code: 'DG100',
              message: `"${quote(item.text)}": configparser (which setuptools uses) reads '%' as the start of an interpolation and refuses this value; write '%%' for a literal '%'`,
              source: { file, line: item.line, column: item.column + interpolated.offset },
              subject: quote(item.text),
            },
      );
      continue;
    }
    const parsed = parseRequirement(interpolated.text);
    if (!parsed.ok) {
      const hint = /\s#/.test(interpolated.text) ? ' (configparser keeps a # after text as part of the value: put comments on their own line)' : '';
      result.problems.push({
        code: 'DG100',
        message: `cannot parse "${quote(interpolated.text)}" in ${label}: ${parsed.error}${hint}`,
        source: { file, line: item.line, column: item.column + parsed.offset },
        subject: quote(item.text),
      });
      continue;
    }
    result.requirements.push(pythonRequirementFrom(parsed.requirement, { file, line: item.line, column: item.column + parsed.requirement.nameOffset }, selector));
  }
}

function readPythonRequires(option: IniOption, file: string, result: { runtime: RuntimeConstraint[]; problems: SpecProblem[] }): void {
  const lines = joinedLines(option).filter((line) => line.text !== '');
  if (lines.length === 0) return;
  const first = lines[0];
  const source: SourcePosition = { file, line: first.line, column: first.column };
  // setupcfg.py hands the whole value to packaging's SpecifierSet.
  const interpolated = interpolate(lines.map((line) => line.text).join(' '));
  if (!interpolated.ok) {
    result.problems.push({
      code: interpolated.kind === 'interpolation' ? 'DG101' : 'DG100',
      message:
        interpolated.kind === 'interpolation'
          ? `python_requires is not checked: it uses configparser's %(name)s interpolation, which depgate does not expand`
          : `python_requires: configparser (which setuptools uses) reads '%' as the start of an interpolation; write '%%' for a literal '%'`,
      source,
      subject: PYTHON_REQUIRES,
    });
    return;
  }
  const specifier = pyStrip(interpolated.text);
  const parsed = parseSpecifierSet(specifier);
  if (!parsed.ok) {
    result.problems.push({
      code: 'DG100',
      message: `python_requires = ${quote(specifier)} is not a PEP 440 specifier set: ${parsed.error}`,
      source: { file, line: first.line, column: first.column + parsed.offset },
      subject: PYTHON_REQUIRES,
    });
    return;
  }
  result.runtime.push({ ecosystem: 'python', runtime: 'python', specifier, origin: PYTHON_REQUIRES, source });
}

/** Reads one setup.cfg (`file` is its path relative to the working directory). Pure; never throws. */
export function parseSetupCfg(text: string, file: string): ManifestResult {
  const result = { requirements: [] as PythonRequirement[], problems: [] as SpecProblem[], runtime: [] as RuntimeConstraint[] };
  try {
    const ini = readIni(text, file, result.problems);
    const options = optionsOf(ini, OPTIONS_SECTION);
    const installRequires = lookup(options, INSTALL_REQUIRES);
    if (installRequires) readRequirementsOption(installRequires, INSTALL_REQUIRES, undefined, file, result);
    const pythonRequires = lookup(options, PYTHON_REQUIRES);
    if (pythonRequires) readPythonRequires(pythonRequires, file, result);
    // setupcfg.py `parse_section_extras_require`: every key of the section is an extra.
    for (const [extra, option] of optionsOf(ini, EXTRAS_SECTION) ?? []) {
      readRequirementsOption(option, `extras_require[${extra}]`, { kind: 'extra', name: canonicalizeName(extra) }, file, result);
    }
  } catch (error) {
    // Never expected: a bug must not take the rest of the run down with it.
    result.problems.push({ code: 'DG100', message: `${file} could not be read: ${String(error)}`, source: { file, line: 1, column: 1 }, subject: file });
  }
  const sorted = (problems: SpecProblem[]) =>
    [...problems].sort((a, b) => (a.source?.line ?? 0) - (b.source?.line ?? 0) || (a.source?.column ?? 0) - (b.source?.column ?? 0));
  return { requirements: result.requirements, problems: sorted(result.problems), runtime: result.runtime, files: [file] };
}

function quote(text: string): string {
  return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text;
}
