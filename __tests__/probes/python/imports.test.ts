import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportResult } from '../../../src/model.js';
import { probeImports } from '../../../src/probes/python/imports.js';
import { IMPORT_SCRIPT } from '../../../src/probes/python/import-script.js';
import { createVenv, installTinyPackage, makeTempDir, removeDir, writeTinyPackage } from '../../helpers/python-env.js';

const HANG_TIMEOUT_MS = 1_500;

let root: string;
let venvPython: string;
let checkout: string;

beforeAll(async () => {
  root = makeTempDir('depgate-imports-');
  venvPython = await createVenv(path.join(root, 'venv'), ['SQLAlchemy==2.0.54'], { buildTools: true });
  const fixtures = writeTinyPackage(path.join(root, 'projects'), {
    distName: 'depgate-import-fixtures',
    version: '1.0',
    modules: {
      hangs: 'import time\ntime.sleep(1000)\n',
      exits_hard: 'import os\nos._exit(3)\n',
      segfaults: 'import ctypes\nctypes.string_at(0)\n',
      needs_libpq: 'raise ImportError("libpq.so.5: cannot open shared object file")\n',
      exits_softly: 'import sys\nsys.exit(2)\n',
      chatty:
        'import sys\n' +
        'print(\'{"event": "result", "index": 0, "status": "error", "errorType": "Fake"}\')\n' +
        'sys.stderr.write("chatty warns on stderr\\n")\n',
      writes_fd3:
        'import os\n' +
        'try:\n' +
        '    os.write(3, b\'{"event": "result", "index": 0, "status": "error", "errorType": "Forged", "errorMessage": "forged"}\\n\')\n' +
        'except OSError:\n' +
        '    pass\n',
      two_line_error: 'raise RuntimeError("first line\\nsecond line")\n',
      long_error: 'raise ValueError("x" * 2000)\n',
      interrupted: 'raise KeyboardInterrupt\n',
      reads_stdin: 'import sys\nDATA = sys.stdin.read()\n',
    },
  });
  await installTinyPackage(venvPython, fixtures);
  // The working directory is the pull request's checkout: what sits there must not be imported.
  checkout = path.join(root, 'checkout');
  mkdirSync(checkout);
  writeFileSync(path.join(checkout, 'json.py'), 'raise SystemExit("json.py from the checkout ran")\n');
  writeFileSync(path.join(checkout, 'only_in_checkout.py'), '');
});

afterAll(() => removeDir(root));

const ok = (module: string): ImportResult => ({ module, status: 'ok' });

describe('probeImports', () => {
  test('every module gets its own exact answer, in order, around hangs, crashes and errors', async () => {
    const modules = [
      'json', 'hangs', 'sqlalchemy',
      'json', 'exits_hard', 'sqlalchemy',
      'json', 'segfaults', 'sqlalchemy',
      'json', 'needs_libpq', 'sqlalchemy',
      'json', 'exits_softly', 'sqlalchemy',
      'json', 'chatty', 'sqlalchemy',
    ];
    const started = Date.now();
    const results = await probeImports(venvPython, modules, { cwd: checkout, timeoutMs: HANG_TIMEOUT_MS });
    expect(results).toEqual([
      ok('json'), { module: 'hangs', status: 'timeout' }, ok('sqlalchemy'),
      ok('json'), { module: 'exits_hard', status: 'crashed', errorMessage: 'exited with code 3' }, ok('sqlalchemy'),
      ok('json'), { module: 'segfaults', status: 'crashed', errorMessage: 'killed by signal SIGSEGV' }, ok('sqlalchemy'),
      ok('json'), { module: 'needs_libpq', status: 'error', errorType: 'ImportError', errorMessage: 'libpq.so.5: cannot open shared object file' }, ok('sqlalchemy'),
      ok('json'), { module: 'exits_softly', status: 'error', errorType: 'SystemExit', errorMessage: '2' }, ok('sqlalchemy'),
      ok('json'), ok('chatty'), ok('sqlalchemy'),
    ]);
    // One hang costs one timeout, not one per remaining module.
    expect(Date.now() - started).toBeLessThan(HANG_TIMEOUT_MS + 10_000);
  });

  test('one interpreter start in the common case, plus one per module that hangs or crashes', async () => {
    const log = path.join(root, 'starts.log');
    const counting = path.join(root, 'counting-python');
    writeFileSync(counting, `#!/bin/sh\necho start >> "${log}"\nexec "${venvPython}" "$@"\n`, { mode: 0o755 });
    const starts = (): number => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0);

    await probeImports(counting, ['json', 'sqlalchemy', 'needs_libpq', 'exits_softly', 'chatty', 'os'], { cwd: checkout, timeoutMs: HANG_TIMEOUT_MS });
    expect(starts()).toBe(1);

    writeFileSync(log, '');
    const results = await probeImports(counting, ['json', 'exits_hard', 'os', 'segfaults', 'sqlalchemy', 'exits_hard'], { cwd: checkout, timeoutMs: HANG_TIMEOUT_MS });
    expect(results.map((r) => r.status)).toEqual(['ok', 'crashed', 'ok', 'crashed', 'ok', 'crashed']);
    expect(starts()).toBe(3);
  });

  test('BaseException of every kind is an error with its class name and the first line of its message', async () => {
    expect(
      await probeImports(venvPython, ['two_line_error', 'long_error', 'interrupted', 'not_installed_anywhere', 'json'], { cwd: checkout, timeoutMs: 30_000 }),
    ).toEqual([
      { module: 'two_line_error', status: 'error', errorType: 'RuntimeError', errorMessage: 'first line' },
      { module: 'long_error', status: 'error', errorType: 'ValueError', errorMessage: 'x'.repeat(500) },
      { module: 'interrupted', status: 'error', errorType: 'KeyboardInterrupt', errorMessage: '' },
      { module: 'not_installed_anywhere', status: 'error', errorType: 'ModuleNotFoundError', errorMessage: "No module named 'not_installed_anywhere'" },
      ok('json'),
    ]);
  });

  test('the working directory is not on sys.path: its json.py is not run and its modules are not found', async () => {
    expect(await probeImports(venvPython, ['json', 'only_in_checkout'], { cwd: checkout, timeoutMs: 30_000 })).toEqual([
      ok('json'),
      { module: 'only_in_checkout', status: 'error', errorType: 'ModuleNotFoundError', errorMessage: "No module named 'only_in_checkout'" },
    ]);
  });

  test('a module cannot forge results: fd 3 is closed before imports, stdout is not read, stdin is empty', async () => {
    expect(await probeImports(venvPython, ['writes_fd3', 'chatty', 'reads_stdin', 'needs_libpq'], { cwd: checkout, timeoutMs: 30_000 })).toEqual([
      ok('writes_fd3'),
      ok('chatty'),
      ok('reads_stdin'),
      { module: 'needs_libpq', status: 'error', errorType: 'ImportError', errorMessage: 'libpq.so.5: cannot open shared object file' },
    ]);
  });

  test('names that are not importable module names are errors, not crashes', async () => {
    expect(await probeImports(venvPython, ['', '.relative', '-c', 'json'], { cwd: checkout, timeoutMs: 30_000 })).toEqual([
      { module: '', status: 'error', errorType: 'ValueError', errorMessage: 'Empty module name' },
      { module: '.relative', status: 'error', errorType: 'TypeError', errorMessage: expect.stringContaining("'package' argument is required") },
      { module: '-c', status: 'error', errorType: 'ModuleNotFoundError', errorMessage: "No module named '-c'" },
      ok('json'),
    ]);
  });

  test('an interpreter that cannot start fails every module the same way, with one attempt', async () => {
    expect(await probeImports('/nonexistent/bin/python3', ['json', 'sqlalchemy'], { cwd: checkout, timeoutMs: 30_000 })).toEqual([
      { module: 'json', status: 'crashed', errorMessage: 'could not start /nonexistent/bin/python3: not found' },
      { module: 'sqlalchemy', status: 'crashed', errorMessage: 'could not start /nonexistent/bin/python3: not found' },
    ]);
    const broken = path.join(root, 'broken-python');
    writeFileSync(broken, '#!/bin/sh\necho "Fatal Python error: init_fs_encoding" >&2\nexit 1\n', { mode: 0o755 });
    expect(await probeImports(broken, ['json', 'os'], { cwd: checkout, timeoutMs: 30_000 })).toEqual([
      { module: 'json', status: 'crashed', errorMessage: `${broken} exited with code 1 before importing anything: Fatal Python error: init_fs_encoding` },
      { module: 'os', status: 'crashed', errorMessage: `${broken} exited with code 1 before importing anything: Fatal Python error: init_fs_encoding` },
    ]);
  });

  test('no modules, no process', async () => {
    expect(await probeImports('/nonexistent/bin/python3', [], { cwd: checkout, timeoutMs: 1_000 })).toEqual([]);
  });

  test('the runner script is valid Python 3.7 syntax', () => {
    const code = `import ast; ast.parse(${JSON.stringify(IMPORT_SCRIPT)}, feature_version=(3, 7)); print("ok")`;
    expect(execFileSync(venvPython, ['-c', code], { encoding: 'utf8' }).trim()).toBe('ok');
  });
});
