// The API surfaces together, in process against the double: what is sent for each event, what
// falls back when GitHub refuses, and that a refusal never becomes more than a warning.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { createGitHubClient } from '../../src/github/client.js';
import { describeEvent } from '../../src/github/event.js';
import { publishToGitHubApi, type ApiSurfaceOptions } from '../../src/github/publish.js';
import { GitHubApiDouble, forkPullRequestPayload, webhookExample } from '../helpers/github-api.js';
import { makeReport } from '../report/fixture.js';

const PR_HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const GITHUB_SHA = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';
// requirements.txt: the PR changed line 5 (lxml) and line 6 (pywin32).
const PATCH = ['@@ -4,3 +4,3 @@', ' psycopg2>=2.9', '-lxml<5', '+lxml', '-pywin32', '+pywin32>=306'].join('\n');

let double: GitHubApiDouble;
let debug: string[];
beforeEach(async () => {
  double = await GitHubApiDouble.start();
  debug = [];
});
afterEach(async () => {
  expect(double.violations).toEqual([]);
  expect(double.responseViolations).toEqual([]);
  await double.close();
});

function options(event: ReturnType<typeof describeEvent>, overrides: Partial<ApiSurfaceOptions> = {}): ApiSurfaceOptions {
  return {
    annotations: 'check-run',
    comment: 'on-failure',
    leg: '',
    event,
    client: createGitHubClient({ token: 'ghs_x', apiUrl: double.url, sleep: async () => {} }),
    runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/4242',
    debug: (message) => debug.push(message),
    commentTiming: { settleMs: 50, settleJitterMs: 0 },
    ...overrides,
  };
}
const pullRequest = (payload = webhookExample('pull_request', 'opened')) =>
  describeEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_SHA }, payload);

describe('publishToGitHubApi', () => {
  test('a pull request: changed lines first in the check run and the comment, on the PR head', async () => {
    double.pullFiles.set(2, [{ filename: 'requirements.txt', status: 'modified', patch: PATCH }]);
    const result = await publishToGitHubApi(makeReport(), options(pullRequest()));
    expect(result.annotations).toBe('off');
    expect(result.warnings).toEqual([]);
    expect(result.presented.findings.map((f) => f.name)).toEqual(['lxml', 'pywin32', 'SQLAlchemy', 'psycopg2', 'urllib3']);
    const [run] = double.checkRuns;
    expect([run.name, run.head_sha, run.conclusion]).toEqual(['depgate', PR_HEAD, 'failure']);
    expect(run.annotations.map((a) => a.start_line)).toEqual([5, 6, 3, 4]);
    expect(run.output.summary).toContain('**On lines this pull request changed** (2)');
    expect(double.comments).toHaveLength(1);
    expect(double.comments[0].body).toContain('**On lines this pull request changed** (2)');
    expect(double.operations().sort()).toEqual(['checks/create', 'issues/create-comment', 'issues/get-comment', 'issues/list-comments', 'issues/list-comments', 'pulls/list-files'].sort());
  });

  test('a fork PR under pull_request (read-only token): workflow commands instead, one warning naming both permissions', async () => {
    double.forbid('checks/create', 'issues/create-comment');
    const result = await publishToGitHubApi(makeReport(), options(pullRequest(forkPullRequestPayload())));
    expect(result.annotations).toBe('workflow-commands');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toContain('the check run needs `checks: write` and the comment needs `pull-requests: write`');
  });

  test('a token that cannot read the PR files: the usual order, a debug line, no warning', async () => {
    double.forbid('pulls/list-files');
    const result = await publishToGitHubApi(makeReport(), options(pullRequest(), { comment: 'never' }));
    expect(result.presented.findings.map((f) => f.name)).toEqual(['SQLAlchemy', 'psycopg2', 'lxml', 'pywin32', 'urllib3']);
    expect(result.warnings).toEqual([]);
    expect(debug).toEqual(['depgate: the files of pull request #2 could not be read (Resource not accessible by integration); findings are shown in their usual order']);
  });

  test('merge_group: the check run on the queue head, no comment, no PR files', async () => {
    const event = describeEvent({ GITHUB_EVENT_NAME: 'merge_group', GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_SHA }, webhookExample('merge_group'));
    const result = await publishToGitHubApi(makeReport(), options(event, { leg: 'py3.12' }));
    expect(double.operations()).toEqual(['checks/create']);
    expect(double.checkRuns.map((run) => [run.name, run.head_sha])).toEqual([['depgate (py3.12)', '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d']]);
    expect(result.warnings).toEqual([]);
    expect(debug).toEqual(['depgate: no pull request in this merge_group event: no comment is written']);
  });

  test.each(['push', 'schedule', 'workflow_dispatch'])('%s: the check run on GITHUB_SHA, and nothing else', async (name) => {
    const event = describeEvent({ GITHUB_EVENT_NAME: name, GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_SHA }, name === 'push' ? webhookExample('push') : {});
    await publishToGitHubApi(makeReport(), options(event));
    expect(double.operations()).toEqual(['checks/create']);
    expect(double.checkRuns[0].head_sha).toBe(GITHUB_SHA);
  });

  test('annotations: check-run with no token: workflow commands, and a warning saying why', async () => {
    const result = await publishToGitHubApi(makeReport(), options(pullRequest(), { client: undefined }));
    expect(result.annotations).toBe('workflow-commands');
    expect(result.warnings).toEqual(['depgate could not create the check run: the token input is empty. The findings were annotated with workflow commands instead. The verdict is unchanged.']);
  });

  test('workflow-commands and comment never: only the PR files are read, to rank', async () => {
    const result = await publishToGitHubApi(makeReport(), options(pullRequest(), { annotations: 'workflow-commands', comment: 'never' }));
    expect(result.annotations).toBe('workflow-commands');
    expect(double.operations()).toEqual(['pulls/list-files']);
  });

  test('the check run failing with a 5xx after retries: a warning, and workflow commands', async () => {
    double.failNext('checks/create', 503, { times: 4 });
    const result = await publishToGitHubApi(makeReport(), options(pullRequest(), { comment: 'never' }));
    expect(result.annotations).toBe('workflow-commands');
    expect(result.warnings).toEqual(['depgate could not create the check run: GitHub answered 503 (Service Unavailable). The findings were annotated with workflow commands instead. The verdict is unchanged.']);
  });
});
