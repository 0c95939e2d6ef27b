// action.yml is what GitHub loads before any of depgate's code runs: a YAML slip there breaks
// every workflow, so it is parsed, schema-validated, and held to what the code reads and writes.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { ROOT } from './e2e/run-dist.js';

const text = readFileSync(path.join(ROOT, 'action.yml'), 'utf8');
const action = parseDocument(text, { uniqueKeys: true }).toJS() as {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
};
const sourceText = (file: string) => readFileSync(path.join(ROOT, 'src', file), 'utf8');

describe('action.yml', () => {
  test('is valid YAML', () => {
    expect(parseDocument(text, { uniqueKeys: true }).errors.map((error) => error.message)).toEqual([]);
  });

  test('passes @action-validator/cli (with node24 shown to it as node20: its schema predates node24)', () => {
    // GitHub added `using: node24` in 2025; action-validator 0.6.0's schema lists node12/16/20 only.
    expect(action.runs.using).toBe('node24');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'depgate-action-yml-'));
    writeFileSync(path.join(dir, 'action.yml'), text.replace(/^(\s*using:\s*)node24\s*$/m, '$1node20'));
    const result = spawnSync(path.join(ROOT, 'node_modules/.bin/action-validator'), [path.join(dir, 'action.yml')], { encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test('runs the committed bundle', () => {
    expect(action.runs.main).toBe('dist/index.js');
    expect(readdirSync(path.join(ROOT, 'dist'))).toContain('index.js');
  });

  test('declares exactly the inputs the code reads, each described', () => {
    const read = [...sourceText('action-inputs.ts').matchAll(/readInput\(env, '([^']+)'\)/g)].map((match) => match[1]);
    expect(Object.keys(action.inputs).sort()).toEqual([...new Set([...read, 'token'])].sort());
    for (const input of Object.values(action.inputs)) expect(input.description.length).toBeGreaterThan(20);
  });

  test('gives no default to anything depgate.yml can set, so the file is not overridden', () => {
    for (const name of ['config', 'manifests', 'python', 'imports', 'mode', 'timeout']) expect(action.inputs[name].default).toBeUndefined();
  });

  test('declares exactly the outputs the code sets', () => {
    const set = [...sourceText('report/github.ts').matchAll(/core\.setOutput\('([^']+)'/g)].map((match) => match[1]);
    expect(Object.keys(action.outputs).sort()).toEqual(set.sort());
  });
});
