// The stable finding codes of PRODUCT.md: each code's kind and default severity, in one place.
import type { FindingCode, Severity } from '../model.js';

export const FINDING_CODES: Record<FindingCode, { kind: string; severity: Severity }> = {
  DG001: { kind: 'missing', severity: 'error' },
  DG002: { kind: 'version-mismatch', severity: 'error' },
  DG003: { kind: 'import-failed', severity: 'error' },
  DG004: { kind: 'probe-timeout', severity: 'error' },
  DG005: { kind: 'runtime-missing', severity: 'error' },
  DG006: { kind: 'runtime-version', severity: 'error' },
  DG007: { kind: 'lock-drift', severity: 'error' },
  DG008: { kind: 'env-missing', severity: 'error' },
  DG009: { kind: 'service-unreachable', severity: 'error' },
  DG010: { kind: 'driver-missing', severity: 'error' },
  DG011: { kind: 'command-failed', severity: 'error' },
  DG012: { kind: 'shadowed-copy', severity: 'warning' },
  DG100: { kind: 'spec-error', severity: 'error' },
  DG101: { kind: 'skipped', severity: 'notice' },
  DG102: { kind: 'mapping-guessed', severity: 'notice' },
};

/** DG100 blocks even in warn mode: a gate that cannot read its spec has not checked anything. */
export const ALWAYS_BLOCKING: readonly FindingCode[] = ['DG100'];
