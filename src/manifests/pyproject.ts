// pyproject.toml, read the way the tools that install from it read it:
// - PEP 621 `[project]`: `dependencies`, `optional-dependencies` (extras), `requires-python`;
// - PEP 735 `[dependency-groups]`, with `{include-group = "..."}`;
// - Poetry `[tool.poetry]`: `dependencies`, `group.<name>.dependencies`, the legacy
//   `dev-dependencies`, `extras`, with Poetry's constraint syntax (src/versions/poetry.ts) and
//   table forms, following poetry-core's factory.py (create_dependency,
//   _configure_package_dependencies) and dependency_group.py (how Poetry 2 merges the two);
// - uv `[tool.uv]`: `dev-dependencies` and `sources`;
// - PDM `[tool.pdm.dev-dependencies]`.
// Every requirement points at what declares it: the name inside a PEP 508 string, the key of a
// Poetry dependency, the `{` of one constraint of a Poetry multiple-constraints list.
//
// `parsePyprojectText` is pure; `parsePyprojectToml` only reads the file.
import { readFile } from 'node:fs/promises';
import { pythonRequirementFrom } from './python-requirement.js';
import path from 'node:path';
import { closestMatch } from '../config/closest-match.js';
import { parseTomlWithPositions, type DataPath, type PositionedDocument } from '../formats/toml.js';
import type { PythonRequirement, RuntimeConstraint, SourcePosition, SpecProblem } from '../model.js';
import { parseSpecifierSet } from '../versions/pep440.js';
import { canonicalizeName } from '../versions/pep503.js';
import { parseMarker, parseRequirement, type Marker } from '../versions/pep508.js';
import {
  joinSpecifierAlternatives,
  poetryConstraintToPep440,
  poetryPythonConstraintToMarker,
  specifierAlternatives,
} from '../versions/poetry.js';
import type { ManifestResult } from './index.js';

/** Longest excerpt of a value quoted in a message. */
const MAX_QUOTED_CHARS = 120;

/** How deep `include-group` chains (PEP 735) and Poetry `include-groups` are followed. */
export const MAX_GROUP_INCLUDE_DEPTH = 100;

export async function parsePyprojectToml(file: string, cwd: string): Promise<ManifestResult> {
  const relative = file.split(path.sep).join('/');
  let bytes: Buffer;
  try {
    bytes = await readFile(path.resolve(cwd, file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? `${relative} does not exist in ${cwd}` : `cannot read ${relative}: ${(error as Error).message}`;
    return { requirements: [], problems: [{ code: 'DG100', message, subject: relative }], files: [] };
  }
  let text: string;
  try {
    // TOML 1.0 "A TOML file must be a valid UTF-8 encoded Unicode document."
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      requirements: [],
      problems: [{ code: 'DG100', message: `${relative} is not UTF-8 text; TOML files must be saved as UTF-8`, source: { file: relative, line: 1, column: 1 }, subject: relative }],
      files: [relative],
    };
  }
  return parsePyprojectText(text, relative);
}

export function parsePyprojectText(text: string, file: string): ManifestResult {
  const parsed = parseTomlWithPositions(text);
  if (!parsed.ok) {
    return {
      requirements: [],
      problems: [{ code: 'DG100', message: parsed.error, source: { file, line: parsed.line, column: parsed.column }, subject: file }],
      runtime: [],
      files: [file],
    };
  }
  const reader = new PyprojectReader(text, file, parsed.document);
  return reader.read();
}

// ---------------------------------------------------------------------------------------------

type Table = Record<string, unknown>;

const isTable = (value: unknown): value is Table =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

function describeValue(value: unknown): string {
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number' || typeof value === 'bigint') return 'a number';
  if (typeof value === 'boolean') return `${value}`;
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'an array';
  return 'a table';
}

const quote = (text: string): string => (text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}...` : text);

/** A path as TOML writes it: tool.poetry.dependencies.requests, project.dependencies[2]. */
function dotted(dataPath: DataPath): string {
  return dataPath
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${/^[A-Za-z0-9_-]+$/.test(part) ? part : JSON.stringify(part)}`))
    .join('');
}

/** Both PEP 685 (extras) and PEP 735 (groups) compare names in their PEP 503 form. */
const extraSelector = (name: string): PythonRequirement['selector'] => ({ kind: 'extra', name: canonicalizeName(name) });
const groupSelector = (name: string): PythonRequirement['selector'] => ({ kind: 'group', name: canonicalizeName(name) });

/** A Poetry dependency entry: one requirement per constraint of a multiple-constraints list. */
interface PoetryDependency {
  canonicalName: string;
  /** `optional = true`: installed only through an extra. */
  optional: boolean;
  requirement: PythonRequirement;
  /** Where the entry is declared (its key), for notices about it. */
  path: DataPath;
}

// poetry-core's poetry-schema.json: the keys each dependency table form accepts. `develop` on a
// version dependency and `subdirectory` on a path one are read by factory.py (Poetry 2 uses them
// to enrich [project] dependencies) although older schemas reject them.
const POETRY_KEYS_BY_KIND = {
  version: ['version', 'python', 'platform', 'markers', 'allow-prereleases', 'allows-prereleases', 'optional', 'extras', 'source', 'develop'],
  git: ['git', 'branch', 'tag', 'rev', 'subdirectory', 'python', 'platform', 'markers', 'allow-prereleases', 'allows-prereleases', 'optional', 'extras', 'develop'],
  file: ['file', 'python', 'platform', 'markers', 'optional', 'extras'],
  path: ['path', 'subdirectory', 'python', 'platform', 'markers', 'optional', 'extras', 'develop'],
  url: ['url', 'subdirectory', 'python', 'platform', 'markers', 'optional', 'extras'],
} as const;
type PoetryDependencyKind = keyof typeof POETRY_KEYS_BY_KIND;
const POETRY_DEPENDENCY_KEYS = [...new Set(Object.values(POETRY_KEYS_BY_KIND).flat())];
const POETRY_SOURCE_KEYS = ['git', 'file', 'path', 'url'] as const;
const POETRY_BOOLEAN_KEYS = new Set(['optional', 'develop', 'allow-prereleases', 'allows-prereleases']);
const POETRY_GROUP_KEYS = ['dependencies', 'optional', 'include-groups'];

class PyprojectReader {
  private readonly requirements: PythonRequirement[] = [];
  private readonly problems: SpecProblem[] = [];
  private readonly runtime: RuntimeConstraint[] = [];
  private readonly lineStarts: number[] = [0];
  private readonly root: Table;

  constructor(
    private readonly text: string,
    private readonly file: string,
    private readonly document: PositionedDocument,
  ) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    this.root = isTable(document.value) ? document.value : {};
  }

  read(): ManifestResult {
    const project = this.tableAt(['project']);
    const projectDependencies = project ? this.readPep508Array(['project', 'dependencies'], undefined) : [];
    const optionalDependencies = project ? this.readOptionalDependencies() : [];
    if (project) this.readRequiresPython(project);
    const dependencyGroups = this.readDependencyGroups();

    const poetry = this.tableAt(['tool', 'poetry']);
    const poetryGroups = poetry ? this.readPoetry(poetry, project, projectDependencies, optionalDependencies, dependencyGroups) : new Map<string, PythonRequirement[]>();
    if (!poetry) this.requirements.push(...projectDependencies, ...optionalDependencies);
    for (const [name, requirements] of dependencyGroups) {
      if (!poetryGroups.has(name)) this.requirements.push(...requirements);
    }
    for (const requirements of poetryGroups.values()) this.requirements.push(...requirements);

    const uv = this.tableAt(['tool', 'uv']);
    if (uv && 'dev-dependencies' in uv) this.requirements.push(...this.readPep508Array(['tool', 'uv', 'dev-dependencies'], groupSelector('dev')));
    this.readPdm();
    if (uv) this.applyUvSources();

    return { requirements: this.requirements, problems: this.problems, runtime: this.runtime, files: [this.file] };
  }

  // -------------------------------------------------------------------------------------------
  // Positions and problems

  private at(dataPath: DataPath): SourcePosition {
    for (let length = dataPath.length; length > 0; length--) {
      const position = this.document.positionOf(dataPath.slice(0, length));
      if (position) return { file: this.file, ...position };
    }
    return { file: this.file, line: 1, column: 1 };
  }

  /**
   * Where character `offset` of a string value stands: inside a one-line "..." or '...' string
   * that has no escape before it, the exact column; otherwise the string's opening quote.
   */
  private atInString(dataPath: DataPath, offset: number): SourcePosition {
    let start = this.at(dataPath);
    let index = this.lineStarts[start.line - 1] + start.column - 1;
    if (typeof dataPath[dataPath.length - 1] === 'string') {
      // A table member stands at its key: the string is after `key =` on the same line.
      const value = /^(?:"(?:[^"\\\n]|\\.)*"|'[^'\n]*'|[A-Za-z0-9_-]+)[ \t]*=[ \t]*/.exec(this.text.slice(index, index + 4096));
      if (!value) return start;
      index += value[0].length;
      start = { ...start, column: start.column + value[0].length };
    }
    const quoteChar = this.text[index];
    if ((quoteChar !== '"' && quoteChar !== "'") || this.text.startsWith(quoteChar.repeat(3), index)) return start;
    const before = this.text.slice(index + 1, index + 1 + offset);
    if (before.length < offset || /[\\\r\n]/.test(before) || before.includes(quoteChar)) return start;
    return { ...start, column: start.column + 1 + offset };
  }

  private problem(source: SourcePosition, message: string, subject?: string, code: SpecProblem['code'] = 'DG100'): void {
    const problem: SpecProblem = { code, message, source };
    if (subject !== undefined) problem.subject = subject;
    this.problems.push(problem);
  }

  private valueAt(dataPath: DataPath): unknown {
    let value: unknown = this.root;
    for (const part of dataPath) {
      if (typeof part === 'number') value = Array.isArray(value) ? value[part] : undefined;
      else value = isTable(value) && Object.hasOwn(value, part) ? value[part] : undefined;
    }
    return value;
  }

  /** The table at a path; a DG100 when something else stands there. */
  private tableAt(dataPath: DataPath): Table | undefined {
    const value = this.valueAt(dataPath);
    if (value === undefined) return undefined;
    if (isTable(value)) return value;
    this.problem(this.at(dataPath), `${dotted(dataPath)} must be a table, not ${describeValue(value)}`, dotted(dataPath));
    return undefined;
  }

  // -------------------------------------------------------------------------------------------
  // PEP 508 strings (PEP 621, PEP 735, uv, PDM)

  private readPep508Array(dataPath: DataPath, selector: PythonRequirement['selector']): PythonRequirement[] {
    const value = this.valueAt(dataPath);
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.problem(this.at(dataPath), `${dotted(dataPath)} must be an array of PEP 508 strings like ["requests>=2.31"], not ${describeValue(value)}`, dotted(dataPath));
      return [];
    }
    const requirements: PythonRequirement[] = [];
    value.forEach((item, index) => {
      const requirement = this.readPep508Item([...dataPath, index], item, selector);
      if (requirement) requirements.push(requirement);
    });
    return requirements;
  }

  private readPep508Item(itemPath: DataPath, item: unknown, selector: PythonRequirement['selector']): PythonRequirement | undefined {
    if (typeof item !== 'string') {
      this.problem(this.at(itemPath), `${dotted(itemPath)} must be a PEP 508 string like "requests>=2.31", not ${describeValue(item)}`, dotted(itemPath));
      return undefined;
    }
    const parsed = parseRequirement(item);
    if (!parsed.ok) {
      this.problem(this.atInString(itemPath, parsed.offset), `cannot parse "${quote(item)}" in ${dotted(itemPath.slice(0, -1))}: ${parsed.error}`, item);
      return undefined;
    }
    return pythonRequirementFrom(parsed.requirement, this.atInString(itemPath, parsed.requirement.nameOffset), selector);
  }

  // -------------------------------------------------------------------------------------------
  // PEP 621

  private readOptionalDependencies(): PythonRequirement[] {
    const extras = this.tableAt(['project', 'optional-dependencies']);
    if (!extras) return [];
    return Object.keys(extras).flatMap((extra) => this.readPep508Array(['project', 'optional-dependencies', extra], extraSelector(extra)));
  }

  private readRequiresPython(project: Table): void {
    if (!('requires-python' in project)) return;
    const keyPath = ['project', 'requires-python'];
    const value = project['requires-python'];
    if (typeof value !== 'string') {
      this.problem(this.at(keyPath), `project.requires-python must be a PEP 440 specifier string like ">=3.10", not ${describeValue(value)}`, 'requires-python');
      return;
    }
    const parsed = parseSpecifierSet(value);
    if (!parsed.ok) {
      this.problem(this.at(keyPath), `project.requires-python "${quote(value)}" is not a PEP 440 specifier set: ${parsed.error}`, 'requires-python');
      return;
    }
    if (value.trim() === '') return;
    this.runtime.push({ ecosystem: 'python', specifier: value.trim(), origin: 'requires-python', source: this.at(keyPath) });
  }

  // -------------------------------------------------------------------------------------------
  // PEP 735

  /** Each group's requirements (includes expanded), labelled with the group, by normalized name. */
  private readDependencyGroups(): Map<string, PythonRequirement[]> {
    const result = new Map<string, PythonRequirement[]>();
    const groups = this.tableAt(['dependency-groups']);
    if (!groups) return result;
    // PEP 735: "Tools SHOULD error" when two group names normalize to the same one.
    const byName = new Map<string, string>();
    for (const key of Object.keys(groups)) {
      const normalized = canonicalizeName(key);
      const earlier = byName.get(normalized);
      if (earlier !== undefined) {
        this.problem(this.at(['dependency-groups', key]), `dependency group "${key}" has the same normalized name as "${earlier}" (${normalized}); merge the two`, key);
        continue;
      }
      byName.set(normalized, key);
    }
    const own = new Map<string, PythonRequirement[]>();
    const resolving: string[] = [];
    const resolve = (key: string): PythonRequirement[] => {
      const done = own.get(key);
      if (done) return done;
      resolving.push(key);
      const collected: PythonRequirement[] = [];
      const items = groups[key];
      const groupPath = ['dependency-groups', key];
      if (!Array.isArray(items)) {
        this.problem(this.at(groupPath), `dependency-groups.${key} must be an array of PEP 508 strings and {include-group = "..."} tables, not ${describeValue(items)}`, key);
      } else {
        items.forEach((item, index) => {
          const itemPath = [...groupPath, index];
          if (!isTable(item)) {
            const requirement = this.readPep508Item(itemPath, item, undefined);
            if (requirement) collected.push(requirement);
            return;
          }
          const included = this.readInclude(itemPath, item, byName);
          if (included === undefined) return;
          if (resolving.includes(included)) {
            const cycle = [...resolving.slice(resolving.indexOf(included)), included].join(' → ');
            this.problem(this.at(itemPath), `dependency group "${key}" includes itself (${cycle}); remove one of the include-group entries`, key);
          } else if (resolving.length >= MAX_GROUP_INCLUDE_DEPTH) {
            this.problem(this.at(itemPath), `include-group chains deeper than ${MAX_GROUP_INCLUDE_DEPTH} groups are not followed`, key);
          } else {
            collected.push(...resolve(included));
          }
        });
      }
      resolving.pop();
      own.set(key, collected);
      return collected;
    };
    for (const [normalized, key] of byName) {
      result.set(normalized, resolve(key).map((requirement) => ({ ...requirement, selector: groupSelector(key) })));
    }
    return result;
  }

  /** `{include-group = "name"}`: the key of the included group, or undefined after a problem. */
  private readInclude(itemPath: DataPath, item: Table, byName: Map<string, string>): string | undefined {
    const keys = Object.keys(item);
    const unknown = keys.find((key) => key !== 'include-group');
    if (unknown !== undefined || keys.length === 0) {
      const hint = unknown !== undefined && closestMatch(unknown, ['include-group']) ? ' (did you mean "include-group"?)' : '';
      this.problem(
        this.at(unknown !== undefined ? [...itemPath, unknown] : itemPath),
        `a table in a dependency group may only hold include-group = "<group>"${unknown !== undefined ? `, not "${quote(unknown)}"${hint}` : ''}`,
        unknown,
      );
      return undefined;
    }
    const target = item['include-group'];
    if (typeof target !== 'string') {
      this.problem(this.at([...itemPath, 'include-group']), `include-group must name a dependency group (a string), not ${describeValue(target)}`);
      return undefined;
    }
    const key = byName.get(canonicalizeName(target));
    if (key === undefined) {
      const suggestion = closestMatch(target, [...byName.values()]);
      this.problem(
        this.at([...itemPath, 'include-group']),
        `include-group "${quote(target)}" names no group in [dependency-groups]${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`,
        target,
      );
      return undefined;
    }
    return key;
  }

  // -------------------------------------------------------------------------------------------
  // Poetry

  /**
   * Poetry's main dependencies and groups. Returns the requirements of every group Poetry
   * defines (tool.poetry.group.*, dev-dependencies), by normalized group name; pushes the main
   * ones itself.
   *
   * Poetry 2 (factory.py _configure_package_dependencies, dependency_group.py): once [project]
   * declares `dependencies` or `optional-dependencies`, those are the main dependencies and
   * `tool.poetry.dependencies` only enriches them for locking: an entry with the same name adds
   * its version constraint, markers and origin (git/path/url, develop) to the [project] one, and
   * an entry with another name is ignored (a DG101 notice says so), unless `project.dynamic`
   * lists "dependencies" and [project] has only optional ones, where Poetry takes the
   * non-optional tool.poetry entries as the main dependencies. `python` is read either way: it
   * is the Python range Poetry locks for. The same merge applies to a group declared both in
   * [dependency-groups] and in tool.poetry.group.
   */
  private readPoetry(
    poetry: Table,
    project: Table | undefined,
    projectDependencies: PythonRequirement[],
    optionalDependencies: PythonRequirement[],
    dependencyGroups: Map<string, PythonRequirement[]>,
  ): Map<string, PythonRequirement[]> {
    const main = 'dependencies' in poetry ? this.readPoetryDependencies(['tool', 'poetry', 'dependencies'], undefined, true) : [];
    // factory.py tests the lists as written (`if dependencies or optional_dependencies`), so a
    // [project] whose every entry is broken still switches Poetry to PEP 621 mode.
    const writtenDependencies = project?.dependencies;
    const writtenOptional = project?.['optional-dependencies'];
    const pep621 = (Array.isArray(writtenDependencies) && writtenDependencies.length > 0) || (isTable(writtenOptional) && Object.keys(writtenOptional).length > 0);
    if (pep621) {
      this.requirements.push(...this.enrich([...projectDependencies, ...optionalDependencies], main));
      const dynamic = Array.isArray(project?.dynamic) ? project.dynamic : [];
      const mixedDynamic = dynamic.includes('dependencies') || dynamic.includes('optional-dependencies');
      const declared = new Set([...projectDependencies, ...optionalDependencies].map((requirement) => requirement.canonicalName));
      const noticed = new Set<string>();
      for (const dependency of main) {
        if (declared.has(dependency.canonicalName) || noticed.has(dependency.canonicalName)) continue;
        if (mixedDynamic && projectDependencies.length === 0 && !dependency.optional) {
          this.requirements.push(dependency.requirement);
        } else if (!dependency.optional) {
          noticed.add(dependency.canonicalName);
          this.problem(
            this.at(dependency.path),
            `${dotted(dependency.path)} is not checked: with [project] dependencies, Poetry 2 uses tool.poetry.dependencies only to refine the dependencies [project] names; add it to project.dependencies`,
            dependency.requirement.name,
            'DG101',
          );
        }
      }
    } else {
      this.requirements.push(...this.withPoetryExtras(main));
    }

    const dependenciesByGroup = new Map<string, PoetryDependency[]>();
    const addGroup = (name: string, dependencies: PoetryDependency[]): void => {
      const normalized = canonicalizeName(name);
      dependenciesByGroup.set(normalized, [...(dependenciesByGroup.get(normalized) ?? []), ...dependencies]);
    };
    const poetryGroups = this.tableAt(['tool', 'poetry', 'group']);
    const includes: { group: string; include: unknown; includePath: DataPath }[] = [];
    for (const name of Object.keys(poetryGroups ?? {})) {
      const groupPath = ['tool', 'poetry', 'group', name];
      const group = this.tableAt(groupPath);
      if (!group) continue;
      for (const key of Object.keys(group)) {
        if (POETRY_GROUP_KEYS.includes(key)) continue;
        const suggestion = closestMatch(key, POETRY_GROUP_KEYS);
        this.problem(
          this.at([...groupPath, key]),
          `${dotted([...groupPath, key])} is not a Poetry group setting${suggestion ? ` (did you mean "${suggestion}"?)` : `; use one of ${POETRY_GROUP_KEYS.join(', ')}`}`,
          key,
        );
      }
      addGroup(name, 'dependencies' in group ? this.readPoetryDependencies([...groupPath, 'dependencies'], groupSelector(name), false) : []);
      if ('include-groups' in group) includes.push({ group: name, include: group['include-groups'], includePath: [...groupPath, 'include-groups'] });
    }
    if ('dev-dependencies' in poetry) addGroup('dev', this.readPoetryDependencies(['tool', 'poetry', 'dev-dependencies'], groupSelector('dev'), false));

    const groups = new Map<string, PythonRequirement[]>();
    for (const [name, dependencies] of dependenciesByGroup) {
      const fromPep735 = dependencyGroups.get(name);
      if (!fromPep735) {
        groups.set(name, dependencies.filter((dependency) => !dependency.optional).map((dependency) => dependency.requirement));
        continue;
      }
      groups.set(name, this.enrich(fromPep735, dependencies));
      const declared = new Set(fromPep735.map((requirement) => requirement.canonicalName));
      for (const dependency of dependencies) {
        if (declared.has(dependency.canonicalName) || dependency.optional) continue;
        declared.add(dependency.canonicalName);
        this.problem(
          this.at(dependency.path),
          `${dotted(dependency.path)} is not checked: group "${name}" is also in [dependency-groups], so Poetry uses tool.poetry.group.${name} only to refine what [dependency-groups] names; add it there`,
          dependency.requirement.name,
          'DG101',
        );
      }
    }
    // A group may include [dependency-groups] groups as well as Poetry ones.
    const includable = new Map([...dependencyGroups, ...groups]);
    this.applyPoetryIncludes(groups, includable, includes);
    return groups;
  }

  /** poetry-core 2.2 `include-groups`: a group also installs the groups it includes. */
  private applyPoetryIncludes(
    groups: Map<string, PythonRequirement[]>,
    includable: Map<string, PythonRequirement[]>,
    includes: { group: string; include: unknown; includePath: DataPath }[],
  ): void {
    const edges = new Map<string, string[]>();
    for (const { group, include, includePath } of includes) {
      if (!Array.isArray(include) || include.some((name) => typeof name !== 'string')) {
        this.problem(this.at(includePath), `${dotted(includePath)} must be an array of group names`, group);
        continue;
      }
      const targets: string[] = [];
      include.forEach((name: string, index) => {
        const normalized = canonicalizeName(name);
        if (!includable.has(normalized)) {
          const suggestion = closestMatch(name, [...includable.keys()]);
          this.problem(this.at([...includePath, index]), `group "${group}" includes group "${quote(name)}", which is not defined${suggestion ? ` (did you mean "${suggestion}"?)` : ''}`, name);
        } else if (normalized === canonicalizeName(group)) {
          this.problem(this.at([...includePath, index]), `group "${group}" cannot include itself`, name);
        } else {
          targets.push(normalized);
        }
      });
      edges.set(canonicalizeName(group), targets);
    }
    const own = new Map([...includable].map(([name, requirements]) => [name, [...requirements]]));
    for (const [group] of edges) {
      const seen = new Set<string>([group]);
      const queue = [...(edges.get(group) ?? [])];
      while (queue.length > 0) {
        const next = queue.shift()!;
        if (seen.has(next)) continue;
        seen.add(next);
        const relabelled = (own.get(next) ?? []).map((requirement) => ({ ...requirement, selector: groupSelector(group) }));
        groups.get(group)!.push(...relabelled);
        queue.push(...(edges.get(next) ?? []));
      }
    }
  }

  /**
   * Poetry 2's enrichment (dependency_group.py dependencies_for_locking, _enrich_dependency):
   * each declared requirement with tool.poetry entries of the same name becomes one requirement
   * per entry whose marker can hold together with the declared one (an optional dependency's
   * marker counting `extra == "<its extra>"`), with both version constraints, both markers
   * (only the declared one when it already implies the entry's), and the entry's origin when the
   * declared one has none. When no entry can hold, the declared requirement stays as it is.
   * depgate recognizes a marker that cannot hold only when both are `and`s of == / != tests that
   * contradict each other; other combinations are kept, and checked wherever their marker is true.
   */
  private enrich(declared: PythonRequirement[], poetryDependencies: PoetryDependency[]): PythonRequirement[] {
    const byName = new Map<string, PoetryDependency[]>();
    for (const dependency of poetryDependencies) byName.set(dependency.canonicalName, [...(byName.get(dependency.canonicalName) ?? []), dependency]);
    return declared.flatMap((requirement) => {
      const matches = byName.get(requirement.canonicalName) ?? [];
      const inExtra = requirement.selector?.kind === 'extra' ? `extra == "${requirement.selector.name}"` : undefined;
      const declaredMarker = combineMarkers([requirement.marker, inExtra]);
      const enriched = matches.flatMap(({ requirement: refinement }): PythonRequirement[] => {
        if (markersContradict(declaredMarker, refinement.marker)) return [];
        const result: PythonRequirement = {
          ...requirement,
          specifier: joinSpecifierAlternatives(
            specifierAlternatives(refinement.specifier).map((alternative) => [requirement.specifier, alternative].filter(Boolean).join(',')),
          ),
        };
        const marker = markerImplies(declaredMarker, refinement.marker) ? requirement.marker : combineMarkers([requirement.marker, refinement.marker]);
        if (marker) result.marker = marker;
        else delete result.marker;
        if (requirement.url === undefined && refinement.url !== undefined) {
          result.url = refinement.url;
          result.editable = refinement.editable;
        } else if (requirement.url !== undefined && refinement.editable) {
          result.editable = true;
        }
        return [result];
      });
      return enriched.length > 0 ? enriched : [requirement];
    });
  }

  /**
   * Legacy Poetry extras (factory.py): an `optional = true` dependency is installed only with an
   * extra of `tool.poetry.extras` that lists it; it becomes one requirement per such extra.
   */
  private withPoetryExtras(dependencies: PoetryDependency[]): PythonRequirement[] {
    const extrasByName = new Map<string, string[]>();
    const extras = this.tableAt(['tool', 'poetry', 'extras']);
    const known = new Set(dependencies.map((dependency) => dependency.canonicalName));
    for (const [extra, names] of Object.entries(extras ?? {})) {
      const extraPath = ['tool', 'poetry', 'extras', extra];
      if (!Array.isArray(names)) {
        this.problem(this.at(extraPath), `${dotted(extraPath)} must be an array of dependency names`, extra);
        continue;
      }
      names.forEach((name, index) => {
        if (typeof name !== 'string') {
          this.problem(this.at([...extraPath, index]), `${dotted([...extraPath, index])} must be a dependency name, not ${describeValue(name)}`, extra);
          return;
        }
        // Poetry reads each entry as Dependency(entry, "*"): the name before any version or marker.
        const dependencyName = canonicalizeName(/^\s*([A-Za-z0-9._-]*)/.exec(name)![1]);
        if (!known.has(dependencyName)) {
          this.problem(this.atInString([...extraPath, index], 0), `extra "${extra}" lists "${quote(name)}", which is not in tool.poetry.dependencies; add it there (optional = true) or remove it`, name);
          return;
        }
        extrasByName.set(dependencyName, [...(extrasByName.get(dependencyName) ?? []), extra]);
      });
    }
    return dependencies.flatMap((dependency) => {
      const listedIn = extrasByName.get(dependency.canonicalName) ?? [];
      if (!dependency.optional) return [dependency.requirement];
      return listedIn.map((extra) => ({ ...dependency.requirement, selector: extraSelector(extra) }));
    });
  }

  /** A `tool.poetry...dependencies` table: one PoetryDependency per constraint. */
  private readPoetryDependencies(tablePath: DataPath, selector: PythonRequirement['selector'], isMain: boolean): PoetryDependency[] {
    const table = this.tableAt(tablePath);
    if (!table) return [];
    const dependencies: PoetryDependency[] = [];
    for (const [name, value] of Object.entries(table)) {
      const keyPath = [...tablePath, name];
      if (name.toLowerCase() === 'python') {
        // factory.py: only the main group's python is read, and only as a string.
        if (isMain) this.readPoetryPython(keyPath, value);
        continue;
      }
      const constraints = Array.isArray(value) ? value : [value];
      if (constraints.length === 0) {
        this.problem(this.at(keyPath), `${dotted(keyPath)} is an empty list; give at least one constraint, like "^1.0" or { version = "^1.0", python = ">=3.10" }`, name);
        continue;
      }
      constraints.forEach((constraint, index) => {
        const entryPath = Array.isArray(value) ? [...keyPath, index] : keyPath;
        const dependency = this.readPoetryConstraint(name, entryPath, constraint, selector);
        if (dependency) dependencies.push({ ...dependency, path: keyPath });
      });
    }
    return dependencies;
  }

  private readPoetryPython(keyPath: DataPath, value: unknown): void {
    if (typeof value !== 'string') {
      this.problem(this.at(keyPath), `${dotted(keyPath)} must be a version constraint string like "^3.10", not ${describeValue(value)}`, 'python');
      return;
    }
    const converted = poetryConstraintToPep440(value);
    if (!converted.ok) {
      this.problem(this.at(keyPath), `${dotted(keyPath)}: ${converted.error}`, 'python');
      return;
    }
    const specifier = joinSpecifierAlternatives(converted.alternatives);
    if (specifier !== '') this.runtime.push({ ecosystem: 'python', specifier, origin: "Poetry's python", source: this.at(keyPath) });
  }

  private readPoetryConstraint(
    name: string,
    entryPath: DataPath,
    constraint: unknown,
    selector: PythonRequirement['selector'],
  ): Omit<PoetryDependency, 'path'> | undefined {
    const canonicalName = canonicalizeName(name);
    const named = parseRequirement(name);
    if (!named.ok || named.requirement.name !== name) {
      this.problem(this.at(entryPath), `"${quote(name)}" is not a valid distribution name (letters, digits, '.', '_' and '-', starting and ending with a letter or digit)`, name);
      return undefined;
    }
    const base: PythonRequirement = { ecosystem: 'python', name, canonicalName, extras: [], specifier: '', editable: false, source: this.at(entryPath) };
    if (selector) base.selector = selector;
    if (typeof constraint === 'string') {
      const converted = poetryConstraintToPep440(constraint);
      if (!converted.ok) {
        this.problem(this.at(entryPath), `${dotted(entryPath)}: ${converted.error}`, name);
        return undefined;
      }
      return { canonicalName, optional: false, requirement: { ...base, specifier: joinSpecifierAlternatives(converted.alternatives) } };
    }
    if (!isTable(constraint)) {
      this.problem(
        this.at(entryPath),
        `${dotted(entryPath)} must be a version constraint like "^1.2" or a table like { version = "^1.2", extras = ["x"] }, not ${describeValue(constraint)}`,
        name,
      );
      return undefined;
    }
    return this.readPoetryTable(entryPath, constraint, base);
  }

  private readPoetryTable(entryPath: DataPath, table: Table, base: PythonRequirement): Omit<PoetryDependency, 'path'> | undefined {
    const label = dotted(entryPath);
    let valid = true;
    const fail = (key: string | undefined, message: string): void => {
      valid = false;
      this.problem(this.at(key === undefined ? entryPath : [...entryPath, key]), message, base.name);
    };
    const origins = POETRY_SOURCE_KEYS.filter((key) => key in table);
    if (origins.length > 1) fail(origins[1], `${label} has both ${origins.join(' and ')}; a dependency comes from one place: keep one of them`);
    const kind: PoetryDependencyKind = origins.length > 0 ? origins[0] : 'version';
    const allowed: readonly string[] = POETRY_KEYS_BY_KIND[kind];

    for (const [key, value] of Object.entries(table)) {
      if (!POETRY_DEPENDENCY_KEYS.includes(key as (typeof POETRY_DEPENDENCY_KEYS)[number])) {
        const suggestion = closestMatch(key, POETRY_DEPENDENCY_KEYS);
        fail(key, `${label} has an unknown key "${quote(key)}"${suggestion ? `; did you mean "${suggestion}"?` : `; Poetry knows ${POETRY_DEPENDENCY_KEYS.join(', ')}`}`);
        continue;
      }
      if (!allowed.includes(key) && !POETRY_SOURCE_KEYS.includes(key as (typeof POETRY_SOURCE_KEYS)[number])) {
        const needs = (Object.keys(POETRY_KEYS_BY_KIND) as PoetryDependencyKind[]).filter((other) => other !== 'version' && POETRY_KEYS_BY_KIND[other].includes(key as never));
        fail(
          key,
          kind === 'version'
            ? `${label}: "${key}" applies only to a ${needs.join(' or ')} dependency; add ${needs.map((other) => `${other} = "..."`).join(' or ')}, or remove "${key}"`
            : `${label}: "${key}" does not apply to a ${kind} dependency${key === 'version' ? ' (the version comes from what the ' + kind + ' points at)' : ''}; remove it`,
        );
        continue;
      }
      if (POETRY_BOOLEAN_KEYS.has(key)) {
        if (typeof value !== 'boolean') fail(key, `${label}.${key} must be true or false, not ${describeValue(value)}`);
      } else if (key === 'extras') {
        if (!Array.isArray(value) || value.some((extra) => typeof extra !== 'string')) fail(key, `${label}.extras must be an array of extra names like ["socks"]`);
      } else if (typeof value !== 'string') {
        fail(key, `${label}.${key} must be a string, not ${describeValue(value)}`);
      }
    }
    if (!valid) return undefined;

    const requirement: PythonRequirement = { ...base };
    if (Array.isArray(table.extras) && table.extras.length > 0) {
      const extras = table.extras as string[];
      const parsed = parseRequirement(`${base.name}[${extras.join(',')}]`);
      if (!parsed.ok) {
        fail('extras', `${label}.extras: ${extras.map((extra) => `"${quote(extra)}"`).join(', ')} are not all valid extra names`);
        return undefined;
      }
      requirement.extras = parsed.requirement.extras;
    }
    if (typeof table.version === 'string') {
      const converted = poetryConstraintToPep440(table.version);
      if (!converted.ok) {
        fail('version', `${label}.version: ${converted.error}`);
        return undefined;
      }
      requirement.specifier = joinSpecifierAlternatives(converted.alternatives);
    }

    const markers: (string | undefined)[] = [];
    if (typeof table.markers === 'string' && table.markers.trim() !== '') {
      const parsed = parseMarker(table.markers);
      if (!parsed.ok) {
        valid = false;
        this.problem(this.atInString([...entryPath, 'markers'], parsed.offset), `${label}.markers "${quote(table.markers)}": ${parsed.error}`, base.name);
        return undefined;
      }
      markers.push(parsed.text);
    }
    if (typeof table.python === 'string') {
      const python = poetryPythonConstraintToMarker(table.python);
      if (!python.ok) {
        fail('python', `${label}.python: ${python.error}`);
        return undefined;
      }
      markers.push(python.marker);
    }
    if (typeof table.platform === 'string') {
      const platform = platformMarker(table.platform);
      if (!platform.ok) {
        fail('platform', `${label}.platform: ${platform.error}`);
        return undefined;
      }
      markers.push(platform.marker);
    }
    const marker = combineMarkers(markers);
    if (marker) requirement.marker = marker;

    const develop = table.develop === true;
    if (typeof table.git === 'string') {
      requirement.url = gitUrl(table.git, table);
      requirement.editable = develop;
    } else if (typeof table.path === 'string') {
      const subdirectory = typeof table.subdirectory === 'string' ? `/${table.subdirectory}` : '';
      requirement.url = `${table.path.replace(/\/+$/, '')}${subdirectory}`;
      requirement.editable = develop;
    } else if (typeof table.file === 'string') {
      requirement.url = table.file;
    } else if (typeof table.url === 'string') {
      requirement.url = typeof table.subdirectory === 'string' ? `${table.url}#subdirectory=${table.subdirectory}` : table.url;
    }
    return { canonicalName: base.canonicalName, optional: table.optional === true, requirement };
  }

  // -------------------------------------------------------------------------------------------
  // uv and PDM

  /**
   * uv's `tool.uv.sources` (docs.astral.sh/uv/concepts/projects/dependencies): a git, url or
   * path source says where a dependency is installed from, so the requirement gets that `url`
   * (and `editable` for `editable = true`). A list of sources chosen by marker, and `index` or
   * `workspace` sources, name no single location and leave the requirement as declared.
   */
  private applyUvSources(): void {
    const sources = this.tableAt(['tool', 'uv', 'sources']);
    if (!sources) return;
    const urls = new Map<string, { url: string; editable: boolean }>();
    for (const [name, source] of Object.entries(sources)) {
      if (!isTable(source)) continue;
      let url: string | undefined;
      if (typeof source.git === 'string') url = gitUrl(source.git, source);
      else if (typeof source.url === 'string') url = typeof source.subdirectory === 'string' ? `${source.url}#subdirectory=${source.subdirectory}` : source.url;
      else if (typeof source.path === 'string') url = source.path;
      if (url !== undefined) urls.set(canonicalizeName(name), { url, editable: source.editable === true });
    }
    for (const requirement of this.requirements) {
      const source = urls.get(requirement.canonicalName);
      if (!source || requirement.url !== undefined) continue;
      requirement.url = source.url;
      requirement.editable = source.editable;
    }
  }

  /** PDM's `[tool.pdm.dev-dependencies]`: groups of PEP 508 strings and `-e <path or VCS URL>` lines. */
  private readPdm(): void {
    const groups = this.tableAt(['tool', 'pdm', 'dev-dependencies']);
    for (const group of Object.keys(groups ?? {})) {
      const groupPath = ['tool', 'pdm', 'dev-dependencies', group];
      const items = this.valueAt(groupPath);
      if (!Array.isArray(items)) {
        this.problem(this.at(groupPath), `${dotted(groupPath)} must be an array of requirement strings`, group);
        continue;
      }
      items.forEach((item, index) => {
        const itemPath = [...groupPath, index];
        const editable = typeof item === 'string' ? /^\s*-e\s+(.*)$/s.exec(item) : null;
        const requirement = editable ? this.readPdmEditable(itemPath, item as string, editable[1].trim()) : this.readPep508Item(itemPath, item, groupSelector(group));
        if (requirement) this.requirements.push({ ...requirement, selector: groupSelector(group) });
      });
    }
  }

  private readPdmEditable(itemPath: DataPath, item: string, target: string): PythonRequirement | undefined {
    // PDM writes local projects as file:///${PROJECT_ROOT}/<path>: relative to pyproject.toml.
    const located = target.replace(/file:\/\/\/?\$\{PROJECT_ROOT\}\/?/, './');
    const named = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*@\s*(.+)$/.exec(located);
    if (named) {
      const parsed = parseRequirement(`${named[1]}${named[2] ?? ''} @ ${named[3].startsWith('./') ? 'file:' + named[3] : named[3]}`);
      if (!parsed.ok) {
        this.problem(this.atInString(itemPath, 0), `cannot parse "${quote(item)}": ${parsed.error}`, item);
        return undefined;
      }
      const { name, canonicalName, extras } = parsed.requirement;
      return { ecosystem: 'python', name, canonicalName, extras, specifier: '', url: named[3], editable: true, source: this.atInString(itemPath, item.indexOf(named[1])) };
    }
    const egg = /#(?:.*&)?egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(located)?.[1];
    return {
      ecosystem: 'python',
      name: egg ?? '',
      canonicalName: egg ? canonicalizeName(egg) : '',
      extras: [],
      specifier: '',
      url: located,
      editable: true,
      source: this.atInString(itemPath, item.indexOf(target)),
    };
  }
}

/** `git+<url>@<rev>#subdirectory=<dir>`, the form pip and PEP 610 use for a Poetry or uv git source. */
function gitUrl(repository: string, table: Table): string {
  const scp = /^([\w.-]+@[\w.-]+):(?!\/\/)(.+)$/.exec(repository);
  let url = repository.startsWith('git+') ? repository : scp ? `git+ssh://${scp[1]}/${scp[2]}` : `git+${repository}`;
  const reference = [table.rev, table.tag, table.branch].find((value): value is string => typeof value === 'string');
  if (reference) url += `@${reference}`;
  if (typeof table.subdirectory === 'string') url += `#subdirectory=${table.subdirectory}`;
  return url;
}

/** Markers that must all hold, each parenthesised when it has an `or` of its own. */
function combineMarkers(markers: (string | undefined)[]): string | undefined {
  const present = [...new Set(markers.filter((marker): marker is string => marker !== undefined && marker.trim() !== ''))];
  if (present.length === 0) return undefined;
  const combined = present.map((marker) => (/\bor\b/.test(marker) ? `(${marker})` : marker)).join(' and ');
  const parsed = parseMarker(combined);
  return parsed.ok ? parsed.text : combined;
}

/**
 * Poetry's legacy `platform = "linux"` (factory.py: create_nested_marker("sys_platform", ...)):
 * `||` separates alternatives, `!=` negates.
 */
function platformMarker(text: string): { ok: true; marker: string } | { ok: false; error: string } {
  const alternatives = text.split(/\s*\|\|?\s*/).map((alternative) => alternative.trim());
  const parts: string[] = [];
  for (const alternative of alternatives) {
    const match = /^(==|!=)?\s*([A-Za-z0-9_.-]+)$/.exec(alternative);
    if (!match) return { ok: false, error: `"${quote(text)}" is not a platform like "linux", "darwin" or "win32" (alternatives separated by ||)` };
    parts.push(`sys_platform ${match[1] ?? '=='} "${match[2]}"`);
  }
  return { ok: true, marker: parts.join(' or ') };
}

/**
 * The `==` / `!=` tests a marker is an `and` of, as [variable, operator, value]; null when it is
 * anything else (an `or`, an ordering, a variable on both sides), which depgate does not reason about.
 */
function equalityTests(marker: string | undefined): [string, '==' | '!=', string][] | null {
  if (marker === undefined) return [];
  const parsed = parseMarker(marker);
  if (!parsed.ok) return null;
  const tests: [string, '==' | '!=', string][] = [];
  const collect = (tree: Marker): boolean =>
    tree.joins.every((join) => join === 'and') &&
    tree.terms.every((term) => {
      if (term.kind === 'marker') return collect(term);
      if (term.operator !== '==' && term.operator !== '!=') return false;
      const [variable, literal] = term.left.kind === 'variable' ? [term.left, term.right] : [term.right, term.left];
      if (variable.kind !== 'variable' || literal.kind !== 'literal') return false;
      const value = variable.name === 'extra' ? canonicalizeName(literal.value) : literal.value;
      tests.push([variable.name, term.operator, value]);
      return true;
    });
  return collect(parsed.marker) ? tests : null;
}

/** Whether two markers can never both hold, as far as their == / != tests show. */
function markersContradict(a: string | undefined, b: string | undefined): boolean {
  const left = equalityTests(a);
  const right = equalityTests(b);
  if (!left || !right) return false;
  return left.some(([variable, operator, value]) =>
    right.some(
      ([otherVariable, otherOperator, otherValue]) =>
        variable === otherVariable && (operator === otherOperator ? operator === '==' && value !== otherValue : value === otherValue),
    ),
  );
}

/** Whether every test of `b` is also a test of `a` (so `a` implies `b`). */
function markerImplies(a: string | undefined, b: string | undefined): boolean {
  const left = equalityTests(a);
  const right = equalityTests(b);
  if (!left || !right) return false;
  return right.every(([variable, operator, value]) => left.some((test) => test[0] === variable && test[1] === operator && test[2] === value));
}
