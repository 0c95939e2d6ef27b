// node bench/make-uv-lock.mjs N > uv.lock
// Writes a uv.lock with N locked packages (plus the project itself), shaped like the ones uv
// writes (version = 1, revision = 3): each [[package]] with source, dependencies, an sdist and
// three wheels with hashes, sizes and upload times; the project as `source = { editable = "." }`
// with an optional extra and a dev group; a package resolved twice in two Python forks every
// hundred packages; and markers on about one edge in ten. Deterministic: the same N gives the
// same bytes, so a benchmark compares like with like.
import { createHash } from 'node:crypto';

const count = Number.parseInt(process.argv[2] ?? '', 10);
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write('usage: node bench/make-uv-lock.mjs N > uv.lock   (N >= 1 packages)\n');
  process.exit(2);
}

const REGISTRY = 'source = { registry = "https://pypi.org/simple" }';
const PREFIXES = ['aio', 'django', 'flask', 'google-cloud', 'azure', 'types', 'pytest', 'sphinx', 'jupyter', 'opentelemetry'];
const SUFFIXES = ['core', 'utils', 'client', 'sdk', 'async', 'lib', 'plugin', 'tools', 'http', 'data'];
const EDGE_MARKERS = ["sys_platform == 'win32'", "python_full_version < '3.11'", "platform_machine == 'x86_64'", "implementation_name == 'cpython'"];
const FORKS = ["python_full_version < '3.12'", "python_full_version >= '3.12'"];
/** Every FORK_EVERY-th package is the same distribution as the one before it, in the other fork. */
const FORK_EVERY = 100;
const UPLOAD_TIME = '2025-06-09T18:52:34.581Z';
const WHEEL_TAGS = ['cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64', 'cp312-cp312-macosx_11_0_arm64', 'cp312-cp312-win_amd64'];

const sha256 = (text) => createHash('sha256').update(text).digest('hex');
const isForkTwin = (index) => index % FORK_EVERY === FORK_EVERY - 1;
const nameOf = (index) => {
  const base = isForkTwin(index) ? index - 1 : index;
  return `${PREFIXES[base % PREFIXES.length]}-${SUFFIXES[Math.floor(base / PREFIXES.length) % SUFFIXES.length]}-${base}`;
};
const versionOf = (index) => `${1 + (index % 7)}.${index % 13}.${index % 5}${isForkTwin(index) ? '.post1' : ''}`;
const forkOf = (index) => (isForkTwin(index) ? FORKS[1] : isForkTwin(index + 1) && index + 1 < count ? FORKS[0] : undefined);

/** One edge to package `index`: a forked package is named with its version and fork marker. */
function edgeTo(index, marker) {
  const fork = forkOf(index);
  if (fork === undefined) return marker === undefined ? `{ name = "${nameOf(index)}" }` : `{ name = "${nameOf(index)}", marker = "${marker}" }`;
  // Both versions of a forked package are reached, each in its own fork.
  const twin = isForkTwin(index) ? index - 1 : index + 1;
  return [index, twin]
    .sort((a, b) => a - b)
    .map((each) => `{ name = "${nameOf(each)}", version = "${versionOf(each)}", ${REGISTRY}, marker = "${forkOf(each)}" }`)
    .join(',\n    ');
}

/** Children in a tree of fan-out 3 (every package is reachable), plus one cross edge to a later package. */
function dependenciesOf(index) {
  const children = [];
  for (let child = index * 3 + 1; child <= index * 3 + 3 && child < count; child++) {
    if (isForkTwin(child)) continue; // reached together with its twin
    children.push(edgeTo(child, child % 10 === 0 ? EDGE_MARKERS[child % EDGE_MARKERS.length] : undefined));
  }
  const cross = index * 7 + 11;
  if (cross < count && !isForkTwin(cross) && cross > index * 3 + 3) children.push(edgeTo(cross));
  return children;
}

function distributionFiles(name, version) {
  const file = name.replace(/-/g, '_');
  const url = (seed, filename) => {
    const digest = sha256(seed);
    return `https://files.pythonhosted.org/packages/${digest.slice(0, 2)}/${digest.slice(2, 4)}/${digest.slice(4, 64)}/${filename}`;
  };
  const lines = [`sdist = { url = "${url(`${name}-sdist`, `${file}-${version}.tar.gz`)}", hash = "sha256:${sha256(`${name}${version}sdist`)}", size = ${20_000 + (name.length * 997) % 80_000}, upload-time = "${UPLOAD_TIME}" }`];
  lines.push('wheels = [');
  for (const tag of WHEEL_TAGS) {
    lines.push(`    { url = "${url(`${name}-${tag}`, `${file}-${version}-${tag}.whl`)}", hash = "sha256:${sha256(`${name}${version}${tag}`)}", size = ${10_000 + (tag.length * name.length * 131) % 90_000}, upload-time = "${UPLOAD_TIME}" },`);
  }
  lines.push(']');
  return lines;
}

const out = [];
out.push('version = 1', 'revision = 3', 'requires-python = ">=3.10"', 'resolution-markers = [', ...FORKS.slice().reverse().map((fork) => `    "${fork}",`), ']', '');

const packages = [];
for (let index = 0; index < count; index++) packages.push({ index, name: nameOf(index) });
// The project itself, sorted among the packages by name as uv sorts them.
packages.push({ index: -1, name: 'app' });
packages.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.index - b.index));

for (const { index, name } of packages) {
  out.push('[[package]]', `name = "${name}"`);
  if (index === -1) {
    out.push('version = "0.1.0"', 'source = { editable = "." }', 'dependencies = [');
    for (let top = 0; top < Math.min(count, 20); top++) if (!isForkTwin(top)) out.push(`    ${edgeTo(top)},`);
    out.push(']', '', '[package.optional-dependencies]', 'server = [', `    { name = "${nameOf(0)}" },`, ']', '');
    out.push('[package.dev-dependencies]', 'dev = [', `    { name = "${nameOf(Math.min(count - 1, 1))}" },`, ']', '');
    continue;
  }
  const version = versionOf(index);
  out.push(`version = "${version}"`, REGISTRY);
  const fork = forkOf(index);
  if (fork !== undefined) out.push('resolution-markers = [', `    "${fork}",`, ']');
  const dependencies = dependenciesOf(index);
  if (dependencies.length > 0) out.push('dependencies = [', ...dependencies.map((edge) => `    ${edge},`), ']');
  out.push(...distributionFiles(name, version), '');
}
process.stdout.write(out.join('\n'));
