/**
 * The HTML path: HTML -> the article model.
 *   1. build a static DOM (linkedom by default, jsdom on request or when linkedom throws)
 *   2. read metadata from the whole page (JSON-LD, meta tags, byline elements)
 *   3. run Readability on a clone to find the content element
 *   4. turn the content into blocks (Turndown for each block's Markdown)
 *   5. pick the visible headline and drop it from the body
 * DOM libraries and Readability are imported here only, so text input never loads them.
 */
import type { Parsed } from '../parsed.js';
import { DEFAULT_DOM, LOADERS, type DomEngine, type DomLoader, type LoadedDom } from './dom.js';
import { readMetadata } from './metadata.js';
import { pickTitle, readHeadings } from './title.js';
import { extractBody } from './body.js';
import { absolutize, absolutizeUrls, baseUrl } from './urls.js';
import type { Block, Removal } from '../model.js';
import { norm } from '../space.js';
import type { HtmlRules } from '../user-rules/html.js';
import { cleanContent, filterBlocks } from './clean.js';
import { toBlocks } from './blocks.js';
import { timed } from '../stages.js';
import { dropNonContent } from './prepass.js';
import { classAttr, elementsOf, tagOf } from './page-index.js';
import { DeadlineExceeded } from '../deadline.js';

export interface HtmlOptions {
  url: string | null;
  /** DOM engine; the default is the fast one, with jsdom as fallback when it throws. */
  dom?: DomEngine;
  /** User site rules for this page (src/user-rules/html.ts, steps U1-U3). */
  rules?: HtmlRules;
  /** Test seam: replaces the engines' loaders. */
  loaders?: Partial<Record<DomEngine, DomLoader>>;
}


/** Shortest headline (words) matched at the end of a first body heading that has a kicker before it. */
const MIN_KICKED_HEADLINE_WORDS = 3;

export async function parseHtml(html: string, options: HtmlOptions): Promise<Parsed> {
  const engine = options.dom ?? DEFAULT_DOM;
  // User rules' selectors may name any attribute: unread ones are dropped only without them.
  const markup = timed('parse', () => dropNonContent(html, { unreadAttributes: !options.rules }));
  try {
    return await parseWith(markup, engine, options);
  } catch (err) {
    // 1. A page the fast DOM cannot build (or that breaks a later step on it) gets a second try on jsdom.
    if (engine === 'jsdom' || err instanceof DeadlineExceeded) throw err;
    const parsed = await parseWith(markup, 'jsdom', options);
    parsed.removed.push({ stage: 'parse', rule: 'dom-fallback', text: `${engine} failed (${(err as Error)?.message ?? String(err)}); parsed with jsdom` });
    return parsed;
  }
}

/** The address of the first image block's image ("![alt](src)"), or null. */
function firstImage(blocks: readonly Block[]): string | null {
  for (const b of blocks) {
    if (b.kind !== 'image') continue;
    const m = /!\[(?:\\.|[^\]\\])*\]\(([^)\s]+)/.exec(b.markdown);
    if (m) return m[1]!;
  }
  return null;
}

/** `pre[class], pre > code[class]` among the page's elements. */
const isClassedCode = (el: Element) => {
  const tag = tagOf(el);
  return (tag === 'pre' || (tag === 'code' && !!el.parentElement && tagOf(el.parentElement) === 'pre')) && el.hasAttribute('class');
};

/** Keeps code languages through Readability, which strips class attributes. */
function prepareCodeLanguages(all: readonly Element[]): void {
  for (const el of all.filter(isClassedCode)) {
    const m = /(?:^|\s)(?:language|lang)-([\w+#-]+)/i.exec(classAttr(el) ?? '');
    if (m) (el.closest('pre') ?? el).setAttribute('data-lang', m[1]!.toLowerCase());
  }
}

async function parseWith(markup: string, engine: DomEngine, options: HtmlOptions): Promise<Parsed> {
  const load = options.loaders?.[engine] ?? LOADERS[engine];
  const [dom, { Readability }] = await Promise.all([load(markup, options.url), import('@mozilla/readability')]);
  try {
    const doc = dom.document;
    // U1. user rules: `remove` elements go before anything reads the page, `keep` ones are marked
    options.rules?.prepare(doc);
    // The page's elements, listed once for every step up to the body's (html/page-index.ts);
    // listed again when U1 removed some.
    const all = (!options.rules && dom.elements) || timed('parse', () => elementsOf(doc));
    // 2. Metadata first: Readability removes the elements it is read from.
    const meta = timed('metadata', () => readMetadata(doc, options.url, all));
    // U2. user rules: metadata picked by selector wins over the built-in values
    const userTitle = options.rules?.applyMetadata(doc, meta) ?? null;
    const h1s = timed('metadata', () => readHeadings(doc, 'h1', all));
    const h2s = timed('metadata', () => readHeadings(doc, 'h2', all));
    // Relative links and images resolved against --url (or <base>, or the canonical URL).
    const base = timed('content', () => {
      prepareCodeLanguages(all);
      const b = baseUrl(doc, options.url, meta.url, all);
      absolutizeUrls(doc, b, all);
      return b;
    });
    // 3-4. The body: candidates compared in html/body.ts, then turned into blocks.
    const removed: Removal[] = [...meta.rejectedAuthors];
    let title = userTitle ?? timed('metadata', () => pickTitle(h1s, meta.titleCandidates, meta.siteName, meta.description, { host: meta.host, h2s }));
    // The page's document is handed over to the body step, which changes it; a second copy is
    // parsed only when the body step needs the page as it was.
    const extra: LoadedDom[] = [];
    const fresh = async () => {
      const d = await load(markup, options.url);
      extra.push(d);
      options.rules?.prepare(d.document, false);
      timed('content', () => {
        const elements = (!options.rules && d.elements) || elementsOf(d.document);
        prepareCodeLanguages(elements);
        absolutizeUrls(d.document, base, elements);
      });
      return d.document;
    };
    let body: Awaited<ReturnType<typeof extractBody>>;
    const ctx = { title, byline: meta.byline, authors: meta.authors, description: meta.description, ...(options.rules ? { keep: options.rules.keepBlock } : {}) };
    // U3. user rules: a `content` element replaces the content finder
    const userContent = options.rules?.content(doc);
    try {
      if (userContent) {
        cleanContent(userContent, removed);
        body = { blocks: filterBlocks(toBlocks(userContent), ctx, removed), readability: null };
      } else {
        body = await extractBody(doc, fresh, Readability, ctx, removed);
      }
    } finally {
      for (const d of extra) d.close();
    }
    const result = body.readability;
    title ??= norm(result?.title) || null;
    const blocks = body.blocks;
    // 5. The headline is metadata, not body: also when the heading prints a kicker before it
    //    ("Topic Headline" where the title is "Headline").
    const firstText = blocks.findIndex((b) => b.text);
    const heading = firstText >= 0 && blocks[firstText]!.kind === 'heading' ? norm(blocks[firstText]!.text).toLowerCase() : null;
    const headline = title?.toLowerCase() ?? null;
    if (heading && headline && (heading === headline || (headline.split(' ').length >= MIN_KICKED_HEADLINE_WORDS && heading.endsWith(' ' + headline)))) {
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
      // The lead image: the page's declared one (og:image, JSON-LD), else the body's first image.
      image: absolutize(meta.image, base) ?? firstImage(blocks),
      blocks,
      removed,
    };
  } finally {
    dom.close();
  }
}
