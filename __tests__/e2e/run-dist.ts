// Runs the bundled action (dist/index.js) the way a GitHub runner does: inputs as INPUT_*
// variables, file commands through GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, the event payload at
// GITHUB_EVENT_PATH, workflow commands read from stdout.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const ACTION = path.join(ROOT, 'dist/index.js');
export const CLI = path.join(ROOT, 'dist/cli/index.js');

export interface ActionRun {
  exitCode: number | null;
  stdout: string[];
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** A real pull_request "opened" payload from GitHub's published webhook examples. */
export function pullRequestPayload(): unknown {
  const require = createRequire(import.meta.url);
  const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as { name: string; examples: { action?: string }[] }[];
  const pullRequest = examples.find((entry) => entry.name === 'pull_request');
  const opened = pullRequest?.examples.find((example) => example.action === 'opened');
  if (!opened) throw new Error('no pull_request.opened example in @octokit/webhooks-examples');
  return opened;
}

/** The files and variables a runner gives one action step, before it starts the step. */
export interface RunnerStep {
  runnerTemp: string;
  env: Record<string, string>;
  /** GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, read back once the step ends. */
  results(): { outputs: Record<string, string>; summary: string };
}

/**
 * Lays out a step as the runner does: RUNNER_TEMP with the output, summary and event files,
 * action.yml's defaults as inputs, then `env` and the given inputs. Inputs are named as in
 * action.yml; the runner passes each as INPUT_<NAME upper-cased> (dashes kept, spaces as _).
 */
export function prepareRunnerStep(options: {
  workspace: string;
  eventName: string;
  payload: unknown;
  inputs: Record<string, string>;
  env?: Record<string, string>;
}): RunnerStep {
  const runnerTemp = mkdtempSync(path.join(os.tmpdir(), 'depgate-runner-'));
  const outputPath = path.join(runnerTemp, 'github_output');
  const summaryPath = path.join(runnerTemp, 'step_summary');
  const eventPath = path.join(runnerTemp, 'event.json');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  writeFileSync(eventPath, JSON.stringify(options.payload));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_EVENT_NAME: options.eventName,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: runnerTemp,
    // action.yml's defaults, which the runner passes as inputs too.
    'INPUT_WORKING-DIRECTORY': '.',
    INPUT_ANNOTATIONS: 'workflow-commands',
    ...options.env,
  };
  for (const [name, value] of Object.entries(options.inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return {
    runnerTemp,
    env,
    results: () => ({ outputs: parseFileCommand(readFileSync(outputPath, 'utf8')), summary: readFileSync(summaryPath, 'utf8') }),
  };
}

/** Runs dist/index.js on a pull_request event, synchronously. */
export function runAction(options: { workspace: string; inputs: Record<string, string>; env?: Record<string, string> }): ActionRun {
  const step = prepareRunnerStep({ ...options, eventName: 'pull_request', payload: pullRequestPayload() });
  const result = spawnSync(process.execPath, [ACTION], { cwd: options.workspace, env: step.env, encoding: 'utf8', timeout: 120_000 });
  return {
    exitCode: result.status,
    stdout: result.stdout.split(/\r?\n/).filter((line) => line !== ''),
    stderr: result.stderr,
    ...step.results(),
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks (or `name=value` lines). */
export function parseFileCommand(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1);
      outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (lines[i].includes('=')) {
      const at = lines[i].indexOf('=');
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}
