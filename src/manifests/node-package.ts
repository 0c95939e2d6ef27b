// A package.json and, when it is a workspace root, every workspace's package.json: each
// workspace's dependencies are checked from its own directory, as Node resolves them there.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { NodeRequirement } from '../model.js';
import type { ManifestContext, ManifestResult } from './index.js';
import { expandWorkspaces, parsePackageJson, workspacePatterns } from './package-json.js';

export async function parsePackageJsonWithWorkspaces(file: string, text: string, context: ManifestContext): Promise<ManifestResult<NodeRequirement>> {
  const root = parsePackageJson(text, file, { dev: context.dev });
  const result: ManifestResult<NodeRequirement> = { requirements: [...root.requirements], problems: [...root.problems], runtime: [...root.runtime], files: [file] };
  const rootDir = path.posix.dirname(file);
  const patterns = workspacePatterns(text);
  if (patterns.length === 0) return result;
  for (const workspace of await expandWorkspaces(path.resolve(context.cwd, rootDir), patterns)) {
    const workspaceFile = path.posix.join(rootDir === '.' ? '' : rootDir, workspace, 'package.json');
    let workspaceText: string;
    try {
      workspaceText = await readFile(path.resolve(context.cwd, workspaceFile), 'utf8');
    } catch (error) {
      result.problems.push({ code: 'DG100', message: `the workspace ${workspaceFile} cannot be read: ${(error as Error).message}`, subject: workspaceFile });
      continue;
    }
    const parsed = parsePackageJson(workspaceText, workspaceFile, { dev: context.dev });
    result.requirements.push(...parsed.requirements);
    result.problems.push(...parsed.problems);
    // engines of a workspace constrain the same node as the root's.
    result.runtime!.push(...parsed.runtime);
    result.files.push(workspaceFile);
  }
  return result;
}
