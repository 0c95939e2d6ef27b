// `connect: true`: open a real connection the way the app will, through the app's own interpreter
// and its own SQLAlchemy, and run `select 1`. An installed driver can still fail here (a libpq
// that cannot do SCRAM, an SSL mode the server refuses, a wrong password in the deploy's
// secrets), and this is the check that finds it.
//
// The URL travels in an environment variable, never in argv (which `ps` shows to every user)
// and never through a shell. The answer comes back on fd 3 as one JSON line, because the driver
// or the app's import hooks may print anything on stdout.
import { maskSecrets } from '../report/mask.js';
import { parseDatabaseUrl } from '../databases/dialects.js';
import { describeExit, lastLine, startProcess } from './process.js';

/** The variable the script reads the URL from; it removes it from its environment at once. */
export const DATABASE_URL_VARIABLE = 'DEPGATE_DATABASE_URL';
export const CONNECT_RESULT_FD = 3;
const CONNECT_OUTPUT_BYTES = 64 * 1024;
/** Longest driver message kept (its first line). */
export const MAX_CONNECT_ERROR_CHARS = 500;

/**
 * Python 3.7+, SQLAlchemy 1.4 or later (2.0-style `select(literal(1))` and `is_async` exist from
 * 1.4). An async driver (asyncpg, aiomysql, psycopg_async...) needs create_async_engine.
 * A SQLite file that does not exist is reported rather than opened: connecting would create it.
 */
export const CONNECT_SCRIPT = String.raw`
import sys

# python -c puts '' (the checked-out pull request) first on sys.path; nothing may be imported from there.
if sys.path and sys.path[0] == "":
    del sys.path[0]

import json
import os

_out = os.dup(${CONNECT_RESULT_FD})
os.close(${CONNECT_RESULT_FD})
url_text = os.environ.pop("${DATABASE_URL_VARIABLE}", "")


def first_line(error):
    try:
        text = str(error)
    except BaseException:
        text = ""
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:${MAX_CONNECT_ERROR_CHARS}]
    return ""


def qualified(error):
    kind = type(error)
    module = getattr(kind, "__module__", "") or ""
    name = getattr(kind, "__qualname__", kind.__name__)
    return name if module in ("builtins", "__main__") else module + "." + name


def report(fields):
    data = (json.dumps(fields) + "\n").encode("ascii")
    while data:
        data = data[os.write(_out, data):]


stage = "import sqlalchemy"
try:
    import sqlalchemy
    from sqlalchemy.pool import NullPool

    version = getattr(sqlalchemy, "__version__", "")
    stage = "read the URL"
    url = sqlalchemy.engine.make_url(url_text)
    backend = url.get_backend_name()
    stage = "load the dialect"
    dialect = url.get_dialect()
    query = sqlalchemy.select(sqlalchemy.literal(1))
    if backend == "sqlite" and url.database not in (None, "", ":memory:") and not url.database.startswith("file:"):
        if not os.path.exists(url.database):
            raise FileNotFoundError("the SQLite database file %s does not exist" % url.database)
    if getattr(dialect, "is_async", False):
        import asyncio
        from sqlalchemy.ext.asyncio import create_async_engine

        async def run():
            global stage
            stage = "create_engine"
            engine = create_async_engine(url, poolclass=NullPool)
            try:
                stage = "connect"
                async with engine.connect() as connection:
                    stage = "select 1"
                    return (await connection.execute(query)).scalar()
            finally:
                await engine.dispose()

        value = asyncio.run(run())
    else:
        stage = "create_engine"
        engine = sqlalchemy.create_engine(url, poolclass=NullPool)
        try:
            stage = "connect"
            with engine.connect() as connection:
                stage = "select 1"
                value = connection.execute(query).scalar()
        finally:
            engine.dispose()
    report({"ok": True, "sqlalchemy": version, "dialect": backend, "driver": url.get_driver_name() or dialect.driver, "value": value})
except BaseException as error:
    orig = getattr(error, "orig", None)
    cause = orig if isinstance(orig, BaseException) else error
    report({
        "ok": False,
        "stage": stage,
        "errorType": qualified(cause),
        "wrapper": qualified(error) if cause is not error else None,
        "message": first_line(cause),
    })
`;

export type DatabaseConnectResult =
  | { ok: true; sqlalchemyVersion: string; dialect: string; driver: string }
  /** The script answered: the driver's (or SQLAlchemy's) error, password masked. */
  | { ok: false; reason: 'error'; stage: string; errorType: string; wrapper?: string; message: string }
  | { ok: false; reason: 'timeout'; message: string }
  /** The interpreter could not start, or died without answering. */
  | { ok: false; reason: 'crashed'; message: string };

export interface DatabaseConnectOptions {
  cwd: string;
  env: Record<string, string | undefined>;
  timeoutMs: number;
}

/** Never throws; no field of the result holds the URL's password. */
export async function probeDatabaseConnect(python: string, url: string, options: DatabaseConnectOptions): Promise<DatabaseConnectResult> {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(options.env)) if (value !== undefined) env[name] = value;
  env[DATABASE_URL_VARIABLE] = url;
  let pending = '';
  let answer: Record<string, unknown> | undefined;
  const run = await startProcess([python, '-c', CONNECT_SCRIPT], {
    cwd: options.cwd,
    env,
    timeoutMs: options.timeoutMs,
    extraOutputFds: 1,
    maxOutputBytes: CONNECT_OUTPUT_BYTES,
    onExtraOutput: (fd, chunk) => {
      if (fd !== CONNECT_RESULT_FD) return;
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        try {
          const parsed: unknown = JSON.parse(line);
          if (typeof parsed === 'object' && parsed !== null) answer = parsed as Record<string, unknown>;
        } catch {
          // Not ours: the script writes only JSON lines here.
        }
      }
    },
  }).result;
  return maskSecrets(interpret(python, run, answer, options.timeoutMs), passwordsOf(url));
}

function interpret(python: string, run: Awaited<ReturnType<typeof startProcess>['result']>, answer: Record<string, unknown> | undefined, timeoutMs: number): DatabaseConnectResult {
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  if (answer?.ok === true) {
    return { ok: true, sqlalchemyVersion: text(answer.sqlalchemy), dialect: text(answer.dialect), driver: text(answer.driver) };
  }
  if (answer?.ok === false) {
    return {
      ok: false,
      reason: 'error',
      stage: text(answer.stage),
      errorType: text(answer.errorType),
      ...(typeof answer.wrapper === 'string' ? { wrapper: answer.wrapper } : {}),
      message: text(answer.message),
    };
  }
  if (run.timedOut) return { ok: false, reason: 'timeout', message: `no answer within ${Number((timeoutMs / 1000).toFixed(1))} s` };
  if (run.error !== undefined) {
    return { ok: false, reason: 'crashed', message: `could not start ${python}: ${run.error === 'ENOENT' ? 'not found' : (run.errorMessage ?? run.error)}` };
  }
  const why = lastLine(run.stderr);
  return { ok: false, reason: 'crashed', message: `${python} ${describeExit(run)} without answering${why ? `: ${why}` : ''}` };
}

/** The URL's password in every form a message might carry it, and the URL itself. */
function passwordsOf(url: string): string[] {
  const parsed = parseDatabaseUrl(url);
  const secrets = [url];
  if (parsed.ok) {
    for (const value of [parsed.url.password, parsed.url.passwordAsWritten]) {
      if (value) secrets.push(value, encodeURIComponent(value));
    }
  }
  return secrets;
}
