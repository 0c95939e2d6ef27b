import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LOCKFILE_FORMATS } from '../../../src/manifests/lockfiles/index.js';

const FIXTURE_DIRECTORIES: Record<string, string> = { 'uv.lock': 'uv', 'poetry.lock': 'poetry-2.1', 'pdm.lock': 'pdm', 'Pipfile.lock': 'pipenv' };
const fixture = (fileName: string) =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/lockfiles/${FIXTURE_DIRECTORIES[fileName]}/${fileName}`, import.meta.url)), 'utf8');

describe('LOCKFILE_FORMATS', () => {
  test('lists the lockfiles in discovery precedence: uv.lock, poetry.lock, pdm.lock, Pipfile.lock', () => {
    expect(LOCKFILE_FORMATS.map((format) => [format.name, format.fileName])).toEqual([
      ['uv', 'uv.lock'],
      ['Poetry', 'poetry.lock'],
      ['PDM', 'pdm.lock'],
      ['Pipenv', 'Pipfile.lock'],
    ]);
  });

  test.each(LOCKFILE_FORMATS.map((format) => [format.fileName, format] as const))('%s: parses its own fixture, labelled with the file it was given', (fileName, format) => {
    const result = format.parse(fixture(fileName), `app/${fileName}`);
    expect(result.problems).toEqual([]);
    expect(result.requirements).toEqual([]);
    expect(result.files).toEqual([`app/${fileName}`]);
    expect(result.pins.length).toBeGreaterThan(4);
    expect(result.pins.every((pin) => pin.source.file === `app/${fileName}`)).toBe(true);
  });

  test.each(LOCKFILE_FORMATS.map((format) => [format.fileName, format] as const))('%s: another format\'s file is a DG100, never an exception', (fileName, format) => {
    const other = LOCKFILE_FORMATS.find((candidate) => candidate.fileName !== fileName && (candidate.fileName === 'Pipfile.lock') !== (fileName === 'Pipfile.lock'))!;
    const result = format.parse(fixture(other.fileName), fileName);
    expect(result.pins).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'DG100', subject: fileName, source: { file: fileName } });
  });
});
