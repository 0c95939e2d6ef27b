import { describe, test, expect } from '@jest/globals';
import {
  joinSpecifierAlternatives,
  poetryConstraintToPep440,
  poetryPythonConstraintToMarker,
  specifierAlternatives,
} from '../../src/versions/poetry.js';
import { specifierSetContains } from '../../src/versions/pep440.js';

const converted = (constraint: string): string[] => {
  const result = poetryConstraintToPep440(constraint);
  if (!result.ok) throw new Error(`${constraint}: ${result.error}`);
  return result.alternatives;
};

/** Whether `version` satisfies the converted constraint (any alternative), as the judge will ask. */
const allows = (constraint: string, version: string): boolean =>
  converted(constraint).some((alternative) => specifierSetContains(alternative, version) === true);

// Every table of python-poetry.org/docs/dependency-specification ("Versions allowed" column as
// [lowest allowed, highest excluded]), with the specifier set poetry-core prints for it.
const DOCUMENTED: [constraint: string, pep440: string, lowest: string, excluded: string | null][] = [
  // Caret requirements
  ['^1.2.3', '>=1.2.3,<2.0.0', '1.2.3', '2.0.0'],
  ['^1.2', '>=1.2,<2.0', '1.2.0', '2.0.0'],
  ['^1', '>=1,<2', '1.0.0', '2.0.0'],
  ['^0.2.3', '>=0.2.3,<0.3.0', '0.2.3', '0.3.0'],
  ['^0.0.3', '>=0.0.3,<0.0.4', '0.0.3', '0.0.4'],
  ['^0.0', '>=0.0,<0.1', '0.0.0', '0.1.0'],
  ['^0', '>=0,<1', '0.0.0', '1.0.0'],
  // Tilde requirements
  ['~1.2.3', '>=1.2.3,<1.3.0', '1.2.3', '1.3.0'],
  ['~1.2', '>=1.2,<1.3', '1.2.0', '1.3.0'],
  ['~1', '>=1,<2', '1.0.0', '2.0.0'],
  // Compatible release requirements
  ['~=1.2.3', '>=1.2.3,<1.3.0', '1.2.3', '1.3.0'],
  ['~=1.2', '>=1.2,<2.0', '1.2.0', '2.0.0'],
  // Wildcard requirements
  ['*', '', '0.0.0', null],
  ['1.*', '==1.*', '1.0.0', '2.0.0'],
  ['1.2.*', '==1.2.*', '1.2.0', '1.3.0'],
];

describe('poetryConstraintToPep440 on the examples of Poetry\'s documentation', () => {
  test.each(DOCUMENTED)('%s becomes %j', (constraint, pep440, lowest, excluded) => {
    expect(converted(constraint)).toEqual([pep440]);
    expect(allows(constraint, lowest)).toBe(true);
    if (excluded !== null) {
      expect(allows(constraint, excluded)).toBe(false);
      // the last release before the excluded one is still allowed, the one before the lowest is not
      const [major, minor, patch] = excluded.split('.').map(Number);
      const below = patch > 0 ? `${major}.${minor}.${patch - 1}.99` : minor > 0 ? `${major}.${minor - 1}.99` : `${major - 1}.99.99`;
      expect(allows(constraint, below)).toBe(true);
    }
    // poetry-core 2 reads a wildcard as every release with that prefix, its dev and
    // pre-releases included (_make_x_constraint_range), as PEP 440's `==1.2.*` does; the
    // other forms start at the version written.
    if (lowest !== '0.0.0') expect(allows(constraint, `${lowest}.dev0`)).toBe(constraint.endsWith('.*'));
  });

  test.each([
    ['>= 1.2.0', '>=1.2.0'],
    ['> 1', '>1'],
    ['< 2', '<2'],
    ['!= 1.2.3', '!=1.2.3'],
    ['>= 1.2, < 1.5', '>=1.2,<1.5'],
    ['1.2.3', '==1.2.3'],
    ['==1.2.3', '==1.2.3'],
  ])('inequality, multiple and exact requirement %j becomes %j', (constraint, pep440) => {
    expect(converted(constraint)).toEqual([pep440]);
  });

  test('a comma-separated range allows what lies between its bounds', () => {
    expect(allows('>= 1.2, < 1.5', '1.4.9')).toBe(true);
    expect(allows('>= 1.2, < 1.5', '1.5')).toBe(false);
    expect(allows('>= 1.2, < 1.5', '1.1.9')).toBe(false);
    expect(allows('1.2.3', '1.2.3.0')).toBe(true);
    expect(allows('1.2.3', '1.2.4')).toBe(false);
  });
});

describe('poetryConstraintToPep440 beyond the documented tables', () => {
  test.each([
    ['^0.0.7', '>=0.0.7,<0.0.8'],
    ['^1.0.0a3', '>=1.0.0a3,<2.0.0'],
    ['^1.0.0-alpha.3', '>=1.0.0a3,<2.0.0'],
    ['^2023.10', '>=2023.10,<2024.0'],
    ['^2023.10.1', '>=2023.10.1,<2024.0.0'],
    ['^0.10.11.post1', '>=0.10.11.post1,<0.11.0'],
    ['^1.2.3.4', '>=1.2.3.4,<2.0.0.0'],
    ['^0.0.3.4', '>=0.0.3.4,<0.0.4.0'],
    ['^v1.2', '>=1.2,<2.0'],
    ['^1!2.0', '>=1!2.0,<1!3.0'],
    ['^1.2.3+local.7', '>=1.2.3,<2.0.0'],
    ['^20240101123456789012', '>=20240101123456789012,<20240101123456789013'],
    ['~1.2.3rc1', '>=1.2.3rc1,<1.3.0'],
    ['~0', '>=0,<1'],
    ['~=1', '>=1,<1.1'],
    ['~=1.2.3.4', '>=1.2.3.4,<1.3.0.0'],
    ['1.2.3.*', '==1.2.3.*'],
    ['==1.2.*', '==1.2.*'],
    ['!=1.2.*', '!=1.2.*'],
    ['1.*.*', '==1.*'],
    ['0.*', '==0.*'],
    ['==1.2.3.4.*', '==1.2.3.4.*'],
    ['>=1.2.*', '>=1.2'],
    ['=1.2', '==1.2'],
    ['v1.2', '==1.2'],
    ['==1.2.3+local', '==1.2.3+local'],
    ['<2.0+local', '<2.0'],
    ['dev', '==0.0.dev0'],
    ['x', ''],
    ['X.x', ''],
    ['', ''],
    ['   ', ''],
    ['>=1.2 <2.0', '>=1.2,<2.0'],
    ['>=1.2,<2.0,', '>=1.2,<2.0'],
    ['^1.2, !=1.4.0', '>=1.2,<2.0,!=1.4.0'],
    ['>=1.0,>=1.0', '>=1.0'],
    ['>=2.0.0-beta.2', '>=2.0.0b2'],
  ])('%j becomes %j', (constraint, pep440) => {
    expect(converted(constraint)).toEqual([pep440]);
  });

  test('a union becomes one specifier set per alternative', () => {
    expect(converted('~2.7 || ^3.4')).toEqual(['>=2.7,<2.8', '>=3.4,<4.0']);
    expect(converted('^1.0|^2.0')).toEqual(['>=1.0,<2.0', '>=2.0,<3.0']);
    expect(converted('>=1.0,<1.5 || >=2.0')).toEqual(['>=1.0,<1.5', '>=2.0']);
    expect(allows('~2.7 || ^3.4', '2.7.18')).toBe(true);
    expect(allows('~2.7 || ^3.4', '3.12.1')).toBe(true);
    expect(allows('~2.7 || ^3.4', '3.0.1')).toBe(false);
    expect(allows('~2.7 || ^3.4', '4.0')).toBe(false);
  });

  test.each([
    ['^', "'^' needs a version right after it, without a space, e.g. ^1.2"],
    // parser.py splits an AND group at a space that follows anything but ~ = > < or a comma
    ['^ 1.2', "'^' needs a version right after it, without a space, e.g. ^1.2"],
    ['foo', '"foo": \'foo\' is not a valid version'],
    ['>=1.0,,<2', '">=1.0,,<2": two commas in a row; remove one'],
    ['^1.2.x', '"^1.2.x": \'1.2.x\' is not a valid version'],
    ['latest', '"latest": \'latest\' is not a valid version'],
    ['<>1.0', '"<>1.0": \'<>\' is not a version operator; write \'!=\' (or \'==\')'],
    ['=>1.0', '"=>1.0": write \'>=\', not \'=>\''],
    ['===1.0', '"===1.0": Poetry does not accept \'===\'; write \'==\' and the version'],
    ['1.2a1.*', '"1.2a1.*": a \'.*\' wildcard may only follow the release numbers, e.g. 1.2.*'],
  ])('rejects %j saying why', (constraint, error) => {
    expect(poetryConstraintToPep440(constraint)).toEqual({ ok: false, error });
  });

  test('a hostile constraint is answered, not thrown or hung', () => {
    const started = Date.now();
    const result = poetryConstraintToPep440(`${'>=1 '.repeat(20000)}x${' ,'.repeat(20000)}`);
    expect(result.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('specifierAlternatives and joinSpecifierAlternatives', () => {
  test('split a joined union and leave a plain PEP 440 set whole', () => {
    expect(specifierAlternatives('>=2.7,<2.8 || >=3.4,<4.0')).toEqual(['>=2.7,<2.8', '>=3.4,<4.0']);
    expect(specifierAlternatives('>=1.2,<2.0')).toEqual(['>=1.2,<2.0']);
    expect(specifierAlternatives('')).toEqual(['']);
  });

  test('join alternatives, an unrestricted one making the whole any', () => {
    expect(joinSpecifierAlternatives(['>=2.7,<2.8', '>=3.4,<4.0'])).toBe('>=2.7,<2.8 || >=3.4,<4.0');
    expect(joinSpecifierAlternatives(['>=1', '>=1'])).toBe('>=1');
    expect(joinSpecifierAlternatives(['>=1', ''])).toBe('');
  });
});

describe('poetryPythonConstraintToMarker (the `python` key of a dependency)', () => {
  test.each([
    ['<3.11', 'python_version < "3.11"'],
    ['^3.9', 'python_version >= "3.9" and python_version < "4.0"'],
    ['>=3.6,<3.8', 'python_version >= "3.6" and python_version < "3.8"'],
    ['>=3.8', 'python_version >= "3.8"'],
    ['~2.7 || ^3.4', '(python_version >= "2.7" and python_version < "2.8") or (python_version >= "3.4" and python_version < "4.0")'],
    ['>3.8', 'python_full_version > "3.8.0"'],
    ['<=3.9', 'python_full_version <= "3.9.0"'],
    ['>=3.8.1,<3.12', 'python_full_version >= "3.8.1" and python_version < "3.12"'],
    ['3.8.*', 'python_version == "3.8.*"'],
    ['3.8', 'python_version == "3.8"'],
    ['3.8.10', 'python_full_version == "3.8.10"'],
    ['!=3.9', 'python_version != "3.9"'],
    ['*', ''],
    ['^3.8 || *', ''],
  ])('%j becomes %j', (constraint, marker) => {
    expect(poetryPythonConstraintToMarker(constraint)).toEqual({ ok: true, marker });
  });

  test('reports an invalid python constraint', () => {
    expect(poetryPythonConstraintToMarker('py3')).toEqual({ ok: false, error: '"py3": \'py3\' is not a valid version' });
  });
});
