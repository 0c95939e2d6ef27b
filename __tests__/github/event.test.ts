import { describe, expect, test } from '@jest/globals';
import { describeEvent } from '../../src/github/event.js';
import { forkPullRequestPayload, webhookExample } from '../helpers/github-api.js';

const GITHUB_SHA = 'ffffffffffffffffffffffffffffffffffffffff';

describe('describeEvent, on payloads from @octokit/webhooks-examples', () => {
  test('pull_request: the head commit of the PR, not GITHUB_SHA (the test merge commit)', () => {
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_SHA };
    expect(describeEvent(env, webhookExample('pull_request', 'opened'))).toEqual({
      name: 'pull_request',
      repository: { owner: 'Codertocat', repo: 'Hello-World' },
      headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821',
      pullRequest: { number: 2, headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821', fromFork: false },
    });
  });

  test('pull_request from a fork is marked as one', () => {
    const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_SHA };
    expect(describeEvent(env, forkPullRequestPayload()).pullRequest).toEqual({ number: 2, headSha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821', fromFork: true });
  });

  test('pull_request_target: still the PR head (GITHUB_SHA is the base branch there)', () => {
    const env = { GITHUB_EVENT_NAME: 'pull_request_target', GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_SHA };
    expect(describeEvent(env, forkPullRequestPayload()).headSha).toBe('ec26c3e57ca3a959ca5aad62de7213c562f8c821');
  });

  test('merge_group: the queue branch head, and no pull request', () => {
    const env = { GITHUB_EVENT_NAME: 'merge_group', GITHUB_REPOSITORY: 'octo-org/octo-repo', GITHUB_SHA };
    expect(describeEvent(env, webhookExample('merge_group'))).toEqual({
      name: 'merge_group',
      repository: { owner: 'octo-org', repo: 'octo-repo' },
      headSha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d',
    });
  });

  test.each(['push', 'schedule', 'workflow_dispatch'])('%s: GITHUB_SHA, no pull request', (name) => {
    const payload = name === 'push' ? webhookExample('push') : name === 'workflow_dispatch' ? webhookExample('workflow_dispatch') : { schedule: '0 3 * * *' };
    expect(describeEvent({ GITHUB_EVENT_NAME: name, GITHUB_REPOSITORY: 'Codertocat/Hello-World', GITHUB_SHA }, payload)).toEqual({
      name,
      repository: { owner: 'Codertocat', repo: 'Hello-World' },
      headSha: GITHUB_SHA,
    });
  });

  test('the repository comes from the payload when GITHUB_REPOSITORY is unset', () => {
    expect(describeEvent({ GITHUB_EVENT_NAME: 'push' }, webhookExample('push')).repository).toEqual({ owner: 'Codertocat', repo: 'Hello-World' });
  });

  test('a payload that is not what it should be describes what it can, and never throws', () => {
    expect(describeEvent({ GITHUB_EVENT_NAME: 'pull_request', GITHUB_SHA }, { pull_request: { number: 'two', head: null } })).toEqual({ name: 'pull_request', headSha: GITHUB_SHA });
    expect(describeEvent({}, null)).toEqual({ name: '' });
    expect(describeEvent({ GITHUB_REPOSITORY: 'not a repo' }, [])).toEqual({ name: '' });
  });

  test('a PR whose fork was deleted (head.repo null) is from a fork', () => {
    const payload = webhookExample('pull_request', 'opened') as { pull_request: { head: { repo: unknown } } };
    payload.pull_request.head.repo = null;
    expect(describeEvent({ GITHUB_EVENT_NAME: 'pull_request' }, payload).pullRequest?.fromFork).toBe(true);
  });
});
