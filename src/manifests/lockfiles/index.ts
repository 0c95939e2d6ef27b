// The Python lockfiles depgate reads as exact expectations (DG007), behind one interface: adding
// one is a new file in this folder and one line in LOCKFILE_FORMATS. The list's order is the
// discovery precedence when a directory holds more than one: uv.lock, poetry.lock, pdm.lock,
// Pipfile.lock.
import type { LockfileOptions, LockfileResult } from './lock-pins.js';
import { parsePdmLock } from './pdm-lock.js';
import { parsePipfileLock } from './pipfile-lock.js';
import { parsePoetryLock } from './poetry-lock.js';
import { parseUvLock } from './uv-lock.js';

export type { LockfileOptions, LockfileResult } from './lock-pins.js';
export { isPipCompileOutput, pinsFromRequirements } from './pip-compile.js';
export { parsePdmLock, parsePipfileLock, parsePoetryLock, parseUvLock };

export interface LockfileFormat {
  name: string;
  /** The file name the tool writes, in the project's directory. */
  fileName: string;
  /** Pure: text in, pins and problems out (never throws). `file` is the path reported in positions. */
  parse(text: string, file: string, options?: LockfileOptions): LockfileResult;
}

export const LOCKFILE_FORMATS: readonly LockfileFormat[] = [
  { name: 'uv', fileName: 'uv.lock', parse: parseUvLock },
  { name: 'Poetry', fileName: 'poetry.lock', parse: parsePoetryLock },
  { name: 'PDM', fileName: 'pdm.lock', parse: parsePdmLock },
  { name: 'Pipenv', fileName: 'Pipfile.lock', parse: parsePipfileLock },
];
