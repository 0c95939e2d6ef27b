// depgate.yml's `system` section: the system packages and the binaries on PATH a deploy needs,
// each with where it was declared, every problem reported at its line and column.
//
//   system:
//     manager: dpkg                      # optional: dpkg | rpm | apk (default: detected)
//     packages: [libpq5, ca-certificates]            # names...
//     packages: { libpq5: ">=15", libc6: ">=2.36" }  # ...or name: range
//     binaries: [psql, git]                          # found on PATH...
//     binaries:                                      # ...or name: range, or name: { version, args, pattern }
//       psql: ">=14"
//       git: { version: ">=2.40", args: ["--version"], pattern: "git version (\\S+)" }
import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair, type Scalar, type YAMLMap } from 'yaml';
import type { SourcePosition } from '../model.js';
import type { YamlSource } from './yaml-source.js';
import { closestMatch } from './closest-match.js';
import {
  anyPackageVersionError, APK_ORDERING, DEBIAN_ORDERING, LOOSE_ORDERING, RPM_ORDERING, validSystemRange, type VersionOrdering,
} from '../versions/system-range.js';

/** The package databases depgate reads; named after the tool that owns each database. */
export type PackageManagerName = 'dpkg' | 'rpm' | 'apk';
export const PACKAGE_MANAGERS: readonly PackageManagerName[] = ['dpkg', 'rpm', 'apk'];

/** Each package system's own version ordering. */
export const MANAGER_ORDERINGS: Record<PackageManagerName, VersionOrdering> = { dpkg: DEBIAN_ORDERING, rpm: RPM_ORDERING, apk: APK_ORDERING };

export interface SystemPackageRequirement {
  /** As written; for dpkg it may name an architecture (`libc6:amd64`). */
  name: string;
  /** A system range (src/versions/system-range.ts) as written; '' for any version. */
  range: string;
  /** Where the entry is declared (its name). */
  source: SourcePosition;
  /** Where its range is written, when it has one. */
  rangeSource?: SourcePosition;
}

export interface SystemBinaryRequirement {
  /** A command name, looked up on PATH. */
  name: string;
  /** A loose range ('' = only be on PATH; then the binary is not run). */
  range: string;
  /** The arguments that make it print its version, overriding the built-in default. */
  args?: string[];
  /** A JavaScript regular expression whose first group (or whole match) is the version. */
  pattern?: string;
  source: SourcePosition;
  rangeSource?: SourcePosition;
  argsSource?: SourcePosition;
  patternSource?: SourcePosition;
}

export interface SystemSpec {
  packages: SystemPackageRequirement[];
  binaries: SystemBinaryRequirement[];
  /** `manager:`, when the config names one instead of letting depgate detect it. */
  manager?: { name: PackageManagerName; source: SourcePosition };
  /** Where `packages:` is written (a missing package manager is reported there). */
  packagesSource?: SourcePosition;
}

export const EMPTY_SYSTEM_SPEC: SystemSpec = { packages: [], binaries: [] };

const SYSTEM_KEYS = ['packages', 'binaries', 'manager'] as const;
const BINARY_KEYS = ['version', 'args', 'pattern'] as const;
/** People name the tool they type; depgate names the database it reads. */
const MANAGER_ALIASES: Record<string, PackageManagerName> = {
  apt: 'dpkg', 'apt-get': 'dpkg', aptitude: 'dpkg', deb: 'dpkg', debian: 'dpkg', ubuntu: 'dpkg',
  dnf: 'rpm', yum: 'rpm', microdnf: 'rpm', zypper: 'rpm', fedora: 'rpm', rhel: 'rpm',
  alpine: 'apk',
};
/** Debian policy §5.6.1 names (lowercase), widened to rpm's and apk's (uppercase, '_'), plus dpkg's `:arch`. */
const PACKAGE_NAME = /^[A-Za-z0-9][A-Za-z0-9+._-]*(:[A-Za-z0-9_-]+)?$/;
/** A command name only: a path would let a pull request's config run a file of its own. */
const BINARY_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.+-]*$/;

type Problem = (at: YamlNode | SourcePosition | null | undefined, message: string, subject?: string) => void;

/** Reads the value of `system:`; returns what could be understood, every problem reported through `problem`. */
export function readSystemSection(node: YamlNode | null, source: YamlSource, problem: Problem): SystemSpec {
  const spec: SystemSpec = { packages: [], binaries: [] };
  if (node === null || node === undefined || (isScalar(node) && node.value === null)) return spec;
  if (!isMap(node)) {
    problem(node, 'system must be a mapping, e.g.\n  system:\n    packages: [libpq5]\n    binaries: { psql: ">=14" }', 'system');
    return spec;
  }
  const pairs = knownPairs(node, SYSTEM_KEYS, "in 'system'", problem);
  // The manager decides how package versions are validated, wherever it is written.
  const managerPair = pairs.find((pair) => keyOf(pair) === 'manager');
  if (managerPair) readManager(managerPair, source, spec, problem);
  for (const pair of pairs) {
    const value = pair.value as YamlNode | null;
    switch (keyOf(pair)) {
      case 'packages':
        spec.packagesSource = source.positionOf(pair.key as YamlNode);
        readPackages(value, pair.key as YamlNode, source, spec, problem);
        break;
      case 'binaries':
        readBinaries(value, pair.key as YamlNode, source, spec, problem);
        break;
    }
  }
  return spec;
}

function readManager(pair: Pair, source: YamlSource, spec: SystemSpec, problem: Problem): void {
  const value = pair.value as YamlNode | null;
  const text = isScalar(value) && typeof value.value === 'string' ? value.value.trim() : undefined;
  if (text !== undefined && (PACKAGE_MANAGERS as readonly string[]).includes(text)) {
    spec.manager = { name: text as PackageManagerName, source: source.positionOf(value) };
    return;
  }
  const alias = text === undefined ? undefined : MANAGER_ALIASES[text.toLowerCase()];
  const hint = alias ? `; ${text} installs into ${alias}'s database, so write manager: ${alias}` : '';
  problem(value ?? (pair.key as YamlNode), `system.manager must be one of ${PACKAGE_MANAGERS.join(', ')}${text === undefined ? '' : `; got '${text}'`}${hint}`, 'system.manager');
}

interface Entry {
  name: string;
  nameNode: YamlNode;
  /** undefined: no value (a list item, or `name:` with nothing after it). */
  value: YamlNode | null | undefined;
}

/** `[a, b]`, `{ a: x, b: y }`, or a list mixing names and one-key mappings (`- a: x`). */
function entriesOf(node: YamlNode | null, keyNode: YamlNode, what: string, example: string, problem: Problem): Entry[] | undefined {
  if (node === null || (isScalar(node) && node.value === null)) return [];
  const entries: Entry[] = [];
  const fromMap = (map: YAMLMap): void => {
    for (const pair of map.items) {
      const nameNode = pair.key as YamlNode;
      const name = scalarText(nameNode);
      if (name === undefined) {
        problem(nameNode ?? map, `each key of ${what} must be a name`, what);
        continue;
      }
      entries.push({ name, nameNode, value: pair.value as YamlNode | null });
    }
  };
  if (isMap(node)) {
    fromMap(node);
    return entries;
  }
  if (!isSeq(node)) {
    problem(node ?? keyNode, `${what} must be a list of names or a mapping of name: range, e.g. ${example}`, what);
    return undefined;
  }
  for (const item of node.items as YamlNode[]) {
    if (isMap(item) && item.items.length === 1) {
      fromMap(item);
      continue;
    }
    const name = scalarText(item);
    if (name === undefined || !isScalar(item)) {
      problem(item, `each entry of ${what} must be a name, or name: range; e.g. ${example}`, what);
      continue;
    }
    entries.push({ name, nameNode: item, value: undefined });
  }
  return entries;
}

function readPackages(node: YamlNode | null, keyNode: YamlNode, source: YamlSource, spec: SystemSpec, problem: Problem): void {
  const entries = entriesOf(node, keyNode, 'system.packages', '[libpq5] or { libpq5: ">=15" }', problem);
  if (!entries) return;
  const ordering = spec.manager ? MANAGER_ORDERINGS[spec.manager.name] : undefined;
  const seen = new Map<string, SourcePosition>();
  for (const entry of entries) {
    const position = source.positionOf(entry.nameNode);
    if (!PACKAGE_NAME.test(entry.name)) {
      problem(entry.nameNode, `'${entry.name}' is not a package name (letters, digits and + . _ -, optionally followed by :architecture)`, entry.name);
      continue;
    }
    if (!notDeclaredTwice(entry, position, seen, 'system.packages', problem)) continue;
    const range = readRange(entry, source, problem, { loose: false, versionError: ordering?.versionError ?? anyPackageVersionError });
    if (range === undefined) continue;
    spec.packages.push({ name: entry.name, range: range.text, source: position, ...(range.source ? { rangeSource: range.source } : {}) });
  }
}

function readBinaries(node: YamlNode | null, keyNode: YamlNode, source: YamlSource, spec: SystemSpec, problem: Problem): void {
  const entries = entriesOf(node, keyNode, 'system.binaries', '[psql] or { psql: ">=14" }', problem);
  if (!entries) return;
  const seen = new Map<string, SourcePosition>();
  for (const entry of entries) {
    const position = source.positionOf(entry.nameNode);
    if (!BINARY_NAME.test(entry.name)) {
      const why = /[/\\]/.test(entry.name) ? 'binaries are looked up on PATH by name, so a path cannot be given' : 'letters, digits and _ . + - only';
      problem(entry.nameNode, `'${entry.name}' is not a command name (${why})`, entry.name);
      continue;
    }
    if (!notDeclaredTwice(entry, position, seen, 'system.binaries', problem)) continue;
    if (isMap(entry.value)) {
      const binary = readBinaryDetails(entry, entry.value, position, source, problem);
      if (binary) spec.binaries.push(binary);
      continue;
    }
    const range = readRange(entry, source, problem, { loose: true, versionError: LOOSE_ORDERING.versionError });
    if (range === undefined) continue;
    spec.binaries.push({ name: entry.name, range: range.text, source: position, ...(range.source ? { rangeSource: range.source } : {}) });
  }
}

function readBinaryDetails(entry: Entry, map: YAMLMap, position: SourcePosition, source: YamlSource, problem: Problem): SystemBinaryRequirement | undefined {
  const fields: Partial<Record<(typeof BINARY_KEYS)[number], { key: YamlNode; value: YamlNode | null }>> = {};
  for (const pair of knownPairs(map, BINARY_KEYS, `in system.binaries.${entry.name}`, problem)) {
    fields[keyOf(pair) as (typeof BINARY_KEYS)[number]] = { key: pair.key as YamlNode, value: pair.value as YamlNode | null };
  }
  let valid = true;
  const binary: SystemBinaryRequirement = { name: entry.name, range: '', source: position };
  if (fields.version) {
    const range = readRange({ ...entry, value: fields.version.value }, source, problem, { loose: true, versionError: LOOSE_ORDERING.versionError });
    if (range === undefined) valid = false;
    else {
      binary.range = range.text;
      if (range.source) binary.rangeSource = range.source;
    }
  }
  if (fields.args) {
    const list = fields.args.value;
    const args = isSeq(list) ? (list.items as YamlNode[]).map((item) => (isScalar(item) ? scalarText(item) : undefined)) : undefined;
    if (!args || args.some((arg) => arg === undefined)) {
      problem(list ?? fields.args.key, `args of ${entry.name} must be a list of arguments, e.g. args: ["--version"]`, entry.name);
      valid = false;
    } else {
      binary.args = args as string[];
      binary.argsSource = source.positionOf(list);
    }
  }
  if (fields.pattern) {
    const node = fields.pattern.value;
    const pattern = isScalar(node) && typeof node.value === 'string' && node.value !== '' ? node.value : undefined;
    const error = pattern === undefined ? 'it must be a non-empty string' : regexError(pattern);
    if (error !== undefined) {
      problem(node ?? fields.pattern.key, `pattern of ${entry.name} is not a usable regular expression: ${error}; e.g. pattern: "version (\\\\S+)" (the first group is the version)`, entry.name);
      valid = false;
    } else {
      binary.pattern = pattern;
      binary.patternSource = source.positionOf(node);
    }
  }
  if (valid && !fields.version && (fields.args || fields.pattern)) {
    const at = (fields.args ?? fields.pattern)!.key;
    problem(at, `args and pattern of ${entry.name} only say how to read its version, and no version range is declared; add version: ">=…" or remove them`, entry.name);
    valid = false;
  }
  return valid ? binary : undefined;
}

function regexError(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
    return undefined;
  } catch (err) {
    return err instanceof Error ? err.message.replace(/^Invalid regular expression: /, '') : String(err);
  }
}

/** A range value: '' when absent or null; undefined (after a DG100) when it is not a valid range. */
function readRange(entry: Entry, source: YamlSource, problem: Problem, how: { loose: boolean; versionError: (v: string) => string | undefined }): { text: string; source?: SourcePosition } | undefined {
  const node = entry.value;
  if (node === undefined || node === null || (isScalar(node) && node.value === null)) return { text: '' };
  const text = rangeText(node);
  if (text === undefined) {
    problem(node, `the version range of ${entry.name} must be a string such as ">=14"`, entry.name);
    return undefined;
  }
  const checked = validSystemRange(text, { loose: how.loose, versionError: how.versionError });
  if (!checked.ok) {
    problem(offsetPosition(node as Scalar, checked.offset, source), `invalid version range '${text}' for ${entry.name}: ${checked.error}`, entry.name);
    return undefined;
  }
  return { text: text.trim(), source: source.positionOf(node) };
}

/** The range as written: a YAML number (`psql: 15.10`) keeps its digits as they appear in the file. */
function rangeText(node: YamlNode): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (typeof node.value === 'number') return typeof node.source === 'string' ? node.source : String(node.value);
  return undefined;
}

/** The position of a character inside a one-line scalar (quoted scalars start one character later). */
function offsetPosition(node: Scalar, offset: number, source: YamlSource): SourcePosition | YamlNode {
  const start = node.range?.[0];
  if (start === undefined || !['PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE'].includes(String(node.type))) return node;
  const quote = node.type === 'PLAIN' ? 0 : 1;
  return source.positionAtOffset(start + quote + offset);
}

function notDeclaredTwice(entry: Entry, position: SourcePosition, seen: Map<string, SourcePosition>, what: string, problem: Problem): boolean {
  const first = seen.get(entry.name);
  if (first) {
    problem(entry.nameNode, `${entry.name} is declared twice in ${what} (first at line ${first.line}); keep one entry`, entry.name);
    return false;
  }
  seen.set(entry.name, position);
  return true;
}

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function scalarText(node: YamlNode | null | undefined): string | undefined {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) {
    const text = typeof node.value === 'number' && typeof node.source === 'string' ? node.source : String(node.value);
    return text.trim() === '' ? undefined : text;
  }
  return undefined;
}

/** The pairs whose keys are known; each unknown key is reported with the closest known one. */
function knownPairs(map: YAMLMap, known: readonly string[], where: string, problem: Problem): Pair[] {
  const accepted: Pair[] = [];
  for (const pair of map.items) {
    const key = keyOf(pair);
    if (known.includes(key)) {
      accepted.push(pair);
      continue;
    }
    const suggestion = closestMatch(key, known);
    problem(pair.key as YamlNode, `unknown key '${key}' ${where}; ${suggestion ? `did you mean '${suggestion}'?` : `valid keys: ${known.join(', ')}`}`, key);
  }
  return accepted;
}
