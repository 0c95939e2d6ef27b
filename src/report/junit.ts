// The report as JUnit XML, for the test reporters people already read (dorny/test-reporter,
// mikepenz/action-junit-report, Jenkins, GitLab). There is no JUnit standard: this is the
// de-facto shape those tools parse — <testsuites> of <testsuite> of <testcase>, a <failure> or a
// <skipped> child, and the name/classname/time/tests/failures/errors/skipped attributes — plus the
// `file` and `line` attributes of a testcase that action-junit-report annotates with.
//
// The Report holds findings, not passing requirements, so each finding is one testcase and one
// more passing testcase stands for every requirement without a finding, with the count checked.
// The outcome a reporter shows agrees with the gate: a finding that blocks is a failure; one that
// does not (a warning, an error in warn mode) passes with its text in <system-out>; a notice or
// an ignored finding is skipped.

import type { Ecosystem, Finding, Report } from '../model.js';
import { annotationLevel, annotationTitle } from './annotations.js';
import { findingWhere, isPosition, plural } from './one-line.js';

/** The root <testsuites> name, and the suite for findings about depgate's own spec (DG100). */
export const JUNIT_ROOT_NAME = 'depgate';

/** Suites in this order, each present only when it has something to say. */
const SUITE_ORDER: readonly Ecosystem[] = ['depgate', 'python', 'node', 'system', 'env', 'service', 'database', 'command'];

type Outcome = 'failure' | 'passed' | 'skipped';

interface TestCase {
  name: string;
  classname: string;
  file?: string;
  line?: number;
  outcome: Outcome;
  /** The <failure>/<skipped> message attribute. */
  message?: string;
  /** <failure> type attribute. */
  type?: string;
  /** The body of <failure>, or <system-out> of a passing or skipped case. */
  details?: string;
}

interface TestSuite {
  name: string;
  properties: [string, string][];
  cases: TestCase[];
}

export function renderJunit(report: Report): string {
  const suites = testSuites(report);
  const totals = count(suites.flatMap((suite) => suite.cases));
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites${attributes([['name', JUNIT_ROOT_NAME], ...countAttributes(totals)])}>`,
  ];
  for (const suite of suites) lines.push(...suiteXml(suite));
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
}

function testSuites(report: Report): TestSuite[] {
  const byEcosystem = new Map<Ecosystem, TestCase[]>();
  const add = (ecosystem: Ecosystem, testCase?: TestCase): void => {
    const cases = byEcosystem.get(ecosystem) ?? [];
    if (testCase) cases.push(testCase);
    byEcosystem.set(ecosystem, cases);
  };
  if (report.environment.python) add('python');
  if (report.environment.node) add('node');
  for (const finding of report.findings) add(finding.ecosystem, findingCase(finding, report));

  // One language ecosystem in the report: its suite speaks for the requirements; with both (or
  // none), depgate's own suite does, since Report.checked is one count over every ecosystem.
  const runtimes = (['python', 'node'] as const).filter((ecosystem) => byEcosystem.has(ecosystem));
  const passingSuite: Ecosystem = runtimes.length === 1 ? runtimes[0] : 'depgate';
  add(passingSuite, passingCase(report, passingSuite));

  const known = SUITE_ORDER.filter((ecosystem) => byEcosystem.has(ecosystem));
  const others = [...byEcosystem.keys()].filter((ecosystem) => !SUITE_ORDER.includes(ecosystem));
  return [...known, ...others].map((ecosystem) => ({
    name: ecosystem === 'depgate' ? JUNIT_ROOT_NAME : `${JUNIT_ROOT_NAME} ${ecosystem}`,
    properties: suiteProperties(report, ecosystem),
    cases: byEcosystem.get(ecosystem) ?? [],
  }));
}

function findingCase(finding: Finding, report: Report): TestCase {
  const base = {
    name: annotationTitle(finding),
    // Reporters group a suite's cases by classname: by file, the way a reviewer reads them.
    classname: finding.file ? finding.file : suiteNameOf(finding.ecosystem),
    ...(finding.file ? { file: finding.file } : {}),
    ...(finding.file && isPosition(finding.line) ? { line: finding.line } : {}),
  };
  if (finding.ignored) {
    return { ...base, outcome: 'skipped', message: `ignored: ${finding.ignored.reason}`, details: findingDetails(finding) };
  }
  const level = annotationLevel(finding, report.mode);
  if (level === 'error') {
    return { ...base, outcome: 'failure', message: finding.message, type: `${finding.code} ${finding.kind}`, details: findingDetails(finding) };
  }
  if (level === 'notice') return { ...base, outcome: 'skipped', message: finding.message, details: findingDetails(finding) };
  // A warning, or an error that warn mode lets through: the case passes and says why it is there.
  return { ...base, outcome: 'passed', details: `${finding.severity}: ${findingDetails(finding)}` };
}

function passingCase(report: Report, ecosystem: Ecosystem): TestCase {
  const name = report.checked === 0
    ? 'no requirements were checked'
    : `all other requirements satisfied (${plural(report.checked, 'requirement')} checked)`;
  return { name, classname: suiteNameOf(ecosystem), outcome: 'passed' };
}

function suiteNameOf(ecosystem: Ecosystem): string {
  return ecosystem === 'depgate' ? JUNIT_ROOT_NAME : `${JUNIT_ROOT_NAME} ${ecosystem}`;
}

/** The finding whole: its message, what was required and found, where, and the command that fixes it. */
function findingDetails(finding: Finding): string {
  const lines = [finding.message];
  if (finding.required !== undefined) lines.push(`Required: ${finding.required === '' ? 'any version' : finding.required}`);
  if (finding.found !== undefined) lines.push(`Found: ${finding.found}`);
  const where = findingWhere(finding);
  if (where !== '') lines.push(`At: ${where}${isPosition(finding.line) && isPosition(finding.column) ? `:${finding.column}` : ''}`);
  // For an import that fails or hangs, the command reproduces the problem rather than fixing it.
  if (finding.fix) lines.push(`${finding.code === 'DG003' || finding.code === 'DG004' ? 'Reproduce' : 'Fix'}: ${finding.fix}`);
  return lines.join('\n');
}

function suiteProperties(report: Report, ecosystem: Ecosystem): [string, string][] {
  const properties: [string, string][] = [['mode', report.mode]];
  const runtime = ecosystem === 'python' || ecosystem === 'node' ? report.environment[ecosystem] : undefined;
  if (runtime) {
    properties.push(['executable', runtime.executable], ['version', runtime.version], ['requested', `${runtime.requested} (from ${runtime.requestedFrom})`]);
  }
  return properties;
}

function count(cases: TestCase[]): { tests: number; failures: number; skipped: number } {
  return {
    tests: cases.length,
    failures: cases.filter((c) => c.outcome === 'failure').length,
    skipped: cases.filter((c) => c.outcome === 'skipped').length,
  };
}

// `errors` is for a test that could not run; a finding is an answer, never that. No finding has a
// duration: every probe answers for many requirements at once, so each time is 0.
function countAttributes(totals: { tests: number; failures: number; skipped: number }): [string, string][] {
  return [
    ['tests', String(totals.tests)],
    ['failures', String(totals.failures)],
    ['errors', '0'],
    ['skipped', String(totals.skipped)],
    ['time', '0'],
  ];
}

function suiteXml(suite: TestSuite): string[] {
  const lines = [`  <testsuite${attributes([['name', suite.name], ...countAttributes(count(suite.cases))])}>`];
  lines.push('    <properties>');
  for (const [name, value] of suite.properties) lines.push(`      <property${attributes([['name', name], ['value', value]])}/>`);
  lines.push('    </properties>');
  for (const testCase of suite.cases) lines.push(...caseXml(testCase));
  lines.push('  </testsuite>');
  return lines;
}

function caseXml(testCase: TestCase): string[] {
  const open = `    <testcase${attributes([
    ['name', testCase.name],
    ['classname', testCase.classname],
    ...(testCase.file !== undefined ? [['file', testCase.file] as [string, string]] : []),
    ...(testCase.line !== undefined ? [['line', String(testCase.line)] as [string, string]] : []),
    ['time', '0'],
  ])}`;
  switch (testCase.outcome) {
    case 'failure':
      return [
        `${open}>`,
        `      <failure${attributes([['message', testCase.message ?? ''], ['type', testCase.type ?? '']])}>${xmlText(testCase.details ?? '')}</failure>`,
        '    </testcase>',
      ];
    case 'skipped':
      return [
        `${open}>`,
        `      <skipped${attributes([['message', testCase.message ?? '']])}/>`,
        ...(testCase.details ? [`      <system-out>${xmlText(testCase.details)}</system-out>`] : []),
        '    </testcase>',
      ];
    case 'passed':
      if (!testCase.details) return [`${open}/>`];
      return [`${open}>`, `      <system-out>${xmlText(testCase.details)}</system-out>`, '    </testcase>'];
  }
}

function attributes(pairs: [string, string][]): string {
  return pairs.map(([name, value]) => ` ${name}="${xmlAttribute(value)}"`).join('');
}

/**
 * Characters XML 1.0 cannot carry at all, not even as a character reference (XML 1.0 §2.2,
 * production [2] Char): C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF.
 * An exception message can hold any of them (an ESC from a coloured traceback); each is written
 * as a visible `\uXXXX` instead, so the document stays well-formed and the text stays readable.
 */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function replaceNonXmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Element content: markup characters escaped; CR as a reference, or a parser would turn it into LF (§2.11). */
export function xmlText(text: string): string {
  return replaceNonXmlChars(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/**
 * A double-quoted attribute value. Tab, LF and CR become references: a parser normalizes the
 * literal characters to spaces (XML 1.0 §3.3.3, attribute-value normalization).
 */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}
