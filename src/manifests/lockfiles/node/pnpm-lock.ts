// pnpm-lock.yaml (github.com/pnpm/spec/tree/master/lockfile), lockfileVersion 5.x (pnpm 6–7),
// 6.0 (pnpm 8) and 9.0 (pnpm 9–10). pnpm installs only an importer's (a workspace project's)
// direct dependencies at <project>/node_modules/<name>, as symlinks into its .pnpm store; what
// they depend on lives inside the store, where nothing of the app resolves it by name. So the
// exact expectations are each importer's direct dependencies: `importers[<project>]` (or the top
// level, for a single project before 9.0) → `dependencies.<name>.version`, pinned at
// <project>/node_modules/<name>, at the line and column of the dependency's key.
import path from 'node:path';
import semver from 'semver';
import { isMap, isScalar, type Node as YamlNode, type YAMLMap } from 'yaml';
import { parseYamlSource, type YamlSource } from '../../../config/yaml-source.js';
import type { LockPin, SourcePosition, SpecProblem } from '../../../model.js';
import type { ManifestResult } from '../../index.js';
import type { NodeLockfileOptions } from './index.js';

/** lockfileVersion 5.0–5.4 (pnpm 3–7), 6.0/6.1 (pnpm 8), 9.0 (pnpm 9 and 10). */
export const OLDEST_PNPM_LOCKFILE_VERSION = 5;
export const NEWEST_PNPM_LOCKFILE_VERSION = 9;

const REGENERATE = 'regenerate it with `pnpm install --lockfile-only`';

/** Longest key or token quoted in a message: a hostile lockfile can hold a megabyte on one line. */
const MAX_QUOTED_CHARS = 120;
const shown = (text: string): string => (text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS)}…` : text);

/** The importer sections pnpm links into node_modules; devDependencies only when asked for. */
const PRODUCTION_SECTIONS = ['dependencies', 'optionalDependencies'] as const;
const DEV_SECTION = 'devDependencies';

export function parsePnpmLock(text: string, file: string, options: NodeLockfileOptions = {}): ManifestResult {
  try {
    return readPnpmLock(text, file, options);
  } catch (error) {
    // Only a bug in depgate gets here; the gate reports it at the file rather than dying.
    return failed(file, { file, line: 1, column: 1 }, `depgate could not read ${file}: ${(error as Error).message}`);
  }
}

function readPnpmLock(text: string, file: string, options: NodeLockfileOptions): ManifestResult {
  const { source, problems: syntax } = parseYamlSource(text, file);
  if (syntax.length > 0) {
    // The first error is where the file stops being YAML; the ones after it are its echoes.
    return failed(file, syntax[0].source ?? { file, line: 1, column: 1 }, `${syntax[0].message}; fix the syntax or ${REGENERATE}`);
  }
  const root = source.document.contents;
  if (!isMap(root)) {
    return failed(file, source.positionOf(root), `${file} is not a pnpm lockfile: expected a mapping with lockfileVersion and importers; ${REGENERATE}`);
  }
  const versionNode = root.get('lockfileVersion', true);
  // 5.x is written as a number, 6.0 and later as a string ('6.0', '9.0', '5.4-inlineSpecifiers').
  const versionText = isScalar(versionNode) ? String(versionNode.value) : '';
  const lockfileVersion = parseFloat(versionText);
  if (!Number.isFinite(lockfileVersion)) {
    return failed(file, source.positionOf(versionNode ?? root), `${file} has no lockfileVersion, so it is not a lockfile pnpm wrote; ${REGENERATE}`);
  }
  const result: ManifestResult = { requirements: [], problems: [], pins: [], files: [file] };
  if (lockfileVersion < OLDEST_PNPM_LOCKFILE_VERSION) {
    result.problems.push({
      code: 'DG101',
      message: `${file} has lockfileVersion ${versionText} (pnpm 2 or older), which depgate does not read: its exact versions are not checked; upgrade pnpm and run \`pnpm install\``,
      source: source.positionOf(versionNode),
      subject: file,
    });
    return result;
  }
  if (lockfileVersion >= NEWEST_PNPM_LOCKFILE_VERSION + 1) {
    result.problems.push({
      code: 'DG101',
      message: `${file} has lockfileVersion ${versionText}, newer than the versions depgate knows (5 to 9.0); it is read as 9.0`,
      source: source.positionOf(versionNode),
      subject: file,
    });
  }
  const packages = root.get('packages', true);
  const reader = new ImporterReader(file, source, {
    lockfileVersion,
    packages: isMap(packages) ? packages : undefined,
    sections: options.dev ? [...PRODUCTION_SECTIONS, DEV_SECTION] : [...PRODUCTION_SECTIONS],
  });
  const importers = root.get('importers', true);
  if (importers === undefined) {
    // One project without workspaces, before lockfileVersion 9: its sections are top-level.
    reader.readImporter('.', root, '');
  } else if (isMap(importers)) {
    for (const pair of importers.items) {
      const id = isScalar(pair.key) ? String(pair.key.value) : '';
      const where = `importers[${JSON.stringify(shown(id))}].`;
      if (isMap(pair.value)) reader.readImporter(id, pair.value, where);
      else if (!isEmpty(pair.value)) reader.problem(pair.key as YamlNode, `importers[${JSON.stringify(shown(id))}] in ${file} must be a mapping of dependency sections; ${REGENERATE}`, id);
    }
  } else if (!isEmpty(importers)) {
    reader.problem(importers, `"importers" in ${file} must be a mapping keyed by project directory; ${REGENERATE}`, 'importers');
  }
  result.pins = reader.pins;
  result.problems.push(...reader.problems);
  return result;
}

interface LockfileContext {
  lockfileVersion: number;
  /**
   * `packages`, to find the version of a dependency that is not a registry version. Read node by
   * node, never converted as a whole: converting expands YAML aliases, which a hostile lockfile
   * can nest into a "billion laughs".
   */
  packages: YAMLMap | undefined;
  sections: readonly string[];
}

class ImporterReader {
  readonly pins: LockPin[] = [];
  readonly problems: SpecProblem[] = [];
  private readonly lockDirectory: string;

  constructor(
    private readonly file: string,
    private readonly source: YamlSource,
    private readonly context: LockfileContext,
  ) {
    this.lockDirectory = path.posix.dirname(file);
  }

  readImporter(id: string, importer: YAMLMap, where: string): void {
    for (const section of this.context.sections) {
      const dependencies = importer.get(section, true);
      if (isEmpty(dependencies)) continue;
      if (!isMap(dependencies)) {
        this.problem(dependencies as YamlNode, `${where}${section} in ${this.file} must be a mapping of package names; ${REGENERATE}`, section);
        continue;
      }
      for (const pair of dependencies.items) {
        const keyNode = pair.key as YamlNode;
        const name = isScalar(pair.key) ? String(pair.key.value) : '';
        const written = lockedVersion(pair.value);
        if (written === undefined) {
          this.problem(keyNode, `"${shown(name)}" in ${where}${section} of ${this.file} has no version; ${REGENERATE}`, name);
          continue;
        }
        const version = this.installedVersion(name, written);
        if (version === undefined) continue;
        this.pins.push({
          ecosystem: 'node',
          name,
          canonicalName: name,
          version,
          installPath: path.posix.join(this.lockDirectory, id, 'node_modules', name),
          source: this.source.positionOf(keyNode),
        });
      }
    }
  }

  problem(node: YamlNode | undefined, message: string, subject: string): void {
    this.problems.push({ code: 'DG100', message, source: this.source.positionOf(node), subject });
  }

  /**
   * The version installed for an importer's `version:` (lockfileVersion ≥ 6 / 5.4-inline) or
   * plain value (5.x). Forms, as pnpm writes them:
   *   4.18.2, 18.2.0(react@18.2.0)(…)  registry version, peer suffix from 6.0 on
   *   18.2.0_react@18.2.0               registry version, peer suffix before 6.0
   *   new@1.0.0, /new@1.0.0, /new/1.0.0 an npm: alias (9.0, 6.0, 5.x)
   *   link:../ui                        a workspace or local folder: the project's own source
   *   https://codeload…, github.com/…, file:../x  a tarball, git or local package: its version
   *                                     is the `version` of its entry in `packages`
   * undefined: nothing pins a version (a link, or a package whose entry records none).
   */
  private installedVersion(name: string, written: string): string | undefined {
    if (written.startsWith('link:')) return undefined;
    const before6 = this.context.lockfileVersion < 6;
    const peerless = before6 ? written.replace(/_.*$/, '') : written.replace(/\(.*$/, '');
    if (semver.valid(peerless)) return peerless;
    const alias = peerless.replace(/^\//, '');
    const separator = before6 ? alias.lastIndexOf('/') : alias.lastIndexOf('@');
    if (separator > 0 && semver.valid(alias.slice(separator + 1))) return alias.slice(separator + 1);
    const { packages } = this.context;
    if (!packages) return undefined;
    for (const key of new Set([written, peerless, `/${written}`, `/${peerless}`, `${name}@${written}`, `${name}@${peerless}`])) {
      const entry = packages.get(key, true);
      if (isMap(entry)) return lockedVersion(entry);
    }
    return undefined;
  }
}

/** `version:` of a mapping (6.0+), or the plain scalar itself (5.x); undefined when neither is there. */
function lockedVersion(value: unknown): string | undefined {
  const node = isMap(value) ? value.get('version', true) : value;
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  // As written: YAML would read an unquoted 1.10 as the number 1.1.
  const text = node.source ?? String(node.value);
  return text === '' ? undefined : text;
}

function isEmpty(node: unknown): boolean {
  return node === undefined || node === null || (isScalar(node) && (node.value === null || node.value === undefined));
}

function failed(file: string, source: SourcePosition, message: string): ManifestResult {
  return { requirements: [], pins: [], files: [file], problems: [{ code: 'DG100', message, source, subject: file }] };
}
