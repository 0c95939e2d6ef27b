// Which files are read when neither the inputs nor depgate.yml name any: the documented rules
// (README, "Discovery"), applied per ecosystem, with a sentence for every choice so the summary
// can say what was used and why.
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface DiscoveryRule {
  ecosystem: 'python' | 'node';
  /** Every one of these that exists is read. */
  manifests: string[];
  /** Only the first of these that exists is read: one lockfile describes one install. */
  lockfiles: string[];
  /** Every one of these that exists is read (runtime version files). */
  runtime: string[];
}

export const DISCOVERY_RULES: DiscoveryRule[] = [
  {
    ecosystem: 'python',
    manifests: ['requirements.txt', 'pyproject.toml', 'Pipfile', 'setup.cfg', 'environment.yml', 'environment.yaml'],
    lockfiles: ['uv.lock', 'poetry.lock', 'pdm.lock', 'Pipfile.lock'],
    runtime: ['.python-version', '.tool-versions'],
  },
  {
    ecosystem: 'node',
    manifests: ['package.json'],
    // npm reads npm-shrinkwrap.json in preference to package-lock.json (npm docs, "npm-shrinkwrap.json").
    lockfiles: ['npm-shrinkwrap.json', 'package-lock.json', 'pnpm-lock.yaml', 'yarn.lock'],
    runtime: ['.nvmrc', '.node-version', '.tool-versions'],
  },
];

export interface Discovered {
  ecosystem: 'python' | 'node';
  manifests: string[];
  lockfile?: string;
  runtime: string[];
  notes: string[];
}

export function discover(cwd: string, rule: DiscoveryRule): Discovered {
  const present = (file: string): boolean => existsSync(path.join(cwd, file));
  const manifests = rule.manifests.filter(present);
  const lockfiles = rule.lockfiles.filter(present);
  const runtime = rule.runtime.filter(present);
  const notes: string[] = [];
  if (lockfiles.length > 1) {
    notes.push(`${lockfiles[0]} is used as the ${rule.ecosystem} lockfile; ${lockfiles.slice(1).join(', ')} ${lockfiles.length > 2 ? 'are' : 'is'} not read (precedence: ${rule.lockfiles.join(' > ')})`);
  }
  return { ecosystem: rule.ecosystem, manifests, lockfile: lockfiles[0], runtime, notes };
}
