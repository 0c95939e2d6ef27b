// The files depgate reads, behind one interface: adding a format is a parser in this folder and
// one entry in MANIFEST_FORMATS. Each format says which ecosystem it declares for and its role:
// a manifest declares requirements, a lockfile pins exact versions, a runtime file constrains
// the interpreter.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { LockPin, PythonRequirement, Requirement, RuntimeConstraint, SourcePosition, SpecProblem } from '../model.js';
import { parseRequirementsTxt } from './requirements-txt.js';

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
    parse: (file, _text, context) => parseRequirementsTxt(file, { cwd: context.cwd }),
  },
];

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
