import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCommandProbe, tailOf } from '../../src/probes/commands.js';
import { splitCommandLine } from '../../src/config/machine-sections.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'depgate-commands-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const options = () => ({ cwd: dir, env: { PATH: process.env.PATH, GREETING: 'hello' }, timeoutMs: 10_000 });
const argvOf = (line: string): string[] => {
  const split = splitCommandLine(line);
  if (!split.ok) throw new Error(split.error);
  return split.argv;
};

describe('runCommandProbe runs argv without a shell', () => {
  test('exit code, stdout and the tail of stderr', async () => {
    const run = await runCommandProbe(['python3', '-c', 'import sys\nfor i in range(30): print("line", i, file=sys.stderr)\nprint("out")\nsys.exit(3)'], options());
    expect(run.exitCode).toBe(3);
    expect(run.timedOut).toBe(false);
    expect(run.stdout).toBe('out\n');
    expect(run.stderrTail).toBe(Array.from({ length: 20 }, (_, i) => `line ${i + 10}`).join('\n'));
  });

  test('a quoted command string is split into the words a shell would pass', async () => {
    const run = await runCommandProbe(argvOf(`python3 -c "import sys; print(sys.argv[1:])" 'two words' "a \\"quoted\\" one" back\\ slash`), options());
    expect(run.stdout).toBe(`['two words', 'a "quoted" one', 'back slash']\n`);
    expect(run.exitCode).toBe(0);
  });

  test('`; rm -rf` in a string is an argument, never a second command', async () => {
    const victim = path.join(dir, 'victim');
    writeFileSync(victim, 'still here');
    const run = await runCommandProbe(argvOf(`echo hi; rm -rf ${victim}`), options());
    expect(run.stdout).toBe(`hi; rm -rf ${victim}\n`);
    expect(existsSync(victim)).toBe(true);
  });

  test('$VARIABLES and globs are not expanded', async () => {
    const run = await runCommandProbe(argvOf('echo $GREETING *'), options());
    expect(run.stdout).toBe('$GREETING *\n');
  });

  test('shell: true is sh -c, where the environment is expanded', async () => {
    const run = await runCommandProbe(['sh', '-c', 'echo "$GREETING"; exit 4'], options());
    expect([run.stdout, run.exitCode]).toEqual(['hello\n', 4]);
  });

  test('a command past its timeout is killed', async () => {
    const started = Date.now();
    const run = await runCommandProbe(['sleep', '30'], { ...options(), timeoutMs: 300 });
    expect([run.timedOut, run.exitCode, run.signal]).toEqual([true, null, 'SIGKILL']);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test('a command that does not exist cannot start', async () => {
    const run = await runCommandProbe(['depgate-no-such-command'], options());
    expect(run.startError?.code).toBe('ENOENT');
    expect(run.exitCode).toBeNull();
  });
});

describe('tailOf', () => {
  test('keeps the last non-empty lines, capped in characters at the start', () => {
    expect(tailOf('a\n\nb\r\nc\n', 2)).toBe('b\nc');
    expect(tailOf('x'.repeat(50), 20, 10)).toBe(`…${'x'.repeat(9)}`);
  });
});
