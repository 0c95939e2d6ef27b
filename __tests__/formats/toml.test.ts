import { describe, test, expect } from '@jest/globals';
import { parseTomlWithPositions } from '../../src/formats/toml.js';

function parsed(text: string) {
  const result = parseTomlWithPositions(text);
  if (!result.ok) throw new Error(`unexpected TOML error: ${result.error}`);
  return result.document;
}

const PYPROJECT = [
  '# a comment [not.a.table]', //                                     1
  '[project]', //                                                       2
  'name = "shop"', //                                                   3
  'dependencies = [', //                                                4
  '  "SQLAlchemy>=2.0", # the ORM, "quoted" in a comment', //         5
  "  'psycopg2-binary',", //                                           6
  '  "requests[socks] @ https://x/y#egg=\\"z\\"",', //                 7
  '  """multi', //                                                      8
  'line""",', //                                                        9
  ']', //                                                               10
  '', //                                                                11
  '[project.optional-dependencies]', //                                12
  'redis = ["redis>=5"]', //                                           13
  '', //                                                                14
  '[tool.poetry.dependencies]', //                                     15
  'python = "^3.10"', //                                               16
  'requests = { version = "^2.31", extras = ["socks"] }', //           17
  'tool.nested."quoted key".x = 1', //                                 18
  '', //                                                                19
  '[[tool.poetry.source]]', //                                         20
  'name = "internal"', //                                              21
  '[[tool.poetry.source]]', //                                         22
  '  name = "other"', //                                               23
  '[tool.poetry.source.sub]', //                                       24
  'x = 1979-05-27 07:32:00Z # a date with a space', //                25
].join('\n');

describe('parseTomlWithPositions', () => {
  test('gives the values as a TOML 1.0 parser reads them', () => {
    const document = parsed(PYPROJECT);
    expect(JSON.parse(JSON.stringify(document.value))).toEqual({
      project: {
        name: 'shop',
        dependencies: ['SQLAlchemy>=2.0', 'psycopg2-binary', 'requests[socks] @ https://x/y#egg="z"', 'multi\nline'],
        'optional-dependencies': { redis: ['redis>=5'] },
      },
      tool: {
        poetry: {
          dependencies: {
            python: '^3.10',
            requests: { version: '^2.31', extras: ['socks'] },
            tool: { nested: { 'quoted key': { x: 1 } } },
          },
          source: [{ name: 'internal' }, { name: 'other', sub: { x: '1979-05-27T07:32:00.000Z' } }],
        },
      },
    });
  });

  test('places the items of a multi-line array with comments and escapes at their opening quote', () => {
    const document = parsed(PYPROJECT);
    expect(document.positionOf(['project', 'dependencies'])).toEqual({ line: 4, column: 1 });
    expect(document.positionOf(['project', 'dependencies', 0])).toEqual({ line: 5, column: 3 });
    expect(document.positionOf(['project', 'dependencies', 1])).toEqual({ line: 6, column: 3 });
    expect(document.positionOf(['project', 'dependencies', 2])).toEqual({ line: 7, column: 3 });
    expect(document.positionOf(['project', 'dependencies', 3])).toEqual({ line: 8, column: 3 });
    expect(document.positionOf(['project', 'dependencies', 4])).toBeUndefined();
  });

  test('places a table at the last key of its header, and a member at its key', () => {
    const document = parsed(PYPROJECT);
    expect(document.positionOf(['project'])).toEqual({ line: 2, column: 2 });
    expect(document.positionOf(['project', 'optional-dependencies'])).toEqual({ line: 12, column: 10 });
    expect(document.positionOf(['project', 'optional-dependencies', 'redis'])).toEqual({ line: 13, column: 1 });
    expect(document.positionOf(['project', 'optional-dependencies', 'redis', 0])).toEqual({ line: 13, column: 10 });
    expect(document.positionOf(['tool'])).toEqual({ line: 15, column: 2 });
    expect(document.positionOf(['tool', 'poetry', 'dependencies'])).toEqual({ line: 15, column: 14 });
    expect(document.positionOf(['tool', 'poetry', 'dependencies', 'python'])).toEqual({ line: 16, column: 1 });
  });

  test('places keys of inline tables and every part of a dotted key, quoted parts included', () => {
    const document = parsed(PYPROJECT);
    const requests = ['tool', 'poetry', 'dependencies', 'requests'];
    expect(document.positionOf(requests)).toEqual({ line: 17, column: 1 });
    expect(document.positionOf([...requests, 'version'])).toEqual({ line: 17, column: 14 });
    expect(document.positionOf([...requests, 'extras'])).toEqual({ line: 17, column: 33 });
    expect(document.positionOf([...requests, 'extras', 0])).toEqual({ line: 17, column: 43 });
    const nested = ['tool', 'poetry', 'dependencies', 'tool', 'nested'];
    expect(document.positionOf(nested)).toEqual({ line: 18, column: 6 });
    expect(document.positionOf([...nested, 'quoted key'])).toEqual({ line: 18, column: 13 });
    expect(document.positionOf([...nested, 'quoted key', 'x'])).toEqual({ line: 18, column: 26 });
  });

  test('places each element of an array of tables at its [[ header, and sub-tables in the last element', () => {
    const document = parsed(PYPROJECT);
    expect(document.positionOf(['tool', 'poetry', 'source'])).toEqual({ line: 20, column: 15 });
    expect(document.positionOf(['tool', 'poetry', 'source', 0])).toEqual({ line: 20, column: 1 });
    expect(document.positionOf(['tool', 'poetry', 'source', 0, 'name'])).toEqual({ line: 21, column: 1 });
    expect(document.positionOf(['tool', 'poetry', 'source', 1])).toEqual({ line: 22, column: 1 });
    expect(document.positionOf(['tool', 'poetry', 'source', 1, 'name'])).toEqual({ line: 23, column: 3 });
    expect(document.positionOf(['tool', 'poetry', 'source', 1, 'sub'])).toEqual({ line: 24, column: 21 });
    expect(document.positionOf(['tool', 'poetry', 'source', 1, 'sub', 'x'])).toEqual({ line: 25, column: 1 });
    expect(document.positionOf(['tool', 'poetry', 'source', 2])).toBeUndefined();
  });

  test('nested arrays of tables resolve to the last element of the outer array', () => {
    const document = parsed('[[package]]\nname = "a"\n[[package]]\nname = "b"\n[[package.wheels]]\nurl = "x"\n[[package.wheels]]\nurl = "y"\n');
    expect(document.value).toEqual({ package: [{ name: 'a' }, { name: 'b', wheels: [{ url: 'x' }, { url: 'y' }] }] });
    expect(document.positionOf(['package', 1, 'wheels', 1])).toEqual({ line: 7, column: 1 });
    expect(document.positionOf(['package', 1, 'wheels', 1, 'url'])).toEqual({ line: 8, column: 1 });
    expect(document.positionOf(['package', 0, 'wheels'])).toBeUndefined();
  });

  test('multi-line strings ending in extra quotes, literal strings and CRLF line ends keep positions right', () => {
    const document = parsed('a = """x"""""\r\nb = \'\'\'c:\\path\'\'\'\'\r\nc = [ "\\\\", \'\\\' ]\r\n');
    expect(document.value).toEqual({ a: 'x""', b: "c:\\path'", c: ['\\', '\\'] });
    expect(document.positionOf(['b'])).toEqual({ line: 2, column: 1 });
    expect(document.positionOf(['c', 1])).toEqual({ line: 3, column: 13 });
  });

  test('an array of inline tables places each table and its keys', () => {
    const document = parsed('deps = [\n  { version = "<2", python = "<3.8" },\n  { version = ">=2", python = ">=3.8" },\n]\n');
    expect(document.positionOf(['deps', 1])).toEqual({ line: 3, column: 3 });
    expect(document.positionOf(['deps', 1, 'python'])).toEqual({ line: 3, column: 22 });
  });

  test('a UTF-8 byte-order mark is skipped without shifting columns of the first line', () => {
    const document = parsed('\ufeffa = 1\n');
    expect(document.value).toEqual({ a: 1 });
    expect(document.positionOf(['a'])).toEqual({ line: 1, column: 2 });
  });

  test('reports an unquoted Poetry constraint at its line and column, saying to quote it', () => {
    expect(parseTomlWithPositions('[tool.poetry.dependencies]\nrequests = ^2.31\n')).toEqual({
      ok: false,
      error: 'TOML syntax error at line 2, column 12: invalid value; quote the version constraint: "^2.31"',
      line: 2,
      column: 12,
    });
  });

  test('reports a missing comma in a multi-line array', () => {
    expect(parseTomlWithPositions('[project]\ndependencies = [\n  "a"\n  "b",\n]\n')).toEqual({
      ok: false,
      error: "TOML syntax error at line 4, column 3: expected comma or end of structure; separate array items and inline-table entries with ',' and close them with ']' or '}'",
      line: 4,
      column: 3,
    });
  });

  test('reports a table defined twice at the second header', () => {
    const result = parseTomlWithPositions('[project]\nname = "a"\n\n[project]\nversion = "1"\n');
    expect(result).toEqual({
      ok: false,
      error: 'TOML syntax error at line 4, column 2: trying to redefine an already defined table or value; this key or table is already defined earlier in the file; merge the two definitions',
      line: 4,
      column: 2,
    });
  });

  test('reports an unknown escape in a basic string', () => {
    const result = parseTomlWithPositions('path = "C:\\dev"\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([result.line, result.column]).toEqual([1, 12]);
    expect(result.error).toBe(
      "TOML syntax error at line 1, column 12: unrecognised escape sequence; in a \"...\" string write a backslash as \\\\, or use a literal string '...' where backslashes are kept as written",
    );
  });

  test('reports an unterminated string', () => {
    expect(parseTomlWithPositions('a = "abc\nb = 1\n')).toMatchObject({ ok: false, line: 1 });
  });

  test('refuses hostile nesting without overflowing the stack', () => {
    const result = parseTomlWithPositions(`a = ${'['.repeat(100000)}`);
    expect(result.ok).toBe(false);
  });
});
