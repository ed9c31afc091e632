/**
 * The text path keeps an article's own numbered list (items 1, 2, 3 … in order) that sits right
 * above or right below its prose: pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { itemNumber } from '../../src/text/numbered-list.js';
import { textBlocks } from '../text-blocks.js';

const EN = [
  'The harbour board voted on Thursday to turn the old ferry terminal into a covered market, ending two years of argument about the empty building on the east quay.',
  'Members said the market would open in the spring, with space for forty stalls, a small stage for music and a café that looks out over the water towards the islands.',
  'These are the stalls the board wants to see first, with their addresses:',
];

const texts = async (page: string[]) => await textBlocks(page);

describe('itemNumber', () => {
  it('reads the leading number of a list item, not of a year, a time or a decimal', () => {
    expect(itemNumber('1) Harbour fish stall')).toBe(1);
    expect(itemNumber('2. Bread and cakes')).toBe(2);
    expect(itemNumber('3a etapa: 9 de junho – Londrina')).toBe(3);
    expect(itemNumber('4 – May 6, Old town')).toBe(4);
    expect(itemNumber('2019 was a good year')).toBe(-1);
    expect(itemNumber('10:30 Opening')).toBe(-1);
    expect(itemNumber('1.5 million visitors')).toBe(-1);
  });
});

describe('a numbered list after the prose', () => {
  it('keeps every item and the link under each, up to the share bar', async () => {
    const items = ['Harbour fish stall', 'Bread and cakes from the island', 'Cheese from the valley farms', 'Flowers and plants', 'Coffee roaster'].flatMap((t, i) => [`${i + 1}) ${t}`, `http://example.org/s${i + 1}`]);
    const page = ['Home', 'News', 'Sport', '', 'Market hall on the quay', '', ...EN.flatMap((p) => [p, '']), ...items.flatMap((l) => [l, '']), 'Share this:', 'Facebook', 'Twitter'];
    const out = await texts(page);
    expect(out).toContain('5) Coffee roaster');
    expect(out).toContain('http://example.org/s5');
    expect(out).not.toContain('Facebook');
  });
});

describe('a numbered list above a note, with no prose on the page', () => {
  it('keeps the calendar and its heading under the headline', async () => {
    const dates = ['March 10, Harbour', 'April 8, East quay', 'April 22, Island', 'May 6, Old town'].map((d, i) => `${i + 1} – ${d}`);
    const page = ['Home', 'News', '', 'Market calendar 2024', '', 'Market days this year', '', ...dates, '', '* Dates may still change at the request of the organiser and the harbour board in the spring', '', 'Back to top button'];
    const out = await texts(page);
    expect(out).toEqual(expect.arrayContaining(['Market days this year', '1 – March 10, Harbour', '4 – May 6, Old town']));
    expect((await extract(page.join('\n'), { inputFormat: 'text' })).title).toBe('Market calendar 2024');
  });
});

describe('a long numbered list that the prose region takes only in part', () => {
  it('keeps the items after the region, numbered on from the last one it holds', async () => {
    const names = ['Harbour fish stall', 'Bread and cakes from the island', 'Cheese from the valley farms', 'Flowers and plants', 'Coffee roaster', 'Honey from the hills', 'Old books and maps', 'Wooden toys', 'Olive oil and soap', 'Smoked fish', 'Knitted jumpers', 'Lamps and lanterns'];
    // The first items are described in sentences (prose: the region takes them), the rest are short.
    const items = names.flatMap((t, i) => [i < 3 ? `${i + 1}) ${t}: the stall that the board wants to see first, because it has sold on the quay for many years.` : `${i + 1}) ${t} (stall ${i + 1}, east hall)`, `http://example.org/s${i + 1}`]);
    const page = ['Home', 'News', 'Sport', '', 'Market hall on the quay', '', ...EN.flatMap((p) => [p, '']), ...items.flatMap((l) => [l, '']), 'Related Articles', 'City council approves new budget', 'Five things to know before the weekend'];
    const out = await texts(page);
    expect(out).toContain('12) Lamps and lanterns (stall 12, east hall)');
    expect(out).toContain('6) Honey from the hills (stall 6, east hall)');
    expect(out).not.toContain('Five things to know before the weekend');
  });
});
