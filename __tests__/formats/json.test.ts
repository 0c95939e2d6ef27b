import { describe, expect, test } from '@jest/globals';
import { parseJsonWithPositions } from '../../src/formats/json.js';

const PACKAGE_JSON = `{
  "name": "shop",
  "dependencies": {
    "express": "^4.18.2",
    "@acme/ui": "workspace:*"
  },
  "files": ["dist", "README.md"],
  "n": -1.5e3, "ok": true, "none": null
}
`;

describe('parseJsonWithPositions', () => {
  test('gives the same value as JSON.parse', () => {
    const parsed = parseJsonWithPositions(PACKAGE_JSON);
    expect(parsed.ok && parsed.document.value).toEqual(JSON.parse(PACKAGE_JSON));
  });

  test('positions object members at their key and array items at their value', () => {
    const parsed = parseJsonWithPositions(PACKAGE_JSON);
    if (!parsed.ok) throw new Error(parsed.error);
    const { positionOf } = parsed.document;
    expect(positionOf([])).toEqual({ line: 1, column: 1 });
    expect(positionOf(['dependencies'])).toEqual({ line: 3, column: 3 });
    expect(positionOf(['dependencies', 'express'])).toEqual({ line: 4, column: 5 });
    expect(positionOf(['dependencies', '@acme/ui'])).toEqual({ line: 5, column: 5 });
    expect(positionOf(['files', 1])).toEqual({ line: 7, column: 21 });
    expect(positionOf(['ok'])).toEqual({ line: 8, column: 16 });
    expect(positionOf(['dependencies', 'nope'])).toBeUndefined();
  });

  test('keys with the same text at different depths keep their own positions', () => {
    const parsed = parseJsonWithPositions('{"a": {"a": 1},\n "b": [{"a": 2}]}');
    if (!parsed.ok) throw new Error(parsed.error);
    expect([parsed.document.positionOf(['a']), parsed.document.positionOf(['a', 'a']), parsed.document.positionOf(['b', 0, 'a'])]).toEqual([
      { line: 1, column: 2 }, { line: 1, column: 8 }, { line: 2, column: 9 },
    ]);
  });

  test('decodes escapes, and a BOM does not shift columns', () => {
    const parsed = parseJsonWithPositions('\ufeff{"k": "a\\"b\\u00e9\\n"}');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(parsed.document.value).toEqual({ k: 'a"bé\n' });
    expect(parsed.document.positionOf(['k'])).toEqual({ line: 1, column: 3 });
  });

  test('a __proto__ key is data, not a prototype', () => {
    const parsed = parseJsonWithPositions('{"__proto__": {"polluted": true}}');
    if (!parsed.ok) throw new Error(parsed.error);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(parsed.document.value as object)).toEqual(['__proto__']);
  });

  test.each([
    ['{\n  "a": 1,\n}', 3, 1, 'a trailing comma before } is not allowed in JSON'],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3, 'expected \',\' or \'}\' after the value of "a", found \'"\''],
    ['{"a": [1, 2,]}', 1, 13, 'a trailing comma before ] is not allowed in JSON'],
    ['{"a": tru}', 1, 7, "expected a JSON value, found 't'"],
    ['{"a": "x', 1, 7, 'this string is never closed'],
    ["{'a': 1}", 1, 2, 'expected a "quoted" key, found \'\'\''],
    ['', 1, 1, 'the file is empty: expected a JSON value'],
    ['{} {}', 1, 4, "unexpected '{' after the end of the JSON value"],
    ['{"a": "line\nbreak"}', 1, 12, 'a string cannot contain a raw line break or control character (escape it)'],
  ])('syntax error in %j at %i:%i', (text, line, column, error) => {
    expect(parseJsonWithPositions(text)).toEqual({ ok: false, error, line, column });
  });

  test('refuses absurd nesting instead of overflowing the stack', () => {
    const result = parseJsonWithPositions('['.repeat(100_000));
    expect(result).toMatchObject({ ok: false, error: 'nested more than 500 levels deep' });
  });
});
