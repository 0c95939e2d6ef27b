// docs/troubleshooting.md and docs/workflows.md held to the code: a section for every finding
// code with its real kind and severity, every ignore example accepted by depgate.yml's own schema,
// and every complete workflow accepted by @action-validator/cli.
import { describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FindingCode } from '../../src/model.js';
import { FINDING_CODES } from '../../src/judge/finding-codes.js';
import { readConfig } from '../../src/config/schema.js';
import { parseYamlSource } from '../../src/config/yaml-source.js';
import { troubleshootingAnchor } from '../../src/report/sarif.js';
import { ROOT } from '../e2e/run-dist.js';

const CODES = Object.keys(FINDING_CODES) as FindingCode[];
const troubleshooting = readFileSync(path.join(ROOT, 'docs/troubleshooting.md'), 'utf8');
const workflows = readFileSync(path.join(ROOT, 'docs/workflows.md'), 'utf8');

/** The text of each `## DGxxx kind` section, by code. */
function codeSections(markdown: string): Map<string, { kind: string; body: string }> {
  const sections = new Map<string, { kind: string; body: string }>();
  const headings = [...markdown.matchAll(/^## (DG\d{3}) (\S+)$/gm)];
  headings.forEach((heading, index) => {
    const end = index + 1 < headings.length ? headings[index + 1].index : markdown.indexOf('\n## ', heading.index + 1);
    sections.set(heading[1], { kind: heading[2], body: markdown.slice(heading.index, end < 0 ? undefined : end) });
  });
  return sections;
}

function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```yaml\n([\s\S]*?)```/g)].map((match) => match[1]);
}

function configProblems(text: string): { messages: string[]; ignore: { code: string; name: string }[] } {
  const parsed = parseYamlSource(text, 'depgate.yml');
  const { config, problems } = readConfig(parsed.source);
  return { messages: [...parsed.problems, ...problems].map((problem) => problem.message), ignore: config.ignore.map(({ code, name }) => ({ code, name })) };
}

function githubAnchors(markdown: string): Set<string> {
  return new Set([...markdown.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map(([, heading]) =>
    heading.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '').replace(/ /g, '-')));
}

describe('docs/troubleshooting.md', () => {
  const sections = codeSections(troubleshooting);

  test('has one section per finding code, in order, headed with its kind', () => {
    expect([...sections.entries()].map(([code, { kind }]) => [code, kind])).toEqual(CODES.map((code) => [code, FINDING_CODES[code].kind]));
    expect(CODES.map((code) => `${code.toLowerCase()}-${FINDING_CODES[code].kind}`)).toEqual(CODES.map(troubleshootingAnchor));
  });

  test('each section says what it means, the usual causes, the fix and how to ignore it, with its real severity', () => {
    for (const code of CODES) {
      const { body } = sections.get(code)!;
      for (const part of ['**Severity:** ', '**What it means.**', '**Usual causes.**', '**Fix.**', '**Ignore it.**']) {
        expect(`${code}: ${body.includes(part)}`).toBe(`${code}: true`);
      }
      expect(`${code}: ${body.slice(body.indexOf('**Severity:** ') + 14).split(/[ .]/)[0]}`).toBe(`${code}: ${FINDING_CODES[code].severity}`);
    }
  });

  test('the table at the top gives every code its kind and severity, and links to its section', () => {
    const anchors = githubAnchors(troubleshooting);
    for (const code of CODES) {
      const row = troubleshooting.split('\n').find((line) => line.startsWith(`| [${code}](`));
      expect(row).toBeDefined();
      const [, link, kind, severity] = /^\| \[DG\d{3}\]\(#([^)]+)\) \| (\S+) \| (\w+)/.exec(row!)!;
      expect([link, kind, severity, anchors.has(link)]).toEqual([troubleshootingAnchor(code), FINDING_CODES[code].kind, FINDING_CODES[code].severity, true]);
    }
  });

  test("every ignore example is valid depgate.yml and ignores its own section's code", () => {
    for (const code of CODES.filter((candidate) => candidate !== 'DG100')) {
      const examples = yamlBlocks(sections.get(code)!.body).filter((block) => block.startsWith('ignore:'));
      expect(`${code}: ${examples.length}`).toBe(`${code}: 1`);
      const { messages, ignore } = configProblems(examples[0]);
      expect({ code, messages }).toEqual({ code, messages: [] });
      expect(ignore.map((entry) => entry.code)).toEqual([code]);
    }
  });

  test('DG100 cannot be ignored, as its section says', () => {
    expect(sections.get('DG100')!.body).toContain('an `ignore:` entry with `code: DG100` is itself a DG100');
    expect(configProblems('ignore:\n  - { code: DG100, name: x, reason: y }\n').messages).toEqual([
      'depgate.yml: DG100 (spec-error) always blocks and cannot be ignored: fix the line it points at',
    ]);
  });

  test('the python, timeout and general ignore examples are valid depgate.yml', () => {
    const blocks = yamlBlocks(troubleshooting).filter((block) => /^(python|timeout|ignore):/.test(block));
    expect(blocks.length).toBeGreaterThanOrEqual(CODES.length);
    for (const block of blocks) expect({ block, messages: configProblems(block).messages }).toEqual({ block, messages: [] });
  });
});

describe('docs/workflows.md', () => {
  const complete = yamlBlocks(workflows).filter((block) => block.startsWith('# .github/workflows/'));

  test('every complete workflow passes @action-validator/cli', () => {
    expect(complete.map((block) => /^# \.github\/workflows\/(\S+)/.exec(block)![1])).toEqual([
      'deps.yml', 'deps-fork-prs.yml', 'deps-main.yml', 'deps-manual.yml', 'deps-nightly.yml', 'deps-matrix.yml',
    ]);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'depgate-docs-workflows-'));
    mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    for (const block of complete) {
      const file = path.join(dir, '.github/workflows', /^# \.github\/workflows\/(\S+)/.exec(block)![1]);
      writeFileSync(file, block);
      const result = spawnSync(path.join(ROOT, 'node_modules/.bin/action-validator'), [file], { encoding: 'utf8' });
      expect({ file: path.basename(file), output: result.stdout + result.stderr, status: result.status }).toEqual({ file: path.basename(file), output: '', status: 0 });
    }
  });

  test('the validator refuses a broken workflow (so the test above can fail)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'depgate-docs-broken-'));
    mkdirSync(path.join(dir, '.github/workflows'), { recursive: true });
    const file = path.join(dir, '.github/workflows/broken.yml');
    writeFileSync(file, 'on: [pull_request]\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: pip install --only-binary=:all: x\n');
    expect(spawnSync(path.join(ROOT, 'node_modules/.bin/action-validator'), [file], { encoding: 'utf8' }).status).not.toBe(0);
  });

  test("every `uses: acme/depgate@v1` passes only inputs that action.yml declares", () => {
    const declared = Object.keys((parseYamlSource(readFileSync(path.join(ROOT, 'action.yml'), 'utf8'), 'action.yml').source.document.toJS() as { inputs: Record<string, unknown> }).inputs);
    const used = new Set<string>();
    for (const block of yamlBlocks(workflows)) {
      for (const [, , withBlock] of block.matchAll(/uses: acme\/depgate@v1\n( +)with:\n((?:\1 {2}.*\n)+)/g)) {
        for (const [, key] of withBlock.matchAll(/^\s+([a-z-]+):/gm)) used.add(key);
      }
    }
    expect([...used].filter((input) => !declared.includes(input))).toEqual([]);
    expect(used.size).toBeGreaterThanOrEqual(10);
  });

  test('links from workflows.md into troubleshooting.md and its own sections resolve', () => {
    const own = githubAnchors(workflows);
    for (const [, anchor] of workflows.matchAll(/\]\(#([^)]+)\)/g)) expect(`${anchor}: ${own.has(anchor)}`).toBe(`${anchor}: true`);
    const other = githubAnchors(troubleshooting);
    for (const [, anchor] of troubleshooting.matchAll(/\]\(workflows\.md#([^)]+)\)/g)) expect(`${anchor}: ${own.has(anchor)}`).toBe(`${anchor}: true`);
    for (const [, anchor] of troubleshooting.matchAll(/\]\(#([^)]+)\)/g)) expect(`${anchor}: ${other.has(anchor)}`).toBe(`${anchor}: true`);
  });
});
