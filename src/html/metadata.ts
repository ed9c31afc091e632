/**
 * Metadata from the whole page, read before Readability strips it: JSON-LD, OpenGraph and other
 * meta tags, rel=author / itemprop / byline classes, <time>, <html lang>, canonical link.
 * Each field is an ordered list of lookups; the first valid value wins (defuddle's cascade).
 */
import { classAttr, elementsOf } from './page-index.js';
import { findDates, isUpdateOnly, labelledDates, parseDate, publishedDate, urlDate, type DateOptions } from '../metadata/date.js';
import { canonicalLang } from '../metadata/language.js';
import type { Removal } from '../model.js';
import { norm, SPACE_RUNS } from '../space.js';
import { BYLINE_LABEL_ALONE } from '../rules/byline-labels.js';
import { BYLINE_SOURCES, FOREIGN_CONTAINERS } from '../rules/html-byline.js';
import { authorNames, bylineText, chooseAuthors, foldName, labelledBylines, type SiteNames } from './byline.js';

export interface PageMetadata {
  title: string | null;
  /** Headline candidates from metadata (og:title, JSON-LD headline, <title>). */
  titleCandidates: string[];
  byline: string | null;
  authors: string[];
  published: string | null;
  siteName: string | null;
  /** The page's host name (of --url or the canonical URL; an archived copy's original host), to recognise the site's name in titles. */
  host: string | null;
  lang: string | null;
  description: string | null;
  image: string | null;
  url: string | null;
  /** Author candidates rejected, and by which rule (shown by --explain). */
  rejectedAuthors: Removal[];
}

type Json = Record<string, unknown>;

/** JSON-LD @types that describe the article itself (a recipe or a how-to page is its own article: its datePublished is the page's). */
const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|TechArticle|ScholarlyArticle|Report|LiveBlogPosting|WebPage|SocialMediaPosting|MediaObject|VideoObject|Recipe|HowTo)$/;
/** Longest visible byline (characters) taken from the page; longer is a bio box. */
const MAX_DOM_BYLINE_CHARS = 200;

/** Named character references seen escaped twice in meta tags and JSON-LD ("&amp;#8211;" in the source). */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
};

/** Decodes character references left in an attribute or JSON string ("Review &#8211; a game"). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi, (m, dec: string, hex: string, name: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
    if (code >= 0) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    return NAMED_ENTITIES[name.toLowerCase()] ?? m;
  });
}

const clean = (s: string | null | undefined): string | null => {
  const t = decodeEntities(s ?? '').replace(SPACE_RUNS, ' ').trim();
  return t ? t : null;
};

/** Each document's <meta> tags by lower-cased property/name/itemprop, read in one pass (the first tag of a key wins). */
const META_INDEX = new WeakMap<Document, Map<string, string | null>>();

function metaIndex(doc: Document): Map<string, string | null> {
  let index = META_INDEX.get(doc);
  if (index) return index;
  index = new Map();
  for (const el of doc.querySelectorAll('meta')) {
    const content = el.getAttribute('content');
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  META_INDEX.set(doc, index);
  return index;
}

function meta(doc: Document, ...keys: string[]): string | null {
  const index = metaIndex(doc);
  for (const k of keys) {
    const v = clean(index.get(k.toLowerCase()));
    if (v) return v;
  }
  return null;
}

function typesOf(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object in the page's JSON-LD, @graph flattened. Broken JSON-LD is skipped. */
function jsonLdObjects(elements: () => readonly Element[]): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      const g = (v as Json)['@graph'];
      if (g) visit(g);
    }
  };
  // script[type="application/ld+json" i]
  for (const s of elements()) {
    if (s.localName.toLowerCase() !== 'script' || s.getAttribute('type')?.toLowerCase() !== 'application/ld+json') continue;
    const text = (s.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, '');
    try {
      visit(JSON.parse(text));
    } catch {
      // The commonest fault: raw line breaks inside a string (an articleBody pasted as it is).
      // Outside strings a control character is only white space, so spaces are safe everywhere.
      try {
        visit(JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ')));
      } catch {
        /* otherwise invalid JSON-LD is common; ignore it */
      }
    }
  }
  return out;
}

/** Names of JSON-LD authors; a reference ({"@id": …}) is looked up among the page's objects. */
function names(v: unknown, byId: ReadonlyMap<string, Json>, depth = 0): string[] {
  if (!v || depth > 3) return [];
  if (typeof v === 'string') return v.startsWith('http') ? [] : [v];
  if (Array.isArray(v)) return v.flatMap((x) => names(x, byId, depth + 1));
  if (typeof v === 'object') {
    let o = v as Json;
    const ref = typeof o['@id'] === 'string' ? byId.get(o['@id']) : undefined;
    if (!o.name && ref && ref !== o) o = ref;
    // An organisation is no author; a blogger's "@type": ["Person", "Organization"] (Yoast) is a person.
    const types = typesOf(o);
    if (types.some((t) => /Organization|Corporation|NewsMediaOrganization/.test(t)) && !types.includes('Person')) return [];
    return names(o.name, byId, depth + 1);
  }
  return [];
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Json).url ?? (v as Json).name ?? (v as Json)['@value']);
  return null;
}

/** Most label/data pairs of twitter:labelN / twitter:dataN read. */
const MAX_TWITTER_LABELS = 4;

/** The author in a labelled meta pair: twitter:label1 "Written by" / "Verfasst von", twitter:data1 the name (Yoast, Slack cards). */
function labelledMeta(doc: Document): string | null {
  for (let i = 1; i <= MAX_TWITTER_LABELS; i++) {
    const label = meta(doc, `twitter:label${i}`);
    if (label && BYLINE_LABEL_ALONE.test(label)) return meta(doc, `twitter:data${i}`);
  }
  return null;
}

/** Page-level wrappers whose classes describe the page layout ("one-sidebar"), not a container. */
const PAGE_WRAPPERS = new Set(['HTML', 'BODY', 'MAIN']);

/** True inside a comment, quote, testimonial, sidebar or widget: someone else's byline. */
function inForeignContainer(el: Element): boolean {
  for (let n: Element | null = el; n && !PAGE_WRAPPERS.has(n.tagName); n = n.parentElement) {
    if (FOREIGN_CONTAINERS.tags.has(n.tagName) && !(FOREIGN_CONTAINERS.pageLevelTags.has(n.tagName) && n.parentElement?.closest('article'))) return true;
    const cls = classAttr(n)?.toLowerCase();
    if (cls && FOREIGN_CONTAINERS.classes.some((c) => cls.includes(c))) return true;
    if (cls && FOREIGN_CONTAINERS.layoutClasses.some((c) => cls.includes(c)) && !n.closest('article') && !n.querySelector(FOREIGN_CONTAINERS.articleInside)) return true;
    const id = n.getAttribute('id')?.toLowerCase();
    if (id && FOREIGN_CONTAINERS.ids.some((c) => id.includes(c))) return true;
  }
  return false;
}

/**
 * A byline written as one element per author ("<span class=author>A</span>, <span class=author>B</span>"):
 * the other matches of the same selector beside the first one (under its grandparent) join it.
 */
function withCoAuthors(first: Element, text: string, matches: readonly Element[], site: SiteNames): string {
  const container = first.parentElement?.parentElement;
  if (!container || PAGE_WRAPPERS.has(container.tagName)) return text;
  const parts = [text];
  for (const el of matches) {
    if (el === first || !container.contains(el) || el.contains(first) || first.contains(el) || inForeignContainer(el)) continue;
    const t = clean(bylineText(el));
    if (t && authorNames(t, site).length > 0 && !parts.includes(t)) parts.push(t);
  }
  const joined = parts.map((p) => p.replace(/[\s,;]+$/, '')).join(', ');
  return joined.length <= MAX_DOM_BYLINE_CHARS ? joined : text;
}

/**
 * The visible byline near the article: the first byline element with a name-like text. When the
 * JSON-LD names the author, an element naming the same person is preferred to an earlier one
 * (teaser cards of other articles use the same "article-author" classes as the byline).
 */
function domByline(elements: () => readonly Element[], site: SiteNames, ldNames: readonly string[]): { text: string; strong: boolean } | null {
  // The page's elements any source could match ([itemprop], [rel], [class]); each source then tests that list.
  const all = elements().filter((el) => el.hasAttribute('itemprop') || el.hasAttribute('rel') || el.hasAttribute('class')).map((el) => ({ el, cls: classAttr(el)?.toLowerCase() ?? '' }));
  const ld = new Set(ldNames.map(foldName));
  let first: { text: string; strong: boolean } | null = null;
  for (const source of BYLINE_SOURCES) {
    const els = all.filter(({ el, cls }) => source.test(el, cls)).map(({ el }) => el);
    for (const el of els) {
      if (inForeignContainer(el)) continue;
      const text = clean(bylineText(el));
      if (!text || text.length > MAX_DOM_BYLINE_CHARS) continue;
      const found = authorNames(text, site);
      if (!found.length) continue;
      const candidate = { text: withCoAuthors(el, text, els, site), strong: !source.weak };
      if (!ld.size || found.some((n) => ld.has(foldName(n)))) return candidate;
      first ??= candidate;
    }
  }
  return first;
}

/** The first labelled byline in running page text ("Von A", "Autor: A") that names someone. */
function labelledByline(doc: Document, site: SiteNames): { text: string; strong: boolean } | null {
  if (!doc.body) return null;
  let first: string | null = null;
  const people = new Set<string>();
  for (const text of labelledBylines(doc.body, inForeignContainer)) {
    const names = authorNames(text, site);
    if (!names.length) continue;
    first ??= text;
    for (const n of names) people.add(foldName(n));
    // Credits of many people ("von A", "von B", "Autor: C" on a portfolio or list page) say
    // nothing about who wrote this page.
    if (people.size > MAX_LABELLED_PEOPLE) return null;
  }
  return first ? { text: first, strong: true } : null;
}

/** Shortest paragraph (characters) read as the article's prose before a signature. */
const SIGNATURE_PROSE_CHARS = 200;
/** Longest signature line (characters). */
const MAX_SIGNATURE_CHARS = 60;
/** A footnote after the signature ("(1) …", "[2] …", "* …"): not more of the article. */
const FOOTNOTE = /^\s*(?:\(\d+\)|\[\d+\]|\d+\)|\*)/;

/**
 * The writer's name signed under the article: a short paragraph that is one name and nothing
 * else, set apart (in bold or italics, or aligned right), after the article's prose (one of the
 * two paragraphs before it is long) and with no more prose after it but footnotes.
 */
function signatureByline(elements: () => readonly Element[], site: SiteNames): string | null {
  const proseChars = (el: Element | null) => (el?.tagName === 'P' ? norm(el.textContent).length : 0);
  for (const p of elements()) {
    if (p.localName.toLowerCase() !== 'p') continue;
    const raw = norm(p.textContent);
    // A copyright line in the article names its writer too ("© 2019 Ann Lee").
    const copyright = /^(?:©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?/i.exec(raw);
    const text = raw.slice(copyright?.[0].length ?? 0).replace(/^[-–—]\s*/, '');
    if (!text || text.length > MAX_SIGNATURE_CHARS) continue;
    const elements = [...p.children];
    const setApart =
      !!copyright ||
      /right/i.test(p.getAttribute('align') ?? '') ||
      /text-align:\s*right/i.test(p.getAttribute('style') ?? '') ||
      (elements.length === 1 && /^(?:EM|I|STRONG|B)$/.test(elements[0]!.tagName) && norm(elements[0]!.textContent) === norm(p.textContent));
    if (!setApart) continue;
    const before = p.previousElementSibling;
    if (Math.max(proseChars(before), proseChars(before?.previousElementSibling ?? null)) < SIGNATURE_PROSE_CHARS) continue;
    let after = false;
    for (let n = p.nextElementSibling; n && !after; n = n.nextElementSibling) after = proseChars(n) >= SIGNATURE_PROSE_CHARS && !FOOTNOTE.test(n.textContent ?? '');
    if (after || inForeignContainer(p)) continue;
    const names = authorNames(text, site);
    if (names.length === 1 && foldName(names[0]!) === foldName(text)) return text;
  }
  return null;
}

/** Longest line (characters) under the headline read as "date - name". */
const MAX_HEADLINE_LINE_CHARS = 80;

/**
 * The line right under the headline written as a date and a name ("11.12.2019 - Ann Lee",
 * "Ann Lee | 3. Mai 2021"): every part is either the date or names.
 */
function headlineLineByline(doc: Document, site: SiteNames): string | null {
  const h1 = doc.querySelector('h1');
  const line = h1?.nextElementSibling ?? h1?.parentElement?.nextElementSibling;
  // A line is a few inline elements at most; a container's text is not read (it may be the page).
  if (!line || line.querySelector('p, div, li, table')) return null;
  const text = norm(line.textContent);
  if (!line || !text || text.length > MAX_HEADLINE_LINE_CHARS || inForeignContainer(line)) return null;
  const parts = text.split(/\s+[-–—|•·]\s+/);
  if (parts.length < 2 || parts.length > 3) return null;
  const dates = parts.filter((p) => parseDate(p));
  const rest = parts.filter((p) => !parseDate(p));
  if (dates.length !== 1 || !rest.length) return null;
  const names = rest.map((p) => authorNames(p, site));
  return names.every((n, i) => n.length && foldName(n.join('')) === foldName(rest[i]!)) ? rest.join(', ') : null;
}

/** Most different people the labelled bylines of one page may name (a byline, a co-author, an end credit). */
const MAX_LABELLED_PEOPLE = 3;

/**
 * A byline element's byline, else a labelled byline in the text, else a loose author box: an
 * explicit "Von A" or "Autor: A" is stronger evidence than a class that names an author.
 */
function strongest(dom: { text: string; strong: boolean } | null, labelled: () => { text: string; strong: boolean } | null) {
  if (dom?.strong) return dom;
  return labelled() ?? dom;
}

/** Elements carrying a machine-readable publication date, in order of trust. */
export const TIME_SELECTORS = ['time[datetime][pubdate]', '[itemprop="datePublished"][datetime]', '[itemprop="datePublished"][content]', 'article time[datetime]', 'time[datetime]'];
/** TIME_SELECTORS as tests on one element (one list of the page's elements serves them all; test/unit/html-dates.test.ts checks they agree). */
const isTime = (el: Element) => el.localName.toLowerCase() === 'time';
function hasAncestor(el: Element, localName: string): boolean {
  for (let n = el.parentElement; n; n = n.parentElement) if (n.localName.toLowerCase() === localName) return true;
  return false;
}
export const TIME_TESTS: ReadonlyArray<(el: Element) => boolean> = [
  (el) => isTime(el) && el.hasAttribute('datetime') && el.hasAttribute('pubdate'),
  (el) => el.getAttribute('itemprop') === 'datePublished' && el.hasAttribute('datetime'),
  (el) => el.getAttribute('itemprop') === 'datePublished' && el.hasAttribute('content'),
  (el) => isTime(el) && el.hasAttribute('datetime') && hasAncestor(el, 'article'),
  (el) => isTime(el) && el.hasAttribute('datetime'),
];
/** Elements whose text is a publication date, in order of trust. */
export const VISIBLE_DATE_SELECTORS = ['[itemprop="datePublished"]', 'time', '[class*="publish" i]', '[class*="date" i]', '[class*="time" i]', '[class*="submitted" i]', '[class*="meta" i]', '[class*="byline" i]'];
/** Longest text (characters) read as a date line; longer is a paragraph that mentions a date. */
const MAX_DATE_TEXT_CHARS = 80;
/**
 * Elements looked at after the headline (and before it) for the date line of the article's header.
 * A header holds the headline, a kicker, the byline, the date and a share bar: some 10-20 elements
 * in common templates; 40 leaves room for nested wrappers and stops before the comments.
 */
const HEADLINE_DATE_ELEMENTS_AFTER = 40;
const HEADLINE_DATE_ELEMENTS_BEFORE = 12;

/**
 * Containers whose dates belong to something else: comments (each with its own date), lists of
 * related, recommended or popular articles, footers and menus. Sidebars and asides are not in
 * the list: many templates print the article's own date in an "aside.meta" or a sidebar header.
 */
const FOREIGN_DATE_CONTAINERS = {
  tags: new Set(['FOOTER', 'NAV']),
  /** Substrings of a class or id attribute (lower-cased). */
  words: ['comment', 'related', 'recommend', 'popular', 'trending', 'teaser', 'similar', 'reply', 'respond'],
};

function holdsForeignDates(n: Element): boolean {
  if (FOREIGN_DATE_CONTAINERS.tags.has(n.tagName)) return true;
  const names = `${classAttr(n) ?? ''} ${n.getAttribute('id') ?? ''}`.toLowerCase();
  return names.trim() !== '' && FOREIGN_DATE_CONTAINERS.words.some((w) => names.includes(w));
}

/**
 * True inside a comment, a footer or a teaser list below the article's own wrappers: a container
 * that also holds the headline is the article (a template may name its post wrapper "comments-area").
 */
function foreignToArticle(el: Element, headline: Element | null): boolean {
  for (let n: Element | null = el; n && !PAGE_WRAPPERS.has(n.tagName); n = n.parentElement) {
    if (headline && n.contains(headline)) return false;
    if (holdsForeignDates(n)) return true;
  }
  return false;
}

/** Shortest heading text (characters) matched against the title: shorter ones are section labels. */
const MIN_HEADLINE_CHARS = 10;

/** The article's headline element: the heading that reads most like the page's title, else the first <h1> outside comments and sidebars. */
function headlineElement(elements: () => readonly Element[], titles: readonly string[]): Element | null {
  const tagIn = (names: readonly string[]) => elements().filter((el) => names.includes(el.localName.toLowerCase()));
  const fold = (t: string | null | undefined) => (t ?? '').replace(SPACE_RUNS, ' ').trim().toLowerCase();
  const wanted = titles.map(fold).filter(Boolean);
  const titled = tagIn(['h1', 'h2', 'h3']).filter((h) => {
    const t = fold(h.textContent);
    return t.length >= MIN_HEADLINE_CHARS && wanted.some((w) => w.includes(t));
  });
  // The longest match is the headline ("Site: Headline" also contains the site's name heading);
  // among equals the first in page order.
  const best = titled.reduce<Element | null>((b, h) => (!b || fold(h.textContent).length > fold(b.textContent).length ? h : b), null);
  return best ?? tagIn(['h1']).find((h) => fold(h.textContent) && !inForeignContainer(h)) ?? null;
}

/** A short element's date, unless the element only states when the page was updated. */
function dateOfShortText(el: Element, options: DateOptions): string | null {
  const text = clean(el.textContent);
  if (!text || text.length > MAX_DATE_TEXT_CHARS || isUpdateOnly(text, options)) return null;
  return publishedDate(text, options);
}

/** Characters at the start of a paragraph that may hold its dateline ("BERLIN, 12.03.2019 –", "27.1.2022 - Bei …"). */
const DATELINE_CHARS = 32;

/** The date a paragraph opens with, news-agency style, or null. */
function datelineOf(el: Element, options: DateOptions): string | null {
  if (el.tagName !== 'P') return null;
  const head = clean(el.textContent)?.slice(0, DATELINE_CHARS);
  const first = findDates(head, options)[0];
  // The date is followed by a dash, a stop or a parenthesis: a dateline, not a sentence about the date.
  return first && /^\s*\)?\s*[-–—.:]/.test(head!.slice(first.end)) ? first.iso : null;
}

/**
 * VISIBLE_DATE_SELECTORS as tests on one element, in the same order (a DOM engine may compile a
 * selector on every call; these run on every element near the headline). The class tests are
 * case-insensitive substrings, as `[class*="date" i]` (test/unit/html-dates.test.ts checks they agree).
 */
export const VISIBLE_DATE_TESTS: ReadonlyArray<(el: Element) => boolean> = [
  (el) => el.getAttribute('itemprop') === 'datePublished',
  (el) => el.localName.toLowerCase() === 'time',
  ...['publish', 'date', 'time', 'submitted', 'meta', 'byline'].map((word) => (el: Element) => (classAttr(el) ?? '').toLowerCase().includes(word)),
];
/** An element named as a date: <time>, a datePublished item, a class with "date", "time" or "publish" (VISIBLE_DATE_SELECTORS). */
const isDateNamed = (el: Element) => VISIBLE_DATE_TESTS.some((test) => test(el));

/**
 * The date line of the article's header: the nearest short element with a date after the
 * headline, else before it (a blog's date heading over its post title). `named` keeps only
 * elements named like a date.
 */
function headlineDate(all: readonly Element[], headline: Element | null, options: DateOptions, named: boolean): string | null {
  if (!headline) return null;
  const at = all.indexOf(headline);
  if (at < 0) return null;
  const look = (el: Element) => ((named && !isDateNamed(el)) || foreignToArticle(el, headline) ? null : dateOfShortText(el, options) ?? (named ? null : datelineOf(el, options)));
  for (let i = at + 1 + headline.querySelectorAll('*').length; i < Math.min(all.length, at + HEADLINE_DATE_ELEMENTS_AFTER); i++) {
    const date = look(all[i]!);
    if (date) return date;
  }
  for (let i = at - 1; i >= Math.max(0, at - HEADLINE_DATE_ELEMENTS_BEFORE); i--) {
    if (all[i]!.contains(headline)) continue;
    const date = look(all[i]!);
    if (date) return date;
  }
  return null;
}

/**
 * Longest element text (characters) searched for a labelled date: a footer line may hold several
 * ("Letzte Änderung: … Erschienen am: …"); the label must stand right before its date anyway.
 */
const MAX_LABELLED_TEXT_CHARS = 200;
/** Most child elements (line breaks aside) of an element searched for a labelled date: more is a container, searched through its children. */
const MAX_LABELLED_CHILDREN = 3;
/** Child elements that are not line breaks: a footer line of `label: date<br>label: date<br>…` is one short text, not a container. */
const blockChildren = (el: Element) => {
  let n = 0;
  for (const child of el.children) if (child.localName.toLowerCase() !== 'br') n++;
  return n;
};

/** A date with a time of day ("…T03:05:46Z", "…T21:00:00-05:00", "…T13:32:45"). */
const TIMESTAMP = /T\d{2}:\d{2}/;
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

/**
 * A date anywhere on the page with a published label ("Erschienen am: 14.03.2021", "Published
 * on …") in a short element outside comments and teaser lists: the last resort before the address.
 * A page that states only when it was updated ("Stand: 17.01.2021", "last edited …", as wikis and
 * public-service pages do) gets its first such date: the closest to publication the page gives.
 */
function labelledPublishedDate(elements: () => readonly Element[], headline: Element | null, options: DateOptions): string | null {
  // body *: the elements under a <body>, in page order (an element's parent comes before it).
  const inBody = new Set<Element>();
  let updated: string | null = null;
  for (const el of elements()) {
    const parent = el.parentElement;
    if (!parent || (parent.localName.toLowerCase() !== 'body' && !inBody.has(parent))) continue;
    inBody.add(el);
    if (blockChildren(el) > MAX_LABELLED_CHILDREN) continue;
    const text = clean(el.textContent);
    if (!text || text.length > MAX_LABELLED_TEXT_CHARS) continue;
    const dates = labelledDates(text, options);
    const date = dates.find((d) => d.role === 'published');
    if (date && !foreignToArticle(el, headline)) return date.iso;
    if (!updated) {
      const update = dates.find((d) => d.role === 'updated');
      if (update && !foreignToArticle(el, headline)) updated = update.iso;
    }
  }
  return updated;
}

/** A date readers see: in the byline line, in the headline's header, or in a short element named like a date. */
function visibleDate(doc: Document, byline: string | null, headline: Element | null, options: DateOptions, elements: () => readonly Element[]): string | null {
  const fromByline = publishedDate(byline, options);
  if (fromByline) return fromByline;
  // Near the headline: an element named like a date first, then any short line with a date.
  const all = headline ? elements() : [];
  const nearHeadline = headlineDate(all, headline, options, true) ?? headlineDate(all, headline, options, false);
  if (nearHeadline) return nearHeadline;
  // Then each kind of date-named element in the page, in VISIBLE_DATE_SELECTORS order.
  for (const test of VISIBLE_DATE_TESTS) {
    for (const el of elements()) {
      if (!test(el)) continue;
      if (PAGE_WRAPPERS.has(el.tagName) || foreignToArticle(el, headline)) continue;
      const date = dateOfShortText(el, options);
      if (date) return date;
    }
  }
  return null;
}

function canonicalOf(doc: Document): string | null {
  // <link> belongs in <head>: looking there spares a scan of the whole page.
  return (doc.head ?? doc).querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? meta(doc, 'og:url');
}

/** The original address of an archived copy ("https://web.archive.org/web/2019.../http://example.com/a"). */
const ARCHIVED = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(https?:\/\/.+)$/i;

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}

/** @param listed the page's elements (html/page-index.ts), when the caller has listed them already. */
export function readMetadata(doc: Document, pageUrl: string | null, listed?: readonly Element[]): PageMetadata {
  // Every element of the page in document order (the template contents aside, as for a
  // selector), listed once for the readers below that scan the page.
  let all: readonly Element[] | null = listed ?? null;
  const elements = () => (all ??= elementsOf(doc));
  const ld = jsonLdObjects(elements);
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ?? ld.find((o) => typesOf(o).includes('WebPage'));
  const byId = new Map<string, Json>();
  for (const o of ld) if (typeof o['@id'] === 'string' && !byId.has(o['@id'])) byId.set(o['@id'], o);
  const publisher = article?.publisher as Json | undefined;
  const siteName = meta(doc, 'og:site_name', 'application-name') ?? str(publisher?.name) ?? null;
  const canonical = canonicalOf(doc);
  // A blog's owner is often its publisher too ("publisher": {"@type": ["Person", "Organization"]}):
  // a publisher that is a person does not make its name the site's.
  const publisherObj = publisher && typeof publisher['@id'] === 'string' && !publisher.name ? byId.get(publisher['@id']) : publisher;
  const publisherIsPerson = !!publisherObj && typesOf(publisherObj).includes('Person');
  const site: SiteNames = { siteName, publisher: publisherIsPerson ? null : str(publisherObj?.name), host: hostOf(pageUrl ?? canonical) };
  const ldAuthors = names(article?.author ?? article?.creator, byId);
  const metaAuthorRaw = meta(doc, 'author', 'article:author', 'article:author_name', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'citation_author', 'byl', 'cxenseparse:author', 'shareaholic:article_author_name');
  const metaAuthor = (metaAuthorRaw && !/^https?:/.test(metaAuthorRaw) ? metaAuthorRaw : null) ?? labelledMeta(doc);
  const ldPeople = ldAuthors.flatMap((n) => authorNames(n, site));
  const visible = strongest(domByline(elements, site, ldPeople), () => labelledByline(doc, site));
  let byline = visible?.text ?? metaAuthor ?? (ldAuthors.length ? ldAuthors.join(', ') : null);
  // Author candidates that were not people, with the rule that rejected them (for --explain).
  const rejected: Removal[] = [];
  let authors = chooseAuthors(
    ldAuthors.flatMap((n) => authorNames(n, site, rejected)),
    authorNames(visible?.text, site, rejected),
    authorNames(metaAuthor, site, rejected),
    visible?.strong ?? false,
  );
  // Last in the cascade: a "date - name" line under the headline, a name signed under the article.
  if (!authors.length) {
    const signature = headlineLineByline(doc, site) ?? signatureByline(elements, site);
    if (signature) {
      authors = authorNames(signature, site);
      byline ??= signature;
    }
  }

  const titleTag = clean(doc.querySelector('title')?.textContent);
  const titleCandidates = [str(article?.headline), meta(doc, 'og:title', 'twitter:title', 'title', 'dc.title'), titleTag].filter((x): x is string => !!x);

  const langAttr = clean(doc.documentElement.getAttribute('lang')) ?? meta(doc, 'og:locale', 'language', 'content-language') ?? str(article?.inLanguage);
  const lang = langAttr ? canonicalLang(langAttr) : null;

  // Machine-readable dates first, each looked up only when the ones before gave nothing (a
  // <time> in the comments or a teaser list is someone else's); then a date written near the
  // headline (the byline line, the header's date line, an element named like a publication date).
  const dateOptions: DateOptions = { lang };
  const headline = headlineElement(elements, titleCandidates);
  const dateSources: Array<() => string | null> = [
    () => str(article?.datePublished),
    () => meta(doc, 'article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date', 'article.published'),
    ...TIME_TESTS.map((test) => () => {
      const el = elements().find((e) => test(e) && !foreignToArticle(e, headline));
      return el?.getAttribute('datetime') ?? el?.getAttribute('content') ?? null;
    }),
    () => str(article?.dateCreated),
  ];
  let published: string | null = null;
  // Machine-readable values are written by software, whose all-numeric dates are month first
  // ("11/01/2023 12:43:42" on a Swiss page is the 1st of November), whatever the page's language.
  for (const source of dateSources) if ((published = parseDate(source(), { lang: null }))) break;
  // A timestamp may be in UTC or another zone than the page's and fall on the next (or the
  // previous) day of the page's own: the date the page prints, one day off, is the day as the
  // page states it. (Farther apart, the two disagree about which event is meant, and on the
  // benchmarks neither wins more often: the machine-readable one stays.)
  const seen = !published || TIMESTAMP.test(published) ? visibleDate(doc, byline, headline, dateOptions, elements) : null;
  if (published && seen && Math.abs(dayNumber(published) - dayNumber(seen)) === 1) published = seen;
  published ??= seen ?? labelledPublishedDate(elements, headline, dateOptions);
  // The day in the address is written once, when the article first goes out; a metadata
  // timestamp may be in UTC (the next day for an evening story) or reset when the page is
  // republished. When the address names a full day, that day is the publication date.
  const fromUrl = urlDate(pageUrl ?? canonical);
  if (fromUrl && published?.slice(0, 10) !== fromUrl) published = fromUrl;

  let url: string | null = pageUrl;
  if (!url && canonical) {
    try {
      url = new URL(canonical).href;
    } catch {
      url = null;
    }
  }
  return {
    title: titleCandidates[0] ?? null,
    titleCandidates,
    byline,
    authors,
    published,
    siteName,
    host: hostOf(ARCHIVED.exec(pageUrl ?? canonical ?? '')?.[1] ?? pageUrl ?? canonical),
    rejectedAuthors: rejected,
    lang,
    description: meta(doc, 'og:description', 'description', 'twitter:description') ?? str(article?.description),
    image: meta(doc, 'og:image', 'twitter:image', 'twitter:image:src') ?? str(article?.image),
    url,
  };
}
