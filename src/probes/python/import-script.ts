// The Python source of the import-probe runner, run as `python -c IMPORT_SCRIPT module...`.
// It imports each module named in argv, in order, and reports on fd 3 (never stdout: an imported
// module may print anything there) one JSON line per event:
//   {"event": "ready"}                          the runner is up, before the first import
//   {"event": "begin", "index": i}              about to import argv module i
//   {"event": "result", "index": i, "status": "ok"}
//   {"event": "result", "index": i, "status": "error", "errorType": "ImportError", "errorMessage": "..."}
// A runner that stops writing (a hang) or dies (os._exit, a segfault) is handled by the caller,
// which knows from the last "begin" which module did it. Python 3.7+ syntax and stdlib only.

/** The runner's result pipe, as numbered in the child (stdio index 3). */
export const IMPORT_RESULT_FD = 3;

/** Longest errorMessage the runner reports (the first line of str(exc), cut here). */
export const MAX_IMPORT_ERROR_MESSAGE_CHARS = 500;

export const IMPORT_SCRIPT = String.raw`
import sys

# python -c puts '' (the working directory: the checked-out pull request) first on sys.path; the
# app does not import from there when installed, and a json.py there must not run here.
if sys.path and sys.path[0] == "":
    del sys.path[0]

import importlib
import json
import os

# Keep the result pipe away from fd 3, where an imported module could write or close it, and
# out of reach of processes the module starts (os.dup makes a non-inheritable descriptor).
_results = os.dup(${IMPORT_RESULT_FD})
os.close(${IMPORT_RESULT_FD})
_dumps = json.dumps
_write = os.write
_import = importlib.import_module
_exit = os._exit
MAX_MESSAGE = ${MAX_IMPORT_ERROR_MESSAGE_CHARS}


def report(event):
    data = (_dumps(event) + "\n").encode("ascii")
    while data:
        data = data[_write(_results, data):]


def first_line(exc):
    try:
        text = str(exc)
    except BaseException:
        try:
            text = repr(exc)
        except BaseException:
            text = ""
    lines = text.strip().splitlines()
    return (lines[0] if lines else "")[:MAX_MESSAGE]


report({"event": "ready"})
for index, module in enumerate(sys.argv[1:]):
    report({"event": "begin", "index": index})
    try:
        _import(module)
    except BaseException as exc:
        # BaseException: SystemExit and KeyboardInterrupt raised by a module's top level are
        # import failures too, and must not end the runner.
        report({
            "event": "result",
            "index": index,
            "status": "error",
            "errorType": type(exc).__name__,
            "errorMessage": first_line(exc),
        })
    else:
        report({"event": "result", "index": index, "status": "ok"})

for stream in (sys.stdout, sys.stderr):
    try:
        stream.flush()
    except BaseException:
        pass
# Skip interpreter shutdown: a module's non-daemon thread or atexit hook must not hold the gate.
_exit(0)
`;
