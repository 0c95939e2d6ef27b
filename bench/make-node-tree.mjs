// node bench/make-node-tree.mjs DIR N
//
// Writes into DIR a Node app whose node_modules holds exactly N installed packages, laid out the
// way npm 7+ installs them (arborist's hoisting): every package at node_modules/<name> unless
// a dependent needs another version, which then sits in node_modules/<dependent>/node_modules/
// <name>. About one in seven names is scoped (@bench/...), about one in twenty installs is such a
// nested conflict, and what only devDependencies reach is flagged `dev` in the lockfile. Beside
// it: the app's package.json, a package-lock.json (lockfileVersion 3) and the hidden lockfile
// node_modules/.package-lock.json, written the way npm writes them, so `npm ls` reads a tree it
// considers complete and valid. Deterministic: the same N always gives the same tree.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [directory, countArgument] = process.argv.slice(2);
const total = Number(countArgument);
if (!directory || !Number.isInteger(total) || total < 1) {
  console.error('usage: node bench/make-node-tree.mjs DIR N   (N ≥ 1 installed packages)');
  process.exit(2);
}

/** One installed copy in twenty is a nested version conflict. */
const nestedCount = Math.floor(total / 20);
const hoistedCount = total - nestedCount;

const WORDS = ['core', 'utils', 'parse', 'stream', 'config', 'path', 'color', 'fetch', 'cache', 'glob', 'event', 'json', 'time', 'log', 'crypto', 'string'];
const nameOf = (index) => (index % 7 === 3 ? `@bench/${WORDS[index % WORDS.length]}-${index}` : `bench-${WORDS[index % WORDS.length]}-${index}`);
const versionOf = (index) => `${1 + (index % 3)}.${index % 10}.${index % 4}`;

// Hoisted packages: each depends on up to three later ones (a DAG, like a real tree's layers).
const hoisted = Array.from({ length: hoistedCount }, (_, index) => ({ name: nameOf(index), version: versionOf(index), dependencies: new Map() }));
hoisted.forEach((pkg, index) => {
  for (let edge = 1; edge <= index % 4; edge++) {
    const target = index + 1 + ((index * 31 + edge * 17) % 50);
    if (target < hoistedCount) pkg.dependencies.set(target, `^${hoisted[target].version}`);
  }
});

// Nested conflicts: the first packages each need a 0.x of a package whose hoisted copy is 1.x or
// later, so npm installs that 0.x under the dependent. Parents and targets are distinct.
const nested = [];
for (let conflict = 0; conflict < nestedCount; conflict++) {
  const parent = conflict;
  const target = hoistedCount - 1 - conflict;
  const version = `0.${conflict % 10}.${conflict % 3}`;
  hoisted[parent].dependencies.set(target, `^${version}`);
  nested.push({ parent, target, name: hoisted[target].name, version });
}

// The app depends on every hoisted package nothing else requires with a hoisted range; one in
// five of those as a devDependency.
const requiredHoisted = new Set();
hoisted.forEach((pkg, index) => {
  for (const target of pkg.dependencies.keys()) if (!isNestedEdge(index, target)) requiredHoisted.add(target);
});
const appDependencies = new Map();
const appDevDependencies = new Map();
hoisted.forEach((pkg, index) => {
  if (requiredHoisted.has(index)) return;
  (index % 5 === 4 ? appDevDependencies : appDependencies).set(index, `^${pkg.version}`);
});

function isNestedEdge(parent, target) {
  return nested.some((copy) => copy.parent === parent && copy.target === target);
}

// What production reaches (arborist's dev flag: reachable only through devDependencies).
const production = new Set();
const stack = [...appDependencies.keys()];
while (stack.length > 0) {
  const index = stack.pop();
  if (production.has(index)) continue;
  production.add(index);
  for (const target of hoisted[index].dependencies.keys()) if (!isNestedEdge(index, target)) stack.push(target);
}

const integrity = (name, version) => `sha512-${createHash('sha512').update(`${name}@${version}`).digest('base64')}`;
const tarball = (name, version) => `https://registry.npmjs.org/${name}/-/${name.split('/').pop()}-${version}.tgz`;
const dependencyObject = (pkg) =>
  pkg.dependencies.size === 0 ? undefined : Object.fromEntries([...pkg.dependencies].map(([target, range]) => [hoisted[target].name, range]).sort(([a], [b]) => a.localeCompare(b, 'en')));

const app = path.resolve(directory);
const packages = {};
function install(folder, name, version, dependencies, dev) {
  mkdirSync(path.join(app, folder), { recursive: true });
  const manifest = { name, version, description: `benchmark package ${name}`, main: 'index.js', license: 'MIT', ...(dependencies ? { dependencies } : {}) };
  writeFileSync(path.join(app, folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  writeFileSync(path.join(app, folder, 'index.js'), `'use strict';\nmodule.exports = { name: ${JSON.stringify(name)}, version: ${JSON.stringify(version)} };\n`);
  packages[folder] = {
    version,
    resolved: tarball(name, version),
    integrity: integrity(name, version),
    ...(dev ? { dev: true } : {}),
    license: 'MIT',
    ...(dependencies ? { dependencies } : {}),
  };
}
hoisted.forEach((pkg, index) => install(`node_modules/${pkg.name}`, pkg.name, pkg.version, dependencyObject(pkg), !production.has(index)));
for (const copy of nested) {
  install(`node_modules/${hoisted[copy.parent].name}/node_modules/${copy.name}`, copy.name, copy.version, undefined, !production.has(copy.parent));
}

const named = (map) => Object.fromEntries([...map].map(([index, range]) => [hoisted[index].name, range]).sort(([a], [b]) => a.localeCompare(b, 'en')));
const root = { name: 'bench-app', version: '1.0.0', dependencies: named(appDependencies), devDependencies: named(appDevDependencies) };
writeFileSync(path.join(app, 'package.json'), `${JSON.stringify({ ...root, private: true, description: `${total} installed packages for npm run bench` }, null, 2)}\n`);

// npm sorts lockfile keys with localeCompare('en') (arborist's shrinkwrap.js).
const sortedPackages = Object.fromEntries(Object.keys(packages).sort((a, b) => a.localeCompare(b, 'en')).map((key) => [key, packages[key]]));
const lockfile = { name: root.name, version: root.version, lockfileVersion: 3, requires: true, packages: { '': root, ...sortedPackages } };
writeFileSync(path.join(app, 'package-lock.json'), `${JSON.stringify(lockfile, null, 2)}\n`);
// Written last: arborist trusts the hidden lockfile only when it is newer than every folder it lists.
const hidden = { name: root.name, version: root.version, lockfileVersion: 3, requires: true, packages: sortedPackages };
writeFileSync(path.join(app, 'node_modules', '.package-lock.json'), `${JSON.stringify(hidden, null, 2)}\n`);

console.log(`${app}: ${total} installed packages (${hoistedCount} hoisted, ${nestedCount} nested), ${appDependencies.size} dependencies and ${appDevDependencies.size} devDependencies in package.json`);
