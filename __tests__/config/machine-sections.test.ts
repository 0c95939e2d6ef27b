import { describe, expect, test } from '@jest/globals';
import { isMap, type Node as YamlNode } from 'yaml';
import { parseYamlSource } from '../../src/config/yaml-source.js';
import {
  readCommandsSection, readDatabasesSection, readEnvSection, readServicesSection, splitCommandLine, type SpecProblemReporter,
} from '../../src/config/machine-sections.js';
import type { SourcePosition, SpecProblem } from '../../src/model.js';

type Reader<T> = (node: YamlNode | null, source: ReturnType<typeof parseYamlSource>['source'], problem: SpecProblemReporter) => T;

/** Runs one section reader on `key` of a depgate.yml text, with schema.ts's way of placing problems. */
function read<T>(reader: Reader<T>, key: string, lines: string[]): { spec: T; problems: [number | undefined, number | undefined, string][] } {
  const { source, problems: yamlProblems } = parseYamlSource(lines.join('\n'), 'depgate.yml');
  expect(yamlProblems).toEqual([]);
  const problems: SpecProblem[] = [];
  const problem: SpecProblemReporter = (at, message, subject) => {
    const position = at && 'file' in at ? at : source.positionOf(at as YamlNode | null | undefined);
    problems.push({ code: 'DG100', message, source: position, subject });
  };
  const root = source.document.contents;
  if (!isMap(root)) throw new Error('test document must be a mapping');
  const spec = reader((root.get(key, true) as YamlNode | undefined) ?? null, source, problem);
  return { spec, problems: problems.map((p) => [p.source?.line, p.source?.column, p.message]) };
}

const at = (line: number, column: number): SourcePosition => ({ file: 'depgate.yml', line, column });

describe('env', () => {
  test('a list of names, each at its position', () => {
    const { spec, problems } = read(readEnvSection, 'env', ['env: [DATABASE_URL, SECRET_KEY]']);
    expect(problems).toEqual([]);
    expect(spec).toEqual([{ name: 'DATABASE_URL', source: at(1, 7) }, { name: 'SECRET_KEY', source: at(1, 21) }]);
  });

  test('a mapping of name to { message } (or to nothing)', () => {
    const { spec, problems } = read(readEnvSection, 'env', [
      'env:',
      '  DATABASE_URL:',
      '    message: the app cannot start without it',
      '  SENTRY_DSN:',
    ]);
    expect(problems).toEqual([]);
    expect(spec).toEqual([
      { name: 'DATABASE_URL', message: 'the app cannot start without it', source: at(2, 3) },
      { name: 'SENTRY_DSN', source: at(4, 3) },
    ]);
  });

  test('list entries as mappings', () => {
    const { spec } = read(readEnvSection, 'env', ['env:', '  - { name: API_KEY, message: billing calls fail }']);
    expect(spec).toEqual([{ name: 'API_KEY', message: 'billing calls fail', source: at(2, 13) }]);
  });

  test('bad names, duplicates, unknown keys, wrong shapes', () => {
    const { spec, problems } = read(readEnvSection, 'env', [
      'env:',
      '  - 1BAD',
      '  - GOOD',
      '  - GOOD',
      '  - { name: X, mesage: typo }',
      '  - [nested]',
    ]);
    expect(spec).toEqual([{ name: 'GOOD', source: at(3, 5) }, { name: 'X', source: at(5, 13) }]);
    expect(problems).toEqual([
      [2, 5, "'1BAD' is not an environment variable name (letters, digits and '_', not starting with a digit)"],
      [4, 5, 'GOOD is declared twice in env'],
      [5, 16, "unknown key 'mesage' in an env entry; did you mean 'message'?"],
      [6, 5, "'' is not an environment variable name (letters, digits and '_', not starting with a digit)"],
    ]);
    expect(read(readEnvSection, 'env', ['env: DATABASE_URL']).problems).toEqual([
      [1, 6, 'env must be a list of variable names, e.g. env: [DATABASE_URL, SECRET_KEY], or a mapping of name: { message: ... }'],
    ]);
    expect(read(readEnvSection, 'env', ['env:', '  A: yes']).problems).toEqual([[2, 6, 'env.A must be empty or a mapping such as { message: why the app needs it }']]);
    expect(read(readEnvSection, 'env', ['env:']).spec).toEqual([]);
  });
});

describe('services', () => {
  test('tcp host:port, IPv6, and URLs with their scheme\'s default port', () => {
    const { spec, problems } = read(readServicesSection, 'services', [
      'services:',
      '  - tcp: localhost:5432',
      '  - tcp: "[::1]:6379"',
      '  - url: redis://cache',
      '    name: cache',
      '    timeout: 2',
      '    retry-for: 30',
      '  - url: https://api.internal/health',
      '    message: payments call it',
      '  - url: amqp://guest:gu%40est@rabbit:5673/vhost',
      '  - url: postgresql+psycopg2://db/shop',
    ]);
    expect(problems).toEqual([]);
    expect(spec).toEqual([
      { kind: 'tcp', target: 'localhost:5432', host: 'localhost', port: 5432, source: at(2, 5) },
      { kind: 'tcp', target: '[::1]:6379', host: '::1', port: 6379, source: at(3, 5) },
      { kind: 'url', target: 'redis://cache', host: 'cache', port: 6379, defaultPortOf: 'redis', name: 'cache', timeoutSeconds: 2, retryForSeconds: 30, source: at(4, 5) },
      { kind: 'url', target: 'https://api.internal/health', host: 'api.internal', port: 443, defaultPortOf: 'https', message: 'payments call it', source: at(8, 5) },
      { kind: 'url', target: 'amqp://guest:***@rabbit:5673/vhost', host: 'rabbit', port: 5673, secrets: ['gu%40est', 'gu@est'], source: at(10, 5) },
      { kind: 'url', target: 'postgresql+psycopg2://db/shop', host: 'db', port: 5432, defaultPortOf: 'postgresql', source: at(11, 5) },
    ]);
  });

  test('every mistake at its value', () => {
    const { spec, problems } = read(readServicesSection, 'services', [
      'services:',
      '  - tcp: localhost',
      '  - tcp: localhost:99999',
      '  - tcp: ::1:5432',
      '  - url: foo://host',
      '  - url: mongodb+srv://cluster0.example.net/db',
      '  - url: mongodb://a:27017,b:27017/db',
      '  - { tcp: "db:5432", url: "redis://x" }',
      '  - { name: nothing }',
      '  - { tcp: "db:5432", timeout: 0, retry-for: -1, retries: 3 }',
      '  - url: redis://user:hunter2pass@:6379',
    ]);
    expect(spec).toEqual([]);
    expect(problems).toEqual([
      [2, 10, "'localhost' has no port: write host:port, e.g. localhost:5432"],
      [3, 10, "the port in 'localhost:99999' must be a number from 1 to 65535"],
      [4, 10, "'::1:5432' looks like an IPv6 address: write it in brackets with its port, e.g. [::1]:5432"],
      [5, 10, 'foo:// has no default port depgate knows: write the port, e.g. foo://host:1234'],
      [6, 10, 'a mongodb+srv:// URL names a DNS SRV record, not one host and port; declare each host as - tcp: host:port'],
      [7, 10, 'the URL lists several hosts; declare one service per host (- tcp: host:port)'],
      [8, 5, "a service has either 'tcp' or 'url', not both"],
      [9, 5, "a service needs 'tcp' (host:port) or 'url' (scheme://host:port), e.g. - tcp: localhost:5432"],
      [10, 50, "unknown key 'retries' in a service; valid keys: tcp, url, name, message, timeout, retry-for"],
      [10, 32, 'timeout must be a positive number of seconds, e.g. timeout: 5'],
      [10, 46, 'retry-for must be a non-negative number of seconds, e.g. retry-for: 30'],
      [11, 10, "the URL's host:port is not host:port (e.g. localhost:5432 or db.internal:6379)"],
    ]);
    expect(JSON.stringify(problems)).not.toContain('hunter2');
  });
});

describe('databases', () => {
  test('url or url-env, with connect, ecosystem, timeout, name, message', () => {
    const { spec, problems } = read(readDatabasesSection, 'databases', [
      'databases:',
      '  - url-env: DATABASE_URL',
      '    connect: true',
      '    timeout: 10',
      '  - url: postgresql+psycopg2://app:secret@db:5432/shop',
      '    name: orders',
      '    message: every order is written here',
      '  - url: postgres://app@db/shop',
      '    ecosystem: node',
      '  - url: sqlite:///var/app.db',
    ]);
    expect(problems).toEqual([]);
    expect(spec).toEqual([
      { urlEnv: 'DATABASE_URL', connect: true, ecosystem: 'python', timeoutSeconds: 10, source: at(2, 5), valueSource: at(2, 14) },
      { url: 'postgresql+psycopg2://app:secret@db:5432/shop', connect: false, ecosystem: 'python', name: 'orders', message: 'every order is written here', source: at(5, 5), valueSource: at(5, 10) },
      { url: 'postgres://app@db/shop', connect: false, ecosystem: 'node', source: at(8, 5), valueSource: at(8, 10) },
      { url: 'sqlite:///var/app.db', connect: false, ecosystem: 'python', source: at(10, 5), valueSource: at(10, 10) },
    ]);
  });

  test('malformed URLs and unknown dialects are DG100 at the value, without the password', () => {
    const { spec, problems } = read(readDatabasesSection, 'databases', [
      'databases:',
      '  - url: "postgresql://app:hunter2@pass@db/shop"',
      '  - url: snowflake://app:hunter2pass@acct/db',
      '  - url: postgresql+psycopg3://app:hunter2pass@db/shop',
      '  - url: db.internal:5432',
      '  - url: cassandra://app:hunter2pass@db',
      '    ecosystem: node',
      '  - url-env: database-url',
      '  - { url-env: DATABASE_URL, ecosystem: pyhton }',
      '  - { url-env: DATABASE_URL, ecosystem: node, connect: true }',
      '  - { url-env: DATABASE_URL, conect: true }',
      '  - { url: "sqlite://", url-env: DATABASE_URL }',
      '  - { connect: yes }',
    ]);
    expect(spec).toEqual([{ urlEnv: 'DATABASE_URL', connect: false, ecosystem: 'python', source: at(11, 5), valueSource: at(11, 16) }]);
    expect(problems).toEqual([
      [2, 10, "not a database URL: the password (or user name) contains '@': write it percent-encoded as %40 (SQLAlchemy splits at the first '@')"],
      [3, 10, "unknown database dialect 'snowflake'; depgate knows postgresql, mysql, mssql, oracle, sqlite, mariadb"],
      [4, 10, "unknown driver 'psycopg3' for postgresql; SQLAlchemy's postgresql drivers are psycopg2, psycopg, psycopg_async, asyncpg, pg8000, psycopg2cffi"],
      [5, 10, 'not a database URL: a database URL starts with dialect+driver:// (for example postgresql+psycopg2://user:password@host:5432/dbname)'],
      [6, 10, "unknown database scheme 'cassandra' for a Node app; depgate knows postgres, postgresql, mysql, mariadb, redis, rediss, mongodb, mongodb+srv, sqlserver, mssql, oracle, sqlite, file"],
      [8, 14, "url-env must name an environment variable, e.g. url-env: DATABASE_URL; got 'database-url'"],
      [9, 41, "ecosystem must be python or node; did you mean 'python'?"],
      [10, 56, "connect: true opens the connection through the app's Python SQLAlchemy; it is not available for ecosystem: node"],
      [11, 30, "unknown key 'conect' in a database; did you mean 'connect'?"],
      [12, 5, "a database has either 'url' or 'url-env', not both"],
      [13, 5, "a database needs 'url' (dialect+driver://...) or 'url-env' (the variable that holds it), e.g. - url-env: DATABASE_URL"],
    ]);
    expect(JSON.stringify(problems)).not.toContain('hunter2');
  });
});

describe('commands', () => {
  test('run strings are split into argv without a shell; argv lists and shell: true as declared', () => {
    const { spec, problems } = read(readCommandsSection, 'commands', [
      'commands:',
      '  - run: python -c "import app; print(\'ok\')"',
      '    expect-output: ^ok$',
      '  - argv: [python3, -c, "import sys; sys.exit(3)"]',
      '    expect-exit: 3',
      '    timeout: 5',
      '    name: exits three',
      '    message: the smoke test',
      '  - run: test -f /etc/hostname && echo present',
      '    shell: true',
    ]);
    expect(problems).toEqual([]);
    expect(spec).toEqual([
      { argv: ['python', '-c', "import app; print('ok')"], text: 'python -c "import app; print(\'ok\')"', shell: false, expectExit: 0, expectOutput: '^ok$', source: at(2, 5), commandSource: at(2, 10) },
      { argv: ['python3', '-c', 'import sys; sys.exit(3)'], text: 'python3 -c import sys; sys.exit(3)', shell: false, expectExit: 3, timeoutSeconds: 5, name: 'exits three', message: 'the smoke test', source: at(4, 5), commandSource: at(4, 11) },
      { argv: ['sh', '-c', 'test -f /etc/hostname && echo present'], text: 'test -f /etc/hostname && echo present', shell: true, expectExit: 0, source: at(9, 5), commandSource: at(9, 10) },
    ]);
  });

  test('mistakes at their place; an unclosed quote at the quote itself', () => {
    const { spec, problems } = read(readCommandsSection, 'commands', [
      'commands:',
      '  - run: echo "unclosed',
      "  - run: 'echo ''a b'' \"x'",
      '  - argv: []',
      '  - { argv: [echo, hi], shell: true }',
      '  - { run: "true", expect-exit: 256 }',
      '  - { run: "true", expect-output: "(unclosed" }',
      '  - { run: "true", expect_exit: 0 }',
      '  - { name: nothing to run }',
      '  - { run: "true", argv: ["true"] }',
      '  - { run: "true", shell: "yes" }',
      '  - run: "   "',
    ]);
    // An unknown key is reported and skipped, as everywhere in depgate.yml; the entry still counts.
    expect(spec).toEqual([{ argv: ['true'], text: 'true', shell: false, expectExit: 0, source: at(8, 5), commandSource: at(8, 12) }]);
    expect(problems).toEqual([
      [2, 15, 'cannot split the command into words: a double quote is never closed (or set shell: true to run it with sh -c)'],
      // The scalar holds YAML escapes (''), so the exact column is unknown: its start.
      [3, 10, 'cannot split the command into words: a double quote is never closed (or set shell: true to run it with sh -c)'],
      [4, 11, 'argv must be a non-empty list of words, e.g. argv: [python, -c, import app]'],
      [5, 32, "shell: true runs a 'run' string with sh -c; an argv list is executed as it is"],
      [6, 33, 'expect-exit must be an exit code from 0 to 255'],
      [7, 35, 'expect-output must be a regular expression: /(unclosed/m: Unterminated group'],
      [8, 20, "unknown key 'expect_exit' in a command; did you mean 'expect-exit'?"],
      [9, 5, "a command needs 'run' (a command line) or 'argv' (a list of words), e.g. - run: python -c \"import app\""],
      [10, 5, "a command has either 'run' or 'argv', not both"],
      [11, 27, 'shell must be true or false'],
      [12, 10, 'run must be a command line, e.g. run: python -c "import app"'],
    ]);
  });
});

describe('splitCommandLine (POSIX quoting, nothing else)', () => {
  test.each([
    ['python -c "import app"', ['python', '-c', 'import app']],
    ["echo 'single $HOME \\n' \"double \\$HOME \\\" \\\\ \\n\"", ['echo', 'single $HOME \\n', 'double $HOME " \\ \\n']],
    ['a\\ b c\\"d', ['a b', 'c"d']],
    ['  spaced\t\targs  ', ['spaced', 'args']],
    ['echo ""', ['echo', '']],
    ["echo x'y'\"z\"", ['echo', 'xyz']],
    ['echo one \\\n two', ['echo', 'one', 'two']],
    ['echo hi; rm -rf /tmp/x', ['echo', 'hi;', 'rm', '-rf', '/tmp/x']],
    ['ls *.py | grep $PATH > out && `id`', ['ls', '*.py', '|', 'grep', '$PATH', '>', 'out', '&&', '`id`']],
  ])('%j', (line, argv) => {
    expect(splitCommandLine(line)).toEqual({ ok: true, argv });
  });

  test('errors with the offset of the cause', () => {
    expect(splitCommandLine("echo 'open")).toEqual({ ok: false, error: 'a single quote is never closed', offset: 5 });
    expect(splitCommandLine('echo "open')).toEqual({ ok: false, error: 'a double quote is never closed', offset: 5 });
    expect(splitCommandLine('echo \\')).toEqual({ ok: false, error: 'it ends with a lone backslash', offset: 5 });
    expect(splitCommandLine('   ')).toEqual({ ok: false, error: 'the command is empty', offset: 0 });
  });
});
