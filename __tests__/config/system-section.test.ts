import { describe, expect, test } from '@jest/globals';
import { isMap, type Node as YamlNode } from 'yaml';
import type { SourcePosition } from '../../src/model.js';
import { parseYamlSource } from '../../src/config/yaml-source.js';
import { readSystemSection } from '../../src/config/system-section.js';

/** Reads `system:` out of a depgate.yml text the way schema.ts hands it over. */
function read(text: string) {
  const { source, problems: yamlProblems } = parseYamlSource(text, 'depgate.yml');
  expect(yamlProblems).toEqual([]);
  const root = source.document.contents;
  const node = isMap(root) ? (root.get('system', true) as YamlNode | null) : null;
  const problems: [number, number, string, string | undefined][] = [];
  const spec = readSystemSection(node, source, (at, message, subject) => {
    const position: SourcePosition = at && 'file' in at ? at : source.positionOf(at as YamlNode | null | undefined);
    problems.push([position.line, position.column, message, subject]);
  });
  return { spec, problems };
}

const at = (line: number, column: number): SourcePosition => ({ file: 'depgate.yml', line, column });

describe('readSystemSection', () => {
  test('lists of names, and mappings of name: range, each entry at its line and column', () => {
    const { spec, problems } = read([
      'system:',
      '  packages: [libpq5, "libc6:amd64"]',
      '  binaries:',
      '    psql: ">=14"',
      '    git: { version: ^2.40, args: ["--version"], pattern: "git version (\\\\S+)" }',
      '    curl:',
      '    node: 20',
      '    python3: 3.10',
    ].join('\n'));
    expect(problems).toEqual([]);
    expect(spec).toEqual({
      packagesSource: at(2, 3),
      packages: [
        { name: 'libpq5', range: '', source: at(2, 14) },
        { name: 'libc6:amd64', range: '', source: at(2, 22) },
      ],
      binaries: [
        { name: 'psql', range: '>=14', source: at(4, 5), rangeSource: at(4, 11) },
        {
          name: 'git', range: '^2.40', source: at(5, 5), rangeSource: at(5, 21),
          args: ['--version'], argsSource: at(5, 34), pattern: 'git version (\\S+)', patternSource: at(5, 58),
        },
        { name: 'curl', range: '', source: at(6, 5) },
        { name: 'node', range: '20', source: at(7, 5), rangeSource: at(7, 11) },
        // A YAML number keeps the digits written in the file: 3.10 is not 3.1.
        { name: 'python3', range: '3.10', source: at(8, 5), rangeSource: at(8, 14) },
      ],
    });
  });

  test('a mapping of packages, a list of one-key mappings, and manager', () => {
    const { spec, problems } = read([
      'system:',
      '  manager: rpm',
      '  packages:',
      '    - openssl-libs: ">=1:3.0.7-25.el9"',
      '    - glibc',
      '  binaries: [psql, git]',
    ].join('\n'));
    expect(problems).toEqual([]);
    expect(spec.manager).toEqual({ name: 'rpm', source: at(2, 12) });
    expect(spec.packages).toEqual([
      { name: 'openssl-libs', range: '>=1:3.0.7-25.el9', source: at(4, 7), rangeSource: at(4, 21) },
      { name: 'glibc', range: '', source: at(5, 7) },
    ]);
    expect(spec.binaries.map((binary) => [binary.name, binary.range, binary.source.line, binary.source.column])).toEqual([['psql', '', 6, 14], ['git', '', 6, 20]]);
  });

  test('an empty or null section is an empty spec', () => {
    expect(read('system:\n').spec).toEqual({ packages: [], binaries: [] });
    expect(read('system: {}\n').spec).toEqual({ packages: [], binaries: [] });
  });

  test('unknown keys name the closest valid key, at the key', () => {
    const { problems } = read([
      'system:',
      '  pakages: [libpq5]',
      '  binaries:',
      '    git: { versoin: ">=2", pattren: "(\\\\S+)", frobnicate: 1 }',
      '  os: linux',
    ].join('\n'));
    expect(problems).toEqual([
      [2, 3, "unknown key 'pakages' in 'system'; did you mean 'packages'?", 'pakages'],
      [5, 3, "unknown key 'os' in 'system'; valid keys: packages, binaries, manager", 'os'],
      [4, 12, "unknown key 'versoin' in system.binaries.git; did you mean 'version'?", 'versoin'],
      [4, 28, "unknown key 'pattren' in system.binaries.git; did you mean 'pattern'?", 'pattren'],
      [4, 47, "unknown key 'frobnicate' in system.binaries.git; valid keys: version, args, pattern", 'frobnicate'],
    ]);
  });

  test('an invalid range is a DG100 at the offending character of the value', () => {
    const { spec, problems } = read([
      'system:',
      '  packages: { libpq5: ">=15,,<17", libc6: "^2.36", zlib1g: latest }',
      '  binaries:',
      '    psql: ">=fourteen"',
      '    git: "1.x.3"',
      '    node: { version: ">>18" }',
      '    go: [1]',
    ].join('\n'));
    expect(spec.packages).toEqual([]);
    expect(spec.binaries).toEqual([]);
    expect(problems).toEqual([
      [2, 29, "invalid version range '>=15,,<17' for libpq5: ',' needs a clause on both sides", 'libpq5'],
      [2, 44, "invalid version range '^2.36' for libc6: '^2.36' is a shorthand for binaries' versions; for a package write comparisons, e.g. >=2.36, <3", 'libc6'],
      [2, 60, "invalid version range 'latest' for zlib1g: 'latest' is not a version: it must start with a digit", 'zlib1g'],
      [4, 14, "invalid version range '>=fourteen' for psql: 'fourteen' is not a version (expected numbers separated by dots, such as 2.40 or 15.4, optionally with a suffix such as -rc1)", 'psql'],
      [5, 11, "invalid version range '1.x.3' for git: '1.x.3' is not a version pattern: a wildcard (x or *) can only replace the last components, as in 14.x or 1.2.*", 'git'],
      [6, 23, "invalid version range '>>18' for node: '>>' is the Debian control-file spelling; write '>' here", 'node'],
      [7, 9, 'the version range of go must be a string such as ">=14"', 'go'],
    ]);
  });

  test('with manager set, package ranges are checked with that system\'s version syntax', () => {
    const { problems } = read('system:\n  manager: dpkg\n  packages: { libc6: ">=2.36_1" }\n');
    expect(problems).toEqual([[3, 25, "invalid version range '>=2.36_1' for libc6: invalid character '_' in the upstream version (allowed: letters, digits, . + ~ - :)", 'libc6']]);
    expect(read('system:\n  packages: { libc6: ">=2.36_1" }\n').problems).toEqual([]);
  });

  test('manager: an unknown value, with the database to name for apt, dnf and yum', () => {
    expect(read('system:\n  manager: apt\n').problems).toEqual([[2, 12, "system.manager must be one of dpkg, rpm, apk; got 'apt'; apt installs into dpkg's database, so write manager: dpkg", 'system.manager']]);
    expect(read('system:\n  manager: yum\n').problems).toEqual([[2, 12, "system.manager must be one of dpkg, rpm, apk; got 'yum'; yum installs into rpm's database, so write manager: rpm", 'system.manager']]);
    expect(read('system:\n  manager: pacman\n').problems).toEqual([[2, 12, "system.manager must be one of dpkg, rpm, apk; got 'pacman'", 'system.manager']]);
    expect(read('system:\n  manager: [dpkg]\n').problems).toEqual([[2, 12, 'system.manager must be one of dpkg, rpm, apk', 'system.manager']]);
  });

  test('names: packages must be package names, binaries command names (never a path)', () => {
    const { spec, problems } = read([
      'system:',
      '  packages: ["lib pq", "../evil", libpq5]',
      '  binaries: [./bin/tool, "/usr/bin/psql", "rm -rf", psql]',
    ].join('\n'));
    expect(spec.packages.map((entry) => entry.name)).toEqual(['libpq5']);
    expect(spec.binaries.map((entry) => entry.name)).toEqual(['psql']);
    expect(problems).toEqual([
      [2, 14, "'lib pq' is not a package name (letters, digits and + . _ -, optionally followed by :architecture)", 'lib pq'],
      [2, 24, "'../evil' is not a package name (letters, digits and + . _ -, optionally followed by :architecture)", '../evil'],
      [3, 14, "'./bin/tool' is not a command name (binaries are looked up on PATH by name, so a path cannot be given)", './bin/tool'],
      [3, 26, "'/usr/bin/psql' is not a command name (binaries are looked up on PATH by name, so a path cannot be given)", '/usr/bin/psql'],
      [3, 43, "'rm -rf' is not a command name (letters, digits and _ . + - only)", 'rm -rf'],
    ]);
  });

  test('a name declared twice is reported at the second', () => {
    const { spec, problems } = read('system:\n  packages:\n    - libpq5\n    - libpq5: ">=15"\n');
    expect(spec.packages).toEqual([{ name: 'libpq5', range: '', source: at(3, 7) }]);
    expect(problems).toEqual([[4, 7, 'libpq5 is declared twice in system.packages (first at line 3); keep one entry', 'libpq5']]);
  });

  test('wrong shapes', () => {
    expect(read('system: [libpq5]\n').problems).toEqual([[1, 9, 'system must be a mapping, e.g.\n  system:\n    packages: [libpq5]\n    binaries: { psql: ">=14" }', 'system']]);
    expect(read('system:\n  packages: libpq5\n').problems).toEqual([[2, 13, 'system.packages must be a list of names or a mapping of name: range, e.g. [libpq5] or { libpq5: ">=15" }', 'system.packages']]);
    expect(read('system:\n  binaries:\n    - [psql]\n').problems).toEqual([[3, 7, 'each entry of system.binaries must be a name, or name: range; e.g. [psql] or { psql: ">=14" }', 'system.binaries']]);
  });

  test('args, pattern: their shapes, a pattern that is not a regular expression, and no range to read them for', () => {
    const { spec, problems } = read([
      'system:',
      '  binaries:',
      '    git: { version: ">=2", args: "--version" }',
      '    psql: { version: ">=14", pattern: "(unclosed" }',
      '    java: { args: ["-version"] }',
      '    go: { version: ">=1.22", args: ["version", 1] }',
    ].join('\n'));
    expect(spec.binaries).toEqual([{ name: 'go', range: '>=1.22', source: at(6, 5), rangeSource: at(6, 20), args: ['version', '1'], argsSource: at(6, 36) }]);
    expect(problems).toEqual([
      [3, 34, 'args of git must be a list of arguments, e.g. args: ["--version"]', 'git'],
      [4, 39, 'pattern of psql is not a usable regular expression: /(unclosed/: Unterminated group; e.g. pattern: "version (\\\\S+)" (the first group is the version)', 'psql'],
      [5, 13, 'args and pattern of java only say how to read its version, and no version range is declared; add version: ">=…" or remove them', 'java'],
    ]);
  });
});
