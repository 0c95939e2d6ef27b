// The job summary: the whole report as GitHub-flavoured Markdown, the surface that holds what the
// annotations could not (PRODUCT.md, "Never lose the report"). Written once by the caller; built
// here as one string so its size is known before it is written (the toolkit's global summary
// buffer hides that, see STYLE.md on dependency-review-action).

import type { Finding, Report } from '../model.js';
import { MAX_JOB_SUMMARY_BYTES, fitUtf8Bytes, utf8Bytes } from './limits.js';
import { blockingErrorCount, countsPhrase, findingWhere, gateOutcome, plural } from './one-line.js';

/** A table cell longer than this is cut: one runaway message must not crowd out the others. */
export const MAX_SUMMARY_CELL_CHARS = 1000;
/**
 * Past this many rows the summary is long: rows that do not block (notices, ignored findings) are
 * collapsed into `<details>` blocks, so the errors and warnings are what a reader sees, and a
 * table of a thousand skipped requirements does not bury them.
 */
export const MAX_EXPANDED_SUMMARY_ROWS = 50;

export interface SummaryOptions {
  /** The size the summary must stay under; GitHub's limit unless a test says otherwise. */
  maxBytes?: number;
}

/** One table of the summary: its rows are what grows with the report; the rest is small and always shown. */
interface SummarySection {
  /** Lines before the table (a heading, or the opening of a `<details>` block). */
  open: string[];
  header: string[];
  rows: string[];
  /** Lines after the table (the close of a `<details>` block). */
  close: string[];
  omittedNote: (omitted: number) => string;
}

const FINDINGS_HEADER = ['| Code | Severity | Package | Required | Found | Where | Message | Fix |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
const IGNORED_HEADER = ['| Code | Package | Where | Reason |', '| --- | --- | --- | --- |'];

/**
 * The job summary, under `maxBytes` in every case. It degrades in steps, each only when needed:
 * the full tables; then, past MAX_EXPANDED_SUMMARY_ROWS rows or over the limit, notices and
 * ignored findings collapsed into `<details>` after the errors and warnings; then rows cut, most
 * severe kept, each cut announced with its count and a pointer to the JSON report.
 */
export function renderSummaryMarkdown(report: Report, options: SummaryOptions = {}): string {
  const maxBytes = options.maxBytes ?? MAX_JOB_SUMMARY_BYTES;
  const active = report.findings.filter((f) => !f.ignored);
  const ignored = report.findings.filter((f) => f.ignored);
  const head = [`## ${verdictHeading(report)}`, '', ...environmentLines(report), ''];
  const tail = [...fixLines(report), ...sourceLines(report)];

  const expanded = expandedSections(active, ignored);
  const expandedMarkdown = [...head, ...sectionsLines(expanded, Infinity), ...tail].join('\n');
  const long = active.length + ignored.length > MAX_EXPANDED_SUMMARY_ROWS || utf8Bytes(expandedMarkdown) > maxBytes;
  if (!long) return expandedMarkdown;

  const sections = collapsedSections(active, ignored);
  // Room is kept for each table's truncation note, so adding one can never push the summary over.
  const reserved =
    linesBytes([...head, ...tail]) +
    sections.reduce((sum, s) => sum + linesBytes([...s.open, ...s.header, '', s.omittedNote(s.rows.length), '', ...s.close]), 0);
  const markdown = [...head, ...sectionsLines(sections, maxBytes - reserved), ...tail].join('\n');
  // Only a report whose fixed parts alone are huge (thousands of sources, a giant fix command)
  // gets here; cut it rather than have GitHub drop the whole summary.
  return fitUtf8Bytes(markdown, maxBytes, `\n\n${truncationNote('The rest of this summary is')}\n`);
}

function expandedSections(active: Finding[], ignored: Finding[]): SummarySection[] {
  const sections: SummarySection[] = [
    { open: [], header: FINDINGS_HEADER, rows: active.map(findingRow), close: [], omittedNote: (n) => truncationNote(plural(n, 'more finding')) },
    { open: ['### Ignored', ''], header: IGNORED_HEADER, rows: ignored.map(ignoredRow), close: [], omittedNote: (n) => truncationNote(plural(n, 'more ignored finding')) },
  ];
  return sections.filter((section) => section.rows.length > 0);
}

/** Errors and warnings stay open; notices and ignored findings fold away, each under a count. */
function collapsedSections(active: Finding[], ignored: Finding[]): SummarySection[] {
  const blocking = active.filter((f) => f.severity !== 'notice');
  const notices = active.filter((f) => f.severity === 'notice');
  const details = (summary: string): string[] => [`<details><summary>${summary}</summary>`, ''];
  const sections: SummarySection[] = [
    { open: [], header: FINDINGS_HEADER, rows: blocking.map(findingRow), close: [], omittedNote: (n) => truncationNote(plural(n, 'more finding')) },
    {
      open: details(`${plural(notices.length, 'notice')} (not blocking)`),
      header: FINDINGS_HEADER,
      rows: notices.map(findingRow),
      close: ['</details>', ''],
      omittedNote: (n) => truncationNote(plural(n, 'more notice')),
    },
    {
      open: details(`${plural(ignored.length, 'ignored finding')}`),
      header: IGNORED_HEADER,
      rows: ignored.map(ignoredRow),
      close: ['</details>', ''],
      omittedNote: (n) => truncationNote(plural(n, 'more ignored finding')),
    },
  ];
  return sections.filter((section) => section.rows.length > 0);
}

/**
 * The sections' lines with as many rows as `room` bytes hold, in order: once one table is cut,
 * later tables show only their count, so what is shown is always the most severe.
 */
function sectionsLines(sections: SummarySection[], room: number): string[] {
  const lines: string[] = [];
  let left = room;
  let truncated = false;
  for (const section of sections) {
    const shown: string[] = [];
    if (!truncated) {
      for (const row of section.rows) {
        const size = linesBytes([row]);
        if (size > left) break;
        shown.push(row);
        left -= size;
      }
    }
    const omitted = section.rows.length - shown.length;
    if (omitted > 0) truncated = true;
    lines.push(...section.open, ...section.header, ...shown, '');
    if (omitted > 0) lines.push(section.omittedNote(omitted), '');
    lines.push(...section.close);
  }
  return lines;
}

function verdictHeading(report: Report): string {
  const mode = report.mode === 'warn' ? ' (warn mode)' : '';
  const { counts } = report;
  switch (gateOutcome(report)) {
    case 'failed': {
      const blocking = blockingErrorCount(report);
      if (blocking === 0) return `❌ depgate${mode}: gate failed`;
      return `❌ depgate${mode}: ${plural(blocking, 'error')} ${blocking === 1 ? 'blocks' : 'block'} this merge`;
    }
    case 'not-blocking':
      return `⚠️ depgate${mode}: ${plural(counts.error, 'error')} found, not blocking this merge`;
    case 'passed':
      if (counts.error > 0 || counts.warning > 0) {
        return `✅ depgate${mode}: passed with ${countsPhrase({ ...counts, notice: 0 }, { withIgnored: false })}`;
      }
      if (report.checked === 0) return `✅ depgate${mode}: no requirements to check`;
      if (report.checked === 1) return `✅ depgate${mode}: 1 requirement satisfied`;
      return `✅ depgate${mode}: all ${report.checked} requirements satisfied`;
  }
}

function environmentLines(report: Report): string[] {
  const python = report.environment.python;
  const interpreter =
    python === undefined
      ? '- **Python:** no interpreter was probed'
      : `- **Python:** ${markdownText(python.version)} at ${codeSpan(python.executable)} ` +
        `(requested ${codeSpan(python.requested)}, from ${markdownText(python.requestedFrom)}; prefix ${codeSpan(python.prefix)})`;
  const node = report.environment.node;
  const nodeLine = node === undefined
    ? []
    : [`- **Node:** ${markdownText(node.version)} at ${codeSpan(node.executable)} (requested ${codeSpan(node.requested)}, from ${markdownText(node.requestedFrom)}` +
      `${node.packageManager ? `; package manager ${markdownText(node.packageManager)}` : ''})`];
  const counts = countsPhrase(report.counts, { withIgnored: true });
  const checked = `- **Checked:** ${plural(report.checked, 'requirement')}${counts === '' ? ', no findings' : ` — ${counts}`}`;
  return [...(python === undefined && node !== undefined ? [] : [interpreter]), ...nodeLine, checked];
}

function findingRow(finding: Finding): string {
  return tableRow([
    finding.code,
    finding.severity,
    markdownText(finding.name),
    finding.required === undefined ? '—' : finding.required === '' ? 'any' : codeSpan(finding.required, { inTable: true }),
    finding.found === undefined ? '—' : codeSpan(finding.found, { inTable: true }),
    whereCell(finding),
    markdownText(finding.message),
    finding.fix === undefined || finding.fix === '' ? '' : codeSpan(finding.fix, { inTable: true }),
  ]);
}

function ignoredRow(finding: Finding): string {
  return tableRow([finding.code, markdownText(finding.name), whereCell(finding), markdownText(finding.ignored?.reason ?? '')]);
}

function whereCell(finding: Finding): string {
  const where = findingWhere(finding);
  return where === '' ? '—' : codeSpan(where, { inTable: true });
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function fixLines(report: Report): string[] {
  if (report.fixes.length === 0) return [];
  const lines = ['### Fix', ''];
  for (const fix of report.fixes) {
    if (report.fixes.length > 1) lines.push(`${markdownText(fix.ecosystem)}:`, '');
    const fence = codeFence(fix.command);
    lines.push(`${fence}sh`, fix.command, fence, '');
  }
  return lines;
}

function sourceLines(report: Report): string[] {
  const notes = report.notes ?? [];
  if (report.sources.length === 0 && notes.length === 0) return [];
  return [
    '### Sources',
    '',
    ...report.sources.map((source) => `- ${codeSpan(source)}`),
    ...(notes.length > 0 ? ['', 'How they were chosen:', '', ...notes.map((note) => `- ${markdownText(note)}`)] : []),
    '',
  ];
}

function truncationNote(what: string): string {
  return `> ⚠️ ${what} not shown here: GitHub limits a job summary to 1 MiB. The JSON report lists every finding.`;
}

function linesBytes(lines: string[]): number {
  return lines.reduce((sum, line) => sum + utf8Bytes(line) + 1, 0);
}

function cap(text: string): string {
  const chars = Array.from(text);
  return chars.length <= MAX_SUMMARY_CELL_CHARS ? text : `${chars.slice(0, MAX_SUMMARY_CELL_CHARS - 1).join('')}…`;
}

/**
 * Untrusted text (a package name, an exception message) shown as itself: HTML is escaped so it
 * cannot inject markup, Markdown punctuation is backslash-escaped so it cannot format or link,
 * `|` cannot end a table cell, and a line break stays inside its cell.
 */
export function markdownText(text: string): string {
  return cap(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
    .replace(/\r\n|\r|\n/g, '<br>')
    .trim();
}

/**
 * A code span that shows `text` exactly (CommonMark 6.1): the fence is one backtick longer than
 * the longest run inside, padded when the text starts or ends with a backtick or a space. In a
 * table `|` must still be escaped, even inside a code span (GFM tables extension).
 */
export function codeSpan(text: string, options: { inTable?: boolean } = {}): string {
  let content = cap(text).replace(/\r\n|\r|\n/g, ' ');
  if (options.inTable) content = content.replace(/\|/g, '\\|');
  if (content.trim() === '') return content === '' ? '' : `\`${content}\``;
  const fence = '`'.repeat(longestBacktickRun(content) + 1);
  const pad = /^[` ]|[` ]$/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** A fence no line of `text` can close: longer than any backtick run in it, at least three. */
function codeFence(text: string): string {
  return '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
}

// A loop, not Math.max(...runs): a hostile command with 100,000 runs would overflow the stack.
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}
