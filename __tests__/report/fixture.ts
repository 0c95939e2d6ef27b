// A realistic report for the renderers: the SQLAlchemy outage, a missing driver, a broken wheel,
// a requirement skipped by its marker, and an ignored mismatch. Built the way the judge builds
// one (findings most severe first, ignored last; counts not counting ignored ones).

import type { Finding, Report } from '../../src/model.js';

export const PYTHON = {
  requested: '.venv/bin/python',
  requestedFrom: './.venv',
  executable: '/venv/bin/python',
  version: '3.12.3',
  prefix: '/venv',
};

export function finding(fields: Partial<Finding> & Pick<Finding, 'code' | 'name'>): Finding {
  return {
    kind: 'version-mismatch',
    severity: 'error',
    ecosystem: 'python',
    message: `${fields.name} is wrong`,
    ...fields,
  };
}

export const SQLALCHEMY_MISMATCH = finding({
  code: 'DG002',
  kind: 'version-mismatch',
  name: 'SQLAlchemy',
  required: '>=2.1',
  found: '2.0.54',
  file: 'requirements.txt',
  line: 3,
  column: 1,
  message: 'SQLAlchemy 2.0.54 is installed, but requirements.txt requires >=2.1',
  fix: "/venv/bin/python -m pip install 'SQLAlchemy>=2.1'",
});

export const PSYCOPG2_MISSING = finding({
  code: 'DG001',
  kind: 'missing',
  name: 'psycopg2',
  required: '>=2.9',
  file: 'requirements.txt',
  line: 4,
  column: 1,
  message: 'psycopg2 is declared in requirements.txt but not installed',
  fix: "/venv/bin/python -m pip install 'psycopg2>=2.9'",
});

export const LXML_IMPORT_FAILED = finding({
  code: 'DG003',
  kind: 'import-failed',
  name: 'lxml',
  required: '',
  found: '5.2.1',
  file: 'requirements.txt',
  line: 5,
  column: 1,
  message: 'import lxml failed: ImportError: libxml2.so.2: cannot open shared object file: No such file or directory',
  fix: "/venv/bin/python -c 'import lxml'",
});

export const PYWIN32_SKIPPED = finding({
  code: 'DG101',
  kind: 'skipped',
  severity: 'notice',
  name: 'pywin32',
  required: '>=306',
  file: 'requirements.txt',
  line: 6,
  column: 1,
  message: 'pywin32 is skipped: its marker sys_platform == "win32" is false here',
});

export const URLLIB3_IGNORED = finding({
  code: 'DG002',
  kind: 'version-mismatch',
  name: 'urllib3',
  required: '<2',
  found: '2.2.1',
  file: 'requirements.txt',
  line: 7,
  column: 1,
  message: 'urllib3 2.2.1 is installed, but requirements.txt requires <2',
  fix: "/venv/bin/python -m pip install 'urllib3<2'",
  ignored: { reason: 'pinned by boto until 2027' },
});

export const COMBINED_FIX = "/venv/bin/python -m pip install 'SQLAlchemy>=2.1' 'psycopg2>=2.9'";

/** Counts as the judge computes them: per severity without the ignored, and the ignored apart. */
export function countsOf(findings: Finding[]): Report['counts'] {
  const counts = { error: 0, warning: 0, notice: 0, ignored: 0 };
  for (const f of findings) {
    if (f.ignored) counts.ignored += 1;
    else counts[f.severity] += 1;
  }
  return counts;
}

/** A report over `findings` (default: the realistic five); passed unless an error blocks. */
export function makeReport(overrides: Partial<Report> = {}): Report {
  const findings = overrides.findings ?? [
    SQLALCHEMY_MISMATCH,
    PSYCOPG2_MISSING,
    LXML_IMPORT_FAILED,
    PYWIN32_SKIPPED,
    URLLIB3_IGNORED,
  ];
  const counts = overrides.counts ?? countsOf(findings);
  const mode = overrides.mode ?? 'enforce';
  const blocking = findings.some(
    (f) => !f.ignored && f.severity === 'error' && (mode === 'enforce' || f.code === 'DG100'),
  );
  return {
    passed: !blocking,
    mode,
    findings,
    checked: 5,
    environment: { python: PYTHON },
    fixes: [{ ecosystem: 'python', command: COMBINED_FIX }],
    counts,
    sources: ['requirements.txt', 'depgate.yml'],
    ...overrides,
  };
}

/** `count` findings of one severity at requirements.txt lines 1.., named pkg01, pkg02, ... */
export function numberedFindings(count: number, severity: Finding['severity'], firstLine = 1): Finding[] {
  return Array.from({ length: count }, (_, i) =>
    finding({
      code: severity === 'notice' ? 'DG101' : 'DG002',
      kind: severity === 'notice' ? 'skipped' : 'version-mismatch',
      severity,
      name: `pkg${String(firstLine + i).padStart(2, '0')}`,
      file: 'requirements.txt',
      line: firstLine + i,
      column: 1,
      message: `pkg${String(firstLine + i).padStart(2, '0')} is wrong`,
    }),
  );
}
