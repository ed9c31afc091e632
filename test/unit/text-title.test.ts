/** Headline penalties: every id has a line it applies to and a headline it leaves alone. */
import { describe, expect, it } from 'vitest';
import { TITLE_PENALTIES } from '../../src/rules/title.js';
import { tidyTitle } from '../../src/text/header.js';
import { notTitle } from '../../src/text/title.js';

const EXAMPLES: Record<string, { hit: string; miss: string }> = {
  'sentence-end': { hit: 'The board met on Thursday to vote on the plan.', miss: 'Board votes to turn terminal into market' },
  'several-sentences': { hit: 'The board met. It voted for the market.', miss: 'Board votes for market: what comes next' },
  'photo-credit': { hit: 'The quay at dawn. Photograph: Lena Ostrova', miss: 'Dawn on the quay as the market plan wins' },
  'credit-slash': { hit: 'Dana Holm/The Valley Times', miss: 'Valley times: a town that stopped its clocks' },
  'share-or-nav': { hit: 'Share this story on your network', miss: 'Ferry terminal plan wins the vote' },
  'dateline-or-time': { hit: 'Harbour vote 10:31 PM', miss: 'Harbour vote goes to the market plan' },
  'all-caps': { hit: 'LATEST NEWS', miss: 'Latest plan for the harbour wins support' },
  breadcrumb: { hit: 'News > Local > Harbour', miss: 'Harbour plan wins local support' },
};

describe('headline penalties', () => {
  it('every id has examples', () => {
    expect(TITLE_PENALTIES.map((p) => p.id).filter((id) => !EXAMPLES[id])).toEqual([]);
  });
  for (const p of TITLE_PENALTIES) {
    const ex = EXAMPLES[p.id];
    if (!ex) continue;
    it(`${p.id} applies to ${JSON.stringify(ex.hit)}`, () => expect(p.pattern.test(ex.hit)).toBe(true));
    it(`${p.id} leaves ${JSON.stringify(ex.miss)}`, () => expect(p.pattern.test(ex.miss)).toBe(false));
  }
});

describe('notTitle', () => {
  it('rejects lines that cannot be headlines', () => {
    expect(notTitle('Home')).toBe('length');
    expect(notTitle('Related Articles')).toBe('boilerplate');
    expect(notTitle('March 7, 2023')).toBe('date');
    expect(notTitle('What the plan includes:')).toBe('open-ending');
    expect(notTitle('and then the board voted')).toBe('lower-case-start');
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
});
