// The pipeline's data: what is declared (Requirement), what is there (PythonEnvironment,
// ImportResult), and what the comparison says (Finding). Every stage exchanges these and only
// these, so a stage can be tested alone and a new ecosystem is new producers of the same shapes.

/** Where something was declared. `file` is relative to the working directory, with `/`. */
export interface SourcePosition {
  file: string;
  /** 1-based */
  line: number;
  /** 1-based; the column where the declaration starts */
  column: number;
}

/** What a finding is about: a language's packages, the machine, or depgate's own spec. */
export type Ecosystem = 'python' | 'node' | 'system' | 'env' | 'service' | 'database' | 'command' | 'depgate';

/** A Python distribution the app declares it needs (PEP 508), with where it was declared. */
export interface PythonRequirement {
  ecosystem: 'python';
  /** As written; '' when a URL/path/VCS line names no distribution (see `url`). */
  name: string;
  /** PEP 503 canonical form of `name`; '' when `name` is ''. */
  canonicalName: string;
  extras: string[];
  /** PEP 440 specifier set as written, '' for "any version". */
  specifier: string;
  /** `name @ url`, `-e <url>`, a local path or a VCS URL. */
  url?: string;
  /** Marker text after `;`, unevaluated. */
  marker?: string;
  editable?: boolean;
  /** The module the user says to import (`import:` in depgate.yml); wins over metadata. */
  importName?: string;
  /** Why the app needs it, shown with every finding about it. */
  message?: string;
  /**
   * Set when the requirement counts only if the config selects it: an optional-dependency extra
   * (PEP 621 `optional-dependencies`, selected by `python.extras`) or a dependency group (PEP 735,
   * Poetry groups, uv/PDM/Pipfile dev dependencies, selected by `python.groups`).
   */
  selector?: { kind: 'extra' | 'group'; name: string };
  /** Set when this requirement comes from an extra of another one: `SQLAlchemy[postgresql]`. */
  requiredBy?: string;
  /** From a pip constraints file (`-c`): asks for nothing, but bounds the version when installed. */
  constraint?: boolean;
  source: SourcePosition;
}

/** A Node.js package the app declares in a package.json, with where it was declared. */
export interface NodeRequirement {
  ecosystem: 'node';
  /** The name it is required by (`require(name)`), as written in package.json. */
  name: string;
  /** For an `npm:` alias (`"old": "npm:new@^2"`), the real package installed under `name`. */
  aliasOf?: string;
  /** The semver range to check ('' when the spec has none: a tag, a git URL, a file path...). */
  range: string;
  /** The spec as written in package.json (`^4.18.2`, `npm:new@^2`, `file:../lib`, `latest`, ...). */
  spec: string;
  /** npm-package-arg's type: range, version, tag, alias, file, directory, git, remote, workspace. */
  specType: string;
  dependencyType: 'dependencies' | 'optionalDependencies' | 'peerDependencies' | 'devDependencies';
  /** An absent optional dependency (optionalDependencies, optional peers) is a notice, not an error. */
  optional: boolean;
  /** Directory of the declaring package.json, relative to the working directory ('' for itself). */
  packageDir: string;
  importName?: string;
  message?: string;
  source: SourcePosition;
}

export type Requirement = PythonRequirement | NodeRequirement;

/** An exact version a lockfile expects (DG007 when what is installed differs). */
export interface LockPin {
  ecosystem: 'python' | 'node';
  name: string;
  canonicalName: string;
  version: string;
  /** PEP 508 marker under which the lockfile installs this pin; a false one skips it. */
  marker?: string;
  /** Node: where the lockfile installs it, relative to the working directory (`node_modules/a/node_modules/b`). */
  installPath?: string;
  source: SourcePosition;
}

/** A constraint on the interpreter itself (DG006 when the probed one is outside it). */
export interface RuntimeConstraint {
  ecosystem: 'python' | 'node';
  /** What must satisfy it: the interpreter (python, node) or the package manager (npm, pnpm, yarn). */
  runtime?: 'python' | 'node' | 'npm' | 'pnpm' | 'yarn';
  /**
   * The range the runtime's version must satisfy: a PEP 440 specifier set for Python
   * (">=3.10", "==3.11.*"), a node-semver range for Node (">=18", "20.x").
   */
  specifier: string;
  /** Where it comes from, as people call it: "requires-python", ".python-version", ".nvmrc", "engines.node", ... */
  origin: string;
  source: SourcePosition;
}

export type FindingCode =
  | 'DG001' | 'DG002' | 'DG003' | 'DG004' | 'DG005' | 'DG006' | 'DG007'
  | 'DG008' | 'DG009' | 'DG010' | 'DG011' | 'DG012' | 'DG100' | 'DG101' | 'DG102';

export type Severity = 'error' | 'warning' | 'notice';

/** A problem found while reading a spec or manifest; becomes a DG100 (or a notice) finding. */
export interface SpecProblem {
  code: 'DG100' | 'DG101' | 'DG102';
  message: string;
  /** Absent for problems outside any file (an action input, a command-line flag). */
  source?: SourcePosition;
  /** What the problem is about (a key, a requirement text), for the finding's `name`. */
  subject?: string;
}

export interface Finding {
  code: FindingCode;
  kind: string;
  severity: Severity;
  ecosystem: Ecosystem;
  name: string;
  /** The declared range ('' = any). */
  required?: string;
  /** What is installed, when something is. */
  found?: string;
  file?: string;
  line?: number;
  column?: number;
  message: string;
  /** A command that fixes (or, for DG003, reproduces) this one finding. */
  fix?: string;
  /** The installer arguments that would satisfy it (`SQLAlchemy>=2.1`), gathered into the combined fix line. */
  install?: string[];
  /** Set when an `ignore` entry of depgate.yml matched this finding. */
  ignored?: { reason: string };
}

/** One installed distribution as the probed interpreter sees it. */
export interface PythonDistribution {
  name: string;
  canonicalName: string;
  version: string;
  /** Top-level import names, from top_level.txt or RECORD (may be empty). */
  importNames: string[];
  editable: boolean;
  /** The sys.path entry (site-packages directory) holding its metadata. */
  location: string;
  /**
   * Whether its metadata has a RECORD (PEP 376 / 627) listing every installed file. With one,
   * empty `importNames` means it installs no module (stubs, command-line tools): nothing to
   * import. Without one (Debian's packages, legacy egg-info), empty means unknown.
   */
  hasRecord?: boolean;
  /** Requires-Dist lines that belong to its extras (`psycopg2>=2.7; extra == "postgresql"`). */
  extraRequires?: string[];
  /** PEP 610 direct_url.json, when present. */
  directUrl?: { url: string; editable: boolean; vcs?: string; commitId?: string };
}

/** What one interpreter start reports about the environment the app will run in. */
export interface PythonEnvironment {
  /** The command depgate was asked to run (input, $VIRTUAL_ENV, ./.venv, python3). */
  requested: string;
  /** Why that interpreter was chosen, e.g. "input python", "$VIRTUAL_ENV", "./.venv", "default". */
  requestedFrom: string;
  /** sys.executable */
  executable: string;
  /** platform.python_version() */
  version: string;
  /** sys.prefix */
  prefix: string;
  /** PEP 508 marker environment, computed by the interpreter itself. */
  markers: Record<string, string>;
  /** First copy on sys.path wins: at most one entry per canonical name. */
  distributions: PythonDistribution[];
  /** PEP 668: a distributor's interpreter outside any venv, into which pip refuses to install. */
  externallyManaged?: boolean;
  /** Later copies on sys.path that `import` never sees (a warning when their version differs). */
  shadowed?: ShadowedDistribution[];
}

/** A later copy of a distribution on sys.path, hidden by the first one. */
export interface ShadowedDistribution {
  name: string;
  canonicalName: string;
  version: string;
  location: string;
  /** Location of the copy that wins. */
  shadowedBy: string;
}

/** The answer of one import probe. */
export interface ImportResult {
  module: string;
  status: 'ok' | 'error' | 'timeout' | 'crashed';
  /** For 'error': the exception class name (e.g. "ImportError"). */
  errorType?: string;
  /** For 'error': the first line of str(exception); for 'crashed': how the process died. */
  errorMessage?: string;
}

export type GateMode = 'enforce' | 'warn';

/** A runtime a report speaks for (named in every surface): the interpreter, or node. */
export interface RuntimeSummary {
  requested: string;
  requestedFrom: string;
  executable: string;
  version: string;
  prefix: string;
  /** Node: the package manager the fix commands use (npm, pnpm, yarn). */
  packageManager?: string;
}

export type PythonEnvironmentSummary = RuntimeSummary;

/** Everything every surface shows: the verdict and what it rests on. Built once, by the judge. */
export interface Report {
  passed: boolean;
  mode: GateMode;
  /** Most severe first (error, warning, notice), then by file, line, column; ignored ones last. */
  findings: Finding[];
  /** How many declared requirements were checked. */
  checked: number;
  environment: { python?: RuntimeSummary; node?: RuntimeSummary };
  /** One combined fix line per ecosystem (installs everything DG001/DG002 asked for). */
  fixes: { ecosystem: Ecosystem; command: string }[];
  /** Not counting ignored findings; `ignored` counts those. */
  counts: { error: number; warning: number; notice: number; ignored: number };
  /** Manifests and spec files that were read, relative to the working directory. */
  sources: string[];
  /** How those files were chosen (input, depgate.yml, or the discovery rules), one sentence each. */
  notes?: string[];
}
