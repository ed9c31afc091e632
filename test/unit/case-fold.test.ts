/**
 * Folded rule patterns (src/rules/case-fold.ts): a case-insensitive pattern compiled lower-cased
 * without the `i` flag and tested on the lower-cased line must give the answer the pattern as
 * written gives, for every pattern of the boilerplate and block tables, over the rule corpus
 * (test/rule-corpus.ts: the tables' own vocabulary in several letter cases, fixture texts) and random lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchBoilerplate, matchBoilerplatePlain } from '../../src/rules/boilerplate.js';
import { firstMatch, FOLD_MERGES, foldLine, foldPattern, matches, replaceFirst, splitAt } from '../../src/rules/case-fold.js';
import { BYLINE_LABELS, CONVERSATION_JOINER, CONVERSATION_JOINERS, INNER_BYLINE_LABEL, LEADING_BYLINE_LABEL } from '../../src/rules/byline-labels.js';
import { BYLINE_CUTS, BYLINE_LEAD_IN, PUBLICATION_WORD, TRAILING_WEEKDAY_ABBREVIATION } from '../../src/rules/html-byline.js';
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

describe('matching through the folded form (firstMatch, matches, replaceFirst, splitAt) gives what the pattern as written gives', () => {
  // The byline and name patterns these helpers serve, and strings shaped like the bylines they read:
  // every label and joiner word of every language, around names, outlets, dates and times, in several letter cases.
  const BYLINE_PATTERNS: Array<[string, RegExp]> = [
    ['LEADING_BYLINE_LABEL', LEADING_BYLINE_LABEL],
    ['INNER_BYLINE_LABEL', INNER_BYLINE_LABEL],
    ['BYLINE_LEAD_IN', BYLINE_LEAD_IN.pattern],
    ['TRAILING_WEEKDAY_ABBREVIATION', TRAILING_WEEKDAY_ABBREVIATION.pattern],
    ['PUBLICATION_WORD', PUBLICATION_WORD],
    ['CONVERSATION_JOINER', CONVERSATION_JOINER],
    ...BYLINE_CUTS.map((r): [string, RegExp] => [r.id, r.pattern]),
  ];
  const words = [...BYLINE_LABELS.flatMap((l) => [...l.lead, ...l.label]), ...Object.values(CONVERSATION_JOINERS).flat()];
  const bylines = [
    ...words.flatMap((w) => [`${w} Anna Berg`, `${w}: Jörg Weiß, Reuters`, `Foto: dpa | ${w} Anna Berg und Tom Kurz, Montag, 12. März 2024, 10:30 Uhr`, `Anna Berg ${w} Tom Kurz`, `${w} anna berg · Lesezeit 4 Min.`]),
    'By ANNA BERG and TOM KURZ, The Daily Courier Updated 3:14 PM ET, Tue March 7, 2023',
    'Von Anna Berg | Zeitung am Sonntag | vor 3 Stunden',
    'Par Jean Dupont, publié le 12 mars 2024 à 10h30',
    'Anna Berg Di., 12.03.2024',
    'Anna Berg, Nachrichtenagentur',
    'Anna Berg Di.',
    'By Anna Berg, Tuesday, 9:15 AM',
    'Anna Berg View all posts · Follow',
  ].flatMap(variants);

  it.each(BYLINE_PATTERNS)('%s', (_id, pattern) => {
    const wrong = bylines.filter((s) => {
      const m = pattern.exec(s);
      const written = m ? [m.index, m.index + m[0].length] : null;
      const mark = (x: string) => `[${x}]`;
      return (
        JSON.stringify(firstMatch(pattern, s)) !== JSON.stringify(written) ||
        matches(pattern, s) !== pattern.test(s) ||
        replaceFirst(s, pattern, mark) !== s.replace(pattern, mark) ||
        JSON.stringify(splitAt(s, pattern)) !== JSON.stringify(s.split(pattern))
      );
    });
    expect(wrong).toEqual([]);
    expect(bylines.filter((s) => pattern.test(s)).length).toBeGreaterThan(0);
  });

  it('matches a pattern that cannot be folded, and a global one, as written', () => {
    expect(firstMatch(/Über \p{Lu}/iu, 'Text über Anna')).toEqual([5, 11]);
    const global = /an/giu;
    expect(replaceFirst('Anna and Dan', global, () => '_')).toBe('Anna and Dan'.replace(/an/giu, '_'));
  });
});
