// src/probes/process.ts: the spawn door every probe uses (kept beside the Python probe tests).
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeExit, lastLine, lineReader, runProcess, startProcess } from '../../../src/probes/process.js';
import { makeTempDir, removeDir } from '../../helpers/python-env.js';

let dir: string;
beforeAll(() => {
  dir = makeTempDir('depgate-process-');
});
afterAll(() => removeDir(dir));

/** A killed process whose parent died stays a zombie until PID 1 reaps it: that counts as gone. */
function isAlive(pid: number): boolean {
  try {
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0];
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

async function waitUntilGone(pid: number, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return !isAlive(pid);
}

describe('runProcess', () => {
  test('captures stdout, stderr and the exit code, with argv passed verbatim (no shell)', async () => {
    const result = await runProcess(['python3', '-c', 'import sys; print(sys.argv[1:]); sys.stderr.write("warn\\n"); sys.exit(4)', '$HOME', '; rm -rf /', '*'], {
      cwd: dir,
      timeoutMs: 30_000,
    });
    expect(result).toEqual({
      exitCode: 4,
      signal: null,
      stdout: "['$HOME', '; rm -rf /', '*']\n",
      stderr: 'warn\n',
      timedOut: false,
      truncated: false,
    });
  });

  test('feeds input on stdin and runs in the given directory', async () => {
    const result = await runProcess(['python3', '-c', 'import os, sys; print(os.getcwd()); print(sys.stdin.read().upper())'], {
      cwd: dir,
      timeoutMs: 30_000,
      input: 'hello',
    });
    expect(result.stdout).toBe(`${dir}\nHELLO\n`);
  });

  test('a missing command is ENOENT, not an exception', async () => {
    const result = await runProcess(['/nonexistent/bin/python3'], { cwd: dir, timeoutMs: 5_000 });
    expect(result).toMatchObject({ exitCode: null, signal: null, stdout: '', timedOut: false, error: 'ENOENT' });
  });

  test('a missing working directory is EBADCWD, not a misleading ENOENT for the command', async () => {
    const result = await runProcess(['python3', '-c', 'pass'], { cwd: path.join(dir, 'missing'), timeoutMs: 5_000 });
    expect(result.error).toBe('EBADCWD');
    expect(result.errorMessage).toBe(`working directory ${path.join(dir, 'missing')} does not exist`);
  });

  test('a file without execute permission is EACCES', async () => {
    const file = path.join(dir, 'not-executable');
    writeFileSync(file, '#!/bin/sh\nexit 0\n', { mode: 0o644 });
    expect((await runProcess([file], { cwd: dir, timeoutMs: 5_000 })).error).toBe('EACCES');
  });

  test('the deadline kills the whole process group, grandchildren included', async () => {
    const pidFile = path.join(dir, 'grandchild.pid');
    const started = Date.now();
    const result = await runProcess(['sh', '-c', `sleep 60 & echo $! > "${pidFile}"; wait`], { cwd: dir, timeoutMs: 700 });
    expect(result.timedOut).toBe(true);
    expect(result.signal).toBe('SIGKILL');
    expect(Date.now() - started).toBeLessThan(5_000);
    const grandchild = Number(readFileSync(pidFile, 'utf8').trim());
    expect(await waitUntilGone(grandchild, 2_000)).toBe(true);
  });

  test('a child left holding stdout after its parent exits does not hold the gate', async () => {
    const started = Date.now();
    const result = await runProcess(['sh', '-c', 'sleep 60 & echo parent done'], { cwd: dir, timeoutMs: 30_000 });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe('parent done\n');
    expect(result.timedOut).toBe(false);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('output beyond the cap is dropped and reported as truncated', async () => {
    const result = await runProcess(['python3', '-c', 'print("x" * 100000)'], { cwd: dir, timeoutMs: 30_000, maxOutputBytes: 10 });
    expect(result.stdout).toBe('xxxxxxxxxx');
    expect(result.truncated).toBe(true);
    expect(result.exitCode).toBe(0);
  });

  test('a signal death is reported as the signal', async () => {
    const result = await runProcess(['python3', '-c', 'import os, signal; os.kill(os.getpid(), signal.SIGSEGV)'], { cwd: dir, timeoutMs: 30_000 });
    expect(result.exitCode).toBe(null);
    expect(result.signal).toBe('SIGSEGV');
    expect(describeExit(result)).toBe('killed by signal SIGSEGV');
  });

  test('extra pipes (fd 3) stream as they are written; restartTimeout extends the deadline', async () => {
    const chunks: string[] = [];
    const script = 'import os, time\nfor i in range(4):\n    time.sleep(0.3)\n    os.write(3, b"tick%d\\n" % i)\n';
    const running = startProcess(['python3', '-c', script], {
      cwd: dir,
      timeoutMs: 1_000,
      extraOutputFds: 1,
      onExtraOutput: (fd, chunk) => {
        expect(fd).toBe(3);
        chunks.push(chunk.toString());
        running.restartTimeout();
      },
    });
    const result = await running.result;
    // 1.2 s in total, but never 1 s between two ticks.
    expect(result.timedOut).toBe(false);
    expect(result.exitCode).toBe(0);
    expect(chunks.join('')).toBe('tick0\ntick1\ntick2\ntick3\n');
  });
});

describe('lastLine and describeExit', () => {
  test('lastLine skips trailing blank lines', () => {
    expect(lastLine('Traceback (most recent call last):\n  File "x"\nImportError: boom\n\n')).toBe('ImportError: boom');
    expect(lastLine('')).toBe('');
  });
  test('describeExit names the code or the signal', () => {
    expect(describeExit({ exitCode: 3, signal: null })).toBe('exited with code 3');
    expect(describeExit({ exitCode: null, signal: 'SIGKILL' })).toBe('killed by signal SIGKILL');
  });
});

describe('lineReader', () => {
  test('hands over complete lines only, whatever the chunk boundaries, and keeps a partial line for later', () => {
    const lines: string[] = [];
    const read = lineReader((line) => lines.push(line), 'utf8');
    for (const chunk of ['{"a":', '1}\n{"b"', ':2}\n\n{"c":3', '}']) read(Buffer.from(chunk));
    expect(lines).toEqual(['{"a":1}', '{"b":2}', '']);
    read(Buffer.from('\n'));
    expect(lines).toEqual(['{"a":1}', '{"b":2}', '', '{"c":3}']);
  });
});
