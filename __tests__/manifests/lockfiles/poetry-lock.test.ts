import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LockPin } from '../../../src/model.js';
import { parsePoetryLock } from '../../../src/manifests/lockfiles/poetry-lock.js';
import { parseMarker } from '../../../src/versions/pep508.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/lockfiles/${name}/poetry.lock`, import.meta.url)), 'utf8');
const LOCK_2_1 = fixture('poetry-2.1');
const LOCK_2_0 = fixture('poetry-2.0');

const brief = (pins: LockPin[]) => pins.map((pin) => [pin.name, pin.version, pin.marker, pin.source.line, pin.source.column]);

const GREENLET_MARKER =
  'python_version < "3.14" and (platform_machine == "aarch64" or platform_machine == "ppc64le" or platform_machine == "x86_64" or platform_machine == "amd64" or platform_machine == "AMD64" or platform_machine == "win32" or platform_machine == "WIN32")';

describe('poetry.lock, lock-version 2.1 (Poetry 2: groups and markers)', () => {
  test('pins the main group, each with the marker Poetry wrote for it, at its [[package]] header', () => {
    const result = parsePoetryLock(LOCK_2_1, 'poetry.lock');
    expect(result.problems).toEqual([]);
    expect(result.requirements).toEqual([]);
    expect(result.files).toEqual(['poetry.lock']);
    expect(brief(result.pins)).toEqual([
      ['blinker', '1.9.0', undefined, 3, 1],
      ['click', '8.1.8', undefined, 15, 1],
      ['colorama', '0.4.6', 'platform_system == "Windows"', 30, 1],
      ['flask', '3.1.1', undefined, 62, 1],
      ['greenlet', '3.2.3', GREENLET_MARKER, 86, 1],
      ['mylib', '0.3.0', undefined, 100, 1],
      ['sqlalchemy', '2.0.41', undefined, 148, 1],
      ['typing-extensions', '4.14.0', undefined, 168, 1],
    ]);
  });

  test('adds the dev group and the optional packages of a selected extra; a per-group marker table gives the "or" of the selected groups', () => {
    const result = parsePoetryLock(LOCK_2_1, 'poetry.lock', { groups: ['dev'], extras: ['postgres'] });
    expect(result.problems).toEqual([]);
    expect(brief(result.pins)).toEqual([
      ['blinker', '1.9.0', undefined, 3, 1],
      ['click', '8.1.8', undefined, 15, 1],
      ['colorama', '0.4.6', 'platform_system == "Windows" or (sys_platform == "win32" or platform_system == "Windows")', 30, 1],
      ['exceptiongroup', '1.3.0', 'python_version < "3.11"', 43, 1],
      ['flask', '3.1.1', undefined, 62, 1],
      ['greenlet', '3.2.3', GREENLET_MARKER, 86, 1],
      ['mylib', '0.3.0', undefined, 100, 1],
      ['psycopg2-binary', '2.9.10', 'extra == "postgres"', 116, 1],
      ['pytest', '8.4.1', undefined, 129, 1],
      ['sqlalchemy', '2.0.41', undefined, 148, 1],
      ['typing-extensions', '4.14.0', undefined, 168, 1],
    ]);
  });

  test('fills in every field of a pin', () => {
    const colorama = parsePoetryLock(LOCK_2_1, 'svc/poetry.lock').pins.find((pin) => pin.name === 'colorama');
    expect(colorama).toEqual({
      ecosystem: 'python',
      name: 'colorama',
      canonicalName: 'colorama',
      version: '0.4.6',
      marker: 'platform_system == "Windows"',
      source: { file: 'svc/poetry.lock', line: 30, column: 1 },
    });
  });

  test('every marker it carries parses as PEP 508', () => {
    const pins = parsePoetryLock(LOCK_2_1, 'poetry.lock', { groups: ['dev'], extras: ['postgres'] }).pins;
    expect(pins.filter((pin) => pin.marker !== undefined)).toHaveLength(4);
    for (const pin of pins) if (pin.marker !== undefined) expect(parseMarker(pin.marker)).toMatchObject({ ok: true });
  });

  test('a selected group missing from a marker table installs the package everywhere', () => {
    const text = [
      '[[package]]',
      'name = "colorama"',
      'version = "0.4.6"',
      'optional = false',
      'groups = ["main", "test"]',
      'markers = {main = "platform_system == \\"Windows\\""}',
      '',
      '[metadata]',
      'lock-version = "2.1"',
    ].join('\n');
    expect(brief(parsePoetryLock(text, 'poetry.lock', { groups: ['test'] }).pins)).toEqual([['colorama', '0.4.6', undefined, 1, 1]]);
    expect(brief(parsePoetryLock(text, 'poetry.lock').pins)).toEqual([['colorama', '0.4.6', 'platform_system == "Windows"', 1, 1]]);
  });
});

describe('poetry.lock, lock-version 2.0 (Poetry 1.5-1.8: no groups)', () => {
  test('pins every package but the optional ones, none with a marker', () => {
    const result = parsePoetryLock(LOCK_2_0, 'poetry.lock');
    expect(result.problems).toEqual([]);
    expect(brief(result.pins)).toEqual([
      ['blinker', '1.9.0', undefined, 3, 1],
      ['click', '8.1.8', undefined, 14, 1],
      ['colorama', '0.4.6', undefined, 28, 1],
      ['exceptiongroup', '1.3.0', undefined, 39, 1],
      ['flask', '3.1.1', undefined, 56, 1],
      ['greenlet', '3.2.3', undefined, 79, 1],
      ['mylib', '0.3.0', undefined, 91, 1],
      ['pytest', '8.4.1', undefined, 117, 1],
      ['sqlalchemy', '2.0.41', undefined, 135, 1],
      ['typing-extensions', '4.14.0', undefined, 154, 1],
    ]);
  });

  test('pins an optional package when an extra listing it in [extras] is selected', () => {
    const names = parsePoetryLock(LOCK_2_0, 'poetry.lock', { extras: ['postgres'] }).pins.map((pin) => pin.name);
    expect(names).toContain('psycopg2-binary');
    expect(parsePoetryLock(LOCK_2_0, 'poetry.lock', { extras: ['mysql'] }).pins.map((pin) => pin.name)).not.toContain('psycopg2-binary');
  });
});

describe('poetry.lock, lock-version 1.1 (category)', () => {
  const text = [
    '[[package]]',
    'name = "requests"',
    'version = "2.28.1"',
    'description = "Python HTTP for Humans."',
    'category = "main"',
    'optional = false',
    'python-versions = ">=3.7, <4"',
    '',
    '[[package]]',
    'name = "pytest"',
    'version = "7.2.0"',
    'description = "pytest: simple powerful testing with Python"',
    'category = "dev"',
    'optional = false',
    'python-versions = ">=3.7"',
    '',
    '[metadata]',
    'lock-version = "1.1"',
    'python-versions = "^3.8"',
    'content-hash = "0c7a3b2f"',
  ].join('\n');

  test('pins category "main" always and category "dev" with the dev group', () => {
    expect(brief(parsePoetryLock(text, 'poetry.lock').pins)).toEqual([['requests', '2.28.1', undefined, 1, 1]]);
    expect(brief(parsePoetryLock(text, 'poetry.lock', { groups: ['dev'] }).pins)).toEqual([
      ['requests', '2.28.1', undefined, 1, 1],
      ['pytest', '7.2.0', undefined, 9, 1],
    ]);
  });
});

describe('bad input', () => {
  test('a TOML syntax error is one DG100 at its line and column', () => {
    const text = '[[package]]\nname = "requests"\nversion = "2.32.4"\ngroups = ["main"\n';
    const { pins, problems } = parsePoetryLock(text, 'poetry.lock');
    expect(pins).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'DG100', subject: 'poetry.lock', source: { file: 'poetry.lock', line: 5, column: 1 } });
    expect(problems[0].message).toMatch(/^poetry\.lock cannot be read: TOML syntax error at line 5, column 1: .*regenerate it with `poetry lock`$/);
  });

  test('entries without a version or with a malformed markers value are DG100s at their headers; the rest still pin', () => {
    const text = [
      '[[package]]',
      'name = "requests"',
      'optional = false',
      'groups = ["main"]',
      '',
      '[[package]]',
      'name = "idna"',
      'version = "3.10"',
      'groups = ["main"]',
      'markers = ["python_version >= \\"3.6\\""]',
      '',
      '[[package]]',
      'name = "certifi"',
      'version = "2025.6.15"',
      'groups = ["main"]',
    ].join('\n');
    const { pins, problems } = parsePoetryLock(text, 'poetry.lock');
    expect(brief(pins)).toEqual([['certifi', '2025.6.15', undefined, 12, 1]]);
    expect(problems).toEqual([
      {
        code: 'DG100',
        message: 'the [[package]] requests in poetry.lock has no "version"; regenerate the file with `poetry lock`',
        source: { file: 'poetry.lock', line: 1, column: 1 },
        subject: 'requests',
      },
      {
        code: 'DG100',
        message: '"markers" of idna in poetry.lock must be a string or a table of group = "marker"; regenerate the file with `poetry lock`',
        source: { file: 'poetry.lock', line: 10, column: 1 },
        subject: 'idna',
      },
    ]);
  });
});
