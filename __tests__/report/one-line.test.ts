import { describe, expect, test } from '@jest/globals';
import { renderOneLine } from '../../src/report/one-line.js';
import { finding, makeReport, numberedFindings, PSYCOPG2_MISSING, SQLALCHEMY_MISMATCH } from './fixture.js';

describe('renderOneLine', () => {
  test('names the errors by code, counts the rest, and gives the verdict', () => {
    expect(renderOneLine(makeReport())).toBe(
      'depgate: 3 errors (DG001 psycopg2, DG002 SQLAlchemy, DG003 lxml), 1 notice, 1 ignored — gate failed',
    );
  });

  test('two errors and a notice', () => {
    const notice = finding({ code: 'DG102', kind: 'mapping-guessed', severity: 'notice', name: 'PyYAML', message: 'guessed yaml' });
    expect(renderOneLine(makeReport({ findings: [SQLALCHEMY_MISMATCH, PSYCOPG2_MISSING, notice] }))).toBe(
      'depgate: 2 errors (DG001 psycopg2, DG002 SQLAlchemy), 1 notice — gate failed',
    );
  });

  test('a clean report', () => {
    expect(renderOneLine(makeReport({ findings: [], checked: 14 }))).toBe('depgate: 14 requirements satisfied — gate passed');
    expect(renderOneLine(makeReport({ findings: [], checked: 1 }))).toBe('depgate: 1 requirement satisfied — gate passed');
  });

  test('passing with notices says the requirements were checked, not satisfied (a notice can be a skipped requirement)', () => {
    const notices = numberedFindings(2, 'notice');
    expect(renderOneLine(makeReport({ findings: notices, checked: 14 }))).toBe(
      'depgate: 14 requirements checked, 2 notices — gate passed',
    );
  });

  test('passing with warnings names the warnings', () => {
    const drift = finding({ code: 'DG007', kind: 'lock-drift', severity: 'warning', name: 'idna', message: 'drifted' });
    expect(renderOneLine(makeReport({ findings: [drift] }))).toBe('depgate: 1 warning (DG007 idna) — gate passed');
  });

  test('warn mode does not block', () => {
    expect(renderOneLine(makeReport({ mode: 'warn' }))).toBe(
      'depgate: 3 errors (DG001 psycopg2, DG002 SQLAlchemy, DG003 lxml), 1 notice, 1 ignored — not blocking (warn mode)',
    );
  });

  test('warn mode with a DG100 still fails, and a finding without a name is named by its position', () => {
    const spec = finding({ code: 'DG100', kind: 'spec-error', name: '', file: 'depgate.yml', line: 7, column: 3, message: 'bad key' });
    expect(renderOneLine(makeReport({ mode: 'warn', findings: [spec] }))).toBe('depgate: 1 error (DG100 depgate.yml:7) — gate failed');
  });

  test('names at most five, then says how many more', () => {
    expect(renderOneLine(makeReport({ findings: numberedFindings(8, 'error') }))).toBe(
      'depgate: 8 errors (DG002 pkg01, DG002 pkg02, DG002 pkg03, DG002 pkg04, DG002 pkg05 and 3 more) — gate failed',
    );
  });

  test('a name with line breaks or control characters cannot split the line', () => {
    const hostile = finding({ code: 'DG001', kind: 'missing', name: 'evil\n::error::x\u001b[2J', message: 'm' });
    expect(renderOneLine(makeReport({ findings: [hostile] }))).toBe('depgate: 1 error (DG001 evil ::error::x [2J) — gate failed');
  });

  test('a failed gate with nothing to name says the requirements were checked, not satisfied', () => {
    expect(renderOneLine(makeReport({ findings: [], passed: false, checked: 3 }))).toBe('depgate: 3 requirements checked — gate failed');
  });
});
