// What the step says when GitHub refuses a write: a warning, never a failure (PRODUCT.md, "Never
// lose the report": a read-only token degrades the presentation, not the verdict). Refusals for
// lack of permission are gathered into one warning that names each permission to grant.

export type ApiFeature = 'check-run' | 'comment';

export interface ApiProblem {
  feature: ApiFeature;
  /** HTTP status; absent when no answer came (or the failure was depgate's own). */
  status?: number;
  message: string;
  /** For a check run whose later annotation batches failed: how many were lost. */
  annotationsLost?: number;
}

/** The `permissions:` key each feature needs in the workflow. */
export const FEATURE_PERMISSION: Record<ApiFeature, string> = {
  'check-run': 'checks: write',
  comment: 'pull-requests: write',
};

const FEATURE_NAME: Record<ApiFeature, string> = {
  'check-run': 'create the check run',
  comment: 'write the pull request comment',
};

/**
 * 403 is "Resource not accessible by integration" (the token lacks the permission, always so for
 * a fork's pull_request); a fine-grained token without access gets 404 instead. A 403 about a
 * rate limit is not a permission problem.
 * Source: https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api
 */
export function isPermissionProblem(problem: ApiProblem): boolean {
  if (problem.status === 403) return !/rate limit/i.test(problem.message);
  return problem.status === 404 && problem.annotationsLost === undefined;
}

/** The warnings to print, one for all permission refusals and one per other failure. */
export function apiWarnings(problems: ApiProblem[], options: { annotationsFellBack: boolean }): string[] {
  const warnings: string[] = [];
  const refused = problems.filter(isPermissionProblem);
  if (refused.length > 0) {
    const answers = [...new Set(refused.map((problem) => `${problem.status} (${problem.message})`))].join(', ');
    const features = refused.map((problem) => FEATURE_NAME[problem.feature]).join(' or ');
    const needs = refused.map((problem) => `the ${problem.feature === 'check-run' ? 'check run' : 'comment'} needs \`${FEATURE_PERMISSION[problem.feature]}\``).join(' and ');
    warnings.push(
      `depgate could not ${features}: GitHub answered ${answers}. In the workflow's \`permissions\`, ${needs}; ` +
        'a pull request from a fork only ever gets a read-only token under `pull_request`.' +
        (options.annotationsFellBack && refused.some((problem) => problem.feature === 'check-run') ? ' The findings were annotated with workflow commands instead.' : '') +
        ' The verdict is unchanged.',
    );
  }
  for (const problem of problems.filter((candidate) => !isPermissionProblem(candidate))) {
    const answer = problem.status === undefined ? problem.message : `GitHub answered ${problem.status} (${problem.message})`;
    if (problem.annotationsLost !== undefined) {
      warnings.push(`depgate created the check run, but ${problem.annotationsLost} of its annotations could not be added: ${answer}. Every finding is in the job summary and the JSON report.`);
    } else {
      const fallback = problem.feature === 'check-run' && options.annotationsFellBack ? ' The findings were annotated with workflow commands instead.' : '';
      warnings.push(`depgate could not ${FEATURE_NAME[problem.feature]}: ${answer}.${fallback} The verdict is unchanged.`);
    }
  }
  return warnings;
}
