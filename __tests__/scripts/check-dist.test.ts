import { afterAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, rmSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../helpers/python-env.js';
import { ROOT } from '../e2e/run-dist.js';

const copy = path.join(makeTempDir('depgate-dist-copy-'), 'dist');
afterAll(() => rmSync(path.dirname(copy), { recursive: true, force: true }));

test('check-dist fails on a dist/ that is not the bundle of src/, naming each stale file', () => {
  cpSync(path.join(ROOT, 'dist'), copy, { recursive: true });
  appendFileSync(path.join(copy, 'index.js'), '\n// an edit made by hand\n');
  unlinkSync(path.join(copy, 'cli', 'licenses.txt'));
  const result = spawnSync('node', [path.join(ROOT, 'scripts/check-dist.mjs'), copy], { encoding: 'utf8' });
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('dist/ is stale against src/');
  expect(result.stderr).toContain('differs: dist/index.js');
  expect(result.stderr).toContain('missing from dist/: cli/licenses.txt');
  expect(result.stderr).not.toContain('cli/index.js');
}, 120_000);
