import { describe, expect, test } from '@jest/globals';
import type { RuntimeConstraint } from '../../src/model.js';
import { judgeNodeRuntime } from '../../src/judge/node-runtime.js';
import { parsePackageJson } from '../../src/manifests/package-json.js';
import { parseNvmrc } from '../../src/manifests/node-version-files.js';

const NODE = '/usr/local/bin/node';

function constraint(runtime: RuntimeConstraint['runtime'], specifier: string, origin: string, line = 3, file = 'package.json'): RuntimeConstraint {
  return { ecosystem: 'node', runtime, specifier, origin, source: { file, line, column: 5 } };
}

describe('judgeNodeRuntime', () => {
  test('reports Node 18 under engines.node >=20 as DG006 at the key, naming origin, range and what was found', () => {
    expect(judgeNodeRuntime([constraint('node', '>=20', 'engines.node')], { node: 'v18.19.0' }, NODE)).toEqual([
      {
        code: 'DG006',
        kind: 'runtime-version',
        severity: 'error',
        ecosystem: 'node',
        name: 'node',
        required: '>=20',
        found: 'v18.19.0',
        file: 'package.json',
        line: 3,
        column: 5,
        message: 'engines.node (package.json:3) requires Node >=20, but /usr/local/bin/node is Node v18.19.0.',
      },
    ]);
  });

  test('a satisfied constraint gives no finding', () => {
    expect(judgeNodeRuntime([constraint('node', '^20.11.0 || >=22', 'engines.node'), constraint('npm', '>=10', 'engines.npm')], { node: 'v22.3.0', npm: '10.8.1' }, NODE)).toEqual([]);
  });

  test('a Node nightly satisfies an engines range as checkEngine judges it (includePrerelease)', () => {
    expect(judgeNodeRuntime([constraint('node', '^14.18.0 || >=16.0.0', 'engines.node')], { node: 'v21.0.0-nightly20230429c968361829' }, NODE)).toEqual([]);
    expect(judgeNodeRuntime([constraint('node', '>=20', 'engines.node')], { node: 'v20.0.0-rc.1' }, NODE)).toEqual([]);
  });

  test('a runtime that was not found is DG005; for npm with the command that installs it', () => {
    expect(judgeNodeRuntime([constraint('npm', '>=10', 'engines.npm', 4)], {}, NODE)).toEqual([
      {
        code: 'DG005',
        kind: 'runtime-missing',
        severity: 'error',
        ecosystem: 'node',
        name: 'npm',
        required: '>=10',
        file: 'package.json',
        line: 4,
        column: 5,
        message: 'engines.npm (package.json:4) requires npm >=10, but no npm was found with /usr/local/bin/node.',
        fix: "npm install --global 'npm@>=10'",
      },
    ]);
    expect(judgeNodeRuntime([constraint('node', '20.x', '.nvmrc', 1, '.nvmrc')], {}, NODE).map((f) => [f.code, f.message, f.fix])).toEqual([
      ['DG005', '.nvmrc (.nvmrc:1) requires Node 20.x, but /usr/local/bin/node was not found or did not report its version.', undefined],
    ]);
  });

  test('packageManager pins an exact pnpm: a different one is DG006 fixed by enabling corepack', () => {
    expect(judgeNodeRuntime([constraint('pnpm', '9.1.0', 'packageManager', 14)], { pnpm: '8.15.4' }, NODE).map((f) => [f.code, f.name, f.found, f.message, f.fix])).toEqual([
      ['DG006', 'pnpm', '8.15.4', 'packageManager (package.json:14) requires pnpm 9.1.0 exactly, but the pnpm found with /usr/local/bin/node is pnpm 8.15.4.', 'corepack enable pnpm'],
    ]);
  });

  test('a volta pin wants exactly its version, and an npm mismatch is fixed with npm install --global', () => {
    const findings = judgeNodeRuntime(
      [constraint('node', '20.11.1', 'volta.node', 16), constraint('yarn', '1.22.19', 'volta.yarn', 17), constraint('npm', '^10.5.0', 'engines.npm', 12)],
      { node: 'v20.11.0', yarn: '1.22.19', npm: '9.8.1' },
      NODE,
    );
    expect(findings.map((f) => [f.code, f.name, f.line, f.message, f.fix])).toEqual([
      ['DG006', 'node', 16, 'volta.node (package.json:16) requires Node 20.11.1 exactly, but /usr/local/bin/node is Node v20.11.0.', undefined],
      ['DG006', 'npm', 12, 'engines.npm (package.json:12) requires npm ^10.5.0, but the npm found with /usr/local/bin/node is npm 9.8.1.', "npm install --global 'npm@^10.5.0'"],
    ]);
  });

  test('a constraint without runtime means node; a Python constraint is not this judge\'s', () => {
    const implicit: RuntimeConstraint = { ecosystem: 'node', specifier: '>=22', origin: '.node-version', source: { file: '.node-version', line: 1, column: 1 } };
    const python: RuntimeConstraint = { ecosystem: 'python', runtime: 'python', specifier: '>=3.12', origin: 'requires-python', source: { file: 'pyproject.toml', line: 5, column: 1 } };
    expect(judgeNodeRuntime([implicit, python], { node: 'v20.11.0' }, NODE).map((f) => [f.code, f.name, f.file])).toEqual([['DG006', 'node', '.node-version']]);
  });

  test('an unreadable range is a DG100, never a pass', () => {
    expect(judgeNodeRuntime([constraint('node', '>= 18, < 21', 'engines.node')], { node: 'v20.0.0' }, NODE).map((f) => [f.code, f.message])).toEqual([
      ['DG100', "engines.node (package.json:3) cannot be checked: '>= 18, < 21' is not a node-semver range (node-semver separates comparators with spaces, not commas); for example ^1.2.3, ~1.2, 1.x, >=1.0.0 <2, 1.2.3 - 2.3.4, ^1 || ^2."],
    ]);
  });

  test('end to end from the parsers: package.json engines and .nvmrc against Node 18', () => {
    const manifest = parsePackageJson('{\n  "engines": {\n    "node": ">=20.11 <23",\n    "npm": ">=10"\n  }\n}\n', 'package.json');
    const nvmrc = parseNvmrc('lts/iron\n', '.nvmrc');
    const findings = judgeNodeRuntime([...manifest.runtime, ...nvmrc.runtime], { node: 'v18.20.4', npm: '10.7.0' }, NODE);
    expect(findings.map((f) => [f.code, f.file, f.line, f.column, f.required, f.found])).toEqual([
      ['DG006', 'package.json', 3, 5, '>=20.11 <23', 'v18.20.4'],
      ['DG006', '.nvmrc', 1, 1, '20.x', 'v18.20.4'],
    ]);
  });
});
