/**
 * Text path: an article that ends in blocks of the same form (a training plan's days, each with
 * the same labels) keeps them up to the page's junk; a teaser list there is still dropped.
 */
import { describe, expect, it } from 'vitest';
import { textBody } from '../text-blocks.js';

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

const body = async (tail: string[]) => await textBody(page(tail));

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

describe('product boxes the article announces', () => {
  const INTRO = [
    'Garden tools go on sale every spring, and this year the discounts started early, with several of the cordless models we tested last summer now cheaper than ever.',
    'We kept only the tools that survived a full season in our test beds. Our favourite picks, with their current prices, are listed below.',
  ];
  const box = (name: string, features: string[], price: string) => [name, ...features, `${name} (2024 edition)`, price, 'Available from Greenshed', 'We may earn a commission', 'Buy Now'];
  const boxes = [
    box('Hedgehog Cordless Trimmer', ['Cuts branches up to 18 mm', 'Runs for 40 minutes on one charge', 'Weighs less than two kilos'], '$89.00'),
    box('Mossy Leaf Blower', ['Three speeds for wet and dry leaves', 'Runs for 40 minutes on one charge', 'Folds flat for the shed wall'], '$64.50'),
    box('Rootwise Tiller', ['Turns beds up to 20 cm deep', 'Weighs less than two kilos', 'Tines come off for cleaning'], '$129.99'),
    box('Puddle Pro Hose Reel', ['Holds 30 m of hose', 'Wall bracket included', 'Folds flat for the shed wall'], '$45.00'),
  ].flat();
  const guide = (intro: string[]) => [
    'Home', 'Garden', 'Deals', '',
    'The best garden tool deals this spring', '', 'By Mira Holt', 'March 2, 2024', '',
    ...intro.flatMap((p) => [p, '']),
    'Don\'t Miss', '',
    ...boxes, '',
    'Related Articles', 'How to sharpen a hoe', 'Ten plants for a shady corner',
  ].join('\n');
  const body = async (text: string) => await textBody(text);
  it('are kept past a related-list heading, up to the page’s junk', async () => {
    const text = await body(guide(INTRO));
    expect(text).toContain('Cuts branches up to 18 mm');
    expect(text).toContain('Holds 30 m of hose');
    expect(text).toContain('Available from Greenshed');
    expect(text).not.toContain('sharpen a hoe');
  });
  it('but not under an article that announces nothing', async () => {
    const text = await body(guide([INTRO[0]!, 'We kept only the tools that survived a full season in our test beds, and the rest went back to the shops.']));
    expect(text).not.toContain('Cuts branches up to 18 mm');
  });
});
