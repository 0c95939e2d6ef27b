// Distribution names: PEP 503 "Normalized Names" (how pip and indexes compare names) and the
// core-metadata `Name` rule PEP 508 gives for what a name may be at all.

const NAME_SEPARATOR_RUN = /[-_.]+/g;

/** PEP 503: `re.sub(r"[-_.]+", "-", name).lower()`, so Foo_Bar, foo.bar and FOO--BAR are one name. */
export function canonicalizeName(name: string): string {
  return name.replace(NAME_SEPARATOR_RUN, '-').toLowerCase();
}

// PEP 508 "Names": ASCII letters and digits at both ends, '.', '_' and '-' between.
const DISTRIBUTION_NAME = /^(?:[A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

export function isValidDistributionName(name: string): boolean {
  return DISTRIBUTION_NAME.test(name);
}
