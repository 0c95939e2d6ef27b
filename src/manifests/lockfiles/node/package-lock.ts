// package-lock.json and npm-shrinkwrap.json (the same format; docs.npmjs.com/cli/configuring-npm/
// package-lock-json), read the way npm's arborist reads them (lib/shrinkwrap.js): lockfileVersion 2
// and 3 list every installed folder in `packages`, keyed by its path from the project root;
// version 1 (npm 5 and 6) nests `dependencies` the way node_modules nests, so the path of an entry
// is the path of its parents. Each installed package becomes a LockPin at the line and column of
// its key, with the folder it is installed in.
import path from 'node:path';
import semver from 'semver';
import { parseJsonWithPositions, type DataPath, type PositionedDocument } from '../../../formats/json.js';
import type { LockPin, SourcePosition, SpecProblem } from '../../../model.js';
import type { ManifestResult } from '../../index.js';
import type { NodeLockfileOptions } from './index.js';

/** The lockfileVersion values npm has written (npm 5–6: 1, npm 7–8: 2, npm 9+: 3). */
export const KNOWN_NPM_LOCKFILE_VERSIONS = [1, 2, 3];

const REGENERATE = 'regenerate it with `npm install --package-lock-only`';
const NODE_MODULES = 'node_modules/';

/** Longest key or token quoted in a message: a hostile lockfile can hold a megabyte on one line. */
const MAX_QUOTED_CHARS = 120;
const shown = (text: string): string => (text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text);

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

export function parsePackageLock(text: string, file: string, options: NodeLockfileOptions = {}): ManifestResult {
  try {
    return readPackageLock(text, file, options);
  } catch (error) {
    // Only a bug in depgate gets here; the gate reports it at the file rather than dying.
    return failed(file, { file, line: 1, column: 1 }, `depgate could not read ${file}: ${(error as Error).message}`);
  }
}

function readPackageLock(text: string, file: string, options: NodeLockfileOptions): ManifestResult {
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) {
    return failed(file, { file, line: parsed.line, column: parsed.column }, `${file} is not valid JSON: ${parsed.error}; fix the syntax or ${REGENERATE}`);
  }
  const { document } = parsed;
  const lock = document.value;
  if (!isObject(lock)) {
    return failed(file, { file, line: 1, column: 1 }, `${file} is not an npm lockfile: expected a JSON object with "lockfileVersion" and "packages"; ${REGENERATE}`);
  }
  const reader = new LockReader(file, document, options);
  const version = lock.lockfileVersion;
  if (version !== undefined && typeof version !== 'number') {
    reader.problem(['lockfileVersion'], `"lockfileVersion" must be a number (1, 2 or 3), not ${JSON.stringify(version)}; ${REGENERATE}`);
  } else if (typeof version === 'number' && version > Math.max(...KNOWN_NPM_LOCKFILE_VERSIONS)) {
    reader.notice(['lockfileVersion'], `${file} has lockfileVersion ${version}, newer than the versions depgate knows (1 to 3); it is read as version 3`);
  }
  // arborist reads `packages` when the lockfile says it is version 2 or later and the old
  // `dependencies` tree otherwise; version 2 carries both, and `packages` is the complete one.
  const readsPackages = typeof version === 'number' ? version >= 2 : isObject(lock.packages);
  if (readsPackages) {
    if (lock.packages !== undefined && !isObject(lock.packages)) reader.problem(['packages'], `"packages" must be an object keyed by install path; ${REGENERATE}`);
    else if (isObject(lock.packages)) reader.readPackages(lock.packages);
  } else if (lock.dependencies !== undefined) {
    if (!isObject(lock.dependencies)) reader.problem(['dependencies'], `"dependencies" must be an object keyed by package name; ${REGENERATE}`);
    else reader.readDependencyTree(lock.dependencies, ['dependencies'], '');
  }
  return { requirements: [], problems: reader.problems, pins: reader.pins, files: [file] };
}

class LockReader {
  readonly pins: LockPin[] = [];
  readonly problems: SpecProblem[] = [];
  /** Install paths in the lockfile are relative to the lockfile's directory; pins are relative to the working directory. */
  private readonly lockDirectory: string;

  constructor(
    private readonly file: string,
    private readonly document: PositionedDocument,
    private readonly options: NodeLockfileOptions,
  ) {
    this.lockDirectory = path.posix.dirname(file);
  }

  /** lockfileVersion 2 and 3: `packages["node_modules/a/node_modules/@s/b"] = { version, dev, ... }`. */
  readPackages(packages: JsonObject): void {
    for (const [key, entry] of Object.entries(packages)) {
      // "" is the project itself.
      if (key === '') continue;
      const at: DataPath = ['packages', key];
      if (!isObject(entry)) {
        this.problem(at, `"${shown(key)}" in "packages" must be an object; ${REGENERATE}`, key);
        continue;
      }
      // A symlink (workspace, `file:` folder): the folder it points to has its own entry, or is
      // the project's own source.
      if (entry.link === true) continue;
      const segments = key.split('/');
      const folderAt = segments.lastIndexOf('node_modules');
      // A key outside any node_modules is a workspace or a local folder dependency: the
      // project's source, not something npm installs a version of.
      if (folderAt < 0) continue;
      const name = segments.slice(folderAt + 1).join('/');
      if (!isInstallName(name)) {
        this.problem(at, `"${shown(key)}" in "packages" is not an install path (node_modules/<name> or node_modules/@scope/<name>); ${REGENERATE}`, key);
        continue;
      }
      // `dev` marks what only devDependencies need; `devOptional` (dev of the root and optional
      // of a production dependency) is installed by `npm install --omit=dev`, so it stays.
      if (entry.dev === true && !this.options.dev) continue;
      if (typeof entry.version !== 'string' || entry.version === '') {
        this.problem(at, `"${shown(key)}" in ${this.file} has no "version"; ${REGENERATE}`, name);
        continue;
      }
      this.pin(name, entry.version, key, at);
    }
  }

  /** lockfileVersion 1: `dependencies.a = { version, dev, dependencies: { b: {...} } }`, nested like node_modules. */
  readDependencyTree(dependencies: JsonObject, at: DataPath, parentPath: string): void {
    for (const [name, entry] of Object.entries(dependencies)) {
      const entryAt = [...at, name];
      const installPath = `${parentPath}${NODE_MODULES}${name}`;
      if (!isObject(entry)) {
        this.problem(entryAt, `"${shown(name)}" in ${this.file} must be an object; ${REGENERATE}`, name);
        continue;
      }
      if (!isInstallName(name)) {
        this.problem(entryAt, `"${shown(name)}" in ${this.file} is not a package name; ${REGENERATE}`, name);
        continue;
      }
      const version = typeof entry.version === 'string' ? entry.version : '';
      if (version === '') {
        this.problem(entryAt, `"${shown(name)}" (${shown(installPath)}) in ${this.file} has no "version"; ${REGENERATE}`, name);
      } else if (!(entry.dev === true && !this.options.dev)) {
        const installed = lockfileV1Version(version);
        if (installed !== undefined) this.pin(name, installed, installPath, entryAt);
      }
      if (entry.dependencies !== undefined) {
        // A `file:` folder (npm 6 wrote workspaces-to-be and local packages this way) is a
        // symlink: what it depends on is installed in the folder it points to, where
        // lockfile v2 and v3 put it too (`packages/ui/node_modules/ms`).
        const folder = linkedFolder(version);
        const childrenParent = folder === undefined ? `${installPath}/` : folder === '.' ? '' : `${folder}/`;
        if (isObject(entry.dependencies)) this.readDependencyTree(entry.dependencies, [...entryAt, 'dependencies'], childrenParent);
        else this.problem([...entryAt, 'dependencies'], `"dependencies" of "${shown(name)}" must be an object; ${REGENERATE}`, name);
      }
    }
  }

  problem(at: DataPath, message: string, subject?: string): void {
    this.problems.push({ code: 'DG100', message, source: this.positionOf(at), subject: subject ?? this.file });
  }

  notice(at: DataPath, message: string): void {
    this.problems.push({ code: 'DG101', message, source: this.positionOf(at), subject: this.file });
  }

  private pin(name: string, version: string, key: string, at: DataPath): void {
    this.pins.push({
      ecosystem: 'node',
      name,
      // npm package names are compared as written: the registry has distinct legacy names
      // differing only in case (JSONStream), so there is no canonical form to fold to.
      canonicalName: name,
      version,
      installPath: this.lockDirectory === '.' ? key : path.posix.join(this.lockDirectory, key),
      source: this.positionOf(at),
    });
  }

  private positionOf(at: DataPath): SourcePosition {
    const position = this.document.positionOf(at) ?? { line: 1, column: 1 };
    return { file: this.file, ...position };
  }
}

/** `name` or `@scope/name`, as a folder under node_modules. */
function isInstallName(name: string): boolean {
  const parts = name.split('/');
  const valid = (part: string | undefined) => part !== undefined && part !== '' && part !== '.' && part !== '..';
  if (name.startsWith('@')) return parts.length === 2 && parts[0].length > 1 && valid(parts[1]);
  return parts.length === 1 && valid(parts[0]);
}

/**
 * What a lockfile v1 `version` says is installed. npm 6 wrote an `npm:` alias as
 * `npm:<real name>@<version>`, and a git, tarball-URL or `file:` dependency as its resolved
 * spec instead of a version: those pin a source, not a version, and give no pin.
 */
function lockfileV1Version(version: string): string | undefined {
  if (version.startsWith('npm:')) {
    const spec = version.slice('npm:'.length);
    const at = spec.indexOf('@', 1);
    return at > 0 && semver.valid(spec.slice(at + 1), { loose: true }) ? spec.slice(at + 1) : undefined;
  }
  return semver.valid(version, { loose: true }) ? version : undefined;
}

/** The folder a lockfile v1 `file:` version links to, relative to the lockfile; undefined for anything else (a `file:` tarball is copied, not linked). */
function linkedFolder(version: string): string | undefined {
  if (!version.startsWith('file:')) return undefined;
  const target = version.slice('file:'.length);
  if (/\.(tgz|tar\.gz|tar)$/i.test(target) || path.posix.isAbsolute(target)) return undefined;
  return path.posix.normalize(target).replace(/\/$/, '');
}

function failed(file: string, source: SourcePosition, message: string): ManifestResult {
  return { requirements: [], pins: [], files: [file], problems: [{ code: 'DG100', message, source, subject: file }] };
}
