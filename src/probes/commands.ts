// Runs a declared command probe: its argv as given (a shell only when the spec says `shell: true`,
// and then `sh -c` with the string as one argument), with a deadline, keeping its exit status,
// its stdout for `expect-output`, and the tail of its stderr for the finding.
import { runProcess, type ProcessResult } from './process.js';

/** How much of stderr a finding shows: the last lines, where a failure is usually explained. */
export const STDERR_TAIL_LINES = 20;
export const STDERR_TAIL_MAX_CHARS = 4000;
/** A command's output kept for `expect-output` (each of stdout and stderr). */
export const COMMAND_OUTPUT_BYTES = 1024 * 1024;

export interface CommandRun {
  /** null when killed by a signal, timed out, or never started. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Why it could not be started (ENOENT, EACCES, ...), with a readable message. */
  startError?: { code: string; message: string };
  stdout: string;
  stderr: string;
  /** The last STDERR_TAIL_LINES non-empty lines of stderr, at most STDERR_TAIL_MAX_CHARS. */
  stderrTail: string;
  truncated: boolean;
}

export interface CommandRunOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  timeoutMs: number;
}

/** Never throws. */
export async function runCommandProbe(argv: readonly string[], options: CommandRunOptions): Promise<CommandRun> {
  const env = Object.fromEntries(Object.entries(options.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  const result: ProcessResult = await runProcess(argv, { cwd: options.cwd, env, timeoutMs: options.timeoutMs, maxOutputBytes: COMMAND_OUTPUT_BYTES });
  return {
    exitCode: result.error ? null : result.exitCode,
    signal: result.signal,
    timedOut: result.timedOut,
    ...(result.error ? { startError: { code: result.error, message: result.errorMessage ?? result.error } } : {}),
    stdout: result.stdout,
    stderr: result.stderr,
    stderrTail: tailOf(result.stderr),
    truncated: result.truncated,
  };
}

/** The last lines of a text, trimmed to the limits above (cut at the start, where it matters least). */
export function tailOf(text: string, maxLines = STDERR_TAIL_LINES, maxChars = STDERR_TAIL_MAX_CHARS): string {
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const tail = lines.slice(-maxLines).join('\n');
  return tail.length > maxChars ? `…${tail.slice(tail.length - maxChars + 1)}` : tail;
}
