/** Text units: hard-wrapped lines are joined, lists stay lists, one-line blocks stay apart. */
import { describe, expect, it } from 'vitest';
import { isGluedTeaser, pageStats } from '../../src/text/stats.js';
import { toUnits } from '../../src/text/units.js';

describe('toUnits', () => {
  it('joins a paragraph hard-wrapped at a fixed width', () => {
    const text = [
      'The harbour board met on Thursday evening to decide the future of the',
      'old ferry terminal, which has stood empty since the last crossing was',
      'cancelled in the spring of last year.',
      '',
      'Residents asked for a market hall.',
    ].join('\n');
    const units = toUnits(text);
    expect(units).toHaveLength(2);
    expect(units[0]!.text).toBe(
      'The harbour board met on Thursday evening to decide the future of the old ferry terminal, which has stood empty since the last crossing was cancelled in the spring of last year.',
    );
    expect(units[0]!.block.kind).toBe('paragraph');
    expect(units[0]!.group).toBe(1);
  });

  it('does not join a boilerplate line printed under a line of the same width', () => {
    // A credit line, then a "read more" heading with no blank line between: two lines of the page, not a wrapped sentence.
    const units = toUnits('Source: Harbour Gazette (text), Ana Lima (pictures)\nYou might also like\n\nFerry timetable changes from Monday');
    expect(units.map((u) => u.text)).toEqual(['Source: Harbour Gazette (text), Ana Lima (pictures)', 'You might also like', 'Ferry timetable changes from Monday']);
    // The same shape in prose is still one wrapped paragraph.
    expect(toUnits('The board will publish its decision on the terminal and the\nmarket hall next week.').map((u) => u.text)).toEqual(['The board will publish its decision on the terminal and the market hall next week.']);
  });

  it('keeps a bullet list as one list block', () => {
    const units = toUnits('What the plan includes:\n\n- a market hall\n- a cycle path\n- two cafés');
    expect(units).toHaveLength(2);
    expect(units[1]!.block.kind).toBe('list');
    expect(units[1]!.block.text).toBe('a market hall\na cycle path\ntwo cafés');
    expect(units[1]!.block.markdown).toBe('- a market hall\n- a cycle path\n- two cafés');
  });

  it('does not join a headline and the "Name @handle" author line under it', () => {
    const units = toUnits('Harbour board reportedly weighing a covered market for the old quay\nDana Holm @danaholm / 2 days\n\nThe board met on Thursday.');
    expect(units.map((u) => u.text)).toEqual(['Harbour board reportedly weighing a covered market for the old quay', 'Dana Holm @danaholm / 2 days', 'The board met on Thursday.']);
  });
  it('keeps an ordered list ordered', () => {
    const units = toUnits('1. Open the valve\n2. Wait ten minutes\n3. Close it again');
    expect(units[0]!.block.kind).toBe('list');
    expect(units[0]!.block.ordered).toBe(true);
  });

  it('keeps one-line blocks (a menu) apart and records their group size', () => {
    const units = toUnits('Home\nNews\nSport\nWeather\n\nA paragraph of its own.');
    expect(units.map((u) => u.text)).toEqual(['Home', 'News', 'Sport', 'Weather', 'A paragraph of its own.']);
    expect(units[0]!.group).toBe(4);
    expect(units[4]!.group).toBe(1);
  });

  it('does not join lines of very different lengths (not a hard wrap)', () => {
    const units = toUnits('Short headline here\nA much longer line that reads like the opening of the article text itself.');
    expect(units).toHaveLength(2);
  });
});

describe('glued teaser cards (a headline run into its summary)', () => {
  it('recognises a Title Case headline glued to a sentence', () => {
    expect(isGluedTeaser('Harbour Board Approves New Ferry TimetableThe first crossing will leave at six in the morning from the old quay.')).toBe(true);
    expect(isGluedTeaser('Five Quiet Beaches in the North To Visit This SummerIf you want a calm day by the sea, these are the places to go.')).toBe(true);
    expect(isGluedTeaser('Storm Warning? Council Closes Coastal Road UntilFriday crews will check the sea wall before it opens again.')).toBe(true);
  });
  it('leaves names and ordinary prose alone', () => {
    // One or no lower-case letters before the capital: a name, not a glue point.
    expect(isGluedTeaser('Coach Ray McPherson Of Leeds said the team would train on the new pitch from next week.')).toBe(false);
    expect(isGluedTeaser('Guard Dante LeBlanc Of Ohio scored twice in the first half of the game on Sunday night.')).toBe(false);
    // The summary part must read as a sentence, not as more title.
    expect(isGluedTeaser('Harbour Board Approves New Ferry TimetableThe First Crossing Will Leave At Six')).toBe(false);
    // Too few capitalised words before the glue point.
    expect(isGluedTeaser('The iPhone maker said its new model would ship in the spring with a faster chip.')).toBe(false);
  });
  it('needs two such lines on a page: one line is a name by chance', () => {
    const one = 'Former Ferry Pilot Anna MacDonald said the new timetable would suit most of the island families well.';
    const prose = 'The island council met on Monday and agreed the new ferry timetable after a long debate about the early crossings.';
    const teaser = 'Harbour Board Approves New Ferry TimetableThe first crossing will leave at six in the morning from the old quay.';
    const lone = pageStats(toUnits([prose, one, prose].join('\n\n')));
    expect(lone.units.some((s) => s.glued)).toBe(false);
    const group = pageStats(toUnits([prose, one, teaser, prose].join('\n\n')));
    expect(group.units.map((s) => s.glued)).toEqual([false, true, true, false]);
  });
});
