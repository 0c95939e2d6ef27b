// Every GitHub limit a report surface must respect, each with where it is documented. A limit
// degrades the presentation, never the verdict (PRODUCT.md, "Never lose the report"): what does
// not fit on one surface is announced there and found whole on the next (job summary, JSON).

/**
 * "GitHub Actions are limited to 10 warning annotations and 10 error annotations per step."
 * Source: REST API, Checks, "Update a check run", `output.annotations`:
 * https://docs.github.com/en/rest/checks/runs#update-a-check-run
 * Annotations beyond it are silently dropped (community report of the behaviour:
 * https://github.com/orgs/community/discussions/68471).
 */
export const MAX_ERROR_ANNOTATIONS_PER_STEP = 10;
/** Same source as MAX_ERROR_ANNOTATIONS_PER_STEP. */
export const MAX_WARNING_ANNOTATIONS_PER_STEP = 10;
/**
 * GitHub's documentation names no notice limit; runners cap notices per step the same way as
 * errors and warnings (observed, and so documented by tools that hit it), so we assume 10: an
 * unannounced drop would be worse than one notice too few.
 */
export const MAX_NOTICE_ANNOTATIONS_PER_STEP = 10;
/**
 * 50 annotations per job, summed over its steps. Not in GitHub's documentation; reported by
 * GitHub staff on the old community forum and relayed by reviewdog
 * (https://github.com/reviewdog/reviewdog, "Limitation" in its GitHub Actions reporter).
 * The per-step limits above add up to 30, so one depgate step stays within it.
 */
export const MAX_ANNOTATIONS_PER_JOB = 50;

/**
 * Annotation title: "The maximum size is 255 characters."
 * Source: https://docs.github.com/en/rest/checks/runs#update-a-check-run (`annotations[].title`).
 * Workflow-command annotations become check-run annotations, so the same caps apply.
 */
export const MAX_ANNOTATION_TITLE_CHARS = 255;
/** Annotation message: "The maximum size is 64 KB." Same source, `annotations[].message`. */
export const MAX_ANNOTATION_MESSAGE_BYTES = 64 * 1024;
/** "The Checks API limits the number of annotations to a maximum of 50 per API request." Same source. */
export const MAX_CHECK_RUN_ANNOTATIONS_PER_REQUEST = 50;
/**
 * Check run `output.summary` and `output.text`: "Maximum length: 65535 characters."
 * Source: https://docs.github.com/en/rest/checks/runs#create-a-check-run
 */
export const MAX_CHECK_RUN_OUTPUT_CHARS = 65535;

/**
 * "Job summaries are isolated between steps and each step is restricted to a maximum size of
 * 1MiB. [...] If more than 1MiB of content is added for a step, then the upload for the step will
 * fail and an error annotation will be created."
 * Source: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands#step-isolation-and-limits
 */
export const MAX_JOB_SUMMARY_BYTES = 1024 * 1024;
/** "A maximum of 20 job summaries from steps are displayed per job." Same source. */
export const MAX_JOB_SUMMARIES_DISPLAYED_PER_JOB = 20;

/**
 * "Outputs are Unicode strings, and can be a maximum of 1 MB. The total of all outputs in a
 * workflow run can be a maximum of 50 MB." Applies to the `findings` and `summary` outputs.
 * Source: https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-syntax#jobsjob_idoutputs
 */
export const MAX_OUTPUT_BYTES = 1024 * 1024;
export const MAX_OUTPUTS_PER_RUN_BYTES = 50 * 1024 * 1024;

/**
 * Issue and pull-request comment bodies: the REST and GraphQL APIs answer 422
 * "Body is too long (maximum is 65536 characters)". Not stated on the endpoint pages; the
 * number is the API's own error message (https://docs.github.com/en/rest/issues/comments).
 */
export const MAX_COMMENT_BODY_CHARS = 65536;

/**
 * `text` cut so that it and `marker` fit in `maxBytes` of UTF-8, never inside a character;
 * unchanged when it already fits. GitHub counts these limits in bytes, JavaScript in UTF-16 units.
 */
export function fitUtf8Bytes(text: string, maxBytes: number, marker = '…'): string {
  if (utf8Bytes(text) <= maxBytes) return text;
  const budget = maxBytes - utf8Bytes(marker);
  if (budget <= 0) return '';
  let used = 0;
  let end = 0;
  for (const char of text) {
    const size = codePointUtf8Bytes(char.codePointAt(0) ?? 0);
    if (used + size > budget) break;
    used += size;
    end += char.length;
  }
  return text.slice(0, end) + marker;
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function codePointUtf8Bytes(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  // A lone surrogate is written as U+FFFD, three bytes, like the BMP.
  if (codePoint < 0x10000) return 3;
  return 4;
}
