/** --no-links, --no-images, --link-style (src/render/markdown-links.ts). */
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { rewriteLinks, shapedBodyMarkdown } from '../../src/render/markdown-links.js';
import type { Article, Block } from '../../src/model.js';

const p = (markdown: string, text = markdown): Block => ({ kind: 'paragraph', text, markdown });
const art = (blocks: Block[]): Pick<Article, 'blocks'> => ({ blocks });

describe('Markdown link shaping', () => {
  it('--no-links keeps the link text, drops the target (titles, nested images, parentheses in URLs)', () => {
    const md = 'See [the report](https://a.example/r_(2024) "Report") and [![logo](https://a.example/l.png)](https://a.example/).';
    expect(shapedBodyMarkdown(art([p(md)]), { links: false })).toBe('See the report and ![logo](https://a.example/l.png).');
  });

  it('--no-images drops inline images and image blocks with their captions', () => {
    const blocks: Block[] = [p('Text ![a](https://a.example/a.jpg) more.'), { kind: 'image', text: '', markdown: '![b](https://a.example/b.jpg)\n\n_Caption_' }, p('End.')];
    expect(shapedBodyMarkdown(art(blocks), { images: false })).toBe('Text  more.\n\nEnd.');
  });

  it('both: no "](" and no "![" left', () => {
    const out = shapedBodyMarkdown(art([p('[![x](https://a.example/x.png)](https://a.example/) [a](https://a.example/a) ![y](https://a.example/y.png)')]), { links: false, images: false });
    expect(out).not.toContain('](');
    expect(out).not.toContain('![');
  });

  it('leaves code spans and code blocks alone; escapes text that only looks like a link', () => {
    const md = 'Type `[x](y)` or \\[not\\](a link) here, wow![sic]';
    expect(shapedBodyMarkdown(art([p(md)]), { links: false })).toBe('Type `[x](y)` or \\[not\\]\\(a link) here, wow![sic]');
    expect(shapedBodyMarkdown(art([p(md)]), { links: false, images: false })).toBe('Type `[x](y)` or \\[not\\]\\(a link) here, wow!\\[sic]');
    expect(shapedBodyMarkdown(art([p(md)]), {})).toBe(md);
    const code: Block = { kind: 'code', text: '[a](b)', markdown: '```\n[a](b)\n```' };
    expect(shapedBodyMarkdown(art([code]), { links: false })).toBe('```\n[a](b)\n```');
  });

  it('--link-style referenced numbers links in order, one number per address, listed after the body', () => {
    const out = shapedBodyMarkdown(art([p('[One](https://a.example/1) and [two](https://a.example/2 "Two").'), p('Again [one](https://a.example/1).')]), { linkStyle: 'referenced' });
    expect(out).toBe('[One][1] and [two][2].\n\nAgain [one][1].\n\n[1]: https://a.example/1\n[2]: https://a.example/2 "Two"');
  });

  it('renderMarkdown passes the options through; default output is unchanged', () => {
    const a = { source: { path: null, format: 'html', encoding: 'utf-8' }, title: null, byline: null, authors: [], published: null, siteName: null, lang: null, url: null, description: null, image: null, quotes: [], removed: [], blocks: [p('[a](https://a.example/)')] } as Article;
    expect(renderMarkdown(a, { frontMatter: false })).toBe('[a](https://a.example/)\n');
    expect(renderMarkdown(a, { frontMatter: false, links: false })).toBe('a\n');
  });

  it('rewriteLinks leaves a bracket that is not a link as it is', () => {
    expect(rewriteLinks('[not a link] (x) and [open', { link: () => 'L', image: () => 'I' })).toBe('[not a link] (x) and [open');
  });
});

describe('linear time on hostile Markdown', () => {
  // Not a speed figure (speed is measured by `npm run bench`): a backtracking or quadratic scan of
  // these inputs takes minutes, so a bound far above a loaded machine's time still catches it.
  it('100,000 unclosed brackets, backtick runs and "[x](" pieces finish (linear scan, no backtracking blow-up)', () => {
    const shapes = ['['.repeat(100_000), '`a``b'.repeat(30_000), '[x]("'.repeat(30_000), '[x]('.repeat(30_000) + ')', '[x](a ('.repeat(30_000)];
    for (const md of shapes) {
      const started = performance.now();
      shapedBodyMarkdown(art([p(md)]), { links: false, images: false });
      expect(performance.now() - started).toBeLessThan(20_000);
    }
  });
});

describe('no link syntax left by --no-links --no-images', () => {
  it('a link text ending in "]" before "(" and an image removed before "[" do not form "](" or "!["', () => {
    const out = shapedBodyMarkdown(art([p('[a\\]](https://x.example/)(b) and wow![c](https://x.example/c.png)[d]')]), { links: false, images: false });
    expect(out).toBe('a\\]\\(b) and wow[d]');
    expect(out).not.toContain('](');
    expect(out).not.toContain('![');
  });
});
