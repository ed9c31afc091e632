/** Word spans of the quote steps (src/quotes/word-spans.ts) against the pattern they stand for. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordSpans } from '../../src/quotes/word-spans.js';

const byPattern = (s: string) => [...s.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu)].map((m) => [m.index!, m.index! + m[0].length]);

describe('wordSpans', () => {
  it('words with their inner apostrophes, periods and hyphens', () => {
    const s = '“It’s done,” Mr. O’Neil said of the U.S.-based firm — 42 times.';
    expect(wordSpans(s).map(([a, b]) => s.slice(a, b))).toEqual(['It’s', 'done', 'Mr.', 'O’Neil', 'said', 'of', 'the', 'U.S.-based', 'firm', '42', 'times.']);
  });

  it('gives what the pattern matches, over random text of letters, digits, marks, joiners and other characters', () => {
    const parts = ['a', 'Z', '7', '٣', 'é', 'e\u0301', 'Σ', 'ж', '東', '𠀋', '𝒜', '😀', '\ud800', '\udc00', "'", '’', '.', '-', '—', ' ', ',', '"', '\u00a0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), (xs) => {
        const s = xs.join('');
        expect(wordSpans(s)).toEqual(byPattern(s));
      }),
      { numRuns: 3000 },
    );
  });
});
