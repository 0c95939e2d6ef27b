// A Node app, end to end through the bundled action: an installed tree with one package missing,
// one at the wrong major, one installed pre-release, one npm: alias, one ESM-only package and
// one that throws when loaded; engines.node checked against the node on PATH.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { installPackage, makeTempDir, removeDir, writePackage } from '../helpers/node-modules.js';
import { runAction } from './run-dist.js';

let repo: string;

const PACKAGE_JSON = `{
  "name": "shop-web",
  "version": "1.0.0",
  "engines": { "node": ">=99" },
  "dependencies": {
    "express": "^4.18.0",
    "left-pad": "^1.3.0",
    "next-gen": "^2.0.0-beta.1",
    "old-ms": "npm:ms@^2.1.0",
    "esm-only": "^3.0.0",
    "redis-client": "^4.0.0",
    "lodash": "^4.17.21"
  },
  "optionalDependencies": {
    "fsevents": "^2.3.0"
  }
}
`;

beforeAll(() => {
  repo = makeTempDir('depgate-node-e2e-');
  writeFileSync(path.join(repo, 'package.json'), PACKAGE_JSON);
  installPackage(repo, 'express', '5.1.0');
  installPackage(repo, 'next-gen', '2.0.0-beta.3');
  installPackage(repo, 'old-ms', '2.1.3', { manifest: { name: 'ms' } });
  writePackage(path.join(repo, 'node_modules', 'esm-only'), {
    manifest: { name: 'esm-only', version: '3.1.0', type: 'module', exports: { import: './index.js' } },
    files: { 'index.js': 'export default function esmOnly() { return 1; }\n' },
  });
  installPackage(repo, 'redis-client', '4.6.0', { files: { 'index.js': "throw new Error('REDIS_URL is not set');\n" } });
  installPackage(repo, 'lodash', '4.17.21');
});

afterAll(() => removeDir(repo));

describe('dist/index.js on a Node app', () => {
  test('annotates each broken dependency at its package.json line and column', () => {
    const run = runAction({ workspace: repo, inputs: {} });
    const annotations = run.stdout.filter((line) => /^::(error|warning|notice) /.test(line));
    const parsed = annotations.map((line) => /^::(\w+) file=([^,]+),line=(\d+),col=(\d+),title=(DG\d+) [^%]+%3A ([^:]+)::/.exec(line)?.slice(1));
    expect(parsed).toEqual([
      ['error', 'package.json', '4', '16', 'DG006', 'node'],
      ['error', 'package.json', '6', '5', 'DG002', 'express'],
      ['error', 'package.json', '7', '5', 'DG001', 'left-pad'],
      ['error', 'package.json', '11', '5', 'DG003', 'redis-client'],
      ['notice', 'package.json', '15', '5', 'DG101', 'fsevents'],
    ]);
    expect(annotations[1]).toContain('express 5.1.0 is installed (node_modules/express), but express@^4.18.0 (package.json:6, dependencies) requires ^4.18.0.');
    expect(annotations[1]).toContain("Fix: npm install 'express@^4.18.0'");
    expect(annotations[3]).toContain('loading redis-client fails: Error: REDIS_URL is not set');
    expect(annotations[0]).toContain(`engines.node (package.json:4) requires Node >=99, but ${process.execPath.replace(/:/g, '%3A')}`);
    expect(run.exitCode).toBe(1);
    expect(run.outputs.passed).toBe('false');
    // The pre-release inside its range, the alias of ms, the ESM-only package and lodash pass.
    const findings = JSON.parse(run.outputs.findings) as { name: string }[];
    expect(findings.map((finding) => finding.name).sort()).toEqual(['express', 'fsevents', 'left-pad', 'node', 'redis-client']);
    expect(run.summary).toContain("npm install 'express@^4.18.0' 'left-pad@^1.3.0'");
  });

  test('an invalid package.json is a DG100 at the JSON error, and the gate fails cleanly', () => {
    const broken = makeTempDir('depgate-node-broken-');
    try {
      writeFileSync(path.join(broken, 'package.json'), '{\n  "dependencies": {\n    "express": "^4",\n  }\n}\n');
      const run = runAction({ workspace: broken, inputs: {} });
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toBe('');
      expect(run.stdout[0]).toMatch(/^::error file=package\.json,line=4,col=3,title=DG100 spec-error/);
      expect(run.stdout[0]).toContain('trailing comma');
    } finally {
      removeDir(broken);
    }
  });
});
