/** The progress bar's ETA: plain durations, never "NULL" or "INF" before a rate is known. */
import { describe, expect, it } from 'vitest';
import { formatEta } from '../../src/batch/progress.js';

describe('formatEta', () => {
  it('formats seconds, minutes and hours', () => {
    expect(formatEta(0)).toBe('0s');
    expect(formatEta(42.4)).toBe('42s');
    expect(formatEta(184)).toBe('3m 04s');
    expect(formatEta(7500)).toBe('2h 05m');
  });
  it('shows an ellipsis while there is no rate yet', () => {
    expect(formatEta(Infinity)).toBe('…');
    expect(formatEta(NaN)).toBe('…');
  });
});
