import { describe, expect, test } from '@jest/globals';
import type { SpecProblem } from '../../src/model.js';
import { LTS_CODENAMES, parseNodeVersionFile, parseNvmrc, parseToolVersionsNode } from '../../src/manifests/node-version-files.js';

const constraintOf = (result: ReturnType<typeof parseNvmrc>) =>
  result.runtime.map((c) => [c.runtime, c.specifier, c.origin, c.source.file, c.source.line, c.source.column]);
const problemsOf = (problems: SpecProblem[]) => problems.map((p) => [p.code, p.subject, p.source?.line, p.source?.column]);
const nvmrc = (text: string) => parseNvmrc(text, '.nvmrc');

describe('parseNvmrc', () => {
  test('a major version means that whole line (18 → 18.x), at line 1 column 1', () => {
    expect(constraintOf(nvmrc('20\n'))).toEqual([['node', '20.x', '.nvmrc', '.nvmrc', 1, 1]]);
    expect(constraintOf(nvmrc('18'))).toEqual([['node', '18.x', '.nvmrc', '.nvmrc', 1, 1]]);
  });

  test('v18.17.0 (no trailing newline) means exactly 18.17.0; 18.17 means 18.17.x', () => {
    expect(constraintOf(nvmrc('v18.17.0'))).toEqual([['node', '18.17.0', '.nvmrc', '.nvmrc', 1, 1]]);
    expect(constraintOf(nvmrc('18.17\n'))).toEqual([['node', '18.17.x', '.nvmrc', '.nvmrc', 1, 1]]);
    expect(constraintOf(nvmrc('V20.0.0-rc.1'))).toEqual([['node', '20.0.0-rc.1', '.nvmrc', '.nvmrc', 1, 1]]);
  });

  test.each(Object.entries(LTS_CODENAMES))('lts/%s is the %i.x line', (codename, major) => {
    expect(constraintOf(nvmrc(`lts/${codename}\n`))).toEqual([['node', `${major}.x`, '.nvmrc', '.nvmrc', 1, 1]]);
  });

  test('the codename table is the one Node publishes, argon 4 to krypton 24', () => {
    expect(LTS_CODENAMES).toEqual({ argon: 4, boron: 6, carbon: 8, dubnium: 10, erbium: 12, fermium: 14, gallium: 16, hydrogen: 18, iron: 20, jod: 22, krypton: 24 });
    expect(constraintOf(nvmrc('lts/Iron'))).toEqual([['node', '20.x', '.nvmrc', '.nvmrc', 1, 1]]);
  });

  test('lts/* is a notice, not a guess: the newest LTS is known only from the release index', () => {
    const result = nvmrc('lts/*\n');
    expect(result.runtime).toEqual([]);
    expect(result.problems).toEqual([
      {
        code: 'DG101',
        message: ".nvmrc: 'lts/*' means the newest LTS line, which depends on Node's release index that depgate does not fetch; write its major version (such as 22, or lts/jod) to have it checked",
        source: { file: '.nvmrc', line: 1, column: 1 },
        subject: 'lts/*',
      },
    ]);
    expect(problemsOf(nvmrc('lts/-1').problems)).toEqual([['DG101', 'lts/-1', 1, 1]]);
  });

  test('node and stable (the newest release) are notices saying they cannot be checked offline', () => {
    for (const alias of ['node', 'stable']) {
      const result = nvmrc(`${alias}\n`);
      expect(result.runtime).toEqual([]);
      expect(result.problems.map((p) => [p.code, p.message])).toEqual([
        ['DG101', `.nvmrc: '${alias}' means the newest Node release, which depgate cannot know offline; write a major version (such as 22) to have it checked`],
      ]);
    }
  });

  test('system, iojs and an unknown LTS codename are notices too', () => {
    expect(problemsOf(nvmrc('system').problems)).toEqual([['DG101', 'system', 1, 1]]);
    expect(problemsOf(nvmrc('iojs').problems)).toEqual([['DG101', 'iojs', 1, 1]]);
    expect(nvmrc('lts/lithium').problems.map((p) => [p.code, p.message])).toEqual([
      ['DG101', ".nvmrc: 'lts/lithium' is not an LTS codename depgate knows (argon 4, boron 6, carbon 8, dubnium 10, erbium 12, fermium 14, gallium 16, hydrogen 18, iron 20, jod 22, krypton 24), so it is not checked"],
    ]);
  });

  test('comments and blank lines are skipped; the version keeps its own line and column', () => {
    expect(constraintOf(nvmrc('# pinned for production\n\n  20.11.1  # matches the Docker image\n'))).toEqual([['node', '20.11.1', '.nvmrc', '.nvmrc', 3, 3]]);
  });

  test('CRLF line endings and a BOM', () => {
    expect(constraintOf(nvmrc('# LTS\r\n22\r\n'))).toEqual([['node', '22.x', '.nvmrc', '.nvmrc', 2, 1]]);
    expect(constraintOf(nvmrc('\ufeff22\r\n'))).toEqual([['node', '22.x', '.nvmrc', '.nvmrc', 1, 1]]);
  });

  test('key=value lines are allowed beside the version (nvm v0.40); node= and a repeated key are refused', () => {
    expect(constraintOf(nvmrc('auto_use=true\n20\n'))).toEqual([['node', '20.x', '.nvmrc', '.nvmrc', 2, 1]]);
    expect(nvmrc('node=20\n20\n').problems.map((p) => [p.code, p.message, p.source?.line])).toEqual([
      ['DG100', ".nvmrc is invalid for nvm: 'node' cannot be a key (write the version on a line of its own)", 1],
    ]);
    expect(problemsOf(nvmrc('a=1\na=2\n20\n').problems)).toEqual([['DG100', 'a', 2, 1]]);
  });

  test('two versions are a DG100 at the second; an empty file a DG100 at 1:1', () => {
    const two = nvmrc('20\n22\n');
    expect(two.runtime).toEqual([]);
    expect(two.problems.map((p) => [p.code, p.message, p.source?.line, p.source?.column])).toEqual([
      ['DG100', ".nvmrc names 2 versions ('20', '22'); nvm accepts exactly one", 2, 1],
    ]);
    expect(nvmrc('# nothing here\n\n').problems.map((p) => [p.code, p.message, p.source?.line, p.source?.column])).toEqual([
      ['DG100', '.nvmrc names no Node version (nvm needs one bare version such as 22 or lts/jod)', 1, 1],
    ]);
  });

  test('a word that is no version is a DG100 saying what to write', () => {
    expect(nvmrc('twenty').problems.map((p) => [p.code, p.message])).toEqual([
      ['DG100', ".nvmrc: 'twenty' is not a Node version: write a major version (22), an exact one (v22.11.0), a range (>=20) or an LTS line (lts/jod)"],
    ]);
  });

  test('a node-semver range is kept as written (actions/setup-node accepts one)', () => {
    expect(constraintOf(nvmrc('>=20.11'))).toEqual([['node', '>=20.11', '.nvmrc', '.nvmrc', 1, 1]]);
    expect(constraintOf(nvmrc('20.x'))).toEqual([['node', '20.x', '.nvmrc', '.nvmrc', 1, 1]]);
  });
});

describe('parseNodeVersionFile', () => {
  const file = (text: string) => parseNodeVersionFile(text, 'web/.node-version');

  test('the same forms as nvm: exact, major, v-prefix, LTS codename', () => {
    expect(constraintOf(file('20.11.0\n'))).toEqual([['node', '20.11.0', '.node-version', 'web/.node-version', 1, 1]]);
    expect(constraintOf(file('v22'))).toEqual([['node', '22.x', '.node-version', 'web/.node-version', 1, 1]]);
    expect(constraintOf(file('lts/hydrogen\n'))).toEqual([['node', '18.x', '.node-version', 'web/.node-version', 1, 1]]);
  });

  test('the first word of the first non-blank line, with its position', () => {
    expect(constraintOf(file('\n\n 21.6.1 trailing words\n18\n'))).toEqual([['node', '21.6.1', '.node-version', 'web/.node-version', 3, 2]]);
  });

  test('an empty file is a DG100; lts/* a notice', () => {
    expect(problemsOf(file('').problems)).toEqual([['DG100', 'web/.node-version', 1, 1]]);
    expect(problemsOf(file('lts/*\n').problems)).toEqual([['DG101', 'lts/*', 1, 1]]);
  });
});

describe('parseToolVersionsNode', () => {
  const tools = (text: string) => parseToolVersionsNode(text, '.tool-versions');

  test("asdf's nodejs line, at the version's column", () => {
    expect(constraintOf(tools('python 3.12.1\nnodejs 20.11.0\nruby 3.3.0\n'))).toEqual([['node', '20.11.0', '.tool-versions', '.tool-versions', 2, 8]]);
  });

  test("mise's node spelling and a major version", () => {
    expect(constraintOf(tools('node 22'))).toEqual([['node', '22.x', '.tool-versions', '.tool-versions', 1, 6]]);
  });

  test('fallback versions are alternatives', () => {
    expect(constraintOf(tools('nodejs 20.11.0 18.19.0\n'))).toEqual([['node', '20.11.0 || 18.19.0', '.tool-versions', '.tool-versions', 1, 8]]);
  });

  test('comments are cut; only the first node line counts', () => {
    expect(constraintOf(tools('# nodejs 16.0.0\nnodejs   20.11.0 # prod\nnodejs 18.0.0\n'))).toEqual([['node', '20.11.0', '.tool-versions', '.tool-versions', 2, 10]]);
  });

  test('system, ref: and path: builds and bare lts are notices; lts-iron is 20.x', () => {
    expect(problemsOf(tools('nodejs system').problems)).toEqual([['DG101', 'system', 1, 8]]);
    expect(tools('nodejs ref:v20.11.0').problems.map((p) => [p.code, p.message])).toEqual([
      ['DG101', ".tool-versions: 'ref:v20.11.0' is a build asdf does not version, so it is not checked"],
    ]);
    expect(problemsOf(tools('nodejs path:/opt/node').problems)).toEqual([['DG101', 'path:/opt/node', 1, 8]]);
    expect(problemsOf(tools('nodejs lts').problems)).toEqual([['DG101', 'lts', 1, 8]]);
    expect(constraintOf(tools('nodejs lts-iron'))).toEqual([['node', '20.x', '.tool-versions', '.tool-versions', 1, 8]]);
  });

  test('a node line without a version is a DG100; a file without one declares nothing', () => {
    expect(tools('nodejs\n').problems.map((p) => [p.code, p.message, p.source?.line, p.source?.column])).toEqual([
      ['DG100', ".tool-versions: 'nodejs' is followed by no version (write one such as nodejs 22.11.0)", 1, 1],
    ]);
    expect(tools('python 3.12.1\nterraform 1.7.0\n')).toEqual({ runtime: [], problems: [] });
  });

  test('a nodejs version that is no version is a DG100 at its column', () => {
    expect(problemsOf(tools('golang 1.22\nnodejs twenty').problems)).toEqual([['DG100', 'twenty', 2, 8]]);
  });
});
