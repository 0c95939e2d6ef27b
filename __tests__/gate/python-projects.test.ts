// The whole gate (runGate, in process) on Python projects as real tools lay them out — a uv
// project with extras, groups, requires-python and uv.lock; a Poetry project; version files —
// against one real venv from the wheel store.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runGate } from '../../src/gate.js';
import { createVenv, makeTempDir, removeDir } from '../helpers/python-env.js';

let work: string;
let python: string;

beforeAll(async () => {
  work = makeTempDir('depgate-projects-');
  python = await createVenv(path.join(work, 'venv'), ['sqlalchemy==2.0.54', 'flask']);
}, 180_000);
afterAll(() => removeDir(work));

function project(name: string, files: Record<string, string>): string {
  const dir = path.join(work, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(dir, file), text);
  return dir;
}

const gate = (cwd: string) => runGate({ cwd, env: { PATH: process.env.PATH }, python, timeoutSeconds: 30 });
const brief = (findings: { code: string; name: string; file?: string; line?: number; column?: number; ignored?: unknown }[]) =>
  findings.filter((finding) => !finding.ignored).map((finding) => [finding.code, finding.name, `${finding.file}:${finding.line}:${finding.column}`]);

describe('a uv project', () => {
  const PYPROJECT = [
    '[project]',
    'name = "shop"',
    'version = "1.0.0"',
    'requires-python = ">=3.12"',
    'dependencies = [',
    '    "SQLAlchemy>=2.0",',
    '    "flask>=3.0",',
    ']',
    '',
    '[project.optional-dependencies]',
    'postgres = ["psycopg2-binary>=2.9"]',
    'mysql = ["PyMySQL>=1.1"]',
    '',
    '[dependency-groups]',
    'dev = ["pytest>=8"]',
    '',
  ].join('\n');
  const UV_LOCK = [
    'version = 1',
    'requires-python = ">=3.12"',
    '',
    '[[package]]',
    'name = "shop"',
    'version = "1.0.0"',
    'source = { editable = "." }',
    'dependencies = [',
    '    { name = "flask" },',
    '    { name = "sqlalchemy" },',
    ']',
    '',
    '[[package]]',
    'name = "flask"',
    'version = "3.1.3"',
    'source = { registry = "https://pypi.org/simple" }',
    '',
    '[[package]]',
    'name = "sqlalchemy"',
    'version = "2.0.30"',
    'source = { registry = "https://pypi.org/simple" }',
    '',
  ].join('\n');

  test('requires-python, selected extras only, and uv.lock drift, each at its line', async () => {
    const dir = project('uv-app', {
      'pyproject.toml': PYPROJECT,
      'uv.lock': UV_LOCK,
      'depgate.yml': 'python:\n  extras: [postgres]\n',
    });
    const report = await gate(dir);
    expect(brief(report.findings)).toEqual([
      ['DG006', 'python', 'pyproject.toml:4:1'],
      ['DG001', 'psycopg2-binary', 'pyproject.toml:11:14'],
      ['DG007', 'sqlalchemy', 'uv.lock:18:1'],
    ]);
    expect(report.findings[0].message).toMatch(/^requires-python asks for >=3\.12, but .* is Python 3\.11\.\d+\.$/);
    expect(report.findings[2]).toMatchObject({ required: '==2.0.30', found: '2.0.54' });
    // The dev group and the mysql extra were not selected: PyMySQL and pytest are not asked for.
    expect(report.checked).toBe(3);
    expect(report.notes).toEqual(['python files discovered: pyproject.toml, uv.lock']);
  });


  test('an extra or group that no manifest defines is a DG100 at its place in depgate.yml, not a silent pass', async () => {
    const dir = project('uv-typo', { 'pyproject.toml': PYPROJECT, 'depgate.yml': 'python:\n  extras: [postgress]\n  groups: [dev, prod]\n' });
    const report = await gate(dir);
    expect(brief(report.findings).filter(([code]) => code === 'DG100')).toEqual([
      ['DG100', 'python.extras', 'depgate.yml:2:12'],
      ['DG100', 'python.groups', 'depgate.yml:3:17'],
    ]);
    expect(report.findings.find((finding) => finding.name === 'python.extras')!.message).toBe(
      "python.extras selects 'postgress', but no manifest read here defines that extra (the manifests define: postgres, mysql); nothing would be checked for it",
    );
  });

  test('a lockfile version that is not PEP 440 is a DG100, and drift is fixed with the lockfile\'s own tool', async () => {
    const dir = project('uv-bad-version', {
      'pyproject.toml': PYPROJECT.replace('requires-python = ">=3.12"', 'requires-python = ">=3.10"'),
      'uv.lock': UV_LOCK.replace('version = "3.1.3"', 'version = "not a version!"'),
    });
    const report = await gate(dir);
    expect(brief(report.findings)).toEqual([
      ['DG100', 'flask', 'uv.lock:13:1'],
      ['DG007', 'sqlalchemy', 'uv.lock:18:1'],
    ]);
    expect(report.findings[1].fix).toBe('uv sync --frozen');
  });
});

describe('a Poetry project', () => {
  test("caret ranges as Poetry documents them; Poetry's python ^3.11 is met by 3.11", async () => {
    const dir = project('poetry-app', {
      'pyproject.toml': [
        '[tool.poetry]',
        'name = "shop"',
        'version = "0.1.0"',
        'description = ""',
        'authors = []',
        '',
        '[tool.poetry.dependencies]',
        'python = "^3.11"',
        'SQLAlchemy = "^2.0"',
        'flask = { version = "^2.3", extras = ["async"] }',
        'requests = { version = "^2.31", optional = true }',
        '',
        '[tool.poetry.group.dev.dependencies]',
        'pytest = "^8.0"',
        '',
      ].join('\n'),
    });
    const report = await gate(dir);
    // flask[async] also needs what flask's async extra requires (asgiref), as pip would install it.
    expect(brief(report.findings)).toEqual([
      ['DG001', 'asgiref', 'pyproject.toml:10:1'],
      ['DG002', 'flask', 'pyproject.toml:10:1'],
    ]);
    expect(report.findings[1]).toMatchObject({ required: '>=2.3,<3.0', found: '3.1.3' });
  });
});

describe('version files and discovery', () => {
  test('.python-version and .tool-versions are checked against the interpreter, at their lines', async () => {
    const dir = project('versions-app', {
      'requirements.txt': 'flask\n',
      '.python-version': '# pyenv\n3.12\n',
      '.tool-versions': 'nodejs 20.11.0\npython 3.11.7\n',
    });
    const report = await gate(dir);
    expect(brief(report.findings)).toEqual([['DG006', 'python', '.python-version:2:1']]);
    expect(report.findings[0].message).toMatch(/^\.python-version asks for 3\.12\.\*, but .* is Python 3\.11\.\d+\.$/);
  });

  test('when two lockfiles are present, the summary says which one is used and why', async () => {
    const dir = project('two-locks', {
      'requirements.txt': 'flask\n',
      'poetry.lock': '# empty\n',
      'uv.lock': 'version = 1\n',
    });
    const report = await gate(dir);
    expect(report.notes).toEqual([
      'python files discovered: requirements.txt, uv.lock',
      'uv.lock is used as the python lockfile; poetry.lock is not read (precedence: uv.lock > poetry.lock > pdm.lock > Pipfile.lock)',
    ]);
    expect(report.sources).toEqual(['requirements.txt', 'uv.lock']);
  });

  test('a TOML syntax error is one DG100 at its line, and the rest of the report is intact', async () => {
    const dir = project('broken-toml', {
      'pyproject.toml': '[project]\nname = "x"\ndependencies = ["flask>=3.0"\n',
      'requirements.txt': 'SQLAlchemy>=2.1\n',
    });
    const report = await gate(dir);
    expect(brief(report.findings)).toEqual([
      ['DG100', 'pyproject.toml', 'pyproject.toml:4:1'],
      ['DG002', 'SQLAlchemy', 'requirements.txt:1:1'],
    ]);
  });
});
