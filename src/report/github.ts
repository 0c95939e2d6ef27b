// The action's output edge: writes a finished Report to the runner's surfaces — workflow-command
// annotations on stdout, the job summary file (written once, never through @actions/core's
// global summary buffer), the step outputs, and the JSON report file.
import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { Report } from '../model.js';
import { renderWorkflowCommands } from './annotations.js';
import { renderSummaryMarkdown } from './summary.js';
import { renderFindingsJson, renderJsonReport } from './json.js';
import { renderOneLine } from './one-line.js';

export interface GitHubSurfaces {
  annotations: 'workflow-commands' | 'off';
  /** GITHUB_STEP_SUMMARY; absent when run outside a runner. */
  summaryPath?: string;
  /** Where the JSON report is written (the `report` output). */
  reportPath: string;
  writeLine: (line: string) => void;
}

export async function publishToGitHub(report: Report, surfaces: GitHubSurfaces): Promise<void> {
  if (surfaces.annotations === 'workflow-commands') {
    // core.setFailed below writes one more error annotation when the gate fails.
    for (const line of renderWorkflowCommands(report, { reservedErrorSlots: report.passed ? 0 : 1 })) surfaces.writeLine(line);
  }
  if (surfaces.summaryPath) await appendFile(surfaces.summaryPath, renderSummaryMarkdown(report));
  await writeFile(surfaces.reportPath, renderJsonReport(report));
  const oneLine = renderOneLine(report);
  core.setOutput('passed', String(report.passed));
  core.setOutput('summary', oneLine);
  core.setOutput('findings', renderFindingsJson(report.findings));
  core.setOutput('report', surfaces.reportPath);
  surfaces.writeLine(oneLine);
  if (!report.passed) core.setFailed(oneLine);
}

/**
 * GitHub resolves annotation paths from the repository root, while findings are relative to the
 * working directory; re-root every file so `working-directory: app` still annotates app/requirements.txt.
 */
export function relativeToRepository(report: Report, cwd: string, repositoryRoot: string): Report {
  const reroot = (file: string): string => path.relative(repositoryRoot, path.resolve(cwd, file)).split(path.sep).join('/');
  if (path.resolve(cwd) === path.resolve(repositoryRoot)) return report;
  return {
    ...report,
    findings: report.findings.map((finding) => (finding.file ? { ...finding, file: reroot(finding.file) } : finding)),
    sources: report.sources.map(reroot),
  };
}
