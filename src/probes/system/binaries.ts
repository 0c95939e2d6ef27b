// Binaries on PATH: where each one is (looked up here, the way execvp would, without a shell),
// and, for those with a version range, the version the tool prints about itself. That takes
// one process per binary (no tool reports another's version), so they run side by side, a few
// at a time, each under the probe deadline.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import type { SystemBinaryRequirement } from '../../config/system-section.js';
import { describeExit, runProcess } from '../process.js';

/** How many version probes run at once: enough to hide latency, few enough not to starve the runner. */
export const MAX_PARALLEL_VERSION_PROBES = 4;
/** Only this much of a tool's output is searched for its version (a version line comes first). */
export const MAX_VERSION_OUTPUT_CHARS = 64 * 1024;
/** How much of the first output line a finding quotes. */
export const MAX_QUOTED_LINE_CHARS = 200;
/** A user's `pattern` may run this long before it is abandoned (a pattern can backtrack for ever). */
export const PATTERN_TIMEOUT_MS = 1000;

/** The arguments that make a tool print its version, where `--version` is not it. */
export const DEFAULT_VERSION_ARGS: Readonly<Record<string, readonly string[]>> = {
  // The JDK's launchers print `openjdk version "17.0.13"` to stderr for -version.
  java: ['-version'],
  javac: ['-version'],
  // OpenSSH prints `OpenSSH_9.2p1 …` to stderr for -V and has no --version.
  ssh: ['-V'],
  go: ['version'],
  // Without --client kubectl also asks the cluster, which may not exist (or may hang).
  kubectl: ['version', '--client'],
  helm: ['version'],
  openssl: ['version'],
  ffmpeg: ['-version'],
  ffprobe: ['-version'],
};
export const DEFAULT_VERSION_ARGS_OTHERWISE: readonly string[] = ['--version'];

export function versionArgsFor(binary: Pick<SystemBinaryRequirement, 'name' | 'args'>): string[] {
  return [...(binary.args ?? DEFAULT_VERSION_ARGS[binary.name] ?? DEFAULT_VERSION_ARGS_OTHERWISE)];
}

export interface PathLookup {
  /** Absolute path of the first executable file of that name on PATH. */
  path?: string;
  /** The PATH directories looked in, in order. */
  searched: string[];
}

/**
 * Finds `name` on `env.PATH` as execvp would, but skips relative PATH entries (`.`, ``): the
 * gate runs in a checkout of the pull request, and a relative entry would run the pull
 * request's own file under a trusted tool's name.
 */
export function findOnPath(name: string, env: Record<string, string | undefined>): PathLookup {
  const searched: string[] = [];
  if (name === '' || /[/\\]/.test(name)) return { searched };
  const pathValue = env.PATH ?? env.Path ?? '';
  const extensions = process.platform === 'win32' ? ['', ...(env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean)] : [''];
  for (const directory of pathValue.split(path.delimiter)) {
    if (directory === '' || !path.isAbsolute(directory) || searched.includes(directory)) continue;
    searched.push(directory);
    for (const extension of extensions) {
      const candidate = path.join(directory, name + extension);
      if (isExecutableFile(candidate)) return { path: candidate, searched };
    }
  }
  return { searched };
}

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export type BinaryVersionReading =
  | { status: 'ok'; version: string; argv: string[] }
  /** Ran, but no version could be found in what it printed. */
  | { status: 'unparseable'; argv: string[]; firstLine: string; exit: string; patternError?: string }
  | { status: 'timeout'; argv: string[]; timeoutMs: number }
  /** Could not be started at all. */
  | { status: 'failed'; argv: string[]; message: string };

export interface BinaryObservation {
  name: string;
  path?: string;
  searched: string[];
  /** Present when the binary was found and a range asks for its version. */
  version?: BinaryVersionReading;
}

export interface BinaryProbeOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  timeoutMs: number;
  concurrency?: number;
}

/** One observation per declared binary, in the same order. Never throws. */
export async function probeBinaries(binaries: readonly SystemBinaryRequirement[], options: BinaryProbeOptions): Promise<BinaryObservation[]> {
  const observations: BinaryObservation[] = binaries.map((binary) => ({ name: binary.name, ...findOnPath(binary.name, options.env) }));
  const toRun = binaries.map((binary, index) => ({ binary, index })).filter(({ binary, index }) => binary.range !== '' && observations[index].path);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < toRun.length) {
      const { binary, index } = toRun[next++];
      observations[index].version = await readBinaryVersion(observations[index].path as string, binary, options);
    }
  };
  const workers = Math.max(1, Math.min(options.concurrency ?? MAX_PARALLEL_VERSION_PROBES, toRun.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return observations;
}

/** Runs `executable` with the binary's version arguments and reads its version from stdout, then stderr. */
export async function readBinaryVersion(executable: string, binary: Pick<SystemBinaryRequirement, 'name' | 'args' | 'pattern'>, options: BinaryProbeOptions): Promise<BinaryVersionReading> {
  const argv = [executable, ...versionArgsFor(binary)];
  // The C locale keeps a tool's version line in the words the default pattern expects.
  const result = await runProcess(argv, { cwd: options.cwd, env: { ...options.env, LC_ALL: 'C' }, timeoutMs: options.timeoutMs, maxOutputBytes: MAX_VERSION_OUTPUT_CHARS });
  if (result.error) return { status: 'failed', argv, message: result.errorMessage ?? result.error };
  if (result.timedOut) return { status: 'timeout', argv, timeoutMs: options.timeoutMs };
  const output = `${result.stdout}\n${result.stderr}`.slice(0, MAX_VERSION_OUTPUT_CHARS);
  const extracted = extractVersion(output, binary.pattern);
  if (extracted.version !== undefined) return { status: 'ok', version: extracted.version, argv };
  return {
    status: 'unparseable',
    argv,
    firstLine: firstLine(output),
    exit: describeExit(result),
    ...(extracted.patternError ? { patternError: extracted.patternError } : {}),
  };
}

/** A dotted version: 2.39.5, 9.2p1, 3.13.0rc1, 6.0-6ubuntu1, 1.2.3-rc.1 (not the `.windows.1` of 2.39.5.windows.1). */
const DOTTED_VERSION = /(?<![0-9.])\d+(?:\.\d+)+(?:[-+~_]?[0-9A-Za-z]+(?:[.+~_-][0-9A-Za-z]+)*)?/;
/** Failing a dotted one, a whole word that is a number: `openjdk version "21"`, `PostgreSQL 17beta1`. */
const WORD_VERSION = /(?<![\w.-])\d+(?:[A-Za-z]+\d*)?(?![\w.])/;

/**
 * The version in a tool's output: the user's pattern (its first group, or the whole match),
 * else the first dotted version, else the first number standing alone.
 */
export function extractVersion(output: string, pattern?: string): { version?: string; patternError?: string } {
  if (pattern !== undefined) {
    const matched = matchPattern(pattern, output);
    if ('error' in matched) return { patternError: matched.error };
    const version = matched.match?.trim();
    return version ? { version } : {};
  }
  const version = DOTTED_VERSION.exec(output)?.[0] ?? WORD_VERSION.exec(output)?.[0];
  return version ? { version } : {};
}

/** Runs a user's regular expression in a separate context with a deadline: a pattern from a pull request may backtrack for ever. */
function matchPattern(pattern: string, text: string): { match?: string } | { error: string } {
  try {
    const context = vm.createContext({ pattern, text });
    const found = vm.runInContext('(() => { const m = new RegExp(pattern).exec(text); return m === null ? null : String(m[1] ?? m[0]); })()', context, { timeout: PATTERN_TIMEOUT_MS }) as string | null;
    return found === null ? {} : { match: found };
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { error: `the pattern ran longer than ${PATTERN_TIMEOUT_MS} ms and was stopped` };
    // Errors come from the other context, so they are not instances of this context's Error.
    const message = (err as { message?: unknown }).message;
    return { error: typeof message === 'string' ? message : String(err) };
  }
}

function firstLine(output: string): string {
  const line = output.split(/\r?\n/).map((text) => text.trim()).find((text) => text !== '') ?? '';
  return line.length > MAX_QUOTED_LINE_CHARS ? `${line.slice(0, MAX_QUOTED_LINE_CHARS)}…` : line;
}
