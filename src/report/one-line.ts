// The verdict in one line (the `summary` output, setFailed, the last line a log shows), and the
// words for it that every surface shares, so the heading of the job summary, the terminal's
// verdict line and this line never disagree about what happened.

import type { Finding, Report, Severity } from '../model.js';

/** How many findings one line names before "and N more": enough to act on, short enough to read. */
export const MAX_NAMES_IN_ONE_LINE = 5;

/** What the gate decided, as people say it. */
export type GateOutcome = 'passed' | 'failed' | 'not-blocking';

export function gateOutcome(report: Report): GateOutcome {
  if (!report.passed) return 'failed';
  // warn mode lets errors through (except DG100); saying "passed" there would hide them.
  if (report.mode === 'warn' && report.counts.error > 0) return 'not-blocking';
  return 'passed';
}

/**
 * The errors that stop the merge: all of them in enforce mode; in warn mode only DG100, which
 * always blocks (PRODUCT.md, Findings).
 */
export function blockingErrorCount(report: Report): number {
  if (report.mode === 'enforce') return report.counts.error;
  return report.findings.filter((f) => !f.ignored && f.severity === 'error' && f.code === 'DG100').length;
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'notice'];

/** "2 errors, 1 notice, 1 ignored": only the non-zero counts, most severe first. */
export function countsPhrase(counts: Report['counts'], options: { withIgnored: boolean }): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => plural(counts[s], s));
  if (options.withIgnored && counts.ignored > 0) parts.push(`${counts.ignored} ignored`);
  return parts.join(', ');
}

/**
 * Text from a manifest, a package or an exception, made safe to sit on one line: control
 * characters and line breaks would split an output value or a log line (and ESC would let a
 * hostile package name colour or rewrite a terminal).
 */
export function singleLine(text: string): string {
  return text.replace(/[\s\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

/** "DG002 SQLAlchemy"; a finding about no package (a DG100 line) is named by where it is. */
export function findingLabel(finding: Finding): string {
  const subject = finding.name !== '' ? finding.name : findingWhere(finding);
  return singleLine(subject === '' ? finding.code : `${finding.code} ${subject}`);
}

/** "requirements.txt:3", "requirements.txt", or '' when the finding has no file. */
export function findingWhere(finding: Finding): string {
  if (finding.file === undefined || finding.file === '') return '';
  return isPosition(finding.line) ? `${finding.file}:${finding.line}` : finding.file;
}

export function isPosition(value: number | undefined): value is number {
  return value !== undefined && Number.isInteger(value) && value > 0;
}

function namedList(findings: Finding[]): string {
  // By code, so the same kind of problem reads together (DG001 missing before DG002 mismatch).
  const labels = [...findings].sort((a, b) => a.code.localeCompare(b.code)).map(findingLabel);
  const shown = labels.slice(0, MAX_NAMES_IN_ONE_LINE);
  const more = labels.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : shown.join(', ');
}

export function renderOneLine(report: Report): string {
  const { counts } = report;
  const active = report.findings.filter((f) => !f.ignored);
  // Name the most severe problems only: errors when there are any, else warnings.
  const namedSeverity: Severity | undefined =
    counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : undefined;

  const outcome = gateOutcome(report);
  const parts: string[] = [];
  if (namedSeverity === undefined) {
    // A notice can be a requirement skipped by its marker: "satisfied" would overstate it.
    const state = outcome === 'failed' || counts.notice > 0 ? 'checked' : 'satisfied';
    parts.push(`${plural(report.checked, 'requirement')} ${state}`);
  }
  for (const severity of SEVERITIES) {
    if (counts[severity] === 0) continue;
    const named = severity === namedSeverity ? active.filter((f) => f.severity === severity) : [];
    const phrase = plural(counts[severity], severity);
    parts.push(named.length > 0 ? `${phrase} (${namedList(named)})` : phrase);
  }
  if (counts.ignored > 0) parts.push(`${counts.ignored} ignored`);

  const verdict =
    outcome === 'failed' ? 'gate failed' : outcome === 'not-blocking' ? 'not blocking (warn mode)' : 'gate passed';
  return `depgate: ${parts.join(', ')} — ${verdict}`;
}
