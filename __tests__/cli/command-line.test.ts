// `depgate check` as people run it: the bundled CLI against Debian's own /usr/bin/python3 with
// Debian's packaged SQLAlchemy 1.4 (.ci/run installs python3-sqlalchemy), and main() in process
// for flags and exit codes.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEPGATE_VERSION, EXIT_COULD_NOT_RUN, EXIT_GATE_FAILED, EXIT_PASSED, main, type CliIo } from '../../src/command-line.js';
import { makeTempDir, removeDir } from '../helpers/python-env.js';
import { CLI, ROOT } from '../e2e/run-dist.js';
import { parseXmlStrictly } from '../report/xml-parser.js';

const DEBIAN_PYTHON = '/usr/bin/python3';
let work: string;
let app: string;

beforeAll(() => {
  work = makeTempDir('depgate-cli-');
  app = path.join(work, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'requirements.txt'), '# web app\nSQLAlchemy>=2.0\npsycopg>=3.1\n');
});
afterAll(() => removeDir(work));

function debianSqlalchemyVersion(): string {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Version}', 'python3-sqlalchemy'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error('python3-sqlalchemy is not installed: .ci/run installs it (apt-get install -y python3-sqlalchemy)');
  return result.stdout.replace(/\+ds\d*-.*$/, '').replace(/-.*$/, '');
}

describe('dist/cli/index.js', () => {
  test("reports Debian's SQLAlchemy 1.4 as DG002 and a missing package as DG001, each at its line", () => {
    expect(existsSync(DEBIAN_PYTHON)).toBe(true);
    const result = spawnSync('node', [CLI, 'check', '--cwd', app, '--python', DEBIAN_PYTHON, '--format', 'json'], { encoding: 'utf8' });
    expect(result.status).toBe(EXIT_GATE_FAILED);
    const report = JSON.parse(result.stdout);
    expect(report.passed).toBe(false);
    expect(report.environment.python).toMatchObject({ requested: DEBIAN_PYTHON, executable: DEBIAN_PYTHON });
    expect(report.findings.map((f: Record<string, unknown>) => [f.code, f.name, f.required, f.found, f.file, f.line, f.column])).toEqual([
      ['DG002', 'SQLAlchemy', '>=2.0', debianSqlalchemyVersion(), 'requirements.txt', 2, 1],
      ['DG001', 'psycopg', '>=3.1', undefined, 'requirements.txt', 3, 1],
    ]);
    // Debian's interpreter is externally managed (PEP 668): pip refuses to install into it.
    expect(report.fixes).toEqual([{ ecosystem: 'python', command: "/usr/bin/python3 -m venv .venv && .venv/bin/python -m pip install 'SQLAlchemy>=2.0' 'psycopg>=3.1'" }]);
  });

  test('the text table has no colour when stdout is not a terminal', () => {
    const result = spawnSync('node', [CLI, 'check', '--cwd', app, '--python', DEBIAN_PYTHON], { encoding: 'utf8' });
    expect(result.status).toBe(EXIT_GATE_FAILED);
    expect(result.stdout).not.toMatch(/\u001b\[/);
    expect(result.stdout).toMatch(/^DG002 +error +SQLAlchemy +>=2\.0 +1\.4\.\d+ +requirements\.txt:2$/m);
    expect(result.stdout).toMatch(/^DG001 +error +psycopg +>=3\.1 +— +requirements\.txt:3$/m);
    expect(result.stdout).toContain('✖ gate failed: 2 errors');
  });

  test('the README demo gates examples/shop and shows its findings', () => {
    const result = spawnSync('node', [CLI, 'check', '--cwd', path.join(ROOT, 'examples/shop'), '--python', DEBIAN_PYTHON, '--format', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(result.stdout);
    expect(report.checked).toBe(4);
    expect(report.findings.find((f: { name: string }) => f.name === 'SQLAlchemy')).toMatchObject({ code: 'DG002', line: 3 });
    expect(report.sources).toEqual(['depgate.yml', 'requirements.txt']);
  });
});

describe('main()', () => {
  function io(overrides: Partial<CliIo> = {}): CliIo & { out: string[]; err: string[] } {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, stdout: (t) => out.push(t), stderr: (t) => err.push(t), isTTY: false, env: { PATH: process.env.PATH }, cwd: app, ...overrides };
  }

  test('exit 0 when the gate passes, with colour on a terminal unless NO_COLOR is set', async () => {
    const ok = path.join(work, 'ok');
    mkdirSync(ok, { recursive: true });
    writeFileSync(path.join(ok, 'requirements.txt'), 'SQLAlchemy>=1.4\n');
    const tty = io({ isTTY: true, cwd: ok });
    expect(await main(['check', '--python', DEBIAN_PYTHON], tty)).toBe(EXIT_PASSED);
    expect(tty.out.join('')).toMatch(/\u001b\[/);
    const noColor = io({ isTTY: true, cwd: ok, env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    expect(await main(['check', '--python', DEBIAN_PYTHON], noColor)).toBe(EXIT_PASSED);
    expect(noColor.out.join('')).not.toMatch(/\u001b\[/);
    expect(noColor.out.join('')).toContain('✔ gate passed');
  });

  test('--warn reports and exits 0', async () => {
    const run = io();
    expect(await main(['check', '--python', DEBIAN_PYTHON, '--warn', '--format', 'json'], run)).toBe(EXIT_PASSED);
    expect(JSON.parse(run.out.join('')).findings).toHaveLength(2);
  });

  test('--format github prints the workflow commands', async () => {
    const run = io();
    expect(await main(['check', '--python', DEBIAN_PYTHON, '--format', 'github'], run)).toBe(EXIT_GATE_FAILED);
    expect(run.out.join('').split('\n').filter((line) => line.startsWith('::error file=requirements.txt')).map((line) => /line=(\d+)/.exec(line)![1])).toEqual(['2', '3']);
  });

  test('--format junit prints JUnit XML a test reporter reads: a failure per finding, exit code unchanged', async () => {
    const run = io();
    expect(await main(['check', '--python', DEBIAN_PYTHON, '--format', 'junit'], run)).toBe(EXIT_GATE_FAILED);
    const root = parseXmlStrictly(run.out.join(''));
    expect(root.attrib).toEqual({ name: 'depgate', tests: '3', failures: '2', errors: '0', skipped: '0', time: '0' });
    const suite = root.children[0];
    expect(suite.attrib.name).toBe('depgate python');
    expect(suite.children.filter((c) => c.tag === 'testcase').map((c) => [c.attrib.name, c.attrib.file, c.attrib.line, c.children.map((e) => e.tag)])).toEqual([
      ['DG002 version-mismatch: SQLAlchemy', 'requirements.txt', '2', ['failure']],
      ['DG001 missing: psycopg', 'requirements.txt', '3', ['failure']],
      ['all other requirements satisfied (2 requirements checked)', undefined, undefined, []],
    ]);
    expect(run.err).toEqual([]);
  });

  test('--format junit --warn: nothing fails, exit 0', async () => {
    const run = io();
    expect(await main(['check', '--python', DEBIAN_PYTHON, '--format', 'junit', '--warn'], run)).toBe(EXIT_PASSED);
    expect(parseXmlStrictly(run.out.join('')).attrib.failures).toBe('0');
  });

  test('--format sarif prints SARIF 2.1.0 with each finding at its line, exit code unchanged', async () => {
    const run = io();
    expect(await main(['check', '--python', DEBIAN_PYTHON, '--format', 'sarif'], run)).toBe(EXIT_GATE_FAILED);
    const log = JSON.parse(run.out.join(''));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].tool.driver.semanticVersion).toBe(DEPGATE_VERSION);
    expect(log.runs[0].results.map((r: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }) =>
      [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine])).toEqual([
      ['DG002', 'error', 'requirements.txt', 2],
      ['DG001', 'error', 'requirements.txt', 3],
    ]);
  });

  test('--format sarif for a gate that passes: no results, exit 0', async () => {
    const ok = path.join(work, 'ok-sarif');
    mkdirSync(ok, { recursive: true });
    writeFileSync(path.join(ok, 'requirements.txt'), 'SQLAlchemy>=1.4\n');
    const run = io({ cwd: ok });
    expect(await main(['check', '--python', DEBIAN_PYTHON, '--format', 'sarif'], run)).toBe(EXIT_PASSED);
    expect(JSON.parse(run.out.join('')).runs[0].results).toEqual([]);
  });

  test('an interpreter that is not there is DG005, a gate failure (exit 1), not a crash', async () => {
    const run = io();
    expect(await main(['check', '--python', '/nonexistent/python3', '--format', 'json'], run)).toBe(EXIT_GATE_FAILED);
    const report = JSON.parse(run.out.join(''));
    expect(report.findings.map((f: { code: string }) => f.code)).toEqual(['DG005']);
    expect(report.findings[0].message).toContain('/nonexistent/python3');
  });

  test.each([
    [['check', '--format', 'xml'], "--format must be one of text, json, github, junit, sarif; got 'xml'"],
    [['check', '--frobnicate'], "Unknown option '--frobnicate'"],
    [['check', '--cwd', '/nonexistent-dir'], '--cwd /nonexistent-dir is not a directory'],
    [['check', '--timeout', '0'], "--timeout must be a positive number of seconds; got '0'"],
    [['deploy'], "unknown command 'deploy'"],
  ])('could not run (exit 2): %j', async (argv, message) => {
    const run = io();
    expect(await main(argv, run)).toBe(EXIT_COULD_NOT_RUN);
    expect(run.err.join('')).toContain(message);
    expect(run.out).toEqual([]);
  });

  test('--help and --version', async () => {
    const help = io();
    expect(await main(['--help'], help)).toBe(EXIT_PASSED);
    expect(help.out.join('')).toContain('Usage: depgate check [options]');
    const version = io();
    expect(await main(['--version'], version)).toBe(EXIT_PASSED);
    expect(version.out.join('')).toBe(`${DEPGATE_VERSION}\n`);
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version).toBe(DEPGATE_VERSION);
  });
});
