import { describe, expect, test } from '@jest/globals';
import { MAX_JOB_SUMMARY_BYTES, utf8Bytes } from '../../src/report/limits.js';
import { codeSpan, MAX_EXPANDED_SUMMARY_ROWS, markdownText, renderSummaryMarkdown } from '../../src/report/summary.js';
import type { Finding } from '../../src/model.js';
import { finding, makeReport, numberedFindings, PSYCOPG2_MISSING, SQLALCHEMY_MISMATCH } from './fixture.js';

describe('renderSummaryMarkdown', () => {
  const markdown = renderSummaryMarkdown(makeReport());

  test('opens with the verdict, the interpreter and the counts', () => {
    expect(markdown.startsWith(
      '## ❌ depgate: 3 errors block this merge\n' +
        '\n' +
        '- **Python:** 3.12.3 at `/venv/bin/python` (requested `.venv/bin/python`, from ./.venv; prefix `/venv`)\n' +
        '- **Checked:** 5 requirements — 3 errors, 1 notice, 1 ignored\n' +
        '\n' +
        '| Code | Severity | Package | Required | Found | Where | Message | Fix |\n' +
        '| --- | --- | --- | --- | --- | --- | --- | --- |\n',
    )).toBe(true);
  });

  test('gives every finding a full row: required, found, file:line, escaped message, fix in a code span', () => {
    expect(markdown).toContain(
      "\n| DG002 | error | SQLAlchemy | `>=2.1` | `2.0.54` | `requirements.txt:3` | SQLAlchemy 2.0.54 is installed, but requirements.txt requires &gt;=2.1 | `/venv/bin/python -m pip install 'SQLAlchemy>=2.1'` |\n",
    );
    expect(markdown).toContain(
      "\n| DG001 | error | psycopg2 | `>=2.9` | — | `requirements.txt:4` | psycopg2 is declared in requirements.txt but not installed | `/venv/bin/python -m pip install 'psycopg2>=2.9'` |\n",
    );
    expect(markdown).toContain(
      "\n| DG003 | error | lxml | any | `5.2.1` | `requirements.txt:5` | import lxml failed: ImportError: libxml2.so.2: cannot open shared object file: No such file or directory | `/venv/bin/python -c 'import lxml'` |\n",
    );
    expect(markdown).toContain(
      '\n| DG101 | notice | pywin32 | `>=306` | — | `requirements.txt:6` | pywin32 is skipped: its marker sys\\_platform == "win32" is false here |  |\n',
    );
  });

  test('lists ignored findings apart, with their reasons, and not in the main table', () => {
    expect(markdown).toContain(
      '\n### Ignored\n\n| Code | Package | Where | Reason |\n| --- | --- | --- | --- |\n| DG002 | urllib3 | `requirements.txt:7` | pinned by boto until 2027 |\n\n',
    );
    expect(markdown.match(/urllib3/g)).toHaveLength(1);
  });

  test('ends with the combined fix in a sh block, then the sources read', () => {
    expect(markdown.endsWith(
      '### Fix\n\n```sh\n/venv/bin/python -m pip install \'SQLAlchemy>=2.1\' \'psycopg2>=2.9\'\n```\n\n' +
        '### Sources\n\n- `requirements.txt`\n- `depgate.yml`\n',
    )).toBe(true);
  });

  test('a clean report says so and has no table', () => {
    const clean = renderSummaryMarkdown(makeReport({ findings: [], checked: 14, fixes: [] }));
    expect(clean).toBe(
      '## ✅ depgate: all 14 requirements satisfied\n\n' +
        '- **Python:** 3.12.3 at `/venv/bin/python` (requested `.venv/bin/python`, from ./.venv; prefix `/venv`)\n' +
        '- **Checked:** 14 requirements, no findings\n\n' +
        '### Sources\n\n- `requirements.txt`\n- `depgate.yml`\n',
    );
  });

  test('warn mode: errors do not block, the heading says so', () => {
    const warn = renderSummaryMarkdown(makeReport({ mode: 'warn' }));
    expect(warn.split('\n')[0]).toBe('## ⚠️ depgate (warn mode): 3 errors found, not blocking this merge');
  });

  test('warn mode: a DG100 still blocks, and only it is counted as blocking', () => {
    const spec = finding({ code: 'DG100', kind: 'spec-error', name: '', file: 'depgate.yml', line: 2, column: 3, message: 'bad' });
    const warn = renderSummaryMarkdown(makeReport({ mode: 'warn', findings: [spec, SQLALCHEMY_MISMATCH] }));
    expect(warn.split('\n')[0]).toBe('## ❌ depgate (warn mode): 1 error blocks this merge');
  });

  test('passing with warnings names them in the heading', () => {
    const drift = finding({ code: 'DG007', kind: 'lock-drift', severity: 'warning', name: 'idna', message: 'drifted' });
    const passed = renderSummaryMarkdown(makeReport({ findings: [drift] }));
    expect(passed.split('\n')[0]).toBe('## ✅ depgate: passed with 1 warning');
  });

  test('says when no interpreter was probed', () => {
    const none = renderSummaryMarkdown(makeReport({ environment: {} }));
    expect(none).toContain('\n- **Python:** no interpreter was probed\n');
  });

  test('a hostile finding cannot break the table, inject HTML or close a code span', () => {
    const hostile = finding({
      code: 'DG003',
      kind: 'import-failed',
      name: 'evil|pkg',
      required: '',
      found: '1.0',
      file: 'req|s.txt',
      line: 1,
      message: 'line one | <script>alert(1)</script> & more\nline two *bold* [link](http://x)',
      fix: 'python -c "import `evil`" | cat',
    });
    const out = renderSummaryMarkdown(makeReport({ findings: [hostile] }));
    expect(out).toContain(
      '\n| DG003 | error | evil\\|pkg | any | `1.0` | `req\\|s.txt:1` | ' +
        'line one \\| &lt;script&gt;alert(1)&lt;/script&gt; &amp; more<br>line two \\*bold\\* \\[link\\](http://x) | ' +
        '``python -c "import `evil`" \\| cat`` |\n',
    );
  });

  test('a fix command holding a code fence gets a longer fence', () => {
    const out = renderSummaryMarkdown(makeReport({ fixes: [{ ecosystem: 'python', command: 'echo ```' }] }));
    expect(out).toContain('\n````sh\necho ```\n````\n');
  });

  test('a fix command of 100,000 backtick runs does not throw', () => {
    const command = 'a`'.repeat(100_000);
    const out = renderSummaryMarkdown(makeReport({ findings: [], fixes: [{ ecosystem: 'python', command }] }));
    expect(out).toContain(`\n\`\`\`sh\n${command}\n\`\`\`\n`);
  });

  test('several fixes are labelled with their ecosystem', () => {
    const out = renderSummaryMarkdown(
      makeReport({ fixes: [{ ecosystem: 'python', command: 'pip install a' }, { ecosystem: 'depgate', command: 'depgate init' }] }),
    );
    expect(out).toContain('### Fix\n\npython:\n\n```sh\npip install a\n```\n\ndepgate:\n\n```sh\ndepgate init\n```\n');
  });
});

describe('staying under the job summary limit', () => {
  test('truncates rows most severe first and says how many were left out', () => {
    const findings = numberedFindings(50, 'error');
    const full = renderSummaryMarkdown(makeReport({ findings }));
    const maxBytes = 3000;
    const out = renderSummaryMarkdown(makeReport({ findings }), { maxBytes });
    expect(utf8Bytes(full)).toBeGreaterThan(maxBytes);
    expect(utf8Bytes(out)).toBeLessThanOrEqual(maxBytes);
    const shown = out.split('\n').filter((line) => line.startsWith('| DG002 '));
    expect(shown).toHaveLength(29);
    expect(shown[0]).toContain('| pkg01 |');
    expect(shown[28]).toContain('| pkg29 |');
    expect(out).toContain(
      '| pkg29 | — | — | `requirements.txt:29` | pkg29 is wrong |  |\n\n' +
        '> ⚠️ 21 more findings not shown here: GitHub limits a job summary to 1 MiB. The JSON report lists every finding.\n\n',
    );
    // As many rows as fit: the next one would have crossed the limit.
    const nextRow = '| DG002 | error | pkg30 | — | — | `requirements.txt:30` | pkg30 is wrong |  |\n';
    expect(utf8Bytes(out) + utf8Bytes(nextRow)).toBeGreaterThan(maxBytes);
    // The fix and the sources survive truncation: they are what a reader acts on.
    expect(out).toContain('### Fix\n');
    expect(out.endsWith('- `depgate.yml`\n')).toBe(true);
  });

  test('once findings are cut, the collapsed ignored rows are left out too, and counted', () => {
    const ignored = numberedFindings(4, 'error', 60).map((f) => ({ ...f, ignored: { reason: 'known' } }));
    const out = renderSummaryMarkdown(makeReport({ findings: [...numberedFindings(50, 'error'), ...ignored] }), { maxBytes: 3000 });
    expect(utf8Bytes(out)).toBeLessThanOrEqual(3000);
    expect(out).toContain(
      '\n<details><summary>4 ignored findings</summary>\n\n| Code | Package | Where | Reason |\n| --- | --- | --- | --- |\n\n' +
        '> ⚠️ 4 more ignored findings not shown here: GitHub limits a job summary to 1 MiB. The JSON report lists every finding.\n\n</details>\n\n### Fix\n',
    );
  });

  test('a report of 3,000 long findings stays under 1 MiB', () => {
    const findings = numberedFindings(3000, 'error').map((f) => ({ ...f, message: `${f.message}: ${'é'.repeat(400)}` }));
    const out = renderSummaryMarkdown(makeReport({ findings }));
    const bytes = utf8Bytes(out);
    expect(bytes).toBeLessThanOrEqual(MAX_JOB_SUMMARY_BYTES);
    expect(bytes).toBeGreaterThan(MAX_JOB_SUMMARY_BYTES - 2000);
    const shown = out.split('\n').filter((line) => line.startsWith('| DG002 ')).length;
    expect(out).toContain(`> ⚠️ ${3000 - shown} more findings not shown here`);
    expect(out.endsWith('- `depgate.yml`\n')).toBe(true);
  });

  test('cuts even a summary whose fixed parts alone are too large', () => {
    const out = renderSummaryMarkdown(makeReport({ findings: [], sources: Array.from({ length: 300 }, (_, i) => `dir/req-${i}.txt`) }), {
      maxBytes: 1000,
    });
    expect(utf8Bytes(out)).toBeLessThanOrEqual(1000);
    expect(out.endsWith(
      '\n\n> ⚠️ The rest of this summary is not shown here: GitHub limits a job summary to 1 MiB. The JSON report lists every finding.\n',
    )).toBe(true);
  });
});

describe('a long summary: notices and ignored findings collapse first', () => {
  const errors = numberedFindings(40, 'error');
  const warnings = numberedFindings(5, 'warning', 41);
  const notices = numberedFindings(6, 'notice', 46);
  const ignored = numberedFindings(2, 'error', 52).map((f) => ({ ...f, ignored: { reason: 'pinned upstream' } }));

  test(`up to ${MAX_EXPANDED_SUMMARY_ROWS} rows, notices stay in the one table and nothing is collapsed`, () => {
    const findings = [...errors, ...warnings, ...notices.slice(0, 5)];
    expect(findings).toHaveLength(MAX_EXPANDED_SUMMARY_ROWS);
    const out = renderSummaryMarkdown(makeReport({ findings }));
    expect(out).not.toContain('<details>');
    expect(out).toContain('\n| DG101 | notice | pkg50 | — | — | `requirements.txt:50` | pkg50 is wrong |  |\n\n### Fix\n');
    expect(MAX_EXPANDED_SUMMARY_ROWS).toBe(50);
  });

  test('past it, errors and warnings keep the open table; notices, then ignored findings, fold into <details>', () => {
    const out = renderSummaryMarkdown(makeReport({ findings: [...errors, ...warnings, ...notices, ...ignored] }));
    expect(out).toContain(
      '| DG002 | warning | pkg45 | — | — | `requirements.txt:45` | pkg45 is wrong |  |\n' +
        '\n' +
        '<details><summary>6 notices (not blocking)</summary>\n' +
        '\n' +
        '| Code | Severity | Package | Required | Found | Where | Message | Fix |\n' +
        '| --- | --- | --- | --- | --- | --- | --- | --- |\n' +
        '| DG101 | notice | pkg46 | — | — | `requirements.txt:46` | pkg46 is wrong |  |\n' +
        '| DG101 | notice | pkg47 | — | — | `requirements.txt:47` | pkg47 is wrong |  |\n' +
        '| DG101 | notice | pkg48 | — | — | `requirements.txt:48` | pkg48 is wrong |  |\n' +
        '| DG101 | notice | pkg49 | — | — | `requirements.txt:49` | pkg49 is wrong |  |\n' +
        '| DG101 | notice | pkg50 | — | — | `requirements.txt:50` | pkg50 is wrong |  |\n' +
        '| DG101 | notice | pkg51 | — | — | `requirements.txt:51` | pkg51 is wrong |  |\n' +
        '\n' +
        '</details>\n' +
        '\n' +
        '<details><summary>2 ignored findings</summary>\n' +
        '\n' +
        '| Code | Package | Where | Reason |\n' +
        '| --- | --- | --- | --- |\n' +
        '| DG002 | pkg52 | `requirements.txt:52` | pinned upstream |\n' +
        '| DG002 | pkg53 | `requirements.txt:53` | pinned upstream |\n' +
        '\n' +
        '</details>\n' +
        '\n' +
        '### Fix\n',
    );
    const openRows = out.slice(0, out.indexOf('<details>')).split('\n').filter((line) => line.startsWith('| DG002 '));
    expect(openRows).toHaveLength(45);
    expect(out).not.toContain('### Ignored');
  });

  test('a short report over the byte limit collapses before it cuts', () => {
    const findings = [...numberedFindings(3, 'error'), ...numberedFindings(30, 'notice', 4)];
    const full = renderSummaryMarkdown(makeReport({ findings }));
    expect(full).not.toContain('<details>');
    const out = renderSummaryMarkdown(makeReport({ findings }), { maxBytes: utf8Bytes(full) - 1 });
    expect(out).toContain('\n<details><summary>30 notices (not blocking)</summary>\n');
    expect(out.split('\n').filter((line) => line.startsWith('| DG002 '))).toHaveLength(3);
  });

  test('5,000 findings with long messages: under 1 MiB, the most severe shown, every cut counted, the fix and sources kept', () => {
    const long = (f: Finding): Finding => ({ ...f, message: `${f.message}: ${'é<'.repeat(700)}`, fix: `pip install '${f.name}>=1'` });
    const findings = [
      ...numberedFindings(1500, 'error').map(long),
      ...numberedFindings(500, 'warning', 1501).map(long),
      ...numberedFindings(2990, 'notice', 2001).map(long),
      ...numberedFindings(10, 'error', 4991).map((f) => ({ ...long(f), ignored: { reason: 'known' } })),
    ];
    expect(findings).toHaveLength(5000);
    const out = renderSummaryMarkdown(makeReport({ findings }));
    const bytes = utf8Bytes(out);
    expect(bytes).toBeLessThanOrEqual(MAX_JOB_SUMMARY_BYTES);
    expect(bytes).toBeGreaterThan(MAX_JOB_SUMMARY_BYTES - 5000);
    const shown = out.split('\n').filter((line) => line.startsWith('| DG002 | error '));
    expect(shown.length).toBeGreaterThan(100);
    expect(shown.length).toBeLessThan(1500);
    expect(shown[0]).toContain('| pkg01 |');
    expect(shown[shown.length - 1]).toContain(`| pkg${shown.length} |`);
    // Every cell was capped: a row is at most eight cells of 1,000 characters.
    expect(Math.max(...shown.map((row) => Array.from(row).length))).toBeLessThan(8 * 1000 + 100);
    expect(out).toContain(`\n> ⚠️ ${2000 - shown.length} more findings not shown here: GitHub limits a job summary to 1 MiB. The JSON report lists every finding.\n`);
    expect(out).toContain('\n<details><summary>2990 notices (not blocking)</summary>\n\n| Code | Severity | Package | Required | Found | Where | Message | Fix |\n| --- | --- | --- | --- | --- | --- | --- | --- |\n\n> ⚠️ 2990 more notices not shown here');
    expect(out).toContain('\n<details><summary>10 ignored findings</summary>\n');
    expect(out.match(/<details>/g)).toHaveLength(2);
    expect(out.match(/<\/details>/g)).toHaveLength(2);
    expect(out.endsWith('### Fix\n\n```sh\n/venv/bin/python -m pip install \'SQLAlchemy>=2.1\' \'psycopg2>=2.9\'\n```\n\n### Sources\n\n- `requirements.txt`\n- `depgate.yml`\n')).toBe(true);
  });

  test('a hostile message cannot close the <details> block', () => {
    const evil = numberedFindings(60, 'notice').map((f) => ({ ...f, message: '</details><details open><summary>x</summary>' }));
    const out = renderSummaryMarkdown(makeReport({ findings: evil }));
    expect(out.match(/<\/details>/g)).toHaveLength(1);
    expect(out).toContain('&lt;/details&gt;&lt;details open&gt;');
  });
});

describe('markdown escaping helpers', () => {
  test('markdownText escapes HTML, table pipes, Markdown punctuation and keeps lines in the cell', () => {
    expect(markdownText('a<b>&c|d\r\ne_f`g\\h')).toBe('a&lt;b&gt;&amp;c\\|d<br>e\\_f\\`g\\\\h');
  });

  test('codeSpan picks a fence longer than any backtick run and pads an edge backtick', () => {
    expect(codeSpan('pip install x')).toBe('`pip install x`');
    expect(codeSpan('a `b` c')).toBe('``a `b` c``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
    expect(codeSpan('a``b')).toBe('```a``b```');
    expect(codeSpan(' a ')).toBe('`  a  `');
    expect(codeSpan('a|b', { inTable: true })).toBe('`a\\|b`');
    expect(codeSpan('a|b')).toBe('`a|b`');
    expect(codeSpan('one\ntwo')).toBe('`one two`');
  });

  test('a finding without name or position still renders a row', () => {
    const out = renderSummaryMarkdown(makeReport({ findings: [finding({ code: 'DG005', kind: 'runtime-missing', name: '', message: 'no python' })] }));
    expect(out).toContain('\n| DG005 | error |  | — | — | — | no python |  |\n');
  });

  test('the missing driver row keeps its position even when the report has only it', () => {
    const out = renderSummaryMarkdown(makeReport({ findings: [PSYCOPG2_MISSING] }));
    expect(out.split('\n')[0]).toBe('## ❌ depgate: 1 error blocks this merge');
  });
});
