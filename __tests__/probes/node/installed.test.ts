import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import {
  detectPlugAndPlay,
  installedTree,
  resolveInstalledPackage,
  type NodeInstalledPackage,
} from '../../../src/probes/node/installed.js';
import { installPackage, linkDir, makeTempDir, removeDir, writePackage, writePnpmTree } from '../../helpers/node-modules.js';

let root: string;

beforeAll(() => {
  root = makeTempDir('depgate-node-installed-');
});

afterAll(() => removeDir(root));

/** A new app directory under the test's temp root. */
function app(name: string): string {
  const dir = path.join(root, name);
  mkdirSync(dir, { recursive: true });
  writePackage(dir, { manifest: { name, version: '0.0.0', private: true } });
  return dir;
}

/** Node's own answer (in a real node: jest replaces createRequire) to `require(request)` from a file in `fromDir`. */
function nodeRequire(request: string, fromDir: string, how: 'require' | 'resolve' = 'require'): unknown {
  const script =
    "const r = require('node:module').createRequire(process.argv[1]);" +
    `try { console.log(JSON.stringify(r${how === 'resolve' ? '.resolve' : ''}(process.argv[2]))) }` +
    "catch (e) { console.log(JSON.stringify({ code: e.code })) }";
  return JSON.parse(execFileSync('node', ['-e', script, path.join(fromDir, 'noop.js'), request], { encoding: 'utf8' }));
}

function commonjs(name: string, version: string, dir: string, foundAt: string): NodeInstalledPackage {
  return { name, version, dir, foundAt, type: 'commonjs', hasExports: false, binOnly: false, typesOnly: false };
}

describe('resolveInstalledPackage', () => {
  test('an npm hoisted tree: every package from node_modules at the root, also from inside another package', () => {
    const cwd = app('hoisted');
    const a = installPackage(cwd, 'a', '1.0.0');
    const b = installPackage(cwd, 'b', '2.0.0', { manifest: { dependencies: { a: '^1.0.0' } } });

    expect(resolveInstalledPackage('a', cwd, { cwd })).toEqual(commonjs('a', '1.0.0', a, 'node_modules/a'));
    expect(resolveInstalledPackage('a', b, { cwd })).toEqual(commonjs('a', '1.0.0', a, 'node_modules/a'));
    expect(resolveInstalledPackage('b', '.', { cwd })).toEqual(commonjs('b', '2.0.0', b, 'node_modules/b'));
    expect(nodeRequire('a', b)).toEqual({ name: 'a', version: '1.0.0' });
  });

  test('a nested version conflict: a@1 at the top, b with its own a@2: from b it is 2, from the root 1', () => {
    const cwd = app('nested');
    const a1 = installPackage(cwd, 'a', '1.0.0');
    const b = installPackage(cwd, 'b', '1.0.0', { manifest: { dependencies: { a: '^2.0.0' } } });
    const a2 = installPackage(b, 'a', '2.0.0');

    expect(resolveInstalledPackage('a', b, { cwd })).toEqual(commonjs('a', '2.0.0', a2, 'node_modules/b/node_modules/a'));
    expect(resolveInstalledPackage('a', cwd, { cwd })).toEqual(commonjs('a', '1.0.0', a1, 'node_modules/a'));
    // From inside a2 itself: node_modules/b/node_modules is skipped as a parent, as Node does.
    expect(resolveInstalledPackage('a', a2, { cwd })).toEqual(commonjs('a', '2.0.0', a2, 'node_modules/b/node_modules/a'));
    expect([nodeRequire('a', b), nodeRequire('a', cwd)]).toEqual([
      { name: 'a', version: '2.0.0' },
      { name: 'a', version: '1.0.0' },
    ]);
  });

  test('scoped packages live in node_modules/@scope/name', () => {
    const cwd = app('scoped');
    const ui = installPackage(cwd, '@acme/ui', '3.1.4');
    expect(resolveInstalledPackage('@acme/ui', cwd, { cwd })).toEqual(commonjs('@acme/ui', '3.1.4', ui, 'node_modules/@acme/ui'));
    expect(resolveInstalledPackage('@acme/other', cwd, { cwd })).toMatchObject({ missing: true });
  });

  test('a pnpm store: a direct dependency through its symlink, a transitive one only from inside the store', () => {
    const cwd = app('pnpm');
    writePnpmTree(
      cwd,
      [
        { name: 'a', version: '1.0.0', dependencies: { b: '2.0.0', '@s/c': '3.0.0' } },
        { name: 'b', version: '2.0.0' },
        { name: '@s/c', version: '3.0.0' },
      ],
      ['a@1.0.0'],
    );
    const store = path.join(cwd, 'node_modules', '.pnpm');
    const aDir = path.join(store, 'a@1.0.0', 'node_modules', 'a');

    expect(resolveInstalledPackage('a', cwd, { cwd })).toEqual(commonjs('a', '1.0.0', aDir, 'node_modules/a'));
    // From a's symlinked path: Node starts from its real path, where b is a sibling.
    expect(resolveInstalledPackage('b', path.join(cwd, 'node_modules', 'a'), { cwd })).toEqual(
      commonjs('b', '2.0.0', path.join(store, 'b@2.0.0', 'node_modules', 'b'), 'node_modules/.pnpm/a@1.0.0/node_modules/b'),
    );
    expect(resolveInstalledPackage('@s/c', aDir, { cwd })).toEqual(
      commonjs('@s/c', '3.0.0', path.join(store, '@s+c@3.0.0', 'node_modules', '@s', 'c'), 'node_modules/.pnpm/a@1.0.0/node_modules/@s/c'),
    );
    // pnpm does not hoist: the app itself cannot require b.
    const fromRoot = resolveInstalledPackage('b', cwd, { cwd });
    expect(fromRoot).toMatchObject({ missing: true });
    expect((fromRoot as { searched: string[] }).searched.slice(0, 2)).toEqual(['node_modules/b', '../node_modules/b']);
    // Node loads a by its real path, so a's own require('b') and require('@s/c') succeed.
    expect(nodeRequire('a', cwd)).toEqual({ name: 'a', version: '1.0.0' });
    expect(nodeRequire('b', aDir)).toEqual({ name: 'b', version: '2.0.0' });
    expect(nodeRequire('b', cwd)).toEqual({ code: 'MODULE_NOT_FOUND' });
  });

  test('npm workspaces: a link to packages/ui, whose own node_modules win over the hoisted copy', () => {
    const cwd = app('workspaces');
    const ui = writePackage(path.join(cwd, 'packages', 'ui'), {
      manifest: { name: '@acme/ui', version: '0.3.0', type: 'module', exports: { '.': './index.js' } },
      files: { 'index.js': 'export default 1;\n' },
    });
    const web = writePackage(path.join(cwd, 'packages', 'web'), { manifest: { name: 'web', version: '1.0.0' } });
    linkDir(path.join(cwd, 'node_modules', '@acme', 'ui'), ui);
    linkDir(path.join(cwd, 'node_modules', 'web'), web);
    const left1 = installPackage(cwd, 'left', '1.0.0');
    const left2 = installPackage(ui, 'left', '2.0.0');

    expect(resolveInstalledPackage('@acme/ui', cwd, { cwd })).toEqual({
      name: '@acme/ui',
      version: '0.3.0',
      dir: ui,
      foundAt: 'node_modules/@acme/ui',
      type: 'module',
      hasExports: true,
      binOnly: false,
      typesOnly: false,
    });
    expect(resolveInstalledPackage('@acme/ui', web, { cwd })).toMatchObject({ dir: ui, foundAt: 'node_modules/@acme/ui' });
    expect(resolveInstalledPackage('left', ui, { cwd })).toEqual(commonjs('left', '2.0.0', left2, 'packages/ui/node_modules/left'));
    expect(resolveInstalledPackage('left', web, { cwd })).toEqual(commonjs('left', '1.0.0', left1, 'node_modules/left'));
    expect(resolveInstalledPackage('left', 'packages/web', { cwd })).toEqual(commonjs('left', '1.0.0', left1, 'node_modules/left'));
    expect([nodeRequire('left', ui), nodeRequire('left', web)]).toEqual([
      { name: 'left', version: '2.0.0' },
      { name: 'left', version: '1.0.0' },
    ]);
  });

  test('a missing package lists every node_modules searched, nearest first, up to the filesystem root', () => {
    const cwd = app('missing');
    const from = path.join(cwd, 'src', 'lib');
    mkdirSync(from, { recursive: true });
    const result = resolveInstalledPackage('left-pad', from, { cwd });
    const depth = cwd.split(path.sep).filter(Boolean).length;
    expect(result).toEqual({
      missing: true,
      searched: [
        'src/lib/node_modules/left-pad',
        'src/node_modules/left-pad',
        'node_modules/left-pad',
        ...Array.from({ length: depth }, (_, up) => `${'../'.repeat(up + 1)}node_modules/left-pad`),
      ],
    });
  });

  test('a package.json that does not parse is an error naming the file and the parse error', () => {
    const cwd = app('broken');
    const text = '{ "name": "broken", "version": "1.0.0", }';
    writePackage(path.join(cwd, 'node_modules', 'broken'), { manifest: text });
    let parseError = '';
    try {
      JSON.parse(text);
    } catch (err) {
      parseError = (err as Error).message;
    }
    expect(parseError).not.toBe('');
    expect(resolveInstalledPackage('broken', cwd, { cwd })).toEqual({
      error: `node_modules/broken/package.json does not parse: ${parseError}; reinstall the package`,
    });
    writePackage(path.join(cwd, 'node_modules', 'array'), { manifest: '[1, 2]' });
    expect(resolveInstalledPackage('array', cwd, { cwd })).toEqual({
      error: 'node_modules/array/package.json is not a JSON object; reinstall the package',
    });
  });

  test('an exports map that hides ./package.json does not hide the package', () => {
    const cwd = app('exports');
    const dir = writePackage(path.join(cwd, 'node_modules', 'strict'), {
      manifest: { name: 'strict', version: '5.0.1', exports: { '.': { import: './index.mjs', require: './index.cjs' } } },
      files: { 'index.mjs': 'export default 1;\n', 'index.cjs': 'module.exports = 1;\n' },
    });
    expect(nodeRequire('strict/package.json', cwd, 'resolve')).toEqual({ code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
    expect(resolveInstalledPackage('strict', cwd, { cwd })).toEqual({
      name: 'strict',
      version: '5.0.1',
      dir,
      foundAt: 'node_modules/strict',
      type: 'commonjs',
      hasExports: true,
      binOnly: false,
      typesOnly: false,
    });
  });

  test('an npm: alias is found under its alias, with the real name from its package.json', () => {
    const cwd = app('alias');
    const dir = writePackage(path.join(cwd, 'node_modules', 'old'), { manifest: { name: 'new', version: '2.0.0' }, files: { 'index.js': '' } });
    expect(resolveInstalledPackage('old', cwd, { cwd })).toEqual(commonjs('new', '2.0.0', dir, 'node_modules/old'));
  });

  test('bin-only and type-only packages are told apart from loadable ones', () => {
    const cwd = app('kinds');
    const write = (name: string, manifest: Record<string, unknown>, files: Record<string, string> = {}): void => {
      writePackage(path.join(cwd, 'node_modules', ...name.split('/')), { manifest: { name, version: '1.0.0', ...manifest }, files });
    };
    write('cli-tool', { bin: { 'cli-tool': './cli.js' } }, { 'cli.js': '#!/usr/bin/env node\n' });
    write('cli-string-bin', { bin: './cli.js' }, { 'cli.js': '' });
    write('cli-with-index', { bin: './cli.js' }, { 'cli.js': '', 'index.js': '' });
    write('cli-with-main', { bin: './cli.js', main: 'lib/api.js' }, { 'cli.js': '', 'lib/api.js': '' });
    write('@types/node', { types: 'index.d.ts' }, { 'index.d.ts': '' });
    write('declarations', { types: './types.d.ts' }, { 'types.d.ts': '' });
    write('declarations-main', { main: 'index.d.ts' }, { 'index.d.ts': '' });
    write('declarations-exports', {
      exports: { '.': { types: './index.d.ts' }, './sub': { types: './sub.d.mts' }, './package.json': './package.json' },
    });
    write('typed-code', { types: 'index.d.ts', exports: { '.': { types: './index.d.ts', default: './index.js' } } });
    write('typed-index', { types: 'index.d.ts' }, { 'index.d.ts': '', 'index.js': '' });

    const kinds = (name: string): [boolean, boolean] => {
      const found = resolveInstalledPackage(name, cwd, { cwd }) as NodeInstalledPackage;
      return [found.binOnly, found.typesOnly];
    };
    expect(kinds('cli-tool')).toEqual([true, false]);
    expect(kinds('cli-string-bin')).toEqual([true, false]);
    expect(kinds('cli-with-index')).toEqual([false, false]);
    expect(kinds('cli-with-main')).toEqual([false, false]);
    expect(kinds('@types/node')).toEqual([false, true]);
    expect(kinds('declarations')).toEqual([false, true]);
    expect(kinds('declarations-main')).toEqual([false, true]);
    expect(kinds('declarations-exports')).toEqual([false, true]);
    expect(kinds('typed-code')).toEqual([false, false]);
    expect(kinds('typed-index')).toEqual([false, false]);
  });

  test('a directory without package.json, or a dangling symlink, is passed over as Node passes it over', () => {
    const cwd = app('leftovers');
    const outer = installPackage(cwd, 'a', '1.0.0');
    const inner = path.join(cwd, 'packages', 'x');
    mkdirSync(path.join(inner, 'node_modules', 'a'), { recursive: true });
    symlinkSync('../../gone', path.join(inner, 'node_modules', 'b'));
    const b = installPackage(cwd, 'b', '4.0.0');
    expect(resolveInstalledPackage('a', inner, { cwd })).toEqual(commonjs('a', '1.0.0', outer, 'node_modules/a'));
    expect(resolveInstalledPackage('b', inner, { cwd })).toEqual(commonjs('b', '4.0.0', b, 'node_modules/b'));
    expect([nodeRequire('a', inner), nodeRequire('b', inner)]).toEqual([
      { name: 'a', version: '1.0.0' },
      { name: 'b', version: '4.0.0' },
    ]);
  });

  test('a version-less package.json gives version "", a missing name the requested one', () => {
    const cwd = app('bare');
    const dir = writePackage(path.join(cwd, 'node_modules', 'bare'), { manifest: {}, files: { 'index.js': '' } });
    expect(resolveInstalledPackage('bare', cwd, { cwd })).toEqual(commonjs('bare', '', dir, 'node_modules/bare'));
  });

  test('a name that cannot be a node_modules directory is an error, never a path outside node_modules', () => {
    const cwd = app('names');
    for (const name of ['', '../escape', '@scope', '@scope/a/b', 'a/b', '.', '..', '@/x', 'a\\b']) {
      expect(resolveInstalledPackage(name, cwd, { cwd })).toEqual({
        error: `${JSON.stringify(name)} is not a package name (expected "name" or "@scope/name")`,
      });
    }
    expect(resolveInstalledPackage('a\0', cwd, { cwd })).toEqual({ error: '"a\\u0000" is not a package name (expected "name" or "@scope/name")' });
    expect(resolveInstalledPackage('a', 'sub\0dir', { cwd })).toMatchObject({ missing: true });
  });
});

describe('detectPlugAndPlay', () => {
  test('finds .pnp.cjs or Yarn 2 .pnp.js at the project root, from a workspace below it', () => {
    const berry = app('berry');
    writeFileSync(path.join(berry, 'yarn.lock'), '');
    writeFileSync(path.join(berry, '.pnp.cjs'), '');
    const workspace = path.join(berry, 'packages', 'api');
    mkdirSync(workspace, { recursive: true });
    expect(detectPlugAndPlay(berry)).toBe('.pnp.cjs');
    expect(detectPlugAndPlay(workspace)).toBe('../../.pnp.cjs');

    const yarn2 = app('yarn2');
    writeFileSync(path.join(yarn2, '.pnp.js'), '');
    expect(detectPlugAndPlay(yarn2)).toBe('.pnp.js');
  });

  test('nothing for node_modules projects, and nothing past the project root', () => {
    const outer = app('outer');
    writeFileSync(path.join(outer, '.pnp.cjs'), '');
    const inner = app('outer/inner');
    writeFileSync(path.join(inner, 'yarn.lock'), '');
    expect(detectPlugAndPlay(inner)).toBeUndefined();
    const plain = app('outer/plain');
    mkdirSync(path.join(plain, '.git'));
    expect(detectPlugAndPlay(plain)).toBeUndefined();
  });
});

describe('installedTree', () => {
  test('lists every package by its path as found: nested, scoped, pnpm store entries and workspace node_modules', () => {
    const cwd = app('tree');
    installPackage(cwd, 'a', '1.0.0');
    const b = installPackage(cwd, 'b', '1.0.0');
    installPackage(b, 'a', '2.0.0');
    installPackage(cwd, '@s/c', '3.0.0');
    mkdirSync(path.join(cwd, 'node_modules', '.bin'));
    writeFileSync(path.join(cwd, 'node_modules', '.package-lock.json'), '{}');
    writePackage(path.join(cwd, 'node_modules', 'broken'), { manifest: '{' });
    const ui = writePackage(path.join(cwd, 'packages', 'ui'), { manifest: { name: '@acme/ui', version: '0.1.0' } });
    installPackage(ui, 'left', '2.0.0');
    linkDir(path.join(cwd, 'node_modules', '@acme', 'ui'), ui);

    const tree = installedTree(cwd);
    expect(Object.fromEntries([...tree].map(([key, pkg]) => [key, `${pkg.name}@${pkg.version}`]))).toEqual({
      'node_modules/a': 'a@1.0.0',
      'node_modules/b': 'b@1.0.0',
      'node_modules/@s/c': '@s/c@3.0.0',
      'node_modules/@acme/ui': '@acme/ui@0.1.0',
      'node_modules/b/node_modules/a': 'a@2.0.0',
      'packages/ui/node_modules/left': 'left@2.0.0',
    });
    expect(tree.get('node_modules/@acme/ui')).toEqual({
      name: '@acme/ui',
      version: '0.1.0',
      dir: ui,
      foundAt: 'node_modules/@acme/ui',
      type: 'commonjs',
      hasExports: false,
      binOnly: false,
      typesOnly: false,
    });
  });

  test('a pnpm tree: the direct links and every store entry, once each', () => {
    const cwd = app('pnpm-tree');
    writePnpmTree(
      cwd,
      [
        { name: 'a', version: '1.0.0', dependencies: { b: '2.0.0', '@s/c': '3.0.0' } },
        { name: 'b', version: '2.0.0', dependencies: { '@s/c': '3.0.0' } },
        { name: '@s/c', version: '3.0.0' },
      ],
      ['a@1.0.0', '@s/c@3.0.0'],
    );
    const tree = installedTree(cwd);
    expect(Object.fromEntries([...tree].map(([key, pkg]) => [key, `${pkg.name}@${pkg.version}`]))).toEqual({
      'node_modules/.pnpm/a@1.0.0/node_modules/a': 'a@1.0.0',
      'node_modules/.pnpm/b@2.0.0/node_modules/b': 'b@2.0.0',
      'node_modules/.pnpm/@s+c@3.0.0/node_modules/@s/c': '@s/c@3.0.0',
      'node_modules/a': 'a@1.0.0',
      'node_modules/@s/c': '@s/c@3.0.0',
    });
    expect(tree.get('node_modules/a')?.dir).toBe(path.join(cwd, 'node_modules', '.pnpm', 'a@1.0.0', 'node_modules', 'a'));
  });

  test('no node_modules: an empty tree', () => {
    expect(installedTree(app('empty')).size).toBe(0);
    expect(installedTree(path.join(root, 'does-not-exist')).size).toBe(0);
  });

  test('1,600 packages, hoisted, scoped and nested, all listed', () => {
    const cwd = app('large');
    const expected: Record<string, string> = {};
    for (let i = 0; i < 1000; i++) {
      const dir = installPackage(cwd, `pkg-${i}`, `1.0.${i}`);
      expected[`node_modules/pkg-${i}`] = `1.0.${i}`;
      if (i % 5 === 0) {
        installPackage(dir, 'nested', `2.0.${i}`);
        expected[`node_modules/pkg-${i}/node_modules/nested`] = `2.0.${i}`;
      }
    }
    for (let i = 0; i < 400; i++) {
      installPackage(cwd, `@scope-${i % 20}/pkg-${i}`, `3.0.${i}`);
      expected[`node_modules/@scope-${i % 20}/pkg-${i}`] = `3.0.${i}`;
    }
    const started = process.hrtime.bigint();
    const tree = installedTree(cwd);
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    // Measured, not asserted (a busy CI machine must not fail this): well under a second here.
    console.log(`installedTree: ${tree.size} packages in ${elapsedMs.toFixed(1)} ms`);
    expect(tree.size).toBe(1600);
    expect(Object.fromEntries([...tree].map(([key, pkg]) => [key, pkg.version]))).toEqual(expected);
  });
});
