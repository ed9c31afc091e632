/**
 * Small self-written HTML pages, one per difficulty, run through the whole pipeline with precise
 * assertions on metadata and body. The prose is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/pipeline.js';
import type { Article } from '../src/model.js';

/** Paragraphs of ordinary prose, long enough for the body step to see an article. */
const PROSE = [
  'The harbour board met on Tuesday evening to settle the question of the old grain pier, which has stood empty since the last mill closed.',
  'Members heard from engineers who inspected the timber piles over the winter and found most of them sound, though the deck will need replacing.',
  'A proposal to turn the pier into a public walkway drew support from residents, several of whom spoke about walking there as children.',
  'The board agreed to commission a detailed cost estimate and to return to the matter at its spring meeting, when a vote is expected.',
];
const paras = (list = PROSE) => list.map((p) => `<p>${p}</p>`).join('\n');

function page(opts: { head?: string; beforeBody?: string; article: string; after?: string; lang?: string }): string {
  return `<!doctype html><html lang="${opts.lang ?? 'en'}"><head><meta charset="utf-8">${opts.head ?? ''}</head><body>
<header class="site-header"><a href="/" class="logo">Harbour Gazette</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/about">About</a></nav></header>
${opts.beforeBody ?? ''}<main><article>${opts.article}</article></main>${opts.after ?? ''}
<footer><p>© 2024 Harbour Gazette. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`;
}

const run = (html: string, url?: string): Promise<Article> => extract(html, { inputFormat: 'html', ...(url ? { url } : {}) });
const bodyText = (a: Article) => a.blocks.map((b) => b.text).join('\n\n');

describe('HTML pages', () => {
  it('byline only in a meta tag', async () => {
    const a = await run(page({ head: '<title>Pier to become a walkway | Harbour Gazette</title><meta name="author" content="Marta Lindqvist">', article: `<h1>Pier to become a walkway</h1>${paras()}` }));
    expect(a.title).toBe('Pier to become a walkway');
    expect(a.authors).toEqual(['Marta Lindqvist']);
    expect(bodyText(a)).not.toContain('Marta Lindqvist');
  });

  it('date only in JSON-LD, late in the evening west of UTC: the day is kept', async () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Pier to become a walkway', datePublished: '2024-03-05T23:30:00-08:00', author: { '@type': 'Person', name: 'Marta Lindqvist' }, publisher: { '@type': 'Organization', name: 'Harbour Gazette' } });
    const a = await run(page({ head: `<title>Pier to become a walkway</title><script type="application/ld+json">${ld}</script>`, article: `<h1>Pier to become a walkway</h1>${paras()}` }));
    expect(a.published).toBe('2024-03-05T23:30:00-08:00');
    expect(a.authors).toEqual(['Marta Lindqvist']);
    expect(a.siteName).toBe('Harbour Gazette');
  });

  it('JSON-LD author given by @id reference in a @graph', async () => {
    const ld = JSON.stringify({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'Article', '@id': 'https://hg.example/a#article', headline: 'Pier to become a walkway', author: { '@id': 'https://hg.example/#person/1' } },
      { '@type': 'Person', '@id': 'https://hg.example/#person/1', name: 'Tomas Eriksen' },
    ] });
    const a = await run(page({ head: `<title>Pier to become a walkway</title><script type="application/ld+json">${ld}</script>`, article: `<h1>Pier to become a walkway</h1>${paras()}` }));
    expect(a.authors).toEqual(['Tomas Eriksen']);
  });

  it('a related-links block inside the article is not body', async () => {
    const related = '<div class="related-stories"><h3>Related</h3><ul><li><a href="/a">Ferry timetable changes next month</a></li><li><a href="/b">New lights for the marina car park</a></li><li><a href="/c">Council budget: what it means for you</a></li></ul></div>';
    const a = await run(page({ head: '<title>Pier to become a walkway</title>', article: `<h1>Pier to become a walkway</h1>${paras(PROSE.slice(0, 2))}${related}${paras(PROSE.slice(2))}` }));
    const text = bodyText(a);
    for (const p of PROSE) expect(text).toContain(p);
    expect(text).not.toContain('Ferry timetable');
    expect(text).not.toMatch(/^Related$/m);
  });

  it('a table article keeps its table with a header row', async () => {
    const table = '<table><tr><td>Month</td><td>Ships</td><td>Passengers</td></tr><tr><td>January</td><td>41</td><td>1,204</td></tr><tr><td>February</td><td>38</td><td>1,115</td></tr></table>';
    const a = await run(page({ head: '<title>Harbour traffic in figures</title>', article: `<h1>Harbour traffic in figures</h1>${paras(PROSE.slice(0, 2))}${table}${paras(PROSE.slice(2))}` }));
    const t = a.blocks.find((b) => b.kind === 'table');
    expect(t?.markdown).toBe('| Month | Ships | Passengers |\n| --- | --- | --- |\n| January | 41 | 1,204 |\n| February | 38 | 1,115 |');
    expect(t?.text.split('\n')[1]).toBe('January\t41\t1,204');
  });

  it('a title tag carrying the site name gives the headline alone', async () => {
    const a = await run(page({ head: '<title>Harbour Gazette | Pier to become a walkway after board vote</title><meta property="og:site_name" content="Harbour Gazette">', article: `<h2>Pier to become a walkway after board vote</h2>${paras()}` }));
    expect(a.title).toBe('Pier to become a walkway after board vote');
    expect(a.siteName).toBe('Harbour Gazette');
  });

  it('the visible headline wins over a different SEO title, and the logo <h1> never does', async () => {
    const a = await run(page({
      head: '<title>Grain pier walkway plan: costs, dates and reactions - Harbour Gazette</title><meta property="og:site_name" content="Harbour Gazette">',
      beforeBody: '<div class="masthead"><h1>Harbour Gazette</h1></div>',
      article: `<h1>Old grain pier will become a public walkway</h1>${paras()}`,
    }));
    expect(a.title).toBe('Old grain pier will become a public walkway');
  });

  it('nested lists stay nested', async () => {
    const list = '<ul><li>Deck<ul><li>Remove rotten boards</li><li>Lay new decking</li></ul></li><li>Railings</li></ul>';
    const a = await run(page({ head: '<title>What the works involve</title>', article: `<h1>What the works involve</h1>${paras(PROSE.slice(0, 2))}${list}${paras(PROSE.slice(2))}` }));
    const l = a.blocks.find((b) => b.kind === 'list');
    expect(l?.markdown).toMatch(/^-\s+Deck\n\s{2,}-\s+Remove rotten boards\n\s{2,}-\s+Lay new decking\n-\s+Railings$/);
    expect(l?.text).toBe('Deck\n  Remove rotten boards\n  Lay new decking\nRailings');
  });

  it('code keeps its language', async () => {
    const code = '<pre class="highlight"><code class="language-python">def load(path):\n    return open(path).read()\n</code></pre>';
    const a = await run(page({ head: '<title>Reading harbour data with Python</title>', article: `<h1>Reading harbour data with Python</h1>${paras(PROSE.slice(0, 2))}${code}${paras(PROSE.slice(2))}` }));
    const c = a.blocks.find((b) => b.kind === 'code');
    expect(c?.markdown).toBe('```python\ndef load(path):\n    return open(path).read()\n```');
  });

  it('the byline wins over a quoted testimonial and a comment author', async () => {
    const a = await run(page({
      head: '<title>Pier to become a walkway</title>',
      article: `<h1>Pier to become a walkway</h1><div class="byline">By Marta Lindqvist and Tomas Eriksen</div>${paras()}
        <blockquote class="testimonial"><p>A wonderful plan for the town.</p><cite class="author">Gunnar Holm</cite></blockquote>`,
      after: '<section class="comments"><div class="comment"><span class="comment-author">Peter Vik</span><p>About time too.</p></div></section>',
    }));
    expect(a.authors).toEqual(['Marta Lindqvist', 'Tomas Eriksen']);
  });

  it('co-authors each in their own element are all credited', async () => {
    const a = await run(page({
      head: '<title>Pier to become a walkway</title><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Marta Lindqvist"}}</script>',
      article: `<h1>Pier to become a walkway</h1><p class="byline">By <span class="by-author"><a rel="author" href="/m">Marta Lindqvist</a>,</span> <span class="by-author"><a rel="author" href="/t">Tomas Eriksen</a></span></p>${paras()}`,
    }));
    expect(a.authors).toEqual(['Marta Lindqvist', 'Tomas Eriksen']);
  });

  it('a byline with a date and outlet gives the names and the date', async () => {
    const a = await run(page({
      head: '<title>Pier to become a walkway</title>',
      article: `<h1>Pier to become a walkway</h1><div class="byline"><span>By MARTA LINDQVIST</span><span>Harbour Wire</span><span>Published 9:05 PM EST Nov 19, 2024</span></div>${paras()}`,
    }));
    expect(a.authors).toEqual(['Marta Lindqvist']);
    expect(a.published).toBe('2024-11-19T21:05:00-05:00');
  });

  it('links and images become absolute with --url, the lead image too', async () => {
    const a = await run(page({
      head: '<title>Pier to become a walkway</title><meta property="og:image" content="/img/pier.jpg">',
      article: `<h1>Pier to become a walkway</h1>${paras(PROSE.slice(0, 3))}<p>Read the <a href="../docs/pier-report.pdf">engineers' report</a> for details of every pile and beam that was examined.</p><figure><img src="img/pier-old.jpg" alt="The grain pier in 1950"></figure>`,
    }), 'https://hg.example/news/pier');
    const md = a.blocks.map((b) => b.markdown).join('\n\n');
    expect(md).toContain("[engineers' report](https://hg.example/docs/pier-report.pdf)");
    expect(md).toContain('![The grain pier in 1950](https://hg.example/news/img/pier-old.jpg)');
    expect(a.image).toBe('https://hg.example/img/pier.jpg');
    expect(a.url).toBe('https://hg.example/news/pier');
  });

  it('reads language, description and canonical URL from the head', async () => {
    const a = await run(page({
      lang: 'en-GB',
      head: '<title>Pier to become a walkway</title><meta name="description" content="The board backs a walkway on the old grain pier."><link rel="canonical" href="https://hg.example/news/pier">',
      article: `<h1>Pier to become a walkway</h1>${paras()}`,
    }));
    expect(a.lang).toBe('en-GB'); // canonical BCP 47 case, as declared
    expect(a.description).toBe('The board backs a walkway on the old grain pier.');
    expect(a.url).toBe('https://hg.example/news/pier');
  });

  it('gives the same article on the jsdom engine', async () => {
    const html = page({
      head: '<title>Pier to become a walkway | Harbour Gazette</title><meta name="author" content="Marta Lindqvist">',
      article: `<h1>Pier to become a walkway</h1>${paras(PROSE.slice(0, 2))}<table><tr><th>Month</th><th>Ships</th></tr><tr><td>May</td><td>12</td></tr></table>${paras(PROSE.slice(2))}`,
    });
    const fast = await run(html);
    const full = await extract(html, { inputFormat: 'html', dom: 'jsdom' });
    expect(full.title).toBe(fast.title);
    expect(full.authors).toEqual(['Marta Lindqvist']);
    expect(full.blocks.map((b) => b.markdown)).toEqual(fast.blocks.map((b) => b.markdown));
  });

  it('takes the first body image as the lead image when the page declares none', async () => {
    const a = await run(page({
      head: '<title>Pier to become a walkway</title>',
      article: `<h1>Pier to become a walkway</h1>${paras(PROSE.slice(0, 2))}<figure><img src="/img/pier-aerial.jpg" alt="The pier from above"></figure>${paras(PROSE.slice(2))}`,
    }), 'https://hg.example/news/pier');
    expect(a.image).toBe('https://hg.example/img/pier-aerial.jpg');
  });

  it('records rejected author candidates with their rule for --explain', async () => {
    // The site's own name given as the author (a two-word site name, so only the site rule can reject it).
    const a = await run(page({ head: '<title>Pier to become a walkway</title><meta property="og:site_name" content="Wren Valley"><meta name="author" content="Wren Valley">', article: `<h1>Pier to become a walkway</h1>${paras()}` }));
    expect(a.authors).toEqual([]);
    expect(a.removed).toContainEqual({ stage: 'metadata', rule: 'author-site-name', text: 'Wren Valley' });
  });

  it('a date shown only near the headline, the publication date before an update', async () => {
    const a = await run(page({
      head: '<title>Pier to become a walkway</title>',
      article: `<h1>Pier to become a walkway</h1><div class="meta"><span class="date-updated">Updated: May 2, 2024</span> <span class="publish-date">April 30, 2024</span></div>${paras()}`,
    }));
    expect(a.published).toBe('2024-04-30');
    expect(bodyText(a)).not.toContain('April 30, 2024');
  });
});

describe('declared language', () => {
  it.each([
    ['en_gb', 'en-GB'],
    ['EN-us', 'en-US'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['de, en', 'de'],
    ['not a tag!', 'not'],
    ['x_bad!!', 'x-bad!!'],
  ])('%s -> %s', async (declared, expected) => {
    const { canonicalLang } = await import('../src/metadata/language.js');
    expect(canonicalLang(declared)).toBe(expected);
  });
});
