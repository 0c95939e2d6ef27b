import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PythonRequirement, SpecProblem } from '../../src/model.js';
import {
  decodeRequirementsFile,
  type ManifestFileReader,
  parseRequirementsTxt,
  parseRequirementsTxtText,
} from '../../src/manifests/requirements-txt.js';
import { parseRequirement } from '../../src/versions/pep508.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/requirements-txt/', import.meta.url));

const parse = (text: string) => parseRequirementsTxtText(text, 'requirements.txt');

/** name, specifier, line, column: what most assertions are about. */
const brief = (requirements: PythonRequirement[]) =>
  requirements.map((r) => [r.name, r.specifier, r.source.line, r.source.column]);

/** The PEP 508 parser's own explanation, which a DG100 message carries after quoting the line. */
function pep508Error(text: string): string {
  const parsed = parseRequirement(text);
  if (parsed.ok) throw new Error(`expected ${text} not to parse`);
  return parsed.error;
}

const where = (problems: SpecProblem[]) =>
  problems.map((p) => [p.code, p.source?.file, p.source?.line, p.source?.column]);

function memoryReader(files: Record<string, string>): ManifestFileReader & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async readFile(file: string) {
      asked.push(file);
      return files[file] ?? null;
    },
  };
}

describe('PEP 508 lines', () => {
  test('reports every field of a requirement with extras and a marker', () => {
    const { requirements, problems } = parse('uvicorn[standard]>=0.23 ; python_version >= "3.9"\n');
    expect(problems).toEqual([]);
    expect(requirements).toEqual([
      {
        ecosystem: 'python',
        name: 'uvicorn',
        canonicalName: 'uvicorn',
        extras: ['standard'],
        specifier: '>=0.23',
        marker: 'python_version >= "3.9"',
        editable: false,
        source: { file: 'requirements.txt', line: 1, column: 1 },
      },
    ]);
  });

  test('keeps the name as written and canonicalizes it separately', () => {
    const [requirement] = parse('Flask_SQLAlchemy==3.1.1').requirements;
    expect([requirement.name, requirement.canonicalName]).toEqual(['Flask_SQLAlchemy', 'flask-sqlalchemy']);
  });

  test('a specifier set is reported as packaging prints it', () => {
    expect(brief(parse('sqlalchemy>=2.0,<3').requirements)).toEqual([['sqlalchemy', '<3,>=2.0', 1, 1]]);
  });

  test('name @ url is a PEP 508 direct reference', () => {
    const [requirement] = parse('urllib3 @ https://github.com/urllib3/urllib3/archive/refs/tags/1.26.8.zip').requirements;
    expect(requirement).toMatchObject({
      name: 'urllib3',
      specifier: '',
      url: 'https://github.com/urllib3/urllib3/archive/refs/tags/1.26.8.zip',
      editable: false,
      source: { line: 1, column: 1 },
    });
  });

  test('the column is the column of the name, after leading whitespace and tabs', () => {
    expect(brief(parse('   flask==3.0.3\n\trequests >= 2.31\n').requirements)).toEqual([
      ['flask', '==3.0.3', 1, 4],
      ['requests', '>=2.31', 2, 2],
    ]);
  });

  test('tabs between the name, operator and version are PEP 508 whitespace', () => {
    expect(brief(parse('flask\t==\t3.0.3\t# pinned').requirements)).toEqual([['flask', '==3.0.3', 1, 1]]);
  });
});

describe('broken lines', () => {
  test('a garbage line between two good ones is a DG100 at its line and column; both neighbours still parse', () => {
    const { requirements, problems } = parse('requests>=2.31\nthis is not a requirement!\nflask==3.0.3\n');
    expect(brief(requirements)).toEqual([
      ['requests', '>=2.31', 1, 1],
      ['flask', '==3.0.3', 3, 1],
    ]);
    expect(where(problems)).toEqual([['DG100', 'requirements.txt', 2, 6]]);
    expect(problems[0].message).toBe(`cannot parse "this is not a requirement!": ${pep508Error('this is not a requirement!')}`);
    expect(problems[0].subject).toBe('this is not a requirement!');
  });

  test('the column points at the bad operator, not the start of the line', () => {
    const { problems } = parse('\n  flask==>3\n');
    expect(where(problems)).toEqual([['DG100', 'requirements.txt', 2, 8]]);
    expect(problems[0].message).toBe(`cannot parse "flask==>3": ${pep508Error('flask==>3')}`);
  });

  test('an error on a continuation line is reported where it is written', () => {
    const { requirements, problems } = parse('flask==3.0.3 \\\n    --frobnicate\nrequests==2.32.3\n');
    expect(where(problems)).toEqual([['DG100', 'requirements.txt', 2, 5]]);
    expect(problems[0].message).toContain('"--frobnicate" is not an option pip accepts');
    expect(brief(requirements)).toEqual([['requests', '==2.32.3', 3, 1]]);
  });

  test('hostile lines (a 200,000-space run before a word, 200,000 brackets) are read in linear time', () => {
    const started = Date.now();
    const { requirements, problems } = parse(`${' '.repeat(200_000)}x #\n./p${'['.repeat(200_000)}]]\nflask==3.0.3`);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(brief(requirements)).toEqual([
      ['x', '', 1, 200_001],
      ['', '', 2, 1],
      ['flask', '==3.0.3', 3, 1],
    ]);
    expect(problems.map((p) => p.source?.line)).toEqual([]);
  });

  test('a quoted line is cut short in the message', () => {
    const { problems } = parse(`x ${'y'.repeat(500)}`);
    expect(problems).toHaveLength(1);
    expect(problems[0].message.length).toBeLessThan(400);
    expect(problems[0].subject).toBe(`x ${'y'.repeat(118)}…`);
  });
});

describe('comments, continuations and line endings', () => {
  test('# starts a comment at line start or after whitespace; a #fragment in a URL is kept', () => {
    const { requirements, problems } = parse(
      [
        '# a comment',
        '    # an indented comment',
        'flask==3.0.3 # pinned for the shop',
        'pkg @ https://example.com/pkg-1.0.tar.gz#sha256=abc',
        'git+https://github.com/org/repo.git#egg=repo',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(requirements.map((r) => [r.name, r.url, r.source.line])).toEqual([
      ['flask', undefined, 3],
      ['pkg', 'https://example.com/pkg-1.0.tar.gz#sha256=abc', 4],
      ['repo', 'git+https://github.com/org/repo.git#egg=repo', 5],
    ]);
  });

  test('blank and whitespace-only lines are skipped', () => {
    expect(parse('\n   \n\t\n')).toEqual({ requirements: [], problems: [], includes: [] });
  });

  test('a continued requirement is reported at the line of its name', () => {
    const text = ['', 'blinker==1.8.2 \\', '    --hash=sha256:aa \\', '    --hash=sha256:bb', '    # via flask', 'click==8.1.7'].join('\n');
    expect(brief(parse(text).requirements)).toEqual([
      ['blinker', '==1.8.2', 2, 1],
      ['click', '==8.1.7', 6, 1],
    ]);
  });

  test('a name that only starts on the continuation line is reported there', () => {
    expect(brief(parse('\\\n  flask==3.0').requirements)).toEqual([['flask', '==3.0', 2, 3]]);
  });

  test('a comment ending in a backslash swallows the next line, as in pip (join_lines runs before comments are cut)', () => {
    expect(brief(parse('flask==3.0 # pinned \\\nrequests==2.0\nclick==8.0').requirements)).toEqual([
      ['flask', '==3.0', 1, 1],
      ['click', '==8.0', 3, 1],
    ]);
  });

  test('a comment line ends a continuation', () => {
    expect(brief(parse('flask==3.0 \\\n# note \\\nrequests==2.0').requirements)).toEqual([
      ['flask', '==3.0', 1, 1],
      ['requests', '==2.0', 3, 1],
    ]);
  });

  test('CRLF, lone CR and a UTF-8 BOM: lines and columns as an editor shows them', () => {
    expect(brief(parse('\uFEFFflask==3.0.3\r\nrequests==2.32.3\r\n\r\nclick==8.1.7\rgunicorn==22.0.0').requirements)).toEqual([
      ['flask', '==3.0.3', 1, 1],
      ['requests', '==2.32.3', 2, 1],
      ['click', '==8.1.7', 4, 1],
      ['gunicorn', '==22.0.0', 5, 1],
    ]);
  });

  test('CRLF continuations join', () => {
    expect(brief(parse('flask==3.0.3 \\\r\n    --hash=sha256:aa\r\nclick==8.1.7\r\n').requirements)).toEqual([
      ['flask', '==3.0.3', 1, 1],
      ['click', '==8.1.7', 3, 1],
    ]);
  });

  test('a form feed splits lines for pip (str.splitlines) but not for the editor', () => {
    expect(brief(parse('flask==3.0\fclick==8.0').requirements)).toEqual([
      ['flask', '==3.0', 1, 1],
      ['click', '==8.0', 1, 12],
    ]);
  });
});

describe('pip options', () => {
  test('global options are skipped, with separate and = values, long and short forms', () => {
    const text = [
      '-i https://pypi.org/simple',
      '--index-url=https://pypi.org/simple',
      '--extra-index-url https://download.example.com/simple',
      '--no-index',
      '-f ./wheels',
      '--find-links=https://example.com/links',
      '--pre',
      '--prefer-binary',
      '--only-binary :all:',
      '--no-binary=psycopg2',
      '--require-hashes',
      '--trusted-host download.example.com',
      '--use-feature=truststore',
      '-Z',
      '--always-unzip',
      '--extra-index https://abbreviated.example.com/simple',
    ].join('\n');
    expect(parse(text)).toEqual({ requirements: [], problems: [], includes: [] });
  });

  test('per-requirement options are skipped and the requirement kept', () => {
    const text = [
      'flask==3.0.3 --hash=sha256:aa --hash sha512:bb',
      'psycopg2==2.9.9 --config-settings="--build-option=--pg-config=/usr/bin/pg_config"',
      'lxml==5.2.2 -C key=value --global-option=--static',
      "legacy==1.0 --install-option '--prefix=/opt/legacy'",
    ].join('\n');
    const { requirements, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(brief(requirements)).toEqual([
      ['flask', '==3.0.3', 1, 1],
      ['psycopg2', '==2.9.9', 2, 1],
      ['lxml', '==5.2.2', 3, 1],
      ['legacy', '==1.0', 4, 1],
    ]);
  });

  test('a marker keeps its quotes: only the options are shell-split', () => {
    const [requirement] = parse(`pywin32>=306 ; sys_platform == 'win32' --hash=sha256:aa`).requirements;
    expect([requirement.name, requirement.marker]).toEqual(['pywin32', 'sys_platform == "win32"']);
  });

  test.each([
    ['requests==2.32.3 --frobnicate', 18, '"--frobnicate" is not an option pip accepts'],
    ['requests==2.32.3 -x', 18, '"-x" is not an option pip accepts'],
    ['requests==2.32.3 -Zx', 20, '"-x" is not an option pip accepts'],
    ['flask==3.0.3 --hash=md5:abc', 14, '--hash accepts only sha256, sha384, sha512, not "md5"'],
    ['flask==3.0.3 --hash=abc', 14, '--hash needs an algorithm and a digest'],
    ['flask==3.0.3 --config-settings novalue', 14, '--config-settings needs KEY=VALUE'],
    ['--index-url', 1, '--index-url needs a value'],
    ['--pre=yes', 1, '--pre does not take a value'],
    ['--re base.txt', 1, '"--re" is ambiguous: it could be --requirement, --require-hashes'],
    ['--index-url "https://example.com', 13, 'no closing " quotation mark'],
  ])('%s is a DG100 at column %d', (line, column, message) => {
    const { requirements, problems } = parse(line);
    expect(requirements).toEqual([]);
    expect(where(problems)).toEqual([['DG100', 'requirements.txt', 1, column]]);
    expect(problems[0].message).toContain(message);
  });
});

describe('links, local paths and editables', () => {
  test('-e with #egg= names the distribution; the column is where the URL starts', () => {
    expect(parse('-e git+https://github.com/org/shop-lib.git@v1.2#egg=shop_lib').requirements).toEqual([
      {
        ecosystem: 'python',
        name: 'shop_lib',
        canonicalName: 'shop-lib',
        extras: [],
        specifier: '',
        url: 'git+https://github.com/org/shop-lib.git@v1.2#egg=shop_lib',
        editable: true,
        source: { file: 'requirements.txt', line: 1, column: 4 },
      },
    ]);
  });

  test('-e without #egg= keeps the URL and leaves the name empty', () => {
    const [requirement] = parse('--editable git+https://github.com/org/shop-lib.git').requirements;
    expect(requirement).toMatchObject({ name: '', canonicalName: '', url: 'git+https://github.com/org/shop-lib.git', editable: true, source: { line: 1, column: 12 } });
  });

  test('-e of a local project, with extras', () => {
    const { requirements, problems } = parse('-e ./libs/shared\n--editable=../tools[dev,Test]\n-e .');
    expect(problems).toEqual([]);
    expect(requirements.map((r) => [r.name, r.url, r.extras, r.editable, r.source.line, r.source.column])).toEqual([
      ['', './libs/shared', [], true, 1, 4],
      ['', '../tools', ['dev', 'test'], true, 2, 12],
      ['', '.', [], true, 3, 4],
    ]);
  });

  test('-e git:// is read as git+git://, as pip does', () => {
    expect(parse('-e git://github.com/org/repo#egg=repo').requirements[0].url).toBe('git+git://github.com/org/repo#egg=repo');
  });

  test('-e of a plain archive URL is a DG100: pip only edits local projects and VCS checkouts', () => {
    const { requirements, problems } = parse('-e https://example.com/pkg-1.0.zip');
    expect(requirements).toEqual([]);
    expect(where(problems)).toEqual([['DG100', 'requirements.txt', 1, 4]]);
    expect(problems[0].message).toContain('is not a valid editable requirement');
  });

  test('local paths and archive URLs are unnamed links; wheels are named by their file name (PEP 427)', () => {
    const text = [
      './vendor/pkg',
      '../sibling',
      '/opt/abs-pkg',
      'file:///opt/pkg#egg=opt-pkg',
      './dist/numpy-1.26.4-cp312-cp312-manylinux_2_17_x86_64.whl',
      'https://example.com/pkgs/my_pkg-2.0-py3-none-any.whl; python_version >= "3.9"',
      'https://example.com/pkg-1.0.tar.gz',
      'git+https://github.com/org/repo.git@main',
      './local[extra1]; os_name == "posix"',
      'pkg-3.1.tar.gz',
    ].join('\n');
    const { requirements, problems } = parse(text);
    expect(problems).toEqual([]);
    expect(requirements.map((r) => [r.name, r.canonicalName, r.specifier, r.url, r.extras, r.marker, r.editable, r.source.line])).toEqual([
      ['', '', '', './vendor/pkg', [], undefined, false, 1],
      ['', '', '', '../sibling', [], undefined, false, 2],
      ['', '', '', '/opt/abs-pkg', [], undefined, false, 3],
      ['opt-pkg', 'opt-pkg', '', 'file:///opt/pkg#egg=opt-pkg', [], undefined, false, 4],
      ['numpy', 'numpy', '==1.26.4', './dist/numpy-1.26.4-cp312-cp312-manylinux_2_17_x86_64.whl', [], undefined, false, 5],
      ['my-pkg', 'my-pkg', '==2.0', 'https://example.com/pkgs/my_pkg-2.0-py3-none-any.whl', [], 'python_version >= "3.9"', false, 6],
      ['', '', '', 'https://example.com/pkg-1.0.tar.gz', [], undefined, false, 7],
      ['', '', '', 'git+https://github.com/org/repo.git@main', [], undefined, false, 8],
      ['', '', '', './local', ['extra1'], 'os_name == "posix"', false, 9],
      ['', '', '', 'pkg-3.1.tar.gz', [], undefined, false, 10],
    ]);
  });

  test('a bad wheel file name, #egg= or link marker is a DG100 at its column', () => {
    const { requirements, problems } = parse(
      ['https://example.com/notawheel.whl', 'git+https://x.example/r.git#egg=-bad', 'https://example.com/p.zip; python_version >= "3" garbage'].join('\n'),
    );
    expect(requirements).toEqual([]);
    expect(where(problems)).toEqual([
      ['DG100', 'requirements.txt', 1, 1],
      ['DG100', 'requirements.txt', 2, 33],
      ['DG100', 'requirements.txt', 3, 50],
    ]);
    expect(problems[0].message).toContain('"notawheel.whl" is not a valid wheel file name');
    expect(problems[1].message).toContain('the #egg= fragment "-bad" does not name a distribution');
    expect(problems[2].message).toContain('cannot read the marker');
  });
});

describe('environment variables', () => {
  test('${VAR} is never expanded: a line that still parses is kept as written', () => {
    process.env.DEPGATE_TEST_TOKEN = 'secret-value';
    try {
      const { requirements, problems } = parse('private @ https://${DEPGATE_TEST_TOKEN}@pypi.example.com/private-1.0.tar.gz');
      expect(problems).toEqual([]);
      expect(requirements[0].url).toBe('https://${DEPGATE_TEST_TOKEN}@pypi.example.com/private-1.0.tar.gz');
      expect(JSON.stringify(requirements)).not.toContain('secret-value');
    } finally {
      delete process.env.DEPGATE_TEST_TOKEN;
    }
  });

  test('a line that needs ${VAR} to parse is a DG101 notice, not a DG100', () => {
    const { requirements, problems } = parse('flask==3.0.3\nshop-lib==${SHOP_LIB_VERSION}');
    expect(brief(requirements)).toEqual([['flask', '==3.0.3', 1, 1]]);
    expect(where(problems)).toEqual([['DG101', 'requirements.txt', 2, 1]]);
    expect(problems[0].message).toContain('does not expand');
  });
});

describe('includes in one file', () => {
  test('-r and -c in every spelling, with the column of the path', () => {
    const { includes, requirements, problems } = parse(
      ['-r base.txt', '--requirement=dev/extra.txt', '--requirement "with space.txt"', '-rshort.txt', '-c constraints.txt', '--constraint=../c2.txt'].join('\n'),
    );
    expect(requirements).toEqual([]);
    expect(problems).toEqual([]);
    expect(includes).toEqual([
      { kind: 'requirement', path: 'base.txt', source: { file: 'requirements.txt', line: 1, column: 4 } },
      { kind: 'requirement', path: 'dev/extra.txt', source: { file: 'requirements.txt', line: 2, column: 15 } },
      { kind: 'requirement', path: 'with space.txt', source: { file: 'requirements.txt', line: 3, column: 16 } },
      { kind: 'requirement', path: 'short.txt', source: { file: 'requirements.txt', line: 4, column: 3 } },
      { kind: 'constraint', path: 'constraints.txt', source: { file: 'requirements.txt', line: 5, column: 4 } },
      { kind: 'constraint', path: '../c2.txt', source: { file: 'requirements.txt', line: 6, column: 14 } },
    ]);
  });

  test('-r with no file is a DG100', () => {
    expect(where(parse('-r').problems)).toEqual([['DG100', 'requirements.txt', 1, 1]]);
  });
});

describe('parseRequirementsTxt (files and includes)', () => {
  test('pip-compile output: hashes on continuation lines, # via comments, index options', async () => {
    const result = await parseRequirementsTxt('pip-compile/requirements.txt', { cwd: FIXTURES });
    expect(result.problems).toEqual([]);
    expect(result.files).toEqual(['pip-compile/requirements.txt']);
    expect(result.requirements.map((r) => [r.name, r.specifier, r.extras, r.marker, r.source.file, r.source.line, r.source.column])).toEqual([
      ['blinker', '==1.8.2', [], undefined, 'pip-compile/requirements.txt', 10, 1],
      ['click', '==8.1.7', [], undefined, 'pip-compile/requirements.txt', 14, 1],
      ['flask', '==3.0.3', [], undefined, 'pip-compile/requirements.txt', 18, 1],
      ['greenlet', '==3.0.3', [], 'platform_machine == "x86_64"', 'pip-compile/requirements.txt', 22, 1],
      ['psycopg2-binary', '==2.9.9', [], undefined, 'pip-compile/requirements.txt', 25, 1],
      ['sqlalchemy', '==2.0.30', ['asyncio'], undefined, 'pip-compile/requirements.txt', 28, 1],
    ]);
  });

  test('-r and -c: includes expand in place, relative to the including file; constraints are marked as constraints', async () => {
    const result = await parseRequirementsTxt('layered/requirements.txt', { cwd: FIXTURES });
    expect(result.problems).toEqual([]);
    expect(result.files).toEqual([
      'layered/requirements.txt',
      'layered/base.txt',
      'layered/constraints.txt',
      'layered/dev/extra.txt',
      'layered/common.txt',
    ]);
    expect(result.requirements.map((r) => [r.name, r.specifier, r.source.file, r.source.line, r.source.column, r.constraint ?? false])).toEqual([
      ['flask', '>=3.0', 'layered/base.txt', 1, 1, false],
      ['sqlalchemy', '<3,>=2.0', 'layered/base.txt', 2, 1, false],
      ['urllib3', '<2', 'layered/constraints.txt', 2, 1, true],
      ['idna', '==3.7', 'layered/constraints.txt', 3, 1, true],
      ['gunicorn', '==22.0.0', 'layered/requirements.txt', 4, 1, false],
      ['requests', '==2.32.3', 'layered/common.txt', 1, 1, false],
      ['pytest', '==8.2.0', 'layered/dev/extra.txt', 2, 1, false],
    ]);
  });

  test('an include cycle a → b → a is a DG100 at the include line that closes it', async () => {
    const result = await parseRequirementsTxt('cycle/a.txt', { cwd: FIXTURES });
    expect(brief(result.requirements)).toEqual([
      ['alpha', '==1.0', 1, 1],
      ['beta', '==2.0', 1, 1],
    ]);
    expect(where(result.problems)).toEqual([['DG100', 'cycle/b.txt', 2, 4]]);
    expect(result.problems[0].message).toContain('cycle/a.txt → cycle/b.txt → cycle/a.txt');
  });

  test('a missing included file is a DG100 at the include line; the rest is still read', async () => {
    const result = await parseRequirementsTxt('missing-include/requirements.txt', { cwd: FIXTURES });
    expect(brief(result.requirements)).toEqual([
      ['flask', '==3.0.3', 1, 1],
      ['requests', '==2.32.3', 3, 1],
    ]);
    expect(where(result.problems)).toEqual([['DG100', 'missing-include/requirements.txt', 2, 4]]);
    expect(result.problems[0].message).toBe('-r does-not-exist.txt: the file missing-include/does-not-exist.txt does not exist');
  });

  test('a URL include is a DG101 notice: not fetched', async () => {
    const result = await parseRequirementsTxt('url-include/requirements.txt', { cwd: FIXTURES });
    expect(brief(result.requirements)).toEqual([['flask', '==3.0.3', 2, 1]]);
    expect(where(result.problems)).toEqual([['DG101', 'url-include/requirements.txt', 1, 4]]);
    expect(result.problems[0].message).toContain('not fetch');
    expect(result.files).toEqual(['url-include/requirements.txt']);
  });

  test('a constraints file is validated: garbage, editables, unnamed links and extras are DG100s', async () => {
    const result = await parseRequirementsTxt('constraint-misuse/requirements.txt', { cwd: FIXTURES });
    expect(brief(result.requirements)).toEqual([['flask', '==3.0.3', 1, 1], ['urllib3', '<2', 1, 1]]);
    expect(result.requirements.map((r) => r.constraint ?? false)).toEqual([false, true]);
    expect(where(result.problems)).toEqual([
      ['DG100', 'constraint-misuse/constraints.txt', 2, 6],
      ['DG100', 'constraint-misuse/constraints.txt', 3, 4],
      ['DG100', 'constraint-misuse/constraints.txt', 4, 1],
    ]);
    expect(result.problems[1].message).toContain('unnamed requirements are not allowed as constraints');
    expect(result.problems[2].message).toContain('constraints cannot have extras');
  });

  test('a missing manifest is a DG100, not an exception', async () => {
    const result = await parseRequirementsTxt('nope.txt', { cwd: FIXTURES });
    expect(result).toEqual({
      requirements: [],
      files: [],
      problems: [{ code: 'DG100', message: 'the requirements file nope.txt does not exist', source: { file: 'nope.txt', line: 1, column: 1 }, subject: 'nope.txt' }],
    });
  });

  test('a UTF-8 BOM with CRLF line endings, read from disk', async () => {
    const result = await parseRequirementsTxt('./encodings/bom-crlf.txt', { cwd: FIXTURES });
    expect(result.files).toEqual(['encodings/bom-crlf.txt']);
    expect(result.requirements.map((r) => [r.name, r.specifier, r.source.file, r.source.line, r.source.column])).toEqual([
      ['flask', '==3.0.3', 'encodings/bom-crlf.txt', 1, 1],
      ['requests', '>=2.31', 'encodings/bom-crlf.txt', 3, 2],
    ]);
  });

  test('UTF-16 with a BOM and a PEP 263 coding comment are decoded as pip decodes them', async () => {
    const utf16 = await parseRequirementsTxt('encodings/utf16le.txt', { cwd: FIXTURES });
    expect(brief(utf16.requirements)).toEqual([
      ['flask', '==3.0.3', 1, 1],
      ['requests', '==2.32.3', 2, 1],
    ]);
    const latin1 = decodeRequirementsFile(readFileSync(`${FIXTURES}encodings/latin1.txt`));
    expect(latin1.split('\n')[1]).toBe('# café');
  });

  test('a reader gets paths relative to cwd with / separators; each file is read once', async () => {
    const reader = memoryReader({
      'app/requirements.txt': '-r ../shared/base.txt\n-r ../shared/base.txt\n-c ../shared/base.txt\nflask==3.0.3\n',
      'shared/base.txt': 'sqlalchemy>=2.0\n',
    });
    const result = await parseRequirementsTxt('app/requirements.txt', { cwd: '/repo', reader });
    expect(reader.asked).toEqual(['app/requirements.txt', 'shared/base.txt']);
    expect(result.files).toEqual(['app/requirements.txt', 'shared/base.txt']);
    expect(result.problems).toEqual([]);
    // base.txt is both -r (a requirement) and -c (a constraint): read once each way.
    expect(result.requirements.map((r) => [r.name, r.source.file, r.source.line, r.constraint ?? false])).toEqual([
      ['sqlalchemy', 'shared/base.txt', 1, false],
      ['sqlalchemy', 'shared/base.txt', 1, true],
      ['flask', 'app/requirements.txt', 4, false],
    ]);
  });

  test('a file: URL include is read from disk, a -r inside a constraints file adds requirements (pip _parse_and_recurse)', async () => {
    const reader = memoryReader({
      'requirements.txt': '-c constraints.txt\n',
      'constraints.txt': 'idna==3.7\n-r file:///repo/lib/reqs.txt\n',
      'lib/reqs.txt': 'urllib3==2.2.1\n',
    });
    const result = await parseRequirementsTxt('requirements.txt', { cwd: '/repo', reader });
    expect(result.problems).toEqual([]);
    expect(result.requirements.map((r) => [r.name, r.source.file, r.constraint ?? false])).toEqual([['idna', 'constraints.txt', true], ['urllib3', 'lib/reqs.txt', false]]);
  });

  test('a reader that fails is a DG100 at the include line', async () => {
    const reader: ManifestFileReader = {
      async readFile(file) {
        if (file === 'denied.txt') throw new Error('EACCES: permission denied');
        return '-r denied.txt\nflask==3.0.3\n';
      },
    };
    const result = await parseRequirementsTxt('requirements.txt', { cwd: '/repo', reader });
    expect(brief(result.requirements)).toEqual([['flask', '==3.0.3', 2, 1]]);
    expect(result.problems).toEqual([
      { code: 'DG100', message: 'cannot read denied.txt: EACCES: permission denied', source: { file: 'requirements.txt', line: 1, column: 4 }, subject: 'denied.txt' },
    ]);
  });

  test('an include that needs ${VAR} is a DG101 notice', async () => {
    const reader = memoryReader({ 'requirements.txt': '-r ${CONFIG_DIR}/base.txt\n' });
    const result = await parseRequirementsTxt('requirements.txt', { cwd: '/repo', reader });
    expect(where(result.problems)).toEqual([['DG101', 'requirements.txt', 1, 4]]);
  });

  test('a file including itself is a cycle of one', async () => {
    const reader = memoryReader({ 'requirements.txt': 'flask==3.0.3\n-r ./requirements.txt\n' });
    const result = await parseRequirementsTxt('requirements.txt', { cwd: '/repo', reader });
    expect(brief(result.requirements)).toEqual([['flask', '==3.0.3', 1, 1]]);
    expect(result.problems.map((p) => [p.code, p.source?.line, p.message])).toEqual([
      ['DG100', 2, '-r ./requirements.txt makes an include cycle (requirements.txt → requirements.txt); pip would recurse forever'],
    ]);
  });
});
