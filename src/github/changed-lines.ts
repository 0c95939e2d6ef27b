// Which lines a pull request added or modified, from the unified diffs the API gives per file, and
// the findings on those lines put first: what the author just wrote is what they can fix now.
// Pure: pull-request.ts fetches the files.

import type { Finding } from '../model.js';

/** One entry of GET /repos/{owner}/{repo}/pulls/{pull_number}/files (the fields used here). */
export interface PullRequestFile {
  filename: string;
  status: string;
  /** Absent for binary files and for diffs too large for the API. */
  patch?: string;
}

/** Per repository-relative path: the new-side line numbers the PR added or changed, or every line. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

/**
 * New-side line numbers of the `+` lines of a unified diff (GNU diffutils, "Detailed Unified"):
 * each hunk starts `@@ -l,s +l,s @@`; ` ` lines advance both sides, `+` the new one, `-` the old
 * one; `\ No newline at end of file` advances neither. A modified line is a `-` then a `+`: it
 * counts through its `+`. Malformed text yields the lines read before it.
 */
export function addedLines(patch: string): number[] {
  const lines: number[] = [];
  let next = 0;
  let inHunk = false;
  for (const line of patch.split('\n')) {
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
    if (hunk) {
      next = Number(hunk[1]);
      inHunk = true;
      continue;
    }
    if (!inHunk) continue;
    if (line.startsWith('+')) lines.push(next++);
    else if (line.startsWith(' ') || line === '') next += 1;
    // '-' lines and '\' markers do not exist on the new side.
  }
  return lines;
}

/**
 * A file the PR adds is changed everywhere, even when the API leaves its patch out (too large);
 * a modified file without a patch (binary, too large) has no known lines.
 */
export function changedLinesOf(files: PullRequestFile[]): ChangedLines {
  const changed: ChangedLines = new Map();
  for (const file of files) {
    if (file.status === 'removed') continue;
    if (file.status === 'added' && file.patch === undefined) {
      changed.set(file.filename, 'all');
      continue;
    }
    const lines = addedLines(file.patch ?? '');
    if (lines.length > 0) changed.set(file.filename, new Set(lines));
  }
  return changed;
}

/** Whether the finding sits on a line the PR added or modified (paths relative to the repository root). */
export function isOnChangedLine(finding: Finding, changed: ChangedLines): boolean {
  if (finding.file === undefined) return false;
  const lines = changed.get(finding.file);
  if (lines === undefined) return false;
  if (lines === 'all') return true;
  return finding.line !== undefined && lines.has(finding.line);
}

/**
 * Findings on changed lines first, then the rest, each group in the report's order (most severe
 * first); ignored findings stay last. Stable, so with no changed lines nothing moves.
 */
export function rankChangedFirst(findings: Finding[], changed: ChangedLines): Finding[] {
  const rank = (finding: Finding): number => (finding.ignored ? 2 : isOnChangedLine(finding, changed) ? 0 : 1);
  return findings
    .map((finding, index) => ({ finding, index, rank: rank(finding) }))
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.finding);
}
