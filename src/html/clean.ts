/**
 * Boilerplate removal on the HTML path, in three passes, each recording what it removed:
 *   - cleanPage:    elements that are never article text (rules/html-boilerplate.ts), removed
 *                   from the copy of the page before the body is chosen;
 *   - cleanContent: link lists and link-only lines inside the chosen body;
 *   - filterBlocks: short text blocks matching rules/html-blocks.ts, and repeats of the
 *                   headline or byline.
 */
import type { Block, Removal } from '../model.js';
import { isDateLine } from '../metadata/date.js';
import { splitAuthors } from '../metadata/authors.js';
import { CLASS_RULES, LAYOUT_PREFIXES, SELECTOR_RULES, type ClassRule, type SelectorRule } from '../rules/html-boilerplate.js';
import { BLOCK_RULES, MORE_ITEM_MAX_WORDS, PHRASE_MAX_WORDS, PHRASE_PATTERNS, PROMO_MAX_WORDS, TAIL_BLOCKS } from '../rules/html-blocks.js';
import { norm } from '../space.js';
import { isKept } from '../user-rules/keep.js';
import { Prefilters } from '../rules/prefilter.js';
import { compileSelectorTable } from './selectors.js';
import { classAttr, elementsUnder, nextElement, tagOf } from './page-index.js';
import { elementsByTags } from './readability-speed.js';

/** Pre-checks of the block patterns (rules/html-blocks.ts), as for the boilerplate table. */
export const BLOCK_PREFILTERS = new Prefilters();

/**
 * Largest share of the page's paragraph text an element may hold and still be removed by a
 * rule: a class like "comments" or "related" on the wrapper of the article itself must not take
 * the article with it. 0.3 keeps every aeb article whole while removing its sidebars.
 */
const MAX_REMOVED_SHARE = 0.3;
/** The same limit for the page's text as a whole (pages that write their body without <p>, e.g. Blogger). */
const MAX_REMOVED_TEXT_SHARE = 0.4;
/** Characters of removed text recorded for --explain. */
const RECORD_CHARS = 200;
/** Link text share above which a list item or a line counts as a link. */
const LINK_SHARE = 0.8;
/** Fewest items for a list made only of links to be read as a list of other articles. */
const MIN_LINK_LIST_ITEMS = 2;
/** Longest date line (words) removed from the body. */
const MAX_DATE_LINE_WORDS = 14;
/** Longest byline (words) removed from the body. */
const MAX_BYLINE_WORDS = 12;

const wordCount = (s: string) => (s.match(/\S+/g) ?? []).length;
const fold = (s: string) => norm(s).normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

function record(removed: Removal[], stage: string, rule: string, text: string | null | undefined): void {
  removed.push({ stage, rule, text: norm(text).slice(0, RECORD_CHARS) });
}

/** `p`, for elementsByTags (one walk, no compiled selector). */
const PARAGRAPH: ReadonlySet<string> = new Set(['p']);
/** Elements that are never text: `script, noscript, template, style`. */
const NEVER_TEXT: ReadonlySet<string> = new Set(['script', 'noscript', 'template', 'style']);

/** Text length of the paragraphs inside an element (the element itself when it is one). */
function paragraphChars(el: Element): number {
  if (el.tagName === 'P') return norm(el.textContent).length;
  let n = 0;
  for (const p of elementsByTags(el, PARAGRAPH)) n += norm(p.textContent).length;
  return n;
}

/** Words of an element's class and id: split at spaces, "-", "_" and camelCase humps, as 1-3 word phrases. */
function classPhrases(el: Element): string[] {
  const raw = `${classAttr(el) ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!raw.trim()) return [];
  const out: string[] = [];
  for (let token of raw.split(/\s+/)) {
    for (const l of LAYOUT_PREFIXES) token = token.replace(l.prefix, '');
    if (!token) continue;
    const words = token.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[-_\s:]+/).filter(Boolean);
    for (let i = 0; i < words.length; i++) {
      out.push(words[i]!);
      if (i + 1 < words.length) out.push(`${words[i]} ${words[i + 1]}`);
      if (i + 2 < words.length) out.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
    }
  }
  return out;
}

/**
 * Class rules found so far, per tag and class/id text and per class phrase. The answer depends on
 * the strings alone, so it is kept from page to page: the same class strings repeat across a
 * page's elements and across a site's pages (and a framework's across sites), and each is split
 * into phrases once.
 */
const classRules = new Map<string, ClassRule | null>();
/** Entries kept before the cache starts again (bounds its memory over a long batch). */
const CLASS_RULE_CACHE_ENTRIES = 50_000;

/** The class rule for an element (classRules). */
function classRuleFor(el: Element): ClassRule | null {
  const key = `${el.tagName}\u0000${classAttr(el) ?? ''}\u0000${el.getAttribute('id') ?? ''}`;
  let found = classRules.get(key);
  if (found === undefined) {
    if (classRules.size >= CLASS_RULE_CACHE_ENTRIES) classRules.clear();
    classRules.set(key, (found = classRuleOf(el)));
  }
  return found;
}

function classRuleOf(el: Element): ClassRule | null {
  for (const phrase of classPhrases(el)) {
    let rule = classRules.get(phrase);
    if (rule === undefined) {
      rule = CLASS_RULES.find((r) => r.words.test(phrase)) ?? null;
      classRules.set(phrase, rule);
    }
    if (rule && !rule.keepTags?.has(el.tagName)) return rule;
  }
  return null;
}

/** Fewest posts named like comments that make a page a discussion (a forum thread), not an article with comments. */
const MIN_DISCUSSION_POSTS = 3;
/** Share of the page's text those posts must hold. 0.5: a forum thread's posts are most of its page; an article's comments sit beside a longer article. */
const DISCUSSION_SHARE = 0.5;

/** Characters of text allowed between the headline and a thread's first post (the thread's tools, the poster's name). */
const MAX_TEXT_BEFORE_FIRST_POST = 400;
/** Characters of the first post looked up in the page text. */
const DISCUSSION_PROBE_CHARS = 60;

/** The number of comment-named posts when they hold most of the page's text (a forum thread), else 0. */
function discussionPosts(body: Element, headline: Element | null): number {
  let posts = 0;
  let chars = 0;
  let firstPost: Element | null = null;
  // Depth first, not looking inside a post (linkedom rebuilds a child list on every read; the walk reads none).
  for (let el = body.firstElementChild; el; ) {
    const post = classRuleFor(el)?.id === 'comments';
    if (post) {
      firstPost ??= el;
      posts++;
      chars += norm(el.textContent).length;
    }
    el = nextElement(el, body, post);
  }
  if (posts < MIN_DISCUSSION_POSTS) return 0;
  const page = norm(body.textContent);
  if (chars < DISCUSSION_SHARE * page.length) return 0;
  // A thread opens with its first post right under the headline; a blog's comments follow its article.
  const h1 = headline ?? [...body.querySelectorAll('h1, h2')].find((h) => norm(h.textContent)) ?? null;
  const first = firstPost ? norm(firstPost.textContent).slice(0, DISCUSSION_PROBE_CHARS) : '';
  if (!h1 || !first) return 0;
  const h1Text = norm(h1.textContent);
  const h1At = page.indexOf(h1Text);
  const postAt = page.indexOf(first, Math.max(0, h1At));
  return h1At >= 0 && postAt >= 0 && postAt - (h1At + h1Text.length) <= MAX_TEXT_BEFORE_FIRST_POST ? posts : 0;
}

let compiledRules: ((el: Element) => number) | null | undefined;

/** SELECTOR_RULES as one compiled test giving the first matching rule's index; null when one does not compile (the rules are then asked one by one). */
function selectorTests(): ((el: Element) => number) | null {
  if (compiledRules === undefined) {
    try {
      compiledRules = compileSelectorTable(SELECTOR_RULES.map((rule) => rule.selector));
    } catch {
      compiledRules = null;
    }
  }
  return compiledRules;
}

/** Fewest linked headings (or <article> cards) that make an element a list of teasers for other pages. */
const MIN_TEASERS = 2;

/**
 * A list of teasers for other pages: several headings that are links, or several <article>
 * cards. Such a block named "related" goes even when its teaser texts outweigh a short article
 * (the share limit protects article wrappers named like widgets; those hold one headline at most).
 */
function isTeaserList(el: Element): boolean {
  return el.querySelectorAll('h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href], a[href] h2, a[href] h3, a[href] h4').length >= MIN_TEASERS || el.querySelectorAll('article').length >= MIN_TEASERS;
}

/**
 * Removes boilerplate elements from a page (a copy: the caller keeps the original for metadata).
 * An element holding a large share of the page's paragraph text is never removed.
 */
export function cleanPage(doc: Document, removed: Removal[], headline: string | null = null): void {
  const body = doc.body;
  if (!body) return;
  // The element holding the visible headline is kept with its ancestors: the article is there.
  const foldedHeadline = headline ? fold(headline) : null;
  const headlineEl = foldedHeadline ? [...body.querySelectorAll('h1')].find((h) => fold(h.textContent ?? '') === foldedHeadline) ?? null : null;
  // Scripts and templates are never text (JSON-LD was read from the original page).
  for (const el of elementsUnder(body).filter((e) => NEVER_TEXT.has(tagOf(e)))) el.remove();
  const total = Math.max(1, paragraphChars(body));
  const totalText = Math.max(1, norm(body.textContent).length);
  const removable = (el: Element) =>
    !isKept(el) && el !== body && el !== doc.documentElement && !(headlineEl && el.contains(headlineEl)) && paragraphChars(el) <= MAX_REMOVED_SHARE * total && norm(el.textContent).length <= MAX_REMOVED_TEXT_SHARE * totalText;
  // The selector rules' matches in page order, each credited to the first rule it matches: the
  // rules are compiled once (html/selectors.ts) and tested in one walk of the page, where a
  // `querySelectorAll` per rule would compile its selector and walk the page again. (An
  // element's match cannot change before its turn: only earlier elements in page order, never
  // its descendants, are removed before it.)
  const firstRule = selectorTests();
  let matched: Array<[Element, SelectorRule]> | null = null;
  if (firstRule) {
    matched = [];
    for (const el of elementsUnder(body)) {
      const i = firstRule(el);
      if (i >= 0) matched.push([el, SELECTOR_RULES[i]!]);
    }
  }
  const removeMatch = (el: Element, rule: SelectorRule) => {
    if (!el.parentNode || !body.contains(el) || !removable(el)) return;
    record(removed, 'html', rule.id, el.textContent);
    el.remove();
  };
  if (matched) {
    for (const [el, rule] of matched) removeMatch(el, rule);
  } else {
    for (const rule of SELECTOR_RULES) {
      try {
        for (const el of [...body.querySelectorAll(rule.selector)]) removeMatch(el, rule);
      } catch {
        /* unsupported selector: skipped */
      }
    }
  }
  // A discussion page (a forum thread, a Q&A): its posts are named like comments, and are the page's text.
  const discussion = discussionPosts(body, headlineEl);
  if (discussion) {
    record(removed, 'html', 'discussion-page', `${discussion} posts named like comments hold most of the page's text: kept`);
    // Readability drops every element whose class or id says "comment"; the posts are renamed so it reads them.
    for (const el of [...body.querySelectorAll('[class*="comment" i], [id*="comment" i]')]) {
      for (const attr of ['class', 'id']) {
        const v = el.getAttribute(attr);
        if (v && /comment/i.test(v)) el.setAttribute(attr, v.replace(/comment/gi, 'post'));
      }
    }
  }
  // Depth first; a removed element's subtree is passed over (the next element is taken before the removal).
  for (let el = body.firstElementChild; el; ) {
    let rule = classRuleFor(el);
    if (discussion && rule?.id === 'comments') rule = null;
    if (rule && (removable(el) || (rule.id === 'related' && isTeaserList(el) && !isKept(el)))) {
      record(removed, 'html', rule.id, el.textContent);
      const next = nextElement(el, body, true);
      el.remove();
      el = next;
      continue;
    }
    el = nextElement(el, body);
  }
}

/** Share of an element's text that sits inside links. */
function linkShare(el: Element): number {
  const text = norm(el.textContent).length;
  if (!text) return 0;
  let inLinks = 0;
  for (const a of el.querySelectorAll('a')) inLinks += norm(a.textContent).length;
  return inLinks / text;
}

/** Removes lists whose every item is a link (lists of other articles) from the chosen body. */
export function cleanContent(content: Element, removed: Removal[]): void {
  for (const list of [...content.querySelectorAll('ul, ol')]) {
    if (!list.parentNode || list.closest('table') || isKept(list)) continue;
    const items = [...list.children].filter((c) => c.tagName === 'LI');
    if (items.length < MIN_LINK_LIST_ITEMS) continue;
    if (items.every((li) => li.querySelector('a') && linkShare(li) >= LINK_SHARE)) {
      record(removed, 'html', 'link-list', list.textContent);
      list.remove();
    }
  }
}

export interface BlockContext {
  title: string | null;
  byline: string | null;
  authors: readonly string[];
  /** The page's description (meta/JSON-LD), looked for as a visible lead paragraph. */
  description?: string | null;
  /** Blocks a user rule keeps (src/user-rules/html.ts): never removed by the block filters. */
  keep?: (b: Block) => boolean;
}

/** Why a block is not article text, or null. */
function blockRule(block: Block, index: number, count: number, ctx: BlockContext): string | null {
  if (block.kind === 'code' || block.kind === 'table' || block.kind === 'image') return null;
  const text = norm(block.text);
  if (!text) return null;
  const words = wordCount(text);
  const f = fold(text);
  if (ctx.title && f === fold(ctx.title)) return 'title-repeat';
  if (words <= MAX_DATE_LINE_WORDS && isDateLine(text)) return 'date-line';
  if (words <= MAX_BYLINE_WORDS) {
    if (ctx.byline && f === fold(ctx.byline)) return 'byline-repeat';
    if (/^by\b/i.test(text) && (splitAuthors(text).length > 0 || words <= 2)) return 'byline-line';
    if (ctx.authors.length && ctx.authors.some((a) => f === fold(a) || f === `by ${fold(a)}`)) return 'byline-repeat';
  }
  // Each pattern only when it can match a text starting as this one does (rules/prefilter.ts).
  const test = BLOCK_PREFILTERS.tester(text);
  if (words <= PHRASE_MAX_WORDS && test(PHRASE_PATTERNS.more)) return 'more-heading';
  if (words <= PHRASE_MAX_WORDS && test(PHRASE_PATTERNS.chrome)) return 'page-label';
  if (words <= PROMO_MAX_WORDS && test(PHRASE_PATTERNS.promo)) return 'promo-sentence';
  if (words <= PROMO_MAX_WORDS && test(PHRASE_PATTERNS.inline)) return 'inline-link-label';
  for (const r of BLOCK_RULES) {
    if (words > r.maxWords) continue;
    if (r.where === 'tail' && index < count - TAIL_BLOCKS) continue;
    if (test(r.pattern)) return r.id;
  }
  return null;
}

/** A block under a "more" heading that is one of its items: a heading, a list, or a short paragraph that is a link. */
function isMoreItem(block: Block): boolean {
  if (block.kind === 'heading' || block.kind === 'list') return true;
  if (block.kind !== 'paragraph') return false;
  return wordCount(block.text) <= MORE_ITEM_MAX_WORDS && /^(?:[*_]{1,2})?\[/.test(block.markdown.trim());
}

/** Longest lead-in line (words) left dangling at the body's end ("More on this topic:"). */
const MAX_DANGLING_WORDS = 15;

/** A link's text that is its address: a resource the article points to, not another page's headline. */
const URL_TEXT = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;

/** A paragraph that is nothing but links to other pages by their headlines (images inside them allowed): a teaser. */
function isLinkOnly(block: Block): boolean {
  if (block.kind !== 'paragraph' || !norm(block.text) || !block.markdown.includes('](') || URL_TEXT.test(block.text)) return false;
  const rest = block.markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/\[[\s\S]*?\]\([^)]*\)/g, '');
  return !/[\p{L}\p{N}]/u.test(rest);
}

/**
 * Teasers the body ends with: link-only paragraphs at its very end (headlines of other
 * articles, a card), then the heading or lead-in line ("More on this:") left with nothing
 * under it. An article's own text does not end in bare headline links or in a heading; a link
 * inside a sentence, or shown by its address, is kept. A lead-in line that closes the body with
 * no links next to it is kept (the page may show what follows only with scripts on).
 */
function trimTail(out: Block[], removed: Removal[]): void {
  const leadIn = (b: Block) => {
    const text = norm(b.text);
    return b.kind === 'paragraph' && /:$/.test(text.replace(/[*_]+$/, '')) && wordCount(text) <= MAX_DANGLING_WORDS;
  };
  const trimmable = (b: Block) => isLinkOnly(b) || b.kind === 'heading' || leadIn(b);
  // A body of nothing but links and headings is left whole: there is no article text to end at.
  if (!out.some((b) => norm(b.text) && !trimmable(b))) return;
  let links = 0;
  for (let last = out[out.length - 1]; last; last = out[out.length - 1]) {
    if (isLinkOnly(last)) links++;
    else if (!(last.kind === 'heading' || (leadIn(last) && (links > 0 || (out.length > 1 && isLinkOnly(out[out.length - 2]!)))))) return;
    record(removed, 'html', isLinkOnly(last) ? 'tail-link' : 'dangling-heading', last.text);
    out.pop();
  }
}

/** Removes headline and byline repeats, date lines and the short boilerplate lines of rules/html-blocks.ts. */
export function filterBlocks(blocks: readonly Block[], ctx: BlockContext, removed: Removal[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const rule = ctx.keep?.(b) ? null : blockRule(b, i, blocks.length, ctx);
    if (!rule) {
      out.push(b);
      continue;
    }
    record(removed, 'html', rule, b.text);
    if (rule === 'more-heading') {
      while (i + 1 < blocks.length && isMoreItem(blocks[i + 1]!)) record(removed, 'html', rule, blocks[++i]!.text);
    }
  }
  trimTail(out, removed);
  return out;
}
