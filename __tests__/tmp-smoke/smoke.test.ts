import { test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parseUvLock } from '../../src/manifests/lockfiles/uv-lock.js';
import { parseTomlWithPositions } from '../../src/formats/toml.js';
test('smoke', () => {
  const text = readFileSync('/tmp/u5000.lock', 'utf8');
  for (let i = 0; i < 3; i++) {
  let t = process.hrtime.bigint();
  parseTomlWithPositions(text);
  const toml = Number(process.hrtime.bigint() - t) / 1e6;
  t = process.hrtime.bigint();
  const r = parseUvLock(text, 'uv.lock', {});
  console.log(toml, Number(process.hrtime.bigint() - t) / 1e6, r.pins.length, r.problems.length, r.pins.filter(p=>p.marker).length);
  }
});
