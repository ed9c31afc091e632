/**
 * The pre-pass before the DOM (html/prepass.ts): style sheets, script code and SVG drawings go;
 * comments, JSON-LD, raw-text elements and everything unclosed stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { dropNonContent } from '../../src/html/prepass.js';
import { extract } from '../../src/pipeline.js';

describe('dropNonContent', () => {
  it('drops style sheets, script code and SVG drawings, keeping the elements that hold attributes, and comments', () => {
    const html = '<head><style>p{color:red}</style><script src="a.js">var x = "<p>";</script></head><body><!-- ad <script>x</script> --><p>Text</p><a href="/s"><svg viewBox="0 0 1 1"><path d="M0 0"/><title>Share</title></svg>Share</a></body>';
    expect(dropNonContent(html)).toBe('<head><script src="a.js"></script></head><body><!-- ad <script>x</script> --><p>Text</p><a href="/s"><svg viewBox="0 0 1 1"></svg>Share</a></body>');
  });

  it('keeps JSON-LD whole (metadata reads it)', () => {
    const html = '<script type="application/ld+json">{"author": {"name": "Ann Lee"}}</script><script type=\'application/ld+json\'>[]</script>';
    expect(dropNonContent(html)).toBe(html);
  });

  it('reads tags as a tokenizer does: "<" in attributes and in raw text is not markup', () => {
    const html = '<div data-embed="<!-- x --> <script>"><title>a <!-- b --></title><textarea><style>x</style></textarea><p>c</p></div>';
    expect(dropNonContent(html)).toBe(html);
  });

  it('opens a quoted value only after "=": a stray quote in a tag does not run on over the page', () => {
    const html = `<a href=x data-i' title="t">A</a><script>var a = 1;</script><p>kept</p><span class='it>s'>B</span>`;
    expect(dropNonContent(html)).toBe(`<a href=x data-i' title="t">A</a><script></script><p>kept</p><span class='it>s'>B</span>`);
  });

  it('ends a script at "</script" followed by white space, as a tokenizer does ("</script\n<!-- -->")', () => {
    const html = '<script>var a;</script\n  <!-- x --><p>article</p><script>b()</script>';
    expect(dropNonContent(html)).toBe('<script></script\n  <!-- x --><p>article</p><script></script>');
  });

  it('counts nested drawings and leaves unclosed elements to the parser', () => {
    expect(dropNonContent('<svg><svg><g/></svg><text>t</text></svg><p>after</p>')).toBe('<svg></svg><p>after</p>');
    expect(dropNonContent('<p>a</p><script>never closed')).toBe('<p>a</p><script>never closed');
    expect(dropNonContent('<p>a</p><!-- never closed')).toBe('<p>a</p><!-- never closed');
  });

  it('a "<style>" inside a script string no longer swallows the meta tags after it', async () => {
    // The old style-sheet regex ran from the string's "<style>" to the page's next "</style>".
    const html = `<html><head><script>el.innerHTML = "<style>body{margin:0}";</script>
      <meta property="og:site_name" content="Daily Planet"><meta property="og:image" content="https://example.com/lead.jpg">
      <style>.a{}</style><title>A story</title></head>
      <body><article><h1>A story</h1>${'<p>The council met on Tuesday and agreed on the new budget for the coming year, after a long debate.</p>'.repeat(6)}</article></body></html>`;
    const a = await extract(html, { inputFormat: 'html' });
    expect(a.siteName).toBe('Daily Planet');
    expect(a.image).toBe('https://example.com/lead.jpg');
  });
  describe('unread attributes', () => {
    const drop = (html: string) => dropNonContent(html, { unreadAttributes: true });

    it('drops event handlers, script data, screen-reader labels, link targets and tab order', () => {
      const html = '<div class="card" data-track="teaser-7" onclick="open()" id=c1><a href="/x" target=_blank tabindex="-1" aria-label="More" aria-hidden="true" rel="author">Read</a></div>';
      expect(drop(html)).toBe('<div class="card" id=c1><a href="/x" aria-hidden="true" rel="author">Read</a></div>');
    });

    it('keeps the data attributes some stage reads, and every attribute of media elements', () => {
      const html = '<pre data-lang="ts" data-copy="1"><code>x</code></pre><img src="p.gif" data-src="real.jpg" data-id="9" onerror="this.src=\'b.png\'"><span data-url="/u" data-srcset="a.jpg 2x">s</span>';
      expect(drop(html)).toBe('<pre data-lang="ts"><code>x</code></pre><img src="p.gif" data-src="real.jpg" data-id="9" onerror="this.src=\'b.png\'"><span data-url="/u" data-srcset="a.jpg 2x">s</span>');
    });

    it('reads attributes as a tokenizer does: no white space, bare names, "/" separators', () => {
      expect(drop('<a title="t"onmouseover="x()">A</a><br onclick=go/><p/data-k=1/ data-x>B</p>')).toBe('<a title="t">A</a><br><p>B</p>');
    });

    it('leaves a tag it reads differently from the tag scanner alone, and is off by default', () => {
      expect(drop('<a ="q>" onclick=x>A</a>')).toBe('<a ="q>" onclick=x>A</a>');
      expect(dropNonContent('<p data-x="1" onclick="y">A</p>')).toBe('<p data-x="1" onclick="y">A</p>');
    });
  });
});
