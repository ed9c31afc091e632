/**
 * The word count of the text path (src/text/stats.ts), counted in one pass: the same number as
 * splitting at whitespace and keeping the tokens with a letter or digit, CJK characters counted
 * apart (two to a word). Compared with that definition, written out here, over every code point
 * and over random text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_CJK, wordCount } from '../../src/text/stats.js';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
function byDefinition(text: string): number {
  const cjk = (text.match(CJK) ?? []).length;
  const spaced = text.replace(CJK, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + Math.round(cjk / 2);
}

describe('wordCount', () => {
  it('counts words, numbers and CJK text', () => {
    expect(wordCount('  The council met on 12 May.  ')).toBe(6);
    expect(wordCount('— | • 42 —')).toBe(1);
    expect(wordCount('Zwölf Äpfel\u00a0und\u2003Birnen')).toBe(4);
    expect(wordCount('東京都の会議')).toBe(3);
    expect(wordCount('')).toBe(0);
  });

  it('no code point below FIRST_CJK is Han, Hiragana or Katakana', () => {
    const found: number[] = [];
    for (let c = 0; c < FIRST_CJK; c++) if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u.test(String.fromCodePoint(c))) found.push(c);
    expect(found).toEqual([]);
  });

  it('every code point, alone and between words, as the definition counts it', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x110000; c += c < 0x3400 ? 1 : 61) {
      const ch = String.fromCodePoint(c);
      for (const text of [ch, `a${ch}b`, `${ch} x`, `1 ${ch}${ch}`]) if (wordCount(text) !== byDefinition(text)) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });

  it('random text of letters, digits, spaces, punctuation, CJK, emoji and lone surrogates', () => {
    const parts = ['a', 'Z', '9', ' ', '\t', '\n', '\u00a0', '\u3000', '\ufeff', '-', '.', '’', 'é', 'ß', 'Σ', 'ж', 'ع', '東', 'の', 'カ', '한', '😀', '\ud800', '\udc00', '𠀋', '١', '_'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), (xs) => {
        const text = xs.join('');
        expect(wordCount(text)).toBe(byDefinition(text));
      }),
      { numRuns: 2000 },
    );
  });
});
