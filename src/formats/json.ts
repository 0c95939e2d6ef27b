// JSON that remembers where each key and value stands, so a finding about package.json or
// Pipfile.lock points at the line of the dependency, and a syntax error at its line and column.
// A small recursive-descent parser (RFC 8259); JSON.parse gives neither positions nor, on Node
// 20, a position in its error messages.

export type DataPath = (string | number)[];

export interface TextPosition {
  /** 1-based */
  line: number;
  /** 1-based */
  column: number;
}

export interface PositionedDocument {
  value: unknown;
  /**
   * Where a path stands: the key for an object member, the value for an array item or the root.
   * undefined when the path does not exist.
   */
  positionOf(path: DataPath): TextPosition | undefined;
}

export type PositionedParse = { ok: true; document: PositionedDocument } | { ok: false; error: string; line: number; column: number };

/** Containers deeper than this are refused rather than overflowing the stack on hostile input. */
export const MAX_JSON_DEPTH = 500;

class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

export function parseJsonWithPositions(text: string): PositionedParse {
  // A UTF-8 BOM is not JSON, but editors write it and npm accepts it.
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const offset = source === text ? 0 : 1;
  const toPosition = offsetToPosition(text);
  const positions = new Map<string, number>();
  try {
    const parser = new Parser(source, positions, offset);
    const value = parser.parseDocument();
    return {
      ok: true,
      document: {
        value,
        positionOf: (path) => {
          const at = positions.get(pathKey(path));
          return at === undefined ? undefined : toPosition(at);
        },
      },
    };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, error: error.message, ...toPosition(error.offset + offset) };
  }
}

/** A function from a 0-based offset in `text` to its 1-based line and column (binary search over line starts). */
export function offsetToPosition(text: string): (offset: number) => TextPosition {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return (at) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= at) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: at - lineStarts[low] + 1 };
  };
}

function pathKey(path: DataPath): string {
  return JSON.stringify(path);
}

class Parser {
  private at = 0;

  constructor(
    private readonly text: string,
    private readonly positions: Map<string, number>,
    private readonly offset: number,
  ) {}

  parseDocument(): unknown {
    this.skipWhitespace();
    if (this.at >= this.text.length) throw new JsonSyntaxError('the file is empty: expected a JSON value', this.at);
    const value = this.parseValue([], 0);
    this.skipWhitespace();
    if (this.at < this.text.length) throw new JsonSyntaxError(`unexpected ${this.describe()} after the end of the JSON value`, this.at);
    return value;
  }

  private record(path: DataPath, at: number): void {
    this.positions.set(pathKey(path), at + this.offset);
  }

  private parseValue(path: DataPath, depth: number): unknown {
    if (depth > MAX_JSON_DEPTH) throw new JsonSyntaxError(`nested more than ${MAX_JSON_DEPTH} levels deep`, this.at);
    if (path.length === 0 || typeof path[path.length - 1] === 'number') this.record(path, this.at);
    const char = this.text[this.at];
    if (char === '{') return this.parseObject(path, depth);
    if (char === '[') return this.parseArray(path, depth);
    if (char === '"') return this.parseString();
    if (char === '-' || (char >= '0' && char <= '9')) return this.parseNumber();
    for (const [word, value] of [['true', true], ['false', false], ['null', null]] as const) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return value;
      }
    }
    throw new JsonSyntaxError(`expected a JSON value, found ${this.describe()}`, this.at);
  }

  private parseObject(path: DataPath, depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    this.at++;
    this.skipWhitespace();
    if (this.text[this.at] === '}') {
      this.at++;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.at] !== '"') {
        throw new JsonSyntaxError(
          this.text[this.at] === '}' ? 'a trailing comma before } is not allowed in JSON' : `expected a "quoted" key, found ${this.describe()}`,
          this.at,
        );
      }
      const keyAt = this.at;
      const key = this.parseString();
      this.record([...path, key], keyAt);
      this.skipWhitespace();
      if (this.text[this.at] !== ':') throw new JsonSyntaxError(`expected ':' after the key "${key}", found ${this.describe()}`, this.at);
      this.at++;
      this.skipWhitespace();
      result[key] = this.parseValue([...path, key], depth + 1);
      this.skipWhitespace();
      const next = this.text[this.at];
      if (next === ',') {
        this.at++;
        continue;
      }
      if (next === '}') {
        this.at++;
        return { ...result };
      }
      throw new JsonSyntaxError(`expected ',' or '}' after the value of "${key}", found ${this.describe()}`, this.at);
    }
  }

  private parseArray(path: DataPath, depth: number): unknown[] {
    const result: unknown[] = [];
    this.at++;
    this.skipWhitespace();
    if (this.text[this.at] === ']') {
      this.at++;
      return result;
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.at] === ']') throw new JsonSyntaxError('a trailing comma before ] is not allowed in JSON', this.at);
      result.push(this.parseValue([...path, result.length], depth + 1));
      this.skipWhitespace();
      const next = this.text[this.at];
      if (next === ',') {
        this.at++;
        continue;
      }
      if (next === ']') {
        this.at++;
        return result;
      }
      throw new JsonSyntaxError(`expected ',' or ']' in the array, found ${this.describe()}`, this.at);
    }
  }

  private parseString(): string {
    const start = this.at;
    this.at++;
    let result = '';
    let chunkStart = this.at;
    for (;;) {
      if (this.at >= this.text.length) throw new JsonSyntaxError('this string is never closed', start);
      const code = this.text.charCodeAt(this.at);
      if (code === 0x22) {
        result += this.text.slice(chunkStart, this.at);
        this.at++;
        return result;
      }
      if (code < 0x20) throw new JsonSyntaxError('a string cannot contain a raw line break or control character (escape it)', this.at);
      if (code === 0x5c) {
        result += this.text.slice(chunkStart, this.at);
        const escape = this.text[this.at + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (escape !== undefined && escape in simple) {
          result += simple[escape];
          this.at += 2;
        } else if (escape === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) {
          result += String.fromCharCode(parseInt(this.text.slice(this.at + 2, this.at + 6), 16));
          this.at += 6;
        } else {
          throw new JsonSyntaxError(`invalid escape \\${escape ?? ''} in a string`, this.at);
        }
        chunkStart = this.at;
        continue;
      }
      this.at++;
    }
  }

  private parseNumber(): number {
    const match = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.at, this.at + 400));
    if (!match) throw new JsonSyntaxError(`invalid number, found ${this.describe()}`, this.at);
    this.at += match[0].length;
    return Number(match[0]);
  }

  private skipWhitespace(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at])) this.at++;
  }

  private describe(): string {
    if (this.at >= this.text.length) return 'the end of the file';
    const char = this.text[this.at];
    return char === '\n' || char === '\r' ? 'a line break' : `'${char}'`;
  }
}
