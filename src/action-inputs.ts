// Action inputs (INPUT_* variables) → GateOptions. Every invalid value is a DG100 that names the
// input and its valid values; the run goes on with the default, and the DG100 fails the gate.
import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import type { GateMode, SpecProblem } from './model.js';
import type { GateOptions } from './gate.js';
import { GATE_MODES } from './config/schema.js';
import { COMMENT_MODES, type CommentMode } from './github/comment.js';

export const ANNOTATION_MODES = ['workflow-commands', 'check-run', 'off'] as const;
export type AnnotationMode = (typeof ANNOTATION_MODES)[number];
/** The defaults action.yml declares, for a run where the runner did not pass the input. */
export const DEFAULT_ANNOTATIONS: AnnotationMode = 'workflow-commands';
export const DEFAULT_COMMENT: CommentMode = 'on-failure';

/**
 * GateOptions plus what the gate needs to know about the event: under `pull_request_target` the
 * workspace may hold the pull request's own files while the token can write, so the PR's config
 * and its command probes are not to be trusted unless the workflow says `allow-commands: true`.
 */
export type ActionGateOptions = GateOptions & {
  /** GITHUB_EVENT_NAME ('' outside a runner). */
  eventName: string;
  /** The `allow-commands` input (default false). */
  allowCommands: boolean;
};

export interface ActionSettings {
  gate: ActionGateOptions;
  annotations: AnnotationMode;
  comment: CommentMode;
  /** The `name` input: this matrix leg's name ('' for a single job). */
  leg: string;
  /** The `token` input ('' disables every API surface). Never printed. */
  token: string;
  /** Absolute paths from the `junit-file` and `sarif-file` inputs. */
  junitFile?: string;
  sarifFile?: string;
}

/** How the runner passes inputs: INPUT_<NAME upper-cased, spaces as _>, as @actions/core reads them. */
export function readInput(env: Record<string, string | undefined>, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function readActionSettings(env: Record<string, string | undefined>, processCwd: string): ActionSettings {
  const problems: SpecProblem[] = [];
  const invalid = (input: string, message: string): void => {
    problems.push({ code: 'DG100', message: `input '${input}': ${message}`, subject: input });
  };
  const workingDirectory = readInput(env, 'working-directory') || '.';
  let cwd = path.resolve(processCwd, workingDirectory);
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    invalid('working-directory', `${workingDirectory} is not a directory in ${processCwd}`);
    cwd = processCwd;
  }
  const mode = oneOf(readInput(env, 'mode'), GATE_MODES, 'mode', invalid) as GateMode | undefined;
  const annotations = (oneOf(readInput(env, 'annotations'), ANNOTATION_MODES, 'annotations', invalid) ?? DEFAULT_ANNOTATIONS) as AnnotationMode;
  const comment = (oneOf(readInput(env, 'comment'), COMMENT_MODES, 'comment', invalid) ?? DEFAULT_COMMENT) as CommentMode;
  const imports = booleanInput(readInput(env, 'imports'), 'imports', invalid);
  const allowCommands = booleanInput(readInput(env, 'allow-commands'), 'allow-commands', invalid) ?? false;
  let leg = readInput(env, 'name');
  // The name goes into a check run's name and an HTML comment marker: one printable line.
  if (/[\u0000-\u001f\u007f]/.test(leg)) {
    invalid('name', 'must be one line of printable text');
    leg = '';
  }
  // Relative to the repository root (the runner's working directory), like other actions' output files.
  const outputFile = (file: string): string | undefined => (file === '' ? undefined : path.resolve(processCwd, file));
  const timeoutText = readInput(env, 'timeout');
  let timeoutSeconds: number | undefined;
  if (timeoutText !== '') {
    timeoutSeconds = Number(timeoutText);
    if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
      invalid('timeout', `must be a positive number of seconds; got '${timeoutText}'`);
      timeoutSeconds = undefined;
    }
  }
  const manifests = listInput(readInput(env, 'manifests'));
  return {
    annotations,
    comment,
    leg,
    token: readInput(env, 'token'),
    junitFile: outputFile(readInput(env, 'junit-file')),
    sarifFile: outputFile(readInput(env, 'sarif-file')),
    gate: {
      cwd,
      env: withoutCredentials(env),
      config: readInput(env, 'config') || undefined,
      manifests: manifests.length > 0 ? manifests : undefined,
      python: readInput(env, 'python') || undefined,
      node: readInput(env, 'node') || undefined,
      imports,
      mode,
      timeoutSeconds,
      inputProblems: problems,
      eventName: env.GITHUB_EVENT_NAME ?? '',
      allowCommands,
    },
  };
}

/**
 * The variables that hold the runner's credentials, kept from the probes: an import probe runs the
 * app's packages' code, which has no business with the token that can write to the repository.
 */
export const CREDENTIAL_VARIABLES = ['INPUT_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'ACTIONS_ID_TOKEN_REQUEST_TOKEN'];

function withoutCredentials(env: Record<string, string | undefined>): Record<string, string | undefined> {
  const kept = { ...env };
  for (const name of CREDENTIAL_VARIABLES) delete kept[name];
  return kept;
}

function oneOf(value: string, allowed: readonly string[], input: string, invalid: (input: string, message: string) => void): string | undefined {
  if (value === '') return undefined;
  if (allowed.includes(value)) return value;
  invalid(input, `must be one of ${allowed.join(', ')}; got '${value}'`);
  return undefined;
}

/** The YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
function booleanInput(value: string, input: string, invalid: (input: string, message: string) => void): boolean | undefined {
  if (value === '') return undefined;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  invalid(input, `must be true or false; got '${value}'`);
  return undefined;
}

/** A list input: one entry per line, or separated by commas. */
export function listInput(value: string): string[] {
  return value.split(/[\n,]/).map((entry) => entry.trim()).filter((entry) => entry !== '');
}
