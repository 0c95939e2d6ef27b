import { describe, expect, test } from '@jest/globals';
import { apiWarnings, isPermissionProblem } from '../../src/github/warnings.js';

const FORBIDDEN = 'Resource not accessible by integration';

describe('apiWarnings', () => {
  test('a refused check run: one warning naming checks: write, and saying where the annotations went', () => {
    expect(apiWarnings([{ feature: 'check-run', status: 403, message: FORBIDDEN }], { annotationsFellBack: true })).toEqual([
      "depgate could not create the check run: GitHub answered 403 (Resource not accessible by integration). In the workflow's `permissions`, the check run needs `checks: write`; " +
        'a pull request from a fork only ever gets a read-only token under `pull_request`. The findings were annotated with workflow commands instead. The verdict is unchanged.',
    ]);
  });

  test('a refused comment: one warning naming pull-requests: write', () => {
    expect(apiWarnings([{ feature: 'comment', status: 403, message: FORBIDDEN }], { annotationsFellBack: false })).toEqual([
      "depgate could not write the pull request comment: GitHub answered 403 (Resource not accessible by integration). In the workflow's `permissions`, the comment needs `pull-requests: write`; " +
        'a pull request from a fork only ever gets a read-only token under `pull_request`. The verdict is unchanged.',
    ]);
  });

  test('both refused (a fork PR): still one warning, naming both permissions', () => {
    const warnings = apiWarnings(
      [
        { feature: 'check-run', status: 403, message: FORBIDDEN },
        { feature: 'comment', status: 403, message: FORBIDDEN },
      ],
      { annotationsFellBack: true },
    );
    expect(warnings).toEqual([
      'depgate could not create the check run or write the pull request comment: GitHub answered 403 (Resource not accessible by integration). ' +
        "In the workflow's `permissions`, the check run needs `checks: write` and the comment needs `pull-requests: write`; " +
        'a pull request from a fork only ever gets a read-only token under `pull_request`. The findings were annotated with workflow commands instead. The verdict is unchanged.',
    ]);
  });

  test('other failures each get their own warning, with what GitHub answered', () => {
    expect(
      apiWarnings(
        [
          { feature: 'check-run', status: 502, message: 'Bad Gateway' },
          { feature: 'comment', message: 'the token input is empty' },
          { feature: 'check-run', status: 422, message: 'Validation Failed', annotationsLost: 70 },
        ],
        { annotationsFellBack: true },
      ),
    ).toEqual([
      'depgate could not create the check run: GitHub answered 502 (Bad Gateway). The findings were annotated with workflow commands instead. The verdict is unchanged.',
      'depgate could not write the pull request comment: the token input is empty. The verdict is unchanged.',
      'depgate created the check run, but 70 of its annotations could not be added: GitHub answered 422 (Validation Failed). Every finding is in the job summary and the JSON report.',
    ]);
  });

  test('a 403 for a rate limit is not a permission problem; a 404 (a fine-grained token without access) is', () => {
    expect(isPermissionProblem({ feature: 'comment', status: 403, message: 'API rate limit exceeded for installation' })).toBe(false);
    expect(isPermissionProblem({ feature: 'comment', status: 404, message: 'Not Found' })).toBe(true);
    expect(apiWarnings([], { annotationsFellBack: false })).toEqual([]);
  });
});
