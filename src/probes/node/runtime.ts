// The Node.js the app will run on is the one its deploy starts (the `node` input, else `node` on
// PATH), never the gate's own process.execPath: GitHub runs actions on their own bundled Node,
// which says nothing about the one setup-node put on PATH for the app.

import { describeExit, lastLine, runProcess } from '../process.js';

export type NodeRuntimeProbe =
  | { ok: true; executable: string; version: string }
  | { ok: false; reason: 'not-found' | 'failed' | 'timeout'; message: string };

/** What the runtime prints for `-p`: one JSON line, the last line of its stdout. */
const RUNTIME_QUESTION = 'JSON.stringify({v: process.version, e: process.execPath})';

/** A semver version as package managers print it, optionally with a leading v. */
const PRINTED_VERSION = /^v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]*)?)$/;

/**
 * Starts `command` once and asks it its version and real executable. `version` is without the
 * leading `v` (`20.11.1`), as semver ranges in engines.node are compared. Never throws.
 */
export async function probeNodeRuntime(command: string, opts: { cwd: string; timeoutMs: number }): Promise<NodeRuntimeProbe> {
  const run = await runProcess([command, '-p', RUNTIME_QUESTION], { cwd: opts.cwd, timeoutMs: opts.timeoutMs });
  if (run.error === 'ENOENT') {
    return { ok: false, reason: 'not-found', message: `Node.js not found: ${command}` };
  }
  if (run.error !== undefined) {
    return { ok: false, reason: 'failed', message: `${command} could not be started: ${run.errorMessage ?? run.error}` };
  }
  if (run.timedOut) {
    return { ok: false, reason: 'timeout', message: `${command} did not answer within ${opts.timeoutMs} ms` };
  }
  if (run.exitCode !== 0) {
    const why = nodeErrorLine(run.stderr);
    return { ok: false, reason: 'failed', message: `${command} ${describeExit(run)}${why ? `: ${why}` : ''}` };
  }
  const answer = parseRuntimeAnswer(run.stdout);
  if (answer === undefined) {
    return { ok: false, reason: 'failed', message: `${command} did not answer like Node.js (node -p printed ${JSON.stringify(lastLine(run.stdout))})` };
  }
  return { ok: true, ...answer };
}

/**
 * `npm --version` (or pnpm, yarn) run in `cwd`, where Corepack and Yarn's `yarnPath` pick the
 * project's own version; undefined when it is not installed or prints no version. Never throws.
 */
export async function probePackageManagerVersion(
  command: 'npm' | 'pnpm' | 'yarn',
  opts: { cwd: string; timeoutMs: number },
): Promise<string | undefined> {
  const run = await runProcess([command, '--version'], {
    cwd: opts.cwd,
    timeoutMs: opts.timeoutMs,
    // Corepack asks on the terminal before downloading a pinned package manager; there is no one to answer.
    env: { ...process.env, COREPACK_ENABLE_DOWNLOAD_PROMPT: '0' },
  });
  if (run.error !== undefined || run.timedOut || run.exitCode !== 0) return undefined;
  return PRINTED_VERSION.exec(lastLine(run.stdout))?.[1];
}

/** The JSON on the last line of `node -p` output (a NODE_OPTIONS --require may print before it). */
export function parseRuntimeAnswer(stdout: string): { executable: string; version: string } | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(lastLine(stdout));
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { v, e } = raw as Record<string, unknown>;
  if (typeof v !== 'string' || typeof e !== 'string') return undefined;
  const version = PRINTED_VERSION.exec(v)?.[1];
  return version === undefined ? undefined : { executable: e, version };
}

/**
 * The line of Node's stderr that says what went wrong. For an uncaught error Node prints the
 * source line, a caret, then "TypeError: ..." followed by the stack, the error's own properties
 * and a "Node.js v20.11.1" line: the "...Error: " line is the one. A bad option or NODE_OPTIONS
 * entry is one "node: ..." line.
 */
export function nodeErrorLine(stderr: string): string {
  const lines = stderr.split(/\r?\n/).map((line) => line.trim());
  const named = lines.find((line) => /^(?:[A-Z]\w*(?:Error|Exception)\b|node: )/.test(line));
  return named ?? lastLine(lines.filter((line) => !line.startsWith('at ') && !/^Node\.js v\d/.test(line)).join('\n'));
}
