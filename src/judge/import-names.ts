// Which module proves that a distribution works: the user's `import:` first, then the
// distribution's own metadata (top_level.txt / RECORD), then a table of well-known names,
// and only then a guess from the distribution name (reported as DG102).
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

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Top-level names that some wheels ship by mistake and that say nothing about the package. */
const NOT_THE_PACKAGE = new Set(['test', 'tests', 'docs', 'examples', 'benchmarks']);

/** Distributions that exist only for type checkers; importing them proves nothing (PEP 561). */
export function isStubOnly(canonicalName: string): boolean {
  return canonicalName.startsWith('types-') || canonicalName.endsWith('-stubs');
}

export function chooseImportTarget(requirement: PythonRequirement, distribution: PythonDistribution): ImportTarget | undefined {
  if (requirement.importName) return { module: requirement.importName, origin: 'declared' };
  if (isStubOnly(distribution.canonicalName)) return undefined;
  const fromMetadata = pickFromMetadata(distribution);
  if (fromMetadata) return { module: fromMetadata, origin: 'metadata' };
  const wellKnown = WELL_KNOWN_IMPORT_NAMES[distribution.canonicalName];
  if (wellKnown) return { module: wellKnown, origin: 'well-known' };
  return { module: distribution.canonicalName.replace(/-/g, '_'), origin: 'guessed' };
}

function pickFromMetadata(distribution: PythonDistribution): string | undefined {
  const candidates = distribution.importNames.filter((name) => IDENTIFIER.test(name) && !NOT_THE_PACKAGE.has(name));
  if (candidates.length === 0) return undefined;
  const byName = distribution.canonicalName.replace(/-/g, '_');
  const sameAsDistribution = candidates.find((name) => name.toLowerCase() === byName);
  if (sameAsDistribution) return sameAsDistribution;
  const wellKnown = WELL_KNOWN_IMPORT_NAMES[distribution.canonicalName];
  if (wellKnown && candidates.includes(wellKnown.split('.')[0])) return wellKnown;
  // A private helper (`_cffi_backend`) is rarely the package itself.
  const publicNames = candidates.filter((name) => !name.startsWith('_'));
  return [...(publicNames.length > 0 ? publicNames : candidates)].sort()[0];
}
