/**
 * --format html and the JSON `html` field (src/render/html.ts): built from the model's blocks by an
 * allow-list serializer; safe by construction; links and images absolute; text as in `text`.
 */
import fc from 'fast-check';
import { parse } from 'parse5';
import { describe, expect, it } from 'vitest';
import type { Article, Block } from '../../src/model.js';
import { absoluteUrl, bodyHtml, displayDate, langAttribute, renderHtml } from '../../src/render/html.js';
import { toJson } from '../../src/render/json.js';
import { checkHtml, visibleBodyText } from '../../bench/output-checks.mjs';

const para = (text: string, markdown = text): Block => ({ kind: 'paragraph', text, markdown });

function article(over: Partial<Article> = {}): Article {
  return {
    source: { path: 'page.html', format: 'html', encoding: 'utf-8' },
    title: 'Bridge reopens after repairs',
    byline: 'By Ana Ruiz',
    authors: ['Ana Ruiz'],
    published: '2024-03-04',
    siteName: 'Gazette',
    lang: 'en',
    url: 'https://news.example/city/bridge',
    description: null,
    image: null,
    blocks: [para('The bridge reopened on Monday.')],
    quotes: [],
    removed: [],
    ...over,
  };
}

const body = (blocks: Block[], over: Partial<Article> = {}) => bodyHtml(article({ blocks, ...over }));

describe('document', () => {
  it('is one HTML5 document with <article>, headline, <address> byline, <time datetime>, lang and dir', () => {
    const html = renderHtml(article());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(html).toContain('<title>Bridge reopens after repairs</title>');
    expect(html).toContain('<article>\n<header>\n<h1>Bridge reopens after repairs</h1>\n<address>Ana Ruiz</address>');
    expect(html).toContain('<time datetime="2024-03-04">March 4, 2024</time>');
    expect(html).toContain('<p>The bridge reopened on Monday.</p>');
  });

  it('parses without a single error in parse5, and its body text is the article text', () => {
    const a = article({ blocks: [para('One.'), { kind: 'heading', level: 2, text: 'Two', markdown: '## Two' }, { kind: 'list', ordered: true, text: 'a\nb', markdown: '1. a\n2. b' }] });
    expect(checkHtml(renderHtml(a), toJson(a).text)).toEqual([]);
  });

  it('writes no <style>, <script> or style attribute: the browser default look', () => {
    const html = renderHtml(article());
    expect(html).not.toMatch(/<style|<script|style=/i);
  });

  it('is right-to-left for an Arabic article with no declared language', () => {
    const html = renderHtml(article({ lang: null, title: 'افتتاح الجسر بعد الإصلاحات', blocks: [para('أعيد افتتاح الجسر يوم الاثنين بعد أشهر من الإصلاحات.')] }));
    expect(html).toContain('<html dir="rtl">');
  });

  it('shows a date in the article language, the day as written (no time-zone shift)', () => {
    expect(displayDate('2024-03-04T23:30:00-05:00', 'de')).toBe('4. März 2024');
    expect(displayDate('2024-03', 'en')).toBe('March 2024');
  });

  it('writes lang="" only for a language tag, "en_US" as "en-US"', () => {
    expect(langAttribute('en_US')).toBe('en-US');
    expect(langAttribute('x" onload="1')).toBeNull();
    expect(renderHtml(article({ lang: null }))).toContain('<html dir="ltr">');
  });

  it('leaves out datetime="" when the date is not a valid HTML date string', () => {
    expect(renderHtml(article({ published: '2024' }))).not.toContain('datetime');
  });
});

describe('sanitised by construction', () => {
  it('writes raw HTML in the Markdown as text, never as markup', () => {
    const html = body([para('<script>alert(1)</script> <img src=x onerror=alert(1)>', '<script>alert(1)</script> <img src=x onerror=alert(1)>')]);
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;</p>\n');
  });

  it('drops javascript:, data: and vbscript: addresses, keeping the link text', () => {
    const html = body([para('click here or there', '[click](javascript:alert(1)) here or [_there_](vbscript:x) ![x](data:image/png;base64,AAAA)')]);
    expect(html).toBe('<p>click here or <em>there</em> </p>\n');
  });

  it('resolves relative links and images against the page address', () => {
    const html = body([para('see more', 'see [more](../more "More") ![pic](/img/a.jpg)')]);
    expect(html).toBe('<p>see <a href="https://news.example/more" title="More">more</a> <img src="https://news.example/img/a.jpg" alt="pic"></p>\n');
  });

  it('drops relative links when the page address is unknown, and fragment links always', () => {
    expect(body([para('more and top', '[more](/more) and [top](#top)')], { url: null })).toBe('<p>more and top</p>\n');
  });

  it('removes characters HTML forbids (controls, noncharacters)', () => {
    expect(body([para('a\u0001b\uFFFEc')])).toBe('<p>abc</p>\n');
  });

  it('escapes quotes in attributes', () => {
    expect(body([para('x', '[x](https://a.example/?q=%22 "say \\"hi\\"")')])).toBe('<p><a href="https://a.example/?q=%22" title="say &quot;hi&quot;">x</a></p>\n');
  });

  it('allows absolute URLs only', () => {
    expect(absoluteUrl('//cdn.example/a', 'https://news.example/')).toBe('https://cdn.example/a');
    expect(absoluteUrl('mailto:a@b.example', null)).toBe('mailto:a@b.example');
    expect(absoluteUrl('a.html', null)).toBeNull();
    expect(absoluteUrl('ftp://x.example/f', null)).toBeNull();
    expect(absoluteUrl('file:///etc/passwd', null)).toBeNull();
  });
});

describe('blocks', () => {
  it('headings, emphasis, code, strikethrough and line breaks', () => {
    expect(body([{ kind: 'heading', level: 3, text: 'The plan', markdown: '### The _plan_' }])).toBe('<h3>The <em>plan</em></h3>\n');
    expect(body([para('run npm test now old', 'run `npm test` **now** ~~old~~')])).toBe('<p>run <code>npm test</code> <strong>now</strong> <del>old</del></p>\n');
    expect(body([para('one two', 'one  \ntwo')])).toBe('<p>one<br>\ntwo</p>\n');
  });

  it('lists keep their order start, nesting, and tight items without <p>', () => {
    const html = body([{ kind: 'list', ordered: true, text: 'a\n  b\nc', markdown: '3. a\n   - b\n4. c' }]);
    expect(html).toBe('<ol start="3">\n<li>a\n<ul>\n<li>b</li>\n</ul>\n</li>\n<li>c</li>\n</ol>\n');
  });

  it('block quotes, tables with a header row, and code with its language', () => {
    expect(body([{ kind: 'quote', text: 'We are delighted.', markdown: '> We are delighted.' }])).toBe('<blockquote>\n<p>We are delighted.</p>\n</blockquote>\n');
    expect(body([{ kind: 'table', text: 'Day\tOpens\nMonday\t08:00', markdown: '| Day | Opens |\n| --- | --- |\n| Monday | 08:00 |' }])).toBe(
      '<table>\n<thead>\n<tr>\n<th>Day</th>\n<th>Opens</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>Monday</td>\n<td>08:00</td>\n</tr>\n</tbody>\n</table>\n',
    );
    expect(body([{ kind: 'code', lang: 'js', text: 'if (a < b) {}', markdown: '```js\nif (a < b) {}\n```' }])).toBe('<pre><code class="language-js">if (a &lt; b) {}</code></pre>\n');
  });

  it('an image block is a <figure> with its caption', () => {
    const html = body([{ kind: 'image', text: '', markdown: '![The bridge](/b.jpg)\n\n_The bridge at dawn, by A. Ruiz_' }]);
    expect(html).toBe('<figure>\n<img src="https://news.example/b.jpg" alt="The bridge">\n<figcaption>The bridge at dawn, by A. Ruiz</figcaption>\n</figure>\n');
  });

  it('an image with no usable address leaves no empty figure', () => {
    expect(body([{ kind: 'image', text: '', markdown: '![x](javascript:1)\n\n_caption_' }])).toBe('');
  });

  it('writes the text when the Markdown does not read back as it (the text is the truth)', () => {
    // A converter's "[\n\n![](img)\n\n](href)Text" is not a CommonMark link: the brackets would show.
    const block = para('The price dropped.', '[\n\n![](https://img.example/a.jpg)\n\n](https://shop.example/u)The price dropped.');
    expect(body([block])).toBe('<p>The price dropped.</p>\n');
    expect(body([{ kind: 'heading', level: 3, text: '"My fears"', markdown: '### 1. "My fears"' }])).toBe('<h3>"My fears"</h3>\n');
  });

  it('the JSON html field is the body markup of the document', () => {
    const a = article({ blocks: [para('One.'), para('Two.')] });
    expect(toJson(a).html).toBe('<p>One.</p>\n<p>Two.</p>\n');
    expect(renderHtml(a)).toContain(`<div>\n${toJson(a).html}</div>`);
  });

  it('visible text of the body leaves out the header and figure captions', () => {
    const a = article({ blocks: [para('One.'), { kind: 'image', text: '', markdown: '![a](/a.jpg)\n\n_Cap_' }, para('Two.')] });
    expect(visibleBodyText(parse(renderHtml(a))).replace(/\s+/g, ' ').trim()).toBe('One. Two.');
  });
});

describe('property: any block text and Markdown', () => {
  const piece = fc.constantFrom('<', '>', '&', '"', "'", '[', ']', '(', ')', '!', '*', '_', '`', '#', '-', '|', '\\', '\n', '\t', ' ', 'a', 'é', 'ש', 'javascript:', 'https://x.example/', '<script>', ' onerror=', '1. ', '> ', '```');
  const str = fc.array(piece, { maxLength: 40 }).map((a) => a.join(''));
  const kind = fc.constantFrom<Block['kind']>('paragraph', 'heading', 'list', 'quote', 'table', 'code', 'image');
  it('parses without errors, writes nothing unsafe, and shows exactly the text', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ kind, text: str, markdown: str }), { maxLength: 5 }), (raw) => {
        const blocks: Block[] = raw.map((b) => ({ ...b, text: b.kind === 'image' ? '' : b.text, ...(b.kind === 'heading' ? { level: 2 } : {}) }));
        const a = article({ blocks });
        expect(checkHtml(renderHtml(a), toJson(a).text)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
