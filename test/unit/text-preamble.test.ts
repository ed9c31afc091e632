/** A reader service's preamble before the page's text. */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { parseText } from '../../src/text/parse.js';
import { readPreamble } from '../../src/text/preamble.js';

const BODY = [
  '# Harbour board approves new ferry timetable',
  '',
  'The harbour board approved the new ferry timetable on Monday after a long debate about the early crossings, which islanders had asked for since last spring.',
  '',
  'The board will review the timetable again in the autumn, when the winter schedule is drawn up for the coming year.',
].join('\n');
const PREAMBLE = ['Title: Harbour board approves new ferry timetable | Valley Times', '', 'URL Source: https://valley.example/news/timetable', '', 'Published Time: 2024-03-04T09:30:00Z', '', 'Markdown Content:'].join('\n');

describe('readPreamble', () => {
  it('reads the title, address and time, and blanks its lines', () => {
    const p = readPreamble(`${PREAMBLE}\n${BODY}`)!;
    expect(p).toMatchObject({ title: 'Harbour board approves new ferry timetable | Valley Times', url: 'https://valley.example/news/timetable', published: '2024-03-04T09:30:00Z' });
    expect(p.text.split('\n').slice(0, 7).every((l) => l === '')).toBe(true);
    expect(p.text).toContain('The harbour board approved');
  });

  it('leaves alone a text that only starts with "Title:", and addresses that are not http(s)', () => {
    expect(readPreamble(`Title: a novel in three parts\n\n${BODY}`)).toBeNull();
    expect(readPreamble(`Title: X\nURL Source: javascript:alert(1)\n\n${BODY}`)).toBeNull();
  });

  it('gives the article its URL and time; the headline still comes from the text', () => {
    const parsed = parseText(`${PREAMBLE}\n${BODY}`);
    expect(parsed.url).toBe('https://valley.example/news/timetable');
    expect(parsed.published).toBe('2024-03-04T09:30:00Z');
    expect(parsed.title).toBe('Harbour board approves new ferry timetable');
    expect(parsed.blocks.map((b) => b.text).join(' ')).not.toMatch(/URL Source|Markdown Content/);
  });

  it('--url, when given, names the article instead of the preamble', async () => {
    const a = await extract(`${PREAMBLE}\n${BODY}`, { inputFormat: 'text', url: 'https://other.example/a' });
    expect(a.url).toBe('https://other.example/a');
    expect((await extract(`${PREAMBLE}\n${BODY}`, { inputFormat: 'text' })).url).toBe('https://valley.example/news/timetable');
  });
});
