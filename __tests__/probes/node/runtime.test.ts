import { afterAll, afterEach, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { nodeErrorLine, parseRuntimeAnswer, probeNodeRuntime, probePackageManagerVersion } from '../../../src/probes/node/runtime.js';
import { makeTempDir, removeDir } from '../../helpers/node-modules.js';

let root: string;
const originalPath = process.env.PATH;

beforeAll(() => {
  root = makeTempDir('depgate-node-runtime-');
});

afterAll(() => removeDir(root));

afterEach(() => {
  process.env.PATH = originalPath;
});

/** An executable shell script standing in for node, npm, pnpm or yarn. */
function fakeCommand(dir: string, name: string, script: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name);
  writeFileSync(file, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  return file;
}

describe('probeNodeRuntime', () => {
  test('asks the node on PATH, not the gate’s own process, for its version and executable', async () => {
    const expected = JSON.parse(execFileSync('node', ['-p', 'JSON.stringify([process.version, process.execPath])'], { encoding: 'utf8' })) as [string, string];
    expect(await probeNodeRuntime('node', { cwd: root, timeoutMs: 30_000 })).toEqual({
      ok: true,
      executable: expected[1],
      version: expected[0].slice(1),
    });
  });

  test('the node named by the input answers for itself, after whatever a preload printed', async () => {
    const node18 = fakeCommand(path.join(root, 'node18'), 'node', 'echo "preload says hi"\necho \'{"v":"v18.19.0","e":"/opt/node18/bin/node"}\'');
    expect(await probeNodeRuntime(node18, { cwd: root, timeoutMs: 30_000 })).toEqual({ ok: true, executable: '/opt/node18/bin/node', version: '18.19.0' });
  });

  test('not found, failing, hanging and non-node commands are told apart', async () => {
    expect(await probeNodeRuntime('/nonexistent/bin/node', { cwd: root, timeoutMs: 30_000 })).toEqual({
      ok: false,
      reason: 'not-found',
      message: 'Node.js not found: /nonexistent/bin/node',
    });
    const failing = fakeCommand(path.join(root, 'failing'), 'node', 'echo "node: bad option: -p" >&2\nexit 9');
    expect(await probeNodeRuntime(failing, { cwd: root, timeoutMs: 30_000 })).toEqual({
      ok: false,
      reason: 'failed',
      message: `${failing} exited with code 9: node: bad option: -p`,
    });
    const hanging = fakeCommand(path.join(root, 'hanging'), 'node', 'sleep 30');
    expect(await probeNodeRuntime(hanging, { cwd: root, timeoutMs: 500 })).toEqual({
      ok: false,
      reason: 'timeout',
      message: `${hanging} did not answer within 500 ms`,
    });
    const python = fakeCommand(path.join(root, 'python'), 'node', 'echo "Python 3.12.1"');
    expect(await probeNodeRuntime(python, { cwd: root, timeoutMs: 30_000 })).toEqual({
      ok: false,
      reason: 'failed',
      message: `${python} did not answer like Node.js (node -p printed "Python 3.12.1")`,
    });
  });
});

describe('parseRuntimeAnswer', () => {
  test('the last line, with a semver version', () => {
    expect(parseRuntimeAnswer('{"v":"v24.1.0","e":"/usr/bin/node"}\n')).toEqual({ executable: '/usr/bin/node', version: '24.1.0' });
    expect(parseRuntimeAnswer('{"v":"v25.0.0-nightly20250101abc","e":"/n"}')).toEqual({ executable: '/n', version: '25.0.0-nightly20250101abc' });
    expect(parseRuntimeAnswer('{"v":"24","e":"/n"}')).toBeUndefined();
    expect(parseRuntimeAnswer('{"v":"v24.1.0"}')).toBeUndefined();
    expect(parseRuntimeAnswer('')).toBeUndefined();
  });
});

describe('nodeErrorLine', () => {
  test('the error line of an uncaught error, not its stack, properties or the version footer', () => {
    const stderr = [
      '[eval]:1',
      'throw Object.assign(new TypeError("boom"), {code: "X"})',
      '^',
      '',
      'TypeError: boom',
      '    at [eval]:1:21',
      '    at node:internal/main/eval_string:51:3 {',
      "  code: 'X'",
      '}',
      '',
      'Node.js v20.20.2',
      '',
    ].join('\n');
    expect(nodeErrorLine(stderr)).toBe('TypeError: boom');
    expect(nodeErrorLine('node: --no-such-flag is not allowed in NODE_OPTIONS\n')).toBe('node: --no-such-flag is not allowed in NODE_OPTIONS');
    expect(nodeErrorLine('something odd\n\nNode.js v22.1.0\n')).toBe('something odd');
  });
});

describe('probePackageManagerVersion', () => {
  test('the version each package manager on PATH prints, run in the app directory', async () => {
    const bin = path.join(root, 'bin');
    fakeCommand(bin, 'yarn', '[ "$1" = --version ] && [ "$(pwd)" = "$EXPECTED_CWD" ] && echo 4.5.1');
    fakeCommand(bin, 'pnpm', 'echo "! Corepack is about to download pnpm" >&2\necho 9.12.0');
    fakeCommand(bin, 'npm', 'echo v10.8.2');
    process.env.PATH = `${bin}:${originalPath}`;
    process.env.EXPECTED_CWD = root;
    try {
      expect(await probePackageManagerVersion('yarn', { cwd: root, timeoutMs: 30_000 })).toBe('4.5.1');
      expect(await probePackageManagerVersion('pnpm', { cwd: root, timeoutMs: 30_000 })).toBe('9.12.0');
      expect(await probePackageManagerVersion('npm', { cwd: root, timeoutMs: 30_000 })).toBe('10.8.2');
    } finally {
      delete process.env.EXPECTED_CWD;
    }
  });

  test('undefined when it is not installed, fails, hangs or prints no version', async () => {
    const sleep = execFileSync('sh', ['-c', 'command -v sleep'], { encoding: 'utf8' }).trim();
    const bin = path.join(root, 'empty-bin');
    mkdirSync(bin, { recursive: true });
    process.env.PATH = bin;
    expect(await probePackageManagerVersion('pnpm', { cwd: root, timeoutMs: 30_000 })).toBeUndefined();

    fakeCommand(bin, 'yarn', 'echo "Usage Error: The project in package.json does not seem to be configured" \nexit 1');
    fakeCommand(bin, 'pnpm', 'echo "not a version"');
    fakeCommand(bin, 'npm', `${sleep} 30`);
    expect(await probePackageManagerVersion('yarn', { cwd: root, timeoutMs: 30_000 })).toBeUndefined();
    expect(await probePackageManagerVersion('pnpm', { cwd: root, timeoutMs: 30_000 })).toBeUndefined();
    const started = Date.now();
    expect(await probePackageManagerVersion('npm', { cwd: root, timeoutMs: 500 })).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(500);
  });

  test('the real npm on this machine', async () => {
    const expected = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
    expect(await probePackageManagerVersion('npm', { cwd: root, timeoutMs: 60_000 })).toBe(expected);
  });
});
