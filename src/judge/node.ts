// Declared Node packages + what resolves from each declaring directory → findings. Pure: the
// resolution results and import results arrive as data.
import type { Finding, ImportResult, LockPin, NodeRequirement } from '../model.js';
import type { InstalledPackageLookup, NodeInstalledPackage } from '../probes/node/installed.js';
import type { NodePackageManager } from '../manifests/lockfiles/node/index.js';
import { npmRangeSatisfied } from '../versions/npm.js';
import { FINDING_CODES } from './finding-codes.js';
import { shellCommand } from './shell-quote.js';

export type NodeAssessment =
  | { requirement: NodeRequirement; state: 'missing'; searched: string[] }
  | { requirement: NodeRequirement; state: 'unreadable'; error: string }
  | { requirement: NodeRequirement; state: 'wrong-package'; installed: NodeInstalledPackage }
  | { requirement: NodeRequirement; state: 'mismatch'; installed: NodeInstalledPackage }
  | { requirement: NodeRequirement; state: 'installed'; installed: NodeInstalledPackage; probeImport: boolean };

export function assessNode(requirement: NodeRequirement, lookup: InstalledPackageLookup): NodeAssessment {
  if ('missing' in lookup) return { requirement, state: 'missing', searched: lookup.searched };
  if ('error' in lookup) return { requirement, state: 'unreadable', error: lookup.error };
  const expectedName = requirement.aliasOf ?? requirement.name;
  if (lookup.name !== expectedName) return { requirement, state: 'wrong-package', installed: lookup };
  if (requirement.range !== '' && !npmRangeSatisfied(lookup.version, requirement.range)) return { requirement, state: 'mismatch', installed: lookup };
  // Type-only packages (@types/*) and bin-only tools have nothing `require` could load.
  return { requirement, state: 'installed', installed: lookup, probeImport: !lookup.typesOnly && !lookup.binOnly };
}

/** The words that install one requirement with the project's package manager, in its directory. */
export function nodeInstallCommand(manager: NodePackageManager, packageDir: string): string[] {
  const add = manager === 'npm' ? ['npm', 'install'] : [manager, 'add'];
  if (packageDir === '') return add;
  // npm and pnpm address a workspace by directory; yarn (classic and Berry) runs in it.
  if (manager === 'npm') return [...add, '--workspace', packageDir];
  if (manager === 'pnpm') return ['pnpm', '--dir', packageDir, 'add'];
  return ['yarn', '--cwd', packageDir, 'add'];
}

export function installSpec(requirement: NodeRequirement): string {
  if (requirement.aliasOf) return `${requirement.name}@npm:${requirement.aliasOf}${requirement.range ? `@${requirement.range}` : ''}`;
  return `${requirement.name}@${requirement.spec}`;
}

export function judgeNode(
  assessments: NodeAssessment[],
  imports: Map<string, ImportResult>,
  context: { manager: NodePackageManager; node?: string; timeoutMs?: number },
): Finding[] {
  const findings: Finding[] = [];
  for (const assessment of assessments) {
    const { requirement } = assessment;
    const declared = `${requirement.name}@${requirement.spec} (${requirement.source.file}:${requirement.source.line}, ${requirement.dependencyType})`;
    const because = requirement.message ? ` ${requirement.message}.` : '';
    const install = [installSpec(requirement)];
    const command = nodeInstallCommand(context.manager, requirement.packageDir);
    const fix = shellCommand([...command, ...install]);
    // Only root-level installs join the combined fix line: one command cannot address several workspaces.
    const combinable = requirement.packageDir === '' ? { install } : {};
    const finding = (code: Finding['code'], message: string, extra: Partial<Finding> = {}): void => {
      findings.push({
        code,
        kind: FINDING_CODES[code].kind,
        severity: FINDING_CODES[code].severity,
        ecosystem: 'node',
        name: requirement.name,
        required: requirement.range || requirement.spec,
        file: requirement.source.file,
        line: requirement.source.line,
        column: requirement.source.column,
        message: message + because,
        ...extra,
      });
    };
    switch (assessment.state) {
      case 'missing': {
        const where = assessment.searched.length > 0 ? ` (looked in ${assessment.searched.slice(0, 3).join(', ')}${assessment.searched.length > 3 ? ', ...' : ''})` : '';
        if (requirement.optional) {
          finding('DG101', `${requirement.name} is an optional dependency and is not installed${where}; ${declared} allows that.`);
        } else {
          finding('DG001', `${requirement.name} is not installed${where}, but ${declared} requires it.`, { fix, ...combinable });
        }
        break;
      }
      case 'unreadable':
        finding('DG003', `${requirement.name} is installed but cannot be read: ${assessment.error}.`, { fix, ...combinable });
        break;
      case 'wrong-package':
        finding('DG002', `${assessment.installed.foundAt} holds ${assessment.installed.name}@${assessment.installed.version}, but ${declared} asks for ${requirement.aliasOf ?? requirement.name} there.`, {
          found: `${assessment.installed.name}@${assessment.installed.version}`, fix, ...combinable,
        });
        break;
      case 'mismatch':
        finding('DG002', `${requirement.name} ${assessment.installed.version} is installed (${assessment.installed.foundAt}), but ${declared} requires ${requirement.range}.`, {
          found: assessment.installed.version, fix, ...combinable,
        });
        break;
      case 'installed': {
        const result = imports.get(importKey(requirement));
        if (!assessment.probeImport || !result || result.status === 'ok') break;
        const module = requirement.importName ?? requirement.name;
        const reproduce = shellCommand([context.node ?? 'node', '-e', `require(${JSON.stringify(module)})`]);
        if (result.status === 'timeout') {
          const limit = context.timeoutMs ? ` within ${context.timeoutMs / 1000} s` : ' in time';
          finding('DG004', `loading ${module} (${assessment.installed.version}) did not finish${limit}; a package that blocks while loading blocks the app's start too.`, { found: assessment.installed.version, fix: reproduce });
        } else {
          const error = result.status === 'crashed'
            ? `the process ${result.errorMessage?.startsWith('killed') ? 'was ' : ''}${result.errorMessage ?? 'crashed'}`
            : `${result.errorType}: ${result.errorMessage ?? ''}`.replace(/: $/, '');
          finding('DG003', `${requirement.name} ${assessment.installed.version} is installed, but loading ${module} fails: ${error}`, { found: assessment.installed.version, fix: reproduce });
        }
        break;
      }
    }
  }
  return findings;
}

/** One import probe per (module, declaring directory): the same name may resolve differently per workspace. */
export function importKey(requirement: NodeRequirement): string {
  return `${requirement.packageDir}\u0000${requirement.importName ?? requirement.name}`;
}

/**
 * Lockfile pins with an install path (npm, pnpm) compare with the package at that path; pins
 * without one (yarn.lock) compare by name with what the root resolves, drifting only when no pin
 * of that name has the installed version. An absent package is not drift (see lock-drift.ts).
 */
export function judgeNodeLockPins(pins: LockPin[], installedAt: (installPath: string) => NodeInstalledPackage | undefined, rootLookup: (name: string) => NodeInstalledPackage | undefined, manager: NodePackageManager): Finding[] {
  const findings: Finding[] = [];
  const byName = new Map<string, LockPin[]>();
  for (const pin of pins) if (!pin.installPath) byName.set(pin.name, [...(byName.get(pin.name) ?? []), pin]);
  const drift = (pin: LockPin, installed: NodeInstalledPackage): void => {
    findings.push({
      code: 'DG007',
      kind: FINDING_CODES.DG007.kind,
      severity: FINDING_CODES.DG007.severity,
      ecosystem: 'node',
      name: pin.name,
      required: pin.version,
      found: installed.version,
      file: pin.source.file,
      line: pin.source.line,
      column: pin.source.column,
      message: `${pin.name} ${installed.version} is installed (${installed.foundAt}), but ${pin.source.file}:${pin.source.line} locks it at ${pin.version}.`,
      // Reinstalling from the lockfile fixes every drift at once; `add` would rewrite package.json.
      fix: shellCommand(manager === 'npm' ? ['npm', 'ci'] : manager === 'pnpm' ? ['pnpm', 'install', '--frozen-lockfile'] : ['yarn', 'install', '--frozen-lockfile']),
    });
  };
  for (const pin of pins) {
    if (!pin.installPath) continue;
    const installed = installedAt(pin.installPath);
    if (installed && installed.version !== '' && installed.version !== pin.version) drift(pin, installed);
  }
  for (const [name, named] of byName) {
    const installed = rootLookup(name);
    if (installed && installed.version !== '' && !named.some((pin) => pin.version === installed.version)) drift(named[0], installed);
  }
  return findings;
}
