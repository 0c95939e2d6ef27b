// The JSON report and the `findings` output: the machine-readable contract (PRODUCT.md, Surfaces).
// Every object is rebuilt key by key, so the order of keys is the contract's and not whatever
// order the judge happened to set them in; absent values are left out, never written as null.

import type { Finding, Report, RuntimeSummary } from '../model.js';

/** The JSON report: `{ passed, findings, checked, environment, mode, counts, fixes, sources, notes? }`, pretty-printed. */
export function renderJsonReport(report: Report): string {
  const document = {
    passed: report.passed,
    findings: report.findings.map(findingJson),
    checked: report.checked,
    environment: environmentJson(report.environment),
    mode: report.mode,
    counts: {
      error: report.counts.error,
      warning: report.counts.warning,
      notice: report.counts.notice,
      ignored: report.counts.ignored,
    },
    fixes: report.fixes.map((fix) => ({ ecosystem: fix.ecosystem, command: fix.command })),
    sources: [...report.sources],
    ...(report.notes && report.notes.length > 0 ? { notes: [...report.notes] } : {}),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** The `findings` output: the same finding objects as the report, on one line. */
export function renderFindingsJson(findings: Finding[]): string {
  return JSON.stringify(findings.map(findingJson));
}

const FINDING_KEYS: (keyof Finding)[] = [
  'code', 'kind', 'severity', 'ecosystem', 'name', 'required', 'found',
  'file', 'line', 'column', 'message', 'fix', 'ignored',
];

function findingJson(finding: Finding): Finding {
  const ordered: Record<string, unknown> = {};
  for (const key of FINDING_KEYS) {
    const value = key === 'ignored' ? ignoredJson(finding.ignored) : finding[key];
    if (value !== undefined) ordered[key] = value;
  }
  return ordered as unknown as Finding;
}

function ignoredJson(ignored: Finding['ignored']): Finding['ignored'] {
  return ignored === undefined ? undefined : { reason: ignored.reason };
}

function environmentJson(environment: Report['environment']): Report['environment'] {
  return {
    ...(environment.python === undefined ? {} : { python: runtimeJson(environment.python) }),
    ...(environment.node === undefined ? {} : { node: runtimeJson(environment.node) }),
  };
}

function runtimeJson(runtime: RuntimeSummary): RuntimeSummary {
  return {
    requested: runtime.requested,
    requestedFrom: runtime.requestedFrom,
    executable: runtime.executable,
    version: runtime.version,
    prefix: runtime.prefix,
    ...(runtime.packageManager === undefined ? {} : { packageManager: runtime.packageManager }),
  };
}
