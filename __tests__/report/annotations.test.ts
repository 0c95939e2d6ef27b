import { describe, expect, test } from '@jest/globals';
import { escapeData, escapeProperty, renderWorkflowCommands } from '../../src/report/annotations.js';
import {
  MAX_ERROR_ANNOTATIONS_PER_STEP,
  MAX_NOTICE_ANNOTATIONS_PER_STEP,
  MAX_WARNING_ANNOTATIONS_PER_STEP,
} from '../../src/report/limits.js';
import { finding, makeReport, numberedFindings, URLLIB3_IGNORED } from './fixture.js';

describe('renderWorkflowCommands', () => {
  test('annotates each finding at its manifest line, most severe first, ignored ones never', () => {
    expect(renderWorkflowCommands(makeReport())).toEqual([
      "::error file=requirements.txt,line=3,col=1,title=DG002 version-mismatch%3A SQLAlchemy::SQLAlchemy 2.0.54 is installed, but requirements.txt requires >=2.1. Fix: /venv/bin/python -m pip install 'SQLAlchemy>=2.1'",
      "::error file=requirements.txt,line=4,col=1,title=DG001 missing%3A psycopg2::psycopg2 is declared in requirements.txt but not installed. Fix: /venv/bin/python -m pip install 'psycopg2>=2.9'",
      "::error file=requirements.txt,line=5,col=1,title=DG003 import-failed%3A lxml::import lxml failed: ImportError: libxml2.so.2: cannot open shared object file: No such file or directory. Reproduce: /venv/bin/python -c 'import lxml'",
      '::notice file=requirements.txt,line=6,col=1,title=DG101 skipped%3A pywin32::pywin32 is skipped: its marker sys_platform == "win32" is false here',
    ]);
  });

  test('escapes data and property values exactly as @actions/core does', () => {
    const report = makeReport({
      findings: [
        finding({
          code: 'DG003',
          kind: 'import-failed',
          name: 'weird:name,1',
          file: 'deps/a,b:c.txt',
          line: 2,
          column: 5,
          message: 'first line\nsecond: 100% broken, really\r',
        }),
      ],
    });
    expect(renderWorkflowCommands(report)).toEqual([
      '::error file=deps/a%2Cb%3Ac.txt,line=2,col=5,title=DG003 import-failed%3A weird%3Aname%2C1::first line%0Asecond: 100%25 broken, really%0D',
    ]);
  });

  test('escapes % before the other characters, so an escape is never escaped twice', () => {
    expect(escapeData('%0A\n')).toBe('%250A%0A');
    expect(escapeProperty('50%:a,b\r\n')).toBe('50%25%3Aa%2Cb%0D%0A');
  });

  test('warn mode shows errors as warnings, except DG100 which still blocks', () => {
    const report = makeReport({
      mode: 'warn',
      findings: [
        finding({ code: 'DG100', kind: 'spec-error', name: '', file: 'depgate.yml', line: 7, column: 3, message: 'unknown key "pakages"' }),
        finding({ code: 'DG002', name: 'SQLAlchemy', file: 'requirements.txt', line: 3, column: 1, message: 'too old' }),
      ],
    });
    expect(renderWorkflowCommands(report)).toEqual([
      '::error file=depgate.yml,line=7,col=3,title=DG100 spec-error::unknown key "pakages"',
      '::warning file=requirements.txt,line=3,col=1,title=DG002 version-mismatch%3A SQLAlchemy::too old',
    ]);
  });

  test('gives a position only when it is known: no file, no position; no line, no column', () => {
    const report = makeReport({
      findings: [
        finding({ code: 'DG005', kind: 'runtime-missing', name: 'python', message: 'no interpreter at .venv/bin/python' }),
        finding({ code: 'DG002', name: 'attrs', file: 'pyproject.toml', column: 4, message: 'too old' }),
      ],
    });
    expect(renderWorkflowCommands(report)).toEqual([
      '::error title=DG005 runtime-missing%3A python::no interpreter at .venv/bin/python',
      '::error file=pyproject.toml,title=DG002 version-mismatch%3A attrs::too old',
    ]);
  });

  test('with 25 errors and 12 warnings, annotates 10 of each and ends with one notice counting the rest', () => {
    const findings = [...numberedFindings(25, 'error', 1), ...numberedFindings(12, 'warning', 26)];
    const lines = renderWorkflowCommands(makeReport({ findings }));
    expect(MAX_ERROR_ANNOTATIONS_PER_STEP).toBe(10);
    expect(MAX_WARNING_ANNOTATIONS_PER_STEP).toBe(10);
    expect(lines).toHaveLength(21);
    expect(lines[0]).toBe('::error file=requirements.txt,line=1,col=1,title=DG002 version-mismatch%3A pkg01::pkg01 is wrong');
    expect(lines[9]).toBe('::error file=requirements.txt,line=10,col=1,title=DG002 version-mismatch%3A pkg10::pkg10 is wrong');
    expect(lines[10]).toBe('::warning file=requirements.txt,line=26,col=1,title=DG002 version-mismatch%3A pkg26::pkg26 is wrong');
    expect(lines[19]).toBe('::warning file=requirements.txt,line=35,col=1,title=DG002 version-mismatch%3A pkg35::pkg35 is wrong');
    expect(lines[20]).toBe(
      '::notice::depgate: 15 errors and 2 warnings were not annotated (GitHub shows at most 10 annotations of each severity per step); every finding is in the job summary and the JSON report.',
    );
  });

  test('keeps a notice place for the overflow notice when the notices themselves overflow', () => {
    const findings = [...numberedFindings(3, 'error', 1), ...numberedFindings(11, 'notice', 4)];
    const lines = renderWorkflowCommands(makeReport({ findings }));
    const notices = lines.filter((l) => l.startsWith('::notice'));
    expect(notices).toHaveLength(MAX_NOTICE_ANNOTATIONS_PER_STEP);
    expect(lines).toHaveLength(3 + 9 + 1);
    expect(lines[11]).toBe('::notice file=requirements.txt,line=12,col=1,title=DG101 skipped%3A pkg12::pkg12 is wrong');
    expect(lines[12]).toBe(
      '::notice::depgate: 2 notices were not annotated (GitHub shows at most 10 annotations of each severity per step); every finding is in the job summary and the JSON report.',
    );
  });

  test('exactly 10 notices all fit, with no overflow notice', () => {
    const lines = renderWorkflowCommands(makeReport({ findings: numberedFindings(10, 'notice') }));
    expect(lines).toHaveLength(10);
    expect(lines[9]).toBe('::notice file=requirements.txt,line=10,col=1,title=DG101 skipped%3A pkg10::pkg10 is wrong');
  });

  test('errors overflowing takes the tenth notice place for the overflow notice', () => {
    const findings = [...numberedFindings(11, 'error', 1), ...numberedFindings(10, 'notice', 12)];
    const lines = renderWorkflowCommands(makeReport({ findings }));
    expect(lines).toHaveLength(10 + 9 + 1);
    expect(lines[19]).toBe(
      '::notice::depgate: 1 error and 1 notice were not annotated (GitHub shows at most 10 annotations of each severity per step); every finding is in the job summary and the JSON report.',
    );
  });

  test('says "was" for one finding left out, and ignored findings count neither way', () => {
    const ignored = numberedFindings(20, 'error', 30).map((f) => ({ ...f, ignored: { reason: 'known' } }));
    const findings = [...numberedFindings(11, 'error', 1), ...ignored, URLLIB3_IGNORED];
    const lines = renderWorkflowCommands(makeReport({ findings }));
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe(
      '::notice::depgate: 1 error was not annotated (GitHub shows at most 10 annotations of each severity per step); every finding is in the job summary and the JSON report.',
    );
  });

  test('warn mode counts downgraded errors against the warning limit', () => {
    const lines = renderWorkflowCommands(makeReport({ mode: 'warn', findings: numberedFindings(12, 'error') }));
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines[10]).toBe(
      '::notice::depgate: 2 warnings were not annotated (GitHub shows at most 10 annotations of each severity per step); every finding is in the job summary and the JSON report.',
    );
  });

  test('keeps the error places the caller reserves (the action\'s setFailed line) within the limit', () => {
    const lines = renderWorkflowCommands(makeReport({ findings: numberedFindings(10, 'error') }), { reservedErrorSlots: 1 });
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(9);
    expect(lines[9]).toBe(
      '::notice::depgate: 1 error was not annotated (GitHub shows at most 10 annotations of each severity per step); every finding is in the job summary and the JSON report.',
    );
    expect(renderWorkflowCommands(makeReport({ findings: numberedFindings(9, 'error') }), { reservedErrorSlots: 1 })).toHaveLength(9);
  });

  test('keeps the warning places taken by warnings printed before (a missing permission)', () => {
    const lines = renderWorkflowCommands(makeReport({ mode: 'warn', findings: numberedFindings(10, 'error') }), { reservedWarningSlots: 1 });
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(9);
    expect(lines[9]).toBe(
      '::notice::depgate: 1 warning was not annotated (GitHub shows at most 10 annotations of each severity per step); every finding is in the job summary and the JSON report.',
    );
  });

  test('a report without findings gives no command at all', () => {
    expect(renderWorkflowCommands(makeReport({ findings: [] }))).toEqual([]);
  });

  test('cuts a title to the 255 characters the Checks API keeps', () => {
    const name = 'x'.repeat(400);
    const [line] = renderWorkflowCommands(makeReport({ findings: [finding({ code: 'DG001', kind: 'missing', name, message: 'm' })] }));
    const title = /title=([^:]*)::/.exec(line)?.[1] ?? '';
    const decoded = title.replace(/%3A/g, ':');
    expect(Array.from(decoded)).toHaveLength(255);
    expect(decoded.startsWith('DG001 missing: xxx')).toBe(true);
    expect(decoded.endsWith('x…')).toBe(true);
  });

  test('a message that already ends a sentence is not given a second full stop', () => {
    const [line] = renderWorkflowCommands(
      makeReport({ findings: [finding({ code: 'DG001', kind: 'missing', name: 'a', message: 'a is missing.', fix: 'pip install a' })] }),
    );
    expect(line).toBe('::error title=DG001 missing%3A a::a is missing. Fix: pip install a');
  });
});

describe('agreement with @actions/core', () => {
  // Property order differs (core writes title first); the runner reads properties by name.
  function parse(line: string): { name: string; properties: Record<string, string>; message: string } {
    const match = /^::(\w+)(?: ([^:]*))?::(.*)$/s.exec(line.replace(/\n$/, ''));
    if (match === null) throw new Error(`not a workflow command: ${line}`);
    const properties = Object.fromEntries((match[2] ?? '').split(',').filter(Boolean).map((p) => p.split('=', 2) as [string, string]));
    return { name: match[1], properties, message: match[3] };
  }

  test('writes the same command, properties and message bytes as core.error', async () => {
    const core = await import('@actions/core');
    const hostile = finding({
      code: 'DG003',
      kind: 'import-failed',
      name: 'we:ird,pkg%',
      file: 'sub dir/req,1:2.txt',
      line: 12,
      column: 3,
      message: 'ImportError: 100% bad\r\nnext: line, with comma',
    });
    const [ours] = renderWorkflowCommands(makeReport({ findings: [hostile] }));

    const written: string[] = [];
    const original = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((chunk: string) => {
      written.push(String(chunk));
      return true;
    }) as typeof process.stdout.write;
    try {
      core.error(hostile.message, {
        title: 'DG003 import-failed: we:ird,pkg%',
        file: hostile.file,
        startLine: hostile.line,
        startColumn: hostile.column,
      });
    } finally {
      process.stdout.write = original;
    }
    expect(parse(ours)).toEqual(parse(written.join('')));
  });
});
