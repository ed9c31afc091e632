/**
 * Text path: short lines inside the article that are its own list, not a menu run: a list
 * announced by a sentence left open with an ellipsis ("If you are …").
 */
import { describe, expect, it } from 'vitest';
import { textBlocks, textBody } from '../text-blocks.js';

const PROSE = [
  'Running a small bakery from a converted garage is harder than it looks, and most of the people who write to me about it say the same thing in their first message.',
  'They love the work itself, the early mornings and the smell of the first loaves, but the paperwork, the pricing and the marketing keep them awake at night.',
  'This guide walks through the three decisions that matter most in the first year, and the ones you can safely leave until the shop has found its regulars.',
  'Start with the price list, because everything else follows from it: the hours you open, the flour you buy and the number of loaves you bake each morning.',
];

const page = (intro: string) => [
  'Home', 'Guides', 'Newsletter', '',
  'How to run a garage bakery without burning out', '', 'By Tove Almqvist', 'May 2, 2024', '',
  PROSE[0], '', PROSE[1], '',
  intro,
  'Baking every night and selling out by noon but still not paying yourself',
  'Unsure whether to raise your prices or open one more day',
  'Tired of answering the same questions on the phone',
  'Wondering when to hire your first helper', '',
  PROSE[2], '', PROSE[3], '',
  'Related Articles', 'Ten ovens compared', 'Sourdough for beginners',
].join('\n');

const body = async (intro: string) => await textBody(page(intro));

describe('a list inside the article', () => {
  it('is kept when a sentence left open with an ellipsis announces it', async () => {
    const text = await body('If you are …');
    expect(text).toContain('Unsure whether to raise your prices');
    expect(text).toContain('Wondering when to hire your first helper');
  });
  it('also with three dots', async () => {
    expect(await body('If you are...')).toContain('Tired of answering the same questions');
  });
});

describe('a section separator inside the article', () => {
  const sections = [
    'Home', 'News', 'Local', '',
    'Three questions before the harbour vote', '', 'By Pia Lund', 'June 3, 2024', '',
    'The harbour council votes on Thursday on the plan to turn the old ferry terminal into a market hall, and three questions will decide how the vote goes.', '',
    'WHO PAYS FOR THE ROOF?', '',
    'The region has promised half of the money, but only if the council finds the rest by December, which the finance committee doubts it can manage.', '',
    '___', '',
    'WHAT HAPPENS TO THE FERRY?', '',
    'The night ferry would move to the east pier, a longer walk for the passengers who take it home after the late shift at the hospital across the water.', '',
    '* * *', '',
    'The council meets at seven in the town hall, and the meeting is open to the public.', '',
    'Related Articles', 'Market traders want longer hours', 'New buses for the coast road',
  ].join('\n');
  it('is kept where it stands', async () => {
    const blocks = await textBlocks(sections);
    expect(blocks).toContain('___');
    expect(blocks).toContain('* * *');
    expect(blocks.indexOf('___')).toBeLessThan(blocks.indexOf('WHAT HAPPENS TO THE FERRY?'));
  });
});

describe('the head of a recipe inside the article', () => {
  const recipe = [
    'Home', 'Recipes', 'Baking', '',
    'A plum cake for the end of summer', '', 'By Greta Holm', 'August 30, 2024', '',
    'The last plums of the season are soft and sweet, and this cake uses a whole kilo of them on a thin, buttery base that bakes in under an hour.', '',
    'It keeps for three days under a cloth, and tastes even better on the second day, when the juice has soaked into the crumb.', '',
    'Plum Cake with Almonds',
    'Ingredients',
    '12 ripe plums, halved and stoned',
    '3 eggs, at room temperature',
    '200 g flour',
    '150 g butter',
    '100 g sugar',
    '50 g ground almonds', '',
    'Beat the butter and sugar until pale, then add the eggs one by one, fold in the flour and the almonds, and spread the batter in a lined tin.', '',
    'Press the plum halves into the batter, cut side up, and bake for fifty minutes until the top is golden and a skewer comes out clean.', '',
    'Related Articles', 'Apple pie for beginners', 'Five summer jams',
  ].join('\n');
  it('keeps the dish, the "Ingredients" label and the ingredients counted without a unit', async () => {
    const blocks = await textBody(recipe);
    expect(blocks).toContain('Plum Cake with Almonds');
    expect(blocks).toContain('12 ripe plums, halved and stoned');
    expect(blocks).toContain('3 eggs, at room temperature');
    expect(blocks).toContain('200 g flour');
  });
});
