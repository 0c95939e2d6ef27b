// `annotations: check-run`: one check run named `depgate` (or `depgate (<leg>)`) on the commit the
// pull request shows, carrying every annotation, not only the 10 per severity a step may write.
// planCheckRun is pure; publishCheckRun sends the plan.

import type { Finding, Report } from '../model.js';
import { annotationLevel, annotationMessage, annotationTitle } from '../report/annotations.js';
import { MAX_CHECK_RUN_ANNOTATIONS_PER_REQUEST, MAX_CHECK_RUN_OUTPUT_CHARS } from '../report/limits.js';
import { gateOutcome, isPosition, renderOneLine } from '../report/one-line.js';
import type { ChangedLines } from './changed-lines.js';
import { messageOf, statusOf, type GitHubClient } from './client.js';
import { findingsBlocks, fitTables, fixLines, omittedFindings, verdictText } from './markdown.js';

export const CHECK_RUN_NAME = 'depgate';
/** A title is one line in GitHub's UI; the Checks API documents no limit, so depgate sets one. */
export const MAX_CHECK_RUN_TITLE_CHARS = 1000;

export type CheckRunConclusion = 'success' | 'failure' | 'neutral';

/** The check-run annotation object of the Checks API (`output.annotations[]`). */
export interface CheckRunAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  annotations: CheckRunAnnotation[];
}

export interface CheckRunPlan {
  name: string;
  headSha: string;
  conclusion: CheckRunConclusion;
  /** The create request carries the first batch; each update appends one more. */
  batches: CheckRunAnnotation[][];
  title: string;
  summary: string;
}

/** `depgate`, or `depgate (py3.12)` for a matrix leg: a required check is chosen by this name. */
export function checkRunName(leg: string): string {
  return leg === '' ? CHECK_RUN_NAME : `${CHECK_RUN_NAME} (${leg})`;
}

/** failure blocks; warn mode's errors are `neutral` (shown, not blocking); otherwise success. */
export function checkRunConclusion(report: Report): CheckRunConclusion {
  const outcome = gateOutcome(report);
  return outcome === 'failed' ? 'failure' : outcome === 'not-blocking' ? 'neutral' : 'success';
}

const LEVEL: Record<Finding['severity'], CheckRunAnnotation['annotation_level']> = { error: 'failure', warning: 'warning', notice: 'notice' };

/**
 * Every active finding that names a file (the Checks API needs a path and a line; a finding
 * without one, an input DG100, is in the summary). A file without a line is annotated on line 1.
 */
export function checkRunAnnotations(report: Report): CheckRunAnnotation[] {
  const annotations: CheckRunAnnotation[] = [];
  for (const finding of report.findings) {
    if (finding.ignored || finding.file === undefined || finding.file === '') continue;
    const line = isPosition(finding.line) ? finding.line : 1;
    annotations.push({
      path: finding.file,
      start_line: line,
      end_line: line,
      // "Annotations only support start_column and end_column on the same line" (Checks API).
      ...(isPosition(finding.line) && isPosition(finding.column) ? { start_column: finding.column, end_column: finding.column } : {}),
      annotation_level: LEVEL[annotationLevel(finding, report.mode)],
      title: annotationTitle(finding),
      message: annotationMessage(finding),
    });
  }
  return annotations;
}

/** Check-run summary: the verdict, the findings (changed lines first), the fix; within 65,535 characters. */
export function renderCheckRunSummary(report: Report, changed: ChangedLines | undefined, maxChars = MAX_CHECK_RUN_OUTPUT_CHARS): string {
  const head = [`## ${verdictText(report)}`, ''];
  const tail = fixLines(report);
  const note = (omitted: number, shown: number): string =>
    `> ⚠️ ${omittedFindings(omitted, shown)} not listed here: a check run summary holds at most ${MAX_CHECK_RUN_OUTPUT_CHARS} characters. The job summary and the JSON report list every finding.`;
  return (
    fitTables(head, findingsBlocks(report.findings, changed), tail, note, maxChars) ??
    fitTables(head, [], [], note, maxChars) ??
    head.join('\n').slice(0, maxChars)
  );
}

export function planCheckRun(report: Report, options: { leg: string; headSha: string; changed?: ChangedLines }): CheckRunPlan {
  const annotations = checkRunAnnotations(report);
  const batches: CheckRunAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += MAX_CHECK_RUN_ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + MAX_CHECK_RUN_ANNOTATIONS_PER_REQUEST));
  }
  const title = Array.from(renderOneLine(report));
  return {
    name: checkRunName(options.leg),
    headSha: options.headSha,
    conclusion: checkRunConclusion(report),
    batches: batches.length > 0 ? batches : [[]],
    title: title.length <= MAX_CHECK_RUN_TITLE_CHARS ? title.join('') : `${title.slice(0, MAX_CHECK_RUN_TITLE_CHARS - 1).join('')}…`,
    summary: renderCheckRunSummary(report, options.changed),
  };
}

export type CheckRunResult =
  | { ok: true; id: number; url?: string; annotationsSent: number }
  /** `created`: the run exists but some batches were lost (their annotations are in the summary). */
  | { ok: false; status?: number; message: string; created?: { id: number; annotationsSent: number; annotationsLost: number } };

/**
 * Created `completed` with the first batch, then one PATCH per further batch ("Each time you
 * update the check run, annotations are appended", Checks API, "Update a check run"). Created
 * completed rather than in_progress: if a later batch fails, the check still has its verdict
 * instead of hanging a required check forever.
 */
export async function publishCheckRun(client: GitHubClient, repository: { owner: string; repo: string }, plan: CheckRunPlan): Promise<CheckRunResult> {
  let id: number;
  let url: string | undefined;
  try {
    const created = await client.rest.checks.create({
      ...repository,
      name: plan.name,
      head_sha: plan.headSha,
      status: 'completed',
      conclusion: plan.conclusion,
      output: { title: plan.title, summary: plan.summary, annotations: plan.batches[0] },
    });
    id = created.data.id;
    url = created.data.html_url ?? undefined;
  } catch (error) {
    return { ok: false, status: statusOf(error), message: messageOf(error) };
  }
  let sent = plan.batches[0].length;
  for (const batch of plan.batches.slice(1)) {
    try {
      await client.rest.checks.update({ ...repository, check_run_id: id, output: { title: plan.title, summary: plan.summary, annotations: batch } });
      sent += batch.length;
    } catch (error) {
      const total = plan.batches.reduce((sum, b) => sum + b.length, 0);
      return { ok: false, status: statusOf(error), message: messageOf(error), created: { id, annotationsSent: sent, annotationsLost: total - sent } };
    }
  }
  return { ok: true, id, ...(url ? { url } : {}), annotationsSent: sent };
}
