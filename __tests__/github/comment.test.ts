import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { createGitHubClient } from '../../src/github/client.js';
import {
  COMMENT_MARKER,
  commentIntent,
  composeCommentBody,
  legStartMarker,
  parseSections,
  renderLegSection,
  upsertStickyComment,
  type StickyCommentRequest,
} from '../../src/github/comment.js';
import type { Report } from '../../src/model.js';
import { MAX_COMMENT_BODY_CHARS } from '../../src/report/limits.js';
import { GitHubApiDouble } from '../helpers/github-api.js';
import { makeReport, numberedFindings } from '../report/fixture.js';

const REPO = { owner: 'Codertocat', repo: 'Hello-World' };
const PASSING = makeReport({ findings: [], fixes: [] });
const FAILING = makeReport({ findings: numberedFindings(2, 'error'), fixes: [] });
const CONTEXT = { sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821', runUrl: 'https://github.com/Codertocat/Hello-World/actions/runs/4242' };

function section(leg: string, text: string): string {
  return `${legStartMarker(leg)}\n${text}\n<!-- /depgate:leg -->`;
}

describe('commentIntent', () => {
  test('never: nothing; always: write; on-failure: write when failing, else only resolve', () => {
    expect(commentIntent('never', FAILING)).toBe('skip');
    expect(commentIntent('always', PASSING)).toBe('write');
    expect(commentIntent('on-failure', FAILING)).toBe('write');
    expect(commentIntent('on-failure', PASSING)).toBe('resolve');
    // warn mode lets errors through: the gate passed, nothing to write in on-failure mode.
    expect(commentIntent('on-failure', makeReport({ mode: 'warn' }))).toBe('resolve');
  });
});

describe('the comment body', () => {
  test("one leg's section replaced, the others kept, sections ordered by leg name", () => {
    const body = composeCommentBody(undefined, 'py3.12', section('py3.12', 'A'));
    expect(body).toBe(`${COMMENT_MARKER}\n<!-- depgate:leg=py3.12 -->\nA\n<!-- /depgate:leg -->\n`);
    const both = composeCommentBody(body, 'py3.11', section('py3.11', 'B'));
    expect(both).toBe(`${COMMENT_MARKER}\n${section('py3.11', 'B')}\n${section('py3.12', 'A')}\n`);
    expect(composeCommentBody(both, 'py3.12', section('py3.12', 'C'))).toBe(`${COMMENT_MARKER}\n${section('py3.11', 'B')}\n${section('py3.12', 'C')}\n`);
  });

  test('a leg name cannot close the HTML comment that marks its section', () => {
    expect(legStartMarker('evil --> <b>')).toBe('<!-- depgate:leg=evil%20--%3E%20%3Cb%3E -->');
    const body = composeCommentBody(undefined, 'evil --> <b>', section('evil --> <b>', 'x'));
    expect([...parseSections(body).keys()]).toEqual(['evil --> <b>']);
  });

  test('the failing section: verdict with the leg, the table, the fix, commit and run', () => {
    const report = makeReport({ findings: numberedFindings(2, 'error'), fixes: [{ ecosystem: 'python', command: "python -m pip install 'pkg01>=1'" }] });
    expect(renderLegSection(report, 'write', { leg: 'py3.12', ...CONTEXT }, MAX_COMMENT_BODY_CHARS)).toBe(
      [
        '<!-- depgate:leg=py3.12 -->',
        '### ❌ depgate (py3.12): 2 errors block this merge',
        '',
        '| Code | Severity | Package | Where | Message | Fix |',
        '| --- | --- | --- | --- | --- | --- |',
        '| DG002 | error | pkg01 | `requirements.txt:1` | pkg01 is wrong |  |',
        '| DG002 | error | pkg02 | `requirements.txt:2` | pkg02 is wrong |  |',
        '',
        '```sh',
        "python -m pip install 'pkg01>=1'",
        '```',
        '',
        '<sub>commit ec26c3e · [job summary](https://github.com/Codertocat/Hello-World/actions/runs/4242)</sub>',
        '<!-- /depgate:leg -->',
      ].join('\n'),
    );
  });

  test('the resolved section', () => {
    expect(renderLegSection(PASSING, 'resolve', { leg: '', ...CONTEXT }, MAX_COMMENT_BODY_CHARS)).toBe(
      [
        '<!-- depgate:leg= -->',
        '### ✅ depgate: resolved',
        '',
        'The problems reported here before are fixed. depgate: 5 requirements satisfied — gate passed',
        '',
        '<sub>commit ec26c3e · [job summary](https://github.com/Codertocat/Hello-World/actions/runs/4242)</sub>',
        '<!-- /depgate:leg -->',
      ].join('\n'),
    );
  });

  test('too many findings for the room left: rows cut with a note; then the verdict and one line only; then nothing', () => {
    const report = makeReport({ findings: numberedFindings(3, 'error'), fixes: [] });
    const expected = [
      '<!-- depgate:leg=a -->',
      '### ❌ depgate (a): 3 errors block this merge',
      '',
      '| Code | Severity | Package | Where | Message | Fix |',
      '| --- | --- | --- | --- | --- | --- |',
      '| DG002 | error | pkg01 | `requirements.txt:1` | pkg01 is wrong |  |',
      '',
      '> ⚠️ 2 more findings are not listed here (a comment holds at most 65536 characters): see the job summary.',
      '<!-- /depgate:leg -->',
    ];
    // Room for one row (and the blank line kept after the note), not for two.
    const room = expected.join('\n').length + 1;
    expect(renderLegSection(report, 'write', { leg: 'a' }, room)!.split('\n')).toEqual(expected);
    expect(renderLegSection(report, 'write', { leg: 'a' }, room - 1)!.split('\n')).toEqual([
      ...expected.slice(0, 3),
      '> ⚠️ 3 findings are not listed here (a comment holds at most 65536 characters): see the job summary.',
      '<!-- /depgate:leg -->',
    ]);
    const short = renderLegSection(report, 'write', { leg: 'a' }, 200)!;
    expect(short.split('\n')).toEqual([
      '<!-- depgate:leg=a -->',
      '### ❌ depgate (a): 3 errors block this merge',
      '',
      'depgate: 3 errors (DG002 pkg01, DG002 pkg02, DG002 pkg03) — gate failed',
      '',
      '<!-- /depgate:leg -->',
    ]);
    expect(renderLegSection(report, 'write', { leg: 'a' }, 100)).toBeUndefined();
  });
});

describe('upsertStickyComment, against the API double', () => {
  let double: GitHubApiDouble;
  beforeEach(async () => {
    double = await GitHubApiDouble.start();
  });
  afterEach(async () => {
    expect(double.violations).toEqual([]);
    expect(double.responseViolations).toEqual([]);
    await double.close();
  });

  const client = () => createGitHubClient({ token: 'ghs_x', apiUrl: double.url, sleep: async () => {} });
  const request = (leg: string, report: Report, overrides: Partial<StickyCommentRequest> = {}): StickyCommentRequest => {
    const intent = commentIntent('on-failure', report) as 'write' | 'resolve';
    return {
      repository: REPO,
      issueNumber: 2,
      leg,
      intent,
      renderSection: (maxChars) => renderLegSection(report, intent, { leg, ...CONTEXT }, maxChars),
      // Long enough for a concurrent write to land even on a loaded machine.
      settleMs: 150,
      settleJitterMs: 50,
      ...overrides,
    };
  };
  const bodies = () => double.comments.map((comment) => comment.body);

  test('creates the comment once, updates it in place, and resolves it after the fix', async () => {
    double.addComment(2, 'LGTM');
    double.addComment(2, `> quoting ${COMMENT_MARKER} is not the comment`);
    const first = await upsertStickyComment(client(), request('', FAILING));
    expect(first).toEqual({ ok: true, action: 'created', id: double.comments[2].id });
    const again = await upsertStickyComment(client(), request('', FAILING));
    expect(again).toEqual({ ok: true, action: 'unchanged', id: first.ok ? first.id : 0 });
    const resolved = await upsertStickyComment(client(), request('', PASSING));
    expect(resolved).toEqual({ ok: true, action: 'updated', id: first.ok ? first.id : 0 });
    expect(double.comments).toHaveLength(3);
    expect(bodies()[2]).toBe(composeCommentBody(undefined, '', renderLegSection(PASSING, 'resolve', { leg: '', ...CONTEXT }, MAX_COMMENT_BODY_CHARS)!));
  });

  test('on-failure with a passing gate and no comment yet: nothing is written', async () => {
    expect(await upsertStickyComment(client(), request('', PASSING))).toEqual({ ok: true, action: 'skipped' });
    expect(double.operations()).toEqual(['issues/list-comments']);
  });

  test("a passing leg with no section of its own leaves the other legs' comment alone", async () => {
    await upsertStickyComment(client(), request('py3.11', FAILING));
    const before = bodies();
    expect(await upsertStickyComment(client(), request('py3.12', PASSING))).toEqual({ ok: true, action: 'skipped' });
    expect(bodies()).toEqual(before);
  });

  test('finds its comment on the second page of a long discussion', async () => {
    for (let i = 0; i < 120; i++) double.addComment(2, `comment ${i}`);
    await upsertStickyComment(client(), request('', FAILING));
    await upsertStickyComment(client(), request('', PASSING));
    expect(bodies().filter((body) => body.startsWith(COMMENT_MARKER))).toHaveLength(1);
    expect(double.requests.filter((r) => r.operationId === 'issues/list-comments').map((r) => r.query.page ?? '1')).toEqual(['1', '2', '1', '2', '1', '2']);
  });

  test('403: the error is returned (the caller warns), nothing thrown', async () => {
    double.forbid('issues/create-comment');
    expect(await upsertStickyComment(client(), request('', FAILING))).toEqual({ ok: false, status: 403, message: 'Resource not accessible by integration' });
  });

  test('two legs that both find no comment both create one: the newer is deleted and merged into the older', async () => {
    double.holdUntil('issues/list-comments', 2);
    double.holdUntil('issues/create-comment', 2);
    const [a, b] = await Promise.all([upsertStickyComment(client(), request('py3.11', FAILING)), upsertStickyComment(client(), request('py3.12', FAILING))]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(double.comments).toHaveLength(1);
    expect([...parseSections(bodies()[0]).keys()]).toEqual(['py3.11', 'py3.12']);
    expect(double.operations().filter((operation) => operation === 'issues/delete-comment')).toHaveLength(1);
  });

  test("two legs that read the same body and write over each other: the erased one notices and writes again", async () => {
    const existing = composeCommentBody(undefined, 'py3.10', section('py3.10', 'kept'));
    double.addComment(2, existing, { login: 'github-actions[bot]', type: 'Bot' });
    double.holdUntil('issues/list-comments', 2);
    // Both writes land before either leg verifies: the second erases the first, deterministically.
    double.holdUntil('issues/update-comment', 2);
    await Promise.all([upsertStickyComment(client(), request('py3.11', FAILING)), upsertStickyComment(client(), request('py3.12', FAILING))]);
    expect([...parseSections(bodies()[0]).keys()]).toEqual(['py3.10', 'py3.11', 'py3.12']);
    expect(parseSections(bodies()[0]).get('py3.10')).toBe(section('py3.10', 'kept'));
    // Both wrote from the same read; one write erased the other, which was written a second time.
    expect(double.operations().filter((operation) => operation === 'issues/update-comment')).toHaveLength(3);
  });

  test('the comment deleted between the read and the write: read again, and create it', async () => {
    const mine = double.addComment(2, composeCommentBody(undefined, '', section('', 'old')), { login: 'github-actions[bot]', type: 'Bot' });
    double.failNext('issues/update-comment', 404);
    double.comments.splice(double.comments.indexOf(mine), 1);
    const result = await upsertStickyComment(client(), request('', FAILING));
    expect(result).toMatchObject({ ok: true, action: 'created' });
    expect(double.comments).toHaveLength(1);
  });

  test('every section within 65,536 characters: a leg with thousands of findings is cut to fit beside the others', async () => {
    const huge = makeReport({ findings: numberedFindings(3000, 'error').map((f) => ({ ...f, message: 'x'.repeat(100) })), fixes: [] });
    await upsertStickyComment(client(), request('py3.11', FAILING));
    const result = await upsertStickyComment(client(), request('py3.12', huge));
    expect(result).toMatchObject({ ok: true, action: 'updated' });
    const body = bodies()[0];
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_BODY_CHARS);
    expect(body.length).toBeGreaterThan(MAX_COMMENT_BODY_CHARS - 300);
    expect([...parseSections(body).keys()]).toEqual(['py3.11', 'py3.12']);
    expect(body).toMatch(/> ⚠️ \d+ more findings are not listed here \(a comment holds at most 65536 characters\): see the job summary\./);
  });

  test('when the others leave no room at all, the error says so and nothing is written', async () => {
    const others = composeCommentBody(undefined, 'big', section('big', 'y'.repeat(MAX_COMMENT_BODY_CHARS - 100)));
    double.addComment(2, others, { login: 'github-actions[bot]', type: 'Bot' });
    const result = await upsertStickyComment(client(), request('py3.12', FAILING));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^the other legs' sections leave \d+ characters of the 65536 a comment may hold; not enough for this leg's$/) });
    expect(bodies()).toEqual([others]);
  });
});
