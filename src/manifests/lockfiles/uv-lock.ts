// uv.lock, as uv writes it (crates/uv-resolver/src/lock/mod.rs; "version = 1", revisions 1-3): a
// universal lock. One `[[package]]` per resolved distribution version, each with `name`,
// `version`, `source` and the edges it installs: `dependencies`, `optional-dependencies` (per
// extra) and, on a workspace member, `dev-dependencies` (per PEP 735 group). A package has no
// marker of its own: the markers sit on the edges, and `uv sync` installs what it reaches from
// the workspace members by following the edges whose markers hold (lock/installable.rs,
// `to_resolution`). So the marker of a pin is the disjunction, over every path from a member, of
// the conjunction of the edge markers on that path; a package the selected groups and extras
// cannot reach is not installed and not pinned. A package resolved to different versions in
// different forks (`resolution-markers`) is several `[[package]]` entries, and the edges to it
// name the version and carry the fork's marker.
import type { LockPin, SpecProblem } from '../../model.js';
import type { PositionedDocument } from '../../formats/toml.js';
import { canonicalizeName } from '../../versions/pep503.js';
import {
  allOfMarkers,
  anyOfMarkers,
  isTable,
  type LockfileOptions,
  type LockfileResult,
  lockfileProblem,
  lockfileResult,
  makePin,
  positionIn,
  readSafely,
  readTomlLockfile,
  selectedNames,
  stringArray,
} from './lock-pins.js';

const REGENERATE = 'uv lock';

/**
 * Distinct alternative paths kept per package while following the edges. Past this many, the
 * package counts as installed everywhere: the marker stays readable, and erring that way checks
 * a pin where it may not apply rather than skipping one where it does.
 */
export const MAX_MARKER_ALTERNATIVES = 16;

// Sources that are the project's own working copy (uv's `Source::Editable`/`Source::Virtual`):
// installed from the checkout, so whatever version it declares is by definition current.
const WORKING_COPY_SOURCES = ['editable', 'virtual'];
// Sources that may lack `version`: uv omits it for a source tree whose version is dynamic.
const SOURCE_TREE_SOURCES = ['editable', 'virtual', 'directory'];

interface UvEdge {
  canonicalName: string;
  version?: string;
  /** JSON of the `source` table, to tell apart two entries at one version from two sources. */
  source?: string;
  marker?: string;
  extras: string[];
}

interface UvPackage {
  index: number;
  name: string;
  canonicalName: string;
  version?: string;
  source?: Record<string, unknown>;
  resolutionMarkers: string[];
  dependencies: UvEdge[];
  optionalDependencies: Map<string, UvEdge[]>;
  devDependencies: Map<string, UvEdge[]>;
}

/** A conjunction of markers (the edges of one path); [] is "always". */
type Path = string[];

export function parseUvLock(text: string, file: string, options: LockfileOptions = {}): LockfileResult {
  return readSafely(file, REGENERATE, () => readUvLock(text, file, options));
}

function readUvLock(text: string, file: string, options: LockfileOptions): LockfileResult {
  const read = readTomlLockfile(text, file, REGENERATE);
  if (!read.ok) return lockfileResult(file, [], [read.problem]);
  const { document, root } = read;
  const problems: SpecProblem[] = [];
  const packages = readPackages(document, root, file, problems);
  const conditions = installConditions(packages, root, options);

  const versionsByName = new Map<string, number>();
  for (const entry of packages) versionsByName.set(entry.canonicalName, (versionsByName.get(entry.canonicalName) ?? 0) + 1);
  const pins: LockPin[] = [];
  for (const entry of packages) {
    if (entry.version === undefined || isWorkingCopy(entry)) continue;
    let marker: string | undefined;
    if (conditions !== undefined) {
      const reached = conditions.get(entry.index);
      if (reached === undefined) continue;
      marker = reached === ALWAYS ? undefined : anyOfMarkers(reached.map((path) => allOfMarkers(path)));
    }
    // Without a workspace member to start from (or reached on every path), the fork a version
    // was resolved for is still what tells two versions of one package apart.
    if (marker === undefined && (conditions === undefined || (versionsByName.get(entry.canonicalName) ?? 0) > 1) && entry.resolutionMarkers.length > 0) {
      marker = anyOfMarkers(entry.resolutionMarkers);
    }
    pins.push(makePin(entry.name, entry.version, marker, positionIn(document, file, ['package', entry.index])));
  }
  return lockfileResult(file, pins, problems);
}

function isWorkingCopy(entry: UvPackage): boolean {
  return entry.source !== undefined && WORKING_COPY_SOURCES.some((kind) => kind in entry.source!);
}

// ---------------------------------------------------------------------------------------------
// Reading the entries

function readPackages(document: PositionedDocument, root: Record<string, unknown>, file: string, problems: SpecProblem[]): UvPackage[] {
  const list = root.package;
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    problems.push(lockfileProblem(`"package" in ${file} must be a list of [[package]] tables; regenerate the file with \`${REGENERATE}\``, positionIn(document, file, ['package']), 'package'));
    return [];
  }
  const packages: UvPackage[] = [];
  list.forEach((table: unknown, index) => {
    const where = positionIn(document, file, ['package', index]);
    if (!isTable(table)) {
      problems.push(lockfileProblem(`entry ${index + 1} of "package" in ${file} must be a table; regenerate the file with \`${REGENERATE}\``, where));
      return;
    }
    if (typeof table.name !== 'string' || table.name === '') {
      problems.push(lockfileProblem(`this [[package]] in ${file} has no "name"; regenerate the file with \`${REGENERATE}\``, where));
      return;
    }
    const name = table.name;
    const source = isTable(table.source) ? table.source : undefined;
    if (table.version !== undefined && typeof table.version !== 'string') {
      problems.push(lockfileProblem(`"version" of ${name} in ${file} must be a quoted string, like version = "1.2.3"; regenerate the file with \`${REGENERATE}\``, where, name));
      return;
    }
    if (table.version === undefined && !(source !== undefined && SOURCE_TREE_SOURCES.some((kind) => kind in source))) {
      problems.push(lockfileProblem(`the [[package]] ${name} in ${file} has no "version"; regenerate the file with \`${REGENERATE}\``, where, name));
      return;
    }
    const edgesAt = (path: (string | number)[], value: unknown): UvEdge[] => readEdges(document, file, name, path, value, problems);
    packages.push({
      index,
      name,
      canonicalName: canonicalizeName(name),
      version: table.version,
      source,
      resolutionMarkers: stringArray(table['resolution-markers']) ?? [],
      dependencies: edgesAt(['package', index, 'dependencies'], table.dependencies),
      optionalDependencies: readEdgeTable(table['optional-dependencies'], (key, value) => edgesAt(['package', index, 'optional-dependencies', key], value)),
      devDependencies: readEdgeTable(table['dev-dependencies'], (key, value) => edgesAt(['package', index, 'dev-dependencies', key], value)),
    });
  });
  return packages;
}

function readEdgeTable(value: unknown, read: (key: string, value: unknown) => UvEdge[]): Map<string, UvEdge[]> {
  const table = new Map<string, UvEdge[]>();
  if (!isTable(value)) return table;
  for (const [key, edges] of Object.entries(value)) table.set(canonicalizeName(key), read(key, edges));
  return table;
}

/** `[{ name = "idna" }, { name = "numpy", version = "2.0.2", marker = "python_full_version < '3.10'" }]` */
function readEdges(
  document: PositionedDocument,
  file: string,
  owner: string,
  path: (string | number)[],
  value: unknown,
  problems: SpecProblem[],
): UvEdge[] {
  if (value === undefined) return [];
  const items = Array.isArray(value) ? value : [];
  if (!Array.isArray(value)) {
    problems.push(lockfileProblem(`"${path[path.length - 1]}" of ${owner} in ${file} must be a list of { name = ... } tables; regenerate the file with \`${REGENERATE}\``, positionIn(document, file, path), owner));
  }
  const edges: UvEdge[] = [];
  items.forEach((item: unknown, index) => {
    if (!isTable(item) || typeof item.name !== 'string' || (item.marker !== undefined && typeof item.marker !== 'string')) {
      problems.push(lockfileProblem(`a dependency of ${owner} in ${file} must be written { name = "...", marker = "..." }; regenerate the file with \`${REGENERATE}\``, positionIn(document, file, [...path, index]), owner));
      return;
    }
    const edge: UvEdge = { canonicalName: canonicalizeName(item.name), extras: (stringArray(item.extra) ?? []).map((extra) => canonicalizeName(extra)) };
    if (typeof item.version === 'string') edge.version = item.version;
    if (isTable(item.source)) edge.source = JSON.stringify(item.source);
    if (typeof item.marker === 'string' && item.marker !== '') edge.marker = item.marker;
    edges.push(edge);
  });
  return edges;
}

// ---------------------------------------------------------------------------------------------
// Following the edges from the workspace members

const ALWAYS = 'always';
type Condition = typeof ALWAYS | Path[];

/**
 * For every package the selected groups and extras reach, the paths (conjunctions of edge
 * markers) under which `uv sync` installs it; packages never reached are absent. undefined when
 * the lock names no workspace member to start from (then every package counts).
 */
function installConditions(packages: UvPackage[], root: Record<string, unknown>, options: LockfileOptions): Map<number, Condition> | undefined {
  const groups = selectedNames(options.groups);
  const extras = selectedNames(options.extras);
  const byName = new Map<string, UvPackage[]>();
  for (const entry of packages) byName.set(entry.canonicalName, [...(byName.get(entry.canonicalName) ?? []), entry]);

  // A unit is a package, or one extra of it: `pkg[extra]` installs the package and the extra's edges.
  const conditions = new Map<string, Condition>();
  const queue: { entry: UvPackage; extra: string; path: Path }[] = [];
  const unitKey = (entry: UvPackage, extra: string) => `${entry.index}[${extra}]`;

  const reach = (entry: UvPackage, extra: string, path: Path): void => {
    const key = unitKey(entry, extra);
    const known = conditions.get(key);
    if (known === ALWAYS) return;
    if (path.length === 0) {
      conditions.set(key, ALWAYS);
      queue.push({ entry, extra, path });
      return;
    }
    const alternatives = known ?? [];
    // A path whose markers include all of another's adds nothing (A and B implies A).
    if (alternatives.some((other) => other.every((marker) => path.includes(marker)))) return;
    const kept = alternatives.filter((other) => !path.every((marker) => other.includes(marker)));
    if (kept.length >= MAX_MARKER_ALTERNATIVES) {
      conditions.set(key, ALWAYS);
      queue.push({ entry, extra, path: [] });
      return;
    }
    conditions.set(key, [...kept, path]);
    queue.push({ entry, extra, path });
  };

  const follow = (edges: UvEdge[], path: Path): void => {
    for (const edge of edges) {
      const target = resolveEdge(byName, edge);
      if (target === undefined) continue;
      const next = edge.marker === undefined || path.includes(edge.marker) ? path : [...path, edge.marker];
      reach(target, '', next);
      for (const extra of edge.extras) reach(target, extra, next);
    }
  };

  const members = workspaceMembers(packages, root);
  const manifest = isTable(root.manifest) ? root.manifest : {};
  const manifestRequirements = manifestEdges(manifest.requirements);
  const manifestGroups = isTable(manifest['dependency-groups']) ? manifest['dependency-groups'] : {};
  if (members.length === 0 && manifestRequirements.length === 0 && Object.keys(manifestGroups).length === 0) return undefined;

  for (const member of members) {
    reach(member, '', []);
    for (const extra of extras) if (member.optionalDependencies.has(extra)) reach(member, extra, []);
  }
  // A lock without a project (`[manifest] requirements`, PEP 735 groups of a virtual workspace).
  follow(manifestRequirements, []);
  for (const [group, edges] of Object.entries(manifestGroups)) if (groups.has(canonicalizeName(group))) follow(manifestEdges(edges), []);

  const memberIndexes = new Set(members.map((member) => member.index));
  for (let at = 0; at < queue.length; at++) {
    const { entry, extra, path } = queue[at];
    if (extra !== '') {
      reach(entry, '', path);
      follow(entry.optionalDependencies.get(extra) ?? [], path);
      continue;
    }
    follow(entry.dependencies, path);
    if (memberIndexes.has(entry.index)) {
      for (const [group, edges] of entry.devDependencies) if (groups.has(group)) follow(edges, path);
    }
  }

  const byPackage = new Map<number, Condition>();
  for (const entry of packages) {
    const condition = conditions.get(unitKey(entry, ''));
    if (condition !== undefined) byPackage.set(entry.index, condition);
  }
  return byPackage;
}

/** The entry an edge installs: by name, then by version and source when the name has several. */
function resolveEdge(byName: Map<string, UvPackage[]>, edge: UvEdge): UvPackage | undefined {
  let candidates = byName.get(edge.canonicalName) ?? [];
  if (candidates.length > 1 && edge.version !== undefined) candidates = candidates.filter((entry) => entry.version === edge.version);
  if (candidates.length > 1 && edge.source !== undefined) candidates = candidates.filter((entry) => JSON.stringify(entry.source) === edge.source);
  return candidates[0];
}

/**
 * The workspace members: `[manifest] members` when the lock lists them (a workspace), else the
 * package whose source is the lock's own directory (`{ editable = "." }` or `{ virtual = "." }`).
 */
function workspaceMembers(packages: UvPackage[], root: Record<string, unknown>): UvPackage[] {
  const manifest = isTable(root.manifest) ? root.manifest : {};
  const listed = new Set((stringArray(manifest.members) ?? []).map((name) => canonicalizeName(name)));
  return packages.filter((entry) => {
    if (!isWorkingCopy(entry)) return false;
    if (listed.has(entry.canonicalName)) return true;
    return WORKING_COPY_SOURCES.some((kind) => entry.source?.[kind] === '.');
  });
}

/** `[manifest] requirements = [{ name = "httpx", specifier = ">=0.27", marker = "..." }]` */
function manifestEdges(value: unknown): UvEdge[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown): UvEdge[] => {
    if (!isTable(item) || typeof item.name !== 'string') return [];
    const edge: UvEdge = { canonicalName: canonicalizeName(item.name), extras: (stringArray(item.extras) ?? []).map((extra) => canonicalizeName(extra)) };
    if (typeof item.marker === 'string' && item.marker !== '') edge.marker = item.marker;
    return [edge];
  });
}
