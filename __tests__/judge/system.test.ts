import { describe, expect, test } from '@jest/globals';
import type { SourcePosition } from '../../src/model.js';
import type { SystemSpec } from '../../src/config/system-section.js';
import type { SystemPackagesProbe } from '../../src/probes/system/packages.js';
import type { BinaryObservation } from '../../src/probes/system/binaries.js';
import { judgeSystem, judgeSystemBinaries, judgeSystemPackages, systemInstallCommand } from '../../src/judge/system.js';

const at = (line: number, column = 5): SourcePosition => ({ file: 'depgate.yml', line, column });

const DEBIAN: SystemPackagesProbe = {
  ok: true,
  manager: 'dpkg',
  readFrom: 'dpkg-query -W',
  packages: [
    { name: 'dpkg', arch: 'amd64', version: '1.21.22' },
    { name: 'libc6', arch: 'amd64', version: '2.36-9+deb12u14' },
    { name: 'libpq5', arch: 'amd64', version: '15.18-0+deb12u1' },
  ],
};

describe('judgeSystemPackages', () => {
  test('dpkg: missing is DG001 with apt-get, outside the range is DG002 in dpkg ordering, inside passes', () => {
    const spec: SystemSpec = {
      packagesSource: at(2, 3),
      binaries: [],
      packages: [
        { name: 'dpkg', range: '>=1.21', source: at(3), rangeSource: at(3, 11) },
        { name: 'libc6', range: '>=2.36-9+deb12u15', source: at(4), rangeSource: at(4, 12) },
        { name: 'libssl-dev', range: '', source: at(5) },
        { name: 'libpq5', range: '', source: at(6) },
        { name: 'libc6:amd64', range: '>=2.36', source: at(7) },
        { name: 'libc6:i386', range: '', source: at(8) },
      ],
    };
    expect(judgeSystemPackages(spec, DEBIAN)).toEqual([
      {
        code: 'DG002', kind: 'version-mismatch', severity: 'error', ecosystem: 'system', name: 'libc6', required: '>=2.36-9+deb12u15', found: '2.36-9+deb12u14',
        file: 'depgate.yml', line: 4, column: 5,
        message: "libc6 2.36-9+deb12u14 is installed (dpkg-query -W), outside >=2.36-9+deb12u15 (compared with dpkg's version ordering).",
        fix: 'apt-get install -y libc6', install: ['libc6'],
      },
      {
        code: 'DG001', kind: 'missing', severity: 'error', ecosystem: 'system', name: 'libssl-dev', required: '', file: 'depgate.yml', line: 5, column: 5,
        message: 'libssl-dev is not installed: dpkg-query -W lists 3 installed packages, and it is not one of them.',
        fix: 'apt-get install -y libssl-dev', install: ['libssl-dev'],
      },
      {
        code: 'DG001', kind: 'missing', severity: 'error', ecosystem: 'system', name: 'libc6:i386', required: '', file: 'depgate.yml', line: 8, column: 5,
        message: 'libc6:i386 is not installed: dpkg-query -W lists 3 installed packages, and it is not one of them.',
        fix: 'apt-get install -y libc6:i386', install: ['libc6:i386'],
      },
    ]);
  });

  test('rpm: several installed copies, one inside the range is enough; the fix for DG002 is dnf upgrade', () => {
    const probe: SystemPackagesProbe = {
      ok: true, manager: 'rpm', readFrom: 'rpm -qa',
      packages: [
        { name: 'kernel-core', arch: 'x86_64', version: '5.14.0-427.13.1.el9_4' },
        { name: 'kernel-core', arch: 'x86_64', version: '5.14.0-362.8.1.el9_3' },
        { name: 'openssl-libs', arch: 'x86_64', version: '1:3.0.7-27.el9' },
        { name: 'glibc', arch: 'x86_64', version: '2.34-100.el9' },
        { name: 'glibc', arch: 'i686', version: '2.34-100.el9' },
      ],
    };
    const spec: SystemSpec = {
      binaries: [],
      packages: [
        { name: 'kernel-core', range: '>=5.14.0-400', source: at(3) },
        { name: 'openssl-libs', range: '>=1:3.2', source: at(4) },
        { name: 'glibc.i686', range: '<=2.34', source: at(5) },
        { name: 'glibc', range: '>2.34', source: at(6) },
      ],
    };
    expect(judgeSystemPackages(spec, probe).map((f) => [f.code, f.name, f.found, f.message, f.fix])).toEqual([
      ['DG002', 'openssl-libs', '1:3.0.7-27.el9', "openssl-libs 1:3.0.7-27.el9 is installed (rpm -qa), outside >=1:3.2 (compared with rpm's version ordering).", 'dnf upgrade -y openssl-libs'],
      ['DG002', 'glibc', '2.34-100.el9', "glibc 2.34-100.el9 is installed (rpm -qa), outside >2.34 (compared with rpm's version ordering).", 'dnf upgrade -y glibc'],
    ]);
  });

  test('apk: a range the apk ordering cannot read is a DG100 at the range; missing is apk add', () => {
    const probe: SystemPackagesProbe = { ok: true, manager: 'apk', readFrom: '/lib/apk/db/installed', packages: [{ name: 'musl', version: '1.2.4_git20230717-r4' }] };
    const spec: SystemSpec = {
      binaries: [],
      packages: [
        { name: 'musl', range: '>=1.2_foo', source: at(3), rangeSource: at(3, 11) },
        { name: 'libpq', range: '', source: at(4) },
      ],
    };
    expect(judgeSystemPackages(spec, probe)).toEqual([
      {
        code: 'DG100', kind: 'spec-error', severity: 'error', ecosystem: 'system', name: 'musl', required: '>=1.2_foo', file: 'depgate.yml', line: 3, column: 11,
        message: "the version range '>=1.2_foo' of musl cannot be compared with apk's versions: '1.2_foo' is not an apk version (digits{.digits}{letter}{_alpha|_beta|_pre|_rc|_p|_cvs|_svn|_git|_hg{N}}{~hash}{-rN}); it goes wrong at '_foo'",
      },
      {
        code: 'DG001', kind: 'missing', severity: 'error', ecosystem: 'system', name: 'libpq', required: '', file: 'depgate.yml', line: 4, column: 5,
        message: 'libpq is not installed: /lib/apk/db/installed lists 1 installed package, and it is not one of them.',
        fix: 'apk add libpq', install: ['libpq'],
      },
    ]);
  });

  test('no package manager: one DG005 at packages:, naming where depgate looked and what went unchecked', () => {
    const spec: SystemSpec = { packagesSource: at(2, 3), binaries: [], packages: [{ name: 'libpq5', range: '', source: at(2, 14) }, { name: 'libc6', range: '>=2.36', source: at(2, 22) }] };
    const probe: SystemPackagesProbe = { ok: false, reason: 'no-manager', looked: ['/var/lib/dpkg/status', 'rpm on PATH', '/lib/apk/db/installed', 'apk on PATH'] };
    expect(judgeSystemPackages(spec, probe)).toEqual([{
      code: 'DG005', kind: 'runtime-missing', severity: 'error', ecosystem: 'system', name: 'system packages', file: 'depgate.yml', line: 2, column: 3,
      message: 'no known package manager (dpkg, rpm, apk) on this machine: looked for /var/lib/dpkg/status, rpm on PATH, /lib/apk/db/installed, apk on PATH; so 2 declared system packages could not be checked (libpq5, libc6).',
    }]);
  });

  test('a configured manager that is not here is DG005 at manager:; a hang is DG004; a failure DG005', () => {
    const spec: SystemSpec = { manager: { name: 'rpm', source: at(2, 12) }, packagesSource: at(3, 3), binaries: [], packages: [{ name: 'glibc', range: '', source: at(3, 14) }] };
    expect(judgeSystemPackages(spec, { ok: false, reason: 'manager-missing', manager: 'rpm', looked: ['rpm on PATH'] }).map((f) => [f.code, f.name, f.line, f.column, f.message])).toEqual([
      ['DG005', 'rpm', 2, 12, 'depgate.yml says the packages are managed by rpm, but there is no rpm database here (looked for rpm on PATH); so 1 declared system package could not be checked (glibc).'],
    ]);
    expect(judgeSystemPackages(spec, { ok: false, reason: 'timeout', manager: 'rpm', message: 'rpm -qa did not finish within 30 s' }).map((f) => [f.code, f.line, f.message])).toEqual([
      ['DG004', 3, 'rpm -qa did not finish within 30 s; so 1 declared system package could not be checked (glibc).'],
    ]);
    expect(judgeSystemPackages(spec, { ok: false, reason: 'failed', manager: 'rpm', message: 'rpm -qa exited with code 1: error: rpmdb open failed' }).map((f) => [f.code, f.line, f.message])).toEqual([
      ['DG005', 3, 'rpm -qa exited with code 1: error: rpmdb open failed; so 1 declared system package could not be checked (glibc).'],
    ]);
  });

  test('no packages declared: nothing to say, whatever the probe found', () => {
    expect(judgeSystemPackages({ packages: [] }, { ok: false, reason: 'no-manager', looked: [] })).toEqual([]);
  });
});

describe('judgeSystemBinaries', () => {
  const spec: SystemSpec['binaries'] = [
    { name: 'psql', range: '>=16', source: at(3) },
    { name: 'git', range: '^2.40', source: at(4) },
    { name: 'node', range: '>=18 <21', source: at(5) },
    { name: 'terraform', range: '', source: at(6) },
    { name: 'weird', range: '>=1', source: at(7) },
    { name: 'custom', range: '>=1', pattern: 'release (\\S+)', patternSource: at(8, 40), source: at(8) },
    { name: 'slow', range: '>=1', source: at(9) },
    { name: 'broken', range: '>=1', source: at(10) },
    { name: 'curl', range: '', source: at(11) },
  ];
  const observations: BinaryObservation[] = [
    { name: 'psql', path: '/usr/bin/psql', searched: ['/usr/local/bin', '/usr/bin'], version: { status: 'ok', version: '15.18', argv: ['/usr/bin/psql', '--version'] } },
    { name: 'git', path: '/usr/bin/git', searched: ['/usr/bin'], version: { status: 'ok', version: '2.39.5', argv: ['/usr/bin/git', '--version'] } },
    { name: 'node', path: '/usr/bin/node', searched: ['/usr/bin'], version: { status: 'ok', version: '20.20.2', argv: ['/usr/bin/node', '--version'] } },
    { name: 'terraform', searched: ['/usr/local/bin', '/usr/bin', '/bin'] },
    { name: 'weird', path: '/opt/bin/weird', searched: ['/opt/bin'], version: { status: 'unparseable', argv: ['/opt/bin/weird', '--version'], firstLine: 'garbage', exit: 'exited with code 0' } },
    { name: 'custom', path: '/opt/bin/custom', searched: ['/opt/bin'], version: { status: 'unparseable', argv: ['/opt/bin/custom', '-V'], firstLine: '', exit: 'exited with code 2' } },
    { name: 'slow', path: '/opt/bin/slow', searched: ['/opt/bin'], version: { status: 'timeout', argv: ['/opt/bin/slow', '--version'], timeoutMs: 30000 } },
    { name: 'broken', path: '/opt/bin/broken', searched: ['/opt/bin'], version: { status: 'failed', argv: ['/opt/bin/broken', '--version'], message: 'spawn /opt/bin/broken EACCES' } },
    { name: 'curl', searched: [] },
  ];

  test('each outcome, at its entry', () => {
    expect(judgeSystemBinaries(spec, observations)).toEqual([
      {
        code: 'DG002', kind: 'version-mismatch', severity: 'error', ecosystem: 'system', name: 'psql', required: '>=16', found: '15.18', file: 'depgate.yml', line: 3, column: 5,
        message: 'psql 15.18 (from /usr/bin/psql --version) is outside >=16.',
      },
      {
        code: 'DG002', kind: 'version-mismatch', severity: 'error', ecosystem: 'system', name: 'git', required: '^2.40', found: '2.39.5', file: 'depgate.yml', line: 4, column: 5,
        message: 'git 2.39.5 (from /usr/bin/git --version) is outside ^2.40.',
      },
      {
        code: 'DG001', kind: 'missing', severity: 'error', ecosystem: 'system', name: 'terraform', required: '', file: 'depgate.yml', line: 6, column: 5,
        message: 'terraform was not found on PATH (searched /usr/local/bin, /usr/bin, /bin). Install the package that provides it, or add its directory to PATH.',
      },
      {
        code: 'DG100', kind: 'spec-error', severity: 'error', ecosystem: 'system', name: 'weird', required: '>=1', file: 'depgate.yml', line: 7, column: 5,
        message: '/opt/bin/weird --version printed "garbage", in which depgate found no version. Say how to read its version in depgate.yml: weird: { version: ">=1", args: ["--version"], pattern: "version (\\\\S+)" } (args: what makes it print its version; pattern: a regular expression whose first group is the version).',
      },
      {
        code: 'DG100', kind: 'spec-error', severity: 'error', ecosystem: 'system', name: 'custom', required: '>=1', file: 'depgate.yml', line: 8, column: 40,
        message: '/opt/bin/custom -V printed nothing and exited with code 2, which the pattern "release (\\\\S+)" does not match. Say how to read its version in depgate.yml: custom: { version: ">=1", args: ["-V"], pattern: "version (\\\\S+)" } (args: what makes it print its version; pattern: a regular expression whose first group is the version).',
      },
      {
        code: 'DG004', kind: 'probe-timeout', severity: 'error', ecosystem: 'system', name: 'slow', required: '>=1', file: 'depgate.yml', line: 9, column: 5,
        message: '/opt/bin/slow --version did not finish within 30 s, so the version of slow is unknown.',
      },
      {
        code: 'DG001', kind: 'missing', severity: 'error', ecosystem: 'system', name: 'broken', required: '>=1', file: 'depgate.yml', line: 10, column: 5,
        message: 'broken was found at /opt/bin/broken but could not be run: spawn /opt/bin/broken EACCES.',
      },
      {
        code: 'DG001', kind: 'missing', severity: 'error', ecosystem: 'system', name: 'curl', required: '', file: 'depgate.yml', line: 11, column: 5,
        message: 'curl was not found on PATH (PATH has no absolute directories to search). Install the package that provides it, or add its directory to PATH.',
      },
    ]);
  });

  test('a pattern that failed says why', () => {
    const [finding] = judgeSystemBinaries([{ name: 'x', range: '>=1', pattern: '^(a+)+$', source: at(3) }], [
      { name: 'x', path: '/opt/x', searched: ['/opt'], version: { status: 'unparseable', argv: ['/opt/x', '--version'], firstLine: 'aaaa!', exit: 'exited with code 0', patternError: 'the pattern ran longer than 1000 ms and was stopped' } },
    ]);
    expect(finding.message).toBe('/opt/x --version printed "aaaa!"; the pattern of x failed: the pattern ran longer than 1000 ms and was stopped. Say how to read its version in depgate.yml: x: { version: ">=1", args: ["--version"], pattern: "version (\\\\S+)" } (args: what makes it print its version; pattern: a regular expression whose first group is the version).');
  });
});

describe('judgeSystem and the install commands', () => {
  test('packages first, then binaries; no package probe when none are declared', () => {
    const spec: SystemSpec = { binaries: [{ name: 'terraform', range: '', source: at(4) }], packages: [{ name: 'libssl-dev', range: '', source: at(3) }] };
    expect(judgeSystem(spec, DEBIAN, [{ name: 'terraform', searched: ['/usr/bin'] }]).map((f) => [f.code, f.name])).toEqual([['DG001', 'libssl-dev'], ['DG001', 'terraform']]);
    expect(judgeSystem({ packages: [], binaries: [] }, undefined, [])).toEqual([]);
  });

  test('per system', () => {
    expect(systemInstallCommand('dpkg')).toEqual(['apt-get', 'install', '-y']);
    expect(systemInstallCommand('rpm')).toEqual(['dnf', 'install', '-y']);
    expect(systemInstallCommand('apk')).toEqual(['apk', 'add']);
  });
});
