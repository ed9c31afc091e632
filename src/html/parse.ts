/**
 * The HTML path: HTML -> the article model.
 *   1. parse with jsdom (scripts never run, nothing is fetched)
 *   2. read metadata from the whole page (JSON-LD, meta tags, byline elements)
 *   3. run Readability on a clone to find the content element
 *   4. turn the content into blocks (Turndown for each block's Markdown)
 *   5. pick the visible headline and drop it from the body
 * jsdom and Readability are imported here only, so text input never loads them.
 */
import type { Parsed } from '../parsed.js';
import { readMetadata } from './metadata.js';
import { pickTitle } from './title.js';
import { toBlocks } from './blocks.js';

export interface HtmlOptions {
  url: string | null;
}

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Style sheets are never needed for extraction, and jsdom parses every <style> block while it
 * builds the DOM (a CSS value it cannot parse throws out of the whole parse): drop them first.
 */
const STYLE_BLOCK = /<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

export async function parseHtml(html: string, options: HtmlOptions): Promise<Parsed> {
  const [{ JSDOM, VirtualConsole }, { Readability }] = await Promise.all([import('jsdom'), import('@mozilla/readability')]);
  // 1. jsdom's defaults run no scripts and load no resources; a silent console keeps CSS errors off stderr.
  const dom = new JSDOM(html.replace(STYLE_BLOCK, ''), { url: options.url ?? undefined, virtualConsole: new VirtualConsole() });
  try {
    const doc = dom.window.document;
    // 2. Metadata first: Readability removes the elements it is read from.
    const meta = readMetadata(doc, options.url);
    const h1s = [...doc.querySelectorAll('h1')].map((h) => norm(h.textContent)).filter(Boolean);
    // Keep code languages through Readability, which strips class attributes.
    for (const el of doc.querySelectorAll('pre[class], pre > code[class]')) {
      const m = /(?:^|\s)(?:language|lang)-([\w+#-]+)/i.exec(el.getAttribute('class') ?? '');
      if (m) (el.closest('pre') ?? el).setAttribute('data-lang', m[1]!.toLowerCase());
    }
    // 3. Readability on a clone: the page itself stays intact for later stages.
    const clone = doc.cloneNode(true) as Document;
    const result = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
    const content = result?.content ?? doc.body;
    // 4. Blocks.
    const blocks = content ? toBlocks(content) : [];
    // 5. The headline is metadata, not body.
    const title = pickTitle(h1s, meta.titleCandidates, meta.siteName ?? norm(result?.siteName)) ?? (norm(result?.title) || null);
    const firstText = blocks.findIndex((b) => b.text);
    if (title && firstText >= 0 && blocks[firstText]!.kind === 'heading' && norm(blocks[firstText]!.text).toLowerCase() === title.toLowerCase()) {
      blocks.splice(firstText, 1);
    }
    return {
      title,
      byline: meta.byline ?? (norm(result?.byline) || null),
      authors: meta.authors,
      published: meta.published,
      siteName: meta.siteName ?? (norm(result?.siteName) || null),
      lang: meta.lang ?? (norm(result?.lang) || null),
      url: meta.url,
      description: meta.description ?? (norm(result?.excerpt) || null),
      image: meta.image,
      blocks,
      removed: [],
    };
  } finally {
    dom.window.close();
  }
}
