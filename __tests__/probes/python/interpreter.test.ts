import { describe, expect, test } from '@jest/globals';
import { chooseInterpreter, condaPython, INTERPRETER_SOURCE_LABELS, venvPython } from '../../../src/probes/python/interpreter.js';

const cwd = '/repo/app';
const nothingExists = (): boolean => false;
const projectVenvExists = (p: string): boolean => p === '/repo/app/.venv/bin/python';

describe('chooseInterpreter', () => {
  test('the input wins over everything else', () => {
    expect(
      chooseInterpreter({
        input: '/opt/py/bin/python3.12',
        configured: '/usr/bin/python3',
        cwd,
        env: { VIRTUAL_ENV: '/venvs/active' },
        exists: projectVenvExists,
      }),
    ).toEqual({ command: '/opt/py/bin/python3.12', from: 'input' });
  });

  test('depgate.yml comes next when there is no input', () => {
    expect(
      chooseInterpreter({ configured: '/usr/bin/python3', cwd, env: { VIRTUAL_ENV: '/venvs/active' }, exists: projectVenvExists }),
    ).toEqual({ command: '/usr/bin/python3', from: 'config' });
  });

  test('an empty or blank input falls through to the next source', () => {
    expect(chooseInterpreter({ input: '  ', configured: '', cwd, env: { VIRTUAL_ENV: '/venvs/active' } })).toEqual({
      command: '/venvs/active/bin/python',
      from: '$VIRTUAL_ENV',
    });
  });

  test('$VIRTUAL_ENV beats ./.venv and is used without checking that it exists', () => {
    expect(chooseInterpreter({ cwd, env: { VIRTUAL_ENV: '/venvs/active' }, exists: projectVenvExists })).toEqual({
      command: '/venvs/active/bin/python',
      from: '$VIRTUAL_ENV',
    });
  });

  test('./.venv is used when its interpreter exists', () => {
    expect(chooseInterpreter({ cwd, env: {}, exists: projectVenvExists })).toEqual({
      command: '/repo/app/.venv/bin/python',
      from: './.venv',
    });
  });

  test('an active conda environment ($CONDA_PREFIX) comes after $VIRTUAL_ENV and before the project venv', () => {
    expect(chooseInterpreter({ cwd, env: { CONDA_PREFIX: '/opt/conda/envs/shop' }, exists: projectVenvExists })).toEqual({
      command: '/opt/conda/envs/shop/bin/python',
      from: 'conda',
    });
    // `conda activate shop` then `source .venv/bin/activate`: python is the venv's.
    expect(chooseInterpreter({ cwd, env: { CONDA_PREFIX: '/opt/conda/envs/shop', VIRTUAL_ENV: '/venvs/active' } })).toEqual({
      command: '/venvs/active/bin/python',
      from: '$VIRTUAL_ENV',
    });
    expect(chooseInterpreter({ cwd, env: { CONDA_PREFIX: '/opt/conda', UV_PROJECT_ENVIRONMENT: '/uv-env' } })).toEqual({
      command: '/opt/conda/bin/python',
      from: 'conda',
    });
    expect(chooseInterpreter({ cwd, env: { CONDA_PREFIX: ' ' }, exists: projectVenvExists })).toEqual({
      command: '/repo/app/.venv/bin/python',
      from: './.venv',
    });
  });

  test('$UV_PROJECT_ENVIRONMENT (relative to the working directory) comes before ./.venv, used even when absent', () => {
    expect(chooseInterpreter({ cwd, env: { UV_PROJECT_ENVIRONMENT: 'build/env' }, exists: projectVenvExists })).toEqual({
      command: '/repo/app/build/env/bin/python',
      from: '$UV_PROJECT_ENVIRONMENT',
    });
    expect(chooseInterpreter({ cwd, env: { UV_PROJECT_ENVIRONMENT: '/opt/venv' }, exists: nothingExists })).toEqual({
      command: '/opt/venv/bin/python',
      from: '$UV_PROJECT_ENVIRONMENT',
    });
    expect(chooseInterpreter({ cwd, env: { UV_PROJECT_ENVIRONMENT: '' }, exists: nothingExists })).toEqual({ command: 'python3', from: 'default' });
  });

  test('every source has a label for reports', () => {
    expect(INTERPRETER_SOURCE_LABELS).toEqual({
      input: 'input python',
      config: 'depgate.yml python.interpreter',
      '$VIRTUAL_ENV': '$VIRTUAL_ENV',
      conda: 'conda ($CONDA_PREFIX)',
      '$UV_PROJECT_ENVIRONMENT': '$UV_PROJECT_ENVIRONMENT',
      './.venv': './.venv',
      default: 'default',
    });
  });

  test('python3 on PATH is the default', () => {
    expect(chooseInterpreter({ cwd, env: { VIRTUAL_ENV: '' }, exists: nothingExists })).toEqual({ command: 'python3', from: 'default' });
  });

  test('relative paths are resolved against the working directory', () => {
    expect(chooseInterpreter({ input: 'venv/bin/python', cwd, env: {} })).toEqual({ command: '/repo/app/venv/bin/python', from: 'input' });
    expect(chooseInterpreter({ configured: '../shared/.venv/bin/python', cwd, env: {} })).toEqual({
      command: '/repo/shared/.venv/bin/python',
      from: 'config',
    });
    expect(chooseInterpreter({ cwd, env: { VIRTUAL_ENV: 'envs/dev' }, exists: nothingExists })).toEqual({
      command: '/repo/app/envs/dev/bin/python',
      from: '$VIRTUAL_ENV',
    });
  });

  test('bare names are left for PATH lookup', () => {
    expect(chooseInterpreter({ input: 'python3.12', cwd, env: {} })).toEqual({ command: 'python3.12', from: 'input' });
    expect(chooseInterpreter({ configured: ' pypy3 ', cwd, env: {} })).toEqual({ command: 'pypy3', from: 'config' });
  });

  test('Windows venvs keep their interpreter in Scripts\\python.exe', () => {
    const exists = (p: string): boolean => p === 'C:\\repo\\.venv\\Scripts\\python.exe';
    expect(chooseInterpreter({ cwd: 'C:\\repo', env: {}, exists, platform: 'win32' })).toEqual({
      command: 'C:\\repo\\.venv\\Scripts\\python.exe',
      from: './.venv',
    });
    expect(chooseInterpreter({ cwd: 'C:\\repo', env: { VIRTUAL_ENV: 'D:\\envs\\app' }, platform: 'win32' })).toEqual({
      command: 'D:\\envs\\app\\Scripts\\python.exe',
      from: '$VIRTUAL_ENV',
    });
    expect(chooseInterpreter({ input: '.venv\\Scripts\\python.exe', cwd: 'C:\\repo', env: {}, platform: 'win32' })).toEqual({
      command: 'C:\\repo\\.venv\\Scripts\\python.exe',
      from: 'input',
    });
    // conda keeps python.exe at the top of the environment on Windows.
    expect(chooseInterpreter({ cwd: 'C:\\repo', env: { CONDA_PREFIX: 'C:\\Miniconda3\\envs\\shop' }, platform: 'win32' })).toEqual({
      command: 'C:\\Miniconda3\\envs\\shop\\python.exe',
      from: 'conda',
    });
    expect(chooseInterpreter({ cwd: 'C:\\repo', env: { UV_PROJECT_ENVIRONMENT: 'env' }, platform: 'win32' })).toEqual({
      command: 'C:\\repo\\env\\Scripts\\python.exe',
      from: '$UV_PROJECT_ENVIRONMENT',
    });
    expect(chooseInterpreter({ cwd: 'C:\\repo', env: {}, exists: nothingExists, platform: 'win32' })).toEqual({
      command: 'python',
      from: 'default',
    });
  });

  test('venvPython gives the PEP 405 layout per platform', () => {
    expect(venvPython('/v', 'linux')).toBe('/v/bin/python');
    expect(venvPython('/v', 'darwin')).toBe('/v/bin/python');
    expect(venvPython('C:\\v', 'win32')).toBe('C:\\v\\Scripts\\python.exe');
    expect(condaPython('/opt/conda', 'linux')).toBe('/opt/conda/bin/python');
    expect(condaPython('C:\\conda', 'win32')).toBe('C:\\conda\\python.exe');
  });
});
