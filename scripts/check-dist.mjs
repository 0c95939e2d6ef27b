// Fails when dist/ is not the bundle of the current src/: rebuilds into a temporary folder and
// compares file by file. The action runs dist/, so a stale dist/ ships old code.
// Usage: node scripts/check-dist.mjs [DIST_DIR]   (default: the repository's dist/)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const committedDir = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const fresh = mkdtempSync(path.join(os.tmpdir(), 'depgate-dist-'));
try {
  execFileSync('node', [path.join(root, 'scripts/bundle.mjs'), fresh], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const list = (dir) => readdirSync(dir, { recursive: true }).filter((file) => statSync(path.join(dir, file)).isFile()).sort();
  const committed = list(committedDir);
  const rebuilt = list(fresh);
  const differences = [];
  for (const file of new Set([...committed, ...rebuilt])) {
    const a = committed.includes(file) ? readFileSync(path.join(committedDir, file)) : null;
    const b = rebuilt.includes(file) ? readFileSync(path.join(fresh, file)) : null;
    if (a === null) differences.push(`missing from dist/: ${file}`);
    else if (b === null) differences.push(`not produced by the build: dist/${file}`);
    else if (!a.equals(b)) differences.push(`differs: dist/${file}`);
  }
  if (differences.length > 0) {
    console.error(`dist/ is stale against src/ (run \`npm run bundle\` and commit dist/):\n  ${differences.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`dist/ is up to date (${committed.length} files)`);
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
