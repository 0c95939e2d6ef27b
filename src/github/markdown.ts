// The Markdown the API surfaces share (check-run summary, PR comment): a verdict line and the
// findings table, changed lines first, fitted into a character budget with a note saying how
// many rows did not fit and where they are. Pure.

import type { Finding, Report } from '../model.js';
import { blockingErrorCount, countsPhrase, findingWhere, gateOutcome, plural } from '../report/one-line.js';
import { codeSpan, markdownText } from '../report/summary.js';
import { isOnChangedLine, type ChangedLines } from './changed-lines.js';

/** "❌ 2 errors block this merge", "⚠️ 2 errors found, not blocking this merge", "✅ all 5 requirements satisfied". */
export function verdictText(report: Report): string {
  const mode = report.mode === 'warn' ? ' (warn mode)' : '';
  switch (gateOutcome(report)) {
    case 'failed': {
      const blocking = blockingErrorCount(report);
      if (blocking === 0) return `❌ gate failed${mode}`;
      return `❌ ${plural(blocking, 'error')} ${blocking === 1 ? 'blocks' : 'block'} this merge${mode}`;
    }
    case 'not-blocking':
      return `⚠️ ${plural(report.counts.error, 'error')} found, not blocking this merge${mode}`;
    case 'passed': {
      const { counts } = report;
      if (counts.error > 0 || counts.warning > 0) return `✅ passed with ${countsPhrase({ ...counts, notice: 0 }, { withIgnored: false })}${mode}`;
      if (report.checked === 1) return `✅ 1 requirement satisfied${mode}`;
      return `✅ all ${report.checked} requirements satisfied${mode}`;
    }
  }
}

export const TABLE_HEADER = ['| Code | Severity | Package | Where | Message | Fix |', '| --- | --- | --- | --- | --- | --- |'];

export function findingRow(finding: Finding): string {
  const where = findingWhere(finding);
  const cells = [
    finding.code,
    finding.severity,
    finding.name === '' ? '—' : markdownText(finding.name),
    where === '' ? '—' : codeSpan(where, { inTable: true }),
    markdownText(finding.message),
    finding.fix === undefined || finding.fix === '' ? '' : codeSpan(finding.fix, { inTable: true }),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** A block of lines that is shown whole or not at all, and rows that may be cut. */
export interface TableBlock {
  heading: string[];
  rows: string[];
}

/**
 * The findings (active ones, in the order given) as one table, or two when some are on lines
 * the PR changed: those first, under their own heading.
 */
export function findingsBlocks(findings: Finding[], changed: ChangedLines | undefined): TableBlock[] {
  const active = findings.filter((finding) => !finding.ignored);
  if (active.length === 0) return [];
  const onChanged = changed ? active.filter((finding) => isOnChangedLine(finding, changed)) : [];
  if (onChanged.length === 0) return [{ heading: TABLE_HEADER, rows: active.map(findingRow) }];
  const elsewhere = active.filter((finding) => !onChanged.includes(finding));
  const blocks: TableBlock[] = [
    { heading: [`**On lines this pull request changed** (${onChanged.length})`, '', ...TABLE_HEADER], rows: onChanged.map(findingRow) },
  ];
  if (elsewhere.length > 0) {
    blocks.push({ heading: [`**Elsewhere** (${elsewhere.length})`, '', ...TABLE_HEADER], rows: elsewhere.map(findingRow) });
  }
  return blocks;
}

/**
 * `head`, the blocks and `tail` joined, with as many rows as fit in `maxChars` (UTF-16 units,
 * never fewer than GitHub's own count of characters); the rows left out are announced by
 * `omittedNote(omitted, shown)`. Undefined when even the head, the tail and the note do not fit.
 */
export function fitTables(
  head: string[],
  blocks: TableBlock[],
  tail: string[],
  omittedNote: (omitted: number, shown: number) => string,
  maxChars: number,
): string | undefined {
  const size = (lines: string[]): number => lines.reduce((sum, line) => sum + line.length + 1, 0);
  const total = blocks.reduce((sum, block) => sum + block.rows.length, 0);
  // Room for every heading and the note is kept, so that adding the note never pushes it over.
  let room = maxChars - size(head) - size(tail) - size([omittedNote(total, total), '']) - blocks.reduce((sum, block) => sum + size([...block.heading, '']), 0);
  if (room < 0) return undefined;
  const body: string[] = [];
  let omitted = 0;
  let shownRows = 0;
  for (const block of blocks) {
    const shown: string[] = [];
    for (const row of block.rows) {
      if (omitted === 0 && row.length + 1 <= room) {
        shown.push(row);
        room -= row.length + 1;
      } else {
        omitted += 1;
      }
    }
    if (shown.length > 0) body.push(...block.heading, ...shown, '');
    shownRows += shown.length;
  }
  if (omitted > 0) body.push(omittedNote(omitted, shownRows), '');
  return [...head, ...body, ...tail].join('\n').replace(/\n+$/, '\n');
}

/** "3 more findings are", "1 finding is" (when none was shown). */
export function omittedFindings(omitted: number, shown: number): string {
  return `${omitted}${shown > 0 ? ' more' : ''} ${omitted === 1 ? 'finding is' : 'findings are'}`;
}

/** The combined fix lines, fenced so that no command can close its block. */
export function fixLines(report: Report): string[] {
  if (report.fixes.length === 0) return [];
  const lines: string[] = [];
  for (const fix of report.fixes) {
    let fence = '```';
    while (fix.command.includes(fence)) fence += '`';
    lines.push(...(report.fixes.length > 1 ? [`${markdownText(fix.ecosystem)}:`, ''] : []), `${fence}sh`, fix.command, fence, '');
  }
  return lines;
}
