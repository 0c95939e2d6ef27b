// Bundles the action (dist/index.js) and the CLI (dist/cli/index.js) with ncc, into dist/ or
// into the folder given as the first argument (check-dist builds into a temporary one).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'dist'));
const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
rmSync(out, { recursive: true, force: true });
const build = (entry, dir) =>
  execFileSync('node', [ncc, 'build', entry, '-o', dir, '--license', 'licenses.txt', '--quiet'], { cwd: root, stdio: 'inherit' });
build('src/index.ts', out);
build('src/cli.ts', path.join(out, 'cli'));
