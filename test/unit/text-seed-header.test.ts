/**
 * Seed-shaped raw text (menu lines, headline, byline as printed, date line, prose, junk): the
 * headline over its header block, on pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { toUnits } from '../../src/text/units.js';
import { isSureByline } from '../../src/text/header.js';

const EN = [
  'The harbour board voted on Thursday to turn the old ferry terminal into a covered market, ending two years of argument about the empty building on the east quay.',
  'Members said the market would open in the spring, with space for forty stalls, a small stage for music and a café that looks out over the water towards the islands.',
  'The plan still needs money from the regional fund, which will decide in March whether to pay for the new roof and the repairs to the sea wall in front of the terminal.',
];
const run = (lines: string[]) => extract(lines.join('\n'), { inputFormat: 'text' });

describe('a headline over a byline block', () => {
  it('reads "By <Outlet> Staff" over the date line as a sure byline block (it anchors the headline above it)', () => {
    const units = toUnits(['Harbour board backs the market', '', 'By Courier Staff', 'Updated 3:13 AM ET, Mon October 15, 2018', '', 'By the way, nothing here', 'Plain line'].join('\n'));
    expect(isSureByline(units, 1)).toBe(true);
    expect(isSureByline(units, 3)).toBe(false);
  });

  it('takes a two-word headline over its date line under a menu (not a lone name)', async () => {
    const page = ['Menü', 'Suche', 'Anmelden', 'Abo', 'E-Paper', '', 'Harbour Market', '', '22.10.2010, 11:51 Uhr', '', ...EN.flatMap((p) => [p, ''])];
    expect((await run(page)).title).toBe('Harbour Market');
  });

  it('takes a name-shaped headline over a byline with its date on the same line', async () => {
    const page = ['Latest', 'Trending', 'Podcasts', '', 'Royal Harbour Arrogance', '', 'Dana Holm • Nov 18, 2019', '', ...EN.flatMap((p) => [p, ''])];
    const a = await run(page);
    expect(a.title).toBe('Royal Harbour Arrogance');
    expect(a.authors).toEqual(['Dana Holm']);
  });
});

describe('lines of zero-width characters', () => {
  it('are blank lines, not units', () => {
    const units = toUnits(['First line of the page', '\u200B', 'Second line', '\u200B\u200B', '', 'Third line'].join('\n'));
    expect(units.map((u) => u.text)).toEqual(['First line of the page', 'Second line', 'Third line']);
    expect(units.every((u) => u.group === 1)).toBe(true);
  });
});
