// A parsed YAML file that still knows where every node came from, so each problem in a
// depgate.yml can be reported at its line and column.
import { LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import type { SourcePosition, SpecProblem } from '../model.js';

export interface YamlSource {
  file: string;
  document: Document.Parsed;
  /** Position of the first character of a node (or of the file when the node has no range). */
  positionOf(node: YamlNode | null | undefined): SourcePosition;
  positionAtOffset(offset: number): SourcePosition;
}

export function parseYamlSource(text: string, file: string): { source: YamlSource; problems: SpecProblem[] } {
  const lineCounter = new LineCounter();
  // uniqueKeys (the default) turns a duplicated key into an error instead of silently keeping the last one.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const positionAtOffset = (offset: number): SourcePosition => {
    const { line, col } = lineCounter.linePos(Math.max(0, Math.min(offset, text.length)));
    return { file, line, column: col };
  };
  const source: YamlSource = {
    file,
    document,
    positionAtOffset,
    positionOf: (node) => (node?.range ? positionAtOffset(node.range[0]) : { file, line: 1, column: 1 }),
  };
  // An error found at the end of the file (an unclosed quote or bracket) is reported on its last line.
  const lastOffset = Math.max(0, text.replace(/\s+$/, '').length - 1);
  const problems: SpecProblem[] = document.errors.map((error) => {
    let at = Math.min(error.pos[0], lastOffset);
    // An unclosed quote is found where the file ends; the mistake is where the quote opens.
    const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
    if (quote) at = Math.max(0, text.lastIndexOf(quote, error.pos[0] - 1));
    return {
      code: 'DG100',
      message: `${file} is not valid YAML: ${firstLine(error.message)}${YAML_HINTS[error.code] ? ` (${YAML_HINTS[error.code]})` : ''}`,
      source: positionAtOffset(at),
      subject: file,
    };
  });
  return { source, problems };
}

/** What usually causes each of the yaml library's error codes, said the way a person would fix it. */
const YAML_HINTS: Partial<Record<string, string>> = {
  BAD_INDENT: 'check the indentation of this line against the lines above it',
  BLOCK_AS_IMPLICIT_KEY: 'a key is missing its colon, or a value is indented under the wrong key',
  MISSING_CHAR: 'a quote or bracket opened earlier is never closed',
  MULTILINE_IMPLICIT_KEY: 'a key is missing its colon, or a quoted value runs over several lines',
  TAB_AS_INDENT: 'YAML indents with spaces, not tabs',
  UNEXPECTED_TOKEN: 'a list item needs "- " at the start, and a mapping needs "key: value"',
  DUPLICATE_KEY: 'each key may appear once in a mapping',
  BAD_SCALAR_START: 'quote values that start with a special character such as @, `, %, |, > or *',
};

function firstLine(message: string): string {
  // yaml appends " at line N, column M:" and a code frame; the finding carries the position itself.
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
