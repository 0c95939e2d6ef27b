import { describe, expect, test } from '@jest/globals';
import { renderFindingsOutput } from '../../src/report/github.js';
import { renderFindingsJson } from '../../src/report/json.js';
import { numberedFindings } from '../report/fixture.js';

describe('renderFindingsOutput', () => {
  test('the whole array when it fits', () => {
    const findings = numberedFindings(3, 'error');
    expect(renderFindingsOutput(findings, '/tmp/r.json')).toBe(renderFindingsJson(findings));
  });

  test('over the limit: the first findings that fit, then an entry that says how many more and where', () => {
    const findings = numberedFindings(10, 'error');
    const one = renderFindingsJson(findings.slice(0, 1)).length - 2;
    const output = renderFindingsOutput(findings, '/tmp/r.json', 3 * one + 100);
    const parsed = JSON.parse(output) as Record<string, unknown>[];
    expect(output.length).toBeLessThanOrEqual(3 * one + 100);
    expect(parsed.slice(0, -1)).toEqual(JSON.parse(renderFindingsJson(findings.slice(0, 3))));
    expect(parsed[parsed.length - 1]).toEqual({ truncated: true, omitted: 7, report: '/tmp/r.json' });
  });

  test('not even one finding fits: only the truncation entry', () => {
    expect(JSON.parse(renderFindingsOutput(numberedFindings(2, 'error'), '/r.json', 80))).toEqual([{ truncated: true, omitted: 2, report: '/r.json' }]);
  });

  test('at the real limit (1 MB) with 20,000 findings: valid JSON under 1 MB, counted in UTF-8 bytes', () => {
    const findings = numberedFindings(20_000, 'error').map((f) => ({ ...f, message: `${f.name} — ünïcödé ${'x'.repeat(40)}` }));
    const output = renderFindingsOutput(findings, '/r.json');
    expect(Buffer.byteLength(output, 'utf8')).toBeLessThanOrEqual(1024 * 1024);
    const parsed = JSON.parse(output) as { truncated?: boolean; omitted?: number }[];
    const marker = parsed[parsed.length - 1];
    expect(marker.truncated).toBe(true);
    expect(parsed.length - 1 + marker.omitted!).toBe(20_000);
    // As many as fit: one more would not.
    const kept = parsed.length - 1;
    const withOneMore = `${renderFindingsJson(findings.slice(0, kept + 1)).slice(0, -1)},${JSON.stringify({ truncated: true, omitted: 20_000 - kept - 1, report: '/r.json' })}]`;
    expect(Buffer.byteLength(withOneMore, 'utf8')).toBeGreaterThan(1024 * 1024);
  });
});
