// The action's output edge: writes a finished Report to the runner's surfaces — workflow-command
// annotations and warnings on stdout, the job summary file (written once, never through
// @actions/core's global summary buffer), the step outputs, the JSON report file, and the JUnit
// and SARIF files when asked for.
import { appendFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as core from '@actions/core';
import type { Finding, Report } from '../model.js';
import { renderWorkflowCommands, workflowCommand } from './annotations.js';
import { renderSummaryMarkdown } from './summary.js';
import { renderFindingsJson, renderJsonReport } from './json.js';
import { renderOneLine } from './one-line.js';
import { renderJunit } from './junit.js';
import { renderSarif } from './sarif.js';
import { MAX_OUTPUT_BYTES, fitUtf8Bytes, utf8Bytes } from './limits.js';
import { DEPGATE_VERSION } from '../command-line.js';

export interface GitHubSurfaces {
  annotations: 'workflow-commands' | 'off';
  /** GITHUB_STEP_SUMMARY; absent when run outside a runner. */
  summaryPath?: string;
  /** Where the JSON report is written (the `report` output). */
  reportPath: string;
  /** The `junit-file` and `sarif-file` inputs, resolved. */
  junitPath?: string;
  sarifPath?: string;
  /**
   * The report in the order people should read it (findings on the lines the pull request
   * changed first): annotations and the job summary use it. The JSON report and the outputs
   * keep the report's own order, which is the documented contract.
   */
  presented?: Report;
  /** Told once each, as `::warning::` lines (a refused check run or comment). */
  warnings?: string[];
  writeLine: (line: string) => void;
}

export async function publishToGitHub(report: Report, surfaces: GitHubSurfaces): Promise<void> {
  const presented = surfaces.presented ?? report;
  // First: a warning is an annotation too, and the runner keeps only the first 10 per step; the
  // one that says why the check run or the comment is missing must not be the one dropped.
  for (const warning of surfaces.warnings ?? []) surfaces.writeLine(workflowCommand('warning', [], warning));
  if (surfaces.annotations === 'workflow-commands') {
    // core.setFailed below writes one more error annotation when the gate fails.
    for (const line of renderWorkflowCommands(presented, { reservedErrorSlots: report.passed ? 0 : 1, reservedWarningSlots: surfaces.warnings?.length ?? 0 })) surfaces.writeLine(line);
  }
  if (surfaces.summaryPath) await appendFile(surfaces.summaryPath, renderSummaryMarkdown(presented));
  await writeFile(surfaces.reportPath, renderJsonReport(report));
  if (surfaces.junitPath) await writeCreatingDirectory(surfaces.junitPath, renderJunit(report));
  if (surfaces.sarifPath) await writeCreatingDirectory(surfaces.sarifPath, renderSarif(report, { toolVersion: DEPGATE_VERSION }));
  const oneLine = fitUtf8Bytes(renderOneLine(report), MAX_OUTPUT_BYTES);
  core.setOutput('passed', String(report.passed));
  core.setOutput('summary', oneLine);
  core.setOutput('findings', renderFindingsOutput(report.findings, surfaces.reportPath));
  core.setOutput('report', surfaces.reportPath);
  surfaces.writeLine(oneLine);
  if (!report.passed) core.setFailed(oneLine);
}

async function writeCreatingDirectory(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

/** The entry that ends a cut `findings` output: still JSON, still an array, and it says so. */
export interface FindingsOutputTruncation {
  truncated: true;
  /** How many findings follow in the JSON report and are not in this array. */
  omitted: number;
  /** The JSON report, which holds them all. */
  report: string;
}

/**
 * The `findings` output: the JSON array of findings when it fits in an output (1 MB, see
 * MAX_OUTPUT_BYTES); otherwise the first findings that fit, then one FindingsOutputTruncation
 * entry, so that `fromJSON(steps.depgate.outputs.findings)` still parses.
 */
export function renderFindingsOutput(findings: Finding[], reportPath: string, maxBytes = MAX_OUTPUT_BYTES): string {
  const whole = renderFindingsJson(findings);
  if (utf8Bytes(whole) <= maxBytes) return whole;
  const render = (kept: number): string => {
    const marker: FindingsOutputTruncation = { truncated: true, omitted: findings.length - kept, report: reportPath };
    const head = renderFindingsJson(findings.slice(0, kept));
    return `${head.slice(0, -1)}${kept > 0 ? ',' : ''}${JSON.stringify(marker)}]`;
  };
  // The largest prefix that fits: the size grows with the prefix, so bisect.
  let low = 0;
  let high = findings.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (utf8Bytes(render(middle)) <= maxBytes) low = middle;
    else high = middle - 1;
  }
  return render(low);
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
