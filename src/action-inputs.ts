// Action inputs (INPUT_* variables) → GateOptions. Every invalid value is a DG100 that names the
// input and its valid values; the run goes on with the default, and the DG100 fails the gate.
import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import type { GateMode, SpecProblem } from './model.js';
import type { GateOptions } from './gate.js';
import { GATE_MODES } from './config/schema.js';

export const ANNOTATION_MODES = ['workflow-commands', 'off'] as const;
export type AnnotationMode = (typeof ANNOTATION_MODES)[number];

export interface ActionSettings {
  gate: GateOptions;
  annotations: AnnotationMode;
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
  const annotations = (oneOf(readInput(env, 'annotations'), ANNOTATION_MODES, 'annotations', invalid) ?? 'workflow-commands') as AnnotationMode;
  const imports = booleanInput(readInput(env, 'imports'), 'imports', invalid);
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
    gate: {
      cwd,
      env,
      config: readInput(env, 'config') || undefined,
      manifests: manifests.length > 0 ? manifests : undefined,
      python: readInput(env, 'python') || undefined,
      node: readInput(env, 'node') || undefined,
      imports,
      mode,
      timeoutSeconds,
      inputProblems: problems,
    },
  };
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
