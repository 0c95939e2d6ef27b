// The hard environments, built for real: namespace packages split across distributions, editable
// installs of every kind, names that differ from modules, legacy egg-info, stub-only and
// command-line-only distributions, --system-site-packages venvs and user site-packages.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PythonDistribution, PythonEnvironment, PythonRequirement } from '../../../src/model.js';
import { assessPython, modulesToImport } from '../../../src/judge/python.js';
import { judgeShadowed } from '../../../src/judge/python-environment.js';
import { probeImports } from '../../../src/probes/python/imports.js';
import { probePythonEnvironment, type PythonProbe } from '../../../src/probes/python/inventory.js';
import { canonicalizeName } from '../../../src/versions/pep503.js';
import { createVenv, makeTempDir, removeDir, sitePackages, wheelIndexUrl } from '../../helpers/python-env.js';

const run = promisify(execFile);
const TIMEOUT_MS = 30_000;
const PIP_TIMEOUT_MS = 300_000;
/** Building a venv and installing into it takes tens of seconds on a busy machine. */
const BUILD_TIMEOUT_MS = 600_000;

let root: string;
/** A venv with setuptools, wheel and flit_core: the one of the first group, also used to build wheels. */
let venvPython: string;
/** An empty PYTHONUSERBASE: the machine's own ~/.local must not leak into these environments. */
let noUserSite: NodeJS.ProcessEnv;

/** Writes `files` (paths relative to the project) under root/projects/<name>; returns the project directory. */
function writeProject(name: string, files: Record<string, string>): string {
  const dir = path.join(root, 'projects', name);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text, { mode: file.startsWith('bin/') ? 0o755 : 0o644 });
  }
  return dir;
}

/** A setup.py calling setup() with these keyword arguments (JSON literals are Python literals here). */
function setupPy(args: Record<string, unknown>): string {
  const keywords = Object.entries(args).map(([key, value]) => `    ${key}=${JSON.stringify(value)},`);
  return ['from setuptools import setup', 'setup(', ...keywords, ')', ''].join('\n');
}

const SETUPTOOLS_PYPROJECT = '[build-system]\nrequires = ["setuptools", "wheel"]\nbuild-backend = "setuptools.build_meta"\n';

async function runOrThrow(command: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<void> {
  try {
    await run(command, args, {
      cwd: opts.cwd,
      env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1', ...opts.env },
      timeout: PIP_TIMEOUT_MS,
      maxBuffer: 16 * 1024 * 1024,
    });
  } catch (err) {
    const failure = err as { stderr?: string; stdout?: string; message?: string };
    throw new Error(`${command} ${args.join(' ')} failed: ${failure.stderr?.trim() || failure.stdout?.trim() || failure.message}`);
  }
}

/** Offline pip install of local projects (the venv has the build backends). */
function pipInstallLocal(python: string, args: string[]): Promise<void> {
  return runOrThrow(python, ['-m', 'pip', 'install', '-q', '--no-index', '--no-build-isolation', ...args]);
}

function ask(python: string, code: string, env?: NodeJS.ProcessEnv): string {
  return execFileSync(python, ['-c', code], { encoding: 'utf8', cwd: root, env: env ?? process.env }).trim();
}

function environmentOf(result: PythonProbe): PythonEnvironment {
  if (!result.ok) throw new Error(`probe failed: ${result.reason}: ${result.message}`);
  return result.environment;
}

function find(environment: PythonEnvironment, canonicalName: string): PythonDistribution | undefined {
  return environment.distributions.find((d) => d.canonicalName === canonicalName);
}

function requirement(name: string, line: number): PythonRequirement {
  return { ecosystem: 'python', name, canonicalName: canonicalizeName(name), extras: [], specifier: '', source: { file: 'requirements.txt', line, column: 1 } };
}

function fileUrl(dir: string): string {
  return `file://${dir}`;
}

beforeAll(() => {
  root = makeTempDir('depgate-environments-');
  const emptyUserBase = path.join(root, 'no-user-base');
  mkdirSync(emptyUserBase);
  noUserSite = { ...process.env, PYTHONUSERBASE: emptyUserBase };
  delete noUserSite.PYTHONNOUSERSITE;
});

afterAll(() => removeDir(root));

describe('one venv holding every hard kind of distribution', () => {
  let site: string;
  let environment: PythonEnvironment;
  const projects: Record<string, string> = {};
  const declared = [
    'acme-ns-one', 'acme-ns-two', 'acme-ns-three', 'acme-ns-four',
    'google-api-core', 'google-auth', 'protobuf', 'googleapis-common-protos',
    'acme-edit-modern', 'acme-edit-legacy', 'acme-flit',
    'Acme.Widgets_Pro', 'acme-legacy-egg', 'types-acme-widgets', 'acme-cli-only',
  ];

  beforeAll(async () => {
    // google-api-core brings the real `google` namespace: google-auth, protobuf, googleapis-common-protos.
    venvPython = await createVenv(
      path.join(root, 'venv'),
      ['flit_core', 'google-api-core==2.40.0', 'google-auth==2.59.1', 'protobuf==7.36.2', 'googleapis-common-protos==1.75.5'],
      { buildTools: true },
    );
    site = await sitePackages(venvPython);

    // Two distributions sharing the PEP 420 namespace `acme` (no acme/__init__.py), installed
    // as wheels, and two more installed editable: PEP 660 (pyproject.toml, setuptools' finder
    // hook) and legacy (`setup.py develop`, an .egg-link).
    for (const [part, dist] of [['one', 'acme-ns-one'], ['two', 'acme-ns-two'], ['three', 'acme-ns-three'], ['four', 'acme-ns-four']]) {
      projects[dist] = writeProject(dist, {
        [`acme/${part}/__init__.py`]: `NAME = "${part}"\n`,
        'setup.py': setupPy({ name: dist, version: '1.0', packages: [`acme.${part}`] }),
        ...(part === 'three' ? { 'pyproject.toml': SETUPTOOLS_PYPROJECT } : {}),
      });
    }
    projects['acme-edit-modern'] = writeProject('acme-edit-modern', {
      'edit_modern/__init__.py': '',
      'setup.py': setupPy({ name: 'acme-edit-modern', version: '0.4', packages: ['edit_modern'] }),
      'pyproject.toml': SETUPTOOLS_PYPROJECT,
    });
    projects['acme-edit-legacy'] = writeProject('acme-edit-legacy', {
      'edit_legacy.py': '',
      'setup.py': setupPy({ name: 'acme-edit-legacy', version: '0.5', py_modules: ['edit_legacy'] }),
    });
    // flit writes no top_level.txt, and its editable wheel is a .pth naming the project directory.
    projects['acme-flit'] = writeProject('acme-flit', {
      'flitmod/__init__.py': '"""Flit-built module."""\n__version__ = "0.6"\n',
      'pyproject.toml': [
        '[build-system]', 'requires = ["flit_core >=3.4"]', 'build-backend = "flit_core.buildapi"',
        '[project]', 'name = "acme-flit"', 'version = "0.6"', 'description = "flit fixture"',
        '[tool.flit.module]', 'name = "flitmod"', '',
      ].join('\n'),
    });
    projects['Acme.Widgets_Pro'] = writeProject('acme-widgets-pro', {
      'acmewidgets/__init__.py': '',
      'setup.py': setupPy({ name: 'Acme.Widgets_Pro', version: '2.1', packages: ['acmewidgets'] }),
    });
    // typeshed's layout: the stubs live in `<module>-stubs`, which no import can name (PEP 561).
    projects['types-acme-widgets'] = writeProject('types-acme-widgets', {
      'acmewidgets-stubs/__init__.pyi': 'def make() -> int: ...\n',
      'setup.py': setupPy({
        name: 'types-acme-widgets', version: '2.1.0.20240101', packages: ['acmewidgets-stubs'],
        package_data: { 'acmewidgets-stubs': ['__init__.pyi'] },
      }),
    });
    projects['acme-cli-only'] = writeProject('acme-cli-only', {
      'bin/acme-tool': '#!/usr/bin/env python3\nprint("tool")\n',
      'setup.py': setupPy({ name: 'acme-cli-only', version: '0.9', scripts: ['bin/acme-tool'] }),
    });
    projects['acme-legacy-egg'] = writeProject('acme-legacy-egg', {
      'legacy_egg/__init__.py': '',
      'setup.py': setupPy({ name: 'acme-legacy-egg', version: '1.2', packages: ['legacy_egg'] }),
    });

    await pipInstallLocal(venvPython, [
      ...['acme-ns-one', 'acme-ns-two', 'Acme.Widgets_Pro', 'types-acme-widgets', 'acme-cli-only'].map((d) => projects[d]),
    ]);
    await pipInstallLocal(venvPython, ['-e', projects['acme-ns-three'], '-e', projects['acme-edit-modern'], '-e', projects['acme-flit']]);
    // Without pyproject.toml pip falls back to `setup.py develop`: an .egg-link and easy-install.pth.
    await pipInstallLocal(venvPython, ['-e', projects['acme-ns-four'], '-e', projects['acme-edit-legacy']]);
    // The way Debian builds its python3-* packages: an .egg-info directory, no RECORD.
    await runOrThrow(venvPython, ['setup.py', '-q', 'install', '--single-version-externally-managed', '--record', path.join(root, 'legacy-egg-files.txt')], {
      cwd: projects['acme-legacy-egg'],
    });

    environment = environmentOf(await probePythonEnvironment({ command: venvPython, from: 'input' }, { cwd: root, timeoutMs: TIMEOUT_MS, env: noUserSite }));
  }, BUILD_TIMEOUT_MS);

  test('namespace packages: each distribution names its own dotted module, not the shared `acme`', () => {
    expect(find(environment, 'acme-ns-one')).toEqual({
      name: 'acme-ns-one', canonicalName: 'acme-ns-one', version: '1.0', importNames: ['acme.one'], editable: false,
      location: site, hasRecord: true, directUrl: { url: fileUrl(projects['acme-ns-one']), editable: false },
    });
    expect(find(environment, 'acme-ns-two')).toEqual({
      name: 'acme-ns-two', canonicalName: 'acme-ns-two', version: '1.0', importNames: ['acme.two'], editable: false,
      location: site, hasRecord: true, directUrl: { url: fileUrl(projects['acme-ns-two']), editable: false },
    });
  });

  test('the real google namespace: google-auth, google-api-core and protobuf each name their own modules', () => {
    expect(find(environment, 'google-api-core')).toMatchObject({ version: '2.40.0', importNames: ['google.api_core'], hasRecord: true });
    expect(find(environment, 'google-auth')).toMatchObject({ version: '2.59.1', importNames: ['google.auth', 'google.oauth2'], hasRecord: true });
    // protobuf's compiled extension sits in google/_upb/, itself a namespace directory.
    expect(find(environment, 'protobuf')).toMatchObject({ version: '7.36.2', importNames: ['google._upb._message', 'google.protobuf'], hasRecord: true });
    // googleapis-common-protos ships bare modules in namespace directories (google/api/*.py, no __init__.py).
    const commonProtos = find(environment, 'googleapis-common-protos')!.importNames;
    expect(commonProtos).toContain('google.api.http_pb2');
    expect(commonProtos).toContain('google.rpc.status_pb2');
    expect(commonProtos.every((name) => name.startsWith('google.') && name.split('.').length >= 3)).toBe(true);
  });

  test('a PEP 660 editable namespace portion is named from its finder MAPPING; a legacy one from its project directory', () => {
    expect(find(environment, 'acme-ns-three')).toEqual({
      name: 'acme-ns-three', canonicalName: 'acme-ns-three', version: '1.0', importNames: ['acme.three'], editable: true,
      location: site, hasRecord: true, directUrl: { url: fileUrl(projects['acme-ns-three']), editable: true },
    });
    expect(find(environment, 'acme-ns-four')).toEqual({
      name: 'acme-ns-four', canonicalName: 'acme-ns-four', version: '1.0', importNames: ['acme.four'], editable: true,
      location: projects['acme-ns-four'], hasRecord: false,
    });
  });

  test('editable installs both ways, and flit\'s .pth-only editable wheel, still name their modules', () => {
    expect(find(environment, 'acme-edit-modern')).toEqual({
      name: 'acme-edit-modern', canonicalName: 'acme-edit-modern', version: '0.4', importNames: ['edit_modern'], editable: true,
      location: site, hasRecord: true, directUrl: { url: fileUrl(projects['acme-edit-modern']), editable: true },
    });
    expect(find(environment, 'acme-edit-legacy')).toEqual({
      name: 'acme-edit-legacy', canonicalName: 'acme-edit-legacy', version: '0.5', importNames: ['edit_legacy'], editable: true,
      location: projects['acme-edit-legacy'], hasRecord: false,
    });
    expect(find(environment, 'acme-flit')).toEqual({
      name: 'acme-flit', canonicalName: 'acme-flit', version: '0.6', importNames: ['flitmod'], editable: true,
      location: site, hasRecord: true, directUrl: { url: fileUrl(projects['acme-flit']), editable: true },
    });
  });

  test('Acme.Widgets_Pro (dots, underscore, capitals) provides acmewidgets', () => {
    expect(find(environment, 'acme-widgets-pro')).toMatchObject({
      canonicalName: 'acme-widgets-pro', version: '2.1', importNames: ['acmewidgets'], editable: false, location: site, hasRecord: true,
    });
    expect(canonicalizeName(find(environment, 'acme-widgets-pro')!.name)).toBe('acme-widgets-pro');
  });

  test('a legacy .egg-info directory (no RECORD) takes its module from top_level.txt', () => {
    const eggInfo = readdirSync(site).filter((f) => f.startsWith('acme_legacy_egg') && f.endsWith('.egg-info'));
    expect(eggInfo).toEqual([`acme_legacy_egg-1.2-py${ask(venvPython, 'import sys; print("%d.%d" % sys.version_info[:2])')}.egg-info`]);
    expect(find(environment, 'acme-legacy-egg')).toEqual({
      name: 'acme-legacy-egg', canonicalName: 'acme-legacy-egg', version: '1.2', importNames: ['legacy_egg'], editable: false,
      location: site, hasRecord: false,
    });
  });

  test('stub-only and command-line-only distributions have a RECORD and no module', () => {
    expect(find(environment, 'types-acme-widgets')).toMatchObject({ version: '2.1.0.20240101', importNames: [], hasRecord: true, editable: false });
    expect(find(environment, 'acme-cli-only')).toMatchObject({ version: '0.9', importNames: [], hasRecord: true, editable: false });
  });

  test('the import probe imports each dotted module, and skips the stub-only and command-line-only ones', async () => {
    const requirements = declared.map((name, index) => requirement(name, index + 1));
    const assessments = assessPython(requirements, environment, root);
    expect(assessments.map((a) => [a.requirement.name, a.state, a.state === 'installed' ? a.importTarget : 'n/a'])).toEqual([
      ['acme-ns-one', 'installed', { module: 'acme.one', origin: 'metadata' }],
      ['acme-ns-two', 'installed', { module: 'acme.two', origin: 'metadata' }],
      ['acme-ns-three', 'installed', { module: 'acme.three', origin: 'metadata' }],
      ['acme-ns-four', 'installed', { module: 'acme.four', origin: 'metadata' }],
      ['google-api-core', 'installed', { module: 'google.api_core', origin: 'metadata' }],
      ['google-auth', 'installed', { module: 'google.auth', origin: 'metadata' }],
      ['protobuf', 'installed', { module: 'google.protobuf', origin: 'metadata' }],
      ['googleapis-common-protos', 'installed', { module: 'google.api.annotations_pb2', origin: 'metadata' }],
      ['acme-edit-modern', 'installed', { module: 'edit_modern', origin: 'metadata' }],
      ['acme-edit-legacy', 'installed', { module: 'edit_legacy', origin: 'metadata' }],
      ['acme-flit', 'installed', { module: 'flitmod', origin: 'metadata' }],
      ['Acme.Widgets_Pro', 'installed', { module: 'acmewidgets', origin: 'metadata' }],
      ['acme-legacy-egg', 'installed', { module: 'legacy_egg', origin: 'metadata' }],
      ['types-acme-widgets', 'installed', undefined],
      ['acme-cli-only', 'installed', undefined],
    ]);
    const modules = modulesToImport(assessments);
    const results = await probeImports(environment.executable, modules, { cwd: root, timeoutMs: TIMEOUT_MS });
    expect(results).toEqual(modules.map((module) => ({ module, status: 'ok' })));
    expect(modules).toEqual([
      'acme.one', 'acme.two', 'acme.three', 'acme.four', 'google.api_core', 'google.auth', 'google.protobuf', 'google.api.annotations_pb2',
      'edit_modern', 'edit_legacy', 'flitmod', 'acmewidgets', 'legacy_egg',
    ]);
  });

  test('a namespace portion that is gone is caught by its own import, not hidden by the shared namespace', async () => {
    rmSync(path.join(site, 'acme', 'two'), { recursive: true, force: true });
    const results = await probeImports(environment.executable, ['acme.one', 'acme.two'], { cwd: root, timeoutMs: TIMEOUT_MS });
    expect(results).toEqual([
      { module: 'acme.one', status: 'ok' },
      { module: 'acme.two', status: 'error', errorType: 'ModuleNotFoundError', errorMessage: "No module named 'acme.two'" },
    ]);
  });
});

describe('a --system-site-packages venv: the venv\'s copy first, then the system\'s', () => {
  let venvSite: string;
  let standInSite: string;
  let baseSite: string;
  let environment: PythonEnvironment;

  beforeAll(async () => {
    // The interpreter's real system site-packages is shared by the machine and not ours to
    // change, so a second venv stands in for a system copy at another version. Its
    // site-packages is appended by a .pth file in the venv's own site-packages: site.py adds
    // .pth entries right after the directory that holds them, so the stand-in sits after the
    // venv's copies and before the real system site-packages, the order a system copy has.
    // (PYTHONPATH would not do: its entries come before every site-packages.)
    const [standInPython, systemSitePython] = await Promise.all([
      createVenv(path.join(root, 'system-stand-in'), ['SQLAlchemy==2.0.54']),
      createVenv(path.join(root, 'system-site-venv'), ['SQLAlchemy==2.1.1'], { systemSitePackages: true }),
    ]);
    standInSite = await sitePackages(standInPython);
    venvSite = await sitePackages(systemSitePython);
    writeFileSync(path.join(venvSite, 'zz-system-stand-in.pth'), `${standInSite}\n`);
    baseSite = ask(systemSitePython, "import sys, sysconfig; print(sysconfig.get_paths(vars={'base': sys.base_prefix, 'platbase': sys.base_prefix})['purelib'])");
    environment = environmentOf(await probePythonEnvironment({ command: systemSitePython, from: '$VIRTUAL_ENV' }, { cwd: root, timeoutMs: TIMEOUT_MS, env: noUserSite }));
  }, BUILD_TIMEOUT_MS);

  test('the venv\'s SQLAlchemy 2.1.1 is the one installed; the system copy 2.0.54 is shadowed by it', () => {
    expect(find(environment, 'sqlalchemy')).toMatchObject({ version: '2.1.1', location: venvSite, importNames: ['sqlalchemy'] });
    expect(environment.shadowed?.filter((s) => s.canonicalName === 'sqlalchemy')).toEqual([
      { name: 'SQLAlchemy', canonicalName: 'sqlalchemy', version: '2.0.54', location: standInSite, shadowedBy: venvSite },
    ]);
  });

  test('the interpreter\'s real system site-packages is read too, after the venv: its pip is shadowed by the venv\'s pip', () => {
    const pipVersion = (site: string): string => ask(environment.executable, `import importlib.metadata as m; print([d.version for d in m.distributions(path=[${JSON.stringify(site)}]) if d.metadata['Name'] == 'pip'][0])`);
    expect(find(environment, 'pip')).toMatchObject({ location: venvSite, version: pipVersion(venvSite) });
    expect(environment.shadowed?.filter((s) => s.canonicalName === 'pip')).toEqual([
      { name: 'pip', canonicalName: 'pip', version: pipVersion(standInSite), location: standInSite, shadowedBy: venvSite },
      { name: 'pip', canonicalName: 'pip', version: pipVersion(baseSite), location: baseSite, shadowedBy: venvSite },
    ]);
    const locations = [...new Set(environment.distributions.map((d) => d.location))];
    expect(locations.indexOf(venvSite)).toBe(0);
    expect(locations.indexOf(standInSite)).toBeGreaterThan(0);
    expect(locations.indexOf(baseSite)).toBeGreaterThan(locations.indexOf(standInSite));
  });

  test('judgeShadowed turns the SQLAlchemy copy at another version into a warning with its requirement', () => {
    const declared = requirement('SQLAlchemy', 4);
    const { shadowedWarnings } = judgeShadowed(environment, [declared]);
    expect(shadowedWarnings.filter((w) => w.name === 'SQLAlchemy')).toEqual([
      { name: 'SQLAlchemy', version: '2.0.54', location: standInSite, shadowedBy: venvSite, winningVersion: '2.1.1', requirement: declared },
    ]);
  });
});

// Debian's interpreter with python3-sqlalchemy (installed by .ci/run): the real case of a
// --system-site-packages venv over a distribution's packaged copy.
const DEBIAN_PYTHON = '/usr/bin/python3';
function debVersion(pkg: string): string | undefined {
  try {
    const out = execFileSync('dpkg-query', ['-W', '-f=${Status} ${Version}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    return /install ok installed (\S+)/.exec(out)?.[1].replace(/^\d+:/, '').replace(/-[^-]*$/, '').split('+')[0];
  } catch {
    return undefined;
  }
}
const debianSqlalchemy = existsSync(DEBIAN_PYTHON) ? debVersion('python3-sqlalchemy') : undefined;
const debianVenv = existsSync(DEBIAN_PYTHON) && debVersion('python3-venv') !== undefined;
const debianTest = debianSqlalchemy && debianVenv
  ? (title: string, fn: () => Promise<void>, timeout: number) => test(title, fn, timeout)
  : (title: string, fn: () => Promise<void>, timeout: number) => test.skip(`${title} (skipped: needs ${DEBIAN_PYTHON} with python3-venv and python3-sqlalchemy)`, fn, timeout);

describe('Debian\'s python3 with python3-sqlalchemy', () => {
  debianTest('a --system-site-packages venv\'s SQLAlchemy 2.0.54 shadows Debian\'s packaged one, and is the one imported', async () => {
    const debianVenvPython = await createVenv(path.join(root, 'debian-venv'), ['SQLAlchemy==2.0.54'], { python: DEBIAN_PYTHON, systemSitePackages: true });
    const venvSite = await sitePackages(debianVenvPython);
    const environment = environmentOf(await probePythonEnvironment({ command: debianVenvPython, from: './.venv' }, { cwd: root, timeoutMs: TIMEOUT_MS, env: noUserSite }));
    expect(find(environment, 'sqlalchemy')).toMatchObject({
      name: 'SQLAlchemy', canonicalName: 'sqlalchemy', version: '2.0.54', importNames: ['sqlalchemy'], editable: false, location: venvSite, hasRecord: true,
    });
    expect(environment.shadowed?.filter((s) => s.canonicalName === 'sqlalchemy')).toEqual([
      { name: 'SQLAlchemy', canonicalName: 'sqlalchemy', version: debianSqlalchemy, location: '/usr/lib/python3/dist-packages', shadowedBy: venvSite },
    ]);
    expect(ask(debianVenvPython, 'import sqlalchemy; print(sqlalchemy.__version__)', noUserSite)).toBe('2.0.54');
  }, BUILD_TIMEOUT_MS);
});

describe('user site-packages (PYTHONUSERBASE)', () => {
  test('a `pip install --user` distribution is found in the user site, before the system site-packages', async () => {
    const userBase = path.join(root, 'user-base');
    const env: NodeJS.ProcessEnv = { ...process.env, PYTHONUSERBASE: userBase, PIP_BREAK_SYSTEM_PACKAGES: '1' };
    delete env.PYTHONNOUSERSITE;
    // Build the wheel in the venv that has the build tools; install it with the base interpreter.
    const project = writeProject('acme-user-site', {
      'user_site_mod.py': '',
      'setup.py': setupPy({ name: 'acme-user-site', version: '3.0', py_modules: ['user_site_mod'] }),
    });
    const wheels = path.join(root, 'wheels');
    await runOrThrow(venvPython, ['-m', 'pip', 'wheel', '-q', '--no-deps', '--no-index', '--no-build-isolation', '-w', wheels, project]);
    const [wheel] = readdirSync(wheels).filter((f) => f.startsWith('acme_user_site'));
    await runOrThrow('python3', ['-m', 'pip', 'install', '-q', '--user', '--no-index', '--no-deps', path.join(wheels, wheel)], { env: { ...env, PIP_INDEX_URL: wheelIndexUrl() } });

    const userSite = ask('python3', 'import site; print(site.getusersitepackages())', env);
    expect(userSite.startsWith(userBase)).toBe(true);
    const environment = environmentOf(await probePythonEnvironment({ command: 'python3', from: 'default' }, { cwd: root, timeoutMs: TIMEOUT_MS, env }));
    expect(find(environment, 'acme-user-site')).toEqual({
      name: 'acme-user-site', canonicalName: 'acme-user-site', version: '3.0', importNames: ['user_site_mod'], editable: false, location: userSite, hasRecord: true,
      directUrl: { url: fileUrl(path.join(wheels, wheel)), editable: false },
    });
    const systemSite = ask('python3', "import sysconfig; print(sysconfig.get_paths()['purelib'])", env);
    const locations = [...new Set(environment.distributions.map((d) => d.location))];
    expect(locations.indexOf(userSite)).toBeLessThan(locations.indexOf(systemSite));

    // Without PYTHONUSERBASE's site (PYTHONNOUSERSITE), the same interpreter does not see it.
    const without = environmentOf(await probePythonEnvironment({ command: 'python3', from: 'default' }, { cwd: root, timeoutMs: TIMEOUT_MS, env: { ...env, PYTHONNOUSERSITE: '1' } }));
    expect(find(without, 'acme-user-site')).toBeUndefined();
  }, BUILD_TIMEOUT_MS);
});
