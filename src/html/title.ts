/**
 * The visible headline, in order:
 *   1. an <h1> that agrees with the page's metadata title (og:title, JSON-LD headline, <title>,
 *      also without its site name), or whose text after its kicker or before a site suffix does;
 *      failing that, an <h1> inside the navigation that is exactly a metadata title
 *   2. the page's first headline-like <h1> (outside navigation, footers, asides; not the site's
 *      name, not hidden, not a section label) that shares words with the metadata: editors often
 *      write a different SEO title; when the metadata title is only the site's name or a label,
 *      the lone headline-like <h1> wins without shared words
 *   3. an <h2> that is the first metadata title, whole, without its site name, or one of its
 *      segments (blog themes put the site name in the <h1> and the post title in an <h2>)
 *   4. on a page without an <h1>, its first <h2> when it shares a word with the metadata; else
 *      the metadata title without the site name and label segments ("Headline | Site" -> "Headline")
 *   5. a lone <h1>; with no <h1> and a title that only names the site, the first headline-like <h2>
 * Site names come from og:site_name, logo headings (site-title classes, a link to the home page)
 * and the host name; labels from src/rules/html-title.ts.
 */
import { classAttr, elementsOf, withTag } from './page-index.js';
import { GENERIC_LABEL_SET, HIDDEN_HEADING, KICKER_PART, KICKER_TAGS, SITE_HEADING } from '../rules/html-title.js';
import { SPACE_RUNS } from '../space.js';

/** Separators between a headline and the site name in <title> and og:title. */
const SITE_SEPARATORS = /\s+[|–—:·•»~]\s+|\s+-\s+|\s+::\s+|\s+--\s*/;
const SEPARATOR_AT_START = new RegExp(`^(?:${SITE_SEPARATORS.source})`);
/** A title's part before the headline ends at a separator, or at a colon ("Site: Headline"). */
const SEPARATOR_AT_END = new RegExp(`(?:${SITE_SEPARATORS.source}|:\\s+)$`);
/** Shortest headline part (words) kept when a title is cut at a separator. */
const MIN_HEADLINE_WORDS = 3;
/**
 * Shortest visible <h1> (words) trusted over the metadata title in step 2: section labels
 * ("Opinion", "Latest news") and logos are one or two words; headlines are longer.
 */
const MIN_H1_WORDS = 3;
/** The same limit in characters, for scripts written without spaces (Chinese, Japanese). */
const MIN_H1_CHARS = 12;
/** Longest <h1> (characters) read as a headline; longer is a paragraph styled as a heading. */
const MAX_H1_CHARS = 300;
/** Shortest word (letters) counted when an <h1> and the metadata are compared in step 2. */
const MIN_SHARED_WORD_CHARS = 4;
/**
 * Words an <h1> must share with the metadata in step 2: one shared word lets a section label
 * ("Latest news from Ohio") beat an "Ohio man ..." title; every aeb headline taken here shares 2+.
 */
const MIN_SHARED_WORDS = 2;
/** Longest kicker (words) split off a heading's start: topic lines are short. */
const MAX_KICKER_WORDS = 10;
/** Shortest site name (characters) cut from a title's end without a separator: a short name ends headlines by chance. */
const MIN_GLUED_SITE_CHARS = 12;
/** Longest title segment (words) read as the host name with a word added ("DimidoBlog", "Muffin Rezepte"). */
const MAX_HOST_SEGMENT_WORDS = 3;
/** Most letters a segment may add to the host name ("blog", "de", "news") and still name the site. */
const MAX_HOST_SUFFIX_CHARS = 4;
/** Shortest host name part (characters) compared with a title segment: shorter names match by chance. */
const MIN_HOST_LABEL_CHARS = 4;

/** Soft hyphens, zero-width spaces and joiners: invisible, but they break word comparison. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const fold = (s: string) => s.normalize('NFKC').replace(INVISIBLE, '').toLowerCase().replace(/[‘’']/g, "'").replace(/[“”"„«»]/g, '"').replace(/[‐-―]/g, '-').replace(SPACE_RUNS, ' ').trim();
/** Letters and digits only: "Time 4 talks" and "time4talks.com" meet as "time4talks". */
const compact = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, '');
/** Folded words separated by single spaces, punctuation dropped. */
const wordsOf = (s: string) => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const space = (s: string) => s.replace(INVISIBLE, '').replace(SPACE_RUNS, ' ').trim();

/** A heading as the title step sees it. */
export interface HeadingCandidate {
  text: string;
  /** Inside navigation, a footer, an aside, or a link to the home page: never the headline. */
  outside: boolean;
  /** The site's name (a logo heading, or one that only links to the home page): names the site, never the headline. */
  site?: boolean;
  /** Hidden from view (screen-reader text): never the headline. */
  hidden?: boolean;
  /** The heading after a kicker element at its start ("<span class=kicker>Topic</span> Headline"), when it has one. */
  afterKicker?: string;
  /** Whether that first element is marked as a kicker (class, <small>, <time>), not only separate. */
  markedKicker?: boolean;
}

/** What the title step knows about the site, to recognise its name in title segments. */
export interface SiteHints {
  siteName?: string | null;
  /** The page's host ("www.example.com"). */
  host?: string | null;
  /** <h2> headings (first ones), for step 3. */
  h2s?: readonly HeadingCandidate[];
}

// ---- reading headings from the page --------------------------------------------------------------

/** Where a heading is site furniture rather than the article's headline. */
const OUTSIDE_ARTICLE = 'nav, footer, aside, [role="navigation"], [role="banner"], a[href="/"]';
/** Elements whose text is never shown. */
const NOT_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

const classOf = (el: Element) => `${classAttr(el) ?? ''} ${el.getAttribute('id') ?? ''}`;
const matches = (el: Element, rules: readonly { pattern: RegExp }[]) => rules.some((r) => r.pattern.test(classOf(el)));

/** Visible text of a node: <br> and block boundaries become spaces, scripts and styles are skipped. */
function textOf(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.textContent ?? '';
    else if (n.nodeType === 1) {
      const el = n as Element;
      if (NOT_TEXT.has(el.tagName)) return;
      if (el.tagName === 'BR') {
        out += ' ';
        return;
      }
      for (const c of el.childNodes) walk(c);
    }
  };
  walk(node);
  return space(out);
}

/** Whether an ancestor up to (not including) <body> is marked with a class like `rules`. */
function ancestorMarked(el: Element, rules: readonly { pattern: RegExp }[]): boolean {
  for (let e: Element | null = el; e && e.tagName !== 'BODY' && e.tagName !== 'HTML'; e = e.parentElement) {
    if (matches(e, rules)) return true;
  }
  return false;
}

/** A logo: class "logo" on the heading or a wrapper (not on <body>, where themes set "wp-custom-logo"). */
const LOGO = [{ pattern: /logo/i }];

/** An address of a site's home page: path "/" (or "/index.html", a language root "/de/") and no query ("https://example.com/", an archived copy of one). */
function isHomeLink(href: string | null): boolean {
  if (href === null) return false;
  const h = href.trim().replace(/^https?:\/\/web\.archive\.org\/web\/[^/]+\//i, '');
  const root = (path: string) => /^\/?(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?(?:index\.(?:html?|php))?$/i.test(path);
  if (h === './' || (h.startsWith('/') && !h.startsWith('//') && root(h))) return true;
  try {
    const u = new URL(h);
    return root(u.pathname) && !u.search;
  } catch {
    return false;
  }
}

/** The heading without a kicker element at its start, and whether that element is marked as one. */
function splitKicker(h: Element): { rest: string; marked: boolean } | null {
  // Descend through single wrappers (<h1><span class="title"><small>…</small><br>…</span></h1>).
  let box: Element = h;
  for (;;) {
    const kids = [...box.childNodes].filter((n) => n.nodeType === 1 ? !NOT_TEXT.has((n as Element).tagName) : (n.textContent ?? '').trim() !== '');
    if (kids.length === 1 && kids[0]!.nodeType === 1) box = kids[0] as Element;
    else break;
  }
  const nodes = [...box.childNodes].filter((n) => (n.nodeType === 1 ? !NOT_TEXT.has((n as Element).tagName) : (n.textContent ?? '').trim() !== ''));
  const first = nodes[0];
  if (!first || first.nodeType !== 1 || nodes.length < 2) return null;
  const el = first as Element;
  const kicker = textOf(el);
  if (!kicker || kicker.split(' ').length > MAX_KICKER_WORDS) return null;
  const restNodes = nodes.slice(1);
  const rest = space(restNodes.map(textOf).join(' ')).replace(/^[:|–—·•-]\s*/, '').trim();
  if (!rest) return null;
  const next = restNodes[0]!;
  // A kicker is shorter than the headline under it (a template may put the headline first and style it "subheadline").
  const marked = kicker.split(' ').length <= rest.split(' ').length && (KICKER_TAGS.has(el.tagName.toLowerCase()) || matches(el, KICKER_PART) || (next.nodeType === 1 && (next as Element).tagName === 'BR'));
  return { rest, marked };
}

/** One heading element as a title candidate. */
export function readHeading(h: Element): HeadingCandidate | null {
  const text = textOf(h);
  if (!text) return null;
  const out: HeadingCandidate = { text, outside: !!h.closest(OUTSIDE_ARTICLE) || ancestorMarked(h, LOGO) };
  const links = [...h.querySelectorAll('a')];
  const homeLink = links.length === 1 && textOf(links[0]!) === text && (isHomeLink(links[0]!.getAttribute('href')) || /\bhome\b/i.test(links[0]!.getAttribute('rel') ?? ''));
  if (homeLink || h.querySelector('[class*="logo" i]') || matches(h, SITE_HEADING) || (h.parentElement && h.parentElement.tagName !== 'BODY' && matches(h.parentElement, SITE_HEADING))) out.site = true;
  if (h.hasAttribute('hidden') || h.getAttribute('aria-hidden') === 'true' || ancestorMarked(h, HIDDEN_HEADING)) out.hidden = true;
  const split = splitKicker(h);
  if (split) {
    out.afterKicker = split.rest;
    out.markedKicker = split.marked;
  }
  return out;
}

/** The page's headings of one level, in document order. */
export function readHeadings(doc: Document, tag: 'h1' | 'h2', all: readonly Element[] = elementsOf(doc)): HeadingCandidate[] {
  const out: HeadingCandidate[] = [];
  for (const h of withTag(all, tag)) {
    const c = readHeading(h);
    if (c) out.push(c);
  }
  return out;
}

// ---- site names and labels in titles -------------------------------------------------------------

/** Whether a title segment is a section or navigation label ("Blog Archive", "News", "detail"). */
export function isGenericLabel(s: string): boolean {
  return GENERIC_LABEL_SET.has(fold(s).replace(/[.:!]+$/, ''));
}

/** The names a site goes by, from og:site_name, the host name and logo headings. */
function siteNamesOf(siteName: string | null, host: string | null | undefined, logos: readonly string[]): { names: string[]; hostLabels: string[] } {
  const names = [siteName, ...logos].filter((s): s is string => !!s && fold(s).length > 1);
  const hostLabels = (host ?? '').toLowerCase().replace(/^www\d?\./, '').split('.').slice(0, -1).map(compact).filter((l) => l.length >= MIN_HOST_LABEL_CHARS);
  return { names, hostLabels };
}

/** Whether a title segment names the site. */
function isSiteSegment(segment: string, site: { names: string[]; hostLabels: string[] }): boolean {
  const f = wordsOf(segment);
  if (!f) return false;
  const n = f.split(' ').length;
  for (const name of site.names) {
    const s = wordsOf(name);
    if (!s) continue;
    // The name itself, a part of it ("Spektrum" of "Spektrum der Wissenschaft"), or the name with
    // one word more ("Blog Harbour Gazette"); a headline that mentions the name is longer.
    if (f === s || (f.length >= MIN_HOST_LABEL_CHARS && ` ${s} `.includes(` ${f} `)) || (n <= s.split(' ').length + 1 && ` ${f} `.includes(` ${s} `))) return true;
  }
  const c = compact(segment);
  if (c.length < MIN_HOST_LABEL_CHARS) return false;
  // "Disfunctions.de" / "disfunctions.de", "Time 4 talks" / "time4talks.com", "DimidoBlog" / "dimido.de".
  // A short segment only: "Spiegel-Affäre: was geschah" starts with "spiegel" but is a headline.
  const short = n <= MAX_HOST_SEGMENT_WORDS;
  return site.hostLabels.some((l) => c === l || (short && c.startsWith(l) && c.length - l.length <= MAX_HOST_SUFFIX_CHARS) || (l.startsWith(c) && c.length >= l.length - 2) || c === compact(site.hostLabels.join('')));
}

/**
 * Removes site-name and label segments from "Headline | Site", "Site » Blog Archive » Headline".
 * `siteName` is a name or a list of what the site is called; `host` the page's host name.
 */
export function stripSiteName(title: string, siteName: string | null | readonly string[], host: string | null = null): string {
  const given = typeof siteName === 'string' ? [siteName] : (siteName ?? []);
  const site = siteNamesOf(null, host, given);
  let out = cutSegments(title, site);
  // "Site: Headline" (a colon is a separator only when the part before it names the site).
  const colon = /^([^:]{2,60}):\s+(\S.*)$/u.exec(out);
  if (colon && isSiteSegment(colon[1]!, site) && colon[2]!.split(/\s+/).length >= 2) out = colon[2]!;
  // A site name glued to the headline's end by broken markup ("Truckwash A31Das etwas andere Branchenbuch").
  for (const name of given) {
    const n = space(name);
    if (n.length >= MIN_GLUED_SITE_CHARS && out.length > n.length + 3 && fold(out).endsWith(fold(n))) {
      out = out.slice(0, out.length - n.length).replace(/[\s|–—:·•»~-]+$/u, '').trim();
      break;
    }
  }
  return out;
}

function cutSegments(title: string, site: { names: string[]; hostLabels: string[] }): string {
  const parts = title.split(SITE_SEPARATORS);
  if (parts.length < 2) return title.trim();
  const flagged = parts.map((p) => isSiteSegment(p, site) || isGenericLabel(p));
  let start = 0;
  let end = parts.length;
  while (start < end && flagged[start]) start++;
  while (end > start && flagged[end - 1]) end--;
  if (start < end && (start > 0 || end < parts.length)) return sliceParts(title, parts, start, end);
  if (start >= end) return title.trim();
  // No site name to match: drop the last part when it is short (a site name) and the rest is a headline.
  const last = parts[parts.length - 1]!;
  const head = title.slice(0, title.lastIndexOf(last)).replace(/\s*(?:[|–—:·•»~-]|::|--)\s*$/, '');
  if (last.split(/\s+/).length <= 4 && head.split(/\s+/).length >= MIN_HEADLINE_WORDS) return head.trim();
  return title.trim();
}

/** The original text of parts [start, end) of `title` split at separators (the separators inside kept as written). */
function sliceParts(title: string, parts: readonly string[], start: number, end: number): string {
  let from = 0;
  const spans: Array<[number, number]> = [];
  for (const p of parts) {
    const at = title.indexOf(p, from);
    spans.push([at, at + p.length]);
    from = at + p.length;
  }
  return title.slice(spans[start]![0], spans[end - 1]![1]).trim();
}

// ---- choosing ------------------------------------------------------------------------------------

/** Words long enough to count as shared (MIN_SHARED_WORD_CHARS letters or digits). */
const SHARED_WORD = new RegExp(`[\\p{L}\\p{N}]{${MIN_SHARED_WORD_CHARS},}`, 'gu');
const words = (s: string) => new Set(fold(s).match(SHARED_WORD) ?? []);

const usable = (h: HeadingCandidate) => !h.outside && !h.site && !h.hidden;

/** The heading's text as the headline: without a marked kicker. */
const headlineText = (h: HeadingCandidate) => (h.markedKicker && h.afterKicker ? h.afterKicker : h.text);

function headlineLike(t: string, siteName: string | null, minWords = MIN_H1_WORDS): boolean {
  if (t.length > MAX_H1_CHARS) return false;
  if (siteName && fold(t) === fold(siteName)) return false;
  if (isGenericLabel(t)) return false;
  const n = t.split(/\s+/).length;
  return n >= minWords || (n === 1 && t.length >= MIN_H1_CHARS && !/[a-z]/i.test(t));
}

/** Whether heading text `h` agrees with one of the folded metadata titles (whole, or cut at a separator). */
function agrees(h: string, folded: readonly string[]): boolean {
  const f = fold(h);
  if (f.length <= 3 || isGenericLabel(h)) return false;
  // A short part must be cut off by a separator ("About bugs – Site"), not just end the title
  // ("Reviews" ends "Diet X - lose 10 kg. Reviews").
  const long = f.split(' ').length >= MIN_H1_WORDS;
  const starts = (c: string) => c.startsWith(f) && (long || SEPARATOR_AT_START.test(c.slice(f.length)));
  const ends = (c: string) => c.endsWith(f) && (long || SEPARATOR_AT_END.test(c.slice(0, -f.length)));
  return folded.some((c) => c === f || starts(c) || ends(c) || (f.length > 20 && c.includes(f)));
}

export function pickTitle(h1s: readonly HeadingCandidate[], candidates: readonly string[], siteName: string | null, description: string | null = null, hints: SiteHints = {}): string | null {
  const folded = candidates.map(fold);
  const logos = h1s.filter((h) => h.site && !h.hidden).map((h) => h.text);
  const names = [siteName ?? hints.siteName ?? null, ...logos].filter((s): s is string => !!s);
  const site = siteNamesOf(null, hints.host, names);
  // The metadata titles without site names and labels.
  const stripped = candidates.map((c) => stripSiteName(c, names, hints.host ?? null));
  const exact = new Set([...folded, ...stripped.map(fold)].filter((t) => t.length > 3 && !isGenericLabel(t)));
  const generic = candidates.length === 0 || candidates.every((c) => isSiteSegment(c, site) || isGenericLabel(c) || c.split(SITE_SEPARATORS).every((p) => isSiteSegment(p, site) || isGenericLabel(p)));
  // 1. An <h1> that is (part of) a metadata title is the visible headline; so is an <h1>'s text
  //    after a kicker, or before a site name, when the metadata title is that text.
  for (const h of h1s) {
    if (!usable(h) || isSiteSegment(h.text, { names, hostLabels: [] })) continue;
    if (exact.has(fold(h.text))) return h.text;
    if (h.afterKicker && exact.has(fold(h.afterKicker))) return h.afterKicker;
    if (h.afterKicker && h.afterKicker.split(' ').length >= MIN_H1_WORDS && agrees(h.afterKicker, folded)) return h.afterKicker;
    if (agrees(h.text, folded)) return headlineText(h);
    const head = h.text.split(SITE_SEPARATORS)[0]!;
    if (head !== h.text && head.split(' ').length >= MIN_H1_WORDS && folded.includes(fold(head))) return head;
  }
  // An <h1> placed inside the navigation (a breadcrumb bar) that is exactly a metadata title.
  const navH1 = h1s.find((h) => h.outside && !h.site && !h.hidden && h.text.split(' ').length >= MIN_H1_WORDS && folded.includes(fold(h.text)) && !isSiteSegment(h.text, site));
  if (navH1) return navH1.text;
  // 2. The first headline-like <h1> that shares words with the metadata title or description.
  const meta = words([...candidates, description ?? ''].join(' '));
  const visible = h1s.find((h) => usable(h) && headlineLike(headlineText(h), siteName));
  if (visible) {
    const text = headlineText(visible);
    const own = [...words(text)];
    if (own.length > 0 && own.filter((w) => meta.has(w)).length >= Math.min(MIN_SHARED_WORDS, own.length)) return text;
    // The metadata title names only the site (a shop's or firm's <title> on every page): the
    // page's one headline-like <h1> is the headline.
    if (generic && h1s.filter((h) => usable(h) && headlineLike(headlineText(h), siteName)).length === 1) return text;
  }
  // 3. An <h2> that is the first metadata title: whole, without its site name, or one of its
  //    segments that is neither the site's name nor a label ("Villa Sol - Holiday home in Florida").
  const first = stripped[0];
  const h2s = (hints.h2s ?? []).filter((h) => usable(h) && !isGenericLabel(h.text) && !isSiteSegment(h.text, site));
  if (candidates[0]) {
    const titles = new Set([folded[0]!, fold(first!), ...candidates[0].split(SITE_SEPARATORS).map(fold)].filter((t) => t.length > 3));
    for (const h of h2s) {
      if (titles.has(fold(h.text))) return h.text;
      if (h.afterKicker && titles.has(fold(h.afterKicker))) return h.afterKicker;
    }
  }
  // 4. The first metadata title without its site name; on a page without a usable <h1>, its first
  //    <h2> when that shares a word with the title (the page's own heading: "Bootsdienst
  //    Ausbildung" under "Feuerwehr Oldenburg - Ausbildung").
  const noH1 = !h1s.some((h) => !h.site && !h.hidden && !isGenericLabel(h.text));
  const firstH2 = h2s[0];
  if (noH1 && firstH2 && headlineLike(headlineText(firstH2), siteName, 2) && [...words(firstH2.text)].some((w) => meta.has(w))) return headlineText(firstH2);
  if (first && !generic) return first;
  // 5. A lone <h1>; with no <h1> and a metadata title that only names the site, the first headline-like <h2>.
  const lone = h1s.filter(usable);
  if (lone.length === 1) return headlineText(lone[0]!);
  if (lone.length === 0) {
    const h2 = h2s.find((h) => headlineLike(headlineText(h), siteName));
    if (h2) return headlineText(h2);
  }
  if (first) return first;
  return h1s.length === 1 ? h1s[0]!.text : null;
}
