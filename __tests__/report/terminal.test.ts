import { describe, expect, test } from '@jest/globals';
import { MAX_TERMINAL_CELL_CHARS, renderTerminal } from '../../src/report/terminal.js';
import { finding, makeReport } from './fixture.js';

const ESC = '\u001b';

describe('renderTerminal', () => {
  test('prints an aligned table, messages on their own lines, the fix and the verdict', () => {
    expect(renderTerminal(makeReport(), { color: false })).toBe(
      [
        'Python 3.12.3 at /venv/bin/python (requested .venv/bin/python, from ./.venv; prefix /venv)',
        '',
        'CODE   SEVERITY  PACKAGE     REQUIRED  FOUND   WHERE',
        'DG002  error     SQLAlchemy  >=2.1     2.0.54  requirements.txt:3',
        '       SQLAlchemy 2.0.54 is installed, but requirements.txt requires >=2.1',
        'DG001  error     psycopg2    >=2.9     —       requirements.txt:4',
        '       psycopg2 is declared in requirements.txt but not installed',
        'DG003  error     lxml        any       5.2.1   requirements.txt:5',
        '       import lxml failed: ImportError: libxml2.so.2: cannot open shared object file: No such file or directory',
        "       reproduce: /venv/bin/python -c 'import lxml'",
        'DG101  notice    pywin32     >=306     —       requirements.txt:6',
        '       pywin32 is skipped: its marker sys_platform == "win32" is false here',
        '',
        'Ignored:',
        '  DG002  urllib3  requirements.txt:7  pinned by boto until 2027',
        '',
        'Fix:',
        "  /venv/bin/python -m pip install 'SQLAlchemy>=2.1' 'psycopg2>=2.9'",
        '',
        'Read: requirements.txt, depgate.yml',
        '✖ gate failed: 3 errors, 1 notice, 1 ignored',
        '',
      ].join('\n'),
    );
  });

  test('with color false there is no escape code at all, even from a hostile message', () => {
    const hostile = finding({
      code: 'DG003',
      kind: 'import-failed',
      name: `evil${ESC}[2J`,
      message: `ImportError: ${ESC}[31mred${ESC}[0m\u009b2J and a bell\u0007`,
      fix: `python -c 'import evil' ${ESC}]0;title\u0007`,
    });
    const out = renderTerminal(makeReport({ findings: [hostile] }), { color: false });
    expect(out).not.toMatch(/[\u001b\u0007\u009b]/);
    expect(out).toContain('\n       ImportError: [31mred [0m 2J and a bell\n');
  });

  test('with color true, codes are coloured by severity and the verdict by outcome', () => {
    const out = renderTerminal(makeReport(), { color: true });
    expect(out).toContain(`${ESC}[31mDG002${ESC}[0m  error     SQLAlchemy`);
    expect(out).toContain(`${ESC}[36mDG101${ESC}[0m  notice`);
    expect(out).toContain(`${ESC}[1mCODE   SEVERITY  PACKAGE     REQUIRED  FOUND   WHERE${ESC}[0m`);
    expect(out.endsWith(`${ESC}[31m✖ gate failed: 3 errors, 1 notice, 1 ignored${ESC}[0m\n`)).toBe(true);
  });

  test('a clean report says how many requirements were checked', () => {
    const out = renderTerminal(makeReport({ findings: [], checked: 14, fixes: [] }), { color: true });
    expect(out).toBe(
      `${ESC}[2mPython 3.12.3 at /venv/bin/python (requested .venv/bin/python, from ./.venv; prefix /venv)${ESC}[0m\n\n` +
        `${ESC}[2mRead: requirements.txt, depgate.yml${ESC}[0m\n` +
        `${ESC}[32m✔ gate passed: 14 requirements checked${ESC}[0m\n`,
    );
  });

  test('warn mode says the errors do not block', () => {
    const out = renderTerminal(makeReport({ mode: 'warn', environment: {} }), { color: false });
    expect(out.endsWith('\n⚠ not blocking (warn mode): 3 errors, 1 notice, 1 ignored\n')).toBe(true);
    expect(out.startsWith('CODE ')).toBe(true);
  });

  test('a very long cell is cut with an ellipsis so the columns stay together', () => {
    const name = `very-long-${'x'.repeat(100)}`;
    const out = renderTerminal(makeReport({ findings: [finding({ code: 'DG001', kind: 'missing', name, message: 'missing' })], fixes: [] }), {
      color: false,
    });
    const row = out.split('\n').find((line) => line.startsWith('DG001'));
    const cell = `very-long-${'x'.repeat(MAX_TERMINAL_CELL_CHARS - 11)}…`;
    expect(row).toBe(`DG001  error     ${cell}  —         —      —`);
  });

  test('a multi-line message keeps each line, indented under its row', () => {
    const out = renderTerminal(
      makeReport({ findings: [finding({ code: 'DG011', kind: 'command-failed', name: 'import app', message: 'exit 1\nTraceback: boom' })], fixes: [] }),
      { color: false },
    );
    expect(out).toContain('\n       exit 1\n       Traceback: boom\n');
  });

  test('a DG001 fix is not repeated under its row when the combined fix covers it', () => {
    const out = renderTerminal(makeReport(), { color: false });
    expect(out).not.toContain("fix: /venv/bin/python -m pip install 'psycopg2>=2.9'");
    const alone = renderTerminal(makeReport({ fixes: [] }), { color: false });
    expect(alone).toContain("\n       fix: /venv/bin/python -m pip install 'psycopg2>=2.9'\n");
  });
});
