/** Structures between the headline and the article that the title search steps over: info boxes, tables of contents, sliders. */
import { describe, expect, it } from 'vitest';
import { SLIDER_CONTROL } from '../../src/rules/title.js';
import { findHeader } from '../../src/text/header.js';
import { contentsEntriesAbove, factBoxRows } from '../../src/text/title.js';
import { toUnits } from '../../src/text/units.js';

const PROSE = [
  'I picked up this second volume right after the first one, and the lighthouse keeper on the northern coast kept me reading late into the night.',
  'The keeper and the ferry captain meet again in the storm season, and the quiet light of the northern coast becomes the place where they decide what to keep.',
  'The story of the keeper is not easy to tell: she stays on the rock, he sails between the islands, and the light is all that links them through the long winter.',
];
const units = (lines: string[]) => toUnits(lines.join('\n\n'));
const titleOf = (lines: string[]) => findHeader(units(lines), lines.length - PROSE.length, 'en').title;

describe('an info box between the headline and the article', () => {
  const HEAD = 'The Keeper of the Quiet Light';
  const BOX = ['Book details:', 'Pages: 412', 'Format: Paperback', 'Publisher: Harbour Press', 'Translator: Lena Ostrova', 'Series: Northern Light', 'Volume 1: Keeper', 'Volume 2: Quiet Light', 'Price: 12 euros', 'Blurb:'];
  it('marks rows of different labels, not a headline in "Topic: theme" shape printed twice', () => {
    expect(factBoxRows(units(BOX))).toEqual([false, true, true, true, true, true, true, true, true, false]);
    expect(factBoxRows(units(['Keeper: a quiet light', 'Ferry: new timetable', 'Keeper: a quiet light']))).toEqual([false, false, false]);
  });
  it('takes the headline over the box: its rows add no distance and are no headline', () => {
    expect(titleOf(['Home', 'Books', 'Reviews', 'Menu', HEAD, ...BOX, ...PROSE])).toBe(HEAD);
  });
});

describe('a table of contents between the headline and the article', () => {
  const HEAD = 'Keeping a Lighthouse Through the Winter';
  const TOC = ['What does a keeper do all day?', 'How is the light kept burning?', 'Who brings the supplies?', 'When does the ferry come?'];
  const SECTIONS = TOC.flatMap((h, k) => [h, PROSE[k % PROSE.length]!]);
  it('marks the entries whose subheads follow with prose, not a menu printed twice', () => {
    expect(contentsEntriesAbove(units(['Contents', ...TOC, ...SECTIONS])).slice(0, 5)).toEqual([false, true, true, true, true]);
    expect(contentsEntriesAbove(units(['Home', 'News', 'Sport', PROSE[0]!, 'Home', 'News', 'Sport'])).some(Boolean)).toBe(false);
  });
  it('takes the headline over the contents, not an entry repeating the article', () => {
    const lines = ['Home', 'Guides', 'Coast', 'Menu', 'Search', 'Shop', HEAD, 'Contents', ...TOC, 'Guides, Coast', PROSE[2]!, ...SECTIONS];
    expect(findHeader(units(lines), lines.length - SECTIONS.length - 1, 'en').title).toBe(HEAD);
  });
  it('nor the first subhead right under the contents, over the article\'s first paragraph', () => {
    const lines = ['Home', 'Guides', 'Coast', 'Menu', 'Search', 'Shop', 'Keeper Winter', ...TOC, ...SECTIONS];
    expect(findHeader(units(lines), lines.length - SECTIONS.length + 1, 'en').title).toBe('Keeper Winter');
  });
});

describe('a slider of teasers over the article', () => {
  const HEAD = 'Keeper of the northern light stays on the rock through the winter';
  const SLIDES = ['Ferry captain sails the northern islands in the storm season', 'The quiet light of the coast draws visitors to the rock', 'Keeper and captain meet again at the winter harbour'];
  const title = (control: string) => {
    const lines = ['Home', 'News', 'Coast', ...SLIDES, control, HEAD, ...PROSE];
    return findHeader(units(lines), lines.length - PROSE.length - 1, 'en').title;
  };
  it('recognises the buttons in several languages, glued or apart', () => {
    for (const t of ['Previous Next', 'PrevNext', 'Zurück Weiter', 'Anterior Siguiente', '‹ ›']) expect(SLIDER_CONTROL.test(t)).toBe(true);
    for (const t of ['Next', 'Previous post about the ferry', 'Back to the harbour']) expect(SLIDER_CONTROL.test(t)).toBe(false);
  });
  it('takes the article\'s headline-shaped first line under the buttons, not a slide', () => {
    expect(title('Previous Next')).toBe(HEAD);
  });
  it('not without the buttons (a caption or subhead over the prose: the line above may head it)', () => {
    expect(title('Gallery')).not.toBe(HEAD);
  });
});
