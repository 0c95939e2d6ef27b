// Secrets never reach an output surface. depgate itself never prints a declared variable's value,
// but other text does carry them: a driver's error message, a command's stderr, a URL written in
// depgate.yml. So the finished Report (or any structure of findings) is passed through
// `maskSecrets` before any surface sees it, and every occurrence of a secret becomes `***`, as
// GitHub's runner does for registered secrets in the log.
import type { DatabasesSpec, EnvSpec, ServicesSpec } from '../config/machine-sections.js';
import { parseDatabaseUrl } from '../databases/dialects.js';

export const SECRET_MASK = '***';

/**
 * Values shorter than this are not searched for. Replacing every `1` or `on` in a report would
 * corrupt every message (DG001 → DG00***) and, by where the masks fall, reveal the value anyway;
 * a value that short cannot be protected by masking. depgate still never prints such a value
 * itself (DG008 says only "unset" or "empty"), and URLs are always shown with their password
 * replaced, whatever its length.
 */
export const MIN_MASKED_SECRET_LENGTH = 4;

/** A deep copy of `value` with every occurrence of every secret, in every string, replaced by `***`. */
export function maskSecrets<T>(value: T, secrets: string[]): T {
  // Longest first, so a URL is masked whole before the password inside it.
  const searched = [...new Set(secrets)].filter((secret) => secret.length >= MIN_MASKED_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  if (searched.length === 0) return value;
  return maskValue(value, searched) as T;
}

function maskValue(value: unknown, secrets: string[]): unknown {
  if (typeof value === 'string') return maskString(value, secrets);
  if (Array.isArray(value)) return value.map((item) => maskValue(item, secrets));
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[key] = maskValue(item, secrets);
    return copy;
  }
  return value;
}

function maskString(text: string, secrets: string[]): string {
  let masked = text;
  for (const secret of secrets) {
    if (masked.includes(secret)) masked = masked.split(secret).join(SECRET_MASK);
  }
  return masked;
}

/**
 * The strings that must not appear in any output: the values of the variables `env` declares
 * and of those `databases` read URLs from, every password in a database or service URL, each
 * also in its percent-encoded and decoded forms (a driver may print either).
 */
export function secretsOf(
  env: Record<string, string | undefined>,
  envSpec: EnvSpec,
  databasesSpec: DatabasesSpec,
  servicesSpec: ServicesSpec = [],
): string[] {
  const secrets = new Set<string>();
  const add = (value: string | undefined): void => {
    if (value === undefined || value === '') return;
    secrets.add(value);
    const encoded = encodeURIComponent(value);
    if (encoded !== value) secrets.add(encoded);
  };
  const addUrlPassword = (url: string): void => {
    const parsed = parseDatabaseUrl(url);
    if (!parsed.ok) return;
    add(parsed.url.password);
    add(parsed.url.passwordAsWritten);
  };
  for (const entry of envSpec) {
    const value = env[entry.name];
    add(value);
    // A variable holding a URL (DATABASE_URL) also carries a password that may be printed alone.
    if (value !== undefined && value.includes('://')) addUrlPassword(value);
  }
  for (const entry of databasesSpec) {
    if (entry.url !== undefined) addUrlPassword(entry.url);
    if (entry.urlEnv !== undefined) {
      const value = env[entry.urlEnv];
      add(value);
      if (value !== undefined) addUrlPassword(value);
    }
  }
  for (const entry of servicesSpec) for (const secret of entry.secrets ?? []) add(secret);
  return [...secrets];
}
