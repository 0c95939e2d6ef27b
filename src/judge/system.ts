// Declared system packages and binaries against what the machine has (pure: no I/O). Every
// finding sits at the depgate.yml line of the entry it is about.
import type { Finding, FindingCode, SourcePosition } from '../model.js';
import type { PackageManagerName, SystemBinaryRequirement, SystemPackageRequirement, SystemSpec } from '../config/system-section.js';
import { MANAGER_ORDERINGS, PACKAGE_MANAGERS } from '../config/system-section.js';
import type { InstalledSystemPackage, SystemPackagesProbe } from '../probes/system/packages.js';
import type { BinaryObservation } from '../probes/system/binaries.js';
import { LOOSE_ORDERING, systemRangeSatisfied, validSystemRange } from '../versions/system-range.js';
import { FINDING_CODES } from './finding-codes.js';
import { shellCommand } from './shell-quote.js';

/** The command that installs packages into each database (the combined fix line starts with it). */
export const SYSTEM_INSTALL_COMMANDS: Record<PackageManagerName, readonly string[]> = {
  dpkg: ['apt-get', 'install', '-y'],
  rpm: ['dnf', 'install', '-y'],
  apk: ['apk', 'add'],
};

/** What upgrades an installed package to the newest one the repositories have. */
const SYSTEM_UPGRADE_COMMANDS: Record<PackageManagerName, readonly string[]> = {
  // apt-get install upgrades a package that is already installed.
  dpkg: ['apt-get', 'install', '-y'],
  // dnf install leaves an installed package alone ("already installed"); upgrade moves it.
  rpm: ['dnf', 'upgrade', '-y'],
  apk: ['apk', 'add', '--upgrade'],
};

const ORDERING_NAMES: Record<PackageManagerName, string> = { dpkg: "dpkg's", rpm: "rpm's", apk: "apk's" };

export function systemInstallCommand(manager: PackageManagerName): string[] {
  return [...SYSTEM_INSTALL_COMMANDS[manager]];
}

/** Everything about the `system` section: packages first, then binaries, in declaration order. */
export function judgeSystem(spec: SystemSpec, packages: SystemPackagesProbe | undefined, binaries: readonly BinaryObservation[]): Finding[] {
  return [...(packages ? judgeSystemPackages(spec, packages) : []), ...judgeSystemBinaries(spec.binaries, binaries)];
}

export function judgeSystemPackages(spec: Pick<SystemSpec, 'packages' | 'manager' | 'packagesSource'>, probe: SystemPackagesProbe): Finding[] {
  if (spec.packages.length === 0) return [];
  if (!probe.ok) return [managerFinding(spec, probe)];
  const byName = new Map<string, InstalledSystemPackage[]>();
  for (const installed of probe.packages) {
    const list = byName.get(installed.name);
    if (list) list.push(installed);
    else byName.set(installed.name, [installed]);
  }
  const ordering = MANAGER_ORDERINGS[probe.manager];
  const findings: Finding[] = [];
  for (const requirement of spec.packages) {
    const installed = lookUp(requirement.name, probe.manager, byName);
    if (installed.length === 0) {
      findings.push(finding('DG001', requirement.name, requirement.source, {
        required: requirement.range,
        message: `${requirement.name} is not installed: ${probe.readFrom} lists ${count(probe.packages.length, 'installed package')}, and it is not one of them.`,
        fix: shellCommand([...SYSTEM_INSTALL_COMMANDS[probe.manager], requirement.name]),
        install: [requirement.name],
      }));
      continue;
    }
    if (requirement.range === '') continue;
    // The range was checked against every system's syntax when depgate.yml was read; now the system is known.
    const valid = validSystemRange(requirement.range, { versionError: ordering.versionError });
    if (!valid.ok) {
      findings.push(finding('DG100', requirement.name, requirement.rangeSource ?? requirement.source, {
        required: requirement.range,
        message: `the version range '${requirement.range}' of ${requirement.name} cannot be compared with ${probe.manager}'s versions: ${valid.error}`,
      }));
      continue;
    }
    const versions = [...new Set(installed.map((entry) => entry.version))];
    // Several copies (rpm's kernels, dpkg's architectures): one inside the range is enough.
    if (versions.some((version) => systemRangeSatisfied(version, requirement.range, ordering.compare))) continue;
    findings.push(finding('DG002', requirement.name, requirement.source, {
      required: requirement.range,
      found: versions.join(', '),
      message: `${requirement.name} ${versions.join(', ')} is installed (${probe.readFrom}), outside ${requirement.range} (compared with ${ORDERING_NAMES[probe.manager]} version ordering).`,
      fix: shellCommand([...SYSTEM_UPGRADE_COMMANDS[probe.manager], requirement.name]),
      install: [requirement.name],
    }));
  }
  return findings;
}

/**
 * A declared name against the installed packages: dpkg's `name:arch` names one architecture
 * (plain `name` accepts any); rpm's `name.arch` likewise, when no package is called `name.arch`.
 */
function lookUp(name: string, manager: PackageManagerName, byName: Map<string, InstalledSystemPackage[]>): InstalledSystemPackage[] {
  const exact = byName.get(name);
  if (exact) return exact;
  const separator = manager === 'dpkg' ? name.lastIndexOf(':') : manager === 'rpm' ? name.lastIndexOf('.') : -1;
  if (separator <= 0) return [];
  const arch = name.slice(separator + 1);
  return (byName.get(name.slice(0, separator)) ?? []).filter((installed) => installed.arch === arch);
}

function managerFinding(spec: Pick<SystemSpec, 'packages' | 'manager' | 'packagesSource'>, probe: Exclude<SystemPackagesProbe, { ok: true }>): Finding {
  const unchecked = `so ${count(spec.packages.length, 'declared system package')} could not be checked`;
  const packageNames = spec.packages.map((entry) => entry.name).join(', ');
  switch (probe.reason) {
    case 'no-manager':
      return finding('DG005', 'system packages', spec.packagesSource ?? spec.packages[0].source, {
        message: `no known package manager (${PACKAGE_MANAGERS.join(', ')}) on this machine: looked for ${probe.looked.join(', ')}; ${unchecked} (${packageNames}).`,
      });
    case 'manager-missing':
      return finding('DG005', probe.manager, spec.manager?.source ?? spec.packagesSource ?? spec.packages[0].source, {
        message: `depgate.yml says the packages are managed by ${probe.manager}, but there is no ${probe.manager} database here (looked for ${probe.looked.join(', ')}); ${unchecked} (${packageNames}).`,
      });
    case 'timeout':
      return finding('DG004', probe.manager, spec.packagesSource ?? spec.packages[0].source, { message: `${probe.message}; ${unchecked} (${packageNames}).` });
    case 'failed':
      return finding('DG005', probe.manager, spec.packagesSource ?? spec.packages[0].source, { message: `${probe.message}; ${unchecked} (${packageNames}).` });
  }
}

export function judgeSystemBinaries(binaries: readonly SystemBinaryRequirement[], observations: readonly BinaryObservation[]): Finding[] {
  const findings: Finding[] = [];
  binaries.forEach((binary, index) => {
    const observed = observations[index];
    if (!observed?.path) {
      const where = observed && observed.searched.length > 0 ? `searched ${observed.searched.join(', ')}` : 'PATH has no absolute directories to search';
      findings.push(finding('DG001', binary.name, binary.source, {
        required: binary.range,
        message: `${binary.name} was not found on PATH (${where}). Install the package that provides it, or add its directory to PATH.`,
      }));
      return;
    }
    const reading = observed.version;
    if (binary.range === '' || !reading) return;
    const command = reading.argv.join(' ');
    switch (reading.status) {
      case 'timeout':
        findings.push(finding('DG004', binary.name, binary.source, {
          required: binary.range,
          message: `${command} did not finish within ${Math.round(reading.timeoutMs / 100) / 10} s, so the version of ${binary.name} is unknown.`,
        }));
        return;
      case 'failed':
        findings.push(finding('DG001', binary.name, binary.source, {
          required: binary.range,
          message: `${binary.name} was found at ${observed.path} but could not be run: ${reading.message}.`,
        }));
        return;
      case 'unparseable': {
        const printed = reading.firstLine === '' ? 'printed nothing' : `printed "${reading.firstLine}"`;
        const ending = reading.exit === 'exited with code 0' ? '' : ` and ${reading.exit}`;
        const why = reading.patternError
          ? `; the pattern of ${binary.name} failed: ${reading.patternError}`
          : binary.pattern !== undefined
            ? `, which the pattern ${JSON.stringify(binary.pattern)} does not match`
            : ', in which depgate found no version';
        findings.push(finding('DG100', binary.name, binary.patternSource ?? binary.source, {
          required: binary.range,
          message: `${command} ${printed}${ending}${why}. Say how to read its version in depgate.yml: ${binary.name}: { version: "${binary.range}", args: [${versionArgsExample(reading.argv)}], pattern: "version (\\\\S+)" } (args: what makes it print its version; pattern: a regular expression whose first group is the version).`,
        }));
        return;
      }
      case 'ok': {
        if (systemRangeSatisfied(reading.version, binary.range, LOOSE_ORDERING.compare)) return;
        findings.push(finding('DG002', binary.name, binary.source, {
          required: binary.range,
          found: reading.version,
          message: `${binary.name} ${reading.version} (from ${command}) is outside ${binary.range}.`,
        }));
        return;
      }
    }
  });
  return findings;
}

function versionArgsExample(argv: readonly string[]): string {
  return argv.slice(1).map((arg) => JSON.stringify(arg)).join(', ');
}

function finding(code: FindingCode, name: string, at: SourcePosition, details: Pick<Finding, 'message'> & Partial<Pick<Finding, 'required' | 'found' | 'fix' | 'install'>>): Finding {
  return {
    code,
    kind: FINDING_CODES[code].kind,
    severity: FINDING_CODES[code].severity,
    ecosystem: 'system',
    name,
    ...(details.required !== undefined ? { required: details.required } : {}),
    ...(details.found !== undefined ? { found: details.found } : {}),
    file: at.file,
    line: at.line,
    column: at.column,
    message: details.message,
    ...(details.fix !== undefined ? { fix: details.fix } : {}),
    ...(details.install !== undefined ? { install: details.install } : {}),
  };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
