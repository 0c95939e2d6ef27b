// The manifest formats depgate reads, behind one interface: adding a format is a new file in
// this folder and one line in MANIFEST_FORMATS.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LockPin, PythonRequirement, RuntimeConstraint, SpecProblem } from '../model.js';
import { parseRequirementsTxt } from './requirements-txt.js';

export interface ManifestResult {
  requirements: PythonRequirement[];
  problems: SpecProblem[];
  /** Exact versions a lockfile expects (lockfiles only). */
  pins?: LockPin[];
  /** Constraints on the interpreter (requires-python, Poetry's python, version files). */
  runtime?: RuntimeConstraint[];
  /** Every file read (includes too), relative to the working directory. */
  files: string[];
}

export interface ManifestFormat {
  name: string;
  /** Whether a path (relative to the working directory) is a manifest of this format. */
  matches(file: string): boolean;
  parse(file: string, cwd: string): Promise<ManifestResult>;
}

export const MANIFEST_FORMATS: ManifestFormat[] = [
  {
    name: 'requirements.txt',
    // pip reads any file name after -r; by convention they are *.txt or *.in (pip-tools).
    matches: (file) => /\.(txt|in)$/i.test(file),
    parse: (file, cwd) => parseRequirementsTxt(file, { cwd }),
  },
];

/** Manifests used when neither the config nor the inputs name any (documented in README). */
export const DISCOVERED_MANIFESTS = ['requirements.txt'];

export function discoverManifests(cwd: string): string[] {
  return DISCOVERED_MANIFESTS.filter((file) => existsSync(path.join(cwd, file)));
}

export async function readManifest(file: string, cwd: string, declaredAt?: SpecProblem['source']): Promise<ManifestResult> {
  const format = MANIFEST_FORMATS.find((candidate) => candidate.matches(file));
  if (!format) {
    const known = MANIFEST_FORMATS.map((candidate) => candidate.name).join(', ');
    return {
      requirements: [],
      files: [],
      problems: [{ code: 'DG100', message: `${file} is not a manifest format depgate reads (${known})`, source: declaredAt, subject: file }],
    };
  }
  if (!existsSync(path.resolve(cwd, file))) {
    return {
      requirements: [],
      files: [],
      problems: [{ code: 'DG100', message: `the manifest ${file} does not exist in ${cwd}`, source: declaredAt, subject: file }],
    };
  }
  return format.parse(file, cwd);
}
