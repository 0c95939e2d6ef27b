import { describe, expect, test } from '@jest/globals';
import { nodeClientFor, parseDatabaseUrl, pythonDriverFor, redactDatabaseUrl } from '../../src/databases/dialects.js';

const parsed = (text: string) => {
  const result = parseDatabaseUrl(text);
  if (!result.ok) throw new Error(result.error);
  return result.url;
};

describe('parseDatabaseUrl splits a URL as SQLAlchemy 1.4 make_url does', () => {
  // Each expectation was read from /usr/bin/python3 -c "make_url(...)" with Debian's SQLAlchemy 1.4.46.
  test('percent-encoded password, port, database and query', () => {
    expect(parsed('postgresql+psycopg2://app:p%40ss%3Aw%2Frd@db.internal:5432/shop?sslmode=require&application_name=x')).toEqual({
      drivername: 'postgresql+psycopg2', backend: 'postgresql', driver: 'psycopg2', username: 'app', password: 'p@ss:w/rd',
      passwordAsWritten: 'p%40ss%3Aw%2Frd', host: 'db.internal', port: 5432, database: 'shop',
      query: { sslmode: ['require'], application_name: ['x'] }, passwordRange: [26, 41],
    });
  });

  test('an IPv6 host in brackets', () => {
    const url = parsed('postgresql://app:s3cret@[::1]:5433/shop');
    expect([url.backend, url.driver, url.host, url.port, url.database, url.password]).toEqual(['postgresql', undefined, '::1', 5433, 'shop', 's3cret']);
  });

  test('sqlite paths have no host', () => {
    expect([parsed('sqlite:///relative/app.db').host, parsed('sqlite:///relative/app.db').database]).toEqual([undefined, 'relative/app.db']);
    expect(parsed('sqlite:////abs/app.db').database).toBe('/abs/app.db');
    expect(parsed('sqlite://').database).toBeUndefined();
  });

  test('user without password, empty password, DSN host, bad % kept as written', () => {
    expect([parsed('mysql+pymysql://root@localhost/db').username, parsed('mysql+pymysql://root@localhost/db').password]).toEqual(['root', undefined]);
    expect(parsed('postgresql://u:@h/db').password).toBe('');
    expect(parsed('mssql+pyodbc://u:p@mydsn').host).toBe('mydsn');
    expect(parsed('postgresql://u:p%zz@h/db').password).toBe('p%zz');
    expect(parsed('postgresql://u:%E2%82%ACuro@h/db').password).toBe('€uro');
  });

  test('errors never contain the URL or its password', () => {
    const cases: [string, string][] = [
      ['', 'the database URL is empty'],
      ['hunter2secret', 'a database URL starts with dialect+driver:// (for example postgresql+psycopg2://user:password@host:5432/dbname)'],
      ['post-gres://u:hunter2secret@h/db', "'post-gres' is not a dialect name: SQLAlchemy accepts letters, digits, '_' and '+' before ://"],
      ['postgresql://u:hunter2@secret@h/db', "the password (or user name) contains '@': write it percent-encoded as %40 (SQLAlchemy splits at the first '@')"],
      ['postgresql://u:hunter2secret@h:54x/db', 'the port after the host must be a number from 0 to 65535'],
      ['postgresql://u:hunter2secret@h:70000/db', 'the port after the host must be a number from 0 to 65535'],
      ['postgresql+a+b://u:hunter2secret@h/db', "'postgresql+a+b' is not dialect or dialect+driver"],
    ];
    for (const [text, error] of cases) {
      const result = parseDatabaseUrl(text);
      expect(result).toEqual({ ok: false, error });
      expect(JSON.stringify(result)).not.toContain('hunter2');
    }
  });
});

describe('redactDatabaseUrl', () => {
  test('replaces the password as written, whatever it holds', () => {
    expect(redactDatabaseUrl('postgresql+psycopg2://app:p%40ss%3Aw%2Frd@db:5432/shop')).toBe('postgresql+psycopg2://app:***@db:5432/shop');
    expect(redactDatabaseUrl('  mysql://root:x@localhost/db ')).toBe('mysql://root:***@localhost/db');
    expect(redactDatabaseUrl('postgresql://app@db/shop')).toBe('postgresql://app@db/shop');
    expect(redactDatabaseUrl('postgresql://:only@db/shop')).toBe('postgresql://:***@db/shop');
  });

  test('shows nothing of a URL that does not parse', () => {
    expect(redactDatabaseUrl('postgresql://u:hunter2@secret@h/db')).toBe('(a database URL that does not parse)');
  });
});

describe('pythonDriverFor: the DBAPI each dialect needs, per SQLAlchemy\'s dialect pages', () => {
  const driver = (text: string, sqlalchemyVersion?: string) => {
    const result = pythonDriverFor(parsed(text), { sqlalchemyVersion });
    return result.ok ? [result.value.driver, result.value.module, result.value.distributions, result.value.install, result.value.defaulted] : result.error;
  };

  test('postgresql:// means psycopg2 before SQLAlchemy 2.1, psycopg (3) from 2.1', () => {
    expect(driver('postgresql://h/db', '1.4.46')).toEqual(['psycopg2', 'psycopg2', ['psycopg2-binary', 'psycopg2'], 'psycopg2-binary', true]);
    expect(driver('postgresql://h/db', '2.0.36')).toEqual(['psycopg2', 'psycopg2', ['psycopg2-binary', 'psycopg2'], 'psycopg2-binary', true]);
    expect(driver('postgresql://h/db')).toEqual(['psycopg2', 'psycopg2', ['psycopg2-binary', 'psycopg2'], 'psycopg2-binary', true]);
    expect(driver('postgresql://h/db', '2.1.0')).toEqual(['psycopg', 'psycopg', ['psycopg'], 'psycopg', true]);
    expect(driver('postgresql://h/db', '2.1.0b1')).toEqual(['psycopg', 'psycopg', ['psycopg'], 'psycopg', true]);
    const note = pythonDriverFor(parsed('postgresql://h/db'), { sqlalchemyVersion: '2.1.1' });
    expect(note.ok && note.value.note).toBe('SQLAlchemy 2.1.1 uses psycopg (version 3) for postgresql:// without +driver');
  });

  test('explicit postgresql drivers', () => {
    expect(driver('postgresql+psycopg2://h/db')).toEqual(['psycopg2', 'psycopg2', ['psycopg2-binary', 'psycopg2'], 'psycopg2-binary', false]);
    expect(driver('postgresql+psycopg://h/db')).toEqual(['psycopg', 'psycopg', ['psycopg'], 'psycopg', false]);
    expect(driver('postgresql+asyncpg://h/db')).toEqual(['asyncpg', 'asyncpg', ['asyncpg'], 'asyncpg', false]);
    expect(driver('postgresql+pg8000://h/db')).toEqual(['pg8000', 'pg8000', ['pg8000'], 'pg8000', false]);
    expect(driver('postgresql+psycopg2cffi://h/db')).toEqual(['psycopg2cffi', 'psycopg2cffi', ['psycopg2cffi'], 'psycopg2cffi', false]);
  });

  test('mysql and mariadb', () => {
    expect(driver('mysql://h/db')).toEqual(['mysqldb', 'MySQLdb', ['mysqlclient'], 'mysqlclient', true]);
    expect(driver('mysql+mysqldb://h/db')).toEqual(['mysqldb', 'MySQLdb', ['mysqlclient'], 'mysqlclient', false]);
    expect(driver('mysql+pymysql://h/db')).toEqual(['pymysql', 'pymysql', ['pymysql'], 'PyMySQL', false]);
    expect(driver('mysql+mysqlconnector://h/db')).toEqual(['mysqlconnector', 'mysql.connector', ['mysql-connector-python', 'mysql-connector'], 'mysql-connector-python', false]);
    expect(driver('mysql+asyncmy://h/db')).toEqual(['asyncmy', 'asyncmy', ['asyncmy'], 'asyncmy', false]);
    expect(driver('mysql+aiomysql://h/db')).toEqual(['aiomysql', 'aiomysql', ['aiomysql'], 'aiomysql', false]);
    expect(driver('mariadb://h/db')).toEqual(['mysqldb', 'MySQLdb', ['mysqlclient'], 'mysqlclient', true]);
    expect(driver('mariadb+mariadbconnector://h/db')).toEqual(['mariadbconnector', 'mariadb', ['mariadb'], 'mariadb', false]);
    expect(driver('mariadb+pymysql://h/db')).toEqual(['pymysql', 'pymysql', ['pymysql'], 'PyMySQL', false]);
  });

  test('mssql, oracle, sqlite', () => {
    expect(driver('mssql+pyodbc://u:p@dsn')).toEqual(['pyodbc', 'pyodbc', ['pyodbc'], 'pyodbc', false]);
    expect(driver('mssql://u:p@dsn')).toEqual(['pyodbc', 'pyodbc', ['pyodbc'], 'pyodbc', true]);
    expect(driver('mssql+pymssql://h/db')).toEqual(['pymssql', 'pymssql', ['pymssql'], 'pymssql', false]);
    expect(driver('oracle+oracledb://h/db')).toEqual(['oracledb', 'oracledb', ['oracledb'], 'oracledb', false]);
    expect(driver('oracle+cx_oracle://h/db')).toEqual(['cx_oracle', 'cx_Oracle', ['cx-oracle'], 'cx-Oracle', false]);
    expect(driver('oracle://h/db', '2.0.30')).toEqual(['cx_oracle', 'cx_Oracle', ['cx-oracle'], 'cx-Oracle', true]);
    expect(driver('oracle://h/db', '2.1.0')).toEqual(['oracledb', 'oracledb', ['oracledb'], 'oracledb', true]);
    expect(driver('sqlite:///app.db')).toEqual(['pysqlite', 'sqlite3', [], undefined, true]);
    expect(driver('sqlite+aiosqlite:///app.db')).toEqual(['aiosqlite', 'aiosqlite', ['aiosqlite'], 'aiosqlite', false]);
  });

  test('postgres:// works only where SQLAlchemy is older than 1.4 (or absent)', () => {
    expect(driver('postgres://h/db', '1.4.46')).toBe('SQLAlchemy 1.4.46 does not accept the postgres:// scheme (removed in 1.4; create_engine raises NoSuchModuleError): write postgresql:// instead');
    expect(driver('postgres://h/db', '1.3.24')).toEqual(['psycopg2', 'psycopg2', ['psycopg2-binary', 'psycopg2'], 'psycopg2-binary', true]);
    expect(driver('postgres://h/db')).toEqual(['psycopg2', 'psycopg2', ['psycopg2-binary', 'psycopg2'], 'psycopg2-binary', true]);
  });

  test('unknown dialects and drivers', () => {
    expect(driver('snowflake://h/db')).toBe("unknown database dialect 'snowflake'; depgate knows postgresql, mysql, mssql, oracle, sqlite, mariadb");
    expect(driver('postgresql+psycopg3://h/db')).toBe("unknown driver 'psycopg3' for postgresql; SQLAlchemy's postgresql drivers are psycopg2, psycopg, psycopg_async, asyncpg, pg8000, psycopg2cffi");
  });
});

describe('nodeClientFor', () => {
  test('the client packages each scheme needs', () => {
    const client = (scheme: string) => {
      const result = nodeClientFor(scheme);
      return result.ok ? [result.value.database, result.value.packages, result.value.install] : result.error;
    };
    expect(client('postgres')).toEqual(['PostgreSQL', ['pg', 'postgres', 'pg-promise', '@prisma/client'], 'pg']);
    expect(client('postgresql')).toEqual(['PostgreSQL', ['pg', 'postgres', 'pg-promise', '@prisma/client'], 'pg']);
    expect(client('postgresql+psycopg2')).toEqual(['PostgreSQL', ['pg', 'postgres', 'pg-promise', '@prisma/client'], 'pg']);
    expect(client('mysql')).toEqual(['MySQL', ['mysql2', 'mysql', '@prisma/client'], 'mysql2']);
    expect(client('redis')).toEqual(['Redis', ['redis', 'ioredis'], 'redis']);
    expect(client('rediss')).toEqual(['Redis', ['redis', 'ioredis'], 'redis']);
    expect(client('mongodb')).toEqual(['MongoDB', ['mongodb', 'mongoose', '@prisma/client'], 'mongodb']);
    expect(client('mongodb+srv')).toEqual(['MongoDB', ['mongodb', 'mongoose', '@prisma/client'], 'mongodb']);
    expect(client('cassandra')).toBe("unknown database scheme 'cassandra' for a Node app; depgate knows postgres, postgresql, mysql, mariadb, redis, rediss, mongodb, mongodb+srv, sqlserver, mssql, oracle, sqlite, file");
  });
});
