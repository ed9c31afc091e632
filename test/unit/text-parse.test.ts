/**
 * The text path on whole scraped pages (written for these tests): the article is the dense
 * region of prose, the headline and byline come from above it, and menus, related lists,
 * comments and footers stay out. Every line's decision is recorded for --explain.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { decideLines, KEEP_STAGE } from '../../src/text/parse.js';

const PARAGRAPHS = [
  'The harbour board voted on Thursday to turn the old ferry terminal into a covered market, ending two years of argument about the empty building on the east quay.',
  'Members said the market would open in the spring, with space for forty stalls, a small stage for music and a café that looks out over the water towards the islands.',
  '“We have listened to the people who live here, and they asked for a place to meet,” said the chair of the board, who has led the project since it began.',
  'The plan still needs money from the regional fund, which will decide in March whether to pay for the new roof and the repairs to the sea wall in front of the terminal.',
  'Traders who sold fish from vans on the quay for decades said they were glad to have a roof over their heads at last, though some worried about the rent they would pay.',
];

const PAGE = [
  'Skip to content',
  'Home',
  'News',
  'Sport',
  'Business',
  'Weather',
  'Opinion',
  'Sign in',
  '',
  'Harbour terminal to become a covered market',
  '',
  'By Lena Ostrova and Tomas Berg',
  'Updated 10:31 PM EST, Tue March 7, 2023',
  '',
  'Share',
  'Tweet',
  'Email',
  '',
  ...PARAGRAPHS.flatMap((p) => [p, '']),
  'Advertisement',
  '',
  'Related Articles',
  'Council approves new cycle lanes on the coast road',
  'Ferry timetable changes for the winter season',
  'Fish prices fall as the autumn catch comes in early',
  '',
  '3 Comments',
  '',
  'seagull99 says:',
  'March 7, 2023 at 11:02 pm',
  'About time somebody did something with that building, it has been an eyesore for years and years now.',
  '',
  '© 2023 Harbour Gazette. All rights reserved.',
  'Privacy Policy',
  'Terms of Service',
].join('\n');

describe('text path on a scraped page', () => {
  it('finds the headline, the authors and the date', async () => {
    const a = await extract(PAGE, { inputFormat: 'text' });
    expect(a.title).toBe('Harbour terminal to become a covered market');
    expect(a.authors).toEqual(['Lena Ostrova', 'Tomas Berg']);
    expect(a.published).toMatch(/^2023-03-07/);
  });

  it('keeps every article paragraph and nothing else', async () => {
    const a = await extract(PAGE, { inputFormat: 'text' });
    expect(a.blocks.map((b) => b.text)).toEqual(PARAGRAPHS);
  });

  it('records a decision with its rule or statistic for every line', () => {
    const { decisions } = decideLines(PAGE);
    const why = (text: string) => decisions.find((d) => d.unit.text === text)!;
    expect(why('Skip to content').keep).toBe(false);
    expect(why('Skip to content').why).toContain('skip-to-content');
    expect(why('Harbour terminal to become a covered market').why).toBe('header:title');
    expect(why('By Lena Ostrova and Tomas Berg').why).toBe('header:byline');
    expect(why(PARAGRAPHS[0]!).keep).toBe(true);
    expect(why(PARAGRAPHS[0]!).why).toBe('stat:prose');
    expect(why('3 Comments').keep).toBe(false);
    expect(why('About time somebody did something with that building, it has been an eyesore for years and years now.').keep).toBe(false);
    expect(decisions.every((d) => d.why.length > 0)).toBe(true);
  });

  it('lists kept lines for --explain under their own stage', async () => {
    const a = await extract(PAGE, { inputFormat: 'text' });
    const kept = a.removed.filter((r) => r.stage === KEEP_STAGE).map((r) => r.text);
    expect(kept).toEqual(PARAGRAPHS);
  });
});

describe('clean news text (headline line, then paragraphs)', () => {
  it('takes the first line as the headline even when it ends with a period', async () => {
    const a = await extract(`Council says the bridge will reopen in May.\n\n${PARAGRAPHS.join('\n\n')}`, { inputFormat: 'text' });
    expect(a.title).toBe('Council says the bridge will reopen in May');
    expect(a.blocks).toHaveLength(PARAGRAPHS.length);
  });

  it('joins a headline cut over two lines after a semicolon', async () => {
    const a = await extract(`Bridge to reopen; \nCouncil sets May date after repairs.\n\n${PARAGRAPHS.join('\n\n')}`, { inputFormat: 'text' });
    expect(a.title).toBe('Bridge to reopen; Council sets May date after repairs');
  });

  it('keeps a short article with a lone name between headline and text as the byline', async () => {
    const a = await extract(`Bridge to reopen in May\n\nIvo Petrov\n\n${PARAGRAPHS.slice(0, 3).join('\n\n')}`, { inputFormat: 'text' });
    expect(a.title).toBe('Bridge to reopen in May');
    expect(a.authors).toEqual(['Ivo Petrov']);
  });
});

describe('headline choice', () => {
  it('prefers the headline over the standfirst below it', async () => {
    const page = [
      'Menu', 'Search', 'Subscribe', '',
      'Harbour terminal to become a covered market',
      '',
      'The harbour board ends two years of argument over the empty ferry terminal.',
      '',
      'By Lena Ostrova',
      '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
    ].join('\n');
    const a = await extract(page, { inputFormat: 'text' });
    expect(a.title).toBe('Harbour terminal to become a covered market');
  });

  it('does not take a picture credit or a section label as the headline', async () => {
    const page = ['NEWS', '', 'Market plan for the ferry terminal wins the harbour vote', '', 'Photo: Lena Ostrova/Getty Images', '', ...PARAGRAPHS.flatMap((p) => [p, ''])].join('\n');
    const a = await extract(page, { inputFormat: 'text' });
    expect(a.title).toBe('Market plan for the ferry terminal wins the harbour vote');
  });
});

describe('comments after the article', () => {
  it('stops at the comment section even when the comments are longer than the article', async () => {
    const comment = 'I have lived on the east quay for thirty years and I think the market is a fine idea, but the parking will be a problem for everyone who lives nearby.';
    const page = [
      'Harbour terminal to become a covered market', '', 'By Lena Ostrova', '',
      ...PARAGRAPHS.flatMap((p) => [p, '']),
      '12 Comments', '',
      ...Array.from({ length: 12 }, (_v, i) => [`reader${i} says:`, comment, '']).flat(),
    ].join('\n');
    const a = await extract(page, { inputFormat: 'text' });
    expect(a.blocks.map((b) => b.text)).toEqual(PARAGRAPHS);
  });
});

describe('other languages', () => {
  const DE = [
    'Der Hafenrat hat am Donnerstag beschlossen, das alte Fährterminal in eine überdachte Markthalle umzubauen, nachdem das Gebäude zwei Jahre lang leer gestanden hatte.',
    'Die Halle soll im Frühjahr öffnen und Platz für vierzig Stände bieten, dazu eine kleine Bühne für Musik und ein Café mit Blick auf das Wasser und die Inseln.',
    'Die Händler, die seit Jahrzehnten Fisch aus ihren Wagen am Kai verkaufen, zeigten sich erleichtert, auch wenn einige die Höhe der künftigen Miete fürchten.',
  ];
  it('finds a German article between a menu and a related list', async () => {
    const page = [
      'Startseite', 'Politik', 'Wirtschaft', 'Sport', 'Anmelden', '',
      'Fährterminal wird zur Markthalle', '',
      'Von Klara Hoffmann', '', 'Veröffentlicht am 7. März 2023', '',
      ...DE.flatMap((p) => [p, '']),
      'Anzeige', '',
      'Mehr zum Thema', 'Neue Radwege an der Küstenstraße', 'Fahrplan der Fähren ändert sich im Winter', '',
      'Impressum', 'Datenschutz',
    ].join('\n');
    const a = await extract(page, { inputFormat: 'text' });
    expect(a.title).toBe('Fährterminal wird zur Markthalle');
    expect(a.authors).toEqual(['Klara Hoffmann']);
    expect(a.lang).toBe('de');
    expect(a.blocks.map((b) => b.text)).toEqual(DE);
  });
});
