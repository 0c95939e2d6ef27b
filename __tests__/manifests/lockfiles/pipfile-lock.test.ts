import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LockPin } from '../../../src/model.js';
import { parsePipfileLock } from '../../../src/manifests/lockfiles/pipfile-lock.js';
import { parseMarker } from '../../../src/versions/pep508.js';

const LOCK = readFileSync(fileURLToPath(new URL('../../fixtures/lockfiles/pipenv/Pipfile.lock', import.meta.url)), 'utf8');

const brief = (pins: LockPin[]) => pins.map((pin) => [pin.name, pin.version, pin.marker, pin.source.line, pin.source.column]);

const GREENLET_MARKER =
  "python_version < '3.14' and (platform_machine == 'aarch64' or (platform_machine == 'ppc64le' or (platform_machine == 'x86_64' or (platform_machine == 'amd64' or (platform_machine == 'AMD64' or (platform_machine == 'win32' or platform_machine == 'WIN32'))))))";

const DEFAULT_PINS = [
  ['django', '5.2.3', "python_version >= '3.10'", 19, 9],
  ['greenlet', '3.2.3', GREENLET_MARKER, 28, 9],
  ['psycopg2-binary', '2.9.10', undefined, 43, 9],
  ['requests', '2.32.4', "python_version >= '3.8'", 52, 9],
  ['sqlalchemy', '2.0.41', "python_version >= '3.7'", 64, 9],
  ['typing-extensions', '4.14.0', "python_version >= '3.9'", 78, 9],
];

describe('Pipfile.lock (pipfile-spec 6)', () => {
  test('pins "default" at each package key, with the version after == and its markers; a git entry pins no release', () => {
    const result = parsePipfileLock(LOCK, 'Pipfile.lock');
    expect(result.problems).toEqual([]);
    expect(result.requirements).toEqual([]);
    expect(result.files).toEqual(['Pipfile.lock']);
    expect(brief(result.pins)).toEqual(DEFAULT_PINS);
  });

  test('adds "develop" only when the dev group is selected (a package in both is one pin)', () => {
    expect(brief(parsePipfileLock(LOCK, 'Pipfile.lock', { groups: ['dev'] }).pins)).toEqual([
      ...DEFAULT_PINS,
      ['colorama', '0.4.6', "sys_platform == 'win32'", 88, 9],
      ['exceptiongroup', '1.3.0', "python_version < '3.11'", 96, 9],
      ['pytest', '8.4.1', "python_version >= '3.9'", 104, 9],
    ]);
    expect(brief(parsePipfileLock(LOCK, 'Pipfile.lock', { groups: ['develop'] }).pins)).toHaveLength(9);
  });

  test('adds a custom category when a group of its name is selected', () => {
    expect(brief(parsePipfileLock(LOCK, 'Pipfile.lock', { groups: ['Docs'] }).pins)).toEqual([
      ...DEFAULT_PINS,
      ['sphinx', '8.2.3', "python_version >= '3.11'", 123, 9],
    ]);
  });

  test('fills in every field of a pin', () => {
    expect(parsePipfileLock(LOCK, 'web/Pipfile.lock').pins[0]).toEqual({
      ecosystem: 'python',
      name: 'django',
      canonicalName: 'django',
      version: '5.2.3',
      marker: "python_version >= '3.10'",
      source: { file: 'web/Pipfile.lock', line: 19, column: 9 },
    });
  });

  test('every marker it carries parses as PEP 508', () => {
    const pins = parsePipfileLock(LOCK, 'Pipfile.lock', { groups: ['dev', 'docs'] }).pins;
    expect(pins.filter((pin) => pin.marker !== undefined)).toHaveLength(9);
    for (const pin of pins) if (pin.marker !== undefined) expect(parseMarker(pin.marker)).toMatchObject({ ok: true });
  });
});

describe('bad input', () => {
  test('invalid JSON is one DG100 at its line and column', () => {
    const text = '{\n    "default": {\n        "idna": {"version": "==3.10",}\n    }\n}\n';
    const { pins, problems } = parsePipfileLock(text, 'Pipfile.lock');
    expect(pins).toEqual([]);
    expect(problems).toEqual([
      {
        code: 'DG100',
        message: 'Pipfile.lock is not valid JSON: a trailing comma before } is not allowed in JSON. Fix it, or regenerate it with `pipenv lock`',
        source: { file: 'Pipfile.lock', line: 3, column: 38 },
        subject: 'Pipfile.lock',
      },
    ]);
  });

  test('a JSON value that is not an object is a DG100 at its start', () => {
    expect(parsePipfileLock('\n  []', 'Pipfile.lock').problems).toEqual([
      {
        code: 'DG100',
        message: 'Pipfile.lock must hold a JSON object with "default" and "develop"; regenerate it with `pipenv lock`',
        source: { file: 'Pipfile.lock', line: 2, column: 3 },
        subject: 'Pipfile.lock',
      },
    ]);
  });

  test('an entry without an exact version is a DG100 at its key; the rest still pin', () => {
    const text = JSON.stringify(
      {
        default: {
          certifi: { version: '==2025.6.15' },
          idna: { version: '>=3.10' },
          requests: { hashes: [], index: 'pypi' },
          urllib3: '==2.5.0',
          sniffio: { version: '== 1.3.1 ' },
        },
      },
      null,
      4,
    );
    const { pins, problems } = parsePipfileLock(text, 'Pipfile.lock');
    expect(brief(pins)).toEqual([
      ['certifi', '2025.6.15', undefined, 3, 9],
      ['sniffio', '1.3.1', undefined, 14, 9],
    ]);
    expect(problems.map((problem) => [problem.message, problem.subject, problem.source?.line, problem.source?.column])).toEqual([
      ['"idna" in "default" of Pipfile.lock has "version": ">=3.10"; a locked package needs an exact "version": "==X.Y.Z". Regenerate the file with `pipenv lock`', 'idna', 6, 9],
      ['"requests" in "default" of Pipfile.lock has no "version"; a locked package needs an exact "version": "==X.Y.Z". Regenerate the file with `pipenv lock`', 'requests', 9, 9],
      ['"urllib3" in "default" of Pipfile.lock must be an object with a "version"; regenerate the file with `pipenv lock`', 'urllib3', 13, 9],
    ]);
  });

  test('a section that is not an object is a DG100 at its key', () => {
    const { problems } = parsePipfileLock('{"_meta": {}, "default": []}', 'Pipfile.lock');
    expect(problems.map((problem) => [problem.message, problem.source?.line, problem.source?.column])).toEqual([
      ['"default" in Pipfile.lock must be an object of packages; regenerate the file with `pipenv lock`', 1, 15],
    ]);
  });
});
