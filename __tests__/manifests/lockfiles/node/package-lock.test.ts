import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LockPin } from '../../../../src/model.js';
import { parsePackageLock } from '../../../../src/manifests/lockfiles/node/package-lock.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/lockfiles/node/', import.meta.url));
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** name, version, installPath, line, column: everything a pin says. */
const brief = (pins: LockPin[] | undefined) => (pins ?? []).map((pin) => [pin.name, pin.version, pin.installPath, pin.source.line, pin.source.column]);

const REGENERATE = 'regenerate it with `npm install --package-lock-only`';

describe('lockfileVersion 3 (npm 9+), a workspace project written by npm', () => {
  const text = fixture('npm-workspace/package-lock.json');

  test('pins every installed folder at its key: hoisted, nested, scoped, aliased, optional, a workspace’s own node_modules', () => {
    const result = parsePackageLock(text, 'package-lock.json');
    expect(result.problems).toEqual([]);
    expect(result.requirements).toEqual([]);
    expect(result.files).toEqual(['package-lock.json']);
    expect(brief(result.pins)).toEqual([
      ['@isaacs/string-locale-compare', '1.1.0', 'node_modules/@isaacs/string-locale-compare', 27, 5],
      ['debug', '2.6.9', 'node_modules/debug', 33, 5],
      ['ms', '2.0.0', 'node_modules/debug/node_modules/ms', 42, 5],
      ['is-number', '7.0.0', 'node_modules/is-number', 48, 5],
      ['ms', '2.1.3', 'node_modules/ms', 58, 5],
      // "old-ms": "npm:ms@^2.0.0" is installed as node_modules/old-ms and required as old-ms.
      ['old-ms', '2.1.3', 'node_modules/old-ms', 64, 5],
      // node_modules/shop-ui (a link) and packages/ui (the workspace's source) pin nothing.
      ['ms', '2.0.0', 'packages/ui/node_modules/ms', 95, 5],
    ]);
  });

  test('a pin is a complete LockPin', () => {
    const [first] = parsePackageLock(text, 'package-lock.json').pins!;
    expect(first).toEqual({
      ecosystem: 'node',
      name: '@isaacs/string-locale-compare',
      canonicalName: '@isaacs/string-locale-compare',
      version: '1.1.0',
      installPath: 'node_modules/@isaacs/string-locale-compare',
      source: { file: 'package-lock.json', line: 27, column: 5 },
    });
  });

  test('dev entries are pinned only when asked for', () => {
    const withDev = parsePackageLock(text, 'package-lock.json', { dev: true });
    expect(brief(withDev.pins).filter(([name]) => name === 'semver')).toEqual([['semver', '7.8.6', 'node_modules/semver', 71, 5]]);
    expect(withDev.pins).toHaveLength(8);
    expect(parsePackageLock(text, 'package-lock.json', { dev: false }).pins).toHaveLength(7);
  });

  test('a lockfile in a subfolder pins paths relative to the working directory', () => {
    const result = parsePackageLock(text, 'apps/web/package-lock.json');
    expect(result.pins!.map((pin) => pin.installPath)).toEqual([
      'apps/web/node_modules/@isaacs/string-locale-compare',
      'apps/web/node_modules/debug',
      'apps/web/node_modules/debug/node_modules/ms',
      'apps/web/node_modules/is-number',
      'apps/web/node_modules/ms',
      'apps/web/node_modules/old-ms',
      'apps/web/packages/ui/node_modules/ms',
    ]);
    expect(result.pins![0].source).toEqual({ file: 'apps/web/package-lock.json', line: 27, column: 5 });
  });

  test('npm-shrinkwrap.json is the same format', () => {
    const result = parsePackageLock(text, 'npm-shrinkwrap.json');
    expect(result.pins).toHaveLength(7);
    expect(result.pins![1].source).toEqual({ file: 'npm-shrinkwrap.json', line: 33, column: 5 });
  });
});

describe('lockfileVersion 2 and 1: the same project', () => {
  const byPath = (pins: LockPin[] | undefined) => (pins ?? []).map((pin) => [pin.installPath, pin.name, pin.version]).sort();

  test('version 2 is read from "packages" and ignores its v1 "dependencies" copy', () => {
    const result = parsePackageLock(fixture('npm-workspace/package-lock.v2.json'), 'package-lock.json');
    expect(result.problems).toEqual([]);
    expect(brief(result.pins)).toEqual(brief(parsePackageLock(fixture('npm-workspace/package-lock.json'), 'package-lock.json').pins));
  });

  test('version 1 pins each nested "dependencies" entry at the install path its nesting gives', () => {
    const result = parsePackageLock(fixture('npm-workspace/package-lock.v1.json'), 'package-lock.json');
    expect(result.problems).toEqual([]);
    expect(brief(result.pins)).toEqual([
      ['@isaacs/string-locale-compare', '1.1.0', 'node_modules/@isaacs/string-locale-compare', 7, 5],
      ['debug', '2.6.9', 'node_modules/debug', 12, 5],
      ['ms', '2.0.0', 'node_modules/debug/node_modules/ms', 20, 9],
      ['is-number', '7.0.0', 'node_modules/is-number', 27, 5],
      ['ms', '2.1.3', 'node_modules/ms', 33, 5],
      // "version": "npm:ms@2.1.3": the alias's real version
      ['old-ms', '2.1.3', 'node_modules/old-ms', 38, 5],
      // "shop-ui": "file:packages/ui" is a link: its dependencies live in packages/ui/node_modules
      ['ms', '2.0.0', 'packages/ui/node_modules/ms', 55, 9],
    ]);
  });

  test('all three versions expect the same packages at the same paths', () => {
    const v1 = byPath(parsePackageLock(fixture('npm-workspace/package-lock.v1.json'), 'package-lock.json', { dev: true }).pins);
    const v3 = byPath(parsePackageLock(fixture('npm-workspace/package-lock.json'), 'package-lock.json', { dev: true }).pins);
    expect(v1).toEqual(v3);
    expect(v1).toHaveLength(8);
  });

  test('version 1 git, tarball-URL and file: tarball entries pin no version, their nested entries still do', () => {
    const text = `{
  "lockfileVersion": 1,
  "dependencies": {
    "from-git": { "version": "git+https://github.com/user/from-git.git#0123456789abcdef0123456789abcdef01234567", "from": "from-git@github:user/from-git" },
    "from-url": { "version": "https://example.com/from-url-1.0.0.tgz" },
    "from-tarball": {
      "version": "file:vendor/from-tarball-1.0.0.tgz",
      "dependencies": { "inner": { "version": "1.2.3" } }
    }
  }
}
`;
    const result = parsePackageLock(text, 'package-lock.json');
    expect(result.problems).toEqual([]);
    expect(brief(result.pins)).toEqual([['inner', '1.2.3', 'node_modules/from-tarball/node_modules/inner', 8, 25]]);
  });
});

describe('npm’s dependency flags', () => {
  const text = fixture('npm-flags/package-lock.json');

  test('optional, devOptional and peer entries are installed by npm install --omit=dev, so they are pinned; dev ones are not', () => {
    const result = parsePackageLock(text, 'package-lock.json');
    expect(result.problems).toEqual([]);
    expect(brief(result.pins)).toEqual([
      ['glob-parent', '5.1.2', 'node_modules/glob-parent', 47, 5],
      ['is-extglob', '2.1.1', 'node_modules/is-extglob', 60, 5],
      ['is-glob', '4.0.3', 'node_modules/is-glob', 70, 5],
      ['js-tokens', '4.0.0', 'node_modules/js-tokens', 83, 5],
      ['loose-envify', '1.4.0', 'node_modules/loose-envify', 89, 5],
      ['picomatch', '2.3.2', 'node_modules/picomatch', 101, 5],
      ['react', '18.3.1', 'node_modules/react', 113, 5],
      ['react-dom', '18.3.1', 'node_modules/react-dom', 126, 5],
      ['readdirp', '3.6.0', 'node_modules/readdirp', 139, 5],
      ['scheduler', '0.23.2', 'node_modules/scheduler', 151, 5],
    ]);
  });

  test('with dev, the dev entries join them in lockfile order', () => {
    const pins = parsePackageLock(text, 'package-lock.json', { dev: true }).pins!;
    expect(pins.map((pin) => pin.name)).toEqual([
      '@types/prop-types', '@types/react', 'csstype', 'glob-parent', 'is-extglob', 'is-glob',
      'js-tokens', 'loose-envify', 'picomatch', 'react', 'react-dom', 'readdirp', 'scheduler',
    ]);
  });

  test('a bundled (inBundle) and an extraneous entry are installed folders too', () => {
    const text = `{
  "lockfileVersion": 3,
  "packages": {
    "": { "name": "app" },
    "node_modules/host": { "version": "2.0.0", "bundleDependencies": ["bundled"] },
    "node_modules/host/node_modules/bundled": { "version": "0.4.1", "inBundle": true },
    "node_modules/leftover": { "version": "1.0.0", "extraneous": true }
  }
}`;
    expect(brief(parsePackageLock(text, 'package-lock.json').pins)).toEqual([
      ['host', '2.0.0', 'node_modules/host', 5, 5],
      ['bundled', '0.4.1', 'node_modules/host/node_modules/bundled', 6, 5],
      ['leftover', '1.0.0', 'node_modules/leftover', 7, 5],
    ]);
  });
});

describe('bad input: clear DG100s, the rest intact', () => {
  test('JSON that does not parse is one DG100 at the error’s line and column', () => {
    const text = '{\n  "lockfileVersion": 3,\n  "packages": {\n    "node_modules/a": { "version": "1.0.0" },\n  }\n}\n';
    const result = parsePackageLock(text, 'package-lock.json');
    expect(result.pins).toEqual([]);
    expect(result.files).toEqual(['package-lock.json']);
    expect(result.problems).toEqual([
      {
        code: 'DG100',
        message: `package-lock.json is not valid JSON: a trailing comma before } is not allowed in JSON; fix the syntax or ${REGENERATE}`,
        source: { file: 'package-lock.json', line: 5, column: 3 },
        subject: 'package-lock.json',
      },
    ]);
  });

  test('an empty file', () => {
    expect(parsePackageLock('', 'package-lock.json').problems).toEqual([
      {
        code: 'DG100',
        message: `package-lock.json is not valid JSON: the file is empty: expected a JSON value; fix the syntax or ${REGENERATE}`,
        source: { file: 'package-lock.json', line: 1, column: 1 },
        subject: 'package-lock.json',
      },
    ]);
  });

  test('JSON that is not an object', () => {
    const result = parsePackageLock('[1, 2]\n', 'package-lock.json');
    expect(result.pins).toEqual([]);
    expect(result.problems.map((p) => [p.code, p.message, p.source?.line, p.source?.column])).toEqual([
      ['DG100', `package-lock.json is not an npm lockfile: expected a JSON object with "lockfileVersion" and "packages"; ${REGENERATE}`, 1, 1],
    ]);
  });

  test('an entry without a version is a DG100 at its key; the entries around it are pinned', () => {
    const text = `{
  "lockfileVersion": 3,
  "packages": {
    "": { "name": "app" },
    "node_modules/a": { "version": "1.0.0" },
    "node_modules/b": { "resolved": "https://registry.npmjs.org/b/-/b-2.0.0.tgz" },
    "node_modules/c": { "version": "3.0.0" }
  }
}`;
    const result = parsePackageLock(text, 'package-lock.json');
    expect(brief(result.pins)).toEqual([
      ['a', '1.0.0', 'node_modules/a', 5, 5],
      ['c', '3.0.0', 'node_modules/c', 7, 5],
    ]);
    expect(result.problems).toEqual([
      {
        code: 'DG100',
        message: `"node_modules/b" in package-lock.json has no "version"; ${REGENERATE}`,
        source: { file: 'package-lock.json', line: 6, column: 5 },
        subject: 'b',
      },
    ]);
  });

  test('an entry that is not an object, and a key that is no install path', () => {
    const text = `{
  "lockfileVersion": 2,
  "packages": {
    "node_modules/x": "1.0.0",
    "node_modules/@scope": { "version": "1.0.0" },
    "node_modules/y": { "version": "2.0.0" }
  }
}`;
    const result = parsePackageLock(text, 'package-lock.json');
    expect(brief(result.pins)).toEqual([['y', '2.0.0', 'node_modules/y', 6, 5]]);
    expect(result.problems.map((p) => [p.code, p.message, p.source?.line, p.source?.column])).toEqual([
      ['DG100', `"node_modules/x" in "packages" must be an object; ${REGENERATE}`, 4, 5],
      ['DG100', `"node_modules/@scope" in "packages" is not an install path (node_modules/<name> or node_modules/@scope/<name>); ${REGENERATE}`, 5, 5],
    ]);
  });

  test('a version 1 entry without a version is a DG100; its siblings and children are pinned', () => {
    const text = `{
  "lockfileVersion": 1,
  "dependencies": {
    "a": { "resolved": "https://registry.npmjs.org/a/-/a-1.0.0.tgz", "dependencies": { "b": { "version": "1.1.0" } } },
    "c": { "version": "3.0.0" }
  }
}`;
    const result = parsePackageLock(text, 'package-lock.json');
    expect(brief(result.pins)).toEqual([
      ['b', '1.1.0', 'node_modules/a/node_modules/b', 4, 88],
      ['c', '3.0.0', 'node_modules/c', 5, 5],
    ]);
    expect(result.problems.map((p) => [p.code, p.message, p.source?.line, p.source?.column])).toEqual([
      ['DG100', `"a" (node_modules/a) in package-lock.json has no "version"; ${REGENERATE}`, 4, 5],
    ]);
  });

  test('a lockfileVersion newer than 3 is a DG101 notice and is read like version 3', () => {
    const text = '{\n  "lockfileVersion": 4,\n  "packages": { "node_modules/a": { "version": "1.0.0" } }\n}\n';
    const result = parsePackageLock(text, 'package-lock.json');
    expect(brief(result.pins)).toEqual([['a', '1.0.0', 'node_modules/a', 3, 17]]);
    expect(result.problems).toEqual([
      {
        code: 'DG101',
        message: 'package-lock.json has lockfileVersion 4, newer than the versions depgate knows (1 to 3); it is read as version 3',
        source: { file: 'package-lock.json', line: 2, column: 3 },
        subject: 'package-lock.json',
      },
    ]);
  });

  test('a lockfileVersion that is not a number is a DG100; "packages" is still read', () => {
    const text = '{\n  "lockfileVersion": "3",\n  "packages": { "node_modules/a": { "version": "1.0.0" } }\n}\n';
    const result = parsePackageLock(text, 'package-lock.json');
    expect(brief(result.pins)).toEqual([['a', '1.0.0', 'node_modules/a', 3, 17]]);
    expect(result.problems.map((p) => [p.code, p.message, p.source?.line, p.source?.column])).toEqual([
      ['DG100', `"lockfileVersion" must be a number (1, 2 or 3), not "3"; ${REGENERATE}`, 2, 3],
    ]);
  });

  test('a UTF-8 byte order mark does not shift columns', () => {
    const result = parsePackageLock('\ufeff{"lockfileVersion": 3, "packages": {"node_modules/a": {"version": "1.0.0"}}}', 'package-lock.json');
    expect(brief(result.pins)).toEqual([['a', '1.0.0', 'node_modules/a', 1, 38]]);
  });

  test('no prefix of a real lockfile makes it throw', () => {
    const text = fixture('npm-flags/package-lock.json');
    for (let end = 0; end < text.length; end += 37) {
      const result = parsePackageLock(text.slice(0, end), 'package-lock.json');
      expect(result.problems.length).toBeGreaterThan(0);
      expect(result.problems[0]).toMatchObject({ code: 'DG100', source: { file: 'package-lock.json' } });
    }
  });
});

describe('a generated 1,500-package npm tree (bench/make-node-tree.mjs)', () => {
  let dir = '';
  let text = '';
  let lines: string[] = [];
  let lock: { packages: Record<string, { version: string; dev?: boolean }> };

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'depgate-node-tree-'));
    execFileSync(process.execPath, [path.join(ROOT, 'bench/make-node-tree.mjs'), dir, '1500'], { stdio: 'pipe' });
    text = readFileSync(path.join(dir, 'package-lock.json'), 'utf8');
    lines = text.split('\n');
    lock = JSON.parse(text) as typeof lock;
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('every installed folder is one pin whose version is the installed package.json’s', () => {
    const result = parsePackageLock(text, 'package-lock.json', { dev: true });
    expect(result.problems).toEqual([]);
    expect(result.pins).toHaveLength(1500);
    expect(new Set(result.pins!.map((pin) => pin.installPath)).size).toBe(1500);
    for (const pin of result.pins!) {
      const installed = JSON.parse(readFileSync(path.join(dir, pin.installPath!, 'package.json'), 'utf8')) as { name: string; version: string };
      expect([pin.name, pin.version]).toEqual([installed.name, installed.version]);
      expect(lines[pin.source.line - 1].slice(pin.source.column - 1)).toBe(`${JSON.stringify(pin.installPath)}: {`);
    }
    const nested = result.pins!.filter((pin) => pin.installPath!.split('node_modules/').length > 2);
    const scoped = result.pins!.filter((pin) => pin.name.startsWith('@bench/'));
    // 1,425 hoisted + 75 nested (one in twenty); scoped: 204 hoisted names ≡ 3 (mod 7), and 11
    // of the nested copies (of packages 1350–1424) carry one of those names.
    expect([nested.length, scoped.length]).toEqual([75, 215]);
  });

  test('without dev, exactly the entries npm flags dev are left out', () => {
    const devEntries = Object.values(lock.packages).filter((entry) => entry.dev === true).length;
    expect(devEntries).toBeGreaterThan(0);
    expect(parsePackageLock(text, 'package-lock.json').pins).toHaveLength(1500 - devEntries);
  });
});
