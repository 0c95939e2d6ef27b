// A database URL names the code that must be there to use it. SQLAlchemy reads
// `dialect+driver://user:password@host:port/database?key=value` (docs.sqlalchemy.org, "Engine
// Configuration" → "Database URLs"): the dialect picks the database, the driver picks the DBAPI
// module, and a URL without `+driver` gets the dialect's default DBAPI, which must then be
// installed and import. For Node apps the same URL needs a client package in package.json.
//
// Everything here is pure. A URL may hold a password: no message built here contains the URL's
// text, only what a reader needs to fix it, and `redactDatabaseUrl` is the one way to show a URL.
import { compareVersions } from '../versions/pep440.js';
import { canonicalizeName } from '../versions/pep503.js';

/** A database URL split the way SQLAlchemy's `make_url` splits it. */
export interface DatabaseUrl {
  /** `postgresql+psycopg2`: what comes before `://`. */
  drivername: string;
  /** `postgresql`: the dialect (`URL.get_backend_name()`). */
  backend: string;
  /** `psycopg2`; undefined when the URL names none and the dialect's default applies. */
  driver?: string;
  username?: string;
  /** Percent-decoded, as the driver receives it. */
  password?: string;
  /** The password as written in the URL (percent-encoded form), for masking. */
  passwordAsWritten?: string;
  /** Without the brackets of an IPv6 literal. */
  host?: string;
  port?: number;
  database?: string;
  query: Record<string, string[]>;
  /** Where the password is in the URL text, [start, end), to redact it in place. */
  passwordRange?: [number, number];
}

export type DatabaseUrlParse =
  | { ok: true; url: DatabaseUrl }
  /** `error` never contains the URL or any part of its credentials. */
  | { ok: false; error: string };

/** What a URL's dialect and driver need in the app's Python environment. */
export interface PythonDriver {
  /** As SQLAlchemy names them: `postgresql` and `psycopg2`. */
  dialect: string;
  driver: string;
  /** The module that must import (`psycopg2`, `MySQLdb`, `mysql.connector`). */
  module: string;
  /** PEP 503 names of distributions that each provide `module`; empty for the standard library. */
  distributions: string[];
  /** The distribution a fix installs. */
  install?: string;
  /** Set when the URL named no driver and this is the dialect's default. */
  defaulted: boolean;
  /** Why this default was chosen, when it depends on the SQLAlchemy version. */
  note?: string;
}

/** What a URL needs in a Node app's package.json: any one of `packages`. */
export interface NodeClient {
  scheme: string;
  packages: string[];
  /** The package a fix installs. */
  install: string;
  /** What kind of database, for messages: "PostgreSQL". */
  database: string;
}

export type DriverLookup<T> = { ok: true; value: T } | { ok: false; error: string };

/** The part of a URL that is shown instead of a password. */
export const REDACTED = '***';

// SQLAlchemy's own pattern (sqlalchemy/engine/url.py `_parse_url`, 1.4 and 2.0): a password ends
// at the first `@`, a host is an IPv6 literal in brackets or anything up to `/`, `:` or `?`.
// Following it exactly means depgate accepts and splits a URL just as the app will.
const SQLALCHEMY_URL = /^(?<name>[\w+]+):\/\/(?:(?<username>[^:/]*)(?::(?<password>[^@]*))?@)?(?:(?:\[(?<ipv6host>[^/?]+)\]|(?<ipv4host>[^/:?]+))?(?::(?<port>[^/?]*))?)?(?:\/(?<database>[^?]*))?(?:\?(?<query>.*))?$/s;

/** Parses a SQLAlchemy-style database URL; errors never repeat the URL (it may hold a password). */
export function parseDatabaseUrl(text: string): DatabaseUrlParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, error: 'the database URL is empty' };
  const scheme = /^([^:/?#@]*):\/\//.exec(trimmed);
  if (!scheme) {
    return { ok: false, error: 'a database URL starts with dialect+driver:// (for example postgresql+psycopg2://user:password@host:5432/dbname)' };
  }
  if (!/^[\w+]+$/.test(scheme[1])) {
    return { ok: false, error: `'${scheme[1]}' is not a dialect name: SQLAlchemy accepts letters, digits, '_' and '+' before ://` };
  }
  const match = SQLALCHEMY_URL.exec(trimmed);
  if (!match?.groups) return { ok: false, error: 'the database URL does not have the form dialect+driver://user:password@host:port/database' };
  const groups = match.groups;
  const host = groups.ipv6host ?? groups.ipv4host;
  if (host !== undefined && host.includes('@')) {
    // The first `@` ended the password, so the rest of the password became the host.
    return { ok: false, error: "the password (or user name) contains '@': write it percent-encoded as %40 (SQLAlchemy splits at the first '@')" };
  }
  let port: number | undefined;
  if (groups.port !== undefined && groups.port !== '') {
    if (!/^\d+$/.test(groups.port) || Number(groups.port) > 65535) {
      return { ok: false, error: 'the port after the host must be a number from 0 to 65535' };
    }
    port = Number(groups.port);
  }
  const username = percentDecode(groups.username);
  const password = percentDecode(groups.password);
  const [backend, ...drivers] = groups.name.split('+');
  if (backend === '' || drivers.length > 1 || drivers[0] === '') {
    return { ok: false, error: `'${groups.name}' is not dialect or dialect+driver` };
  }
  const leading = text.length - text.trimStart().length;
  let passwordRange: [number, number] | undefined;
  if (groups.password !== undefined) {
    // The password follows the first ':' after '://' (a user name cannot hold ':' in this pattern).
    const start = leading + groups.name.length + 3 + (groups.username ?? '').length + 1;
    passwordRange = [start, start + groups.password.length];
  }
  return {
    ok: true,
    url: {
      drivername: groups.name,
      backend,
      driver: drivers[0],
      username,
      password,
      passwordAsWritten: groups.password,
      host: host === '' ? undefined : host,
      port,
      database: groups.database,
      query: parseQuery(groups.query),
      passwordRange,
    },
  };
}

/**
 * Python's `urllib.parse.unquote`, which SQLAlchemy applies to the user name and password:
 * each run of %XX bytes is decoded as UTF-8, and a '%' that starts no such byte stays as it is.
 */
function percentDecode(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => Buffer.from(run.replace(/%/g, ''), 'hex').toString('utf8'));
}

function parseQuery(query: string | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  if (!query) return result;
  for (const [key, value] of new URLSearchParams(query)) (result[key] ??= []).push(value);
  return result;
}

/**
 * The URL as it can be shown: its password replaced by `***`. A URL that does not parse is not
 * shown at all, since where its password ends is unknown.
 */
export function redactDatabaseUrl(text: string): string {
  const parsed = parseDatabaseUrl(text);
  if (!parsed.ok) return '(a database URL that does not parse)';
  const range = parsed.url.passwordRange;
  const shown = range ? `${text.slice(0, range[0])}${REDACTED}${text.slice(range[1])}` : text;
  return shown.trim();
}

interface DriverEntry {
  module: string;
  /** Distributions that install `module`, the first being the one a fix installs. */
  distributions: string[];
}

// Each dialect's DBAPIs, as SQLAlchemy's dialect pages document them ("Dialects" → PostgreSQL,
// MySQL and MariaDB, SQLite, Oracle, Microsoft SQL Server): the `+driver` name, the module its
// `import_dbapi()` imports, and the PyPI distributions that install that module.
const PYTHON_DRIVERS: Record<string, Record<string, DriverEntry>> = {
  postgresql: {
    // psycopg2 and psycopg2-binary install the same `psycopg2` module; either satisfies it.
    psycopg2: { module: 'psycopg2', distributions: ['psycopg2-binary', 'psycopg2'] },
    psycopg: { module: 'psycopg', distributions: ['psycopg'] },
    psycopg_async: { module: 'psycopg', distributions: ['psycopg'] },
    asyncpg: { module: 'asyncpg', distributions: ['asyncpg'] },
    pg8000: { module: 'pg8000', distributions: ['pg8000'] },
    psycopg2cffi: { module: 'psycopg2cffi', distributions: ['psycopg2cffi'] },
  },
  mysql: {
    mysqldb: { module: 'MySQLdb', distributions: ['mysqlclient'] },
    pymysql: { module: 'pymysql', distributions: ['PyMySQL'] },
    mysqlconnector: { module: 'mysql.connector', distributions: ['mysql-connector-python', 'mysql-connector'] },
    asyncmy: { module: 'asyncmy', distributions: ['asyncmy'] },
    aiomysql: { module: 'aiomysql', distributions: ['aiomysql'] },
    cymysql: { module: 'cymysql', distributions: ['cymysql'] },
    pyodbc: { module: 'pyodbc', distributions: ['pyodbc'] },
    mariadbconnector: { module: 'mariadb', distributions: ['mariadb'] },
  },
  mssql: {
    pyodbc: { module: 'pyodbc', distributions: ['pyodbc'] },
    pymssql: { module: 'pymssql', distributions: ['pymssql'] },
    aioodbc: { module: 'aioodbc', distributions: ['aioodbc'] },
  },
  oracle: {
    cx_oracle: { module: 'cx_Oracle', distributions: ['cx-Oracle'] },
    oracledb: { module: 'oracledb', distributions: ['oracledb'] },
    oracledb_async: { module: 'oracledb', distributions: ['oracledb'] },
  },
  sqlite: {
    // The standard library's sqlite3: nothing to install, but an interpreter built without
    // libsqlite3 lacks it, which the import probe finds.
    pysqlite: { module: 'sqlite3', distributions: [] },
    aiosqlite: { module: 'aiosqlite', distributions: ['aiosqlite'] },
  },
};
/** MariaDB is SQLAlchemy's MySQL dialect under another name, with the same DBAPIs and default. */
PYTHON_DRIVERS.mariadb = PYTHON_DRIVERS.mysql;

/**
 * The first SQLAlchemy series whose `postgresql://` means psycopg (3) and `oracle://`
 * python-oracledb; `.dev0` so that the series' pre-releases count too.
 */
export const SQLALCHEMY_NEW_DEFAULTS_VERSION = '2.1.dev0';
/** The first SQLAlchemy series that no longer accepts `postgres://` for `postgresql://`. */
export const SQLALCHEMY_POSTGRES_ALIAS_REMOVED_VERSION = '1.4.dev0';

/**
 * The default DBAPI of a URL without `+driver` (each dialect's `__init__.py`:
 * `base.dialect = dialect = psycopg2.dialect`). SQLAlchemy 2.1 changed two of them
 * (sqlalchemy/sqlalchemy#13010): PostgreSQL to psycopg and Oracle to python-oracledb.
 */
function defaultDriver(backend: string, sqlalchemyVersion: string | undefined): { driver: string; note?: string } | undefined {
  const newDefaults = sqlalchemyVersion !== undefined && (compareVersions(sqlalchemyVersion, SQLALCHEMY_NEW_DEFAULTS_VERSION) ?? -1) >= 0;
  const which = sqlalchemyVersion === undefined ? 'SQLAlchemy before 2.1' : `SQLAlchemy ${sqlalchemyVersion}`;
  switch (backend) {
    case 'postgresql':
      return newDefaults
        ? { driver: 'psycopg', note: `${which} uses psycopg (version 3) for postgresql:// without +driver` }
        : { driver: 'psycopg2', note: `${which} uses psycopg2 for postgresql:// without +driver` };
    case 'oracle':
      return newDefaults
        ? { driver: 'oracledb', note: `${which} uses python-oracledb for oracle:// without +driver` }
        : { driver: 'cx_oracle', note: `${which} uses cx_Oracle for oracle:// without +driver` };
    case 'mysql':
    case 'mariadb':
      return { driver: 'mysqldb' };
    case 'mssql':
      return { driver: 'pyodbc' };
    case 'sqlite':
      return { driver: 'pysqlite' };
    default:
      return undefined;
  }
}

/** The dialect names depgate knows, for messages. */
export const KNOWN_PYTHON_DIALECTS = Object.keys(PYTHON_DRIVERS);

/**
 * What a URL needs in the app's Python environment. `sqlalchemyVersion` is the installed
 * SQLAlchemy (undefined when it is not installed): it decides the default driver and whether
 * `postgres://` still works.
 */
export function pythonDriverFor(url: Pick<DatabaseUrl, 'backend' | 'driver'>, options: { sqlalchemyVersion?: string } = {}): DriverLookup<PythonDriver> {
  let backend = url.backend;
  if (backend === 'postgres') {
    const removed = options.sqlalchemyVersion !== undefined
      && (compareVersions(options.sqlalchemyVersion, SQLALCHEMY_POSTGRES_ALIAS_REMOVED_VERSION) ?? -1) >= 0;
    if (removed) {
      return {
        ok: false,
        error: `SQLAlchemy ${options.sqlalchemyVersion} does not accept the postgres:// scheme (removed in 1.4; create_engine raises NoSuchModuleError): write postgresql:// instead`,
      };
    }
    backend = 'postgresql';
  }
  const drivers = PYTHON_DRIVERS[backend];
  if (!drivers) {
    return { ok: false, error: `unknown database dialect '${url.backend}'; depgate knows ${KNOWN_PYTHON_DIALECTS.join(', ')}` };
  }
  const chosen = url.driver === undefined ? defaultDriver(backend, options.sqlalchemyVersion) : { driver: url.driver };
  const entry = chosen ? drivers[chosen.driver] : undefined;
  if (!chosen || !entry) {
    return { ok: false, error: `unknown driver '${url.driver}' for ${backend}; SQLAlchemy's ${backend} drivers are ${Object.keys(drivers).join(', ')}` };
  }
  return {
    ok: true,
    value: {
      dialect: backend,
      driver: chosen.driver,
      module: entry.module,
      distributions: entry.distributions.map(canonicalizeName),
      install: entry.distributions[0],
      defaulted: url.driver === undefined,
      note: chosen.note,
    },
  };
}

interface NodeClientEntry {
  database: string;
  /** Any of these in package.json satisfies the URL; the first is what a fix installs. */
  packages: string[];
}

// The clients a Node app uses for each scheme: the driver itself (pg, mysql2, redis, mongodb…)
// or a library that bundles its own driver as a dependency (Prisma's engines, mongoose,
// pg-promise), since then the app does not declare the driver itself.
const NODE_CLIENTS: Record<string, NodeClientEntry> = {
  postgresql: { database: 'PostgreSQL', packages: ['pg', 'postgres', 'pg-promise', '@prisma/client'] },
  mysql: { database: 'MySQL', packages: ['mysql2', 'mysql', '@prisma/client'] },
  mariadb: { database: 'MariaDB', packages: ['mariadb', 'mysql2', 'mysql'] },
  redis: { database: 'Redis', packages: ['redis', 'ioredis'] },
  mongodb: { database: 'MongoDB', packages: ['mongodb', 'mongoose', '@prisma/client'] },
  sqlserver: { database: 'SQL Server', packages: ['mssql', 'tedious', '@prisma/client'] },
  oracle: { database: 'Oracle', packages: ['oracledb'] },
  sqlite: { database: 'SQLite', packages: ['sqlite3', 'better-sqlite3', '@prisma/client'] },
};
const NODE_SCHEMES: Record<string, string> = {
  postgres: 'postgresql',
  postgresql: 'postgresql',
  mysql: 'mysql',
  mariadb: 'mariadb',
  redis: 'redis',
  rediss: 'redis',
  mongodb: 'mongodb',
  'mongodb+srv': 'mongodb',
  sqlserver: 'sqlserver',
  mssql: 'sqlserver',
  oracle: 'oracle',
  sqlite: 'sqlite',
  file: 'sqlite',
};

/** The schemes depgate knows for Node apps, for messages. */
export const KNOWN_NODE_SCHEMES = Object.keys(NODE_SCHEMES);

/** What a URL needs in a Node app's package.json. Only the scheme counts (a `+driver` suffix is SQLAlchemy's). */
export function nodeClientFor(scheme: string): DriverLookup<NodeClient> {
  const lower = scheme.toLowerCase();
  const key = NODE_SCHEMES[lower] ?? NODE_SCHEMES[lower.split('+')[0]];
  const entry = key ? NODE_CLIENTS[key] : undefined;
  if (!entry) return { ok: false, error: `unknown database scheme '${scheme}' for a Node app; depgate knows ${KNOWN_NODE_SCHEMES.join(', ')}` };
  return { ok: true, value: { scheme: lower, packages: entry.packages, install: entry.packages[0], database: entry.database } };
}

/** The scheme of any URL (`mongodb+srv`, `rediss`), or undefined when the text has none. */
export function urlScheme(text: string): string | undefined {
  return /^\s*([A-Za-z][A-Za-z0-9+.-]*):/.exec(text)?.[1];
}
