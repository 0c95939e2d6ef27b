import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePipfile } from '../../src/manifests/pipfile.js';
import type { PythonRequirement, RuntimeConstraint, SpecProblem } from '../../src/model.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/pipfile/', import.meta.url));
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`, 'utf8');

const parse = (text: string) => parsePipfile(text, 'Pipfile');

/** Every field a requirement carries, in one row. */
const rows = (requirements: PythonRequirement[]) =>
  requirements.map((r) => [r.name, r.extras, r.specifier, r.url ?? null, r.editable ?? null, r.marker ?? null, r.selector ?? null, r.source.line, r.source.column]);

const problemRows = (problems: SpecProblem[]) => problems.map((p) => [p.code, p.message, p.source?.line, p.source?.column, p.subject]);

const runtimeRows = (runtime: RuntimeConstraint[] | undefined) => (runtime ?? []).map((r) => [r.specifier, r.origin, r.source.line, r.source.column]);

const DEV = { kind: 'group', name: 'dev' };
const DOCS = { kind: 'group', name: 'docs' };

describe('a real project Pipfile', () => {
  const result = parsePipfile(fixture('Pipfile'), 'web/Pipfile');

  test('converts every [packages] entry the way pipenv builds its pip line', () => {
    expect(rows(result.requirements.filter((r) => !r.selector))).toEqual([
      ['django', [], '==4.2.11', null, false, null, null, 12, 1],
      ['djangorestframework', [], '', null, false, null, null, 13, 1],
      ['psycopg', ['binary', 'pool'], '<3.2,>=3.1', null, false, null, null, 14, 1],
      ['celery', ['redis'], '~=5.3', null, false, null, null, 15, 1],
      // a bare version means ==
      ['gunicorn', [], '==21.2.0', null, false, null, null, 16, 1],
      ['zope.interface', [], '>=6', null, false, null, null, 17, 1],
      ['torch', [], '==2.2.1', null, false, null, null, 18, 1],
      // marker keys: `sys_platform = "== 'win32'"` is the marker sys_platform == 'win32'
      ['pywinusb', [], '', null, false, 'sys_platform == "win32"', null, 19, 1],
      ['unittest2', [], '<3.0,>=1.0', null, false, 'python_version < "2.7.9" or (python_version >= "3.0" and python_version < "3.4")', null, 20, 1],
      ['uvloop', [], '', null, false, 'platform_python_implementation == "CPython" and sys_platform != "win32"', null, 21, 1],
      ['requests', [], '', 'git+https://github.com/psf/requests.git@v2.31.0', true, null, null, 22, 1],
      ['acme-core', [], '', './libs/acme-core', true, null, null, 23, 1],
      ['acme-billing', [], '', 'https://files.example.com/acme_billing-1.4.0-py3-none-any.whl', false, null, null, 24, 1],
    ]);
  });

  test('[dev-packages] is the group dev; a custom category is a group of its own name', () => {
    expect(rows(result.requirements.filter((r) => r.selector))).toEqual([
      ['pytest', [], '>=8', null, false, null, DEV, 27, 1],
      ['black', [], '==24.2.0', null, false, null, DEV, 28, 1],
      ['django-debug-toolbar', [], '', null, false, null, DEV, 29, 1],
      ['Sphinx', [], '~=7.2', null, false, null, DOCS, 32, 1],
      ['furo', [], '', null, false, null, DOCS, 33, 1],
    ]);
  });

  test('each requirement is a full PythonRequirement in the file it came from', () => {
    expect(result.requirements.find((r) => r.name === 'zope.interface')).toEqual({
      ecosystem: 'python',
      name: 'zope.interface',
      canonicalName: 'zope-interface',
      extras: [],
      specifier: '>=6',
      editable: false,
      source: { file: 'web/Pipfile', line: 17, column: 1 },
    });
  });

  test('[requires] python_version = "3.11" is the runtime constraint ==3.11.*', () => {
    expect(result.runtime).toEqual([
      { ecosystem: 'python', runtime: 'python', specifier: '==3.11.*', origin: 'Pipfile [requires]', source: { file: 'web/Pipfile', line: 42, column: 1 } },
    ]);
  });

  test('[[source]], [scripts] and [pipenv] are not packages; nothing is reported', () => {
    expect(result.problems).toEqual([]);
    expect(result.files).toEqual(['web/Pipfile']);
  });
});

describe('bad input', () => {
  test('a TOML syntax error is one DG100 at its line and column', () => {
    expect(parsePipfile(fixture('syntax-error.Pipfile'), 'Pipfile')).toEqual({
      requirements: [],
      runtime: [],
      files: ['Pipfile'],
      problems: [
        {
          code: 'DG100',
          message: 'Pipfile: TOML syntax error at line 3, column 9: invalid value; quote the version constraint: ">=2.0"',
          source: { file: 'Pipfile', line: 3, column: 9 },
          subject: 'Pipfile',
        },
      ],
    });
  });

  const result = parsePipfile(fixture('broken.Pipfile'), 'Pipfile');
  const KEYS_PIPENV_READS =
    '(pipenv reads version, extras, markers, editable, index, path, file, git/hg/svn/bzr with ref and subdirectory, and PEP 508 marker names such as sys_platform)';

  test('an unknown key names the closest valid key, at the key; wrong values are DG100 at theirs', () => {
    expect(problemRows(result.problems)).toEqual([
      ['DG100', `flask: "extra" is not a key pipenv accepts in a package entry: did you mean "extras"? ${KEYS_PIPENV_READS}`, 3, 29, 'flask'],
      ['DG100', `celery: "verison" is not a key pipenv accepts in a package entry: did you mean "version"? ${KEYS_PIPENV_READS}`, 4, 11, 'celery'],
      [
        'DG100',
        'numpy in [packages]: "=>1.26" does not start with a version operator pipenv knows (did you mean ">=1.26"?); pipenv would install "numpy===>1.26", which no release matches',
        5,
        1,
        'numpy',
      ],
      ['DG100', 'pandas in [packages] must be a version string ("*", "==1.2", ">=1,<2") or a table ({version = "...", extras = [...]})', 6, 1, 'pandas'],
      [
        'DG100',
        `redis: sys_platform = "win32" is not a valid PEP 508 marker (sys_platform win32): expected a comparison operator (==, !=, <, <=, >, >=, ~=, ===, in, not in) after 'sys_platform', found 'win32'`,
        7,
        25,
        'redis',
      ],
      ['DG101', '[requires] python_versoin is not read by pipenv: did you mean "python_version"?', 13, 1, 'python_versoin'],
    ]);
  });

  test('the rest of the file is still read', () => {
    expect(rows(result.requirements)).toEqual([
      ['requests', [], '', null, false, null, null, 2, 1],
      ['flask', [], '>=2.0', null, false, null, null, 3, 1],
      ['celery', [], '', null, false, null, null, 4, 1],
      ['pytest', [], '', null, false, null, DEV, 10, 1],
    ]);
    expect(result.runtime).toEqual([]);
  });

  test('wrongly typed keys and a package table that is not a table', () => {
    const { requirements, problems } = parse(
      '[packages]\na = {version = 2}\nb = {extras = "socks"}\nc = {editable = "yes", path = "."}\n"bad name!" = {path = "."}\n[dev-packages]\nd = "*"\n[extra]\n',
    );
    expect(requirements.map((r) => r.name)).toEqual(['d']);
    expect(problemRows(problems)).toEqual([
      ['DG100', 'a: version must be a string, such as version = ">=2.0"', 2, 6, 'a'],
      ['DG100', 'b: extras must be a list of strings, such as extras = ["socks"]', 3, 6, 'b'],
      ['DG100', 'c: editable must be true or false', 4, 6, 'c'],
      ['DG100', '"bad name!" in [packages] is not a valid distribution name (PEP 508: letters, digits, and . _ - between them)', 5, 1, 'bad name!'],
    ]);
    // `[extra]` is an empty custom category, which declares nothing.
    expect(parse('extra = "x"\n').problems.map((p) => p.message)).toEqual(['[extra] must be a table of packages, such as requests = "*"']);
  });

  test('an unquoted dotted name is read by TOML as a table: the DG100 says to quote it', () => {
    expect(problemRows(parse('[packages]\nzope.interface = ">=6"\n').problems)).toEqual([
      [
        'DG100',
        `zope: "interface" is not a key pipenv accepts in a package entry: if the package is named zope.interface, quote its name ("zope.interface" = ">=6"), since TOML reads an unquoted dot as a nested table ${KEYS_PIPENV_READS}`,
        2,
        6,
        'zope',
      ],
    ]);
  });

  test('a name pip cannot read is a DG100 at the name, a bad version at the version key', () => {
    expect(problemRows(parse('[packages]\n"-x" = "*"\ny = {version = ">=1.0,<"}\n').problems).map((row) => row.slice(2))).toEqual([
      [2, 1, '-x'],
      [3, 6, 'y'],
    ]);
  });
});

describe("pipenv's value forms", () => {
  test('"*", "", "==*" and a version in parentheses', () => {
    expect(rows(parse('[packages]\na = "*"\nb = ""\nc = "==*"\nd = "(>=1.0)"\n').requirements).map((r) => [r[0], r[2]])).toEqual([
      ['a', ''],
      ['b', ''],
      ['c', ''],
      ['d', '>=1.0'],
    ]);
  });

  test('a bare TOML number is the version as written, trailing zeros kept', () => {
    expect(rows(parse('[packages]\ndjango = 4.20\nsix = 1\n').requirements).map((r) => [r[0], r[2]])).toEqual([
      ['django', '==4.20'],
      ['six', '==1'],
    ]);
  });

  test('VCS entries: ref in the URL, subdirectory, non-editable git, and a git+ string', () => {
    const { requirements, problems } = parse(
      [
        '[packages]',
        'a = {git = "https://github.com/acme/a.git@main"}',
        'b = {git = "git+ssh://git@github.com/acme/b.git", ref = "v2", subdirectory = "python", extras = ["x"]}',
        'c = {hg = "https://hg.example.com/c"}',
        'd = "git+https://github.com/acme/d.git"',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(requirements.map((r) => [r.name, r.url, r.extras, r.editable])).toEqual([
      ['a', 'git+https://github.com/acme/a.git@main', [], false],
      ['b', 'git+ssh://git@github.com/acme/b.git@v2#subdirectory=python', ['x'], false],
      ['c', 'hg+https://hg.example.com/c', [], false],
      ['d', 'git+https://github.com/acme/d.git', [], false],
    ]);
  });

  test('markers, os_markers and every marker key are joined with "and", sorted as pipenv sorts them', () => {
    const [requirement] = parse(
      '[packages]\na = {version = "*", python_version = ">= \'3.9\'", os_name = "== \'posix\'", markers = "platform_machine == \'x86_64\' or platform_machine == \'aarch64\'"}\n',
    ).requirements;
    expect(requirement.marker).toBe('(platform_machine == "x86_64" or platform_machine == "aarch64") and os_name == "posix" and python_version >= "3.9"');
  });

  test('index, hashes and no_binary are accepted and change nothing depgate checks', () => {
    const { requirements, problems } = parse('[packages]\ntorch = {version = "==2.2.1", index = "pytorch", hashes = [], no_binary = true}\n');
    expect(problems).toEqual([]);
    expect(rows(requirements)).toEqual([['torch', [], '==2.2.1', null, false, null, null, 2, 1]]);
  });
});

describe('[requires]', () => {
  test.each([
    ['python_version = "3.11"', '==3.11.*'],
    ['python_version = "3"', '==3.*'],
    ['python_full_version = "3.11.4"', '==3.11.4'],
    ['python_version = ">=3.10"', '>=3.10'],
    ['python_version = "3.10"\npython_full_version = "3.10.12"', '==3.10.12'],
  ])('%s → %s', (requires, specifier) => {
    const { runtime, problems } = parse(`[requires]\n${requires}\n`);
    expect(problems).toEqual([]);
    expect(runtime?.map((r) => r.specifier)).toEqual([specifier]);
  });

  test('the full version wins and stands at its own line', () => {
    expect(runtimeRows(parse('[requires]\npython_version = "3.10"\npython_full_version = "3.10.12"\n').runtime)).toEqual([
      ['==3.10.12', 'Pipfile [requires]', 3, 1],
    ]);
  });

  test('"*" asks for no version; a value that is no version is a DG100', () => {
    expect(parse('[requires]\npython_version = "*"\n').runtime).toEqual([]);
    expect(problemRows(parse('[requires]\npython_version = "three"\n').problems).map((row) => [row[0], row[2], row[3]])).toEqual([['DG100', 2, 1]]);
    expect(problemRows(parse('[requires]\npython_version = 3.11\n').problems)).toEqual([
      ['DG100', 'python_version must be a string, such as python_version = "3.11"', 2, 1, 'python_version'],
    ]);
  });
});
