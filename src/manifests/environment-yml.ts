// conda's environment.yml (the `conda env create -f` file). Its `dependencies:` list holds conda
// packages, written as conda MatchSpecs (`numpy=1.26`, `conda-forge::pandas>=2`), and one
// `- pip:` sub-list that conda hands to `pip install -r` as a requirements file. depgate checks
// what pip installs: each pip entry is read as a requirements.txt line, each conda package is
// a DG101 notice saying it is not checked — except `python`, whose version is the interpreter's
// and becomes a RuntimeConstraint (conda's MatchSpec rules converted to PEP 440).
import path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode, type Scalar } from 'yaml';
import type { PythonRequirement, RuntimeConstraint, SourcePosition, SpecProblem } from '../model.js';
import { parseSpecifierSet } from '../versions/pep440.js';
import type { ManifestResult } from './index.js';
import { parseRequirementsTxtText } from './requirements-txt.js';

/** Longest excerpt of an entry quoted in a message. */
const MAX_QUOTED_CHARS = 120;

/** How the summary names a constraint that comes from conda's `python` package. */
export const CONDA_PYTHON_ORIGIN = "conda's python";

// conda/env/specs: the dependency list may hold a `{pip: [...]}` mapping; conda hands it to its
// pip installer (conda/env/installers/pip.py), which writes the entries to a requirements file
// next to environment.yml and runs `pip install -U -r` on it.
const PIP_INSTALLER = 'pip';

/** A conda package spec, parsed as conda/models/match_spec.py `_parse_spec_str` does. */
export interface CondaMatchSpec {
  /** '*' when the spec names a package file or URL rather than a package. */
  name: string;
  /** conda's VersionSpec text after MatchSpec's `=1.2` → `1.2*` translation; absent for "any". */
  version?: string;
  build?: string;
}

/**
 * conda's `_parse_spec_str`, the parts depgate needs: name, version, build. Returns an error
 * message when conda would refuse the spec.
 */
export function parseCondaMatchSpec(text: string): { ok: true; spec: CondaMatchSpec } | { ok: false; error: string } {
  let spec = text;
  // Step 1: `#` starts a comment; Step 1.b: ` if ` conditions are ignored.
  const hash = spec.indexOf('#');
  if (hash >= 0) spec = spec.slice(0, hash);
  spec = spec.split(' if ')[0];
  // Step 2: a package file (local or URL) names no package until it is downloaded.
  if (/\.(conda|tar\.bz2)$/.test(spec.trim())) return { ok: true, spec: { name: '*' } };
  // Step 3: `[key=value, ...]` overrides what the rest says (except the name).
  const brackets: Record<string, string> = {};
  const bracketMatch = /^.*(\[.*\])/.exec(spec);
  if (bracketMatch) {
    const bracketText = bracketMatch[1];
    spec = spec.split(bracketText).join('');
    for (const pair of bracketText.slice(1, -1).matchAll(/([a-zA-Z0-9_-]+?)=(["']?)([^'"]*?)(\2)(?:[, ]|$)/g)) {
      if (!pair[1] || !pair[3]) return { ok: false, error: 'key-value mismatch in brackets' };
      brackets[pair[1]] = pair[3];
    }
  }
  // Step 4: `(optional, ...)` is dropped.
  const parensMatch = /^.*(\(.*\))/.exec(spec);
  if (parensMatch) spec = spec.split(parensMatch[1]).join('');
  // Step 5: `channel::name` / `channel/subdir::name` (rsplit(':', 2)).
  const colonParts = rsplit(spec, ':', 2);
  spec = colonParts[colonParts.length - 1];
  // Step 6: the name runs to the first space or operator.
  const nameMatch = /^([^ =<>!~]+)?([><!=~ ].+)?/.exec(spec);
  if (!nameMatch?.[1]) return { ok: false, error: `no package name found in '${spec}'` };
  const result: CondaMatchSpec = { name: nameMatch[1] };
  // Step 7: version and build, and MatchSpec's own reading of a leading '='.
  const rest = nameMatch[2]?.trim();
  if (rest) {
    if (rest.includes('[')) return { ok: false, error: 'multiple brackets sections not allowed' };
    let { version, build } = parseVersionPlusBuild(rest);
    if (version !== '==' && version !== '=' && version.startsWith('=')) {
      const tail = version.slice(1);
      if (version.startsWith('==') && build === undefined) version = version.slice(2);
      else if (!/[=,|]/.test(tail)) version = build === undefined && !tail.endsWith('*') ? `${tail}*` : tail;
    }
    result.version = version;
    if (build !== undefined) result.build = build;
  }
  if (brackets.version !== undefined) result.version = brackets.version;
  if (brackets.build !== undefined) result.build = brackets.build;
  return { ok: true, spec: result };
}

/** match_spec.py `_parse_version_plus_build`: "1.2.3=0" → ("1.2.3", "0"), ">=1.0 , < 2.0 py34_0" → (">=1.0,<2.0", "py34_0"). */
function parseVersionPlusBuild(text: string): { version: string; build?: string } {
  const parts = /((?:.+?)[^><!,|]?)(?:(?<![=!|,<>~])(?:[ =])([^-=,|<>~]+?))?$/.exec(text);
  if (!parts) return { version: text.replace(/ /g, '') };
  const build = parts[2]?.trim();
  return { version: parts[1].replace(/ /g, ''), ...(build ? { build } : {}) };
}

function rsplit(text: string, separator: string, limit: number): string[] {
  const parts = text.split(separator);
  if (parts.length <= limit + 1) return parts;
  return [parts.slice(0, parts.length - limit).join(separator), ...parts.slice(parts.length - limit)];
}

/**
 * A conda VersionSpec (conda/models/version.py) as a PEP 440 specifier set, where one exists:
 * `1.2*`/`1.2.*`/`=1.2` match the 1.2 series (`==1.2.*`), a bare `1.2` is exact (`==1.2`),
 * `,` is "and"; conda's `.*` after `>=`, `<` etc. is ignored, as conda ignores it. `|` (or),
 * parentheses and regexes have no PEP 440 form.
 */
export function condaVersionToPep440(version: string): { ok: true; specifier: string } | { ok: false; error: string } {
  if (/[|()]/.test(version)) return { ok: false, error: `conda's "|" (or) and parentheses have no PEP 440 equivalent` };
  const clauses: string[] = [];
  for (const raw of version.split(',')) {
    const clause = raw.trim();
    if (clause === '' || clause === '*') continue;
    if (clause.startsWith('^') || clause.endsWith('$')) return { ok: false, error: `the regular expression "${clause}" has no PEP 440 equivalent` };
    if (/^[=<>!~]/.test(clause)) {
      const relation = /^(=|==|!=|<=|>=|<|>|~=)(?!=)(.+)$/.exec(clause);
      if (!relation) return { ok: false, error: `"${clause}" has an invalid operator` };
      let [, operator, operand] = relation;
      if (operand.endsWith('.*')) {
        if (operator === '~=') return { ok: false, error: `"${clause}": conda refuses '.*' after '~='` };
        operand = operand.slice(0, -2);
        if (operator === '!=') operand += '.*';
      }
      // conda's `=` inside a VersionSpec is "starts with".
      clauses.push(operator === '=' ? `==${operand}.*` : `${operator}${operand}`);
    } else if (clause.replace(/\*+$/, '').includes('*')) {
      return { ok: false, error: `the pattern "${clause}" has no PEP 440 equivalent` };
    } else if (clause.endsWith('*')) {
      clauses.push(`==${clause.replace(/\*+$/, '').replace(/\.$/, '')}.*`);
    } else if (!clause.includes('@')) {
      clauses.push(`==${clause}`);
    } else {
      return { ok: false, error: `"${clause}" is not a version conda compares` };
    }
  }
  const specifier = clauses.join(',');
  const parsed = parseSpecifierSet(specifier);
  if (!parsed.ok) return { ok: false, error: `${specifier} is not a valid PEP 440 specifier set (${parsed.error})` };
  return { ok: true, specifier };
}

interface Context {
  file: string;
  positionOf(node: YamlNode | null | undefined): SourcePosition;
  requirements: PythonRequirement[];
  problems: SpecProblem[];
  runtime: RuntimeConstraint[];
}

function readCondaPackage(node: Scalar, text: string, context: Context): void {
  const source = context.positionOf(node);
  const parsed = parseCondaMatchSpec(text);
  if (!parsed.ok) {
    context.problems.push({ code: 'DG100', message: `"${quote(text)}" is not a conda package spec: ${parsed.error}`, source, subject: quote(text) });
    return;
  }
  const { name, version } = parsed.spec;
  if (name !== 'python') {
    context.problems.push({
      code: 'DG101',
      message: `conda package ${name === '*' ? quote(text) : name} is not checked (depgate checks pip packages)`,
      source,
      subject: name === '*' ? quote(text) : name,
    });
    return;
  }
  // A bare `python` asks for an interpreter, not a version of it: nothing to compare.
  if (version === undefined) return;
  const converted = condaVersionToPep440(version);
  if (!converted.ok) {
    context.problems.push({
      code: 'DG101',
      message: `the Python version in "${quote(text)}" is not checked: ${converted.error}`,
      source,
      subject: 'python',
    });
    return;
  }
  if (converted.specifier === '') return;
  context.runtime.push({ ecosystem: 'python', runtime: 'python', specifier: converted.specifier, origin: CONDA_PYTHON_ORIGIN, source });
}

/**
 * A path written in the pip: section, relative to the working directory: conda runs pip from the
 * directory of environment.yml (conda/env/installers/pip.py `pip_workdir`).
 */
function besideFile(file: string, written: string): string {
  return path.posix.isAbsolute(written) ? written : path.posix.join(path.posix.dirname(file), written);
}

/** Where a scalar's text starts: after the opening quote of a quoted one. */
function contentPosition(node: Scalar, context: Context): SourcePosition {
  const start = context.positionOf(node);
  return node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? { ...start, column: start.column + 1 } : start;
}

function readPipEntry(node: Scalar, context: Context): void {
  const text = String(node.value);
  const origin = contentPosition(node, context);
  const multiLine = text.includes('\n');
  // Positions inside the one-line entry, shifted to where the entry is written.
  const place = (position: SourcePosition): SourcePosition =>
    multiLine || position.line !== 1 ? origin : { file: context.file, line: origin.line, column: origin.column + position.column - 1 };
  const parsed = parseRequirementsTxtText(text, context.file);
  for (const problem of parsed.problems) context.problems.push({ ...problem, source: problem.source ? place(problem.source) : origin });
  for (const include of parsed.includes) {
    context.problems.push({
      code: 'DG101',
      message:
        include.kind === 'requirement'
          ? `-r ${include.path} in the pip: section is not read by depgate; list both ${context.file} and ${besideFile(context.file, include.path)} in python.manifests in depgate.yml to have it checked`
          : `-c ${include.path} in the pip: section is not read by depgate: constraints only narrow versions, and the requirements they constrain are checked where they are declared`,
      source: place(include.source),
      subject: include.path,
    });
  }
  for (const requirement of parsed.requirements) {
    if (requirement.editable) {
      context.problems.push({
        code: 'DG101',
        message: `-e ${requirement.url ?? requirement.name} in the pip: section is not read by depgate; an editable project is checked through its own manifest`,
        source: place(requirement.source),
        subject: requirement.url ?? requirement.name,
      });
      continue;
    }
    context.requirements.push({ ...requirement, source: place(requirement.source) });
  }
}

function readPipSection(node: unknown, context: Context): void {
  if (node === null || node === undefined || (isScalar(node) && node.value === null)) return;
  if (!isSeq(node)) {
    context.problems.push({
      code: 'DG100',
      message: 'pip: must be a list of requirement lines (- requests==2.31.0)',
      source: context.positionOf(node as YamlNode),
      subject: PIP_INSTALLER,
    });
    return;
  }
  for (const item of node.items) {
    if (isScalar(item) && (typeof item.value === 'string' || typeof item.value === 'number')) readPipEntry(item, context);
    else if (isScalar(item) && item.value === null) continue;
    else {
      context.problems.push({
        code: 'DG100',
        message: 'each entry of pip: must be one requirements.txt line, such as requests==2.31.0',
        source: context.positionOf(item as YamlNode),
        subject: PIP_INSTALLER,
      });
    }
  }
}

function readDependencies(node: unknown, context: Context): void {
  if (node === null || node === undefined || (isScalar(node) && node.value === null)) return;
  if (!isSeq(node)) {
    context.problems.push({
      code: 'DG100',
      message: 'dependencies: must be a list of conda packages, with pip packages under "- pip:"',
      source: context.positionOf(node as YamlNode),
      subject: 'dependencies',
    });
    return;
  }
  for (const item of node.items) {
    if (isScalar(item) && typeof item.value === 'string') {
      readCondaPackage(item, item.value, context);
    } else if (isMap(item)) {
      for (const pair of item.items) {
        const installer = isScalar(pair.key) ? String(pair.key.value) : '';
        if (installer === PIP_INSTALLER) readPipSection(pair.value, context);
        else {
          context.problems.push({
            code: 'DG101',
            message: `the "${quote(installer)}:" packages are not checked: depgate reads the conda packages and the pip: section of environment.yml`,
            source: context.positionOf(pair.key as YamlNode),
            subject: installer,
          });
        }
      }
    } else if (!(isScalar(item) && item.value === null)) {
      context.problems.push({
        code: 'DG100',
        message: 'each dependency must be a conda package spec (numpy=1.26) or a "pip:" list',
        source: context.positionOf(item as YamlNode),
        subject: 'dependencies',
      });
    }
  }
}

/** Reads one conda environment.yml (`file` is its path relative to the working directory). Pure; never throws. */
export function parseEnvironmentYml(text: string, file: string): ManifestResult {
  const context: Context = { file, requirements: [], problems: [], runtime: [], positionOf: () => ({ file, line: 1, column: 1 }) };
  try {
    const lineCounter = new LineCounter();
    const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const positionAt = (offset: number): SourcePosition => {
      const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
      return { file, line, column: col };
    };
    context.positionOf = (node) => (node?.range ? positionAt(node.range[0]) : { file, line: 1, column: 1 });
    for (const error of document.errors) {
      context.problems.push({
        code: 'DG100',
        message: `${file} is not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
        source: positionAt(error.pos[0]),
        subject: file,
      });
    }
    const root = document.contents;
    if (isMap(root)) {
      readDependencies(root.get('dependencies', true), context);
    } else if (root !== null && !(isScalar(root) && root.value === null)) {
      context.problems.push({
        code: 'DG100',
        message: `${file} must be a mapping with a "dependencies:" list, as conda env create expects`,
        source: context.positionOf(root),
        subject: file,
      });
    }
  } catch (error) {
    // Never expected: a bug must not take the rest of the run down with it.
    context.problems.push({ code: 'DG100', message: `${file} could not be read: ${String(error)}`, source: { file, line: 1, column: 1 }, subject: file });
  }
  return { requirements: context.requirements, problems: context.problems, runtime: context.runtime, files: [file] };
}

function quote(text: string): string {
  return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text;
}
