// What every lockfile reader shares: which groups and extras the config selects, how a pin and a
// DG100 about a lockfile entry are built, and how PEP 508 markers are combined (PEP 508
// "Environment Markers": `and` binds tighter than `or`, parentheses group).
import type { LockPin, SourcePosition, SpecProblem } from '../../model.js';
import type { ManifestResult } from '../index.js';
import { parseTomlWithPositions, type PositionedDocument } from '../../formats/toml.js';
import { canonicalizeName } from '../../versions/pep503.js';

/** What the config selects beyond the main dependencies (`python.groups`, `python.extras`). */
export interface LockfileOptions {
  /** Dependency groups: PEP 735 / Poetry / PDM groups, uv's `dev`, Pipfile's `dev` (its `develop` section). */
  groups?: string[];
  /** Optional-dependency extras of the project (PEP 621 `optional-dependencies`). */
  extras?: string[];
}

/** A lockfile declares no requirements: only pins (and the problems met reading them). */
export type LockfileResult = ManifestResult & { pins: LockPin[] };

/**
 * The result of reading one lockfile. A package listed twice at the same version under the same
 * marker (PDM writes `requests` and `requests[socks]` as two entries; a Pipfile.lock can hold it
 * in `default` and `develop`) is one expectation: the first entry stands for it.
 */
export function lockfileResult(file: string, pins: LockPin[], problems: SpecProblem[]): LockfileResult {
  const seen = new Set<string>();
  const distinct = pins.filter((pin) => {
    const key = `${pin.canonicalName}\0${pin.version}\0${pin.marker ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { requirements: [], pins: distinct, problems, files: [file] };
}

/**
 * Runs a lockfile reader so that nothing escapes it: the readers check every value they use, and
 * this is the backstop the pipeline relies on (a finding, never an exception).
 */
export function readSafely(file: string, regenerate: string, read: () => LockfileResult): LockfileResult {
  try {
    return read();
  } catch (error) {
    const message = `${file} could not be read (${error instanceof Error ? error.message : String(error)}); regenerate it with \`${regenerate}\``;
    return lockfileResult(file, [], [lockfileProblem(message, { file, line: 1, column: 1 }, file)]);
  }
}

/** PEP 503/685 names of the selected groups and extras, for comparison with what a lockfile writes. */
export function selectedNames(names: readonly string[] | undefined): Set<string> {
  return new Set((names ?? []).map((name) => canonicalizeName(name)));
}

export function makePin(name: string, version: string, marker: string | undefined, source: SourcePosition): LockPin {
  const pin: LockPin = { ecosystem: 'python', name, canonicalName: canonicalizeName(name), version, source };
  if (marker !== undefined) pin.marker = marker;
  return pin;
}

export function lockfileProblem(message: string, source: SourcePosition, subject?: string): SpecProblem {
  const problem: SpecProblem = { code: 'DG100', message, source };
  if (subject !== undefined) problem.subject = subject;
  return problem;
}

/** A TOML lockfile's document, or the one DG100 that says where its syntax breaks. */
export function readTomlLockfile(
  text: string,
  file: string,
  regenerate: string,
): { ok: true; document: PositionedDocument; root: Record<string, unknown> } | { ok: false; problem: SpecProblem } {
  const parsed = parseTomlWithPositions(text);
  if (!parsed.ok) {
    return {
      ok: false,
      problem: lockfileProblem(
        `${file} cannot be read: ${parsed.error}. Fix it, or regenerate it with \`${regenerate}\``,
        { file, line: parsed.line, column: parsed.column },
        file,
      ),
    };
  }
  return { ok: true, document: parsed.document, root: isTable(parsed.document.value) ? parsed.document.value : {} };
}

export function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

export function stringArray(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === 'string') ? value : undefined;
}

/** Where a path stands, or the top of the file when the position pass lost it. */
export function positionIn(document: PositionedDocument, file: string, path: (string | number)[]): SourcePosition {
  return { file, ...(document.positionOf(path) ?? { line: 1, column: 1 }) };
}

// PEP 508: `and` binds tighter than `or`, so an operand holding `or` needs parentheses under
// `and`; `or` of anything needs none, but they are added around `and` chains to be read easily.
const HAS_OR = /\bor\b/;
const HAS_AND = /\band\b/;

/** `a and b`, each operand parenthesised when it holds an `or`. '' for no operands (always true). */
export function allOfMarkers(markers: readonly string[]): string {
  if (markers.length === 1) return markers[0];
  return markers.map((marker) => (HAS_OR.test(marker) ? `(${marker})` : marker)).join(' and ');
}

/** `a or b`, each operand parenthesised when it joins several conditions. */
export function anyOfMarkers(markers: readonly string[]): string {
  if (markers.length === 1) return markers[0];
  return markers.map((marker) => (HAS_OR.test(marker) || HAS_AND.test(marker) ? `(${marker})` : marker)).join(' or ');
}
