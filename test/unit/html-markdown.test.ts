/** HTML -> Markdown (src/html/markdown.ts, src/html/urls.ts). */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { imageSource, tableMarkdown, toMarkdown } from '../../src/html/markdown.js';
import { absolutizeUrls, baseUrl } from '../../src/html/urls.js';

const doc = (html: string) => parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;

describe('tableMarkdown', () => {
  it('drops bold markup that wraps a whole header cell (the header row is bold already), keeps it elsewhere', () => {
    const d = doc('<table><tr><td><strong>Rank</strong></td><td><b>Town</b> (north)</td></tr><tr><td><b>1</b></td><td>Tromsø</td></tr></table>');
    expect(tableMarkdown(d.querySelector('table')!)).toBe('| Rank | **Town** (north) |\n| --- | --- |\n| **1** | Tromsø |');
  });
  it('uses the first row as the header row when the table has no <th>', () => {
    const d = doc('<table><tr><td>City</td><td>Rain (mm)</td></tr><tr><td>Oslo</td><td>763</td></tr></table>');
    expect(tableMarkdown(d.querySelector('table')!)).toBe('| City | Rain (mm) |\n| --- | --- |\n| Oslo | 763 |');
  });
  it('keeps a <thead>, escapes pipes, pads short rows and repeats colspans', () => {
    const d = doc('<table><thead><tr><th>A</th><th>B</th><th>C</th></tr></thead><tbody><tr><td colspan="2">x|y</td><td><b>z</b></td></tr><tr><td>1</td></tr></tbody></table>');
    expect(tableMarkdown(d.querySelector('table')!)).toBe('| A | B | C |\n| --- | --- | --- |\n| x\\|y |  | **z** |\n| 1 |  |  |');
  });
});

describe('toMarkdown', () => {
  it('fences code with the language named by its class', () => {
    const d = doc('<pre><code class="language-rust">fn main() {}\n</code></pre>');
    expect(toMarkdown(d.querySelector('pre')!)).toBe('```rust\nfn main() {}\n```');
  });
  it('uses a longer fence when the code holds a fence', () => {
    const d = doc('<pre>```\ninner\n```</pre>');
    expect(toMarkdown(d.querySelector('pre')!)).toBe('````\n```\ninner\n```\n````');
  });
  it('keeps nested lists nested', () => {
    const d = doc('<ul><li>Fruit<ul><li>Apple</li></ul></li><li>Bread</li></ul>');
    expect(toMarkdown(d.querySelector('ul')!)).toMatch(/^-\s+Fruit\n\s{2,}-\s+Apple\n-\s+Bread$/);
  });
  it('writes images with their alt text, and a lazy image from data-src', () => {
    const d = doc('<p><img src="/a.png" alt="A [small] chart"> <img src="data:image/gif;base64,R0lGOD" data-src="/b.jpg" alt="Lazy"></p>');
    expect(toMarkdown(d.querySelector('p')!)).toBe('![A \\[small\\] chart](/a.png) ![Lazy](/b.jpg)');
    expect(imageSource(d.querySelectorAll('img')[1]!)).toBe('/b.jpg');
  });
  it('drops empty links and unsafe schemes, keeps the text, leaves no HTML', () => {
    const d = doc('<p>See <a href="/x"></a><a href="javascript:alert(1)">this</a> and <span style="color:red">that</span><sup>2</sup>.</p>');
    const md = toMarkdown(d.querySelector('p')!);
    expect(md).toBe('See this and that2.');
    expect(md).not.toMatch(/<[a-z]/i);
  });
  it('quotes a blockquote', () => {
    const d = doc('<blockquote><p>One line.</p></blockquote>');
    expect(toMarkdown(d.querySelector('blockquote')!)).toBe('> One line.');
  });
});

describe('absolutizeUrls', () => {
  it('resolves links and images against the page address, leaving schemes and fragments alone', () => {
    const d = doc('<a href="../b/c">1</a><a href="#top">2</a><a href="mailto:x@y.example">3</a><img src="img/p.png">');
    absolutizeUrls(d, baseUrl(d, 'https://news.example/a/story', null));
    expect([...d.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://news.example/b/c', '#top', 'mailto:x@y.example']);
    expect(d.querySelector('img')!.getAttribute('src')).toBe('https://news.example/a/img/p.png');
  });
  it('honours <base href> and does nothing without any address', () => {
    const d = parseHTML('<html><head><base href="/root/"></head><body><a href="x">x</a></body></html>').document as unknown as Document;
    expect(baseUrl(d, 'https://news.example/a/story', null)?.href).toBe('https://news.example/root/');
    expect(absolutizeUrls(d, baseUrl(d, null, null))).toBe(0);
  });
});

describe('lists', () => {
  it('numbers ordered lists from their start and indents nested content to the item text', () => {
    const d = doc('<ol start="3"><li>Three<ul><li>sub</li></ul></li><li>Four<p>second paragraph</p></li></ol>');
    expect(toMarkdown(d.querySelector('ol')!)).toBe('3. Three\n   - sub\n4. Four\n\n   second paragraph');
  });
});

describe('baseUrl', () => {
  it('ignores a <base> that is not a web address', () => {
    const d = parseHTML('<html><head><base href="javascript:alert(1)"></head><body></body></html>').document as unknown as Document;
    expect(baseUrl(d, 'https://news.example/a/story', null)?.href).toBe('https://news.example/a/story');
  });
});

describe('table parts outside a table', () => {
  it('a cell or row with no table around it (broken markup, foreign content) is plain text, not an exception', async () => {
    const { extract } = await import('../../src/pipeline.js');
    const para = '<p>The harbour council approved the new ferry timetable on Monday after a long public consultation with residents of both islands.</p>';
    const page = `<html><body><div><svg><path/><td>Harbour news</td></svg><article><h1>Ferry timetable approved</h1>${para.repeat(4)}</article></div></body></html>`;
    const a = await extract(page, { inputFormat: 'html', path: 'broken.html' });
    expect(a.blocks.map((b) => b.markdown).join('\n')).toContain('The harbour council approved');
    const d = doc('<div><tr><td>Ferry</td><td>timetable</td></tr></div>');
    expect(toMarkdown(d.querySelector('div')!)).toMatch(/Ferry\s+timetable/);
  });
});
