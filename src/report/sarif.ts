// The report as SARIF 2.1.0, the subset GitHub code scanning ingests (docs.github.com, "SARIF
// support for code scanning"): every property that page marks required is present and never
// empty, one rule per finding code whether or not it fired (rules describe the tool and should not
// change between runs), and results that stay the same alert across runs.
//
// What code scanning does with what is not said here:
// - It does not honour SARIF `suppressions` (suppressed results are ingested as open alerts), so an
//   ignored finding is left out: adding an `ignore:` entry closes its alert on the next upload.
// - "At least one location is required for code scanning to display a result": a finding about no
//   file (an interpreter that cannot run, an action input) is placed on line 1 of the first spec or
//   manifest read, rather than silently dropped from the Security tab.
// - Levels follow the gate, as the annotations do: in warn mode an error that does not block is a
//   warning, so a code-scanning merge rule does not block what depgate lets through.

import { createHash } from 'node:crypto';
import type { Finding, FindingCode, Report, Severity } from '../model.js';
import { FINDING_CODES } from '../judge/finding-codes.js';
import { annotationLevel, annotationMessage } from './annotations.js';
import { isPosition } from './one-line.js';

/** The schema GitHub's examples name (docs.github.com, "SARIF support for code scanning", sarifLog object). */
export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SARIF_VERSION = '2.1.0';
/**
 * "Results per run: 25,000" — over it the whole file is rejected (docs.github.com, "SARIF results
 * exceed one or more limits"). Findings are most severe first, so the cut keeps the ones that block.
 */
export const MAX_SARIF_RESULTS_PER_RUN = 25_000;
/** The `uriBaseId` code scanning resolves against the repository root. */
export const SRCROOT = '%SRCROOT%';
/** Where depgate's documentation lives; each rule's helpUri points into it. */
export const DEPGATE_REPOSITORY_URL = 'https://github.com/acme/depgate';
export const TROUBLESHOOTING_URL = `${DEPGATE_REPOSITORY_URL}/blob/main/docs/troubleshooting.md`;

/**
 * What each code means, for the rule GitHub shows beside every alert: the short description is
 * the alert's headline, the full one says when depgate reports it. Kept in step with
 * docs/troubleshooting.md (a test checks every helpUri anchor exists there).
 */
export const RULE_DESCRIPTIONS: Record<FindingCode, { short: string; full: string }> = {
  DG001: {
    short: 'A declared package is not installed.',
    full: 'A package the app declares (requirements file, pyproject.toml, Pipfile, setup.cfg, environment.yml, package.json or depgate.yml) is not installed where the probed runtime finds packages: the interpreter\'s sys.path, or node_modules resolved from the declaring package.json. The app fails on the first import of it.',
  },
  DG002: {
    short: 'An installed package is outside the declared version range.',
    full: 'The installed version does not satisfy the declared range (PEP 440 for Python, node-semver for Node), or a pip constraints file (-c) rules it out; for Node, also a different package installed under the declared name (an npm: alias).',
  },
  DG003: {
    short: 'An installed package fails to import.',
    full: 'The package is installed, but importing it (Python) or loading it with require (Node) raises, or kills the interpreter: a missing shared library, a wheel for another platform or Python, a half-finished install. The exception type and its first line are kept, and the fix command reproduces the failure.',
  },
  DG004: {
    short: 'A probe did not answer in time.',
    full: 'The interpreter inventory, the Node runtime probe, or one import did not finish within the timeout (30 seconds unless set). A module that blocks while importing blocks the app\'s start too.',
  },
  DG005: {
    short: 'The runtime to probe with cannot be run.',
    full: 'The Python interpreter or node that depgate was told or chose to probe is not there, cannot be executed, exits with an error, or does not answer like Python 3.7+ or Node.js; or a package manager that the project pins (packageManager, engines, volta) is not found. Nothing of that ecosystem was checked.',
  },
  DG006: {
    short: 'The runtime\'s version is outside what the project requires.',
    full: 'The probed Python is outside requires-python, .python-version, Poetry\'s python or .tool-versions; or node, npm, pnpm or yarn is outside engines, packageManager, volta, .nvmrc, .node-version or .tool-versions.',
  },
  DG007: {
    short: 'An installed version differs from the lockfile\'s pin.',
    full: 'A package pinned by the lockfile (uv.lock, poetry.lock, pdm.lock, Pipfile.lock, pip-compile or uv pip compile output, npm-shrinkwrap.json, package-lock.json, pnpm-lock.yaml, yarn.lock) is installed at another version. A pinned package that is not installed is not drift.',
  },
  DG008: {
    short: 'A required environment variable is unset or empty.',
    full: 'A variable listed under env: in depgate.yml is not set, or is set to the empty string, in the environment depgate runs in. Values are never printed.',
  },
  DG009: {
    short: 'A declared service does not accept connections.',
    full: 'A service listed under services: in depgate.yml (host:port or a URL) did not accept a TCP connection within its timeout and retry window.',
  },
  DG010: {
    short: 'A database URL needs a driver that is not installed or does not import.',
    full: 'A database URL from databases: in depgate.yml names a dialect and driver (postgresql+psycopg2://, mysql+pymysql://, ...) whose package is not installed or fails to import; with connect: true, also a connection that fails.',
  },
  DG011: {
    short: 'A declared command probe failed.',
    full: 'A command listed under commands: in depgate.yml exited with another code than expected, timed out, or printed output that does not match its pattern.',
  },
  DG012: {
    short: 'Another copy of an installed package is hidden on sys.path.',
    full: 'Two copies of a Python distribution at different versions are on sys.path: import loads the first, while pip or a tool reading the other directory sees the other version. A warning: the app imports the first copy and works with it.',
  },
  DG100: {
    short: 'A spec, manifest line or input cannot be understood.',
    full: 'A line of depgate.yml, a manifest or a lockfile, an action input or a command-line setting is invalid or names a file that does not exist, or there is nothing to check at all. What it declares was not checked, so DG100 blocks even in warn mode and cannot be ignored.',
  },
  DG101: {
    short: 'A requirement does not apply here or cannot be identified.',
    full: 'A requirement whose environment marker is false for the probed interpreter, an optional Node dependency that is not installed, a URL or path that names no distribution, or a declaration depgate does not expand or follow (${VAR}, remote includes, file:, an unversioned runtime pin, Yarn Plug\'n\'Play). A notice: it is not checked.',
  },
  DG102: {
    short: 'The import name was guessed from the distribution name.',
    full: 'The distribution\'s metadata names no module and depgate\'s table of well-known names does not know it, so depgate imported the module named like the distribution. Declare import: for it in depgate.yml to make the check exact.',
  },
};

const CODES = Object.keys(FINDING_CODES) as FindingCode[];

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', notice: 'note' };
/** `problem.severity` (GitHub's recommended rule property): error, warning or recommendation. */
const PROBLEM_SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', notice: 'recommendation' };

export interface SarifOptions {
  /** depgate's own version, for `tool.driver.semanticVersion` (GitHub uses it to tell tool changes from code changes). */
  toolVersion?: string;
}

export function renderSarif(report: Report, options: SarifOptions = {}): string {
  const active = report.findings.filter((finding) => !finding.ignored);
  const included = active.slice(0, MAX_SARIF_RESULTS_PER_RUN);
  const left = active.length - included.length;
  const fallbackFile = report.sources.find((source) => source !== '');
  const occurrences = new Map<string, number>();
  const results = included.map((finding) => {
    const identity = fingerprintIdentity(finding);
    const occurrence = (occurrences.get(identity) ?? 0) + 1;
    occurrences.set(identity, occurrence);
    return resultOf(finding, report, `${identity}:${occurrence}`, fallbackFile);
  });
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: SARIF_VERSION,
    runs: [
      {
        tool: {
          driver: {
            name: 'depgate',
            ...(options.toolVersion ? { semanticVersion: options.toolVersion } : {}),
            informationUri: DEPGATE_REPOSITORY_URL,
            rules: CODES.map(ruleOf),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(left > 0
              ? {
                  toolExecutionNotifications: [
                    {
                      level: 'warning',
                      message: {
                        text: `${left} more findings are not in this file: code scanning rejects a run with more than ${MAX_SARIF_RESULTS_PER_RUN} results. The JSON report lists every finding.`,
                      },
                    },
                  ],
                }
              : {}),
          },
        ],
        // Relative URIs need their base declared for the log to be valid SARIF; code scanning
        // itself resolves them against the repository root.
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The root of the repository the workflow checked out.' } } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function ruleOf(code: FindingCode): Record<string, unknown> {
  const { kind, severity } = FINDING_CODES[code];
  const { short, full } = RULE_DESCRIPTIONS[code];
  const helpUri = `${TROUBLESHOOTING_URL}#${troubleshootingAnchor(code)}`;
  return {
    id: code,
    name: kind,
    shortDescription: { text: short },
    fullDescription: { text: full },
    defaultConfiguration: { level: SARIF_LEVEL[severity] },
    help: {
      text: `${full}\n\nWhat to do, and how to ignore it: ${helpUri}`,
      markdown: `${full}\n\nWhat to do, and how to ignore it: [${code} in depgate's troubleshooting guide](${helpUri}).`,
    },
    helpUri,
    properties: { tags: ['dependencies', kind], precision: 'very-high', 'problem.severity': PROBLEM_SEVERITY[severity] },
  };
}

/** The GitHub heading anchor of "## DG001 missing" in docs/troubleshooting.md: "dg001-missing". */
export function troubleshootingAnchor(code: FindingCode): string {
  return `${code.toLowerCase()}-${FINDING_CODES[code].kind}`;
}

function resultOf(finding: Finding, report: Report, fingerprint: string, fallbackFile: string | undefined): Record<string, unknown> {
  const file = finding.file ? finding.file : fallbackFile;
  const positioned = Boolean(finding.file) && isPosition(finding.line);
  const location = file === undefined
    ? []
    : [
        {
          physicalLocation: {
            artifactLocation: { uri: relativeUri(file), uriBaseId: SRCROOT },
            region: {
              startLine: positioned ? finding.line : 1,
              startColumn: positioned && isPosition(finding.column) ? finding.column : 1,
            },
          },
        },
      ];
  const properties: Record<string, unknown> = { ecosystem: finding.ecosystem, kind: finding.kind };
  if (finding.name !== '') properties.package = finding.name;
  if (finding.required !== undefined) properties.required = finding.required;
  if (finding.found !== undefined) properties.found = finding.found;
  if (finding.fix) properties.fix = finding.fix;
  return {
    ruleId: finding.code,
    ruleIndex: CODES.indexOf(finding.code),
    level: SARIF_LEVEL[annotationLevel(finding, report.mode)],
    message: { text: annotationMessage(finding).trim() || `${finding.code} ${finding.kind}` },
    locations: location,
    partialFingerprints: { primaryLocationLineHash: fingerprint },
    properties,
  };
}

/**
 * What makes two results the same alert from one run to the next: the code, the package and the
 * file — not the line, which moves whenever a line above it is added, and not the message, which
 * names versions that change. A finding about no package (most DG100s) is told apart by its
 * message. Code scanning reads only `primaryLocationLineHash` (docs.github.com, result object), so
 * the identity goes there, in CodeQL's `hash:occurrence` form; a repeat gets the next occurrence.
 */
function fingerprintIdentity(finding: Finding): string {
  const name = finding.name.toLowerCase().replace(/[-_.]+/g, '-');
  const parts = [finding.code, finding.ecosystem, name, finding.file ?? '', name === '' ? finding.message : ''];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

/**
 * A repository-relative path as a URI reference: each segment percent-encoded (a space, `#` or
 * `%` in a file name would otherwise change what the URI means), `/` kept as the separator.
 */
export function relativeUri(file: string): string {
  return file.replace(/^\.\//, '').split('/').map((segment) => encodeURIComponent(segment)).join('/');
}
