import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseYarnLock, parseYarnLockEntries, type YarnLockEntry } from '../../../../src/manifests/lockfiles/node/yarn-lock.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/lockfiles/node/', import.meta.url));
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

/** name, ranges, version, line, column: everything an entry says. */
const brief = (entries: YarnLockEntry[]) => entries.map((entry) => [entry.name, entry.ranges, entry.version, entry.source.line, entry.source.column]);
const where = (problems: { code: string; message: string; source?: { line: number; column: number } }[]) =>
  problems.map((p) => [p.code, p.message, p.source?.line, p.source?.column]);

const CLASSIC = 'regenerate it with `yarn install`';
const BERRY = 'regenerate it with `yarn install --mode=update-lockfile`';

describe('yarn classic (v1)', () => {
  const text = fixture('yarn-classic/yarn.lock');

  test('every entry, with the ranges it resolved, at its header', () => {
    const { entries, problems } = parseYarnLockEntries(text, 'yarn.lock');
    expect(problems).toEqual([]);
    expect(brief(entries)).toEqual([
      ['@babel/code-frame', ['^7.0.0'], '7.22.13', 5, 1],
      ['@babel/helper-validator-identifier', ['^7.22.20'], '7.22.20', 13, 1],
      ['@babel/highlight', ['^7.22.13'], '7.22.20', 18, 1],
      ['ansi-regex', ['^5.0.1'], '5.0.1', 27, 1],
      ['chalk', ['^2.4.2'], '2.4.2', 32, 1],
      ['emoji-regex', ['^8.0.0'], '8.0.0', 41, 1],
      ['is-fullwidth-code-point', ['^3.0.0'], '3.0.0', 46, 1],
      ['is-positive', ['github:kevva/is-positive'], '3.1.0', 51, 1],
      ['js-tokens', ['^4.0.0'], '4.0.0', 55, 1],
      // One header, two names: the alias and the real package share the resolved copy.
      ['string-width-cjs', ['npm:string-width@^4.2.0'], '4.2.3', 60, 1],
      ['string-width', ['^1.0.2 || 2 || 3 || 4', '^4.1.0', '^4.2.0'], '4.2.3', 60, 45],
      ['strip-ansi', ['^6.0.1'], '6.0.1', 69, 1],
    ]);
  });

  test('pins carry no install path: yarn decides where to hoist at install time', () => {
    const result = parseYarnLock(text, 'yarn.lock');
    expect(result.problems).toEqual([]);
    expect(result.requirements).toEqual([]);
    expect(result.files).toEqual(['yarn.lock']);
    expect(result.pins).toHaveLength(12);
    expect(result.pins![10]).toEqual({
      ecosystem: 'node',
      name: 'string-width',
      canonicalName: 'string-width',
      version: '4.2.3',
      source: { file: 'yarn.lock', line: 60, column: 45 },
    });
    expect(result.pins!.some((pin) => 'installPath' in pin)).toBe(false);
  });

  test('CRLF line ends, a byte order mark, `key: value` fields and unquoted values', () => {
    const text = '\ufeff# yarn lockfile v1\r\n\r\nms@2.1.3, ms@^2.1.1:\r\n  version: "2.1.3"\r\n  integrity sha512-abc\r\n\r\n"@scope/x@~1.0.0":\r\n  version 1.0.4\r\n';
    const { entries, problems } = parseYarnLockEntries(text, 'yarn.lock');
    expect(problems).toEqual([]);
    expect(brief(entries)).toEqual([
      ['ms', ['2.1.3', '^2.1.1'], '2.1.3', 3, 1],
      ['@scope/x', ['~1.0.0'], '1.0.4', 7, 1],
    ]);
  });

  test('an entry without a version is a DG100 at its header; the others are read', () => {
    const text = '# yarn lockfile v1\n\n\na@^1.0.0:\n  version "1.0.0"\n\nb@^2.0.0, "b@>=2 <3":\n  resolved "https://registry.yarnpkg.com/b/-/b-2.0.0.tgz"\n  dependencies:\n    a "^1.0.0"\n\nc@^3.0.0:\n  version "3.0.0"\n';
    const { entries, problems } = parseYarnLockEntries(text, 'yarn.lock');
    expect(brief(entries)).toEqual([
      ['a', ['^1.0.0'], '1.0.0', 4, 1],
      ['c', ['^3.0.0'], '3.0.0', 12, 1],
    ]);
    expect(problems).toEqual([
      { code: 'DG100', message: `the entry for b in yarn.lock has no version; ${CLASSIC}`, source: { file: 'yarn.lock', line: 7, column: 1 }, subject: 'b' },
    ]);
  });

  test('a broken header is a DG100 at the mistake; its fields are skipped, the next entry is read', () => {
    const text = '# yarn lockfile v1\n\na@^1.0.0\n  version "1.0.0"\n\n"b@^2.0.0:\n  version "2.0.0"\n\nc@^3.0.0:\n  version "3.0.0"\n';
    const { entries, problems } = parseYarnLockEntries(text, 'yarn.lock');
    expect(brief(entries)).toEqual([['c', ['^3.0.0'], '3.0.0', 9, 1]]);
    expect(where(problems)).toEqual([
      ['DG100', `yarn.lock line 3 is not a yarn.lock entry header: expected ',' or ':' after "a@^1.0.0", found the end of the line; ${CLASSIC}`, 3, 9],
      ['DG100', `yarn.lock line 6 is not a yarn.lock entry header: a string is never closed; ${CLASSIC}`, 6, 1],
    ]);
  });

  test('a megabyte-long token is quoted only in part', () => {
    const token = `a@${'1'.repeat(1_000_000)}`;
    const { problems } = parseYarnLockEntries(`${token}\n  version "1.0.0"\n`, 'yarn.lock');
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toBe(`yarn.lock line 1 is not a yarn.lock entry header: expected ',' or ':' after "${token.slice(0, 120)}…", found the end of the line; ${CLASSIC}`);
    expect(problems[0].source).toEqual({ file: 'yarn.lock', line: 1, column: 1_000_003 });
  });

  test('merge conflict markers are named as such', () => {
    const text = '# yarn lockfile v1\n\n<<<<<<< HEAD\nms@^2.1.1:\n  version "2.1.3"\n=======\nms@^2.1.1:\n  version "2.1.2"\n>>>>>>> main\n';
    const { problems } = parseYarnLockEntries(text, 'yarn.lock');
    expect(where(problems).map(([code, , line, column]) => [code, line, column])).toEqual([
      ['DG100', 3, 1],
      ['DG100', 6, 1],
      ['DG100', 9, 1],
    ]);
    expect(problems[0].message).toBe('yarn.lock line 3 is a merge conflict marker; run `yarn install` to merge the conflict, then commit the lockfile');
  });

  test('tabs, odd indentation and stray indented lines', () => {
    const text = '# yarn lockfile v1\n\n  version "0.0.1"\na@^1.0.0:\n\tversion "1.0.0"\n   version "1.0.0"\n  version "1.0.1"\n';
    const { entries, problems } = parseYarnLockEntries(text, 'yarn.lock');
    expect(brief(entries)).toEqual([['a', ['^1.0.0'], '1.0.1', 4, 1]]);
    expect(where(problems)).toEqual([
      ['DG100', `yarn.lock line 3 is indented but belongs to no entry; ${CLASSIC}`, 3, 3],
      ['DG100', `yarn.lock line 5 is indented with a tab; yarn.lock indents with pairs of spaces; ${CLASSIC}`, 5, 1],
      ['DG100', `yarn.lock line 6 is indented by 3 spaces; yarn.lock indents with pairs of spaces; ${CLASSIC}`, 6, 1],
    ]);
  });

  test('no prefix of a real lockfile makes it throw', () => {
    const text = fixture('yarn-classic/yarn.lock');
    for (let end = 0; end < text.length; end += 23) {
      const { entries, problems } = parseYarnLockEntries(text.slice(0, end), 'yarn.lock');
      expect(Array.isArray(entries)).toBe(true);
      for (const problem of problems) expect(problem.code).toBe('DG100');
    }
  });
});

describe('yarn Berry (v2+, __metadata)', () => {
  const text = fixture('yarn-berry/yarn.lock');

  test('every entry but the workspaces, with the ranges package.json writes', () => {
    const { entries, problems } = parseYarnLockEntries(text, 'yarn.lock');
    expect(problems).toEqual([]);
    expect(brief(entries)).toEqual([
      ['@changesets/types', ['^4.0.1'], '4.1.0', 8, 1],
      ['@changesets/types', ['^6.1.0'], '6.1.0', 15, 1],
      ['@jridgewell/resolve-uri', ['^3.0.3', '^3.1.0'], '3.1.2', 22, 1],
      // "@yarn-demo/ui@workspace:packages/ui" is linkType: soft: the project's own source.
      ['string-width-cjs', ['npm:string-width@^4.2.0'], '4.2.3', 37, 1],
      ['string-width', ['^4.1.0'], '4.2.3', 37, 44],
      ['thenify', ['>= 3.1.0 < 4'], '3.3.1', 48, 1],
      ['typescript', ['^5.4.3'], '5.8.3', 57, 1],
      ['typescript', ['patch:typescript@npm%3A^5.4.3#optional!builtin<compat/typescript>'], '5.8.3', 67, 1],
      ['yn', ['3.1.1'], '3.1.1', 87, 1],
    ]);
  });

  test('pins', () => {
    const result = parseYarnLock(text, 'frontend/yarn.lock');
    expect(result.pins!.map((pin) => [pin.name, pin.version])).toEqual([
      ['@changesets/types', '4.1.0'],
      ['@changesets/types', '6.1.0'],
      ['@jridgewell/resolve-uri', '3.1.2'],
      ['string-width-cjs', '4.2.3'],
      ['string-width', '4.2.3'],
      ['thenify', '3.3.1'],
      ['typescript', '5.8.3'],
      ['typescript', '5.8.3'],
      ['yn', '3.1.1'],
    ]);
    expect(result.pins![0]).toEqual({
      ecosystem: 'node',
      name: '@changesets/types',
      canonicalName: '@changesets/types',
      version: '4.1.0',
      source: { file: 'frontend/yarn.lock', line: 8, column: 1 },
    });
  });

  test('an entry without a version, or that is not a mapping, is a DG100 at its key', () => {
    const text = '__metadata:\n  version: 8\n  cacheKey: 10\n\n"a@npm:^1.0.0":\n  resolution: "a@npm:1.0.0"\n  linkType: hard\n\n"b@npm:^2.0.0": 2.0.0\n\n"c@npm:^3.0.0":\n  version: 3.0.0\n  resolution: "c@npm:3.0.0"\n  linkType: hard\n';
    const { entries, problems } = parseYarnLockEntries(text, 'yarn.lock');
    expect(brief(entries)).toEqual([['c', ['^3.0.0'], '3.0.0', 11, 1]]);
    expect(where(problems)).toEqual([
      ['DG100', `the entry "a@npm:^1.0.0" in yarn.lock has no version; ${BERRY}`, 5, 1],
      ['DG100', `the entry "b@npm:^2.0.0" in yarn.lock must be a mapping with version and resolution; ${BERRY}`, 9, 1],
    ]);
  });

  test('YAML that does not parse is one DG100', () => {
    const text = '__metadata:\n  version: 8\n\n"a@npm:^1.0.0":\n  version: 1.0.0\n   resolution: "a@npm:1.0.0"\n\n"b@npm:^2.0.0":\n  version: 2.0.0\n';
    const { entries, problems } = parseYarnLockEntries(text, 'yarn.lock');
    expect(entries).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'DG100', source: { file: 'yarn.lock', line: 5, column: 12 }, subject: 'yarn.lock' });
    expect(problems[0].message).toMatch(/^yarn\.lock is not valid YAML: Nested mappings are not allowed in compact mappings.*; fix the syntax or regenerate it with `yarn install --mode=update-lockfile`$/);
  });

  test('no prefix of a real lockfile makes it throw', () => {
    for (let end = 0; end < text.length; end += 29) {
      const { entries, problems } = parseYarnLockEntries(text.slice(0, end), 'yarn.lock');
      expect(Array.isArray(entries)).toBe(true);
      for (const problem of problems) expect(problem.source?.file).toBe('yarn.lock');
    }
  });
});
