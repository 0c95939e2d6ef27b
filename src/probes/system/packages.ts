// System packages: which package database this machine has (dpkg, rpm, apk) and every package
// installed in it, read in one call (one process, or one file), however many are declared.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { PackageManagerName } from '../../config/system-section.js';
import { displayRpmVersion } from '../../versions/rpm.js';
import { describeExit, lastLine, runProcess, type ProcessResult } from '../process.js';
import { findOnPath } from './binaries.js';

export interface InstalledSystemPackage {
  name: string;
  version: string;
  /** dpkg and rpm architecture (`amd64`, `all`, `x86_64`, `noarch`); apk's when its database names one. */
  arch?: string;
}

export type SystemPackagesProbe =
  | {
      ok: true;
      manager: PackageManagerName;
      /** The command or file the list came from, for messages ("dpkg-query -W", "/lib/apk/db/installed"). */
      readFrom: string;
      packages: InstalledSystemPackage[];
    }
  /** None of dpkg, rpm, apk is here; `looked` says where depgate looked. */
  | { ok: false; reason: 'no-manager'; looked: string[] }
  /** depgate.yml names a manager that is not here. */
  | { ok: false; reason: 'manager-missing'; manager: PackageManagerName; looked: string[] }
  | { ok: false; reason: 'failed' | 'timeout'; manager: PackageManagerName; message: string };

export interface SystemPackagesProbeOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  timeoutMs: number;
  /** `system.manager` from depgate.yml; otherwise detected. */
  manager?: PackageManagerName;
  /** The filesystem root the package databases are found under (default '/'). */
  root?: string;
}

/** One line per package, fields separated by tabs; dpkg-query expands the \t and \n escapes itself. */
export const DPKG_QUERY_FORMAT = '${Package}\\t${Architecture}\\t${Version}\\t${db:Status-Abbrev}\\n';
export const RPM_QUERY_FORMAT = '%{NAME}\\t%{EPOCHNUM}:%{VERSION}-%{RELEASE}\\t%{ARCH}\\n';

const DPKG_STATUS = 'var/lib/dpkg/status';
/** Distroless images keep one stanza per package here instead of a status file. */
const DPKG_STATUS_DIRECTORY = 'var/lib/dpkg/status.d';
const RPM_DATABASES = ['var/lib/rpm', 'usr/lib/sysimage/rpm'];
/** apk-tools 2 keeps its database under /lib; apk-tools 3 systems moved it to /usr/lib. */
const APK_DATABASES = ['lib/apk/db/installed', 'usr/lib/apk/db/installed'];

/** Never throws: every failure is a result. */
export async function probeSystemPackages(options: SystemPackagesProbeOptions): Promise<SystemPackagesProbe> {
  const root = options.root ?? '/';
  const at = (relative: string): string => path.join(root, relative);
  const managers = options.manager ? [options.manager] : (['dpkg', 'rpm', 'apk'] as const);
  const looked: string[] = [];
  for (const manager of managers) {
    switch (manager) {
      case 'dpkg': {
        const status = at(DPKG_STATUS);
        const statusDirectory = at(DPKG_STATUS_DIRECTORY);
        looked.push(status, statusDirectory);
        const hasStatus = nonEmptyFile(status);
        // The database decides, not the tool: Alpine can install dpkg (to build .debs) next to an empty one.
        if (!hasStatus && !isDirectory(statusDirectory)) break;
        const dpkgQuery = findOnPath('dpkg-query', options.env).path;
        if (dpkgQuery && hasStatus) {
          // dpkg-query rather than the file alone: it also applies the journal of an interrupted dpkg run (updates/).
          const argv = [dpkgQuery, `--admindir=${path.dirname(status)}`, '-W', `--showformat=${DPKG_QUERY_FORMAT}`];
          const result = await runProcess(argv, { cwd: options.cwd, env: { ...options.env, LC_ALL: 'C' }, timeoutMs: options.timeoutMs });
          const failure = failed(result, 'dpkg-query -W', manager, options.timeoutMs);
          return failure ?? { ok: true, manager, readFrom: 'dpkg-query -W', packages: parseDpkgQueryOutput(result.stdout) };
        }
        // No dpkg-query (a distroless image): the status file, and the one-stanza-per-package files of status.d.
        const packages = [
          ...(hasStatus ? parseDpkgStatus(readText(status)) : []),
          ...listDirectory(statusDirectory).flatMap((file) => parseDpkgStatus(readText(path.join(statusDirectory, file)), { installedByDefault: true })),
        ];
        return { ok: true, manager, readFrom: hasStatus ? status : statusDirectory, packages };
      }
      case 'rpm': {
        const rpm = findOnPath('rpm', options.env).path;
        const databases = RPM_DATABASES.map(at);
        looked.push('rpm on PATH');
        if (!rpm || (!options.manager && !databases.some(isDirectory))) break;
        const argv = [rpm, ...(root === '/' ? [] : [`--root=${root}`]), '-qa', '--queryformat', RPM_QUERY_FORMAT];
        const result = await runProcess(argv, { cwd: options.cwd, env: { ...options.env, LC_ALL: 'C' }, timeoutMs: options.timeoutMs });
        return failed(result, 'rpm -qa', manager, options.timeoutMs) ?? { ok: true, manager, readFrom: 'rpm -qa', packages: parseRpmQueryOutput(result.stdout) };
      }
      case 'apk': {
        const databases = APK_DATABASES.map(at);
        looked.push(...databases, 'apk on PATH');
        const database = databases.find(nonEmptyFile);
        // The database file holds exactly what `apk info -v` would print, without a process.
        if (database) return { ok: true, manager, readFrom: database, packages: parseApkInstalledDatabase(readText(database)) };
        const apk = findOnPath('apk', options.env).path;
        if (!apk) break;
        const argv = [apk, ...(root === '/' ? [] : ['--root', root]), 'info', '-v'];
        const result = await runProcess(argv, { cwd: options.cwd, env: { ...options.env, LC_ALL: 'C' }, timeoutMs: options.timeoutMs });
        return failed(result, 'apk info -v', manager, options.timeoutMs) ?? { ok: true, manager, readFrom: 'apk info -v', packages: parseApkInfoOutput(result.stdout) };
      }
    }
  }
  return options.manager ? { ok: false, reason: 'manager-missing', manager: options.manager, looked } : { ok: false, reason: 'no-manager', looked };
}

function failed(result: ProcessResult, command: string, manager: PackageManagerName, timeoutMs: number): SystemPackagesProbe | undefined {
  if (result.timedOut) return { ok: false, reason: 'timeout', manager, message: `${command} did not finish within ${seconds(timeoutMs)}` };
  if (result.error || result.exitCode !== 0) {
    const why = lastLine(result.stderr);
    return { ok: false, reason: 'failed', manager, message: `${command} ${result.errorMessage ?? describeExit(result)}${why ? `: ${why}` : ''}` };
  }
  return undefined;
}

/**
 * dpkg-query's `${db:Status-Abbrev}` is want, status and error flags (`ii `, `hi `, `rc `, `un `);
 * a package counts as installed when its status flag is `i`nstalled, or installed with triggers
 * still to run (`W`, `t`: its files are all there). `rc` (removed, config files left) does not.
 */
const INSTALLED_STATUS_FLAGS = new Set(['i', 'W', 't']);

export function parseDpkgQueryOutput(text: string): InstalledSystemPackage[] {
  const packages: InstalledSystemPackage[] = [];
  for (const line of text.split('\n')) {
    const [name, arch, version, status] = line.split('\t');
    if (!name || !version || status === undefined || !INSTALLED_STATUS_FLAGS.has(status[1])) continue;
    packages.push({ name, version, ...(arch ? { arch } : {}) });
  }
  return packages;
}

/** dpkg's `Status:` word for the same states (`install ok installed`, `… triggers-pending`). */
const INSTALLED_STATUS_WORDS = new Set(['installed', 'triggers-awaited', 'triggers-pending']);

/** Stanzas of dpkg's status file (deb822: `Field: value`, continuation lines start with a space). */
export function parseDpkgStatus(text: string, options: { installedByDefault?: boolean } = {}): InstalledSystemPackage[] {
  const packages: InstalledSystemPackage[] = [];
  for (const stanza of text.split(/\n\s*\n/)) {
    const fields = new Map<string, string>();
    for (const line of stanza.split('\n')) {
      const match = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
      if (match) fields.set(match[1].toLowerCase(), match[2].trim());
    }
    const name = fields.get('package');
    const version = fields.get('version');
    if (!name || !version) continue;
    const status = fields.get('status');
    const installed = status === undefined ? options.installedByDefault === true : INSTALLED_STATUS_WORDS.has(status.split(/\s+/)[2] ?? '');
    if (!installed) continue;
    const arch = fields.get('architecture');
    packages.push({ name, version, ...(arch ? { arch } : {}) });
  }
  return packages;
}

/** `name\tepoch:version-release\tarch` lines; the zero epoch is dropped as rpm -q prints it. */
export function parseRpmQueryOutput(text: string): InstalledSystemPackage[] {
  const packages: InstalledSystemPackage[] = [];
  for (const line of text.split('\n')) {
    const [name, evr, arch] = line.split('\t');
    if (!name || !evr) continue;
    // gpg-pubkey and other pseudo-packages have no architecture: rpm prints "(none)".
    packages.push({ name, version: displayRpmVersion(evr.trim()), ...(arch && arch.trim() !== '(none)' ? { arch: arch.trim() } : {}) });
  }
  return packages;
}

/** apk's installed database: one stanza per package, `P:` name, `V:` version, `A:` architecture. */
export function parseApkInstalledDatabase(text: string): InstalledSystemPackage[] {
  const packages: InstalledSystemPackage[] = [];
  for (const stanza of text.split(/\n\s*\n/)) {
    let name: string | undefined;
    let version: string | undefined;
    let arch: string | undefined;
    for (const line of stanza.split('\n')) {
      if (line.startsWith('P:')) name = line.slice(2).trim();
      else if (line.startsWith('V:')) version = line.slice(2).trim();
      else if (line.startsWith('A:')) arch = line.slice(2).trim();
    }
    if (name && version) packages.push({ name, version, ...(arch ? { arch } : {}) });
  }
  return packages;
}

/** `apk info -v` prints `name-version-rN`; the version is the last two hyphen-separated parts. */
export function parseApkInfoOutput(text: string): InstalledSystemPackage[] {
  const packages: InstalledSystemPackage[] = [];
  for (const line of text.split('\n')) {
    const match = /^(\S+)-(\d[^-\s]*-r\d+)$/.exec(line.trim());
    if (match) packages.push({ name: match[1], version: match[2] });
  }
  return packages;
}

function nonEmptyFile(file: string): boolean {
  try {
    const stat = statSync(file);
    return stat.isFile() && stat.size > 0;
  } catch {
    return false;
  }
}

function listDirectory(directory: string): string[] {
  try {
    return readdirSync(directory).sort();
  } catch {
    return [];
  }
}

function isDirectory(directory: string): boolean {
  try {
    return statSync(directory).isDirectory();
  } catch {
    return false;
  }
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
