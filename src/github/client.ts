// The REST client for check runs, comments and PR files: @actions/github's Octokit, created in
// run() (never at import: STYLE.md, on dependency-review-action), pointed at GITHUB_API_URL so
// GitHub Enterprise Server and the tests' loopback double both work. A server error is retried
// with backoff; a 4xx is an answer (no permission, no such PR) and is never retried.

import { getOctokit } from '@actions/github';

export type GitHubClient = ReturnType<typeof getOctokit>;

/**
 * Waits before the 2nd, 3rd and 4th attempt of a request that got a 5xx or no answer at all.
 * GitHub's guidance for 5xx is to retry "after a short wait"; doubling keeps a brief outage
 * from failing the step while bounding the wait at 7 seconds per request.
 * Source: https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api
 */
export const RETRY_DELAYS_MS = [1000, 2000, 4000];
/** A request that takes longer is abandoned (and, being a 5xx-like failure, retried). */
export const REQUEST_TIMEOUT_MS = 30_000;
/** A server's Retry-After longer than this is not waited for: the step has a job to finish. */
export const MAX_RETRY_AFTER_MS = 10_000;

export interface GitHubClientOptions {
  token: string;
  /** GITHUB_API_URL: https://api.github.com, a GHES URL, or a test double. */
  apiUrl: string;
  retryDelaysMs?: number[];
  requestTimeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** Where retries are told (core.debug in the action). */
  debug?: (message: string) => void;
}

/** An HTTP status from an error Octokit threw; Octokit reports network failures and timeouts as 500. */
export function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

export function isRetryable(error: unknown): boolean {
  const status = statusOf(error);
  return status !== undefined && status >= 500;
}

export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const timeoutMs = options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  const octokit = getOctokit(options.token, {
    baseUrl: options.apiUrl.replace(/\/+$/, ''),
    // Octokit's default logger writes request failures to the console; depgate reports them itself.
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
  });
  octokit.hook.wrap('request', async (request, requestOptions) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request({ ...requestOptions, request: { ...requestOptions.request, signal: AbortSignal.timeout(timeoutMs) } });
      } catch (error) {
        if (!isRetryable(error) || attempt >= delays.length) throw error;
        const wait = retryAfterMs(error) ?? delays[attempt];
        options.debug?.(`${requestOptions.method} ${requestOptions.url}: ${messageOf(error)}; retrying in ${wait} ms`);
        await sleep(wait);
      }
    }
  });
  return octokit;
}

function retryAfterMs(error: unknown): number | undefined {
  const headers = (error as { response?: { headers?: Record<string, string | undefined> } }).response?.headers;
  const seconds = Number(headers?.['retry-after']);
  if (!Number.isFinite(seconds) || seconds < 0) return undefined;
  return Math.min(seconds * 1000, MAX_RETRY_AFTER_MS);
}

/** GitHub's own `message` of an error answer ("Resource not accessible by integration"), else the error's. */
export function messageOf(error: unknown): string {
  const data = (error as { response?: { data?: unknown } } | undefined)?.response?.data;
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') return (data as { message: string }).message;
  return error instanceof Error ? error.message : String(error);
}
