/** Dates (src/metadata/date.ts): found in free text, normalised to ISO 8601, never moved to another day. */
import { describe, expect, it } from 'vitest';
import { findDates, isDateLine, isUpdateOnly, labelledDates, namesMonth, parseDate, publishedDate, urlDate } from '../../src/metadata/date.js';
import { foldLine } from '../../src/rules/case-fold.js';
import { MONTH_NAMES } from '../../src/rules/date-words.js';

describe('parseDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    // A late-evening time with its offset keeps its own day: no conversion to UTC.
    ['2024-03-05T23:30:00-08:00', '2024-03-05T23:30:00-08:00'],
    ['2024-03-05T23:30:00+0530', '2024-03-05T23:30:00+05:30'],
    ['2024-03-05T23:30:00.123Z', '2024-03-05T23:30:00Z'],
    ['2024-03-05 08:15', '2024-03-05T08:15:00'],
    ['March 7, 2023', '2023-03-07'],
    ['Sept. 9, 2021', '2021-09-09'],
    ['7 March 2023', '2023-03-07'],
    ['7. März 2023', '2023-03-07'],
    ['12 de enero de 2022', '2022-01-12'],
    ['05.03.2024', '2024-03-05'],
    ['Updated 10:31 PM EST, Tue March 7, 2023', '2023-03-07T22:31:00-05:00'],
    ['Published 12:05 am GMT, 1 April 2020', '2020-04-01T00:05:00+00:00'],
    ['February 30, 2023', null],
    ['no date here', null],
    ['', null],
  ])('%s -> %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });
});

describe('isDateLine', () => {
  it('accepts a date line and rejects a sentence that mentions a date', () => {
    expect(isDateLine('Published: March 7, 2023, 10:31 PM')).toBe(true);
    expect(isDateLine('The committee met on March 7, 2023 to discuss the budget of the city and the plans of the new mayor for the coming years.')).toBe(false);
  });
});

describe('more languages and scripts', () => {
  it('reads Polish and Russian genitive months, CJK dates and French "14h32" times', () => {
    expect(parseDate('12 marca 2024')).toBe('2024-03-12');
    expect(parseDate('12 марта 2024 года, 14:32')).toBe('2024-03-12T14:32:00');
    expect(parseDate('2024年3月12日 14:32')).toBe('2024-03-12T14:32:00');
    expect(parseDate('2024년 3월 12일')).toBe('2024-03-12');
    expect(parseDate('12 mars 2024 à 14h32')).toBe('2024-03-12T14:32:00');
    expect(parseDate('2024年13月40日')).toBeNull();
    expect(parseDate('The 4h30 train')).toBeNull();
  });
});

describe('month and weekday names from Intl, numeric orders, labels', () => {
  it('reads month names and abbreviations of many languages, with a weekday in front', () => {
    expect(parseDate('Samstag, 5. Oktober 2013')).toBe('2013-10-05');
    expect(parseDate('1er janv. 2020')).toBe('2020-01-01');
    expect(parseDate('3 de febrero de 2021')).toBe('2021-02-03');
    expect(parseDate('12 października 2022')).toBe('2022-10-12');
    expect(parseDate('12 března 2019')).toBe('2019-03-12');
    expect(parseDate('Juli 9, 2016')).toBe('2016-07-09');
    expect(parseDate('14 Feb ’20')).toBe('2020-02-14');
  });

  it('reads all-numeric dates by the page language, unless only one order is possible', () => {
    expect(parseDate('12/03/2019', { lang: 'de' })).toBe('2019-03-12');
    expect(parseDate('12/03/2019', { lang: 'en-GB' })).toBe('2019-03-12');
    expect(parseDate('12/03/2019', { lang: 'en' })).toBe('2019-12-03');
    expect(parseDate('01/23/2020', { lang: 'de' })).toBe('2020-01-23');
    expect(parseDate('23/01/2020', { lang: 'en' })).toBe('2020-01-23');
    expect(parseDate('29-10-2021')).toBe('2021-10-29');
    expect(parseDate('14.03.21, 09:41 Uhr')).toBe('2021-03-14T09:41:00');
    expect(parseDate('2019/03/12')).toBe('2019-03-12');
    // Version numbers and scores are not dates.
    expect(parseDate('Version 1.2.19')).toBeNull();
  });

  it('takes the first date in reading order and splits glued dates', () => {
    expect(parseDate('Posted March 3, 2021, last updated 2022-01-05')).toBe('2021-03-03');
    expect(parseDate('Veröffentlicht am 12. März 20217. März 2021')).toBe('2021-03-12');
    expect(parseDate('martes, 9 de marzo de 202118:30 hs')).toBe('2021-03-09T18:30:00');
  });

  it('prefers the published date of a labelled line over the updated one', () => {
    expect(publishedDate('Aktualisiert am 4. Januar 2020, eingetragen am 3. Januar 2020')).toBe('2020-01-03');
    expect(publishedDate('Mis à jour le 5 mars 2020 · Publié le 2 mars 2020')).toBe('2020-03-02');
    expect(publishedDate('Updated May 6, 2019')).toBe('2019-05-06');
    expect(isUpdateOnly('Stand: 12.03.2019')).toBe(true);
    expect(isUpdateOnly('Publicado el 12 de marzo de 2019')).toBe(false);
    expect(labelledDates('publié le 2 mars 2020').map((d) => d.role)).toEqual(['published']);
  });

  it('does not read relative dates, which need a reference day the page does not give', () => {
    expect(parseDate('vor 3 Tagen')).toBeNull();
    expect(parseDate('il y a 2 jours')).toBeNull();
  });

  it('counts weekday names as part of a date line', () => {
    expect(isDateLine('Mittwoch, 26.02.2020')).toBe(true);
  });
});

describe('urlDate', () => {
  it.each([
    ['https://blog.example/2019/03/12/a-post/', '2019-03-12'],
    ['https://news.example/politics/2020-02-18-vote.html', '2020-02-18'],
    ['https://gov.example/Reden/2003/03/20030331_Rede2.html', '2003-03-31'],
    ['https://club.example/meldungen/29-10-2021', '2021-10-29'],
    ['https://blog.example/2013/10/a-post.html', null],
    ['https://shop.example/item/2019/13/45/', null],
    ['not a url', null],
  ])('%s -> %s', (url, expected) => {
    expect(urlDate(url)).toBe(expected);
  });
});

describe('findDates and labelledDates skip texts that cannot hold a date, and repeat answers', () => {
  it('finds dates that need only a short year or only numbers', async () => {
    const { findDates } = await import('../../src/metadata/date.js');
    expect(findDates('14 Feb ’20', { lang: 'en' }).map((d) => d.iso)).toEqual(['2020-02-14']);
    expect(findDates('am 19.10.19', { lang: 'de' }).map((d) => d.iso)).toEqual(['2019-10-19']);
    expect(findDates('costs 12 euros, 300 left')).toEqual([]);
    expect(labelledDates('Updated 3 May 2021, first published 1 May 2021', { lang: 'en' }).map((d) => [d.iso, d.role])).toEqual([['2021-05-03', 'updated'], ['2021-05-01', 'published']]);
    expect(labelledDates('3 May 2021', { lang: 'en' }).map((d) => d.role)).toEqual([null]);
  });

  it('the same text asked twice gives the same dates; another language reads it anew', async () => {
    const { findDates } = await import('../../src/metadata/date.js');
    const a = findDates('03/04/2020', { lang: 'en' });
    expect(findDates('03/04/2020', { lang: 'en' })).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a.map((d) => d.iso)).toEqual(['2020-03-04']);
    expect(findDates('03/04/2020', { lang: 'de' }).map((d) => d.iso)).toEqual(['2020-04-03']);
  });
});

describe('month names in any letter case (matched in the folded text, rules/case-fold.ts)', () => {
  it('reads capitals, mixed case and case-folded letters as the names they spell, at the same positions', () => {
    expect(findDates('Am 5. OKTOBER 2013 und MÄRZ 7, 2020')).toEqual([
      { index: 3, end: 18, iso: '2013-10-05' },
      { index: 23, end: 35, iso: '2020-03-07' },
    ]);
    expect(parseDate('12 DE ENERO DE 2022')).toBe('2022-01-12');
    expect(parseDate('7 ΜΑΡΤΊΟΥ 2021')).toBe('2021-03-07');
    expect(parseDate('3 AUGUſT 2019')).toBe('2019-08-03');
  });
});

describe('namesMonth (the month-name pre-check of the date patterns)', () => {
  // The month part of MDY/DMY as written: a name of any language, case-insensitive, no letter on either side.
  const names = [...MONTH_NAMES.keys()];
  const MONTH_ATOM = new RegExp(`(?<!\\p{L})(?:${names.sort((a, b) => b.length - a.length).join('|')})(?!\\p{L})`, 'iu');
  const upperFirst = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const corpus = names.flatMap((n) => [
    `${n} 7, 2020`, `7 ${upperFirst(n)} 2020`, `Published ${n.toUpperCase()}. 3 2021`, `x${n} 7, 2020`, `${n}x 2020`,
    `${n.replace(/s/g, 'ſ')} 5, 2019`, `${n.slice(0, -1)} 1 2020`, `(${n}) 2020`, `${n}’s 2020`,
  ]).concat(['Tuesday 2020', 'Sunday, 9:15 2021', 'vor 3 Tagen 2020', 'Marchmont Street 2021', 'Mayday 2020', '2020 ΜΆΪΟΣ', 'ΦΕΒΡΟΥΑΡΊΟΥ 2020', 'no month 2020']);

  it('is true exactly when the text holds a month name as the patterns read it', () => {
    const wrong = corpus.filter((s) => {
      const folded = foldLine(s);
      return folded !== null && namesMonth(folded) !== MONTH_ATOM.test(s);
    });
    expect(wrong).toEqual([]);
    expect(corpus.filter((s) => MONTH_ATOM.test(s)).length).toBeGreaterThan(names.length * 3);
    expect(corpus.filter((s) => !MONTH_ATOM.test(s)).length).toBeGreaterThan(names.length);
  });

  it('finds the same dates with the check as the patterns find (a text naming no month has none of theirs)', () => {
    expect(findDates('March 7, 2023')[0]?.iso).toBe('2023-03-07');
    expect(findDates('MARCH 7, 2023')[0]?.iso).toBe('2023-03-07');
    expect(findDates('7. März 2023')[0]?.iso).toBe('2023-03-07');
    expect(findDates('Marchmont 7, 2023')).toEqual([]);
  });
});
