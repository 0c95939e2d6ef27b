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
  const problems: SpecProblem[] = document.errors.map((error) => ({
    code: 'DG100',
    message: `${file} is not valid YAML: ${firstLine(error.message)}`,
    source: positionAtOffset(error.pos[0]),
    subject: file,
  }));
  return { source, problems };
}

function firstLine(message: string): string {
  // yaml appends " at line N, column M:" and a code frame; the finding carries the position itself.
  return message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
}
