import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectPackageManager, NODE_LOCKFILE_FORMATS, selectNodeLockfile } from '../../../../src/manifests/lockfiles/node/index.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/lockfiles/node/', import.meta.url));

describe('NODE_LOCKFILE_FORMATS', () => {
  test('in precedence order: npm-shrinkwrap.json wins over package-lock.json (npm docs), then pnpm, then yarn', () => {
    expect(NODE_LOCKFILE_FORMATS.map((format) => [format.fileName, format.packageManager])).toEqual([
      ['npm-shrinkwrap.json', 'npm'],
      ['package-lock.json', 'npm'],
      ['pnpm-lock.yaml', 'pnpm'],
      ['yarn.lock', 'yarn'],
    ]);
  });

  test('each format parses its own kind of lockfile, dev entries included on request', () => {
    const counts = Object.fromEntries(
      [
        ['npm-shrinkwrap.json', 'npm-flags/package-lock.json'],
        ['package-lock.json', 'npm-workspace/package-lock.json'],
        ['pnpm-lock.yaml', 'pnpm-v9/pnpm-lock.yaml'],
        ['yarn.lock', 'yarn-berry/yarn.lock'],
      ].map(([fileName, fixture]) => {
        const format = NODE_LOCKFILE_FORMATS.find((candidate) => candidate.fileName === fileName)!;
        const text = readFileSync(path.join(FIXTURES, fixture), 'utf8');
        const plain = format.parse(text, fileName);
        const withDev = format.parse(text, fileName, { dev: true });
        expect([plain.problems, withDev.problems]).toEqual([[], []]);
        return [fileName, [plain.pins!.length, withDev.pins!.length]];
      }),
    );
    expect(counts).toEqual({
      'npm-shrinkwrap.json': [10, 13],
      'package-lock.json': [7, 8],
      'pnpm-lock.yaml': [7, 10],
      'yarn.lock': [9, 9],
    });
  });

  test('selectNodeLockfile picks the one the package manager installs from', () => {
    expect(selectNodeLockfile(['package.json', 'package-lock.json', 'npm-shrinkwrap.json'])?.name).toBe('npm-shrinkwrap.json');
    expect(selectNodeLockfile(['yarn.lock', 'web/pnpm-lock.yaml'])?.name).toBe('pnpm-lock.yaml');
    expect(selectNodeLockfile(['package.json', 'README.md'])).toBeUndefined();
  });
});

describe('detectPackageManager', () => {
  test('the packageManager field wins over any lockfile', () => {
    expect(detectPackageManager(['package-lock.json'], 'pnpm@9.1.0+sha512.3f2a0b8c')).toBe('pnpm');
    expect(detectPackageManager(['pnpm-lock.yaml'], 'yarn@4.1.1')).toBe('yarn');
    expect(detectPackageManager(['yarn.lock'], ' npm@10.8.2 ')).toBe('npm');
  });

  test('then the lockfile present', () => {
    expect(detectPackageManager(['package.json', 'yarn.lock'])).toBe('yarn');
    expect(detectPackageManager(['pnpm-lock.yaml'])).toBe('pnpm');
    expect(detectPackageManager(['app/npm-shrinkwrap.json'])).toBe('npm');
    expect(detectPackageManager(['yarn.lock', 'package-lock.json'])).toBe('npm');
  });

  test('a packageManager depgate has no fix commands for (bun) falls back to the lockfile', () => {
    expect(detectPackageManager(['yarn.lock'], 'bun@1.1.0')).toBe('yarn');
    expect(detectPackageManager([], 'deno')).toBe('npm');
  });

  test('else npm, which comes with Node', () => {
    expect(detectPackageManager([])).toBe('npm');
    expect(detectPackageManager(['package.json'], '')).toBe('npm');
  });
});
