// Every probe asks the machine through this one door: argv only (never a shell, so a package name
// or a path from a pull request is never parsed as shell syntax), a deadline that kills the whole
// process group (an interpreter may have started children of its own), and capped output (an
// import that prints megabytes must not exhaust the gate's memory).

import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import type { Readable } from 'node:stream';

/** Captured stdout/stderr beyond this many bytes (each) is dropped and `truncated` is set. */
export const MAX_CAPTURED_OUTPUT_BYTES = 8 * 1024 * 1024;

/**
 * After the process exits, how long its pipes may stay open (held by a child it left behind)
 * before the rest of its group is killed and the pipes are closed.
 */
export const PIPE_DRAIN_GRACE_MS = 200;

/** Why a process could not be started at all. */
export type ProcessStartError =
  /** The command was not found (no such file, or not on PATH). */
  | 'ENOENT'
  /** The file exists but cannot be executed (no permission, a directory). */
  | 'EACCES'
  /** The working directory does not exist or is not a directory. */
  | 'EBADCWD'
  /** Anything else spawn reported (its code, e.g. 'E2BIG'). */
  | (string & {});

export interface ProcessOptions {
  cwd: string;
  /** Kill the process group when this many ms pass without `restartTimeout()`. */
  timeoutMs: number;
  /** Defaults to the gate's own environment. */
  env?: NodeJS.ProcessEnv;
  /** Written to stdin, which is then closed; without it stdin is /dev/null. */
  input?: string;
  maxOutputBytes?: number;
  /** How many extra output pipes to open, as fd 3, 4, … in the child. */
  extraOutputFds?: number;
  /** Receives what the child writes to an extra pipe (fd 3, 4, …), as it arrives. */
  onExtraOutput?: (fd: number, chunk: Buffer) => void;
}

export interface ProcessResult {
  /** null when killed by a signal or never started. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The deadline passed and the process group was killed. */
  timedOut: boolean;
  /** Some stdout or stderr was dropped (see MAX_CAPTURED_OUTPUT_BYTES). */
  truncated: boolean;
  /** Set when the process could not be started. */
  error?: ProcessStartError;
  /** Human-readable form of `error`. */
  errorMessage?: string;
}

export interface RunningProcess {
  readonly result: Promise<ProcessResult>;
  /** Gives the process a fresh `timeoutMs` from now (for per-step deadlines). */
  restartTimeout(): void;
}

/** Starts `argv[0]` with `argv.slice(1)`; never throws, failures to start come back in the result. */
export function startProcess(argv: readonly string[], options: ProcessOptions): RunningProcess {
  let restart = (): void => {};
  const result = new Promise<ProcessResult>((resolve) => {
    const finishEarly = (error: ProcessStartError, errorMessage: string): void =>
      resolve({ exitCode: null, signal: null, stdout: '', stderr: '', timedOut: false, truncated: false, error, errorMessage });

    if (argv.length === 0 || argv[0] === '') {
      finishEarly('ENOENT', 'no command given');
      return;
    }
    if (!isDirectory(options.cwd)) {
      finishEarly('EBADCWD', `working directory ${options.cwd} does not exist`);
      return;
    }

    const extraFds = options.extraOutputFds ?? 0;
    const maxBytes = options.maxOutputBytes ?? MAX_CAPTURED_OUTPUT_BYTES;
    // POSIX: `detached` makes the child a process-group leader, so one kill(-pid) reaches
    // everything it started. Windows has no process groups; there we kill the child alone.
    const useProcessGroup = process.platform !== 'win32';
    let child: ChildProcess;
    try {
      child = spawn(argv[0], argv.slice(1), {
        cwd: options.cwd,
        env: options.env ?? process.env,
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe', ...Array<'pipe'>(extraFds).fill('pipe')],
        detached: useProcessGroup,
        shell: false,
        windowsHide: true,
      });
    } catch (err) {
      // spawn throws synchronously for malformed arguments (e.g. a NUL byte in argv).
      finishEarly(errorCode(err), errorText(err));
      return;
    }

    const stdout = new CappedBuffer(maxBytes);
    const stderr = new CappedBuffer(maxBytes);
    let timedOut = false;
    let startError: NodeJS.ErrnoException | undefined;
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    let drainTimer: NodeJS.Timeout | undefined;

    const killGroup = (): void => {
      if (child.pid === undefined) return;
      try {
        if (useProcessGroup) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // ESRCH: the group is already gone.
      }
    };
    const armTimer = (): void => {
      if (timer) clearTimeout(timer);
      if (settled) return;
      timer = setTimeout(() => {
        timedOut = true;
        killGroup();
      }, Math.max(0, options.timeoutMs));
    };
    restart = armTimer;

    child.stdout?.on('data', (chunk: Buffer) => stdout.add(chunk));
    child.stderr?.on('data', (chunk: Buffer) => stderr.add(chunk));
    for (let fd = 3; fd < 3 + extraFds; fd++) {
      const pipe = child.stdio[fd] as Readable | null;
      pipe?.on('data', (chunk: Buffer) => options.onExtraOutput?.(fd, chunk));
    }
    if (options.input !== undefined && child.stdin) {
      // A child that exits without reading its input makes the write fail with EPIPE: not our error.
      child.stdin.on('error', () => {});
      child.stdin.end(options.input);
    }

    child.on('error', (err: NodeJS.ErrnoException) => {
      // 'error' without 'close' happens when the process never started.
      startError = err;
      if (child.pid === undefined) settle(null, null);
    });
    child.on('exit', () => {
      if (settled) return;
      // A child of the child may still hold our pipes; do not wait on it forever.
      drainTimer = setTimeout(() => {
        killGroup();
        for (const stream of child.stdio) stream?.destroy();
        settle(child.exitCode, child.signalCode);
      }, PIPE_DRAIN_GRACE_MS);
    });
    child.on('close', (code: number | null, signal: NodeJS.Signals | null) => settle(code, signal));

    function settle(code: number | null, signal: NodeJS.Signals | null): void {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      if (drainTimer) clearTimeout(drainTimer);
      const started = startError === undefined || child.pid !== undefined;
      resolve({
        exitCode: started ? code : null,
        signal: started ? signal : null,
        stdout: stdout.text(),
        stderr: stderr.text(),
        timedOut,
        truncated: stdout.truncated || stderr.truncated,
        ...(started ? {} : { error: errorCode(startError), errorMessage: errorText(startError) }),
      });
    }

    armTimer();
  });
  return { result, restartTimeout: () => restart() };
}

/** Runs `argv` to completion (or to its deadline); never throws. */
export function runProcess(argv: readonly string[], options: ProcessOptions): Promise<ProcessResult> {
  return startProcess(argv, options).result;
}

/**
 * A reader for a stream of newline-terminated lines arriving in arbitrary chunks (a runner's
 * result pipe): each complete line goes to `onLine`, a partial one waits for the next chunk.
 */
export function lineReader(onLine: (line: string) => void, encoding: BufferEncoding): (chunk: Buffer) => void {
  let pending = '';
  return (chunk) => {
    pending += chunk.toString(encoding);
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  };
}

/** The last non-empty line of a process's stderr, which is where Python puts the exception. */
export function lastLine(text: string): string {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  return lines.length > 0 ? lines[lines.length - 1] : '';
}

/** "exited with code 3" / "killed by signal SIGSEGV" */
export function describeExit(result: Pick<ProcessResult, 'exitCode' | 'signal'>): string {
  if (result.signal) return `killed by signal ${result.signal}`;
  return `exited with code ${result.exitCode ?? 'unknown'}`;
}

class CappedBuffer {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  truncated = false;

  constructor(private readonly maxBytes: number) {}

  add(chunk: Buffer): void {
    const room = this.maxBytes - this.size;
    if (room <= 0) {
      this.truncated = true;
      return;
    }
    const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
    if (kept !== chunk) this.truncated = true;
    this.chunks.push(kept);
    this.size += kept.length;
  }

  text(): string {
    return Buffer.concat(this.chunks).toString('utf8');
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function errorCode(err: unknown): ProcessStartError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : 'EUNKNOWN';
}

function errorText(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
