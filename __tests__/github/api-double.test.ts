// The double is only as good as its validation: it must accept what GitHub accepts and refuse
// what GitHub's description rules out, or the action's tests prove nothing.
import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { createGitHubClient } from '../../src/github/client.js';
import { GitHubApiDouble, unknownProperties } from '../helpers/github-api.js';

let double: GitHubApiDouble;
beforeEach(async () => {
  double = await GitHubApiDouble.start();
});
afterEach(() => double.close());

const REPO = { owner: 'Codertocat', repo: 'Hello-World' };
const HEADERS = { authorization: 'token t', 'user-agent': 'test', accept: 'application/vnd.github+json' };

async function send(method: string, pathAndQuery: string, options: { body?: string; headers?: Record<string, string> } = {}): Promise<{ status: number; body: unknown; link: string | null }> {
  const response = await fetch(`${double.url}${pathAndQuery}`, {
    method,
    body: options.body,
    headers: { ...HEADERS, ...(options.body ? { 'content-type': 'application/json' } : {}), ...options.headers },
  });
  const text = await response.text();
  return { status: response.status, body: text === '' ? undefined : JSON.parse(text), link: response.headers.get('link') };
}

describe('requests the description allows', () => {
  test('a check run from the real client is accepted and kept, and the answer conforms too', async () => {
    const client = createGitHubClient({ token: 't0ken', apiUrl: double.url });
    const created = await client.rest.checks.create({
      ...REPO, name: 'depgate', head_sha: 'abc', status: 'completed', conclusion: 'failure',
      output: { title: 'T', summary: 'S', annotations: [{ path: 'requirements.txt', start_line: 3, end_line: 3, annotation_level: 'failure', message: 'm' }] },
    });
    await client.rest.checks.update({ ...REPO, check_run_id: created.data.id, output: { title: 'T', summary: 'S', annotations: [{ path: 'a', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'n' }] } });
    expect(created.status).toBe(201);
    expect(created.data).toMatchObject({ name: 'depgate', head_sha: 'abc', conclusion: 'failure', html_url: `https://github.com/Codertocat/Hello-World/runs/${created.data.id}` });
    expect(double.checkRuns.map((run) => [run.name, run.head_sha, run.conclusion, run.annotationBatches, run.annotations.map((a) => a.path)])).toEqual([
      ['depgate', 'abc', 'failure', [1, 1], ['requirements.txt', 'a']],
    ]);
    expect(double.operations()).toEqual(['checks/create', 'checks/update']);
    expect(double.violations).toEqual([]);
    expect(double.responseViolations).toEqual([]);
  });

  test('comments are created, listed page by page with Link headers, updated and deleted', async () => {
    const client = createGitHubClient({ token: 't0ken', apiUrl: double.url });
    for (let i = 0; i < 3; i++) double.addComment(2, `human ${i}`);
    const created = await client.rest.issues.createComment({ ...REPO, issue_number: 2, body: 'mine' });
    const firstPage = await send('GET', '/repos/Codertocat/Hello-World/issues/2/comments?per_page=2');
    expect(firstPage.link).toBe(
      `<${double.url}/repos/Codertocat/Hello-World/issues/2/comments?per_page=2&page=2>; rel="next", <${double.url}/repos/Codertocat/Hello-World/issues/2/comments?per_page=2&page=2>; rel="last"`,
    );
    const all = await client.paginate(client.rest.issues.listComments, { ...REPO, issue_number: 2, per_page: 2 });
    expect(all.map((comment) => [comment.body, comment.user?.type])).toEqual([['human 0', 'User'], ['human 1', 'User'], ['human 2', 'User'], ['mine', 'Bot']]);
    await client.rest.issues.updateComment({ ...REPO, comment_id: created.data.id, body: 'edited' });
    expect((await client.rest.issues.getComment({ ...REPO, comment_id: created.data.id })).data.body).toBe('edited');
    await client.rest.issues.deleteComment({ ...REPO, comment_id: created.data.id });
    expect(double.comments.map((comment) => comment.body)).toEqual(['human 0', 'human 1', 'human 2']);
    expect(double.violations).toEqual([]);
    expect(double.responseViolations).toEqual([]);
  });

  test("a pull request's files come with their patches, the patch left out when GitHub leaves it out", async () => {
    const client = createGitHubClient({ token: 't0ken', apiUrl: double.url });
    double.pullFiles.set(2, [
      { filename: 'requirements.txt', status: 'modified', patch: '@@ -1,2 +1,2 @@\n flask\n-stripe\n+stripe>=7' },
      { filename: 'logo.png', status: 'added' },
    ]);
    const files = await client.paginate(client.rest.pulls.listFiles, { ...REPO, pull_number: 2, per_page: 100 });
    expect(files.map((file) => [file.filename, file.status, file.patch, file.additions, file.deletions])).toEqual([
      ['requirements.txt', 'modified', '@@ -1,2 +1,2 @@\n flask\n-stripe\n+stripe>=7', 1, 1],
      ['logo.png', 'added', undefined, 0, 0],
    ]);
    expect(double.violations).toEqual([]);
    expect(double.responseViolations).toEqual([]);
  });
});

describe('requests the description rules out are violations', () => {
  test('a check run without head_sha, with a wrong conclusion and a misspelt output field', async () => {
    const response = await send('POST', '/repos/Codertocat/Hello-World/check-runs', {
      body: JSON.stringify({ name: 'depgate', conclusion: 'failed', output: { title: 'T', summary: 'S', annotation: [] } }),
    });
    expect(response.status).toBe(201);
    expect(double.violations).toEqual([
      {
        request: 'POST /repos/Codertocat/Hello-World/check-runs',
        problems: [
          "/requestBody must have required property 'head_sha'",
          '/requestBody/conclusion must be equal to one of the allowed values',
          '/requestBody/output/annotation is not a property the operation accepts',
        ],
      },
    ]);
  });

  test('51 annotations in one request (maxItems 50), and a summary over 65,535 characters', async () => {
    const annotation = { path: 'a', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'm' };
    await send('POST', '/repos/Codertocat/Hello-World/check-runs', {
      body: JSON.stringify({ name: 'depgate', head_sha: 'abc', output: { title: 'T', summary: 'x'.repeat(65_536), annotations: Array(51).fill(annotation) } }),
    });
    expect(double.violations.flatMap((violation) => violation.problems)).toEqual([
      '/requestBody/output/summary must NOT have more than 65535 characters',
      '/requestBody/output/annotations must NOT have more than 50 items',
    ]);
  });

  test('a query parameter of the wrong type and one the operation does not know', async () => {
    await send('GET', '/repos/Codertocat/Hello-World/pulls/2/files?per_page=all&sort=asc');
    expect(double.violations).toEqual([
      {
        request: 'GET /repos/Codertocat/Hello-World/pulls/2/files?per_page=all&sort=asc',
        problems: ['/query must NOT have additional properties: sort', '/query/per_page must be integer'],
      },
    ]);
  });

  test('no Authorization, no User-Agent, a body without its Content-Type', async () => {
    const response = await fetch(`${double.url}/repos/Codertocat/Hello-World/issues/2/comments`, {
      method: 'POST',
      body: JSON.stringify({ body: 'x' }),
      headers: { accept: 'application/vnd.github+json', 'user-agent': '', 'content-type': 'text/plain' },
    });
    await response.text();
    expect(double.violations.map((violation) => violation.problems)).toEqual([
      [
        'Authorization must be "token <token>" or "Bearer <token>"; got ""',
        'User-Agent is required by GitHub (requests without one are rejected)',
        'a JSON body needs Content-Type application/json; got "text/plain"',
      ],
    ]);
  });

  test('a path that is no operation, and an operation depgate has no business calling', async () => {
    expect((await send('GET', '/repos/Codertocat/Hello-World/check-runz')).status).toBe(404);
    expect((await send('DELETE', '/repos/Codertocat/Hello-World')).status).toBe(501);
    expect(double.violations).toEqual([
      { request: 'GET /repos/Codertocat/Hello-World/check-runz', problems: ['no operation of the GitHub REST API has this method and path'] },
      { request: 'repos/delete', problems: ['repos/delete is not an operation depgate is expected to call'] },
    ]);
  });

  test('unknownProperties looks through allOf and oneOf/anyOf alternatives', () => {
    const schema = { properties: { a: { properties: { b: {} } } }, anyOf: [{ properties: { c: {} }, additionalProperties: true }] };
    expect(unknownProperties(schema, { a: { b: 1, x: 2 }, c: 3, d: 4 }, '')).toEqual(['/a/x is not a property the operation accepts', '/d is not a property the operation accepts']);
    expect(unknownProperties({ properties: { a: {} }, additionalProperties: true }, { z: 1 }, '')).toEqual([]);
  });
});

describe('answers on cue', () => {
  test('403, 404, 422 and 503 with GitHub-shaped error bodies, then back to normal', async () => {
    double.failNext('issues/create-comment', 403);
    double.failNext('issues/create-comment', 404);
    double.failNext('issues/create-comment', 422, { message: 'Body is too long (maximum is 65536 characters)' });
    double.failNext('issues/create-comment', 503, { times: 2 });
    const post = () => send('POST', '/repos/Codertocat/Hello-World/issues/2/comments', { body: JSON.stringify({ body: 'x' }) });
    const answers = [];
    for (let i = 0; i < 6; i++) {
      const { status, body } = await post();
      answers.push([status, (body as { message: string }).message ?? (body as { body: string }).body]);
    }
    expect(answers).toEqual([
      [403, 'Resource not accessible by integration'],
      [404, 'Not Found'],
      [422, 'Body is too long (maximum is 65536 characters)'],
      [503, 'Service Unavailable'],
      [503, 'Service Unavailable'],
      [201, 'x'],
    ]);
    expect(double.comments.map((comment) => comment.body)).toEqual(['x']);
  });

  test('another repository than the one served is 404', async () => {
    expect((await send('GET', '/repos/someone/else/issues/2/comments')).status).toBe(404);
    expect(double.violations).toEqual([]);
  });

  test('holdUntil answers the held requests together, after the last one arrives', async () => {
    double.holdUntil('issues/list-comments', 2);
    const first = send('GET', '/repos/Codertocat/Hello-World/issues/2/comments');
    let firstDone = false;
    void first.then(() => (firstDone = true));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(firstDone).toBe(false);
    double.addComment(2, 'written while the first read was held');
    const second = await send('GET', '/repos/Codertocat/Hello-World/issues/2/comments');
    expect(((await first).body as unknown[]).length).toBe(1);
    expect((second.body as unknown[]).length).toBe(1);
  });
});
