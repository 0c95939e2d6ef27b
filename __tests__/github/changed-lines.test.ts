import { describe, expect, test } from '@jest/globals';
import { addedLines, changedLinesOf, isOnChangedLine, rankChangedFirst } from '../../src/github/changed-lines.js';
import { finding, makeReport, PSYCOPG2_MISSING, PYWIN32_SKIPPED, SQLALCHEMY_MISMATCH, URLLIB3_IGNORED, LXML_IMPORT_FAILED } from '../report/fixture.js';

// requirements.txt before:            after:
// 1 flask                             1 flask
// 2 SQLAlchemy>=2.0                   2 SQLAlchemy>=2.1      (modified)
// 3 psycopg2>=2.9                     3 psycopg2>=2.9
// 4 lxml                              4 requests             (added)
//                                     5 lxml
const PATCH = ['@@ -1,4 +1,5 @@', ' flask', '-SQLAlchemy>=2.0', '+SQLAlchemy>=2.1', ' psycopg2>=2.9', '+requests', ' lxml'].join('\n');

describe('addedLines', () => {
  test('new-side numbers of the + lines, a modified line counted through its +', () => {
    expect(addedLines(PATCH)).toEqual([2, 4]);
  });

  test('several hunks, a hunk header without counts, and the no-newline marker', () => {
    const patch = ['@@ -10,3 +10,3 @@ section', ' a', '-b', '+B', ' c', '@@ -40 +40,2 @@', ' x', '+y', '\\ No newline at end of file'].join('\n');
    expect(addedLines(patch)).toEqual([11, 41]);
  });

  test('a new file: every line', () => {
    expect(addedLines('@@ -0,0 +1,3 @@\n+a\n+b\n+c')).toEqual([1, 2, 3]);
  });

  test('only deletions: nothing', () => {
    expect(addedLines('@@ -1,3 +1,1 @@\n a\n-b\n-c')).toEqual([]);
  });

  test('text that is no diff: nothing, and no throw', () => {
    expect(addedLines('+not in a hunk\n@@ garbage @@\n+x')).toEqual([]);
    expect(addedLines('')).toEqual([]);
  });
});

describe('changedLinesOf', () => {
  test('per file; an added file without a patch (too large) is changed everywhere; removed and binary files are not', () => {
    const changed = changedLinesOf([
      { filename: 'requirements.txt', status: 'modified', patch: PATCH },
      { filename: 'constraints.txt', status: 'added' },
      { filename: 'old.txt', status: 'removed', patch: '@@ -1 +0,0 @@\n-x' },
      { filename: 'logo.png', status: 'modified' },
    ]);
    expect([...changed.entries()].map(([file, lines]) => [file, lines === 'all' ? 'all' : [...lines]])).toEqual([
      ['requirements.txt', [2, 4]],
      ['constraints.txt', 'all'],
    ]);
  });
});

describe('rankChangedFirst', () => {
  const changed = changedLinesOf([{ filename: 'requirements.txt', status: 'modified', patch: ['@@ -4,3 +4,3 @@', '-psycopg2', '+psycopg2>=2.9', ' lxml', '-pywin32', '+pywin32>=306'].join('\n') }]);

  test('findings on lines the PR changed come first, each group in report order; ignored ones stay last', () => {
    // Changed: line 4 (psycopg2) and line 6 (pywin32); SQLAlchemy (3) and lxml (5) are elsewhere.
    const ranked = rankChangedFirst(makeReport().findings, changed);
    expect(ranked.map((f) => [f.name, f.line])).toEqual([
      ['psycopg2', 4],
      ['pywin32', 6],
      ['SQLAlchemy', 3],
      ['lxml', 5],
      ['urllib3', 7],
    ]);
  });

  test('nothing changed that has a finding: the order is untouched', () => {
    const findings = [SQLALCHEMY_MISMATCH, PSYCOPG2_MISSING, LXML_IMPORT_FAILED, PYWIN32_SKIPPED, URLLIB3_IGNORED];
    expect(rankChangedFirst(findings, new Map())).toEqual(findings);
  });

  test('an ignored finding on a changed line is still last', () => {
    const ignoredOnChanged = { ...PSYCOPG2_MISSING, ignored: { reason: 'later' } };
    expect(rankChangedFirst([SQLALCHEMY_MISMATCH, ignoredOnChanged], changed).map((f) => f.name)).toEqual(['SQLAlchemy', 'psycopg2']);
  });

  test('a finding without a line is on a changed line only when its whole file is new', () => {
    const noLine = finding({ code: 'DG100', name: 'x', file: 'constraints.txt' });
    expect(isOnChangedLine(noLine, new Map([['constraints.txt', 'all']]))).toBe(true);
    expect(isOnChangedLine(noLine, new Map([['constraints.txt', new Set([1])]]))).toBe(false);
    expect(isOnChangedLine(finding({ code: 'DG100', name: 'input' }), changed)).toBe(false);
  });
});
