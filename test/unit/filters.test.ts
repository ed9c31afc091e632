/** --lang and --min-words (issue 13), and a record's declared language as the fallback language. */
import { describe, expect, it } from 'vitest';
import { convert, type Task } from '../../src/batch/convert.js';
import { filterReason, langMatches, parseLangs } from '../../src/batch/filters.js';
import { extract } from '../../src/pipeline.js';

const ENGLISH = 'The council approved the new budget for the harbour on Monday, and the mayor said that the work would start in the spring after a long public consultation with the residents of the town.';
const GERMAN = 'Der Stadtrat hat am Montag beschlossen, die neue Brücke über die Elbe zu bauen. Die Arbeiten sollen im Frühjahr beginnen und etwa drei Jahre dauern, sagte die Bürgermeisterin nach der Sitzung.';

describe('parseLangs and langMatches', () => {
  it('takes ISO 639-1 and 639-3 codes and BCP 47 tags, canonical; a bad code is a usage error', () => {
    expect(parseLangs('en,DE, pt_br')).toEqual(['en', 'de', 'pt-BR']);
    expect(parseLangs('eng,deu,en')).toEqual(['en', 'de']);
    expect(() => parseLangs('en,x!')).toThrow('--lang: "x!" is not a language code');
    expect(() => parseLangs(',')).toThrow('--lang: no language code given');
  });

  it('a bare language takes its regional forms; a regional tag only itself; unknown matches nothing', () => {
    expect(langMatches('en-GB', ['en'])).toBe(true);
    expect(langMatches('EN', ['en'])).toBe(true);
    expect(langMatches('en-US', ['en-GB'])).toBe(false);
    expect(langMatches('de', ['en', 'de'])).toBe(true);
    expect(langMatches(null, ['en'])).toBe(false);
  });
});

describe('filterReason', () => {
  it('names the language or the word count that turned an article away', async () => {
    const en = await extract(ENGLISH, { inputFormat: 'text' });
    expect(en.lang).toBe('en');
    expect(filterReason(en, { langs: ['en'] })).toBeNull();
    expect(filterReason(en, { langs: ['de', 'fr'] })).toBe('language not in --lang de,fr (language en)');
    expect(filterReason(en, { minWords: 10 })).toBeNull();
    expect(filterReason(en, { minWords: 500 })).toMatch(/^under --min-words 500 \(\d+ words\)$/);
    const short = await extract('Just a few words here.', { inputFormat: 'text' });
    expect(filterReason(short, { langs: ['en'] })).toBe('language not in --lang en (language unknown)');
  });

  it('convert() gives a skipped outcome, not output, for a filtered document', async () => {
    const task = (data: string, filter: Task['filter']): Task => ({ path: 'x', data, inputFormat: 'text', maxBytes: 1 << 20, render: { format: 'ndjson', frontMatter: true, quotes: false }, extract: {}, explain: false, ...(filter ? { filter } : {}) });
    expect(await convert(task(GERMAN, { langs: ['en'] }))).toEqual({ ok: true, skipped: 'language not in --lang en (language de)' });
    const kept = await convert(task(GERMAN, { langs: ['de'], minWords: 20 }));
    expect(kept.ok && 'output' in kept && JSON.parse(kept.output).lang).toBe('de');
  });
});

describe('record language (WET WARC-Identified-Content-Language)', () => {
  it('is the language when the text shows none, and loses to a text that contradicts it', async () => {
    // Too short for the stopword guess: the record's language stands.
    expect((await extract('Kurzmeldung aus Berlin.', { inputFormat: 'text', recordLang: 'deu' })).lang).toBe('de');
    expect((await extract('Kurzmeldung aus Berlin.', { inputFormat: 'text', recordLang: 'deu,eng' })).lang).toBe('de');
    expect((await extract('Kurzmeldung aus Berlin.', { inputFormat: 'text' })).lang).toBeNull();
    // The text is plainly English: the record's "deu" is not taken.
    expect((await extract(ENGLISH, { inputFormat: 'text', recordLang: 'deu' })).lang).toBe('en');
    expect((await extract(GERMAN, { inputFormat: 'text', recordLang: 'deu' })).lang).toBe('de');
  });
});
