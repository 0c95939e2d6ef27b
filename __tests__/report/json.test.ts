import { describe, expect, test } from '@jest/globals';
import type { Finding } from '../../src/model.js';
import { renderFindingsJson, renderJsonReport } from '../../src/report/json.js';
import { COMBINED_FIX, makeReport, PYTHON, SQLALCHEMY_MISMATCH, URLLIB3_IGNORED } from './fixture.js';

describe('renderJsonReport', () => {
  test('round-trips the whole report', () => {
    const report = makeReport();
    const parsed = JSON.parse(renderJsonReport(report));
    expect(parsed).toEqual({
      passed: false,
      findings: report.findings,
      checked: 5,
      environment: { python: PYTHON },
      mode: 'enforce',
      counts: { error: 3, warning: 0, notice: 1, ignored: 1 },
      fixes: [{ ecosystem: 'python', command: COMBINED_FIX }],
      sources: ['requirements.txt', 'depgate.yml'],
    });
  });

  test('keeps the contract key order: passed, findings, checked, environment first', () => {
    const parsed = JSON.parse(renderJsonReport(makeReport()));
    expect(Object.keys(parsed)).toEqual(['passed', 'findings', 'checked', 'environment', 'mode', 'counts', 'fixes', 'sources']);
    expect(Object.keys(parsed.environment.python)).toEqual(['requested', 'requestedFrom', 'executable', 'version', 'prefix']);
  });

  test('orders finding keys the same way whatever order the judge built them in', () => {
    const scrambled = {
      fix: SQLALCHEMY_MISMATCH.fix,
      message: SQLALCHEMY_MISMATCH.message,
      column: 1,
      line: 3,
      file: 'requirements.txt',
      found: '2.0.54',
      required: '>=2.1',
      name: 'SQLAlchemy',
      ecosystem: 'python',
      severity: 'error',
      kind: 'version-mismatch',
      code: 'DG002',
    } as Finding;
    expect(renderFindingsJson([scrambled])).toBe(renderFindingsJson([SQLALCHEMY_MISMATCH]));
    const [parsed] = JSON.parse(renderFindingsJson([scrambled]));
    expect(Object.keys(parsed)).toEqual([
      'code', 'kind', 'severity', 'ecosystem', 'name', 'required', 'found', 'file', 'line', 'column', 'message', 'fix',
    ]);
  });

  test('is pretty-printed with two spaces and ends with a newline', () => {
    const text = renderJsonReport(makeReport({ findings: [], environment: {}, fixes: [], sources: [] }));
    expect(text).toBe(
      '{\n  "passed": true,\n  "findings": [],\n  "checked": 5,\n  "environment": {},\n  "mode": "enforce",\n' +
        '  "counts": {\n    "error": 0,\n    "warning": 0,\n    "notice": 0,\n    "ignored": 0\n  },\n' +
        '  "fixes": [],\n  "sources": []\n}\n',
    );
  });

  test('leaves absent values out rather than writing null, and keeps an empty required range', () => {
    const parsed = JSON.parse(renderJsonReport(makeReport()));
    expect(parsed.findings[1]).not.toHaveProperty('found');
    expect(parsed.findings[2].required).toBe('');
    expect(parsed.findings[3]).not.toHaveProperty('fix');
    expect(JSON.stringify(parsed)).not.toContain('null');
  });

  test('keeps only the documented fields of the input objects', () => {
    const extra = { ...SQLALCHEMY_MISMATCH, internalScore: 7 } as Finding;
    expect(JSON.parse(renderFindingsJson([extra]))[0]).not.toHaveProperty('internalScore');
  });
});

describe('renderFindingsJson', () => {
  test('is compact, on one line, and keeps ignored findings with their reason', () => {
    const text = renderFindingsJson([URLLIB3_IGNORED]);
    expect(text).toBe(
      '[{"code":"DG002","kind":"version-mismatch","severity":"error","ecosystem":"python","name":"urllib3",' +
        '"required":"<2","found":"2.2.1","file":"requirements.txt","line":7,"column":1,' +
        '"message":"urllib3 2.2.1 is installed, but requirements.txt requires <2",' +
        '"fix":"/venv/bin/python -m pip install \'urllib3<2\'","ignored":{"reason":"pinned by boto until 2027"}}]',
    );
  });

  test('a message with line breaks and quotes stays on one line and round-trips', () => {
    const f = { ...SQLALCHEMY_MISMATCH, message: 'a "quoted"\nline\u2028sep' };
    const text = renderFindingsJson([f]);
    expect(text).not.toContain('\n');
    expect(JSON.parse(text)).toEqual([f]);
  });

  test('no findings is an empty array', () => {
    expect(renderFindingsJson([])).toBe('[]');
  });
});
