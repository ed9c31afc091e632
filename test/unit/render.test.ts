/**
 * Stage 8, render: Markdown with YAML front matter, JSON (schema 1), NDJSON and text, all read
 * from the model only. Articles here are built by hand, so each renderer is tested on its own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Block } from '../../src/model.js';
import { renderJson, renderNdjsonLine, toJson } from '../../src/render/json.js';
import { frontMatter, renderMarkdown, yamlString } from '../../src/render/markdown.js';
import { renderText } from '../../src/render/text.js';
import { stripControls } from '../../src/sanitise.js';

const para = (text: string, markdown = text): Block => ({ kind: 'paragraph', text, markdown });

function article(over: Partial<Article> = {}): Article {
  return {
    source: { path: 'story.txt', format: 'text', encoding: 'utf-8' },
    title: 'Bridge reopens after repairs',
    byline: 'By Ana Ruiz and Ben Cole',
    authors: ['Ana Ruiz', 'Ben Cole'],
    published: '2024-03-04',
    siteName: null,
    lang: 'en',
    url: null,
    description: null,
    image: null,
    blocks: [para('The bridge reopened on Monday.'), { kind: 'image', text: '', markdown: '![The bridge](https://example.com/b.jpg)' }, para('Traffic is “back to normal,” the council said.', 'Traffic is “back to normal,” the council **said**.')],
    quotes: [{ text: 'back to normal', speaker: 'the council', speakerText: 'the council', cue: 'said', paragraph: 1, start: 44, end: 58, partial: true }],
    removed: [{ rule: 'back-to-top', text: 'Back to top', stage: 'boilerplate' }],
    ...over,
  };
}

describe('Markdown', () => {
  it('front matter with what is known, the title as a heading, then the body blocks', () => {
    expect(renderMarkdown(article())).toBe(
      [
        '---',
        'title: Bridge reopens after repairs',
        'authors:',
        '  - Ana Ruiz',
        '  - Ben Cole',
        'published: "2024-03-04"',
        'lang: en',
        'source: story.txt',
        '---',
        '',
        '# Bridge reopens after repairs',
        '',
        'The bridge reopened on Monday.',
        '',
        '![The bridge](https://example.com/b.jpg)',
        '',
        'Traffic is “back to normal,” the council **said**.',
        '',
      ].join('\n'),
    );
  });

  it('without front matter: no YAML block at all', () => {
    const md = renderMarkdown(article(), { frontMatter: false });
    expect(md.startsWith('# Bridge reopens after repairs\n\n')).toBe(true);
    expect(md).not.toContain('---');
  });

  it('the byline stands in for authors only when no names were split from it', () => {
    expect(frontMatter(article())).not.toContain('byline');
    expect(frontMatter(article({ authors: [], byline: 'Staff reporters' }))).toContain('byline: Staff reporters\n');
  });

  it('leaves out unknown fields and the stdin path; nothing known means no front matter', () => {
    const bare = article({ title: null, byline: null, authors: [], published: null, lang: null, source: { path: '-', format: 'text', encoding: 'utf-8' } });
    expect(frontMatter(bare)).toBe('');
    expect(renderMarkdown(bare)).toBe('The bridge reopened on Monday.\n\n![The bridge](https://example.com/b.jpg)\n\nTraffic is “back to normal,” the council **said**.\n');
    expect(frontMatter(article({ source: { path: null, format: 'text', encoding: 'utf-8' } }))).not.toContain('source:');
  });

  it('escapes Markdown syntax in the title heading', () => {
    expect(renderMarkdown(article({ title: 'Why *this* <b> [list] uses_snake `code`' }), { frontMatter: false })).toMatch(/^# Why \\\*this\\\* \\<b\\> \\\[list\\\] uses\\_snake \\`code\\`\n/);
  });

  it('the Quotes section lists each quote with its speaker, or "unattributed"', () => {
    const a = article({ quotes: [...article().quotes, { text: 'no comment', speaker: null, speakerText: null, cue: null, paragraph: 0, start: 0, end: 1, partial: true }] });
    expect(renderMarkdown(a, { quotes: true })).toMatch(/\n## Quotes\n\n- “back to normal” — the council\n- “no comment” — unattributed\n$/);
    expect(renderMarkdown(article({ quotes: [] }), { quotes: true })).not.toContain('## Quotes');
  });
});

describe('YAML scalars in the front matter', () => {
  it.each([
    ['Budget: what changes', '"Budget: what changes"'],
    ['C# in 2024', '"C# in 2024"'],
    ['yes', '"yes"'],
    ['Null', '"Null"'],
    ['1984', '"1984"'],
    ['1e5', '"1e5"'],
    ['2024-03-04', '"2024-03-04"'],
    ['- not a list', '"- not a list"'],
    ['The "best" plan', '"The \\"best\\" plan"'],
    ['back\\slash', '"back\\\\slash"'],
    ['two\nlines', '"two\\nlines"'],
    // Control characters never reach the output (src/sanitise.ts strips them), not even escaped.
    ['bell\u0007char', 'bellchar'],
    ['less <b> than', '"less \\x3Cb> than"'],
    ['O’Brien wins 3 races', 'O’Brien wins 3 races'],
    ['Zoë Lefèvre', 'Zoë Lefèvre'],
  ])('%j -> %s', (input, yaml) => {
    expect(yamlString(input)).toBe(yaml);
  });

  it('property: a quoted scalar reads back as the same string; a plain one has no YAML indicators', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (s) => {
        const y = yamlString(s);
        if (y.startsWith('"')) {
          // YAML double-quoted escapes used here (\\ \" \n \t \uXXXX) are JSON's: JSON.parse reads them back.
          // \x3C is YAML's escape for "<" (JSON has none): read it back as JSON's \u003c.
          expect(JSON.parse(y.replace(/(?<!\\)((?:\\\\)*)\\x3C/g, '$1\\u003c'))).toBe(stripControls(s));
          expect(y).not.toMatch(/[\u0000-\u001f\u007f\u2028\u2029]/);
        } else {
          expect(y).toBe(stripControls(s));
          expect(y).toMatch(/^[\p{L}\p{N}]/u);
          expect(y).not.toMatch(/:\s|\s#|^(?:true|false|yes|no|null|on|off)$|[\n"\\#]/i);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('JSON', () => {
  it('has every schema field in the documented order, unknowns as null (never "" and never missing)', () => {
    const j = toJson(article());
    expect(Object.keys(j)).toEqual(['schemaVersion', 'source', 'title', 'byline', 'authors', 'published', 'siteName', 'lang', 'dir', 'url', 'description', 'image', 'text', 'markdown', 'html', 'quotes', 'speakers', 'wordCount']);
    expect(j.schemaVersion).toBe(1);
    expect(j.siteName).toBeNull();
    expect(j.url).toBeNull();
    expect(j.description).toBeNull();
    expect(j.image).toBeNull();
    expect(JSON.parse(renderJson(article({ title: null }))).title).toBeNull();
    expect(renderJson(article())).toContain('"siteName": null,');
  });

  it('text is the body without title or byline, blocks separated by one blank line; images have no text', () => {
    const j = toJson(article());
    expect(j.text).toBe('The bridge reopened on Monday.\n\nTraffic is “back to normal,” the council said.');
    expect(j.markdown).toBe('The bridge reopened on Monday.\n\n![The bridge](https://example.com/b.jpg)\n\nTraffic is “back to normal,” the council **said**.');
    expect(j.text.slice(j.quotes[0]!.start, j.quotes[0]!.end)).toBe('back to normal');
  });

  it('counts words: letters and digits, with inner apostrophes, hyphens and dots kept in one word', () => {
    expect(toJson(article({ blocks: [para("It's a well-known 3.5 km route, isn’t it?")] })).wordCount).toBe(8);
    expect(toJson(article({ blocks: [] })).wordCount).toBe(0);
    expect(toJson(article({ blocks: [para('It cost €12,500 in 2024, not 12, 500.')] })).wordCount).toBe(8);
  });

  it('counts Chinese and Japanese words with the word segmenter, not one per run of characters', () => {
    // 城市 | 公园 | 将 | 新建 | 一条 | 自行 | 车道 (ICU's dictionary), then two Latin words.
    const zh = toJson(article({ blocks: [para('城市公园将新建一条自行车道 (bike lane)')] })).wordCount;
    expect(zh).toBeGreaterThanOrEqual(7);
    expect(zh).toBeLessThanOrEqual(9);
    const ja = toJson(article({ blocks: [para('東京都は新しい自転車道を建設する')] })).wordCount;
    expect(ja).toBeGreaterThan(4);
    // A long run with no punctuation is segmented in pieces: linear, and about the same count.
    const long = toJson(article({ blocks: [para('城市公园将新建一条自行车道'.repeat(2000))] })).wordCount;
    expect(long / 2000).toBeGreaterThan(6);
    expect(long / 2000).toBeLessThan(9);
  });

  it('does not leak the removal log into the output', () => {
    expect(renderJson(article())).not.toContain('back-to-top');
  });

  it('pretty JSON ends with a newline; NDJSON is exactly one line', () => {
    const pretty = renderJson(article({ title: 'Two\nlines' }));
    expect(pretty.endsWith('}\n')).toBe(true);
    const line = renderNdjsonLine(article({ title: 'Two\nlines' }));
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(JSON.parse(pretty));
  });

  it('keeps archive provenance in source', () => {
    const j = toJson(article({ source: { path: 'crawl.warc.gz', format: 'html', encoding: 'utf-8', entry: 'https://a.example/x', url: 'https://a.example/x' } }));
    expect(j.source).toEqual({ path: 'crawl.warc.gz', format: 'html', encoding: 'utf-8', entry: 'https://a.example/x', url: 'https://a.example/x' });
  });
});

describe('text', () => {
  it('the title, a blank line, then the body as plain text', () => {
    expect(renderText(article())).toBe('Bridge reopens after repairs\n\nThe bridge reopened on Monday.\n\nTraffic is “back to normal,” the council said.\n');
  });

  it('no title: the body alone', () => {
    expect(renderText(article({ title: null }))).toBe('The bridge reopened on Monday.\n\nTraffic is “back to normal,” the council said.\n');
  });
});
