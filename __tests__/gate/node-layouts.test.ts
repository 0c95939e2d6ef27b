// The whole gate (runGate, in process) on real node_modules layouts: npm workspaces with a
// nested version conflict, a pnpm store, and a package-lock.json that drifted from the tree.
import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runGate } from '../../src/gate.js';
import { installPackage, linkDir, makeTempDir, removeDir, writePackage, writePnpmTree } from '../helpers/node-modules.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) removeDir(dir);
  dir = undefined;
});

const gate = (cwd: string) => runGate({ cwd, env: { PATH: process.env.PATH }, imports: true, timeoutSeconds: 20 });
const brief = (findings: { code: string; name: string; file?: string; line?: number; column?: number }[]) =>
  findings.map((finding) => [finding.code, finding.name, `${finding.file}:${finding.line}:${finding.column}`]);

describe('npm workspaces', () => {
  test("each workspace's dependencies resolve from its own directory: hoisted, nested and missing", async () => {
    dir = makeTempDir('depgate-ws-');
    writePackage(dir, { manifest: { name: 'monorepo', private: true, workspaces: ['packages/*'] } });
    writePackage(path.join(dir, 'packages/ui'), { manifest: { name: '@acme/ui', version: '1.0.0', dependencies: { react: '^18.2.0' } } });
    mkdirSync(path.join(dir, 'packages/api'), { recursive: true });
    writeFileSync(path.join(dir, 'packages/api/package.json'), '{\n  "name": "@acme/api",\n  "dependencies": {\n    "pg": "^8.11.0",\n    "zod": "^3.22.0"\n  }\n}\n');
    installPackage(dir, 'react', '18.3.1');
    installPackage(dir, 'pg', '8.12.0');
    // npm nests a second copy where a workspace's range conflicts with the hoisted one.
    installPackage(path.join(dir, 'packages/api'), 'pg', '7.18.2');
    linkDir(path.join(dir, 'node_modules/@acme/ui'), path.join(dir, 'packages/ui'));
    linkDir(path.join(dir, 'node_modules/@acme/api'), path.join(dir, 'packages/api'));

    const report = await gate(dir);
    expect(brief(report.findings)).toEqual([
      ['DG002', 'pg', 'packages/api/package.json:4:5'],
      ['DG001', 'zod', 'packages/api/package.json:5:5'],
    ]);
    expect(report.findings[0].message).toContain('pg 7.18.2 is installed (packages/api/node_modules/pg)');
    expect(report.findings.map((finding) => finding.fix)).toEqual([
      "npm install --workspace packages/api 'pg@^8.11.0'",
      "npm install --workspace packages/api 'zod@^3.22.0'",
    ]);
    expect(report.checked).toBe(3);
    expect(report.sources).toEqual(['package.json', 'packages/api/package.json', 'packages/ui/package.json']);
  });
});

describe('pnpm', () => {
  test('a pnpm store with symlinks: direct dependencies resolve through the links, and pnpm is the fix', async () => {
    dir = makeTempDir('depgate-pnpm-');
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'app', dependencies: { express: '^4.19.0', debug: '^4.3.0' } }, null, 2));
    writeFileSync(path.join(dir, 'pnpm-lock.yaml'), [
      "lockfileVersion: '9.0'",
      '',
      'importers:',
      '',
      '  .:',
      '    dependencies:',
      '      debug:',
      "        specifier: ^4.3.0",
      '        version: 2.6.9',
      '      express:',
      '        specifier: ^4.19.0',
      '        version: 4.19.2',
      '',
    ].join('\n'));
    writePnpmTree(dir, [
      { name: 'express', version: '4.19.2', dependencies: { debug: '2.6.9' } },
      { name: 'debug', version: '2.6.9' },
    ], ['express@4.19.2', 'debug@2.6.9']);
    const report = await gate(dir);
    expect(brief(report.findings)).toEqual([['DG002', 'debug', 'package.json:5:5']]);
    expect(report.findings[0].fix).toBe("pnpm add 'debug@^4.3.0'");
    expect(report.environment.node?.packageManager).toBe('pnpm');
  });
});

describe('package-lock.json', () => {
  test('an installed version that differs from the lock is DG007 at the lock entry', async () => {
    dir = makeTempDir('depgate-lock-');
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'app', version: '1.0.0', dependencies: { ms: '^2.1.0' } }, null, 2));
    const lock = {
      name: 'app', version: '1.0.0', lockfileVersion: 3, requires: true,
      packages: {
        '': { name: 'app', version: '1.0.0', dependencies: { ms: '^2.1.0' } },
        'node_modules/ms': { version: '2.1.3', resolved: 'https://registry.npmjs.org/ms/-/ms-2.1.3.tgz', license: 'MIT' },
      },
    };
    writeFileSync(path.join(dir, 'package-lock.json'), `${JSON.stringify(lock, null, 2)}\n`);
    installPackage(dir, 'ms', '2.1.2');
    const report = await gate(dir);
    expect(brief(report.findings)).toEqual([['DG007', 'ms', 'package-lock.json:14:5']]);
    expect(report.findings[0]).toMatchObject({ required: '2.1.3', found: '2.1.2', fix: 'npm ci' });
  });
});
