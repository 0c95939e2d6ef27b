import { describe, expect, test } from '@jest/globals';
import { maskSecrets, secretsOf } from '../../src/report/mask.js';
import type { Finding, Report } from '../../src/model.js';

const at = { file: 'depgate.yml', line: 1, column: 1 };

describe('maskSecrets', () => {
  test('replaces every occurrence in every string of a report, leaving the original untouched', () => {
    const finding: Finding = {
      code: 'DG010', kind: 'driver-missing', severity: 'error', ecosystem: 'database', name: 'orders',
      message: 'FATAL: password "s3cr3t-value" rejected; again: s3cr3t-value', fix: 'echo s3cr3t-value',
    };
    const report = { passed: false, findings: [finding], counts: { error: 1 }, notes: ['s3cr3t-value in a note'], checked: 3 } as unknown as Report;
    const masked = maskSecrets(report, ['s3cr3t-value']);
    expect(masked.findings[0]).toEqual({ ...finding, message: 'FATAL: password "***" rejected; again: ***', fix: 'echo ***' });
    expect(masked.notes).toEqual(['*** in a note']);
    expect(masked.checked).toBe(3);
    expect(masked.passed).toBe(false);
    expect(report.findings[0].message).toContain('s3cr3t-value');
  });

  test('masks the longest secret first, so a URL goes whole before its password', () => {
    expect(maskSecrets('url=postgresql://app:pw%40x@db/shop pw=pw@x', ['pw@x', 'postgresql://app:pw%40x@db/shop', 'pw%40x']))
      .toBe('url=*** pw=***');
  });

  test('values shorter than four characters are not searched for', () => {
    expect(maskSecrets('DG001 exit 1 abc abcd', ['1', 'abc', 'abcd'])).toBe('DG001 exit 1 abc ***');
  });

  test('non-string leaves and empty secret lists pass through', () => {
    expect(maskSecrets({ a: [1, null, true, 'x'] }, [])).toEqual({ a: [1, null, true, 'x'] });
    expect(maskSecrets([1, 'secret-x', { b: undefined }], ['secret-x'])).toEqual([1, '***', { b: undefined }]);
  });
});

describe('secretsOf', () => {
  test('declared variables, URL passwords in their decoded and encoded forms', () => {
    const env = {
      SECRET_KEY: 'k3y/with+chars',
      DATABASE_URL: 'postgresql://app:p%40ss-word@db/shop',
      OTHER: 'not-declared-value',
      EMPTY: '',
    };
    const secrets = secretsOf(env, [
      { name: 'SECRET_KEY', source: at },
      { name: 'EMPTY', source: at },
      { name: 'UNSET', source: at },
    ], [
      { urlEnv: 'DATABASE_URL', connect: false, ecosystem: 'python', source: at, valueSource: at },
      { url: 'mysql+pymysql://root:literal-pw@db/x', connect: false, ecosystem: 'python', source: at, valueSource: at },
    ], [
      { kind: 'url', target: 'redis://:***@cache', host: 'cache', port: 6379, secrets: ['r3dis-pw'], source: at },
    ]);
    expect(secrets).toEqual([
      'k3y/with+chars', 'k3y%2Fwith%2Bchars',
      'postgresql://app:p%40ss-word@db/shop', 'postgresql%3A%2F%2Fapp%3Ap%2540ss-word%40db%2Fshop',
      'p@ss-word', 'p%40ss-word', 'p%2540ss-word',
      'literal-pw',
      'r3dis-pw',
    ]);
  });
});
