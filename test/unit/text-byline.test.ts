/** Byline lines in scraped text: which lines are bylines, and how sure. */
import { describe, expect, it } from 'vitest';
import { splitAuthors } from '../../src/metadata/authors.js';
import { bylineAuthors, bylineKind, bylineText, isCapsName, prefixedHeadline, separateGluedOutlet } from '../../src/text/byline.js';
import { parseText } from '../../src/text/parse.js';

const TABLE: Array<[string, ReturnType<typeof bylineKind>]> = [
  ['By Ana Pereira and Tim Roe', 'prefixed'],
  ['By Tomas Berg - 03/04/21 08:15 AM EST', 'prefixed'],
  ['Von Klara Hoffmann', 'prefixed'],
  ['Posted by Jo Lindqvist on May 2, 2021, 6:21 AM EST', 'prefixed'],
  ['6:10 AM PST 03/04/2021 by Pat Quinlan', 'prefixed'],
  ['Analysis by Nora Vance, Harbour Gazette Editor-at-large', 'prefixed'],
  ['March 2, 2021 | BY: Lea Sorensen, MS', 'prefixed'],
  ['Ruth Adeyemi, Kim Lee and Ivo Petrov', 'listed'],
  ['Lena Ostrova, CNN', 'listed'],
  ['Lena Ostrova | March 7, 2023', 'listed'],
  ['Lena Park - Mar 4, 2021, 9:12 pm CST', 'listed'],
  ['Victor Almeida, FUTURISM', 'listed'],
  ['Lena Ostrova', 'single-name'],
  ['KEY POINTS', null],
  ['Introducing Dana Holm, New CEO at Harbour Markets', null],
  ['Meet Dana Holm', null],
  ['“Wild Rose”', null],
  ['WhatsApp', null],
  ['Doug Miller/The Valley Times', null],
  ['Photo: Lena Ostrova, AP', null],
  ['Photo by Lena Ostrova', null],
  ['Published Wed, Nov 20 2019 4:29 AM EST', null],
  ['Updated 10:31 PM EST, Tue March 7, 2023', null],
  ['The Mayor Visits The Harbour Today', null],
  ['The council approved the budget on Monday.', null],
  // An outlet run into the last name (the separator lost in the scrape).
  ['Ana Pereira and Tomas J. Berg Harbour City Leader', 'listed'],
  ['Dana Holm HARBOUR TODAY', 'listed'],
  ['Dana Holm Joins Harbour Courier', null],
  // A long part after "and" is a headline's words, not a job title.
  ['Ruth Adeyemi and Her Editor on Keeping a Garden Alive Through the Winter', null],
  // A handle and a relative time after the name.
  ['Ana Pereira @anapereira / 3 hours', 'listed'],
  ['Ana Pereira / 2 days ago', 'listed'],
  // A name and a numeric date at once, then tags or a time.
  ['Ana Pereira 27/09/2018 Comment! Markets, Ferries', 'listed'],
  ['Ana Pereira11/13/19 11:00AM', 'listed'],
  ['Market Report 11.18.19', null],
  ['The Harbour 27/09/2018 Review', null],
  // One word after "&" or "and" is a menu's second half, after a comma an outlet.
  ['Foreign Affairs & Defence', null],
  ['Victor Almeida, Futurism', 'listed'],
  // Share-bar items and tags run together are not names.
  ['WhatsApp Facebook Pin Print', null],
  ['HarbourLife & GardenTips', null],
  ['By Dana HolmStaff Writer', 'prefixed'],
  ['Ruth McDonald, LeBron DeShawn', 'listed'],
  // "Name for The Outlet", also with the names in capitals; not a Title Case headline.
  ['Ana Pereira for The Harbour Times', 'listed'],
  ['ANA PEREIRA and TIM ROE for HarbourPost', 'listed'],
  ['By Ana Pereira for The Harbour Times', 'prefixed'],
  ['Ana Pereira für Die Hafenzeitung', 'listed'],
  ['Ten Tips for Better Sleep', null],
  ['Good News for The Harbour', null],
  // Bylines in the other supported languages.
  ['Veröffentlicht von Klara Hoffmann', 'prefixed'],
  ['Ein Beitrag von Klara Hoffmann', 'prefixed'],
  ['Veröffentlicht am 9. März 2021 von Klara Hoffmann', 'prefixed'],
  ['Publié par Lucie Martin', 'prefixed'],
  ['Escrito por Lucía Gómez y Pablo Ruiz', 'prefixed'],
  ['Scritto da Giulia Conti', 'prefixed'],
  ['Geschreven door Sanne de Vries', 'prefixed'],
  ['przez Anna Nowak', 'prefixed'],
  ['Text: Klara Hoffmann und Jonas Berg', 'prefixed'],
  ['Przez lata nic się nie zmieniło.', null],
  // A date first, then the name and a separator, a counter or a comment link.
  ['11.12.2019 - Klara Hoffmann', 'listed'],
  ['September 17, 2019 Ana Pereira 0', 'listed'],
  ['26. September 2019 Klara Hoffmann Schreibe einen Kommentar', 'listed'],
  ['2019-11-18 Market Report', null],
  ['March 7, 2023 The Council Meets Again', null],
  // A prefixed part between bars; a reading time; a job line under a name.
  ['Accueil | Par Lucie Martin | 30 septembre 2018', 'prefixed'],
  ['Ana Pereira · 3 min read', 'listed'],
  ['Harbour Courier Correspondent', null],
  ['Dana Holm, HarbourPost', 'listed'],
  // A byline and its date line joined into one unit; a label with a date is not one.
  ['Ana Pereira, Special to The Harbour Times November 13, 2019 8:26 am', 'listed'],
  ['Letzter Beitrag: 14.03.2021, 21:17', null],
  // A lone name and a date without a time reads as a lone name: a byline only under a headline.
  ['Ana Pereira 7 March 2023', 'single-name'],
  ['Harbour Festival 23.01.2020', 'single-name'],
  // An outlet after a dash, a job title run into the name, a brand with a country code.
  ['Ana Pereira and Tim Roe — Reuters', 'listed'],
  ['Ana Pereira Senior Reporter', 'listed'],
  ['Ana Pereira for HarbourPost UK', 'listed'],
];

describe('bylineKind', () => {
  for (const [line, kind] of TABLE) it(JSON.stringify(line), () => expect(bylineKind(line)).toBe(kind));
});

describe('bylineText', () => {
  it('cuts a date or "Posted" before "by"', () => {
    expect(bylineText('6:10 AM PST 03/04/2021 by Pat Quinlan')).toBe('by Pat Quinlan');
    expect(bylineText('Posted by Jo Lindqvist on May 2, 2021')).toBe('by Jo Lindqvist on May 2, 2021');
  });
  it('leaves "by" inside other text', () => {
    expect(bylineText('Stand by Me review')).toBe('Stand by Me review');
  });
});

describe('name then date', () => {
  it('keeps the name and the date, not the tags after them', () => {
    expect(bylineText('Ana Pereira 27/09/2018 Comment! Markets, Ferries')).toBe('Ana Pereira 27/09/2018');
    expect(splitAuthors(bylineText('Ana Pereira11/13/19 11:00AM'))).toEqual(['Ana Pereira']);
  });
});

describe('separateGluedOutlet', () => {
  it('puts a comma between the last name and an outlet run into it', () => {
    expect(separateGluedOutlet('Ana Pereira and Tomas J. Berg Harbour City Leader')).toBe('Ana Pereira and Tomas J. Berg, Harbour City Leader');
    expect(splitAuthors(bylineText('Ana Pereira and Tomas J. Berg Harbour City Leader'))).toEqual(['Ana Pereira', 'Tomas J. Berg']);
    expect(splitAuthors(bylineText('Dana Holm HARBOUR TODAY'))).toEqual(['Dana Holm']);
  });
  it('leaves a headline naming a newspaper, and a line not ending in a newspaper noun', () => {
    expect(separateGluedOutlet('Dana Holm Joins Harbour Courier')).toBe('Dana Holm Joins Harbour Courier');
    expect(separateGluedOutlet('Ana Pereira and Tomas J. Berg Harbour City')).toBe('Ana Pereira and Tomas J. Berg Harbour City');
  });
});

describe('an outlet glued to the name with an acronym', () => {
  it('is split off before the names are read', () => {
    expect(splitAuthors('By Dana HolmHVNews')).toEqual(['Dana Holm']);
    expect(splitAuthors('By Dana HolmHVBusiness')).toEqual(['Dana Holm']);
  });
});

describe('bylineAuthors', () => {
  it('reads "Name for The Outlet" and tidies names in capitals', () => {
    expect(bylineAuthors(bylineText('ANA PEREIRA and TIM ROE for The Harbour Times'))).toEqual(['Ana Pereira', 'Tim Roe']);
    expect(bylineAuthors(bylineText('Ana Pereira for HarbourPost'))).toEqual(['Ana Pereira']);
  });
  it('reads one-word names of a caseless script, not one capitalised Latin word', () => {
    expect(bylineAuthors(bylineText('김민수 for The Harbour Times'))).toEqual(['김민수']);
    expect(bylineAuthors('By 김민수')).toEqual(['김민수']);
    expect(bylineAuthors('Posted by Vortex')).toEqual([]);
  });
  it('reads the names of date-first lines and lines with a reading time', () => {
    expect(bylineAuthors(bylineText('14.03.2021 um 09:40 Uhr - Klara Hoffmann - 12 Kommentare'))).toEqual(['Klara Hoffmann']);
    expect(bylineAuthors(bylineText('Ana Pereira and Tim Roe · 3 min read'))).toEqual(['Ana Pereira', 'Tim Roe']);
  });
});

const BODY = [
  'The harbour board approved the new ferry timetable on Tuesday after a long debate among its members about costs.',
  'Residents of the islands had asked for earlier crossings in the morning so that children could reach school on time.',
  'The board said the change would take effect in the spring, once the second vessel has returned from its refit.',
];

describe('the header of seed-shaped text', () => {
  const page = (...head: string[]) => parseText(['Home', 'News', 'Sport', 'Opinion', '', ...head, '', ...BODY.flatMap((p) => [p, ''])].join('\n'));
  it('reads a lone name over a numeric date-time line as the byline, and the name-shaped line above as the headline', () => {
    const p = page('Harbour Ferry Timetable', '', 'Ana Pereira', '10/12/16 7:54 PM EDT');
    expect(p.title).toBe('Harbour Ferry Timetable');
    expect(bylineAuthors(p.byline)).toEqual(['Ana Pereira']);
    expect(p.blocks.map((b) => b.text)).toEqual(BODY);
  });
  it('reads "NAME for The Outlet" under the headline', () => {
    const p = page('Harbour board approves new ferry timetable', '', 'ANA PEREIRA for The Harbour Times', 'March 7, 2023');
    expect(p.title).toBe('Harbour board approves new ferry timetable');
    expect(p.authors).toEqual(['Ana Pereira']);
  });
  it('takes a headline that ends like a sentence when the byline and date line follow it', () => {
    const p = page('Will the harbour get its new ferries?', 'Ana Pereira', 'Updated 3:14 PM ET, Tue March 7, 2023');
    expect(p.title).toBe('Will the harbour get its new ferries?');
    expect(bylineAuthors(p.byline)).toEqual(['Ana Pereira']);
  });
  it('takes the line over a sure byline as the headline, not a label lower down', () => {
    const lines = ['Home', 'News', 'Sport', 'Opinion', '', 'Harbour board approves new ferry timetable', '', 'Ana Pereira', '10/12/16 7:54 PM EDT', '', 'FERRIES', '', 'Island Crossings Start Earlier', '', ...BODY.flatMap((p) => [p, ''])];
    const p = parseText(lines.join('\n'));
    expect(p.title).toBe('Harbour board approves new ferry timetable');
    expect(p.byline).toBe('Ana Pereira');
  });
  it('leaves a byline printed over its headline', () => {
    const p = parseText(['Back to overview', '', 'By Ana Pereira', '', 'Harbour board approves new ferry timetable', '', ...BODY.flatMap((p) => [p, ''])].join('\n'));
    expect(p.title).toBe('Harbour board approves new ferry timetable');
  });
  it('reads a name with its date on one line under the headline', () => {
    const p = page('Harbour board approves new ferry timetable', '', 'Klara Hoffmann 15.12.2022');
    expect(p.authors).toEqual(['Klara Hoffmann']);
  });
  it('finds the page\'s one prefixed byline away from the header', () => {
    const p = parseText(['Home', 'News', '', 'Harbour board approves new ferry timetable', '', ...BODY.flatMap((p) => [p, '']), 'Share', '', 'Author: Ana Pereira', ''].join('\n'));
    expect(p.byline).toBe('Author: Ana Pereira');
  });
});

describe('isCapsName', () => {
  it('reads two or three capitalised name words', () => {
    expect(isCapsName('DANA HOLM')).toBe(true);
    expect(isCapsName('ANA M. PEREIRA')).toBe(true);
  });
  it('leaves outlets, job titles, headline words and mixed case', () => {
    expect(isCapsName('HARBOUR NEWS')).toBe(false);
    expect(isCapsName('SENIOR EDITOR')).toBe(false);
    expect(isCapsName('THE HARBOUR')).toBe(false);
    expect(isCapsName('Dana Holm')).toBe(false);
    expect(isCapsName('HOLM')).toBe(false);
  });
});

describe('a headline opening with the word "by"', () => {
  it('reads quotation marks, a final "?" or "!" and lower-case words a name list lacks as a headline', () => {
    for (const line of ['Von Fähren, Markthallen und «ganz alten Zeiten»', 'Von neuen und alten Fähren', 'Por qué suben los mares', 'Par temps de pluie au port', 'Von Booten und Bauern?']) expect(prefixedHeadline(line), line).toBe(true);
  });
  it('leaves bylines, labels, dates and handles', () => {
    for (const line of ['Von Klara Hoffmann', 'von Kim · 3. Mai 2021', 'von Redaktion, 24. Mai 2021', 'von kim.berg', 'By the Harbour Times staff', 'Autor Harbour more fish', 'Von Booten und Bauern']) expect(prefixedHeadline(line), line).toBe(false);
  });
});
