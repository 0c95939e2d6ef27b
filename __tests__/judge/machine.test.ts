import { describe, expect, test } from '@jest/globals';
import { judgeCommand, judgeDatabase, judgeEnv, judgeService, planDatabase, refusedCommand, type DatabaseContext } from '../../src/judge/machine.js';
import type { CommandProbe, DatabaseRequirement, ServiceRequirement } from '../../src/config/machine-sections.js';
import type { CommandRun } from '../../src/probes/commands.js';
import type { TcpProbeResult } from '../../src/probes/tcp.js';

const at = (line: number, column = 5) => ({ file: 'depgate.yml', line, column });
const where = { file: 'depgate.yml' };

describe('judgeEnv', () => {
  test('unset and empty variables are DG008 at their line; set ones pass; values never appear', () => {
    const findings = judgeEnv([
      { name: 'DATABASE_URL', source: at(2, 8) },
      { name: 'SECRET_KEY', message: 'sessions cannot be signed without it.', source: at(3, 8) },
      { name: 'BLANK', source: at(4, 8) },
    ], { DATABASE_URL: 'postgresql://app:pw@db/shop', BLANK: '  ' });
    expect(findings).toEqual([
      {
        code: 'DG008', kind: 'env-missing', severity: 'error', ecosystem: 'env', name: 'SECRET_KEY', ...where, line: 3, column: 8,
        message: 'SECRET_KEY is not set. Set it for the job (env: in the workflow, from a secret) or in the deploy environment. sessions cannot be signed without it.',
      },
      {
        code: 'DG008', kind: 'env-missing', severity: 'error', ecosystem: 'env', name: 'BLANK', ...where, line: 4, column: 8,
        message: 'BLANK is set but empty. Set it for the job (env: in the workflow, from a secret) or in the deploy environment.',
      },
    ]);
  });
});

describe('judgeService', () => {
  const service = (extra: Partial<ServiceRequirement> = {}): ServiceRequirement => ({ kind: 'tcp', target: '127.0.0.1:5432', host: '127.0.0.1', port: 5432, source: at(7), ...extra });
  const result = (extra: Partial<TcpProbeResult>): TcpProbeResult => ({ host: '127.0.0.1', port: 5432, reachable: false, addresses: ['127.0.0.1'], attempts: [], rounds: 1, elapsedMs: 3, ...extra });

  test('reachable: nothing to say', () => {
    expect(judgeService(service(), result({ reachable: true, connectedTo: '127.0.0.1' }), 5000)).toEqual([]);
  });

  test('refused: what was tried and what answered', () => {
    expect(judgeService(service(), result({ attempts: [{ address: '127.0.0.1', family: 4, outcome: 'ECONNREFUSED' }] }), 5000)).toEqual([{
      code: 'DG009', kind: 'service-unreachable', severity: 'error', ecosystem: 'service', name: '127.0.0.1:5432', required: '127.0.0.1:5432', ...where, line: 7, column: 5,
      message: '127.0.0.1:5432 refused the connection (ECONNREFUSED): the host is up but nothing listens on that port.',
    }]);
  });

  test('a name with several addresses, a default port, retries and a message', () => {
    const entry = service({ kind: 'url', target: 'redis://cache', host: 'cache', port: 6379, defaultPortOf: 'redis', name: 'cache', retryForSeconds: 30, message: 'Sessions live there.' });
    const findings = judgeService(entry, result({
      host: 'cache', port: 6379, addresses: ['10.0.0.5', 'fd00::5'], rounds: 14, elapsedMs: 30_012,
      attempts: [{ address: '10.0.0.5', family: 4, outcome: 'EHOSTUNREACH' }, { address: 'fd00::5', family: 6, outcome: 'timeout' }],
    }), 2000);
    expect(findings.map((f) => [f.name, f.required, f.message])).toEqual([[
      'cache', 'cache:6379',
      'cache: cache:6379 (port 6379: the default of redis://) resolves to 10.0.0.5, fd00::5; 10.0.0.5:6379 is unreachable (EHOSTUNREACH): no route to the host; [fd00::5]:6379 did not answer within 2 s (a firewall may drop the packets, or the host is down). Tried 14 times over 30 s (retry-for: 30). Sessions live there.',
    ]]);
  });

  test('a name that does not resolve', () => {
    const findings = judgeService(service({ target: 'db.internal:5432', host: 'db.internal' }), result({ host: 'db.internal', addresses: [], dnsError: 'ENOTFOUND' }), 5000);
    expect(findings[0].message).toBe('db.internal:5432: db.internal does not resolve (ENOTFOUND): no such host name.');
    const again = judgeService(service({ target: 'db.internal:5432', host: 'db.internal' }), result({ host: 'db.internal', addresses: [], dnsError: 'EAI_AGAIN' }), 5000);
    expect(again[0].message).toBe('db.internal:5432: db.internal could not be looked up (EAI_AGAIN): the DNS server did not answer.');
  });
});

describe('planDatabase + judgeDatabase', () => {
  const python = (...distributions: [string, string][]): NonNullable<DatabaseContext['python']> => ({
    executable: '/srv/venv/bin/python',
    distributions: distributions.map(([canonicalName, version]) => ({ canonicalName, version, importNames: [] })),
  });
  const database = (extra: Partial<DatabaseRequirement>): DatabaseRequirement => ({ connect: false, ecosystem: 'python', source: at(10), valueSource: at(10, 14), ...extra });
  const judge = (entry: DatabaseRequirement, context: DatabaseContext, observed: Parameters<typeof judgeDatabase>[1] = {}) => judgeDatabase(planDatabase(entry, context), observed);

  test('the driver a URL names is not installed: DG010 with the pip fix', () => {
    const entry = database({ url: 'postgresql+psycopg2://app:hunter2pw@db:5432/shop', message: 'Orders are stored there.' });
    expect(judge(entry, { env: {}, python: python(['sqlalchemy', '2.0.36']) })).toEqual([{
      code: 'DG010', kind: 'driver-missing', severity: 'error', ecosystem: 'database', name: 'postgresql+psycopg2://app:***@db:5432/shop', ...where, line: 10, column: 14,
      message: 'postgresql+psycopg2://app:***@db:5432/shop needs the psycopg2 driver (module psycopg2, from psycopg2-binary (or psycopg2)), which is not installed in /srv/venv/bin/python. Orders are stored there.',
      required: 'psycopg2-binary | psycopg2', fix: '/srv/venv/bin/python -m pip install psycopg2-binary', install: ['psycopg2-binary'],
    }]);
  });

  test('either psycopg2 distribution satisfies it; then the module must import', () => {
    const entry = database({ urlEnv: 'DATABASE_URL', name: 'orders' });
    const context = { env: { DATABASE_URL: 'postgresql://app:hunter2pw@db/shop' }, python: python(['sqlalchemy', '1.4.46'], ['psycopg2', '2.9.5']) };
    const plan = planDatabase(entry, context);
    expect(plan.kind === 'python' && [plan.driver.module, plan.installed, plan.urlText]).toEqual(['psycopg2', { name: 'psycopg2', version: '2.9.5' }, 'postgresql://app:hunter2pw@db/shop']);
    expect(judgeDatabase(plan, { importResult: { module: 'psycopg2', status: 'ok' } })).toEqual([]);
    expect(judgeDatabase(plan, { importResult: { module: 'psycopg2', status: 'error', errorType: 'ImportError', errorMessage: 'libpq.so.5: cannot open shared object file: No such file or directory' } })).toEqual([{
      code: 'DG010', kind: 'driver-missing', severity: 'error', ecosystem: 'database', name: 'orders', ...where, line: 10, column: 14,
      message: 'the postgresql:// URL in DATABASE_URL needs the psycopg2 driver: psycopg2 2.9.5 is installed, but import psycopg2 fails: ImportError: libpq.so.5: cannot open shared object file: No such file or directory.',
      found: 'psycopg2 2.9.5', required: 'psycopg2-binary | psycopg2', fix: "/srv/venv/bin/python -c 'import psycopg2'",
    }]);
  });

  test('postgresql:// under SQLAlchemy 2.1 needs psycopg (3), and says why', () => {
    const findings = judge(database({ urlEnv: 'DATABASE_URL' }), { env: { DATABASE_URL: 'postgresql://app:pw@db/shop' }, python: python(['sqlalchemy', '2.1.0'], ['psycopg2-binary', '2.9.10']) });
    expect(findings.map((f) => [f.code, f.name, f.message, f.fix])).toEqual([[
      'DG010', '$DATABASE_URL',
      'the postgresql:// URL in DATABASE_URL needs the psycopg driver (module psycopg, from psycopg), which is not installed in /srv/venv/bin/python. SQLAlchemy 2.1.0 uses psycopg (version 3) for postgresql:// without +driver.',
      '/srv/venv/bin/python -m pip install psycopg',
    ]]);
  });

  test('a failed connection is DG010 with the driver\'s error', () => {
    const plan = planDatabase(database({ urlEnv: 'DATABASE_URL', connect: true }), { env: { DATABASE_URL: 'postgresql://app:pw@127.0.0.1:5999/shop' }, python: python(['psycopg2-binary', '2.9.10']) });
    expect(judgeDatabase(plan, {
      importResult: { module: 'psycopg2', status: 'ok' },
      connect: { ok: false, reason: 'error', stage: 'connect', errorType: 'psycopg2.OperationalError', wrapper: 'sqlalchemy.exc.OperationalError', message: 'connection to server at "127.0.0.1", port 5999 failed: Connection refused' },
    }).map((f) => [f.code, f.message, f.found])).toEqual([[
      'DG010',
      'connecting to the postgresql:// URL in DATABASE_URL through /srv/venv/bin/python and its SQLAlchemy failed at connect: psycopg2.OperationalError: connection to server at "127.0.0.1", port 5999 failed: Connection refused.',
      'psycopg2-binary 2.9.10',
    ]]);
    expect(judgeDatabase(plan, { importResult: { module: 'psycopg2', status: 'ok' }, connect: { ok: false, reason: 'timeout', message: 'no answer within 5 s' } })[0].message)
      .toBe('connecting to the postgresql:// URL in DATABASE_URL through /srv/venv/bin/python and its SQLAlchemy failed: no answer within 5 s.');
    expect(judgeDatabase(plan, { importResult: { module: 'psycopg2', status: 'ok' }, connect: { ok: true, sqlalchemyVersion: '1.4.46', dialect: 'postgresql', driver: 'psycopg2' } })).toEqual([]);
  });

  test('sqlite needs no distribution, only the standard library module', () => {
    const plan = planDatabase(database({ url: 'sqlite:///app.db' }), { env: {}, python: python() });
    expect(plan.kind === 'python' && [plan.driver.module, plan.installed]).toEqual(['sqlite3', undefined]);
    expect(judgeDatabase(plan, { importResult: { module: 'sqlite3', status: 'error', errorType: 'ModuleNotFoundError', errorMessage: "No module named '_sqlite3'" } })[0].message)
      .toBe("sqlite:///app.db needs the pysqlite driver: import sqlite3 fails: ModuleNotFoundError: No module named '_sqlite3'.");
  });

  test('url-env unset is DG008 at url-env, unless env already reports it', () => {
    const entry = database({ urlEnv: 'DATABASE_URL' });
    expect(judge(entry, { env: {}, python: python() })).toEqual([{
      code: 'DG008', kind: 'env-missing', severity: 'error', ecosystem: 'env', name: 'DATABASE_URL', ...where, line: 10, column: 14,
      message: 'DATABASE_URL is not set, so the database URL it should hold cannot be checked. Set it for the job (env: in the workflow, from a secret) or in the deploy environment.',
    }]);
    expect(judge(entry, { env: { DATABASE_URL: '' }, python: python() })[0].message.startsWith('DATABASE_URL is set but empty, so')).toBe(true);
    expect(judge(entry, { env: {}, python: python(), declaredEnv: ['DATABASE_URL'] })).toEqual([]);
  });

  test('a bad URL from the environment is DG010, from depgate.yml DG100; neither shows the password', () => {
    const fromEnv = judge(database({ urlEnv: 'DATABASE_URL' }), { env: { DATABASE_URL: 'postgresql://app:hunter2@pw@db/shop' }, python: python() });
    expect(fromEnv.map((f) => [f.code, f.message])).toEqual([[
      'DG010', "DATABASE_URL does not hold a usable database URL: the password (or user name) contains '@': write it percent-encoded as %40 (SQLAlchemy splits at the first '@').",
    ]]);
    const heroku = judge(database({ urlEnv: 'DATABASE_URL' }), { env: { DATABASE_URL: 'postgres://app:hunter2pw@db/shop' }, python: python(['sqlalchemy', '1.4.46'], ['psycopg2', '2.9.5']) });
    expect(heroku.map((f) => [f.code, f.message])).toEqual([[
      'DG010', 'DATABASE_URL does not hold a usable database URL: SQLAlchemy 1.4.46 does not accept the postgres:// scheme (removed in 1.4; create_engine raises NoSuchModuleError): write postgresql:// instead.',
    ]]);
    const literal = judge(database({ url: 'postgres://app:hunter2pw@db/shop' }), { env: {}, python: python(['sqlalchemy', '2.0.36']) });
    expect(literal.map((f) => [f.code, f.name, f.message])).toEqual([[
      'DG100', 'postgres://app:***@db/shop', 'this database URL cannot be used: SQLAlchemy 2.0.36 does not accept the postgres:// scheme (removed in 1.4; create_engine raises NoSuchModuleError): write postgresql:// instead.',
    ]]);
    expect(JSON.stringify([fromEnv, heroku, literal])).not.toContain('hunter2');
  });

  test('without a probed interpreter the driver is not checked, and the notice says so', () => {
    expect(judge(database({ url: 'mysql+pymysql://db/x' }), { env: {} }).map((f) => [f.code, f.severity, f.message])).toEqual([[
      'DG101', 'notice', 'the driver for mysql+pymysql://db/x was not checked: no Python interpreter could be probed (see the Python findings).',
    ]]);
  });

  test('Node: the client package must be declared in package.json', () => {
    const entry = database({ urlEnv: 'DATABASE_URL', ecosystem: 'node' });
    const env = { DATABASE_URL: 'postgres://app:pw@db/shop' };
    expect(judge(entry, { env, nodeRequirements: [{ name: 'pg' }] })).toEqual([]);
    expect(judge(entry, { env, nodeRequirements: [{ name: '@prisma/client' }] })).toEqual([]);
    expect(judge(entry, { env, nodeRequirements: [{ name: 'express' }] })).toEqual([{
      code: 'DG010', kind: 'driver-missing', severity: 'error', ecosystem: 'database', name: '$DATABASE_URL', ...where, line: 10, column: 14,
      message: 'DATABASE_URL holds a postgres:// URL, which needs a PostgreSQL client such as pg or postgres, and no package.json declares one.',
      required: 'pg | postgres | pg-promise | @prisma/client', fix: 'npm install pg',
    }]);
    const redis = judge(database({ url: 'redis://cache:6379', ecosystem: 'node' }), { env: {} });
    expect(redis.map((f) => [f.message, f.fix])).toEqual([['redis://cache:6379 needs a Redis client such as redis or ioredis, and no package.json declares one.', 'npm install redis']]);
  });
});

describe('judgeCommand', () => {
  const command = (extra: Partial<CommandProbe> = {}): CommandProbe => ({
    argv: ['python', '-c', 'import app'], text: 'python -c "import app"', shell: false, expectExit: 0, source: at(20), commandSource: at(20, 10), ...extra,
  });
  const run = (extra: Partial<CommandRun>): CommandRun => ({ exitCode: 0, signal: null, timedOut: false, stdout: '', stderr: '', stderrTail: '', truncated: false, ...extra });

  test('expected exit and output: nothing to say', () => {
    expect(judgeCommand(command({ expectOutput: '^ready$' }), run({ stdout: 'booting\nready\n' }), 5000)).toEqual([]);
    expect(judgeCommand(command({ expectExit: 3 }), run({ exitCode: 3 }), 5000)).toEqual([]);
  });

  test('an exit-code mismatch keeps the tail of stderr', () => {
    const stderr = 'Traceback (most recent call last):\n  File "<string>", line 1\nModuleNotFoundError: No module named \'app\'';
    expect(judgeCommand(command({ message: 'The app must import.' }), run({ exitCode: 1, stderr, stderrTail: stderr }), 5000)).toEqual([{
      code: 'DG011', kind: 'command-failed', severity: 'error', ecosystem: 'command', name: 'python -c "import app"', ...where, line: 20, column: 5,
      message: `python -c "import app" exited with code 1, expected 0. The app must import.\nstderr (last lines):\n${stderr}`,
      required: 'exit 0', found: 'exit 1', fix: "python -c 'import app'",
    }]);
  });

  test('an output mismatch shows the last lines of stdout', () => {
    const findings = judgeCommand(command({ name: 'health', expectOutput: '^ok$' }), run({ stdout: Array.from({ length: 8 }, (_, i) => `l${i}`).join('\n') }), 5000);
    expect(findings.map((f) => [f.name, f.message, f.required, f.found])).toEqual([[
      'health', 'health: python -c "import app" printed nothing matching /^ok$/.\nstdout (last lines):\nl3\nl4\nl5\nl6\nl7', 'exit 0 and output matching /^ok$/', 'exit 0',
    ]]);
    expect(judgeCommand(command({ expectOutput: 'x' }), run({}), 5000)[0].message).toBe('python -c "import app" printed nothing matching /x/.\nIt printed nothing on stdout.');
  });

  test('timeout, signal, and a command that cannot start', () => {
    expect(judgeCommand(command(), run({ exitCode: null, timedOut: true, signal: 'SIGKILL' }), 2500).map((f) => [f.message, f.found]))
      .toEqual([['python -c "import app" did not finish within 2.5 s and was killed.', 'timeout']]);
    expect(judgeCommand(command(), run({ exitCode: null, signal: 'SIGSEGV' }), 2500).map((f) => [f.message, f.found]))
      .toEqual([['python -c "import app" was killed by signal SIGSEGV, expected exit code 0.', 'signal SIGSEGV']]);
    expect(judgeCommand(command(), run({ exitCode: null, startError: { code: 'ENOENT', message: 'spawn python ENOENT' } }), 2500).map((f) => [f.message, f.found]))
      .toEqual([['python -c "import app" could not be started: python was not found.', undefined]]);
  });

  test('a refused command under pull_request_target is a DG100 that points at allow-commands', () => {
    const finding = refusedCommand(command());
    expect([finding.code, finding.severity, finding.line, finding.column, finding.name]).toEqual(['DG100', 'error', 20, 5, 'python -c "import app"']);
    expect(finding.message).toContain('pull_request_target');
    expect(finding.message).toContain('allow-commands: true');
  });
});
