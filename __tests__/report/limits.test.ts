import { describe, expect, test } from '@jest/globals';
import { fitUtf8Bytes, MAX_JOB_SUMMARY_BYTES, utf8Bytes } from '../../src/report/limits.js';

describe('fitUtf8Bytes', () => {
  test('leaves text that fits unchanged', () => {
    expect(fitUtf8Bytes('abc', 3)).toBe('abc');
  });

  test('cuts on a character boundary, counting the marker', () => {
    // "é" is 2 bytes, "…" 3: 7 bytes leave room for two "é" and the marker.
    expect(fitUtf8Bytes('éééé', 7)).toBe('éé…');
    expect(utf8Bytes(fitUtf8Bytes('éééé', 7))).toBe(7);
  });

  test('never splits a surrogate pair', () => {
    expect(fitUtf8Bytes('😀😀😀', 9, '.')).toBe('😀😀.');
    expect(fitUtf8Bytes('😀😀😀', 8, '.')).toBe('😀.');
  });

  test('gives nothing when even the marker does not fit', () => {
    expect(fitUtf8Bytes('abcdef', 2, '...')).toBe('');
  });

  test('the job summary limit is 1 MiB', () => {
    expect(MAX_JOB_SUMMARY_BYTES).toBe(1_048_576);
  });
});
