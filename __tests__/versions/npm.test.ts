import { describe, expect, test } from '@jest/globals';
import { engineRangeSatisfied, MAX_RANGE_CHARS, npmRangeSatisfied, validEngineRange, validNpmRange } from '../../src/versions/npm.js';

// Each case pins one behaviour of arborist's dep-valid.js (npm ls) or node-semver as npm calls it.
describe('npmRangeSatisfied: an installed version against a dependency range, as npm ls judges it', () => {
  test("'*' accepts a pre-release: dep-valid returns true for fetchSpec '*' before semver is asked", () => {
    expect(npmRangeSatisfied('1.0.0-beta.1', '*')).toBe(true);
    expect(npmRangeSatisfied('3.0.0', '*')).toBe(true);
  });

  test("'' accepts a pre-release: dep-valid resolves `requested || '*'`", () => {
    expect(npmRangeSatisfied('1.0.0-beta.1', '')).toBe(true);
  });

  test("' * ' accepts a pre-release: npa trims the spec to '*'", () => {
    expect(npmRangeSatisfied('1.0.0-beta.1', ' * ')).toBe(true);
  });

  test("' ' accepts releases but not a pre-release: it is truthy, trims to '' (not '*') and goes to semver", () => {
    expect(npmRangeSatisfied('1.0.0', ' ')).toBe(true);
    expect(npmRangeSatisfied('1.0.0-beta.1', ' ')).toBe(false);
  });

  test("'*' accepts even a version that is not semver: dep-valid never parses it", () => {
    expect(npmRangeSatisfied('1.2', '*')).toBe(true);
    expect(npmRangeSatisfied('banana', '')).toBe(true);
  });

  test("'x', 'X', '*.*' and '>=0.0.0' mean any release but reject a pre-release: only the literal '*' is special", () => {
    for (const range of ['x', 'X', '*.*', '>=0.0.0']) {
      expect(npmRangeSatisfied('7.1.0', range)).toBe(true);
      expect(npmRangeSatisfied('1.0.0-beta.1', range)).toBe(false);
    }
  });

  test('a pre-release satisfies a range only through a comparator with a pre-release on the same [major, minor, patch]', () => {
    expect(npmRangeSatisfied('1.2.3-beta.2', '^1.2.3-beta.1')).toBe(true);
    expect(npmRangeSatisfied('1.2.3-alpha.9', '^1.2.3-beta.1')).toBe(false);
    expect(npmRangeSatisfied('1.2.4-beta.1', '^1.2.3-beta.1')).toBe(false);
    expect(npmRangeSatisfied('1.9.0', '^1.2.3-beta.1')).toBe(true);
    expect(npmRangeSatisfied('2.0.0-rc.1', '^1.0.0')).toBe(false);
    expect(npmRangeSatisfied('2.0.0-rc.1', '>=1.0.0')).toBe(false);
  });

  test('caret below 1.0.0 pins the first non-zero part: ^0.2.3, ^0.0.3, ^0.x, ^0.0', () => {
    expect(npmRangeSatisfied('0.2.9', '^0.2.3')).toBe(true);
    expect(npmRangeSatisfied('0.3.0', '^0.2.3')).toBe(false);
    expect(npmRangeSatisfied('0.0.3', '^0.0.3')).toBe(true);
    expect(npmRangeSatisfied('0.0.4', '^0.0.3')).toBe(false);
    expect(npmRangeSatisfied('0.9.9', '^0.x')).toBe(true);
    expect(npmRangeSatisfied('1.0.0', '^0.x')).toBe(false);
    expect(npmRangeSatisfied('0.0.5', '^0.0')).toBe(true);
    expect(npmRangeSatisfied('0.1.0', '^0.0')).toBe(false);
    expect(npmRangeSatisfied('1.9.0', '^1.2')).toBe(true);
    expect(npmRangeSatisfied('2.0.0', '^1.2')).toBe(false);
  });

  test('tilde allows patch updates, and ~> (Ruby spelling) reads as ~', () => {
    expect(npmRangeSatisfied('1.2.9', '~1.2.3')).toBe(true);
    expect(npmRangeSatisfied('1.3.0', '~1.2.3')).toBe(false);
    expect(npmRangeSatisfied('1.9.0', '~1')).toBe(true);
    expect(npmRangeSatisfied('1.2.9', '~>1.2')).toBe(true);
    expect(npmRangeSatisfied('1.9.0', '~>1.2')).toBe(false);
  });

  test('x-ranges and partial versions: 1.x, 1.2.x, 1, 1.2', () => {
    expect(npmRangeSatisfied('1.9.9', '1.x')).toBe(true);
    expect(npmRangeSatisfied('2.0.0', '1.x')).toBe(false);
    expect(npmRangeSatisfied('1.2.7', '1.2.x')).toBe(true);
    expect(npmRangeSatisfied('1.3.0', '1.2.x')).toBe(false);
    expect(npmRangeSatisfied('1.4.0', '1')).toBe(true);
    expect(npmRangeSatisfied('1.2.5', '1.2')).toBe(true);
    expect(npmRangeSatisfied('1.3.0', '1.2')).toBe(false);
  });

  test('|| accepts a version that any alternative accepts', () => {
    expect(npmRangeSatisfied('3.1.0', '^1 || ^3')).toBe(true);
    expect(npmRangeSatisfied('2.0.0', '^1 || ^3')).toBe(false);
    expect(npmRangeSatisfied('6.0.0', '1.x || >=2.5.0 <3 || 5.0.0 - 7.2.3')).toBe(true);
  });

  test('hyphen ranges are inclusive; a partial upper bound takes its whole line, a partial lower bound is filled with zeros', () => {
    expect(npmRangeSatisfied('2.3.4', '1.2.3 - 2.3.4')).toBe(true);
    expect(npmRangeSatisfied('2.3.5', '1.2.3 - 2.3.4')).toBe(false);
    expect(npmRangeSatisfied('2.9.9', '1.2.3 - 2')).toBe(true);
    expect(npmRangeSatisfied('3.0.0', '1.2.3 - 2')).toBe(false);
    expect(npmRangeSatisfied('1.2.0', '1.2 - 2.3.4')).toBe(true);
    expect(npmRangeSatisfied('1.1.9', '1.2 - 2.3.4')).toBe(false);
  });

  test('installed versions are read loosely (semver.satisfies(v, r, true)): v-prefix, = prefix, 1.2.3beta, build metadata', () => {
    expect(npmRangeSatisfied('v1.2.3', '1.2.3')).toBe(true);
    expect(npmRangeSatisfied('=1.2.3', '1.2.3')).toBe(true);
    expect(npmRangeSatisfied('1.2.3beta', '1.2.3-beta')).toBe(true);
    expect(npmRangeSatisfied('1.2.3+build.5', '1.2.3')).toBe(true);
    expect(npmRangeSatisfied('  1.2.3  ', '^1.2.0')).toBe(true);
  });

  test('a version that is not semver satisfies no range but *, and a spec that is no range satisfies nothing (no throw)', () => {
    expect(npmRangeSatisfied('1.2', '^1')).toBe(false);
    expect(npmRangeSatisfied('1.0.0', 'latest')).toBe(false);
    expect(npmRangeSatisfied('1.0.0', '^4.x.y.z')).toBe(false);
  });

  test("loose parsing drops what it cannot read, so npm reads '>=1.0, <2' as '<2.0.0-0' and accepts 0.5.0", () => {
    expect(npmRangeSatisfied('0.5.0', '>=1.0, <2')).toBe(true);
    expect(npmRangeSatisfied('2.5.0', '>=1.0, <2')).toBe(false);
    expect(npmRangeSatisfied('9.0.0', '>=1.2.3 junk')).toBe(true);
  });

  test("'~=1.2' (PEP 440 spelling) means ~1.2 to node-semver, not >=1.2 <2", () => {
    expect(npmRangeSatisfied('1.2.9', '~=1.2')).toBe(true);
    expect(npmRangeSatisfied('1.9.0', '~=1.2')).toBe(false);
  });
});

describe('engineRangeSatisfied: the running node/npm against engines, as npm-install-checks checkEngine judges it', () => {
  test('a Node nightly satisfies ^14.18.0 || >=16.0.0: checkEngine passes includePrerelease', () => {
    expect(engineRangeSatisfied('v21.0.0-nightly20230429c968361829', '^14.18.0 || >=16.0.0')).toBe(true);
  });

  test("with includePrerelease '>=20' admits 20.0.0-rc.1 (it desugars to >=20.0.0-0) but '>=20.0.0' does not", () => {
    expect(engineRangeSatisfied('20.0.0-rc.1', '>=20')).toBe(true);
    expect(engineRangeSatisfied('20.0.0-rc.1', '>=20.0.0')).toBe(false);
  });

  test('a pre-release of the next major stays outside a caret range', () => {
    expect(engineRangeSatisfied('21.0.0-pre', '^20')).toBe(false);
    expect(engineRangeSatisfied('20.11.1', '^20')).toBe(true);
  });

  test("process.version's leading v is read", () => {
    expect(engineRangeSatisfied('v20.11.0', '>=20')).toBe(true);
    expect(engineRangeSatisfied('v18.19.0', '>=20')).toBe(false);
  });

  test('parsing is strict: a range only loose mode reads fails every version (npm reports EBADENGINE)', () => {
    expect(engineRangeSatisfied('1.5.0', '>=1.0, <2')).toBe(false);
    expect(engineRangeSatisfied('1.2.3', '>=1.2.3beta')).toBe(false);
  });
});

describe('validNpmRange', () => {
  test.each(['^1.2.3', '', '*', 'x', '1.x || >=2.5.0 || 5.0.0 - 7.2.3', '>= 1.2.3', '~ 1.2', '^ 1', 'v1', '=1.2.3', '1.2.3beta', '>=1.2.3 <2', '~=1.2', '~>1.2', ' ^1.2.0 '])(
    'accepts %p',
    (range) => {
      expect(validNpmRange(range)).toEqual({ ok: true });
    },
  );

  test('refuses a spec node-semver cannot read, with examples', () => {
    expect(validNpmRange('^4.x.y.z')).toEqual({
      ok: false,
      error: "'^4.x.y.z' is not a node-semver range; for example ^1.2.3, ~1.2, 1.x, >=1.0.0 <2, 1.2.3 - 2.3.4, ^1 || ^2",
    });
    expect(validNpmRange('latest').ok).toBe(false);
  });

  test('refuses a comma-separated range that npm silently reads as something else, saying what npm reads', () => {
    expect(validNpmRange('>=1.0, <2')).toEqual({
      ok: false,
      error: "npm ignores '>=1.0,' in the range '>=1.0, <2' and reads it as '<2.0.0-0' (node-semver separates comparators with spaces, not commas); for example ^1.2.3, ~1.2, 1.x, >=1.0.0 <2, 1.2.3 - 2.3.4, ^1 || ^2",
    });
  });

  test('refuses a dangling operator and junk words that loose parsing drops', () => {
    expect(validNpmRange('>= 1.2 <')).toEqual({
      ok: false,
      error: "npm ignores '<' in the range '>= 1.2 <' and reads it as '>=1.2.0'; for example ^1.2.3, ~1.2, 1.x, >=1.0.0 <2, 1.2.3 - 2.3.4, ^1 || ^2",
    });
    expect(validNpmRange('>=1.2.3 junk')).toMatchObject({ ok: false, error: expect.stringMatching(/^npm ignores 'junk' in the range/) });
    expect(validNpmRange('1.2 - 2 >=1.5')).toMatchObject({ ok: false, error: expect.stringMatching(/^npm ignores '-' /) });
  });

  test("refuses '=>' with a hint", () => {
    expect(validNpmRange('=>1.2')).toEqual({
      ok: false,
      error: "'=>1.2' is not a node-semver range (write '>=', not '=>'); for example ^1.2.3, ~1.2, 1.x, >=1.0.0 <2, 1.2.3 - 2.3.4, ^1 || ^2",
    });
  });

  test("refuses an empty side of ||, which node-semver reads as '*'", () => {
    expect(npmRangeSatisfied('9.0.0', '^1 ||')).toBe(true);
    expect(validNpmRange('^1 ||')).toEqual({
      ok: false,
      error: "the range '^1 ||' has an empty alternative beside '||', which node-semver reads as '*' (every version)",
    });
  });

  test(`refuses a range longer than ${MAX_RANGE_CHARS} characters, quoting only its start`, () => {
    const result = validNpmRange(`^1.0.0 ${'|| ^1.0.0 '.repeat(200)}`);
    expect(result).toEqual({
      ok: false,
      error: `the range '^1.0.0 ${'|| ^1.0.0 '.repeat(11)}|| …' is 2007 characters long; depgate reads ranges of at most 1024`,
    });
  });
});

describe('validEngineRange: strict, as checkEngine parses', () => {
  test('accepts ordinary engines ranges', () => {
    for (const range of ['>=20', '^18.17.0 || >=20.3.0', '20.x', '*', '', '>=v18']) expect(validEngineRange(range)).toEqual({ ok: true });
  });

  test('refuses what only loose mode reads, and an empty alternative', () => {
    expect(validEngineRange('>=1.2.3beta')).toEqual({
      ok: false,
      error: "'>=1.2.3beta' is not a node-semver range; for example ^1.2.3, ~1.2, 1.x, >=1.0.0 <2, 1.2.3 - 2.3.4, ^1 || ^2",
    });
    expect(validEngineRange('>=18, <21').ok).toBe(false);
    expect(validEngineRange('^18 ||').ok).toBe(false);
  });
});
