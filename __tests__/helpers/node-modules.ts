// Real node_modules trees for tests, written file by file and laid out exactly as npm and pnpm
// lay them out (hoisting, nested copies, @scope/name directories, pnpm's symlinked .pnpm store,
// workspace links), so that Node itself resolves them: a test can check its answer against
// `createRequire(...)` on the same tree. No registry, no package manager: fast and hermetic.

import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh directory under the system temp dir, by its real path (macOS: /private/var/...). */
export function makeTempDir(prefix: string): string {
  return realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface PackageFiles {
  /** package.json: an object is written as JSON, a string as is (to write one that does not parse). */
  manifest: Record<string, unknown> | string;
  /** Other files, by path relative to the package directory. */
  files?: Record<string, string>;
}

/** Writes `dir/package.json` and `files`; returns `dir`. */
export function writePackage(dir: string, pkg: PackageFiles): string {
  mkdirSync(dir, { recursive: true });
  const manifest = typeof pkg.manifest === 'string' ? pkg.manifest : `${JSON.stringify(pkg.manifest, null, 2)}\n`;
  writeFileSync(path.join(dir, 'package.json'), manifest);
  for (const [file, text] of Object.entries(pkg.files ?? {})) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/**
 * A CommonJS package at `<parent>/node_modules/<name>` whose index.js exports its own name and
 * version (so a test can tell which copy Node loaded); `extra` is merged into its package.json.
 */
export function installPackage(
  parent: string,
  name: string,
  version: string,
  extra: { manifest?: Record<string, unknown>; files?: Record<string, string> } = {},
): string {
  return writePackage(path.join(parent, 'node_modules', ...name.split('/')), {
    manifest: { name, version, main: 'index.js', ...extra.manifest },
    files: { 'index.js': `module.exports = { name: ${JSON.stringify(name)}, version: ${JSON.stringify(version)} };\n`, ...extra.files },
  });
}

/** Makes `from` a relative symlink to `to` (as npm and pnpm do), creating `from`'s parent. */
export function linkDir(from: string, to: string): void {
  mkdirSync(path.dirname(from), { recursive: true });
  symlinkSync(path.relative(path.dirname(from), to), from, 'dir');
}

export interface PnpmPackage {
  name: string;
  version: string;
  /** Dependencies by name → version (each must be in the store too). */
  dependencies?: Record<string, string>;
  /** Extra package.json fields / files, as for installPackage. */
  manifest?: Record<string, unknown>;
  files?: Record<string, string>;
}

/** pnpm's store directory name for a package: `@scope/name` → `@scope+name@1.0.0`. */
export function pnpmStoreEntry(name: string, version: string): string {
  return `${name.replace('/', '+')}@${version}`;
}

/**
 * pnpm's isolated layout under `root`: every package as a real directory in
 * node_modules/.pnpm/<entry>/node_modules/<name>, its dependencies as symlinks beside it to their
 * own store entries, and only `direct` ones (name@version) linked at node_modules/<name>.
 */
export function writePnpmTree(root: string, store: PnpmPackage[], direct: string[]): void {
  const storeDir = path.join(root, 'node_modules', '.pnpm');
  const packageDir = (name: string, version: string): string =>
    path.join(storeDir, pnpmStoreEntry(name, version), 'node_modules', ...name.split('/'));
  for (const pkg of store) {
    installPackageAt(packageDir(pkg.name, pkg.version), pkg);
    for (const [dep, version] of Object.entries(pkg.dependencies ?? {})) {
      linkDir(path.join(storeDir, pnpmStoreEntry(pkg.name, pkg.version), 'node_modules', ...dep.split('/')), packageDir(dep, version));
    }
  }
  for (const spec of direct) {
    const at = spec.lastIndexOf('@');
    const name = spec.slice(0, at);
    linkDir(path.join(root, 'node_modules', ...name.split('/')), packageDir(name, spec.slice(at + 1)));
  }
  writeFileSync(path.join(root, 'node_modules', '.modules.yaml'), 'layoutVersion: 5\nnodeLinker: isolated\n');
}

function installPackageAt(dir: string, pkg: PnpmPackage): void {
  const requires = Object.keys(pkg.dependencies ?? {}).map((dep) => `require(${JSON.stringify(dep)});\n`).join('');
  writePackage(dir, {
    manifest: { name: pkg.name, version: pkg.version, main: 'index.js', dependencies: pkg.dependencies, ...pkg.manifest },
    files: {
      'index.js': `${requires}module.exports = { name: ${JSON.stringify(pkg.name)}, version: ${JSON.stringify(pkg.version)} };\n`,
      ...pkg.files,
    },
  });
}
