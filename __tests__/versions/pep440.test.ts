import { readFileSync } from 'node:fs';
import { describe, test, expect } from '@jest/globals';
import {
  compareVersions,
  isPrerelease,
  normalizeVersion,
  parseSpecifier,
  parseSpecifierSet,
  parseVersion,
  specifierContains,
  specifierSetContains,
} from '../../src/versions/pep440.js';

// Expected answers below the vectors were checked one by one against PyPA packaging 26.2.

function loadVectors<T>(file: string): { generator: string; cases: T[] } {
  return JSON.parse(readFileSync(new URL(`../fixtures/vectors/${file}`, import.meta.url), 'utf8'));
}

interface SpecifierCase {
  version: string;
  spec: string;
  contains_prereleases?: boolean;
  contains_default?: boolean;
  error?: string;
}

interface CompareCase {
  a: string;
  b: string;
  cmp: -1 | 0 | 1;
  a_normalized: string;
  b_normalized: string;
}

describe('reference vectors from PyPA packaging 26.2', () => {
  test('pep440-specifiers.json: all 2,700 cases agree (contains with prereleases=True and default, and spec errors)', () => {
    const { generator, cases } = loadVectors<SpecifierCase>('pep440-specifiers.json');
    expect(generator).toBe('PyPA packaging 26.2');
    expect(cases).toHaveLength(2700);
    const mismatches: object[] = [];
    for (const c of cases) {
      if (c.error !== undefined) {
        const parsed = parseSpecifierSet(c.spec);
        const contains = specifierSetContains(c.spec, c.version);
        if (parsed.ok || parsed.error === '' || contains !== null) {
          mismatches.push({ ...c, got: { parsed, contains } });
        }
        continue;
      }
      const got = {
        contains_prereleases: specifierSetContains(c.spec, c.version),
        contains_prereleases_explicit: specifierSetContains(c.spec, c.version, { prereleases: true }),
        contains_default: specifierSetContains(c.spec, c.version, { prereleases: null }),
      };
      if (
        got.contains_prereleases !== c.contains_prereleases ||
        got.contains_prereleases_explicit !== c.contains_prereleases ||
        got.contains_default !== c.contains_default
      ) {
        mismatches.push({ ...c, got });
      }
    }
    expect(mismatches).toEqual([]);
  });

  test('pep440-compare.json: all 990 cases agree (ordering both ways and normalized forms)', () => {
    const { generator, cases } = loadVectors<CompareCase>('pep440-compare.json');
    expect(generator).toBe('PyPA packaging 26.2');
    expect(cases).toHaveLength(990);
    const mismatches: object[] = [];
    for (const c of cases) {
      const got = {
        cmp: compareVersions(c.a, c.b),
        reversed: compareVersions(c.b, c.a),
        a_normalized: normalizeVersion(c.a),
        b_normalized: normalizeVersion(c.b),
      };
      if (
        got.cmp !== c.cmp ||
        got.reversed !== -c.cmp ||
        got.a_normalized !== c.a_normalized ||
        got.b_normalized !== c.b_normalized
      ) {
        mismatches.push({ ...c, got });
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('version parsing and normalization', () => {
  test.each([
    ['1.0-RC1', '1.0rc1'],
    ['v1.0', '1.0'],
    [' 1.0 \n', '1.0'],
    ['1.0_alpha', '1.0a0'],
    ['1.0c1', '1.0rc1'],
    ['2.0.0-post3', '2.0.0.post3'],
    ['1.0-1', '1.0.post1'],
    ['1.0.post', '1.0.post0'],
    ['0!1.0', '1.0'],
    ['1.0+Ubuntu-1', '1.0+ubuntu.1'],
    ['1.01', '1.1'],
    ['2024010112345678901234.1', '2024010112345678901234.1'],
  ])('normalizes %j to %j', (text, normalized) => {
    expect(normalizeVersion(text)).toBe(normalized);
  });

  test.each(['foo', '', '1..0', '1.0.', '.1', '1.0+', '1.0 beta', '1.0\ufeff'])(
    'rejects %j as a version',
    (text) => {
      expect(parseVersion(text)).toBeNull();
      expect(normalizeVersion(text)).toBeNull();
      expect(compareVersions(text, '1.0')).toBeNull();
      expect(isPrerelease(text)).toBe(false);
    },
  );

  test('parses every segment: epoch, release, pre, post, dev and local', () => {
    expect(parseVersion('1!2.0rc1.post2.dev3+abc.5')).toEqual({
      epoch: 1,
      release: [2, 0],
      pre: ['rc', 1],
      post: 2,
      dev: 3,
      local: ['abc', 5],
    });
    expect(parseVersion('3.12')).toEqual({ epoch: 0, release: [3, 12] });
  });

  test('is a pre-release when it has an a/b/rc or a dev segment, not a post segment', () => {
    expect(isPrerelease('1.0.dev1')).toBe(true);
    expect(isPrerelease('1.0rc1')).toBe(true);
    expect(isPrerelease('1.0.post1')).toBe(false);
    expect(isPrerelease('1.0')).toBe(false);
  });
});

describe('version ordering', () => {
  test('orders dev < a < b < rc < final < post within one release', () => {
    const ordered = ['1.0.dev1', '1.0a1', '1.0b1', '1.0rc1', '1.0', '1.0.post1.dev2', '1.0.post1'];
    for (let i = 0; i + 1 < ordered.length; i++) {
      expect(compareVersions(ordered[i]!, ordered[i + 1]!)).toBe(-1);
    }
  });

  test('a dev-only release sorts before even the a0 of its release', () => {
    expect(compareVersions('1.0.dev1', '1.0a0')).toBe(-1);
    expect(compareVersions('1.0.dev5', '1.0a0.dev1')).toBe(-1);
  });

  test('ignores trailing zeros in the release: 1.0 == 1.0.0', () => {
    expect(compareVersions('1.0', '1.0.0')).toBe(0);
  });

  test('sorts a local version after its public version, and alphanumeric local segments before numeric ones', () => {
    expect(compareVersions('1.0', '1.0+local')).toBe(-1);
    expect(compareVersions('1.0+abc', '1.0+1')).toBe(-1);
  });

  test('an epoch outranks the release: 1!0.1 > 2.0', () => {
    expect(compareVersions('1!0.1', '2.0')).toBe(1);
  });

  test('compares numbers beyond 2^53 exactly', () => {
    expect(compareVersions('2024010112345678901234.1', '2024010112345678901233.9')).toBe(1);
  });
});

describe('specifier rules', () => {
  const contains = (spec: string, version: string): boolean | null => specifierSetContains(spec, version);

  test('==V without a local label matches every local build of V; ==V+label matches only that label', () => {
    expect(contains('==2.3.0', '2.3.0+cu121')).toBe(true);
    expect(contains('==2.3.0+cu121', '2.3.0+cpu')).toBe(false);
    expect(contains('==2.3.0+cu121', '2.3.0')).toBe(false);
  });

  test('!=V excludes every local build of V; !=V+label excludes only that label', () => {
    expect(contains('!=2.3.0', '2.3.0+cpu')).toBe(false);
    expect(contains('!=2.3.0+cpu', '2.3.0')).toBe(true);
    expect(contains('!=2.3.0+cpu', '2.3.0+cu121')).toBe(true);
  });

  test('=== compares the text case-insensitively, without normalizing, and matches even an invalid version', () => {
    expect(contains('===1.0', '1.0')).toBe(true);
    expect(contains('===1.0', '1.0.0')).toBe(false);
    expect(contains('===1.0', 'v1.0')).toBe(false);
    expect(contains('===v1.0', 'V1.0')).toBe(true);
    expect(contains('===foobar', 'FooBar')).toBe(true);
  });

  test('>V excludes post-releases and local versions of V, unless V is a post-release', () => {
    expect(contains('>1.0', '1.0.post1')).toBe(false);
    expect(contains('>1.0', '1.0+local')).toBe(false);
    expect(contains('>1.0', '1.0.1')).toBe(true);
    expect(contains('>1.0.post1', '1.0.post2')).toBe(true);
  });

  test('>V with a pre-release V excludes its post-releases and local builds, and admits later pre-releases', () => {
    expect(contains('>1.0a1', '1.0a1.post1')).toBe(false);
    expect(contains('>1.0a1', '1.0a1+local')).toBe(false);
    expect(contains('>1.0a1', '1.0a2')).toBe(true);
    expect(contains('>1.0a1', '1.0')).toBe(true);
  });

  test('<V excludes pre-releases of V unless V is itself a pre-release', () => {
    expect(contains('<1.0', '1.0rc1')).toBe(false);
    expect(contains('<1.0', '1.0.dev1')).toBe(false);
    expect(contains('<1.0', '0.9rc1')).toBe(true);
    expect(contains('<1.0rc1', '1.0b1')).toBe(true);
    expect(contains('<1.0rc1', '1.0.dev1')).toBe(true);
  });

  test('<V with a post-release V excludes the dev releases of V, but not V itself or its pre-releases', () => {
    expect(contains('<1.0.post1', '1.0.post1.dev2')).toBe(false);
    expect(contains('<1.0.post1', '1.0')).toBe(true);
    expect(contains('<1.0.post1', '1.0rc1')).toBe(true);
  });

  test('~=V.N means >=V.N and ==V.*', () => {
    expect(contains('~=1.4.2', '1.4.2')).toBe(true);
    expect(contains('~=1.4.2', '1.4.5')).toBe(true);
    expect(contains('~=1.4.2', '1.4.1')).toBe(false);
    expect(contains('~=1.4.2', '1.5')).toBe(false);
    expect(contains('~=1.4', '1.9')).toBe(true);
    expect(contains('~=1.4', '2.0')).toBe(false);
    expect(contains('~=2.0.0', '2.1')).toBe(false);
  });

  test('~= with a v-prefixed version matches nothing, as in packaging (its prefix becomes "0!v1")', () => {
    expect(contains('~=v1.4', '1.4')).toBe(false);
    expect(contains('~=v1.4', '1.5')).toBe(false);
  });

  test('==V.* is a prefix match on the zero-padded public release', () => {
    expect(contains('==1.*', '1.0')).toBe(true);
    expect(contains('==1.*', '1.9.9')).toBe(true);
    expect(contains('==1.*', '1.0rc1')).toBe(true);
    expect(contains('==1.*', '10.0')).toBe(false);
    expect(contains('==1.0.*', '1')).toBe(true);
    expect(contains('==2024.*', '2024.1.15')).toBe(true);
    expect(contains('!=1.4.*', '1.4.2')).toBe(false);
  });

  test('epochs separate version lines: >=1!0 excludes 2.0, ==3!1.0 excludes 1.0', () => {
    expect(contains('>=1!0', '3!1.0')).toBe(true);
    expect(contains('>=1!0', '2.0')).toBe(false);
    expect(contains('==3!1.0', '3!1.0')).toBe(true);
    expect(contains('==3!1.0', '1.0')).toBe(false);
  });

  test('whitespace around clauses and after operators is ignored; empty clauses are skipped', () => {
    expect(contains(' >=1.0, <2.0 ', '1.5')).toBe(true);
    expect(contains('>= 1.0 , < 2', '2.0')).toBe(false);
    expect(contains(',', '1.0')).toBe(true);
  });

  test('an empty specifier set contains anything, even text that is no version; a non-empty one never does', () => {
    expect(contains('', 'garbage')).toBe(true);
    expect(contains('>=1.0', 'garbage')).toBe(false);
  });

  test('prereleases: true by default, null (packaging default) is the same for one version, false rejects them', () => {
    expect(specifierSetContains('>1.0', '1.1a1')).toBe(true);
    expect(specifierSetContains('>1.0', '1.1a1', { prereleases: null })).toBe(true);
    expect(specifierSetContains('>1.0', '1.1a1', { prereleases: false })).toBe(false);
    expect(specifierSetContains('>1.0', '1.1', { prereleases: false })).toBe(true);
  });

  test('a single Specifier checks like a one-clause set', () => {
    const spec = parseSpecifier('~=1.4.2');
    expect(spec).toEqual({ operator: '~=', version: '1.4.2', text: '~=1.4.2' });
    expect(specifierContains(spec!, '1.4.9')).toBe(true);
    expect(specifierContains(spec!, '1.5.0')).toBe(false);
    expect(specifierContains(spec!, '1.4.3rc1', false)).toBe(false);
  });
});

describe('specifier syntax', () => {
  test('parses a set into clauses with the version as written, stripped', () => {
    expect(parseSpecifierSet(' >= 1.0 ,!=1.4.*, ===Foo ')).toEqual({
      ok: true,
      specifiers: [
        { operator: '>=', version: '1.0', text: '>= 1.0' },
        { operator: '!=', version: '1.4.*', text: '!=1.4.*' },
        { operator: '===', version: 'Foo', text: '===Foo' },
      ],
    });
    expect(parseSpecifierSet('')).toEqual({ ok: true, specifiers: [] });
  });

  test('parseSpecifier takes exactly one clause', () => {
    expect(parseSpecifier('>=1.0,<2')).toBeNull();
    expect(parseSpecifier('foo')).toBeNull();
  });

  test.each([
    ['~=1', "'~=1' needs at least two release segments, e.g. ~=1.0", 0],
    ['>=1.0, ~=1', "'~=1' needs at least two release segments, e.g. ~=1.0", 7],
    ['>1.0+local', "'>1.0+local': local versions are only allowed with == and !=", 0],
    ['~=1.0+local', "'~=1.0+local': local versions are only allowed with == and !=", 0],
    ['>=1.0.*', "'>=1.0.*': a '.*' wildcard is only allowed with == and !=, e.g. ==1.0.*", 0],
    ['==1.0.post1.*', "'==1.0.post1.*': a '.*' wildcard may only follow the release segment, e.g. ==1.0.*", 0],
    ['==1.4.*.*', "'==1.4.*.*': only one '.*' is allowed, at the end of the version, e.g. ==1.0.*", 0],
    ['  ==foo', "'==foo': 'foo' is not a valid PEP 440 version", 2],
    ['>=1,<=', "'<=' needs a version after the operator, e.g. <=1.0", 4],
    ['1.0', "'1.0' has no comparison operator; write e.g. ==1.0 or >=1.0", 0],
    ['=>1.0', "'=>1.0': unknown operator '=>'; use one of ~=, ==, !=, <=, >=, <, >, ===", 0],
    ['== =1.0', "'== =1.0': write the operator '===' without spaces inside it", 0],
    ['=== a b', "'=== a b': the version after === cannot contain whitespace, ';' or ')'", 0],
  ])('rejects %j: %s (at offset %d)', (text, error, offset) => {
    expect(parseSpecifierSet(text)).toEqual({ ok: false, error, offset });
    expect(specifierSetContains(text, '1.0')).toBeNull();
  });
});
