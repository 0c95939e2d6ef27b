// A real PostgreSQL server for tests: initdb in a temporary directory, listening on a free
// loopback port (and a private socket directory), with one password-authenticated user
// (SCRAM, as a deploy's server would ask) owning one database. Stop it with `stop()` in afterAll.
//
// The server refuses to run as root, so when the tests run as root it runs as the `postgres`
// user (or `nobody`) through `runuser -u <user> --`; otherwise as the current user. The binaries
// come from Debian's postgresql package (/usr/lib/postgresql/<major>/bin), or PG_BIN_DIR.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const STEP_TIMEOUT_MS = 60_000;

export interface PostgresServer {
  host: string;
  port: number;
  user: string;
  password: string;
  database: string;
  /** `postgresql+psycopg2://user:password@127.0.0.1:port/database`, the password percent-encoded. */
  url(options?: { password?: string; scheme?: string; database?: string }): string;
  /** The server's log so far (for a failing test's message). */
  log(): string;
  stop(): void;
}

export function postgresBinDir(): string {
  if (process.env.PG_BIN_DIR) return process.env.PG_BIN_DIR;
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((entry) => existsSync(path.join(root, entry, 'bin', 'initdb'))) : [];
  if (majors.length === 0) throw new Error(`no PostgreSQL binaries under ${root}/<major>/bin (apt-get install postgresql), and PG_BIN_DIR is not set`);
  majors.sort((a, b) => Number(b) - Number(a));
  return path.join(root, majors[0], 'bin');
}

/** The account the server runs as when we are root; undefined when we are not root. */
function serverAccount(): { name: string; uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
      return { name, uid, gid };
    } catch {
      // No such user; try the next.
    }
  }
  throw new Error('running as root and neither a postgres nor a nobody user exists to run the PostgreSQL server as');
}

export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * A loopback port that never answers: a listener whose accept queue is full, so Linux drops
 * further SYNs (tcp_conn_request drops when sk_acceptq_is_full), like a firewalled host.
 * Held by a python3 child until `close()`.
 */
export async function blackholeLoopbackPort(): Promise<{ port: number; close(): void }> {
  const script = [
    'import socket, time',
    's = socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(0)',
    'port = s.getsockname()[1]',
    'held = []',
    'for _ in range(8):',
    '    c = socket.socket(); c.setblocking(False)',
    '    try: c.connect(("127.0.0.1", port))',
    '    except BlockingIOError: pass',
    '    held.append(c)',
    'time.sleep(0.3)',
    'print(port, flush=True)',
    'time.sleep(300)',
  ].join('\n');
  const child = spawn('python3', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  return { port: Number(chunk.toString().trim()), close: () => child.kill('SIGKILL') };
}

export async function startPostgres(options: { user?: string; password?: string; database?: string } = {}): Promise<PostgresServer> {
  const user = options.user ?? 'app';
  const password = options.password ?? 'app-password';
  const database = options.database ?? 'shop';
  const bin = postgresBinDir();
  const account = serverAccount();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'depgate-pg-'));
  const data = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  if (account) chownSync(dir, account.uid, account.gid);
  const run = (program: string, args: string[], input?: string): string => {
    const argv = account ? ['runuser', '-u', account.name, '--', path.join(bin, program), ...args] : [path.join(bin, program), ...args];
    return execFileSync(argv[0], argv.slice(1), { cwd: dir, encoding: 'utf8', timeout: STEP_TIMEOUT_MS, input, stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
  };
  const port = await freeLoopbackPort();
  const log = (): string => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : '');
  try {
    // Local socket connections (ours, to create the user) are trusted; TCP ones need the password.
    run('initdb', ['-D', data, '-U', 'postgres', '--auth-local=trust', '--auth-host=scram-sha-256', '--encoding=UTF8', '--locale=C']);
    writeFileSync(path.join(data, 'postgresql.auto.conf'), [
      `port = ${port}`,
      "listen_addresses = '127.0.0.1'",
      `unix_socket_directories = '${dir}'`,
      'fsync = off',
      '',
    ].join('\n'));
    if (account) chownSync(path.join(data, 'postgresql.auto.conf'), account.uid, account.gid);
    run('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '60', 'start']);
    const quoted = password.replace(/'/g, "''");
    run('psql', ['-h', dir, '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-q', '-f', '-'],
      `CREATE USER "${user}" WITH PASSWORD '${quoted}';\nCREATE DATABASE "${database}" OWNER "${user}";\n`);
  } catch (err) {
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } catch {
      // Never started.
    }
    const serverLog = log();
    rmSync(dir, { recursive: true, force: true });
    const stderr = (err as { stderr?: string }).stderr ?? '';
    throw new Error(`starting PostgreSQL failed: ${(err as Error).message}\n${stderr}\n${serverLog}`);
  }
  let stopped = false;
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    database,
    url: (opts = {}) =>
      `${opts.scheme ?? 'postgresql+psycopg2'}://${encodeURIComponent(user)}:${encodeURIComponent(opts.password ?? password)}@127.0.0.1:${port}/${opts.database ?? database}`,
    log,
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
