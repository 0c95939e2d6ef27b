// Findings as GitHub workflow commands (`::error file=…,line=…::message`): the marks on the
// manifest lines of a pull request. GitHub shows only a few per step, so the most severe go
// first and one closing notice says what was left out and where the whole list is.

import type { Finding, Report, Severity } from '../model.js';
import {
  MAX_ANNOTATION_MESSAGE_BYTES,
  MAX_ANNOTATION_TITLE_CHARS,
  MAX_ERROR_ANNOTATIONS_PER_STEP,
  MAX_NOTICE_ANNOTATIONS_PER_STEP,
  MAX_WARNING_ANNOTATIONS_PER_STEP,
  fitUtf8Bytes,
} from './limits.js';
import { isPosition, plural } from './one-line.js';

const LIMIT_PER_STEP: Record<Severity, number> = {
  error: MAX_ERROR_ANNOTATIONS_PER_STEP,
  warning: MAX_WARNING_ANNOTATIONS_PER_STEP,
  notice: MAX_NOTICE_ANNOTATIONS_PER_STEP,
};

const SEVERITIES: Severity[] = ['error', 'warning', 'notice'];

/**
 * The workflow commands for a report, one per line, without the trailing newline.
 * Ignored findings are never annotated. Findings are expected most severe first (Report order).
 * `reservedErrorSlots`: error annotations the caller will add itself (the action's
 * `core.setFailed` line is one), so that they too stay within the per-step limit; likewise
 * `reservedWarningSlots` for warnings printed before these (a missing permission).
 */
export function renderWorkflowCommands(report: Report, options: { reservedErrorSlots?: number; reservedWarningSlots?: number } = {}): string[] {
  const annotated = report.findings
    .filter((finding) => !finding.ignored)
    .map((finding) => ({ finding, level: annotationLevel(finding, report.mode) }));

  const total = countBy(annotated.map((a) => a.level));
  const overflows = SEVERITIES.some((s) => total[s] > LIMIT_PER_STEP[s]);
  // The closing notice is a notice too: keep a place for it under the notice limit.
  const reservedErrors = options.reservedErrorSlots ?? 0;
  const reservedWarnings = options.reservedWarningSlots ?? 0;
  const overflowing = overflows || total.error > LIMIT_PER_STEP.error - reservedErrors || total.warning > LIMIT_PER_STEP.warning - reservedWarnings;
  const limit = {
    error: Math.max(0, LIMIT_PER_STEP.error - reservedErrors),
    warning: Math.max(0, LIMIT_PER_STEP.warning - reservedWarnings),
    notice: LIMIT_PER_STEP.notice - (overflowing ? 1 : 0),
  };

  const lines: string[] = [];
  const emitted = countBy([]);
  const leftOut = countBy([]);
  for (const { finding, level } of annotated) {
    if (emitted[level] < limit[level]) {
      emitted[level] += 1;
      lines.push(workflowCommand(level, annotationProperties(finding), annotationMessage(finding)));
    } else {
      leftOut[level] += 1;
    }
  }
  if (SEVERITIES.some((s) => leftOut[s] > 0)) {
    lines.push(workflowCommand('notice', [], overflowMessage(leftOut)));
  }
  return lines;
}

/**
 * warn mode does not block, so its errors are shown as warnings (no red marks on a PR that may
 * merge); DG100 still blocks there, and stays an error.
 */
export function annotationLevel(finding: Finding, mode: Report['mode']): Severity {
  if (mode === 'warn' && finding.severity === 'error' && finding.code !== 'DG100') return 'warning';
  return finding.severity;
}

function annotationProperties(finding: Finding): [string, string][] {
  const properties: [string, string][] = [];
  // A position needs its file; a column needs its line (GitHub ignores them otherwise).
  if (finding.file !== undefined && finding.file !== '') {
    properties.push(['file', finding.file]);
    if (isPosition(finding.line)) {
      properties.push(['line', String(finding.line)]);
      if (isPosition(finding.column)) properties.push(['col', String(finding.column)]);
    }
  }
  properties.push(['title', annotationTitle(finding)]);
  return properties;
}

/** "DG002 version-mismatch: SQLAlchemy", at most 255 characters (Checks API). */
export function annotationTitle(finding: Finding): string {
  const title = finding.name !== '' ? `${finding.code} ${finding.kind}: ${finding.name}` : `${finding.code} ${finding.kind}`;
  const chars = Array.from(title);
  return chars.length <= MAX_ANNOTATION_TITLE_CHARS ? title : `${chars.slice(0, MAX_ANNOTATION_TITLE_CHARS - 1).join('')}…`;
}

/** The message and the command that fixes it; for DG003 the command reproduces the failure. */
export function annotationMessage(finding: Finding): string {
  let message = finding.message;
  if (finding.fix !== undefined && finding.fix !== '') {
    const label = finding.code === 'DG003' || finding.code === 'DG004' ? 'Reproduce' : 'Fix';
    const separator = /[.!?]\s*$/.test(message) ? ' ' : '. ';
    message = `${message.trimEnd()}${message.trim() === '' ? '' : separator}${label}: ${finding.fix}`;
  }
  return fitUtf8Bytes(message, MAX_ANNOTATION_MESSAGE_BYTES);
}

function overflowMessage(leftOut: Record<Severity, number>): string {
  const parts = SEVERITIES.filter((s) => leftOut[s] > 0).map((s) => plural(leftOut[s], s));
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  const verb = SEVERITIES.reduce((n, s) => n + leftOut[s], 0) === 1 ? 'was' : 'were';
  const limits = new Set(SEVERITIES.map((s) => LIMIT_PER_STEP[s]));
  const shown =
    limits.size === 1
      ? `${LIMIT_PER_STEP.error} annotations of each severity`
      : SEVERITIES.map((s) => `${LIMIT_PER_STEP[s]} ${s}`).join(', ') + ' annotations';
  return (
    `depgate: ${list} ${verb} not annotated (GitHub shows at most ${shown} per step); ` +
    'every finding is in the job summary and the JSON report.'
  );
}

function countBy(levels: Severity[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, notice: 0 };
  for (const level of levels) counts[level] += 1;
  return counts;
}

/** `::name key=value,key=value::message`, escaped exactly as @actions/core's command.ts does. */
export function workflowCommand(name: string, properties: [string, string][], message: string): string {
  const props = properties
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',');
  return `::${name}${props === '' ? '' : ` ${props}`}::${escapeData(message)}`;
}

// actions/toolkit packages/core/src/command.ts: `%` first, so an escape is never escaped twice.
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
