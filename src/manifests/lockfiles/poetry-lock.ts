// poetry.lock, as Poetry writes it (src/poetry/packages/locker.py). One `[[package]]` per locked
// distribution with `name`, `version` and `optional`; lock-version 2.1 (Poetry 2) adds `groups`,
// the dependency groups that need it, and `markers`, under which it is installed: one string
// for every group, or a table of group → marker when they differ. Lock-version 1.x wrote
// `category = "main" | "dev"` instead of groups. `[extras]` maps each extra of the project to
// the packages it adds; those packages are `optional = true` and installed only with the extra.
import type { LockPin, SpecProblem } from '../../model.js';
import { canonicalizeName } from '../../versions/pep503.js';
import {
  anyOfMarkers,
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

const REGENERATE = 'poetry lock';

/** Poetry's implicit group: `[tool.poetry.dependencies]` / `[project] dependencies`. */
const MAIN_GROUP = 'main';

export function parsePoetryLock(text: string, file: string, options: LockfileOptions = {}): LockfileResult {
  return readSafely(file, REGENERATE, () => readPoetryLock(text, file, options));
}

function readPoetryLock(text: string, file: string, options: LockfileOptions): LockfileResult {
  const read = readTomlLockfile(text, file, REGENERATE);
  if (!read.ok) return lockfileResult(file, [], [read.problem]);
  const { document, root } = read;
  const problems: SpecProblem[] = [];
  const pins: LockPin[] = [];
  const groups = new Set([MAIN_GROUP, ...selectedNames(options.groups)]);
  const addedByExtras = packagesOfExtras(root.extras, selectedNames(options.extras));

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
    if (typeof entry.version !== 'string' || entry.version === '') {
      const found = entry.version === undefined ? 'has no "version"' : 'has a "version" that is not a quoted string';
      problems.push(lockfileProblem(`the [[package]] ${name} in ${file} ${found}; regenerate the file with \`${REGENERATE}\``, where, name));
      return;
    }
    if (entry.optional === true && !addedByExtras.has(canonicalizeName(name))) return;

    const packageGroups = stringArray(entry.groups)?.map((group) => canonicalizeName(group));
    if (packageGroups !== undefined && !packageGroups.some((group) => groups.has(group))) return;
    if (packageGroups === undefined && typeof entry.category === 'string' && !groups.has(canonicalizeName(entry.category))) return;

    const marker = installMarker(entry.markers ?? entry.marker, packageGroups, groups);
    if (marker === false) {
      problems.push(lockfileProblem(`"markers" of ${name} in ${file} must be a string or a table of group = "marker"; regenerate the file with \`${REGENERATE}\``, positionIn(document, file, ['package', index, 'markers']), name));
      return;
    }
    pins.push(makePin(name, entry.version, marker, where));
  });
  return lockfileResult(file, pins, problems);
}

/** Canonical names of the packages the selected extras add (`[extras] name = ["pkg", ...]`). */
function packagesOfExtras(value: unknown, selected: Set<string>): Set<string> {
  const names = new Set<string>();
  if (!isTable(value)) return names;
  for (const [extra, packages] of Object.entries(value)) {
    if (!selected.has(canonicalizeName(extra))) continue;
    // Poetry writes bare names; before 1.2 it could write "name (>=1.0)" or "name[extra]".
    for (const requirement of stringArray(packages) ?? []) names.add(canonicalizeName(requirement.split(/[\s([;]/)[0]));
  }
  return names;
}

/**
 * The marker under which the selected groups install the package: a string marker applies to
 * every group; a table gives one per group, and a selected group without one installs it always.
 * undefined: always; false: a value Poetry never writes.
 */
function installMarker(value: unknown, packageGroups: string[] | undefined, selected: Set<string>): string | undefined | false {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string') return value;
  if (!isTable(value)) return false;
  const byGroup = new Map(Object.entries(value).map(([group, marker]) => [canonicalizeName(group), marker]));
  if ([...byGroup.values()].some((marker) => typeof marker !== 'string')) return false;
  const installing = (packageGroups ?? [...byGroup.keys()]).filter((group) => selected.has(group));
  const markers: string[] = [];
  for (const group of installing) {
    const marker = byGroup.get(group);
    if (marker === undefined || marker === '') return undefined;
    if (!markers.includes(marker as string)) markers.push(marker as string);
  }
  return markers.length === 0 ? undefined : anyOfMarkers(markers);
}
