// The outage, end to end: a real venv from the wheel store (SQLAlchemy 2.0.54 where >=2.1 is
// declared, Flask, psycopg2-binary), a tiny package whose import raises, one package not
// installed at all, and the bundled action run as the runner runs it.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createVenv, installTinyPackage, makeTempDir, removeDir, writeTinyPackage } from '../helpers/python-env.js';
import { runAction } from './run-dist.js';

let work: string;
let python: string;
let repo: string;

const REQUIREMENTS = [
  '# the shop: runtime dependencies',
  'Flask>=3.0',
  'SQLAlchemy>=2.1',
  'psycopg2-binary>=2.9  # Postgres driver',
  'acme-billing==1.0',
  'stripe>=7.0',
  '',
].join('\n');

beforeAll(async () => {
  work = makeTempDir('depgate-e2e-');
  python = await createVenv(path.join(work, 'venv'), ['sqlalchemy==2.0.54', 'flask', 'psycopg2-binary'], { buildTools: true });
  const billing = writeTinyPackage(path.join(work, 'src'), {
    distName: 'acme-billing',
    version: '1.0',
    modules: { acme_billing: 'raise RuntimeError("ACME_API_KEY is not set\\nsee the runbook")\n' },
  });
  await installTinyPackage(python, billing);
  repo = path.join(work, 'repo');
  mkdirSync(repo);
  writeFileSync(path.join(repo, 'requirements.txt'), REQUIREMENTS);
}, 180_000);

afterAll(() => removeDir(work));

describe('dist/index.js on a pull request', () => {
  test('annotates each broken requirement at its line, writes summary and outputs, and fails the step', () => {
    const run = runAction({ workspace: repo, inputs: { python } });
    const where = `${python} (Python ${pythonVersion()})`;
    expect(run.stdout).toEqual([
      `::error file=requirements.txt,line=3,col=1,title=DG002 version-mismatch%3A SQLAlchemy::SQLAlchemy 2.0.54 is installed in ${where}, but SQLAlchemy>=2.1 (requirements.txt:3) requires >=2.1. Fix: ${python} -m pip install 'SQLAlchemy>=2.1'`,
      `::error file=requirements.txt,line=5,col=1,title=DG003 import-failed%3A acme-billing::acme-billing 1.0 is installed in ${where}, but import acme_billing fails: RuntimeError: ACME_API_KEY is not set. Reproduce: ${python} -c 'import acme_billing'`,
      `::error file=requirements.txt,line=6,col=1,title=DG001 missing%3A stripe::stripe is not installed in ${where}, but stripe>=7.0 (requirements.txt:6) requires it. Fix: ${python} -m pip install 'stripe>=7.0'`,
      'depgate: 3 errors (DG001 stripe, DG002 SQLAlchemy, DG003 acme-billing) — gate failed',
      '::error::depgate: 3 errors (DG001 stripe, DG002 SQLAlchemy, DG003 acme-billing) — gate failed',
    ]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');

    expect(run.outputs.passed).toBe('false');
    expect(run.outputs.summary).toBe('depgate: 3 errors (DG001 stripe, DG002 SQLAlchemy, DG003 acme-billing) — gate failed');
    const findings = JSON.parse(run.outputs.findings) as { code: string; name: string; line: number; found?: string }[];
    expect(findings.map((finding) => [finding.code, finding.name, finding.line, finding.found])).toEqual([
      ['DG002', 'SQLAlchemy', 3, '2.0.54'],
      ['DG003', 'acme-billing', 5, '1.0'],
      ['DG001', 'stripe', 6, undefined],
    ]);
    const report = JSON.parse(readFileSync(run.outputs.report, 'utf8'));
    expect(report).toMatchObject({ passed: false, checked: 5, environment: { python: { executable: python, requestedFrom: 'input python' } } });
    expect(report.findings).toHaveLength(3);

    expect(run.summary).toContain('## ❌ depgate: 3 errors block this merge');
    expect(run.summary).toContain(python);
    const rows = run.summary.split('\n').filter((line) => line.startsWith('| DG'));
    expect(rows).toEqual([
      `| DG002 | error | SQLAlchemy | \`>=2.1\` | \`2.0.54\` | \`requirements.txt:3\` | SQLAlchemy 2.0.54 is installed in ${where}, but SQLAlchemy&gt;=2.1 (requirements.txt:3) requires &gt;=2.1. | \`${python} -m pip install 'SQLAlchemy>=2.1'\` |`,
      `| DG003 | error | acme-billing | \`==1.0\` | \`1.0\` | \`requirements.txt:5\` | acme-billing 1.0 is installed in ${where}, but import acme\\_billing fails: RuntimeError: ACME\\_API\\_KEY is not set | \`${python} -c 'import acme_billing'\` |`,
      `| DG001 | error | stripe | \`>=7.0\` | — | \`requirements.txt:6\` | stripe is not installed in ${where}, but stripe&gt;=7.0 (requirements.txt:6) requires it. | \`${python} -m pip install 'stripe>=7.0'\` |`,
    ]);
    expect(run.summary).toContain(`### Fix\n\n\`\`\`sh\n${python} -m pip install 'SQLAlchemy>=2.1' 'stripe>=7.0'\n\`\`\``);
  });

  test('warn mode reports the same findings as warnings and passes', () => {
    const run = runAction({ workspace: repo, inputs: { python, mode: 'warn' } });
    expect(run.exitCode).toBe(0);
    expect(run.stdout.filter((line) => line.startsWith('::warning file=requirements.txt')).map((line) => /line=(\d+)/.exec(line)![1])).toEqual(['3', '5', '6']);
    expect(run.stdout.some((line) => line.startsWith('::error'))).toBe(false);
    expect(run.outputs.passed).toBe('true');
  });

  test('an ignore entry with its reason lets the gate pass when nothing else is wrong', () => {
    const app = path.join(work, 'ignoring');
    mkdirSync(app, { recursive: true });
    writeFileSync(path.join(app, 'requirements.txt'), 'SQLAlchemy>=2.1\nflask\n');
    writeFileSync(path.join(app, 'depgate.yml'), 'ignore:\n  - { code: DG002, name: sqlalchemy, reason: upgrade planned in JIRA-12 }\n');
    const run = runAction({ workspace: app, inputs: { python } });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toEqual(['depgate: 2 requirements satisfied, 1 ignored — gate passed']);
    expect(run.summary).toContain('upgrade planned in JIRA-12');
  });

  test('annotation paths are relative to the repository root when working-directory is a subfolder', () => {
    const root = path.join(work, 'monorepo');
    mkdirSync(path.join(root, 'services/shop'), { recursive: true });
    writeFileSync(path.join(root, 'services/shop/requirements.txt'), 'flask>=3\nstripe\n');
    const run = runAction({ workspace: root, inputs: { python, 'working-directory': 'services/shop' } });
    expect(run.stdout[0]).toMatch(/^::error file=services\/shop\/requirements\.txt,line=2,col=1,title=DG001 missing%3A stripe::/);
    expect(run.exitCode).toBe(1);
  });

  test('bad inputs and bad files: each finding at its place, a clean message, no stack trace', () => {
    const app = path.join(work, 'broken');
    mkdirSync(app, { recursive: true });
    writeFileSync(path.join(app, 'requirements.txt'), 'flask>=3\nthis is not a requirement\n-r requirements.txt\n');
    writeFileSync(path.join(app, 'depgate.yml'), 'python:\n  pakages: [flask]\n');
    const run = runAction({ workspace: app, inputs: { python, mode: 'wran', timeout: 'soon' } });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    const errors = run.stdout.filter((line) => line.startsWith('::error'));
    expect(errors.map((line) => /^::error (?:file=([^,]+),line=(\d+),col=(\d+),)?title=(DG\d+)/.exec(line)?.slice(1))).toEqual([
      [undefined, undefined, undefined, 'DG100'],
      [undefined, undefined, undefined, 'DG100'],
      ['depgate.yml', '2', '3', 'DG100'],
      ['requirements.txt', '2', '6', 'DG100'],
      ['requirements.txt', '3', '4', 'DG100'],
      undefined,
    ]);
    expect(errors[0]).toContain("input 'mode': must be one of enforce, warn; got 'wran'");
    expect(errors[1]).toContain("input 'timeout': must be a positive number of seconds; got 'soon'");
    expect(errors[2]).toContain("did you mean 'packages'?");
    expect(errors[4]).toContain('requirements.txt → requirements.txt');
    expect(run.stdout.join('\n')).not.toMatch(/\n\s+at .*\(.*:\d+:\d+\)/);
  });

  test('an interpreter that does not exist is DG005 and the step fails cleanly', () => {
    const run = runAction({ workspace: repo, inputs: { python: path.join(work, 'no-such-venv/bin/python') } });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout[0]).toMatch(/^::error title=DG005 runtime-missing%3A .*no-such-venv\/bin\/python::/);
    expect(run.outputs.passed).toBe('false');
  });
});

let cachedVersion: string | undefined;
function pythonVersion(): string {
  cachedVersion ??= readFileSync(path.join(path.dirname(path.dirname(python)), 'pyvenv.cfg'), 'utf8').match(/^version(?:_info)?\s*=\s*(\S+)/m)![1];
  return cachedVersion;
}
