// Which module proves that a distribution works: the user's `import:` first, then the
// distribution's own metadata (top_level.txt / RECORD), then a table of well-known names,
// and only then a guess from the distribution name (reported as DG102). Some distributions have
// nothing to import: stubs for type checkers, and command-line tools whose RECORD lists scripts
// and metadata but no module.
import type { PythonDistribution, PythonRequirement } from '../model.js';

/**
 * Distributions whose module name cannot be derived from their name. Used only when the installed
 * metadata names no module (Debian's packages, some legacy installs). Keys are PEP 503 names.
 */
export const WELL_KNOWN_IMPORT_NAMES: Readonly<Record<string, string>> = {
  'attrs': 'attr',
  'beautifulsoup4': 'bs4',
  'dnspython': 'dns',
  'djangorestframework': 'rest_framework',
  'google-cloud-storage': 'google.cloud.storage',
  'mysqlclient': 'MySQLdb',
  'opencv-python': 'cv2',
  'opencv-python-headless': 'cv2',
  'pillow': 'PIL',
  'protobuf': 'google.protobuf',
  'psycopg2-binary': 'psycopg2',
  'pycryptodome': 'Crypto',
  'pyjwt': 'jwt',
  'pymongo': 'pymongo',
  'pyopenssl': 'OpenSSL',
  'pyserial': 'serial',
  'python-dateutil': 'dateutil',
  'python-dotenv': 'dotenv',
  'python-jose': 'jose',
  'python-magic': 'magic',
  'pyyaml': 'yaml',
  'pyzmq': 'zmq',
  'scikit-image': 'skimage',
  'scikit-learn': 'sklearn',
  'typing-extensions': 'typing_extensions',
};

export interface ImportTarget {
  module: string;
  origin: 'declared' | 'metadata' | 'well-known' | 'guessed';
}

/**
 * A module name, dotted for a namespace package's portion (`google.cloud.storage`: importing
 * the namespace `google` proves nothing, see the inventory script's dotted_modules).
 */
const MODULE_NAME = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
/** Top-level names that some wheels ship by mistake and that say nothing about the package. */
const NOT_THE_PACKAGE = new Set(['test', 'tests', 'docs', 'examples', 'benchmarks']);

/** Distributions that exist only for type checkers; importing them proves nothing (PEP 561). */
export function isStubOnly(canonicalName: string): boolean {
  return canonicalName.startsWith('types-') || canonicalName.endsWith('-stubs');
}

export function chooseImportTarget(requirement: PythonRequirement, distribution: PythonDistribution): ImportTarget | undefined {
  if (requirement.importName) return { module: requirement.importName, origin: 'declared' };
  if (isStubOnly(distribution.canonicalName)) return undefined;
  if (installsNoModule(distribution)) return undefined;
  const fromMetadata = pickFromMetadata(distribution);
  if (fromMetadata) return { module: fromMetadata, origin: 'metadata' };
  const wellKnown = WELL_KNOWN_IMPORT_NAMES[distribution.canonicalName];
  if (wellKnown) return { module: wellKnown, origin: 'well-known' };
  return { module: distribution.canonicalName.replace(/-/g, '_'), origin: 'guessed' };
}

/**
 * A RECORD lists every installed file (PEP 376), so a RECORD without a module means a
 * distribution of scripts or data only. Editable installs are the exception: their RECORD lists
 * a .pth or finder hook instead of the modules, which stay in the project directory.
 */
function installsNoModule(distribution: PythonDistribution): boolean {
  return distribution.hasRecord === true && !distribution.editable && !distribution.importNames.some((name) => MODULE_NAME.test(name));
}

function pickFromMetadata(distribution: PythonDistribution): string | undefined {
  const candidates = distribution.importNames.filter((name) => MODULE_NAME.test(name) && !NOT_THE_PACKAGE.has(name.split('.')[0]));
  if (candidates.length === 0) return undefined;
  const byName = distribution.canonicalName.replace(/-/g, '_');
  const sameAsDistribution = candidates.find((name) => name.toLowerCase().replace(/\./g, '_') === byName);
  if (sameAsDistribution) return sameAsDistribution;
  const wellKnown = WELL_KNOWN_IMPORT_NAMES[distribution.canonicalName];
  if (wellKnown && (candidates.includes(wellKnown) || candidates.includes(wellKnown.split('.')[0]))) return wellKnown;
  // A private helper (`_cffi_backend`, `google._upb`) is rarely the package itself; of the rest,
  // the shallowest module is the package rather than one of its parts (a namespace portion that
  // ships bare modules, like googleapis-common-protos' google/api/*.py, names each of them).
  const publicNames = candidates.filter((name) => !name.split('.').some((part) => part.startsWith('_')));
  const depth = (name: string): number => name.split('.').length;
  return [...(publicNames.length > 0 ? publicNames : candidates)].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0))[0];
}
