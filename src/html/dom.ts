/**
 * DOM engines for the HTML path. Both build a static document: no script runs, nothing is
 * fetched. The libraries are imported lazily, so text input never loads them.
 *
 * - linkedom (default): a light DOM, about five times faster to build than jsdom on news pages,
 *   with the same Readability quality on the benchmark (measured: aeb body F1 0.947 both). It is
 *   loaded from its single-file build (`linkedom/worker`: the same modules and dependencies,
 *   bundled by its authors), which loads in a third of the CPU time of its ~180 separate modules
 *   (about 45 against 160 ms on a busy 2-core machine): most of an HTML page's start-up; with
 *   node listener maps made lazy (html/linkedom.ts).
 * - jsdom: the standards-complete DOM; the automatic fallback when linkedom throws on a page.
 */

import { timed } from '../stages.js';
import { importLinkedom } from './linkedom.js';
import { elementsOf, withTag } from './page-index.js';

export type DomEngine = 'linkedom' | 'jsdom';
export const DOM_ENGINES: readonly DomEngine[] = ['linkedom', 'jsdom'];
export const DEFAULT_DOM: DomEngine = 'linkedom';

export interface LoadedDom {
  document: Document;
  /** Frees the engine's resources (jsdom's window). */
  close(): void;
  /** The page's elements as built (html/page-index.ts), when the loader listed them. */
  elements?: readonly Element[];
}

/** Builds a document from markup. `url` is the page address (jsdom uses it as base URL). */
export type DomLoader = (html: string, url: string | null) => Promise<LoadedDom>;

/** A page's own <html> or <body> tag (a fragment has neither). */
const PAGE_TAG = /<(?:html|body)[\s>]/i;

/**
 * Why linkedom's tree is not the page a browser builds, or null. linkedom does not repair
 * markup as the HTML standard does: text or tags before the page's <!DOCTYPE>/<html> (a PHP
 * warning, a stray <script> or <br>) become the document element, and a second <html>/<body>
 * inside the page (a CMS pasting a whole document into the article) nests a document in the
 * body. In both cases its body holds none or part of the page; jsdom parses these as a browser does.
 */
export function misbuilt(document: Document, html: string, all: readonly Element[] = elementsOf(document)): string | null {
  const root = document.documentElement;
  if (!root) return 'no document element';
  if (root.tagName.toUpperCase() !== 'HTML' && PAGE_TAG.test(html)) return `<${root.tagName.toLowerCase()}> before the page's <html>`;
  if (nestedDocument(all)) return 'a document nested inside the page';
  return null;
}

/**
 * An <html> or <body> inside the body, or a <body> inside the head (the selector "body html,
 * body body, head body"), found in the page's element list: a selector with descendant
 * combinators would climb the ancestors of every element of the page.
 */
function nestedDocument(all: readonly Element[]): boolean {
  // (Like the selector, nothing inside a <template> counts.)
  const inside = (el: Element, names: readonly string[]) => {
    let found = false;
    for (let p = el.parentElement; p; p = p.parentElement) {
      const tag = p.tagName.toUpperCase();
      if (tag === 'TEMPLATE') return false;
      if (names.includes(tag)) found = true;
    }
    return found;
  };
  for (const el of withTag(all, 'html')) if (inside(el, ['BODY'])) return true;
  for (const el of withTag(all, 'body')) if (inside(el, ['BODY', 'HEAD'])) return true;
  return false;
}

const loadLinkedom: DomLoader = async (html) => {
  const { parseHTML } = await importLinkedom();
  const { document } = timed('parse', () => parseHTML(html) as unknown as { document: Document });
  const elements = document ? timed('parse', () => elementsOf(document)) : [];
  const why = timed('parse', () => (document ? misbuilt(document, html, elements) : 'no document'));
  if (why) throw new Error(`linkedom misbuilt the page: ${why}`);
  return { document, close: () => {}, elements };
};

const loadJsdom: DomLoader = async (html, url) => {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  // jsdom's defaults run no scripts and load no resources; a silent console keeps CSS errors off stderr.
  const dom = timed('parse', () => new JSDOM(html, { url: url ?? undefined, virtualConsole: new VirtualConsole() }));
  return { document: dom.window.document, close: () => dom.window.close() };
};

export const LOADERS: Readonly<Record<DomEngine, DomLoader>> = { linkedom: loadLinkedom, jsdom: loadJsdom };
