// The action: inputs → gate → GitHub surfaces. One try/catch turns an unexpected error into a
// clean failure (no stack trace in the log); findings themselves never throw.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as core from '@actions/core';
import { readActionSettings } from './action-inputs.js';
import { runGate } from './gate.js';
import { createGitHubClient, messageOf } from './github/client.js';
import { describeEvent } from './github/event.js';
import { publishToGitHubApi } from './github/publish.js';
import { publishToGitHub, relativeToRepository } from './report/github.js';

export const REPORT_FILE_NAME = 'depgate-report.json';

export async function run(): Promise<void> {
  try {
    const env = process.env;
    const settings = readActionSettings(env, process.cwd());
    if (settings.token !== '') core.setSecret(settings.token);
    const report = await runGate(settings.gate);
    const repositoryRoot = env.GITHUB_WORKSPACE || process.cwd();
    const rooted = relativeToRepository(report, settings.gate.cwd, repositoryRoot);
    const event = describeEvent(env, readEventPayload(env.GITHUB_EVENT_PATH));
    const client =
      settings.token === ''
        ? undefined
        : createGitHubClient({ token: settings.token, apiUrl: env.GITHUB_API_URL || 'https://api.github.com', debug: core.debug });
    const api = await publishToGitHubApi(rooted, {
      annotations: settings.annotations,
      comment: settings.comment,
      leg: settings.leg,
      event,
      client,
      runUrl: runUrl(env),
      debug: core.debug,
    });
    await publishToGitHub(rooted, {
      annotations: api.annotations,
      presented: api.presented,
      warnings: api.warnings,
      summaryPath: env.GITHUB_STEP_SUMMARY || undefined,
      reportPath: path.join(env.RUNNER_TEMP || os.tmpdir(), REPORT_FILE_NAME),
      junitPath: settings.junitFile,
      sarifPath: settings.sarifFile,
      writeLine: (line) => process.stdout.write(`${line}${os.EOL}`),
    });
  } catch (error) {
    core.setFailed(`depgate could not run: ${messageOf(error)}`);
  }
}

/** The webhook payload of the triggering event; {} when there is none (a local run) or it is unreadable. */
function readEventPayload(eventPath: string | undefined): unknown {
  if (!eventPath) return {};
  try {
    return JSON.parse(readFileSync(eventPath, 'utf8')) as unknown;
  } catch (error) {
    core.debug(`depgate: the event payload ${eventPath} could not be read (${messageOf(error)})`);
    return {};
  }
}

/** `https://github.com/octo-org/octo-repo/actions/runs/42`, whose job summaries hold every finding. */
function runUrl(env: Record<string, string | undefined>): string | undefined {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return undefined;
  return `${(env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}`;
}
