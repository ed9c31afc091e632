/**
 * Folded rule patterns (src/rules/case-fold.ts): a case-insensitive pattern compiled lower-cased
 * without the `i` flag and tested on the lower-cased line must give the answer the pattern as
 * written gives, for every pattern of the boilerplate and block tables, over the rule corpus
 * (test/rule-corpus.ts: the tables' own vocabulary in several letter cases, fixture texts) and random lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchBoilerplate, matchBoilerplatePlain } from '../../src/rules/boilerplate.js';
import { FOLD_MERGES, foldLine, foldPattern } from '../../src/rules/case-fold.js';
import { Prefilters } from '../../src/rules/prefilter.js';
import { asLine, CORPUS, ENGLISH, PATTERNS, VOCABULARY, variants } from '../rule-corpus.js';

/** The written pattern's answer and the folded one's (as the tables' tester runs it) for a line. */
function answers(pattern: RegExp, folded: RegExp, line: string): [boolean, boolean] {
  const lower = foldLine(line);
  return [pattern.test(line), lower === null ? pattern.test(line) : folded.test(lower)];
}

describe('foldPattern', () => {
  it('lower-cases the literal letters and drops the i flag, keeping escapes, property names and group names', () => {
    expect(foldPattern(/^(?:Weitere Artikel|À LIRE)\s*:?\S$/iu)).toEqual(/^(?:weitere artikel|à lire)\s*:?\S$/u);
    expect(foldPattern(/(?<![\p{L}\p{N}])(?<Head>Foto)[A-Z]\W\B/iu)).toEqual(/(?<![\p{L}\p{N}])(?<Head>foto)[a-z]\W\B/u);
  });

  it('leaves alone what lower-casing could change: case-sensitive patterns, cased properties, code point escapes, other letter ranges', () => {
    expect(foldPattern(/^Foto$/u)).toBeNull();
    expect(foldPattern(/^\p{Lu}\w+$/iu)).toBeNull();
    expect(foldPattern(/^\u00C4rger$/iu)).toBeNull();
    expect(foldPattern(/^[À-Ö]+$/iu)).toBeNull();
    expect(foldPattern(/^[A-z]+$/iu)).toBeNull();
    expect(foldPattern(/^Weitere Artikel$/i)).toBeNull();
    expect(foldPattern(/^İstanbul$/iu)).toBeNull();
  });

  it('foldLine keeps only a line whose length lower-casing keeps', () => {
    expect(foldLine('Weitere ARTIKEL')).toBe('weitere artikel');
    expect(foldLine('İstanbul')).toBeNull();
    expect(foldLine('Leſen Sie auch 5 µg')).toBe('lesen sie auch 5 μg');
  });
});

describe('FOLD_MERGES', () => {
  it('lists every lower-case letter that /iu matches with a letter of another lower case, as this runtime folds them', () => {
    const derived: Record<string, string> = {};
    for (let cp = 0; cp <= 0x1ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      const l = c.toLowerCase();
      if (l === c && c.toUpperCase() === c) continue;
      const re = new RegExp(`^${c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}$`, 'iu');
      for (const x of new Set([c.toUpperCase().toLowerCase(), l.toUpperCase().toLowerCase()])) {
        if ([...x].length === 1 && x !== l && re.test(x)) derived[l] = x;
      }
    }
    expect(derived).toEqual(FOLD_MERGES);
  });
});

describe('a folded pattern answers as the pattern as written', () => {
  const folded = PATTERNS.map(([id, p]) => [id, p, foldPattern(p)] as const).filter((x): x is readonly [string, RegExp, RegExp] => x[2] !== null);

  it('folds most case-insensitive Unicode table patterns (the costly ones to compile)', () => {
    expect(folded.length).toBeGreaterThan(PATTERNS.filter(([, p]) => p.flags.includes('i') && p.flags.includes('u')).length * 0.9);
  });

  it.each(folded)('%s', (_id, pattern, f) => {
    const wrong = CORPUS.filter((line) => {
      const [a, b] = answers(pattern, f, line);
      return a !== b;
    });
    expect(wrong).toEqual([]);
  });

  it('random lines built from the vocabulary', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VOCABULARY.map(asLine), ...ENGLISH), fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 8), fc.string({ maxLength: 12 }), (entry, variant, tail) => {
        const line = `${variants(entry)[variant]}${tail}`.trim();
        for (const [, p, f] of folded) {
          const [a, b] = answers(p, f, line);
          expect(b).toBe(a);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the boilerplate matcher (pre-checked and folded) names the rule the plain one names', () => {
    for (const line of CORPUS) expect(matchBoilerplate(line)?.id ?? null).toBe(matchBoilerplatePlain(line)?.id ?? null);
  });

  it('a table tester runs a pattern that cannot be folded as written', () => {
    const test = new Prefilters(0, null).tester('Über Anna');
    expect(test(/^über \p{Lu}\w+$/iu)).toBe(true);
    expect(test(/^Über anna$/iu)).toBe(true);
    expect(test(/^über anna$/u)).toBe(false);
  });
});
