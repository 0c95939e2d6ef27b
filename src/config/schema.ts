// The one home of depgate.yml: its keys, their types, their defaults, and every validation
// error, each at the line and column of the offending node and saying how to fix it.
import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { FindingCode, GateMode, NodeRequirement, PythonRequirement, SourcePosition, SpecProblem } from '../model.js';
import { validNpmRange } from '../versions/npm.js';
import { readCommandsSection, readDatabasesSection, readEnvSection, readServicesSection } from './machine-sections.js';
import type { MachineSpec } from '../ecosystems/machine.js';
import { readSystemSection, type SystemSpec } from './system-section.js';
import { parseRequirement } from '../versions/pep508.js';
import { parseSpecifierSet } from '../versions/pep440.js';
import { canonicalizeName, isValidDistributionName } from '../versions/pep503.js';
import type { YamlSource } from './yaml-source.js';
import { closestMatch } from './closest-match.js';

export interface IgnoreRule {
  code: FindingCode;
  /** Compared by PEP 503 canonical form for Python packages. */
  name: string;
  reason: string;
  source: SourcePosition;
}

export interface DepgateConfig {
  /** The spec file read, relative to the working directory; undefined when there is none. */
  file?: string;
  mode?: GateMode;
  imports?: boolean;
  timeoutSeconds?: number;
  python: {
    interpreter?: { command: string; source: SourcePosition };
    manifests?: { path: string; source: SourcePosition }[];
    packages: PythonRequirement[];
    /** Optional-dependency extras that must be installed too (PEP 685-normalized). */
    extras: string[];
    /** Dependency groups that must be installed too (PEP 735, Poetry, uv/PDM/Pipfile dev; normalized). */
    groups: string[];
    /** Where each selected extra and group is written, to report one that no manifest defines. */
    selectedAt: { extras: Record<string, SourcePosition>; groups: Record<string, SourcePosition> };
  };
  node: {
    interpreter?: { command: string; source: SourcePosition };
    manifests?: { path: string; source: SourcePosition }[];
    /** Packages declared here rather than in a package.json (checked from the working directory). */
    packages: NodeRequirement[];
    /** Whether devDependencies count (default: no — a deploy installs with --omit=dev). */
    dev: boolean;
  };
  /** System packages (dpkg, rpm, apk) and binaries on PATH. */
  system: SystemSpec;
  /** env, services, databases and commands: what the app needs from the machine beyond packages. */
  machine: MachineSpec;
  ignore: IgnoreRule[];
}

export const EMPTY_CONFIG: DepgateConfig = { python: { packages: [], extras: [], groups: [], selectedAt: { extras: {}, groups: {} } }, node: { packages: [], dev: false }, system: { packages: [], binaries: [] }, machine: { env: [], services: [], databases: [], commands: [] }, ignore: [] };

const TOP_LEVEL_KEYS = ['python', 'node', 'system', 'env', 'services', 'databases', 'commands', 'ignore', 'mode', 'imports', 'timeout'] as const;
/** Sections of the product brief that this version cannot check yet: refusing them is safer than a silent pass. */
/** Sections named by the product brief that this version does not read yet (none today). */
const PLANNED_SECTIONS: string[] = [];
const NODE_KEYS = ['interpreter', 'manifests', 'packages', 'dev'] as const;
const NODE_PACKAGE_KEYS = ['name', 'version', 'import', 'message'] as const;
const PYTHON_KEYS = ['interpreter', 'manifests', 'packages', 'extras', 'groups'] as const;
const PACKAGE_KEYS = ['name', 'version', 'import', 'message', 'extras', 'marker'] as const;
const IGNORE_KEYS = ['code', 'name', 'reason'] as const;
export const GATE_MODES: readonly GateMode[] = ['enforce', 'warn'];
/** DG100 always blocks (PRODUCT.md), so it cannot be ignored. */
const IGNORABLE_CODES: readonly FindingCode[] = [
  'DG001', 'DG002', 'DG003', 'DG004', 'DG005', 'DG006', 'DG007', 'DG008', 'DG009', 'DG010', 'DG011', 'DG012', 'DG101', 'DG102',
];
const MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** Validates a parsed depgate.yml; returns what could be understood and every problem at once. */
export function readConfig(source: YamlSource): { config: DepgateConfig; problems: SpecProblem[] } {
  const problems: SpecProblem[] = [];
  const config: DepgateConfig = { file: source.file, python: { packages: [], extras: [], groups: [], selectedAt: { extras: {}, groups: {} } }, node: { packages: [], dev: false }, system: { packages: [], binaries: [] }, machine: { env: [], services: [], databases: [], commands: [] }, ignore: [] };
  const problem: Report = (at, message, subject) => {
    const position = at && 'file' in at ? at : source.positionOf(at as YamlNode | null | undefined);
    problems.push({ code: 'DG100', message: `${source.file}: ${message}`, source: position, subject });
  };
  const root = source.document.contents;
  if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { config, problems };
  if (!isMap(root)) {
    problem(root, 'the file must be a mapping of sections (python:, ignore:, ...)');
    return { config, problems };
  }
  for (const pair of pairsOf(root, TOP_LEVEL_KEYS, 'at the top level', problem, PLANNED_SECTIONS)) {
    const value = pair.value as YamlNode | null;
    switch (keyOf(pair)) {
      case 'python': readPython(value, source, config, problem); break;
      case 'node': readNode(value, source, config, problem); break;
      case 'system': config.system = readSystemSection(value, source, problem); break;
      case 'env': config.machine.env = readEnvSection(value, source, problem); break;
      case 'services': config.machine.services = readServicesSection(value, source, problem); break;
      case 'databases': config.machine.databases = readDatabasesSection(value, source, problem); break;
      case 'commands': config.machine.commands = readCommandsSection(value, source, problem); break;
      case 'ignore': readIgnore(value, source, config, problem); break;
      case 'mode': {
        const mode = stringOf(value, 'mode', problem);
        if (mode === undefined) break;
        if ((GATE_MODES as readonly string[]).includes(mode)) config.mode = mode as GateMode;
        else problem(value, `mode must be one of ${GATE_MODES.join(', ')}; got '${mode}'`, 'mode');
        break;
      }
      case 'imports': {
        if (isScalar(value) && typeof value.value === 'boolean') config.imports = value.value;
        else problem(value ?? pair.key as YamlNode, 'imports must be true or false', 'imports');
        break;
      }
      case 'timeout': {
        if (isScalar(value) && typeof value.value === 'number' && value.value > 0) config.timeoutSeconds = value.value;
        else problem(value ?? pair.key as YamlNode, 'timeout must be a positive number of seconds, e.g. timeout: 30', 'timeout');
        break;
      }
    }
  }
  problems.sort((a, b) => (a.source?.line ?? 0) - (b.source?.line ?? 0) || (a.source?.column ?? 0) - (b.source?.column ?? 0));
  return { config, problems };
}

/** Records a DG100 at a node, or at an exact position inside one. */
type Report = (at: YamlNode | SourcePosition | null | undefined, message: string, subject?: string) => void;

function keyOf(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

/** The pairs of a mapping whose keys are known; each unknown key is reported with the closest known one. */
function pairsOf(map: YAMLMap, known: readonly string[], where: string, problem: Report, planned: string[] = []): Pair[] {
  const accepted: Pair[] = [];
  for (const pair of map.items) {
    const key = keyOf(pair);
    if (known.includes(key)) {
      accepted.push(pair);
    } else if (planned.includes(key)) {
      problem(pair.key as YamlNode, `the '${key}' section is not supported by this version of depgate, so it cannot be checked; remove it or upgrade depgate`, key);
    } else {
      const suggestion = closestMatch(key, known);
      const hint = suggestion ? `did you mean '${suggestion}'?` : `valid keys: ${known.join(', ')}`;
      problem(pair.key as YamlNode, `unknown key '${key}' ${where}; ${hint}`, key);
    }
  }
  return accepted;
}

function stringOf(node: YamlNode | null, what: string, problem: Report): string | undefined {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') && String(node.value).trim() !== '') {
    return String(node.value);
  }
  problem(node, `${what} must be a non-empty string`, what);
  return undefined;
}

function readPython(node: YamlNode | null, source: YamlSource, config: DepgateConfig, problem: Report): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isMap(node)) {
    problem(node, 'python must be a mapping, e.g.\n  python:\n    packages: [SQLAlchemy>=2.0]', 'python');
    return;
  }
  for (const pair of pairsOf(node, PYTHON_KEYS, "in 'python'", problem)) {
    const value = pair.value as YamlNode | null;
    switch (keyOf(pair)) {
      case 'interpreter': {
        const command = isScalar(value) && typeof value.value === 'string' ? stringOf(value, 'python.interpreter', problem) : undefined;
        if (!(isScalar(value) && typeof value.value === 'string')) problem(value ?? pair.key as YamlNode, 'python.interpreter must be a path or a command, e.g. .venv/bin/python', 'python.interpreter');
        if (command !== undefined) config.python.interpreter = { command, source: source.positionOf(value) };
        break;
      }
      case 'manifests': {
        if (!isSeq(value)) {
          problem(value ?? pair.key as YamlNode, 'python.manifests must be a list of paths, e.g. [requirements.txt]', 'python.manifests');
          break;
        }
        config.python.manifests = [];
        for (const item of value.items as YamlNode[]) {
          const path = stringOf(item, 'each entry of python.manifests', problem);
          if (path !== undefined) config.python.manifests.push({ path, source: source.positionOf(item) });
        }
        break;
      }
      case 'extras':
      case 'groups': {
        const key = keyOf(pair) as 'extras' | 'groups';
        const names = isSeq(value) ? (value.items as YamlNode[]).map((item) => scalarText(item)) : undefined;
        if (!names || names.some((name) => name === undefined || !isValidDistributionName(name))) {
          problem(value ?? pair.key as YamlNode, `python.${key} must be a list of ${key === 'extras' ? 'extra' : 'group'} names, e.g. [${key === 'extras' ? 'postgres' : 'dev'}]`, `python.${key}`);
          break;
        }
        // PEP 685 / PEP 735: extra and group names compare in their PEP 503 form.
        config.python[key] = (names as string[]).map(canonicalizeName);
        config.python.selectedAt[key] = Object.fromEntries(
          (value as { items: YamlNode[] }).items.map((item, index) => [config.python[key][index], source.positionOf(item)]),
        );
        break;
      }
      case 'packages': {
        if (!isSeq(value)) {
          problem(value ?? pair.key as YamlNode, "python.packages must be a list of requirements, e.g.\n  - SQLAlchemy>=2.0\n  - { name: psycopg2-binary, version: '>=2.9', import: psycopg2 }", 'python.packages');
          break;
        }
        for (const item of value.items as YamlNode[]) {
          const requirement = readPackage(item, source, problem);
          if (requirement) config.python.packages.push(requirement);
        }
        break;
      }
    }
  }
}

function readPackage(node: YamlNode, source: YamlSource, problem: Report): PythonRequirement | undefined {
  const position = source.positionOf(node);
  if (isScalar(node) && typeof node.value === 'string') {
    const parsed = parseRequirement(node.value);
    if (!parsed.ok) {
      // Point at the offending character inside the string; quoted scalars start one character later.
      const quote = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE' ? 1 : 0;
      const at = source.positionAtOffset((node.range?.[0] ?? 0) + quote + parsed.offset);
      problem(at, `'${node.value}' is not a valid PEP 508 requirement: ${parsed.error}`, node.value);
      return undefined;
    }
    const { name, canonicalName, extras, specifier, url, marker } = parsed.requirement;
    return { ecosystem: 'python', name, canonicalName, extras, specifier, url, marker, source: position };
  }
  if (!isMap(node)) {
    problem(node, "each entry of python.packages must be a requirement string (SQLAlchemy>=2.0) or a mapping with 'name'", 'python.packages');
    return undefined;
  }
  const fields: Partial<Record<(typeof PACKAGE_KEYS)[number], YamlNode | null>> = {};
  for (const pair of pairsOf(node, PACKAGE_KEYS, 'in a python package', problem)) {
    fields[keyOf(pair) as (typeof PACKAGE_KEYS)[number]] = pair.value as YamlNode | null;
  }
  if (!('name' in fields)) {
    problem(node, "a python package mapping needs a 'name', e.g. { name: psycopg2-binary, version: '>=2.9' }", 'python.packages');
    return undefined;
  }
  const name = stringOf(fields.name ?? null, 'name', problem);
  if (name === undefined) return undefined;
  if (!isValidDistributionName(name)) {
    problem(fields.name, `'${name}' is not a valid distribution name (letters, digits, '.', '_' and '-', starting and ending with a letter or digit)`, name);
    return undefined;
  }
  let valid = true;
  let specifier = '';
  if (fields.version !== undefined) {
    const text = scalarText(fields.version);
    const parsed = text === undefined ? undefined : parseSpecifierSet(text);
    if (text === undefined || !parsed || !parsed.ok) {
      const why = parsed && !parsed.ok ? parsed.error : 'version must be a string such as ">=2.0,<3"';
      problem(fields.version, `invalid version for ${name}: ${why}`, name);
      valid = false;
    } else {
      specifier = text.trim();
    }
  }
  let importName: string | undefined;
  if (fields.import !== undefined) {
    const text = scalarText(fields.import);
    if (text === undefined || !MODULE_NAME.test(text)) {
      problem(fields.import, `import must be a Python module name such as psycopg2 or google.cloud.storage; got '${text ?? ''}'`, name);
      valid = false;
    } else {
      importName = text;
    }
  }
  let message: string | undefined;
  if (fields.message !== undefined) {
    message = stringOf(fields.message ?? null, 'message', problem);
    if (message === undefined) valid = false;
  }
  let extras: string[] = [];
  if (fields.extras !== undefined) {
    const list = fields.extras;
    if (!isSeq(list) || !(list.items as YamlNode[]).every((item) => scalarText(item) !== undefined)) {
      problem(list, `extras must be a list of extra names, e.g. [asyncio]`, name);
      valid = false;
    } else {
      extras = (list.items as YamlNode[]).map((item) => scalarText(item) as string);
    }
  }
  let marker: string | undefined;
  if (fields.marker !== undefined) {
    const text = scalarText(fields.marker);
    const parsed = text === undefined ? undefined : parseRequirement(`${name} ; ${text}`);
    if (text === undefined || !parsed || !parsed.ok) {
      problem(fields.marker, `invalid marker for ${name}: ${parsed && !parsed.ok ? parsed.error : 'marker must be a string'}`, name);
      valid = false;
    } else {
      marker = parsed.requirement.marker;
    }
  }
  if (!valid) return undefined;
  return {
    ecosystem: 'python', name, canonicalName: canonicalizeName(name), extras, specifier, marker, importName, message, source: position,
  };
}

function scalarText(node: YamlNode | null | undefined): string | undefined {
  if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number')) return String(node.value);
  return undefined;
}

function readNode(node: YamlNode | null, source: YamlSource, config: DepgateConfig, problem: Report): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isMap(node)) {
    problem(node, 'node must be a mapping, e.g.\n  node:\n    packages: { express: ^4.18 }', 'node');
    return;
  }
  for (const pair of pairsOf(node, NODE_KEYS, "in 'node'", problem)) {
    const value = pair.value as YamlNode | null;
    switch (keyOf(pair)) {
      case 'interpreter': {
        if (isScalar(value) && typeof value.value === 'string' && value.value.trim() !== '') {
          config.node.interpreter = { command: value.value, source: source.positionOf(value) };
        } else problem(value ?? pair.key as YamlNode, 'node.interpreter must be a path or a command, e.g. node or /usr/local/bin/node', 'node.interpreter');
        break;
      }
      case 'manifests': {
        if (!isSeq(value)) {
          problem(value ?? pair.key as YamlNode, 'node.manifests must be a list of paths, e.g. [web/package.json]', 'node.manifests');
          break;
        }
        config.node.manifests = [];
        for (const item of value.items as YamlNode[]) {
          const path = stringOf(item, 'each entry of node.manifests', problem);
          if (path !== undefined) config.node.manifests.push({ path, source: source.positionOf(item) });
        }
        break;
      }
      case 'dev': {
        if (isScalar(value) && typeof value.value === 'boolean') config.node.dev = value.value;
        else problem(value ?? pair.key as YamlNode, 'node.dev must be true or false', 'node.dev');
        break;
      }
      case 'packages':
        readNodePackages(value ?? (pair.key as YamlNode), source, config, problem);
        break;
    }
  }
}

/** `packages: { express: ^4.18 }` or a list of `{ name, version, import, message }`. */
function readNodePackages(node: YamlNode, source: YamlSource, config: DepgateConfig, problem: Report): void {
  const declare = (name: string, version: string | undefined, at: YamlNode, details: { importName?: string; message?: string }, versionNode?: YamlNode | null): void => {
    const range = version?.trim() ?? '';
    const valid = range === '' ? { ok: true as const } : validNpmRange(range);
    if (!valid.ok) {
      problem(versionNode ?? at, `invalid version range for ${name}: ${valid.error}`, name);
      return;
    }
    config.node.packages.push({
      ecosystem: 'node', name, range, spec: range || '*', specType: 'range', dependencyType: 'dependencies', optional: false,
      packageDir: '', ...details, source: source.positionOf(at),
    });
  };
  if (isMap(node)) {
    for (const pair of node.items) {
      const version = scalarText(pair.value as YamlNode | null);
      if (pair.value !== null && version === undefined) {
        problem(pair.value as YamlNode, `the version of ${keyOf(pair)} must be a string such as "^4.18"`, keyOf(pair));
        continue;
      }
      declare(keyOf(pair), version, pair.key as YamlNode, {}, pair.value as YamlNode | null);
    }
    return;
  }
  if (!isSeq(node)) {
    problem(node, "node.packages must be a mapping of name: range (express: ^4.18) or a list of { name, version, import, message }", 'node.packages');
    return;
  }
  for (const item of node.items as YamlNode[]) {
    if (!isMap(item)) {
      problem(item, "each entry of node.packages must be a mapping with 'name'", 'node.packages');
      continue;
    }
    const fields: Partial<Record<(typeof NODE_PACKAGE_KEYS)[number], YamlNode | null>> = {};
    for (const pair of pairsOf(item, NODE_PACKAGE_KEYS, 'in a node package', problem)) {
      fields[keyOf(pair) as (typeof NODE_PACKAGE_KEYS)[number]] = pair.value as YamlNode | null;
    }
    const name = fields.name === undefined ? undefined : scalarText(fields.name);
    if (!name) {
      problem(item, "a node package mapping needs a 'name', e.g. { name: express, version: ^4.18 }", 'node.packages');
      continue;
    }
    declare(name, fields.version === undefined ? undefined : scalarText(fields.version), item, {
      importName: fields.import === undefined ? undefined : scalarText(fields.import),
      message: fields.message === undefined ? undefined : scalarText(fields.message),
    }, fields.version);
  }
}

function readIgnore(node: YamlNode | null, source: YamlSource, config: DepgateConfig, problem: Report): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isSeq(node)) {
    problem(node, "ignore must be a list, e.g.\n  ignore:\n    - { code: DG002, name: urllib3, reason: pinned by boto }", 'ignore');
    return;
  }
  for (const item of node.items as YamlNode[]) {
    if (!isMap(item)) {
      problem(item, "each ignore entry must be a mapping with 'code', 'name' and 'reason'", 'ignore');
      continue;
    }
    const fields: Partial<Record<(typeof IGNORE_KEYS)[number], YamlNode | null>> = {};
    for (const pair of pairsOf(item, IGNORE_KEYS, 'in an ignore entry', problem)) {
      fields[keyOf(pair) as (typeof IGNORE_KEYS)[number]] = pair.value as YamlNode | null;
    }
    const missing = IGNORE_KEYS.filter((key) => !(key in fields));
    if (missing.length > 0) {
      problem(item, `an ignore entry needs ${missing.map((key) => `'${key}'`).join(' and ')}: every ignored finding says which code, which package and why`, 'ignore');
      continue;
    }
    const code = scalarText(fields.code);
    if (code === 'DG100') {
      problem(fields.code, 'DG100 (spec-error) always blocks and cannot be ignored: fix the line it points at', code);
      continue;
    }
    if (code === undefined || !(IGNORABLE_CODES as readonly string[]).includes(code)) {
      const suggestion = code ? closestMatch(code, IGNORABLE_CODES) : undefined;
      problem(fields.code, `unknown finding code '${code ?? ''}'${suggestion ? `; did you mean '${suggestion}'?` : ''} (codes: ${IGNORABLE_CODES.join(', ')})`, code);
      continue;
    }
    const name = stringOf(fields.name ?? null, 'ignore name', problem);
    const reason = stringOf(fields.reason ?? null, 'ignore reason', problem);
    if (name === undefined || reason === undefined) continue;
    config.ignore.push({ code: code as FindingCode, name, reason, source: source.positionOf(item) });
  }
}
