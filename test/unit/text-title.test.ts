/** Headline penalties: every id has a line it applies to and a headline it leaves alone. */
import { describe, expect, it } from 'vitest';
import { isNavLabel, notTitleOpening, penaltyApplies, TITLE_PENALTIES } from '../../src/rules/title.js';
import { findHeader, HEADER_TESTS, tidyTitle } from '../../src/text/header.js';
import { breadcrumbEnds, headlineCase, headlineLead, inSlug, namedTitle, namedTitleLine, notTitle, pageSlugs, scoreTitles, splitLeadingDate, splitTrailingDate, trailTail, unglueKicker } from '../../src/text/title.js';
import { toUnits } from '../../src/text/units.js';

const EXAMPLES: Record<string, { hit: string; miss: string }> = {
  'sentence-end': { hit: 'The board met on Thursday to vote on the plan.', miss: 'Board votes to turn terminal into market' },
  'several-sentences': { hit: 'The board met. It voted for the market.', miss: 'Board votes for market: what comes next' },
  'reported-speech': { hit: 'The harbour board said the market would open in May', miss: 'Market will open in May, harbour board says' },
  'photo-credit': { hit: 'The quay at dawn. Photograph: Lena Ostrova', miss: 'Dawn on the quay as the market plan wins' },
  'caption-label': { hit: 'Media captionWhat the market will look like', miss: 'Captain of the last ferry opens the market' },
  'credit-slash': { hit: 'Dana Holm/The Valley Times', miss: 'The harbour/ferry merger sends a signal about the town’s next decade' },
  'share-or-nav': { hit: 'Share this story', miss: 'Search for the lost ferry bell goes on at the harbour' },
  'share-or-nav-multilingual': { hit: 'Grafik herunterladen', miss: 'Hafen will Markt teilen und neu bauen lassen' },
  'share-bar-line': { hit: 'Compartir en Facebook Compartir en Twitter', miss: 'Markets share a harbour with the ferry' },
  'previous-next-link': { hit: '« Older post about the ferry', miss: 'Mayor: «The market stays»' },
  'category-pair': { hit: 'Energie & Umwelt', miss: 'Harbour & ferry board backs market' },
  'category-list': { hit: 'Wirtschaft, Tipps', miss: 'Hafen, Markt und Fähre: der Plan steht' },
  'word-list': { hit: 'Umwelt, Klima und Soziales', miss: 'Harbour, ferry and market: the vote' },
  'dateline-or-time': { hit: 'Harbour vote 10:31 PM', miss: 'Harbour vote goes to the market plan' },
  'all-caps': { hit: 'LATEST NEWS', miss: 'Latest plan for the harbour wins support' },
  'breadcrumb-trail': { hit: 'Blog > Harbour > Markets', miss: 'Harbour vote > market plan wins' },
  breadcrumb: { hit: 'News > Local > Harbour', miss: 'Harbour plan wins local support' },
  'call-to-action': { hit: 'Click here to read the full market guide', miss: 'Clicking cameras greet the harbour market opening' },
  emoji: { hit: 'Plan a day at the quay this weekend 😉', miss: 'Harbour™ market plan wins support' },
  'section-label': { hit: 'Latest Harbour News', miss: 'Latest: harbour board backs market' },
  'site-label': { hit: 'HV - www.harbour.example', miss: 'Harbour board backs the market plan at last' },
  'picture-marker': { hit: 'The old ferry terminal at dawn (file photo)', miss: 'File photos show the ferry terminal before the fire' },
  'image-file-name': { hit: 'ferry-terminal-market.jpg', miss: 'Ferry terminal market opens in May' },
};

describe('headline penalties', () => {
  it('every id has examples', () => {
    expect(TITLE_PENALTIES.map((p) => p.id).filter((id) => !EXAMPLES[id])).toEqual([]);
  });
  for (const p of TITLE_PENALTIES) {
    const ex = EXAMPLES[p.id];
    if (!ex) continue;
    it(`${p.id} applies to ${JSON.stringify(ex.hit)}`, () => expect(penaltyApplies(p, ex.hit)).toBe(true));
    it(`${p.id} leaves ${JSON.stringify(ex.miss)}`, () => expect(penaltyApplies(p, ex.miss)).toBe(false));
  }
});

describe('notTitle', () => {
  it('rejects lines that cannot be headlines', () => {
    expect(notTitle('Home')).toBe('length');
    expect(notTitle('Related Articles')).toBe('boilerplate');
    expect(notTitle('March 7, 2023')).toBe('date');
    expect(notTitle('What the plan includes:')).toBe('open-ending');
    expect(notTitle('and then the board voted')).toBe('lower-case-start');
    expect(notTitle('* Dates may change with the tides')).toBe('footnote');
  });
  it('accepts a headline', () => {
    expect(notTitle('Harbour terminal to become a covered market')).toBeNull();
  });
});

describe('tidyTitle', () => {
  it('drops a final period, also inside closing quotes', () => {
    expect(tidyTitle('Mayor calls the plan ‘a fine idea.’')).toBe('Mayor calls the plan ‘a fine idea’');
    expect(tidyTitle('Bridge to reopen in May.')).toBe('Bridge to reopen in May');
  });
  it('keeps an ellipsis and a final initial', () => {
    expect(tidyTitle('The vote, and then...')).toBe('The vote, and then...');
    expect(tidyTitle('Talks with the U.S.')).toBe('Talks with the U.S.');
  });
  it('drops a kicker glued to a quoted headline', () => {
    expect(tidyTitle('Die Zukunft des Hafens„Wir bauen den Markt im Mai“')).toBe('„Wir bauen den Markt im Mai“');
    expect(tidyTitle('Harbour board"We will open the market in May"')).toBe('"We will open the market in May"');
  });
  it('keeps quotes after a space and short quoted names', () => {
    expect(tidyTitle('Mayor says "We will open the market"')).toBe('Mayor says "We will open the market"');
    expect(tidyTitle('Film"Harbour Nights"')).toBe('Film"Harbour Nights"');
  });
});

// Self-written pages: a menu, the header, then prose that repeats the headline's words.
const PROSE = [
  'The harbour board voted on Thursday to turn the old ferry terminal into a covered market for local growers and fishers.',
  'Growers said the covered market would give them a dry place to sell through the winter, and the board agreed to open it in May.',
  'The ferry terminal has stood empty since the last crossing ended, and the harbour board had looked for a new use for years.',
];
const titleOf = (lines: string[]) => findHeader(toUnits(lines.join('\n\n'))).title;

describe('headline above the byline', () => {
  it('keeps a Title Case headline with the byline under it over a related headline above', () => {
    const page = ['News', 'Sport', 'Harbour Board Votes On Covered Market For Ferry Terminal Growers', 'Board Turns Old Ferry Terminal Into Covered Market', 'By Dana Holm', 'March 7, 2023', ...PROSE];
    expect(titleOf(page)).toBe('Board Turns Old Ferry Terminal Into Covered Market');
  });
  it('takes a short headline with the byline right under it over the standfirst below', () => {
    const page = ['News', 'Sport', 'The Covered Market', 'By Dana Holm', 'March 7, 2023', 'The harbour board voted to turn the old ferry terminal into a covered market for growers', ...PROSE];
    expect(titleOf(page)).toBe('The Covered Market');
  });
  it('takes a headline shaped like a name when a "By" byline follows', () => {
    const page = ['News', 'Sport', 'Covered Harbour Market', 'By Dana Holm', ...PROSE];
    expect(titleOf(page)).toBe('Covered Harbour Market');
  });
  it('does not penalise navigation words inside a longer headline', () => {
    const page = ['Menu', 'Home market growers win a covered ferry terminal', 'By Dana Holm', 'March 7, 2023', 'The harbour board voted to turn the old ferry terminal into a covered market for growers', ...PROSE];
    expect(titleOf(page)).toBe('Home market growers win a covered ferry terminal');
  });
});

describe('Title Case as a headline shape', () => {
  it('counts in English, not in German where every noun is capitalised', () => {
    expect(headlineCase('Growers Win Covered Harbour Market', 'en')).toBe(true);
    expect(headlineCase('Growers win a covered harbour market', 'en')).toBe(false);
    expect(headlineCase('Neue Regeln für den Hafen der Stadt', 'de')).toBe(false);
    expect(headlineCase('Neue Regeln für den Hafen der Stadt', null)).toBe(true);
  });
  it('gives no Title Case bonus to a German standfirst', () => {
    const prose = [
      'Der Hafenrat hat am Donnerstag beschlossen, das alte Fährterminal in eine überdachte Markthalle für die Bauern umzubauen.',
      'Die Bauern sagen, die Markthalle gebe ihnen im Winter einen trockenen Platz, und der Rat will sie im Mai eröffnen.',
    ];
    const units = toUnits(['Menü', 'Markthalle im Fährterminal', 'Der Hafenrat Baut Das Alte Fährterminal Zur Markthalle Um', ...prose].join('\n\n'));
    const why = (lang: 'de' | 'en') => scoreTitles(units, 3, lang, HEADER_TESTS).find((c) => c.index === 2)!.why;
    expect(why('de')).not.toContain('title-case');
    expect(why('en')).toContain('title-case');
  });
});

describe('a subject shaped like a name over the date line', () => {
  const prose = [
    'Neue Fährpläne gelten ab Mai: der Hafenrat hat die neuen Fährpläne am Donnerstag veröffentlicht, mit mehr Fahrten am Abend.',
    'Die Fährpläne sehen im Sommer zwei zusätzliche Fahrten vor, und der Rat will die Zeiten im Herbst wieder prüfen lassen.',
  ];
  it('is the headline when the article repeats all of its three words or more', () => {
    expect(titleOf(['Menü', 'Alles über den Sommer in der Stadt', 'Hafen', 'Hafenrat Veröffentlicht Fährpläne', '3. März 2023', ...prose])).toBe('Hafenrat Veröffentlicht Fährpläne');
  });
  it('is the byline when it is a name the article does not repeat', () => {
    expect(titleOf(['Menü', 'Hafen', 'Neue Fährpläne für den Sommer', 'Dana Holm', '3. März 2023', ...prose])).toBe('Neue Fährpläne für den Sommer');
  });
});

describe('an exclaiming headline', () => {
  it('is the headline over its byline, not a standfirst under the kicker above it', () => {
    const page = ['News', 'Sport', 'Special: harbour news from the ferry terminal today', 'Covered market for the ferry terminal growers at last!', 'By Dana Holm', ...PROSE];
    expect(findHeader(toUnits(page.join('\n\n')), 5).title).toBe('Covered market for the ferry terminal growers at last!');
  });
});

describe('a kicker over the headline over the article', () => {
  const prose = [
    'Der Hafenrat hat am Donnerstag beschlossen, das alte Fährterminal in eine überdachte Markthalle für die Bauern umzubauen.',
    'Die Bauern sagen, die Markthalle gebe ihnen im Winter einen trockenen Platz, und der Rat will sie im Mai eröffnen.',
  ];
  it('takes the longer line right over the article under a kicker (German)', () => {
    const page = ['Menü', 'Hafen', 'Kontakt', '3. März 2023', 'Hafenrat baut Markthalle im Fährterminal', 'Endlich ein trockener Platz für die Bauern am Wasser', ...prose];
    expect(findHeader(toUnits(page.join('\n\n')), 6, 'de').title).toBe('Endlich ein trockener Platz für die Bauern am Wasser');
  });
});

describe('distance to the article', () => {
  const titleFrom = (lines: string[], start: number) => findHeader(toUnits(lines.join('\n\n')), start).title;
  it('does not count a share panel of boilerplate lines', () => {
    const panel = ['Email', 'Facebook', 'Twitter', 'WhatsApp', 'Messenger', 'LinkedIn', 'Pinterest'].flatMap((s) => [`Share this with ${s}`, `Share this with ${s}`]);
    const page = ['News', 'Sport', 'Harbour board votes for covered market', ...panel, 'Copy this link', 'Growers praise the plan', ...PROSE];
    expect(titleFrom(page, 19)).toBe('Harbour board votes for covered market');
  });
  it('favours the line right above the byline over one a line further up', () => {
    const page = ['News', 'Sport', 'Harbour board voted covered market for growers', 'Growers Win Covered Harbour Market', 'By Dana Holm', ...PROSE];
    expect(titleFrom(page, 5)).toBe('Growers Win Covered Harbour Market');
  });
});

describe('address slug', () => {
  it('reads slugs from addresses printed on the page', () => {
    const units = toUnits('https://valley.example/news/Harbour-board-votes-for-covered-market-123.php\n\nMore');
    expect(pageSlugs(units)).toEqual(['news-harbour-board-votes-for-covered-market-123-php']);
  });
  it('matches a line whose first words make the slug, not one with a few words in common', () => {
    const slugs = ['news-harbour-board-votes-for-covered-market-123-php'];
    expect(inSlug('Harbour board votes for covered market', slugs)).toBe(true);
    expect(inSlug('Board votes harbour market plan', slugs)).toBe(false);
    expect(inSlug('Harbour board votes', slugs)).toBe(false);
  });
  it('prefers the headline the address spells over a line with the same words', () => {
    const page = ['https://valley.example/news/Harbour-board-votes-for-covered-market-123.php', 'Ferry terminal growers market board votes on covered plan', 'Harbour board votes for covered market', 'Updated 10:01 pm, Tuesday, March 7, 2023', ...PROSE];
    expect(titleOf(page)).toBe('Harbour board votes for covered market');
  });
});

describe('headline at the start of the article region', () => {
  // The region finder (text/region.ts) decides where the article starts; these pass that start.
  const titleFrom = (lines: string[], start: number) => findHeader(toUnits(lines.join('\n\n')), start).title;
  it('takes a headline-shaped first unit when the region starts at it', () => {
    const page = ['News', 'Sport', 'Weather', 'Back to overview', 'Harbour board turns the old ferry terminal into a covered market', ...PROSE];
    expect(titleFrom(page, 4)).toBe('Harbour board turns the old ferry terminal into a covered market');
  });
  it('a short first line over a headline-shaped lead is navigation, not clean text\'s title', () => {
    const page = ['Back to overview', 'By Dana Holm, March 7, 2023', 'Harbour board turns the old ferry terminal into a covered market', ...PROSE];
    expect(titleFrom(page, 2)).toBe('Harbour board turns the old ferry terminal into a covered market');
  });
  it('headlineLead wants no closing punctuation and a paragraph after it', () => {
    const units = toUnits(['Harbour board turns the terminal into a market', PROSE[0], 'The board met on Thursday to vote on it.', PROSE[1]].join('\n\n'));
    expect(headlineLead(units, 0)).toBe(true);
    expect(headlineLead(units, 2)).toBe(false);
  });
  it('from a lead caption steps up past the standfirst to the headline', () => {
    const share = ['Video', 'Share', 'Print', 'Email', 'Facebook', 'Twitter'];
    const page = ['News', 'Sport', 'Weather', 'Quay stalls for harbour growers', 'The old ferry terminal becomes a covered market for local growers.', ...share, 'Harbour board votes covered market for growers at old ferry terminal', ...PROSE];
    expect(titleFrom(page, 11)).toBe('Quay stalls for harbour growers');
  });
});

describe('headline printed twice', () => {
  it('looks for the byline under the first printing', () => {
    const gallery = ['Image 1 of 9', ...['dawn', 'noon', 'dusk', 'night'].flatMap((t) => [`The old terminal at ${t}, seen from the quay`, 'Photo: Lena Ostrova, AP', `Stalls at ${t}`])];
    const page = ['News', 'Harbour board votes for covered market', 'Dana Holm, Ap Harbour Writer', 'Updated 2:51 am EST, Wednesday, March 8, 2023', ...gallery, 'Harbour board votes for covered market', '1 / 9', 'Back to Gallery', ...PROSE];
    const h = findHeader(toUnits(page.join('\n')), 19);
    expect(h.title).toBe('Harbour board votes for covered market');
    expect(h.titleIndex).toBe(1);
    expect(h.byline).toBe('Dana Holm, Ap Harbour Writer');
  });
});

describe('no headline scores: a line printed twice', () => {
  const SHORT_MENU = ['Art', 'Bus', 'Car', 'Sea', 'Sky', 'Sun', 'Tea', 'Zoo'];
  it('takes a headline-length line printed again far from itself when it repeats the article\'s words', () => {
    const head = 'Harbour board backs covered market for growers';
    const page = [head, 'Harbour news from the quay, every week', ...SHORT_MENU, ...SHORT_MENU, ...SHORT_MENU, ...SHORT_MENU, ...PROSE, 'More from the quay', head];
    expect(findHeader(toUnits(page.join('\n\n'))).title).toBe(head);
  });
  it('leaves a line printed twice that the article does not repeat', () => {
    const page = ['Sign up for our weekly letter today', ...SHORT_MENU, ...SHORT_MENU, ...SHORT_MENU, ...SHORT_MENU, ...PROSE, 'Sign up for our weekly letter today'];
    expect(findHeader(toUnits(page.join('\n\n'))).title).toBeNull();
  });
  it('takes the headline a breadcrumb is glued to when it is printed bare next to it', () => {
    const head = 'Fünf Wege zum frischen Fisch am Hafen!';
    const prose = ['Am Kai stehen die Boote früh am Morgen, und wer dort einkauft, bekommt den Fang noch vor dem Frühstück.', 'Die Händler verkaufen von Dienstag bis Samstag, im Winter nur am Vormittag und bei jedem Wetter.', 'Wer selbst angeln will, braucht eine Karte vom Amt, die es auch im Laden am Kai gibt.'];
    const skips = ['Zum Inhalt springen', 'Navigation überspringen', 'Zur Suche springen'];
    const page = [...skips, `Home|Magazin|Tipps|Serie ${head}`, prose[0]!, head, prose[1]!, prose[2]!];
    expect(findHeader(toUnits(page.join('\n\n')), 3).title).toBe(head);
    expect(findHeader(toUnits([...skips, 'Home|Magazin|Tipps', ...prose].join('\n\n')), 3).title).toBeNull();
  });
});

describe('lone name in a long one-line-per-block group', () => {
  // One group (no blank lines), as a browser's innerText dump gives it: a lone name there is
  // usually a menu item, unless header lines surround it.
  const header = (lines: string[], start: number) => findHeader(toUnits([...lines, ...PROSE].join('\n')), start);
  it('is the byline next to a date line', () => {
    const h = header(['News', 'Sport', 'Weather', 'Harbour board votes for covered market', 'Dana Holm', 'March 7, 2023'], 6);
    expect(h.byline).toBe('Dana Holm');
  });
  it('is the byline over a handle or a job title', () => {
    expect(header(['News', 'Sport', 'Weather', 'Harbour board votes for covered market', 'Dana Holm', '@DANAHOLM', 'Watch'], 7).byline).toBe('Dana Holm');
    expect(header(['News', 'Sport', 'Weather', 'Harbour board votes for covered market', 'Dana Holm', 'Senior Contributor', 'Watch'], 7).byline).toBe('Dana Holm');
  });
  it('is not a byline next to a section word or with nothing around it', () => {
    expect(header(['News', 'Sport', 'Weather', 'Harbour board votes for covered market', 'Dana Holm', 'Opinion', 'Watch'], 7).byline).toBeNull();
    expect(header(['News', 'Sport', 'Weather', 'Harbour board votes for covered market', 'Dana Holm', 'Video', 'Watch'], 7).byline).toBeNull();
  });
});

describe('table rows and one-line menus', () => {
  it('marks a line of cells split by tabs or runs of spaces', () => {
    expect(toUnits('Berth\tVessel\tTonnes\tShare')[0]!.cells).toBe(4);
    expect(toUnits('Overview \u00a0 Markets \u00a0 Ferries')[0]!.cells).toBe(3);
    expect(toUnits('Harbour board backs the market')[0]!.cells).toBeUndefined();
  });
  it('never takes such a line as the headline, and takes the same words single-spaced', () => {
    expect(titleOf(['News', 'Sport', 'Growers market    Harbour fares    Ferry board', ...PROSE])).toBeNull();
    expect(titleOf(['News', 'Sport', 'Growers market\tHarbour fares\tFerry board', ...PROSE])).toBeNull();
    expect(titleOf(['News', 'Sport', 'Growers market Harbour fares Ferry board', ...PROSE])).toBe('Growers market Harbour fares Ferry board');
  });
});

describe('promotions over the article', () => {
  it('does not take a call to action whose words fit the article', () => {
    expect(titleOf(['News', 'Sport', 'Harbour Market Vote Goes Ahead', 'Download the harbour market guide for growers', ...PROSE])).toBe('Harbour Market Vote Goes Ahead');
  });
});

describe('headline over a standfirst', () => {
  it('takes the clean line right above a sentence-shaped standfirst, even with less word overlap', () => {
    const page = ['News', 'Sport', 'A Winter Roof over the Quay Stalls', 'Growers will sell at the old ferry terminal from May.', 'By Dana Holm', 'March 7, 2023', ...PROSE];
    expect(titleOf(page)).toBe('A Winter Roof over the Quay Stalls');
  });
  it('does not step up from the standfirst to an all-capitals section label', () => {
    const page = ['News', 'Sport', 'LOCAL MARKETS', 'Growers will sell at the old ferry terminal from May.', 'By Dana Holm', 'March 7, 2023', ...PROSE];
    expect(titleOf(page)).toBe('Growers will sell at the old ferry terminal from May');
  });
  it('keeps a headline-shaped line over its byline rather than a related headline further up', () => {
    const page = ['News', 'Harbour board backs covered market plan', 'Ferry fares rise again', 'Quay lights to be replaced soon', 'Bus route changes next week', 'Covered Market Opens', 'By Dana Holm', 'March 7, 2023', ...PROSE];
    expect(titleOf(page)).toBe('Covered Market Opens');
  });
  it('steps over a comment counter from a standfirst over the byline to the headline', () => {
    const page = ['News', 'Sport', 'Harbour board to turn old ferry terminal into covered market', 'New, 12 comments', 'The old terminal will give growers a dry place to sell through the winter months', 'By Dana Holm', 'March 7, 2023', ...PROSE];
    expect(titleOf(page)).toBe('Harbour board to turn old ferry terminal into covered market');
  });
});

describe('weekday and time as a date line', () => {
  const header = (lines: string[], start: number) => findHeader(toUnits([...lines, ...PROSE].join('\n')), start);
  it('makes a lone name next to it the byline', () => {
    expect(header(['News', 'Sport', 'Weather', 'Harbour board votes for covered market', 'Dana Holm', 'Monday 6:30PM', 'Filed to:'], 7).byline).toBe('Dana Holm');
    expect(header(['News', 'Sport', 'Weather', 'Harbour board votes for covered market', 'Dana Holm', 'Yesterday 2:45 pm', 'Filed to:'], 7).byline).toBe('Dana Holm');
  });
  it('is not a headline, and a weekday without a time is no date line', () => {
    expect(notTitle('Monday 6:30PM')).toBe('date');
    expect(header(['News', 'Sport', 'Weather', 'Harbour board votes for covered market', 'Dana Holm', 'Monday Market', 'Filed to:'], 7).byline).toBeNull();
  });
});

describe('headline and date on one line', () => {
  it('cuts the date off the end of a headline line', () => {
    expect(splitTrailingDate('Harbour board backs the covered market March 7, 2023 - 10:31 AM')).toEqual({ head: 'Harbour board backs the covered market', date: 'March 7, 2023 - 10:31 AM' });
  });
  it('leaves date lines, captions and sentences with a date at the end', () => {
    expect(splitTrailingDate('Updated 10:31 PM EST Mar 7, 2023')).toBeNull();
    expect(splitTrailingDate('Growers set up stalls at the old terminal, Tuesday, March 7, 2023')).toBeNull();
    expect(splitTrailingDate('The board will vote on the plan on Tuesday March 7, 2023')).toBeNull();
    expect(splitTrailingDate('Growers will sell at the quay from May')).toBeNull();
  });
  it('takes the headline without its date from the line', () => {
    const page = ['News', 'Sport', 'Harbour board backs the covered market March 7, 2023 - 10:31 AM', ...PROSE];
    const h = findHeader(toUnits(page.join('\n\n')));
    expect(h.title).toBe('Harbour board backs the covered market');
    expect(h.dateText).toBe('March 7, 2023 - 10:31 AM');
  });
});

describe('date and headline on one line', () => {
  it('cuts the date off the start of a headline line', () => {
    expect(splitLeadingDate('23.01.2022 - Wierer darf beim Abschluss noch jubeln')).toEqual({ head: 'Wierer darf beim Abschluss noch jubeln', date: '23.01.2022' });
    expect(splitLeadingDate('Jun 17 The quiet end of the harbour line')).toEqual({ head: 'The quiet end of the harbour line', date: 'Jun 17' });
    expect(splitLeadingDate('March 7, 2023 Harbour board backs the market')).toEqual({ head: 'Harbour board backs the market', date: 'March 7, 2023' });
  });
  it('does not swallow the headline\'s first name into the date', () => {
    expect(splitLeadingDate('23.01.2022 - Dorothea Holm wins the harbour race')?.head).toBe('Dorothea Holm wins the harbour race');
  });
  it('leaves lines that do not start with a date, and post meta lines', () => {
    expect(splitLeadingDate('2020 Olympics were postponed today')).toBeNull();
    expect(splitLeadingDate('May the market open at last')).toBeNull();
    expect(splitLeadingDate('26. September 2019 Dana Holm Schreibe einen Kommentar')).toBeNull();
    expect(splitLeadingDate('March 7, 2023 the board met')).toBeNull();
  });
  it('takes the headline without its date from the line', () => {
    const page = ['News', 'Sport', '23.01.2022 - Harbour board backs the covered market', ...PROSE];
    const h = findHeader(toUnits(page.join('\n\n')));
    expect(h.title).toBe('Harbour board backs the covered market');
    expect(h.dateText).toBe('23.01.2022');
  });
});

describe('headline named by the comment or review section', () => {
  it('reads the title a comment heading names, in several languages', () => {
    const named = (line: string) => namedTitle(toUnits(line))?.title ?? null;
    expect(named('3 thoughts on “Need for Speed”')).toBe('need for speed');
    expect(named('Ein Gedanke zu „Ist der Radweg sicher?“')).toBe('ist der radweg sicher');
    expect(named('Kundenbewertungen für "Harbour Market Stall 2000"')).toBe('harbour market stall 2000');
    expect(named('12 commentaires sur « Le marché du port »')).toBe('le marché du port');
    expect(named('Reply to “Jane Doe”')).toBeNull();
    expect(named('Comments')).toBeNull();
  });
  it('takes the line printing that title as the headline, over a closer related line', () => {
    const page = ['News', 'Harbour market', 'Sport', 'Weather', 'Share', 'Print', 'Mail', 'Jobs', 'Contact', 'About', 'Ferry times', 'Harbour board backs market again', 'Monday, March 6, 2023', ...PROSE, '2 Kommentare zu „Harbour market“', 'Nice!'];
    const units = toUnits(page.join('\n\n'));
    expect(namedTitleLine(units, 13)).toBe(1);
    expect(findHeader(units, 13).title).toBe('Harbour market');
  });
  it('changes nothing without such a heading', () => {
    const units = toUnits(['News', 'Harbour board backs market again', 'Monday, March 6, 2023', ...PROSE].join('\n\n'));
    expect(namedTitleLine(units, 3)).toBe(-1);
    expect(findHeader(units, 3).title).toBe('Harbour board backs market again');
  });
});

describe('headline over a longer standfirst', () => {
  const page = (head: string, dek: string) => ['News', 'Sport', 'Weather', head, dek, 'By Dana Holm', ...PROSE];
  it('takes the shorter line over a long sentence-case standfirst', () => {
    const h = findHeader(toUnits(page('Why covered stalls beat the winter rain', 'An interview with the harbour board chair, who voted to turn the ferry terminal into a covered market for growers').join('\n\n')));
    expect(h.title).toBe('Why covered stalls beat the winter rain');
  });
  it('keeps a long Title Case headline under a related headline', () => {
    const h = findHeader(toUnits(page('Ferry Terminal Closes in December', 'Harbour Board Votes to Turn the Old Ferry Terminal Into a Covered Market for Growers').join('\n\n')));
    expect(h.title).toBe('Harbour Board Votes to Turn the Old Ferry Terminal Into a Covered Market for Growers');
  });
  it('keeps a long headline under a short kicker', () => {
    const h = findHeader(toUnits(page('Harbour news', 'Harbour board votes to turn the old ferry terminal into a covered market').join('\n\n')));
    expect(h.title).toBe('Harbour board votes to turn the old ferry terminal into a covered market');
  });
});

describe('header inside the region', () => {
  // The region finder started at teasers (text/region.ts); these pass that start.
  const TEASERS = [
    'The city zoo welcomed two new penguins on Monday, and keepers said the birds settled in quickly.',
    'A local bakery won the regional bread prize for the third year running, beating forty other entrants.',
  ];
  const MENU = ['Menu', 'News', 'Sport', 'Weather'];
  const header = (lines: string[]) => findHeader(toUnits([...MENU, ...lines, ...PROSE].join('\n\n')), 4);
  it('takes a headline with a date line under it, past teasers about other stories', () => {
    const h = header([...TEASERS, 'Harbour Board Votes For Covered Market', 'March 7, 2023']);
    expect(h.title).toBe('Harbour Board Votes For Covered Market');
    expect(h.bodyStart).toBe(7);
  });
  it('does not skip lines that are about the same story (a live blog\'s earlier entries)', () => {
    const entries = [
      'The harbour board met again on Thursday to discuss the covered market for the ferry terminal growers.',
      'Growers asked the harbour board for a covered market at the terminal before the winter.',
    ];
    const h = header([...entries, 'Harbour Board Votes For Covered Market', 'March 7, 2023']);
    expect(h.title).toBeNull();
    expect(h.bodyStart).toBe(4);
  });
  it('takes the headline over the standfirst it found there', () => {
    const h = header([...TEASERS, 'Harbour board votes for the ferry terminal plan', 'Growers get a covered market for the winter', 'March 7, 2023']);
    expect(h.title).toBe('Harbour board votes for the ferry terminal plan');
  });
  it('does not take an embedded post over its attribution line', () => {
    const h = header([...TEASERS, 'Harbour board votes for covered market pic.twitter.com/abc', '— Harbour Watch (@harbourwatch) March 7, 2023']);
    expect(h.title).toBeNull();
  });
});

describe('weak best line', () => {
  const LIST = ['Ferry fares rise again', 'Quay lights to be replaced', 'Bus routes change next week', 'School term dates announced', 'Library opens on Sundays', 'Park gates repainted', 'Council tax bills explained', 'Harbour walk reopens', 'Cycle lanes planned', 'Pool closes for repairs', 'Choir seeks new singers', 'Museum adds night openings', 'Road works on Main Street', 'Beach cleanup on Saturday', 'Bridge painting begins'];
  const top = ['Menu', 'Growers Win a Roof for the Quay', 'By Dana Holm', 'March 7, 2023', ...LIST];
  it('gives way to a headline further up with the byline under it', () => {
    expect(titleOf([...top, 'Stalls for winter', ...PROSE])).toBe('Growers Win a Roof for the Quay');
  });
  it('a strong best line near the article keeps its place', () => {
    expect(titleOf([...top, 'Covered winter stalls for harbour growers', ...PROSE])).toBe('Covered winter stalls for harbour growers');
  });
});

describe('a name in capitals under the headline', () => {
  const header = (lines: string[]) => findHeader(toUnits([...lines, ...PROSE].join('\n')), lines.length);
  it('is the byline with the date line right under it', () => {
    const h = header(['News', 'Sport', 'Weather', 'Harbour board votes for covered market', 'DANA HOLM', 'March 7, 2023']);
    expect(h.byline).toBe('DANA HOLM');
  });
  it('is not a byline without the date under it, nor away from the headline', () => {
    expect(header(['News', 'Sport', 'Weather', 'Harbour board votes for covered market', 'DANA HOLM', 'Watch']).byline).toBeNull();
    expect(header(['News', 'DANA HOLM', 'March 7, 2023', 'Harbour board votes for covered market', 'Watch the video']).byline).toBeNull();
  });
});

describe('a lone name over the prose printed twice', () => {
  const header = (lines: string[]) => findHeader(toUnits([...lines, ...PROSE].join('\n')), lines.length);
  it('is the byline when the same name is printed above too (author box and byline)', () => {
    expect(header(['Menu', 'Dana Holm', 'Contact', 'Harbour board votes for covered market', 'Share', 'Tweet', 'Email', 'Dana Holm']).byline).toBe('Dana Holm');
  });
  it('is not a byline printed once in a long group', () => {
    expect(header(['Menu', 'Contact', 'Harbour board votes for covered market', 'Share', 'Tweet', 'Email', 'Dana Holm']).byline).toBeNull();
  });
});

describe('small sites: the headline right over the article', () => {
  const MENU = ['Start', 'Angebote', 'Kontakt', 'Impressum'];
  it('takes a one-word headline right over the article', () => {
    expect(titleOf([...MENU, 'Markthalle', ...PROSE])).toBe('Markthalle');
  });
  it('takes a headline-shaped line with no words in common when nothing else scores', () => {
    expect(titleOf([...MENU, 'Before and After', ...PROSE])).toBe('Before and After');
    expect(titleOf([...MENU, 'Willkommen!', ...PROSE])).toBe('Willkommen!');
    // Two exclamations (or a question and an exclamation) are a headline too; a period is a sentence's.
    expect(titleOf([...MENU, 'Finally! Growers get a covered market!', ...PROSE])).toBe('Finally! Growers get a covered market!');
    expect(titleOf([...MENU, 'Finally. Growers get a covered market!', ...PROSE])).toBeNull();
  });
  it('never takes a navigation label over the article', () => {
    expect(titleOf([...MENU, 'Aktuelles', ...PROSE])).toBeNull();
    expect(titleOf(['Menu', 'News', 'Sport', 'Weather', ...PROSE])).toBeNull();
  });
  it('takes a one-word line only close to the article', () => {
    expect(titleOf(['Markthalle', ...MENU, 'Startseite', 'Aktuelles', ...PROSE])).toBeNull();
  });
  it('takes a line shaped like a name when the article repeats its words', () => {
    expect(titleOf([...MENU, 'Covered Market', ...PROSE])).toBe('Covered Market');
  });
  it('not a name the article does not repeat, and not one under a split "By"', () => {
    expect(titleOf([...MENU, 'Dana Holm', ...PROSE])).toBeNull();
    expect(titleOf(['Harbour board backs a covered market for growers', 'By', 'Ferry Market', 'March 7, 2023', ...PROSE])).toBe('Harbour board backs a covered market for growers');
  });
  it('keeps a headline over the article against a kicker above it', () => {
    expect(titleOf([...MENU, 'Harbour board: covered market', 'Covered market for growers at the ferry terminal', ...PROSE])).toBe('Covered market for growers at the ferry terminal');
  });
  it('but a byline or date between makes the line over the article a subhead', () => {
    expect(titleOf([...MENU, 'Harbour board backs covered market for growers', 'March 7, 2023', 'Growers get a dry winter market', ...PROSE])).toBe('Harbour board backs covered market for growers');
  });
});

describe('lines that open like something else', () => {
  const MENU = ['Home', 'Blog', 'About'];
  const HEAD = 'Harbour board backs covered market for growers';
  it('skips skip links, tag lines and credit lines in several languages', () => {
    for (const line of ['Zum Inhalt springen', 'Navigation überspringen', 'Aller au contenu principal', 'Getaggt mit Hafen, Markt', 'Schlagwörter: Hafen, Markt', 'Text und Interview: Dana Holm', 'Fotos: Dana Holm', 'Ein Artikel von Dana Holm, veröffentlicht am 7. März 2023', 'Un documentaire de Dana Holm', 'A film by Dana Holm and Ana Ruiz']) {
      expect(notTitleOpening(line), line).not.toBeNull();
      expect(titleOf([...MENU, HEAD, line, ...PROSE]), line).toBe(HEAD);
    }
  });
  it('skips the menu button\'s label over a headline printed as the article\'s first line', () => {
    for (const line of ['Toggle navigation', 'Menü öffnen', 'Ouvrir le menu']) {
      expect(notTitleOpening(line), line).toBe('menu-toggle');
      expect(titleOf([...MENU, line, 'Harbour board backs covered market for growers at last', 'By Dana Holm', ...PROSE]), line).toBe('Harbour board backs covered market for growers at last');
    }
  });
  it('leaves headlines that only start with such a word', () => {
    for (const line of ['Themen der Woche im Hafen', 'Text messages warn growers of the storm', 'Foto-Wettbewerb am Hafen gestartet', 'Tags are back at the ferry terminal']) expect(notTitleOpening(line), line).toBeNull();
  });
  it('takes a "Von …" line that reads as a sentence as the headline', () => {
    expect(titleOf([...MENU, 'Von der Fähre zur Markthalle: der Hafen baut den Terminal für die Bauern um', ...PROSE.map((p) => `${p} Die Fähre und die Markthalle, der Hafen und der Terminal.`)])).toBe('Von der Fähre zur Markthalle: der Hafen baut den Terminal für die Bauern um');
  });
  it('takes a "Von …" headline with quotation marks over the article, not the kicker over it', () => {
    const head = 'Von Fähren, Markthallen und «ganz alten Zeiten»';
    const prose = PROSE.map((p) => `${p} Die Fähren, die Markthallen und die Zeiten am Hafen.`);
    expect(titleOf([...MENU, 'Hafenmeisterin Dana Holm im Gespräch', head, ...prose])).toBe(head);
  });
  it('takes the end of a breadcrumb trail', () => {
    expect(trailTail('Startseite » Alle News » Harbour board backs covered market')).toBe('Harbour board backs covered market');
    expect(trailTail('Home ›› Politik im Überblick ›› Politik')).toBeNull();
    expect(titleOf([...MENU, 'Home » News » Harbour board backs covered market', ...PROSE])).toBe('Harbour board backs covered market');
  });
  it('knows navigation labels of several languages', () => {
    for (const l of ['Startseite', 'Aktuelles', 'Accueil', 'Inicio', 'Notizie', 'Strona główna', 'Nieuws', 'Início', 'Home']) expect(isNavLabel(l), l).toBe(true);
    expect(isNavLabel('Harbour board backs market')).toBe(false);
  });
});

describe('a headline printed again', () => {
  it('scores more when printed again far from itself (not a menu printed twice)', () => {
    const related = ['Ferry fares rise again this spring', 'Quay lights to be replaced by LED lamps'];
    const filler = Array.from({ length: 12 }, (_v, k) => `Item number ${k + 1} of the list`);
    const lines = ['Market plan for growers wins at the harbour', ...filler, 'Market plan for growers wins at the harbour', 'March 7, 2023', ...related, 'Covered market for harbour growers and fishers', ...PROSE];
    const units = toUnits(lines.join('\n\n'));
    const ranked = scoreTitles(units, lines.length - PROSE.length, 'en', HEADER_TESTS);
    expect(ranked.find((c) => c.index === 13)?.why).toContain('printed-again');
    expect(ranked.find((c) => c.index === 17)?.why).not.toContain('printed-again');
  });
});

describe('penalty patterns', () => {
  const cost = (text: string) => TITLE_PENALTIES.filter((p) => penaltyApplies(p, text)).map((p) => p.id);
  it('a © credit after a caption, and Foto:/Bild: credits', () => {
    expect(cost('Pro-Kopf-Konsum von elf Litern © APA/Jens Büttner')).toContain('photo-credit');
    expect(cost('Am Hafen. Foto: Dana Holm')).toContain('photo-credit');
  });
  it('a breadcrumb with doubled separators', () => {
    expect(cost('Home ›› Politik im Überblick ›› Politik')).toContain('breadcrumb');
  });
});

describe('compounds', () => {
  const DE = [
    'Vor allem für kleine Haushalte sind die hohen Energiepreise im Winter ein großes Problem, sagen die Berater.',
    'Die Berater helfen Haushalten dabei, ihre Heizkosten zu senken, und zeigen, wie man beim Heizen spart.',
  ];
  it('counts a German headline word found inside a compound of the article', () => {
    const units2 = toUnits(['Menü', 'Energie beim Heizen', ...DE].join('\n\n'));
    expect(scoreTitles(units2, 2, 'de', HEADER_TESTS).find((c) => c.index === 1)!.overlap).toBe(1);
    expect(scoreTitles(units2, 2, 'en', HEADER_TESTS).find((c) => c.index === 1)!.overlap).toBeLessThan(1);
  });
});

describe('a line the breadcrumb ends with', () => {
  it('takes it, one word too, over a tagline', () => {
    expect(titleOf(['Harbour Notes', 'Menu', 'Markets – Ferries – Growers – Weather', 'Blog » Marktglück', 'Marktglück', 'March 7, 2023', ...PROSE])).toBe('Marktglück');
  });
  it('collects the ends of the page\'s trails', () => {
    expect([...breadcrumbEnds(toUnits(['Home » Blog » Marktglück', 'Plain line'].join('\n\n')))]).toEqual(['marktglück']);
  });
});

describe('clean text', () => {
  it('never takes a line of marks alone as the headline', () => {
    expect(titleOf(['...', ...PROSE])).not.toBe('...');
  });
});

describe('a headline with its byline under it, over a caption or lead', () => {
  const MENU = ['News', 'Sport', 'Weather'];
  const caption = 'Harbour board turns old ferry terminal into a covered market for growers';
  const SHARE = ['Share on Facebook', 'Share on Twitter', 'Print', 'Advertisement'];
  it('takes the headline over a caption right above the article that repeats more of it', () => {
    const page = [...MENU, 'Growers finally get a roof at the old quay', 'By Dana Holm', 'March 7, 2023', ...SHARE, caption, ...PROSE];
    expect(titleOf(page)).toBe('Growers finally get a roof at the old quay');
  });
  it('takes it over the region\'s lead too', () => {
    const page = [...MENU, 'Growers finally get a roof at the old quay', 'By Dana Holm', 'March 7, 2023', ...SHARE, caption, ...PROSE];
    expect(findHeader(toUnits(page.join('\n\n')), 10, 'en').title).toBe('Growers finally get a roof at the old quay');
  });
  it('keeps the line right over the article when the line above has no byline or date under it', () => {
    const page = [...MENU, 'Growers finally get a roof at the old quay', 'Advertisement', caption, ...PROSE];
    expect(titleOf(page)).toBe(caption);
  });
});

describe('a post\'s categories over its headline', () => {
  it('ranks "Wirtschaft, Tipps" under the headline right over the article', () => {
    const lines = ['Start', 'Wirtschaft, Tipps', 'Teilen', 'Drucken', 'Kommentare', 'Markthalle am Hafen', ...PROSE];
    const ranked = scoreTitles(toUnits(lines.join('\n\n')), 6, 'de', HEADER_TESTS);
    expect(ranked.find((c) => c.index === 1)?.why).toContain('category-list');
    expect(ranked[0]!.index).toBe(5);
  });
});

describe('a thread title in lower case', () => {
  it('is taken where the page\'s breadcrumb ends with it', () => {
    const lines = ['Forum', 'Anmelden', 'Forum > Harbour > growers want a covered market at the ferry terminal', 'growers want a covered market at the ferry terminal', ...PROSE];
    expect(titleOf(lines)).toBe('growers want a covered market at the ferry terminal');
  });
  it('is no headline without the breadcrumb', () => {
    const ranked = scoreTitles(toUnits(['Forum', 'Anmelden', 'growers want a covered market at the ferry terminal', ...PROSE].join('\n\n')), 3, 'en', HEADER_TESTS);
    expect(ranked.find((c) => c.index === 2)).toBeUndefined();
  });
});

describe('label, date line, headline', () => {
  const at = (lines: string[]) => findHeader(toUnits([...lines, ...PROSE].join('\n\n')), lines.length - 1).title;
  it('takes the headline under the date line, not the short label over it', () => {
    // Section label / date line / headline / prose (blogs, many CMS themes); the region starts at the headline.
    expect(at(['Home', 'Contact', 'Covered Market Growers', '6 November 2023 / 09:18', 'Harbour board to turn old ferry terminal into covered market'])).toBe('Harbour board to turn old ferry terminal into covered market');
    // Menu labels that are no candidates may sit between the label and the date line.
    expect(at(['Home', 'Contact', 'Covered Market Growers', 'News', 'Article', '20.06.2019 11:43', 'Harbour board to turn old ferry terminal into covered market'])).toBe('Harbour board to turn old ferry terminal into covered market');
  });
  it('takes it under a blog\'s name and tagline (a sentence) over the date line', () => {
    expect(at(['Home', 'Contact', 'Harbour Market Diary', 'Here I write about the growers at the quay and what they sell.', 'Monday, March 6, 2023', 'Dry Stalls For The Ferry Terminal Growers'])).toBe('Dry Stalls For The Ferry Terminal Growers');
  });
  it('keeps the line over the date when a byline sits between', () => {
    expect(at(['Home', 'Contact', 'Covered Market Growers', 'By Dana Holm', '6 November 2023 / 09:18', 'Harbour board to turn old ferry terminal into covered market'])).not.toBe('Harbour board to turn old ferry terminal into covered market');
  });
});

describe('blog post under its tagline: date line, headline, prose', () => {
  const at = (lines: string[], start: number) => findHeader(toUnits([...lines, ...PROSE].join('\n\n')), start).title;
  it('takes the line between the date line and the prose when nothing else is a headline', () => {
    // The region starts at the blog's tagline (a long line in capitals), over the post's header.
    const tagline = 'THE HARBOUR DIARY IS WRITTEN BY TWO GROWERS WHO SELL AT THE QUAY EVERY SATURDAY, RAIN OR SHINE, AND HAVE DONE SO FOR YEARS.';
    expect(at(['...', tagline, 'TUESDAY, 28 APRIL 2020', 'Hello again!'], 1)).toBe('Hello again!');
  });
  it('leaves a sentence under the date line alone', () => {
    const tagline = 'THE HARBOUR DIARY IS WRITTEN BY TWO GROWERS WHO SELL AT THE QUAY EVERY SATURDAY, RAIN OR SHINE, AND HAVE DONE SO FOR YEARS.';
    expect(at(['...', tagline, 'TUESDAY, 28 APRIL 2020', 'We are back. More soon.'], 1)).not.toBe('We are back. More soon.');
  });
});

describe('headline, subtitle, article', () => {
  const at = (lines: string[]) => findHeader(toUnits([...lines, ...PROSE].join('\n\n')), undefined, 'en').title;
  it('takes the shorter headline over the longer subtitle right over the article', () => {
    expect(at(['Start', 'Kontakt', 'Impressum', 'Dry stalls for growers', 'Why the growers waited for a market'])).toBe('Dry stalls for growers');
  });
  it('keeps the line over the article under a short kicker (a "Topic: theme" kicker: "small sites" above)', () => {
    expect(at(['Start', 'Kontakt', 'Impressum', 'Dry stalls', 'Why the growers waited for a market'])).toBe('Why the growers waited for a market');
  });
});

describe('a kicker in capitals over the headline', () => {
  const GERMAN_PROSE = [
    'Der Hafenrat hat am Donnerstag beschlossen, das alte Fährterminal in eine überdachte Markthalle für die Bauern der Region umzubauen.',
    'Die Bauern sagen, die Markthalle gebe ihnen im Winter einen trockenen Platz zum Verkaufen, und der Rat will sie im Mai eröffnen.',
    'Das Fährterminal steht leer, seit die letzte Fähre gefahren ist, und der Hafenrat suchte seit Jahren nach einer neuen Nutzung.',
  ];
  const at = (lines: string[]) => findHeader(toUnits([...lines, ...GERMAN_PROSE].join('\n\n')), lines.length, 'de').title;
  it('takes the line under it over a line further up', () => {
    expect(at(['Startseite', 'Hafen', 'Fährterminal wird Markthalle', 'HAFEN UND MARKT', 'Neues Leben im alten Terminal am Kai', 'Der Rat plant seit Jahren.'])).toBe('Neues Leben im alten Terminal am Kai');
  });
  it('not under a line of known boilerplate in capitals, nor a line in capitals itself', () => {
    expect(at(['Startseite', 'Hafen', 'Fährterminal wird Markthalle', 'ANZEIGE', 'Neues Leben im alten Terminal am Kai', 'Der Rat plant seit Jahren.'])).toBe('Fährterminal wird Markthalle');
  });
});

describe('date line, headline, subtitle, article', () => {
  it('takes the line under the date line, not a teaser above the date', () => {
    const lines = ['Home', 'Harbour board backs the new ferry timetable', 'Markets', '12.03.2023 10:15', 'Growers win their covered market at the old terminal', 'A dry place to sell all winter', ...PROSE];
    expect(findHeader(toUnits(lines.join('\n\n')), 6, 'en').title).toBe('Growers win their covered market at the old terminal');
  });
});

describe('a kicker glued onto the headline', () => {
  const GERMAN_PROSE = [
    'Der Hafenrat hat am Donnerstag beschlossen, das alte Fährterminal in eine überdachte Markthalle für die Bauern der Region umzubauen.',
    'Die Bauern sagen, die Markthalle gebe ihnen im Winter einen trockenen Platz zum Verkaufen, und der Rat will sie im Mai eröffnen.',
  ];
  const GLUED = 'Hafenumbau Neue Markthalle öffnet im alten Fährterminal';
  const unglue = (lines: string[]) => {
    const units = toUnits(lines.join('\n\n'));
    return unglueKicker(GLUED, units, units.findIndex((u) => u.text === GLUED), 'de');
  };
  it('drops the kicker the page prints again with a separator before the headline', () => {
    expect(unglue(['Start', GLUED, ...GERMAN_PROSE, 'Mehr zu: Hafenumbau - Neue Markthalle öffnet im alten Fährterminal'])).toBe('Neue Markthalle öffnet im alten Fährterminal');
  });
  it('drops a kicker of two words the page prints alone (a breadcrumb ends with it)', () => {
    const glued = 'Hafen Nord Neue Markthalle öffnet im alten Fährterminal';
    const units = toUnits(['Start » Stadt » Hafen Nord', glued, ...GERMAN_PROSE].join('\n\n'));
    expect(unglueKicker(glued, units, 1, 'de')).toBe('Neue Markthalle öffnet im alten Fährterminal');
  });
  it('not outside KICKER_LANGUAGES, where a series name before the headline is part of it', () => {
    const glued = 'Harbour Pass Ferry times change in May';
    const units = toUnits(['Home » Tickets » Harbour Pass', glued, 'The ferry company said the new times start on the first of May and run all summer long.'].join('\n\n'));
    expect(unglueKicker(glued, units, 1, 'en')).toBeNull();
  });
  it('keeps a headline whose first word is only a menu item, or whose rest is too short', () => {
    expect(unglue(['Start', 'Hafenumbau', GLUED, ...GERMAN_PROSE])).toBeNull();
    const units = toUnits(['Mehr zu: Hafenumbau - Neue Markthalle', 'Hafenumbau Neue Markthalle', ...GERMAN_PROSE].join('\n\n'));
    expect(unglueKicker('Hafenumbau Neue Markthalle', units, 1, 'de')).toBeNull();
  });
  it('gives the headline without the kicker from findHeader', () => {
    const lines = ['Startseite', 'Stadt', 'Kontakt', GLUED, '12.03.2023', ...GERMAN_PROSE, 'Mehr zu: Hafenumbau - Neue Markthalle öffnet im alten Fährterminal'];
    expect(findHeader(toUnits(lines.join('\n\n')), 5, 'de').title).toBe('Neue Markthalle öffnet im alten Fährterminal');
  });
});

describe('a pull quote over a headline the page prints again', () => {
  const HEAD = 'Harbour board turns old ferry terminal into covered market';
  const QUOTE = '“A covered market gives growers a dry place through the winter”';
  const page = (top: string) => ['Home', top, 'News', 'Local', 'Sport', 'Weather', 'Opinion', 'Video', 'Podcasts', 'Events', 'Jobs', 'Contact', QUOTE, HEAD, 'By Dana Holm', 'March 7, 2023', ...PROSE];
  const title = (lines: string[]) => findHeader(toUnits(lines.join('\n\n')), lines.length - PROSE.length, 'en').title;
  it('takes the headline, not the quote above it', () => {
    expect(title(page(HEAD))).toBe(HEAD);
  });
  it('not when the headline is printed once (the line above may be its headline over a standfirst)', () => {
    expect(title(page('Today in the harbour'))).toBe(QUOTE);
  });
});

describe('lines of icon glyphs between the headline and the article', () => {
  const HEAD = 'Harbour board backs covered market at the old ferry terminal';
  const scoreWith = (between: string[]) => {
    const lines = ['Home', HEAD, ...between, ...PROSE];
    return scoreTitles(toUnits(lines.join('\n\n')), lines.length - PROSE.length, 'en', HEADER_TESTS).find((c) => c.index === 1)!.score;
  };
  it('do not push the headline away (an icon font renders to private-use characters)', () => {
    expect(scoreWith(['\uE001', 'Save', '\uE002', '\uE003 \uE004', 'Print'])).toBeCloseTo(scoreWith(['Save', 'Print']), 5);
    expect(scoreWith(['Save', 'Markets', 'Ferries', 'Print'])).toBeLessThan(scoreWith(['Save', 'Print']));
  });
});

describe('a one-word headline printed again lower on the page', () => {
  const GERMAN_PROSE = [
    'Für den Kuchen den Teig aus Mehl, Zucker und Butter kneten und eine Stunde kühl stellen, dann in die Form am Hafen drücken.',
    'Einen Apfel schälen, in Spalten schneiden und auf den Teig legen; den Kuchen bei 180 Grad eine Stunde backen.',
  ];
  const NAME = 'Hafen-Apfel-Kuchen';
  const lines = (again: string[]) => [
    'Rezepte', 'Backen', 'Kochen', NAME, 'ein schneller Kuchen für Gäste', '120 Kommentare', 'Bewertung:', '4.5', '60 Min.', 'normal',
    ...GERMAN_PROSE, 'Kommentare', 'Schöne Grüße, der Kuchen war am Sonntag sofort weg und alle wollten das Rezept haben.', ...again,
  ];
  const title = (again: string[]) => findHeader(toUnits(lines(again).join('\n\n')), 10, 'de').title;
  it('is a headline candidate away from the article', () => {
    expect(title(['Mehr Rezepte', NAME, 'Zum Seitenanfang'])).toBe(NAME);
  });
  it('not when it is printed once, nor with its neighbours (a menu printed twice)', () => {
    expect(title([])).not.toBe(NAME);
    expect(title(['Backen', NAME, 'Kochen'])).not.toBe(NAME);
  });
});

describe('a headline in Headline Case made of two sentences', () => {
  const HEAD = 'Want a Covered Market at the Old Ferry Terminal? So Do the Growers.';
  // The line above is a section label, not a publication name (rules/title-junk.ts rejects "The Harbour Blog").
  const at = (head: string) => findHeader(toUnits(['Home', 'Blog', 'Harbour Notes', head, ...PROSE].join('\n\n')), 4, 'en').title;
  it('is the headline, not a standfirst under the line above it', () => {
    expect(at(HEAD)).toBe(HEAD.replace(/\.$/, ''));
  });
  it('a line of sentences in sentence case stays a standfirst', () => {
    expect(at('Want a covered market at the old ferry terminal? So do the growers.')).toBe('Harbour Notes');
  });
});

describe('a short headline with its byline under it, far above a weak best line', () => {
  const page = (head: string) => [
    'Home', head, 'By Dana Holm', 'March 7, 2023', 'Growers and fishers get a dry place to sell through the winter, the board decided.', 'Copy link', 'Print', 'Subscribe to the harbour letter',
    ...Array.from({ length: 6 }, () => 'Download chart'), ...Array.from({ length: 14 }, (_v, k) => String(k + 1)), 'Harbour market map', ...PROSE,
  ];
  const title = (head: string) => {
    const lines = page(head);
    return findHeader(toUnits(lines.join('\n\n')), lines.length - PROSE.length, 'en').title;
  };
  it('takes the headline of three content words', () => {
    expect(title('Covered harbour market')).toBe('Covered harbour market');
  });
  it('not a line of two content words (a label over the byline)', () => {
    expect(title('Harbour market')).toBe('Harbour market map');
  });
});

describe('site label, category, date line, headline', () => {
  const title = (label: string) => {
    const lines = ['Home', label, 'Boats & Ferries', 'Local - 7 March 2023', 'Winter stalls under one roof for everyone', 'Recommend this post:', ...PROSE];
    return findHeader(toUnits(lines.join('\n\n')), lines.length - PROSE.length, 'en').title;
  };
  it('takes the line under the date line, past the category, though it repeats few of the article words', () => {
    expect(title('Harbour Board')).toBe('Winter stalls under one roof for everyone');
  });
  it('not under a line of four content words the article repeats (a headline over its date line)', () => {
    expect(title('Harbour Board Market Letters')).toBe('Harbour Board Market Letters');
  });
});

describe('kicker, headline, standfirst with the byline under it', () => {
  const KICKER = 'Everything ready for the vote of the harbour board on the covered market for growers';
  const HEAD = '“The growers deserve a dry market”';
  const DEK = 'The board voted on Thursday to give the growers and the fishers of the coast a covered market in the old terminal, open all winter long, with stalls for everyone.';
  const title = (header: string[]) => {
    const lines = ['Home', KICKER, HEAD, DEK, ...header, ...PROSE];
    return findHeader(toUnits(lines.join('\n\n')), lines.length - PROSE.length, 'en').title;
  };
  it('takes the line right over the standfirst, not the kicker above it', () => {
    expect(title(['By Dana Holm', 'March 7, 2023'])).toBe(HEAD);
  });
  it('not when no byline or date line sits under the standfirst', () => {
    expect(title(['Share this'])).toBe(KICKER);
  });
});

describe('headline, site and date lines, a line with no byline under it', () => {
  const HEAD = 'Covered market wins the vote at last!';
  const DEK = 'The board gives growers and fishers a covered market in the old ferry terminal for the winter';
  const title = (under: string[]) => {
    const lines = ['Home', 'Contact', HEAD, 'harbour-weekly.example', 'March 7, 2023', 'Boats/Ferries/Markets', DEK, ...under, 'A long wait ends.', ...PROSE];
    return findHeader(toUnits(lines.join('\n\n')), lines.length - PROSE.length, 'en').title;
  };
  it('takes the headline over the date line (a final "!" with its date below is a headline\'s)', () => {
    expect(title([])).toBe(HEAD);
  });
  it('not when a name sits under the line below (headline / byline there)', () => {
    expect(title(['Dana Holm'])).toBe(DEK);
  });
});

describe('the headline printed again below with its subtitle glued on', () => {
  const HEAD = 'A covered market for growers. Dream, plan or the next step?';
  const LONG = `${HEAD} for the growers of the coast at the old ferry terminal`;
  const title = (under: string) => {
    const lines = ['Home', HEAD, under, LONG, 'By Dana Holm', ...PROSE];
    return findHeader(toUnits(lines.join('\n\n')), lines.length - PROSE.length, 'en').title;
  };
  it('takes the line above with its date line under it', () => {
    expect(title('March 7, 2023')).toBe(HEAD);
  });
  it('not a line above without its date line (a teaser printed over the article)', () => {
    expect(title('Markets')).toBe(LONG);
  });
});

describe('a headline over the region\'s lead with a print link between', () => {
  const LEAD = 'Growers and fishers get a covered market in the old ferry terminal for the winter';
  const title = (between: string[]) => {
    const lines = ['Home', 'Markets', 'Harbour growers', ...between, LEAD, ...PROSE];
    return findHeader(toUnits(lines.join('\n\n')), lines.length - PROSE.length - 1, 'en').title;
  };
  it('takes the line above the lead past the known boilerplate', () => {
    expect(title(['Print'])).toBe('Harbour growers');
  });
  it('not past a line that is no boilerplate', () => {
    expect(title(['Opening hours'])).toBe(LEAD);
  });
});
