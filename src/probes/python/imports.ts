// Being installed is not being importable: a wheel for the wrong libc, a missing libpq.so.5, or a
// module that exits at import time all pass a metadata check. So the app's interpreter imports
// each module for real. One runner process imports them in sequence (one interpreter start for
// the common case); a module that hangs or kills its process costs one more start for the rest.

import type { ImportResult } from '../../model.js';
import { describeExit, lastLine, lineReader, startProcess, type ProcessResult } from '../process.js';
import { IMPORT_RESULT_FD, IMPORT_SCRIPT } from './import-script.js';

/** The runner's stdout/stderr are only read to explain a runner that died while starting. */
export const IMPORT_RUNNER_OUTPUT_BYTES = 64 * 1024;

/** Results in the order of `modules`; never throws. `timeoutMs` applies to each module alone. */
export async function probeImports(
  executable: string,
  modules: string[],
  opts: { cwd: string; timeoutMs: number },
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  while (results.length < modules.length) {
    const remaining = modules.slice(results.length);
    const run = await runImportRunner(executable, remaining, opts);
    results.push(...run.answered);
    if (results.length === modules.length) break;

    if (!run.ready) {
      // The interpreter itself cannot start: another start would fail the same way.
      const failure = startupFailure(executable, run.process, opts.timeoutMs);
      results.push(...modules.slice(results.length).map((module) => ({ module, ...failure })));
      break;
    }
    // The runner stopped inside the next module's import: that module hung or killed it.
    const module = modules[results.length];
    results.push(
      run.process.timedOut
        ? { module, status: 'timeout' }
        : { module, status: 'crashed', errorMessage: describeExit(run.process) },
    );
  }
  return results;
}

interface RunnerOutcome {
  /** Results for the first modules, in order, as the runner reported them. */
  answered: ImportResult[];
  /** Whether the runner got as far as importing anything. */
  ready: boolean;
  process: ProcessResult;
}

type RunnerEvent =
  | { event: 'ready' }
  | { event: 'begin'; index: number }
  | { event: 'result'; index: number; status: 'ok' | 'error'; errorType?: string; errorMessage?: string };

async function runImportRunner(
  executable: string,
  modules: string[],
  opts: { cwd: string; timeoutMs: number },
): Promise<RunnerOutcome> {
  const answered: ImportResult[] = [];
  let ready = false;

  const onEvent = (event: RunnerEvent): void => {
    if (event.event === 'ready') {
      ready = true;
      runner.restartTimeout();
    } else if (event.event === 'begin') {
      // Each module gets the full timeout from the moment its import starts.
      runner.restartTimeout();
    } else if (event.event === 'result' && event.index === answered.length && event.index < modules.length) {
      const module = modules[event.index];
      answered.push(
        event.status === 'ok'
          ? { module, status: 'ok' }
          : { module, status: 'error', errorType: event.errorType ?? 'Exception', errorMessage: event.errorMessage ?? '' },
      );
    }
  };

  const readResults = lineReader((line) => {
    const event = parseEvent(line);
    if (event) onEvent(event);
  }, 'ascii');
  const runner = startProcess([executable, '-c', IMPORT_SCRIPT, ...modules], {
    cwd: opts.cwd,
    timeoutMs: opts.timeoutMs,
    extraOutputFds: 1,
    maxOutputBytes: IMPORT_RUNNER_OUTPUT_BYTES,
    onExtraOutput: (fd, chunk) => {
      if (fd === IMPORT_RESULT_FD) readResults(chunk);
    },
  });
  const exit = await runner.result;
  return { answered, ready, process: exit };
}

function parseEvent(line: string): RunnerEvent | undefined {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const event = raw as Record<string, unknown>;
  if (event.event === 'ready') return { event: 'ready' };
  if (typeof event.index !== 'number') return undefined;
  if (event.event === 'begin') return { event: 'begin', index: event.index };
  if (event.event === 'result' && (event.status === 'ok' || event.status === 'error')) {
    return {
      event: 'result',
      index: event.index,
      status: event.status,
      ...(typeof event.errorType === 'string' ? { errorType: event.errorType } : {}),
      ...(typeof event.errorMessage === 'string' ? { errorMessage: event.errorMessage } : {}),
    };
  }
  return undefined;
}

function startupFailure(executable: string, run: ProcessResult, timeoutMs: number): Omit<ImportResult, 'module'> {
  if (run.error !== undefined) {
    const why = run.error === 'ENOENT' ? 'not found' : (run.errorMessage ?? run.error);
    return { status: 'crashed', errorMessage: `could not start ${executable}: ${why}` };
  }
  if (run.timedOut) {
    return { status: 'timeout', errorMessage: `${executable} did not start within ${timeoutMs} ms` };
  }
  const why = lastLine(run.stderr);
  return { status: 'crashed', errorMessage: `${executable} ${describeExit(run)} before importing anything${why ? `: ${why}` : ''}` };
}
