import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { apkVersionError, apkVersionMatch, compareApkVersions, isValidApkVersion } from '../../src/versions/apk.js';

// apk-tools' own comparison cases, alpinelinux/apk-tools test/version.data (commit fd8f39f1),
// copied verbatim: "a <op> b", where op is <, = or >.
const DATA = readFileSync(new URL('../fixtures/versions/apk-tools-version.data', import.meta.url), 'utf8');
const CASES = DATA.split('\n')
  .map((line) => line.replace(/#.*$/, '').trim())
  .filter((line) => line !== '')
  .map((line) => {
    const [a, op, b] = line.split(/\s+/);
    return { a, op, b, expected: op === '<' ? -1 : op === '>' ? 1 : 0 };
  });

describe('compareApkVersions agrees with apk-tools test/version.data', () => {
  test('the copied file holds its 733 cases, each with <, = or >', () => {
    expect(CASES).toHaveLength(733);
    expect(CASES.every(({ op }) => ['<', '=', '>'].includes(op))).toBe(true);
  });

  test('every case, in both directions', () => {
    const disagreements = CASES
      .filter(({ a, b, expected }) => compareApkVersions(a, b) !== expected || compareApkVersions(b, a) !== -expected)
      .map(({ a, op, b }) => `${a} ${op} ${b}: depgate says ${compareApkVersions(a, b)}`);
    expect(disagreements).toEqual([]);
  });
});

// The rows apk-tools 3 added to its test data (test/unit/version.data): leading-zero components
// compare as text, commit hashes, fuzzy matching, and which versions are valid at all.
describe('apk-tools 3 additions', () => {
  test.each([
    ['8.2.0', '<', '8.2.001'],
    ['8.2.0015', '<', '8.2.002'],
    ['1.0~1234', '<', '1.0~2345'],
    ['1.0~1234-r1', '<', '1.0~2345-r0'],
    ['1.0~1234-r1', '>', '1.0~1234-r0'],
  ])('%s %s %s', (a, op, b) => {
    expect(compareApkVersions(a, b)).toBe(op === '<' ? -1 : 1);
  });

  test.each([
    ['3.6.0', '~', '3.6', true],
    ['3.6.9', '~', '3.6', true],
    ['3.6_pre1', '~', '3.6', true],
    ['3.6.0_pre1', '~', '3.6', true],
    ['3.6.9_post1', '~', '3.6', true],
    ['3.6.0', '~', '3.6.0', true],
    ['3.5', '<~', '3.6', true],
    ['3.7', '>~', '3.6', true],
    ['3.6.0', '!~', '3.8', true],
    ['3.6.9', '!~', '3.8', true],
    ['3.8', '!~', '3.8.1', true],
    ['3.8.0', '!~', '3.8.1', true],
    ['3.8.0.1', '!~', '3.8.1', true],
    ['3.6_pre1', '!~', '3.8', true],
    ['3.6.0_pre1', '!~', '3.8', true],
    ['3.6.9_post1', '!~', '3.8', true],
    ['3.6.9', '~', '3.8', false],
    ['1.2', '>=', '1.2', true],
    ['1.2', '<', '1.2', false],
  ] as const)('%s %s %s is %s', (a, op, b, expected) => {
    expect(apkVersionMatch(a, op, b)).toBe(expected);
  });

  test.each(['1.2', '0.1_pre2', '0.1_pre2~1234abcd', '0.1_p1_pre2', '0.1_alpha1_pre2', '0.1_git20240101_pre1'])('%s is valid', (version) => {
    expect(isValidApkVersion(version)).toBe(true);
  });

  test.each([
    '', '0.1bc', '0.1bc1', '0.1a1', '0.1a.1', '0.1_pre2~', '0.1_pre2~1234xbcd', '0.1_pre2~1234abcd_pre1', '0.1_pre2-r1~1234xbcd',
    '0.1_foobar', '0.1_foobar1', '0.1-pre1.1', '0.1-r', '0.1-r2_pre1', '0.1-r2_p3_pre1', '0.1-r2-r3', '0.1-r2.1', '.1', 'a', '_pre1',
    '-r1', '0.1_', '0.1_-r0', '0.1__alpha', '0.1_1_alpha',
  ])('%j is invalid', (version) => {
    expect(isValidApkVersion(version)).toBe(false);
  });

  test('the error names the part where the version goes wrong', () => {
    expect(apkVersionError('1.2_foobar-r1')).toBe("'1.2_foobar-r1' is not an apk version (digits{.digits}{letter}{_alpha|_beta|_pre|_rc|_p|_cvs|_svn|_git|_hg{N}}{~hash}{-rN}); it goes wrong at '_foobar-r1'");
    expect(apkVersionError('')).toBe('the version is empty');
    expect(apkVersionError('3.12.1-r0')).toBeUndefined();
  });
});
