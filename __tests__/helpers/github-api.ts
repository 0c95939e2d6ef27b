// A loopback GitHub REST API for the tests: GITHUB_API_URL points at it, and every request the
// action makes is matched to an operation of GitHub's own OpenAPI description
// (@octokit/openapi, api.github.com) and validated there — method, path, query, the headers
// that matter and the JSON body, unknown body properties included (GitHub ignores them
// silently, which is how a misspelt field goes unnoticed). A request that does not conform is
// recorded in `violations`; tests assert there are none. The double keeps state (check runs,
// comments, a pull request's files), builds its answers from the description's own examples,
// validates those answers too, and answers 403, 404, 422 and 5xx on cue.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { ACTION, ROOT, prepareRunnerStep, type ActionRun } from '../e2e/run-dist.js';

const require = createRequire(import.meta.url);

/**
 * openapi-backend is CommonJS and requires an ES module (@apidevtools/json-schema-ref-parser):
 * Node >= 20.19 allows that, jest's module loader does not. So the description is loaded and
 * requests are matched and validated in a worker thread, which uses Node's own loader; the
 * double's state and answers stay here, in the test's thread.
 */
const VALIDATOR_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { createRequire } = require('node:module');
const { readFileSync } = require('node:fs');
const load = createRequire(workerData.root + '/package.json');
const { OpenAPIBackend, OpenAPIValidator, ValidationContext } = load('openapi-backend');
const formats = {
  // RFC 3339, section 5.6.
  'date-time': (value) => /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(value),
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value),
  uri: (value) => URL.canParse(value),
  email: (value) => /^[^\s@]+@[^\s@]+$/.test(value),
  'uri-template': () => true,
  'repo.nwo': (value) => /^[^/\s]+\/[^/\s]+$/.test(value),
  binary: () => true,
};
const api = new OpenAPIBackend({
  definition: JSON.parse(readFileSync(load.resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')),
  quick: true,
  strict: true,
  // Every problem of a request, not only the first.
  ajvOpts: { allErrors: true, strict: false },
  customizeAjv: (ajv) => {
    for (const [name, validate] of Object.entries(formats)) ajv.addFormat(name, { type: 'string', validate });
    for (const name of ['int32', 'int64', 'double', 'timestamp']) ajv.addFormat(name, { type: 'number', validate: () => true });
    return ajv;
  },
});
// openapi-backend rebuilds the list of ~1,000 operations and their path patterns for every
// match; the tests send the same few requests over and over, so both are kept.
const ready = api.init().then(() => {
  const operations = api.router.getOperations();
  api.router.getOperations = () => operations;
});
const matched = new Map();
const matchOperation = (request) => {
  const key = request.method.toLowerCase() + ' ' + request.path;
  if (!matched.has(key)) matched.set(key, api.router.matchOperation(request));
  return matched.get(key);
};
// One response schema per operation and status, compiled on first use (openapi-backend would
// compile every status of the operation at once).
const responseValidators = new Map();
const responseValidator = (operation, status) => {
  const key = operation.operationId + ' ' + status;
  if (!responseValidators.has(key)) {
    const response = (operation.responses || {})[String(status)];
    const schema = response && response.content && response.content['application/json'] && response.content['application/json'].schema;
    responseValidators.set(key, schema ? OpenAPIValidator.compileSchema(api.validator.getAjv(ValidationContext.Response), schema) : null);
  }
  return responseValidators.get(key);
};
const errorText = (error) =>
  (error.instancePath || '/') + ' ' + (error.message || error.keyword) +
  (error.keyword === 'additionalProperties' ? ': ' + error.params.additionalProperty : '');
const answer = async (message) => {
  await ready;
  if (message.kind === 'request') {
    const request = { method: message.method, path: message.path, query: message.query, headers: message.headers, body: message.body };
    const operation = matchOperation(request);
    if (!operation) return { found: false };
    const validation = api.validator.validateRequest(request, operation);
    const examples = {};
    for (const [status, response] of Object.entries(operation.responses || {})) {
      const found = Object.values((response.content && response.content['application/json'] && response.content['application/json'].examples) || {})[0];
      if (found && found.value !== undefined) examples[status] = found.value;
    }
    const content = operation.requestBody && operation.requestBody.content && operation.requestBody.content['application/json'];
    return {
      found: true,
      operationId: operation.operationId,
      params: api.router.parseRequest({ method: message.method, path: message.path, query: {}, headers: {} }, operation).params,
      problems: (validation.errors || []).map(errorText),
      requestSchema: content ? content.schema : undefined,
      examples,
    };
  }
  const validate = responseValidator(api.router.getOperation(message.operationId), message.status);
  if (!validate || validate(message.body)) return { problems: [] };
  return { problems: validate.errors.map(errorText) };
};
parentPort.on('message', (message) => {
  answer(message).then(
    (result) => parentPort.postMessage({ id: message.id, result }),
    (error) => parentPort.postMessage({ id: message.id, error: String(error && error.stack || error) }),
  );
});
`;

export interface OperationMatch {
  operationId: string;
  params: Record<string, string>;
  /** What ajv found wrong with the path, query, headers and body. */
  problems: string[];
  requestSchema?: Schema;
  /** The description's example answer per status. */
  examples: Record<string, unknown>;
}

/** GitHub's OpenAPI description, loaded once per test file (13 MB: about half a second). */
export class GitHubOpenApi {
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  constructor(private readonly worker: Worker) {
    worker.on('message', (message: { id: number; result?: unknown; error?: string }) => {
      const waiting = this.pending.get(message.id);
      this.pending.delete(message.id);
      if (message.error !== undefined) waiting?.reject(new Error(message.error));
      else waiting?.resolve(message.result);
    });
    // A worker that cannot load the description fails every request waiting on it, not hangs it.
    worker.on('error', (error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    });
    // Nothing else keeps a test process alive for it.
    worker.unref();
  }

  private ask<T>(message: Record<string, unknown>): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...message, id });
    });
  }

  async matchRequest(request: { method: string; path: string; query: Record<string, string>; headers: Record<string, unknown>; body: unknown }): Promise<OperationMatch | undefined> {
    const result = await this.ask<{ found: boolean } & OperationMatch>({ kind: 'request', ...request });
    return result.found ? result : undefined;
  }

  async responseProblems(operationId: string, status: number, body: unknown): Promise<string[]> {
    return (await this.ask<{ problems: string[] }>({ kind: 'response', operationId, status, body })).problems;
  }
}

let described: GitHubOpenApi | undefined;
export function githubOpenApi(): GitHubOpenApi {
  described ??= new GitHubOpenApi(new Worker(VALIDATOR_SOURCE, { eval: true, workerData: { root: ROOT } }));
  return described;
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  operationId?: string;
  status: number;
}

export interface Violation {
  request: string;
  problems: string[];
}

export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: string;
  message: string;
  title?: string;
}

export interface CheckRunState {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: CheckRunAnnotation[];
  /** How many requests carried annotations: the create, then one per update. */
  annotationBatches: number[];
}

export interface CommentState {
  id: number;
  issueNumber: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  created_at: string;
  updated_at: string;
}

export interface PullFileState {
  filename: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
  patch?: string;
}

interface Cue {
  status: number;
  message: string;
  remaining: number;
  headers: Record<string, string>;
}

interface Barrier {
  count: number;
  waiting: (() => void)[];
  timer?: NodeJS.Timeout;
}

/** A held request is let go after this long even if its partners never came (and that is a violation). */
const BARRIER_TIMEOUT_MS = 15_000;

const CANNED_MESSAGES: Record<number, string> = {
  403: 'Resource not accessible by integration',
  404: 'Not Found',
  410: 'Gone',
  422: 'Validation Failed',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
};

export class GitHubApiDouble {
  readonly requests: RecordedRequest[] = [];
  /** Requests that do not conform to the description (the action's fault). */
  readonly violations: Violation[] = [];
  /** Answers of the double that do not conform (the double's fault). */
  readonly responseViolations: Violation[] = [];
  readonly checkRuns: CheckRunState[] = [];
  readonly comments: CommentState[] = [];
  readonly pullFiles = new Map<number, PullFileState[]>();
  private readonly cues = new Map<string, Cue[]>();
  private readonly barriers = new Map<string, Barrier>();
  private nextId = 1000;
  private clock = Date.UTC(2025, 0, 15, 12, 0, 0);

  private constructor(
    private readonly api: GitHubOpenApi,
    private readonly server: Server,
    readonly url: string,
    readonly repository: { owner: string; repo: string },
  ) {}

  /** Starts on 127.0.0.1; requests for any other repository than `repository` are answered 404. */
  static async start(options: { repository?: string } = {}): Promise<GitHubApiDouble> {
    const api = githubOpenApi();
    const [owner, repo] = (options.repository ?? 'Codertocat/Hello-World').split('/');
    let double: GitHubApiDouble | undefined;
    const server = createServer((request, response) => {
      double!.handle(request, response).catch((error: unknown) => {
        // The double's own failure: a test must not pass on it, nor hang waiting for an answer.
        double!.responseViolations.push({ request: `${request.method} ${request.url}`, problems: [`the double failed: ${String(error)}`] });
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    double = new GitHubApiDouble(api, server, `http://127.0.0.1:${port}`, { owner, repo });
    return double;
  }

  close(): Promise<void> {
    for (const barrier of this.barriers.values()) {
      clearTimeout(barrier.timer);
      for (const release of barrier.waiting) release();
    }
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The next `times` requests for `operationId` (e.g. 'checks/create') are answered `status`. */
  failNext(operationId: string, status: number, options: { times?: number; message?: string; headers?: Record<string, string> } = {}): void {
    const queue = this.cues.get(operationId) ?? [];
    queue.push({ status, message: options.message ?? CANNED_MESSAGES[status] ?? 'Error', remaining: options.times ?? 1, headers: options.headers ?? {} });
    this.cues.set(operationId, queue);
  }

  /** Every request for these operations is refused, as GitHub refuses a read-only token. */
  forbid(...operationIds: string[]): void {
    for (const operationId of operationIds) this.failNext(operationId, 403, { times: Infinity });
  }

  /**
   * The first `count` requests for `operationId` are held until all `count` have arrived, then
   * answered together: concurrent jobs made to read the same state before either writes.
   */
  holdUntil(operationId: string, count: number): void {
    this.barriers.set(operationId, { count, waiting: [] });
  }

  /** The operationIds requested, in order. */
  operations(): string[] {
    return this.requests.map((request) => request.operationId ?? `${request.method} ${request.path}`);
  }

  /** A comment as a person wrote it (not by depgate). */
  addComment(issueNumber: number, body: string, user: CommentState['user'] = { login: 'octocat', type: 'User' }): CommentState {
    const comment = { id: this.nextId++, issueNumber, body, user, created_at: this.now(), updated_at: this.now() };
    this.comments.push(comment);
    return comment;
  }

  private now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', this.url);
    const method = (request.method ?? 'GET').toUpperCase();
    const label = `${method} ${url.pathname}${url.search}`;
    const query = Object.fromEntries(url.searchParams.entries());
    const problems: string[] = [];

    let body: unknown;
    if (raw !== '') {
      try {
        body = JSON.parse(raw);
      } catch (error) {
        problems.push(`the body is not JSON: ${(error as Error).message}`);
      }
    }
    const record: RecordedRequest = { method, path: url.pathname, query, headers: request.headers, body, status: 0 };
    this.requests.push(record);

    problems.push(...headerProblems(request.headers, method, raw !== ''));
    const match = await this.api.matchRequest({ method, path: url.pathname, query, headers: request.headers, body });
    if (!match) {
      problems.push('no operation of the GitHub REST API has this method and path');
      this.violations.push({ request: label, problems });
      return this.send(response, record, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    record.operationId = match.operationId;
    problems.push(...match.problems);
    if (body !== undefined) problems.push(...unknownProperties(match.requestSchema, body, '/requestBody'));
    if (problems.length > 0) this.violations.push({ request: label, problems });

    await this.waitAtBarrier(match.operationId);
    const cue = this.takeCue(match.operationId);
    if (cue) return this.send(response, record, cue.status, { message: cue.message, documentation_url: 'https://docs.github.com/rest', status: String(cue.status) }, cue.headers);

    if (match.params.owner !== this.repository.owner || match.params.repo !== this.repository.repo) {
      return this.send(response, record, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
    }
    const answer = this.serve(match, query, body as Record<string, unknown>);
    if (answer.status < 300 && answer.body !== undefined) {
      const wrong = await this.api.responseProblems(match.operationId, answer.status, answer.body);
      if (wrong.length > 0) this.responseViolations.push({ request: label, problems: wrong });
    }
    return this.send(response, record, answer.status, answer.body, answer.headers);
  }

  private send(response: ServerResponse, record: RecordedRequest, status: number, body: unknown, headers: Record<string, string> = {}): void {
    record.status = status;
    const text = body === undefined ? '' : JSON.stringify(body);
    response.writeHead(status, { ...(text === '' ? {} : { 'content-type': 'application/json; charset=utf-8' }), 'x-github-api-version-selected': '2022-11-28', ...headers });
    response.end(text);
  }

  private takeCue(operationId: string): Cue | undefined {
    const queue = this.cues.get(operationId);
    const cue = queue?.[0];
    if (!cue) return undefined;
    cue.remaining -= 1;
    if (cue.remaining <= 0) queue!.shift();
    return cue;
  }

  private waitAtBarrier(operationId: string): Promise<void> {
    const barrier = this.barriers.get(operationId);
    if (!barrier) return Promise.resolve();
    const releaseAll = (): void => {
      clearTimeout(barrier.timer);
      this.barriers.delete(operationId);
      for (const release of barrier.waiting) release();
    };
    return new Promise((resolve) => {
      barrier.waiting.push(resolve);
      if (barrier.waiting.length >= barrier.count) return releaseAll();
      barrier.timer ??= setTimeout(() => {
        this.violations.push({ request: operationId, problems: [`holdUntil: only ${barrier.waiting.length} of ${barrier.count} requests came`] });
        releaseAll();
      }, BARRIER_TIMEOUT_MS);
    });
  }

  private serve(operation: OperationMatch, query: Record<string, string>, body: Record<string, unknown>): { status: number; body?: unknown; headers?: Record<string, string> } {
    const params = operation.params;
    const example = (status: string): Record<string, unknown> => {
      const value = operation.examples[status];
      return structuredClone((Array.isArray(value) ? value[0] : value ?? {}) as Record<string, unknown>);
    };
    const notFound = { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
    switch (operation.operationId) {
      case 'checks/create': {
        const output = (body.output ?? {}) as { title?: string; summary?: string; text?: string; annotations?: CheckRunAnnotation[] };
        const run: CheckRunState = {
          id: this.nextId++,
          name: String(body.name),
          head_sha: String(body.head_sha),
          status: typeof body.conclusion === 'string' ? 'completed' : String(body.status ?? 'queued'),
          conclusion: typeof body.conclusion === 'string' ? body.conclusion : null,
          output: { title: output.title ?? null, summary: output.summary ?? null, text: output.text ?? null },
          annotations: [...(output.annotations ?? [])],
          annotationBatches: output.annotations ? [output.annotations.length] : [],
        };
        this.checkRuns.push(run);
        return { status: 201, body: this.checkRunJson(run, example('201')) };
      }
      case 'checks/update': {
        const run = this.checkRuns.find((candidate) => candidate.id === Number(params.check_run_id));
        if (!run) return notFound;
        const output = body.output as { title?: string; summary?: string; text?: string; annotations?: CheckRunAnnotation[] } | undefined;
        if (typeof body.conclusion === 'string') {
          run.conclusion = body.conclusion;
          run.status = 'completed';
        } else if (typeof body.status === 'string') run.status = body.status;
        if (output) {
          run.output = { title: output.title ?? run.output.title, summary: output.summary ?? run.output.summary, text: output.text ?? run.output.text };
          if (output.annotations) {
            run.annotations.push(...output.annotations);
            run.annotationBatches.push(output.annotations.length);
          }
        }
        return { status: 200, body: this.checkRunJson(run, example('200')) };
      }
      case 'issues/list-comments': {
        const all = this.comments.filter((comment) => comment.issueNumber === Number(params.issue_number));
        return this.page(all.map((comment) => this.commentJson(comment, example('200'))), query, `/repos/${params.owner}/${params.repo}/issues/${params.issue_number}/comments`);
      }
      case 'issues/create-comment': {
        const comment: CommentState = {
          id: this.nextId++,
          issueNumber: Number(params.issue_number),
          body: String(body.body),
          user: { login: 'github-actions[bot]', type: 'Bot' },
          created_at: this.now(),
          updated_at: '',
        };
        comment.updated_at = comment.created_at;
        this.comments.push(comment);
        return { status: 201, body: this.commentJson(comment, example('201')) };
      }
      case 'issues/get-comment':
      case 'issues/update-comment':
      case 'issues/delete-comment': {
        const index = this.comments.findIndex((comment) => comment.id === Number(params.comment_id));
        if (index < 0) return notFound;
        const comment = this.comments[index];
        if (operation.operationId === 'issues/delete-comment') {
          this.comments.splice(index, 1);
          return { status: 204 };
        }
        if (operation.operationId === 'issues/update-comment') {
          comment.body = String(body.body);
          comment.updated_at = this.now();
        }
        return { status: 200, body: this.commentJson(comment, example('200')) };
      }
      case 'pulls/list-files': {
        const files = this.pullFiles.get(Number(params.pull_number)) ?? [];
        return this.page(files.map((file) => diffEntryJson(file, example('200'))), query, `/repos/${params.owner}/${params.repo}/pulls/${params.pull_number}/files`);
      }
      default:
        // A real operation the double does not serve: the action has no business calling it.
        this.violations.push({ request: operation.operationId, problems: [`${operation.operationId} is not an operation depgate is expected to call`] });
        return { status: 501, body: { message: 'not served by the test double' } };
    }
  }

  /** GitHub's pagination: `per_page` (default 30, at most 100), `page` from 1, and a Link header. */
  private page(items: unknown[], query: Record<string, string>, pathname: string): { status: number; body: unknown[]; headers: Record<string, string> } {
    const perPage = Math.min(Number(query.per_page ?? 30), 100);
    const page = Number(query.page ?? 1);
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string): string => `<${this.url}${pathname}?per_page=${perPage}&page=${n}>; rel="${rel}"`;
    const links = [...(page < last ? [link(page + 1, 'next'), link(last, 'last')] : []), ...(page > 1 ? [link(1, 'first'), link(page - 1, 'prev')] : [])];
    return { status: 200, body: items.slice((page - 1) * perPage, page * perPage), headers: links.length > 0 ? { link: links.join(', ') } : {} };
  }

  private checkRunJson(run: CheckRunState, example: Record<string, unknown>): Record<string, unknown> {
    const { owner, repo } = this.repository;
    return {
      ...example,
      id: run.id,
      name: run.name,
      head_sha: run.head_sha,
      status: run.status,
      conclusion: run.conclusion,
      url: `https://api.github.com/repos/${owner}/${repo}/check-runs/${run.id}`,
      html_url: `https://github.com/${owner}/${repo}/runs/${run.id}`,
      external_id: null,
      details_url: null,
      output: {
        title: run.output.title,
        summary: run.output.summary,
        text: run.output.text,
        annotations_count: run.annotations.length,
        annotations_url: `https://api.github.com/repos/${owner}/${repo}/check-runs/${run.id}/annotations`,
      },
      pull_requests: [],
    };
  }

  private commentJson(comment: CommentState, example: Record<string, unknown>): Record<string, unknown> {
    const { owner, repo } = this.repository;
    return {
      ...example,
      id: comment.id,
      body: comment.body,
      user: { ...(example.user as object), login: comment.user.login, type: comment.user.type },
      created_at: comment.created_at,
      updated_at: comment.updated_at,
      url: `https://api.github.com/repos/${owner}/${repo}/issues/comments/${comment.id}`,
      html_url: `https://github.com/${owner}/${repo}/pull/${comment.issueNumber}#issuecomment-${comment.id}`,
      issue_url: `https://api.github.com/repos/${owner}/${repo}/issues/${comment.issueNumber}`,
    };
  }
}

type Schema = {
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};

/**
 * Body properties the schema does not declare. GitHub ignores them, so a misspelt `annotation`
 * would vanish without a 422: here it is a violation. A property is known when the schema, one
 * of its allOf parts or one of its oneOf/anyOf alternatives declares it.
 */
export function unknownProperties(schema: Schema | undefined, value: unknown, at: string): string[] {
  if (schema === undefined || typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) return schema.items ? value.flatMap((item, index) => unknownProperties(schema.items, item, `${at}/${index}`)) : [];
  const own = [schema, ...(schema.allOf ?? [])];
  const alternatives = [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
  const declared = new Map<string, Schema[]>();
  for (const part of [...own, ...alternatives]) {
    for (const [name, property] of Object.entries(part.properties ?? {})) declared.set(name, [...(declared.get(name) ?? []), property]);
  }
  if (declared.size === 0) return [];
  // An alternative's own additionalProperties: true (as in checks/update) does not open the object.
  const open = own.some((part) => part.additionalProperties !== undefined && part.additionalProperties !== false);
  const problems: string[] = [];
  for (const [name, item] of Object.entries(value)) {
    const schemas = declared.get(name);
    if (!schemas) {
      if (!open) problems.push(`${at}/${name} is not a property the operation accepts`);
      continue;
    }
    problems.push(...unknownProperties(schemas[0], item, `${at}/${name}`));
  }
  return problems;
}

/** What GitHub requires of every request (docs: "Getting started with the REST API"). */
function headerProblems(headers: IncomingMessage['headers'], method: string, hasBody: boolean): string[] {
  const problems: string[] = [];
  const authorization = headers.authorization ?? '';
  if (!/^(token|bearer) \S+$/i.test(authorization)) problems.push(`Authorization must be "token <token>" or "Bearer <token>"; got ${JSON.stringify(authorization)}`);
  if (!headers['user-agent']) problems.push('User-Agent is required by GitHub (requests without one are rejected)');
  const accept = headers.accept ?? '';
  if (!/application\/(vnd\.github[^,]*\+json|vnd\.github\.v3|json)/.test(accept)) problems.push(`Accept should ask for application/vnd.github+json; got ${JSON.stringify(accept)}`);
  const version = headers['x-github-api-version'];
  if (version !== undefined && !['2022-11-28', '2026-03-10'].includes(String(version))) problems.push(`X-GitHub-Api-Version ${version} is not a version GitHub serves`);
  if (hasBody && !/^application\/json\b/.test(headers['content-type'] ?? '')) problems.push(`a JSON body needs Content-Type application/json; got ${JSON.stringify(headers['content-type'])}`);
  if (hasBody && ['GET', 'HEAD', 'DELETE'].includes(method)) problems.push(`${method} requests carry no body`);
  return problems;
}

function diffEntryJson(file: PullFileState, example: Record<string, unknown>): Record<string, unknown> {
  const lines = (file.patch ?? '').split('\n');
  const additions = lines.filter((line) => line.startsWith('+')).length;
  const deletions = lines.filter((line) => line.startsWith('-')).length;
  const entry: Record<string, unknown> = { ...example, filename: file.filename, status: file.status, additions, deletions, changes: additions + deletions };
  delete entry.patch;
  if (file.patch !== undefined) entry.patch = file.patch;
  return entry;
}

// ---------------------------------------------------------------------------------------------
// Event payloads and the bundled action run against the double.

interface WebhookExamples {
  name: string;
  examples: Record<string, unknown>[];
}

/** An example payload of @octokit/webhooks-examples (GitHub's published webhook examples). */
export function webhookExample(event: string, action?: string): Record<string, unknown> {
  const all = require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExamples[];
  const example = all.find((entry) => entry.name === event)?.examples.find((candidate) => action === undefined || candidate.action === action);
  if (!example) throw new Error(`no ${event}${action ? `.${action}` : ''} example in @octokit/webhooks-examples`);
  return structuredClone(example);
}

/**
 * pull_request.opened from a fork. The published examples hold no fork PR, so the opened example
 * gets a head repository of another owner, marked `fork: true`, as GitHub sends it.
 */
export function forkPullRequestPayload(forkOwner = 'forker'): Record<string, unknown> {
  const payload = webhookExample('pull_request', 'opened');
  const pullRequest = payload.pull_request as { head: { label: string; ref: string; repo: Record<string, unknown>; user: Record<string, unknown> } };
  const base = pullRequest.head.repo;
  const name = String(base.name);
  pullRequest.head.label = `${forkOwner}:${pullRequest.head.ref}`;
  pullRequest.head.user = { ...pullRequest.head.user, login: forkOwner };
  pullRequest.head.repo = {
    ...base,
    id: Number(base.id) + 1,
    full_name: `${forkOwner}/${name}`,
    owner: { ...(base.owner as object), login: forkOwner },
    fork: true,
    html_url: `https://github.com/${forkOwner}/${name}`,
  };
  return payload;
}

export interface EventSpec {
  name: string;
  payload: Record<string, unknown>;
  /** GITHUB_SHA (for push, schedule, workflow_dispatch it is the commit checks go on). */
  sha?: string;
}

/**
 * Runs dist/index.js as the runner does (see run-dist.ts), but asynchronously, so the double
 * answering it lives in this same process; several may run at once (matrix legs).
 */
export function runActionAgainst(
  double: GitHubApiDouble,
  options: { workspace: string; inputs: Record<string, string>; event: EventSpec; env?: Record<string, string> },
): Promise<ActionRun & { runnerTemp: string }> {
  const step = prepareRunnerStep({
    workspace: options.workspace,
    eventName: options.event.name,
    payload: options.event.payload,
    inputs: options.inputs,
    env: {
      GITHUB_API_URL: double.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: `${double.repository.owner}/${double.repository.repo}`,
      GITHUB_RUN_ID: '4242',
      GITHUB_SHA: options.event.sha ?? '0123456789abcdef0123456789abcdef01234567',
      // action.yml's defaults for the GitHub inputs, which the runner passes as inputs too.
      INPUT_COMMENT: 'on-failure',
      'INPUT_ALLOW-COMMANDS': 'false',
      INPUT_TOKEN: 'ghs_depgateTestToken0123456789',
      ...options.env,
    },
  });
  const { runnerTemp, env } = step;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ACTION], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({
        exitCode: code,
        stdout: stdout.split(/\r?\n/).filter((line) => line !== ''),
        stderr,
        ...step.results(),
        runnerTemp,
      });
    });
  });
}
