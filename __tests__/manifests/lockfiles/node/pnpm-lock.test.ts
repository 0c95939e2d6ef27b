import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LockPin } from '../../../../src/model.js';
import { parsePnpmLock } from '../../../../src/manifests/lockfiles/node/pnpm-lock.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/lockfiles/node/', import.meta.url));
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** name, version, installPath, line, column: everything a pin says. */
const brief = (pins: LockPin[] | undefined) => (pins ?? []).map((pin) => [pin.name, pin.version, pin.installPath, pin.source.line, pin.source.column]);
const where = (result: ReturnType<typeof parsePnpmLock>) => result.problems.map((p) => [p.code, p.message, p.source?.line, p.source?.column]);

const REGENERATE = 'regenerate it with `pnpm install --lockfile-only`';

describe("lockfileVersion '9.0' (pnpm 9), a workspace", () => {
  const text = fixture('pnpm-v9/pnpm-lock.yaml');

  test("pins each importer's direct dependencies at <importer>/node_modules/<name>, at the dependency's key", () => {
    const result = parsePnpmLock(text, 'pnpm-lock.yaml');
    expect(result.problems).toEqual([]);
    expect(result.requirements).toEqual([]);
    expect(result.files).toEqual(['pnpm-lock.yaml']);
    expect(brief(result.pins)).toEqual([
      // '@multiple-packages/utils' is `link:../utils`: the workspace's own source.
      // A GitHub tarball: its version is the one its `packages` entry records.
      ['is-positive', '3.1.0', 'common/node_modules/is-positive', 23, 7],
      ['react', '18.3.1', 'common/node_modules/react', 26, 7],
      // 18.3.1(react@18.3.1): the peer suffix is not part of the version
      ['react-dom', '18.3.1', 'common/node_modules/react-dom', 29, 7],
      ['@babel/runtime', '7.26.9', 'common/node_modules/@babel/runtime', 33, 7],
      ['dayjs', '1.11.13', 'utils/node_modules/dayjs', 43, 7],
      ['lodash', '4.17.21', 'utils/node_modules/lodash', 46, 7],
      // npm:lodash@^4.17.0 → version: lodash@4.17.21, installed as node_modules/old-lodash
      ['old-lodash', '4.17.21', 'utils/node_modules/old-lodash', 49, 7],
    ]);
  });

  test('a pin is a complete LockPin', () => {
    expect(parsePnpmLock(text, 'pnpm-lock.yaml').pins![3]).toEqual({
      ecosystem: 'node',
      name: '@babel/runtime',
      canonicalName: '@babel/runtime',
      version: '7.26.9',
      installPath: 'common/node_modules/@babel/runtime',
      source: { file: 'pnpm-lock.yaml', line: 33, column: 7 },
    });
  });

  test('devDependencies of every importer are pinned only when asked for', () => {
    const pins = parsePnpmLock(text, 'pnpm-lock.yaml', { dev: true }).pins!;
    expect(brief(pins.filter((pin) => ['prettier', 'typescript', '@types/react'].includes(pin.name)))).toEqual([
      ['prettier', '2.8.8', 'node_modules/prettier', 11, 7],
      ['typescript', '4.8.4', 'node_modules/typescript', 14, 7],
      ['@types/react', '18.0.25', 'common/node_modules/@types/react', 37, 7],
    ]);
    expect(pins).toHaveLength(10);
  });

  test('a lockfile in a subfolder pins paths relative to the working directory', () => {
    const pins = parsePnpmLock(text, 'web/pnpm-lock.yaml', { dev: true }).pins!;
    expect(pins.map((pin) => pin.installPath).slice(0, 3)).toEqual([
      'web/node_modules/prettier',
      'web/node_modules/typescript',
      'web/common/node_modules/is-positive',
    ]);
    expect(pins[0].source).toEqual({ file: 'web/pnpm-lock.yaml', line: 11, column: 7 });
  });

  test('patch hashes and nested peer suffixes are stripped; a scoped alias keeps the name it is installed under', () => {
    const text = `lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      fastdom:
        specifier: 1.0.12
        version: 1.0.12(patch_hash=tbyml3kp3dhoe7mfpv6ummtaui)
      '@nrwl/react':
        specifier: 15.0.0
        version: 15.0.0(@types/node@16.11.7)(ts-node@10.9.1(@types/node@16.11.7)(typescript@4.8.4))(typescript@4.8.4)
      typescript:
        specifier: npm:@typescript/typescript6@6.0.2
        version: '@typescript/typescript6@6.0.2'
      uniwind:
        specifier: npm:uniwind-pro@1.3.0
        version: uniwind-pro@1.3.0(metro@0.84.4)
`;
    const result = parsePnpmLock(text, 'pnpm-lock.yaml');
    expect(result.problems).toEqual([]);
    expect(brief(result.pins)).toEqual([
      ['fastdom', '1.0.12', 'node_modules/fastdom', 7, 7],
      ['@nrwl/react', '15.0.0', 'node_modules/@nrwl/react', 10, 7],
      ['typescript', '6.0.2', 'node_modules/typescript', 13, 7],
      ['uniwind', '1.3.0', 'node_modules/uniwind', 16, 7],
    ]);
  });

  test('a git dependency whose packages entry records no version pins nothing, without a problem', () => {
    const text = `lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      thing:
        specifier: github:u/thing
        version: git+https://github.com/u/thing.git#abc123

packages:

  thing@git+https://github.com/u/thing.git#abc123:
    resolution: {commit: abc123, repo: https://github.com/u/thing.git, type: git}
`;
    expect(parsePnpmLock(text, 'pnpm-lock.yaml')).toEqual({ requirements: [], problems: [], pins: [], files: ['pnpm-lock.yaml'] });
  });
});

describe("lockfileVersion '6.0' (pnpm 8), one project", () => {
  const text = fixture('pnpm-v6/pnpm-lock.yaml');

  test('the top-level sections are the root importer', () => {
    const result = parsePnpmLock(text, 'pnpm-lock.yaml');
    expect(result.problems).toEqual([]);
    expect(brief(result.pins)).toEqual([
      ['@rollup/plugin-json', '4.1.0', 'node_modules/@rollup/plugin-json', 8, 3],
      ['chalk', '4.1.2', 'node_modules/chalk', 11, 3],
      // npm:lodash@^4.17.0 → version: /lodash@4.17.21
      ['my-lodash', '4.17.21', 'node_modules/my-lodash', 14, 3],
      ['fsevents', '2.3.3', 'node_modules/fsevents', 22, 3],
    ]);
  });

  test('with dev', () => {
    expect(brief(parsePnpmLock(text, 'pnpm-lock.yaml', { dev: true }).pins).slice(4)).toEqual([
      ['rollup', '2.79.1', 'node_modules/rollup', 27, 3],
      ['typescript', '5.4.5', 'node_modules/typescript', 30, 3],
    ]);
  });

  test('a tarball dependency takes the version of its packages entry', () => {
    const text = `lockfileVersion: '6.0'

dependencies:
  is-positive:
    specifier: github:kevva/is-positive
    version: github.com/kevva/is-positive/97edff6f525f192a3f83cea1944765f769ae2678

packages:

  github.com/kevva/is-positive/97edff6f525f192a3f83cea1944765f769ae2678:
    resolution: {tarball: https://codeload.github.com/kevva/is-positive/tar.gz/97edff6f525f192a3f83cea1944765f769ae2678}
    name: is-positive
    version: 3.1.0
    dev: false
`;
    expect(brief(parsePnpmLock(text, 'pnpm-lock.yaml').pins)).toEqual([['is-positive', '3.1.0', 'node_modules/is-positive', 4, 3]]);
  });
});

describe('lockfileVersion 5.4 (pnpm 7), a workspace', () => {
  const text = fixture('pnpm-v5/pnpm-lock.yaml');

  test('plain-string versions, _peer suffixes and /name/version aliases', () => {
    const result = parsePnpmLock(text, 'pnpm-lock.yaml');
    expect(result.problems).toEqual([]);
    expect(brief(result.pins)).toEqual([
      ['@babel/runtime', '7.20.13', 'packages/app/node_modules/@babel/runtime', 19, 7],
      ['my-lodash', '4.17.21', 'packages/app/node_modules/my-lodash', 21, 7],
      ['react', '18.2.0', 'packages/app/node_modules/react', 22, 7],
      ['react-dom', '18.2.0', 'packages/app/node_modules/react-dom', 23, 7],
      ['react', '18.2.0', 'packages/ui/node_modules/react', 29, 7],
    ]);
  });

  test('with dev, the root devDependency', () => {
    expect(brief(parsePnpmLock(text, 'pnpm-lock.yaml', { dev: true }).pins)[0]).toEqual(['typescript', '4.9.5', 'node_modules/typescript', 9, 7]);
  });
});

describe('bad input: clear findings, the rest intact', () => {
  test('YAML that does not parse is one DG100 at the error', () => {
    const text = "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      express:\n        specifier: ^4\n       version: 4.18.2\n      ms:\n        specifier: ^2\n        version: 2.1.3\n";
    const result = parsePnpmLock(text, 'pnpm-lock.yaml');
    expect(result.pins).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'DG100', source: { file: 'pnpm-lock.yaml', line: 7, column: 1 }, subject: 'pnpm-lock.yaml' });
    expect(result.problems[0].message).toMatch(/^pnpm-lock\.yaml is not valid YAML: All mapping items must start at the same column.*; fix the syntax or regenerate it with `pnpm install --lockfile-only`$/);
  });

  test('a dependency without a version is a DG100 at its key; the others are pinned', () => {
    const text = `lockfileVersion: '9.0'

importers:

  .:
    dependencies:
      chalk:
        specifier: ^4.1.0
        version: 4.1.2
      express:
        specifier: ^4.18.2
      ms:
        specifier: ^2.1.3
        version: 2.1.3
`;
    const result = parsePnpmLock(text, 'pnpm-lock.yaml');
    expect(brief(result.pins)).toEqual([
      ['chalk', '4.1.2', 'node_modules/chalk', 7, 7],
      ['ms', '2.1.3', 'node_modules/ms', 12, 7],
    ]);
    expect(result.problems).toEqual([
      {
        code: 'DG100',
        message: `"express" in importers["."].dependencies of pnpm-lock.yaml has no version; ${REGENERATE}`,
        source: { file: 'pnpm-lock.yaml', line: 10, column: 7 },
        subject: 'express',
      },
    ]);
  });

  test('sections and importers of the wrong shape', () => {
    const text = `lockfileVersion: '9.0'

importers:

  .:
    dependencies: express
  packages/ui: [1, 2]
  packages/api:
    dependencies:
      ms:
        specifier: ^2.1.3
        version: 2.1.3
`;
    const result = parsePnpmLock(text, 'pnpm-lock.yaml');
    expect(brief(result.pins)).toEqual([['ms', '2.1.3', 'packages/api/node_modules/ms', 10, 7]]);
    expect(where(result)).toEqual([
      ['DG100', `importers["."].dependencies in pnpm-lock.yaml must be a mapping of package names; ${REGENERATE}`, 6, 19],
      ['DG100', `importers["packages/ui"] in pnpm-lock.yaml must be a mapping of dependency sections; ${REGENERATE}`, 7, 3],
    ]);
  });

  test('no lockfileVersion', () => {
    const result = parsePnpmLock('importers:\n  .: {}\n', 'pnpm-lock.yaml');
    expect(result.pins).toEqual([]);
    expect(where(result)).toEqual([['DG100', `pnpm-lock.yaml has no lockfileVersion, so it is not a lockfile pnpm wrote; ${REGENERATE}`, 1, 1]]);
  });

  test('not a mapping', () => {
    expect(where(parsePnpmLock('- express\n', 'pnpm-lock.yaml'))).toEqual([
      ['DG100', `pnpm-lock.yaml is not a pnpm lockfile: expected a mapping with lockfileVersion and importers; ${REGENERATE}`, 1, 1],
    ]);
    expect(where(parsePnpmLock('', 'pnpm-lock.yaml'))).toEqual([
      ['DG100', `pnpm-lock.yaml is not a pnpm lockfile: expected a mapping with lockfileVersion and importers; ${REGENERATE}`, 1, 1],
    ]);
  });

  test('a lockfileVersion newer than 9 is a DG101 notice and is read as 9.0', () => {
    const text = "lockfileVersion: '10.0'\n\nimporters:\n\n  .:\n    dependencies:\n      ms:\n        specifier: ^2\n        version: 2.1.3\n";
    const result = parsePnpmLock(text, 'pnpm-lock.yaml');
    expect(brief(result.pins)).toEqual([['ms', '2.1.3', 'node_modules/ms', 7, 7]]);
    expect(where(result)).toEqual([
      ['DG101', 'pnpm-lock.yaml has lockfileVersion 10.0, newer than the versions depgate knows (5 to 9.0); it is read as 9.0', 1, 18],
    ]);
  });

  test('a lockfileVersion older than 5 is a DG101 notice and pins nothing', () => {
    const result = parsePnpmLock('lockfileVersion: 4\n\ndependencies:\n  ms: 2.1.3\n', 'pnpm-lock.yaml');
    expect(result.pins).toEqual([]);
    expect(where(result)).toEqual([
      ['DG101', 'pnpm-lock.yaml has lockfileVersion 4 (pnpm 2 or older), which depgate does not read: its exact versions are not checked; upgrade pnpm and run `pnpm install`', 1, 18],
    ]);
  });

  test('YAML aliases nested into a billion laughs are never expanded', () => {
    const levels = ['x', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];
    const bomb = levels.slice(1).map((name, index) => `${name}: &${name} [${Array(10).fill(index === 0 ? 'lol' : `*${levels[index]}`).join(', ')}]`);
    const text = `lockfileVersion: '9.0'\n${bomb.join('\n')}\nimporters:\n  .:\n    dependencies:\n      ms:\n        specifier: github:vercel/ms\n        version: github.com/vercel/ms/abc\npackages:\n  github.com/vercel/ms/abc: *i\n`;
    const started = Date.now();
    const result = parsePnpmLock(text, 'pnpm-lock.yaml');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result).toEqual({ requirements: [], problems: [], pins: [], files: ['pnpm-lock.yaml'] });
  });

  test('no prefix of a real lockfile makes it throw', () => {
    const text = fixture('pnpm-v9/pnpm-lock.yaml');
    for (let end = 0; end < text.length; end += 41) {
      const result = parsePnpmLock(text.slice(0, end), 'pnpm-lock.yaml', { dev: true });
      expect(Array.isArray(result.pins)).toBe(true);
      for (const problem of result.problems) expect(problem.source?.file).toBe('pnpm-lock.yaml');
    }
  });
});
