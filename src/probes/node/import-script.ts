// The JavaScript source of the Node import-probe runner, run as
// `node --input-type=module -e NODE_IMPORT_SCRIPT -- name1 fromDir1 name2 fromDir2 ...`.
// It loads each package the way the app would, from its fromDir, in order, and reports on fd 3
// (never stdout: a package may print anything there) one JSON line per event:
//   {"event": "ready", "token": T}                          up, before the first package is loaded
//   {"event": "begin", "index": i, "token": T}              about to load package i
//   {"event": "result", "index": i, "status": "ok", "token": T}
//   {"event": "result", "index": i, "status": "error", "errorType": "Error", "errorMessage": "...", "token": T}
// Node cannot take fd 3 out of a package's reach as Python's os.dup does (a socket pipe cannot be
// reopened through /proc/self/fd), so every line carries a token drawn at start and kept in a
// closure no package can read; the caller ignores lines without it, and each line starts with a
// newline so half a line written there by a package cannot swallow the next one.
// A runner that stops writing (a hang) or exits (process.exit in a package, a crash) is handled
// by the caller, which knows from the last "begin" which package did it. Node 20+, built-ins only.

/** The runner's result pipe, as numbered in the child (stdio index 3). */
export const NODE_IMPORT_RESULT_FD = 3;

/** Longest errorMessage the runner reports (the first line of the error's message, cut here). */
export const MAX_NODE_IMPORT_ERROR_MESSAGE_CHARS = 500;

/** The runner exits with this when its result pipe is gone (a package closed fd 3). */
export const RESULT_PIPE_LOST_EXIT_CODE = 71;

/**
 * Error codes that mean "this package is for `import`, not `require`": an ES module under Node
 * without require(esm) (before 20.19 / 22.12), one with top-level await, or an `exports` map
 * without a "require" (or "default") condition. The app would then load it with `import()`.
 */
export const LOAD_WITH_IMPORT_CODES = ['ERR_REQUIRE_ESM', 'ERR_REQUIRE_ASYNC_MODULE', 'ERR_PACKAGE_PATH_NOT_EXPORTED'] as const;

export const NODE_IMPORT_SCRIPT = String.raw`
import fs from 'node:fs';
import path from 'node:path';
import Module, { createRequire, isBuiltin } from 'node:module';
import { randomUUID } from 'node:crypto';

// Taken before any package runs: a package may replace any of these (graceful-fs patches fs,
// signal-exit patches process.exit and process.emit).
const writeSync = fs.writeSync;
const toBytes = Buffer.from.bind(Buffer);
const realpathSync = fs.realpathSync;
const stringify = JSON.stringify;
const exit = process.exit.bind(process);
const removeAllListeners = process.removeAllListeners.bind(process);
const nextTurn = globalThis.setImmediate;
const token = randomUUID();
const RESULTS = ${NODE_IMPORT_RESULT_FD};
const MAX_MESSAGE = ${MAX_NODE_IMPORT_ERROR_MESSAGE_CHARS};
const LOAD_WITH_IMPORT = new Set(${JSON.stringify(LOAD_WITH_IMPORT_CODES)});

function report(event) {
  let data = toBytes('\n' + stringify({ ...event, token }) + '\n', 'utf8');
  while (data.length > 0) {
    try {
      data = data.subarray(writeSync(RESULTS, data));
    } catch (error) {
      if (error && error.code === 'EAGAIN') continue;
      exit(${RESULT_PIPE_LOST_EXIT_CODE});
    }
  }
}

// What require() accepts as a package name with an optional subpath: no relative or absolute
// path, no URL (import() would load file: and data: URLs), no '..' out of node_modules.
function isPackageSpecifier(name) {
  const parts = name.split('/');
  const nameParts = name.startsWith('@') ? 2 : 1;
  if (parts.length < nameParts || name === '@') return false;
  return parts.every((part, i) =>
    part !== '' && part !== '.' && part !== '..' && !/[\\:\s\0]/.test(part) && (i >= nameParts || !part.startsWith('.')));
}

// Node resolves from the real path of the requiring file (unless --preserve-symlinks), which is
// how a package in pnpm's .pnpm store sees its dependencies beside it.
function realDirectory(dir) {
  try {
    return realpathSync(dir);
  } catch {
    return path.resolve(dir);
  }
}

// import() resolves against the file it is written in. A CommonJS module compiled (never
// written) as fromDir/noop.js makes that fromDir, with the "import" condition and exports maps
// resolved by Node itself. Module.prototype._compile is what require hooks (pirates, ts-node)
// build on, in every Node release since 0.x.
function importFrom(parentFile, specifier) {
  const importer = new Module(parentFile);
  importer.filename = parentFile;
  importer.paths = Module._nodeModulePaths(path.dirname(parentFile));
  importer._compile('module.exports = (specifier) => import(specifier);', parentFile);
  return importer.exports(specifier);
}

async function load(name, fromDir) {
  if (!isPackageSpecifier(name)) throw new TypeError('not a package name: ' + stringify(name));
  const parentFile = path.join(realDirectory(fromDir), 'noop.js');
  // require('punycode') is the built-in even when the package is installed; 'punycode/' is the package.
  const specifier = isBuiltin(name) ? name + '/' : name;
  try {
    createRequire(parentFile)(specifier);
  } catch (error) {
    if (!(error && LOAD_WITH_IMPORT.has(error.code))) throw error;
    await importFrom(parentFile, specifier);
  }
}

function describe(error) {
  let errorType = typeof error;
  let text = '';
  try {
    if ((typeof error === 'object' && error !== null) || typeof error === 'function') {
      const constructor = error.constructor;
      errorType = typeof constructor === 'function' && constructor.name ? String(constructor.name) : 'Object';
      text = typeof error.message === 'string' ? error.message : String(error);
    } else {
      text = String(error);
    }
  } catch {
    // An object whose getters or toString throw still failed its load; say what can be said.
  }
  const firstLine = text.trim().split(/\r?\n/)[0] || '';
  return { errorType, errorMessage: firstLine.slice(0, MAX_MESSAGE) };
}

// An error thrown from a package's timer or an unhandled rejection of its promises would end the
// app (Node's default --unhandled-rejections=throw). The first one seen while a package loads
// (until the next turn of the event loop) is that package's error; any other is dropped here, so
// it cannot end the runner in the middle of another package.
let loading = false;
let asyncFailure;
const onAsyncFailure = (error) => {
  if (loading && asyncFailure === undefined) asyncFailure = { error };
};
process.on('uncaughtException', onAsyncFailure);
process.on('unhandledRejection', onAsyncFailure);

const args = process.argv.slice(1);
report({ event: 'ready' });
for (let index = 0; 2 * index + 1 < args.length; index++) {
  report({ event: 'begin', index });
  loading = true;
  asyncFailure = undefined;
  let failure;
  try {
    await load(args[2 * index], args[2 * index + 1]);
  } catch (error) {
    failure = { error };
  }
  await new Promise((resolve) => nextTurn(resolve));
  loading = false;
  failure = failure || asyncFailure;
  report(failure ? { event: 'result', index, status: 'error', ...describe(failure.error) } : { event: 'result', index, status: 'ok' });
}

// Skip the packages' exit hooks and the timers and sockets they left open: the gate waits on none.
removeAllListeners('exit');
exit(0);
`;
