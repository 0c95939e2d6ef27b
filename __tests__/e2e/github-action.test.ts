// The bundled action (dist/index.js) against the GitHub API double, as a runner runs it: event
// payloads from @octokit/webhooks-examples, GITHUB_API_URL pointed at the double, a real venv.
// Every request the action makes is validated against GitHub's OpenAPI description; each test
// ends by asserting that none failed.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { COMMENT_MARKER, parseSections } from '../../src/github/comment.js';
import { createVenv, makeTempDir, removeDir } from '../helpers/python-env.js';
import { GitHubApiDouble, forkPullRequestPayload, runActionAgainst, webhookExample, type EventSpec } from '../helpers/github-api.js';

const PR_HEAD = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const MERGE_GROUP_HEAD = '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d';
const PUSH_SHA = '6113728f27ae82c7b1a177c8d03f9e96e0adf246';

let work: string;
let python: string;
let double: GitHubApiDouble;
let app: string;

beforeAll(async () => {
  work = makeTempDir('depgate-github-e2e-');
  // A venv holds pip and nothing else: `pip` is satisfied, anything else is DG001.
  python = await createVenv(path.join(work, 'venv'), []);
}, 180_000);
afterAll(() => removeDir(work));

let appCount = 0;
beforeEach(async () => {
  double = await GitHubApiDouble.start();
  app = path.join(work, `app-${appCount++}`);
  mkdirSync(app);
});
afterEach(async () => {
  expect(double.violations).toEqual([]);
  expect(double.responseViolations).toEqual([]);
  await double.close();
});

const pullRequest = (payload: Record<string, unknown> = webhookExample('pull_request', 'opened')): EventSpec => ({ name: 'pull_request', payload });
const requirements = (...lines: string[]) => writeFileSync(path.join(app, 'requirements.txt'), `${lines.join('\n')}\n`);
const run = (event: EventSpec, inputs: Record<string, string> = {}) => runActionAgainst(double, { workspace: app, event, inputs: { python, imports: 'false', ...inputs } });
const lines = (stdout: string[], prefix: string) => stdout.filter((line) => line.startsWith(prefix));

describe('dist/index.js with annotations: check-run', () => {
  test('120 findings: one check run on the PR head, three batches of 50, 50 and 20, the changed lines first', async () => {
    requirements(...Array.from({ length: 120 }, (_, i) => `absent-${String(i + 1).padStart(3, '0')}>=1.0`));
    // The PR changed the last 20 lines.
    const patch = ['@@ -100,1 +100,21 @@', ' absent-100>=1.0', ...Array.from({ length: 20 }, (_, i) => `+absent-${101 + i}>=1.0`)].join('\n');
    double.pullFiles.set(2, [{ filename: 'requirements.txt', status: 'modified', patch }]);

    const result = await run(pullRequest(), { annotations: 'check-run', comment: 'never' });

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('');
    expect(double.operations()).toEqual(['pulls/list-files', 'checks/create', 'checks/update', 'checks/update']);
    expect(double.checkRuns).toHaveLength(1);
    const [checkRun] = double.checkRuns;
    expect([checkRun.name, checkRun.head_sha, checkRun.status, checkRun.conclusion, checkRun.annotationBatches]).toEqual(['depgate', PR_HEAD, 'completed', 'failure', [50, 50, 20]]);
    expect(checkRun.annotations.map((annotation) => annotation.start_line)).toEqual([...Array.from({ length: 20 }, (_, i) => 101 + i), ...Array.from({ length: 100 }, (_, i) => i + 1)]);
    expect(checkRun.annotations[0]).toEqual({
      path: 'requirements.txt', start_line: 101, end_line: 101, start_column: 1, end_column: 1, annotation_level: 'failure',
      title: 'DG001 missing: absent-101',
      message: `absent-101 is not installed in ${python} (Python ${pythonVersion()}), but absent-101>=1.0 (requirements.txt:101) requires it. Fix: ${python} -m pip install 'absent-101>=1.0'`,
    });
    // The title names what this pull request changed first, like the annotations.
    expect(checkRun.output.title).toBe('depgate: 120 errors (DG001 absent-101, DG001 absent-102, DG001 absent-103, DG001 absent-104, DG001 absent-105 and 115 more) — gate failed');
    expect(checkRun.output.summary!.length).toBeLessThanOrEqual(65_535);
    expect(checkRun.output.summary).toContain('**On lines this pull request changed** (20)');
    // The check run carries the annotations: the step writes none of its own, only the verdict.
    expect(result.stdout.filter((line) => !line.startsWith('::debug::') && !line.startsWith('::add-mask::'))).toEqual([
      'depgate: 120 errors (DG001 absent-001, DG001 absent-002, DG001 absent-003, DG001 absent-004, DG001 absent-005 and 115 more) — gate failed',
      '::error::depgate: 120 errors (DG001 absent-001, DG001 absent-002, DG001 absent-003, DG001 absent-004, DG001 absent-005 and 115 more) — gate failed',
    ]);
    expect((JSON.parse(result.outputs.findings) as unknown[]).length).toBe(120);
    // The job summary ranks the same way.
    expect(result.summary.split('\n').find((line) => line.startsWith('| DG001'))).toContain('absent-101');
  });

  test('warn mode: the check run is neutral and the step passes', async () => {
    requirements('pip', 'stripe>=7.0');
    const result = await run(pullRequest(), { annotations: 'check-run', comment: 'never', mode: 'warn' });
    expect(result.exitCode).toBe(0);
    expect(double.checkRuns.map((checkRun) => [checkRun.conclusion, checkRun.annotations.map((a) => a.annotation_level)])).toEqual([['neutral', ['warning']]]);
  });

  test('a passing gate: a successful check run without annotations', async () => {
    requirements('pip');
    const result = await run(pullRequest(), { annotations: 'check-run', comment: 'never' });
    expect(result.exitCode).toBe(0);
    expect(double.checkRuns.map((checkRun) => [checkRun.conclusion, checkRun.annotationBatches, checkRun.output.title])).toEqual([
      ['success', [0], 'depgate: 1 requirement satisfied — gate passed'],
    ]);
  });

  test('a 502 from GitHub is retried: one check run, no warning', async () => {
    requirements('stripe>=7.0');
    double.failNext('checks/create', 502);
    const result = await run(pullRequest(), { annotations: 'check-run', comment: 'never' });
    expect(double.requests.filter((request) => request.operationId === 'checks/create').map((request) => request.status)).toEqual([502, 201]);
    expect(double.checkRuns).toHaveLength(1);
    expect(lines(result.stdout, '::warning')).toEqual([]);
    expect(result.exitCode).toBe(1);
  });
});

describe('dist/index.js on a pull request from a fork (read-only token)', () => {
  test('403: workflow-command annotations instead, exactly one warning naming checks: write, exit code 1', async () => {
    requirements('pip', 'stripe>=7.0');
    double.forbid('checks/create', 'issues/create-comment');
    const result = await run(pullRequest(forkPullRequestPayload()), { annotations: 'check-run', comment: 'on-failure' });

    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('');
    expect(double.checkRuns).toEqual([]);
    expect(double.comments).toEqual([]);
    // The warning first (the runner keeps only the first 10 warnings of a step), then the annotations.
    expect(result.stdout.filter((line) => !line.startsWith('::debug::') && !line.startsWith('::add-mask::'))).toEqual([
      '::warning::depgate could not create the check run or write the pull request comment: GitHub answered 403 (Resource not accessible by integration). ' +
        "In the workflow's `permissions`, the check run needs `checks: write` and the comment needs `pull-requests: write`; " +
        'a pull request from a fork only ever gets a read-only token under `pull_request`. The findings were annotated with workflow commands instead. The verdict is unchanged.',
      `::error file=requirements.txt,line=2,col=1,title=DG001 missing%3A stripe::stripe is not installed in ${python} (Python ${pythonVersion()}), but stripe>=7.0 (requirements.txt:2) requires it. Fix: ${python} -m pip install 'stripe>=7.0'`,
      'depgate: 1 error (DG001 stripe) — gate failed',
      '::error::depgate: 1 error (DG001 stripe) — gate failed',
    ]);
    expect(result.outputs.passed).toBe('false');
  });

  test('403 on a passing gate: still one warning, and the step passes', async () => {
    requirements('pip');
    double.forbid('checks/create');
    const result = await run(pullRequest(forkPullRequestPayload()), { annotations: 'check-run' });
    expect(result.exitCode).toBe(0);
    expect(lines(result.stdout, '::warning').map((line) => line.includes('`checks: write`'))).toEqual([true]);
  });
});

describe('dist/index.js: the sticky comment', () => {
  test('created when the gate fails, then updated to resolved after the fix', async () => {
    double.addComment(2, 'Please have a look');
    requirements('pip', 'stripe>=7.0');
    const failing = await run(pullRequest());
    expect(failing.exitCode).toBe(1);
    expect(double.comments).toHaveLength(2);
    const created = double.comments[1];
    expect(created.body).toBe(
      [
        COMMENT_MARKER,
        '<!-- depgate:leg= -->',
        '### ❌ depgate: 1 error blocks this merge',
        '',
        '| Code | Severity | Package | Where | Message | Fix |',
        '| --- | --- | --- | --- | --- | --- |',
        `| DG001 | error | stripe | \`requirements.txt:2\` | stripe is not installed in ${python} (Python ${pythonVersion()}), but stripe&gt;=7.0 (requirements.txt:2) requires it. | \`${python} -m pip install 'stripe>=7.0'\` |`,
        '',
        '```sh',
        `${python} -m pip install 'stripe>=7.0'`,
        '```',
        '',
        '<sub>commit ec26c3e · [job summary](https://github.com/Codertocat/Hello-World/actions/runs/4242)</sub>',
        '<!-- /depgate:leg -->',
        '',
      ].join('\n'),
    );

    requirements('pip');
    const fixed = await run(pullRequest());
    expect(fixed.exitCode).toBe(0);
    expect(double.comments.map((comment) => comment.id)).toEqual([double.comments[0].id, created.id]);
    expect(double.comments[1].body).toBe(
      [
        COMMENT_MARKER,
        '<!-- depgate:leg= -->',
        '### ✅ depgate: resolved',
        '',
        'The problems reported here before are fixed. depgate: 1 requirement satisfied — gate passed',
        '',
        '<sub>commit ec26c3e · [job summary](https://github.com/Codertocat/Hello-World/actions/runs/4242)</sub>',
        '<!-- /depgate:leg -->',
        '',
      ].join('\n'),
    );
    expect(lines(fixed.stdout, '::warning')).toEqual([]);
  });

  test('a passing gate with no comment yet writes none', async () => {
    requirements('pip');
    await run(pullRequest());
    expect(double.comments).toEqual([]);
    expect(double.operations()).toEqual(['pulls/list-files', 'issues/list-comments']);
  });

  test('two matrix legs, run at once, each write their own section of one comment', async () => {
    requirements('pip', 'stripe>=7.0');
    // Both legs read "no comment yet" before either writes: both create one, and the race is resolved.
    double.holdUntil('issues/list-comments', 2);
    double.holdUntil('issues/create-comment', 2);
    const [a, b] = await Promise.all([run(pullRequest(), { name: 'py3.11', annotations: 'check-run' }), run(pullRequest(), { name: 'py3.12', annotations: 'check-run' })]);
    expect([a.exitCode, b.exitCode]).toEqual([1, 1]);
    expect(double.comments).toHaveLength(1);
    expect(double.operations().filter((operation) => operation === 'issues/delete-comment')).toHaveLength(1);
    const sections = parseSections(double.comments[0].body);
    expect([...sections.keys()]).toEqual(['py3.11', 'py3.12']);
    expect(sections.get('py3.11')).toContain('### ❌ depgate (py3.11): 1 error blocks this merge');
    expect(sections.get('py3.12')).toContain('### ❌ depgate (py3.12): 1 error blocks this merge');
    expect(double.checkRuns.map((checkRun) => checkRun.name).sort()).toEqual(['depgate (py3.11)', 'depgate (py3.12)']);

    // Then one leg is fixed: its section is resolved, the other's kept as it was.
    const before = sections.get('py3.12');
    requirements('pip');
    await run(pullRequest(), { name: 'py3.11' });
    const after = parseSections(double.comments[0].body);
    expect(after.get('py3.11')).toContain('### ✅ depgate (py3.11): resolved');
    expect(after.get('py3.12')).toBe(before);
  });

  test('403 on the comment: a warning naming pull-requests: write, and the step fails only for the gate', async () => {
    requirements('pip', 'stripe>=7.0');
    double.forbid('issues/create-comment');
    const result = await run(pullRequest());
    expect(result.exitCode).toBe(1);
    expect(lines(result.stdout, '::warning').map((line) => line.includes('the comment needs `pull-requests: write`'))).toEqual([true]);
    requirements('pip');
    expect((await run(pullRequest())).exitCode).toBe(0);
  });
});

describe('dist/index.js on other events', () => {
  test('pull_request_target from a fork (a token that can write): the check run on the PR head, the comment on the PR', async () => {
    requirements('stripe>=7.0');
    const result = await run({ name: 'pull_request_target', payload: forkPullRequestPayload() }, { annotations: 'check-run' });
    expect(result.exitCode).toBe(1);
    expect(double.checkRuns.map((checkRun) => [checkRun.name, checkRun.head_sha])).toEqual([['depgate', PR_HEAD]]);
    expect(double.comments.map((comment) => comment.issueNumber)).toEqual([2]);
    expect(lines(result.stdout, '::warning')).toEqual([]);
  });

  test('merge_group: the check run on the queue head, no comment', async () => {
    requirements('stripe>=7.0');
    const result = await run({ name: 'merge_group', payload: webhookExample('merge_group') }, { annotations: 'check-run', comment: 'always' });
    expect(result.exitCode).toBe(1);
    expect(double.operations()).toEqual(['checks/create']);
    expect(double.checkRuns[0].head_sha).toBe(MERGE_GROUP_HEAD);
  });

  test.each([
    ['push', () => webhookExample('push')],
    ['schedule', () => ({ schedule: '0 3 * * *' })],
    ['workflow_dispatch', () => webhookExample('workflow_dispatch')],
  ])('%s (no pull request): the summary, the outputs and the failure still work, and no comment', async (name, payload) => {
    requirements('pip', 'stripe>=7.0');
    const result = await run({ name, payload: payload(), sha: PUSH_SHA }, { annotations: 'check-run', comment: 'always' });
    expect(result.exitCode).toBe(1);
    expect(result.summary).toContain('## ❌ depgate: 1 error blocks this merge');
    expect(result.outputs.passed).toBe('false');
    expect(double.operations()).toEqual(['checks/create']);
    expect(double.checkRuns[0].head_sha).toBe(PUSH_SHA);
    expect(lines(result.stdout, '::warning')).toEqual([]);
  });
});

describe('dist/index.js: report files', () => {
  test('junit-file and sarif-file are written where asked, with repository-relative paths', async () => {
    mkdirSync(path.join(app, 'services/shop'), { recursive: true });
    writeFileSync(path.join(app, 'services/shop/requirements.txt'), 'pip\nstripe>=7.0\n');
    const result = await run(pullRequest(), { 'working-directory': 'services/shop', comment: 'never', 'junit-file': 'reports/depgate.xml', 'sarif-file': 'reports/depgate.sarif' });
    expect(result.exitCode).toBe(1);
    const junit = readFileSync(path.join(app, 'reports/depgate.xml'), 'utf8');
    expect(junit).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="depgate"/);
    expect(junit).toContain('file="services/shop/requirements.txt" line="2"');
    const sarif = JSON.parse(readFileSync(path.join(app, 'reports/depgate.sarif'), 'utf8')) as { version: string; runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((r) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual([['DG001', 'services/shop/requirements.txt']]);
  });

  test('without the inputs no such file is written', async () => {
    requirements('pip');
    await run(pullRequest(), { comment: 'never' });
    expect(existsSync(path.join(app, 'reports'))).toBe(false);
  });
});

let cachedVersion: string | undefined;
function pythonVersion(): string {
  cachedVersion ??= readFileSync(path.join(path.dirname(path.dirname(python)), 'pyvenv.cfg'), 'utf8').match(/^version(?:_info)?\s*=\s*(\S+)/m)![1];
  return cachedVersion;
}
