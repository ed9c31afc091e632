/**
 * src/html/readability-speed.ts: the faster Readability helpers must give exactly what upstream's
 * give. Each page is run through upstream Readability and the sped-up subclass on two copies of
 * the same DOM, and the results compared whole.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { elementsByTags, speedUp } from '../../src/html/readability-speed.js';
import { findLead } from '../../src/html/body.js';

const para = (s: string, n = 3) => `<p>${Array.from({ length: n }, () => s).join(' ')}</p>`;
const LONG = 'The council voted on Tuesday to extend the tram line, a decision that will shape the city for decades, officials said.';

/** Pages that take Readability's different paths: widgets beside the article, hidden parts, a short page (retries), a byline. */
const PAGES: Record<string, string> = {
  'article among widgets': `<html><body>
    <nav class="menu"><ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li></ul></nav>
    <div class="sidebar widget"><h3>Most read</h3><ul><li><a href="/x">Another story about something</a></li><li><a href="/y">Yet another story</a></li></ul></div>
    <div id="main"><article><h1>Tram line extended</h1><p class="byline">By Jane Doe</p>${para(LONG)}${para(LONG, 2)}
      <div>Loose text in a div, without any block child, long enough to count as a paragraph of the article body here.</div>
      <div style="display:none"><p>Hidden text that must not count.</p></div><p hidden>Also hidden.</p>
      <p aria-hidden="true">Screen-reader-hidden line.</p><div><br><hr></div><div>   </div>${para(LONG, 2)}</article></div>
    <div class="comments"><p>A comment, with commas, and more commas, and still more.</p></div>
    <footer><p>Copyright</p></footer></body></html>`,
  'short page that retries': `<html><body><div class="content"><p>A short note, only one sentence long, about the weather.</p></div><div class="related"><a href="/z">More</a></div></body></html>`,
  'nested divs and a table': `<html><body><div><div><div>${para(LONG, 4)}<table><tr><td>${LONG}</td><td>${LONG}</td></tr></table></div></div>
    <div class="share"><a href="#">Share</a></div><font>Old font text, with commas, in the article.</font>${para(LONG, 2)}</div>
    <template><h1>Template heading</h1><p>${LONG}</p></template><h2>Tram line extended</h2></body></html>`,
};

function run(Ctor: typeof Readability, html: string) {
  const { document } = parseHTML(html);
  const r = new Ctor<Element>(document, { serializer: (el) => el as Element }).parse();
  return r && { ...r, content: (r.content as Element | null | undefined)?.outerHTML ?? null };
}

describe('sped-up Readability', () => {
  const Fast = speedUp(Readability);
  for (const [name, html] of Object.entries(PAGES)) {
    it(`gives upstream's exact result: ${name}`, () => {
      const want = run(Readability, html);
      expect(want).not.toBeNull();
      expect(run(Fast, html)).toEqual(want);
    });
  }

  it('answers each replaced helper as upstream does, for every element of a page', () => {
    type Helper = (this: unknown, el: Element, match: string) => unknown;
    const up = Readability.prototype as unknown as Record<string, Helper>;
    const fast = Fast.prototype as unknown as Record<string, Helper>;
    const { document } = parseHTML(`<html><body>${Object.values(PAGES).join('')}
      <div><!-- a comment --><span> </span><br></div><div><span><b>\u00a0</b></span><i>x</i></div><div><hr/><p></p></div>
      <a rel="author">Jane Doe</a><span itemprop="author">  </span><div class="byline">${LONG}${LONG}</div>
      <div id="one"><div>x</div></div><section> <section>y</section> </section><div>z<div>w</div></div><div><div>a</div><div>b</div></div>
      <p style="visibility: hidden">v</p><p style="color: red">c</p><p aria-hidden="true" class="fallback-image">f</p></body></html>`);
    const elements = [...document.querySelectorAll('*')];
    for (const name of ['_isElementWithoutContent', '_isProbablyVisible']) {
      // Compared as booleans: upstream's visibility test can return "" for false (a class name it read).
      expect(elements.map((el) => !!fast[name]!.call(Fast.prototype, el, ''))).toEqual(elements.map((el) => !!up[name]!.call(Readability.prototype, el, '')));
    }
    for (const tag of ['DIV', 'SECTION', 'P']) {
      const single = (proto: Record<string, Helper>) => elements.map((el) => proto._hasSingleTagInsideElement!.call(proto, el, tag));
      expect(single(fast)).toEqual(single(up));
    }
    for (const match of ['', 'byline', 'author-box']) {
      const byline = (proto: Record<string, Helper>) => elements.map((el) => !!proto._isValidByline!.call(proto, el, match));
      expect(byline(fast)).toEqual(byline(up));
    }
  });

  it('keeps the page for its retries as nodes: the body is never serialised, and its innerHTML is left as it was', () => {
    const { document } = parseHTML(PAGES['short page that retries']!);
    let proto: object | null = Object.getPrototypeOf(document.body);
    let owner: object | null = null;
    for (; proto && !owner; proto = Object.getPrototypeOf(proto)) if (Object.getOwnPropertyDescriptor(proto, 'innerHTML')) owner = proto;
    const html = Object.getOwnPropertyDescriptor(owner!, 'innerHTML')!;
    let bodyReads = 0;
    Object.defineProperty(owner!, 'innerHTML', { ...html, get(this: Element) { if (this === document.body) bodyReads++; return html.get!.call(this); } });
    try {
      const r = new Fast<Element>(document, { serializer: (el) => el as Element }).parse();
      expect(r?.textContent).toContain('about the weather');
      expect(bodyReads).toBe(0);
      expect(Object.getOwnPropertyNames(document.body)).not.toContain('innerHTML');
      expect(document.body.innerHTML).toContain('<');
    } finally {
      Object.defineProperty(owner!, 'innerHTML', html);
    }
  });

  it('is made once per Readability class', () => {
    expect(speedUp(Readability)).toBe(Fast);
  });
});

describe('elementsByTags (querySelectorAll by tag names, as one walk)', () => {
  const html = `<html><head><style>p{}</style></head><body><div><p>a</p><span><p>b</p><a href="#">c</a></span></div>
    <template><p>inside a template</p></template><section><h2>x</h2><h1>y</h1></section></body></html>`;

  it('finds the descendants in document order, as the selector does, on linkedom and jsdom', () => {
    const docs = [parseHTML(html).document, new JSDOM(html).window.document];
    for (const doc of docs) {
      for (const tags of [['p'], ['h1', 'h2'], ['a', 'style'], ['div', 'span', 'section'], ['template']]) {
        for (const root of [doc, doc.body, doc.querySelector('div')!]) {
          expect(elementsByTags(root, new Set(tags))).toEqual([...root.querySelectorAll(tags.join(','))]);
        }
      }
    }
  });

  it('matches an element created with a capitalised tag name (linkedom keeps the capitals)', () => {
    const { document } = parseHTML('<html><body><div></div></body></html>');
    const p = document.createElement('P');
    document.querySelector('div')!.append(p);
    expect(p.localName).toBe('P');
    expect(elementsByTags(document.body, new Set(['p']))).toEqual([p]);
    expect([...document.body.querySelectorAll('p')]).toEqual([p]);
  });

  it('does not look inside a template, nor return the root itself', () => {
    const { document } = parseHTML(html);
    const texts = elementsByTags(document, new Set(['p'])).map((p) => p.textContent);
    expect(texts).toEqual(['a', 'b']);
    const div = document.querySelector('div')!;
    expect(elementsByTags(div, new Set(['div']))).toEqual([]);
  });
});

describe('findLead (one walk over the text nodes)', () => {
  const description = 'The council voted on Tuesday to extend the tram line across the river, officials said.';

  it('finds the element that shows the description and skips the same words in a script or template', () => {
    const { document } = parseHTML(`<html><body>
      <script>var d = "${description}";</script><template><p>${description} And more.</p></template>
      <div class="standfirst"><p>${description} The vote was close.</p></div><p>${LONG}</p></body></html>`);
    const lead = findLead(document, description);
    expect(lead?.map((b) => b.text)).toEqual([`${description} The vote was close.`]);
  });

  it('returns null when the description shows only inside a script', () => {
    const { document } = parseHTML(`<html><body><script>var d = "${description} More text.";</script><p>${LONG}</p></body></html>`);
    expect(findLead(document, description)).toBeNull();
  });
});
