// All findings → the verdict every surface shows: ignore rules applied, order, counts, the
// combined fix line per ecosystem, and passed/failed. Pure.
import type { Ecosystem, Finding, GateMode, Report, Severity, SpecProblem } from '../model.js';
import type { IgnoreRule } from '../config/schema.js';
import { canonicalizeName } from '../versions/pep503.js';
import { ALWAYS_BLOCKING, FINDING_CODES } from './finding-codes.js';
import { shellCommand } from './shell-quote.js';

export interface VerdictInput {
  findings: Finding[];
  mode: GateMode;
  checked: number;
  environment: Report['environment'];
  sources: string[];
  notes?: string[];
  ignore: IgnoreRule[];
  /** Per ecosystem, the command that installs packages for the probed runtime (`python -m pip install`). */
  installCommands?: Partial<Record<Ecosystem, string[]>>;
  /** Per ecosystem, a command to run before the install (creating a venv), joined with `&&`. */
  installSetups?: Partial<Record<Ecosystem, string>>;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

export function problemToFinding(problem: SpecProblem): Finding {
  return {
    code: problem.code,
    kind: FINDING_CODES[problem.code].kind,
    severity: FINDING_CODES[problem.code].severity,
    ecosystem: 'depgate',
    name: problem.subject ?? problem.source?.file ?? '',
    file: problem.source?.file,
    line: problem.source?.line,
    column: problem.source?.column,
    message: problem.message,
  };
}

export function buildReport(input: VerdictInput): Report {
  const findings = input.findings.map((finding) => applyIgnore(finding, input.ignore)).sort(compareFindings);
  const active = findings.filter((finding) => !finding.ignored);
  const blocks = (finding: Finding): boolean =>
    finding.severity === 'error' && (input.mode === 'enforce' || ALWAYS_BLOCKING.includes(finding.code));
  const count = (severity: Severity): number => active.filter((finding) => finding.severity === severity).length;
  return {
    passed: !active.some(blocks),
    mode: input.mode,
    findings,
    checked: input.checked,
    environment: input.environment,
    fixes: combinedFixes(active, input.installCommands ?? {}, input.installSetups ?? {}),
    counts: { error: count('error'), warning: count('warning'), notice: count('notice'), ignored: findings.length - active.length },
    sources: input.sources,
    ...(input.notes && input.notes.length > 0 ? { notes: input.notes } : {}),
  };
}

function applyIgnore(finding: Finding, rules: IgnoreRule[]): Finding {
  if (ALWAYS_BLOCKING.includes(finding.code)) return finding;
  // Python names compare in their PEP 503 form (urllib3 = URLLib3); every other name as written.
  const comparable = (name: string): string => (finding.ecosystem === 'python' ? canonicalizeName(name) : name);
  const rule = rules.find((candidate) => candidate.code === finding.code && comparable(candidate.name) === comparable(finding.name));
  return rule ? { ...finding, ignored: { reason: rule.reason } } : finding;
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    Number(Boolean(a.ignored)) - Number(Boolean(b.ignored)) ||
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    // A spec error means part of the spec was not checked at all: it leads, within the few annotations GitHub shows.
    Number(b.code === 'DG100') - Number(a.code === 'DG100') ||
    (a.file ?? '').localeCompare(b.file ?? '') ||
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    a.code.localeCompare(b.code)
  );
}

/** One install command per ecosystem for everything missing or mismatched, so a developer fixes all at once. */
function combinedFixes(active: Finding[], installCommands: Partial<Record<Ecosystem, string[]>>, setups: Partial<Record<Ecosystem, string>>): Report['fixes'] {
  const fixes: Report['fixes'] = [];
  for (const [ecosystem, command] of Object.entries(installCommands) as [Ecosystem, string[]][]) {
    const words: string[] = [];
    for (const finding of active) {
      if (finding.ecosystem !== ecosystem || !finding.install) continue;
      for (const word of finding.install) {
        // `-e` flags repeat; package arguments once each.
        if (word === '-e' || !words.includes(word)) words.push(word);
      }
    }
    const setup = setups[ecosystem];
    if (words.length > 0) fixes.push({ ecosystem, command: `${setup ? `${setup} && ` : ''}${shellCommand([...command, ...words])}` });
  }
  return fixes;
}
