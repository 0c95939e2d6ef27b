// The files a pull request changed, with their patches (GET /repos/{owner}/{repo}/pulls/{n}/files,
// every page: the API lists at most 3,000 files). Only ranks what is shown first, so a token that
// cannot read it (a fine-grained token without pull-requests: read) costs nothing but the ranking.

import { changedLinesOf, type ChangedLines, type PullRequestFile } from './changed-lines.js';
import { messageOf, type GitHubClient } from './client.js';

export async function fetchChangedLines(
  client: GitHubClient,
  repository: { owner: string; repo: string },
  pullNumber: number,
  debug: (message: string) => void,
): Promise<ChangedLines | undefined> {
  try {
    const files = await client.paginate(client.rest.pulls.listFiles, { ...repository, pull_number: pullNumber, per_page: 100 });
    const entries: PullRequestFile[] = files.map((file) => ({ filename: file.filename, status: file.status, ...(file.patch === undefined ? {} : { patch: file.patch }) }));
    return changedLinesOf(entries);
  } catch (error) {
    debug(`depgate: the files of pull request #${pullNumber} could not be read (${messageOf(error)}); findings are shown in their usual order`);
    return undefined;
  }
}
