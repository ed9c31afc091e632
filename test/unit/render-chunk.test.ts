/** --chunk (src/render/chunk.ts): block boundaries only, headings first, offsets into text, exact join. */
import { describe, expect, it } from 'vitest';
import { CHUNK_JOINER, chunkArticle, renderChunkLines } from '../../src/render/chunk.js';
import { toJson } from '../../src/render/json.js';
import type { Article, Block } from '../../src/model.js';

const words = (n: number, w = 'word') => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ') + '.';
const p = (text: string): Block => ({ kind: 'paragraph', text, markdown: text });
const h = (text: string, level = 2): Block => ({ kind: 'heading', level, text, markdown: `${'#'.repeat(level)} ${text}` });
const art = (blocks: Block[]): Article => ({
  source: { path: 'a.html', format: 'html', encoding: 'utf-8' }, title: 'T', byline: null, authors: ['Ana Ruiz'], published: '2024-01-02', siteName: null, lang: 'en',
  url: 'https://x.example/a', description: null, image: null, blocks, quotes: [], removed: [],
});

describe('chunkArticle', () => {
  it('packs paragraphs up to the limit, and the texts joined by CHUNK_JOINER give text exactly', () => {
    const a = art([p(words(10)), p(words(10)), p(words(10)), p(words(10))]);
    const chunks = chunkArticle(a, 25);
    expect(chunks.map((c) => c.wordCount)).toEqual([20, 20]);
    expect(chunks.map((c) => c.text).join(CHUNK_JOINER)).toBe(toJson(a).text);
    for (const c of chunks) expect(toJson(a).text.slice(c.start, c.end)).toBe(c.text);
  });

  it('a heading starts a new chunk and carries the heading path', () => {
    const a = art([p(words(3)), h('Part one'), p(words(3)), h('Detail', 3), p(words(3)), h('Part two'), p(words(3))]);
    const chunks = chunkArticle(a, 100);
    expect(chunks.map((c) => c.headings)).toEqual([[], ['Part one'], ['Part one', 'Detail'], ['Part two']]);
    expect(chunks[1]!.text.startsWith('Part one\n\n')).toBe(true);
  });

  it('never splits a block: a block over the limit is a chunk of its own (its heading before it)', () => {
    const a = art([p(words(5)), h('Big'), p(words(40)), p(words(5))]);
    const chunks = chunkArticle(a, 20);
    expect(chunks.map((c) => c.wordCount)).toEqual([5, 1, 40, 5]);
    expect(chunks[2]!.text).toBe(words(40));
    expect(chunks[2]!.headings).toEqual(['Big']);
  });

  it('balances a section instead of leaving a stub', () => {
    const a = art([p(words(10)), p(words(10)), p(words(10))]);
    // Greedy packing to 25 would give 20 + 10; the limit 25 needs two chunks either way.
    expect(chunkArticle(a, 25).map((c) => c.wordCount)).toEqual([20, 10]);
    expect(chunkArticle(art([p(words(6)), p(words(6)), p(words(6)), p(words(6))]), 19).map((c) => c.wordCount)).toEqual([12, 12]);
  });

  it('lists, tables and code blocks are single blocks: never cut', () => {
    const list: Block = { kind: 'list', text: `${words(8)}\n${words(8)}`, markdown: '' };
    const chunks = chunkArticle(art([list, p(words(2))]), 10);
    expect(chunks[0]!.text).toBe(list.text);
  });

  it('an article without text has no chunks', () => {
    expect(chunkArticle(art([{ kind: 'image', text: '', markdown: '![](https://x.example/a.jpg)' }]), 10)).toEqual([]);
  });
});

describe('renderChunkLines', () => {
  it('one JSON line per chunk with the article metadata, index, count, headings and offsets', () => {
    const lines = renderChunkLines(art([h('Intro'), p(words(3)), h('More'), p(words(3))]), 50).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({ title: 'T', authors: ['Ana Ruiz'], published: '2024-01-02', url: 'https://x.example/a', dir: 'ltr', chunk: 1, chunks: 2, headings: ['More'] });
    expect(lines[1].text).toBe(`More\n\n${words(3)}`);
  });
});
