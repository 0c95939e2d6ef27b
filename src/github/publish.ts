// The surfaces that go through GitHub's API: the pull request's changed lines (to rank what is
// shown), the check run and the sticky comment. None of them can fail the step: a refusal becomes
// a warning and, for the check run, workflow-command annotations instead.

import type { Report } from '../model.js';
import type { ChangedLines } from './changed-lines.js';
import { rankChangedFirst } from './changed-lines.js';
import { planCheckRun, publishCheckRun } from './check-run.js';
import type { GitHubClient } from './client.js';
import { commentIntent, renderLegSection, upsertStickyComment, type CommentMode, type StickyCommentRequest } from './comment.js';
import type { GitHubEvent } from './event.js';
import { fetchChangedLines } from './pull-request.js';
import { apiWarnings, type ApiProblem } from './warnings.js';

export interface ApiSurfaceOptions {
  annotations: 'workflow-commands' | 'check-run' | 'off';
  comment: CommentMode;
  leg: string;
  event: GitHubEvent;
  /** Absent when the token input is empty: then nothing is sent. */
  client?: GitHubClient;
  /** The workflow run's page (its job summary holds every finding). */
  runUrl?: string;
  debug: (message: string) => void;
  /** Test seams for the comment's read-modify-write-verify rounds. */
  commentTiming?: Pick<StickyCommentRequest, 'settleMs' | 'settleJitterMs' | 'sleep' | 'random'>;
}

export interface ApiSurfaceResult {
  /** What the step itself still writes: workflow commands unless a check run carries them. */
  annotations: 'workflow-commands' | 'off';
  /** The report with the findings on the PR's changed lines first. */
  presented: Report;
  changed?: ChangedLines;
  warnings: string[];
}

export async function publishToGitHubApi(report: Report, options: ApiSurfaceOptions): Promise<ApiSurfaceResult> {
  const { client, event } = options;
  const repository = event.repository;
  const pullRequest = event.pullRequest;
  const changed = client && repository && pullRequest ? await fetchChangedLines(client, repository, pullRequest.number, options.debug) : undefined;
  const presented = changed ? { ...report, findings: rankChangedFirst(report.findings, changed) } : report;
  const problems: ApiProblem[] = [];
  let annotations: ApiSurfaceResult['annotations'] = options.annotations === 'check-run' ? 'off' : options.annotations;

  const checkRun = async (): Promise<void> => {
    if (options.annotations !== 'check-run') return;
    if (!client || !repository || !event.headSha) {
      annotations = 'workflow-commands';
      const missing = !client ? 'the token input is empty' : !repository ? 'GITHUB_REPOSITORY is not set' : 'no commit is known (GITHUB_SHA is not set)';
      problems.push({ feature: 'check-run', message: missing });
      return;
    }
    const result = await publishCheckRun(client, repository, planCheckRun(presented, { leg: options.leg, headSha: event.headSha, changed }));
    if (result.ok) return;
    if (result.created) {
      problems.push({ feature: 'check-run', status: result.status, message: result.message, annotationsLost: result.created.annotationsLost });
    } else {
      annotations = 'workflow-commands';
      problems.push({ feature: 'check-run', status: result.status, message: result.message });
    }
  };

  const comment = async (): Promise<void> => {
    const intent = commentIntent(options.comment, report);
    if (intent === 'skip' || !client || !repository) return;
    if (!pullRequest) {
      options.debug(`depgate: no pull request in this ${event.name || 'run'} event: no comment is written`);
      return;
    }
    const context = { leg: options.leg, changed, sha: pullRequest.headSha, runUrl: options.runUrl };
    const result = await upsertStickyComment(client, {
      repository,
      issueNumber: pullRequest.number,
      leg: options.leg,
      intent,
      renderSection: (maxChars) => renderLegSection(presented, intent, context, maxChars),
      ...options.commentTiming,
    });
    if (!result.ok) problems.push({ feature: 'comment', status: result.status, message: result.message });
  };

  await Promise.all([checkRun(), comment()]);
  // Problems in a fixed order (check run, then comment), whichever finished first.
  problems.sort((a, b) => (a.feature === b.feature ? 0 : a.feature === 'check-run' ? -1 : 1));
  return { annotations, presented, ...(changed ? { changed } : {}), warnings: apiWarnings(problems, { annotationsFellBack: annotations === 'workflow-commands' && options.annotations === 'check-run' }) };
}
