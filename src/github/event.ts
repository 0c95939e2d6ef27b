// What the workflow run is about, from the runner's environment and the event payload: the
// repository, the commit a check run belongs to, and the pull request (if there is one) that a
// comment and the changed lines come from. Pure: main.ts reads GITHUB_EVENT_PATH and passes the
// parsed payload in.

/** The events depgate is documented for; any other event is treated like `push` (no PR). */
export const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'] as const;

export interface PullRequestRef {
  number: number;
  /** The head commit of the PR: its checks and annotations belong there, not on GITHUB_SHA. */
  headSha: string;
  /** The head branch lives in another repository: `pull_request` then gets a read-only token. */
  fromFork: boolean;
}

export interface GitHubEvent {
  /** GITHUB_EVENT_NAME ('' when not on a runner). */
  name: string;
  repository?: { owner: string; repo: string };
  /** The commit a check run is created on. */
  headSha?: string;
  pullRequest?: PullRequestRef;
}

/**
 * `pull_request` / `pull_request_target`: GITHUB_SHA is the test merge commit (or, for
 * `pull_request_target`, the base branch's head), neither of which the PR page shows; the check run
 * goes on `pull_request.head.sha`. `merge_group`: the queue's temporary branch head
 * (`merge_group.head_sha`), which is what a required check is awaited on in a merge queue.
 * `push`, `schedule`, `workflow_dispatch` and the rest: GITHUB_SHA.
 * Source: https://docs.github.com/en/actions/reference/workflows-and-actions/events-that-trigger-workflows
 */
export function describeEvent(env: Record<string, string | undefined>, payload: unknown): GitHubEvent {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const event: GitHubEvent = { name };
  const repository = repositoryOf(env, payload);
  if (repository) event.repository = repository;

  const pullRequest = (PULL_REQUEST_EVENTS as readonly string[]).includes(name) ? pullRequestOf(payload) : undefined;
  const mergeGroupSha = name === 'merge_group' ? stringAt(payload, ['merge_group', 'head_sha']) : undefined;
  const headSha = pullRequest?.headSha ?? mergeGroupSha ?? nonEmpty(env.GITHUB_SHA);
  if (headSha) event.headSha = headSha;
  if (pullRequest) event.pullRequest = pullRequest;
  return event;
}

function repositoryOf(env: Record<string, string | undefined>, payload: unknown): GitHubEvent['repository'] {
  const fullName = nonEmpty(env.GITHUB_REPOSITORY) ?? stringAt(payload, ['repository', 'full_name']);
  const match = fullName === undefined ? null : /^([^/\s]+)\/([^/\s]+)$/.exec(fullName);
  return match ? { owner: match[1], repo: match[2] } : undefined;
}

function pullRequestOf(payload: unknown): PullRequestRef | undefined {
  const number = valueAt(payload, ['pull_request', 'number']);
  const headSha = stringAt(payload, ['pull_request', 'head', 'sha']);
  if (typeof number !== 'number' || !Number.isInteger(number) || number <= 0 || headSha === undefined) return undefined;
  // A deleted fork leaves head.repo null: still a fork, and still a read-only token.
  const headRepo = stringAt(payload, ['pull_request', 'head', 'repo', 'full_name']);
  const baseRepo = stringAt(payload, ['pull_request', 'base', 'repo', 'full_name']);
  return { number, headSha, fromFork: headRepo === undefined || headRepo !== baseRepo };
}

function valueAt(value: unknown, path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function stringAt(value: unknown, path: string[]): string | undefined {
  const found = valueAt(value, path);
  return typeof found === 'string' ? nonEmpty(found) : undefined;
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === '' ? undefined : text.trim();
}
