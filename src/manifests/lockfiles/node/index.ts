// The Node lockfiles depgate reads as exact expectations (DG007), behind one interface, and the
// package manager a Node app uses (for the fix commands). Adding a lockfile format is a new file
// in this folder and one line in NODE_LOCKFILE_FORMATS.
import path from 'node:path';
import type { ManifestResult } from '../../index.js';
import { parsePackageLock } from './package-lock.js';
import { parsePnpmLock } from './pnpm-lock.js';
import { parseYarnLock } from './yarn-lock.js';

export type NodePackageManager = 'npm' | 'pnpm' | 'yarn';

export interface NodeLockfileOptions {
  /** Also pin what only devDependencies pull in (npm's `dev: true`, pnpm's importer devDependencies). */
  dev?: boolean;
}

export interface NodeLockfileFormat {
  name: string;
  /** The file's name in the project root (the directory of the root package.json). */
  fileName: string;
  packageManager: NodePackageManager;
  /** Pure: `file` is the lockfile's path relative to the working directory, used in positions and install paths. */
  parse(text: string, file: string, options?: NodeLockfileOptions): ManifestResult;
}

/**
 * In precedence order: the first one present is the one the package manager installs from.
 * npm documents that "if both package-lock.json and npm-shrinkwrap.json are present in the root
 * of a project, npm-shrinkwrap.json will take precedence and package-lock.json will be ignored"
 * (docs.npmjs.com/cli/configuring-npm/npm-shrinkwrap-json).
 */
export const NODE_LOCKFILE_FORMATS: readonly NodeLockfileFormat[] = [
  { name: 'npm-shrinkwrap.json', fileName: 'npm-shrinkwrap.json', packageManager: 'npm', parse: parsePackageLock },
  { name: 'package-lock.json', fileName: 'package-lock.json', packageManager: 'npm', parse: parsePackageLock },
  { name: 'pnpm-lock.yaml', fileName: 'pnpm-lock.yaml', packageManager: 'pnpm', parse: parsePnpmLock },
  { name: 'yarn.lock', fileName: 'yarn.lock', packageManager: 'yarn', parse: parseYarnLock },
];

/** The lockfile format that wins among the files present (paths or bare names), or undefined. */
export function selectNodeLockfile(files: readonly string[]): NodeLockfileFormat | undefined {
  const present = new Set(files.map((file) => path.posix.basename(file.replace(/\\/g, '/'))));
  return NODE_LOCKFILE_FORMATS.find((format) => present.has(format.fileName));
}

/**
 * The package manager a project uses: package.json's `packageManager` field (Corepack's
 * `<name>@<version>[+<hash>]`) wins, then the lockfile present (by NODE_LOCKFILE_FORMATS
 * precedence), else npm, which ships with Node.
 */
export function detectPackageManager(files: readonly string[], packageManagerField?: string): NodePackageManager {
  const declared = packageManagerName(packageManagerField);
  if (declared) return declared;
  return selectNodeLockfile(files)?.packageManager ?? 'npm';
}

function packageManagerName(field: string | undefined): NodePackageManager | undefined {
  if (typeof field !== 'string') return undefined;
  const name = field.trim().split('@')[0];
  // Corepack knows npm, pnpm and yarn; anything else (bun@1, deno) says nothing about these three.
  return name === 'npm' || name === 'pnpm' || name === 'yarn' ? name : undefined;
}
