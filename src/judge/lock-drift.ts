// Lockfile pins + what is installed → DG007 lock-drift. Pure.
// A lockfile describes the whole graph for every platform and group, so a pin whose package is
// not installed here is not a finding (its marker may be false, or its group unselected); a
// missing declared package is DG001 from the manifest that declares it. Drift is an installed
// version that differs from the pin.
import type { Finding, LockPin, PythonEnvironment } from '../model.js';
import path from 'node:path';
import { compareVersions, normalizeVersion } from '../versions/pep440.js';
import { evaluateMarker, parseMarker } from '../versions/pep508.js';
import { FINDING_CODES } from './finding-codes.js';
import { pipInstallFix } from './python.js';

/** `extras`: the selected extras, under which a lockfile's `extra == "x"` markers are true too. */
/** The command that makes an environment match each lockfile again, as its tool documents it. */
export const LOCKFILE_SYNC_COMMANDS: Readonly<Record<string, string>> = {
  'uv.lock': 'uv sync --frozen',
  'poetry.lock': 'poetry install --sync',
  'pdm.lock': 'pdm sync --clean',
  'Pipfile.lock': 'pipenv sync',
};

export function judgePythonLockPins(pins: LockPin[], environment: PythonEnvironment, extras: string[] = []): Finding[] {
  const installed = new Map(environment.distributions.map((distribution) => [distribution.canonicalName, distribution]));
  const findings: Finding[] = [];
  for (const pin of pins) {
    if (pin.marker) {
      const parsed = parseMarker(pin.marker);
      if (!parsed.ok) continue;
      const applies = ['', ...extras].some((extra) => {
        const value = evaluateMarker(parsed.marker, { ...environment.markers, extra });
        return value.ok && value.value;
      });
      if (!applies) continue;
    }
    const distribution = installed.get(pin.canonicalName);
    if (normalizeVersion(pin.version) === null) {
      findings.push({
        code: 'DG100', kind: FINDING_CODES.DG100.kind, severity: 'error', ecosystem: 'python', name: pin.name,
        file: pin.source.file, line: pin.source.line, column: pin.source.column,
        message: `${pin.source.file}:${pin.source.line} locks ${pin.name} at '${pin.version}', which is not a PEP 440 version; regenerate the lockfile.`,
      });
      continue;
    }
    if (!distribution) continue;
    // PEP 440 equality: 1.0 and 1.0.0 are the same release.
    if (compareVersions(distribution.version, pin.version) === 0 || distribution.version === pin.version) continue;
    const install = [`${pin.name}==${pin.version}`];
    const sync = LOCKFILE_SYNC_COMMANDS[path.posix.basename(pin.source.file)];
    findings.push({
      code: 'DG007',
      kind: FINDING_CODES.DG007.kind,
      severity: FINDING_CODES.DG007.severity,
      ecosystem: 'python',
      name: pin.name,
      required: `==${pin.version}`,
      found: distribution.version,
      file: pin.source.file,
      line: pin.source.line,
      column: pin.source.column,
      message: `${distribution.name} ${distribution.version} is installed in ${environment.executable}, but ${pin.source.file}:${pin.source.line} locks it at ${pin.version}.`,
      // The tool that wrote the lockfile reinstalls from it; pip only for pip-compile output.
      ...(sync ? { fix: sync } : { fix: pipInstallFix(environment, install), install }),
    });
  }
  return findings;
}
