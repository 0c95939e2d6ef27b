import { describe, expect, test } from '@jest/globals';
import { compareRpmVersions, displayRpmVersion, parseRpmVersion, rpmVersionError, rpmvercmp } from '../../src/versions/rpm.js';

// rpm's own test suite, tests/rpmvercmp.at (rpm 4.15+, with the caret cases), copied case for case:
// RPMVERCMP(a, b, expected) checks `rpm --eval '%{lua: print(rpm.vercmp("a", "b"))}'`.
const RPMVERCMP_AT = `
RPMVERCMP(1.0, 1.0, 0)
RPMVERCMP(1.0, 2.0, -1)
RPMVERCMP(2.0, 1.0, 1)
RPMVERCMP(2.0.1, 2.0.1, 0)
RPMVERCMP(2.0, 2.0.1, -1)
RPMVERCMP(2.0.1, 2.0, 1)
RPMVERCMP(2.0.1a, 2.0.1a, 0)
RPMVERCMP(2.0.1a, 2.0.1, 1)
RPMVERCMP(2.0.1, 2.0.1a, -1)
RPMVERCMP(5.5p1, 5.5p1, 0)
RPMVERCMP(5.5p1, 5.5p2, -1)
RPMVERCMP(5.5p2, 5.5p1, 1)
RPMVERCMP(5.5p10, 5.5p10, 0)
RPMVERCMP(5.5p1, 5.5p10, -1)
RPMVERCMP(5.5p10, 5.5p1, 1)
RPMVERCMP(10xyz, 10.1xyz, -1)
RPMVERCMP(10.1xyz, 10xyz, 1)
RPMVERCMP(xyz10, xyz10, 0)
RPMVERCMP(xyz10, xyz10.1, -1)
RPMVERCMP(xyz10.1, xyz10, 1)
RPMVERCMP(xyz.4, xyz.4, 0)
RPMVERCMP(xyz.4, 8, -1)
RPMVERCMP(8, xyz.4, 1)
RPMVERCMP(xyz.4, 2, -1)
RPMVERCMP(2, xyz.4, 1)
RPMVERCMP(5.5p2, 5.6p1, -1)
RPMVERCMP(5.6p1, 5.5p2, 1)
RPMVERCMP(5.6p1, 6.5p1, -1)
RPMVERCMP(6.5p1, 5.6p1, 1)
RPMVERCMP(6.0.rc1, 6.0, 1)
RPMVERCMP(6.0, 6.0.rc1, -1)
RPMVERCMP(10b2, 10a1, 1)
RPMVERCMP(10a2, 10b2, -1)
RPMVERCMP(1.0aa, 1.0aa, 0)
RPMVERCMP(1.0a, 1.0aa, -1)
RPMVERCMP(1.0aa, 1.0a, 1)
RPMVERCMP(10.0001, 10.0001, 0)
RPMVERCMP(10.0001, 10.1, 0)
RPMVERCMP(10.1, 10.0001, 0)
RPMVERCMP(10.0001, 10.0039, -1)
RPMVERCMP(10.0039, 10.0001, 1)
RPMVERCMP(4.999.9, 5.0, -1)
RPMVERCMP(5.0, 4.999.9, 1)
RPMVERCMP(20101121, 20101121, 0)
RPMVERCMP(20101121, 20101122, -1)
RPMVERCMP(20101122, 20101121, 1)
RPMVERCMP(2_0, 2_0, 0)
RPMVERCMP(2.0, 2_0, 0)
RPMVERCMP(2_0, 2.0, 0)
RPMVERCMP(a, a, 0)
RPMVERCMP(a+, a+, 0)
RPMVERCMP(a+, a_, 0)
RPMVERCMP(a_, a+, 0)
RPMVERCMP(+a, +a, 0)
RPMVERCMP(+a, _a, 0)
RPMVERCMP(_a, +a, 0)
RPMVERCMP(+_, +_, 0)
RPMVERCMP(_+, +_, 0)
RPMVERCMP(_+, _+, 0)
RPMVERCMP(+, _, 0)
RPMVERCMP(_, +, 0)
RPMVERCMP(1.0~rc1, 1.0~rc1, 0)
RPMVERCMP(1.0~rc1, 1.0, -1)
RPMVERCMP(1.0, 1.0~rc1, 1)
RPMVERCMP(1.0~rc1, 1.0~rc2, -1)
RPMVERCMP(1.0~rc2, 1.0~rc1, 1)
RPMVERCMP(1.0~rc1~git123, 1.0~rc1~git123, 0)
RPMVERCMP(1.0~rc1~git123, 1.0~rc1, -1)
RPMVERCMP(1.0~rc1, 1.0~rc1~git123, 1)
RPMVERCMP(1.0^, 1.0^, 0)
RPMVERCMP(1.0^, 1.0, 1)
RPMVERCMP(1.0, 1.0^, -1)
RPMVERCMP(1.0^git1, 1.0^git1, 0)
RPMVERCMP(1.0^git1, 1.0, 1)
RPMVERCMP(1.0, 1.0^git1, -1)
RPMVERCMP(1.0^git1, 1.0^git2, -1)
RPMVERCMP(1.0^git2, 1.0^git1, 1)
RPMVERCMP(1.0^git1, 1.01, -1)
RPMVERCMP(1.01, 1.0^git1, 1)
RPMVERCMP(1.0^20160101, 1.0^20160101, 0)
RPMVERCMP(1.0^20160101, 1.0.1, -1)
RPMVERCMP(1.0.1, 1.0^20160101, 1)
RPMVERCMP(1.0^20160101^git1, 1.0^20160101^git1, 0)
RPMVERCMP(1.0^20160102, 1.0^20160101^git1, 1)
RPMVERCMP(1.0^20160101^git1, 1.0^20160102, -1)
RPMVERCMP(1.0~rc1^git1, 1.0~rc1^git1, 0)
RPMVERCMP(1.0~rc1^git1, 1.0~rc1, 1)
RPMVERCMP(1.0~rc1, 1.0~rc1^git1, -1)
RPMVERCMP(1.0^git1~pre, 1.0^git1~pre, 0)
RPMVERCMP(1.0^git1, 1.0^git1~pre, 1)
RPMVERCMP(1.0^git1~pre, 1.0^git1, -1)
`;

const CASES = [...RPMVERCMP_AT.matchAll(/^RPMVERCMP\(([^,]*), ([^,]*), (-?\d)\)$/gm)].map((m) => [m[1], m[2], Number(m[3])] as const);

describe('rpmvercmp agrees with rpm tests/rpmvercmp.at', () => {
  test('all 91 cases were read from the copied table', () => {
    expect(CASES).toHaveLength(91);
  });

  test.each(CASES)('rpmvercmp(%s, %s) = %i', (a, b, expected) => {
    expect(rpmvercmp(a, b)).toBe(expected);
  });
});

describe('compareRpmVersions: [epoch:]version[-release] as rpmverCmp orders it', () => {
  test.each([
    ['1:1.0-1', '2.0-1', 1],
    ['0:2.34-100.el9', '2.34-100.el9', 0],
    ['2.34-100.el9', '2.34-99.el9', 1],
    ['2.34-100.el9_4.2', '2.34-100.el9_4.10', -1],
    ['2.34-100.el9', '2.34', 0],
    ['2.34', '2.34-1', 0],
    ['2.34-1', '2.35', -1],
    ['1.0~rc1-1', '1.0-1', -1],
    ['1.0^git1-1', '1.0-5', 1],
  ] as const)('%s vs %s is %i', (a, b, expected) => {
    expect(compareRpmVersions(a, b)).toBe(expected);
    expect(compareRpmVersions(b, a)).toBe(expected === 0 ? 0 : -expected);
  });
});

describe('parseRpmVersion', () => {
  test('splits epoch, version and release', () => {
    expect(parseRpmVersion('2:9.0.2120-1.fc40')).toEqual({ ok: true, version: { epoch: 2, version: '9.0.2120', release: '1.fc40' } });
    expect(parseRpmVersion('1.0^git1')).toEqual({ ok: true, version: { epoch: 0, version: '1.0^git1' } });
  });

  test.each([
    ['', 'the version is empty'],
    ['x:1.0', "the epoch 'x' before ':' must be a number"],
    ['1.0-', 'the release after the hyphen is empty'],
    ['1.0-1-2', "invalid character '-' in the version (allowed: letters, digits, . _ + ~ ^)"],
    ['1.0/2', "invalid character '/' in the version (allowed: letters, digits, . _ + ~ ^)"],
  ])('%j is refused: %s', (text, error) => {
    expect(rpmVersionError(text)).toBe(error);
  });

  test('a zero epoch is dropped for display, as rpm -q prints it', () => {
    expect(displayRpmVersion('0:2.34-100.el9')).toBe('2.34-100.el9');
    expect(displayRpmVersion('1:1.1.1k-12.el8')).toBe('1:1.1.1k-12.el8');
  });
});
