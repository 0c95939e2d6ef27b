// `comment`: one sticky pull-request comment, found by a hidden marker, in which each matrix leg
// owns a section. Legs run concurrently and the API has no compare-and-swap for comment bodies,
// so every write is read → modify → write → verify, and retried when a concurrent leg's write
// erased it. The body is built by pure functions; upsertStickyComment does the I/O.

import type { Report } from '../model.js';
import { MAX_COMMENT_BODY_CHARS } from '../report/limits.js';
import { renderOneLine } from '../report/one-line.js';
import { markdownText } from '../report/summary.js';
import type { ChangedLines } from './changed-lines.js';
import { messageOf, statusOf, type GitHubClient } from './client.js';
import { findingsBlocks, fitTables, fixLines, omittedFindings, verdictText } from './markdown.js';

export const COMMENT_MODES = ['never', 'on-failure', 'always'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** The first line of depgate's comment: how it is found again (hidden when rendered). */
export const COMMENT_MARKER = '<!-- depgate -->';
export const LEG_END_MARKER = '<!-- /depgate:leg -->';

/** How many read-modify-write-verify rounds a leg tries before giving up with a warning. */
export const MAX_COMMENT_ATTEMPTS = 5;
/**
 * Wait between a write and its verification, plus up to SETTLE_JITTER_MS at random: a concurrent
 * leg whose read came before this write lands its own write within this window, and the random
 * part keeps two legs from retrying in lockstep.
 */
export const SETTLE_MS = 1000;
export const SETTLE_JITTER_MS = 500;

/**
 * `write`: this leg's section is written (created if needed). `resolve`: the gate passed in
 * on-failure mode; a section this leg wrote before becomes "resolved", and nothing is created.
 */
export type CommentIntent = 'write' | 'resolve' | 'skip';

export function commentIntent(mode: CommentMode, report: Report): CommentIntent {
  if (mode === 'never') return 'skip';
  if (mode === 'always' || !report.passed) return 'write';
  return 'resolve';
}

/** `<!-- depgate:leg=py3.12 -->`: the leg name is URI-encoded, so no name can end the HTML comment. */
export function legStartMarker(leg: string): string {
  return `<!-- depgate:leg=${encodeURIComponent(leg)} -->`;
}

const SECTION = /<!-- depgate:leg=([^\s>]*) -->[\s\S]*?<!-- \/depgate:leg -->/g;

/** Each leg's section of a comment body, keyed by leg name, markers included. */
export function parseSections(body: string): Map<string, string> {
  const sections = new Map<string, string>();
  for (const match of body.matchAll(SECTION)) {
    let leg: string;
    try {
      leg = decodeURIComponent(match[1]);
    } catch {
      continue;
    }
    if (!sections.has(leg)) sections.set(leg, match[0]);
  }
  return sections;
}

/**
 * The comment body with `leg`'s section set to `section` and every other leg's section kept,
 * sections ordered by leg name so the layout does not depend on which leg wrote first.
 */
export function composeCommentBody(existing: string | undefined, leg: string, section: string): string {
  const sections = parseSections(existing ?? '');
  sections.set(leg, section);
  const ordered = [...sections.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, text]) => text);
  return `${[COMMENT_MARKER, ...ordered].join('\n')}\n`;
}

export interface SectionContext {
  leg: string;
  changed?: ChangedLines;
  /** The commit the gate ran on, shown abbreviated. */
  sha?: string;
  /** The workflow run, whose job summary holds every finding. */
  runUrl?: string;
}

/**
 * This leg's section, within `maxChars`: the verdict with the findings table (rows cut to fit,
 * with a note), else the verdict and the one-line summary only; undefined when not even that fits.
 */
export function renderLegSection(report: Report, intent: 'write' | 'resolve', context: SectionContext, maxChars: number): string | undefined {
  const start = legStartMarker(context.leg);
  const name = context.leg === '' ? 'depgate' : `depgate (${markdownText(context.leg)})`;
  const footer = footerLines(context);
  const wrap = (inner: string | undefined): string | undefined => {
    if (inner === undefined) return undefined;
    const section = `${start}\n${inner}${LEG_END_MARKER}`;
    return section.length <= maxChars ? section : undefined;
  };
  const innerBudget = maxChars - start.length - LEG_END_MARKER.length - 1;
  const oneLine = markdownText(renderOneLine(report));
  if (intent === 'resolve') {
    return wrap(`### ✅ ${name}: resolved\n\nThe problems reported here before are fixed. ${oneLine}\n\n${footer.join('\n')}`);
  }
  const head = [`### ${verdictText(report).replace(/^(\S+) /, `$1 ${name}: `)}`, ''];
  const note = (omitted: number, shown: number): string =>
    `> ⚠️ ${omittedFindings(omitted, shown)} not listed here (a comment holds at most ${MAX_COMMENT_BODY_CHARS} characters): see the job summary.`;
  const full = fitTables(head, findingsBlocks(report.findings, context.changed), [...fixLines(report), ...footer], note, innerBudget);
  if (full !== undefined) return wrap(full);
  return wrap(`${[...head, oneLine, '', ...footer].join('\n')}\n`);
}

function footerLines(context: SectionContext): string[] {
  const parts: string[] = [];
  if (context.sha) parts.push(`commit ${context.sha.slice(0, 7)}`);
  if (context.runUrl) parts.push(`[job summary](${context.runUrl})`);
  return parts.length === 0 ? [] : [`<sub>${parts.join(' · ')}</sub>`, ''];
}

export interface StickyCommentRequest {
  repository: { owner: string; repo: string };
  issueNumber: number;
  leg: string;
  intent: 'write' | 'resolve';
  /** This leg's section within the characters left by the others' sections. */
  renderSection: (maxChars: number) => string | undefined;
  settleMs?: number;
  settleJitterMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export type StickyCommentResult =
  | { ok: true; action: 'created' | 'updated' | 'unchanged' | 'skipped'; id?: number }
  | { ok: false; status?: number; message: string };

interface MarkedComment {
  id: number;
  body: string;
}

export async function upsertStickyComment(client: GitHubClient, request: StickyCommentRequest): Promise<StickyCommentResult> {
  const { repository, issueNumber, leg } = request;
  const sleep = request.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const random = request.random ?? Math.random;
  const settle = (): Promise<void> => sleep((request.settleMs ?? SETTLE_MS) + Math.floor(random() * (request.settleJitterMs ?? SETTLE_JITTER_MS)));

  const listMarked = async (): Promise<MarkedComment[]> => {
    const comments = await client.paginate(client.rest.issues.listComments, { ...repository, issue_number: issueNumber, per_page: 100 });
    return comments
      .filter((comment) => (comment.body ?? '').startsWith(COMMENT_MARKER))
      .map((comment) => ({ id: comment.id, body: comment.body ?? '' }))
      .sort((a, b) => a.id - b.id);
  };
  const sectionFor = (existing: string | undefined): string => {
    const budget = MAX_COMMENT_BODY_CHARS - composeCommentBody(existing, leg, '').length;
    const section = request.renderSection(budget);
    if (section === undefined) throw new Error(`the other legs' sections leave ${budget} characters of the ${MAX_COMMENT_BODY_CHARS} a comment may hold; not enough for this leg's`);
    return section;
  };

  try {
    for (let attempt = 0; attempt < MAX_COMMENT_ATTEMPTS; attempt++) {
      const [canonical] = await listMarked();
      let target: number;
      let section: string;
      let action: 'created' | 'updated';
      if (canonical === undefined) {
        if (request.intent === 'resolve') return { ok: true, action: 'skipped' };
        section = sectionFor(undefined);
        const created = await client.rest.issues.createComment({ ...repository, issue_number: issueNumber, body: composeCommentBody(undefined, leg, section) });
        await settle();
        // Two legs that both found no comment both created one: the oldest is the comment, the
        // newer one is deleted by the leg that made it, which then writes into the oldest.
        const [oldest] = await listMarked();
        if (oldest !== undefined && oldest.id !== created.data.id) {
          await ignoringGone(client.rest.issues.deleteComment({ ...repository, comment_id: created.data.id }));
          continue;
        }
        target = created.data.id;
        action = 'created';
      } else {
        if (request.intent === 'resolve' && !parseSections(canonical.body).has(leg)) return { ok: true, action: 'skipped' };
        section = sectionFor(canonical.body);
        const body = composeCommentBody(canonical.body, leg, section);
        if (body === canonical.body) return { ok: true, action: 'unchanged', id: canonical.id };
        // Deleted since it was read (404): read again.
        if ((await ignoringGone(client.rest.issues.updateComment({ ...repository, comment_id: canonical.id, body }))) === 'gone') continue;
        await settle();
        target = canonical.id;
        action = 'updated';
      }
      const now = await ignoringGone(client.rest.issues.getComment({ ...repository, comment_id: target }));
      if (now !== 'gone' && parseSections(now.data.body ?? '').get(leg) === section) return { ok: true, action, id: target };
      // A concurrent leg wrote a body it had read before this write landed: write again.
    }
    return { ok: false, message: `this leg's section was overwritten by concurrent writers ${MAX_COMMENT_ATTEMPTS} times in a row` };
  } catch (error) {
    return { ok: false, status: statusOf(error), message: messageOf(error) };
  }
}

/** A comment deleted by someone else between two requests answers 404: not an error here. */
async function ignoringGone<T>(request: Promise<T>): Promise<T | 'gone'> {
  try {
    return await request;
  } catch (error) {
    if (statusOf(error) === 404) return 'gone';
    throw error;
  }
}
