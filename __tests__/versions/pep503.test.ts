import { readFileSync } from 'node:fs';
import { describe, test, expect } from '@jest/globals';
import { canonicalizeName, isValidDistributionName } from '../../src/versions/pep503.js';

interface NameCase {
  name: string;
  canonical: string;
}

describe('canonicalizeName', () => {
  test('pep503-names.json: all 18 cases agree with PyPA packaging 26.2', () => {
    const { generator, cases } = JSON.parse(
      readFileSync(new URL('../fixtures/vectors/pep503-names.json', import.meta.url), 'utf8'),
    ) as { generator: string; cases: NameCase[] };
    expect(generator).toBe('PyPA packaging 26.2');
    expect(cases).toHaveLength(18);
    const mismatches = cases
      .map((c) => ({ ...c, got: canonicalizeName(c.name) }))
      .filter((c) => c.got !== c.canonical);
    expect(mismatches).toEqual([]);
  });

  test('collapses a run of mixed separators into one dash and lowercases', () => {
    expect(canonicalizeName('Foo._-Bar')).toBe('foo-bar');
    expect(canonicalizeName('A.B-C_D')).toBe('a-b-c-d');
  });
});

describe('isValidDistributionName', () => {
  test.each(['requests', 'a', '7', 'zope.interface', 'typing_extensions', 'Foo--Bar'])(
    'accepts %j: ASCII letters/digits at both ends, . _ - between',
    (name) => {
      expect(isValidDistributionName(name)).toBe(true);
    },
  );

  test.each(['', '-foo', 'foo-', '.foo', 'foo_', 'foo bar', 'café', 'foo\n'])(
    'rejects %j',
    (name) => {
      expect(isValidDistributionName(name)).toBe(false);
    },
  );
});
