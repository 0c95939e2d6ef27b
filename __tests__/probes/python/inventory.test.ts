import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import type { PythonDistribution, PythonEnvironment } from '../../../src/model.js';
import { probePythonEnvironment, type PythonProbe, type ShadowedDistribution } from '../../../src/probes/python/inventory.js';
import { INVENTORY_SCRIPT } from '../../../src/probes/python/inventory-script.js';
import {
  createVenv,
  installTinyPackage,
  makeTempDir,
  removeDir,
  sitePackages,
  writeTinyPackage,
} from '../../helpers/python-env.js';

/** The gate must add well under a second; this bound only catches pathological slowness on a busy machine. */
const INVENTORY_TIME_BOUND_MS = 2_000;
const TIMEOUT_MS = 30_000;

let root: string;
let venvDir: string;
let venvPython: string;
let site: string;
let extraDir: string;
let gadgetsDir: string;
let widgetsDir: string;
let gizmosDir: string;
let probe: PythonProbe;
let probeMs: number;

/** Asks an interpreter a question directly (the reference answers the probe is compared with). */
function ask(python: string, code: string): string {
  return execFileSync(python, ['-c', code], { encoding: 'utf8', cwd: root }).trim();
}

/** canonical name → version, first copy on sys.path, as importlib.metadata sees it. */
function importlibVersions(python: string): Record<string, string> {
  return JSON.parse(
    ask(
      python,
      [
        'import json, re, sys',
        'from importlib.metadata import distributions',
        'seen = {}',
        'for d in distributions():',
        '    name = d.metadata["Name"]',
        '    if name:',
        '        seen.setdefault(re.sub(r"[-_.]+", "-", name).lower(), d.version)',
        'print(json.dumps(seen))',
      ].join('\n'),
    ),
  );
}

function versionsOf(environment: PythonEnvironment): Record<string, string> {
  return Object.fromEntries(environment.distributions.map((d) => [d.canonicalName, d.version]));
}

function write(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function environmentOf(result: PythonProbe): PythonEnvironment {
  if (!result.ok) throw new Error(`probe failed: ${result.reason}: ${result.message}`);
  return result.environment;
}

function distribution(canonicalName: string): PythonDistribution | undefined {
  return environmentOf(probe).distributions.find((d) => d.canonicalName === canonicalName);
}

beforeAll(async () => {
  root = makeTempDir('depgate-inventory-');
  venvDir = path.join(root, 'venv');
  venvPython = await createVenv(
    venvDir,
    ['SQLAlchemy==2.0.54', 'psycopg2-binary==2.9.13', 'Flask==3.1.3', 'PyYAML==6.0.3', 'packaging'],
    { buildTools: true },
  );
  site = await sitePackages(venvPython);

  // dist "acme-widgets" provides module "widgets": a plain install, and two editable ones.
  const projects = path.join(root, 'projects');
  widgetsDir = writeTinyPackage(projects, { distName: 'acme-widgets', version: '1.0', modules: { widgets: 'NAME = "widgets"\n' } });
  await installTinyPackage(venvPython, widgetsDir);
  gizmosDir = writeTinyPackage(projects, { distName: 'acme-gizmos', version: '0.3', modules: { gizmos: '' }, pyprojectToml: true });
  await installTinyPackage(venvPython, gizmosDir, { editable: true });
  gadgetsDir = writeTinyPackage(projects, { distName: 'acme-gadgets', version: '0.2', modules: { gadgets: '' } });
  await installTinyPackage(venvPython, gadgetsDir, { editable: true });

  // A second sys.path entry (added by a .pth file, so after site-packages) holding metadata
  // written by hand: the cases real installers produce rarely but real machines carry.
  extraDir = path.join(root, 'extra');
  write(path.join(extraDir, 'SQLAlchemy-1.3.0.dist-info', 'METADATA'), 'Metadata-Version: 2.1\nName: SQLAlchemy\nVersion: 1.3.0\n');
  write(path.join(extraDir, 'cffi_like-1.0.dist-info', 'METADATA'), 'Metadata-Version: 2.1\nName: cffi_like\nVersion: 1.0\n\nVersion: 9.9 (in the description)\n');
  write(
    path.join(extraDir, 'cffi_like-1.0.dist-info', 'RECORD'),
    [
      '_cffi_backend.cpython-311-x86_64-linux-gnu.so,sha256=abc,10',
      'mod.py,sha256=abc,10',
      'pkg/__init__.py,sha256=abc,10',
      'pkg/sub/deep.py,,',
      '../../../bin/cffi-tool,sha256=abc,10',
      'cffi_like-1.0.dist-info/METADATA,,',
      'cffi_like-1.0.data/scripts/tool,,',
      '__pycache__/mod.cpython-311.pyc,,',
      'cffi_like.pth,,',
      '__editable___cffi_like_finder.py,,',
      'cffi_like.libs/libfoo-1234.so.1,,',
      '"odd,name.py",,',
      'README,,',
      '/usr/share/doc/cffi_like/README,,',
      '',
    ].join('\n'),
  );
  write(path.join(extraDir, 'Legacy_Thing-0.5-py3.11.egg-info'), 'Metadata-Version: 1.0\nName: Legacy_Thing\nVersion: 0.5\n');
  write(path.join(extraDir, 'vcsdist-2.0.dist-info', 'METADATA'), 'Metadata-Version: 2.1\nName: vcsdist\nVersion: 2.0\n');
  write(path.join(extraDir, 'vcsdist-2.0.dist-info', 'top_level.txt'), 'vcsdist\n');
  write(
    path.join(extraDir, 'vcsdist-2.0.dist-info', 'direct_url.json'),
    JSON.stringify({ url: 'https://github.com/acme/vcsdist.git', vcs_info: { vcs: 'git', commit_id: '7f1a2b3c' } }),
  );
  write(path.join(extraDir, 'friendly_bard_name-0.1.dist-info', 'METADATA'), 'Name: Friendly.Bard_Name\nVersion: 0.1\n');
  mkdirSync(path.join(extraDir, 'nometa-3.2.dist-info'), { recursive: true });
  write(path.join(extraDir, 'instfiles-1.1.egg-info', 'PKG-INFO'), 'Metadata-Version: 1.1\nName: instfiles\nVersion: 1.1\n');
  write(
    path.join(extraDir, 'instfiles-1.1.egg-info', 'installed-files.txt'),
    '../instfiles/__init__.py\n../instfiles_helper.py\n../../bin/instfiles\nPKG-INFO\n',
  );
  // pkg_resources-style namespaces (namespace_packages.txt), whose namespace __init__.py files
  // some wheels still ship; a Cython-compiled package __init__; setuptools' PEP 660 finder with
  // an annotated MAPPING (setuptools >= 69 writes `MAPPING: dict[str, str] = {...}`).
  write(path.join(extraDir, 'nsold-1.0.dist-info', 'METADATA'), 'Metadata-Version: 2.1\nName: nsold\nVersion: 1.0\n');
  write(path.join(extraDir, 'nsold-1.0.dist-info', 'top_level.txt'), 'nsold_ns\n');
  write(path.join(extraDir, 'nsold-1.0.dist-info', 'namespace_packages.txt'), 'nsold_ns\nnsold_ns.cloud\n');
  write(
    path.join(extraDir, 'nsold-1.0.dist-info', 'RECORD'),
    'nsold_ns/__init__.py,,\nnsold_ns/cloud/__init__.py,,\nnsold_ns/cloud/store/__init__.py,,\nnsold_ns/cloud/store/blob.py,,\nnsold-1.0-py3.11-nspkg.pth,,\nnsold-1.0.dist-info/RECORD,,\n',
  );
  write(path.join(extraDir, 'cythonized-1.0.dist-info', 'METADATA'), 'Metadata-Version: 2.1\nName: cythonized\nVersion: 1.0\n');
  write(path.join(extraDir, 'cythonized-1.0.dist-info', 'RECORD'), 'cyth/__init__.cpython-311-x86_64-linux-gnu.so,,\ncyth/core.py,,\n');
  write(path.join(extraDir, 'edfake-1.0.dist-info', 'METADATA'), 'Metadata-Version: 2.1\nName: edfake\nVersion: 1.0\n');
  write(path.join(extraDir, 'edfake-1.0.dist-info', 'top_level.txt'), 'edfake\n');
  write(path.join(extraDir, 'edfake-1.0.dist-info', 'direct_url.json'), JSON.stringify({ url: 'file:///src/edfake', dir_info: { editable: true } }));
  write(path.join(extraDir, 'edfake-1.0.dist-info', 'RECORD'), '__editable__.edfake-1.0.pth,,\n__editable___edfake_1_0_finder.py,,\nedfake-1.0.dist-info/RECORD,,\n');
  write(
    path.join(extraDir, '__editable___edfake_1_0_finder.py'),
    "import sys\nMAPPING: dict[str, str] = {'edfake.core': '/src/edfake/core', 'not a module': '/x', 'edfake.util': '/src/edfake/util'}\nNAMESPACES: dict[str, list[str]] = {'edfake': []}\n",
  );
  write(path.join(extraDir, 'edbroken-1.0.dist-info', 'METADATA'), 'Metadata-Version: 2.1\nName: edbroken\nVersion: 1.0\n');
  write(path.join(extraDir, 'edbroken-1.0.dist-info', 'top_level.txt'), 'edbroken\n');
  write(path.join(extraDir, 'edbroken-1.0.dist-info', 'RECORD'), '__editable___edbroken_1_0_finder.py,,\n');
  write(path.join(extraDir, '__editable___edbroken_1_0_finder.py'), 'MAPPING = {"edbroken": __import__("os").getcwd()}\n');
  write(path.join(site, 'depgate-extra.pth'), `${extraDir}\n`);

  const started = Date.now();
  probe = await probePythonEnvironment({ command: venvPython, from: 'input' }, { cwd: root, timeoutMs: TIMEOUT_MS });
  probeMs = Date.now() - started;
});

afterAll(() => removeDir(root));

describe('probePythonEnvironment on a venv built from the wheel store', () => {
  test('names the interpreter, its version, prefix and where the choice came from', () => {
    const environment = environmentOf(probe);
    expect(environment.requested).toBe(venvPython);
    expect(environment.requestedFrom).toBe('input python');
    expect(environment.executable).toBe(venvPython);
    expect(environment.prefix).toBe(venvDir);
    expect(environment.version).toBe(ask(venvPython, 'import platform; print(platform.python_version())'));
  });

  test('the marker environment is exactly what packaging.markers.default_environment() says', () => {
    const expected = JSON.parse(ask(venvPython, 'import json; from packaging.markers import default_environment; print(json.dumps(default_environment()))'));
    const markers = environmentOf(probe).markers;
    expect(markers).toEqual(expected);
    expect(markers.python_version).toBe(environmentOf(probe).version.split('.').slice(0, 2).join('.'));
  });

  test('reports SQLAlchemy 2.0.54, psycopg2-binary, Flask and PyYAML with canonical names and import names', () => {
    const { extraRequires, ...sqlalchemy } = distribution('sqlalchemy')!;
    expect(sqlalchemy).toEqual({
      name: 'SQLAlchemy',
      canonicalName: 'sqlalchemy',
      version: '2.0.54',
      importNames: ['sqlalchemy'],
      editable: false,
      location: site,
      hasRecord: true,
    });
    // What SQLAlchemy[postgresql] needs besides SQLAlchemy, from its METADATA's Requires-Dist.
    expect(extraRequires).toContain('psycopg2>=2.7; extra == "postgresql"');
    expect(extraRequires!.every((line) => line.includes('extra'))).toBe(true);
    expect(distribution('psycopg2-binary')).toEqual({
      name: 'psycopg2-binary',
      canonicalName: 'psycopg2-binary',
      version: '2.9.13',
      importNames: ['psycopg2'],
      editable: false,
      location: site,
      hasRecord: true,
    });
    // Flask's wheel (flit) has no top_level.txt: the import name comes from RECORD.
    expect(distribution('flask')).toEqual({
      name: 'Flask',
      canonicalName: 'flask',
      version: '3.1.3',
      importNames: ['flask'],
      editable: false,
      location: site,
      hasRecord: true,
      extraRequires: ['asgiref>=3.2 ; extra == "async"', 'python-dotenv ; extra == "dotenv"'],
    });
    expect(distribution('pyyaml')).toEqual({
      name: 'PyYAML',
      canonicalName: 'pyyaml',
      version: '6.0.3',
      importNames: ['_yaml', 'yaml'],
      editable: false,
      location: site,
      hasRecord: true,
    });
  });

  test('a distribution whose name differs from its module: acme-widgets provides widgets', () => {
    expect(distribution('acme-widgets')).toEqual({
      name: 'acme-widgets',
      canonicalName: 'acme-widgets',
      version: '1.0',
      importNames: ['widgets'],
      editable: false,
      location: site,
      hasRecord: true,
      // PEP 610: pip records a (non-editable) install from a local directory too.
      directUrl: { url: `file://${widgetsDir}`, editable: false },
    });
  });

  test('a PEP 660 editable install is editable, with its PEP 610 direct_url', () => {
    expect(distribution('acme-gizmos')).toEqual({
      name: 'acme-gizmos',
      canonicalName: 'acme-gizmos',
      version: '0.3',
      importNames: ['gizmos'],
      editable: true,
      location: site,
      hasRecord: true,
      directUrl: { url: `file://${gizmosDir}`, editable: true },
    });
  });

  test('a legacy `setup.py develop` install (.egg-link) is editable and lives in the project directory', () => {
    expect(distribution('acme-gadgets')).toEqual({
      name: 'acme-gadgets',
      canonicalName: 'acme-gadgets',
      version: '0.2',
      importNames: ['gadgets'],
      editable: true,
      location: gadgetsDir,
      hasRecord: false,
    });
  });

  test('the first copy on sys.path wins; the later one is reported as shadowed', () => {
    expect(distribution('sqlalchemy')?.version).toBe('2.0.54');
    expect(environmentOf(probe).distributions.filter((d) => d.canonicalName === 'sqlalchemy')).toHaveLength(1);
    const shadowed: ShadowedDistribution[] = [
      { name: 'SQLAlchemy', canonicalName: 'sqlalchemy', version: '1.3.0', location: extraDir, shadowedBy: site },
    ];
    expect(environmentOf(probe).shadowed).toEqual(shadowed);
  });

  test('import names come from RECORD when top_level.txt is absent, skipping scripts, metadata, caches, .pth and editable hooks', () => {
    expect(distribution('cffi-like')).toEqual({
      name: 'cffi_like',
      canonicalName: 'cffi-like',
      version: '1.0',
      importNames: ['_cffi_backend', 'mod', 'pkg'],
      editable: false,
      location: extraDir,
      hasRecord: true,
    });
  });

  test('namespace packages are followed to the distribution\'s own module: namespace_packages.txt, compiled __init__, PEP 660 finder MAPPING', () => {
    expect(distribution('nsold')).toMatchObject({ importNames: ['nsold_ns.cloud.store'], hasRecord: true, location: extraDir });
    expect(distribution('cythonized')).toMatchObject({ importNames: ['cyth'], hasRecord: true });
    expect(distribution('edfake')).toMatchObject({ importNames: ['edfake.core', 'edfake.util'], hasRecord: true, editable: true });
    // A MAPPING that is not a literal is never evaluated: the names fall back to top_level.txt.
    expect(distribution('edbroken')).toMatchObject({ importNames: ['edbroken'], hasRecord: true, editable: false });
  });

  test('legacy egg-info (no RECORD): a single PKG-INFO file, and installed-files.txt for import names', () => {
    expect(distribution('legacy-thing')).toEqual({
      name: 'Legacy_Thing',
      canonicalName: 'legacy-thing',
      version: '0.5',
      importNames: [],
      editable: false,
      location: extraDir,
      hasRecord: false,
    });
    expect(distribution('instfiles')).toEqual({
      name: 'instfiles',
      canonicalName: 'instfiles',
      version: '1.1',
      importNames: ['instfiles', 'instfiles_helper'],
      editable: false,
      location: extraDir,
      hasRecord: false,
    });
  });

  test('a VCS install carries vcs and commit id; odd names are canonicalised per PEP 503; empty metadata falls back to the directory name', () => {
    expect(distribution('vcsdist')).toEqual({
      name: 'vcsdist',
      canonicalName: 'vcsdist',
      version: '2.0',
      importNames: ['vcsdist'],
      editable: false,
      location: extraDir,
      hasRecord: false,
      directUrl: { url: 'https://github.com/acme/vcsdist.git', editable: false, vcs: 'git', commitId: '7f1a2b3c' },
    });
    expect(distribution('friendly-bard-name')).toMatchObject({ name: 'Friendly.Bard_Name', version: '0.1' });
    expect(distribution('nometa')).toEqual({
      name: 'nometa',
      canonicalName: 'nometa',
      version: '3.2',
      importNames: [],
      editable: false,
      location: extraDir,
      hasRecord: false,
    });
  });

  test('agrees with importlib.metadata on every name and version, one entry per name, in sys.path order', () => {
    const environment = environmentOf(probe);
    // importlib.metadata drops a dist-info without METADATA; the probe falls back to the
    // directory name (PEP 427: {name}-{version}.dist-info), so that one differs on purpose.
    const { nometa, ...probed } = versionsOf(environment);
    expect(nometa).toBe('3.2');
    expect(probed).toEqual(importlibVersions(venvPython));
    expect(new Set(environment.distributions.map((d) => d.canonicalName)).size).toBe(environment.distributions.length);
    const sysPath: string[] = JSON.parse(ask(venvPython, 'import json, sys; print(json.dumps(sys.path[1:]))'));
    const order = environment.distributions.map((d) => sysPath.indexOf(d.location));
    expect(order.every((position) => position >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect([...new Set(environment.distributions.map((d) => d.location))]).toEqual([site, extraDir, gadgetsDir]);
  });

  test(`one interpreter start takes well under a second (bound ${INVENTORY_TIME_BOUND_MS} ms)`, () => {
    // eslint-disable-next-line no-console
    console.log(`inventory of ${environmentOf(probe).distributions.length} distributions took ${probeMs} ms`);
    expect(probeMs).toBeLessThan(INVENTORY_TIME_BOUND_MS);
  });

  test('modules in the working directory (a pull request\'s json.py) never run', async () => {
    const checkout = path.join(root, 'checkout');
    for (const name of ['json', 're', 'csv', 'platform', 'os']) {
      write(path.join(checkout, `${name}.py`), `raise SystemExit("${name}.py from the working directory ran")\n`);
    }
    const result = await probePythonEnvironment({ command: venvPython, from: 'default' }, { cwd: checkout, timeoutMs: TIMEOUT_MS });
    expect(result.ok).toBe(true);
    expect(versionsOf(environmentOf(result))).toEqual(versionsOf(environmentOf(probe)));
    expect(environmentOf(result).requestedFrom).toBe('default');
  });
});

describe('probePythonEnvironment failures', () => {
  test('a missing interpreter is not-found, naming the command and where it came from', async () => {
    expect(await probePythonEnvironment({ command: '/nonexistent/bin/python3', from: 'config' }, { cwd: root, timeoutMs: TIMEOUT_MS })).toEqual({
      ok: false,
      reason: 'not-found',
      message: 'Python interpreter not found: /nonexistent/bin/python3 (from depgate.yml python.interpreter)',
    });
    expect(await probePythonEnvironment({ command: 'python3.99-not-installed', from: 'input' }, { cwd: root, timeoutMs: TIMEOUT_MS })).toEqual({
      ok: false,
      reason: 'not-found',
      message: 'Python interpreter not found: python3.99-not-installed (from input python)',
    });
    const venvMissing = path.join(root, 'no-venv', 'bin', 'python');
    expect(await probePythonEnvironment({ command: venvMissing, from: '$VIRTUAL_ENV' }, { cwd: root, timeoutMs: TIMEOUT_MS })).toEqual({
      ok: false,
      reason: 'not-found',
      message: `Python interpreter not found: ${venvMissing} (from $VIRTUAL_ENV)`,
    });
  });

  test('a program that is not Python is not-python', async () => {
    for (const command of ['/bin/echo', '/bin/true']) {
      expect(await probePythonEnvironment({ command, from: 'input' }, { cwd: root, timeoutMs: TIMEOUT_MS })).toEqual({
        ok: false,
        reason: 'not-python',
        message: `${command} (from input python) did not answer like a Python 3.7+ interpreter`,
      });
    }
  });

  test('a directory or a file without execute permission is not-python', async () => {
    const plain = path.join(root, 'plain-file');
    writeFileSync(plain, 'print(1)\n', { mode: 0o644 });
    for (const command of [plain, root]) {
      expect(await probePythonEnvironment({ command, from: 'input' }, { cwd: root, timeoutMs: TIMEOUT_MS })).toEqual({
        ok: false,
        reason: 'not-python',
        message: `${command} (from input python) cannot be executed (permission denied, or not a file)`,
      });
    }
  });

  test('an interpreter that exits 1 is failed, with the last line of its stderr', async () => {
    const broken = path.join(root, 'broken-python');
    writeFileSync(
      broken,
      '#!/bin/sh\necho "Fatal Python error: init_fs_encoding" >&2\necho "ModuleNotFoundError: No module named \'encodings\'" >&2\nexit 1\n',
      { mode: 0o755 },
    );
    expect(await probePythonEnvironment({ command: broken, from: 'input' }, { cwd: root, timeoutMs: TIMEOUT_MS })).toEqual({
      ok: false,
      reason: 'failed',
      message: `${broken} (from input python) exited with code 1: ModuleNotFoundError: No module named 'encodings'`,
    });
  });

  test('an interpreter that does not answer in time is timeout', async () => {
    const stuck = path.join(root, 'stuck-python');
    writeFileSync(stuck, '#!/bin/sh\nsleep 60\n', { mode: 0o755 });
    const started = Date.now();
    expect(await probePythonEnvironment({ command: stuck, from: './.venv' }, { cwd: root, timeoutMs: 500 })).toEqual({
      ok: false,
      reason: 'timeout',
      message: `${stuck} (from ./.venv) did not answer within 500 ms`,
    });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  test('a working directory that does not exist is failed, not "interpreter not found"', async () => {
    const missing = path.join(root, 'missing-dir');
    expect(await probePythonEnvironment({ command: venvPython, from: 'input' }, { cwd: missing, timeoutMs: TIMEOUT_MS })).toEqual({
      ok: false,
      reason: 'failed',
      message: `${venvPython} (from input python) could not be started: working directory ${missing} does not exist`,
    });
  });
});

// Other interpreters on the machine: Debian's system Python, and old/new ones from pyenv.
const DEBIAN_PYTHON = '/usr/bin/python3';
/** Runs the test, or skips it with the reason in its title. */
function testWhen(condition: unknown, skipReason: string): (title: string, fn: () => Promise<void>) => void {
  return condition ? (title, fn) => test(title, fn) : (title, fn) => test.skip(`${title} (skipped: ${skipReason})`, fn);
}
const debianTest = testWhen(existsSync(DEBIAN_PYTHON), `${DEBIAN_PYTHON} is absent`);

function debVersion(pkg: string): string | undefined {
  try {
    const out = execFileSync('dpkg-query', ['-W', '-f=${Status} ${Version}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const match = /install ok installed (\S+)/.exec(out);
    // "1.4.46+ds1-1" → upstream "1.4.46": drop the epoch, the Debian revision and the repack suffix.
    return match?.[1].replace(/^\d+:/, '').replace(/-[^-]*$/, '').split('+')[0];
  } catch {
    return undefined;
  }
}
const debianSqlalchemy = existsSync(DEBIAN_PYTHON) ? debVersion('python3-sqlalchemy') : undefined;
const debianPsycopg2 = existsSync(DEBIAN_PYTHON) ? debVersion('python3-psycopg2') : undefined;
const debianDebsTest = testWhen(
  debianSqlalchemy && debianPsycopg2,
  'python3-sqlalchemy and python3-psycopg2 are not both installed (apt-get install python3-sqlalchemy python3-psycopg2)',
);

function pyenvPython(prefix: string): string | undefined {
  const versions = path.join(process.env.PYENV_ROOT ?? path.join(homedir(), '.pyenv'), 'versions');
  if (!existsSync(versions)) return undefined;
  const match = readdirSync(versions).find((v) => v.startsWith(prefix));
  const python = match && path.join(versions, match, 'bin', 'python');
  return python && existsSync(python) ? python : undefined;
}
const python37 = pyenvPython('3.7.');
const python27 = pyenvPython('2.7.');

describe('other interpreters', () => {
  debianTest(`Debian's ${DEBIAN_PYTHON} agrees with its own importlib.metadata`, async () => {
    const result = await probePythonEnvironment({ command: DEBIAN_PYTHON, from: 'config' }, { cwd: root, timeoutMs: TIMEOUT_MS });
    const environment = environmentOf(result);
    expect(environment.executable).toBe(DEBIAN_PYTHON);
    expect(environment.version).toBe(ask(DEBIAN_PYTHON, 'import platform; print(platform.python_version())'));
    expect(environment.prefix).toBe(ask(DEBIAN_PYTHON, 'import sys; print(sys.prefix)'));
    expect(versionsOf(environment)).toEqual(importlibVersions(DEBIAN_PYTHON));
  });

  debianDebsTest(
    'Debian packages (egg-info, no RECORD): SQLAlchemy and psycopg2 from python3-sqlalchemy and python3-psycopg2',
    async () => {
      const environment = environmentOf(await probePythonEnvironment({ command: DEBIAN_PYTHON, from: 'config' }, { cwd: root, timeoutMs: TIMEOUT_MS }));
      const find = (name: string): PythonDistribution | undefined => environment.distributions.find((d) => d.canonicalName === name);
      const { extraRequires, ...debianSqlalchemyDistribution } = find('sqlalchemy')!;
      // egg-info keeps extras in requires.txt sections; they come back as PEP 508 lines.
      expect(extraRequires).toContain('psycopg2>=2.7 ; extra == "postgresql"');
      expect(debianSqlalchemyDistribution).toEqual({
        name: 'SQLAlchemy',
        canonicalName: 'sqlalchemy',
        version: debianSqlalchemy,
        importNames: ['sqlalchemy'],
        editable: false,
        location: '/usr/lib/python3/dist-packages',
        hasRecord: false,
      });
      expect(find('psycopg2')).toEqual({
        name: 'psycopg2',
        canonicalName: 'psycopg2',
        version: debianPsycopg2,
        importNames: ['psycopg2'],
        editable: false,
        location: '/usr/lib/python3/dist-packages',
        hasRecord: false,
      });
    },
  );

  testWhen(python37, 'no pyenv 3.7 interpreter')('Python 3.7 is inventoried', async () => {
    const environment = environmentOf(await probePythonEnvironment({ command: python37!, from: 'input' }, { cwd: root, timeoutMs: TIMEOUT_MS }));
    expect(environment.version).toMatch(/^3\.7\.\d+$/);
    expect(environment.markers.python_version).toBe('3.7');
    expect(environment.markers.python_full_version).toBe(environment.version);
    expect(versionsOf(environment)).toEqual(
      JSON.parse(
        ask(
          python37!,
          // Python 3.7 has no importlib.metadata; pkg_resources (setuptools) is the reference there.
          'import json, re, pkg_resources\nseen = {}\nfor d in pkg_resources.working_set:\n    seen.setdefault(re.sub(r"[-_.]+", "-", d.project_name).lower(), d.version)\nprint(json.dumps(seen))',
        ),
      ),
    );
  });

  testWhen(python27, 'no pyenv 2.7 interpreter')('Python 2 is refused with a clear message', async () => {
    const version = ask(python27!, 'import platform; print(platform.python_version())');
    expect(await probePythonEnvironment({ command: python27!, from: 'input' }, { cwd: root, timeoutMs: TIMEOUT_MS })).toEqual({
      ok: false,
      reason: 'failed',
      message: `${python27} (from input python) exited with code 3: depgate needs Python 3; this is Python ${version}`,
    });
  });

  test('the inventory script is valid Python 3.7 syntax', () => {
    expect(ask(venvPython, `import ast, sys; ast.parse(sys.argv[1], feature_version=(3, 7)); print("ok")`.replace('sys.argv[1]', JSON.stringify(INVENTORY_SCRIPT)))).toBe('ok');
  });
});
