/** Lines that are never the headline (rules/title-junk.ts): each id has lines it takes and headlines it leaves. */
import { describe, expect, it } from 'vitest';
import { TITLE_JUNK, titleJunk } from '../../src/rules/title-junk.js';
import { findHeader } from '../../src/text/header.js';
import { notTitle } from '../../src/text/title.js';
import { toUnits } from '../../src/text/units.js';

const EXAMPLES: Record<string, { hit: string[]; miss: string[] }> = {
  'feed-promo': {
    hit: ['Get The Valley Post to your inbox every morning', 'Install App', 'Receba as notícias do Vale no Google Notícias', 'Recibe las noticias del Valle en Google News', 'Jetzt App installieren'],
    miss: ['Harbour app lets growers book market stalls', 'Google News changes how it ranks local papers', 'Why scam emails land in your inbox', 'Harbour papers lose readers from Google News', 'Cambios en Google News golpean a los diarios'],
  },
  'account-prompt': {
    hit: ['Sign in to save this story for later', 'Regístrese para recibir el boletín del puerto', 'Melden Sie sich an, um Artikel zu merken'],
    miss: ['Registration opens for the harbour market stalls', 'Signing of the ferry contract delayed again', 'Register to vote by Friday, county urges'],
  },
  'tool-button': {
    hit: ['Download graphic', 'Grafik herunterladen', 'Link kopieren', 'Edit this block', 'Télécharger le PDF'],
    miss: ['Download speeds double on the island this spring', 'Editing the harbour plan: what changed', 'Hafen will Daten herunterladen lassen und neu ordnen', 'Download Festival returns', 'Edit Your Life', 'Modifier la constitution'],
  },
  'rating-widget': {
    hit: ['Rating: 4.5/5 (12 votes)', 'Harbour Café, 4.8 out of 5 based on 30 ratings', 'Bewertung: 4,2 von 5', 'Valley Grill (3 reviews)'],
    miss: ['Ferry fares rise by 2 of 5 percent', 'Four out of five growers back the covered market', 'Board backs market by 4 of 5 votes', '12/03/2021 Dana Holm Ferries, Reviews'],
  },
  'shop-offer': {
    hit: ['For new customers: 15% discount on your first order', 'Für Neukunden: 10% Willkommensrabatt sichern', 'Bis zu 300 Euro sparen'],
    miss: ['Ferry fares rise 15% as fuel costs climb', 'Growers pay up to a third more for stalls', '40% off harbour lanterns this weekend only'],
  },
  'recipe-figure': {
    hit: ['620 kcal', '45 Min.', '1 Std. 20 Min.', '4 Portionen'],
    miss: ['620 growers sign up for the covered market', '45 minutes on the last ferry'],
  },
  'more-stories': {
    hit: ['Discover our latest picks', 'Entdecke weitere Geschichten vom Hafen', 'Neues aus der Markthalle', 'Lea también sobre el puerto'],
    miss: ['Discovering the harbour’s lost market hall', 'Neue Markthalle aus Holz für den Hafen', 'Mehr aus dem Garten holen'],
  },
  'notice-line': {
    hit: ["Why can't I see the Valley Post?", 'Warum sehe ich die Hafenzeitung nicht?', 'Please enable JavaScript to read this page'],
    miss: ['Why the harbour board backs a covered market'],
  },
  'site-blurb': {
    hit: ['Here you will find news from the harbour district', 'Hier finden Sie alle Termine der Markthalle', 'News and stories about the valley', 'Tipps und Infos rund um den Hafen'],
    miss: ['Here is why the ferry stopped running', 'Welcome to the new harbour market', 'Markthalle: alles Wissenswerte rund um den Umzug', 'News about the ferry is good for growers'],
  },
  'publication-name': {
    hit: ['The Harbour Blog', 'Hafen Magazin', 'Fährhafen Zeitung'],
    miss: ['Why I started a harbour blog', 'The Blog Of A Grower Who Sells By The Ferry'],
  },
  'glued-label': {
    hit: ['TopicsHarbourFerry market', 'ThemenHafenMarkthalle'],
    miss: ['Themenwoche am Hafen', 'Topics for the harbour board meeting'],
  },
};

describe('title junk', () => {
  it('every id has examples', () => {
    expect(TITLE_JUNK.map((j) => j.id).filter((id) => !EXAMPLES[id])).toEqual([]);
  });
  for (const [id, ex] of Object.entries(EXAMPLES)) {
    for (const line of ex.hit) it(`${id} takes ${JSON.stringify(line)}`, () => expect(titleJunk(line)).toBe(id));
    for (const line of ex.miss) it(`${id} leaves ${JSON.stringify(line)}`, () => expect(titleJunk(line)).toBeNull());
  }
});

const PROSE = [
  'The harbour board voted on Thursday to turn the old ferry terminal into a covered market for local growers and fishers.',
  'Growers said the covered market would give them a dry place to sell through the winter, and the board agreed to open it in May.',
  'The ferry terminal has stood empty since the last crossing ended, and the harbour board had looked for a new use for years.',
];
const titleOf = (lines: string[]) => findHeader(toUnits(lines.join('\n\n'))).title;

describe('headline past junk lines', () => {
  // A headline that repeats few of the article's words, a menu, and a junk line that repeats many
  // of them with the date line under it, where a headline would win.
  const HEAD = 'A new roof for the old quay';
  const page = (junk: string) => ['Home', 'About', 'Contact', 'Sport', HEAD, 'Weather', 'News', 'Events', 'Photos', junk, 'March 7, 2023', ...PROSE];
  it('takes the headline, not a widget or a "more stories" heading over the date line', () => {
    for (const junk of ['Covered market rating: 4.5/5 (2 votes)', 'More stories from the harbour board']) {
      expect(titleOf(page(junk)), junk).toBe(HEAD);
    }
  });
  it('is never a headline on any of the text path\'s searches (notTitle)', () => {
    expect(notTitle('Get The Harbour Post to your inbox daily')).toBe('junk');
    expect(notTitle('Harbour board backs covered market for growers')).toBeNull();
  });
  it('takes no junk line as the headline when nothing else fits', () => {
    expect(titleOf(['Home', 'About', 'Get The Harbour Post to your inbox daily', ...PROSE])).toBeNull();
  });
});
