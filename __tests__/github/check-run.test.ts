import { afterEach, beforeEach, describe, expect, test } from '@jest/globals';
import { changedLinesOf } from '../../src/github/changed-lines.js';
import { checkRunAnnotations, checkRunConclusion, checkRunName, planCheckRun, publishCheckRun, renderCheckRunSummary } from '../../src/github/check-run.js';
import { createGitHubClient } from '../../src/github/client.js';
import type { Finding } from '../../src/model.js';
import { GitHubApiDouble } from '../helpers/github-api.js';
import { finding, makeReport, numberedFindings } from '../report/fixture.js';

const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const REPO = { owner: 'Codertocat', repo: 'Hello-World' };

describe('the check run, planned', () => {
  test('is named depgate, or depgate (<leg>) in a matrix', () => {
    expect(checkRunName('')).toBe('depgate');
    expect(checkRunName('py3.12')).toBe('depgate (py3.12)');
  });

  test('concludes failure when the gate fails, neutral for errors warn mode lets through, success otherwise', () => {
    expect(checkRunConclusion(makeReport())).toBe('failure');
    expect(checkRunConclusion(makeReport({ mode: 'warn' }))).toBe('neutral');
    expect(checkRunConclusion(makeReport({ findings: numberedFindings(2, 'notice') }))).toBe('success');
    expect(checkRunConclusion(makeReport({ findings: [] }))).toBe('success');
    const specError = finding({ code: 'DG100', kind: 'spec-error', name: 'mode' });
    expect(checkRunConclusion(makeReport({ mode: 'warn', findings: [specError] }))).toBe('failure');
  });

  test('annotates every active finding with a file: level, position, title and message with its fix', () => {
    const inputProblem = finding({ code: 'DG100', kind: 'spec-error', name: 'mode', message: "input 'mode': bad" });
    const fileOnly = finding({ code: 'DG100', kind: 'spec-error', name: 'depgate.yml', file: 'depgate.yml', message: 'not YAML' });
    const report = makeReport();
    expect(checkRunAnnotations({ ...report, findings: [inputProblem, fileOnly, ...report.findings] })).toEqual([
      { path: 'depgate.yml', start_line: 1, end_line: 1, annotation_level: 'failure', title: 'DG100 spec-error: depgate.yml', message: 'not YAML' },
      {
        path: 'requirements.txt', start_line: 3, end_line: 3, start_column: 1, end_column: 1, annotation_level: 'failure',
        title: 'DG002 version-mismatch: SQLAlchemy',
        message: "SQLAlchemy 2.0.54 is installed, but requirements.txt requires >=2.1. Fix: /venv/bin/python -m pip install 'SQLAlchemy>=2.1'",
      },
      {
        path: 'requirements.txt', start_line: 4, end_line: 4, start_column: 1, end_column: 1, annotation_level: 'failure',
        title: 'DG001 missing: psycopg2',
        message: "psycopg2 is declared in requirements.txt but not installed. Fix: /venv/bin/python -m pip install 'psycopg2>=2.9'",
      },
      {
        path: 'requirements.txt', start_line: 5, end_line: 5, start_column: 1, end_column: 1, annotation_level: 'failure',
        title: 'DG003 import-failed: lxml',
        message: "import lxml failed: ImportError: libxml2.so.2: cannot open shared object file: No such file or directory. Reproduce: /venv/bin/python -c 'import lxml'",
      },
      {
        path: 'requirements.txt', start_line: 6, end_line: 6, start_column: 1, end_column: 1, annotation_level: 'notice',
        title: 'DG101 skipped: pywin32',
        message: 'pywin32 is skipped: its marker sys_platform == "win32" is false here',
      },
    ]);
  });

  test('in warn mode errors are annotated as warnings, DG100 stays a failure', () => {
    const levels = checkRunAnnotations(makeReport({ mode: 'warn', findings: [finding({ code: 'DG100', kind: 'spec-error', name: 'x', file: 'depgate.yml', line: 2 }), ...numberedFindings(1, 'error')] }));
    expect(levels.map((annotation) => annotation.annotation_level)).toEqual(['failure', 'warning']);
  });

  test('120 findings: batches of 50, 50 and 20, in the order given', () => {
    const plan = planCheckRun(makeReport({ findings: numberedFindings(120, 'error') }), { leg: 'py3.12', headSha: SHA });
    expect(plan.name).toBe('depgate (py3.12)');
    expect(plan.headSha).toBe(SHA);
    expect(plan.conclusion).toBe('failure');
    expect(plan.batches.map((batch) => batch.length)).toEqual([50, 50, 20]);
    expect(plan.batches[2][19].start_line).toBe(120);
    expect(plan.title).toBe('depgate: 120 errors (DG002 pkg01, DG002 pkg02, DG002 pkg03, DG002 pkg04, DG002 pkg05 and 115 more) — gate failed');
  });

  test('a passing report: one create with no annotations', () => {
    const plan = planCheckRun(makeReport({ findings: [], fixes: [] }), { leg: '', headSha: SHA });
    expect(plan.batches).toEqual([[]]);
    expect(plan.conclusion).toBe('success');
    expect(plan.summary).toBe('## ✅ all 5 requirements satisfied\n');
  });
});

describe('the check-run summary', () => {
  test('verdict, then the findings on changed lines under their own heading, then the rest', () => {
    const changed = changedLinesOf([{ filename: 'requirements.txt', status: 'modified', patch: '@@ -4 +4 @@\n-psycopg2\n+psycopg2>=2.9' }]);
    const report = makeReport({ fixes: [] });
    const summary = renderCheckRunSummary({ ...report, findings: [report.findings[1], report.findings[0], ...report.findings.slice(2)] }, changed);
    expect(summary.split('\n')).toEqual([
      '## ❌ 3 errors block this merge',
      '',
      '**On lines this pull request changed** (1)',
      '',
      '| Code | Severity | Package | Where | Message | Fix |',
      '| --- | --- | --- | --- | --- | --- |',
      "| DG001 | error | psycopg2 | `requirements.txt:4` | psycopg2 is declared in requirements.txt but not installed | `/venv/bin/python -m pip install 'psycopg2>=2.9'` |",
      '',
      '**Elsewhere** (3)',
      '',
      '| Code | Severity | Package | Where | Message | Fix |',
      '| --- | --- | --- | --- | --- | --- |',
      "| DG002 | error | SQLAlchemy | `requirements.txt:3` | SQLAlchemy 2.0.54 is installed, but requirements.txt requires &gt;=2.1 | `/venv/bin/python -m pip install 'SQLAlchemy>=2.1'` |",
      "| DG003 | error | lxml | `requirements.txt:5` | import lxml failed: ImportError: libxml2.so.2: cannot open shared object file: No such file or directory | `/venv/bin/python -c 'import lxml'` |",
      '| DG101 | notice | pywin32 | `requirements.txt:6` | pywin32 is skipped: its marker sys\\_platform == "win32" is false here |  |',
      '',
    ]);
  });

  test('never over 65,535 characters: rows cut, and the cut announced with its count', () => {
    const many: Finding[] = numberedFindings(2000, 'error').map((f) => ({ ...f, message: `${f.name} ${'is wrong '.repeat(20)}` }));
    const summary = renderCheckRunSummary(makeReport({ findings: many }), undefined);
    expect(summary.length).toBeLessThanOrEqual(65_535);
    const rows = summary.split('\n').filter((line) => line.startsWith('| DG002'));
    const note = summary.split('\n').find((line) => line.startsWith('> ⚠️'));
    expect(note).toBe(`> ⚠️ ${2000 - rows.length} more findings are not listed here: a check run summary holds at most 65535 characters. The job summary and the JSON report list every finding.`);
    expect(summary.endsWith("```sh\n/venv/bin/python -m pip install 'SQLAlchemy>=2.1' 'psycopg2>=2.9'\n```\n")).toBe(true);
  });
});

describe('publishCheckRun, against the API double', () => {
  let double: GitHubApiDouble;
  beforeEach(async () => {
    double = await GitHubApiDouble.start();
  });
  afterEach(() => double.close());
  const client = () => createGitHubClient({ token: 'ghs_x', apiUrl: double.url, sleep: async () => {} });

  test('creates the run completed with the first 50 annotations, then appends 50 and 20', async () => {
    const plan = planCheckRun(makeReport({ findings: numberedFindings(120, 'error') }), { leg: '', headSha: SHA });
    const result = await publishCheckRun(client(), REPO, plan);
    expect(result).toEqual({ ok: true, id: double.checkRuns[0].id, url: `https://github.com/Codertocat/Hello-World/runs/${double.checkRuns[0].id}`, annotationsSent: 120 });
    expect(double.operations()).toEqual(['checks/create', 'checks/update', 'checks/update']);
    const [run] = double.checkRuns;
    expect([run.name, run.head_sha, run.status, run.conclusion, run.annotationBatches]).toEqual(['depgate', SHA, 'completed', 'failure', [50, 50, 20]]);
    expect(run.annotations.map((annotation) => annotation.start_line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(run.output.summary).toBe(plan.summary);
    expect(double.violations).toEqual([]);
  });

  test('a 403 on create: not created, the status and GitHub\'s message returned', async () => {
    double.forbid('checks/create');
    const result = await publishCheckRun(client(), REPO, planCheckRun(makeReport(), { leg: '', headSha: SHA }));
    expect(result).toEqual({ ok: false, status: 403, message: 'Resource not accessible by integration' });
    expect(double.checkRuns).toEqual([]);
  });

  test('a batch that fails after the create: the run stands, the lost annotations are counted', async () => {
    double.failNext('checks/update', 422);
    const result = await publishCheckRun(client(), REPO, planCheckRun(makeReport({ findings: numberedFindings(120, 'error') }), { leg: '', headSha: SHA }));
    expect(result).toEqual({ ok: false, status: 422, message: 'Validation Failed', created: { id: double.checkRuns[0].id, annotationsSent: 50, annotationsLost: 70 } });
    expect(double.checkRuns[0].conclusion).toBe('failure');
  });
});
