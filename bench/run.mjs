// npm run bench — the gate's cost against the obvious alternative, measured in the same run.
// Three cases: 200 Python requirements against `pip show` per package; a 5,000-package uv.lock
// (parse and check) beside the first case; a 1,500-package node_modules against `npm ls --json`.
// Builds a venv with real packages from the machine's wheel store plus generated distributions
// (laid out as a wheel install lays them: <name>-<v>.dist-info with METADATA, RECORD,
// top_level.txt, and the module), declares 200 requirements, then times:
//   gate:     `depgate check` (one inventory start + one import-probe start, 200 imports)
//   baseline: `python -m pip show <pkg>`, once per package, for the same 200 names
// and prints both and their ratio. Wall-clock numbers are only compared within this run.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REQUIREMENTS = 200;
const LOCK_PACKAGES = 5000;
const NODE_PACKAGES = 1500;
const GATE_RUNS = 5;
const REAL_PACKAGES = ['flask', 'sqlalchemy==2.0.54', 'psycopg2-binary', 'requests', 'pyyaml'];
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const cli = path.join(root, 'dist/cli/index.js');

function wheelIndexUrl() {
  const config = execFileSync('python3', ['-m', 'pip', 'config', 'list'], { encoding: 'utf8' });
  const match = /extra-index-url='([^']*)'/.exec(config);
  const url = match?.[1].split(/\s+/).find((entry) => entry.startsWith('file://') && entry.endsWith('/simple'));
  if (!url) throw new Error('no file://…/simple index in `pip config list` (see shared/RECIPES.md)');
  return url;
}

function seconds(start) {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const work = mkdtempSync(path.join(os.tmpdir(), 'depgate-bench-'));
try {
  const venv = path.join(work, 'venv');
  const python = path.join(venv, 'bin/python');
  console.log(`building a venv in ${venv} ...`);
  execFileSync('python3', ['-m', 'venv', venv]);
  const indexUrl = wheelIndexUrl();
  const install = spawnSync(python, ['-m', 'pip', 'install', '-q', '--disable-pip-version-check', ...REAL_PACKAGES], {
    // Only the on-disk store: other configured indexes are absent here and only add warnings.
    env: { ...process.env, PIP_INDEX_URL: indexUrl, PIP_EXTRA_INDEX_URL: indexUrl },
    encoding: 'utf8',
  });
  if (install.status !== 0) throw new Error(`pip install failed:\n${install.stderr}`);
  const sitePackages = execFileSync(python, ['-c', 'import sysconfig; print(sysconfig.get_paths()["purelib"])'], { encoding: 'utf8' }).trim();
  const installed = JSON.parse(execFileSync(python, ['-m', 'pip', 'list', '--format', 'json'], { encoding: 'utf8' }));
  const names = installed.map((entry) => entry.name).filter((name) => !['pip', 'setuptools'].includes(name));
  for (let index = 0; names.length < REQUIREMENTS; index++) {
    const name = `bench-dist-${index}`;
    const module = `bench_dist_${index}`;
    const distInfo = path.join(sitePackages, `${module}-1.${index}.0.dist-info`);
    mkdirSync(distInfo);
    mkdirSync(path.join(sitePackages, module));
    writeFileSync(path.join(sitePackages, module, '__init__.py'), `VALUE = ${index}\n`);
    writeFileSync(path.join(distInfo, 'METADATA'), `Metadata-Version: 2.1\nName: ${name}\nVersion: 1.${index}.0\n`);
    writeFileSync(path.join(distInfo, 'top_level.txt'), `${module}\n`);
    writeFileSync(path.join(distInfo, 'INSTALLER'), 'pip\n');
    writeFileSync(path.join(distInfo, 'RECORD'), `${module}/__init__.py,,\n${module}-1.${index}.0.dist-info/METADATA,,\n`);
    names.push(name);
  }
  const app = path.join(work, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'requirements.txt'), names.map((name) => `${name}>=0.1\n`).join(''));

  const gateTimes = [];
  for (let run = 0; run < GATE_RUNS; run++) {
    const start = process.hrtime.bigint();
    const result = spawnSync('node', [cli, 'check', '--cwd', app, '--python', python, '--format', 'json'], { encoding: 'utf8' });
    gateTimes.push(seconds(start));
    const report = JSON.parse(result.stdout);
    if (run === 0) console.log(`gate: ${report.checked} requirements checked, passed=${report.passed}, ${report.findings.length} findings`);
    if (report.checked !== REQUIREMENTS || !report.passed) throw new Error(`unexpected gate result: ${result.stdout.slice(0, 2000)}`);
  }
  gateTimes.sort((a, b) => a - b);
  const gate = gateTimes[Math.floor(GATE_RUNS / 2)];

  console.log(`baseline: python -m pip show, once per package, ${names.length} packages ...`);
  const start = process.hrtime.bigint();
  for (const name of names) {
    const result = spawnSync(python, ['-m', 'pip', 'show', '--disable-pip-version-check', name], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`pip show ${name} failed: ${result.stderr}`);
  }
  const baseline = seconds(start);

  // Case 2: a 5,000-package uv.lock beside a pyproject.toml, gated against the same venv.
  const locked = path.join(work, 'locked');
  mkdirSync(locked);
  writeFileSync(path.join(locked, 'pyproject.toml'), '[project]\nname = "bench"\nversion = "1.0"\ndependencies = ["flask"]\n');
  writeFileSync(path.join(locked, 'uv.lock'), execFileSync('node', [path.join(root, 'bench/make-uv-lock.mjs'), String(LOCK_PACKAGES)], { encoding: 'utf8', maxBuffer: 1 << 28 }));
  const lockTimes = [];
  for (let run = 0; run < GATE_RUNS; run++) {
    const start = process.hrtime.bigint();
    const result = spawnSync('node', [cli, 'check', '--cwd', locked, '--python', python, '--format', 'json', '--no-imports'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    lockTimes.push(seconds(start));
    if (run === 0) {
      const report = JSON.parse(result.stdout);
      console.log(`lockfile: ${LOCK_PACKAGES} pins read, ${report.findings.length} findings (only installed pins can drift)`);
    }
  }
  lockTimes.sort((a, b) => a - b);
  const lockGate = lockTimes[Math.floor(GATE_RUNS / 2)];

  // Case 3: a 1,500-package npm tree, gated against `npm ls --json` on the same tree.
  const tree = path.join(work, 'node-app');
  execFileSync('node', [path.join(root, 'bench/make-node-tree.mjs'), tree, String(NODE_PACKAGES)], { stdio: 'ignore' });
  const nodeTimes = [];
  for (let run = 0; run < GATE_RUNS; run++) {
    const start = process.hrtime.bigint();
    const result = spawnSync('node', [cli, 'check', '--cwd', tree, '--format', 'json', '--no-imports'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    nodeTimes.push(seconds(start));
    if (run === 0) {
      const report = JSON.parse(result.stdout);
      console.log(`node: ${report.checked} declared packages checked, ${report.findings.length} findings`);
    }
  }
  nodeTimes.sort((a, b) => a - b);
  const nodeGate = nodeTimes[Math.floor(GATE_RUNS / 2)];
  const npmLsTimes = [];
  for (let run = 0; run < 3; run++) {
    const start = process.hrtime.bigint();
    spawnSync('npm', ['ls', '--json', '--all'], { cwd: tree, encoding: 'utf8', maxBuffer: 1 << 28 });
    npmLsTimes.push(seconds(start));
  }
  npmLsTimes.sort((a, b) => a - b);
  const npmLs = npmLsTimes[1];

  console.log('');
  console.log(`python: ${REQUIREMENTS} requirements`);
  console.log(`  depgate check (median of ${GATE_RUNS})          ${gate.toFixed(3)} s   (inventory + ${REQUIREMENTS} import probes)`);
  console.log(`  pip show x ${REQUIREMENTS} (baseline)             ${baseline.toFixed(3)} s   (versions only, no imports)`);
  console.log(`  ratio baseline / depgate             ${(baseline / gate).toFixed(1)}x`);
  console.log(`python: ${LOCK_PACKAGES}-package uv.lock`);
  console.log(`  depgate check, parse and check       ${lockGate.toFixed(3)} s   (${(lockGate / gate).toFixed(2)}x the 200-requirement case)`);
  console.log(`node: ${NODE_PACKAGES}-package node_modules`);
  console.log(`  depgate check (median of ${GATE_RUNS})          ${nodeGate.toFixed(3)} s   (resolution + lockfile drift, no imports)`);
  console.log(`  npm ls --json --all (median of 3)    ${npmLs.toFixed(3)} s`);
  console.log(`  ratio npm ls / depgate               ${(npmLs / nodeGate).toFixed(1)}x`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
