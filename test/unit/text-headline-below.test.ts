/**
 * Text path: a long headline without a final stop opens the region (it reads nearly as prose);
 * when a date line follows it and the article follows that, the headline is read as the headline,
 * not as the article's first line. A page written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const PAGE = [
  'Inicio',
  'Noticias',
  '',
  'Live',
  '',
  'Harbour Survey Shows That Most Visitors Who Come for the Weekend Markets Stay Longer Than One Night in Town',
  '',
  'March 3, 2021 9:15 am',
  '',
  'The harbour board asked two thousand visitors last summer how long they stayed, where they slept and what brought them to the old quay in the first place.',
  '',
  'Most of them came for the weekend markets, the board said, and more than half stayed at least two nights, in guest houses or on the camping ground above the beach.',
  '',
  'The board wants to use the figures to argue for a second market day in spring and for longer opening hours of the ferry office on Saturdays.',
];

describe('a long headline without a final stop above the date line', () => {
  it('is the headline, not the first line of the article', async () => {
    const doc = await extract(PAGE.join('\n'), { inputFormat: 'text' });
    expect(doc.title).toBe(PAGE[5]);
    expect(doc.blocks[0]!.text).toMatch(/^The harbour board asked/);
  });
});
