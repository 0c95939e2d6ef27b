import { describe, expect, test } from '@jest/globals';
import type { PythonDistribution, PythonRequirement } from '../../src/model.js';
import { chooseImportTarget } from '../../src/judge/import-names.js';

function requirement(name: string, importName?: string): PythonRequirement {
  return {
    ecosystem: 'python', name, canonicalName: name.toLowerCase(), extras: [], specifier: '',
    ...(importName ? { importName } : {}), source: { file: 'requirements.txt', line: 1, column: 1 },
  };
}

function distribution(canonicalName: string, importNames: string[], extra: Partial<PythonDistribution> = {}): PythonDistribution {
  return { name: canonicalName, canonicalName, version: '1.0', importNames, editable: false, location: '/site', ...extra };
}

describe('chooseImportTarget with namespace packages (dotted import names)', () => {
  test('google-cloud-storage imports google.cloud.storage, the name matching the distribution', () => {
    expect(chooseImportTarget(requirement('google-cloud-storage'), distribution('google-cloud-storage', ['google.cloud.storage']))).toEqual({
      module: 'google.cloud.storage', origin: 'metadata',
    });
  });

  test('protobuf imports google.protobuf (its well-known module), not the private google._upb._message', () => {
    expect(chooseImportTarget(requirement('protobuf'), distribution('protobuf', ['google._upb._message', 'google.protobuf']))).toEqual({
      module: 'google.protobuf', origin: 'metadata',
    });
  });

  test('of several public modules the shallowest wins, then the first by name', () => {
    expect(chooseImportTarget(requirement('opentelemetry-api'), distribution('opentelemetry-api', ['opentelemetry.util.re', 'opentelemetry.trace', 'opentelemetry.attributes']))).toEqual({
      module: 'opentelemetry.attributes', origin: 'metadata',
    });
    expect(chooseImportTarget(requirement('google-auth'), distribution('google-auth', ['google.oauth2', 'google.auth']))).toEqual({
      module: 'google.auth', origin: 'metadata',
    });
  });

  test('a namespace portion in a test folder is not the package', () => {
    expect(chooseImportTarget(requirement('acme-ns-one'), distribution('acme-ns-one', ['tests.acme', 'acme.one']))).toEqual({
      module: 'acme.one', origin: 'metadata',
    });
  });
});

describe('chooseImportTarget for distributions with nothing to import', () => {
  test('a RECORD without any module (a command-line tool) is not import-probed', () => {
    expect(chooseImportTarget(requirement('acme-cli-only'), distribution('acme-cli-only', [], { hasRecord: true }))).toBeUndefined();
  });

  test('stub-only distributions are not import-probed, whatever their metadata says', () => {
    expect(chooseImportTarget(requirement('types-requests'), distribution('types-requests', [], { hasRecord: true }))).toBeUndefined();
    expect(chooseImportTarget(requirement('pandas-stubs'), distribution('pandas-stubs', ['pandas-stubs'], { hasRecord: true }))).toBeUndefined();
  });

  test('without a RECORD, an empty list means unknown: the well-known table, then a guess', () => {
    expect(chooseImportTarget(requirement('PyYAML'), distribution('pyyaml', [], { hasRecord: false }))).toEqual({ module: 'yaml', origin: 'well-known' });
    expect(chooseImportTarget(requirement('acme-cli-only'), distribution('acme-cli-only', []))).toEqual({ module: 'acme_cli_only', origin: 'guessed' });
  });

  test('an editable install whose RECORD names only its hook is guessed, not skipped', () => {
    expect(chooseImportTarget(requirement('acme-edit'), distribution('acme-edit', [], { hasRecord: true, editable: true }))).toEqual({
      module: 'acme_edit', origin: 'guessed',
    });
  });

  test('the user\'s import: wins even for a distribution without modules', () => {
    expect(chooseImportTarget(requirement('acme-cli-only', 'acme_cli'), distribution('acme-cli-only', [], { hasRecord: true }))).toEqual({
      module: 'acme_cli', origin: 'declared',
    });
  });
});
