import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LockPin } from '../../../src/model.js';
import { MAX_MARKER_ALTERNATIVES, parseUvLock } from '../../../src/manifests/lockfiles/uv-lock.js';
import { parseMarker } from '../../../src/versions/pep508.js';

const FIXTURE = readFileSync(fileURLToPath(new URL('../../fixtures/lockfiles/uv/uv.lock', import.meta.url)), 'utf8');
const MAKE_UV_LOCK = fileURLToPath(new URL('../../../bench/make-uv-lock.mjs', import.meta.url));

/** name, version, marker, line, column: everything a pin says. */
const brief = (pins: LockPin[]) => pins.map((pin) => [pin.name, pin.version, pin.marker, pin.source.line, pin.source.column]);

const GREENLET_MARKER =
  "platform_machine == 'AMD64' or platform_machine == 'WIN32' or platform_machine == 'aarch64' or platform_machine == 'amd64' or platform_machine == 'ppc64le' or platform_machine == 'win32' or platform_machine == 'x86_64'";

/** A minimal lock in uv's shape: the project `app` (editable ".") and the given packages. */
function lock(appDependencies: string[], packages: string): string {
  return [
    'version = 1',
    'revision = 3',
    'requires-python = ">=3.9"',
    '',
    '[[package]]',
    'name = "app"',
    'version = "0.1.0"',
    'source = { editable = "." }',
    'dependencies = [',
    ...appDependencies.map((edge) => `    ${edge},`),
    ']',
    '',
    packages,
  ].join('\n');
}

const registryPackage = (name: string, version: string, dependencies: string[] = []) =>
  [
    '[[package]]',
    `name = "${name}"`,
    `version = "${version}"`,
    'source = { registry = "https://pypi.org/simple" }',
    ...(dependencies.length > 0 ? ['dependencies = [', ...dependencies.map((edge) => `    ${edge},`), ']'] : []),
    '',
  ].join('\n');

describe('uv.lock fixture (uv 0.7, revision 3)', () => {
  test('pins what the main dependencies install, each at its [[package]] header, with the markers of the edges that reach it', () => {
    const result = parseUvLock(FIXTURE, 'uv.lock');
    expect(result.problems).toEqual([]);
    expect(result.requirements).toEqual([]);
    expect(result.files).toEqual(['uv.lock']);
    expect(brief(result.pins)).toEqual([
      ['click', '8.1.8', undefined, 9, 1],
      ['colorama', '0.4.6', "sys_platform == 'win32'", 21, 1],
      ['greenlet', '3.2.3', GREENLET_MARKER, 42, 1],
      ['numpy', '2.0.2', "python_full_version < '3.10'", 61, 1],
      ['numpy', '2.2.6', "python_full_version >= '3.10'", 74, 1],
      ['sqlalchemy', '2.0.41', undefined, 164, 1],
      ['typing-extensions', '4.14.0', undefined, 187, 1],
    ]);
  });

  test('fills in every field of a pin', () => {
    const [click, colorama] = parseUvLock(FIXTURE, 'app/uv.lock').pins;
    expect(click).toEqual({ ecosystem: 'python', name: 'click', canonicalName: 'click', version: '8.1.8', source: { file: 'app/uv.lock', line: 9, column: 1 } });
    expect(colorama).toEqual({
      ecosystem: 'python',
      name: 'colorama',
      canonicalName: 'colorama',
      version: '0.4.6',
      marker: "sys_platform == 'win32'",
      source: { file: 'app/uv.lock', line: 21, column: 1 },
    });
  });

  test('adds the dev group and the postgres extra when they are selected', () => {
    const result = parseUvLock(FIXTURE, 'uv.lock', { groups: ['dev'], extras: ['postgres'] });
    expect(result.problems).toEqual([]);
    expect(brief(result.pins)).toEqual([
      ['click', '8.1.8', undefined, 9, 1],
      ['colorama', '0.4.6', "sys_platform == 'win32'", 21, 1],
      ['exceptiongroup', '1.3.0', "python_full_version < '3.11'", 30, 1],
      ['greenlet', '3.2.3', GREENLET_MARKER, 42, 1],
      ['iniconfig', '2.1.0', undefined, 52, 1],
      ['numpy', '2.0.2', "python_full_version < '3.10'", 61, 1],
      ['numpy', '2.2.6', "python_full_version >= '3.10'", 74, 1],
      ['packaging', '25.0', undefined, 87, 1],
      ['pluggy', '1.6.0', undefined, 96, 1],
      ['psycopg2-binary', '2.9.10', undefined, 105, 1],
      ['pytest', '8.4.1', undefined, 114, 1],
      ['sqlalchemy', '2.0.41', undefined, 164, 1],
      ['tomli', '2.2.1', "python_full_version < '3.11'", 178, 1],
      ['typing-extensions', '4.14.0', undefined, 187, 1],
    ]);
  });

  test('selects groups and extras by their normalized names', () => {
    const names = parseUvLock(FIXTURE, 'uv.lock', { groups: ['DEV'], extras: ['Postgres'] }).pins.map((pin) => pin.name);
    expect(names).toContain('pytest');
    expect(names).toContain('psycopg2-binary');
  });

  test('never pins the project itself', () => {
    const pins = parseUvLock(FIXTURE, 'uv.lock', { groups: ['dev'], extras: ['postgres'] }).pins;
    expect(pins.map((pin) => pin.name)).not.toContain('shop');
  });

  test('every marker it carries parses as PEP 508', () => {
    for (const pin of parseUvLock(FIXTURE, 'uv.lock', { groups: ['dev'], extras: ['postgres'] }).pins) {
      if (pin.marker !== undefined) expect(parseMarker(pin.marker)).toMatchObject({ ok: true });
    }
  });
});

describe('markers along the dependency graph', () => {
  test('joins the markers of a path with "and", parenthesising an "or"', () => {
    const text = lock(
      ['{ name = "a", marker = "sys_platform == \'linux\' or sys_platform == \'darwin\'" }'],
      registryPackage('a', '1.0', ['{ name = "b", marker = "python_full_version < \'3.11\'" }']) + '\n' + registryPackage('b', '2.0'),
    );
    const { pins, problems } = parseUvLock(text, 'uv.lock');
    expect(problems).toEqual([]);
    expect(brief(pins)).toEqual([
      ['a', '1.0', "sys_platform == 'linux' or sys_platform == 'darwin'", 13, 1],
      ['b', '2.0', "(sys_platform == 'linux' or sys_platform == 'darwin') and python_full_version < '3.11'", 21, 1],
    ]);
    expect(parseMarker(pins[1].marker!)).toMatchObject({ ok: true });
  });

  test('joins two paths with "or"', () => {
    const text = lock(
      ['{ name = "a", marker = "sys_platform == \'win32\'" }', '{ name = "b", marker = "os_name == \'nt\'" }'],
      [
        registryPackage('a', '1.0', ['{ name = "c", marker = "python_full_version < \'3.11\'" }']),
        registryPackage('b', '1.0', ['{ name = "c" }']),
        registryPackage('c', '3.0'),
      ].join('\n'),
    );
    const c = parseUvLock(text, 'uv.lock').pins.find((pin) => pin.name === 'c');
    expect(c?.marker).toBe("(sys_platform == 'win32' and python_full_version < '3.11') or os_name == 'nt'");
  });

  test('an unconditional path makes the pin unconditional', () => {
    const text = lock(
      ['{ name = "a", marker = "sys_platform == \'win32\'" }', '{ name = "c" }'],
      [registryPackage('a', '1.0', ['{ name = "c" }']), registryPackage('c', '3.0')].join('\n'),
    );
    const c = parseUvLock(text, 'uv.lock').pins.find((pin) => pin.name === 'c');
    expect(c?.marker).toBeUndefined();
  });

  test('a path that repeats the conditions of a shorter one adds nothing', () => {
    const text = lock(
      ['{ name = "a", marker = "sys_platform == \'win32\'" }'],
      [
        registryPackage('a', '1.0', ['{ name = "b", marker = "os_name == \'nt\'" }', '{ name = "c" }']),
        registryPackage('b', '1.0', ['{ name = "c" }']),
        registryPackage('c', '3.0'),
      ].join('\n'),
    );
    const c = parseUvLock(text, 'uv.lock').pins.find((pin) => pin.name === 'c');
    expect(c?.marker).toBe("sys_platform == 'win32'");
  });

  test('follows a dependency cycle to its end', () => {
    const text = lock(
      ['{ name = "a", marker = "sys_platform == \'linux\'" }'],
      [registryPackage('a', '1.0', ['{ name = "b" }']), registryPackage('b', '1.0', ['{ name = "a", marker = "os_name == \'posix\'" }'])].join('\n'),
    );
    const { pins } = parseUvLock(text, 'uv.lock');
    expect(pins.map((pin) => [pin.name, pin.marker])).toEqual([
      ['a', "sys_platform == 'linux'"],
      ['b', "sys_platform == 'linux'"],
    ]);
  });

  test(`past ${MAX_MARKER_ALTERNATIVES} alternative paths, counts the package as always installed`, () => {
    const count = MAX_MARKER_ALTERNATIVES + 1;
    const parents = Array.from({ length: count }, (_, index) => `p${index}`);
    const text = lock(
      parents.map((parent, index) => `{ name = "${parent}", marker = "platform_release == '${index}'" }`),
      [...parents.map((parent) => registryPackage(parent, '1.0', ['{ name = "leaf" }'])), registryPackage('leaf', '9.0')].join('\n'),
    );
    const leaf = parseUvLock(text, 'uv.lock').pins.find((pin) => pin.name === 'leaf');
    expect(leaf).toMatchObject({ version: '9.0' });
    expect(leaf?.marker).toBeUndefined();
    const fewer = lock(
      parents.slice(1).map((parent, index) => `{ name = "${parent}", marker = "platform_release == '${index}'" }`),
      [...parents.slice(1).map((parent) => registryPackage(parent, '1.0', ['{ name = "leaf" }'])), registryPackage('leaf', '9.0')].join('\n'),
    );
    const marker = parseUvLock(fewer, 'uv.lock').pins.find((pin) => pin.name === 'leaf')?.marker;
    expect(marker?.split(' or ')).toHaveLength(MAX_MARKER_ALTERNATIVES);
  });

  test("installs an extra's dependencies when an edge asks for the extra", () => {
    const text = lock(
      ['{ name = "httpx", extra = ["http2"] }'],
      [
        registryPackage('h2', '4.2.0'),
        [
          '[[package]]',
          'name = "httpx"',
          'version = "0.28.1"',
          'source = { registry = "https://pypi.org/simple" }',
          '',
          '[package.optional-dependencies]',
          'http2 = [',
          '    { name = "h2" },',
          ']',
          'socks = [',
          '    { name = "socksio" },',
          ']',
          '',
        ].join('\n'),
        registryPackage('socksio', '1.0.0'),
      ].join('\n'),
    );
    expect(parseUvLock(text, 'uv.lock').pins.map((pin) => pin.name)).toEqual(['h2', 'httpx']);
  });
});

describe('workspaces and locks without a project', () => {
  test('starts from every [manifest] member and pins none of them', () => {
    const text = [
      'version = 1',
      'revision = 3',
      'requires-python = ">=3.12"',
      '',
      '[manifest]',
      'members = ["api", "core"]',
      '',
      '[[package]]',
      'name = "api"',
      'version = "0.1.0"',
      'source = { editable = "packages/api" }',
      'dependencies = [',
      '    { name = "core" },',
      '    { name = "fastapi" },',
      ']',
      '',
      '[[package]]',
      'name = "core"',
      'version = "0.1.0"',
      'source = { editable = "packages/core" }',
      'dependencies = [',
      '    { name = "pydantic" },',
      ']',
      '',
      registryPackage('fastapi', '0.115.12'),
      registryPackage('pydantic', '2.11.7'),
      registryPackage('unreached', '1.0'),
      '[[package]]',
      'name = "workspace"',
      'source = { virtual = "." }',
    ].join('\n');
    const { pins, problems } = parseUvLock(text, 'uv.lock');
    expect(problems).toEqual([]);
    expect(brief(pins)).toEqual([
      ['fastapi', '0.115.12', undefined, 25, 1],
      ['pydantic', '2.11.7', undefined, 30, 1],
    ]);
  });

  test('starts from [manifest] requirements when the lock has no project (uv lock --script)', () => {
    const text = [
      'version = 1',
      'revision = 3',
      'requires-python = ">=3.11"',
      '',
      '[manifest]',
      'requirements = [',
      '    { name = "rich" },',
      '    { name = "colorama", marker = "sys_platform == \'win32\'" },',
      ']',
      '',
      registryPackage('colorama', '0.4.6'),
      registryPackage('rich', '14.0.0'),
      registryPackage('unreached', '1.0'),
    ].join('\n');
    expect(brief(parseUvLock(text, 'uv.lock').pins)).toEqual([
      ['colorama', '0.4.6', "sys_platform == 'win32'", 11, 1],
      ['rich', '14.0.0', undefined, 16, 1],
    ]);
  });

  test('with no project to start from, pins every package with its resolution-markers', () => {
    const text = [
      'version = 1',
      'requires-python = ">=3.9"',
      '',
      registryPackage('idna', '3.10'),
      '[[package]]',
      'name = "numpy"',
      'version = "2.0.2"',
      'source = { registry = "https://pypi.org/simple" }',
      'resolution-markers = [',
      '    "python_full_version < \'3.10\'",',
      ']',
      '',
      '[[package]]',
      'name = "numpy"',
      'version = "2.2.6"',
      'source = { registry = "https://pypi.org/simple" }',
      'resolution-markers = [',
      '    "python_full_version >= \'3.10\' and sys_platform == \'linux\'",',
      '    "python_full_version >= \'3.10\' and sys_platform != \'linux\'",',
      ']',
    ].join('\n');
    expect(brief(parseUvLock(text, 'uv.lock').pins)).toEqual([
      ['idna', '3.10', undefined, 4, 1],
      ['numpy', '2.0.2', "python_full_version < '3.10'", 9, 1],
      [
        'numpy',
        '2.2.6',
        "(python_full_version >= '3.10' and sys_platform == 'linux') or (python_full_version >= '3.10' and sys_platform != 'linux')",
        17,
        1,
      ],
    ]);
  });

  test('pins a git or path source at its locked version, but not an editable path dependency', () => {
    const text = lock(
      ['{ name = "mylib" }', '{ name = "vendored" }', '{ name = "devtool" }'],
      [
        '[[package]]\nname = "devtool"\nversion = "0.2.0"\nsource = { editable = "../devtool" }\n',
        '[[package]]\nname = "mylib"\nversion = "0.3.0"\nsource = { git = "https://github.com/acme/mylib.git?rev=v0.3.0#8d2000bd470bea693367a5aca1971e070aabb4d1" }\n',
        '[[package]]\nname = "vendored"\nversion = "1.4.0"\nsource = { directory = "vendor/vendored" }\n',
      ].join('\n'),
    );
    expect(brief(parseUvLock(text, 'uv.lock').pins)).toEqual([
      ['mylib', '0.3.0', undefined, 20, 1],
      ['vendored', '1.4.0', undefined, 25, 1],
    ]);
  });
});

describe('bad input', () => {
  test('a TOML syntax error is one DG100 at its line and column', () => {
    const text = 'version = 1\n\n[[package]]\nname = "idna"\nversion = 3.10.1\n';
    const result = parseUvLock(text, 'app/uv.lock');
    expect(result.pins).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'DG100', subject: 'app/uv.lock', source: { file: 'app/uv.lock', line: 5, column: 15 } });
    expect(result.problems[0].message).toMatch(/^app\/uv\.lock cannot be read: TOML syntax error at line 5, column 15: .*regenerate it with `uv lock`$/);
  });

  test('an entry without a version is a DG100 at its header; the other entries still pin', () => {
    const text = lock(
      ['{ name = "idna" }', '{ name = "sniffio" }'],
      ['[[package]]\nname = "idna"\nsource = { registry = "https://pypi.org/simple" }\n', registryPackage('sniffio', '1.3.1')].join('\n'),
    );
    const { pins, problems } = parseUvLock(text, 'uv.lock');
    expect(brief(pins)).toEqual([['sniffio', '1.3.1', undefined, 18, 1]]);
    expect(problems).toEqual([
      {
        code: 'DG100',
        message: 'the [[package]] idna in uv.lock has no "version"; regenerate the file with `uv lock`',
        source: { file: 'uv.lock', line: 14, column: 1 },
        subject: 'idna',
      },
    ]);
  });

  test('an entry without a name, and a version that is not a string, are DG100s at their headers', () => {
    const text = lock(
      ['{ name = "sniffio" }'],
      ['[[package]]\nversion = "1.0"\n', '[[package]]\nname = "idna"\nversion = 3\n', registryPackage('sniffio', '1.3.1')].join('\n'),
    );
    const { pins, problems } = parseUvLock(text, 'uv.lock');
    expect(brief(pins)).toEqual([['sniffio', '1.3.1', undefined, 20, 1]]);
    expect(problems.map((problem) => [problem.message, problem.source?.line, problem.source?.column])).toEqual([
      ['this [[package]] in uv.lock has no "name"; regenerate the file with `uv lock`', 13, 1],
      ['"version" of idna in uv.lock must be a quoted string, like version = "1.2.3"; regenerate the file with `uv lock`', 16, 1],
    ]);
  });

  test('a malformed dependency is a DG100 at that dependency', () => {
    const text = lock(['{ name = "sniffio" }', '"idna"'], registryPackage('sniffio', '1.3.1'));
    const { pins, problems } = parseUvLock(text, 'uv.lock');
    expect(brief(pins)).toEqual([['sniffio', '1.3.1', undefined, 14, 1]]);
    expect(problems.map((problem) => [problem.message, problem.source?.line, problem.source?.column])).toEqual([
      ['a dependency of app in uv.lock must be written { name = "...", marker = "..." }; regenerate the file with `uv lock`', 11, 5],
    ]);
  });

  test('an empty file pins nothing and reports nothing', () => {
    expect(parseUvLock('', 'uv.lock')).toEqual({ requirements: [], pins: [], problems: [], files: ['uv.lock'] });
  });
});

describe('a 5,000-package uv.lock (bench/make-uv-lock.mjs)', () => {
  test('pins every package at its header, with its version and a parseable marker', () => {
    const text = execFileSync(process.execPath, [MAKE_UV_LOCK, '5000'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    // What the text says, read line by line: the oracle the parser is compared with.
    const lines = text.split('\n');
    const expected: [string, string, number][] = [];
    lines.forEach((line, index) => {
      if (line !== '[[package]]') return;
      const name = /^name = "(.*)"$/.exec(lines[index + 1])![1];
      const version = /^version = "(.*)"$/.exec(lines[index + 2])![1];
      if (lines[index + 3] !== 'source = { editable = "." }') expected.push([name, version, index + 1]);
    });
    expect(expected).toHaveLength(5000);

    const { pins, problems } = parseUvLock(text, 'uv.lock');
    expect(problems).toEqual([]);
    expect(pins.map((pin) => [pin.name, pin.version, pin.source.line])).toEqual(expected);
    expect(pins.every((pin) => pin.source.column === 1)).toBe(true);
    const withMarkers = pins.filter((pin) => pin.marker !== undefined);
    expect(withMarkers.length).toBeGreaterThan(100);
    for (const pin of withMarkers) expect(parseMarker(pin.marker!)).toMatchObject({ ok: true });
    // The two versions of a package resolved in two forks are told apart by their fork's marker.
    const forked = pins.filter((pin) => pin.name === 'jupyter-data-98');
    expect(forked.map((pin) => [pin.version, pin.marker])).toEqual([
      ['1.7.3', "python_full_version < '3.12'"],
      ['2.8.4.post1', "python_full_version >= '3.12'"],
    ]);
  });
});
