import { describe, expect, test } from '@jest/globals';
import type { ImportResult, PythonDistribution, PythonEnvironment, PythonRequirement } from '../../src/model.js';
import { assessPython, comparableUrl, judgePython, modulesToImport, pipInstallFix, withExtrasRequirements } from '../../src/judge/python.js';
import { buildReport } from '../../src/judge/verdict.js';
import { chooseImportTarget } from '../../src/judge/import-names.js';
import { shellQuote } from '../../src/judge/shell-quote.js';

// The judge is pure: these environments are data as the probe reports it (the probe itself is
// tested against real interpreters in __tests__/probes).
const LINUX_311 = {
  implementation_name: 'cpython', implementation_version: '3.11.7', os_name: 'posix', platform_machine: 'x86_64',
  platform_release: '6.1.0', platform_system: 'Linux', platform_version: '#1 SMP', python_full_version: '3.11.7',
  platform_python_implementation: 'CPython', python_version: '3.11', sys_platform: 'linux',
};

function distribution(name: string, version: string, importNames: string[], extra: Partial<PythonDistribution> = {}): PythonDistribution {
  return { name, canonicalName: name.toLowerCase().replace(/[-_.]+/g, '-'), version, importNames, editable: false, location: '/venv/lib/python3.11/site-packages', ...extra };
}

const environment: PythonEnvironment = {
  requested: '/venv/bin/python', requestedFrom: 'input', executable: '/venv/bin/python', version: '3.11.7', prefix: '/venv', markers: LINUX_311,
  distributions: [
    distribution('SQLAlchemy', '2.0.54', ['sqlalchemy']),
    distribution('Flask', '3.1.3', ['flask']),
    distribution('psycopg2-binary', '2.9.13', ['psycopg2', 'psycopg2_binary.libs']),
    distribution('acme-broken', '1.0', ['acme_broken']),
    distribution('PyYAML', '6.0.3', []),
    distribution('oddname', '0.1', []),
    distribution('local-tool', '0.3', ['local_tool'], { directUrl: { url: 'file:///work/app/tools/local-tool', editable: true } }),
    distribution('types-requests', '2.31.0.1', ['requests-stubs']),
    distribution('mylib', '2.0rc1', ['mylib']),
  ],
};

let nextLine = 1;
function requirement(name: string, specifier = '', extra: Partial<PythonRequirement> = {}): PythonRequirement {
  return {
    ecosystem: 'python', name, canonicalName: name.toLowerCase().replace(/[-_.]+/g, '-'), extras: [], specifier,
    source: { file: 'requirements.txt', line: nextLine++, column: 1 }, ...extra,
  };
}

describe('assessPython', () => {
  test('matches by PEP 503 name and checks the specifier with installed pre-releases as candidates', () => {
    nextLine = 1;
    const states = assessPython(
      [
        requirement('sqlalchemy', '>=2.1'),
        requirement('Flask', '>=3.0'),
        requirement('PSYCOPG2_binary', '>=2.9'),
        requirement('not-here', '>=1'),
        requirement('mylib', '>=1.0'),
        requirement('colorama', '', { marker: 'sys_platform == "win32"' }),
        requirement('pytest', '', { marker: 'extra == "test"' }),
      ],
      environment,
      '/work/app',
    ).map((assessment) => assessment.state);
    expect(states).toEqual(['mismatch', 'installed', 'installed', 'missing', 'installed', 'skipped', 'skipped']);
  });

  test('a nameless path or VCS line is matched through direct_url.json', () => {
    const [matched, unmatched] = assessPython(
      [requirement('', '', { url: './tools/local-tool', editable: true }), requirement('', '', { url: 'git+https://example.com/x.git@v1' })],
      environment,
      '/work/app',
    );
    expect(matched).toMatchObject({ state: 'installed', distribution: { name: 'local-tool' } });
    expect(unmatched.state).toBe('unidentified');
  });
});

describe('withExtrasRequirements', () => {
  const withExtras: PythonEnvironment = {
    ...environment,
    distributions: [
      distribution('SQLAlchemy', '2.0.54', ['sqlalchemy'], {
        extraRequires: ['greenlet>=1; extra == "asyncio"', 'psycopg2>=2.7; extra == "postgresql"', 'pg8000>=1.29.1; extra == "postgresql-pg8000"', 'pywin32; sys_platform == "win32" and extra == "postgresql"'],
      }),
      distribution('psycopg2-binary', '2.9.13', ['psycopg2']),
    ],
  };

  test('SQLAlchemy[postgresql] also requires psycopg2, at the declaring line, only for the selected extra and a true marker', () => {
    nextLine = 2;
    const expanded = withExtrasRequirements([requirement('SQLAlchemy', '>=2.0', { extras: ['PostgreSQL'] })], withExtras);
    expect(expanded.map((r) => [r.name, r.specifier, r.requiredBy, r.source.line])).toEqual([
      ['SQLAlchemy', '>=2.0', undefined, 2],
      ['psycopg2', '>=2.7', 'SQLAlchemy[PostgreSQL]', 2],
    ]);
    const [finding] = judgePython(assessPython(expanded, withExtras, '/w'), withExtras, new Map());
    expect(finding).toMatchObject({ code: 'DG001', name: 'psycopg2', line: 2, required: '>=2.7' });
    expect(finding.message).toBe('psycopg2 is not installed in /venv/bin/python (Python 3.11.7), but SQLAlchemy[PostgreSQL] (requirements.txt:2), through its extra, requires it.');
  });

  test('an extra the installed distribution does not define is a DG101 notice naming the ones it has', () => {
    nextLine = 3;
    const expanded = withExtrasRequirements([requirement('SQLAlchemy', '', { extras: ['postgress'] })], withExtras);
    const findings = judgePython(assessPython(expanded, withExtras, '/w'), withExtras, new Map());
    expect(findings.map((finding) => [finding.code, finding.severity, finding.line])).toEqual([['DG101', 'notice', 3]]);
    expect(findings[0].message).toBe(
      "SQLAlchemy 2.0.54 has no extra 'postgress' (its extras: asyncio, postgresql, postgresql-pg8000), so SQLAlchemy[postgress] (requirements.txt:3) asks for nothing more than SQLAlchemy; pip would warn about it too.",
    );
  });

  test('a package the app declares itself is not added again through an extra', () => {
    nextLine = 1;
    const expanded = withExtrasRequirements([requirement('SQLAlchemy', '', { extras: ['postgresql'] }), requirement('psycopg2', '>=2.9')], withExtras);
    expect(expanded.map((r) => r.name)).toEqual(['SQLAlchemy', 'psycopg2']);
  });
});

describe('pipInstallFix', () => {
  test('an externally managed interpreter (PEP 668) gets a venv first, since pip refuses to install into it', () => {
    expect(pipInstallFix({ ...environment, executable: '/usr/bin/python3', externallyManaged: true }, ['SQLAlchemy>=2.0'])).toBe(
      "/usr/bin/python3 -m venv .venv && .venv/bin/python -m pip install 'SQLAlchemy>=2.0'",
    );
    expect(pipInstallFix(environment, ['SQLAlchemy>=2.0'])).toBe("/venv/bin/python -m pip install 'SQLAlchemy>=2.0'");
  });
});

describe('comparableUrl', () => {
  test('brings requirement URLs to the PEP 610 form', () => {
    expect(comparableUrl('git+https://github.com/org/repo.git@v1.2#egg=repo', '/x')).toBe('https://github.com/org/repo.git');
    expect(comparableUrl('git+ssh://git@github.com/org/repo.git', '/x')).toBe('ssh://git@github.com/org/repo.git');
    expect(comparableUrl('./pkg/', '/work/app')).toBe('file:///work/app/pkg');
    expect(comparableUrl('https://example.com/pkg-1.0.tar.gz#sha256=abc', '/x')).toBe('https://example.com/pkg-1.0.tar.gz');
  });
});

describe('import targets', () => {
  test('user import wins, then metadata, then the well-known table, then a guess', () => {
    const pick = (name: string, importName?: string) => {
      const dist = environment.distributions.find((candidate) => candidate.name === name)!;
      return chooseImportTarget(requirement(name, '', { importName }), dist);
    };
    expect(pick('psycopg2-binary', 'psycopg2.extras')).toEqual({ module: 'psycopg2.extras', origin: 'declared' });
    expect(pick('psycopg2-binary')).toEqual({ module: 'psycopg2', origin: 'metadata' });
    expect(pick('PyYAML')).toEqual({ module: 'yaml', origin: 'well-known' });
    expect(pick('oddname')).toEqual({ module: 'oddname', origin: 'guessed' });
    expect(pick('types-requests')).toBeUndefined();
  });
});

describe('judgePython', () => {
  const judge = (requirements: PythonRequirement[], imports?: ImportResult[]) => {
    const assessments = assessPython(requirements, environment, '/work/app');
    return judgePython(assessments, environment, imports && new Map(imports.map((result) => [result.module, result])));
  };

  test('reports SQLAlchemy 2.0.54 as DG002 at its line, with a fix for the probed interpreter', () => {
    nextLine = 3;
    const [finding] = judge([requirement('SQLAlchemy', '>=2.1')], []);
    expect(finding).toEqual({
      code: 'DG002', kind: 'version-mismatch', severity: 'error', ecosystem: 'python', name: 'SQLAlchemy', required: '>=2.1', found: '2.0.54',
      file: 'requirements.txt', line: 3, column: 1,
      message: 'SQLAlchemy 2.0.54 is installed in /venv/bin/python (Python 3.11.7), but SQLAlchemy>=2.1 (requirements.txt:3) requires >=2.1.',
      fix: "/venv/bin/python -m pip install 'SQLAlchemy>=2.1'",
      install: ['SQLAlchemy>=2.1'],
    });
  });

  test('a missing package is DG001 and carries the message of depgate.yml', () => {
    nextLine = 4;
    const [finding] = judge([requirement('psycopg2', '>=2.9', { message: 'Postgres driver; without it every query fails' })], []);
    expect(finding).toMatchObject({
      code: 'DG001', name: 'psycopg2', line: 4, required: '>=2.9',
      message: 'psycopg2 is not installed in /venv/bin/python (Python 3.11.7), but psycopg2>=2.9 (requirements.txt:4) requires it. Postgres driver; without it every query fails.',
      fix: "/venv/bin/python -m pip install 'psycopg2>=2.9'",
    });
  });

  test('import results become DG003 (error or crash) and DG004 (timeout) for their package only', () => {
    nextLine = 1;
    const findings = judge(
      [requirement('acme-broken'), requirement('Flask'), requirement('SQLAlchemy'), requirement('psycopg2-binary')],
      [
        { module: 'acme_broken', status: 'error', errorType: 'RuntimeError', errorMessage: 'DATABASE_URL is not set' },
        { module: 'flask', status: 'ok' },
        { module: 'sqlalchemy', status: 'timeout' },
        { module: 'psycopg2', status: 'crashed', errorMessage: 'killed by signal SIGSEGV' },
      ],
    );
    expect(findings.map((finding) => [finding.code, finding.name, finding.line, finding.message])).toEqual([
      ['DG003', 'acme-broken', 1, 'acme-broken 1.0 is installed in /venv/bin/python (Python 3.11.7), but import acme_broken fails: RuntimeError: DATABASE_URL is not set'],
      ['DG004', 'SQLAlchemy', 3, "import sqlalchemy (SQLAlchemy 2.0.54) did not finish in time in /venv/bin/python (Python 3.11.7); a module that blocks at import blocks the app's start too."],
      ['DG003', 'psycopg2-binary', 4, 'psycopg2-binary 2.9.13 is installed in /venv/bin/python (Python 3.11.7), but import psycopg2 fails: the interpreter was killed by signal SIGSEGV'],
    ]);
    expect(findings[0].fix).toBe("/venv/bin/python -c 'import acme_broken'");
  });

  test('a guessed import name is a DG102 notice; a guess that names no module does not become DG003', () => {
    nextLine = 1;
    const imported = judge([requirement('oddname')], [{ module: 'oddname', status: 'ok' }]);
    expect(imported.map((finding) => [finding.code, finding.severity])).toEqual([['DG102', 'notice']]);
    const wrongGuess = judge([requirement('oddname')], [{ module: 'oddname', status: 'error', errorType: 'ModuleNotFoundError', errorMessage: "No module named 'oddname'" }]);
    expect(wrongGuess.map((finding) => finding.code)).toEqual(['DG102']);
    expect(wrongGuess[0].message).toContain("the guessed module 'oddname' does not exist");
  });

  test('a false marker is a DG101 notice naming the interpreter', () => {
    nextLine = 7;
    const [finding] = judge([requirement('colorama', '', { marker: 'sys_platform == "win32"' })], []);
    expect(finding).toMatchObject({ code: 'DG101', severity: 'notice', line: 7 });
    expect(finding.message).toBe('colorama (requirements.txt:7) is skipped: its marker \'sys_platform == "win32"\' is false for /venv/bin/python (Python 3.11.7).');
  });

  test('a constraint (-c) asks for nothing, but bounds the version of what is installed', () => {
    nextLine = 1;
    const findings = judge(
      [requirement('SQLAlchemy', '>=2.1', { constraint: true }), requirement('not-here', '>=1', { constraint: true }), requirement('Flask', '<4', { constraint: true })],
      [],
    );
    expect(findings.map((finding) => [finding.code, finding.name, finding.line, finding.message])).toEqual([
      ['DG002', 'SQLAlchemy', 1, 'SQLAlchemy 2.0.54 is installed in /venv/bin/python (Python 3.11.7), but SQLAlchemy>=2.1 (requirements.txt:1) constrains it to >=2.1.'],
    ]);
  });

  test('import probes turned off: installed packages give no finding', () => {
    expect(judge([requirement('acme-broken')], undefined)).toEqual([]);
  });

  test('modulesToImport lists each module once, only for installed and satisfied requirements', () => {
    const assessments = assessPython([requirement('Flask'), requirement('flask', '>=3'), requirement('SQLAlchemy', '>=9'), requirement('PyYAML')], environment, '/w');
    expect(modulesToImport(assessments)).toEqual(['flask', 'yaml']);
  });
});

describe('buildReport', () => {
  const base = {
    mode: 'enforce' as const, checked: 3, sources: ['requirements.txt'],
    environment: { python: { requested: 'python3', requestedFrom: 'default', executable: '/usr/bin/python3', version: '3.11.2', prefix: '/usr' } },
    installCommands: { python: ['/usr/bin/python3', '-m', 'pip', 'install'] },
  };
  const finding = (code: 'DG001' | 'DG002' | 'DG100' | 'DG101', name: string, line: number, install?: string[]) => ({
    code, kind: 'k', severity: (code === 'DG101' ? 'notice' : 'error') as 'notice' | 'error', ecosystem: (code === 'DG100' ? 'depgate' : 'python') as 'python', name, file: 'requirements.txt', line, column: 1, message: 'm', install,
  });

  test('sorts by severity then line, counts, and builds one combined fix line', () => {
    const report = buildReport({ ...base, ignore: [], findings: [finding('DG101', 'c', 1), finding('DG001', 'psycopg2', 4, ['psycopg2>=2.9']), finding('DG002', 'SQLAlchemy', 3, ['SQLAlchemy>=2.0'])] });
    expect(report.findings.map((f) => f.name)).toEqual(['SQLAlchemy', 'psycopg2', 'c']);
    expect(report.counts).toEqual({ error: 2, warning: 0, notice: 1, ignored: 0 });
    expect(report.fixes).toEqual([{ ecosystem: 'python', command: "/usr/bin/python3 -m pip install 'SQLAlchemy>=2.0' 'psycopg2>=2.9'" }]);
    expect(report.passed).toBe(false);
  });

  test('ignore matches code and PEP 503 name, keeps the finding with its reason, and passes the gate', () => {
    const report = buildReport({ ...base, findings: [finding('DG002', 'URLLib3', 2, ['urllib3<2'])], ignore: [{ code: 'DG002', name: 'urllib3', reason: 'pinned by boto', source: { file: 'depgate.yml', line: 1, column: 1 } }] });
    expect(report.findings[0].ignored).toEqual({ reason: 'pinned by boto' });
    expect([report.passed, report.counts.ignored, report.counts.error, report.fixes]).toEqual([true, 1, 0, []]);
  });

  test('ignore compares non-Python names as written: npm packages, variables, files', () => {
    const rule = (code: 'DG001', name: string) => ({ code, name, reason: 'r', source: { file: 'depgate.yml', line: 1, column: 1 } });
    const nodeFinding = { ...finding('DG001', 'socket.io', 1), ecosystem: 'node' as const };
    expect(buildReport({ ...base, findings: [nodeFinding], ignore: [rule('DG001', 'socket.io')] }).passed).toBe(true);
    expect(buildReport({ ...base, findings: [nodeFinding], ignore: [rule('DG001', 'socket-io')] }).passed).toBe(false);
  });

  test('warn mode passes with errors, but a DG100 still blocks', () => {
    expect(buildReport({ ...base, mode: 'warn', ignore: [], findings: [finding('DG001', 'x', 1)] }).passed).toBe(true);
    expect(buildReport({ ...base, mode: 'warn', ignore: [], findings: [finding('DG100', 'x', 1)] }).passed).toBe(false);
  });
});

describe('shellQuote', () => {
  test('quotes what a POSIX shell would interpret', () => {
    expect(['/venv/bin/python', 'SQLAlchemy==2.0', 'SQLAlchemy>=2.0', "it's", 'a b', 'x[y]'].map(shellQuote)).toEqual([
      '/venv/bin/python', 'SQLAlchemy==2.0', "'SQLAlchemy>=2.0'", "'it'\\''s'", "'a b'", "'x[y]'",
    ]);
  });
});
