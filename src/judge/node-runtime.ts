// Node runtime constraints (engines, packageManager, volta, .nvmrc, .node-version, .tool-versions)
// + the versions the probe found → findings. Pure: no I/O.
//
// Versions are compared as npm-install-checks' checkEngine compares `engines`: strict node-semver
// with includePrerelease, so a Node nightly or release candidate is judged by its numbers.
import type { Finding, RuntimeConstraint } from '../model.js';
import { engineRangeSatisfied, validEngineRange } from '../versions/npm.js';
import { FINDING_CODES } from './finding-codes.js';
import { shellCommand } from './shell-quote.js';

export interface NodeRuntimeVersions {
  node?: string;
  npm?: string;
  pnpm?: string;
  yarn?: string;
}

type NodeRuntime = keyof NodeRuntimeVersions;

const RUNTIME_LABELS: Record<NodeRuntime, string> = { node: 'Node', npm: 'npm', pnpm: 'pnpm', yarn: 'yarn' };

/**
 * `executable` is the node the app will run on (the `node` input, or `node` on PATH); the package
 * managers are the ones found with it.
 */
export function judgeNodeRuntime(constraints: RuntimeConstraint[], versions: NodeRuntimeVersions, executable: string): Finding[] {
  const findings: Finding[] = [];
  for (const constraint of constraints) {
    if (constraint.ecosystem !== 'node') continue;
    const runtime = (constraint.runtime ?? 'node') as NodeRuntime;
    if (!(runtime in RUNTIME_LABELS)) continue;
    const label = RUNTIME_LABELS[runtime];
    const declared = `${constraint.origin} (${constraint.source.file}:${constraint.source.line})`;
    const wanted = describeWanted(constraint, label);
    const finding = (code: Finding['code'], message: string, extra: Partial<Finding> = {}): void => {
      findings.push({
        code,
        kind: FINDING_CODES[code].kind,
        severity: FINDING_CODES[code].severity,
        ecosystem: 'node',
        name: runtime,
        required: constraint.specifier,
        file: constraint.source.file,
        line: constraint.source.line,
        column: constraint.source.column,
        message,
        ...extra,
      });
    };
    const validity = validEngineRange(constraint.specifier);
    if (!validity.ok) {
      finding('DG100', `${declared} cannot be checked: ${validity.error}.`);
      continue;
    }
    const found = versions[runtime];
    const where = runtime === 'node' ? executable : `the ${label} found with ${executable}`;
    if (found === undefined) {
      finding('DG005', runtime === 'node'
        ? `${declared} requires ${wanted}, but ${executable} was not found or did not report its version.`
        : `${declared} requires ${wanted}, but no ${label} was found with ${executable}.`,
      withFix(constraint, runtime));
      continue;
    }
    if (!engineRangeSatisfied(found, constraint.specifier)) {
      finding('DG006', `${declared} requires ${wanted}, but ${where} is ${label} ${found}.`, { found, ...withFix(constraint, runtime) });
    }
  }
  return findings;
}

function describeWanted(constraint: RuntimeConstraint, label: string): string {
  if (constraint.origin === 'packageManager' || constraint.origin.startsWith('volta.')) return `${label} ${constraint.specifier} exactly`;
  return `${label} ${constraint.specifier}`;
}

/** The command that brings the right package manager; none for Node itself, installed too many ways. */
function withFix(constraint: RuntimeConstraint, runtime: NodeRuntime): Partial<Finding> {
  if (runtime === 'node') return {};
  // Once corepack is enabled for pnpm or yarn, their shims run the version packageManager pins.
  if (constraint.origin === 'packageManager' && runtime !== 'npm') return { fix: shellCommand(['corepack', 'enable', runtime]) };
  return { fix: shellCommand(['npm', 'install', '--global', `${runtime}@${constraint.specifier}`]) };
}
