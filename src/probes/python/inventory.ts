// One start of the app's own interpreter answers everything about what is installed: it reads
// its sys.path the way `import` will, so the answer is the app's truth, not pip's or the gate's.

import type { PythonDistribution, PythonEnvironment, ShadowedDistribution } from '../../model.js';
import { runProcess, lastLine, describeExit } from '../process.js';
import { INTERPRETER_SOURCE_LABELS, type InterpreterChoice } from './interpreter.js';
import { INVENTORY_MARKER, INVENTORY_PROTOCOL, INVENTORY_SCRIPT } from './inventory-script.js';

export type { ShadowedDistribution };

export type PythonProbeFailure = 'not-found' | 'not-python' | 'failed' | 'timeout';

export type PythonProbe =
  | { ok: true; environment: PythonEnvironment }
  | { ok: false; reason: PythonProbeFailure; message: string };

export async function probePythonEnvironment(
  choice: InterpreterChoice,
  opts: {
    cwd: string;
    timeoutMs: number;
    /** The interpreter's environment (default: the gate's own); PYTHONUSERBASE, PYTHONPATH and the like change what it sees. */
    env?: NodeJS.ProcessEnv;
  },
): Promise<PythonProbe> {
  const named = `${choice.command} (from ${INTERPRETER_SOURCE_LABELS[choice.from]})`;
  const run = await runProcess([choice.command, '-c', INVENTORY_SCRIPT], { cwd: opts.cwd, timeoutMs: opts.timeoutMs, env: opts.env });

  if (run.error === 'ENOENT') {
    return { ok: false, reason: 'not-found', message: `Python interpreter not found: ${named}` };
  }
  if (run.error === 'EACCES') {
    return { ok: false, reason: 'not-python', message: `${named} cannot be executed (permission denied, or not a file)` };
  }
  if (run.error !== undefined) {
    return { ok: false, reason: 'failed', message: `${named} could not be started: ${run.errorMessage ?? run.error}` };
  }
  if (run.timedOut) {
    return { ok: false, reason: 'timeout', message: `${named} did not answer within ${opts.timeoutMs} ms` };
  }
  if (run.exitCode !== 0) {
    const why = lastLine(run.stderr);
    return { ok: false, reason: 'failed', message: `${named} ${describeExit(run)}${why ? `: ${why}` : ''}` };
  }

  const answer = parseInventoryAnswer(run.stdout);
  if (answer === undefined) {
    return { ok: false, reason: 'not-python', message: `${named} did not answer like a Python 3.7+ interpreter` };
  }
  return {
    ok: true,
    environment: {
      requested: choice.command,
      requestedFrom: INTERPRETER_SOURCE_LABELS[choice.from],
      executable: answer.executable,
      version: answer.version,
      prefix: answer.prefix,
      markers: answer.markers,
      distributions: answer.distributions,
      shadowed: answer.shadowed,
      externallyManaged: answer.externallyManaged,
    },
  };
}

interface InventoryAnswer {
  executable: string;
  version: string;
  prefix: string;
  markers: Record<string, string>;
  distributions: PythonDistribution[];
  shadowed: ShadowedDistribution[];
  externallyManaged: boolean;
}

/**
 * The JSON after the last marker. Anything before it (a sitecustomize or .pth file that prints)
 * is ignored; anything that is not our answer makes the whole output "not Python".
 */
export function parseInventoryAnswer(stdout: string): InventoryAnswer | undefined {
  const at = stdout.lastIndexOf(INVENTORY_MARKER);
  if (at < 0) return undefined;
  const line = stdout.slice(at + INVENTORY_MARKER.length).split('\n', 1)[0];
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!isRecord(raw) || raw.protocol !== INVENTORY_PROTOCOL) return undefined;
  if (typeof raw.executable !== 'string' || typeof raw.version !== 'string' || typeof raw.prefix !== 'string') return undefined;
  if (!isRecord(raw.markers) || !Array.isArray(raw.distributions)) return undefined;
  return {
    executable: raw.executable,
    version: raw.version,
    prefix: raw.prefix,
    markers: Object.fromEntries(Object.entries(raw.markers).filter((entry): entry is [string, string] => typeof entry[1] === 'string')),
    distributions: raw.distributions.filter(isRecord).map(toDistribution),
    shadowed: (Array.isArray(raw.shadowed) ? raw.shadowed : []).filter(isRecord).map((s) => ({
      name: text(s.name),
      canonicalName: text(s.canonicalName),
      version: text(s.version),
      location: text(s.location),
      shadowedBy: text(s.shadowedBy),
    })),
    externallyManaged: raw.externallyManaged === true,
  };
}

function toDistribution(raw: Record<string, unknown>): PythonDistribution {
  const distribution: PythonDistribution = {
    name: text(raw.name),
    canonicalName: text(raw.canonicalName),
    version: text(raw.version),
    importNames: Array.isArray(raw.importNames) ? raw.importNames.filter((n): n is string => typeof n === 'string') : [],
    editable: raw.editable === true,
    location: text(raw.location),
    hasRecord: raw.hasRecord === true,
  };
  if (Array.isArray(raw.extraRequires)) {
    const extraRequires = raw.extraRequires.filter((line): line is string => typeof line === 'string');
    if (extraRequires.length > 0) distribution.extraRequires = extraRequires;
  }
  if (isRecord(raw.directUrl) && typeof raw.directUrl.url === 'string') {
    const direct = raw.directUrl;
    distribution.directUrl = {
      url: text(direct.url),
      editable: direct.editable === true,
      ...(typeof direct.vcs === 'string' ? { vcs: direct.vcs } : {}),
      ...(typeof direct.commitId === 'string' ? { commitId: direct.commitId } : {}),
    };
  }
  return distribution;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
