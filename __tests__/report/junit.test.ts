import { describe, expect, test } from '@jest/globals';
import type { Finding } from '../../src/model.js';
import { renderJunit, xmlAttribute, xmlText } from '../../src/report/junit.js';
import { finding, makeReport, PSYCOPG2_MISSING, PYTHON, SQLALCHEMY_MISMATCH } from './fixture.js';
import { parseXml, parseXmlStrictly, type XmlElement } from './xml-parser.js';

const NODE = { requested: 'node', requestedFrom: 'default', executable: '/usr/bin/node', version: '20.19.2', prefix: '/usr', packageManager: 'npm' };

function child(element: XmlElement, tag: string): XmlElement | undefined {
  return element.children.find((c) => c.tag === tag);
}

/** Each testcase as [name, outcome, message or system-out]. */
function cases(suite: XmlElement): [string, string, string][] {
  return suite.children
    .filter((c) => c.tag === 'testcase')
    .map((c) => {
      const failure = child(c, 'failure');
      const skipped = child(c, 'skipped');
      const out = child(c, 'system-out');
      if (failure) return [c.attrib.name, 'failure', failure.attrib.message];
      if (skipped) return [c.attrib.name, 'skipped', skipped.attrib.message];
      return [c.attrib.name, 'passed', out?.text ?? ''];
    });
}

describe('renderJunit', () => {
  test('the realistic report: one suite for python, a case per finding and one for every other requirement', () => {
    expect(renderJunit(makeReport())).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n' +
        '<testsuites name="depgate" tests="6" failures="3" errors="0" skipped="2" time="0">\n' +
        '  <testsuite name="depgate python" tests="6" failures="3" errors="0" skipped="2" time="0">\n' +
        '    <properties>\n' +
        '      <property name="mode" value="enforce"/>\n' +
        '      <property name="executable" value="/venv/bin/python"/>\n' +
        '      <property name="version" value="3.12.3"/>\n' +
        '      <property name="requested" value=".venv/bin/python (from ./.venv)"/>\n' +
        '    </properties>\n' +
        '    <testcase name="DG002 version-mismatch: SQLAlchemy" classname="requirements.txt" file="requirements.txt" line="3" time="0">\n' +
        '      <failure message="SQLAlchemy 2.0.54 is installed, but requirements.txt requires &gt;=2.1" type="DG002 version-mismatch">' +
        'SQLAlchemy 2.0.54 is installed, but requirements.txt requires &gt;=2.1\nRequired: &gt;=2.1\nFound: 2.0.54\nAt: requirements.txt:3:1\n' +
        "Fix: /venv/bin/python -m pip install 'SQLAlchemy&gt;=2.1'</failure>\n" +
        '    </testcase>\n' +
        '    <testcase name="DG001 missing: psycopg2" classname="requirements.txt" file="requirements.txt" line="4" time="0">\n' +
        '      <failure message="psycopg2 is declared in requirements.txt but not installed" type="DG001 missing">' +
        "psycopg2 is declared in requirements.txt but not installed\nRequired: &gt;=2.9\nAt: requirements.txt:4:1\nFix: /venv/bin/python -m pip install 'psycopg2&gt;=2.9'</failure>\n" +
        '    </testcase>\n' +
        '    <testcase name="DG003 import-failed: lxml" classname="requirements.txt" file="requirements.txt" line="5" time="0">\n' +
        '      <failure message="import lxml failed: ImportError: libxml2.so.2: cannot open shared object file: No such file or directory" type="DG003 import-failed">' +
        'import lxml failed: ImportError: libxml2.so.2: cannot open shared object file: No such file or directory\nRequired: any version\nFound: 5.2.1\nAt: requirements.txt:5:1\n' +
        "Reproduce: /venv/bin/python -c 'import lxml'</failure>\n" +
        '    </testcase>\n' +
        '    <testcase name="DG101 skipped: pywin32" classname="requirements.txt" file="requirements.txt" line="6" time="0">\n' +
        '      <skipped message="pywin32 is skipped: its marker sys_platform == &quot;win32&quot; is false here"/>\n' +
        '      <system-out>pywin32 is skipped: its marker sys_platform == "win32" is false here\nRequired: &gt;=306\nAt: requirements.txt:6:1</system-out>\n' +
        '    </testcase>\n' +
        '    <testcase name="DG002 version-mismatch: urllib3" classname="requirements.txt" file="requirements.txt" line="7" time="0">\n' +
        '      <skipped message="ignored: pinned by boto until 2027"/>\n' +
        '      <system-out>urllib3 2.2.1 is installed, but requirements.txt requires &lt;2\nRequired: &lt;2\nFound: 2.2.1\nAt: requirements.txt:7:1\n' +
        "Fix: /venv/bin/python -m pip install 'urllib3&lt;2'</system-out>\n" +
        '    </testcase>\n' +
        '    <testcase name="all other requirements satisfied (5 requirements checked)" classname="depgate python" time="0"/>\n' +
        '  </testsuite>\n' +
        '</testsuites>\n',
    );
  });

  test('parses as XML, and a parser reads back the text of every finding unchanged', () => {
    const root = parseXmlStrictly(renderJunit(makeReport()));
    expect(root.tag).toBe('testsuites');
    const suite = child(root, 'testsuite')!;
    expect(suite.attrib).toEqual({ name: 'depgate python', tests: '6', failures: '3', errors: '0', skipped: '2', time: '0' });
    expect(cases(suite)).toEqual([
      ['DG002 version-mismatch: SQLAlchemy', 'failure', 'SQLAlchemy 2.0.54 is installed, but requirements.txt requires >=2.1'],
      ['DG001 missing: psycopg2', 'failure', 'psycopg2 is declared in requirements.txt but not installed'],
      ['DG003 import-failed: lxml', 'failure', 'import lxml failed: ImportError: libxml2.so.2: cannot open shared object file: No such file or directory'],
      ['DG101 skipped: pywin32', 'skipped', 'pywin32 is skipped: its marker sys_platform == "win32" is false here'],
      ['DG002 version-mismatch: urllib3', 'skipped', 'ignored: pinned by boto until 2027'],
      ['all other requirements satisfied (5 requirements checked)', 'passed', ''],
    ]);
    const sqlalchemy = suite.children.find((c) => c.attrib.name === 'DG002 version-mismatch: SQLAlchemy')!;
    expect(child(sqlalchemy, 'failure')!.text).toBe(
      "SQLAlchemy 2.0.54 is installed, but requirements.txt requires >=2.1\nRequired: >=2.1\nFound: 2.0.54\nAt: requirements.txt:3:1\nFix: /venv/bin/python -m pip install 'SQLAlchemy>=2.1'",
    );
  });

  test('the parser used here refuses what is not well-formed (so the tests above can fail)', () => {
    expect(parseXml('<a>&</a>')).toEqual({ error: expect.stringContaining('line 1, column 4') });
    expect(parseXml('<a b="1" b="2"/>')).toEqual({ error: expect.stringContaining('duplicate attribute') });
    expect(parseXml('<a>\u001b</a>')).toEqual({ error: expect.stringContaining('not well-formed') });
  });

  test('hostile text survives: markup, quotes, line breaks, tabs, control characters, lone surrogates', () => {
    const hostile = finding({
      code: 'DG003',
      kind: 'import-failed',
      name: 'evil"<pkg>&',
      file: 'req "s".txt',
      line: 2,
      column: 1,
      message: 'boom </failure></testcase> ]]> & "quoted" \'single\'\r\n\tnext line \u001b[31mred\u001b[0m \ud800 \uffff 😀',
      fix: "python -c 'import evil'",
    });
    const xml = renderJunit(makeReport({ findings: [hostile] }));
    const testCase = child(child(parseXmlStrictly(xml), 'testsuite')!, 'testcase')!;
    expect(testCase.attrib).toEqual({ name: 'DG003 import-failed: evil"<pkg>&', classname: 'req "s".txt', file: 'req "s".txt', line: '2', time: '0' });
    const expected = 'boom </failure></testcase> ]]> & "quoted" \'single\'\r\n\tnext line \\u001b[31mred\\u001b[0m \\ud800 \\uffff 😀';
    expect(child(testCase, 'failure')!.attrib.message).toBe(expected);
    expect(child(testCase, 'failure')!.text.split('\nAt: ')[0]).toBe(expected);
  });

  test('an import that hangs (DG004) carries the command that reproduces it', () => {
    const hang = finding({ code: 'DG004', kind: 'probe-timeout', name: 'slowpkg', found: '1.0', file: 'requirements.txt', line: 9, column: 1, message: 'import slowpkg did not finish within 30 s', fix: "/venv/bin/python -c 'import slowpkg'" });
    const testCase = child(child(parseXmlStrictly(renderJunit(makeReport({ findings: [hang] }))), 'testsuite')!, 'testcase')!;
    expect(child(testCase, 'failure')!.text).toBe("import slowpkg did not finish within 30 s\nFound: 1.0\nAt: requirements.txt:9:1\nReproduce: /venv/bin/python -c 'import slowpkg'");
  });

  test('escaping helpers', () => {
    expect(xmlText('a<b>&c\r\n"\'')).toBe('a&lt;b&gt;&amp;c&#13;\n"\'');
    expect(xmlAttribute('a<b>&c\r\n\t"\'')).toBe('a&lt;b&gt;&amp;c&#13;&#10;&#9;&quot;\'');
    expect(xmlText('\u0000\u0008\u000b\u000c\u001f\u007f')).toBe('\\u0000\\u0008\\u000b\\u000c\\u001f\u007f');
  });

  test('warn mode: an error that does not block passes, its text in system-out; DG100 still fails', () => {
    const spec = finding({ code: 'DG100', kind: 'spec-error', ecosystem: 'depgate', name: 'mode', file: 'depgate.yml', line: 1, column: 7, message: "mode must be one of enforce, warn; got 'wran'" });
    const xml = renderJunit(makeReport({ mode: 'warn', findings: [spec, SQLALCHEMY_MISMATCH] }));
    const root = parseXmlStrictly(xml);
    expect(root.attrib).toEqual({ name: 'depgate', tests: '3', failures: '1', errors: '0', skipped: '0', time: '0' });
    const [depgate, python] = root.children;
    expect(depgate.attrib.name).toBe('depgate');
    expect(cases(depgate)).toEqual([['DG100 spec-error: mode', 'failure', "mode must be one of enforce, warn; got 'wran'"]]);
    expect(cases(python)).toEqual([
      ['DG002 version-mismatch: SQLAlchemy', 'passed', "error: SQLAlchemy 2.0.54 is installed, but requirements.txt requires >=2.1\nRequired: >=2.1\nFound: 2.0.54\nAt: requirements.txt:3:1\nFix: /venv/bin/python -m pip install 'SQLAlchemy>=2.1'"],
      ['all other requirements satisfied (5 requirements checked)', 'passed', ''],
    ]);
    expect(child(depgate, 'properties')!.children.map((p) => p.attrib)).toEqual([{ name: 'mode', value: 'warn' }]);
  });

  test('a warning passes with its text; a finding without a file is named after its suite', () => {
    const shadowed = finding({ code: 'DG012', kind: 'shadowed-copy', severity: 'warning', name: 'idna', message: 'idna 3.7 is what imports' });
    const root = parseXmlStrictly(renderJunit(makeReport({ findings: [shadowed] })));
    const testCase = child(child(root, 'testsuite')!, 'testcase')!;
    expect(testCase.attrib).toEqual({ name: 'DG012 shadowed-copy: idna', classname: 'depgate python', time: '0' });
    expect(child(testCase, 'system-out')!.text).toBe('warning: idna 3.7 is what imports');
    expect(root.attrib.failures).toBe('0');
  });

  test('python and node probed: one suite each, and the count of requirements in depgate\'s own suite', () => {
    const express: Finding = finding({ code: 'DG001', kind: 'missing', ecosystem: 'node', name: 'express', required: '^4.18', file: 'package.json', line: 5, column: 5, message: 'express is not installed' });
    const root = parseXmlStrictly(renderJunit(makeReport({ environment: { python: PYTHON, node: NODE }, findings: [PSYCOPG2_MISSING, express], checked: 9 })));
    expect(root.children.map((suite) => [suite.attrib.name, suite.attrib.tests, suite.attrib.failures])).toEqual([
      ['depgate', '1', '0'],
      ['depgate python', '1', '1'],
      ['depgate node', '1', '1'],
    ]);
    expect(cases(root.children[0])).toEqual([['all other requirements satisfied (9 requirements checked)', 'passed', '']]);
    expect(child(root.children[2], 'properties')!.children.map((p) => p.attrib)).toEqual([
      { name: 'mode', value: 'enforce' },
      { name: 'executable', value: '/usr/bin/node' },
      { name: 'version', value: '20.19.2' },
      { name: 'requested', value: 'node (from default)' },
    ]);
  });

  test('an interpreter that cannot run: its failure, and the case that says nothing was checked, in its suite', () => {
    const dg005 = finding({ code: 'DG005', kind: 'runtime-missing', name: '/nonexistent/python3', message: 'Python interpreter not found: /nonexistent/python3; none of the 2 Python requirements could be checked.' });
    const root = parseXmlStrictly(renderJunit(makeReport({ environment: {}, findings: [dg005], checked: 0 })));
    expect(root.children.map((suite) => suite.attrib.name)).toEqual(['depgate python']);
    expect(cases(root.children[0])).toEqual([
      ['DG005 runtime-missing: /nonexistent/python3', 'failure', 'Python interpreter not found: /nonexistent/python3; none of the 2 Python requirements could be checked.'],
      ['no requirements were checked', 'passed', ''],
    ]);
  });

  test('an empty report is one depgate suite with one case', () => {
    const root = parseXmlStrictly(renderJunit(makeReport({ environment: {}, findings: [], checked: 0, fixes: [] })));
    expect(root.children.map((suite) => [suite.attrib.name, suite.attrib.tests])).toEqual([['depgate', '1']]);
    expect(cases(root.children[0])).toEqual([['no requirements were checked', 'passed', '']]);
  });

  test('5,000 findings render and parse, with the counts a reporter shows', () => {
    const findings = Array.from({ length: 5000 }, (_, i) =>
      finding({ code: i % 2 === 0 ? 'DG001' : 'DG101', kind: i % 2 === 0 ? 'missing' : 'skipped', severity: i % 2 === 0 ? 'error' : 'notice', name: `pkg${i}`, file: 'requirements.txt', line: i + 1, column: 1, message: `pkg${i} <${'x'.repeat(200)}>` }),
    );
    const root = parseXmlStrictly(renderJunit(makeReport({ findings, checked: 5000 })));
    expect(root.attrib).toEqual({ name: 'depgate', tests: '5001', failures: '2500', errors: '0', skipped: '2500', time: '0' });
  });
});
