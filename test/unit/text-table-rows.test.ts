/**
 * Text path: a table the article prints (rows packed together, a few figures on each) costs the
 * region what short lines cost, without lengthening the gap, so the lead above it stays in.
 */
import { describe, expect, it } from 'vitest';
import { pageStats } from '../../src/text/stats.js';
import { tableRows } from '../../src/text/table-rows.js';
import { toUnits } from '../../src/text/units.js';
import { textBody } from '../text-blocks.js';

const rows = (team: string[]) => ['Rank Team Played Won Points', ...team.map((t, i) => `${i + 1} ${t} ${20 + i} ${12 - i} ${40 - 3 * i}`)];
const page = [
  'Home', 'Sport', 'Football', '',
  'How the spring league table looks after twenty rounds', '', 'By Lena Marsh', 'April 14, 2024', '',
  'Below, we go through the table of the spring league after twenty rounds and what it means for the last weeks of the season.', '',
  'Northern group', '',
  ...rows(['Riverside Rovers', 'Hilltop Athletic', 'Old Mill United', 'Lakeside Town', 'Quarry Lane', 'Forest Green Juniors', 'Canal Street']), '',
  'Riverside are clear at the top, and their lead of six points looks safe because they still have four of their six games at home, where they have not lost since the autumn.', '',
  'Behind them the fight for second place is open, with three clubs within two points of each other and two of them still to play each other in the final round of the season.', '',
  'Southern group', '',
  ...rows(['Harbour City', 'Bridgend Wanderers', 'Chapel Field']), '',
  'In the south the picture is much clearer: the leaders have won every game since the winter break and only need two more wins to take the title before the last month even begins.', '',
  'The bottom of both groups is still wide open, and the league will decide next month whether two clubs go down this year or only one, which keeps every club below the middle nervous.', '',
  'Related Articles', 'Ten goals from the weekend', 'A new coach for the Rovers',
].join('\n');

describe('a table in the article', () => {
  it('is found: packed rows with figures under a header row', () => {
    const units = toUnits(page);
    const table = tableRows(units, pageStats(units).units);
    const marked = units.filter((_u, i) => table[i]).map((u) => u.text);
    expect(marked).toContain('Rank Team Played Won Points');
    expect(marked).toContain('7 Canal Street 26 6 22');
    expect(marked).not.toContain('Home');
    expect(marked).not.toContain('April 14, 2024');
  });
  it('does not cut the lead above it off the article', async () => {
    const text = await textBody(page);
    expect(text).toContain('Below, we go through the table');
    expect(text).toContain('3 Old Mill United 22 10 34');
    expect(text).not.toContain('Ten goals from the weekend');
  });
  it('lines with one figure each (a teaser list with its comment counts) are no table', () => {
    const teasers = ['Intro line of some paragraph.', 'A new stand for the old ground 12', 'The coach who never shouts 4', 'Why the cup matters again 31', 'Ticket prices go up in May 7'].join('\n');
    const units = toUnits(teasers);
    expect(tableRows(units, pageStats(units).units).some(Boolean)).toBe(false);
  });
});
