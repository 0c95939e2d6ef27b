// pdm.lock, as PDM 2 writes it (lock_version 4.x): `[metadata] groups` lists the groups that
// were locked; each `[[package]]` has `name` and `version`, and with the `inherit_metadata`
// strategy `groups`, the groups that need it, and `marker`, under which it is installed. PDM
// names the main dependencies `default` and locks each optional-dependency extra as a group of
// that name. A package wanted with extras is written again with `extras = [...]` at the same
// version.
import type { LockPin, SpecProblem } from '../../model.js';
import { canonicalizeName } from '../../versions/pep503.js';
import {
  isTable,
  type LockfileOptions,
  type LockfileResult,
  lockfileProblem,
  lockfileResult,
  makePin,
  positionIn,
  readSafely,
  readTomlLockfile,
  selectedNames,
  stringArray,
} from './lock-pins.js';

const REGENERATE = 'pdm lock';

/** PDM's group for `[project] dependencies`. */
const DEFAULT_GROUP = 'default';
// Entries pinned to a source rather than a release may omit `version`.
const SOURCE_PIN_KEYS = ['path', 'url', 'git', 'hg', 'svn', 'bzr'];

export function parsePdmLock(text: string, file: string, options: LockfileOptions = {}): LockfileResult {
  return readSafely(file, REGENERATE, () => readPdmLock(text, file, options));
}

function readPdmLock(text: string, file: string, options: LockfileOptions): LockfileResult {
  const read = readTomlLockfile(text, file, REGENERATE);
  if (!read.ok) return lockfileResult(file, [], [read.problem]);
  const { document, root } = read;
  const problems: SpecProblem[] = [];
  const pins: LockPin[] = [];
  const groups = new Set([DEFAULT_GROUP, ...selectedNames(options.groups), ...selectedNames(options.extras)]);

  const list = root.package;
  if (list !== undefined && !Array.isArray(list)) {
    problems.push(lockfileProblem(`"package" in ${file} must be a list of [[package]] tables; regenerate the file with \`${REGENERATE}\``, positionIn(document, file, ['package']), 'package'));
  }
  (Array.isArray(list) ? list : []).forEach((entry: unknown, index) => {
    const where = positionIn(document, file, ['package', index]);
    if (!isTable(entry) || typeof entry.name !== 'string' || entry.name === '') {
      problems.push(lockfileProblem(`this [[package]] in ${file} has no "name"; regenerate the file with \`${REGENERATE}\``, where));
      return;
    }
    const name = entry.name;
    if (entry.version === undefined && SOURCE_PIN_KEYS.some((key) => key in entry)) return;
    if (typeof entry.version !== 'string' || entry.version === '') {
      const found = entry.version === undefined ? 'has no "version"' : 'has a "version" that is not a quoted string';
      problems.push(lockfileProblem(`the [[package]] ${name} in ${file} ${found}; regenerate the file with \`${REGENERATE}\``, where, name));
      return;
    }
    const packageGroups = stringArray(entry.groups);
    if (packageGroups !== undefined && !packageGroups.some((group) => groups.has(canonicalizeName(group)))) return;
    if (entry.marker !== undefined && typeof entry.marker !== 'string') {
      problems.push(lockfileProblem(`"marker" of ${name} in ${file} must be a string; regenerate the file with \`${REGENERATE}\``, positionIn(document, file, ['package', index, 'marker']), name));
      return;
    }
    pins.push(makePin(name, entry.version, entry.marker === '' ? undefined : entry.marker, where));
  });
  return lockfileResult(file, pins, problems);
}
