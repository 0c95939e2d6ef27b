import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportResult } from '../../../src/model.js';
import { NODE_IMPORT_SCRIPT } from '../../../src/probes/node/import-script.js';
import { parseRunnerEvent, probeNodeImports } from '../../../src/probes/node/imports.js';
import { installPackage, makeTempDir, removeDir, writePackage, writePnpmTree } from '../../helpers/node-modules.js';

const HANG_TIMEOUT_MS = 2_000;

let root: string;
/** The app: its node_modules hold every fixture package below. */
let cwd: string;
/** The node the tests run on, by absolute path (the one on PATH, as the gate's default). */
let node: string;

/** A package in the app's node_modules with these files and package.json fields. */
function fixture(name: string, manifest: Record<string, unknown>, files: Record<string, string>): void {
  writePackage(path.join(cwd, 'node_modules', ...name.split('/')), { manifest: { name, version: '1.0.0', ...manifest }, files });
}

beforeAll(() => {
  root = makeTempDir('depgate-node-imports-');
  node = execFileSync('node', ['-p', 'process.execPath'], { encoding: 'utf8' }).trim();
  cwd = path.join(root, 'app');
  writePackage(cwd, { manifest: { name: 'app', version: '1.0.0' } });

  installPackage(cwd, 'cjs-ok', '1.0.0');
  fixture('esm-only', { type: 'module', exports: { import: './index.js' } }, { 'index.js': 'export const ok = true;\n' });
  fixture('esm-main', { type: 'module', main: 'index.js' }, { 'index.js': 'export default 1;\n' });
  fixture('esm-tla', { type: 'module', exports: './index.js' }, { 'index.js': 'await new Promise((r) => setTimeout(r, 10));\nexport default 1;\n' });
  fixture(
    'dual',
    { exports: { '.': { import: './index.mjs', require: './index.cjs' } } },
    { 'index.mjs': 'export default "esm";\n', 'index.cjs': 'module.exports = "cjs";\n' },
  );
  fixture(
    'nested-conditions',
    { exports: { '.': { node: { import: './node.mjs', default: './node.cjs' }, default: './browser.js' } } },
    { 'node.mjs': 'export default 1;\n', 'node.cjs': 'module.exports = 1;\n', 'browser.js': 'throw new Error("browser build loaded in node");\n' },
  );
  fixture('require-only', { exports: { require: './index.cjs' } }, { 'index.cjs': 'module.exports = 1;\n' });
  fixture('needs-redis', { main: 'index.js' }, { 'index.js': "throw new Error('REDIS_URL missing');\n" });
  fixture(
    'esm-config-error',
    { type: 'module', exports: { import: './index.js' } },
    { 'index.js': 'class ConfigError extends Error {}\nthrow new ConfigError("DATABASE_URL missing\\nsee docs/config.md");\n' },
  );
  fixture('throws-string', { main: 'index.js' }, { 'index.js': "throw 'plain string';\n" });
  fixture('throws-null', { main: 'index.js' }, { 'index.js': 'throw null;\n' });
  fixture('long-error', { main: 'index.js' }, { 'index.js': 'throw new RangeError("x".repeat(2000));\n' });
  fixture('rejects-later', { main: 'index.js' }, { 'index.js': 'Promise.reject(new TypeError("connection refused"));\nmodule.exports = 1;\n' });
  fixture('busy-loop', { main: 'index.js' }, { 'index.js': 'while (true) {}\n' });
  fixture(
    'awaits-forever',
    { type: 'module', exports: { import: './index.js' } },
    { 'index.js': 'await new Promise(() => { setInterval(() => {}, 1000); });\n' },
  );
  fixture('exits-3', { main: 'index.js' }, { 'index.js': 'process.exit(3);\n' });
  fixture('exits-0', { main: 'index.js' }, { 'index.js': 'process.exit(0);\n' });
  fixture('kills-itself', { main: 'index.js' }, { 'index.js': "process.kill(process.pid, 'SIGKILL');\n" });
  fixture(
    'chatty',
    { main: 'index.js' },
    {
      'index.js':
        'console.log(\'{"event":"result","index":0,"status":"error","errorType":"Fake"}\');\n' +
        'console.error("chatty warns on stderr");\n' +
        'process.stdout.write("x".repeat(200000));\n',
    },
  );
  fixture(
    'writes-fd3',
    { main: 'index.js' },
    {
      'index.js':
        "const fs = require('fs');\n" +
        'fs.writeSync(3, \'{"event":"result","index":0,"status":"error","errorType":"Forged","errorMessage":"forged","token":"guess"}\\n\');\n' +
        "fs.writeSync(3, 'half a line without its end');\n",
    },
  );
  fixture('closes-fd3', { main: 'index.js' }, { 'index.js': "require('fs').closeSync(3);\n" });
  fixture('reads-stdin', { main: 'index.js' }, { 'index.js': "module.exports = require('fs').readFileSync(0, 'utf8');\n" });
  fixture('exit-hook', { main: 'index.js' }, { 'index.js': "process.on('exit', () => { while (true) {} });\nsetInterval(() => {}, 1000);\n" });
  // The npm package punycode shares its name with a Node built-in: require('punycode') is the built-in.
  fixture('punycode', { main: 'punycode.js' }, { 'punycode.js': 'throw new Error("userland punycode loaded");\n' });

  // a@1 at the top, b with its own a@2 (which throws, so the test sees which copy loaded).
  installPackage(cwd, 'a', '1.0.0');
  const b = installPackage(cwd, 'b', '1.0.0', { files: { 'index.js': "module.exports = require('a');\n" } });
  installPackage(b, 'a', '2.0.0', { files: { 'index.js': 'throw new Error("a@2 loaded");\n' } });
});

afterAll(() => removeDir(root));

const ok = (module: string): ImportResult => ({ module, status: 'ok' });
const fromApp = (...names: string[]): { name: string; fromDir: string }[] => names.map((name) => ({ name, fromDir: cwd }));

describe('probeNodeImports', () => {
  test('every probe gets its own exact answer, in order, around hangs, exits and errors', async () => {
    const started = Date.now();
    const results = await probeNodeImports(
      node,
      fromApp(
        'cjs-ok', 'busy-loop', 'esm-only',
        'cjs-ok', 'awaits-forever', 'esm-only',
        'cjs-ok', 'exits-3', 'esm-only',
        'cjs-ok', 'exits-0', 'esm-only',
        'cjs-ok', 'kills-itself', 'esm-only',
        'cjs-ok', 'needs-redis', 'esm-only',
        'cjs-ok', 'chatty', 'esm-only',
      ),
      { cwd, timeoutMs: HANG_TIMEOUT_MS },
    );
    expect(results).toEqual([
      ok('cjs-ok'), { module: 'busy-loop', status: 'timeout' }, ok('esm-only'),
      ok('cjs-ok'), { module: 'awaits-forever', status: 'timeout' }, ok('esm-only'),
      ok('cjs-ok'), { module: 'exits-3', status: 'crashed', errorMessage: 'exited with code 3' }, ok('esm-only'),
      ok('cjs-ok'), { module: 'exits-0', status: 'crashed', errorMessage: 'exited with code 0' }, ok('esm-only'),
      ok('cjs-ok'), { module: 'kills-itself', status: 'crashed', errorMessage: 'killed by signal SIGKILL' }, ok('esm-only'),
      ok('cjs-ok'), { module: 'needs-redis', status: 'error', errorType: 'Error', errorMessage: 'REDIS_URL missing' }, ok('esm-only'),
      ok('cjs-ok'), ok('chatty'), ok('esm-only'),
    ]);
    // Two hangs cost two timeouts, not one per remaining probe.
    expect(Date.now() - started).toBeLessThan(2 * HANG_TIMEOUT_MS + 10_000);
  });

  test('CommonJS, ESM-only, exports maps with conditions, top-level await: each loaded as the app would', async () => {
    expect(
      await probeNodeImports(node, fromApp('cjs-ok', 'esm-only', 'esm-main', 'esm-tla', 'dual', 'nested-conditions', 'require-only'), {
        cwd,
        timeoutMs: 30_000,
      }),
    ).toEqual([ok('cjs-ok'), ok('esm-only'), ok('esm-main'), ok('esm-tla'), ok('dual'), ok('nested-conditions'), ok('require-only')]);
  });

  test('a thrown value is an error with its constructor name and the first line of its message', async () => {
    expect(
      await probeNodeImports(node, fromApp('needs-redis', 'esm-config-error', 'throws-string', 'throws-null', 'long-error', 'rejects-later', 'cjs-ok'), {
        cwd,
        timeoutMs: 30_000,
      }),
    ).toEqual([
      { module: 'needs-redis', status: 'error', errorType: 'Error', errorMessage: 'REDIS_URL missing' },
      { module: 'esm-config-error', status: 'error', errorType: 'ConfigError', errorMessage: 'DATABASE_URL missing' },
      { module: 'throws-string', status: 'error', errorType: 'string', errorMessage: 'plain string' },
      { module: 'throws-null', status: 'error', errorType: 'object', errorMessage: 'null' },
      { module: 'long-error', status: 'error', errorType: 'RangeError', errorMessage: 'x'.repeat(500) },
      { module: 'rejects-later', status: 'error', errorType: 'TypeError', errorMessage: 'connection refused' },
      ok('cjs-ok'),
    ]);
  });

  test('a package that is not installed is the error require gives', async () => {
    expect(await probeNodeImports(node, fromApp('not-installed-anywhere', 'cjs-ok'), { cwd, timeoutMs: 30_000 })).toEqual([
      { module: 'not-installed-anywhere', status: 'error', errorType: 'Error', errorMessage: "Cannot find module 'not-installed-anywhere'" },
      ok('cjs-ok'),
    ]);
  });

  test('each probe resolves from its own directory: a nested copy wins there, the hoisted one elsewhere', async () => {
    const bDir = path.join(cwd, 'node_modules', 'b');
    expect(
      await probeNodeImports(node, [{ name: 'a', fromDir: cwd }, { name: 'a', fromDir: bDir }, { name: 'b', fromDir: 'node_modules/b' }, { name: 'a', fromDir: '.' }], {
        cwd,
        timeoutMs: 30_000,
      }),
    ).toEqual([
      ok('a'),
      { module: 'a', status: 'error', errorType: 'Error', errorMessage: 'a@2 loaded' },
      // b's own require('a') gets its nested a@2 too.
      { module: 'b', status: 'error', errorType: 'Error', errorMessage: 'a@2 loaded' },
      ok('a'),
    ]);
  });

  test('a pnpm store: a package finds its dependencies beside it, the app does not', async () => {
    const app = path.join(root, 'pnpm-app');
    writePackage(app, { manifest: { name: 'pnpm-app', version: '1.0.0' } });
    writePnpmTree(
      app,
      [
        { name: 'a', version: '1.0.0', dependencies: { b: '2.0.0', '@s/esm': '3.0.0' } },
        { name: 'b', version: '2.0.0' },
        { name: '@s/esm', version: '3.0.0', manifest: { type: 'module', main: undefined, exports: { import: './index.mjs' } }, files: { 'index.mjs': 'export default 1;\n' } },
      ],
      ['a@1.0.0'],
    );
    // a requires b, which is only its sibling inside the store; @s/esm, also a sibling, is ESM-only.
    writeFileSync(path.join(app, 'node_modules', '.pnpm', 'a@1.0.0', 'node_modules', 'a', 'index.js'), "require('b');\nmodule.exports = 1;\n");
    expect(
      await probeNodeImports(
        node,
        [
          { name: 'a', fromDir: app },
          { name: 'b', fromDir: app },
          { name: 'b', fromDir: path.join(app, 'node_modules', 'a') },
          { name: '@s/esm', fromDir: path.join(app, 'node_modules', 'a') },
        ],
        { cwd: app, timeoutMs: 30_000 },
      ),
    ).toEqual([ok('a'), { module: 'b', status: 'error', errorType: 'Error', errorMessage: "Cannot find module 'b'" }, ok('b'), ok('@s/esm')]);
  });

  test('a package named like a Node built-in is loaded from node_modules, not the built-in', async () => {
    expect(await probeNodeImports(node, fromApp('punycode'), { cwd, timeoutMs: 30_000 })).toEqual([
      { module: 'punycode', status: 'error', errorType: 'Error', errorMessage: 'userland punycode loaded' },
    ]);
  });

  test('a package cannot forge results: lines without the runner token are ignored, half lines cannot swallow the next', async () => {
    expect(await probeNodeImports(node, fromApp('writes-fd3', 'chatty', 'reads-stdin', 'needs-redis'), { cwd, timeoutMs: 30_000 })).toEqual([
      ok('writes-fd3'),
      ok('chatty'),
      ok('reads-stdin'),
      { module: 'needs-redis', status: 'error', errorType: 'Error', errorMessage: 'REDIS_URL missing' },
    ]);
  });

  test('a package that closes the result pipe is crashed, and the rest still get their answers', async () => {
    expect(await probeNodeImports(node, fromApp('cjs-ok', 'closes-fd3', 'esm-only'), { cwd, timeoutMs: 30_000 })).toEqual([
      ok('cjs-ok'),
      { module: 'closes-fd3', status: 'crashed', errorMessage: "exited with code 71: the package closed the runner's result pipe (fd 3)" },
      ok('esm-only'),
    ]);
  });

  test('exit hooks and open timers left by a package do not hold the runner', async () => {
    const started = Date.now();
    expect(await probeNodeImports(node, fromApp('exit-hook', 'cjs-ok'), { cwd, timeoutMs: 20_000 })).toEqual([ok('exit-hook'), ok('cjs-ok')]);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  test('names that are paths or URLs are not loaded', async () => {
    writeFileSync(path.join(cwd, 'local.js'), 'throw new Error("local file ran");\n');
    expect(
      await probeNodeImports(node, fromApp('./local.js', path.join(cwd, 'local.js'), 'data:text/javascript,throw 1', 'cjs-ok/../../local.js', '', '@scope', 'cjs-ok'), {
        cwd,
        timeoutMs: 30_000,
      }),
    ).toEqual([
      { module: './local.js', status: 'error', errorType: 'TypeError', errorMessage: 'not a package name: "./local.js"' },
      { module: path.join(cwd, 'local.js'), status: 'error', errorType: 'TypeError', errorMessage: `not a package name: ${JSON.stringify(path.join(cwd, 'local.js'))}` },
      { module: 'data:text/javascript,throw 1', status: 'error', errorType: 'TypeError', errorMessage: 'not a package name: "data:text/javascript,throw 1"' },
      { module: 'cjs-ok/../../local.js', status: 'error', errorType: 'TypeError', errorMessage: 'not a package name: "cjs-ok/../../local.js"' },
      { module: '', status: 'error', errorType: 'TypeError', errorMessage: 'not a package name: ""' },
      { module: '@scope', status: 'error', errorType: 'TypeError', errorMessage: 'not a package name: "@scope"' },
      ok('cjs-ok'),
    ]);
  });

  test('a NUL byte, which no argv can carry, is that probe’s error alone', async () => {
    expect(
      await probeNodeImports(node, [...fromApp('cjs-ok', 'a\0b'), { name: 'dual', fromDir: `${cwd}\0` }, ...fromApp('esm-only')], { cwd, timeoutMs: 30_000 }),
    ).toEqual([
      ok('cjs-ok'),
      { module: 'a\0b', status: 'error', errorType: 'TypeError', errorMessage: 'not a package name: "a\\u0000b"' },
      { module: 'dual', status: 'error', errorType: 'TypeError', errorMessage: `not a directory: ${JSON.stringify(`${cwd}\0`)}` },
      ok('esm-only'),
    ]);
  });

  test('one node start in the common case, plus one per probe that hangs or ends the process', async () => {
    const log = path.join(root, 'starts.log');
    const counting = path.join(root, 'counting-node');
    writeFileSync(counting, `#!/bin/sh\necho start >> "${log}"\nexec "${node}" "$@"\n`, { mode: 0o755 });
    const starts = (): number => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).length : 0);

    await probeNodeImports(counting, fromApp('cjs-ok', 'esm-only', 'needs-redis', 'chatty', 'dual'), { cwd, timeoutMs: HANG_TIMEOUT_MS });
    expect(starts()).toBe(1);

    writeFileSync(log, '');
    const results = await probeNodeImports(counting, fromApp('cjs-ok', 'exits-3', 'dual', 'busy-loop', 'esm-only', 'exits-0'), {
      cwd,
      timeoutMs: HANG_TIMEOUT_MS,
    });
    expect(results.map((r) => r.status)).toEqual(['ok', 'crashed', 'ok', 'timeout', 'ok', 'crashed']);
    expect(starts()).toBe(3);

    // Arguments past MAX_RUNNER_ARGUMENT_BYTES (512 KiB) go to a second start, not to E2BIG.
    writeFileSync(log, '');
    // A real directory 3,000 characters deep: 200 probes from it are about 600 KB of arguments.
    const deepDir = path.join(cwd, ...Array.from({ length: 15 }, (_, i) => String(i).padEnd(200, 'x')));
    mkdirSync(deepDir, { recursive: true });
    const deep = { name: 'cjs-ok', fromDir: deepDir };
    const many = await probeNodeImports(counting, [...fromApp('esm-only'), ...Array<typeof deep>(200).fill(deep), ...fromApp('dual')], {
      cwd,
      timeoutMs: 30_000,
    });
    expect(many).toEqual([ok('esm-only'), ...Array<ImportResult>(200).fill(ok('cjs-ok')), ok('dual')]);
    expect(starts()).toBe(2);
  });

  test('a node that cannot start fails every probe the same way, with one attempt', async () => {
    expect(await probeNodeImports('/nonexistent/bin/node', fromApp('cjs-ok', 'esm-only'), { cwd, timeoutMs: 30_000 })).toEqual([
      { module: 'cjs-ok', status: 'crashed', errorMessage: 'could not start /nonexistent/bin/node: not found' },
      { module: 'esm-only', status: 'crashed', errorMessage: 'could not start /nonexistent/bin/node: not found' },
    ]);
    const broken = path.join(root, 'broken-node');
    writeFileSync(broken, '#!/bin/sh\necho "node: --no-such-flag is not allowed in NODE_OPTIONS" >&2\nexit 9\n', { mode: 0o755 });
    expect(await probeNodeImports(broken, fromApp('cjs-ok', 'dual'), { cwd, timeoutMs: 30_000 })).toEqual([
      { module: 'cjs-ok', status: 'crashed', errorMessage: `${broken} exited with code 9 before loading anything: node: --no-such-flag is not allowed in NODE_OPTIONS` },
      { module: 'dual', status: 'crashed', errorMessage: `${broken} exited with code 9 before loading anything: node: --no-such-flag is not allowed in NODE_OPTIONS` },
    ]);
  });

  test('no probes, no process', async () => {
    expect(await probeNodeImports('/nonexistent/bin/node', [], { cwd, timeoutMs: 1_000 })).toEqual([]);
  });

  test('the runner script is valid JavaScript for node --check', () => {
    const file = path.join(root, 'runner.mjs');
    writeFileSync(file, NODE_IMPORT_SCRIPT);
    expect(execFileSync(node, ['--check', file], { encoding: 'utf8' })).toBe('');
  });
});

describe('parseRunnerEvent', () => {
  test('reads whole events with a token and nothing else', () => {
    expect(parseRunnerEvent('{"event":"ready","token":"t"}')).toEqual({ event: 'ready', token: 't' });
    expect(parseRunnerEvent('{"event":"begin","index":2,"token":"t"}')).toEqual({ event: 'begin', index: 2, token: 't' });
    expect(parseRunnerEvent('{"event":"result","index":0,"status":"error","errorType":"Error","errorMessage":"m","token":"t"}')).toEqual({
      event: 'result',
      index: 0,
      token: 't',
      status: 'error',
      errorType: 'Error',
      errorMessage: 'm',
    });
    expect(parseRunnerEvent('{"event":"result","index":0,"status":"ok"}')).toBeUndefined();
    expect(parseRunnerEvent('{"event":"result","index":0,"status":"maybe","token":"t"}')).toBeUndefined();
    expect(parseRunnerEvent('half a line{"event":"ready","token":"t"}')).toBeUndefined();
    expect(parseRunnerEvent('')).toBeUndefined();
    expect(parseRunnerEvent('null')).toBeUndefined();
  });
});

