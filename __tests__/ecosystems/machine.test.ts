// checkMachine against real things: the process environment it is given, loopback listeners,
// a PostgreSQL server started here, Debian's /usr/bin/python3 with its SQLAlchemy 1.4 and
// psycopg2, and real commands. The spec comes from real depgate.yml text, so positions are real.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { isMap, type Node as YamlNode } from 'yaml';
import { parseYamlSource } from '../../src/config/yaml-source.js';
import { readCommandsSection, readDatabasesSection, readEnvSection, readServicesSection, type SpecProblemReporter } from '../../src/config/machine-sections.js';
import { checkMachine, type MachineContext, type MachineSpec } from '../../src/ecosystems/machine.js';
import { probePythonEnvironment } from '../../src/probes/python/inventory.js';
import type { Finding } from '../../src/model.js';
import { freeLoopbackPort, startPostgres, type PostgresServer } from '../helpers/postgres.js';

const DEBIAN_PYTHON = '/usr/bin/python3';
const DB_PASSWORD = 'Db-pa55/word@x';
const WRONG_PASSWORD = 'Wr0ng-pa55-word';
const SECRET_KEY = 'sk-live-0123456789abcdef';

let server: PostgresServer;
let listener: Server;
let openPort: number;
let closedPort: number;
let cwd: string;
let python: NonNullable<MachineContext['python']>;

beforeAll(async () => {
  server = await startPostgres({ user: 'app', password: DB_PASSWORD, database: 'shop' });
  listener = createServer((socket) => socket.destroy());
  listener.listen(0, '127.0.0.1');
  await once(listener, 'listening');
  openPort = (listener.address() as { port: number }).port;
  closedPort = await freeLoopbackPort();
  cwd = mkdtempSync(path.join(os.tmpdir(), 'depgate-machine-'));
  const probe = await probePythonEnvironment({ command: DEBIAN_PYTHON, from: 'input' }, { cwd, timeoutMs: 30_000 });
  if (!probe.ok) throw new Error(probe.message);
  python = { executable: probe.environment.executable, distributions: probe.environment.distributions };
});
afterAll(async () => {
  server?.stop();
  await new Promise((resolve) => listener?.close(resolve));
  rmSync(cwd, { recursive: true, force: true });
});

function specOf(lines: string[]): MachineSpec {
  const { source, problems: yamlProblems } = parseYamlSource(lines.join('\n'), 'depgate.yml');
  const problems: string[] = [...yamlProblems.map((p) => p.message)];
  const problem: SpecProblemReporter = (_at, message) => problems.push(message);
  const root = source.document.contents;
  if (!isMap(root)) throw new Error('not a mapping');
  const node = (key: string) => (root.get(key, true) as YamlNode | undefined) ?? null;
  const spec = {
    env: readEnvSection(node('env'), source, problem),
    services: readServicesSection(node('services'), source, problem),
    databases: readDatabasesSection(node('databases'), source, problem),
    commands: readCommandsSection(node('commands'), source, problem),
  };
  expect(problems).toEqual([]);
  return spec;
}

const summary = (findings: Finding[]) => findings.map((f) => [f.code, f.name, f.line, f.column]);

describe('checkMachine', () => {
  test('env, services, databases with real connections, and commands, each at its line, secrets masked', async () => {
    const spec = specOf([
      'env: [SECRET_KEY, MISSING_KEY, EMPTY_KEY]',                               // 1
      'services:',                                                                // 2
      `  - tcp: 127.0.0.1:${openPort}`,                                           // 3
      `  - tcp: 127.0.0.1:${closedPort}`,                                         // 4
      `  - tcp: 127.0.0.1:${server.port}`,                                        // 5
      'databases:',                                                               // 6
      '  - url-env: DATABASE_URL',                                                // 7
      '    connect: true',                                                        // 8
      '  - url-env: WRONG_DATABASE_URL',                                          // 9
      '    connect: true',                                                        // 10
      '  - url: mysql+pymysql://root@127.0.0.1/shop',                             // 11
      'commands:',                                                                // 12
      '  - run: /usr/bin/python3 -c "import sqlalchemy, psycopg2"',               // 13
      '  - run: python3 -c "import os, sys; sys.stderr.write(os.environ[\'SECRET_KEY\']); sys.exit(2)"', // 14
    ]);
    const env = {
      PATH: process.env.PATH,
      SECRET_KEY,
      EMPTY_KEY: '',
      DATABASE_URL: server.url({ scheme: 'postgresql' }),
      WRONG_DATABASE_URL: server.url({ scheme: 'postgresql', password: WRONG_PASSWORD }),
    };
    const result = await checkMachine(spec, { cwd, env, timeoutMs: 20_000, python });
    expect(result.checked).toBe(11);
    expect(summary(result.findings)).toEqual([
      ['DG008', 'MISSING_KEY', 1, 19],
      ['DG008', 'EMPTY_KEY', 1, 32],
      ['DG009', `127.0.0.1:${closedPort}`, 4, 5],
      ['DG010', '$WRONG_DATABASE_URL', 9, 14],
      ['DG010', 'mysql+pymysql://root@127.0.0.1/shop', 11, 10],
      ['DG011', 'python3 -c "import os, sys; sys.stderr.write(os.environ[\'SECRET_KEY\']); sys.exit(2)"', 14, 5],
    ]);
    const byCode = (code: string, line: number) => result.findings.find((f) => f.code === code && f.line === line)!;
    expect(byCode('DG009', 4).message).toBe(`127.0.0.1:${closedPort} refused the connection (ECONNREFUSED): the host is up but nothing listens on that port.`);
    expect(byCode('DG010', 9).message).toBe(
      `connecting to the postgresql:// URL in WRONG_DATABASE_URL through /usr/bin/python3 and its SQLAlchemy failed at connect: psycopg2.OperationalError: connection to server at "127.0.0.1", port ${server.port} failed: FATAL:  password authentication failed for user "app".`);
    expect(byCode('DG010', 11).message).toBe('mysql+pymysql://root@127.0.0.1/shop needs the pymysql driver (module pymysql, from PyMySQL), which is not installed in /usr/bin/python3.');
    expect(byCode('DG011', 14).message).toBe(`${byCode('DG011', 14).name} exited with code 2, expected 0.\nstderr (last lines):\n***`);
    expect(result.installCommand).toEqual(['/usr/bin/python3', '-m', 'pip', 'install']);
    const everything = JSON.stringify(result);
    for (const secret of [SECRET_KEY, DB_PASSWORD, encodeURIComponent(DB_PASSWORD), WRONG_PASSWORD]) expect(everything).not.toContain(secret);
  });

  test('a driver that fails to import is found by the import probe it is given', async () => {
    const spec = specOf(['databases:', '  - url: postgresql+psycopg2://app@db/shop']);
    const result = await checkMachine(spec, {
      cwd, env: {}, timeoutMs: 20_000, python,
      importProbe: async (modules) => modules.map((module) => ({ module, status: 'error' as const, errorType: 'ImportError', errorMessage: 'libpq.so.5: cannot open shared object file' })),
    });
    expect(result.findings.map((f) => [f.code, f.line, f.message])).toEqual([[
      'DG010', 2, 'postgresql+psycopg2://app@db/shop needs the psycopg2 driver: psycopg2 2.9.5 is installed, but import psycopg2 fails: ImportError: libpq.so.5: cannot open shared object file.',
    ]]);
  });

  test('commands: an exit-code mismatch, an output mismatch, a timeout, and a string that is not a shell', async () => {
    const spec = specOf([
      'commands:',
      '  - run: python3 -c "import sys; print(\'starting\'); sys.exit(5)"',
      '  - run: python3 -c "print(\'not ready\')"',
      '    expect-output: ^ready$',
      '  - run: sleep 30',
      '    timeout: 0.5',
      '  - run: echo ready; exit 7',
      '    expect-output: "^ready; exit 7$"',
    ]);
    const result = await checkMachine(spec, { cwd, env: { PATH: process.env.PATH }, timeoutMs: 10_000 });
    expect(result.findings.map((f) => [f.code, f.line, f.required, f.found, f.message])).toEqual([
      ['DG011', 2, 'exit 0', 'exit 5', `python3 -c "import sys; print('starting'); sys.exit(5)" exited with code 5, expected 0.`],
      ['DG011', 3, 'exit 0 and output matching /^ready$/', 'exit 0', `python3 -c "print('not ready')" printed nothing matching /^ready$/.\nstdout (last lines):\nnot ready`],
      ['DG011', 5, 'exit 0', 'timeout', 'sleep 30 did not finish within 0.5 s and was killed.'],
    ]);
  });

  describe('command probes under pull_request_target', () => {
    const lines = ['commands:', '  - run: python3 -c "print(1)"', '  - argv: ["false"]'];

    test('are refused, each at its line, when they come from the pull request', async () => {
      const result = await checkMachine(specOf(lines), { cwd, env: { PATH: process.env.PATH }, timeoutMs: 10_000, eventName: 'pull_request_target' });
      expect(result.findings.map((f) => [f.code, f.line, f.column])).toEqual([['DG100', 2, 5], ['DG100', 3, 5]]);
      expect(result.findings[0].message).toContain('allow-commands: true');
    });

    test('run with allow-commands, or when they come from the base branch', async () => {
      for (const context of [{ allowCommands: true }, { commandsFromPullRequest: false }]) {
        const result = await checkMachine(specOf(lines), { cwd, env: { PATH: process.env.PATH }, timeoutMs: 10_000, eventName: 'pull_request_target', ...context });
        expect(result.findings.map((f) => [f.code, f.line, f.found])).toEqual([['DG011', 3, 'exit 1']]);
      }
    });

    test('run under pull_request', async () => {
      const result = await checkMachine(specOf(lines), { cwd, env: { PATH: process.env.PATH }, timeoutMs: 10_000, eventName: 'pull_request' });
      expect(result.findings.map((f) => [f.code, f.line])).toEqual([['DG011', 3]]);
    });
  });
});
