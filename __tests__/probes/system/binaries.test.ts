import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SystemBinaryRequirement } from '../../../src/config/system-section.js';
import { extractVersion, findOnPath, probeBinaries, versionArgsFor } from '../../../src/probes/system/binaries.js';

const where = (name: string): string => execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
/** Each tool's version, read here with a pattern written for that tool alone. */
const REAL = {
  git: /git version (\S+)/.exec(execFileSync('git', ['--version'], { encoding: 'utf8' }))![1],
  node: execFileSync('node', ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, ''),
  python3: /Python (\S+)/.exec(execFileSync('python3', ['--version'], { encoding: 'utf8' }))![1],
  psql: /\(PostgreSQL\) (\S+)/.exec(execFileSync('psql', ['--version'], { encoding: 'utf8' }))![1],
};
const SLEEP = where('sleep');

let scratch: string;
let fakes: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'depgate-binaries-'));
  fakes = path.join(scratch, 'bin');
  mkdirSync(fakes);
  script(fakes, 'garbage-tool', 'echo garbage');
  script(fakes, 'stderr-tool', 'echo "stderr-tool version 3.4.5 (built 2024-01-02)" >&2');
  script(fakes, 'args-tool', 'if [ "$1" = "-V" ] && [ "$2" = "full" ]; then echo "build 42, release 7.1.2 (2024)"; else echo "usage: args-tool -V full" >&2; exit 64; fi');
  script(fakes, 'slow-tool', `${SLEEP} 30`);
  script(fakes, 'silent-tool', 'exit 3');
  script(fakes, 'aaa-tool', `echo ${'a'.repeat(40)}!`);
  script(fakes, 'pause-tool', `${SLEEP} 0.3; echo "pause-tool 1.0.0"`);
  writeFileSync(path.join(fakes, 'not-executable'), '#!/bin/sh\necho 1.0\n');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function script(directory: string, name: string, body: string): void {
  writeFileSync(path.join(directory, name), `#!/bin/sh\n${body}\n`);
  chmodSync(path.join(directory, name), 0o755);
}

const declared = (name: string, range: string, extra: Partial<SystemBinaryRequirement> = {}): SystemBinaryRequirement =>
  ({ name, range, source: { file: 'depgate.yml', line: 1, column: 1 }, ...extra });

describe('findOnPath', () => {
  test('finds git where the shell does, listing the directories searched up to it', () => {
    const found = findOnPath('git', process.env);
    expect(found.path).toBe(where('git'));
    expect(found.searched[found.searched.length - 1]).toBe(path.dirname(where('git')));
  });

  test('skips relative PATH entries, directories, and files that are not executable', () => {
    const env = { PATH: ['.', '', 'bin', scratch, fakes].join(path.delimiter) };
    expect(findOnPath('garbage-tool', env)).toEqual({ path: path.join(fakes, 'garbage-tool'), searched: [scratch, fakes] });
    expect(findOnPath('bin', env)).toEqual({ searched: [scratch, fakes] });
    expect(findOnPath('not-executable', env)).toEqual({ searched: [scratch, fakes] });
  });

  test('a name with a slash is never looked up', () => {
    expect(findOnPath('./garbage-tool', { PATH: fakes })).toEqual({ searched: [] });
    expect(findOnPath('/usr/bin/git', process.env)).toEqual({ searched: [] });
  });

  test('an unset PATH searches nothing', () => {
    expect(findOnPath('git', {})).toEqual({ searched: [] });
  });
});

describe('probeBinaries against real tools', () => {
  test('git, node, python3 and psql: found where the shell finds them, with the versions they print', async () => {
    const observations = await probeBinaries([declared('git', '>=1'), declared('node', '>=1'), declared('python3', '>=3'), declared('psql', '>=9')], { cwd: process.cwd(), env: process.env, timeoutMs: 30_000 });
    expect(observations.map(({ name, path: found, version }) => ({ name, path: found, version }))).toEqual([
      { name: 'git', path: where('git'), version: { status: 'ok', version: REAL.git, argv: [where('git'), '--version'] } },
      { name: 'node', path: where('node'), version: { status: 'ok', version: REAL.node, argv: [where('node'), '--version'] } },
      { name: 'python3', path: where('python3'), version: { status: 'ok', version: REAL.python3, argv: [where('python3'), '--version'] } },
      { name: 'psql', path: where('psql'), version: { status: 'ok', version: REAL.psql, argv: [where('psql'), '--version'] } },
    ]);
  });

  test('a binary without a range is only looked up, never run; a missing one says where it was looked for', async () => {
    const env = { PATH: [fakes, '/nonexistent-dir'].join(path.delimiter) };
    expect(await probeBinaries([declared('slow-tool', ''), declared('depgate-no-such-binary', '>=1')], { cwd: process.cwd(), env, timeoutMs: 5000 })).toEqual([
      { name: 'slow-tool', path: path.join(fakes, 'slow-tool'), searched: [fakes] },
      { name: 'depgate-no-such-binary', searched: [fakes, '/nonexistent-dir'] },
    ]);
  });

  test('output that holds no version is unparseable, with what was printed and how the tool exited', async () => {
    const env = { PATH: fakes };
    const [garbage, silent] = await probeBinaries([declared('garbage-tool', '>=1'), declared('silent-tool', '>=1')], { cwd: process.cwd(), env, timeoutMs: 5000 });
    expect(garbage.version).toEqual({ status: 'unparseable', argv: [path.join(fakes, 'garbage-tool'), '--version'], firstLine: 'garbage', exit: 'exited with code 0' });
    expect(silent.version).toEqual({ status: 'unparseable', argv: [path.join(fakes, 'silent-tool'), '--version'], firstLine: '', exit: 'exited with code 3' });
  });

  test('a version printed to stderr is read', async () => {
    const [observation] = await probeBinaries([declared('stderr-tool', '>=3')], { cwd: process.cwd(), env: { PATH: fakes }, timeoutMs: 5000 });
    expect(observation.version).toEqual({ status: 'ok', version: '3.4.5', argv: [path.join(fakes, 'stderr-tool'), '--version'] });
  });

  test('args and pattern override the defaults', async () => {
    const [observation] = await probeBinaries([declared('args-tool', '>=7', { args: ['-V', 'full'], pattern: 'release (\\S+)' })], { cwd: process.cwd(), env: { PATH: fakes }, timeoutMs: 5000 });
    expect(observation.version).toEqual({ status: 'ok', version: '7.1.2', argv: [path.join(fakes, 'args-tool'), '-V', 'full'] });
  });

  test('a pattern that does not match, and one that backtracks for ever, are unparseable', async () => {
    const env = { PATH: fakes };
    const [nomatch, runaway] = await probeBinaries([
      declared('stderr-tool', '>=3', { pattern: 'release (\\S+)' }),
      declared('aaa-tool', '>=1', { pattern: '^(a+)+$' }),
    ], { cwd: process.cwd(), env, timeoutMs: 5000 });
    expect(nomatch.version).toEqual({ status: 'unparseable', argv: [path.join(fakes, 'stderr-tool'), '--version'], firstLine: 'stderr-tool version 3.4.5 (built 2024-01-02)', exit: 'exited with code 0' });
    expect(runaway.version).toEqual({
      status: 'unparseable', argv: [path.join(fakes, 'aaa-tool'), '--version'], firstLine: `${'a'.repeat(40)}!`, exit: 'exited with code 0',
      patternError: 'the pattern ran longer than 1000 ms and was stopped',
    });
  });

  test('a tool that hangs is stopped at the deadline', async () => {
    const [observation] = await probeBinaries([declared('slow-tool', '>=1')], { cwd: process.cwd(), env: { PATH: fakes }, timeoutMs: 300 });
    expect(observation.version).toEqual({ status: 'timeout', argv: [path.join(fakes, 'slow-tool'), '--version'], timeoutMs: 300 });
  });

  test('version probes run side by side, at most `concurrency` at a time', async () => {
    const binaries = Array.from({ length: 6 }, () => declared('pause-tool', '>=1'));
    const started = Date.now();
    const observations = await probeBinaries(binaries, { cwd: process.cwd(), env: { PATH: fakes }, timeoutMs: 10_000, concurrency: 2 });
    const elapsed = Date.now() - started;
    expect(observations.map((observation) => observation.version)).toEqual(Array(6).fill({ status: 'ok', version: '1.0.0', argv: [path.join(fakes, 'pause-tool'), '--version'] }));
    // Six 0.3 s probes two at a time take three rounds; all at once would take one.
    expect(elapsed).toBeGreaterThanOrEqual(850);
  });
});

describe('versionArgsFor', () => {
  test('per-binary defaults, --version otherwise, and the configured args first', () => {
    expect(versionArgsFor({ name: 'java' })).toEqual(['-version']);
    expect(versionArgsFor({ name: 'ssh' })).toEqual(['-V']);
    expect(versionArgsFor({ name: 'go' })).toEqual(['version']);
    expect(versionArgsFor({ name: 'kubectl' })).toEqual(['version', '--client']);
    expect(versionArgsFor({ name: 'psql' })).toEqual(['--version']);
    expect(versionArgsFor({ name: 'java', args: ['--version'] })).toEqual(['--version']);
  });
});

describe('extractVersion on recorded output', () => {
  test.each([
    ['git version 2.39.5', '2.39.5'],
    ['git version 2.45.1.windows.1', '2.45.1'],
    ['git version 2.39.3 (Apple Git-146)', '2.39.3'],
    ['v20.20.2', '20.20.2'],
    ['Python 3.13.0rc1', '3.13.0rc1'],
    ['psql (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)', '15.18'],
    ['psql (PostgreSQL) 17beta1', '17beta1'],
    ['openjdk version "17.0.13" 2024-10-15\nOpenJDK Runtime Environment (build 17.0.13+11-Debian-2deb12u1)', '17.0.13'],
    ['openjdk version "21" 2023-09-19\nOpenJDK Runtime Environment (build 21+35-2513)', '21'],
    ['OpenSSH_9.2p1 Debian-2+deb12u6, OpenSSL 3.0.19 27 Jan 2026', '9.2p1'],
    ['go version go1.22.1 linux/amd64', '1.22.1'],
    ['Client Version: v1.29.2\nKustomize Version: v5.0.4-0.20230601165947-6ce0bf390ce3', '1.29.2'],
    ['Client Version: version.Info{Major:"1", Minor:"26", GitVersion:"v1.26.3", GitCommit:"9e64"}', '1.26.3'],
    ['Docker version 24.0.5, build ced0996', '24.0.5'],
    ['GNU bash, version 5.2.15(1)-release (x86_64-pc-linux-gnu)', '5.2.15'],
    ['This is perl 5, version 36, subversion 0 (v5.36.0) built for x86_64-linux-gnu-thread-multi', '5.36.0'],
    ['OpenSSL 1.1.1w  11 Sep 2023', '1.1.1w'],
    ['ffmpeg version 6.0-6ubuntu1 Copyright (c) 2000-2023 the FFmpeg developers', '6.0-6ubuntu1'],
    ['terraform v1.5.7-rc.1\non linux_amd64', '1.5.7-rc.1'],
  ])('%j → %s', (output, version) => {
    expect(extractVersion(output)).toEqual({ version });
  });

  test('no version at all', () => {
    expect(extractVersion('garbage')).toEqual({});
    expect(extractVersion('x86_64 amd64 arm64')).toEqual({});
    expect(extractVersion('')).toEqual({});
  });

  test('a pattern: its first group, else the whole match; an invalid one says why', () => {
    expect(extractVersion('build 42, release 7.1.2', 'release (\\S+)')).toEqual({ version: '7.1.2' });
    expect(extractVersion('build 42, release 7.1.2', '\\d+\\.\\d+\\.\\d+')).toEqual({ version: '7.1.2' });
    expect(extractVersion('build 42', 'release (\\S+)')).toEqual({});
    expect(extractVersion('build 42', '(unclosed')).toEqual({ patternError: 'Invalid regular expression: /(unclosed/: Unterminated group' });
  });

  test('a pattern that backtracks for ever is stopped after a second', () => {
    const started = Date.now();
    expect(extractVersion(`${'a'.repeat(40)}!`, '^(a+)+$')).toEqual({ patternError: 'the pattern ran longer than 1000 ms and was stopped' });
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
