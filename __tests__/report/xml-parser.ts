// A strict XML parser for the tests: Python's expat (xml.etree.ElementTree), run on Debian's own
// interpreter, so a document that any conforming parser would refuse fails the test. Returns the
// element tree, or expat's error with its line and column.
import { spawnSync } from 'node:child_process';

export interface XmlElement {
  tag: string;
  attrib: Record<string, string>;
  /** Character data before the first child (whitespace between elements included). */
  text: string;
  children: XmlElement[];
}

const PARSE_SCRIPT = `
import json, sys
import xml.etree.ElementTree as ET
try:
    root = ET.fromstring(sys.stdin.buffer.read())
except ET.ParseError as error:
    print(json.dumps({"error": str(error)}))
    sys.exit(0)
def tree(element):
    return {"tag": element.tag, "attrib": dict(element.attrib), "text": element.text or "", "children": [tree(child) for child in element]}
print(json.dumps({"root": tree(root)}))
`;

export const DEBIAN_PYTHON = '/usr/bin/python3';

export function parseXml(document: string): { root: XmlElement } | { error: string } {
  const run = spawnSync(DEBIAN_PYTHON, ['-c', PARSE_SCRIPT], { input: Buffer.from(document, 'utf8'), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${DEBIAN_PYTHON} could not run the XML parser: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

/** The tree of a document that must parse; the test fails with expat's message otherwise. */
export function parseXmlStrictly(document: string): XmlElement {
  const parsed = parseXml(document);
  if ('error' in parsed) throw new Error(`not well-formed XML: ${parsed.error}`);
  return parsed.root;
}
