import { describe, expect, test } from '@jest/globals';
import {
  anyPackageVersionError, APK_ORDERING, compareLooseVersions, DEBIAN_ORDERING, looseVersionError, parseSystemRange, RPM_ORDERING,
  systemRangeSatisfied, validSystemRange,
} from '../../src/versions/system-range.js';
import { compareDebianVersions } from '../../src/versions/debian.js';
import { compareRpmVersions } from '../../src/versions/rpm.js';
import { compareApkVersions } from '../../src/versions/apk.js';
import semver from 'semver';

describe('parseSystemRange', () => {
  test('comma and spaces are AND, || is OR, == is =', () => {
    expect(parseSystemRange('>=14, <16 || == 18.1 !=18.1-2')).toEqual({
      ok: true,
      range: { alternatives: [[{ operator: '>=', version: '14' }, { operator: '<', version: '16' }], [{ operator: '=', version: '18.1' }, { operator: '!=', version: '18.1-2' }]] },
    });
  });

  test("'' and '*' accept anything; so does an alternative that is '*' (binaries)", () => {
    expect(parseSystemRange('')).toEqual({ ok: true, range: { alternatives: [] } });
    expect(parseSystemRange(' * ')).toEqual({ ok: true, range: { alternatives: [] } });
    expect(parseSystemRange('>=3 || *', { loose: true })).toEqual({ ok: true, range: { alternatives: [] } });
  });

  test('a bare version is = for packages', () => {
    expect(parseSystemRange('2.36-9+deb12u14')).toEqual({ ok: true, range: { alternatives: [[{ operator: '=', version: '2.36-9+deb12u14' }]] } });
  });

  test('binaries: shorthands and partial versions expand as node-semver reads them (X~ is the lowest pre-release of X)', () => {
    const expand = (text: string) => {
      const parsed = parseSystemRange(text, { loose: true });
      return parsed.ok ? parsed.range.alternatives.map((clauses) => clauses.map((c) => `${c.operator}${c.version}`).join(' ')) : parsed.error;
    };
    expect(expand('^2.40')).toEqual(['>=2.40~ <3~']);
    expect(expand('^0.2.1')).toEqual(['>=0.2.1 <0.3~']);
    expect(expand('^0.0.3')).toEqual(['>=0.0.3 <0.0.4~']);
    expect(expand('^0')).toEqual(['>=0~ <1~']);
    expect(expand('^1.x')).toEqual(['>=1~ <2~']);
    expect(expand('~1.2.3')).toEqual(['>=1.2.3 <1.3~']);
    expect(expand('~1.2')).toEqual(['>=1.2~ <1.3~']);
    expect(expand('~1')).toEqual(['>=1~ <2~']);
    expect(expand('14.x')).toEqual(['>=14~ <15~']);
    expect(expand('1.2.*')).toEqual(['>=1.2~ <1.3~']);
    expect(expand('14')).toEqual(['>=14~ <15~']);
    expect(expand('=14')).toEqual(['>=14~ <15~']);
    expect(expand('v2.40')).toEqual(['>=2.40~ <2.41~']);
    expect(expand('>=14')).toEqual(['>=14~']);
    expect(expand('>=14.x')).toEqual(['>=14~']);
    expect(expand('>14')).toEqual(['>=15~']);
    expect(expand('>1.2')).toEqual(['>=1.3~']);
    expect(expand('<14')).toEqual(['<14~']);
    expect(expand('<=14')).toEqual(['<15~']);
    expect(expand('1.2.3')).toEqual(['=1.2.3']);
    expect(expand('>1.2.3')).toEqual(['>1.2.3']);
    expect(expand('!=1.2.3')).toEqual(['!=1.2.3']);
    expect(expand('x')).toEqual([]);
    expect(expand('^14 || ^16')).toEqual(['>=14~ <15~', '>=16~ <17~']);
  });

  test.each([
    ['>=', { loose: false }, "expected a version after '>='", 0],
    ['>=14,', { loose: false }, "',' needs a clause on both sides", 4],
    ['>=14,,<16', { loose: false }, "',' needs a clause on both sides", 5],
    ['>=14 ||', { loose: false }, "'||' needs a range on both sides", 6],
    ['|| >=14', { loose: false }, "'||' needs a range on both sides", 0],
    ['>=14 | <10', { loose: false }, "a single '|' is not an operator; write '||' between alternatives", 5],
    ['>> 2.36', { loose: false }, "'>>' is the Debian control-file spelling; write '>' here", 0],
    ['1.2 - 2.3', { loose: false }, 'hyphen ranges (1.2 - 2.3) are not supported; write >=1.2, <=2.3', 4],
    ['>=1.0, ^2.40', { loose: false }, "'^2.40' is a shorthand for binaries' versions; for a package write comparisons, e.g. >=2.40, <3", 7],
    ['~1.2', { loose: false }, "'~1.2' is a shorthand for binaries' versions; for a package write comparisons, e.g. >=1.2, <1.3", 0],
    ['14.x', { loose: false }, "'14.x': wildcards are for binaries' versions; for a package write comparisons, e.g. >=14", 0],
    ['!=14', { loose: true }, "'!=14' is ambiguous for a partial version: write a full one (!=14.0.0) or a range (<14 || >=15)", 0],
    ['>*', { loose: true }, "'>*' accepts no version at all", 0],
    ['1.x.3', { loose: true }, "'1.x.3' is not a version pattern: a wildcard (x or *) can only replace the last components, as in 14.x or 1.2.*", 0],
    ['>=fourteen', { loose: true }, "'fourteen' is not a version (expected numbers separated by dots, such as 2.40 or 15.4, optionally with a suffix such as -rc1)", 2],
    ['>=latest', { loose: false }, "'latest' is not a version: it must start with a digit", 2],
    ['>=1.0;rm', { loose: false }, "'1.0;rm' is not a version: ';' is not allowed in package versions", 2],
  ] as const)('%j is refused (%j): %s, at offset %i', (text, options, error, offset) => {
    expect(validSystemRange(text, options)).toEqual({ ok: false, error, offset });
  });

  test('each system checks the versions in a range with its own rules', () => {
    expect(validSystemRange('>=2.36-9_1', { versionError: DEBIAN_ORDERING.versionError })).toEqual({
      ok: false, offset: 2, error: "invalid character '_' in the revision (allowed: letters, digits, . + ~)",
    });
    expect(validSystemRange('>=2.34-1-2', { versionError: RPM_ORDERING.versionError })).toEqual({
      ok: false, offset: 2, error: "invalid character '-' in the version (allowed: letters, digits, . _ + ~ ^)",
    });
    expect(validSystemRange('>=1.2_foo', { versionError: APK_ORDERING.versionError })).toMatchObject({ ok: false, offset: 2 });
    expect(validSystemRange('>=1:2.0-3.el9', { versionError: RPM_ORDERING.versionError })).toEqual({ ok: true });
  });

  test('a version that would make a careless regular expression backtrack is refused at once', () => {
    const started = Date.now();
    expect(looseVersionError(`1${'.1'.repeat(5000)}${'a'.repeat(5000)}!`)).toMatch(/is not a version/);
    expect(Date.now() - started).toBeLessThan(500);
  });

  test('anyPackageVersionError accepts every system\'s syntax', () => {
    for (const version of ['2.36-9+deb12u14', '1:2.34-100.el9', '1.0^git1', '1.2.3_rc1-r0', '1.0~rc1']) expect(anyPackageVersionError(version)).toBeUndefined();
  });
});

describe('systemRangeSatisfied', () => {
  test('Debian ordering: libc6 2.36-9+deb12u14', () => {
    const v = '2.36-9+deb12u14';
    expect(systemRangeSatisfied(v, '>=2.36', compareDebianVersions)).toBe(true);
    expect(systemRangeSatisfied(v, '<=2.36', compareDebianVersions)).toBe(false);
    expect(systemRangeSatisfied(v, '>=2.36-9+deb12u15', compareDebianVersions)).toBe(false);
    expect(systemRangeSatisfied(v, '>=2.37 || =2.36-9+deb12u14', compareDebianVersions)).toBe(true);
    expect(systemRangeSatisfied(v, '>2.35, <2.37, !=2.36-9+deb12u13', compareDebianVersions)).toBe(true);
    expect(systemRangeSatisfied('2.36~rc1-1', '>=2.36', compareDebianVersions)).toBe(false);
    expect(systemRangeSatisfied(v, '', compareDebianVersions)).toBe(true);
  });

  test('rpm ordering: a bound without a release accepts every release', () => {
    expect(systemRangeSatisfied('2.34-100.el9', '<=2.34', compareRpmVersions)).toBe(true);
    expect(systemRangeSatisfied('2.34-100.el9', '>2.34', compareRpmVersions)).toBe(false);
    expect(systemRangeSatisfied('1:1.1.1k-12.el8', '>=3.0', compareRpmVersions)).toBe(true);
  });

  test('apk ordering', () => {
    expect(systemRangeSatisfied('3.1.4-r5', '>=3.1.4', compareApkVersions)).toBe(true);
    expect(systemRangeSatisfied('3.1.4_rc1-r0', '>=3.1.4', compareApkVersions)).toBe(false);
  });

  test('loose ordering with shorthands (binaries)', () => {
    expect(systemRangeSatisfied('2.39.5', '^2.40', compareLooseVersions)).toBe(false);
    expect(systemRangeSatisfied('2.40.0.windows.1', '^2.40', compareLooseVersions)).toBe(true);
    expect(systemRangeSatisfied('3.0.0-rc1', '^2.40', compareLooseVersions)).toBe(false);
    expect(systemRangeSatisfied('15.18', '>=14', compareLooseVersions)).toBe(true);
    expect(systemRangeSatisfied('15.18', '15', compareLooseVersions)).toBe(true);
    expect(systemRangeSatisfied('16.0', '15', compareLooseVersions)).toBe(false);
    expect(systemRangeSatisfied('20.20.2', '>=18 <21', compareLooseVersions)).toBe(true);
    // Pre-releases count, as node-semver's includePrerelease: >=17 starts at 17's first pre-release.
    expect(systemRangeSatisfied('17beta1', '>=17', compareLooseVersions)).toBe(true);
    expect(systemRangeSatisfied('17beta1', '>=17.0.0', compareLooseVersions)).toBe(false);
    expect(systemRangeSatisfied('15.18', '<=15', compareLooseVersions)).toBe(true);
    expect(systemRangeSatisfied('15.18', '<15', compareLooseVersions)).toBe(false);
  });

  test('an invalid range is satisfied by nothing', () => {
    expect(systemRangeSatisfied('1.0', '>=', compareDebianVersions)).toBe(false);
  });
});

describe('binaries\' loose ranges agree with node-semver (includePrerelease) on semver versions', () => {
  const RANGES = [
    '^2.40', '~1.2', '14.x', '14', '=14', '>=14', '>14', '<14', '<=14', '1.2.3', '^0.2.1', '^0.0.3', '^0', '~1', '~1.2.3', '>=1.2.3 <2',
    '^1.2.3-beta.2', '1.x || >=3', '*', '>1.2', '<=1.2', '^1.x', '>=14.x', '1.2.*',
  ];
  const VERSIONS = [
    '0.0.3', '0.0.4', '0.2.1', '0.2.5', '0.3.0', '1.0.0', '1.2.0', '1.2.3-beta.1', '1.2.3-beta.2', '1.2.3-beta.10', '1.2.3', '1.2.9',
    '1.3.0-alpha', '1.3.0', '2.39.5', '2.40.0-rc.1', '2.40.0', '2.99.0', '3.0.0-rc.1', '3.0.0', '13.9.9', '14.0.0-rc.1', '14.0.0', '14.5.1',
    '15.0.0-alpha.1', '15.0.0',
  ];
  test.each(RANGES)('%s', (range) => {
    const disagreements = VERSIONS.filter((version) =>
      systemRangeSatisfied(version, range, compareLooseVersions) !== semver.satisfies(version, range, { includePrerelease: true }));
    expect(disagreements).toEqual([]);
  });
});

describe('compareLooseVersions', () => {
  test.each([
    ['14', '14.0.0', 0],
    ['v20.20.2', '20.20.2', 0],
    ['1.10', '1.9', 1],
    ['3.13.0rc1', '3.13.0', -1],
    ['3.13.0a1', '3.13.0b1', -1],
    ['3.13.0b2', '3.13.0rc1', -1],
    ['2.0.0-rc.1', '2.0.0-rc.2', -1],
    ['2.0.0-rc.2', '2.0.0', -1],
    ['17beta1', '17', -1],
    ['9.2p1', '9.2', 1],
    ['9.2p1', '9.3', -1],
    ['1.1.1w', '1.1.1', 1],
    ['1.1.1w', '1.1.1v', 1],
    ['6.0-6ubuntu1', '6.0', 1],
    ['2.39.5.windows.1', '2.39.5', 1],
    ['1.0.0+build.5', '1.0.0', 0],
    ['3~', '3.0.0-rc1', -1],
    ['3~', '2.99.99', 1],
    ['123456789012345678901234567890', '123456789012345678901234567891', -1],
  ] as const)('%s vs %s is %i', (a, b, expected) => {
    expect(compareLooseVersions(a, b)).toBe(expected);
    expect(compareLooseVersions(b, a)).toBe(expected === 0 ? 0 : -expected);
  });
});
