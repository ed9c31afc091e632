/**
 * The stopword share behind the language guess (src/metadata/language.ts): all the lists read in
 * one lookup per word, compared with the definition (each list's share of the words, the first
 * list on a tie) over random samples of words from several lists; and the build-time snapshot
 * of the lists against the package.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guessLanguage, loadStopwordLists, mostStopwords, stopwordLists, stopwords, words, type LanguageCode } from '../../src/metadata/language.js';

function byDefinition(ws: readonly string[]): { lang: LanguageCode | null; share: number } {
  let lang: LanguageCode | null = null;
  let share = 0;
  for (const [code, set] of stopwords()) {
    const s = ws.filter((w) => set.has(w)).length / ws.length;
    if (s > share) [lang, share] = [code, s];
  }
  return { lang, share };
}

describe('mostStopwords', () => {
  it('names the language with the largest stopword share', () => {
    expect(mostStopwords('the council said that it would meet on monday'.split(' ')).lang).toBe('en');
    expect(mostStopwords('der rat sagte dass er am montag wieder tagen werde'.split(' ')).lang).toBe('de');
    expect(mostStopwords(['harbour', 'gazette'])).toEqual({ lang: null, share: 0 });
    expect(guessLanguage('Le conseil a dit qu’il se réunirait lundi pour voter le budget de la ville et les travaux du port, mais les habitants ne sont pas tous d’accord avec le projet.')).toBe('fr');
  });

  it('gives the same language and share as counting each list apart', () => {
    const pool = ['the', 'and', 'der', 'und', 'le', 'la', 'de', 'el', 'il', 'het', 'w', 'i', 'a', 'o', 'en', 'och', 'og', 'ja', 'harbour', 'council', 'montag', 'zł', 'że', 'és', 'на', 'και'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 60 }), (ws) => {
        expect(mostStopwords(ws)).toEqual(byDefinition(ws));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('words', () => {
  const byPattern = (text: string, limit: number) => (text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []).slice(0, limit);

  it('reads runs of letters with one inner apostrophe, lower-cased, up to the limit', () => {
    expect(words("L'homme don't O'Neil's 42 Zürich—Łódź", 10)).toEqual(["l'homme", "don't", "o'neil", 's', 'zürich', 'łódź']);
    expect(words('one two three', 2)).toEqual(['one', 'two']);
  });

  it('gives what the pattern matches, over random text of letters, marks, apostrophes and other characters', () => {
    const parts = ['a', 'Z', 'é', 'e\u0301', 'ß', 'Σ', 'ς', 'İ', 'ж', 'ع', '東', '𠀋', '𝒜', '😀', '\ud800', '\udc00', "'", '’', '-', ' ', '1', '.', '\u00a0'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), fc.integer({ min: 0, max: 12 }), (xs, limit) => {
        const text = xs.join('');
        expect(words(text, limit)).toEqual(byPattern(text, limit));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the stopword lists read from the build-time snapshot', () => {
  it('are the stopword package’s lists of the languages used, in order', () => {
    const built = join(import.meta.dirname, '../../dist/metadata/stopwords.snapshot.json');
    expect(loadStopwordLists(built)).toEqual(stopwordLists());
    expect(stopwordLists().map(([code]) => code)).toEqual([...stopwords().keys()]);
    expect(stopwordLists().every(([, words]) => words.length > 20)).toBe(true);
  });

  it('a missing snapshot, or one for other languages, means reading the package', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ae-stopwords-'));
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ key: 'en,de', lists: [['en', ['the']], ['de', ['der']]] }));
    expect(loadStopwordLists(other)).toEqual(stopwordLists());
    expect(loadStopwordLists(join(dir, 'missing.json'))).toEqual(stopwordLists());
  });
});
