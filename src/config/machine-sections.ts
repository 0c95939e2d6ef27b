// The sections of depgate.yml about the machine rather than a language's packages: `env`,
// `services`, `databases` and `commands`. Each reader validates its section the way schema.ts
// validates the others (every problem a DG100 at its node, an unknown key named with the closest
// known one) and returns what it could understand, each entry with its position.
//
// A database URL written here may hold a password; no message built here repeats a URL.
import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { SourcePosition } from '../model.js';
import type { YamlSource } from './yaml-source.js';
import { closestMatch } from './closest-match.js';
import { nodeClientFor, parseDatabaseUrl, pythonDriverFor, urlScheme } from '../databases/dialects.js';

/** Records a DG100 at a node, or at an exact position inside one (schema.ts's reporter). */
export type SpecProblemReporter = (at: YamlNode | SourcePosition | null | undefined, message: string, subject?: string) => void;

/** An environment variable the app needs set and non-empty. Its value is never shown. */
export interface EnvRequirement {
  name: string;
  message?: string;
  source: SourcePosition;
}
export type EnvSpec = EnvRequirement[];

/** A TCP endpoint that must accept connections. */
export interface ServiceRequirement {
  /** How it was declared: `tcp: host:port` or `url: scheme://host:port`. */
  kind: 'tcp' | 'url';
  /** What was written after `tcp:` or `url:`; a URL's password is replaced by `***`. */
  target: string;
  /** Without the brackets of an IPv6 literal. */
  host: string;
  port: number;
  /** Set when the port is the URL scheme's default rather than written. */
  defaultPortOf?: string;
  name?: string;
  message?: string;
  /** Seconds one connection attempt may take. */
  timeoutSeconds?: number;
  /** Seconds to keep retrying while the service may still be starting (0: one round). */
  retryForSeconds?: number;
  /** The password of a `url:` (percent-decoded and as written), for masking. */
  secrets?: string[];
  source: SourcePosition;
}
export type ServicesSpec = ServiceRequirement[];

/** A database the app connects to: its URL names the driver that must be installed and import. */
export interface DatabaseRequirement {
  /** The URL as written in depgate.yml. May hold a password: show it only through redactDatabaseUrl. */
  url?: string;
  /** The environment variable that holds the URL at check time. */
  urlEnv?: string;
  /** Also open a real connection (Python: through the app's SQLAlchemy) and run `select 1`. */
  connect: boolean;
  ecosystem: 'python' | 'node';
  timeoutSeconds?: number;
  name?: string;
  message?: string;
  source: SourcePosition;
  /** Where the `url` or `url-env` value is. */
  valueSource: SourcePosition;
}
export type DatabasesSpec = DatabaseRequirement[];

/** A command that must succeed on the machine (a readiness check, a smoke import). */
export interface CommandProbe {
  /** What is executed: the words of `run`, `argv` as given, or `sh -c <run>` with `shell: true`. */
  argv: string[];
  /** As written: the `run` string, or the argv words joined by spaces. */
  text: string;
  shell: boolean;
  expectExit: number;
  /** JavaScript regular expression (multiline) searched in stdout and stderr. */
  expectOutput?: string;
  timeoutSeconds?: number;
  name?: string;
  message?: string;
  source: SourcePosition;
  /** Where `run` or `argv` is. */
  commandSource: SourcePosition;
}
export type CommandsSpec = CommandProbe[];

const ENV_ENTRY_KEYS = ['name', 'message'] as const;
const SERVICE_KEYS = ['tcp', 'url', 'name', 'message', 'timeout', 'retry-for'] as const;
const DATABASE_KEYS = ['url', 'url-env', 'connect', 'ecosystem', 'timeout', 'name', 'message'] as const;
const COMMAND_KEYS = ['run', 'argv', 'shell', 'expect-exit', 'expect-output', 'timeout', 'name', 'message'] as const;
const DATABASE_ECOSYSTEMS = ['python', 'node'] as const;
/** POSIX.1-2017 §8.1: portable variable names are letters, digits and '_', not starting with a digit. */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * The port a URL scheme means when it names none (IANA service names; for database
 * URLs, each server's documented default). `+driver` suffixes are stripped first.
 */
export const DEFAULT_PORTS: Record<string, number> = {
  postgres: 5432,
  postgresql: 5432,
  mysql: 3306,
  mariadb: 3306,
  mssql: 1433,
  sqlserver: 1433,
  oracle: 1521,
  redis: 6379,
  rediss: 6379,
  mongodb: 27017,
  memcached: 11211,
  amqp: 5672,
  amqps: 5671,
  nats: 4222,
  kafka: 9092,
  http: 80,
  https: 443,
  ws: 80,
  wss: 443,
  ftp: 21,
  ssh: 22,
  smtp: 25,
  ldap: 389,
  ldaps: 636,
};

// ---------------------------------------------------------------- env

/** `env: [DATABASE_URL, SECRET_KEY]`, or a mapping `{ NAME: { message: ... } }` (`NAME:` alone too). */
export function readEnvSection(node: YamlNode | null, source: YamlSource, problem: SpecProblemReporter): EnvSpec {
  const spec: EnvSpec = [];
  if (isEmpty(node)) return spec;
  const declare = (name: string | undefined, at: YamlNode, message?: string): void => {
    if (name === undefined || !ENV_NAME.test(name)) {
      problem(at, `'${name ?? ''}' is not an environment variable name (letters, digits and '_', not starting with a digit)`, 'env');
      return;
    }
    if (spec.some((entry) => entry.name === name)) {
      problem(at, `${name} is declared twice in env`, name);
      return;
    }
    spec.push({ name, ...(message !== undefined ? { message } : {}), source: source.positionOf(at) });
  };
  if (isSeq(node)) {
    for (const item of node.items as YamlNode[]) {
      if (isMap(item)) {
        const fields = fieldsOf(item, ENV_ENTRY_KEYS, 'in an env entry', problem);
        if (!('name' in fields)) {
          problem(item, "an env entry mapping needs a 'name', e.g. { name: DATABASE_URL, message: ... }", 'env');
          continue;
        }
        const message = optionalString(fields.message, 'message', problem);
        if (message === null) continue;
        declare(scalarText(fields.name), fields.name ?? item, message);
      } else {
        declare(scalarText(item), item);
      }
    }
    return spec;
  }
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = pair.key as YamlNode;
      const value = pair.value as YamlNode | null;
      let message: string | undefined;
      if (!isEmpty(value)) {
        if (!isMap(value)) {
          problem(value, `env.${keyOf(pair)} must be empty or a mapping such as { message: why the app needs it }`, keyOf(pair));
          continue;
        }
        const fields = fieldsOf(value, ['message'] as const, `in env.${keyOf(pair)}`, problem);
        const text = optionalString(fields.message, 'message', problem);
        if (text === null) continue;
        message = text;
      }
      declare(scalarText(key), key, message);
    }
    return spec;
  }
  problem(node, 'env must be a list of variable names, e.g. env: [DATABASE_URL, SECRET_KEY], or a mapping of name: { message: ... }', 'env');
  return spec;
}

// ---------------------------------------------------------------- services

/** `- tcp: localhost:5432` or `- url: redis://cache:6379`, with `timeout`, `retry-for`, `name`, `message`. */
export function readServicesSection(node: YamlNode | null, source: YamlSource, problem: SpecProblemReporter): ServicesSpec {
  const spec: ServicesSpec = [];
  if (isEmpty(node)) return spec;
  if (!isSeq(node)) {
    problem(node, 'services must be a list, e.g.\n  services:\n    - tcp: localhost:5432\n    - url: redis://cache:6379', 'services');
    return spec;
  }
  for (const item of node.items as YamlNode[]) {
    if (!isMap(item)) {
      problem(item, "each service must be a mapping with 'tcp' (host:port) or 'url', e.g. - tcp: localhost:5432", 'services');
      continue;
    }
    const fields = fieldsOf(item, SERVICE_KEYS, 'in a service', problem);
    if ('tcp' in fields && 'url' in fields) {
      problem(item, "a service has either 'tcp' or 'url', not both", 'services');
      continue;
    }
    if (!('tcp' in fields) && !('url' in fields)) {
      problem(item, "a service needs 'tcp' (host:port) or 'url' (scheme://host:port), e.g. - tcp: localhost:5432", 'services');
      continue;
    }
    const kind = 'tcp' in fields ? 'tcp' : 'url';
    const valueNode = fields[kind] ?? null;
    const text = scalarText(valueNode);
    if (text === undefined || text.trim() === '') {
      problem(valueNode ?? item, kind === 'tcp' ? 'tcp must be host:port, e.g. localhost:5432 or [::1]:5432' : 'url must be a URL such as redis://cache:6379', 'services');
      continue;
    }
    const endpoint = kind === 'tcp' ? parseHostPort(text.trim()) : parseServiceUrl(text.trim());
    if (!endpoint.ok) {
      problem(valueNode, endpoint.error, kind === 'tcp' ? text : 'services');
      continue;
    }
    const name = optionalString(fields.name, 'name', problem);
    const message = optionalString(fields.message, 'message', problem);
    const timeout = optionalSeconds(fields.timeout, 'timeout', problem, false);
    const retryFor = optionalSeconds(fields['retry-for'], 'retry-for', problem, true);
    if (name === null || message === null || timeout === null || retryFor === null) continue;
    spec.push({
      kind,
      target: endpoint.shown,
      host: endpoint.host,
      port: endpoint.port,
      ...(endpoint.defaultPortOf ? { defaultPortOf: endpoint.defaultPortOf } : {}),
      ...(name !== undefined ? { name } : {}),
      ...(message !== undefined ? { message } : {}),
      ...(timeout !== undefined ? { timeoutSeconds: timeout } : {}),
      ...(retryFor !== undefined ? { retryForSeconds: retryFor } : {}),
      ...(endpoint.secrets.length > 0 ? { secrets: endpoint.secrets } : {}),
      source: source.positionOf(item),
    });
  }
  return spec;
}

type Endpoint =
  | { ok: true; host: string; port: number; shown: string; defaultPortOf?: string; secrets: string[] }
  | { ok: false; error: string };

/** `host:port`, `[v6]:port` (RFC 3986 §3.2.2: an IPv6 literal is written in brackets). */
export function parseHostPort(text: string): Endpoint {
  const bracketed = /^\[([^\]]+)\](?::(.*))?$/.exec(text);
  let host: string;
  let port: string | undefined;
  if (bracketed) {
    [, host, port] = bracketed;
  } else {
    const colons = text.split(':').length - 1;
    if (colons > 1) return { ok: false, error: `'${text}' looks like an IPv6 address: write it in brackets with its port, e.g. [::1]:5432` };
    [host, port] = colons === 1 ? text.split(':') : [text, undefined];
  }
  if (host === '' || /[\s/@?#]/.test(host)) return { ok: false, error: `'${text}' is not host:port (e.g. localhost:5432 or db.internal:6379)` };
  if (port === undefined || port === '') return { ok: false, error: `'${text}' has no port: write host:port, e.g. ${host.includes(':') ? `[${host}]` : host}:5432` };
  const number = portNumber(port);
  if (number === undefined) return { ok: false, error: `the port in '${text}' must be a number from 1 to 65535` };
  return { ok: true, host, port: number, shown: text, secrets: [] };
}

/** `scheme://[user[:password]@]host[:port][/...]`, the port defaulting to the scheme's. */
export function parseServiceUrl(text: string): Endpoint {
  const scheme = urlScheme(text);
  if (!scheme || !text.slice(scheme.length).startsWith('://')) {
    return { ok: false, error: 'url must be scheme://host[:port], e.g. redis://cache:6379 or https://api.internal' };
  }
  const lower = scheme.toLowerCase();
  if (lower.endsWith('+srv')) {
    return { ok: false, error: `a ${scheme}:// URL names a DNS SRV record, not one host and port; declare each host as - tcp: host:port` };
  }
  const rest = text.slice(scheme.length + 3);
  const authority = rest.split(/[/?#]/, 1)[0];
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at) : undefined;
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  if (hostPort.includes(',')) return { ok: false, error: 'the URL lists several hosts; declare one service per host (- tcp: host:port)' };
  const secrets: string[] = [];
  let shown = text;
  if (userinfo !== undefined && userinfo.includes(':')) {
    const written = userinfo.slice(userinfo.indexOf(':') + 1);
    if (written !== '') {
      secrets.push(written);
      try {
        const decoded = decodeURIComponent(written);
        if (decoded !== written) secrets.push(decoded);
      } catch {
        // Not percent-encoded: the written form is the only one.
      }
      const start = scheme.length + 3 + userinfo.indexOf(':') + 1;
      shown = `${text.slice(0, start)}***${text.slice(start + written.length)}`;
    }
  }
  const base = lower.split('+')[0];
  const hasPort = /^(\[[^\]]*\]|[^:]*):/.test(hostPort);
  if (hasPort) {
    const parsed = parseHostPort(hostPort);
    return parsed.ok ? { ...parsed, shown, secrets } : { ok: false, error: parsed.error.replace(`'${hostPort}'`, 'the URL\'s host:port') };
  }
  const port = DEFAULT_PORTS[base];
  if (port === undefined) return { ok: false, error: `${scheme}:// has no default port depgate knows: write the port, e.g. ${scheme}://host:1234` };
  const host = hostPort.startsWith('[') && hostPort.endsWith(']') ? hostPort.slice(1, -1) : hostPort;
  if (host === '' || /[\s@?#[\]]/.test(host)) return { ok: false, error: 'the URL names no host, e.g. redis://cache:6379' };
  return { ok: true, host, port, shown, defaultPortOf: base, secrets };
}

function portNumber(text: string): number | undefined {
  if (!/^\d{1,5}$/.test(text)) return undefined;
  const port = Number(text);
  return port >= 1 && port <= 65535 ? port : undefined;
}

// ---------------------------------------------------------------- databases

/** `- url: postgresql+psycopg2://...` or `- url-env: DATABASE_URL`, with `connect`, `ecosystem`, `timeout`. */
export function readDatabasesSection(node: YamlNode | null, source: YamlSource, problem: SpecProblemReporter): DatabasesSpec {
  const spec: DatabasesSpec = [];
  if (isEmpty(node)) return spec;
  if (!isSeq(node)) {
    problem(node, 'databases must be a list, e.g.\n  databases:\n    - url-env: DATABASE_URL\n      connect: true', 'databases');
    return spec;
  }
  for (const item of node.items as YamlNode[]) {
    if (!isMap(item)) {
      problem(item, "each database must be a mapping with 'url' or 'url-env', e.g. - url-env: DATABASE_URL", 'databases');
      continue;
    }
    const fields = fieldsOf(item, DATABASE_KEYS, 'in a database', problem);
    if ('url' in fields && 'url-env' in fields) {
      problem(item, "a database has either 'url' or 'url-env', not both", 'databases');
      continue;
    }
    if (!('url' in fields) && !('url-env' in fields)) {
      problem(item, "a database needs 'url' (dialect+driver://...) or 'url-env' (the variable that holds it), e.g. - url-env: DATABASE_URL", 'databases');
      continue;
    }
    let valid = true;
    let ecosystem: DatabaseRequirement['ecosystem'] = 'python';
    if (fields.ecosystem !== undefined) {
      const text = scalarText(fields.ecosystem);
      if (text === undefined || !(DATABASE_ECOSYSTEMS as readonly string[]).includes(text)) {
        const suggestion = text ? closestMatch(text, DATABASE_ECOSYSTEMS) : undefined;
        problem(fields.ecosystem, `ecosystem must be ${DATABASE_ECOSYSTEMS.join(' or ')}${suggestion ? `; did you mean '${suggestion}'?` : ''}`, 'databases');
        valid = false;
      } else {
        ecosystem = text as DatabaseRequirement['ecosystem'];
      }
    }
    let connect = false;
    if (fields.connect !== undefined) {
      if (isScalar(fields.connect) && typeof fields.connect.value === 'boolean') connect = fields.connect.value;
      else {
        problem(fields.connect, 'connect must be true or false', 'databases');
        valid = false;
      }
    }
    if (connect && ecosystem === 'node') {
      problem(fields.connect, 'connect: true opens the connection through the app\'s Python SQLAlchemy; it is not available for ecosystem: node', 'databases');
      valid = false;
    }
    let url: string | undefined;
    let urlEnv: string | undefined;
    const valueNode = (fields.url ?? fields['url-env'] ?? item) as YamlNode;
    if ('url' in fields) {
      const text = scalarText(fields.url);
      if (text === undefined || text.trim() === '') {
        problem(valueNode, 'url must be a database URL such as postgresql+psycopg2://app@db:5432/shop', 'databases');
        valid = false;
      } else {
        const error = databaseUrlError(text, ecosystem);
        if (error) {
          problem(valueNode, error, 'databases');
          valid = false;
        } else {
          url = text.trim();
        }
      }
    } else {
      const text = scalarText(fields['url-env']);
      if (text === undefined || !ENV_NAME.test(text)) {
        problem(valueNode, `url-env must name an environment variable, e.g. url-env: DATABASE_URL; got '${text ?? ''}'`, 'databases');
        valid = false;
      } else {
        urlEnv = text;
      }
    }
    const name = optionalString(fields.name, 'name', problem);
    const message = optionalString(fields.message, 'message', problem);
    const timeout = optionalSeconds(fields.timeout, 'timeout', problem, false);
    if (!valid || name === null || message === null || timeout === null) continue;
    spec.push({
      ...(url !== undefined ? { url } : {}),
      ...(urlEnv !== undefined ? { urlEnv } : {}),
      connect,
      ecosystem,
      ...(timeout !== undefined ? { timeoutSeconds: timeout } : {}),
      ...(name !== undefined ? { name } : {}),
      ...(message !== undefined ? { message } : {}),
      source: source.positionOf(item),
      valueSource: source.positionOf(valueNode),
    });
  }
  return spec;
}

/**
 * Why a URL cannot be used by an app of this ecosystem, or undefined when it can. The version
 * of SQLAlchemy is not known here, so only what every version rejects is an error.
 */
export function databaseUrlError(text: string, ecosystem: DatabaseRequirement['ecosystem']): string | undefined {
  if (ecosystem === 'node') {
    const scheme = urlScheme(text);
    if (!scheme || !text.trim().slice(scheme.length).startsWith(':')) return 'a database URL starts with scheme://, e.g. postgres://app@db:5432/shop';
    const client = nodeClientFor(scheme);
    return client.ok ? undefined : client.error;
  }
  const parsed = parseDatabaseUrl(text);
  if (!parsed.ok) return `not a database URL: ${parsed.error}`;
  const driver = pythonDriverFor(parsed.url);
  return driver.ok ? undefined : driver.error;
}

// ---------------------------------------------------------------- commands

/** `- run: python -c "import app"` or `- argv: [python, -c, import app]`, with expectations and a timeout. */
export function readCommandsSection(node: YamlNode | null, source: YamlSource, problem: SpecProblemReporter): CommandsSpec {
  const spec: CommandsSpec = [];
  if (isEmpty(node)) return spec;
  if (!isSeq(node)) {
    problem(node, 'commands must be a list, e.g.\n  commands:\n    - run: python -c "import app"', 'commands');
    return spec;
  }
  for (const item of node.items as YamlNode[]) {
    if (!isMap(item)) {
      problem(item, "each command must be a mapping with 'run' (a command line) or 'argv' (a list of words), e.g. - run: python -c \"import app\"", 'commands');
      continue;
    }
    const fields = fieldsOf(item, COMMAND_KEYS, 'in a command', problem);
    if ('run' in fields && 'argv' in fields) {
      problem(item, "a command has either 'run' or 'argv', not both", 'commands');
      continue;
    }
    if (!('run' in fields) && !('argv' in fields)) {
      problem(item, "a command needs 'run' (a command line) or 'argv' (a list of words), e.g. - run: python -c \"import app\"", 'commands');
      continue;
    }
    let valid = true;
    let shell = false;
    if (fields.shell !== undefined) {
      if (isScalar(fields.shell) && typeof fields.shell.value === 'boolean') shell = fields.shell.value;
      else {
        problem(fields.shell, 'shell must be true or false', 'commands');
        valid = false;
      }
    }
    let argv: string[] | undefined;
    let text = '';
    const commandNode = (fields.run ?? fields.argv ?? item) as YamlNode;
    if ('run' in fields) {
      const run = scalarText(fields.run);
      if (run === undefined || run.trim() === '') {
        problem(commandNode, 'run must be a command line, e.g. run: python -c "import app"', 'commands');
        valid = false;
      } else {
        text = run;
        if (shell) {
          argv = ['sh', '-c', run];
        } else {
          const split = splitCommandLine(run);
          if (split.ok) argv = split.argv;
          else {
            problem(offsetInScalar(source, commandNode, split.offset), `cannot split the command into words: ${split.error} (or set shell: true to run it with sh -c)`, run);
            valid = false;
          }
        }
      }
    } else {
      const list = fields.argv;
      const words = isSeq(list) ? (list.items as YamlNode[]).map((word) => scalarText(word)) : undefined;
      if (!words || words.length === 0 || words.some((word) => word === undefined) || words[0] === '') {
        problem(commandNode, 'argv must be a non-empty list of words, e.g. argv: [python, -c, import app]', 'commands');
        valid = false;
      } else if (shell) {
        problem(fields.shell, "shell: true runs a 'run' string with sh -c; an argv list is executed as it is", 'commands');
        valid = false;
      } else {
        argv = words as string[];
        text = argv.join(' ');
      }
    }
    let expectExit = 0;
    if (fields['expect-exit'] !== undefined) {
      const value = fields['expect-exit'];
      if (isScalar(value) && typeof value.value === 'number' && Number.isInteger(value.value) && value.value >= 0 && value.value <= 255) expectExit = value.value;
      else {
        problem(value, 'expect-exit must be an exit code from 0 to 255', text || 'commands');
        valid = false;
      }
    }
    let expectOutput: string | undefined;
    if (fields['expect-output'] !== undefined) {
      const pattern = scalarText(fields['expect-output']);
      const error = pattern === undefined || pattern === '' ? 'it must be a non-empty string' : regexError(pattern);
      if (error) {
        problem(fields['expect-output'], `expect-output must be a regular expression: ${error}`, text || 'commands');
        valid = false;
      } else {
        expectOutput = pattern;
      }
    }
    const name = optionalString(fields.name, 'name', problem);
    const message = optionalString(fields.message, 'message', problem);
    const timeout = optionalSeconds(fields.timeout, 'timeout', problem, false);
    if (!valid || !argv || name === null || message === null || timeout === null) continue;
    spec.push({
      argv,
      text,
      shell,
      expectExit,
      ...(expectOutput !== undefined ? { expectOutput } : {}),
      ...(timeout !== undefined ? { timeoutSeconds: timeout } : {}),
      ...(name !== undefined ? { name } : {}),
      ...(message !== undefined ? { message } : {}),
      source: source.positionOf(item),
      commandSource: source.positionOf(commandNode),
    });
  }
  return spec;
}

function regexError(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'm');
    return undefined;
  } catch (err) {
    return (err as Error).message.replace(/^Invalid regular expression: /, '');
  }
}

export type CommandLineSplit = { ok: true; argv: string[] } | { ok: false; error: string; offset: number };

/**
 * Splits a command line into words the way a POSIX shell's quoting does (POSIX.1-2017 §2.2:
 * backslash, single and double quotes) and nothing more: no variables, no globs, no `;`, `|` or
 * redirections, which stay ordinary characters. What a pull request writes is then never shell
 * syntax, only arguments.
 */
export function splitCommandLine(line: string): CommandLineSplit {
  const argv: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (inWord) argv.push(word);
      word = '';
      inWord = false;
    } else if (c === '\\') {
      if (i + 1 >= line.length) return { ok: false, error: 'it ends with a lone backslash', offset: i };
      // §2.2.1: backslash-newline is a line continuation, removed entirely.
      if (line[i + 1] !== '\n') {
        word += line[i + 1];
        inWord = true;
      }
      i++;
    } else if (c === "'") {
      // §2.2.2: everything up to the next single quote is literal.
      const end = line.indexOf("'", i + 1);
      if (end < 0) return { ok: false, error: 'a single quote is never closed', offset: i };
      word += line.slice(i + 1, end);
      inWord = true;
      i = end;
    } else if (c === '"') {
      // §2.2.3: inside double quotes a backslash escapes only $ ` " \ and newline.
      let j = i + 1;
      for (; j < line.length && line[j] !== '"'; j++) {
        if (line[j] === '\\' && j + 1 < line.length && '$`"\\\n'.includes(line[j + 1])) {
          if (line[j + 1] !== '\n') word += line[j + 1];
          j++;
        } else {
          word += line[j];
        }
      }
      if (j >= line.length) return { ok: false, error: 'a double quote is never closed', offset: i };
      inWord = true;
      i = j;
    } else {
      word += c;
      inWord = true;
    }
  }
  if (inWord) argv.push(word);
  if (argv.length === 0) return { ok: false, error: 'the command is empty', offset: 0 };
  return { ok: true, argv };
}

// ---------------------------------------------------------------- helpers

function isEmpty(node: YamlNode | null | undefined): boolean {
  return node === null || node === undefined || (isScalar(node) && (node.value === null || node.value === ''));
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function scalarText(node: YamlNode | null | undefined): string | undefined {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
  return undefined;
}

/** The values of a mapping's known keys; each unknown key is reported with the closest known one. */
function fieldsOf<K extends string>(map: YAMLMap, known: readonly K[], where: string, problem: SpecProblemReporter): Partial<Record<K, YamlNode | null>> {
  const fields: Partial<Record<K, YamlNode | null>> = {};
  for (const pair of map.items) {
    const key = keyOf(pair);
    if ((known as readonly string[]).includes(key)) {
      fields[key as K] = (pair.value as YamlNode | null) ?? null;
    } else {
      const suggestion = closestMatch(key, known);
      problem(pair.key as YamlNode, `unknown key '${key}' ${where}; ${suggestion ? `did you mean '${suggestion}'?` : `valid keys: ${known.join(', ')}`}`, key);
    }
  }
  return fields;
}

/** undefined when absent, null when present but invalid (already reported). */
function optionalString(node: YamlNode | null | undefined, what: string, problem: SpecProblemReporter): string | undefined | null {
  if (node === undefined) return undefined;
  const text = scalarText(node);
  if (text === undefined || text.trim() === '') {
    problem(node, `${what} must be a non-empty string`, what);
    return null;
  }
  return text;
}

/** undefined when absent, null when present but invalid (already reported). */
function optionalSeconds(node: YamlNode | null | undefined, what: string, problem: SpecProblemReporter, zeroAllowed: boolean): number | undefined | null {
  if (node === undefined) return undefined;
  if (isScalar(node) && typeof node.value === 'number' && Number.isFinite(node.value) && (node.value > 0 || (zeroAllowed && node.value === 0))) return node.value;
  problem(node, `${what} must be a ${zeroAllowed ? 'non-negative' : 'positive'} number of seconds, e.g. ${what}: ${zeroAllowed ? 30 : 5}`, what);
  return null;
}

/**
 * The position of a character of a scalar's value: exact when the scalar is written on one line
 * without escapes (its source is its value, plus the quotes); otherwise the scalar's start.
 */
function offsetInScalar(source: YamlSource, node: YamlNode, offset: number): SourcePosition | YamlNode {
  const scalar = node as Scalar;
  if (!node.range || typeof scalar.value !== 'string') return node;
  const quote = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE' ? 1 : 0;
  if (scalar.type !== 'PLAIN' && quote === 0) return node;
  const writtenLength = node.range[1] - node.range[0];
  if (writtenLength !== scalar.value.length + 2 * quote || scalar.value.includes('\n')) return node;
  return source.positionAtOffset(node.range[0] + quote + offset);
}
