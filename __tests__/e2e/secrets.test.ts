// A secret never reaches an output surface. A known value sits in an environment variable the
// spec declares, and a known password in the database URL it reads; a command probe prints both,
// a real PostgreSQL refuses a wrong password (the driver's error mentions the user and server),
// and then every surface is searched for them: the bundled CLI's stdout and stderr (JSON and
// text), and the bundled action's stdout (annotations, log), stderr, GITHUB_OUTPUT, job summary
// and JSON report file.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir, removeDir } from '../helpers/python-env.js';
import { startPostgres, type PostgresServer } from '../helpers/postgres.js';
import { CLI, runAction } from './run-dist.js';

const DEBIAN_PYTHON = '/usr/bin/python3';
const SECRET_KEY = 'sk-live-7f3a9c2e5b1d4086';
const DB_PASSWORD = 'Pg-Pa55/w@rd:9x';
const WRONG_PASSWORD = 'Wr0ng-Pa55-w0rd';
/** Every form in which a secret could leak: as set, and percent-encoded as it sits in a URL. */
const FORBIDDEN = [SECRET_KEY, DB_PASSWORD, encodeURIComponent(DB_PASSWORD), WRONG_PASSWORD];

const DEPGATE_YML = [
  'env: [SECRET_KEY, DATABASE_URL]',                                  // 1
  'databases:',                                                       // 2
  '  - url-env: DATABASE_URL',                                        // 3
  '    connect: true',                                                // 4
  '  - url-env: WRONG_DATABASE_URL',                                  // 5
  '    connect: true',                                                // 6
  'commands:',                                                        // 7
  `  - run: ${DEBIAN_PYTHON} -c "import os, sys; print(os.environ['SECRET_KEY']); sys.stderr.write(os.environ['DATABASE_URL'] + ' ' + os.environ['SECRET_KEY']); sys.exit(3)"`, // 8
  '',
].join('\n');

let work: string;
let repo: string;
let server: PostgresServer;
let secretEnv: Record<string, string>;

beforeAll(async () => {
  server = await startPostgres({ user: 'app', password: DB_PASSWORD, database: 'shop' });
  work = makeTempDir('depgate-secrets-');
  repo = path.join(work, 'repo');
  mkdirSync(repo);
  writeFileSync(path.join(repo, 'requirements.txt'), 'SQLAlchemy>=1.4\npsycopg2>=2.8\n');
  writeFileSync(path.join(repo, 'depgate.yml'), DEPGATE_YML);
  secretEnv = {
    SECRET_KEY,
    DATABASE_URL: server.url({ scheme: 'postgresql' }),
    WRONG_DATABASE_URL: server.url({ scheme: 'postgresql', password: WRONG_PASSWORD }),
  };
});
afterAll(() => {
  server?.stop();
  if (work) removeDir(work);
});

function expectNoSecret(surface: string, text: string): void {
  for (const secret of FORBIDDEN) {
    if (text.includes(secret)) throw new Error(`${surface} contains a secret (${secret.slice(0, 3)}…):\n${text}`);
  }
}

type ReportedFinding = { code: string; line?: number; message: string };

function expectTheFindings(findings: ReportedFinding[]): void {
  expect(findings.map((f) => [f.code, f.line])).toEqual([['DG010', 5], ['DG011', 8]]);
  // Not vacuous: the driver's error and the command's output are there, with the secrets masked.
  expect(findings[0].message).toContain(`failed for user "app"`);
  expect(findings[1].message).toContain('stderr (last lines):\n***');
}

describe('no output surface shows a secret', () => {
  test.each(['json', 'text'])('the CLI, --format %s', (format) => {
    const result = spawnSync('node', [CLI, 'check', '--cwd', repo, '--python', DEBIAN_PYTHON, '--format', format], {
      encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, ...secretEnv }, timeout: 120_000,
    });
    expectNoSecret('stdout', result.stdout);
    expectNoSecret('stderr', result.stderr);
    expect(result.status).toBe(1);
    if (format === 'json') expectTheFindings((JSON.parse(result.stdout) as { findings: ReportedFinding[] }).findings);
    else expect(result.stdout).toContain('DG011');
  });

  test('the action: annotations and log, stderr, GITHUB_OUTPUT, job summary, JSON report', () => {
    const run = runAction({ workspace: repo, inputs: { python: DEBIAN_PYTHON }, env: secretEnv });
    expectNoSecret('stdout', run.stdout.join('\n'));
    expectNoSecret('stderr', run.stderr);
    expectNoSecret('GITHUB_OUTPUT', JSON.stringify(run.outputs));
    expectNoSecret('job summary', run.summary);
    const report = readFileSync(run.outputs.report, 'utf8');
    expectNoSecret('JSON report', report);
    expect(run.exitCode).toBe(1);
    expectTheFindings((JSON.parse(report) as { findings: ReportedFinding[] }).findings);
  });
});
