import { describe, expect, test } from '@jest/globals';
import type { PythonDistribution, PythonEnvironment, PythonRequirement, RuntimeConstraint } from '../../src/model.js';
import { judgeRuntime, judgeShadowed } from '../../src/judge/python-environment.js';

function environment(version: string, extra: Partial<PythonEnvironment> = {}): PythonEnvironment {
  return {
    requested: '/venv/bin/python',
    requestedFrom: './.venv',
    executable: '/venv/bin/python',
    version,
    prefix: '/venv',
    markers: {},
    distributions: [],
    ...extra,
  };
}

function constraint(specifier: string, origin: string, file: string, line: number, column: number): RuntimeConstraint {
  return { ecosystem: 'python', runtime: 'python', specifier, origin, source: { file, line, column } };
}

const pythonVersion = constraint('==3.12.*', '.python-version', '.python-version', 1, 1);
const requiresPython = constraint('>=3.10,<3.13', 'requires-python', 'pyproject.toml', 7, 19);
const toolVersions = constraint('==3.11.7', '.tool-versions', '.tool-versions', 2, 8);

describe('judgeRuntime', () => {
  test('reports DG006 at each constraint the interpreter is outside, naming the interpreter, its version and the origin', () => {
    expect(judgeRuntime([pythonVersion, requiresPython, toolVersions], environment('3.11.7'))).toEqual([
      {
        code: 'DG006',
        kind: 'runtime-version',
        severity: 'error',
        ecosystem: 'python',
        name: 'python',
        required: '==3.12.*',
        found: '3.11.7',
        file: '.python-version',
        line: 1,
        column: 1,
        message: '.python-version asks for 3.12.*, but /venv/bin/python is Python 3.11.7.',
      },
    ]);
  });

  test('a range is shown as written', () => {
    expect(judgeRuntime([requiresPython], environment('3.13.1')).map((f) => [f.message, f.file, f.line, f.column])).toEqual([
      ['requires-python asks for >=3.10,<3.13, but /venv/bin/python is Python 3.13.1.', 'pyproject.toml', 7, 19],
    ]);
  });

  test('an interpreter inside every constraint gives nothing', () => {
    expect(judgeRuntime([requiresPython, toolVersions], environment('3.11.7'))).toEqual([]);
  });

  test('a pre-release interpreter counts, and a source build\'s trailing + is ignored', () => {
    expect(judgeRuntime([pythonVersion], environment('3.12.0rc2'))).toEqual([]);
    expect(judgeRuntime([pythonVersion], environment('3.12.0a7+'))).toEqual([]);
    expect(judgeRuntime([pythonVersion], environment('3.13.0a1+')).map((f) => f.found)).toEqual(['3.13.0a1+']);
  });

  test('an unparseable specifier (already a DG100 of its parser) and other runtimes are skipped', () => {
    const broken = constraint('>=3.x', 'requires-python', 'pyproject.toml', 3, 1);
    const node: RuntimeConstraint = { ecosystem: 'node', runtime: 'node', specifier: '>=99', origin: '.nvmrc', source: { file: '.nvmrc', line: 1, column: 1 } };
    expect(judgeRuntime([broken, node], environment('3.11.7'))).toEqual([]);
  });
});

describe('judgeShadowed', () => {
  const site = '/venv/lib/python3.11/site-packages';
  const system = '/usr/lib/python3/dist-packages';
  const dist = (name: string, canonicalName: string, version: string): PythonDistribution => ({
    name, canonicalName, version, importNames: [], editable: false, location: site,
  });
  const sqlalchemyRequirement: PythonRequirement = {
    ecosystem: 'python', name: 'SQLAlchemy', canonicalName: 'sqlalchemy', extras: [], specifier: '>=2', source: { file: 'requirements.txt', line: 3, column: 1 },
  };
  const env = environment('3.11.2', {
    distributions: [dist('SQLAlchemy', 'sqlalchemy', '2.0.54'), dist('pip', 'pip', '23.2.1'), dist('six', 'six', '1.16.0')],
    shadowed: [
      { name: 'SQLAlchemy', canonicalName: 'sqlalchemy', version: '1.4.46', location: system, shadowedBy: site },
      { name: 'pip', canonicalName: 'pip', version: '23.2.1', location: system, shadowedBy: site },
      { name: 'six', canonicalName: 'six', version: '1.16', location: system, shadowedBy: site },
      { name: 'six', canonicalName: 'six', version: '1.15.0', location: '/opt/extra', shadowedBy: site },
    ],
  });

  test('copies at another version are warnings, with the requirement that names them; equal versions (1.16 == 1.16.0) are not', () => {
    expect(judgeShadowed(env, [sqlalchemyRequirement])).toEqual({
      shadowedWarnings: [
        { name: 'SQLAlchemy', version: '1.4.46', location: system, shadowedBy: site, winningVersion: '2.0.54', requirement: sqlalchemyRequirement },
        { name: 'six', version: '1.15.0', location: '/opt/extra', shadowedBy: site, winningVersion: '1.16.0' },
      ],
    });
  });

  test('an environment without shadowed copies gives none', () => {
    expect(judgeShadowed(environment('3.11.2'), [sqlalchemyRequirement])).toEqual({ shadowedWarnings: [] });
  });
});
