import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Finding, FindingCode } from '../../src/model.js';
import { FINDING_CODES } from '../../src/judge/finding-codes.js';
import {
  MAX_SARIF_RESULTS_PER_RUN,
  RULE_DESCRIPTIONS,
  relativeUri,
  renderSarif,
  TROUBLESHOOTING_URL,
} from '../../src/report/sarif.js';
import { finding, LXML_IMPORT_FAILED, makeReport, PSYCOPG2_MISSING, PYWIN32_SKIPPED, SQLALCHEMY_MISMATCH } from './fixture.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const ALL_CODES = Object.keys(FINDING_CODES) as FindingCode[];

// SARIF read back as plain JSON: the tests walk it the way code scanning does.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function sarifOf(findings: Finding[], overrides: Parameters<typeof makeReport>[0] = {}): Json {
  return JSON.parse(renderSarif(makeReport({ findings, ...overrides }), { toolVersion: '0.1.0' }));
}

/**
 * Every property docs.github.com's "SARIF support for code scanning" marks required for what
 * depgate writes, present and not empty ("The empty string is not supported for required
 * properties"), plus the limits it states. Returns what is wrong, one line each.
 */
function codeScanningProblems(log: Json): string[] {
  const problems: string[] = [];
  const need = (value: unknown, what: string): void => {
    if (value === undefined || value === null || value === '') problems.push(`${what} is required`);
  };
  need(log.$schema, '$schema');
  if (log.version !== '2.1.0') problems.push('version must be 2.1.0');
  if (!Array.isArray(log.runs) || log.runs.length === 0 || log.runs.length > 20) problems.push('runs must hold 1 to 20 runs');
  for (const run of log.runs ?? []) {
    need(run.tool?.driver?.name, 'tool.driver.name');
    if (!Array.isArray(run.tool?.driver?.rules)) problems.push('tool.driver.rules is required');
    const rules: Json[] = run.tool?.driver?.rules ?? [];
    for (const rule of rules) {
      need(rule.id, 'rule id');
      need(rule.shortDescription?.text, `${rule.id} shortDescription.text`);
      need(rule.fullDescription?.text, `${rule.id} fullDescription.text`);
      need(rule.help?.text, `${rule.id} help.text`);
      if ((rule.name ?? '').length > 255) problems.push(`${rule.id} name over 255 characters`);
      if (rule.shortDescription?.text?.length > 1024) problems.push(`${rule.id} shortDescription over 1024 characters`);
      if (rule.fullDescription?.text?.length > 1024) problems.push(`${rule.id} fullDescription over 1024 characters`);
      if (!['note', 'warning', 'error'].includes(rule.defaultConfiguration?.level)) problems.push(`${rule.id} defaultConfiguration.level`);
      if ((rule.properties?.tags ?? []).length > 20) problems.push(`${rule.id} has more than 20 tags`);
    }
    if (new Set(rules.map((rule) => rule.id)).size !== rules.length) problems.push('rule ids must be unique');
    if (!Array.isArray(run.results)) problems.push('results is required');
    if ((run.results ?? []).length > 25_000) problems.push('more than 25,000 results');
    for (const [index, result] of (run.results ?? []).entries()) {
      const at = `results[${index}]`;
      need(result.message?.text, `${at}.message.text`);
      if (!rules.some((rule) => rule.id === result.ruleId)) problems.push(`${at}.ruleId names no rule`);
      if (rules[result.ruleIndex]?.id !== result.ruleId) problems.push(`${at}.ruleIndex does not point at its rule`);
      if (!['note', 'warning', 'error'].includes(result.level)) problems.push(`${at}.level`);
      need(result.partialFingerprints?.primaryLocationLineHash, `${at}.partialFingerprints.primaryLocationLineHash`);
      if (!Array.isArray(result.locations) || result.locations.length === 0) problems.push(`${at}.locations needs one location`);
      for (const location of result.locations ?? []) {
        const physical = location.physicalLocation;
        need(physical?.artifactLocation?.uri, `${at} artifactLocation.uri`);
        if (/^[a-z][a-z0-9+.-]*:|^\//i.test(physical?.artifactLocation?.uri ?? '')) problems.push(`${at} uri must be relative to the repository root`);
        if (/[\s#?]/.test(physical?.artifactLocation?.uri ?? '')) problems.push(`${at} uri must be percent-encoded`);
        for (const key of ['startLine', 'startColumn']) {
          const value = physical?.region?.[key];
          if (!Number.isInteger(value) || value < 1) problems.push(`${at} region.${key} must be an integer >= 1`);
        }
      }
    }
  }
  return problems;
}

/** GitHub's heading anchors (github-slugger): lower case, punctuation but `-` and `_` dropped, spaces as `-`. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const [, heading] of markdown.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)) {
    anchors.add(heading.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-'));
  }
  return anchors;
}

describe('renderSarif', () => {
  const log = sarifOf([SQLALCHEMY_MISMATCH, PSYCOPG2_MISSING, LXML_IMPORT_FAILED, PYWIN32_SKIPPED, makeReport().findings[4]]);
  const run = log.runs[0];

  test('a SARIF 2.1.0 log with depgate as the tool', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('depgate');
    expect(run.tool.driver.semanticVersion).toBe('0.1.0');
    expect(run.tool.driver.informationUri).toBe('https://github.com/acme/depgate');
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { description: { text: 'The root of the repository the workflow checked out.' } } });
    expect(run.columnKind).toBe('utf16CodeUnits');
  });

  test('one rule per finding code, with its kind as name, whether or not it fired', () => {
    expect(run.tool.driver.rules.map((rule: Json) => [rule.id, rule.name, rule.defaultConfiguration.level, rule.properties['problem.severity']])).toEqual([
      ['DG001', 'missing', 'error', 'error'],
      ['DG002', 'version-mismatch', 'error', 'error'],
      ['DG003', 'import-failed', 'error', 'error'],
      ['DG004', 'probe-timeout', 'error', 'error'],
      ['DG005', 'runtime-missing', 'error', 'error'],
      ['DG006', 'runtime-version', 'error', 'error'],
      ['DG007', 'lock-drift', 'error', 'error'],
      ['DG008', 'env-missing', 'error', 'error'],
      ['DG009', 'service-unreachable', 'error', 'error'],
      ['DG010', 'driver-missing', 'error', 'error'],
      ['DG011', 'command-failed', 'error', 'error'],
      ['DG012', 'shadowed-copy', 'warning', 'warning'],
      ['DG100', 'spec-error', 'error', 'error'],
      ['DG101', 'skipped', 'note', 'recommendation'],
      ['DG102', 'mapping-guessed', 'note', 'recommendation'],
    ]);
    expect(run.tool.driver.rules[0]).toEqual({
      id: 'DG001',
      name: 'missing',
      shortDescription: { text: 'A declared package is not installed.' },
      fullDescription: { text: RULE_DESCRIPTIONS.DG001.full },
      defaultConfiguration: { level: 'error' },
      help: {
        text: `${RULE_DESCRIPTIONS.DG001.full}\n\nWhat to do, and how to ignore it: ${TROUBLESHOOTING_URL}#dg001-missing`,
        markdown: `${RULE_DESCRIPTIONS.DG001.full}\n\nWhat to do, and how to ignore it: [DG001 in depgate's troubleshooting guide](${TROUBLESHOOTING_URL}#dg001-missing).`,
      },
      helpUri: 'https://github.com/acme/depgate/blob/main/docs/troubleshooting.md#dg001-missing',
      properties: { tags: ['dependencies', 'missing'], precision: 'very-high', 'problem.severity': 'error' },
    });
  });

  test('every helpUri points at a heading of docs/troubleshooting.md', () => {
    const anchors = headingAnchors(readFileSync(path.join(ROOT, 'docs/troubleshooting.md'), 'utf8'));
    const linked = run.tool.driver.rules.map((rule: Json) => rule.helpUri.replace(`${TROUBLESHOOTING_URL}#`, ''));
    expect(linked).toHaveLength(ALL_CODES.length);
    expect(linked.filter((anchor: string) => !anchors.has(anchor))).toEqual([]);
  });

  test('one result per finding not ignored, at its file, line and column, with the fix in the message', () => {
    expect(run.results.map((result: Json) => [
      result.ruleId,
      result.ruleIndex,
      result.level,
      result.locations[0].physicalLocation.artifactLocation,
      result.locations[0].physicalLocation.region,
    ])).toEqual([
      ['DG002', 1, 'error', { uri: 'requirements.txt', uriBaseId: '%SRCROOT%' }, { startLine: 3, startColumn: 1 }],
      ['DG001', 0, 'error', { uri: 'requirements.txt', uriBaseId: '%SRCROOT%' }, { startLine: 4, startColumn: 1 }],
      ['DG003', 2, 'error', { uri: 'requirements.txt', uriBaseId: '%SRCROOT%' }, { startLine: 5, startColumn: 1 }],
      ['DG101', 13, 'note', { uri: 'requirements.txt', uriBaseId: '%SRCROOT%' }, { startLine: 6, startColumn: 1 }],
    ]);
    expect(run.results[0].message.text).toBe("SQLAlchemy 2.0.54 is installed, but requirements.txt requires >=2.1. Fix: /venv/bin/python -m pip install 'SQLAlchemy>=2.1'");
    expect(run.results[2].message.text).toBe("import lxml failed: ImportError: libxml2.so.2: cannot open shared object file: No such file or directory. Reproduce: /venv/bin/python -c 'import lxml'");
    expect(run.results[0].properties).toEqual({ ecosystem: 'python', kind: 'version-mismatch', package: 'SQLAlchemy', required: '>=2.1', found: '2.0.54', fix: "/venv/bin/python -m pip install 'SQLAlchemy>=2.1'" });
    expect(run.results[3].properties).toEqual({ ecosystem: 'python', kind: 'skipped', package: 'pywin32', required: '>=306' });
  });

  test('meets every property code scanning requires', () => {
    expect(codeScanningProblems(log)).toEqual([]);
    expect(codeScanningProblems(sarifOf([]))).toEqual([]);
    const noFile = finding({ code: 'DG005', kind: 'runtime-missing', name: 'python3', message: 'Python interpreter not found: python3' });
    expect(codeScanningProblems(sarifOf([noFile]))).toEqual([]);
  });

  test('the requirement checker itself catches what code scanning would refuse', () => {
    const broken = JSON.parse(JSON.stringify(log));
    delete broken.runs[0].results[0].partialFingerprints;
    broken.runs[0].results[1].locations[0].physicalLocation.artifactLocation.uri = '/abs/requirements.txt';
    broken.runs[0].results[2].locations[0].physicalLocation.region.startLine = 0;
    broken.runs[0].tool.driver.rules[3].fullDescription.text = '';
    expect(codeScanningProblems(broken)).toEqual([
      'DG004 fullDescription.text is required',
      'results[0].partialFingerprints.primaryLocationLineHash is required',
      'results[1] uri must be relative to the repository root',
      'results[2] region.startLine must be an integer >= 1',
    ]);
  });

  test('ignored findings are left out: code scanning would ingest a suppressed result as an open alert', () => {
    expect(run.results.some((result: Json) => result.properties.package === 'urllib3')).toBe(false);
  });

  test('warn mode: errors that do not block are warnings; DG100 stays an error', () => {
    const spec = finding({ code: 'DG100', kind: 'spec-error', ecosystem: 'depgate', name: 'mode', file: 'depgate.yml', line: 1, column: 7, message: 'bad mode' });
    const warn = sarifOf([spec, SQLALCHEMY_MISMATCH, PYWIN32_SKIPPED], { mode: 'warn' });
    expect(warn.runs[0].results.map((result: Json) => [result.ruleId, result.level])).toEqual([['DG100', 'error'], ['DG002', 'warning'], ['DG101', 'note']]);
  });

  test('a finding about no file is placed on line 1 of the first file read; with none read, it has no location', () => {
    const noFile = finding({ code: 'DG005', kind: 'runtime-missing', name: 'python3', message: 'Python interpreter not found: python3' });
    const placed = sarifOf([noFile]).runs[0].results[0];
    expect(placed.locations).toEqual([{ physicalLocation: { artifactLocation: { uri: 'requirements.txt', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1 } } }]);
    expect(sarifOf([noFile], { sources: ['depgate.yml', 'requirements.txt'] }).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('depgate.yml');
    expect(sarifOf([noFile], { sources: [] }).runs[0].results[0].locations).toEqual([]);
    // A file without a line: line 1 of that file.
    const fileOnly = finding({ code: 'DG100', kind: 'spec-error', ecosystem: 'depgate', name: 'pyproject.toml', file: 'pyproject.toml', message: 'cannot parse' });
    expect(sarifOf([fileOnly]).runs[0].results[0].locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'pyproject.toml', uriBaseId: '%SRCROOT%' }, region: { startLine: 1, startColumn: 1 } });
  });

  test('file names become relative URI references', () => {
    expect(relativeUri('requirements.txt')).toBe('requirements.txt');
    expect(relativeUri('app/requirements.txt')).toBe('app/requirements.txt');
    expect(relativeUri('./app/req.txt')).toBe('app/req.txt');
    expect(relativeUri('my app/req#1 100%.txt')).toBe('my%20app/req%231%20100%25.txt');
    expect(relativeUri('ünï/ç.txt')).toBe('%C3%BCn%C3%AF/%C3%A7.txt');
  });
});

describe('partialFingerprints: the same problem is the same alert from run to run', () => {
  const fingerprint = (f: Finding, others: Finding[] = []): string =>
    sarifOf([...others, f]).runs[0].results[others.length].partialFingerprints.primaryLocationLineHash;

  test("in CodeQL's hash:occurrence form", () => {
    expect(fingerprint(SQLALCHEMY_MISMATCH)).toMatch(/^[0-9a-f]{16}:1$/);
  });

  test('unchanged when the line moves, the installed version changes or the name is written another way', () => {
    const base = fingerprint(SQLALCHEMY_MISMATCH);
    expect(fingerprint({ ...SQLALCHEMY_MISMATCH, line: 30, column: 5 })).toBe(base);
    expect(fingerprint({ ...SQLALCHEMY_MISMATCH, found: '1.4.46', message: 'SQLAlchemy 1.4.46 is installed, but requirements.txt requires >=2.1' })).toBe(base);
    expect(fingerprint({ ...SQLALCHEMY_MISMATCH, name: 'sqlalchemy' })).toBe(base);
  });

  test('different for another code, package, file or ecosystem', () => {
    const base = fingerprint(SQLALCHEMY_MISMATCH);
    const variants = [
      { ...SQLALCHEMY_MISMATCH, code: 'DG007' as const },
      { ...SQLALCHEMY_MISMATCH, name: 'psycopg2' },
      { ...SQLALCHEMY_MISMATCH, file: 'app/requirements.txt' },
      { ...SQLALCHEMY_MISMATCH, ecosystem: 'node' as const },
    ].map((variant) => fingerprint(variant));
    expect(new Set([base, ...variants]).size).toBe(5);
  });

  test('the same problem twice in one run: the second is occurrence 2', () => {
    const twice = sarifOf([SQLALCHEMY_MISMATCH, { ...SQLALCHEMY_MISMATCH, line: 9 }]).runs[0].results.map((r: Json) => r.partialFingerprints.primaryLocationLineHash);
    expect(twice[0].replace(/:1$/, ':2')).toBe(twice[1]);
  });

  test('spec errors about no package are told apart by their message', () => {
    const a = finding({ code: 'DG100', kind: 'spec-error', ecosystem: 'depgate', name: '', file: 'requirements.txt', line: 2, message: 'cannot parse "a=="' });
    const b = { ...a, line: 3, message: 'cannot parse "b<<"' };
    const [first, second] = sarifOf([a, b]).runs[0].results.map((r: Json) => r.partialFingerprints.primaryLocationLineHash);
    expect(first.endsWith(':1') && second.endsWith(':1')).toBe(true);
    expect(first).not.toBe(second);
  });
});

describe('the results limit', () => {
  test(`keeps the first ${MAX_SARIF_RESULTS_PER_RUN} findings (the most severe) and says how many were left out`, () => {
    const findings = Array.from({ length: MAX_SARIF_RESULTS_PER_RUN + 3 }, (_, i) =>
      finding({ code: 'DG001', kind: 'missing', name: `pkg${i}`, file: 'requirements.txt', line: i + 1, column: 1, message: `pkg${i} is not installed` }));
    const run = sarifOf(findings).runs[0];
    expect(run.results).toHaveLength(25_000);
    expect(run.results[24_999].properties.package).toBe('pkg24999');
    expect(run.invocations).toEqual([{
      executionSuccessful: true,
      toolExecutionNotifications: [{
        level: 'warning',
        message: { text: '3 more findings are not in this file: code scanning rejects a run with more than 25000 results. The JSON report lists every finding.' },
      }],
    }]);
    expect(codeScanningProblems({ ...JSON.parse(renderSarif(makeReport({ findings: findings.slice(0, 10) }))) })).toEqual([]);
  });

  test('rule descriptions fit code scanning\'s 1024 characters', () => {
    for (const code of ALL_CODES) {
      expect(RULE_DESCRIPTIONS[code].short.length).toBeLessThanOrEqual(1024);
      expect(RULE_DESCRIPTIONS[code].full.length).toBeLessThanOrEqual(1024);
    }
  });
});
