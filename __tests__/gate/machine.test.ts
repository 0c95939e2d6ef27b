// The machine sections through the whole gate (runGate, in process): depgate.yml's system,
// env, services and commands, each finding at its line in depgate.yml, on this real machine.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { runGate } from '../../src/gate.js';
import { makeTempDir, removeDir } from '../helpers/python-env.js';

let work: string;
let listener: net.Server;
let openPort: number;

beforeAll(async () => {
  work = makeTempDir('depgate-machine-');
  listener = net.createServer((socket) => socket.end());
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  openPort = (listener.address() as net.AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => listener.close(() => resolve()));
  removeDir(work);
});

const dpkgVersion = (name: string): string => spawnSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' }).stdout;

describe('depgate.yml machine sections', () => {
  test('system packages, binaries, env, services and commands are judged at their lines, and the gate fails', async () => {
    const dir = path.join(work, 'app');
    mkdirSync(dir, { recursive: true });
    const closedPort = openPort === 65535 ? 65534 : openPort + 1;
    writeFileSync(path.join(dir, 'depgate.yml'), [
      'system:',
      '  packages:',
      `    dpkg: ">=${dpkgVersion('dpkg')}"`,
      '    libc6: "<2.0"',
      '    depgate-no-such-package: ""',
      '  binaries:',
      '    git: ">=2"',
      '    depgate-no-such-binary: ""',
      'env: [DEPGATE_TEST_SET, DEPGATE_TEST_EMPTY, DEPGATE_TEST_UNSET]',
      'services:',
      `  - tcp: 127.0.0.1:${openPort}`,
      `  - tcp: 127.0.0.1:${closedPort}`,
      '    timeout: 2',
      'commands:',
      '  - run: node -e "process.exit(3)"',
      '    expect-exit: 0',
      '  - run: node -e "console.log(1)"',
      '',
    ].join('\n'));
    const report = await runGate({
      cwd: dir,
      env: { PATH: process.env.PATH, DEPGATE_TEST_SET: 'a-secret-value', DEPGATE_TEST_EMPTY: '' },
      timeoutSeconds: 20,
    });
    expect(report.findings.map((finding) => [finding.code, finding.name, finding.line])).toEqual([
      ['DG002', 'libc6', 4],
      ['DG001', 'depgate-no-such-package', 5],
      ['DG001', 'depgate-no-such-binary', 8],
      ['DG008', 'DEPGATE_TEST_EMPTY', 9],
      ['DG008', 'DEPGATE_TEST_UNSET', 9],
      ['DG009', `127.0.0.1:${closedPort}`, 12],
      ['DG011', 'node -e "process.exit(3)"', 15],
    ]);
    expect(report.passed).toBe(false);
    expect(JSON.stringify(report)).not.toContain('a-secret-value');
    expect(report.fixes.find((fix) => fix.ecosystem === 'system')?.command).toBe('apt-get install -y libc6 depgate-no-such-package');
  });
});
