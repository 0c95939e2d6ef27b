// Fixtures that are not valid package.json files are named *.json here: jest reads every file named
// package.json under the project while it builds its module map, and stops on one that does not parse.
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NodeRequirement, RuntimeConstraint, SpecProblem } from '../../src/model.js';
import { expandWorkspaces, parsePackageJson, workspacePatterns } from '../../src/manifests/package-json.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/package-json/', import.meta.url));
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** Every field of a requirement the judge relies on, in one row. */
const rows = (requirements: NodeRequirement[]) =>
  requirements.map((r) => [r.name, r.aliasOf ?? null, r.range, r.specType, r.dependencyType, r.optional, r.source.line, r.source.column]);

const constraints = (runtime: RuntimeConstraint[]) =>
  runtime.map((c) => [c.runtime, c.specifier, c.origin, c.source.file, c.source.line, c.source.column]);

const where = (problems: SpecProblem[]) => problems.map((p) => [p.code, p.subject, p.source?.line, p.source?.column]);

const json = (value: unknown) => JSON.stringify(value, null, 2);

const RANGE_EXAMPLES = 'for example ^1.2.3, ~1.2, 1.x, >=1.0.0 <2, 1.2.3 - 2.3.4, ^1 || ^2';

describe('parsePackageJson: the express app fixture (every dependency kind and spec type)', () => {
  const text = fixture('express-app/package.json');

  test('reads dependencies, optionalDependencies and peerDependencies, each at its key, in file order', () => {
    const result = parsePackageJson(text, 'package.json');
    expect(rows(result.requirements)).toEqual([
      ['express', null, '^4.18.2', 'range', 'dependencies', false, 20, 5],
      ['pg', null, '8.11.3', 'version', 'dependencies', false, 21, 5],
      ['helmet', null, '', 'tag', 'dependencies', false, 22, 5],
      ['lodash', 'lodash-es', '^4.17.21', 'alias', 'dependencies', false, 23, 5],
      ['@acme/logger', null, '', 'directory', 'dependencies', false, 24, 5],
      ['config-loader', null, '^2.1.0', 'git', 'dependencies', false, 25, 5],
      ['left-pad', null, '', 'git', 'dependencies', false, 26, 5],
      ['big-report', null, '', 'remote', 'dependencies', false, 27, 5],
      ['vendored-sdk', null, '', 'file', 'dependencies', false, 28, 5],
      ['uuid', null, '9.x || >=10.0.0 <11', 'range', 'dependencies', false, 29, 5],
      ['dotenv', null, '', 'range', 'dependencies', false, 30, 5],
      ['bufferutil', null, '~4.0.8', 'range', 'optionalDependencies', true, 34, 5],
      ['sharp', null, '^0.33.2', 'range', 'optionalDependencies', true, 35, 5],
      ['react', null, '^18.2.0', 'range', 'peerDependencies', false, 38, 5],
      ['typescript', null, '>=5.0.0', 'range', 'peerDependencies', true, 39, 5],
    ]);
    expect(result.problems).toEqual([]);
    expect(result.files).toEqual(['package.json']);
  });

  test('keeps the spec as written, the file and the package directory on every requirement', () => {
    const { requirements } = parsePackageJson(text, 'package.json');
    expect(requirements.find((r) => r.name === 'lodash')).toEqual({
      ecosystem: 'node',
      name: 'lodash',
      aliasOf: 'lodash-es',
      range: '^4.17.21',
      spec: 'npm:lodash-es@^4.17.21',
      specType: 'alias',
      dependencyType: 'dependencies',
      optional: false,
      packageDir: '',
      source: { file: 'package.json', line: 23, column: 5 },
    });
    expect(requirements.map((r) => r.spec)).toContain('github:acme/config-loader#semver:^2.1.0');
  });

  test('a name in both dependencies and optionalDependencies is optional, declared where optionalDependencies names it (npm: optional entries override)', () => {
    const sharp = parsePackageJson(text, 'package.json').requirements.filter((r) => r.name === 'sharp');
    expect(sharp.map((r) => [r.dependencyType, r.optional, r.source.line])).toEqual([['optionalDependencies', true, 35]]);
  });

  test('a name in both peerDependencies and dependencies is a dependency (arborist loads peers first, then replaces them)', () => {
    const express = parsePackageJson(text, 'package.json').requirements.filter((r) => r.name === 'express');
    expect(express.map((r) => [r.dependencyType, r.range, r.source.line])).toEqual([['dependencies', '^4.18.2', 20]]);
  });

  test('devDependencies are read only when asked for', () => {
    const withDev = parsePackageJson(text, 'package.json', { dev: true }).requirements;
    expect(rows(withDev.filter((r) => r.dependencyType === 'devDependencies'))).toEqual([
      ['jest', null, '^29.7.0', 'range', 'devDependencies', false, 46, 5],
      ['supertest', null, '6.3.4', 'version', 'devDependencies', false, 47, 5],
    ]);
    expect(parsePackageJson(text, 'package.json', { dev: false }).requirements.some((r) => r.dependencyType === 'devDependencies')).toBe(false);
  });

  test('reads engines, packageManager (without its hash) and volta pins as runtime constraints at their keys', () => {
    expect(constraints(parsePackageJson(text, 'package.json').runtime)).toEqual([
      ['node', '>=20.11 <23', 'engines.node', 'package.json', 11, 5],
      ['npm', '>=10', 'engines.npm', 'package.json', 12, 5],
      ['pnpm', '9.1.0', 'packageManager', 'package.json', 14, 3],
      ['node', '20.11.1', 'volta.node', 'package.json', 16, 5],
      ['pnpm', '9.1.0', 'volta.pnpm', 'package.json', 17, 5],
    ]);
    expect(parsePackageJson(text, 'package.json').runtime.every((c) => c.ecosystem === 'node')).toBe(true);
  });

  test('packageDir is the directory of the package.json relative to the working directory', () => {
    const { requirements } = parsePackageJson(text, 'services/shop/package.json');
    expect(new Set(requirements.map((r) => r.packageDir))).toEqual(new Set(['services/shop']));
    expect(requirements[0].source.file).toBe('services/shop/package.json');
  });
});

describe('parsePackageJson: a workspace package of the monorepo fixture', () => {
  test('workspace: and catalog: specs, declared from the workspace directory', () => {
    const result = parsePackageJson(fixture('workspace-root/packages/api/package.json'), 'packages/api/package.json');
    expect(rows(result.requirements)).toEqual([
      ['@acme/web', null, '^2.0.0', 'workspace', 'dependencies', false, 5, 5],
      ['fastify', null, '^4.26.0', 'range', 'dependencies', false, 6, 5],
      ['zod', null, '', 'catalog', 'dependencies', false, 7, 5],
    ]);
    expect(result.requirements.map((r) => [r.packageDir, r.source.file])).toEqual([
      ['packages/api', 'packages/api/package.json'],
      ['packages/api', 'packages/api/package.json'],
      ['packages/api', 'packages/api/package.json'],
    ]);
    expect(result.problems).toEqual([]);
  });

  test('the root declares its engines and, with dev, its devDependencies', () => {
    const result = parsePackageJson(fixture('workspace-root/package.json'), 'package.json', { dev: true });
    expect(rows(result.requirements)).toEqual([['typescript', null, '^5.4.0', 'range', 'devDependencies', false, 11, 5]]);
    expect(constraints(result.runtime)).toEqual([['node', '^20.11.0 || >=22', 'engines.node', 'package.json', 9, 16]]);
  });
});

describe('parsePackageJson: spec types', () => {
  const one = (spec: string, name = 'dep') => {
    const result = parsePackageJson(json({ dependencies: { [name]: spec } }), 'package.json');
    return { requirement: result.requirements[0], problems: result.problems };
  };
  const reading = (spec: string) => {
    const { requirement, problems } = one(spec);
    return requirement ? [requirement.aliasOf ?? null, requirement.range, requirement.specType] : problems.map((p) => p.message);
  };

  test('npm: aliases carry the real name and its range; no range means *, a tag means presence', () => {
    expect(reading('npm:real@^2')).toEqual(['real', '^2', 'alias']);
    expect(reading('npm:real')).toEqual(['real', '*', 'alias']);
    expect(reading('npm:@scope/real@~1.2')).toEqual(['@scope/real', '~1.2', 'alias']);
    expect(reading('npm:real@next')).toEqual(['real', '', 'alias']);
  });

  test('an alias with no name, a nested alias or a bad range is a DG100', () => {
    expect(reading('npm:')).toEqual(['"dep": "npm:" in dependencies is not a usable spec: aliases must have a name']);
    expect(reading('npm:real@>=1.0, <2')).toEqual([
      `"dep": "npm:real@>=1.0, <2" in dependencies is not a usable spec: npm ignores '>=1.0,' in the range '>=1.0, <2' and reads it as '<2.0.0-0' (node-semver separates comparators with spaces, not commas); ${RANGE_EXAMPLES}`,
    ]);
    expect(one('npm:a@npm:b@1').problems.map((p) => p.code)).toEqual(['DG100']);
  });

  test('tags are presence-only; a "tag" that looks like a version is a mistyped version (DG100)', () => {
    expect(reading('latest')).toEqual([null, '', 'tag']);
    expect(reading('next')).toEqual([null, '', 'tag']);
    expect(reading('1.2.3.4')).toEqual([
      `"dep": "1.2.3.4" in dependencies is not a usable spec: '1.2.3.4' is not a node-semver version or range, so npm would look for a dist-tag of that name; write a version or range such as ^1.2.3`,
    ]);
    expect(reading('v1.2.3.4')).toHaveLength(1);
  });

  test('file:, relative paths, tarballs, git, github: and URLs are presence-only with npa\'s type', () => {
    expect(reading('file:../lib')).toEqual([null, '', 'directory']);
    expect(reading('../lib')).toEqual([null, '', 'directory']);
    expect(reading('./vendor/x-1.0.0.tgz')).toEqual([null, '', 'file']);
    expect(reading('github:user/repo')).toEqual([null, '', 'git']);
    expect(reading('user/repo#v1.0.0')).toEqual([null, '', 'git']);
    expect(reading('git@github.com:user/repo.git')).toEqual([null, '', 'git']);
    expect(reading('https://example.com/x-1.0.0.tgz')).toEqual([null, '', 'remote']);
  });

  test('a git #semver: range is checked, as arborist checks it; a bad one is a DG100', () => {
    expect(reading('user/repo#semver:^1.2')).toEqual([null, '^1.2', 'git']);
    expect(one('user/repo#semver:^^1').problems.map((p) => p.message)).toEqual([
      `"dep": "user/repo#semver:^^1" in dependencies is not a usable spec: its #semver: part is unusable: '^^1' is not a node-semver range; ${RANGE_EXAMPLES}`,
    ]);
  });

  test('workspace: (pnpm, Yarn): *, ^ and ~ take the workspace version; a range must match; name@ aliases; paths', () => {
    expect(reading('workspace:*')).toEqual([null, '', 'workspace']);
    expect(reading('workspace:^')).toEqual([null, '', 'workspace']);
    expect(reading('workspace:~')).toEqual([null, '', 'workspace']);
    expect(reading('workspace:^1.5.0')).toEqual([null, '^1.5.0', 'workspace']);
    expect(reading('workspace:real@*')).toEqual(['real', '', 'workspace']);
    expect(reading('workspace:@acme/real@^2')).toEqual(['@acme/real', '^2', 'workspace']);
    expect(reading('workspace:../real')).toEqual([null, '', 'workspace']);
    expect(reading('workspace:^^2')).toEqual([
      `"dep": "workspace:^^2" in dependencies is not a usable spec: workspace: takes *, ^, ~, a range, name@range or a relative path: '^^2' is not a node-semver range; ${RANGE_EXAMPLES}`,
    ]);
  });

  test('other package managers\' protocols are presence-only instead of npa\'s EUNSUPPORTEDPROTOCOL', () => {
    expect(reading('link:../real')).toEqual([null, '', 'directory']);
    expect(reading('portal:../real')).toEqual([null, '', 'directory']);
    expect(reading('catalog:')).toEqual([null, '', 'catalog']);
    expect(reading('catalog:react18')).toEqual([null, '', 'catalog']);
    expect(reading('jsr:@std/path@^1')).toEqual([null, '', 'jsr']);
    expect(reading('patch:dep@npm%3A1.0.0#./dep.patch')).toEqual([null, '', 'patch']);
  });

  test('an empty spec and "*" are ranges meaning any version', () => {
    expect(reading('')).toEqual([null, '', 'range']);
    expect(reading('*')).toEqual([null, '*', 'range']);
    expect(reading('x')).toEqual([null, 'x', 'range']);
  });
});

describe('parsePackageJson: problems', () => {
  test('the bad-specs fixture: every broken entry is a DG100 at its key, and the rest is still read', () => {
    const result = parsePackageJson(fixture('broken/bad-specs.json'), 'package.json');
    expect(rows(result.requirements)).toEqual([['body-parser', null, '^1.20.2', 'range', 'dependencies', false, 10, 5]]);
    expect(where(result.problems)).toEqual([
      ['DG100', 'express', 4, 5],
      ['DG100', 'pg', 5, 5],
      ['DG100', 'cors', 6, 5],
      ['DG100', 'morgan', 7, 5],
      ['DG100', 'koa', 8, 5],
      ['DG100', 'Bad Name', 9, 5],
      ['DG100', 'optionalDependencies', 12, 3],
      ['DG100', 'engines.node', 16, 5],
      ['DG100', 'engines.npm', 17, 5],
      ['DG100', 'packageManager', 19, 3],
      ['DG100', 'volta.node', 20, 14],
    ]);
    expect(result.problems.map((p) => p.message)).toEqual([
      `"express": "^4.x.y.z" in dependencies is not a usable spec: '^4.x.y.z' is not a node-semver range; ${RANGE_EXAMPLES}`,
      `"pg": "8.11.3.1" in dependencies is not a usable spec: '8.11.3.1' is not a node-semver version or range, so npm would look for a dist-tag of that name; write a version or range such as ^1.2.3`,
      `"cors": ">=2.8, <3" in dependencies is not a usable spec: npm ignores '>=2.8,' in the range '>=2.8, <3' and reads it as '<3.0.0-0' (node-semver separates comparators with spaces, not commas); ${RANGE_EXAMPLES}`,
      '"morgan" in dependencies must have a string spec such as "^1.2.3", not the number 1.1',
      `"koa": "svn://svn.example.com/koa/trunk" in dependencies is not a usable spec: npm does not know the protocol 'svn:' (it reads ranges, dist-tags, npm:, file:, git URLs, github: and tarball URLs)`,
      '"Bad Name": "^1.0.0" in dependencies is not a usable spec: Invalid package name "Bad Name" of package "Bad Name@^1.0.0": name can only contain URL-friendly characters.',
      '"optionalDependencies" must be an object mapping package names to specs ({ "express": "^4.18.2" }), not an array',
      `engines.node ">= 18, < 21" cannot be checked (npm would refuse every version): '>= 18, < 21' is not a node-semver range (node-semver separates comparators with spaces, not commas); ${RANGE_EXAMPLES}`,
      'engines.npm must be a string range such as ">=20", not the number 10',
      '"packageManager": "pnpm@^9" needs an exact version such as pnpm@9.1.0 (corepack refuses ranges and tags)',
      'volta.node must be an exact version such as "20.11.0" (what `volta pin node@20` writes), not "20"',
    ]);
    expect(result.runtime).toEqual([]);
  });

  test('invalid JSON is one DG100 at the JSON error\'s line and column', () => {
    const result = parsePackageJson(fixture('broken/trailing-comma.json'), 'api/package.json');
    expect(result.problems).toEqual([
      {
        code: 'DG100',
        message: 'api/package.json is not valid JSON: a trailing comma before } is not allowed in JSON (npm cannot read it either)',
        source: { file: 'api/package.json', line: 5, column: 3 },
        subject: 'api/package.json',
      },
    ]);
    expect(result.requirements).toEqual([]);
    expect(result.runtime).toEqual([]);
  });

  test('a top-level array is a DG100 at 1:1', () => {
    expect(where(parsePackageJson(fixture('broken/not-an-object.json'), 'package.json').problems)).toEqual([['DG100', 'package.json', 1, 1]]);
    expect(parsePackageJson('', 'package.json').problems.map((p) => p.message)).toEqual([
      'package.json is not valid JSON: the file is empty: expected a JSON value (npm cannot read it either)',
    ]);
  });

  test('a non-object dependencies section and a null spec are DG100s at their keys', () => {
    const result = parsePackageJson('{\n  "dependencies": "express",\n  "peerDependencies": { "react": null }\n}', 'package.json');
    expect(where(result.problems)).toEqual([
      ['DG100', 'dependencies', 2, 3],
      ['DG100', 'react', 3, 25],
    ]);
    expect(result.problems[1].message).toBe('"react" in peerDependencies must have a string spec such as "^1.2.3", not null');
  });

  test('an unusable spec in a later section replaces the earlier valid one, as arborist\'s later edge does', () => {
    const result = parsePackageJson(json({ dependencies: { ws: '^8' }, optionalDependencies: { ws: '^^8' } }), 'package.json');
    expect(result.requirements).toEqual([]);
    expect(where(result.problems)).toEqual([['DG100', 'ws', 6, 5]]);
  });

  test('with dev, devDependencies replace a dependencies entry of the same name (arborist loads dev last)', () => {
    const text = json({ dependencies: { ws: '^8.0.0' }, devDependencies: { ws: '^8.16.0' } });
    expect(rows(parsePackageJson(text, 'package.json', { dev: true }).requirements)).toEqual([['ws', null, '^8.16.0', 'range', 'devDependencies', false, 6, 5]]);
    expect(rows(parsePackageJson(text, 'package.json').requirements)).toEqual([['ws', null, '^8.0.0', 'range', 'dependencies', false, 3, 5]]);
  });

  test('peerDependenciesMeta optional without a peer entry declares nothing', () => {
    const result = parsePackageJson(json({ peerDependenciesMeta: { vue: { optional: true } } }), 'package.json');
    expect(result.requirements).toEqual([]);
    expect(result.problems).toEqual([]);
  });

  test('peerDependenciesMeta optional counts when truthy, as arborist tests it', () => {
    const text = json({ peerDependencies: { vue: '^3', react: '^18' }, peerDependenciesMeta: { vue: { optional: 'yes' }, react: { optional: false } } });
    expect(parsePackageJson(text, 'package.json').requirements.map((r) => [r.name, r.optional])).toEqual([['vue', true], ['react', false]]);
  });

  test('a hostile spec is quoted only in part', () => {
    const spec = `^1 ${'x'.repeat(5000)}`;
    const [problem] = parsePackageJson(json({ dependencies: { dep: spec } }), 'package.json').problems;
    const quoted = `^1 ${'x'.repeat(117)}…`;
    expect(problem.message).toBe(`"dep": "${quoted}" in dependencies is not a usable spec: the range '${quoted}' is 5003 characters long; depgate reads ranges of at most 1024`);
  });

  test('a BOM and CRLF line endings keep positions right', () => {
    const text = '\ufeff{\r\n  "dependencies": {\r\n    "express": "^4"\r\n  }\r\n}\r\n';
    expect(rows(parsePackageJson(text, 'package.json').requirements)).toEqual([['express', null, '^4', 'range', 'dependencies', false, 3, 5]]);
  });
});

describe('parsePackageJson: packageManager and volta', () => {
  const runtimeOf = (manifest: unknown) => {
    const result = parsePackageJson(json(manifest), 'package.json');
    return { runtime: constraints(result.runtime), problems: result.problems.map((p) => [p.code, p.message]) };
  };

  test('yarn and npm, with and without a hash, and a pre-release', () => {
    expect(runtimeOf({ packageManager: 'yarn@4.1.0' }).runtime).toEqual([['yarn', '4.1.0', 'packageManager', 'package.json', 2, 3]]);
    expect(runtimeOf({ packageManager: 'npm@10.2.4+sha512.abc' }).runtime).toEqual([['npm', '10.2.4', 'packageManager', 'package.json', 2, 3]]);
    expect(runtimeOf({ packageManager: 'pnpm@9.0.0-rc.1' }).runtime).toEqual([['pnpm', '9.0.0-rc.1', 'packageManager', 'package.json', 2, 3]]);
  });

  test('a package manager corepack does not manage, or a URL, is a notice; a missing version a DG100', () => {
    expect(runtimeOf({ packageManager: 'bun@1.1.0' })).toEqual({
      runtime: [],
      problems: [['DG101', '"packageManager": "bun@1.1.0" names bun; depgate checks npm, pnpm and yarn only, so it is not checked']],
    });
    expect(runtimeOf({ packageManager: 'yarn@https://example.com/yarn.js' }).problems.map(([code]) => code)).toEqual(['DG101']);
    expect(runtimeOf({ packageManager: 'pnpm' }).problems).toEqual([
      ['DG100', '"packageManager": "pnpm" must be <name>@<version>, such as "pnpm@9.1.0" (corepack refuses it)'],
    ]);
    expect(runtimeOf({ packageManager: 9 }).problems.map(([code]) => code)).toEqual(['DG100']);
  });

  test('volta accepts a v-prefixed exact version and notes that extends is not followed', () => {
    expect(runtimeOf({ volta: { node: 'v20.11.1', yarn: '1.22.19', extends: '../package.json' } })).toEqual({
      runtime: [
        ['node', '20.11.1', 'volta.node', 'package.json', 3, 5],
        ['yarn', '1.22.19', 'volta.yarn', 'package.json', 4, 5],
      ],
      problems: [['DG101', 'volta.extends is not followed: the pins of the file it names are checked only where that file is a manifest depgate reads']],
    });
  });

  test('engines keys other than node and npm are ignored; an engines array is a DG100', () => {
    expect(runtimeOf({ engines: { vscode: '^1.80.0', node: '>=18' } }).runtime).toEqual([['node', '>=18', 'engines.node', 'package.json', 4, 5]]);
    expect(runtimeOf({ engines: ['node >= 0.6'] }).problems).toEqual([['DG100', '"engines" must be an object such as { "node": ">=20" }, not an array']]);
  });
});

describe('workspacePatterns', () => {
  test('reads the workspaces array, Yarn\'s workspaces.packages, and nothing else', () => {
    expect(workspacePatterns(fixture('workspace-root/package.json'))).toEqual(['packages/*', 'apps/**', '!packages/legacy']);
    expect(workspacePatterns(json({ workspaces: { packages: ['libs/*'], nohoist: ['**/react-native'] } }))).toEqual(['libs/*']);
    expect(workspacePatterns(json({ workspaces: ['a', 7, null, 'b'] }))).toEqual(['a', 'b']);
    expect(workspacePatterns(json({ workspaces: 'packages/*' }))).toEqual([]);
    expect(workspacePatterns(json({ name: 'x' }))).toEqual([]);
    expect(workspacePatterns('{ "workspaces": [')).toEqual([]);
  });
});

describe('expandWorkspaces', () => {
  const temporary: string[] = [];
  afterAll(() => {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
  });
  function tree(dirs: Record<string, boolean>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'depgate-workspaces-'));
    temporary.push(root);
    for (const [dir, hasManifest] of Object.entries(dirs)) {
      mkdirSync(path.join(root, dir), { recursive: true });
      if (hasManifest) writeFileSync(path.join(root, dir, 'package.json'), json({ name: path.basename(dir) }));
    }
    return root;
  }

  test('the workspace-root fixture: packages/* minus the negated one, apps/** at any depth, only dirs with a package.json', async () => {
    const root = path.join(FIXTURES, 'workspace-root');
    expect(await expandWorkspaces(root, workspacePatterns(fixture('workspace-root/package.json')))).toEqual([
      'packages/api',
      'packages/web',
      'apps/admin',
      'apps/tools/cli',
    ]);
  });

  test('exact paths, a leading ./ or /, and each directory once, in pattern order', async () => {
    const root = tree({ 'tools/lint': true, 'packages/b': true, 'packages/a': true });
    expect(await expandWorkspaces(root, ['./tools/lint', 'packages/*', '/packages/a'])).toEqual(['tools/lint', 'packages/a', 'packages/b']);
  });

  test('node_modules and dot-directories are never workspaces', async () => {
    const root = tree({ 'packages/a': true, 'packages/node_modules/x': true, 'packages/.cache': true, 'deep/.hidden/pkg': true, 'deep/ok/pkg': true });
    expect(await expandWorkspaces(root, ['packages/*', 'deep/**'])).toEqual(['packages/a', 'deep/ok/pkg']);
  });

  test('** also matches zero directories, as glob\'s `apps/**/` matches `apps/` itself', async () => {
    const root = tree({ apps: true, 'apps/web': true });
    expect(await expandWorkspaces(root, ['apps/**'])).toEqual(['apps', 'apps/web']);
  });

  test('a later positive pattern lifts a negation that matches it (map-workspaces), and !! is not a negation', async () => {
    const root = tree({ 'packages/a': true, 'packages/b': true, 'packages/b/inner': true, 'packages/c': true });
    expect(await expandWorkspaces(root, ['packages/**', '!packages/b/**'])).toEqual(['packages/a', 'packages/c']);
    expect(await expandWorkspaces(root, ['packages/**', '!packages/b/**', 'packages/b/inner'])).toEqual(['packages/a', 'packages/b', 'packages/b/inner', 'packages/c']);
    expect(await expandWorkspaces(root, ['!!packages/c'])).toEqual(['packages/c']);
    expect(await expandWorkspaces(root, ['!packages/a', 'packages/*'])).toEqual(['packages/b', 'packages/c']);
  });

  test('{a,b} alternatives, ? and [...] classes', async () => {
    const root = tree({ 'apps/web': true, 'libs/ui': true, 'tools/x1': true, 'tools/x2': true, 'tools/y1': true });
    expect(await expandWorkspaces(root, ['{apps,libs}/*'])).toEqual(['apps/web', 'libs/ui']);
    expect(await expandWorkspaces(root, ['tools/x?'])).toEqual(['tools/x1', 'tools/x2']);
    expect(await expandWorkspaces(root, ['tools/[xy]1'])).toEqual(['tools/x1', 'tools/y1']);
  });

  test('a symlinked workspace directory is matched by *', async () => {
    const root = tree({ 'elsewhere/real': true, packages: false });
    symlinkSync(path.join(root, 'elsewhere/real'), path.join(root, 'packages/linked'), 'dir');
    expect(await expandWorkspaces(root, ['packages/*'])).toEqual(['packages/linked']);
  });

  test('** matches a symlinked directory but does not crawl into it, so a symlink cycle ends', async () => {
    const root = tree({ 'apps/web': true, 'elsewhere/real': true, 'elsewhere/real/inner': true });
    symlinkSync(path.join(root, 'elsewhere/real'), path.join(root, 'apps/linked'), 'dir');
    symlinkSync(path.join(root, 'apps'), path.join(root, 'apps/web/loop'), 'dir');
    expect(await expandWorkspaces(root, ['apps/**'])).toEqual(['apps/linked', 'apps/web']);
  });

  test('a root that does not exist, or patterns that match nothing, give []', async () => {
    expect(await expandWorkspaces(path.join(tmpdir(), 'depgate-no-such-dir-4f1c'), ['packages/*'])).toEqual([]);
    expect(await expandWorkspaces(tree({ 'packages/a': true }), ['libs/*', '', '!'])).toEqual([]);
  });
});
