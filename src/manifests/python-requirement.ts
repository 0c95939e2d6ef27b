// One parsed PEP 508 requirement → the PythonRequirement every Python manifest emits, so each
// parser only says where the requirement stands and which extra or group it belongs to.
import type { PythonRequirement, SourcePosition } from '../model.js';
import type { ParsedRequirement } from '../versions/pep508.js';

export function pythonRequirementFrom(
  parsed: ParsedRequirement,
  source: SourcePosition,
  selector?: PythonRequirement['selector'],
): PythonRequirement {
  const { name, canonicalName, extras, specifier, url, marker } = parsed;
  const requirement: PythonRequirement = { ecosystem: 'python', name, canonicalName, extras, specifier, editable: false, source };
  if (url !== undefined) requirement.url = url;
  if (marker !== undefined) requirement.marker = marker;
  if (selector) requirement.selector = selector;
  return requirement;
}
