// Which interpreter speaks for the app. The order follows how explicit each source is:
//
//   input > config > $VIRTUAL_ENV > $CONDA_PREFIX > $UV_PROJECT_ENVIRONMENT > ./.venv > python3
//
// What the workflow passes, then what depgate.yml says, then an activated environment: a virtual
// environment ($VIRTUAL_ENV, set by `activate`, see the venv docs) before a conda one
// ($CONDA_PREFIX, set by `conda activate`), because activating a venv from inside a conda env
// leaves $CONDA_PREFIX set while `python` is the venv's. Then the project's own environment:
// uv puts it at $UV_PROJECT_ENVIRONMENT when that is set (astral-sh/uv#6834: a relative path is
// relative to the workspace root, which for depgate is the working directory) and at ./.venv
// otherwise, as do Poetry's in-project mode and `python -m venv .venv`. Last, python3 on PATH.
//
// $VIRTUAL_ENV, $CONDA_PREFIX and $UV_PROJECT_ENVIRONMENT are used without checking that they
// exist: each is an explicit statement of where the app's environment is, and a missing one must
// be reported as missing, not silently replaced by another interpreter. ./.venv is a convention,
// so it counts only when its interpreter is there.

import { existsSync } from 'node:fs';
import path from 'node:path';

export type InterpreterSource = 'input' | 'config' | '$VIRTUAL_ENV' | 'conda' | '$UV_PROJECT_ENVIRONMENT' | './.venv' | 'default';

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
  conda: 'conda ($CONDA_PREFIX)',
  '$UV_PROJECT_ENVIRONMENT': '$UV_PROJECT_ENVIRONMENT',
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

  const condaPrefix = nonEmpty(options.env.CONDA_PREFIX);
  if (condaPrefix !== undefined) {
    return { command: condaPython(paths.resolve(options.cwd, condaPrefix), platform), from: 'conda' };
  }

  const uvProjectEnvironment = nonEmpty(options.env.UV_PROJECT_ENVIRONMENT);
  if (uvProjectEnvironment !== undefined) {
    return { command: venvPython(paths.resolve(options.cwd, uvProjectEnvironment), platform), from: '$UV_PROJECT_ENVIRONMENT' };
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
 * The interpreter of a conda environment: bin/python on Unix, but python.exe at the top of the
 * prefix on Windows (conda's layout, unlike a venv's Scripts\python.exe).
 */
export function condaPython(prefix: string, platform: NodeJS.Platform = process.platform): string {
  return platform === 'win32' ? path.win32.join(prefix, 'python.exe') : path.posix.join(prefix, 'bin', 'python');
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
