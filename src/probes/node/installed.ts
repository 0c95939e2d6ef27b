// What is installed, read straight from node_modules in the gate's own process: Node decides what
// `require(name)` loads by walking directories, so walking them the same way answers in
// milliseconds what `npm ls` takes seconds to say, for every layout npm, pnpm and Yarn leave.
//
// The walk is Node's CommonJS LOAD_NODE_MODULES (https://nodejs.org/api/modules.html#all-together):
// from the requiring file's directory up to the filesystem root, `<dir>/node_modules/<name>` for
// each ancestor that is not itself a node_modules directory. Node starts from the requiring
// module's real path (symlinks resolved, unless --preserve-symlinks), which is what lets a package
// in pnpm's store find its dependencies: they are its siblings in .pnpm/<name>@<version>/node_modules.
//
// Never `require.resolve('<pkg>/package.json')`: a package with an `exports` map that does not
// list ./package.json makes that throw ERR_PACKAGE_PATH_NOT_EXPORTED although it is installed.

import { existsSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';

export interface NodeInstalledPackage {
  /** `name` from its package.json (for an `npm:` alias, the real package); the requested name if it has none. */
  name: string;
  /** `version` from its package.json; '' when it has none. */
  version: string;
  /** real path (symlinks resolved) */
  dir: string;
  /** path as found, relative to cwd */
  foundAt: string;
  type: 'module' | 'commonjs';
  hasExports: boolean;
  /** only a bin, no main/exports/index.js */
  binOnly: boolean;
  /** @types/* or a package with only .d.ts */
  typesOnly: boolean;
}

export type InstalledPackageLookup = NodeInstalledPackage | { missing: true; searched: string[] } | { error: string };

/** Files Node loads from a package directory that has no `main` (LOAD_INDEX). */
const INDEX_FILES = ['index.js', 'index.json', 'index.node'] as const;

/** Yarn Berry writes its Plug'n'Play map beside yarn.lock: .pnp.cjs since Yarn 3, .pnp.js in Yarn 2. */
const PLUG_AND_PLAY_FILES = ['.pnp.cjs', '.pnp.js'] as const;

/** TypeScript declaration files: `types` targets carry no code that `require` could run. */
const DECLARATION_FILE = /\.d\.[cm]?ts$/;

/** Where Node's require would find `name` when required from a file in `fromDir`; never throws. */
export function resolveInstalledPackage(name: string, fromDir: string, options: { cwd: string }): InstalledPackageLookup {
  const problem = packageNameProblem(name);
  if (problem !== undefined) return { error: problem };
  const cwd = realDirectory(options.cwd);
  const searched: string[] = [];
  for (const nodeModules of nodeModulesPaths(realDirectory(path.resolve(options.cwd, fromDir)))) {
    const candidate = path.join(nodeModules, name);
    const foundAt = relativePath(cwd, candidate);
    searched.push(foundAt);
    const found = readInstalledPackage(candidate, foundAt, name);
    if (found !== undefined) return found;
  }
  return { missing: true, searched };
}

/**
 * The `.pnp.cjs` (or Yarn 2's `.pnp.js`) of the project `cwd` belongs to, relative to `cwd` with
 * '/', or undefined when the app does not use Yarn Plug'n'Play. Yarn puts it at the project root,
 * beside yarn.lock, so the search goes up from `cwd` and stops at the first directory that holds a
 * yarn.lock or a .git: past that is another project.
 */
export function detectPlugAndPlay(cwd: string): string | undefined {
  const start = path.resolve(cwd);
  for (let dir = start; ; dir = path.dirname(dir)) {
    for (const file of PLUG_AND_PLAY_FILES) {
      if (isFile(path.join(dir, file))) return relativePath(start, path.join(dir, file));
    }
    if (existsSync(path.join(dir, 'yarn.lock')) || existsSync(path.join(dir, '.git'))) return undefined;
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * Every package under `cwd`/node_modules, keyed by its path relative to `cwd` as a lockfile names
 * it (`node_modules/a/node_modules/b`, `node_modules/@s/c`, `node_modules/.pnpm/a@1.0.0/node_modules/a`).
 * A symlink (pnpm, `npm link`, a workspace) is listed where it is, with `dir` its target; a linked
 * directory inside `cwd` that is not itself in a node_modules (an npm workspace) has its own
 * node_modules listed under its own path (`packages/ui/node_modules/x`), as package-lock.json
 * records them. A package whose package.json is missing or does not parse is left out
 * (resolveInstalledPackage on it says why). Never throws.
 */
export function installedTree(cwd: string): Map<string, NodeInstalledPackage> {
  const root = realDirectory(cwd);
  const tree = new Map<string, NodeInstalledPackage>();
  const walked = new Set<string>();
  // `isReal`: reached through no symlink, so the path is already the real path (no realpath call).
  const pending: { dir: string; key: string; isReal: boolean }[] = [{ dir: path.join(root, 'node_modules'), key: 'node_modules', isReal: false }];

  const addPackage = (nodeModules: string, key: string, entry: PackageEntry, followNested: boolean): void => {
    const foundAt = `${key}/${entry.name}`;
    const candidate = path.join(nodeModules, entry.name);
    const found = readInstalledPackage(candidate, foundAt, entry.name, entry.isReal ? candidate : undefined);
    if (found === undefined || 'error' in found) return;
    tree.set(foundAt, found);
    if (!followNested) return;
    if (entry.isReal) {
      pending.push({ dir: path.join(found.dir, 'node_modules'), key: `${foundAt}/node_modules`, isReal: true });
      return;
    }
    const project = projectDirectory(root, found.dir);
    if (project !== undefined) pending.push({ dir: path.join(found.dir, 'node_modules'), key: `${project}/node_modules`, isReal: true });
  };

  while (pending.length > 0) {
    const { dir, key, isReal } = pending.shift()!;
    // Most packages have no node_modules of their own: existsSync answers that without the cost
    // of a thrown ENOENT.
    if (!existsSync(dir)) continue;
    const real = isReal ? dir : realPathOrUndefined(dir);
    if (real === undefined || walked.has(real)) continue;
    walked.add(real);
    const entries = listDirectory(real);
    if (entries.some((entry) => entry.name === '.pnpm' && entry.isDirectory())) {
      // pnpm's virtual store: .pnpm/<name>@<version>[_<peers>]/node_modules holds the package
      // itself (a real directory) beside symlinks to its dependencies, which are store entries of
      // their own; its packages have no node_modules inside.
      const store = path.join(real, '.pnpm');
      for (const storeEntry of listDirectory(store)) {
        if (storeEntry.name === 'node_modules' || storeEntry.name.startsWith('.') || !storeEntry.isDirectory()) continue;
        const nodeModules = path.join(store, storeEntry.name, 'node_modules');
        for (const entry of packageEntries(nodeModules, listDirectory(nodeModules))) {
          if (entry.isReal) addPackage(nodeModules, `${key}/.pnpm/${storeEntry.name}/node_modules`, entry, false);
        }
      }
    }
    for (const entry of packageEntries(real, entries)) addPackage(real, key, entry, true);
  }
  return tree;
}

/**
 * `dir` relative to `root` when it is a directory of the project itself (a workspace, a `file:`
 * link target) rather than an installed package: inside `root` and in no node_modules.
 */
function projectDirectory(root: string, dir: string): string | undefined {
  const relative = relativePath(root, dir);
  const segments = relative.split('/');
  if (relative === '.' || path.isAbsolute(relative) || segments[0] === '..' || segments.includes('node_modules')) return undefined;
  return relative;
}

interface PackageEntry {
  /** `a` or `@scope/a` */
  name: string;
  /** A directory reached through no symlink from the listed node_modules: its path is its real path. */
  isReal: boolean;
}

/** The package directories (or symlinks to them) in a listed node_modules directory. */
function packageEntries(nodeModules: string, entries: Dirent[]): PackageEntry[] {
  const packages: PackageEntry[] = [];
  for (const entry of entries) {
    // .bin, .cache, .package-lock.json, .modules.yaml, .pnpm (walked on its own): not packages.
    if (entry.name.startsWith('.')) continue;
    if (!entry.isDirectory() && !entry.isSymbolicLink()) continue;
    if (!entry.name.startsWith('@')) {
      packages.push({ name: entry.name, isReal: entry.isDirectory() });
      continue;
    }
    for (const scoped of listDirectory(path.join(nodeModules, entry.name))) {
      if (scoped.name.startsWith('.') || (!scoped.isDirectory() && !scoped.isSymbolicLink())) continue;
      packages.push({ name: `${entry.name}/${scoped.name}`, isReal: entry.isDirectory() && scoped.isDirectory() });
    }
  }
  return packages;
}

/**
 * The package in `candidate`, or undefined when there is none to load there (no directory, a
 * dangling symlink, no package.json), in which case Node's require goes on to the next
 * node_modules up. `knownRealDir` skips a realpath call when the caller walked real directories.
 */
function readInstalledPackage(
  candidate: string,
  foundAt: string,
  requestedName: string,
  knownRealDir?: string,
): NodeInstalledPackage | { error: string } | undefined {
  let dir = knownRealDir;
  if (dir === undefined) {
    try {
      if (statSync(candidate, { throwIfNoEntry: false })?.isDirectory() !== true) return undefined;
      dir = realpathSync.native(candidate);
    } catch {
      return undefined;
    }
  }

  let text: string;
  try {
    text = readFileSync(path.join(dir, 'package.json'), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return { error: `${foundAt}/package.json cannot be read: ${(err as Error).message}` };
  }
  let manifest: unknown;
  try {
    manifest = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    return { error: `${foundAt}/package.json does not parse: ${(err as Error).message}; reinstall the package` };
  }
  if (typeof manifest !== 'object' || manifest === null || Array.isArray(manifest)) {
    return { error: `${foundAt}/package.json is not a JSON object; reinstall the package` };
  }
  return describePackage(manifest as Record<string, unknown>, dir, foundAt, requestedName);
}

function describePackage(manifest: Record<string, unknown>, dir: string, foundAt: string, requestedName: string): NodeInstalledPackage {
  const name = typeof manifest.name === 'string' && manifest.name !== '' ? manifest.name : requestedName;
  const hasExports = manifest.exports !== undefined && manifest.exports !== null;
  const main = typeof manifest.main === 'string' && manifest.main.trim() !== '' ? manifest.main.trim() : undefined;
  // Without exports and main, Node loads index.js (or .json/.node); only then is the disk asked.
  const hasIndex = !hasExports && main === undefined && INDEX_FILES.some((file) => isFile(path.join(dir, file)));
  const hasBin =
    (typeof manifest.bin === 'string' && manifest.bin !== '') ||
    (typeof manifest.bin === 'object' && manifest.bin !== null && Object.keys(manifest.bin).length > 0);

  let onlyDeclarations: boolean;
  if (hasExports) {
    // A type-only package may still export its package.json for tools; that is no code either.
    const targets = exportTargets(manifest.exports).filter((target) => target !== './package.json');
    onlyDeclarations = targets.length > 0 && targets.every((target) => DECLARATION_FILE.test(target));
  } else if (main !== undefined) {
    onlyDeclarations = DECLARATION_FILE.test(main);
  } else {
    onlyDeclarations =
      !hasIndex &&
      (typeof manifest.types === 'string' || typeof manifest.typings === 'string' || isFile(path.join(dir, 'index.d.ts')));
  }

  return {
    name,
    version: typeof manifest.version === 'string' ? manifest.version : '',
    dir,
    foundAt,
    type: manifest.type === 'module' ? 'module' : 'commonjs',
    hasExports,
    binOnly: hasBin && !hasExports && main === undefined && !hasIndex,
    typesOnly: name.startsWith('@types/') || requestedName.startsWith('@types/') || onlyDeclarations,
  };
}

/** Every file an `exports` value can point at, through conditions, subpaths and fallback arrays. */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (Array.isArray(exports)) return exports.flatMap(exportTargets);
  if (typeof exports === 'object' && exports !== null) return Object.values(exports).flatMap(exportTargets);
  return [];
}

/** Node's Module._nodeModulePaths: `<dir>/node_modules` for `dir` and each ancestor, nearest first. */
function nodeModulesPaths(from: string): string[] {
  const paths: string[] = [];
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (path.basename(dir) !== 'node_modules') paths.push(path.join(dir, 'node_modules'));
    if (path.dirname(dir) === dir) return paths;
  }
}

/** Why `name` cannot be a directory under node_modules (`a`, `@scope/a`), or undefined. */
function packageNameProblem(name: string): string | undefined {
  const parts = name.split('/');
  const wellFormed =
    parts.length === (name.startsWith('@') ? 2 : 1) &&
    parts.every((part) => part !== '' && part !== '.' && part !== '..' && !part.includes('\\') && !part.includes('\0')) &&
    !(parts.length === 2 && parts[0] === '@');
  return wellFormed ? undefined : `${JSON.stringify(name)} is not a package name (expected "name" or "@scope/name")`;
}

function listDirectory(dir: string): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

function realPathOrUndefined(p: string): string | undefined {
  try {
    return realpathSync.native(p);
  } catch {
    return undefined;
  }
}

/** The real path of a directory; the resolved path itself when it does not exist (nothing will be found). */
function realDirectory(dir: string): string {
  return realPathOrUndefined(dir) ?? path.resolve(dir);
}

function isFile(p: string): boolean {
  try {
    return statSync(p, { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}

/** `to` relative to `from`, with '/' on every platform ('.' for `from` itself). */
function relativePath(from: string, to: string): string {
  const relative = path.relative(from, to).split(path.sep).join('/');
  return relative === '' ? '.' : relative;
}
