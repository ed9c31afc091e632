/**
 * Text path: an interview printed as "Q:" / "A:" turns goes on after its long answers with
 * quick-fire questions; those turns are the article's, up to the page's junk.
 */
import { describe, expect, it } from 'vitest';
import { turnLabel } from '../../src/text/interview.js';
import { textBody } from '../text-blocks.js';

const LONG = [
  'Q: You took over the orchard cooperative last spring after twenty years as a teacher. What surprised you most about the first season?',
  'A: How much of the work is talking. I thought I would spend my days among the trees, but most of it is phone calls with buyers, the bank and the people who pick for us in the autumn.',
  'Q: The cooperative lost almost a third of its pear harvest to the late frost. How did the members take it, and what will change before next year?',
  'A: Better than I feared. We have ordered frost fans for the lower slopes, and the older members have agreed to share the cost of insurance with the young ones, which took three long meetings.',
];
const QUICK = ['Q: Favourite apple?', 'A: The small russets', 'Q: Morning or evening?', 'A: Morning, always', 'Q: Last book you read?', 'A: A history of the canal'];

const page = [
  'Home', 'Regional', 'Farming', '',
  'Meet the new head of the orchard cooperative', '', 'By Ilse Marten', 'October 2, 2024', '',
  'We sat down with the new chair of the cooperative to talk about frost, pears and the meetings in between.', '',
  ...LONG.flatMap((l) => [l, '']),
  'Now the quick questions.', ...QUICK, '',
  'Back to top button', 'Related Articles', 'Cider makers open their doors', 'A dry summer for the valley',
].join('\n');

describe('an interview printed as turns', () => {
  it('reads the turn labels', () => {
    expect(turnLabel('Q: Favourite apple?')).toBe('q');
    expect(turnLabel('MAYOR: We will see.')).toBe('mayor');
    expect(turnLabel('The plan has two parts: money and time.')).toBeNull();
  });
  it('keeps the quick-fire turns after the long answers, not the junk after them', async () => {
    const text = await textBody(page);
    for (const turn of QUICK) expect(text).toContain(turn);
    expect(text).not.toContain('Cider makers');
  });
});
