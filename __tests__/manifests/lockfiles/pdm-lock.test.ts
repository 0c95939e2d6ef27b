import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LockPin } from '../../../src/model.js';
import { parsePdmLock } from '../../../src/manifests/lockfiles/pdm-lock.js';
import { parseMarker } from '../../../src/versions/pep508.js';

const LOCK = readFileSync(fileURLToPath(new URL('../../fixtures/lockfiles/pdm/pdm.lock', import.meta.url)), 'utf8');

const brief = (pins: LockPin[]) => pins.map((pin) => [pin.name, pin.version, pin.marker, pin.source.line, pin.source.column]);

const GREENLET_MARKER =
  '(platform_machine == "aarch64" or platform_machine == "ppc64le" or platform_machine == "x86_64" or platform_machine == "amd64" or platform_machine == "AMD64" or platform_machine == "win32" or platform_machine == "WIN32") and python_version < "3.14"';

describe('pdm.lock, lock_version 4.5.0 (inherit_metadata)', () => {
  test('pins the default group with its markers, each at its [[package]] header; requests[socks] is requests again', () => {
    const result = parsePdmLock(LOCK, 'pdm.lock');
    expect(result.problems).toEqual([]);
    expect(result.requirements).toEqual([]);
    expect(result.files).toEqual(['pdm.lock']);
    expect(brief(result.pins)).toEqual([
      ['blinker', '1.9.0', undefined, 13, 1],
      ['certifi', '2025.6.15', undefined, 24, 1],
      ['click', '8.1.8', undefined, 35, 1],
      ['colorama', '0.4.6', 'platform_system == "Windows" or sys_platform == "win32"', 50, 1],
      ['greenlet', '3.2.3', GREENLET_MARKER, 77, 1],
      ['mylib', '0.3.0', undefined, 89, 1],
      ['pysocks', '1.7.1', undefined, 111, 1],
      ['requests', '2.32.4', undefined, 141, 1],
    ]);
  });

  test('adds a selected dev group, and an extra (PDM locks extras as groups of their name)', () => {
    const result = parsePdmLock(LOCK, 'pdm.lock', { groups: ['dev'], extras: ['postgres'] });
    expect(result.problems).toEqual([]);
    expect(brief(result.pins)).toEqual([
      ['blinker', '1.9.0', undefined, 13, 1],
      ['certifi', '2025.6.15', undefined, 24, 1],
      ['click', '8.1.8', undefined, 35, 1],
      ['colorama', '0.4.6', 'platform_system == "Windows" or sys_platform == "win32"', 50, 1],
      ['exceptiongroup', '1.3.0', 'python_version < "3.11"', 62, 1],
      ['greenlet', '3.2.3', GREENLET_MARKER, 77, 1],
      ['mylib', '0.3.0', undefined, 89, 1],
      ['psycopg2-binary', '2.9.10', undefined, 100, 1],
      ['pysocks', '1.7.1', undefined, 111, 1],
      ['pytest', '8.4.1', undefined, 122, 1],
      ['requests', '2.32.4', undefined, 141, 1],
    ]);
    // `python.groups: [postgres]` selects the same packages: in PDM an extra is a group.
    expect(parsePdmLock(LOCK, 'pdm.lock', { groups: ['Postgres'] }).pins.map((pin) => pin.name)).toContain('psycopg2-binary');
  });

  test('fills in every field of a pin', () => {
    const colorama = parsePdmLock(LOCK, 'api/pdm.lock').pins.find((pin) => pin.name === 'colorama');
    expect(colorama).toEqual({
      ecosystem: 'python',
      name: 'colorama',
      canonicalName: 'colorama',
      version: '0.4.6',
      marker: 'platform_system == "Windows" or sys_platform == "win32"',
      source: { file: 'api/pdm.lock', line: 50, column: 1 },
    });
  });

  test('every marker it carries parses as PEP 508', () => {
    const pins = parsePdmLock(LOCK, 'pdm.lock', { groups: ['dev'], extras: ['postgres'] }).pins;
    expect(pins.filter((pin) => pin.marker !== undefined)).toHaveLength(3);
    for (const pin of pins) if (pin.marker !== undefined) expect(parseMarker(pin.marker)).toMatchObject({ ok: true });
  });

  test('a lock written without groups (lock_version 4.4) pins every package', () => {
    const text = [
      '[metadata]',
      'groups = ["default", "dev"]',
      'strategy = ["cross_platform"]',
      'lock_version = "4.4"',
      '',
      '[[package]]',
      'name = "ruff"',
      'version = "0.1.6"',
      'requires_python = ">=3.7"',
      '',
      '[[package]]',
      'name = "attrs"',
      'version = "23.1.0"',
    ].join('\n');
    expect(brief(parsePdmLock(text, 'pdm.lock').pins)).toEqual([
      ['ruff', '0.1.6', undefined, 6, 1],
      ['attrs', '23.1.0', undefined, 11, 1],
    ]);
  });
});

describe('bad input', () => {
  test('a TOML syntax error is one DG100 at its line and column', () => {
    const { pins, problems } = parsePdmLock('[metadata]\ngroups = ["default"]\n[[package]\nname = "x"\n', 'pdm.lock');
    expect(pins).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'DG100', subject: 'pdm.lock', source: { file: 'pdm.lock', line: 3, column: 11 } });
    expect(problems[0].message).toMatch(/^pdm\.lock cannot be read: TOML syntax error at line 3, column 11: .*regenerate it with `pdm lock`$/);
  });

  test('an entry without a version is a DG100 at its header; a VCS entry without one is skipped; the rest still pin', () => {
    const text = [
      '[[package]]',
      'name = "requests"',
      'groups = ["default"]',
      '',
      '[[package]]',
      'name = "mylib"',
      'git = "https://github.com/acme/mylib.git"',
      'groups = ["default"]',
      '',
      '[[package]]',
      'name = "idna"',
      'version = "3.10"',
      'groups = ["default"]',
      'marker = 3',
      '',
      '[[package]]',
      'name = "certifi"',
      'version = "2025.6.15"',
      'groups = ["default"]',
    ].join('\n');
    const { pins, problems } = parsePdmLock(text, 'pdm.lock');
    expect(brief(pins)).toEqual([['certifi', '2025.6.15', undefined, 16, 1]]);
    expect(problems.map((problem) => [problem.message, problem.subject, problem.source?.line, problem.source?.column])).toEqual([
      ['the [[package]] requests in pdm.lock has no "version"; regenerate the file with `pdm lock`', 'requests', 1, 1],
      ['"marker" of idna in pdm.lock must be a string; regenerate the file with `pdm lock`', 'idna', 14, 1],
    ]);
  });
});
