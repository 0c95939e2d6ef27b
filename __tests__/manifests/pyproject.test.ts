import { describe, test, expect } from '@jest/globals';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parsePyprojectText, parsePyprojectToml } from '../../src/manifests/pyproject.js';
import type { PythonRequirement } from '../../src/model.js';

const FIXTURES = '__tests__/fixtures/pyproject';
const fixture = (name: string): string => `${FIXTURES}/${name}/pyproject.toml`;

/** One requirement as a row: what it asks for, when, and where it is declared. */
function row(requirement: PythonRequirement) {
  return {
    name: requirement.name,
    specifier: requirement.specifier,
    marker: requirement.marker ?? null,
    selector: requirement.selector ? `${requirement.selector.kind}:${requirement.selector.name}` : null,
    url: requirement.url ?? null,
    editable: requirement.editable ?? false,
    extras: requirement.extras,
    at: `${requirement.source.line}:${requirement.source.column}`,
  };
}

type Row = ReturnType<typeof row>;
const r = (name: string, specifier: string, at: string, more: Partial<Row> = {}): Row => ({
  name,
  specifier,
  marker: null,
  selector: null,
  url: null,
  editable: false,
  extras: [],
  at,
  ...more,
});

async function read(name: string) {
  const result = await parsePyprojectToml(fixture(name), process.cwd());
  for (const requirement of result.requirements) {
    expect(requirement.source.file).toBe(fixture(name));
    expect(requirement.ecosystem).toBe('python');
  }
  return result;
}

describe('PEP 621 project with extras and PEP 735 dependency groups', () => {
  test('reads every dependency, extra and group (includes expanded) at the name inside its string', async () => {
    const result = await read('pep621');
    expect(result.requirements.map(row)).toEqual([
      r('fastapi', '<1,>=0.115', '13:6', { extras: ['standard'] }),
      r('SQLAlchemy', '~=2.0.36', '14:6', { extras: ['asyncio'] }),
      r('psycopg2-binary', '>=2.9', '15:6', { marker: 'sys_platform == "linux"' }),
      r('tomli', '>=2.0.1', '16:6', { marker: 'python_version < "3.11"' }),
      r('shop-common', '', '17:6', { url: 'git+https://github.com/acme/shop-common.git@v1.2.0' }),
      r('redis', '>=5.0', '21:11', { selector: 'extra:redis', extras: ['hiredis'] }),
      r('boto3', '>=1.34', '23:6', { selector: 'extra:s3-storage' }),
      r('botocore', '>=1.34', '24:6', { selector: 'extra:s3-storage' }),
      r('pytest', '>=8.3', '32:6', { selector: 'group:test' }),
      r('pytest-asyncio', '>=0.24', '33:6', { selector: 'group:test' }),
      r('ruff', '==0.8.4', '35:10', { selector: 'group:lint' }),
      r('mypy', '>=1.13', '35:25', { selector: 'group:lint' }),
      // "Dev" includes test and lint: their entries again, labelled with the including group
      r('pytest', '>=8.3', '32:6', { selector: 'group:dev' }),
      r('pytest-asyncio', '>=0.24', '33:6', { selector: 'group:dev' }),
      r('ruff', '==0.8.4', '35:10', { selector: 'group:dev' }),
      r('mypy', '>=1.13', '35:25', { selector: 'group:dev' }),
      r('ipython', '', '39:6', { selector: 'group:dev' }),
    ]);
    expect(result.requirements.map((requirement) => requirement.canonicalName).slice(0, 3)).toEqual(['fastapi', 'sqlalchemy', 'psycopg2-binary']);
  });

  test('reports requires-python as a runtime constraint at its key', async () => {
    const result = await read('pep621');
    expect(result.runtime).toEqual([
      { ecosystem: 'python', specifier: '>=3.10,<3.14', origin: 'requires-python', source: { file: fixture('pep621'), line: 10, column: 1 } },
    ]);
    expect(result.problems).toEqual([]);
    expect(result.files).toEqual([fixture('pep621')]);
  });
});

describe('Poetry 1.x project', () => {
  test('converts constraints, table forms, multiple constraints, extras and groups', async () => {
    const result = await read('poetry1');
    expect(result.requirements.map(row)).toEqual([
      r('Django', '>=4.2.7,<5.0.0', '10:1'),
      r('celery', '>=5.3,<5.4', '11:1', { extras: ['msgpack', 'redis'] }),
      r('requests', '==2.31.0', '12:1'),
      // optional: one requirement per tool.poetry.extras entry that lists it
      r('pendulum', '>=3.0,<4.0', '13:1', { selector: 'extra:dates' }),
      r('pendulum', '>=3.0,<4.0', '13:1', { selector: 'extra:postgres' }),
      r('psycopg', '>=3.1,<3.3', '14:1', { selector: 'extra:postgres', extras: ['binary'] }),
      r('orjson', '>=3.9,<4.0', '15:1', { marker: 'platform_python_implementation == "CPython"' }),
      r('tomli', '>=2.0.1,<3.0.0', '16:1', { marker: 'python_version < "3.11"' }),
      r('uvloop', '>=0.19,<0.20', '17:1', { marker: 'sys_platform == "linux" or sys_platform == "darwin"' }),
      r('numpy', '>=1.24,<1.25', '19:5', { marker: 'python_version >= "3.8" and python_version < "3.9"' }),
      r('numpy', '>=1.26,<2.0', '20:5', { marker: 'python_version >= "3.9"' }),
      r('billing-core', '', '22:1', { url: '../billing-core', editable: true }),
      r('acme-auth', '', '23:1', { url: 'git+https://github.com/acme/auth.git@v2.1.0' }),
      r('legacy-pdf', '', '24:1', { url: 'https://files.acme.test/legacy_pdf-1.0-py3-none-any.whl' }),
      r('six', '', '25:1'),
      r('attrs', '>=22.2,<23.0 || >=23.1,<24.0', '26:1'),
      r('pytest', '>=7.4,<8.0', '33:1', { selector: 'group:test' }),
      r('pytest-django', '>=4.5,<5.0', '34:1', { selector: 'group:test' }),
      r('mkdocs', '>=1.5,<2.0', '40:1', { selector: 'group:docs' }),
      r('black', '==23.10b0', '42:37', {
        selector: 'group:dev',
        marker: 'platform_python_implementation == "CPython" and python_version >= "3.8" and python_version < "4.0"',
      }),
      r('ipdb', '>=0.13,<0.14', '49:1', { selector: 'group:dev' }),
    ]);
    expect(result.problems).toEqual([]);
  });

  test("reports Poetry's python as a runtime constraint", async () => {
    const result = await read('poetry1');
    expect(result.runtime).toEqual([
      { ecosystem: 'python', specifier: '>=3.9,<4.0', origin: "Poetry's python", source: { file: fixture('poetry1'), line: 9, column: 1 } },
    ]);
  });
});

describe('Poetry 2 project with [project] and [tool.poetry]', () => {
  test('takes [project] dependencies, enriched by tool.poetry entries of the same name', async () => {
    const result = await read('poetry2');
    expect(result.requirements.map(row)).toEqual([
      r('pandas', '<3.0,>=2.1', '7:6'),
      r('requests', '>=2.28,>=2.31,<3.0', '8:6'),
      r('reports-core', '', '9:6', { url: '../reports-core', editable: true }),
      // the documented "exclusive extras" example: each torch keeps only the entry its marker allows
      r('torch', '==2.3.1+cpu', '10:6', { marker: 'extra != "cuda"' }),
      r('torch', '==2.3.1+cu118', '14:10', { selector: 'extra:cuda' }),
      r('pytest', '>=8', '35:10', { selector: 'group:test' }),
      r('coverage', '>=7.4,>=7.5,<8.0', '35:23', { selector: 'group:test', extras: ['toml'] }),
    ]);
  });

  test('says that a tool.poetry dependency [project] or [dependency-groups] does not name is not checked', async () => {
    const result = await read('poetry2');
    expect(result.problems).toEqual([
      {
        code: 'DG101',
        message:
          'tool.poetry.dependencies.httpx is not checked: with [project] dependencies, Poetry 2 uses tool.poetry.dependencies only to refine the dependencies [project] names; add it to project.dependencies',
        source: { file: fixture('poetry2'), line: 27, column: 1 },
        subject: 'httpx',
      },
      {
        code: 'DG101',
        message:
          'tool.poetry.group.test.dependencies.hypothesis is not checked: group "test" is also in [dependency-groups], so Poetry uses tool.poetry.group.test only to refine what [dependency-groups] names; add it there',
        source: { file: fixture('poetry2'), line: 39, column: 1 },
        subject: 'hypothesis',
      },
    ]);
  });

  test('reads both requires-python and the python Poetry locks for', async () => {
    const result = await read('poetry2');
    expect(result.runtime).toEqual([
      { ecosystem: 'python', specifier: '>=3.10', origin: 'requires-python', source: { file: fixture('poetry2'), line: 5, column: 1 } },
      { ecosystem: 'python', specifier: '>=3.10,<3.13', origin: "Poetry's python", source: { file: fixture('poetry2'), line: 20, column: 1 } },
    ]);
  });

  test('with dependencies in project.dynamic and only optional ones in [project], tool.poetry gives the main ones', () => {
    const text = [
      '[project]', // 1
      'name = "x"', // 2
      'dynamic = ["dependencies"]', // 3
      '[project.optional-dependencies]', // 4
      'pdf = ["weasyprint>=60"]', // 5
      '[tool.poetry.dependencies]', // 6
      'requests = "^2.31"', // 7
      'weasyprint = { version = "^61", optional = true }', // 8
    ].join('\n');
    const result = parsePyprojectText(text, 'pyproject.toml');
    expect(result.requirements.map(row)).toEqual([
      r('weasyprint', '>=60,>=61,<62', '5:9', { selector: 'extra:pdf' }),
      r('requests', '>=2.31,<3.0', '7:1'),
    ]);
    expect(result.problems).toEqual([]);
  });

  test('a [project] whose only dependency is broken still makes tool.poetry.dependencies a refinement', () => {
    const text = '[project]\nname = "x"\ndependencies = [42]\n[tool.poetry.dependencies]\nrequests = [{ version = "^2", python = "<3.12" }, { version = "^3", python = ">=3.12" }]\n';
    const result = parsePyprojectText(text, 'pyproject.toml');
    expect(result.requirements).toEqual([]);
    expect(result.problems.map((problem) => [problem.code, `${problem.source?.line}:${problem.source?.column}`, problem.subject])).toEqual([
      ['DG100', '3:17', 'project.dependencies[0]'],
      ['DG101', '5:1', 'requests'],
    ]);
  });
});

describe('uv project', () => {
  test('reads uv dev-dependencies as group dev and gives git and path sources their location', async () => {
    const result = await read('uv');
    expect(result.requirements.map(row)).toEqual([
      r('httpx', '>=0.27', '6:6'),
      r('ingest-models', '', '7:6'), // a workspace member: no single location
      r('pydantic-settings', '>=2.3', '8:6', { url: 'git+https://github.com/pydantic/pydantic-settings@a1b2c3d' }),
      r('vendored-parser', '', '9:6', { url: 'vendor/parser', editable: true }),
      r('polars', '>=1.0', '10:6'), // sources chosen by marker: left as declared
      r('pytest', '>=8.2', '14:9', { selector: 'group:dev' }),
      r('ruff', '>=0.5', '14:24', { selector: 'group:dev' }),
      r('pre-commit', '>=3.7', '18:6', { selector: 'group:dev' }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.runtime?.map((constraint) => constraint.specifier)).toEqual(['>=3.11']);
  });
});

describe('PDM project', () => {
  test('reads PDM dev-dependency groups, with -e entries as editable locations', async () => {
    const result = await read('pdm');
    expect(result.requirements.map(row)).toEqual([
      r('aiosmtplib', '>=3.0', '5:18'),
      r('jinja2', '>=3.1', '5:37'),
      r('pytest', '>=7.4', '12:6', { selector: 'group:test' }),
      r('notifier-testkit', '', '13:9', { selector: 'group:test', url: './packages/notifier-testkit#egg=notifier-testkit', editable: true }),
      r('flake8', '>=7.0', '15:10', { selector: 'group:lint' }),
      r('', '', '16:14', { selector: 'group:local', url: './plugins/sms', editable: true }),
      r('notifier-email', '', '16:34', { selector: 'group:local', url: './plugins/email', editable: true }),
    ]);
    expect(result.problems).toEqual([]);
  });
});

describe('bad input', () => {
  test('a TOML syntax error is one DG100 at its line and column', async () => {
    const result = await read('broken-syntax');
    expect(result.requirements).toEqual([]);
    expect(result.problems).toEqual([
      {
        code: 'DG100',
        message:
          "TOML syntax error at line 5, column 5: expected comma or end of structure; separate array items and inline-table entries with ',' and close them with ']' or '}'",
        source: { file: fixture('broken-syntax'), line: 5, column: 5 },
        subject: fixture('broken-syntax'),
      },
    ]);
  });

  test('a bad entry, a bad PEP 508 string and a cyclic or unknown include are DG100s; the rest is read', async () => {
    const result = await read('bad-entries');
    expect(result.requirements.map(row)).toEqual([
      r('requests', '>=2.31', '5:6'),
      r('click', '>=8', '8:6'),
      r('black', '', '15:7', { selector: 'group:a' }),
      r('isort', '', '16:30', { selector: 'group:a' }),
      r('isort', '', '16:30', { selector: 'group:b' }),
    ]);
    const file = fixture('bad-entries');
    expect(result.problems).toEqual([
      { code: 'DG100', message: 'project.dependencies[1] must be a PEP 508 string like "requests>=2.31", not a number', source: { file, line: 6, column: 5 }, subject: 'project.dependencies[1]' },
      {
        code: 'DG100',
        message: `cannot parse "flask>=3.0 extra" in project.dependencies: expected ',' between version specifiers, ';' before a marker, or the end, found 'extra'`,
        source: { file, line: 7, column: 17 },
        subject: 'flask>=3.0 extra',
      },
      {
        code: 'DG100',
        message: 'project.optional-dependencies.docs must be an array of PEP 508 strings like ["requests>=2.31"], not a string',
        source: { file, line: 12, column: 1 },
        subject: 'project.optional-dependencies.docs',
      },
      {
        code: 'DG100',
        message: `project.requires-python ">=3.10,<" is not a PEP 440 specifier set: '<' needs a version after the operator, e.g. <1.0`,
        source: { file, line: 3, column: 1 },
        subject: 'requires-python',
      },
      { code: 'DG100', message: 'dependency group "b" includes itself (a → b → a); remove one of the include-group entries', source: { file, line: 16, column: 6 }, subject: 'b' },
      { code: 'DG100', message: 'include-group "nope" names no group in [dependency-groups]', source: { file, line: 17, column: 7 }, subject: 'nope' },
      {
        code: 'DG100',
        message: 'a table in a dependency group may only hold include-group = "<group>", not "include_group" (did you mean "include-group"?)',
        source: { file, line: 17, column: 33 },
        subject: 'include_group',
      },
    ]);
  });

  test('an unknown or misplaced key in a Poetry table names the valid one; a bad constraint is a DG100 at its entry', async () => {
    const result = await read('bad-poetry');
    const file = fixture('bad-poetry');
    expect(result.requirements).toEqual([]);
    expect(result.problems).toEqual([
      { code: 'DG100', message: 'tool.poetry.dependencies.gunicorn has an unknown key "verison"; did you mean "version"?', source: { file, line: 7, column: 14 }, subject: 'gunicorn' },
      { code: 'DG100', message: 'tool.poetry.dependencies.uvicorn has an unknown key "brnch"; did you mean "branch"?', source: { file, line: 8, column: 32 }, subject: 'uvicorn' },
      {
        code: 'DG100',
        message: 'tool.poetry.dependencies.starlette: "tag" applies only to a git dependency; add git = "...", or remove "tag"',
        source: { file, line: 9, column: 34 },
        subject: 'starlette',
      },
      { code: 'DG100', message: `tool.poetry.dependencies.redis: "^five": 'five' is not a valid version`, source: { file, line: 10, column: 1 }, subject: 'redis' },
      {
        code: 'DG100',
        message: 'tool.poetry.dependencies.boto3 must be a version constraint like "^1.2" or a table like { version = "^1.2", extras = ["x"] }, not a number',
        source: { file, line: 11, column: 1 },
        subject: 'boto3',
      },
    ]);
    expect(result.runtime?.map((constraint) => constraint.specifier)).toEqual(['>=3.10,<4.0']);
  });

  test('more Poetry mistakes: two origins, a version on a git dependency, a bad marker, an unknown extra entry, a bad group key', () => {
    const text = [
      '[tool.poetry.dependencies]', // 1
      'a = { git = "https://x/a.git", path = "../a" }', // 2
      'b = { git = "https://x/b.git", version = "^1" }', // 3
      'c = { version = "^1", markers = "python_version >> \'3.8\'" }', // 4
      'd = { version = "^1", develop = "yes" }', // 5
      'e = []', // 6
      'f = "^1"', // 7
      '[tool.poetry.extras]', // 8
      'all = ["f", "g"]', // 9
      '[tool.poetry.group.test]', // 10
      'optionl = true', // 11
      'dependencies = { pytest = "^8" }', // 12
    ].join('\n');
    const result = parsePyprojectText(text, 'pyproject.toml');
    expect(result.requirements.map(row)).toEqual([r('f', '>=1,<2', '7:1'), r('pytest', '>=8,<9', '12:18', { selector: 'group:test' })]);
    expect(result.problems.map((problem) => [problem.message, `${problem.source?.line}:${problem.source?.column}`])).toEqual([
      ['tool.poetry.dependencies.a has both git and path; a dependency comes from one place: keep one of them', '2:32'],
      ['tool.poetry.dependencies.b: "version" does not apply to a git dependency (the version comes from what the git points at); remove it', '3:32'],
      [`tool.poetry.dependencies.c.markers "python_version >> '3.8'": '>>' is not a marker operator; use one of ==, !=, <, <=, >, >=, ~=, ===, in, not in`, '4:49'],
      ['tool.poetry.dependencies.d.develop must be true or false, not a string', '5:23'],
      ['tool.poetry.dependencies.e is an empty list; give at least one constraint, like "^1.0" or { version = "^1.0", python = ">=3.10" }', '6:1'],
      ['extra "all" lists "g", which is not in tool.poetry.dependencies; add it there (optional = true) or remove it', '9:14'],
      ['tool.poetry.group.test.optionl is not a Poetry group setting (did you mean "optional"?)', '11:1'],
    ]);
  });

  test('a file that is not UTF-8 and a file that is missing are DG100s', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'depgate-pyproject-'));
    await writeFile(path.join(directory, 'pyproject.toml'), Buffer.from([0x5b, 0x70, 0x72, 0x6f, 0x6a, 0x65, 0x63, 0x74, 0x5d, 0x0a, 0xe9, 0x0a]));
    expect(await parsePyprojectToml('pyproject.toml', directory)).toEqual({
      requirements: [],
      problems: [
        { code: 'DG100', message: 'pyproject.toml is not UTF-8 text; TOML files must be saved as UTF-8', source: { file: 'pyproject.toml', line: 1, column: 1 }, subject: 'pyproject.toml' },
      ],
      files: ['pyproject.toml'],
    });
    const missing = await parsePyprojectToml('nested/pyproject.toml', directory);
    expect(missing.problems).toEqual([{ code: 'DG100', message: `nested/pyproject.toml does not exist in ${directory}`, subject: 'nested/pyproject.toml' }]);
  });
});

describe('details', () => {
  test('Poetry include-groups label the included requirements with the including group too', () => {
    const text = [
      '[tool.poetry.group.lint.dependencies]', // 1
      'ruff = "^0.5"', // 2
      '[tool.poetry.group.dev]', // 3
      'include-groups = ["lint", "docs", "Typing"]', // 4
      '[tool.poetry.group.dev.dependencies]', // 5
      'ipython = "*"', // 6
      '[dependency-groups]', // 7
      'typing = ["mypy>=1.10"]', // 8
    ].join('\n');
    const result = parsePyprojectText(text, 'pyproject.toml');
    expect(result.requirements.map(row)).toEqual([
      r('mypy', '>=1.10', '8:12', { selector: 'group:typing' }),
      r('ruff', '>=0.5,<0.6', '2:1', { selector: 'group:lint' }),
      r('ipython', '', '6:1', { selector: 'group:dev' }),
      r('ruff', '>=0.5,<0.6', '2:1', { selector: 'group:dev' }),
      r('mypy', '>=1.10', '8:12', { selector: 'group:dev' }),
    ]);
    expect(result.problems.map((problem) => [problem.message, problem.source?.line, problem.source?.column])).toEqual([
      ['group "dev" includes group "docs", which is not defined', 4, 27],
    ]);
  });

  test('python in a group is ignored, as Poetry does; a git source keeps its subdirectory; a CRLF file with a BOM reads the same', () => {
    const text = '\ufeff[tool.poetry.group.dev.dependencies]\r\npython = "^3.12"\r\nlib = { git = "git@github.com:acme/lib.git", branch = "main", subdirectory = "py", develop = true }\r\n';
    const result = parsePyprojectText(text, 'pyproject.toml');
    expect(result.requirements.map(row)).toEqual([
      r('lib', '', '3:1', { selector: 'group:dev', url: 'git+ssh://git@github.com/acme/lib.git@main#subdirectory=py', editable: true }),
    ]);
    expect(result.runtime).toEqual([]);
  });

  test('a name after an escape or in a multi-line string is placed at the opening quote', () => {
    const result = parsePyprojectText('[project]\ndependencies = ["\\u0020requests>=2", """\nflask""", "\\u0072ich"]\n', 'pyproject.toml');
    // the escape written where the name starts is where the name is written
    expect(result.requirements.map(row)).toEqual([r('requests', '>=2', '2:17'), r('flask', '', '2:38'), r('rich', '', '3:12')]);
  });

  test('a Poetry union in a table version and an invalid distribution name', () => {
    const text = '[tool.poetry.dependencies]\nattrs = { version = "^22.2 || ^23.1", python = "~2.7 || ^3.4" }\n"bad name!" = "^1"\n';
    const result = parsePyprojectText(text, 'pyproject.toml');
    expect(result.requirements.map(row)).toEqual([
      r('attrs', '>=22.2,<23.0 || >=23.1,<24.0', '2:1', {
        marker: '(python_version >= "2.7" and python_version < "2.8") or (python_version >= "3.4" and python_version < "4.0")',
      }),
    ]);
    expect(result.problems.map((problem) => [problem.message, problem.source?.line, problem.source?.column])).toEqual([
      [`"bad name!" is not a valid distribution name (letters, digits, '.', '_' and '-', starting and ending with a letter or digit)`, 3, 1],
    ]);
  });
});
