// package.json, read the way npm reads it: which sections declare what (arborist's Node#loadDeps),
// what each spec means (npm-package-arg), the constraints on node and the package manager
// (`engines`, `packageManager`, `volta`), and the workspace globs (@npmcli/map-workspaces).
// Every requirement and constraint keeps the line and column of its key, so a finding lands on
// the text to change. Parsing is pure; `expandWorkspaces` is the only I/O, and it only lists
// directories.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import npa from 'npm-package-arg';
import semver from 'semver';
import { parseJsonWithPositions, type DataPath } from '../formats/json.js';
import type { NodeRequirement, RuntimeConstraint, SourcePosition, SpecProblem } from '../model.js';
import { validEngineRange, validNpmRange } from '../versions/npm.js';
import { MAX_QUOTED_LINE_CHARS } from './requirements-txt.js';

/** What one package.json declares. (The shape of ManifestResult, with Node requirements.) */
export interface PackageJsonResult {
  requirements: NodeRequirement[];
  problems: SpecProblem[];
  runtime: RuntimeConstraint[];
  files: string[];
}

export interface PackageJsonOptions {
  /** Also read devDependencies (npm installs them unless --omit=dev / NODE_ENV=production). */
  dev?: boolean;
}

type DependencyType = NodeRequirement['dependencyType'];

// arborist's Node#loadDeps creates the edges in this order, and a later section's edge replaces
// an earlier one of the same name: dependencies beat peerDependencies, optionalDependencies beat
// dependencies (npm docs, package.json: "Entries in optionalDependencies will override entries of
// the same name in dependencies"), and devDependencies, when loaded, beat all three.
const SECTIONS_IN_LOAD_ORDER: readonly DependencyType[] = ['peerDependencies', 'dependencies', 'optionalDependencies', 'devDependencies'];

// Protocols other package managers define and npm-package-arg refuses (EUNSUPPORTEDPROTOCOL).
// Each still names a package that must be installed under its key, so it is checked for presence.
// pnpm: workspace:, link:, catalog:, jsr:. Yarn Berry: workspace:, link:, portal:, patch:, exec:.
const FOREIGN_PROTOCOLS: Record<string, string> = {
  'link:': 'directory',
  'portal:': 'directory',
  'catalog:': 'catalog',
  'jsr:': 'jsr',
  'patch:': 'patch',
  'exec:': 'exec',
};

// The package managers corepack manages (its `packageManager` field), and volta pins.
const PACKAGE_MANAGERS = ['npm', 'pnpm', 'yarn'] as const;
const VOLTA_TOOLS = ['node', 'npm', 'pnpm', 'yarn'] as const;

export function parsePackageJson(text: string, file: string, options: PackageJsonOptions = {}): PackageJsonResult {
  const result: PackageJsonResult = { requirements: [], problems: [], runtime: [], files: [file] };
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) {
    result.problems.push({
      code: 'DG100',
      message: `${file} is not valid JSON: ${parsed.error} (npm cannot read it either)`,
      source: { file, line: parsed.line, column: parsed.column },
      subject: file,
    });
    return result;
  }
  const { document } = parsed;
  const at = (dataPath: DataPath): SourcePosition => ({ file, ...(document.positionOf(dataPath) ?? { line: 1, column: 1 }) });
  const problem = (dataPath: DataPath, message: string, subject: string, code: SpecProblem['code'] = 'DG100'): void => {
    result.problems.push({ code, message, source: at(dataPath), subject });
  };
  const manifest = document.value;
  if (!isObject(manifest)) {
    problem([], `${file} must hold a JSON object ({ "dependencies": { ... } }), not ${describeJson(manifest)}`, file);
    return result;
  }

  const packageDir = packageDirOf(file);
  const byName = new Map<string, NodeRequirement>();
  const peerMeta = isObject(manifest.peerDependenciesMeta) ? manifest.peerDependenciesMeta : {};
  for (const dependencyType of SECTIONS_IN_LOAD_ORDER) {
    if (dependencyType === 'devDependencies' && !options.dev) continue;
    const section = manifest[dependencyType];
    if (section === undefined) continue;
    if (!isObject(section)) {
      problem([dependencyType], `"${dependencyType}" must be an object mapping package names to specs ({ "express": "^4.18.2" }), not ${describeJson(section)}`, dependencyType);
      continue;
    }
    for (const [name, spec] of Object.entries(section)) {
      const keyPath = [dependencyType, name];
      if (typeof spec !== 'string') {
        byName.delete(name);
        problem(keyPath, `"${quote(name)}" in ${dependencyType} must have a string spec such as "^1.2.3", not ${describeJson(spec)}`, name);
        continue;
      }
      const reading = readSpec(name, spec, packageDir);
      if ('error' in reading) {
        // arborist still replaces the earlier edge with this unusable one: nothing valid remains.
        byName.delete(name);
        problem(keyPath, `"${quote(name)}": "${quote(spec)}" in ${dependencyType} is not a usable spec: ${reading.error}`, name);
        continue;
      }
      // arborist tests `peerDependenciesMeta[name]?.optional` for truth.
      const metaOptional = dependencyType === 'peerDependencies' && isObject(peerMeta[name]) && Boolean(peerMeta[name].optional);
      byName.delete(name);
      byName.set(name, {
        ecosystem: 'node',
        name,
        ...(reading.aliasOf !== undefined ? { aliasOf: reading.aliasOf } : {}),
        range: reading.range,
        spec,
        specType: reading.specType,
        dependencyType,
        optional: dependencyType === 'optionalDependencies' || metaOptional,
        packageDir,
        source: at(keyPath),
      });
    }
  }
  result.requirements = [...byName.values()].sort(byPosition);

  readEngines(manifest, at, problem, result.runtime);
  readPackageManager(manifest, at, problem, result.runtime);
  readVolta(manifest, at, problem, result.runtime);
  result.runtime.sort(byPosition);
  result.problems.sort((a, b) => (a.source && b.source ? byPosition({ source: a.source }, { source: b.source }) : 0));
  return result;
}

type SpecReading = { range: string; specType: string; aliasOf?: string } | { error: string };

/** What a dependency spec means: the range to check ('' = presence only) and npa's type. */
function readSpec(name: string, spec: string, packageDir: string): SpecReading {
  const lower = spec.trimStart().toLowerCase();
  if (lower.startsWith('workspace:')) return readWorkspaceSpec(spec.trimStart().slice('workspace:'.length));
  for (const [protocol, specType] of Object.entries(FOREIGN_PROTOCOLS)) {
    if (lower.startsWith(protocol)) return { range: '', specType };
  }
  let result: npa.Result;
  try {
    result = npa.resolve(name, spec, packageDir || '.');
  } catch (error) {
    return { error: npaErrorMessage(error, spec) };
  }
  switch (result.type) {
    case 'range':
    case 'version':
      return rangeReading(spec, result.type);
    case 'tag':
      return tagReading(spec);
    case 'alias': {
      const sub = (result as npa.AliasResult).subSpec;
      const aliasOf = sub.name ?? '';
      if (sub.type === 'range' || sub.type === 'version') {
        const reading = rangeReading(sub.rawSpec, 'alias');
        return 'error' in reading ? reading : { ...reading, aliasOf };
      }
      if (sub.type === 'tag') {
        const reading = tagReading(sub.rawSpec);
        return 'error' in reading ? reading : { range: '', specType: 'alias', aliasOf };
      }
      return { error: `an npm: alias must name a registry package and a range or tag (npm:real-name@^2), not a ${sub.type} spec` };
    }
    case 'git': {
      // `#semver:<range>` picks a tag by range; arborist checks the installed version against it.
      const gitRange = result.gitRange ?? '';
      if (gitRange === '') return { range: '', specType: 'git' };
      const validity = validNpmRange(gitRange);
      return validity.ok ? { range: gitRange, specType: 'git' } : { error: `its #semver: part is unusable: ${validity.error}` };
    }
    default:
      // file (a tarball), directory (a link), remote (a tarball URL): presence only.
      return { range: '', specType: result.type };
  }
}

function rangeReading(range: string, specType: string): SpecReading {
  const validity = validNpmRange(range);
  return validity.ok ? { range, specType } : { error: validity.error };
}

// npm dist-tag refuses tags that are valid ranges, and its docs ask that tags not start with a
// digit or "v" so they cannot be mistaken for versions: such a "tag" is a mistyped version.
const VERSION_LIKE = /^(?:[~^=<>]|v?\d)/i;

function tagReading(tag: string): SpecReading {
  const trimmed = tag.trim();
  if (VERSION_LIKE.test(trimmed)) {
    return { error: `'${quote(trimmed)}' is not a node-semver version or range, so npm would look for a dist-tag of that name; write a version or range such as ^1.2.3` };
  }
  return { range: '', specType: 'tag' };
}

// pnpm and Yarn Berry: `workspace:*`, `workspace:^`, `workspace:~` take whatever version the
// workspace package has; `workspace:^1.5.0` must match it ("installation will fail" otherwise,
// pnpm.io/workspaces); `workspace:real@*` is an alias; `workspace:../foo` a relative path.
function readWorkspaceSpec(rest: string): SpecReading {
  const value = rest.trim();
  if (['', '*', '^', '~'].includes(value) || /^[./]/.test(value)) return { range: '', specType: 'workspace' };
  const alias = /^(@[^@/]+\/[^@]+|[^@]+)@(.*)$/.exec(value);
  if (alias) {
    const inner = readWorkspaceSpec(alias[2]);
    return 'error' in inner ? inner : { ...inner, aliasOf: alias[1] };
  }
  const reading = rangeReading(value, 'workspace');
  return 'error' in reading ? { error: `workspace: takes *, ^, ~, a range, name@range or a relative path: ${reading.error}` } : reading;
}

function npaErrorMessage(error: unknown, spec: string): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'EINVALIDTAGNAME') {
    return VERSION_LIKE.test(spec.trim()) ? validNpmRangeMessage(spec.trim()) : `'${quote(spec.trim())}' is neither a node-semver range nor a valid dist-tag`;
  }
  if (code === 'EUNSUPPORTEDPROTOCOL') {
    const protocol = /^[a-z][a-z0-9+.-]*:/i.exec(spec.trim())?.[0] ?? spec;
    return `npm does not know the protocol '${quote(protocol)}' (it reads ranges, dist-tags, npm:, file:, git URLs, github: and tarball URLs)`;
  }
  return quote(message);
}

function validNpmRangeMessage(range: string): string {
  const validity = validNpmRange(range);
  return validity.ok ? `'${quote(range)}' is not a valid spec` : validity.error;
}

type At = (dataPath: DataPath) => SourcePosition;
type Report = (dataPath: DataPath, message: string, subject: string, code?: SpecProblem['code']) => void;

/** `engines.node` and `engines.npm`: what npm-install-checks' checkEngine compares. */
function readEngines(manifest: Record<string, unknown>, at: At, problem: Report, runtime: RuntimeConstraint[]): void {
  const { engines } = manifest;
  if (engines === undefined) return;
  if (!isObject(engines)) {
    problem(['engines'], `"engines" must be an object such as { "node": ">=20" }, not ${describeJson(engines)}`, 'engines');
    return;
  }
  for (const tool of ['node', 'npm'] as const) {
    const value = engines[tool];
    if (value === undefined) continue;
    const origin = `engines.${tool}`;
    if (typeof value !== 'string') {
      problem(['engines', tool], `${origin} must be a string range such as ">=20", not ${describeJson(value)}`, origin);
      continue;
    }
    const validity = validEngineRange(value);
    if (!validity.ok) {
      problem(['engines', tool], `${origin} "${quote(value)}" cannot be checked (npm would refuse every version): ${validity.error}`, origin);
      continue;
    }
    runtime.push({ ecosystem: 'node', runtime: tool, specifier: value, origin, source: at(['engines', tool]) });
  }
}

/** corepack's `packageManager`: `<npm|pnpm|yarn>@<exact version>[+<hash>]`. */
function readPackageManager(manifest: Record<string, unknown>, at: At, problem: Report, runtime: RuntimeConstraint[]): void {
  const value = manifest.packageManager;
  if (value === undefined) return;
  const where = ['packageManager'];
  if (typeof value !== 'string') {
    problem(where, `"packageManager" must be a string such as "pnpm@9.1.0", not ${describeJson(value)}`, 'packageManager');
    return;
  }
  const match = /^(@?[^@]+)@(.+)$/.exec(value.trim());
  if (!match) {
    problem(where, `"packageManager": "${quote(value)}" must be <name>@<version>, such as "pnpm@9.1.0" (corepack refuses it)`, 'packageManager');
    return;
  }
  const [, name, reference] = match;
  if (!(PACKAGE_MANAGERS as readonly string[]).includes(name)) {
    problem(where, `"packageManager": "${quote(value)}" names ${quote(name)}; depgate checks npm, pnpm and yarn only, so it is not checked`, 'packageManager', 'DG101');
    return;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) {
    problem(where, `"packageManager": "${quote(value)}" points at a URL, so the ${name} version it installs is not known offline and is not checked`, 'packageManager', 'DG101');
    return;
  }
  // corepack requires semver.valid(): an exact version, whose build metadata (+sha512.…) is the hash.
  const version = semver.valid(reference);
  if (version === null) {
    problem(where, `"packageManager": "${quote(value)}" needs an exact version such as ${name}@9.1.0 (corepack refuses ranges and tags)`, 'packageManager');
    return;
  }
  runtime.push({ ecosystem: 'node', runtime: name as RuntimeConstraint['runtime'], specifier: version.replace(/\+.*$/, ''), origin: 'packageManager', source: at(where) });
}

/** volta pins (`volta pin node@20` writes "node": "20.11.0"): exact versions. */
function readVolta(manifest: Record<string, unknown>, at: At, problem: Report, runtime: RuntimeConstraint[]): void {
  const { volta } = manifest;
  if (volta === undefined) return;
  if (!isObject(volta)) {
    problem(['volta'], `"volta" must be an object such as { "node": "20.11.0" }, not ${describeJson(volta)}`, 'volta');
    return;
  }
  for (const tool of VOLTA_TOOLS) {
    const value = volta[tool];
    if (value === undefined) continue;
    const origin = `volta.${tool}`;
    const version = typeof value === 'string' ? semver.valid(value.trim()) : null;
    if (version === null) {
      problem(['volta', tool], `${origin} must be an exact version such as "20.11.0" (what \`volta pin ${tool}@20\` writes), not ${typeof value === 'string' ? `"${quote(value)}"` : describeJson(value)}`, origin);
      continue;
    }
    runtime.push({ ecosystem: 'node', runtime: tool, specifier: version, origin, source: at(['volta', tool]) });
  }
  if (volta.extends !== undefined) {
    problem(['volta', 'extends'], `volta.extends is not followed: the pins of the file it names are checked only where that file is a manifest depgate reads`, 'volta.extends', 'DG101');
  }
}

/**
 * The workspace globs of a root package.json: `workspaces` (npm, Yarn) or `workspaces.packages`
 * (Yarn classic's object form), as @npmcli/map-workspaces reads them. [] when there are none or
 * the file does not parse (parsePackageJson reports that).
 */
export function workspacePatterns(text: string): string[] {
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok || !isObject(parsed.document.value)) return [];
  const { workspaces } = parsed.document.value;
  const list = isObject(workspaces) ? workspaces.packages : workspaces;
  return Array.isArray(list) ? list.filter((pattern): pattern is string => typeof pattern === 'string') : [];
}

/** Directories `expandWorkspaces` looks into at most: a glob like `**` over a huge tree stops here. */
export const MAX_WORKSPACE_SCAN_DIRS = 10_000;
/** How deep `**` descends below where it starts. */
export const MAX_WORKSPACE_GLOB_DEPTH = 16;

/**
 * The workspace directories (relative to `root`, with '/') that the patterns select and that hold
 * a package.json, in @npmcli/map-workspaces' order: pattern by pattern, each pattern's matches
 * sorted. Globs follow minimatch as npm uses it: `*` and `?` within one path segment, `**` for
 * zero or more segments, `{a,b}` alternatives; dot-directories and node_modules are never matched;
 * `!pattern` excludes (an odd number of `!`), and a later positive pattern that the exclusion
 * matches lifts it.
 */
export async function expandWorkspaces(root: string, patterns: string[]): Promise<string[]> {
  const positives: string[] = [];
  let negations: string[] = [];
  for (const raw of patterns) {
    const bangs = /^!*/.exec(raw)![0].length;
    const pattern = raw.slice(bangs).replace(/^\.?\/+/, '').replace(/\\/g, '/').replace(/\/+$/, '');
    if (pattern === '') continue;
    if (bangs % 2 === 1) {
      negations.push(pattern);
    } else {
      negations = negations.filter((negation) => !globMatches(negation, pattern));
      positives.push(pattern);
    }
  }
  const budget = { dirs: MAX_WORKSPACE_SCAN_DIRS };
  const found: string[] = [];
  const seen = new Set<string>();
  for (const pattern of positives) {
    const matches = new Set<string>();
    for (const expanded of expandBraces(pattern)) {
      for (const dir of await walkGlob(root, '', expanded.split('/'), 0, budget)) matches.add(dir);
    }
    const sorted = [...matches].sort((a, b) => a.localeCompare(b, 'en'));
    for (const dir of sorted) {
      if (seen.has(dir) || negations.some((negation) => globMatches(negation, dir))) continue;
      if (!(await isFile(path.join(root, dir, 'package.json')))) continue;
      seen.add(dir);
      found.push(dir);
    }
  }
  return found;
}

/** Directories under `root` matching the remaining glob segments from `dir`. */
async function walkGlob(root: string, dir: string, segments: string[], depth: number, budget: { dirs: number }): Promise<string[]> {
  if (segments.length === 0) return [dir];
  const [segment, ...rest] = segments;
  if (segment === '**') {
    if (depth > MAX_WORKSPACE_GLOB_DEPTH) return [];
    // Zero segments (glob's `a/**/` matches `a/` itself), then one more level.
    // glob (follow: false) matches a symlinked directory but does not crawl into it for `**`,
    // which also keeps a symlink cycle from being walked.
    const here = await walkGlob(root, dir, rest, depth, budget);
    const deeper: string[] = [];
    for (const child of await childDirectories(root, dir, budget)) {
      const next = child.symlink ? rest : segments;
      if (child.symlink && rest.length > 0) continue;
      deeper.push(...(await walkGlob(root, join(dir, child.name), next, depth + 1, budget)));
    }
    return [...here, ...deeper];
  }
  if (segment === '.') return walkGlob(root, dir, rest, depth, budget);
  if (!/[*?[]/.test(segment)) {
    if (segment === '..' || segment === 'node_modules') return [];
    return (await isDirectory(path.join(root, dir, segment))) ? walkGlob(root, join(dir, segment), rest, depth, budget) : [];
  }
  const matcher = segmentMatcher(segment);
  const results: string[] = [];
  for (const child of await childDirectories(root, dir, budget)) {
    if (matcher.test(child.name)) results.push(...(await walkGlob(root, join(dir, child.name), rest, depth, budget)));
  }
  return results;
}

interface ChildDirectory {
  name: string;
  symlink: boolean;
}

async function childDirectories(root: string, dir: string, budget: { dirs: number }): Promise<ChildDirectory[]> {
  if (budget.dirs <= 0) return [];
  budget.dirs--;
  try {
    const entries = await readdir(path.join(root, dir), { withFileTypes: true });
    const children: ChildDirectory[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (entry.isDirectory()) children.push({ name: entry.name, symlink: false });
      // glob's `*` matches a symlinked directory too.
      else if (entry.isSymbolicLink() && (await isDirectory(path.join(root, dir, entry.name)))) children.push({ name: entry.name, symlink: true });
    }
    return children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch {
    return [];
  }
}

function join(dir: string, child: string): string {
  return dir === '' ? child : `${dir}/${child}`;
}

/** Whether a relative path matches a whole glob (for negations and for lifting them). */
function globMatches(glob: string, candidate: string): boolean {
  const parts = candidate.split('/').filter((part) => part !== '' && part !== '.');
  return expandBraces(glob.replace(/^\.?\/+/, '').replace(/\/+$/, '')).some((expanded) => matchSegments(expanded.split('/'), parts));
}

function matchSegments(globs: string[], parts: string[]): boolean {
  if (globs.length === 0) return parts.length === 0;
  const [glob, ...rest] = globs;
  if (glob === '**') {
    for (let skip = 0; skip <= parts.length; skip++) {
      if (skip > 0 && parts[skip - 1].startsWith('.')) break;
      if (matchSegments(rest, parts.slice(skip))) return true;
    }
    return false;
  }
  return parts.length > 0 && segmentMatcher(glob).test(parts[0]) && matchSegments(rest, parts.slice(1));
}

function segmentMatcher(segment: string): RegExp {
  let source = '';
  for (let i = 0; i < segment.length; i++) {
    const char = segment[i];
    if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else if (char === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) source += '\\[';
      else {
        const body = segment.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        source += `[${body}]`;
        i = close;
      }
    } else source += char.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  // minimatch without { dot: true }: a wildcard never matches a leading dot.
  return new RegExp(segment.startsWith('.') ? `^${source}$` : `^(?!\\.)${source}$`);
}

/** `{a,b}` alternatives, expanded the way minimatch's brace expansion does (not nested ranges). */
function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open === -1) return [pattern];
  let depth = 0;
  for (let i = open; i < pattern.length; i++) {
    if (pattern[i] === '{') depth++;
    else if (pattern[i] === '}' && --depth === 0) {
      const options = splitTopLevel(pattern.slice(open + 1, i));
      if (options.length < 2) return [pattern];
      const suffixes = expandBraces(pattern.slice(i + 1));
      return options.flatMap((option) => expandBraces(pattern.slice(0, open) + option).flatMap((head) => suffixes.map((tail) => head + tail)));
    }
  }
  return [pattern];
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

async function isDirectory(target: string): Promise<boolean> {
  try {
    return (await stat(target)).isDirectory();
  } catch {
    return false;
  }
}

async function isFile(target: string): Promise<boolean> {
  try {
    return (await stat(target)).isFile();
  } catch {
    return false;
  }
}

function packageDirOf(file: string): string {
  const dir = path.posix.dirname(file.replace(/\\/g, '/'));
  return dir === '.' ? '' : dir;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeJson(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string "${quote(value)}"`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value === 'number' ? 'the number' : 'the value'} ${String(value)}`;
}

function quote(text: string): string {
  return text.length <= MAX_QUOTED_LINE_CHARS ? text : `${text.slice(0, MAX_QUOTED_LINE_CHARS)}…`;
}

function byPosition(a: { source: SourcePosition }, b: { source: SourcePosition }): number {
  return a.source.line - b.source.line || a.source.column - b.source.column;
}
