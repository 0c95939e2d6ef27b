import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isMap, type Node as YamlNode } from 'yaml';
import { parseYamlSource } from '../../src/config/yaml-source.js';
import { readSystemSection, type SystemSpec } from '../../src/config/system-section.js';
import { checkSystem } from '../../src/ecosystems/system.js';

// The whole system leg against this machine: its real dpkg database and real binaries, with the
// expectations built from what dpkg-query and the tools themselves print.
const dpkgVersion = (name: string): string => execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' });
const where = (name: string): string => execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim();
const DPKG = dpkgVersion('dpkg');
const LIBC6 = dpkgVersion('libc6');
const INSTALLED = execFileSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}\n'], { encoding: 'utf8' }).split('\n').filter((line) => line.startsWith('ii')).length;
const GIT = /git version (\S+)/.exec(execFileSync('git', ['--version'], { encoding: 'utf8' }))![1];
const NODE_MAJOR = execFileSync('node', ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '').split('.')[0];
const PSQL = /\(PostgreSQL\) (\S+)/.exec(execFileSync('psql', ['--version'], { encoding: 'utf8' }))![1];

let scratch: string;
let fakes: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'depgate-system-'));
  fakes = path.join(scratch, 'bin');
  mkdirSync(fakes);
  for (const [name, body] of Object.entries({ 'garbage-tool': 'echo garbage', 'stderr-tool': 'echo "stderr-tool version 3.4.5" >&2' })) {
    writeFileSync(path.join(fakes, name), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(fakes, name), 0o755);
  }
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function spec(text: string): SystemSpec {
  const { source, problems } = parseYamlSource(text, 'depgate.yml');
  expect(problems).toEqual([]);
  const root = source.document.contents;
  const reported: string[] = [];
  const read = readSystemSection(isMap(root) ? (root.get('system', true) as YamlNode) : null, source, (_at, message) => reported.push(message));
  expect(reported).toEqual([]);
  return read;
}

describe('checkSystem on this machine', () => {
  test('installed dpkg packages in and out of range, a missing package, real binaries, a missing one and an unparseable one', async () => {
    const config = spec([
      'system:',
      '  packages:',
      `    dpkg: ">=${DPKG}"`,
      `    libc6: ">${LIBC6}"`,
      '    depgate-no-such-package:',
      `    libc6:${execFileSync('dpkg', ['--print-architecture'], { encoding: 'utf8' }).trim()}: "=${LIBC6}"`,
      '  binaries:',
      `    git: ">=${GIT}"`,
      `    node: "${NODE_MAJOR}"`,
      '    python3: ">=3"',
      `    psql: ">${PSQL}"`,
      '    depgate-no-such-binary:',
      '    garbage-tool: ">=1"',
      '    stderr-tool: ">=3.4.5, <3.5"',
    ].join('\n'));
    const PATH = `${fakes}${path.delimiter}${process.env.PATH}`;
    const check = await checkSystem(config, { cwd: process.cwd(), env: { ...process.env, PATH }, timeoutMs: 30_000 });
    expect(check.checked).toBe(11);
    expect(check.installCommand).toEqual(['apt-get', 'install', '-y']);
    const searched = [fakes, ...process.env.PATH!.split(path.delimiter).filter((entry) => path.isAbsolute(entry))].filter((entry, index, all) => all.indexOf(entry) === index);
    expect(check.findings).toEqual([
      {
        code: 'DG002', kind: 'version-mismatch', severity: 'error', ecosystem: 'system', name: 'libc6', required: `>${LIBC6}`, found: LIBC6,
        file: 'depgate.yml', line: 4, column: 5,
        message: `libc6 ${LIBC6} is installed (dpkg-query -W), outside >${LIBC6} (compared with dpkg's version ordering).`,
        fix: 'apt-get install -y libc6', install: ['libc6'],
      },
      {
        code: 'DG001', kind: 'missing', severity: 'error', ecosystem: 'system', name: 'depgate-no-such-package', required: '', file: 'depgate.yml', line: 5, column: 5,
        message: `depgate-no-such-package is not installed: dpkg-query -W lists ${INSTALLED} installed packages, and it is not one of them.`,
        fix: 'apt-get install -y depgate-no-such-package', install: ['depgate-no-such-package'],
      },
      {
        code: 'DG002', kind: 'version-mismatch', severity: 'error', ecosystem: 'system', name: 'psql', required: `>${PSQL}`, found: PSQL, file: 'depgate.yml', line: 11, column: 5,
        message: `psql ${PSQL} (from ${where('psql')} --version) is outside >${PSQL}.`,
      },
      {
        code: 'DG001', kind: 'missing', severity: 'error', ecosystem: 'system', name: 'depgate-no-such-binary', required: '', file: 'depgate.yml', line: 12, column: 5,
        message: `depgate-no-such-binary was not found on PATH (searched ${searched.join(', ')}). Install the package that provides it, or add its directory to PATH.`,
      },
      {
        code: 'DG100', kind: 'spec-error', severity: 'error', ecosystem: 'system', name: 'garbage-tool', required: '>=1', file: 'depgate.yml', line: 13, column: 5,
        message: `${path.join(fakes, 'garbage-tool')} --version printed "garbage", in which depgate found no version. Say how to read its version in depgate.yml: garbage-tool: { version: ">=1", args: ["--version"], pattern: "version (\\\\S+)" } (args: what makes it print its version; pattern: a regular expression whose first group is the version).`,
      },
    ]);
  });

  test('no package manager on the machine: DG005 at packages:, and the binaries are still checked', async () => {
    const bare = path.join(scratch, 'bare-root');
    mkdirSync(bare);
    const config = spec('system:\n  packages: [libpq5]\n  binaries: [garbage-tool, psql]\n');
    const check = await checkSystem(config, { cwd: process.cwd(), env: { PATH: fakes }, timeoutMs: 5000, root: bare });
    expect(check.installCommand).toBeUndefined();
    expect(check.findings.map((f) => [f.code, f.name, f.line, f.column, f.message])).toEqual([
      ['DG005', 'system packages', 2, 3, `no known package manager (dpkg, rpm, apk) on this machine: looked for ${bare}/var/lib/dpkg/status, ${bare}/var/lib/dpkg/status.d, rpm on PATH, ${bare}/lib/apk/db/installed, ${bare}/usr/lib/apk/db/installed, apk on PATH; so 1 declared system package could not be checked (libpq5).`],
      ['DG001', 'psql', 3, 28, `psql was not found on PATH (searched ${fakes}). Install the package that provides it, or add its directory to PATH.`],
    ]);
  });

  test('manager: rpm on a Debian machine is DG005 at manager:', async () => {
    const config = spec('system:\n  manager: rpm\n  packages: [glibc]\n');
    const check = await checkSystem(config, { cwd: process.cwd(), env: { PATH: fakes }, timeoutMs: 5000 });
    expect(check.findings.map((f) => [f.code, f.name, f.line, f.column, f.message])).toEqual([
      ['DG005', 'rpm', 2, 12, 'depgate.yml says the packages are managed by rpm, but there is no rpm database here (looked for rpm on PATH); so 1 declared system package could not be checked (glibc).'],
    ]);
  });

  test('an empty section checks nothing and starts no process', async () => {
    expect(await checkSystem({ packages: [], binaries: [] }, { cwd: process.cwd(), env: {}, timeoutMs: 5000 })).toEqual({ findings: [], checked: 0 });
  });
});
