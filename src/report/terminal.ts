// `depgate check` on a terminal: an aligned table of findings, each with its message on its own
// indented line (messages are long; a column of them would wrap every row), the fix commands,
// and a verdict line last, where the eye lands when the command returns.

import type { Finding, Report, Severity } from '../model.js';
import { countsPhrase, findingWhere, gateOutcome, plural, singleLine } from './one-line.js';

/** A column cell longer than this is cut with "…", so one long name cannot push the table apart. */
export const MAX_TERMINAL_CELL_CHARS = 40;
/** A message longer than this is cut: enough for an exception's first line and its context. */
export const MAX_TERMINAL_MESSAGE_CHARS = 500;

const INDENT = '       ';

// SGR codes (ECMA-48 8.3.117). Only ever emitted when the caller asked for colour.
const SGR = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  red: '\u001b[31m',
  green: '\u001b[32m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
} as const;

const SEVERITY_COLOR: Record<Severity, keyof typeof SGR> = { error: 'red', warning: 'yellow', notice: 'cyan' };

export interface TerminalOptions {
  /** Decided by the caller (a TTY, and NO_COLOR unset); false means no escape code at all. */
  color: boolean;
}

export function renderTerminal(report: Report, opts: TerminalOptions): string {
  const paint = (style: keyof typeof SGR, text: string): string =>
    opts.color && text !== '' ? `${SGR[style]}${text}${SGR.reset}` : text;

  const lines: string[] = [];
  const runtimes = ([['Python', report.environment.python], ['Node', report.environment.node]] as const).filter(([, runtime]) => runtime !== undefined);
  for (const [label, runtime] of runtimes) {
    lines.push(
      paint(
        'dim',
        `${label} ${terminalText(runtime!.version)} at ${terminalText(runtime!.executable)} ` +
          `(requested ${terminalText(runtime!.requested)}, from ${terminalText(runtime!.requestedFrom)}; ` +
          (runtime!.packageManager ? `package manager ${terminalText(runtime!.packageManager)})` : `prefix ${terminalText(runtime!.prefix)})`),
      ),
    );
  }
  if (runtimes.length > 0) lines.push('');

  const active = report.findings.filter((f) => !f.ignored);
  const ignored = report.findings.filter((f) => f.ignored);

  if (active.length > 0) {
    const header = ['CODE', 'SEVERITY', 'PACKAGE', 'REQUIRED', 'FOUND', 'WHERE'];
    const rows = active.map((f) => [
      f.code,
      f.severity,
      cell(f.name),
      f.required === undefined ? '—' : f.required === '' ? 'any' : cell(f.required),
      f.found === undefined ? '—' : cell(f.found),
      cell(findingWhere(f)) || '—',
    ]);
    const widths = columnWidths([header, ...rows]);
    lines.push(paint('bold', alignRow(header, widths)));
    active.forEach((finding, index) => {
      const color = SEVERITY_COLOR[finding.severity];
      const [code, ...rest] = padCells(rows[index], widths);
      lines.push([paint(color, code), ...rest].join('  '));
      for (const line of messageLines(finding.message)) lines.push(`${INDENT}${line}`);
      const fix = ownFixLine(finding, report);
      if (fix !== undefined) lines.push(`${INDENT}${paint('dim', fix)}`);
    });
    lines.push('');
  }

  if (ignored.length > 0) {
    lines.push(paint('bold', 'Ignored:'));
    const rows = ignored.map((f) => [f.code, cell(f.name), cell(findingWhere(f)) || '—', terminalText(f.ignored?.reason ?? '')]);
    const widths = columnWidths(rows);
    for (const row of rows) lines.push(paint('dim', `  ${alignRow(row, widths)}`));
    lines.push('');
  }

  if (report.fixes.length > 0) {
    lines.push(paint('bold', 'Fix:'));
    for (const fix of report.fixes) lines.push(`  ${terminalText(fix.command)}`);
    lines.push('');
  }

  if (report.sources.length > 0) lines.push(paint('dim', `Read: ${report.sources.map(terminalText).join(', ')}`));
  lines.push(verdictLine(report, paint));
  return `${lines.join('\n')}\n`;
}

function verdictLine(report: Report, paint: (style: keyof typeof SGR, text: string) => string): string {
  const counts = countsPhrase(report.counts, { withIgnored: true });
  switch (gateOutcome(report)) {
    case 'failed':
      return paint('red', `✖ gate failed${counts === '' ? '' : `: ${counts}`}`);
    case 'not-blocking':
      return paint('yellow', `⚠ not blocking (warn mode): ${counts}`);
    case 'passed': {
      const checked = `${plural(report.checked, 'requirement')} checked`;
      return paint('green', `✔ gate passed: ${counts === '' ? checked : `${checked}, ${counts}`}`);
    }
  }
}

/**
 * The finding's own command, when the combined fix below the table does not already run it:
 * that line installs everything DG001/DG002 asked for, per ecosystem (Report.fixes).
 */
function ownFixLine(finding: Finding, report: Report): string | undefined {
  if (finding.fix === undefined || finding.fix === '') return undefined;
  const coveredByCombinedFix =
    (finding.code === 'DG001' || finding.code === 'DG002') && report.fixes.some((fix) => fix.ecosystem === finding.ecosystem);
  if (coveredByCombinedFix) return undefined;
  const label = finding.code === 'DG003' || finding.code === 'DG004' ? 'reproduce' : 'fix';
  return `${label}: ${terminalText(finding.fix)}`;
}

/** Text from a manifest or an exception, with every control character (ESC above all) removed. */
function terminalText(text: string): string {
  return singleLine(text);
}

function cell(text: string): string {
  return truncate(terminalText(text), MAX_TERMINAL_CELL_CHARS);
}

function messageLines(message: string): string[] {
  const lines = truncate(message, MAX_TERMINAL_MESSAGE_CHARS)
    .split(/\r\n|\r|\n/)
    .map(terminalText)
    .filter((line) => line !== '');
  return lines;
}

function truncate(text: string, maxChars: number): string {
  const chars = Array.from(text);
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars - 1).join('')}…`;
}

function columnWidths(rows: string[][]): number[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((text, i) => {
      widths[i] = Math.max(widths[i] ?? 0, Array.from(text).length);
    });
  }
  return widths;
}

/** Cells two spaces apart, each padded to its column; the last is not padded. */
function alignRow(cells: string[], widths: number[]): string {
  return padCells(cells, widths).join('  ');
}

function padCells(cells: string[], widths: number[]): string[] {
  return cells.map((text, i) => (i === cells.length - 1 ? text : text + ' '.repeat(widths[i] - Array.from(text).length)));
}
