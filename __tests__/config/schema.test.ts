import { describe, expect, test } from '@jest/globals';
import { parseYamlSource } from '../../src/config/yaml-source.js';
import { readConfig } from '../../src/config/schema.js';
import { closestMatch } from '../../src/config/closest-match.js';

function read(text: string) {
  const { source, problems } = parseYamlSource(text, 'depgate.yml');
  if (problems.length > 0) return { config: undefined, problems };
  return readConfig(source);
}

const where = (problems: { source?: { line: number; column: number }; message: string }[]) =>
  problems.map((problem) => [problem.source?.line, problem.source?.column, problem.message]);

describe('depgate.yml', () => {
  test('reads strings and mappings as requirements at their lines', () => {
    const { config, problems } = read(
      [
        'python:',
        '  interpreter: .venv/bin/python',
        '  manifests: [requirements.txt, requirements/prod.txt]',
        '  packages:',
        '    - SQLAlchemy>=2.0,<3',
        '    - name: psycopg2-binary',
        '      version: ">=2.9"',
        '      import: psycopg2',
        '      message: Postgres driver used by SQLAlchemy',
        'ignore:',
        '  - { code: DG002, name: urllib3, reason: pinned by boto until 2027 }',
        'mode: warn',
        'imports: false',
        'timeout: 5',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(config!.python.interpreter).toEqual({ command: '.venv/bin/python', source: { file: 'depgate.yml', line: 2, column: 16 } });
    expect(config!.python.manifests).toEqual([
      { path: 'requirements.txt', source: { file: 'depgate.yml', line: 3, column: 15 } },
      { path: 'requirements/prod.txt', source: { file: 'depgate.yml', line: 3, column: 33 } },
    ]);
    expect(config!.python.packages).toEqual([
      { ecosystem: 'python', name: 'SQLAlchemy', canonicalName: 'sqlalchemy', extras: [], specifier: '<3,>=2.0', url: undefined, marker: undefined, source: { file: 'depgate.yml', line: 5, column: 7 } },
      {
        ecosystem: 'python', name: 'psycopg2-binary', canonicalName: 'psycopg2-binary', extras: [], specifier: '>=2.9', marker: undefined,
        importName: 'psycopg2', message: 'Postgres driver used by SQLAlchemy', source: { file: 'depgate.yml', line: 6, column: 7 },
      },
    ]);
    expect(config!.ignore).toEqual([{ code: 'DG002', name: 'urllib3', reason: 'pinned by boto until 2027', source: { file: 'depgate.yml', line: 11, column: 5 } }]);
    expect([config!.mode, config!.imports, config!.timeoutSeconds]).toEqual(['warn', false, 5]);
  });

  test('an empty file is an empty config', () => {
    expect(read('')).toMatchObject({ problems: [], config: { python: { packages: [] }, ignore: [] } });
    expect(read('# only a comment\n')).toMatchObject({ problems: [] });
  });

  test('a YAML syntax error is a DG100 at its line and column', () => {
    const { problems } = read('python:\n  packages: [SQLAlchemy>=2.0\nignore: []\n');
    expect(problems).toHaveLength(1);
    expect(problems[0].code).toBe('DG100');
    expect(problems[0].source).toEqual({ file: 'depgate.yml', line: 3, column: 1 });
    expect(problems[0].message).toMatch(/^depgate\.yml is not valid YAML: /);
  });

  test('a duplicated key is a DG100 at the second occurrence', () => {
    const { problems } = read('mode: warn\nmode: enforce\n');
    expect(where(problems)).toEqual([[2, 1, 'depgate.yml is not valid YAML: Map keys must be unique (each key may appear once in a mapping)']]);
  });

  test('an unknown key names the closest valid key, at the key', () => {
    const { problems } = read('python:\n  pakages:\n    - flask\nignroe: []\nfrobnicate: 1\n');
    expect(where(problems)).toEqual([
      [2, 3, "depgate.yml: unknown key 'pakages' in 'python'; did you mean 'packages'?"],
      [4, 1, "depgate.yml: unknown key 'ignroe' at the top level; did you mean 'ignore'?"],
      [5, 1, "depgate.yml: unknown key 'frobnicate' at the top level; valid keys: python, node, system, env, services, databases, commands, ignore, mode, imports, timeout"],
    ]);
  });

  test('every problem is reported at once, and the valid entries are kept', () => {
    const { config, problems } = read(
      [
        'python:',
        '  packages:',
        '    - flask>=3',
        '    - name: sqlalchemy',
        '      version: ">=2.0,<<3"',
        '    - requests ~= 1',
        '    - { name: psycopg2-binary, import: "psycopg2-x" }',
        '    - { version: ">=1" }',
        'mode: wran',
      ].join('\n'),
    );
    expect(config!.python.packages.map((requirement) => requirement.name)).toEqual(['flask']);
    expect(problems.map((problem) => [problem.source?.line, problem.source?.column, problem.subject])).toEqual([
      [5, 16, 'sqlalchemy'],
      [6, 16, 'requests ~= 1'],
      [7, 40, 'psycopg2-binary'],
      [8, 7, 'python.packages'],
      [9, 7, 'mode'],
    ]);
    expect(problems[0].message).toMatch(/^depgate\.yml: invalid version for sqlalchemy: /);
    expect(problems[1].message).toMatch(/^depgate\.yml: 'requests ~= 1' is not a valid PEP 508 requirement: /);
    expect(problems[2].message).toBe("depgate.yml: import must be a Python module name such as psycopg2 or google.cloud.storage; got 'psycopg2-x'");
    expect(problems[3].message).toBe("depgate.yml: a python package mapping needs a 'name', e.g. { name: psycopg2-binary, version: '>=2.9' }");
    expect(problems[4].message).toBe("depgate.yml: mode must be one of enforce, warn; got 'wran'");
  });

  test('ignore entries need code, name and reason, and DG100 cannot be ignored', () => {
    const { config, problems } = read(
      [
        'ignore:',
        '  - { code: DG002, name: urllib3 }',
        '  - { code: DG100, name: x, reason: because }',
        '  - { code: DG02, name: x, reason: typo }',
        '  - { code: DG101, name: pywin32, reason: windows only }',
      ].join('\n'),
    );
    expect(config!.ignore.map((rule) => rule.name)).toEqual(['pywin32']);
    expect(where(problems)).toEqual([
      [2, 5, "depgate.yml: an ignore entry needs 'reason': every ignored finding says which code, which package and why"],
      [3, 13, 'depgate.yml: DG100 (spec-error) always blocks and cannot be ignored: fix the line it points at'],
      [4, 13, "depgate.yml: unknown finding code 'DG02'; did you mean 'DG002'? (codes: DG001, DG002, DG003, DG004, DG005, DG006, DG007, DG008, DG009, DG010, DG011, DG012, DG101, DG102)"],
    ]);
  });

  test('the machine sections are read with positions, and their problems carry the file name', () => {
    const { config, problems } = read('system:\n  packages: { libpq5: ">=15" }\nenv: [DATABASE_URL]\nservices:\n  - tcp: localhost:5432\ncommands:\n  - run: python -c "import app"\n  - frobnicate: 1\n');
    expect(config!.system.packages.map((entry) => [entry.name, entry.source.line])).toEqual([['libpq5', 2]]);
    expect(config!.machine.env.map((entry) => entry.name)).toEqual(['DATABASE_URL']);
    expect(config!.machine.services).toHaveLength(1);
    expect(config!.machine.commands.map((entry) => entry.argv)).toEqual([['python', '-c', 'import app']]);
    expect(problems.map((problem) => [problem.source?.line, problem.message.startsWith('depgate.yml: ')])).toEqual([[8, true], [8, true]]);
    expect(problems.map((problem) => problem.message).join('\n')).toContain('frobnicate');
  });

  test('a wrong type is reported at the value', () => {
    const { problems } = read('python:\n  packages: flask\n  manifests: requirements.txt\nimports: yes please\n');
    expect(problems.map((problem) => [problem.source?.line, problem.source?.column])).toEqual([[2, 13], [3, 14], [4, 10]]);
  });
});

describe('closestMatch', () => {
  test('suggests a key within a typo distance and nothing for a different word', () => {
    expect(closestMatch('pakages', ['interpreter', 'manifests', 'packages'])).toBe('packages');
    expect(closestMatch('Manifest', ['interpreter', 'manifests', 'packages'])).toBe('manifests');
    expect(closestMatch('zzz', ['interpreter', 'manifests', 'packages'])).toBeUndefined();
  });
});

describe('YAML syntax errors', () => {
  const errors = (text: string) => parseYamlSource(text, 'depgate.yml').problems.map((problem) => [problem.source?.line, problem.source?.column, problem.message]);

  test('an unclosed quote is reported where it opens, with a hint', () => {
    expect(errors('python:\n  packages:\n    - "flask\n')).toEqual([
      [3, 7, 'depgate.yml is not valid YAML: Missing closing "quote (a quote or bracket opened earlier is never closed)'],
    ]);
  });

  test('a tab used for indentation says so', () => {
    expect(errors('python:\n\tpackages: []\n')).toEqual([[2, 1, 'depgate.yml is not valid YAML: Tabs are not allowed as indentation (YAML indents with spaces, not tabs)']]);
  });

  test('an error found at the end of the file is placed on its last line, not past it', () => {
    const [[line]] = errors('a: [1, 2\n\n\n');
    expect(line).toBe(1);
  });
});
