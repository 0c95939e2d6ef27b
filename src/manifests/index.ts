// The files depgate reads, behind one interface: adding a format is a parser in this folder and
// one entry in MANIFEST_FORMATS. Each format says which ecosystem it declares for and its role:
// a manifest declares requirements, a lockfile pins exact versions, a runtime file constrains
// the interpreter.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LockPin, PythonRequirement, Requirement, RuntimeConstraint, SourcePosition, SpecProblem } from '../model.js';
import { parseRequirementsTxt } from './requirements-txt.js';
import { parsePipfile } from './pipfile.js';
import { parsePyprojectText } from './pyproject.js';
import { parseSetupCfg } from './setup-cfg.js';
import { parseEnvironmentYml } from './environment-yml.js';
import { isPipCompileOutput, LOCKFILE_FORMATS, pinsFromRequirements } from './lockfiles/index.js';
import { NODE_LOCKFILE_FORMATS } from './lockfiles/node/index.js';
import { parsePackageJsonWithWorkspaces } from './node-package.js';
import { parseNodeVersionFile, parseNvmrc, parseToolVersionsNode } from './node-version-files.js';
import { parsePythonVersionFile, parseToolVersions } from './python-version-files.js';

/** What one file declares. `R` is the kind of requirement its ecosystem declares. */
export interface ManifestResult<R extends Requirement = PythonRequirement> {
  requirements: R[];
  problems: SpecProblem[];
  /** Exact versions a lockfile expects (lockfiles only). */
  pins?: LockPin[];
  /** Constraints on the interpreter (requires-python, Poetry's python, version files). */
  runtime?: RuntimeConstraint[];
  /** Every file read (includes too), relative to the working directory. */
  files: string[];
}

/** What a parser may need beyond the text: which optional parts the config selected. */
export interface ManifestContext {
  cwd: string;
  /** Selected dependency groups (PEP 735, Poetry, Pipfile dev, ...), normalized. */
  groups: string[];
  /** Selected optional-dependency extras, normalized. */
  extras: string[];
  /** Whether Node devDependencies (and dev lockfile entries) count. */
  dev: boolean;
}

export type ManifestRole = 'manifest' | 'lockfile' | 'runtime';

export interface ManifestFormat {
  name: string;
  ecosystem: 'python' | 'node';
  role: ManifestRole;
  /** Whether a path (relative to the working directory) is a file of this format. */
  matches(file: string): boolean;
  /** Parses one file; most formats are pure over its text, requirements.txt reads its includes. */
  parse(file: string, text: string, context: ManifestContext): ManifestResult<Requirement> | Promise<ManifestResult<Requirement>>;
}

const named = (...names: string[]) => (file: string): boolean => names.includes(path.posix.basename(file));

export const MANIFEST_FORMATS: ManifestFormat[] = [
  {
    name: 'requirements.txt',
    ecosystem: 'python',
    role: 'manifest',
    // pip reads any file name after -r; by convention they are *.txt or *.in (pip-tools).
    matches: (file) => /\.(txt|in)$/i.test(file),
    parse: async (file, text, context) => {
      const result = await parseRequirementsTxt(file, { cwd: context.cwd });
      if (!isPipCompileOutput(text)) return result;
      // pip-compile output is a lockfile: its == pins are exact expectations (DG007 on drift), and
      // each line still asks that the package be there.
      const pins = pinsFromRequirements(result.requirements.filter((requirement) => !requirement.constraint));
      const pinned = new Set(pins.map((pin) => `${pin.source.file}:${pin.source.line}`));
      const requirements = result.requirements.map((requirement) =>
        pinned.has(`${requirement.source.file}:${requirement.source.line}`) ? { ...requirement, specifier: '' } : requirement);
      return { ...result, requirements, pins };
    },
  },
  ...LOCKFILE_FORMATS.map((format): ManifestFormat => ({
    name: format.name,
    ecosystem: 'python',
    role: 'lockfile',
    matches: named(format.fileName),
    parse: (file, text, context) => format.parse(text, file, { groups: context.groups, extras: context.extras }),
  })),
  { name: '.python-version', ecosystem: 'python', role: 'runtime', matches: named('.python-version'), parse: (file, text) => versionFile(file, parsePythonVersionFile(text, file)) },
  { name: '.tool-versions', ecosystem: 'python', role: 'runtime', matches: named('.tool-versions'), parse: (file, text) => versionFile(file, parseToolVersions(text, file)) },
  { name: 'package.json', ecosystem: 'node', role: 'manifest', matches: named('package.json'), parse: parsePackageJsonWithWorkspaces },
  { name: '.nvmrc', ecosystem: 'node', role: 'runtime', matches: named('.nvmrc'), parse: (file, text) => versionFile(file, parseNvmrc(text, file)) },
  { name: '.node-version', ecosystem: 'node', role: 'runtime', matches: named('.node-version'), parse: (file, text) => versionFile(file, parseNodeVersionFile(text, file)) },
  { name: '.tool-versions', ecosystem: 'node', role: 'runtime', matches: named('.tool-versions'), parse: (file, text) => versionFile(file, parseToolVersionsNode(text, file)) },
  ...NODE_LOCKFILE_FORMATS.map((format): ManifestFormat => ({
    name: format.name,
    ecosystem: 'node',
    role: 'lockfile',
    matches: named(format.fileName),
    parse: (file, text, context) => format.parse(text, file, { dev: context.dev }),
  })),
  { name: 'pyproject.toml', ecosystem: 'python', role: 'manifest', matches: named('pyproject.toml'), parse: (file, text) => parsePyprojectText(text, file) },
  { name: 'Pipfile', ecosystem: 'python', role: 'manifest', matches: named('Pipfile'), parse: (file, text) => parsePipfile(text, file) },
  { name: 'setup.cfg', ecosystem: 'python', role: 'manifest', matches: named('setup.cfg'), parse: (file, text) => parseSetupCfg(text, file) },
  {
    name: 'environment.yml',
    ecosystem: 'python',
    role: 'manifest',
    matches: named('environment.yml', 'environment.yaml'),
    parse: (file, text) => parseEnvironmentYml(text, file),
  },
];

function versionFile(file: string, parsed: { runtime: RuntimeConstraint[]; problems: SpecProblem[] }): ManifestResult {
  return { requirements: [], runtime: parsed.runtime, problems: parsed.problems, files: [file] };
}

export function formatsFor(file: string): ManifestFormat[] {
  return MANIFEST_FORMATS.filter((format) => format.matches(file));
}

/** One file read by one format; `format` is absent when the file could not be read at all. */
export interface ManifestRead {
  file: string;
  format?: ManifestFormat;
  result: ManifestResult<Requirement>;
}

/** Reads one file with every format that claims it (`.tool-versions` serves two ecosystems). */
export async function readManifest(file: string, context: ManifestContext, declaredAt?: SourcePosition, formats = formatsFor(file)): Promise<ManifestRead[]> {
  const failed = (message: string): ManifestRead[] => [
    { file, result: { requirements: [], files: [], problems: [{ code: 'DG100', message, source: declaredAt, subject: file }] } },
  ];
  if (formats.length === 0) {
    const known = [...new Set(MANIFEST_FORMATS.map((candidate) => candidate.name))].join(', ');
    return failed(`${file} is not a file format depgate reads (${known})`);
  }
  const absolute = path.resolve(context.cwd, file);
  if (!existsSync(absolute)) return failed(`the manifest ${file} does not exist in ${context.cwd}`);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    return failed(`the manifest ${file} cannot be read: ${(error as Error).message}`);
  }
  const reads: ManifestRead[] = [];
  for (const format of formats) {
    const result = await format.parse(file, text, context);
    reads.push({ file, format, result: { ...result, files: result.files.length > 0 ? result.files : [file] } });
  }
  return reads;
}
