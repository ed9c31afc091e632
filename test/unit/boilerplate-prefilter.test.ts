/**
 * The pre-check of the whole-line rule patterns (src/rules/prefilter.ts): it may only skip a
 * pattern that cannot match the line. Checked table-driven over every pattern of the
 * boilerplate and block tables, against lines built from the tables' own vocabulary (in
 * several letter cases, with characters whose case folding is unusual), the project's fixture
 * texts and random lines; and the checked matcher against the plain one, line by line.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_PREFILTERS, BOILERPLATE_RULES, matchBoilerplate, matchBoilerplatePlain } from '../../src/rules/boilerplate.js';
import { asLine, CORPUS, ENGLISH, PATTERNS, VOCABULARY, variants } from '../rule-corpus.js';
import { buildPrefilterSnapshot, linePrefilter, linePrefix, loadPrefilterSnapshot, mayMatch, patternKey, Prefilters, snapshotKey } from '../../src/rules/prefilter.js';

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

describe('reading a pattern', () => {
  it('the literal starts of an anchored alternation, case-folded and cut to four characters', () => {
    const f = linePrefilter(/^(?:Startseite|Impressum|AGB|Nach\s+oben)\s*:?$/iu);
    expect(f && Object.fromEntries([...f].map(([n, s]) => [n, [...s].sort()]))).toEqual({ 4: ['agb:', 'impr', 'nach', 'star'], 3: ['agb'] });
    expect(mayMatch(f, linePrefix('IMPRESSUM'))).toBe(true);
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
    expect(p.prefix('Impressum')).toBe('impr');
    for (const [id, pattern] of PATTERNS) {
      const derived = linePrefilter(pattern);
      for (const line of ['Impressum', 'Related stories', '12 Kommentare', 'The council met']) {
        expect(p.may(pattern, linePrefix(line)), `${id}: ${line}`).toBe(mayMatch(derived, linePrefix(line)));
      }
    }
    // A pattern the snapshot does not hold gets its check derived.
    expect(loaded.patterns[patternKey(/^Kontakt$/i)]).toBeUndefined();
    expect(p.may(/^Kontakt$/i, 'impr')).toBe(false);
  });

  it('a snapshot derived with another case mapping, or none, is not used', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'ae-prefilter-')), 'snapshot.json');
    writeFileSync(file, JSON.stringify({ ...buildPrefilterSnapshot([/^Kontakt$/i]), key: 'prefix 4 unicode 0.0' }));
    expect(loadPrefilterSnapshot(file)).toBeNull();
    expect(loadPrefilterSnapshot(join(tmpdir(), 'no-such-prefilter-snapshot.json'))).toBeNull();
    const p = new Prefilters(1, null);
    expect(p.prefix('Impressum')).toBeNull();
    expect(p.prefix('Impressum')).toBe('impr');
  });

  it('checks are used only after enough lines (a short run does not pay for deriving them)', () => {
    const p = new Prefilters(2, null);
    expect(p.prefix('Impressum')).toBeNull();
    expect(p.prefix('Impressum')).toBeNull();
    expect(p.prefix('Impressum')).toBe('impr');
    expect(p.may(/^Kontakt$/i, 'impr')).toBe(false);
    expect(p.may(/^Kontakt$/i, null)).toBe(true);
  });
});
