import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSetupCfg } from '../../src/manifests/setup-cfg.js';
import type { PythonRequirement, SpecProblem } from '../../src/model.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/setup-cfg/', import.meta.url));
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`, 'utf8');

const parse = (text: string) => parseSetupCfg(text, 'setup.cfg');

/** Every field a requirement carries, in one row. */
const rows = (requirements: PythonRequirement[]) =>
  requirements.map((r) => [r.name, r.extras, r.specifier, r.marker ?? null, r.selector ?? null, r.source.line, r.source.column]);

const where = (problems: SpecProblem[]) => problems.map((p) => [p.code, p.source?.line, p.source?.column]);

describe('a real project setup.cfg', () => {
  const result = parseSetupCfg(fixture('setup.cfg'), 'app/setup.cfg');

  test('reads install_requires one requirement per line, skipping the comment and the blank line', () => {
    expect(rows(result.requirements.filter((r) => !r.selector))).toEqual([
      ['Flask', [], '<4,>=2.3', null, null, 19, 5],
      ['SQLAlchemy', ['asyncio'], '~=2.0.20', null, null, 20, 5],
      ['psycopg2-binary', [], '==2.9.9', null, null, 22, 5],
      ['importlib-metadata', [], '>=6', 'python_version < "3.10"', null, 24, 5],
      ['pywin32', [], '>=306', 'sys_platform == "win32"', null, 25, 5],
      ['gunicorn', [], '', null, null, 26, 5],
    ]);
  });

  test('labels each [options.extras_require] key as an extra, PEP 685-normalized, including a one-line value and tab indentation', () => {
    expect(rows(result.requirements.filter((r) => r.selector))).toEqual([
      ['pytest', [], '>=7.4', null, { kind: 'extra', name: 'dev' }, 35, 5],
      ['black', [], '==23.9.1', null, { kind: 'extra', name: 'dev' }, 36, 5],
      ['redis', [], '>=5.0', null, { kind: 'extra', name: 'redis-cache' }, 37, 15],
      ['sphinx', [], '>=7', null, { kind: 'extra', name: 'docs' }, 39, 2],
      ['furo', [], '', null, { kind: 'extra', name: 'docs' }, 41, 2],
    ]);
  });

  test('every requirement is a full PythonRequirement in the file it came from', () => {
    expect(result.requirements[1]).toEqual({
      ecosystem: 'python',
      name: 'SQLAlchemy',
      canonicalName: 'sqlalchemy',
      extras: ['asyncio'],
      specifier: '~=2.0.20',
      editable: false,
      source: { file: 'app/setup.cfg', line: 20, column: 5 },
    });
  });

  test('python_requires becomes a runtime constraint at its value', () => {
    expect(result.runtime).toEqual([
      { ecosystem: 'python', runtime: 'python', specifier: '>=3.9, <4', origin: 'python_requires', source: { file: 'app/setup.cfg', line: 17, column: 19 } },
    ]);
  });

  test('reports no problems and names the file it read', () => {
    expect(result.problems).toEqual([]);
    expect(result.files).toEqual(['app/setup.cfg']);
  });
});

describe('file: directives', () => {
  const result = parseSetupCfg(fixture('file-directive.cfg'), 'worker/setup.cfg');

  test('are DG101 notices naming the files to list as manifests, relative to the working directory', () => {
    expect(result.requirements).toEqual([]);
    expect(result.problems).toEqual([
      {
        code: 'DG101',
        message:
          'install_requires = file: requirements.txt: setuptools reads these requirements from requirements.txt; depgate does not follow file:, so add worker/requirements.txt to python.manifests in depgate.yml to have it checked',
        source: { file: 'worker/setup.cfg', line: 5, column: 20 },
        subject: 'file: requirements.txt',
      },
      {
        code: 'DG101',
        message:
          'extras_require[test] = file: requirements-test.txt, requirements-ci.txt: setuptools reads these requirements from requirements-test.txt, requirements-ci.txt; depgate does not follow file:, so add worker/requirements-test.txt, worker/requirements-ci.txt to python.manifests in depgate.yml to have them checked',
        source: { file: 'worker/setup.cfg', line: 9, column: 8 },
        subject: 'file: requirements-test.txt, requirements-ci.txt',
      },
    ]);
  });

  test('leave python_requires read', () => {
    expect(result.runtime?.map((r) => [r.specifier, r.source.line, r.source.column])).toEqual([['>=3.10', 6, 19]]);
  });
});

describe('bad input', () => {
  const result = parseSetupCfg(fixture('broken.cfg'), 'setup.cfg');

  test('keeps every requirement that still parses', () => {
    expect(rows(result.requirements)).toEqual([
      ['requests', [], '>=2.31', null, null, 3, 5],
      ['celery', ['redis'], '>=5.3', null, null, 5, 5],
    ]);
  });

  test('reports each problem at its line and column, with how to fix it', () => {
    expect(where(result.problems)).toEqual([
      ['DG100', 4, 18],
      ['DG100', 6, 19],
      ['DG100', 7, 1],
      ['DG100', 9, 16],
      ['DG100', 10, 36],
    ]);
    const [inlineComment, pythonRequires, noDelimiter, oneLineMarker, percent] = result.problems.map((p) => p.message);
    expect(inlineComment).toMatch(/^cannot parse "flask >= 2\.0 # web framework" in install_requires: .*\(configparser keeps a # after text as part of the value: put comments on their own line\)$/);
    expect(pythonRequires).toMatch(/^python_requires = >=3\.8\.\* is not a PEP 440 specifier set: /);
    expect(noDelimiter).toBe(
      '"this line has no delimiter" is neither a [section] header nor a "key = value" line; configparser (which setuptools uses) refuses the file: indent it to continue the value above, or write key = value',
    );
    expect(oneLineMarker).toBe(
      `extras_require[win] = pywin32; platform_system == "Windows": setuptools splits a one-line value at ';', so "platform_system == "Windows"" is read as a second requirement, not as the marker of "pywin32"; put the requirement on its own indented line below "extras_require[win] ="`,
    );
    expect(percent).toBe(
      `"pkg @ https://example.com/pkg%20v1.whl": configparser (which setuptools uses) reads '%' as the start of an interpolation and refuses this value; write '%%' for a literal '%'`,
    );
  });

  test('has no runtime constraint when python_requires is invalid', () => {
    expect(result.runtime).toEqual([]);
  });
});

describe("configparser's rules", () => {
  test('a line starting with ; or # is a comment even when indented inside a value', () => {
    const { requirements } = parse('[options]\ninstall_requires =\n    a\n    ; b\n    # c\n    d\n');
    expect(rows(requirements)).toEqual([
      ['a', [], '', null, null, 3, 5],
      ['d', [], '', null, null, 6, 5],
    ]);
  });

  test('a blank line does not end a value; a line at the key indentation does', () => {
    const { requirements, problems } = parse('[options]\ninstall_requires =\n  a\n\n  b\nzip_safe = False\n  c\n');
    expect(problems).toEqual([]);
    // `c` continues zip_safe, not install_requires.
    expect(rows(requirements).map((r) => r[0])).toEqual(['a', 'b']);
  });

  test('an option indented under a section continues from the key indentation, not column 1', () => {
    const { requirements } = parse('[options]\n  install_requires =\n    flask\n  zip_safe = False\n');
    expect(rows(requirements)).toEqual([['flask', [], '', null, null, 3, 5]]);
  });

  test('a value on the key line and more lines below are all requirements', () => {
    const { requirements } = parse('[options]\ninstall_requires = flask\n    click>=8\n');
    expect(rows(requirements)).toEqual([
      ['flask', [], '', null, null, 2, 20],
      ['click', [], '>=8', null, null, 3, 5],
    ]);
  });

  test('a one-line value is split at ; as setuptools does', () => {
    const { requirements, problems } = parse('[options]\ninstall_requires = flask; click\n');
    expect(problems).toEqual([]);
    expect(rows(requirements)).toEqual([
      ['flask', [], '', null, null, 2, 20],
      ['click', [], '', null, null, 2, 27],
    ]);
  });

  test('":" is a delimiter too, and %% is a literal %', () => {
    const { requirements, problems } = parse('[options]\ninstall_requires:\n    pkg @ https://example.com/a%%20b.whl\n');
    expect(problems).toEqual([]);
    expect(requirements.map((r) => [r.name, r.url, r.source.line, r.source.column])).toEqual([['pkg', 'https://example.com/a%20b.whl', 3, 5]]);
  });

  test('%(name)s interpolation is a DG101 notice', () => {
    const { requirements, problems } = parse('[options]\nversion = 2\ninstall_requires =\n    lib==%(version)s\n');
    expect(requirements).toEqual([]);
    expect(problems).toEqual([
      {
        code: 'DG101',
        message: `"lib==%(version)s" is not checked: it uses configparser's %(name)s interpolation, which depgate does not expand`,
        source: { file: 'setup.cfg', line: 4, column: 5 },
        subject: 'lib==%(version)s',
      },
    ]);
  });

  test('the deprecated dash spelling install-requires is read, as setuptools still does', () => {
    const { requirements, runtime } = parse('[options]\ninstall-requires =\n    flask\npython-requires = >=3.8\n');
    expect(rows(requirements)).toEqual([['flask', [], '', null, null, 3, 5]]);
    expect(runtime?.map((r) => [r.specifier, r.source.line, r.source.column])).toEqual([['>=3.8', 4, 19]]);
  });

  test('[DEFAULT] options reach [options], as ConfigParser.options() lists them', () => {
    const { requirements } = parse('[DEFAULT]\ninstall_requires = flask\n[options]\nzip_safe = False\n');
    expect(rows(requirements)).toEqual([['flask', [], '', null, null, 2, 20]]);
  });

  test('CRLF line endings and a UTF-8 byte order mark', () => {
    const { requirements, problems } = parse('\uFEFF[options]\r\ninstall_requires =\r\n    flask>=2\r\n');
    expect(problems).toEqual([]);
    expect(rows(requirements)).toEqual([['flask', [], '>=2', null, null, 3, 5]]);
  });

  test('text before any section, a duplicated section and a duplicated option are DG100 at their line', () => {
    const { requirements, problems } = parse('name = x\n[options]\ninstall_requires = a\ninstall_requires = b\n[options]\n');
    expect(requirements.map((r) => r.name)).toEqual(['a']);
    expect(problems.map((p) => [p.code, p.source?.line, p.source?.column, p.subject])).toEqual([
      ['DG100', 1, 1, 'name = x'],
      ['DG100', 4, 1, 'install_requires'],
      ['DG100', 5, 1, 'options'],
    ]);
    expect(problems[0].message).toBe(
      '"name = x" comes before any [section] header; configparser (which setuptools uses) refuses the file: start it with a header such as [options]',
    );
  });

  test('a file without [options] declares nothing', () => {
    expect(parse('[metadata]\nname = x\n')).toEqual({ requirements: [], problems: [], runtime: [], files: ['setup.cfg'] });
  });
});
