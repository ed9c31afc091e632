/**
 * Quotes are looked for only when the output shows them (src/batch/convert.ts showsQuotes,
 * src/pipeline.ts `quotes: false`): the other outputs are the same with or without them.
 */
import { describe, expect, it } from 'vitest';
import { convert, showsQuotes, type RenderOptions, type Task } from '../../src/batch/convert.js';
import { extract } from '../../src/pipeline.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { renderHtml } from '../../src/render/html.js';
import { renderChunkLines } from '../../src/render/chunk.js';

const STORY = [
  'Harbour Plan Wins Vote',
  '',
  'The town council approved the new harbour plan on Monday after a long debate about the cost of the work.',
  '',
  '“We have waited a long time for this, and the boats will finally have a safe place in winter,” said Mira Kovač, who chairs the harbour board.',
  '',
  'Work on the new pier is due to start in the spring and should take about two years.',
].join('\n');

const render = (format: RenderOptions['format'], extra: Partial<RenderOptions> = {}): RenderOptions => ({ format, frontMatter: true, quotes: false, ...extra });

describe('quotes on demand', () => {
  it('only JSON, NDJSON without --chunk and Markdown with --quotes show quotes', () => {
    expect(showsQuotes(render('json'))).toBe(true);
    expect(showsQuotes(render('ndjson'))).toBe(true);
    expect(showsQuotes(render('ndjson', { chunk: 100 }))).toBe(false);
    expect(showsQuotes(render('md', { quotes: true }))).toBe(true);
    expect(showsQuotes(render('md'))).toBe(false);
    expect(showsQuotes(render('text'))).toBe(false);
    expect(showsQuotes(render('html'))).toBe(false);
  });

  it('quotes: false leaves quotes empty and speakers unset; every other field is the same', async () => {
    const full = await extract(STORY, { inputFormat: 'text' });
    const lean = await extract(STORY, { inputFormat: 'text', quotes: false });
    expect(full.quotes.length).toBe(1);
    expect(full.quotes[0]!.speaker).toBe('Mira Kovač');
    expect(lean.quotes).toEqual([]);
    expect(lean.speakers).toBeUndefined();
    const { quotes: _q, speakers: _s, ...rest } = full;
    const { quotes: _lq, speakers: _ls, ...leanRest } = lean;
    expect(leanRest).toEqual(rest);
    // The outputs that do not show quotes are the same either way.
    expect(renderMarkdown(lean, { frontMatter: true, quotes: false })).toBe(renderMarkdown(full, { frontMatter: true, quotes: false }));
    expect(renderText(lean)).toBe(renderText(full));
    expect(renderHtml(lean)).toBe(renderHtml(full));
    expect(renderChunkLines(lean, 20)).toBe(renderChunkLines(full, 20));
  });

  it('convert() finds the quotes for JSON and for Markdown with --quotes', async () => {
    const task = (r: RenderOptions): Task => ({ path: 'story.txt', data: STORY, inputFormat: 'text', maxBytes: 1 << 20, render: r, extract: {}, explain: false });
    const json = await convert(task(render('json')));
    expect(json.ok && 'output' in json && JSON.parse(json.output).quotes.length).toBe(1);
    const md = await convert(task(render('md', { quotes: true })));
    expect(md.ok && 'output' in md && md.output).toContain('## Quotes');
  });
});
