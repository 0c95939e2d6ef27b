// `depgate check`: the same gate as the action, printed for a terminal or a program.
// Exit codes (PRODUCT.md): 0 passed, 1 gate failed, 2 could not run.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { GateMode } from './model.js';
import { runGate } from './gate.js';
import { renderTerminal } from './report/terminal.js';
import { renderJsonReport } from './report/json.js';
import { renderWorkflowCommands } from './report/annotations.js';
import { renderOneLine } from './report/one-line.js';
import { renderJunit } from './report/junit.js';
import { renderSarif } from './report/sarif.js';

export const EXIT_PASSED = 0;
export const EXIT_GATE_FAILED = 1;
export const EXIT_COULD_NOT_RUN = 2;
const FORMATS = ['text', 'json', 'github', 'junit', 'sarif'] as const;

export const USAGE = `Usage: depgate check [options]

Checks that what the app declares (depgate.yml, requirements.txt, pyproject.toml, package.json, ...)
is installed, at the right version, and importable by the runtime that will run it.

Options:
  --config FILE       depgate.yml to use (default: depgate.yml or .github/depgate.yml)
  --manifest FILE     a file to read (manifest, lockfile, version file); repeatable
                      (default: from depgate.yml, or discovered in the app's directory)
  --python CMD        the interpreter to probe (default: $VIRTUAL_ENV, ./.venv, python3)
  --node CMD          the node the app runs on (default: node on PATH)
  --no-imports        do not run import probes
  --timeout SECONDS   how long one probe may take (default: 30)
  --format FORMAT     text (default), json, github (workflow commands), junit (JUnit XML
                      for test reporters) or sarif (SARIF 2.1.0 for code scanning)
  --cwd DIR           the app's directory (default: the current directory)
  --warn              report, but exit 0 unless a spec error (DG100) was found
  -h, --help          show this help
  --version           print depgate's version

Exit codes: 0 passed, 1 gate failed, 2 could not run.
`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        config: { type: 'string' },
        manifest: { type: 'string', multiple: true },
        python: { type: 'string' },
        node: { type: 'string' },
        'no-imports': { type: 'boolean' },
        timeout: { type: 'string' },
        format: { type: 'string' },
        cwd: { type: 'string' },
        warn: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    io.stderr(`depgate: ${(error as Error).message}\n\n${USAGE}`);
    return EXIT_COULD_NOT_RUN;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_PASSED;
  }
  if (values.version) {
    io.stdout(`${DEPGATE_VERSION}\n`);
    return EXIT_PASSED;
  }
  const command = positionals[0] ?? 'check';
  if (command !== 'check' || positionals.length > 1) {
    io.stderr(`depgate: unknown command '${positionals.join(' ')}'\n\n${USAGE}`);
    return EXIT_COULD_NOT_RUN;
  }
  const format = values.format ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    io.stderr(`depgate: --format must be one of ${FORMATS.join(', ')}; got '${format}'\n`);
    return EXIT_COULD_NOT_RUN;
  }
  let timeoutSeconds: number | undefined;
  if (values.timeout !== undefined) {
    timeoutSeconds = Number(values.timeout);
    if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
      io.stderr(`depgate: --timeout must be a positive number of seconds; got '${values.timeout}'\n`);
      return EXIT_COULD_NOT_RUN;
    }
  }
  const cwd = path.resolve(io.cwd, values.cwd ?? '.');
  if (!existsSync(cwd) || !statSync(cwd).isDirectory()) {
    io.stderr(`depgate: --cwd ${values.cwd} is not a directory\n`);
    return EXIT_COULD_NOT_RUN;
  }
  const report = await runGate({
    cwd,
    env: io.env,
    config: values.config,
    manifests: values.manifest,
    python: values.python,
    node: values.node,
    imports: values['no-imports'] ? false : undefined,
    mode: values.warn ? ('warn' satisfies GateMode) : undefined,
    timeoutSeconds,
  });
  if (format === 'json') io.stdout(`${renderJsonReport(report)}\n`);
  else if (format === 'github') io.stdout(`${[...renderWorkflowCommands(report), renderOneLine(report)].join('\n')}\n`);
  else if (format === 'junit') io.stdout(renderJunit(report));
  else if (format === 'sarif') io.stdout(renderSarif(report, { toolVersion: DEPGATE_VERSION }));
  else io.stdout(renderTerminal(report, { color: io.isTTY && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '') }));
  return report.passed ? EXIT_PASSED : EXIT_GATE_FAILED;
}

/** Kept equal to package.json's version (a test pins it). */
export const DEPGATE_VERSION = '0.1.0';

/** main() wired to the real process; an unexpected error is one line on stderr and exit 2, never a stack trace. */
export async function runCommandLine(): Promise<number> {
  try {
    return await main(process.argv.slice(2), {
      stdout: (text) => process.stdout.write(text),
      stderr: (text) => process.stderr.write(text),
      isTTY: Boolean(process.stdout.isTTY),
      env: process.env,
      cwd: process.cwd(),
    });
  } catch (error) {
    process.stderr.write(`depgate could not run: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_COULD_NOT_RUN;
  }
}
