import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { probeDatabaseConnect } from '../../src/probes/database-connect.js';
import { blackholeLoopbackPort, startPostgres, type PostgresServer } from '../helpers/postgres.js';

/** Debian's interpreter with Debian's python3-sqlalchemy (1.4) and python3-psycopg2 (.ci/run installs them). */
const DEBIAN_PYTHON = '/usr/bin/python3';
/** Special characters on purpose: the URL carries it percent-encoded, the driver decoded. */
const PASSWORD = 'Pg-s3cret/@:%word';

let server: PostgresServer;
let cwd: string;
beforeAll(async () => {
  server = await startPostgres({ user: 'app', password: PASSWORD, database: 'shop' });
  cwd = mkdtempSync(path.join(os.tmpdir(), 'depgate-connect-'));
});
afterAll(() => {
  server?.stop();
  rmSync(cwd, { recursive: true, force: true });
});

const options = () => ({ cwd, env: { PATH: process.env.PATH }, timeoutMs: 30_000 });

describe('probeDatabaseConnect through the app\'s interpreter and its SQLAlchemy, against a real PostgreSQL', () => {
  test('good credentials connect and select 1', async () => {
    expect(await probeDatabaseConnect(DEBIAN_PYTHON, server.url(), options()))
      .toEqual({ ok: true, sqlalchemyVersion: '1.4.46', dialect: 'postgresql', driver: 'psycopg2' });
    expect(await probeDatabaseConnect(DEBIAN_PYTHON, server.url({ scheme: 'postgresql' }), options()))
      .toEqual({ ok: true, sqlalchemyVersion: '1.4.46', dialect: 'postgresql', driver: 'psycopg2' });
  });

  test('a wrong password is the driver\'s error, with no password in it', async () => {
    const wrong = 'Wr0ng-pass/@word';
    const result = await probeDatabaseConnect(DEBIAN_PYTHON, server.url({ password: wrong }), options());
    expect(result).toEqual({
      ok: false, reason: 'error', stage: 'connect', errorType: 'psycopg2.OperationalError', wrapper: 'sqlalchemy.exc.OperationalError',
      message: `connection to server at "127.0.0.1", port ${server.port} failed: FATAL:  password authentication failed for user "app"`,
    });
    expect(JSON.stringify(result)).not.toContain('Wr0ng');
  });

  test('a database that does not exist', async () => {
    const result = await probeDatabaseConnect(DEBIAN_PYTHON, server.url({ database: 'nope' }), options());
    expect(result).toEqual({
      ok: false, reason: 'error', stage: 'connect', errorType: 'psycopg2.OperationalError', wrapper: 'sqlalchemy.exc.OperationalError',
      message: `connection to server at "127.0.0.1", port ${server.port} failed: FATAL:  database "nope" does not exist`,
    });
  });

  test('a driver that is not installed fails where SQLAlchemy imports it', async () => {
    const result = await probeDatabaseConnect(DEBIAN_PYTHON, `postgresql+pg8000://app:${encodeURIComponent(PASSWORD)}@127.0.0.1:${server.port}/shop`, options());
    expect(result).toEqual({ ok: false, reason: 'error', stage: 'create_engine', errorType: 'ModuleNotFoundError', message: "No module named 'pg8000'" });
  });

  test('the URL travels in the environment, never in argv', async () => {
    // sitecustomize runs inside the probe's interpreter before the script: it records what a
    // process listing would show (argv) and which depgate variables the environment holds.
    const site = path.join(cwd, 'site');
    mkdirSync(site, { recursive: true });
    writeFileSync(path.join(site, 'sitecustomize.py'), [
      'import sys, os',
      `open(${JSON.stringify(path.join(cwd, 'seen.txt'))}, "w").write(repr(sys.argv) + "\\n" + repr(sorted(k for k in os.environ if k.startswith("DEPGATE"))))`,
    ].join('\n'));
    const result = await probeDatabaseConnect(DEBIAN_PYTHON, server.url(), { ...options(), env: { PATH: process.env.PATH, PYTHONPATH: site } });
    expect(result.ok).toBe(true);
    expect(readFileSync(path.join(cwd, 'seen.txt'), 'utf8')).toBe("['-c']\n['DEPGATE_DATABASE_URL']");
  });

  test('a server that never answers is a timeout', async () => {
    const blackhole = await blackholeLoopbackPort();
    try {
      const result = await probeDatabaseConnect(DEBIAN_PYTHON, `postgresql://app:${encodeURIComponent(PASSWORD)}@127.0.0.1:${blackhole.port}/shop`, { ...options(), timeoutMs: 1500 });
      expect(result).toEqual({ ok: false, reason: 'timeout', message: 'no answer within 1.5 s' });
    } finally {
      blackhole.close();
    }
  });

  test('an interpreter that does not exist', async () => {
    expect(await probeDatabaseConnect(path.join(cwd, 'no-python'), server.url(), options()))
      .toEqual({ ok: false, reason: 'crashed', message: `could not start ${path.join(cwd, 'no-python')}: not found` });
  });

  test('a SQLite file that does not exist is reported, not created', async () => {
    const file = path.join(cwd, 'missing.db');
    const result = await probeDatabaseConnect(DEBIAN_PYTHON, `sqlite:///${file}`, options());
    expect(result).toEqual({ ok: false, reason: 'error', stage: 'load the dialect', errorType: 'FileNotFoundError', message: `the SQLite database file ${file} does not exist` });
    expect(existsSync(file)).toBe(false);
  });
});
