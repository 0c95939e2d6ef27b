import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  parseApkInfoOutput, parseApkInstalledDatabase, parseDpkgQueryOutput, parseDpkgStatus, parseRpmQueryOutput, probeSystemPackages,
} from '../../../src/probes/system/packages.js';

/** What dpkg itself says, read independently of depgate's code. */
function dpkgVersion(name: string): string {
  return execFileSync('dpkg-query', ['-W', '-f=${Version}', name], { encoding: 'utf8' });
}

/** PATH in these tests holds only the fake tools, so the scripts name sleep by its path. */
const SLEEP = execFileSync('sh', ['-c', 'command -v sleep'], { encoding: 'utf8' }).trim();

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'depgate-packages-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A directory to use as PATH, holding the given shell scripts. */
function binDirectory(name: string, scripts: Record<string, string>): string {
  const directory = path.join(scratch, name);
  mkdirSync(directory, { recursive: true });
  for (const [file, body] of Object.entries(scripts)) {
    writeFileSync(path.join(directory, file), `#!/bin/sh\n${body}\n`);
    chmodSync(path.join(directory, file), 0o755);
  }
  return directory;
}

describe('probeSystemPackages on this machine (Debian, dpkg)', () => {
  test('reads every installed package with one dpkg-query, with the versions dpkg reports', async () => {
    const probe = await probeSystemPackages({ cwd: process.cwd(), env: process.env, timeoutMs: 30_000 });
    if (!probe.ok) throw new Error(JSON.stringify(probe));
    expect(probe.manager).toBe('dpkg');
    expect(probe.readFrom).toBe('dpkg-query -W');
    const installedCount = execFileSync('dpkg-query', ['-W', '-f=${db:Status-Abbrev}\n'], { encoding: 'utf8' }).split('\n').filter((line) => line.startsWith('ii')).length;
    expect(probe.packages).toHaveLength(installedCount);
    expect(probe.packages.filter((entry) => entry.name === 'dpkg')).toEqual([{ name: 'dpkg', arch: execFileSync('dpkg', ['--print-architecture'], { encoding: 'utf8' }).trim(), version: dpkgVersion('dpkg') }]);
    expect(probe.packages.find((entry) => entry.name === 'libc6')?.version).toBe(dpkgVersion('libc6'));
    expect(probe.packages.some((entry) => entry.name === 'depgate-no-such-package')).toBe(false);
  });

  test('manager: rpm where there is no rpm is manager-missing', async () => {
    expect(await probeSystemPackages({ cwd: process.cwd(), env: { PATH: binDirectory('empty-rpm', {}) }, timeoutMs: 5000, manager: 'rpm' }))
      .toEqual({ ok: false, reason: 'manager-missing', manager: 'rpm', looked: ['rpm on PATH'] });
  });
});

describe('probeSystemPackages on other roots', () => {
  test('no database and no tool anywhere: no-manager, saying where it looked', async () => {
    const root = path.join(scratch, 'bare-root');
    mkdirSync(root);
    const probe = await probeSystemPackages({ cwd: process.cwd(), env: { PATH: binDirectory('empty', {}) }, timeoutMs: 5000, root });
    expect(probe).toEqual({
      ok: false,
      reason: 'no-manager',
      looked: [
        `${root}/var/lib/dpkg/status`, `${root}/var/lib/dpkg/status.d`, 'rpm on PATH', `${root}/lib/apk/db/installed`, `${root}/usr/lib/apk/db/installed`, 'apk on PATH',
      ],
    });
  });

  test('without dpkg-query (a distroless image), the status file and status.d are read directly', async () => {
    const root = path.join(scratch, 'distroless');
    mkdirSync(path.join(root, 'var/lib/dpkg/status.d'), { recursive: true });
    writeFileSync(path.join(root, 'var/lib/dpkg/status'), [
      'Package: libc6', 'Status: install ok installed', 'Architecture: amd64', 'Version: 2.36-9+deb12u7', 'Description: GNU C Library', ' continued line', '',
      'Package: libssl1.1', 'Status: deinstall ok config-files', 'Architecture: amd64', 'Version: 1.1.1n-0+deb11u5', '',
    ].join('\n'));
    writeFileSync(path.join(root, 'var/lib/dpkg/status.d/tzdata'), 'Package: tzdata\nVersion: 2024a-0+deb12u1\nArchitecture: all\n');
    const probe = await probeSystemPackages({ cwd: process.cwd(), env: { PATH: binDirectory('no-dpkg-query', {}) }, timeoutMs: 5000, root });
    expect(probe).toEqual({
      ok: true,
      manager: 'dpkg',
      readFrom: `${root}/var/lib/dpkg/status`,
      packages: [{ name: 'libc6', arch: 'amd64', version: '2.36-9+deb12u7' }, { name: 'tzdata', arch: 'all', version: '2024a-0+deb12u1' }],
    });
  });

  test('an Alpine root: the apk database file is read without a process', async () => {
    const root = path.join(scratch, 'alpine');
    mkdirSync(path.join(root, 'lib/apk/db'), { recursive: true });
    writeFileSync(path.join(root, 'lib/apk/db/installed'), APK_INSTALLED);
    const probe = await probeSystemPackages({ cwd: process.cwd(), env: { PATH: binDirectory('alpine-path', {}) }, timeoutMs: 5000, root });
    expect(probe).toEqual({ ok: true, manager: 'apk', readFrom: `${root}/lib/apk/db/installed`, packages: parseApkInstalledDatabase(APK_INSTALLED) });
  });

  test('a dpkg-query that fails is reported with its exit and the last line of its stderr', async () => {
    const root = path.join(scratch, 'broken-dpkg');
    mkdirSync(path.join(root, 'var/lib/dpkg'), { recursive: true });
    writeFileSync(path.join(root, 'var/lib/dpkg/status'), 'Package: x\nStatus: install ok installed\nVersion: 1\n');
    const PATH = binDirectory('failing-dpkg-query', { 'dpkg-query': 'echo "dpkg-query: error: parsing file status near line 3" >&2; exit 2' });
    expect(await probeSystemPackages({ cwd: process.cwd(), env: { PATH }, timeoutMs: 5000, root })).toEqual({
      ok: false, reason: 'failed', manager: 'dpkg', message: 'dpkg-query -W exited with code 2: dpkg-query: error: parsing file status near line 3',
    });
  });

  test('a dpkg-query that hangs is stopped at the deadline', async () => {
    const root = path.join(scratch, 'hanging-dpkg');
    mkdirSync(path.join(root, 'var/lib/dpkg'), { recursive: true });
    writeFileSync(path.join(root, 'var/lib/dpkg/status'), 'Package: x\nStatus: install ok installed\nVersion: 1\n');
    const PATH = binDirectory('hanging-dpkg-query', { 'dpkg-query': `exec ${SLEEP} 30` });
    expect(await probeSystemPackages({ cwd: process.cwd(), env: { PATH }, timeoutMs: 300, root })).toEqual({
      ok: false, reason: 'timeout', manager: 'dpkg', message: 'dpkg-query -W did not finish within 0.3 s',
    });
  });

  test('the admin directory under the root is the one dpkg-query is pointed at', async () => {
    const root = path.join(scratch, 'dpkg-args');
    mkdirSync(path.join(root, 'var/lib/dpkg'), { recursive: true });
    writeFileSync(path.join(root, 'var/lib/dpkg/status'), 'Package: x\nStatus: install ok installed\nVersion: 1\n');
    const PATH = binDirectory('echoing-dpkg-query', { 'dpkg-query': 'printf "args\\t%s\\t%s|%s|%s\\tii \\n" "$1" "$2" "$3" "$4"' });
    const probe = await probeSystemPackages({ cwd: process.cwd(), env: { PATH }, timeoutMs: 5000, root });
    expect(probe).toEqual({
      ok: true, manager: 'dpkg', readFrom: 'dpkg-query -W',
      packages: [{ name: 'args', arch: `--admindir=${root}/var/lib/dpkg`, version: '-W|--showformat=${Package}\\t${Architecture}\\t${Version}\\t${db:Status-Abbrev}\\n|' }],
    });
  });
});

describe('parsers, on recorded output', () => {
  test('dpkg-query: only installed packages (ii, hi, and installed with triggers pending), each architecture kept', () => {
    const output = [
      'dpkg\tamd64\t1.21.22\tii ',
      'libc6\tamd64\t2.36-9+deb12u14\tii ',
      'libc6\ti386\t2.36-9+deb12u14\tii ',
      'openssl\tamd64\t3.0.17-1~deb12u2\thi ',
      'libssl1.1\tamd64\t1.1.1n-0+deb11u5\trc ',
      'postgresql-client\t\t\tun ',
      'man-db\tamd64\t2.11.2-2\tit ',
      'half\tamd64\t1.0-1\tiU ',
      '',
    ].join('\n');
    expect(parseDpkgQueryOutput(output)).toEqual([
      { name: 'dpkg', arch: 'amd64', version: '1.21.22' },
      { name: 'libc6', arch: 'amd64', version: '2.36-9+deb12u14' },
      { name: 'libc6', arch: 'i386', version: '2.36-9+deb12u14' },
      { name: 'openssl', arch: 'amd64', version: '3.0.17-1~deb12u2' },
      { name: 'man-db', arch: 'amd64', version: '2.11.2-2' },
    ]);
  });

  test('dpkg status file: half-installed and config-files packages are not installed', () => {
    const status = 'Package: a\nStatus: install ok half-installed\nVersion: 1\n\nPackage: b\nStatus: install ok triggers-pending\nVersion: 2\nArchitecture: all\n';
    expect(parseDpkgStatus(status)).toEqual([{ name: 'b', arch: 'all', version: '2' }]);
  });

  test('rpm -qa: epoch 0 dropped, other epochs kept, several kernels, gpg-pubkey without an architecture', () => {
    const output = [
      'glibc\t0:2.34-100.el9_4.2\tx86_64',
      'openssl-libs\t1:3.0.7-27.el9\tx86_64',
      'gpg-pubkey\t0:8483c65d-5ccc5b19\t(none)',
      'kernel-core\t0:5.14.0-427.13.1.el9_4\tx86_64',
      'kernel-core\t0:5.14.0-362.8.1.el9_3\tx86_64',
      'tzdata\t0:2024a-1.el9\tnoarch',
      '',
    ].join('\n');
    expect(parseRpmQueryOutput(output)).toEqual([
      { name: 'glibc', arch: 'x86_64', version: '2.34-100.el9_4.2' },
      { name: 'openssl-libs', arch: 'x86_64', version: '1:3.0.7-27.el9' },
      { name: 'gpg-pubkey', version: '8483c65d-5ccc5b19' },
      { name: 'kernel-core', arch: 'x86_64', version: '5.14.0-427.13.1.el9_4' },
      { name: 'kernel-core', arch: 'x86_64', version: '5.14.0-362.8.1.el9_3' },
      { name: 'tzdata', arch: 'noarch', version: '2024a-1.el9' },
    ]);
  });

  test('apk database and apk info -v', () => {
    expect(parseApkInstalledDatabase(APK_INSTALLED)).toEqual([
      { name: 'musl', arch: 'x86_64', version: '1.2.4_git20230717-r4' },
      { name: 'busybox', arch: 'x86_64', version: '1.36.1-r15' },
      { name: 'ca-certificates-bundle', arch: 'x86_64', version: '20240226-r0' },
    ]);
    const info = 'WARNING: opening /var/cache/apk: No such file or directory\nmusl-1.2.4_git20230717-r4\nbusybox-1.36.1-r15\nca-certificates-bundle-20240226-r0\nlibcrypto3-3.1.4-r5\n';
    expect(parseApkInfoOutput(info)).toEqual([
      { name: 'musl', version: '1.2.4_git20230717-r4' },
      { name: 'busybox', version: '1.36.1-r15' },
      { name: 'ca-certificates-bundle', version: '20240226-r0' },
      { name: 'libcrypto3', version: '3.1.4-r5' },
    ]);
  });
});

/** Recorded from an alpine:3.19 image (trimmed to three packages). */
const APK_INSTALLED = [
  'C:Q1Fq6eXXGtKkmXqnwTDhMP4NKjZ1E=',
  'P:musl',
  'V:1.2.4_git20230717-r4',
  'A:x86_64',
  'S:407170',
  'I:667648',
  'T:the musl c library (libc) implementation',
  'U:https://musl.libc.org/',
  'L:MIT',
  'o:musl',
  'm:Natanael Copa <ncopa@alpinelinux.org>',
  't:1705333476',
  'c:2eac2b64c8fbd4e7e1d1e1b7fd9bea1fe0a0f0f4',
  'p:so:libc.musl-x86_64.so.1=1',
  'F:lib',
  'R:ld-musl-x86_64.so.1',
  '',
  'C:Q1HaMgk9s8cM8Mmsj+6fqTzlP8Y2g=',
  'P:busybox',
  'V:1.36.1-r15',
  'A:x86_64',
  'T:Size optimized toolbox of many common UNIX utilities',
  '',
  'C:Q1RvyNgEMk4Bz8H7X2yJmRGvbrkTM=',
  'P:ca-certificates-bundle',
  'V:20240226-r0',
  'A:x86_64',
  'T:Pre generated bundle of Mozilla certificates',
  '',
].join('\n');
