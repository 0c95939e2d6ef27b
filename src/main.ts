// The action: inputs → gate → GitHub surfaces. One try/catch turns an unexpected error into a
// clean failure (no stack trace in the log); findings themselves never throw.
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { readActionSettings } from './action-inputs.js';
import { runGate } from './gate.js';
import { publishToGitHub, relativeToRepository } from './report/github.js';

export const REPORT_FILE_NAME = 'depgate-report.json';

export async function run(): Promise<void> {
  try {
    const env = process.env;
    const settings = readActionSettings(env, process.cwd());
    const report = await runGate(settings.gate);
    const repositoryRoot = env.GITHUB_WORKSPACE || process.cwd();
    await publishToGitHub(relativeToRepository(report, settings.gate.cwd, repositoryRoot), {
      annotations: settings.annotations,
      summaryPath: env.GITHUB_STEP_SUMMARY || undefined,
      reportPath: path.join(env.RUNNER_TEMP || os.tmpdir(), REPORT_FILE_NAME),
      writeLine: (line) => process.stdout.write(`${line}${os.EOL}`),
    });
  } catch (error) {
    core.setFailed(`depgate could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
}
