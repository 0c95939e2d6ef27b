// The system leg of the gate: one read of the package database (however many packages are
// declared) alongside the PATH lookups and version probes of the binaries, then the pure judge.
import type { EcosystemCheck } from './check.js';
import type { SystemSpec } from '../config/system-section.js';
import { probeSystemPackages } from '../probes/system/packages.js';
import { probeBinaries } from '../probes/system/binaries.js';
import { judgeSystem, systemInstallCommand } from '../judge/system.js';

export interface SystemCheckOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  timeoutMs: number;
  /** The filesystem root the package databases are found under (default '/'). */
  root?: string;
}

export async function checkSystem(spec: SystemSpec, options: SystemCheckOptions): Promise<EcosystemCheck> {
  const [packages, binaries] = await Promise.all([
    spec.packages.length > 0
      ? probeSystemPackages({ cwd: options.cwd, env: options.env, timeoutMs: options.timeoutMs, manager: spec.manager?.name, root: options.root })
      : Promise.resolve(undefined),
    probeBinaries(spec.binaries, { cwd: options.cwd, env: options.env, timeoutMs: options.timeoutMs }),
  ]);
  return {
    findings: judgeSystem(spec, packages, binaries),
    checked: spec.packages.length + spec.binaries.length,
    ...(packages?.ok ? { installCommand: systemInstallCommand(packages.manager) } : {}),
  };
}

/**
 * The binaries whose `args` come from depgate.yml: running them is running a command the
 * config chose, which a gate must refuse for a pull request's own config under
 * pull_request_target (as it refuses `commands`) unless the workflow allows commands.
 */
export function binariesWithConfiguredArgs(spec: SystemSpec): SystemSpec['binaries'] {
  return spec.binaries.filter((binary) => binary.args !== undefined && binary.range !== '');
}
