/**
 * The article body of a page: candidates compared, the best one turned into blocks.
 *
 *   1. Readability on a copy of the page with its boilerplate elements removed (html/clean.ts)
 *   2. when that gives too little text (a page whose article sits in a container named like a
 *      widget, or a very short post): Readability on an uncleaned copy
 *   3. when Readability finds nothing: the cleaned page's whole body
 * The winner's link lists and short boilerplate lines are then removed. A lead paragraph the
 * page shows above the article (its description, as a visible standfirst) that Readability left
 * out is put back in front (findLead), as is the standfirst under the headline in an element the
 * template names as one (findTeaser, rules/html-teaser.ts).
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { Block, Removal } from '../model.js';
import { toBlocks } from './blocks.js';
import { cleanContent, cleanPage, filterBlocks, type BlockContext } from './clean.js';
import { norm } from '../space.js';
import { classAttr, nextElement } from './page-index.js';
import { TEASER_NAME } from '../rules/html-teaser.js';
import { timed } from '../stages.js';
import { speedUp, type ReadabilityCtor } from './readability-speed.js';

/**
 * Fewest words a cleaned candidate must keep of the uncleaned one before it is trusted: below
 * this share the cleaning removed part of the article. Rarely triggers (2 of 181 aeb pages).
 */
const MIN_KEPT_SHARE = 0.5;
/** Bodies shorter than this (words) are checked against the uncleaned candidate. */
const SHORT_BODY_WORDS = 120;

export interface BodyResult {
  blocks: Block[];
  /** Readability's result for the chosen candidate (title, byline, site name, excerpt, lang). */
  readability: ReturnType<ReadabilityClass<Element>['parse']>;
}


/** Fewest characters of a description searched for as the page's visible lead paragraph. */
const MIN_LEAD_CHARS = 40;
/** Characters of the description's start looked for in one text node (a lead may open with a link). */
const LEAD_PROBE_CHARS = 12;
/** Characters compared between the description and the element that shows it. */
const LEAD_COMPARE_CHARS = 100;
/** Ancestors climbed from the text node to the element holding the whole lead. */
const LEAD_MAX_CLIMB = 6;

const fold = (s: string | null | undefined) => norm(s).normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”„«»]/g, '"');
/** A description as its visible text starts: without a trailing ellipsis or "[…]". */
const leadStem = (description: string) => fold(description).replace(/\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)$/, '');

/** Text that is not blank. */
const NOT_BLANK = /\S/;
/** NodeFilter.SHOW_TEXT (the global NodeFilter is not defined under Node). */
const SHOW_TEXT = 4;
/** Elements whose text is never shown. */
const NON_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

function insideNonText(node: Node, body: Element): boolean {
  for (let el = node.parentElement; el && el !== body; el = el.parentElement) if (NON_TEXT.has(el.tagName)) return true;
  return false;
}

/**
 * The visible element showing the page's description (a standfirst, or the first paragraph the
 * description was cut from), as blocks, before Readability moves anything. Null when the page
 * does not show it, or shows it only inside a link (a teaser for another page).
 */
export function findLead(doc: Document, description: string | null | undefined): Block[] | null {
  const body = doc.body;
  if (!body || !description) return null;
  const stem = leadStem(description);
  if (stem.length < MIN_LEAD_CHARS) return null;
  const probe = stem.slice(0, LEAD_PROBE_CHARS);
  const head = stem.slice(0, LEAD_COMPARE_CHARS);
  // Text nodes in document order from one linear walk (cheaper on linkedom than reading every
  // element's child list); a match inside a script, style, noscript or template is passed over.
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // A blank node (most of them: the line breaks between tags) folds to "", which holds no probe.
    if (!NOT_BLANK.test(node.textContent!) || !fold(node.textContent).includes(probe) || insideNonText(node, body)) continue;
    let el = node.parentElement;
    for (let i = 0; el && el !== body && i < LEAD_MAX_CLIMB; i++, el = el.parentElement) {
      const text = fold(el.textContent);
      if (text.length < head.length) continue;
      if (!text.startsWith(head)) break;
      if (el.closest('a, [hidden], [aria-hidden="true"], [role="dialog"]')) break;
      // A standfirst that is the description word for word is left to Readability: the
      // article-extraction benchmark's gold leaves it out of the body (restoring it there cost
      // 0.004 body F1), while a description cut from the article's own first paragraphs is article text.
      if (text === stem) return null;
      const blocks = toBlocks(el.cloneNode(true) as Element);
      return blocks.some((b) => b.text) ? blocks : null;
    }
  }
  return null;
}

/** Words of a teaser under the headline: fewer is a kicker, a byline or a date; more is article text. */
const TEASER_WORDS = { min: 12, max: 90 };
/** Elements after the headline looked through for its teaser (bylines, dates, share bars, a picture sit between). */
const TEASER_LOOKAHEAD = 25;
/** Ancestors of a teaser's text whose class or id may name it. */
const TEASER_NAME_LEVELS = 2;
/** Elements a teaser is never inside: links (another page's teaser), pictures' captions, navigation, asides. */
const NOT_TEASER = 'a, figure, figcaption, nav, aside, [hidden], [aria-hidden="true"], [role="dialog"]';
/** Share of a teaser's text that may be link text: a paragraph that is mostly a link is another page's teaser. */
const TEASER_MAX_LINK_SHARE = 0.5;

const linkShare = (el: Element, chars: number) => [...el.getElementsByTagName('a')].reduce((n, a) => n + norm(a.textContent).length, 0) / Math.max(1, chars);

/** Elements that may sit inside a teaser's text; any other child makes an element a container, not the teaser. */
const INLINE: ReadonlySet<string> = new Set(['A', 'B', 'STRONG', 'EM', 'I', 'U', 'SPAN', 'BR', 'SUP', 'SUB', 'SMALL', 'MARK', 'ABBR', 'Q', 'CITE', 'TIME', 'IMG']);
const inlineOnly = (el: Element) => [...el.children].every((c) => INLINE.has(c.tagName));

function namedTeaser(el: Element): boolean {
  for (let e: Element | null = el, i = 0; e && i <= TEASER_NAME_LEVELS; e = e.parentElement, i++) {
    if (TEASER_NAME.test(`${classAttr(e) ?? ''} ${e.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

/**
 * The teaser printed under the page's headline (a standfirst in an element the template names
 * as one), as blocks, before Readability moves anything. Null when there is none.
 */
export function findTeaser(doc: Document, title: string | null | undefined): Block[] | null {
  const body = doc.body;
  if (!body || !title) return null;
  const headline = fold(title);
  const h1 = [...body.querySelectorAll('h1')].find((h) => fold(h.textContent) === headline);
  if (!h1) return null;
  let el: Element | null = nextElement(h1, body, true);
  for (let seen = 0; el && seen < TEASER_LOOKAHEAD; seen++) {
    if (NON_TEXT.has(el.tagName)) {
      el = nextElement(el, body, true);
      continue;
    }
    // The text (of a container: the whole article) is read only for a named teaser's element or a paragraph.
    const named = inlineOnly(el) && namedTeaser(el);
    const paragraph = el.tagName === 'P';
    if (named || paragraph) {
      const text = norm(el.textContent);
      const words = text ? text.split(' ').length : 0;
      if (named && words >= TEASER_WORDS.min && words <= TEASER_WORDS.max && !el.closest(NOT_TEASER) && linkShare(el, text.length) < TEASER_MAX_LINK_SHARE) {
        const blocks = toBlocks(el.cloneNode(true) as Element);
        return blocks.some((b) => b.text) ? blocks : null;
      }
      // Past a paragraph longer than a teaser, the article has begun.
      if (paragraph && words > TEASER_WORDS.max) return null;
    }
    el = nextElement(el, body);
  }
  return null;
}

const wordsOf = (blocks: readonly Block[]) => blocks.reduce((n, b) => n + (b.text.match(/\S+/g)?.length ?? 0), 0);

/** Runs on `doc` and changes it (boilerplate removal, Readability): callers pass a document they no longer need. */
function candidate(doc: Document, Readability: ReadabilityCtor, ctx: BlockContext, clean: boolean): BodyResult & { removed: Removal[] } {
  const removed: Removal[] = [];
  // Looked for before cleaning: a video page's description sits in a block named like a caption.
  const lead = findLead(doc, ctx.description);
  const teaser = lead ? null : findTeaser(doc, ctx.title);
  if (clean) cleanPage(doc, removed, ctx.title);
  // JSON-LD was read by html/metadata.ts already; Readability need not parse it again. Its own
  // retries under 500 characters (a third of its time on aeb: 33 retries on 14 pages) stay: fewer
  // retries measured worse (a 200-character threshold here: traf-dev snippets F1 0.9397 -> 0.9375;
  // none on the uncleaned page: 0.9387).
  const readability = new Readability<Element>(doc, { serializer: (el) => el as Element, disableJSONLD: true }).parse();
  const content = readability?.content ?? doc.body;
  if (!content) return { blocks: [], readability, removed };
  cleanContent(content, removed);
  let blocks = toBlocks(content);
  if (lead && !fold(blocks.map((b) => b.text).join(' ')).includes(fold(lead.map((b) => b.text).join(' ')).slice(0, LEAD_COMPARE_CHARS))) {
    removed.push({ stage: 'html', rule: 'lead-restored', text: lead.map((b) => b.text).join(' ').slice(0, 200) });
    blocks = [...lead, ...blocks];
  }
  const teaserText = teaser ? teaser.map((b) => b.text).join(' ') : '';
  const teaserKey = fold(teaserText);
  // A teaser that is the description word for word is left out, as findLead leaves it (the
  // article-extraction benchmark's convention).
  if (teaser && teaserKey !== leadStem(ctx.description ?? '') && !fold(blocks.map((b) => b.text).join(' ')).includes(teaserKey.slice(0, LEAD_COMPARE_CHARS))) {
    removed.push({ stage: 'html', rule: 'teaser-restored', text: teaserText.slice(0, 200) });
    blocks = [...teaser, ...blocks];
  }
  return { blocks: filterBlocks(blocks, ctx, removed), readability, removed };
}

/**
 * `doc` is consumed (changed in place: copying a whole page costs about as much as parsing it);
 * `fresh` builds another copy of the page, needed only for the rare short-body comparison.
 */
export async function extractBody(doc: Document, fresh: () => Promise<Document>, Readability: ReadabilityCtor, ctx: BlockContext, removed: Removal[]): Promise<BodyResult> {
  Readability = speedUp(Readability);
  // 1. The cleaned candidate.
  let best = timed('content', () => candidate(doc, Readability, ctx, true));
  // 2. Too short: compare with the uncleaned candidate.
  const words = wordsOf(best.blocks);
  if (words < SHORT_BODY_WORDS) {
    const page = await fresh();
    const raw = timed('content', () => candidate(page, Readability, ctx, false));
    if (words < MIN_KEPT_SHARE * wordsOf(raw.blocks)) {
      raw.removed.unshift({ stage: 'html', rule: 'short-body-fallback', text: `cleaned body had ${words} words; used the uncleaned page` });
      best = raw;
    }
  }
  removed.push(...best.removed);
  return { blocks: best.blocks, readability: best.readability };
}
