// The machine's leg of the gate: environment variables, services, database drivers (and real
// connections) and command probes. Services, databases and commands are probed at the same time
// (a service's retry window should not delay the rest); commands run one after another, in the
// order declared, since one may prepare for the next. Every finding is masked before it leaves.
import type { EcosystemCheck } from './check.js';
import type { Finding, ImportResult } from '../model.js';
import type { CommandsSpec, DatabasesSpec, EnvSpec, ServicesSpec } from '../config/machine-sections.js';
import { judgeCommand, judgeDatabase, judgeEnv, judgeService, planDatabase, refusedCommand, type DatabasePlan } from '../judge/machine.js';
import { probeTcp } from '../probes/tcp.js';
import { runCommandProbe } from '../probes/commands.js';
import { probeDatabaseConnect } from '../probes/database-connect.js';
import { probeImports } from '../probes/python/imports.js';
import { maskSecrets, secretsOf } from '../report/mask.js';

export interface MachineSpec {
  env: EnvSpec;
  services: ServicesSpec;
  databases: DatabasesSpec;
  commands: CommandsSpec;
}

export interface MachineContext {
  cwd: string;
  env: Record<string, string | undefined>;
  /** The gate's per-probe timeout; an entry's own `timeout` wins. */
  timeoutMs: number;
  /** The app's interpreter and what it has installed (from the Python leg). */
  python?: { executable: string; distributions: { canonicalName: string; version: string; importNames: string[] }[] };
  /** What the app's package.json files declare (from the Node leg). */
  nodeRequirements?: { name: string }[];
  /** Imports modules in the app's interpreter; defaults to the Python leg's import probe on `python.executable`. */
  importProbe?: (modules: string[]) => Promise<ImportResult[]>;
  /** GITHUB_EVENT_NAME. */
  eventName?: string;
  /** The workflow's `allow-commands: true`. */
  allowCommands?: boolean;
  /** Whether the commands come from the pull request's own depgate.yml (assumed when unknown). */
  commandsFromPullRequest?: boolean;
}

/** The event under which a pull request's own commands would run with the base repository's secrets. */
export const PRIVILEGED_PULL_REQUEST_EVENT = 'pull_request_target';

export async function checkMachine(spec: MachineSpec, context: MachineContext): Promise<EcosystemCheck> {
  const secondsOr = (seconds: number | undefined): number => (seconds !== undefined ? seconds * 1000 : context.timeoutMs);

  const services = Promise.all(spec.services.map(async (entry) => {
    const timeoutMs = secondsOr(entry.timeoutSeconds);
    const result = await probeTcp({ host: entry.host, port: entry.port, timeoutMs, retryForMs: (entry.retryForSeconds ?? 0) * 1000 });
    return judgeService(entry, result, timeoutMs);
  }));

  const databases = checkDatabases(spec, context, secondsOr);

  const commands = (async (): Promise<Finding[][]> => {
    const refused = context.eventName === PRIVILEGED_PULL_REQUEST_EVENT && context.commandsFromPullRequest !== false && !context.allowCommands;
    if (refused) return spec.commands.map((entry) => [refusedCommand(entry)]);
    const results: Finding[][] = [];
    for (const entry of spec.commands) {
      const timeoutMs = secondsOr(entry.timeoutSeconds);
      const run = await runCommandProbe(entry.argv, { cwd: context.cwd, env: context.env, timeoutMs });
      results.push(judgeCommand(entry, run, timeoutMs));
    }
    return results;
  })();

  const findings = [
    ...judgeEnv(spec.env, context.env),
    ...(await services).flat(),
    ...(await databases),
    ...(await commands).flat(),
  ];
  return {
    findings: maskSecrets(findings, secretsOf(context.env, spec.env, spec.databases, spec.services)),
    checked: spec.env.length + spec.services.length + spec.databases.length + spec.commands.length,
    ...(context.python && findings.some((finding) => finding.install) ? { installCommand: [context.python.executable, '-m', 'pip', 'install'] } : {}),
  };
}

async function checkDatabases(spec: MachineSpec, context: MachineContext, secondsOr: (seconds: number | undefined) => number): Promise<Finding[]> {
  const plans: DatabasePlan[] = spec.databases.map((entry) => planDatabase(entry, {
    env: context.env,
    python: context.python,
    nodeRequirements: context.nodeRequirements,
    declaredEnv: spec.env.map((entry) => entry.name),
  }));
  const modules = [...new Set(plans.flatMap((plan) => (plan.kind === 'python' ? [plan.driver.module] : [])))];
  const imports = new Map<string, ImportResult>();
  if (modules.length > 0) {
    const probe = context.importProbe
      ?? ((names: string[]) => probeImports(context.python?.executable ?? 'python3', names, { cwd: context.cwd, timeoutMs: context.timeoutMs }));
    for (const result of await probe(modules)) imports.set(result.module, result);
  }
  const findings = await Promise.all(plans.map(async (plan) => {
    if (plan.kind !== 'python') return judgeDatabase(plan, {});
    const importResult = imports.get(plan.driver.module);
    const connect = plan.entry.connect && importResult?.status !== 'error' && importResult?.status !== 'timeout' && importResult?.status !== 'crashed'
      ? await probeDatabaseConnect(plan.python, plan.urlText, { cwd: context.cwd, env: context.env, timeoutMs: secondsOr(plan.entry.timeoutSeconds) })
      : undefined;
    return judgeDatabase(plan, { importResult, connect });
  }));
  return findings.flat();
}
