/**
 * The pre-check of the whole-line rule patterns (src/rules/prefilter.ts): it may only skip a
 * pattern that cannot match the line. Checked table-driven over every pattern of the
 * boilerplate and block tables, against lines built from the tables' own vocabulary (in
 * several letter cases, with characters whose case folding is unusual), the project's fixture
 * texts and random lines; and the checked matcher against the plain one, line by line. The same
 * for the two other checks: the literals every match holds and the letters a whole-line match can hold.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_PREFILTERS, BOILERPLATE_RULES, matchBoilerplate, matchBoilerplatePlain } from '../../src/rules/boilerplate.js';
import { asLine, CORPUS, ENGLISH, PATTERNS, VOCABULARY, variants } from '../rule-corpus.js';
import { asciiLetters, buildPrefilterSnapshot, holdsLiteral, lineLiterals, linePrefilter, linePrefix, lineSpaceRuns, lineWidth, loadPrefilterSnapshot, mayMatch, patternKey, Prefilters, snapshotKey, spaceRuns } from '../../src/rules/prefilter.js';
import { foldLine } from '../../src/rules/case-fold.js';

describe('a pattern is skipped only when it cannot match', () => {
  it.each(PATTERNS)('%s', (_id, pattern) => {
    const filter = linePrefilter(pattern);
    const wrong = CORPUS.filter((line) => !mayMatch(filter, linePrefix(line)) && pattern.test(line));
    expect(wrong).toEqual([]);
  });

  it('random lines built from the vocabulary', () => {
    const filters = PATTERNS.map(([, p]) => linePrefilter(p));
    fc.assert(
      fc.property(fc.constantFrom(...VOCABULARY.map(asLine), ...ENGLISH), fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 8), fc.string({ maxLength: 12 }), (entry, variant, tail) => {
        const line = `${variants(entry)[variant]}${tail}`.trim();
        PATTERNS.forEach(([, p], i) => {
          if (!mayMatch(filters[i]!, linePrefix(line))) expect(p.test(line)).toBe(false);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('the checked matcher gives the plain matcher’s rule for every line', () => {
    BOILERPLATE_PREFILTERS.useNow();
    const differ = CORPUS.filter((line) => matchBoilerplate(line)?.id !== matchBoilerplatePlain(line)?.id);
    expect(differ).toEqual([]);
    // Most lines skip most patterns: the check is worth its lookups.
    const filters = PATTERNS.map(([, p]) => linePrefilter(p));
    const skipped = CORPUS.flatMap((line) => filters.map((f) => !mayMatch(f, linePrefix(line)))).filter(Boolean).length;
    expect(skipped / (CORPUS.length * PATTERNS.length)).toBeGreaterThan(0.3);
  });
});

/** May the line match the pattern by the literal and the letter-count checks? */
const CHECKS = new Map(PATTERNS.map(([, p]) => [p, { literals: lineLiterals(p), width: lineWidth(p), runs: lineSpaceRuns(p) }]));
const passesOtherChecks = (pattern: RegExp, line: string) => {
  const { literals, width, runs } = CHECKS.get(pattern) ?? { literals: lineLiterals(pattern), width: lineWidth(pattern), runs: lineSpaceRuns(pattern) };
  return holdsLiteral(literals, foldLine(line)) && (width === null || asciiLetters(line) <= width) && (runs === null || spaceRuns(line) <= runs);
};

describe('the literal, letter-count and word-bound checks skip a pattern only when it cannot match', () => {
  it.each(PATTERNS)('%s', (_id, pattern) => {
    const wrong = CORPUS.filter((line) => pattern.test(line) && !passesOtherChecks(pattern, line));
    expect(wrong).toEqual([]);
  });

  it('the corpus holds matching lines for most checked patterns (the test above is not vacuous)', () => {
    const checked = PATTERNS.filter(([, p]) => lineLiterals(p) !== null || lineWidth(p) !== null || lineSpaceRuns(p) !== null);
    const withMatches = checked.filter(([, p]) => CORPUS.some((line) => p.test(line)));
    expect(checked.length).toBeGreaterThan(40);
    expect(withMatches.length / checked.length).toBeGreaterThan(0.6);
  });

  it('random lines built from the vocabulary, in unusual letter cases', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VOCABULARY.map(asLine), ...ENGLISH), fc.constantFrom(0, 1, 2, 3, 4, 5, 6, 7, 8), fc.string({ maxLength: 12 }), (entry, variant, tail) => {
        const line = `${variants(entry)[variant]}${tail}`.trim();
        for (const [, p] of PATTERNS) if (p.test(line)) expect(passesOtherChecks(p, line)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('the checked matcher gives the plain matcher’s rule for every line, and the checks skip most runs', () => {
    BOILERPLATE_PREFILTERS.useNow();
    expect(CORPUS.filter((line) => matchBoilerplate(line)?.id !== matchBoilerplatePlain(line)?.id)).toEqual([]);
    const unanchored = PATTERNS.filter(([, p]) => linePrefilter(p) === null).map(([, p]) => lineLiterals(p)).filter((l) => l !== null);
    const skipped = CORPUS.flatMap((line) => unanchored.map((l) => !holdsLiteral(l, foldLine(line)))).filter(Boolean).length;
    expect(skipped / (CORPUS.length * unanchored.length)).toBeGreaterThan(0.5);
  });
});

describe('reading the literals every match holds', () => {
  it('one literal from each alternative, the longest run of each, lower-cased ASCII', () => {
    expect(lineLiterals(/^.{0,80}(?:We use cookies|This site uses cookies)\b/i)).toEqual(['we use cookies', 'this site uses cookies']);
    expect(lineLiterals(/\b(?:[Hh]ead of|[Rr]edakteur\p{L}*|Reporter)\b/u)).toEqual(['head of', 'redakteur', 'reporter']);
    // Non-ASCII letters end a run; a literal holding another is left out.
    expect(lineLiterals(/(?:Ähnliche Artikel|Artikel)/iu)).toEqual(['artikel']);
  });

  it('what a positive lookahead must match is required of the line too; a negative one adds nothing', () => {
    expect(lineLiterals(/^(?=.*\b(?:creative commons|cc by)\b)(?=(?:\S+\s+){0,29}\S+$).*$/iu)).toEqual(['creative commons', 'cc by']);
    expect(lineLiterals(/^(?!.*cookies).*newsletter/i)).toEqual(['newsletter']);
    expect(lineLiterals(/^(?!.*cookies).*$/i)).toBeNull();
  });

  it('a part that may be left out adds nothing; a required repeat does', () => {
    expect(lineLiterals(/^(?:read )?more$/i)).toEqual(['more']);
    expect(lineLiterals(/(?:subscribe)+ now/i)).toEqual(['subscribe']);
    expect(lineLiterals(/x(?:abc)?y/)).toBeNull();
  });

  it('gives no check where one alternative names nothing, or for g/y/m patterns', () => {
    expect(lineLiterals(/cookies|\d+ comments/i)).toEqual(['cookies', ' comments']);
    expect(lineLiterals(/cookies|\p{Lu}\p{Ll}+/u)).toBeNull();
    expect(lineLiterals(/cookies/g)).toBeNull();
    expect(lineLiterals(/^cookies/m)).toBeNull();
    expect(holdsLiteral(['cookie'], null)).toBe(true); // a line foldLine cannot lower-case is not checked
  });

  it('the long s and the Kelvin sign, which /iu matches with s and k, are found', () => {
    const p = /sky news/iu;
    const line = 'ſKY NEWS'; // long s, Kelvin sign
    expect(p.test(line)).toBe(true);
    expect(holdsLiteral(lineLiterals(p), foldLine(line))).toBe(true);
  });
});

describe('reading the word bound of a pattern', () => {
  it('the tables\' "^(?=(?:\\S+\\s+){0,N}\\S+$)" among the opening lookaheads allows N runs of white space', () => {
    expect(lineSpaceRuns(/^(?=(?:\S+\s+){0,39}\S+$).*\bcookies\b.*$/iu)).toBe(39);
    expect(lineSpaceRuns(/^(?=.*\blicen[cs]e\b)(?=(?:\S+\s+){0,29}\S+$).*$/iu)).toBe(29);
    expect(spaceRuns('one  two\u00a0three\tfour')).toBe(3);
    const p = /^(?=(?:\S+\s+){0,2}\S+$).*$/;
    expect(p.test('one two three')).toBe(true);
    expect(p.test('one two three four')).toBe(false);
  });

  it('gives no bound elsewhere: not at the start, after a part that consumes, under the m flag', () => {
    expect(lineSpaceRuns(/(?=(?:\S+\s+){0,5}\S+$)x/)).toBeNull();
    expect(lineSpaceRuns(/^x(?=(?:\S+\s+){0,5}\S+$)/)).toBeNull();
    expect(lineSpaceRuns(/^(?=(?:\S+\s+){0,5}\S+$)x/m)).toBeNull();
    expect(lineSpaceRuns(/^(?=(?:\S+\s+){2,5}\S+$)x/)).toBeNull();
  });
});

describe('reading how many letters a whole-line match can hold', () => {
  it('counts what may match a letter; white space, digits and marks count nothing', () => {
    expect(lineWidth(/^(?:Weitere Artikel|Mehr)\s*:?$/iu)).toBe(14);
    expect(lineWidth(/^\d[\d.,]*\s+Kommentare\s*(?:\(\d+\))?$/iu)).toBe(10);
    expect(lineWidth(/^Mehr zu(?:\s+.{1,60})?$/iu)).toBe(66);
    expect(asciiLetters('12 Kommentare (3)')).toBe(10);
  });

  it('gives no bound when a match may be any length or need not fill the line', () => {
    expect(lineWidth(/^Mehr zu\s+.+$/iu)).toBeNull();
    expect(lineWidth(/^Mehr zu/iu)).toBeNull();
    expect(lineWidth(/Mehr zu$/iu)).toBeNull();
    expect(lineWidth(/^(\w+) \1$/)).toBeNull(); // a backreference
  });
});

describe('reading a pattern', () => {
  it('the literal starts of an anchored alternation, case-folded and cut to six characters, white space as one space', () => {
    const f = linePrefilter(/^(?:Startseite|Impressum|AGB|Nach\s+oben)\s*:?$/iu);
    expect(f && Object.fromEntries([...f].map(([n, s]) => [n, [...s].sort()]))).toEqual({ 3: ['agb'], 4: ['agb ', 'agb:'], 5: ['agb :'], 6: ['impres', 'nach o', 'starts'] });
    expect(mayMatch(f, linePrefix('IMPRESSUM'))).toBe(true);
    expect(mayMatch(f, linePrefix('Nach \u00a0\t Oben'))).toBe(true); // any run of white space, as \s+ matches it
    expect(mayMatch(f, linePrefix('Nachricht'))).toBe(false);
    expect(mayMatch(f, linePrefix('Ag'))).toBe(false);
    expect(mayMatch(f, linePrefix('The council met'))).toBe(false);
  });

  it('an optional part, a count and a small class widen the starts', () => {
    const f = linePrefilter(/^\(?(?:Foto|Bild)\s*:/i);
    for (const line of ['Foto: A', '(Bild: B', 'bild:']) expect(mayMatch(f, linePrefix(line))).toBe(true);
    expect(mayMatch(f, linePrefix('[Foto'))).toBe(false);
    const counts = linePrefilter(/^(?:\d[\d.,]*\s+Kommentare|Kommentare)$/i);
    expect(mayMatch(counts, linePrefix('12 Kommentare'))).toBe(true);
    expect(mayMatch(counts, linePrefix('Zwölf'))).toBe(false);
  });

  it('gives no check for what it cannot bound', () => {
    expect(linePrefilter(/comments?$/i)).toBeNull(); // not anchored at the start
    expect(linePrefilter(/^related|more$/i)).toBeNull(); // one alternative not anchored
    expect(linePrefilter(/^.{0,40}\bcookies\b/i)).toBeNull(); // anything may come first
    expect(linePrefilter(/^[a-z]+:/i)).toBeNull(); // a large class
    expect(linePrefilter(/^share/im)).toBeNull(); // ^ after any line break
    expect(mayMatch(null, linePrefix('anything'))).toBe(true);
  });

  it('with a build-time snapshot, checks are used from the first line and match the derived ones', () => {
    const snapshot = buildPrefilterSnapshot(PATTERNS.map(([, p]) => p));
    const file = join(mkdtempSync(join(tmpdir(), 'ae-prefilter-')), 'snapshot.json');
    writeFileSync(file, JSON.stringify(snapshot));
    const loaded = loadPrefilterSnapshot(file)!;
    expect(loaded.key).toBe(snapshotKey());
    const p = new Prefilters(2000, loaded);
    expect(p.prefix('Impressum')).toBe('impres');
    for (const [id, pattern] of PATTERNS) {
      const derived = linePrefilter(pattern);
      for (const line of ['Impressum', 'Related stories', '12 Kommentare', 'The council met']) {
        expect(p.may(pattern, linePrefix(line)), `${id}: ${line}`).toBe(mayMatch(derived, linePrefix(line)));
      }
    }
    // A pattern the snapshot does not hold gets its check derived.
    expect(loaded.checks[patternKey(/^Kontakt$/i)]).toBeUndefined();
    expect(p.may(/^Kontakt$/i, 'impres')).toBe(false);
  });

  it('a snapshot derived with another case mapping, or none, is not used', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ae-prefilter-')), 'snapshot.json');
    writeFileSync(file, JSON.stringify({ ...buildPrefilterSnapshot([/^Kontakt$/i]), key: 'prefix 6 unicode 0.0' }));
    expect(loadPrefilterSnapshot(file)).toBeNull();
    expect(loadPrefilterSnapshot(join(tmpdir(), 'no-such-prefilter-snapshot.json'))).toBeNull();
    const p = new Prefilters(1, null);
    expect(p.prefix('Impressum')).toBeNull();
    expect(p.prefix('Impressum')).toBe('impres');
  });

  it('checks are used only after enough lines (a short run does not pay for deriving them)', () => {
    const p = new Prefilters(2, null);
    expect(p.prefix('Impressum')).toBeNull();
    expect(p.prefix('Impressum')).toBeNull();
    expect(p.prefix('Impressum')).toBe('impres');
    expect(p.may(/^Kontakt$/i, 'impres')).toBe(false);
    expect(p.may(/^Kontakt$/i, null)).toBe(true);
  });
});

describe('title junk through the same pre-checks and folding', () => {
  it('gives the plain matcher’s answer for every corpus line', async () => {
    const { titleJunk, titleJunkPlain, TITLE_JUNK_PREFILTERS } = await import('../../src/rules/title-junk.js');
    TITLE_JUNK_PREFILTERS.useNow();
    const lines = CORPUS.filter((l) => l.length < 200);
    expect(lines.filter((l) => titleJunk(l) !== titleJunkPlain(l))).toEqual([]);
    expect(lines.filter((l) => titleJunkPlain(l) !== null).length).toBeGreaterThan(20);
  });
});
