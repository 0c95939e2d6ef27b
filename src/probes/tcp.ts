// Does a service accept TCP connections? Resolve the host (every address it has), try each, and
// when none answers, try again until `retryForMs` has passed: a service container started by the
// same workflow is often still booting when the gate runs. The result says what was tried and
// what answered, so DG009 can tell "nothing listens" from "packets vanish" from "no such host".
import { lookup } from 'node:dns/promises';
import { Socket } from 'node:net';

/** Pause after the first failed round; doubled after each, up to MAX_RETRY_DELAY_MS. */
export const FIRST_RETRY_DELAY_MS = 250;
export const MAX_RETRY_DELAY_MS = 2000;
/** However long `retryForMs` is, at most this many rounds. */
export const MAX_TCP_ROUNDS = 100;

export interface TcpTarget {
  host: string;
  port: number;
  /** How long one connection attempt may take. */
  timeoutMs: number;
  /** Keep retrying for this long after the first attempt (0: one round only). */
  retryForMs?: number;
}

/** How one attempt ended: connected, or the error that answered (ECONNREFUSED, EHOSTUNREACH, ...). */
export type TcpOutcome = 'connected' | 'timeout' | (string & {});

export interface TcpAttempt {
  address: string;
  family: 4 | 6;
  outcome: TcpOutcome;
}

export interface TcpProbeResult {
  host: string;
  port: number;
  reachable: boolean;
  /** The address that accepted the connection. */
  connectedTo?: string;
  /** What the host resolved to in the last round (empty when it did not resolve). */
  addresses: string[];
  /** The attempts of the last round, one per address. */
  attempts: TcpAttempt[];
  /** Set when the last round's name lookup failed: its error code (ENOTFOUND, EAI_AGAIN, ...). */
  dnsError?: string;
  /** How many rounds were tried. */
  rounds: number;
  elapsedMs: number;
}

/** Never throws. */
export async function probeTcp(target: TcpTarget): Promise<TcpProbeResult> {
  const started = Date.now();
  const retryForMs = Math.max(0, target.retryForMs ?? 0);
  let delay = FIRST_RETRY_DELAY_MS;
  let last: Omit<TcpProbeResult, 'host' | 'port' | 'rounds' | 'elapsedMs'> = { reachable: false, addresses: [], attempts: [] };
  let rounds = 0;
  while (rounds < MAX_TCP_ROUNDS) {
    rounds++;
    last = await tryOnce(target);
    if (last.reachable) break;
    const elapsed = Date.now() - started;
    if (elapsed >= retryForMs) break;
    await sleep(Math.min(delay, retryForMs - elapsed));
    delay = Math.min(delay * 2, MAX_RETRY_DELAY_MS);
  }
  return { host: target.host, port: target.port, ...last, rounds, elapsedMs: Date.now() - started };
}

async function tryOnce(target: TcpTarget): Promise<Omit<TcpProbeResult, 'host' | 'port' | 'rounds' | 'elapsedMs'>> {
  let resolved: { address: string; family: number }[];
  try {
    // The name is looked up again each round: a service's DNS name may appear only once it starts.
    resolved = await lookup(target.host, { all: true, verbatim: true });
  } catch (err) {
    return { reachable: false, addresses: [], attempts: [], dnsError: (err as NodeJS.ErrnoException).code ?? 'ENOTFOUND' };
  }
  const addresses = [...new Set(resolved.map((entry) => entry.address))];
  const attempts: TcpAttempt[] = [];
  for (const entry of resolved.filter((candidate, index) => resolved.findIndex((other) => other.address === candidate.address) === index)) {
    const outcome = await connectOnce(entry.address, target.port, target.timeoutMs);
    attempts.push({ address: entry.address, family: entry.family === 6 ? 6 : 4, outcome });
    if (outcome === 'connected') return { reachable: true, connectedTo: entry.address, addresses, attempts };
  }
  return { reachable: false, addresses, attempts };
}

function connectOnce(address: string, port: number, timeoutMs: number): Promise<TcpOutcome> {
  return new Promise((resolve) => {
    const socket = new Socket();
    let done = false;
    const finish = (outcome: TcpOutcome): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(() => finish('timeout'), Math.max(1, timeoutMs));
    socket.once('connect', () => finish('connected'));
    socket.once('error', (err: NodeJS.ErrnoException) => finish(err.code ?? 'error'));
    socket.connect({ host: address, port });
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

const OUTCOME_TEXT: Record<string, string> = {
  ECONNREFUSED: 'refused the connection (ECONNREFUSED): the host is up but nothing listens on that port',
  EHOSTUNREACH: 'is unreachable (EHOSTUNREACH): no route to the host',
  ENETUNREACH: 'is on an unreachable network (ENETUNREACH)',
  ECONNRESET: 'reset the connection (ECONNRESET)',
  EADDRNOTAVAIL: 'cannot be connected to from this machine (EADDRNOTAVAIL)',
};

const DNS_TEXT: Record<string, string> = {
  ENOTFOUND: 'does not resolve (ENOTFOUND): no such host name',
  EAI_AGAIN: 'could not be looked up (EAI_AGAIN): the DNS server did not answer',
  ENODATA: 'has no address records (ENODATA)',
};

/** What an attempt's outcome says about the address, for DG009 ("127.0.0.1:5432 <this>"). */
export function describeTcpOutcome(outcome: TcpOutcome, timeoutMs: number): string {
  if (outcome === 'timeout') return `did not answer within ${formatSeconds(timeoutMs)} (a firewall may drop the packets, or the host is down)`;
  return OUTCOME_TEXT[outcome] ?? `failed (${outcome})`;
}

/** What a name-lookup error says about the host, for DG009 ("cache <this>"). */
export function describeDnsError(code: string): string {
  return DNS_TEXT[code] ?? `could not be looked up (${code})`;
}

/** 1500 → "1.5 s". */
export function formatSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
