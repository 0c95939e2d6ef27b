// What the machine sections declare + what the probes saw → findings. Pure: the probes' answers
// come in as data (an environment, TCP results, import results, a connection's answer, a
// command's exit), and nothing here reads the clock, a file or the network.
//
// No finding built here holds a variable's value or a URL's password: a variable is named, a URL
// from the environment is described by its dialect only, and a URL written in depgate.yml is
// shown redacted. The leg still masks every finding (src/report/mask.ts) as a second wall.
import type { Ecosystem, Finding, FindingCode, ImportResult, Severity, SourcePosition } from '../model.js';
import type { CommandProbe, DatabaseRequirement, EnvRequirement, EnvSpec, ServiceRequirement } from '../config/machine-sections.js';
import { nodeClientFor, parseDatabaseUrl, pythonDriverFor, redactDatabaseUrl, urlScheme, type DatabaseUrl, type PythonDriver } from '../databases/dialects.js';
import { canonicalizeName } from '../versions/pep503.js';
import { FINDING_CODES } from './finding-codes.js';
import { shellCommand } from './shell-quote.js';
import { describeDnsError, describeTcpOutcome, formatSeconds, type TcpProbeResult } from '../probes/tcp.js';
import type { CommandRun } from '../probes/commands.js';
import type { DatabaseConnectResult } from '../probes/database-connect.js';

/** How much of stdout an output mismatch shows. */
export const STDOUT_TAIL_LINES = 5;
/** The longest command output `expect-output` searches (the regular expression comes from the spec). */
export const MAX_MATCHED_OUTPUT_CHARS = 1024 * 1024;

function finding(code: FindingCode, ecosystem: Ecosystem, name: string, at: SourcePosition, message: string, extra: Partial<Finding> = {}): Finding {
  const severity: Severity = FINDING_CODES[code].severity;
  return { code, kind: FINDING_CODES[code].kind, severity, ecosystem, name, file: at.file, line: at.line, column: at.column, message, ...extra };
}

function withMessage(text: string, message: string | undefined): string {
  return message ? `${text} ${message}` : text;
}

// ---------------------------------------------------------------- env

/** DG008 for each declared variable that is unset or empty; the value itself is never read into a message. */
export function judgeEnv(spec: EnvSpec, env: Record<string, string | undefined>): Finding[] {
  return spec.flatMap((entry) => {
    const state = envState(env, entry.name);
    return state === 'set' ? [] : [envFinding(entry, state)];
  });
}

export function envState(env: Record<string, string | undefined>, name: string): 'set' | 'unset' | 'empty' {
  const value = env[name];
  if (value === undefined) return 'unset';
  return value.trim() === '' ? 'empty' : 'set';
}

function envFinding(entry: Pick<EnvRequirement, 'name' | 'message' | 'source'>, state: 'unset' | 'empty', why = ''): Finding {
  const text = state === 'unset' ? `${entry.name} is not set${why}.` : `${entry.name} is set but empty${why}.`;
  return finding('DG008', 'env', entry.name, entry.source,
    withMessage(`${text} Set it for the job (env: in the workflow, from a secret) or in the deploy environment.`, entry.message));
}

// ---------------------------------------------------------------- services

/** DG009 when no address of the service accepted a connection: what was tried and what each answered. */
export function judgeService(entry: ServiceRequirement, result: TcpProbeResult, timeoutMs: number): Finding[] {
  if (result.reachable) return [];
  const endpoint = `${hostPort(entry.host, entry.port)}${entry.defaultPortOf ? ` (port ${entry.port}: the default of ${entry.defaultPortOf}://)` : ''}`;
  let what: string;
  if (result.dnsError) {
    what = `${endpoint}: ${entry.host} ${describeDnsError(result.dnsError)}`;
  } else if (result.attempts.length === 0) {
    what = `${endpoint}: ${entry.host} resolves to no address`;
  } else if (result.attempts.length === 1 && result.attempts[0].address === entry.host) {
    what = `${endpoint} ${describeTcpOutcome(result.attempts[0].outcome, timeoutMs)}`;
  } else {
    const answers = result.attempts.map((attempt) => `${hostPort(attempt.address, entry.port)} ${describeTcpOutcome(attempt.outcome, timeoutMs)}`);
    what = `${endpoint} resolves to ${result.addresses.join(', ')}; ${answers.join('; ')}`;
  }
  const retried = result.rounds > 1 ? ` Tried ${result.rounds} times over ${formatSeconds(result.elapsedMs)}${entry.retryForSeconds ? ` (retry-for: ${entry.retryForSeconds})` : ''}.` : '';
  return [finding('DG009', 'service', entry.name ?? entry.target, entry.source,
    withMessage(`${entry.name ? `${entry.name}: ` : ''}${what}.${retried}`, entry.message),
    { required: hostPort(entry.host, entry.port) })];
}

/** RFC 3986 §3.2.2: an IPv6 address is written in brackets before a port. */
function hostPort(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

// ---------------------------------------------------------------- databases

export interface DatabaseContext {
  env: Record<string, string | undefined>;
  python?: { executable: string; distributions: { canonicalName: string; version: string; importNames: string[] }[] };
  nodeRequirements?: { name: string }[];
  /** Variables the `env` section declares: a missing one there is already a DG008. */
  declaredEnv?: string[];
}

/** What to do about one database entry: report already, or probe its Python driver. */
export type DatabasePlan =
  | { kind: 'decided'; entry: DatabaseRequirement; findings: Finding[] }
  | {
      kind: 'python';
      entry: DatabaseRequirement;
      /** The URL text (from the spec or the environment): for the connection only, never shown. */
      urlText: string;
      url: DatabaseUrl;
      driver: PythonDriver;
      python: string;
      /** The distribution providing the driver, when one is installed. */
      installed?: { name: string; version: string };
    };

/** How a database entry is named in messages: its name, its variable, or its URL with the password hidden. */
export function databaseLabel(entry: DatabaseRequirement): string {
  if (entry.name) return entry.name;
  if (entry.urlEnv) return `$${entry.urlEnv}`;
  return redactDatabaseUrl(entry.url ?? '');
}

/** Everything about a database entry that needs no probe. */
export function planDatabase(entry: DatabaseRequirement, context: DatabaseContext): DatabasePlan {
  const decided = (...findings: Finding[]): DatabasePlan => ({ kind: 'decided', entry, findings });
  const label = databaseLabel(entry);
  let urlText: string;
  if (entry.urlEnv !== undefined) {
    const state = envState(context.env, entry.urlEnv);
    if (state !== 'set') {
      if (context.declaredEnv?.includes(entry.urlEnv)) return decided();
      return decided(envFinding({ name: entry.urlEnv, message: entry.message, source: entry.valueSource }, state, ', so the database URL it should hold cannot be checked'));
    }
    urlText = (context.env[entry.urlEnv] as string).trim();
  } else {
    urlText = entry.url ?? '';
  }
  // A URL from the environment is the environment's fault (DG010); one from depgate.yml, the spec's (DG100).
  const badUrl = (why: string): DatabasePlan => entry.urlEnv !== undefined
    ? decided(finding('DG010', 'database', label, entry.valueSource, withMessage(`${entry.urlEnv} does not hold a usable database URL: ${why}.`, entry.message)))
    : decided(finding('DG100', 'database', label, entry.valueSource, `this database URL cannot be used: ${why}.`));

  if (entry.ecosystem === 'node') {
    const scheme = urlScheme(urlText);
    if (!scheme) return badUrl('a database URL starts with scheme://, e.g. postgres://app@db:5432/shop');
    const client = nodeClientFor(scheme);
    if (!client.ok) return badUrl(client.error);
    const declared = new Set((context.nodeRequirements ?? []).map((requirement) => requirement.name));
    if (client.value.packages.some((name) => declared.has(name))) return decided();
    const described = entry.urlEnv ? `${entry.urlEnv} holds a ${scheme}:// URL, which` : `${label}`;
    return decided(finding('DG010', 'database', label, entry.valueSource,
      withMessage(`${described} needs a ${client.value.database} client such as ${client.value.packages.slice(0, 2).join(' or ')}, and no package.json declares one.`, entry.message),
      { required: client.value.packages.join(' | '), fix: shellCommand(['npm', 'install', client.value.install]) }));
  }

  const parsed = parseDatabaseUrl(urlText);
  if (!parsed.ok) return badUrl(parsed.error);
  if (!context.python) {
    return decided(finding('DG101', 'database', label, entry.valueSource,
      `the driver for ${label} was not checked: no Python interpreter could be probed (see the Python findings).`));
  }
  const sqlalchemy = context.python.distributions.find((dist) => dist.canonicalName === 'sqlalchemy');
  const driver = pythonDriverFor(parsed.url, { sqlalchemyVersion: sqlalchemy?.version });
  if (!driver.ok) return badUrl(driver.error);
  const distributions = driver.value.distributions;
  const installed = context.python.distributions.find((dist) => distributions.includes(dist.canonicalName));
  if (distributions.length > 0 && !installed) {
    const names = driver.value.install && distributions.length > 1
      ? `${driver.value.install} (or ${distributions.filter((name) => name !== canonicalizeName(driver.value.install ?? '')).join(', ')})`
      : driver.value.install;
    return decided(finding('DG010', 'database', label, entry.valueSource,
      withMessage(`${describeUrl(entry, parsed.url)} needs the ${driver.value.driver} driver (module ${driver.value.module}, from ${names}), which is not installed in ${context.python.executable}.${driver.value.note ? ` ${capitalize(driver.value.note)}.` : ''}`, entry.message),
      {
        required: distributions.join(' | '),
        ...(driver.value.install ? { fix: shellCommand([context.python.executable, '-m', 'pip', 'install', driver.value.install]), install: [driver.value.install] } : {}),
      }));
  }
  return {
    kind: 'python',
    entry,
    urlText,
    url: parsed.url,
    driver: driver.value,
    python: context.python.executable,
    ...(installed ? { installed: { name: installed.canonicalName, version: installed.version } } : {}),
  };
}

/** "$DATABASE_URL (a postgresql+psycopg2 URL)" or the redacted URL from depgate.yml. */
function describeUrl(entry: DatabaseRequirement, url: DatabaseUrl): string {
  if (entry.urlEnv !== undefined) return `the ${url.drivername}:// URL in ${entry.urlEnv}`;
  return redactDatabaseUrl(entry.url ?? '');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** DG010 when the driver does not import, or the real connection (connect: true) fails. */
export function judgeDatabase(plan: DatabasePlan, observed: { importResult?: ImportResult; connect?: DatabaseConnectResult }): Finding[] {
  if (plan.kind === 'decided') return plan.findings;
  const { entry, driver } = plan;
  const label = databaseLabel(entry);
  const what = describeUrl(entry, plan.url);
  const found = plan.installed ? `${plan.installed.name} ${plan.installed.version}` : undefined;
  const importResult = observed.importResult;
  if (importResult && importResult.status !== 'ok') {
    const why = importResult.status === 'timeout' ? 'does not finish (the import probe timed out)'
      : importResult.status === 'crashed' ? `kills the interpreter (${importResult.errorMessage ?? 'crashed'})`
        : `fails: ${importResult.errorType ?? 'Error'}: ${importResult.errorMessage ?? ''}`.trimEnd();
    const installed = found ? `${found} is installed, but ` : '';
    return [finding('DG010', 'database', label, entry.valueSource,
      withMessage(`${what} needs the ${driver.driver} driver: ${installed}import ${driver.module} ${why}.`, entry.message),
      { ...(found ? { found } : {}), required: driver.distributions.join(' | ') || driver.module, fix: shellCommand([plan.python, '-c', `import ${driver.module}`]) })];
  }
  const connect = observed.connect;
  if (connect && !connect.ok) {
    const why = connect.reason === 'error'
      ? `${connect.stage ? ` at ${connect.stage}` : ''}: ${connect.errorType}${connect.message ? `: ${connect.message}` : ''}`
      : `: ${connect.message}`;
    return [finding('DG010', 'database', label, entry.valueSource,
      withMessage(`connecting to ${what} through ${plan.python} and its SQLAlchemy failed${why}.`, entry.message),
      { ...(found ? { found } : {}) })];
  }
  return [];
}

// ---------------------------------------------------------------- commands

/** DG011 when a command probe exits otherwise than expected, prints otherwise, times out or cannot start. */
export function judgeCommand(entry: CommandProbe, run: CommandRun, timeoutMs: number): Finding[] {
  const label = entry.name ?? entry.text;
  const required = `exit ${entry.expectExit}${entry.expectOutput !== undefined ? ` and output matching /${entry.expectOutput}/` : ''}`;
  const fail = (why: string, found: string | undefined, detail = ''): Finding[] => [finding('DG011', 'command', label, entry.source,
    `${withMessage(`${entry.name ? `${entry.name}: ` : ''}${entry.text} ${why}.`, entry.message)}${detail}`,
    { required, ...(found !== undefined ? { found } : {}), fix: shellCommand(entry.argv) })];
  const stderr = run.stderrTail ? `\nstderr (last lines):\n${run.stderrTail}` : '';
  if (run.startError) {
    const why = run.startError.code === 'ENOENT' ? `${entry.argv[0]} was not found` : run.startError.message;
    return fail(`could not be started: ${why}`, undefined);
  }
  if (run.timedOut) return fail(`did not finish within ${formatSeconds(timeoutMs)} and was killed`, 'timeout', stderr);
  if (run.signal) return fail(`was killed by signal ${run.signal}, expected exit code ${entry.expectExit}`, `signal ${run.signal}`, stderr);
  if (run.exitCode !== entry.expectExit) return fail(`exited with code ${run.exitCode}, expected ${entry.expectExit}`, `exit ${run.exitCode}`, stderr);
  if (entry.expectOutput !== undefined) {
    const output = `${run.stdout}\n${run.stderr}`.slice(0, MAX_MATCHED_OUTPUT_CHARS);
    if (!new RegExp(entry.expectOutput, 'm').test(output)) {
      const lines = run.stdout.split(/\r?\n/).filter((line) => line.trim() !== '').slice(-STDOUT_TAIL_LINES);
      const stdout = lines.length > 0 ? `\nstdout (last lines):\n${lines.join('\n')}` : '\nIt printed nothing on stdout.';
      return fail(`printed nothing matching /${entry.expectOutput}/`, `exit ${run.exitCode}`, `${stdout}${stderr}`);
    }
  }
  return [];
}

/**
 * Under pull_request_target the workflow runs with the base repository's secrets and a write
 * token, but the depgate.yml may come from the pull request: its commands would be anyone's code.
 */
export function refusedCommand(entry: CommandProbe): Finding {
  return finding('DG100', 'command', entry.name ?? entry.text, entry.source,
    'this command was not run: under pull_request_target the job holds the base repository\'s secrets and a write token, and this command comes from the pull request\'s own depgate.yml, so anyone opening a pull request could run code with them. Gate on pull_request instead, or, if every change to depgate.yml is reviewed before the gate runs, set the action input allow-commands: true.');
}
