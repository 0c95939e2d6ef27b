import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { createGitHubClient, RETRY_DELAYS_MS, statusOf } from '../../src/github/client.js';
import { GitHubApiDouble } from '../helpers/github-api.js';

let double: GitHubApiDouble;
let waits: number[];
const REPO = { owner: 'Codertocat', repo: 'Hello-World' };

beforeEach(async () => {
  double = await GitHubApiDouble.start();
  waits = [];
});
afterEach(() => double.close());

function client(debug?: (message: string) => void) {
  return createGitHubClient({ token: 'ghs_x', apiUrl: `${double.url}/`, sleep: async (ms) => void waits.push(ms), debug });
}

describe('createGitHubClient', () => {
  test('retries a 5xx with 1, 2 and 4 seconds of backoff, then succeeds', async () => {
    double.failNext('issues/create-comment', 502);
    double.failNext('issues/create-comment', 503, { times: 2 });
    const messages: string[] = [];
    const created = await client((message) => messages.push(message)).rest.issues.createComment({ ...REPO, issue_number: 2, body: 'x' });
    expect(created.status).toBe(201);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(double.requests.map((request) => request.status)).toEqual([502, 503, 503, 201]);
    expect(messages).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments: Bad Gateway; retrying in 1000 ms',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments: Service Unavailable; retrying in 2000 ms',
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments: Service Unavailable; retrying in 4000 ms',
    ]);
  });

  test("waits as long as a 5xx's Retry-After says, up to 10 seconds", async () => {
    double.failNext('issues/create-comment', 503, { headers: { 'retry-after': '3' } });
    double.failNext('issues/create-comment', 503, { headers: { 'retry-after': '120' } });
    await client().rest.issues.createComment({ ...REPO, issue_number: 2, body: 'x' });
    expect(waits).toEqual([3000, 10_000]);
  });

  test('gives up after the last retry and throws the 5xx', async () => {
    double.failNext('checks/create', 500, { times: RETRY_DELAYS_MS.length + 1 });
    const error = await client().rest.checks.create({ ...REPO, name: 'depgate', head_sha: 'abc' }).catch((thrown: unknown) => thrown);
    expect(statusOf(error)).toBe(500);
    expect(double.requests).toHaveLength(4);
    expect(waits).toEqual(RETRY_DELAYS_MS);
  });

  test.each([403, 404, 422])('never retries a %i', async (status) => {
    double.failNext('checks/create', status);
    const error = await client().rest.checks.create({ ...REPO, name: 'depgate', head_sha: 'abc' }).catch((thrown: unknown) => thrown);
    expect(statusOf(error)).toBe(status);
    expect(double.requests).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  test('a connection refused is retried like a 5xx, then reported as 500', async () => {
    const closed = createGitHubClient({ token: 'ghs_x', apiUrl: 'http://127.0.0.1:9', sleep: async (ms) => void waits.push(ms) });
    const error = await closed.rest.checks.create({ ...REPO, name: 'depgate', head_sha: 'abc' }).catch((thrown: unknown) => thrown);
    expect(statusOf(error)).toBe(500);
    expect(waits).toEqual(RETRY_DELAYS_MS);
  });

  test('sends the token as "token <token>", and nothing the description does not allow', async () => {
    await client().rest.issues.listComments({ ...REPO, issue_number: 2, per_page: 100 });
    expect(double.requests[0].headers.authorization).toBe('token ghs_x');
    expect(double.violations).toEqual([]);
  });
});
