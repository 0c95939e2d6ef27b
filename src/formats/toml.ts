// TOML that remembers where each key and value stands, so a finding about pyproject.toml,
// Pipfile or a lockfile points at the line of the dependency, and a syntax error at its line and
// column. smol-toml (a complete TOML 1.0 parser) decides what is valid and produces the values;
// a second, lenient pass over the already-validated text records where every key, table header
// and array item is written. Splitting the work this way keeps the subtle parts of TOML (dates,
// numbers, escapes, the table-redefinition rules) in one well-tested place.
import { parse as parseToml, TomlError } from 'smol-toml';
import { offsetToPosition, type DataPath, type PositionedDocument, type PositionedParse, type TextPosition } from './json.js';

export type { DataPath, PositionedDocument, PositionedParse, TextPosition } from './json.js';

/** Inline tables and arrays deeper than this are refused rather than overflowing the stack. */
export const MAX_TOML_DEPTH = 500;

const BYTE_ORDER_MARK = 0xfeff;

/**
 * Parses a TOML document. `positionOf` answers, for a path into the value:
 * - a table member (`['tool','poetry','dependencies','requests']`): where its key is written
 *   (the last key of a dotted key, of a `[table]` header, or inside an inline table);
 * - an array item (`['project','dependencies',2]`): where the item starts (the opening quote of
 *   a string); an element of an array of tables (`['package',5]`): the `[[` of its header.
 * The first place a table is named wins (a table named in `[a.b]` and later `[a]` stands at `a`
 * in `[a.b]`).
 */
export function parseTomlWithPositions(text: string): PositionedParse {
  const toPosition = offsetToPosition(text);
  let value: unknown;
  try {
    value = parseToml(text, { maxDepth: MAX_TOML_DEPTH });
  } catch (error) {
    if (error instanceof TomlError) {
      return { ok: false, error: describeTomlError(error.message, text, error.line, error.column), line: error.line, column: error.column };
    }
    return { ok: false, error: `the TOML document could not be read: ${String(error)}`, line: 1, column: 1 };
  }
  const positions = new PositionTree();
  try {
    new PositionScanner(text, positions).scanDocument();
  } catch {
    // The text is valid TOML (smol-toml said so); a scanner failure can only be a gap in this
    // lenient pass. Keep the values: a finding then lacks a precise position, nothing more.
  }
  return {
    ok: true,
    document: {
      value,
      positionOf: (path: DataPath) => {
        const at = positions.get(path);
        return at === undefined ? undefined : toPosition(at);
      },
    },
  };
}

const pathKey = (path: DataPath): string => JSON.stringify(path);

/**
 * Offsets by path, as a tree of segments: a lockfile of thousands of packages records hundreds
 * of thousands of paths, and building one string key per path spent most of the parse in
 * allocation and hashing. A number segment (an array index) and a string segment never collide.
 */
class PositionTree {
  private readonly root: PositionNode = {};

  set(path: DataPath, offset: number): void {
    let node = this.root;
    for (const segment of path) {
      node.children ??= new Map();
      let child = node.children.get(segment);
      if (child === undefined) {
        child = {};
        node.children.set(segment, child);
      }
      node = child;
    }
    // The first place a path is written is where it is declared.
    node.offset ??= offset;
  }

  get(path: DataPath): number | undefined {
    let node: PositionNode | undefined = this.root;
    for (const segment of path) node = node?.children?.get(segment);
    return node?.offset;
  }
}

interface PositionNode {
  offset?: number;
  children?: Map<string | number, PositionNode>;
}

// ---------------------------------------------------------------------------------------------
// Error messages: smol-toml says what it expected; add what the user most likely has to change.

const TOML_ERROR_HINTS: [RegExp, string][] = [
  [/^invalid value$/, 'a value must be a quoted string ("..."), a number, true/false, a date, an array [...] or an inline table {...}'],
  [/redefine an already defined/, 'this key or table is already defined earlier in the file; merge the two definitions'],
  [/^expected comma or end of structure$/, "separate array items and inline-table entries with ',' and close them with ']' or '}'"],
  [/^unfinished string$/, 'close the string with the same quote it starts with'],
  [/^unfinished array$/, "close the array with ']'"],
  [/^unfinished table$/, "close the table header with ']'"],
  [/^each key-value declaration must be followed by an end-of-line$/, 'put each "key = value" on its own line; a comment starts with #'],
  [/^incomplete key-value: cannot find end of key$/, 'write "key = value"'],
  [/escape/, 'in a "..." string write a backslash as \\\\, or use a literal string \'...\' where backslashes are kept as written'],
];

function describeTomlError(message: string, text: string, line: number, column: number): string {
  const reason = message.replace(/^Invalid TOML document:\s*/, '').split('\n')[0].trim();
  const hint = TOML_ERROR_HINTS.find(([pattern]) => pattern.test(reason))?.[1];
  let described = `TOML syntax error at line ${line}, column ${column}: ${reason}`;
  // The most frequent mistake in a Poetry section: an unquoted constraint, `requests = ^2.31`.
  const lineText = text.split(/\r?\n/)[line - 1] ?? '';
  const unquoted = /=\s*([\^~<>=!*][^#]*?)\s*(?:#.*)?$/.exec(lineText)?.[1];
  if (reason === 'invalid value' && unquoted) described += `; quote the version constraint: "${unquoted}"`;
  else if (hint) described += `; ${hint}`;
  return described;
}

// ---------------------------------------------------------------------------------------------
// The position pass. It runs only on text the TOML parser accepted, so it can skip what it
// does not need (numbers, dates, booleans) and never has to report an error.

interface Key {
  segments: string[];
  /** Offset where each segment is written. */
  offsets: number[];
}

class PositionScanner {
  private at = 0;
  /** The table the following key/value pairs belong to. */
  private table: DataPath = [];
  /** Arrays of tables seen so far, by their path (indexes of enclosing arrays resolved), with their length. */
  private readonly arrayOfTablesLengths = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly positions: PositionTree,
  ) {}

  scanDocument(): void {
    if (this.text.charCodeAt(0) === BYTE_ORDER_MARK) this.at = 1;
    while (this.at < this.text.length) {
      this.skipWhitespaceCommentsAndNewlines();
      if (this.at >= this.text.length) break;
      if (this.text[this.at] === '[') this.scanHeader();
      else this.scanKeyValue(this.table, 0);
    }
  }

  private record(path: DataPath, offset: number): void {
    this.positions.set(path, offset);
  }

  private scanHeader(): void {
    const headerStart = this.at;
    const isArrayOfTables = this.text.startsWith('[[', this.at);
    this.at += isArrayOfTables ? 2 : 1;
    this.skipInlineWhitespace();
    const key = this.scanKey();
    this.skipInlineWhitespace();
    this.at += isArrayOfTables ? 2 : 1;
    const path: DataPath = [];
    key.segments.forEach((segment, index) => {
      path.push(segment);
      this.record(path, key.offsets[index]);
      const isLast = index === key.segments.length - 1;
      const arrayKey = pathKey(path);
      if (isLast && isArrayOfTables) {
        const length = (this.arrayOfTablesLengths.get(arrayKey) ?? 0) + 1;
        this.arrayOfTablesLengths.set(arrayKey, length);
        path.push(length - 1);
        this.record(path, headerStart);
      } else {
        // `[[fruits.varieties]]` and `[fruits.physical]` name the LAST `[[fruits]]` element.
        const length = this.arrayOfTablesLengths.get(arrayKey);
        if (length !== undefined) path.push(length - 1);
      }
    });
    this.table = path;
  }

  /** `a.b.c = value`, in the table at `base`. */
  private scanKeyValue(base: DataPath, depth: number): void {
    const key = this.scanKey();
    const path: DataPath = [...base];
    key.segments.forEach((segment, index) => {
      path.push(segment);
      this.record(path, key.offsets[index]);
    });
    this.skipInlineWhitespace();
    this.at++; // '='
    this.skipInlineWhitespace();
    this.scanValue(path, depth);
  }

  private scanKey(): Key {
    const segments: string[] = [];
    const offsets: number[] = [];
    for (;;) {
      this.skipInlineWhitespace();
      offsets.push(this.at);
      const char = this.text[this.at];
      if (char === '"') segments.push(this.readBasicString());
      else if (char === "'") segments.push(this.readLiteralString());
      else {
        const start = this.at;
        while (this.at < this.text.length && /[A-Za-z0-9_-]/.test(this.text[this.at])) this.at++;
        segments.push(this.text.slice(start, this.at));
      }
      this.skipInlineWhitespace();
      if (this.text[this.at] !== '.') return { segments, offsets };
      this.at++;
    }
  }

  private scanValue(path: DataPath, depth: number): void {
    if (depth > MAX_TOML_DEPTH) throw new Error('too deep');
    const char = this.text[this.at];
    if (char === '"') {
      if (this.text.startsWith('"""', this.at)) this.skipMultilineString('"');
      else this.readBasicString();
    } else if (char === "'") {
      if (this.text.startsWith("'''", this.at)) this.skipMultilineString("'");
      else this.readLiteralString();
    } else if (char === '[') {
      this.scanArray(path, depth + 1);
    } else if (char === '{') {
      this.scanInlineTable(path, depth + 1);
    } else {
      // Numbers, booleans, dates and times: none holds ',', ']', '}', '#' or a line break.
      while (this.at < this.text.length && !/[,\]}#\r\n]/.test(this.text[this.at])) this.at++;
    }
  }

  private scanArray(path: DataPath, depth: number): void {
    this.at++; // '['
    for (let index = 0; ; index++) {
      this.skipWhitespaceCommentsAndNewlines();
      if (this.at >= this.text.length || this.text[this.at] === ']') break;
      this.record([...path, index], this.at);
      this.scanValue([...path, index], depth);
      this.skipWhitespaceCommentsAndNewlines();
      if (this.text[this.at] === ',') this.at++;
    }
    this.at++; // ']'
  }

  private scanInlineTable(path: DataPath, depth: number): void {
    this.at++; // '{'
    for (;;) {
      // TOML 1.1 (which smol-toml accepts) allows line breaks and comments in inline tables.
      this.skipWhitespaceCommentsAndNewlines();
      if (this.at >= this.text.length || this.text[this.at] === '}') break;
      this.scanKeyValue(path, depth);
      this.skipWhitespaceCommentsAndNewlines();
      if (this.text[this.at] === ',') this.at++;
    }
    this.at++; // '}'
  }

  /** A "..." string; returns its value (keys need it, with escapes decoded). */
  private readBasicString(): string {
    this.at++;
    let value = '';
    while (this.at < this.text.length && this.text[this.at] !== '"') {
      if (this.text[this.at] === '\\') {
        const [decoded, length] = decodeEscape(this.text, this.at);
        value += decoded;
        this.at += length;
      } else {
        value += this.text[this.at++];
      }
    }
    this.at++;
    return value;
  }

  private readLiteralString(): string {
    const end = this.text.indexOf("'", this.at + 1);
    const value = this.text.slice(this.at + 1, end);
    this.at = end + 1;
    return value;
  }

  /** `"""..."""` or `'''...'''`; the closing delimiter may be followed by one or two more quotes that belong to the content. */
  private skipMultilineString(quote: '"' | "'"): void {
    const delimiter = quote.repeat(3);
    this.at += 3;
    for (;;) {
      if (this.at >= this.text.length) return;
      if (quote === '"' && this.text[this.at] === '\\') {
        this.at += 2;
        continue;
      }
      if (this.text.startsWith(delimiter, this.at)) {
        this.at += 3;
        let extra = 0;
        while (extra < 2 && this.text[this.at] === quote) {
          this.at++;
          extra++;
        }
        return;
      }
      this.at++;
    }
  }

  private skipInlineWhitespace(): void {
    while (this.text[this.at] === ' ' || this.text[this.at] === '\t') this.at++;
  }

  private skipWhitespaceCommentsAndNewlines(): void {
    for (;;) {
      const char = this.text[this.at];
      if (char === ' ' || char === '\t' || char === '\n' || char === '\r') this.at++;
      else if (char === '#') {
        while (this.at < this.text.length && this.text[this.at] !== '\n') this.at++;
      } else return;
    }
  }
}

const SIMPLE_ESCAPES: Record<string, string> = { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r', e: '\x1b', '"': '"', '\\': '\\' };

/** TOML basic-string escapes: returns the decoded text and how many characters the escape spans. */
function decodeEscape(text: string, at: number): [string, number] {
  const letter = text[at + 1];
  if (letter in SIMPLE_ESCAPES) return [SIMPLE_ESCAPES[letter], 2];
  const hexLength = letter === 'u' ? 4 : letter === 'U' ? 8 : letter === 'x' ? 2 : 0;
  if (hexLength > 0) {
    const codePoint = Number.parseInt(text.slice(at + 2, at + 2 + hexLength), 16);
    return [Number.isFinite(codePoint) ? String.fromCodePoint(codePoint) : '', 2 + hexLength];
  }
  return [letter ?? '', 2];
}
