/**
 * Text path: an article that ends in blocks of the same form (a training plan's days, each with
 * the same labels) keeps them up to the page's junk; a teaser list there is still dropped.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const PROSE = [
  'Training for a first half marathon takes about ten weeks if you already run twice a week, and the plan below keeps every long run on a Sunday so it fits around work.',
  'Each week has two easy runs, one run with short fast parts and the long run, which grows by about a kilometre a week until the last fortnight before the race.',
  'Eat something small an hour before the fast sessions and drink during the long runs from the fourth week on, when they start to last longer than an hour.',
];

const week = (n: number) => [
  `Week ${n}`,
  'Tuesday easy run',
  `${4 + n} km at a pace you can talk at`,
  'Thursday intervals',
  `${n + 3} times 400 m fast, 200 m walking between`,
  'Sunday long run',
  `${8 + n} km slow, walking breaks allowed`,
];

const page = (tail: string[]) => [
  'Home', 'Running', 'Gear', 'Shop', '',
  'A ten-week plan for your first half marathon', '', 'By Jonas Weber', 'April 3, 2024', '',
  ...PROSE.flatMap((p) => [p, '']),
  ...tail, '',
  'Related Articles', 'The best shoes for wet trails', 'How to stretch after a race',
].join('\n');

const body = async (tail: string[]) => (await extract(page(tail), { inputFormat: 'text' })).blocks.map((b) => b.text).join('\n');

describe('blocks of the same form after the article', () => {
  it('are kept up to the page’s junk', async () => {
    const text = await body([1, 2, 3, 4].flatMap(week));
    expect(text).toContain('Week 4');
    expect(text).toContain('7 times 400 m fast, 200 m walking between');
    expect(text).toContain('12 km slow, walking breaks allowed');
    expect(text).not.toContain('best shoes');
  });
  it('but a block of teaser headlines that never repeat is not', async () => {
    const teasers = ['Ten things to pack for race day', 'Why rest days matter more than you think', 'Our readers’ favourite city races', 'A marathon in the mountains, reviewed', 'What to eat the night before', 'Running in the heat: a short guide', 'The watch that tells you to slow down', 'A coach answers your questions', 'Five trails near the coast', 'How to pick a race', 'Running with a dog', 'Winter layers that work', 'Couch to five kilometres'];
    const text = await body(teasers);
    expect(text).not.toContain('Ten things to pack');
  });
});
