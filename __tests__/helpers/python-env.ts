// Real Python environments for tests, built offline from the machine's on-disk wheel store
// (see /work/shared/RECIPES.md): no mocks of pip or of the interpreter, so a test sees what the
// gate will see on a runner.
//
// Venv creation takes seconds: build each venv once per test file (beforeAll) under
// `makeTempDir()` and remove it in afterAll with `removeDir()`.

import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** pip and venv are slow on a busy machine; a stuck one should still fail the test, not hang it. */
const PIP_TIMEOUT_MS = 300_000;
const PIP_OUTPUT_BYTES = 16 * 1024 * 1024;

let cachedIndexUrl: string | undefined;

/**
 * The wheel store's simple index: the first `file://…/simple` address pip is configured with
 * (`global.extra-index-url` in `pip config list`). Read once per test process.
 */
export function wheelIndexUrl(): string {
  if (cachedIndexUrl !== undefined) return cachedIndexUrl;
  const listing = execFileSync('python3', ['-m', 'pip', 'config', 'list'], { encoding: 'utf8', timeout: 60_000 });
  const addresses = (key: string): string[] => {
    const line = listing.split('\n').find((l) => l.startsWith(`${key}=`));
    if (!line) return [];
    return line
      .slice(key.length + 1)
      .replace(/^['"]|['"]$/g, '')
      .split(/\s+/)
      .filter((a) => /^file:\/\/.+\/simple\/?$/.test(a));
  };
  const [first] = [...addresses('global.extra-index-url'), ...addresses('global.index-url')];
  if (!first) {
    throw new Error(`no file://…/simple address in \`pip config list\` (global.extra-index-url):\n${listing}`);
  }
  cachedIndexUrl = first;
  return first;
}

export interface VenvOptions {
  /** The interpreter that creates the venv (default: python3 on PATH). */
  python?: string;
  systemSitePackages?: boolean;
  /** Also install `wheel` and `setuptools`, which installTinyPackage needs. */
  buildTools?: boolean;
}

/** `python -m venv dir`, then pip installs `packages` from the wheel store. Returns dir/bin/python. */
export async function createVenv(dir: string, packages: string[], opts: VenvOptions = {}): Promise<string> {
  const venvArgs = ['-m', 'venv', ...(opts.systemSitePackages ? ['--system-site-packages'] : []), dir];
  await runOrThrow(opts.python ?? 'python3', venvArgs, `creating venv ${dir}`);
  const venvPython = path.join(dir, 'bin', 'python');
  const wanted = [...packages, ...(opts.buildTools ? ['wheel', 'setuptools'] : [])];
  if (wanted.length > 0) {
    await runOrThrow(venvPython, ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', ...wanted], `pip install ${wanted.join(' ')}`, {
      PIP_INDEX_URL: wheelIndexUrl(),
    });
  }
  return venvPython;
}

export interface TinyPackageSpec {
  distName: string;
  version: string;
  /** Module name → source. A dotted name ("widgets.core") becomes a package file. */
  modules: Record<string, string>;
  /**
   * Also write a pyproject.toml naming setuptools as the PEP 517 backend. pip then installs
   * `-e` as a PEP 660 editable wheel (dist-info + direct_url.json); without it, pip falls back
   * to `setup.py develop` (an .egg-link and easy-install.pth).
   */
  pyprojectToml?: boolean;
}

/** Writes a setuptools project (setup.py + modules) under root/<distName>; returns its directory. */
export function writeTinyPackage(root: string, spec: TinyPackageSpec): string {
  const dir = path.join(root, spec.distName);
  mkdirSync(dir, { recursive: true });
  const names = Object.keys(spec.modules);
  const packages = new Set<string>();
  for (const name of names) {
    const parts = name.split('.');
    for (let i = 1; i < parts.length; i++) packages.add(parts.slice(0, i).join('.'));
  }
  for (const pkg of packages) {
    mkdirSync(path.join(dir, ...pkg.split('.')), { recursive: true });
    if (!(pkg in spec.modules)) writeFileSync(path.join(dir, ...pkg.split('.'), '__init__.py'), '');
  }
  for (const [name, source] of Object.entries(spec.modules)) {
    const parts = name.split('.');
    const file = packages.has(name) ? path.join(dir, ...parts, '__init__.py') : path.join(dir, ...parts.slice(0, -1), `${parts[parts.length - 1]}.py`);
    writeFileSync(file, source);
  }
  const pyModules = names.filter((name) => !name.includes('.') && !packages.has(name));
  // JSON string literals are valid Python string literals.
  writeFileSync(
    path.join(dir, 'setup.py'),
    [
      'from setuptools import setup',
      'setup(',
      `    name=${JSON.stringify(spec.distName)},`,
      `    version=${JSON.stringify(spec.version)},`,
      `    py_modules=${JSON.stringify(pyModules.sort())},`,
      `    packages=${JSON.stringify([...packages].sort())},`,
      ')',
      '',
    ].join('\n'),
  );
  if (spec.pyprojectToml) {
    writeFileSync(
      path.join(dir, 'pyproject.toml'),
      '[build-system]\nrequires = ["setuptools", "wheel"]\nbuild-backend = "setuptools.build_meta"\n',
    );
  }
  return dir;
}

/**
 * `pip install --no-index --no-build-isolation <dir>` (offline; the venv needs `buildTools`).
 * `editable` installs it with `-e` (see `pyprojectToml` for which kind of editable install).
 */
export async function installTinyPackage(venvPython: string, dir: string, opts: { editable?: boolean } = {}): Promise<void> {
  const target = opts.editable ? ['-e', dir] : [dir];
  await runOrThrow(
    venvPython,
    ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', '--no-index', '--no-build-isolation', ...target],
    `pip install ${dir}`,
  );
}

/** The venv's site-packages directory, as the interpreter reports it. */
export async function sitePackages(venvPython: string): Promise<string> {
  const { stdout } = await run(venvPython, ['-c', "import sysconfig; print(sysconfig.get_paths()['purelib'])"], { timeout: 60_000 });
  return stdout.trim();
}

export function makeTempDir(prefix = 'depgate-test-'): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function removeDir(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

async function runOrThrow(command: string, args: string[], what: string, extraEnv: Record<string, string> = {}): Promise<void> {
  try {
    await run(command, args, {
      env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1', ...extraEnv },
      timeout: PIP_TIMEOUT_MS,
      maxBuffer: PIP_OUTPUT_BYTES,
    });
  } catch (err) {
    const failure = err as { stderr?: string; stdout?: string; message?: string };
    throw new Error(`${what} failed: ${failure.stderr?.trim() || failure.stdout?.trim() || failure.message}`);
  }
}
