import { describe, expect, test } from '@jest/globals';
import type { RuntimeConstraint, SpecProblem } from '../../src/model.js';
import { parsePythonVersionFile, parseToolVersions } from '../../src/manifests/python-version-files.js';

const PV = '.python-version';
const TV = 'app/.tool-versions';

function constraint(specifier: string, line: number, column: number, origin = PV, file = PV): RuntimeConstraint {
  return { ecosystem: 'python', runtime: 'python', specifier, origin, source: { file, line, column } };
}

/** The one constraint a single-entry .python-version gives, written at line 1, column 1. */
function pinned(text: string): { runtime: RuntimeConstraint[]; problems: SpecProblem[] } {
  return parsePythonVersionFile(`${text}\n`, PV);
}

describe('parsePythonVersionFile: pyenv forms', () => {
  test.each([
    ['3.11.7', '==3.11.7'],
    // pyenv resolves a prefix to the newest installed release of it (pyenv-latest).
    ['3.11', '==3.11.*'],
    ['3', '==3.*'],
    ['3.12.0rc1', '==3.12.0rc1'],
    // A dev build reports a pre-release of X.Y.0 (3.12.0a7+): any 3.12.
    ['3.12-dev', '==3.12.*'],
    ['3.13t', '==3.13.*'],
    ['3.13t-dev', '==3.13.*'],
    // PyPy: the language version before the dash, PyPy's own release after it.
    ['pypy3.10-7.3.12', '==3.10.*'],
    ['pypy2.7-7.3.12', '==2.7.*'],
    ['pypy3.9-c-jit-latest', '==3.9.*'],
    ['miniconda3-3.11-24.1.2-0', '==3.11.*'],
    // pyenv-virtualenv: the environment `web` made from 3.11.7.
    ['3.11.7/envs/web', '==3.11.7'],
    ['stackless-3.7.5', '==3.7.5'],
  ])('%s is %s at line 1, column 1', (text, specifier) => {
    expect(pinned(text)).toEqual({ runtime: [constraint(specifier, 1, 1)], problems: [] });
  });

  test('system is no constraint and no notice: the user asked for whatever is on PATH', () => {
    expect(pinned('system')).toEqual({ runtime: [], problems: [] });
  });

  test.each([
    ['miniconda3-latest', 'a conda distribution whose name does not fix its Python version'],
    ['anaconda3-2024.02-1', 'a conda distribution whose name does not fix its Python version'],
    ['pypy-5.7.1', 'a PyPy release, whose number is not the Python version it implements'],
    ['graalpy-24.0.0', 'a GraalPy release, whose number is not the Python version it implements'],
    ['pyston-2.3.5', 'a Pyston release, whose number is not the Python version it implements'],
    ['web-env', 'no Python version (a pyenv-virtualenv environment, an executable name or an implementation)'],
  ])('%s fixes no version: a DG101 notice, no constraint', (text, why) => {
    expect(pinned(text)).toEqual({
      runtime: [],
      problems: [{
        code: 'DG101',
        message: `.python-version names '${text}', ${why}; the interpreter's version is not checked against it`,
        source: { file: PV, line: 1, column: 1 },
        subject: text,
      }],
    });
  });
});

describe('parsePythonVersionFile: uv forms', () => {
  test.each([
    ['3.12', '==3.12.*'],
    ['3.12.3', '==3.12.3'],
    ['cpython@3.12', '==3.12.*'],
    ['pypy@3.10', '==3.10.*'],
    ['cpython3.12', '==3.12.*'],
    ['cp312', '==3.12.*'],
    ['cpython-3.12.1-linux-x86_64-gnu', '==3.12.1'],
    ['cpython-3.12.3+freethreaded-macos-aarch64-none', '==3.12.3'],
    ['pypy-3.10.14-linux-x86_64-gnu', '==3.10.14'],
    ['3.13+freethreaded', '==3.13.*'],
    ['3.12.0d', '==3.12.0'],
    ['python3.12', '==3.12.*'],
    ['>=3.11', '>=3.11'],
    ['==3.12.*', '==3.12.*'],
    ['cpython>=3.12,<3.13', '>=3.12,<3.13'],
  ])('%s is %s', (text, specifier) => {
    expect(pinned(text)).toEqual({ runtime: [constraint(specifier, 1, 1)], problems: [] });
  });

  test('a specifier with spaces is read whole (uv reads the whole line), without its comment', () => {
    expect(parsePythonVersionFile('  >=3.11, <3.13   # supported range\n', PV)).toEqual({
      runtime: [constraint('>=3.11,<3.13', 1, 3)],
      problems: [],
    });
  });

  test('an implementation or a path alone is a notice', () => {
    expect(pinned('cpython').problems).toEqual([{
      code: 'DG101',
      message: ".python-version names 'cpython', CPython of any version; the interpreter's version is not checked against it",
      source: { file: PV, line: 1, column: 1 },
      subject: 'cpython',
    }]);
    expect(pinned('/opt/homebrew/bin/python3')).toEqual({
      runtime: [],
      problems: [{
        code: 'DG101',
        message: ".python-version names '/opt/homebrew/bin/python3', an interpreter by its path, which says no version; the interpreter's version is not checked against it",
        source: { file: PV, line: 1, column: 1 },
        subject: '/opt/homebrew/bin/python3',
      }],
    });
  });
});

describe('parsePythonVersionFile: the file around the version', () => {
  test('comments and blank lines are skipped; the first version is the default, later ones are not checked', () => {
    const text = [
      '# pyenv local 3.12.4 3.11.9',
      '',
      '   3.12.4   # the one `python` runs',
      '3.11.9',
      'pypy3.10-7.3.12',
      '',
    ].join('\n');
    expect(parsePythonVersionFile(text, PV)).toEqual({ runtime: [constraint('==3.12.4', 3, 4)], problems: [] });
  });

  test('CRLF line ends and a UTF-8 BOM do not move positions', () => {
    expect(parsePythonVersionFile('\uFEFF# pinned\r\n3.11\r\n', PV)).toEqual({ runtime: [constraint('==3.11.*', 2, 1)], problems: [] });
  });

  test('the position names the file as given (relative to the working directory)', () => {
    expect(parsePythonVersionFile('3.10\n', 'services/api/.python-version')).toEqual({
      runtime: [constraint('==3.10.*', 1, 1, PV, 'services/api/.python-version')],
      problems: [],
    });
  });

  test('a file with no version (only comments) is a notice: pyenv and uv ignore it', () => {
    expect(parsePythonVersionFile('# nothing yet\n\n', PV)).toEqual({
      runtime: [],
      problems: [{
        code: 'DG101',
        message: ".python-version names no Python version, so pyenv and uv ignore it and the interpreter's version is not checked; write one (e.g. 3.12) on its first line",
        source: { file: PV, line: 1, column: 1 },
        subject: '.python-version',
      }],
    });
  });

  test.each([
    ['3.x', 1, "write a version such as 3.12 or 3.12.4, or a specifier such as >=3.11"],
    ['3..11', 1, "write a version such as 3.12 or 3.12.4, or a specifier such as >=3.11"],
    ['cpython@3.x', 9, "write a version such as 3.12 or 3.12.4, or a specifier such as >=3.11"],
    ['>=3.11,<', 8, "'<' needs a version after the operator, e.g. <1.0"],
    ['system/envs/web', 1, 'pyenv-virtualenv environments are made from an installed version, not "system"'],
  ])('%s is a DG100 at column %i', (text, column, error) => {
    expect(parsePythonVersionFile(`# pinned\n${text}\n`, PV)).toEqual({
      runtime: [],
      problems: [{
        code: 'DG100',
        message: `.python-version entry '${text}' is not a Python version: ${error}`,
        source: { file: PV, line: 2, column },
        subject: text,
      }],
    });
  });

  test('a broken later line is reported, but never becomes the default', () => {
    expect(parsePythonVersionFile('3.12\n  3.x\n', PV)).toEqual({
      runtime: [constraint('==3.12.*', 1, 1)],
      problems: [{
        code: 'DG100',
        message: ".python-version entry '3.x' is not a Python version: write a version such as 3.12 or 3.12.4, or a specifier such as >=3.11",
        source: { file: PV, line: 2, column: 3 },
        subject: '3.x',
      }],
    });
    expect(parsePythonVersionFile('3.x\n3.12\n', PV).runtime).toEqual([]);
  });

  test('a hostile entry is quoted short', () => {
    const long = `3.${'x'.repeat(5000)}`;
    const [problem] = parsePythonVersionFile(long, PV).problems;
    expect(problem.subject).toBe(`${long.slice(0, 80)}…`);
    expect(problem.message.length).toBeLessThan(250);
  });
});

describe('parseToolVersions', () => {
  const file = [
    '# tools for this repo',
    'nodejs 20.11.0',
    'python 3.11.7 3.10.13   # 3.10 for the legacy worker',
    'python 3.9.18',
    '',
  ].join('\n');

  test('the first version of the first python line is the default one', () => {
    expect(parseToolVersions(file, TV)).toEqual({
      runtime: [constraint('==3.11.7', 3, 8, '.tool-versions', TV)],
      problems: [],
    });
  });

  test.each([
    ['python 3.12', '==3.12.*'],
    ['python pypy3.10-7.3.12', '==3.10.*'],
    ['python latest:3.11', '==3.11.*'],
    ['python prefix:3.11', '==3.11.*'],
    ['python miniconda3-3.11-24.1.2-0', '==3.11.*'],
  ])('%s is %s', (line, specifier) => {
    expect(parseToolVersions(`${line}\n`, TV)).toEqual({ runtime: [constraint(specifier, 1, 8, '.tool-versions', TV)], problems: [] });
  });

  test.each([
    ['ref:v3.12.0', 'a Python built from a git reference, which says no version'],
    ['path:/opt/python', 'a Python built from a local directory, which says no version'],
    ['latest', 'the latest release, whichever it is when installed'],
    ['miniconda3-latest', 'a conda distribution whose name does not fix its Python version'],
  ])('python %s fixes no version: a notice', (version, why) => {
    expect(parseToolVersions(`python ${version}\n`, TV)).toEqual({
      runtime: [],
      problems: [{
        code: 'DG101',
        message: `.tool-versions names '${version}', ${why}; the interpreter's version is not checked against it`,
        source: { file: TV, line: 1, column: 8 },
        subject: version,
      }],
    });
  });

  test('python system is no constraint; a file without python is nothing', () => {
    expect(parseToolVersions('python system\n', TV)).toEqual({ runtime: [], problems: [] });
    expect(parseToolVersions('nodejs 20\n# python 3.12\n', TV)).toEqual({ runtime: [], problems: [] });
  });

  test('a python line without a version is a DG100 at the tool name', () => {
    expect(parseToolVersions('nodejs 20\n  python   # todo\n', TV)).toEqual({
      runtime: [],
      problems: [{
        code: 'DG100',
        message: 'the python line of app/.tool-versions names no version; write one after it (e.g. python 3.12.4)',
        source: { file: TV, line: 2, column: 3 },
        subject: 'python',
      }],
    });
  });

  test('a bad version is a DG100 at its column', () => {
    expect(parseToolVersions('python\t3.11 3.1x\n', TV)).toEqual({
      runtime: [constraint('==3.11.*', 1, 8, '.tool-versions', TV)],
      problems: [{
        code: 'DG100',
        message: ".tool-versions entry '3.1x' is not a Python version: write a version such as 3.12 or 3.12.4, or a specifier such as >=3.11",
        source: { file: TV, line: 1, column: 13 },
        subject: '3.1x',
      }],
    });
    expect(parseToolVersions('python latest:3.x\n', TV).problems).toEqual([{
      code: 'DG100',
      message: ".tool-versions entry 'latest:3.x' is not a Python version: write a version prefix after latest:, e.g. latest:3.12",
      source: { file: TV, line: 1, column: 15 },
      subject: 'latest:3.x',
    }]);
  });
});
