// Finds and reads depgate.yml. A missing file is fine (manifests are discovered); a file named
// explicitly that is missing, unreadable or malformed is a DG100, and the run goes on without it.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SpecProblem } from '../model.js';
import { EMPTY_CONFIG, readConfig, type DepgateConfig } from './schema.js';
import { parseYamlSource } from './yaml-source.js';

/** Looked for in this order in the working directory when no config path is given. */
export const CONFIG_FILE_CANDIDATES = ['depgate.yml', 'depgate.yaml', '.github/depgate.yml', '.github/depgate.yaml'];

export async function loadConfig(cwd: string, explicitPath?: string): Promise<{ config: DepgateConfig; problems: SpecProblem[] }> {
  const file = explicitPath ?? CONFIG_FILE_CANDIDATES.find((candidate) => existsSync(path.join(cwd, candidate)));
  if (file === undefined) return { config: EMPTY_CONFIG, problems: [] };
  const relative = toRelative(cwd, file);
  let text: string;
  try {
    text = await readFile(path.resolve(cwd, file), 'utf8');
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(error as Error).message})`;
    return {
      config: EMPTY_CONFIG,
      problems: [{ code: 'DG100', message: `the config file ${relative} ${why}`, subject: relative }],
    };
  }
  const { source, problems: syntaxProblems } = parseYamlSource(text, relative);
  if (syntaxProblems.length > 0) return { config: { ...EMPTY_CONFIG, file: relative }, problems: syntaxProblems };
  return readConfig(source);
}

/** Paths in findings are relative to the working directory, with '/' on every platform. */
export function toRelative(cwd: string, file: string): string {
  return path.relative(cwd, path.resolve(cwd, file)).split(path.sep).join('/');
}
