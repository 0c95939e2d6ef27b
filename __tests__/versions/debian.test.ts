import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { compareDebianVersions, debianVersionError, parseDebianVersion } from '../../src/versions/debian.js';

interface Vectors { generator: string; cases: { a: string; b: string; cmp: -1 | 0 | 1 }[] }
const vectors = JSON.parse(readFileSync(new URL('../fixtures/vectors/debian-versions.json', import.meta.url), 'utf8')) as Vectors;

describe('compareDebianVersions agrees with dpkg 1.21 --compare-versions', () => {
  test('the vector file holds the 1,056 cases from dpkg 1.21.22', () => {
    expect(vectors.generator).toBe('dpkg 1.21.22 --compare-versions');
    expect(vectors.cases).toHaveLength(1056);
  });

  test('every case, in both directions', () => {
    const disagreements = vectors.cases
      .filter(({ a, b, cmp }) => compareDebianVersions(a, b) !== cmp || compareDebianVersions(b, a) !== -cmp)
      .map(({ a, b, cmp }) => `${a} vs ${b}: dpkg ${cmp}, depgate ${compareDebianVersions(a, b)}`);
    expect(disagreements).toEqual([]);
  });

  test.each([
    ['1.0~rc1', '1.0', -1],
    ['1.0~~', '1.0~', -1],
    ['1.0', '1.0+b1', -1],
    ['1.0a', '1.0+', -1],
    ['2.36-9+deb12u14', '2.36-9+deb12u4', 1],
    ['1:0.9', '2.0', 1],
    ['0:1.0', '1.0', 0],
    ['1.0', '1.0-0', 0],
    ['1.001', '1.1', 0],
  ] as const)('%s vs %s is %i', (a, b, expected) => {
    expect(compareDebianVersions(a, b)).toBe(expected);
  });
});

describe('parseDebianVersion', () => {
  test('splits at the first colon and the last hyphen', () => {
    expect(parseDebianVersion('1:2.36-9+deb12u14')).toEqual({ ok: true, version: { epoch: 1, upstream: '2.36', revision: '9+deb12u14' } });
    expect(parseDebianVersion('2.4-1-2')).toEqual({ ok: true, version: { epoch: 0, upstream: '2.4-1', revision: '2' } });
    expect(parseDebianVersion('1.21.22')).toEqual({ ok: true, version: { epoch: 0, upstream: '1.21.22', revision: '' } });
  });

  test.each([
    ['', 'the version is empty'],
    ['1.0 beta', 'a version cannot contain spaces'],
    ['a:1.0', "the epoch 'a' before ':' must be a number"],
    ['1:', "nothing after the epoch's colon"],
    ['1.0-', 'the revision after the last hyphen is empty'],
    ['-1', 'the upstream version is empty'],
    ['beta1', "the upstream version 'beta1' must start with a digit"],
    ['1.0_1', "invalid character '_' in the upstream version (allowed: letters, digits, . + ~ - :)"],
    ['1.0-1_2', "invalid character '_' in the revision (allowed: letters, digits, . + ~)"],
  ])('%j is refused: %s', (version, error) => {
    expect(debianVersionError(version)).toBe(error);
  });
});
