// Which interpreter speaks for the app. The order follows how explicit each source is: what the
// workflow passes, then what depgate.yml says, then an activated virtual environment
// ($VIRTUAL_ENV is set by `activate`, see the venv docs), then a project-local ./.venv (the
// convention of uv, Poetry's in-project mode and `python -m venv .venv`), then python3 on PATH.

import { existsSync } from 'node:fs';
import path from 'node:path';

export type InterpreterSource = 'input' | 'config' | '$VIRTUAL_ENV' | './.venv' | 'default';

export interface InterpreterChoice {
  /** An absolute path, or a bare name (python3.12) that spawn looks up on PATH. */
  command: string;
  from: InterpreterSource;
}

export interface InterpreterOptions {
  /** The action's / CLI's `python` input. */
  input?: string;
  /** depgate.yml's interpreter. */
  configured?: string;
  cwd: string;
  env: Record<string, string | undefined>;
  exists?: (p: string) => boolean;
  /** Defaults to process.platform; decides the venv layout (bin/python vs Scripts/python.exe). */
  platform?: NodeJS.Platform;
}

/** Shown in reports as `PythonEnvironment.requestedFrom`. */
export const INTERPRETER_SOURCE_LABELS: Record<InterpreterSource, string> = {
  input: 'input python',
  config: 'depgate.yml python.interpreter',
  '$VIRTUAL_ENV': '$VIRTUAL_ENV',
  './.venv': './.venv',
  default: 'default',
};

export function chooseInterpreter(options: InterpreterOptions): InterpreterChoice {
  const platform = options.platform ?? process.platform;
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const exists = options.exists ?? existsSync;

  const input = nonEmpty(options.input);
  if (input !== undefined) return { command: resolveCommand(input, options.cwd, paths), from: 'input' };

  const configured = nonEmpty(options.configured);
  if (configured !== undefined) return { command: resolveCommand(configured, options.cwd, paths), from: 'config' };

  const virtualEnv = nonEmpty(options.env.VIRTUAL_ENV);
  if (virtualEnv !== undefined) {
    return { command: venvPython(paths.resolve(options.cwd, virtualEnv), platform), from: '$VIRTUAL_ENV' };
  }

  const projectVenvPython = venvPython(paths.resolve(options.cwd, '.venv'), platform);
  if (exists(projectVenvPython)) return { command: projectVenvPython, from: './.venv' };

  // Windows installers and actions/setup-python provide python.exe but no python3.exe.
  return { command: platform === 'win32' ? 'python' : 'python3', from: 'default' };
}

/** The interpreter inside a virtual environment (PEP 405 layout as created by `venv`). */
export function venvPython(venvDir: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32'
    ? path.win32.join(venvDir, 'Scripts', 'python.exe')
    : path.posix.join(venvDir, 'bin', 'python');
}

/**
 * A command with a path separator is a path (relative ones are relative to the working
 * directory, not to wherever depgate was started); a bare name is left for PATH lookup, as a
 * shell would.
 */
function resolveCommand(command: string, cwd: string, paths: path.PlatformPath): string {
  const hasSeparator = command.includes('/') || (paths === path.win32 && command.includes('\\'));
  return hasSeparator ? paths.resolve(cwd, command) : command;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
