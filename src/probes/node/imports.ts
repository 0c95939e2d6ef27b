// Being in node_modules is not being loadable: a native addon built for another Node ABI, an
// ESM-only package the app requires, or a package whose top level throws without REDIS_URL all
// pass a package.json check. So the app's own `node` loads each package for real, from the
// directory that declares it. One runner process loads them in sequence (one start for the
// common case); a package that hangs or ends its process costs one more start for the rest.

import path from 'node:path';
import type { ImportResult } from '../../model.js';
import { describeExit, lineReader, startProcess, type ProcessResult } from '../process.js';
import { NODE_IMPORT_RESULT_FD, NODE_IMPORT_SCRIPT, RESULT_PIPE_LOST_EXIT_CODE } from './import-script.js';
import { nodeErrorLine } from './runtime.js';

/** The runner's stdout/stderr are only read to explain a runner that died while starting. */
export const NODE_IMPORT_RUNNER_OUTPUT_BYTES = 64 * 1024;

/**
 * Most bytes of probe arguments one runner start takes; more probes wait for the next start.
 * Argument and environment space together is 2 MiB on Linux (ARG_MAX with the default 8 MiB
 * stack) and 1 MiB on macOS, and a CI job's environment can be large.
 */
export const MAX_RUNNER_ARGUMENT_BYTES = 512 * 1024;

export interface NodeImportProbe {
  /** What the app passes to require()/import(): a package name, optionally with a subpath. */
  name: string;
  /** The directory of the package.json that declares it (relative ones are relative to `cwd`). */
  fromDir: string;
}

/**
 * Results in the order of `probes` (`module` is the probe's name); never throws. `timeoutMs`
 * applies to each probe alone.
 */
export async function probeNodeImports(
  nodeExecutable: string,
  probes: NodeImportProbe[],
  opts: { cwd: string; timeoutMs: number },
): Promise<ImportResult[]> {
  const resolved = probes.map((probe) => ({ name: probe.name, fromDir: path.resolve(opts.cwd, probe.fromDir) }));
  const results: ImportResult[] = [];
  while (results.length < resolved.length) {
    const batch = argumentBatch(resolved.slice(results.length));
    if (batch.length === 0) {
      results.push(unpassableProbe(resolved[results.length]));
      continue;
    }
    const run = await runImportRunner(nodeExecutable, batch, opts);
    results.push(...run.answered);
    if (run.answered.length === batch.length) continue;

    if (!run.ready) {
      // Node itself cannot start: another start would fail the same way.
      const failure = startupFailure(nodeExecutable, run.process, opts.timeoutMs);
      results.push(...resolved.slice(results.length).map((probe) => ({ module: probe.name, ...failure })));
      break;
    }
    // The runner stopped inside the next package's load: that package hung or ended the process.
    const module = resolved[results.length].name;
    results.push(
      run.process.timedOut
        ? { module, status: 'timeout' }
        : { module, status: 'crashed', errorMessage: crashDescription(run.process) },
    );
  }
  return results;
}

/**
 * The first probes whose arguments fit in MAX_RUNNER_ARGUMENT_BYTES (at least one), up to the
 * first that no argv can carry (a NUL byte), which gets an answer of its own.
 */
function argumentBatch<T extends { name: string; fromDir: string }>(probes: T[]): T[] {
  let bytes = 0;
  let count = 0;
  while (count < probes.length) {
    if (probes[count].name.includes('\0') || probes[count].fromDir.includes('\0')) break;
    bytes += Buffer.byteLength(probes[count].name) + Buffer.byteLength(probes[count].fromDir) + 2;
    if (bytes > MAX_RUNNER_ARGUMENT_BYTES && count > 0) break;
    count++;
  }
  return probes.slice(0, count);
}

/** The answer for a probe with a NUL byte: the runner's own words for a name it will not load. */
function unpassableProbe(probe: { name: string; fromDir: string }): ImportResult {
  const what = probe.name.includes('\0') ? `not a package name: ${JSON.stringify(probe.name)}` : `not a directory: ${JSON.stringify(probe.fromDir)}`;
  return { module: probe.name, status: 'error', errorType: 'TypeError', errorMessage: what };
}

interface RunnerOutcome {
  /** Results for the first probes, in order, as the runner reported them. */
  answered: ImportResult[];
  /** Whether the runner got as far as loading anything. */
  ready: boolean;
  process: ProcessResult;
}

type RunnerEvent =
  | { event: 'ready'; token: string }
  | { event: 'begin'; index: number; token: string }
  | { event: 'result'; index: number; token: string; status: 'ok' | 'error'; errorType?: string; errorMessage?: string };

async function runImportRunner(
  nodeExecutable: string,
  probes: { name: string; fromDir: string }[],
  opts: { cwd: string; timeoutMs: number },
): Promise<RunnerOutcome> {
  const answered: ImportResult[] = [];
  let token: string | undefined;

  const onEvent = (event: RunnerEvent): void => {
    if (event.event === 'ready') {
      // The first ready line is the runner's own: it is written before any package is loaded.
      if (token !== undefined) return;
      token = event.token;
      runner.restartTimeout();
      return;
    }
    if (event.token !== token) return;
    if (event.event === 'begin') {
      // Each probe gets the full timeout from the moment its load starts.
      runner.restartTimeout();
    } else if (event.index === answered.length && event.index < probes.length) {
      const module = probes[event.index].name;
      answered.push(
        event.status === 'ok'
          ? { module, status: 'ok' }
          : { module, status: 'error', errorType: event.errorType ?? 'Error', errorMessage: event.errorMessage ?? '' },
      );
    }
  };

  const readResults = lineReader((line) => {
    const event = parseRunnerEvent(line);
    if (event) onEvent(event);
  }, 'utf8');
  const runner = startProcess(
    [nodeExecutable, '--input-type=module', '-e', NODE_IMPORT_SCRIPT, '--', ...probes.flatMap((probe) => [probe.name, probe.fromDir])],
    {
      cwd: opts.cwd,
      timeoutMs: opts.timeoutMs,
      extraOutputFds: 1,
      maxOutputBytes: NODE_IMPORT_RUNNER_OUTPUT_BYTES,
      onExtraOutput: (fd, chunk) => {
        if (fd === NODE_IMPORT_RESULT_FD) readResults(chunk);
      },
    },
  );
  const exit = await runner.result;
  return { answered, ready: token !== undefined, process: exit };
}

/** One line of the runner's result pipe; undefined for anything that is not a whole event. */
export function parseRunnerEvent(line: string): RunnerEvent | undefined {
  if (line.trim() === '') return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const event = raw as Record<string, unknown>;
  if (typeof event.token !== 'string') return undefined;
  if (event.event === 'ready') return { event: 'ready', token: event.token };
  if (typeof event.index !== 'number') return undefined;
  if (event.event === 'begin') return { event: 'begin', index: event.index, token: event.token };
  if (event.event === 'result' && (event.status === 'ok' || event.status === 'error')) {
    return {
      event: 'result',
      index: event.index,
      token: event.token,
      status: event.status,
      ...(typeof event.errorType === 'string' ? { errorType: event.errorType } : {}),
      ...(typeof event.errorMessage === 'string' ? { errorMessage: event.errorMessage } : {}),
    };
  }
  return undefined;
}

function crashDescription(run: ProcessResult): string {
  if (run.exitCode === RESULT_PIPE_LOST_EXIT_CODE && run.signal === null) {
    return `${describeExit(run)}: the package closed the runner's result pipe (fd ${NODE_IMPORT_RESULT_FD})`;
  }
  return describeExit(run);
}

function startupFailure(nodeExecutable: string, run: ProcessResult, timeoutMs: number): Omit<ImportResult, 'module'> {
  if (run.error !== undefined) {
    const why = run.error === 'ENOENT' ? 'not found' : (run.errorMessage ?? run.error);
    return { status: 'crashed', errorMessage: `could not start ${nodeExecutable}: ${why}` };
  }
  if (run.timedOut) {
    return { status: 'timeout', errorMessage: `${nodeExecutable} did not start within ${timeoutMs} ms` };
  }
  const why = nodeErrorLine(run.stderr);
  return { status: 'crashed', errorMessage: `${nodeExecutable} ${describeExit(run)} before loading anything${why ? `: ${why}` : ''}` };
}
