/** Byline lines in scraped text: which lines are bylines, and how sure. */
import { describe, expect, it } from 'vitest';
import { splitAuthors } from '../../src/metadata/authors.js';
import { bylineKind, bylineText, isCapsName, separateGluedOutlet } from '../../src/text/byline.js';

const TABLE: Array<[string, ReturnType<typeof bylineKind>]> = [
  ['By Ana Pereira and Tim Roe', 'prefixed'],
  ['By Tomas Berg - 11/19/19 06:56 AM EST', 'prefixed'],
  ['Von Klara Hoffmann', 'prefixed'],
  ['Posted by Jo Lindqvist on May 2, 2021, 6:21 AM EST', 'prefixed'],
  ['5:45 AM PST 11/19/2019 by Pat Quinlan', 'prefixed'],
  ['Analysis by Nora Vance, Harbour Gazette Editor-at-large', 'prefixed'],
  ['March 2, 2021 | BY: Lea Sorensen, MS', 'prefixed'],
  ['Ruth Adeyemi, Kim Lee and Ivo Petrov', 'listed'],
  ['Lena Ostrova, CNN', 'listed'],
  ['Lena Ostrova | March 7, 2023', 'listed'],
  ['Chris Davidson - Nov 19, 2019, 10:31 pm CST', 'listed'],
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
];

describe('bylineKind', () => {
  for (const [line, kind] of TABLE) it(JSON.stringify(line), () => expect(bylineKind(line)).toBe(kind));
});

describe('bylineText', () => {
  it('cuts a date or "Posted" before "by"', () => {
    expect(bylineText('5:45 AM PST 11/19/2019 by Pat Quinlan')).toBe('by Pat Quinlan');
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
