/**
 * A long alternation tested as the subset of its alternatives a line's start admits
 * (src/rules/prefilter-split.ts): where the split is made, and that it gives the whole pattern's
 * answer for every pattern of the rule tables over the rule corpus.
 */
import { describe, expect, it } from 'vitest';
import { AlternativeIndex, MIN_SPLIT_ALTERNATIVES, splitSource } from '../../src/rules/prefilter-split.js';
import { alternativeFilters, buildPrefilterSnapshot, linePrefix, Prefilters } from '../../src/rules/prefilter.js';
import { CORPUS, PATTERNS } from '../rule-corpus.js';

const ALTS = 'Impressum|Startseite|Nach\\s+oben|Kontakt|Datenschutz|Suche|Anmelden|Teilen|Drucken';

describe('where a pattern is split', () => {
  it('reads the alternatives of a leading group and the rest after it', () => {
    const split = splitSource(new RegExp(`^(?:${ALTS}|Mehr\\s+(?:zum|zu)\\s+[a-z]+|[(]Foto[)])\\s*:?$`, 'iu'));
    expect(split?.alts).toEqual([...ALTS.split('|'), 'Mehr\\s+(?:zum|zu)\\s+[a-z]+', '[(]Foto[)]']);
    expect(split?.rest).toBe('\\s*:?$');
  });

  it('leaves alone what a subset could change or does not need', () => {
    expect(splitSource(new RegExp(`(?:${ALTS})$`, 'i'))).toBeNull(); // not anchored
    expect(splitSource(new RegExp(`^(?:${ALTS})+$`, 'i'))).toBeNull(); // the group repeats
    expect(splitSource(new RegExp(`^(?:${ALTS})$|^Werbung`, 'i'))).toBeNull(); // the rest has its own alternative
    expect(splitSource(new RegExp(`^(?:(a)|${ALTS})\\1$`, 'i'))).toBeNull(); // a back-reference
    expect(splitSource(new RegExp(`^(?:${ALTS})$`, 'im'))).toBeNull(); // ^ after any line break
    expect(splitSource(/^(?:a|b|c)$/i)).toBeNull(); // too few alternatives to be worth it
    expect(MIN_SPLIT_ALTERNATIVES).toBeGreaterThan(3);
  });

  it('a line gets only the alternatives its start admits, none when it admits none', () => {
    const whole = new RegExp(`^(?:${ALTS})\\s*:?$`, 'i');
    const index = new AlternativeIndex(splitSource(whole)!, whole.flags, alternativeFilters(whole)!);
    expect(index.subset(linePrefix('Impressum')!, whole)?.source).toBe('^(?:Impressum)\\s*:?$');
    expect(index.subset(linePrefix('Nach oben')!, whole)?.test('Nach oben')).toBe(true);
    expect(index.subset(linePrefix('The council met')!, whole)).toBeNull();
  });
});

describe('the split gives the whole pattern’s answer', () => {
  const split = PATTERNS.filter(([, p]) => splitSource(p));

  it('the rule tables have long alternations to split', () => {
    expect(split.length).toBeGreaterThan(10);
  });

  it.each(split)('%s', (_id, pattern) => {
    // With and without the build-time snapshot of the alternatives' checks.
    for (const prefilters of [new Prefilters(0, null), new Prefilters(0, buildPrefilterSnapshot([pattern]))]) {
      const wrong = CORPUS.filter((line) => prefilters.tester(line)(pattern) !== pattern.test(line));
      expect(wrong).toEqual([]);
    }
  });
});
