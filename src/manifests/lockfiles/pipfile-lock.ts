// Pipfile.lock, as pipenv writes it ("pipfile-spec": 6): a JSON object with `_meta` and one
// object per package category. `default` holds [packages], `develop` holds [dev-packages], and
// any other key a custom package category of the Pipfile. Each package is a key whose value
// carries `"version": "==1.2.3"` and, when pipenv kept one, `"markers"`. VCS, path and file
// entries have no version: they pin a source, not a release.
import type { LockPin, SpecProblem } from '../../model.js';
import { parseJsonWithPositions } from '../../formats/json.js';
import { canonicalizeName } from '../../versions/pep503.js';
import { isTable, type LockfileOptions, type LockfileResult, lockfileProblem, lockfileResult, makePin, positionIn, readSafely, selectedNames } from './lock-pins.js';

const REGENERATE = 'pipenv lock';

/** Categories always installed by `pipenv install` / `pipenv sync`. */
const DEFAULT_CATEGORY = 'default';
/** The [dev-packages] category, installed with `--dev`; selected by the group `dev`. */
const DEVELOP_CATEGORY = 'develop';
const DEVELOP_GROUP_NAMES = ['dev', 'develop', 'dev-packages'];
// Keys that hold no packages.
const METADATA_KEYS = new Set(['_meta']);
// An entry pinned to a source rather than a release (pipenv's requirementslib "is_vcs/is_file").
const SOURCE_PIN_KEYS = ['git', 'hg', 'svn', 'bzr', 'path', 'file', 'editable'];

export function parsePipfileLock(text: string, file: string, options: LockfileOptions = {}): LockfileResult {
  return readSafely(file, REGENERATE, () => readPipfileLock(text, file, options));
}

function readPipfileLock(text: string, file: string, options: LockfileOptions): LockfileResult {
  const parsed = parseJsonWithPositions(text);
  if (!parsed.ok) {
    const where = { file, line: parsed.line, column: parsed.column };
    return lockfileResult(file, [], [lockfileProblem(`${file} is not valid JSON: ${parsed.error}. Fix it, or regenerate it with \`${REGENERATE}\``, where, file)]);
  }
  const { document } = parsed;
  if (!isTable(document.value)) {
    const message = `${file} must hold a JSON object with "default" and "develop"; regenerate it with \`${REGENERATE}\``;
    return lockfileResult(file, [], [lockfileProblem(message, positionIn(document, file, []), file)]);
  }
  const root = document.value;
  const selected = selectedNames(options.groups);
  const developSelected = DEVELOP_GROUP_NAMES.some((name) => selected.has(name));
  const pins: LockPin[] = [];
  const problems: SpecProblem[] = [];
  for (const [category, packages] of Object.entries(root)) {
    if (METADATA_KEYS.has(category)) continue;
    const wanted =
      category === DEFAULT_CATEGORY || (category === DEVELOP_CATEGORY ? developSelected : selected.has(canonicalizeName(category)));
    if (!wanted) continue;
    if (!isTable(packages)) {
      problems.push(lockfileProblem(`"${category}" in ${file} must be an object of packages; regenerate the file with \`${REGENERATE}\``, positionIn(document, file, [category]), category));
      continue;
    }
    for (const [name, entry] of Object.entries(packages)) {
      const source = positionIn(document, file, [category, name]);
      if (!isTable(entry)) {
        problems.push(lockfileProblem(`"${name}" in "${category}" of ${file} must be an object with a "version"; regenerate the file with \`${REGENERATE}\``, source, name));
        continue;
      }
      const version = entry.version;
      if (version === undefined && SOURCE_PIN_KEYS.some((key) => key in entry)) continue;
      const exact = typeof version === 'string' ? /^\s*==\s*([^=\s].*?)\s*$/.exec(version)?.[1] : undefined;
      if (exact === undefined) {
        const found = version === undefined ? 'has no "version"' : `has "version": ${JSON.stringify(version)}`;
        problems.push(
          lockfileProblem(
            `"${name}" in "${category}" of ${file} ${found}; a locked package needs an exact "version": "==X.Y.Z". Regenerate the file with \`${REGENERATE}\``,
            source,
            name,
          ),
        );
        continue;
      }
      if (entry.markers !== undefined && typeof entry.markers !== 'string') {
        problems.push(lockfileProblem(`"markers" of "${name}" in ${file} must be a string; regenerate the file with \`${REGENERATE}\``, positionIn(document, file, [category, name, 'markers']), name));
        continue;
      }
      pins.push(makePin(name, exact, entry.markers === '' ? undefined : entry.markers, source));
    }
  }
  return lockfileResult(file, pins, problems);
}
