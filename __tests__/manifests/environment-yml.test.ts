import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { condaVersionToPep440, parseCondaMatchSpec, parseEnvironmentYml } from '../../src/manifests/environment-yml.js';
import type { PythonRequirement, RuntimeConstraint, SpecProblem } from '../../src/model.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/environment-yml/', import.meta.url));
const fixture = (name: string) => readFileSync(`${FIXTURES}${name}`, 'utf8');

const parse = (text: string) => parseEnvironmentYml(text, 'environment.yml');

/** Every field a requirement carries, in one row. */
const rows = (requirements: PythonRequirement[]) =>
  requirements.map((r) => [r.name, r.extras, r.specifier, r.url ?? null, r.marker ?? null, r.editable ?? null, r.selector ?? null, r.source.line, r.source.column]);

const problemRows = (problems: SpecProblem[]) => problems.map((p) => [p.code, p.message, p.source?.line, p.source?.column, p.subject]);

const runtimeRows = (runtime: RuntimeConstraint[] | undefined) => (runtime ?? []).map((r) => [r.specifier, r.origin, r.source.file, r.source.line, r.source.column]);

const NOT_CHECKED = (name: string) => `conda package ${name} is not checked (depgate checks pip packages)`;

describe('a hand-written environment.yml with a pip: section', () => {
  const result = parseEnvironmentYml(fixture('environment.yml'), 'ml/environment.yml');

  test('reads each pip: entry as a requirements.txt line, at the line and column of its text', () => {
    expect(rows(result.requirements)).toEqual([
      ['fastapi', [], '==0.110.0', null, null, false, null, 13, 7],
      // quoted: the column of the text, after the opening quote
      ['uvicorn', ['standard'], '>=0.27', null, null, false, null, 14, 8],
      ['httpx', [], '', null, 'python_version >= "3.8"', false, null, 15, 7],
      ['torch', [], '==2.2.1+cpu', null, null, false, null, 17, 7],
      ['acme-utils', [], '', 'git+https://github.com/acme/acme-utils.git@v1.2', null, false, null, 20, 7],
    ]);
  });

  test('python=3.11 is the interpreter constraint ==3.11.* (conda reads =3.11 as the 3.11 series)', () => {
    expect(runtimeRows(result.runtime)).toEqual([['==3.11.*', "conda's python", 'ml/environment.yml', 7, 5]]);
    expect(result.runtime?.[0]).toMatchObject({ ecosystem: 'python', runtime: 'python' });
  });

  test('conda packages, -r and -e are DG101 notices; --extra-index-url is an option and says nothing', () => {
    expect(problemRows(result.problems)).toEqual([
      ['DG101', NOT_CHECKED('numpy'), 8, 5, 'numpy'],
      ['DG101', NOT_CHECKED('pandas'), 9, 5, 'pandas'],
      ['DG101', NOT_CHECKED('scikit-learn'), 10, 5, 'scikit-learn'],
      ['DG101', NOT_CHECKED('pip'), 11, 5, 'pip'],
      [
        'DG101',
        '-r requirements-extra.txt in the pip: section is not read by depgate; list both ml/environment.yml and ml/requirements-extra.txt in python.manifests in depgate.yml to have it checked',
        18,
        10,
        'requirements-extra.txt',
      ],
      ['DG101', '-e . in the pip: section is not read by depgate; an editable project is checked through its own manifest', 19, 10, '.'],
    ]);
  });

  test('names the file it read', () => {
    expect(result.files).toEqual(['ml/environment.yml']);
  });
});

describe('conda env export output (build strings, prefix)', () => {
  const result = parseEnvironmentYml(fixture('exported.yml'), 'exported.yml');

  test('python=3.11.8=<build> pins the exact version', () => {
    expect(runtimeRows(result.runtime)).toEqual([['==3.11.8', "conda's python", 'exported.yml', 7, 5]]);
  });

  test('the pip: entries indented deeper than the dash are read', () => {
    expect(rows(result.requirements)).toEqual([
      ['flask', [], '==3.0.2', null, null, false, null, 10, 9],
      ['gunicorn', [], '==21.2.0', null, null, false, null, 11, 9],
    ]);
  });

  test('every other conda package is one notice', () => {
    expect(problemRows(result.problems)).toEqual([
      ['DG101', NOT_CHECKED('_libgcc_mutex'), 5, 5, '_libgcc_mutex'],
      ['DG101', NOT_CHECKED('ca-certificates'), 6, 5, 'ca-certificates'],
      ['DG101', NOT_CHECKED('pip'), 8, 5, 'pip'],
    ]);
  });
});

describe('bad input', () => {
  const result = parseEnvironmentYml(fixture('broken.yml'), 'broken.yml');

  test('a YAML syntax error is a DG100 at its line and column, and the rest is still read', () => {
    expect(problemRows(result.problems)).toEqual([
      ['DG100', 'broken.yml is not valid YAML: All sequence items must start at the same column', 8, 4, 'broken.yml'],
      ['DG100', `cannot parse "flask=2.0": '=' is not a version operator; use '=='`, 6, 12, 'flask=2.0'],
      ['DG100', 'each dependency must be a conda package spec (numpy=1.26) or a "pip:" list', 8, 4, 'dependencies'],
    ]);
    expect(rows(result.requirements)).toEqual([
      ['requests', [], '==2.31.0', null, null, false, null, 5, 7],
      ['gunicorn', [], '', null, null, false, null, 7, 7],
    ]);
    expect(runtimeRows(result.runtime)).toEqual([['>=3.10,<3.13', "conda's python", 'broken.yml', 3, 5]]);
  });

  test('a document that is not a mapping', () => {
    expect(problemRows(parse('- numpy\n- pandas\n').problems)).toEqual([
      ['DG100', 'environment.yml must be a mapping with a "dependencies:" list, as conda env create expects', 1, 1, 'environment.yml'],
    ]);
  });

  test('dependencies that is not a list, and pip: that is not a list', () => {
    expect(problemRows(parse('dependencies: numpy\n').problems)).toEqual([
      ['DG100', 'dependencies: must be a list of conda packages, with pip packages under "- pip:"', 1, 15, 'dependencies'],
    ]);
    expect(problemRows(parse('dependencies:\n  - pip: requests\n').problems)).toEqual([
      ['DG100', 'pip: must be a list of requirement lines (- requests==2.31.0)', 2, 10, 'pip'],
    ]);
  });

  test('a pip: entry that is a mapping, and another installer than pip', () => {
    expect(problemRows(parse('dependencies:\n  - pip:\n    - {name: requests}\n  - npm:\n    - left-pad\n').problems)).toEqual([
      ['DG100', 'each entry of pip: must be one requirements.txt line, such as requests==2.31.0', 3, 7, 'pip'],
      ['DG101', 'the "npm:" packages are not checked: depgate reads the conda packages and the pip: section of environment.yml', 4, 5, 'npm'],
    ]);
  });

  test('an invalid conda spec is a DG100', () => {
    expect(problemRows(parse('dependencies:\n  - ">=1.0"\n').problems)).toEqual([
      ['DG100', `">=1.0" is not a conda package spec: no package name found in '>=1.0'`, 2, 5, '>=1.0'],
    ]);
  });

  test('an empty file and an empty dependency list declare nothing', () => {
    expect(parse('')).toEqual({ requirements: [], problems: [], runtime: [], files: ['environment.yml'] });
    expect(parse('name: x\ndependencies:\n')).toEqual({ requirements: [], problems: [], runtime: [], files: ['environment.yml'] });
  });
});

describe("conda's python spec as a PEP 440 runtime constraint", () => {
  const constraintOf = (spec: string) => {
    const result = parse(`dependencies:\n  - ${JSON.stringify(spec)}\n`);
    return { specifiers: (result.runtime ?? []).map((r) => r.specifier), problems: result.problems.map((p) => p.message) };
  };

  test.each([
    ['python=3.11', '==3.11.*'],
    ['python=3.11.*', '==3.11.*'],
    ['python=3', '==3.*'],
    ['python==3.11.4', '==3.11.4'],
    ['python 3.11', '==3.11'],
    ['python 3.11.*', '==3.11.*'],
    ['python 3.11.* *_cpython', '==3.11.*'],
    ['python>=3.10', '>=3.10'],
    ['python>=3.10.*', '>=3.10'],
    ['python>=3.9,<3.12', '>=3.9,<3.12'],
    ['python >=3.9, <3.12', '>=3.9,<3.12'],
    ['python!=3.11.*', '!=3.11.*'],
    ['python~=3.10', '~=3.10'],
    ['python=3.11.8=hab00c5b_0_cpython', '==3.11.8'],
    ['conda-forge::python=3.12', '==3.12.*'],
    ["python[version='>=3.8,<3.12']", '>=3.8,<3.12'],
  ])('%s → %s', (spec, specifier) => {
    expect(constraintOf(spec)).toEqual({ specifiers: [specifier], problems: [] });
  });

  test('a bare python, or python *, asks for no version', () => {
    expect(constraintOf('python')).toEqual({ specifiers: [], problems: [] });
    expect(constraintOf('python *')).toEqual({ specifiers: [], problems: [] });
  });

  test.each([
    ['python=3.10|3.11', `the Python version in "python=3.10|3.11" is not checked: conda's "|" (or) and parentheses have no PEP 440 equivalent`],
    ['python 3.*.1', `the Python version in "python 3.*.1" is not checked: the pattern "3.*.1" has no PEP 440 equivalent`],
    ['python ^3\\.11\\..*$', `the Python version in "python ^3\\.11\\..*$" is not checked: the regular expression "^3\\.11\\..*$" has no PEP 440 equivalent`],
  ])('%s has no PEP 440 form: a DG101 notice', (spec, message) => {
    expect(constraintOf(spec)).toEqual({ specifiers: [], problems: [message] });
  });
});

describe('parseCondaMatchSpec (conda/models/match_spec.py)', () => {
  test.each([
    ['numpy', { name: 'numpy' }],
    ['numpy 1.8*', { name: 'numpy', version: '1.8*' }],
    ['numpy=1.8', { name: 'numpy', version: '1.8*' }],
    ['numpy==1.8', { name: 'numpy', version: '1.8' }],
    ['numpy 1.8.1 py27_0', { name: 'numpy', version: '1.8.1', build: 'py27_0' }],
    ['numpy=1.8.1=py27_0', { name: 'numpy', version: '1.8.1', build: 'py27_0' }],
    ['numpy >=1.0 , < 2.0 py34_0', { name: 'numpy', version: '>=1.0,<2.0', build: 'py34_0' }],
    ['numpy >1.8,<2|==1.7', { name: 'numpy', version: '>1.8,<2|==1.7' }],
    ['conda-forge/linux-64::numpy>=1.26 # pinned by ops', { name: 'numpy', version: '>=1.26' }],
    ['numpy[version=">=1.26", build=py311*]', { name: 'numpy', version: '>=1.26', build: 'py311*' }],
    ['https://repo.anaconda.com/pkgs/main/linux-64/numpy-1.26.4-py311h08b1b3b_0.conda', { name: '*' }],
  ])('%s', (text, spec) => {
    expect(parseCondaMatchSpec(text)).toEqual({ ok: true, spec });
  });

  test('refuses a spec without a name', () => {
    expect(parseCondaMatchSpec('==1.0')).toEqual({ ok: false, error: "no package name found in '==1.0'" });
  });
});

describe('condaVersionToPep440', () => {
  test.each([
    ['1.8*', '==1.8.*'],
    ['1.8.*', '==1.8.*'],
    ['1.8.1', '==1.8.1'],
    ['=1.8', '==1.8.*'],
    ['>=1.0,<2.0', '>=1.0,<2.0'],
    ['<2.*', '<2'],
    ['*', ''],
  ])('%s → %s', (version, specifier) => {
    expect(condaVersionToPep440(version)).toEqual({ ok: true, specifier });
  });

  test('refuses what PEP 440 cannot say, and ~= with .*', () => {
    expect(condaVersionToPep440('1.7|1.8')).toMatchObject({ ok: false });
    expect(condaVersionToPep440('~=1.8.*')).toEqual({ ok: false, error: `"~=1.8.*": conda refuses '.*' after '~='` });
    expect(condaVersionToPep440('~=3')).toMatchObject({ ok: false });
  });
});
