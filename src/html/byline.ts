/**
 * Authors on the HTML path: the byline element's text read with the gaps between elements kept,
 * the names part of it cut out (rules/html-byline.ts), split by the shared splitter, and the
 * candidates that are not people (the site itself, a handle, "The ...") rejected.
 *
 *   1. bylineText:      an element's text with a space at every element boundary
 *   2. prepareByline:   lead-ins, dates, times, outlets and credentials cut away
 *   3. authorNames:     split, then AUTHOR_REJECTS and the site's own names removed
 *   4. chooseAuthors:   JSON-LD, the visible byline and meta tags compared
 */
import { isOutletOrTitle, splitAuthors } from '../metadata/authors.js';
import { JOB_TITLE_PATTERN, NAME_PARTICLES } from '../rules/byline.js';
import type { Removal } from '../model.js';
import { BYLINE_LABEL_ALONE, DATA_SHEET_FIELD, INNER_BYLINE_LABEL, LEADING_BYLINE_LABEL } from '../rules/byline-labels.js';
import { AUTHOR_REJECTS, BYLINE_CUTS, BYLINE_LEAD_IN, CAPS_NAMES_THEN_MIXED, CREDENTIALS, LABELLED_BYLINE_SKIP, MAX_LABELLED_BYLINE_CHARS, PUBLICATION_WORD, TRAILING_OUTLET, TRAILING_WEEKDAY_ABBREVIATION } from '../rules/html-byline.js';
import { norm } from '../space.js';
import { firstMatch, matches, replaceFirst } from '../rules/case-fold.js';

/** Letters and digits only, lower case: "Al-Bawaba" and "albawaba" compare equal. */
export const foldName = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** 1. Text of an element with a space between the texts of different nodes ("TUCKER</a>Associated"). */
export function bylineText(el: Element): string {
  const parts: string[] = [];
  // Neighbouring text nodes are one text: linkedom splits a text at each character reference
  // ("J&ouml;rg" gives "J", "ö", "rg"), which is no gap on the page.
  let textRun = false;
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      if (textRun) parts[parts.length - 1] += n.nodeValue ?? '';
      else parts.push(n.nodeValue ?? '');
      textRun = true;
    } else if (n.nodeType === 1) {
      textRun = false;
      const tag = (n as Element).tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') return;
      for (const c of n.childNodes) walk(c);
      textRun = false;
    }
  };
  walk(el);
  // A boundary inside a word ("Molly Woo<span>d</span>", a styled last letter) is not a gap:
  // the page shows one word there, so lower-case letters on both sides join without a space.
  let text = '';
  for (const part of parts) text += /\p{Ll}$/u.test(text) && /^\p{Ll}/u.test(part) ? part : ` ${part}`;
  // Soft hyphens ("Mat&shy;thi&shy;as") are invisible break hints, not part of the name.
  return norm(text.replace(/\u00ad/g, '')).replace(/\s+([,.;:])/g, '$1');
}

/**
 * 2a. A byline label after other words ("Posted on March 3, 2021 by A", "yas! | By A",
 * "Datum: 19.11.2021 Autor: A"): the names follow it, when the words before it name nobody.
 */
function afterInnerLabel(s: string): string {
  const m = INNER_BYLINE_LABEL.exec(s);
  if (!m || m.index === 0) return s;
  const before = s.slice(0, m.index);
  // After a capitalised word the label is a name particle ("Christoph von Ritter"), not a label.
  if (/\p{Lu}[\p{L}'’.-]*$/u.test(before)) return s;
  return splitAuthors(before).length ? s : s.slice(m.index + m[0].length);
}

/**
 * The place after the outlet ("By A, BBC News, New York"): a dateline, not a third name. A part
 * after the outlet that opens with "and" is a co-author ("A, CNN, and B") and stays.
 */
function dropDateline(s: string): string {
  const parts = s.split(',');
  for (let i = 1; i < parts.length - 1; i++) {
    if (isOutletOrTitle(parts[i]!.trim()) && !JOB_TITLE_PATTERN.test(parts[i]!) && !/^\s*(?:and|&|und|et|y|e|en|i|oraz)\s/i.test(parts[i + 1]!)) return parts.slice(0, i + 1).join(',');
  }
  return s;
}

/** Two or three capitals that are the initials of the two words after them ("LH Lena Hartmann"). */
const AVATAR_INITIALS = /(?<!\S)(\p{Lu})\p{Lu}?(\p{Lu})\s+(?=\1[\p{Ll}'’-]+(?:\s+\S+)?\s+\2\p{Ll})/gu;

/** 2. The names part of a byline. */
export function prepareByline(byline: string): string {
  // The multilingual patterns match through their folded forms (rules/case-fold.ts: the same matches, compiled without Unicode case closure).
  let s = replaceFirst(norm(byline.replace(/\u00ad/g, '')), LEADING_BYLINE_LABEL, (m) => (/^by\s/i.test(m) ? m : ''));
  s = afterInnerLabel(s);
  // Avatar initials before each name ("AB Anna Berg TK Tom Kurz"): the letters of the name after them.
  s = s.replace(AVATAR_INITIALS, (_m, _a, _b, at: number) => (at === 0 ? '' : ', ')).replace(/\s+,/g, ',');
  let cut = s.length;
  for (const rule of BYLINE_CUTS) {
    const at = firstMatch(rule.pattern, s)?.[0];
    // A cut at the very start would leave nothing: that rule does not apply to this byline.
    if (at !== undefined && at > 0 && at < cut) cut = at;
  }
  s = s.slice(0, cut);
  if (cut < norm(byline).length) s = replaceFirst(s, TRAILING_WEEKDAY_ABBREVIATION.pattern, () => '');
  s = replaceFirst(s, BYLINE_LEAD_IN.pattern, (m) => (/^by\s/i.test(m) ? m : ''));
  s = s.replace(TRAILING_OUTLET.pattern, '');
  const caps = CAPS_NAMES_THEN_MIXED.pattern.exec(s);
  if (caps) s = caps[1]!;
  s = s.replace(CREDENTIALS, '');
  s = dropDateline(s);
  return norm(s).replace(/[\s,;:|–—-]+$/, '');
}

export interface SiteNames {
  siteName: string | null;
  publisher: string | null;
  host: string | null;
}

/** True when a candidate is the site or its publisher rather than a person. */
function isSiteName(name: string, site: SiteNames, raw = name): boolean {
  const f = foldName(name);
  if (!f) return true;
  if (site.siteName && foldName(site.siteName) === f) return true;
  if (site.publisher && foldName(site.publisher) === f) return true;
  // A person's own domain ("annasmith.de") names its author: the host rejects only a one-word
  // candidate ("LinkNaija") or a publication ("Badische Zeitung" on badische-zeitung.de).
  // A name the page wrote as one word ("LinkNaija", split by the unglue step) is a handle.
  if (/\s/.test(name.trim()) && raw.toLowerCase().includes(name.toLowerCase()) && !matches(PUBLICATION_WORD, name)) return false;
  const labels = (site.host ?? '').toLowerCase().replace(/^www\./, '').split('.');
  return labels.length > 1 && labels.slice(0, -1).some((l) => l.replace(/[^a-z0-9]/g, '') === f);
}

/** 3. Person names from one raw byline or author string. */
export function authorNames(raw: string | null | undefined, site: SiteNames, rejected?: Removal[]): string[] {
  if (!raw) return [];
  let names = prepareByline(raw);
  // The site credited after the names without a comma ("A B Florida Today").
  for (const siteName of [site.siteName, site.publisher]) {
    if (siteName && siteName.length >= 3 && names.toLowerCase().endsWith(' ' + siteName.toLowerCase())) names = names.slice(0, -siteName.length).trim();
  }
  return splitAuthors(names).filter((n) => {
    const rule = isSiteName(n, site, raw) ? 'site-name' : AUTHOR_REJECTS.find((r) => r.test(n))?.id;
    if (rule) rejected?.push({ stage: 'metadata', rule: `author-${rule}`, text: n });
    return !rule;
  });
}

/**
 * 4. The author list: JSON-LD names, unless the visible byline names them all and more, or (when
 * it is a byline element, not any "author" box) names other people entirely: the JSON-LD author
 * is then often the account that posted the article (WordPress/Yoast), not its credited writer.
 */
export function chooseAuthors(ld: readonly string[], dom: readonly string[], meta: readonly string[], domIsByline = false): string[] {
  const has = (list: readonly string[], n: string) => list.some((x) => foldName(x) === foldName(n));
  if (ld.length) {
    if (dom.length > ld.length && ld.every((n) => has(dom, n))) return [...dom];
    if (domIsByline && dom.length && !dom.some((n) => has(ld, n))) return [...dom];
    return [...ld];
  }
  return dom.length ? [...dom] : [...meta];
}

/** Elements that end a labelled value: the next line or block starts there. */
const BLOCK_TAGS = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'ASIDE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGURE', 'HR']);

/** Elements inside a line of text; any other element (a block, or a custom one like <byline>) starts a line. */
const INLINE_TAGS = new Set(['A', 'SPAN', 'EM', 'STRONG', 'B', 'I', 'U', 'S', 'SMALL', 'FONT', 'MARK', 'CITE', 'ABBR', 'SUB', 'SUP', 'TIME', 'LABEL', 'Q', 'BDI', 'BDO']);

/** Text of one node, with the gaps between elements kept (step 1). */
const nodeText = (n: Node): string => (n.nodeType === 3 ? (n.nodeValue ?? '') : n.nodeType === 1 ? bylineText(n as Element) : '');

/**
 * The text after `anchor` among its siblings: up to a line break or the next label once some
 * text was read, and through at most one block element (the value of "<h4>Autor</h4><p>A</p>").
 */
function followingText(anchor: Node): string {
  let text = '';
  for (let n = anchor.nextSibling; n; n = n.nextSibling) {
    const el = n.nodeType === 1 ? (n as Element) : null;
    const has = norm(text) !== '';
    if (el?.tagName === 'BR' || el?.tagName === 'HR') {
      if (has) break;
      continue;
    }
    const t = nodeText(n);
    if (el && BYLINE_LABEL_ALONE.test(norm(t))) break;
    if (el && BLOCK_TAGS.has(el.tagName) && has) break;
    // Text nodes join as they are (linkedom splits a text at character references); elements get a gap.
    text += el ? ` ${t} ` : t;
    if (el && BLOCK_TAGS.has(el.tagName) && norm(text)) break;
  }
  return text;
}

/**
 * True when text node `t` opens a line: nothing but empty nodes before it up to the start of its
 * block element or a line break. A label in the middle of a sentence ("a guide by <a>A</a>")
 * credits someone else.
 */
function opensLine(t: Node): boolean {
  for (let n: Node | null = t; n && (n.nodeType !== 1 || INLINE_TAGS.has((n as Element).tagName)); n = n.parentNode) {
    for (let p = n.previousSibling; p; p = p.previousSibling) {
      if (p.nodeType === 1 && (p as Element).tagName === 'BR') return true;
      if (norm(p.textContent)) return false;
    }
  }
  return true;
}

/**
 * True when text node `t` sits in a data sheet: its line, or the line before or after it, holds a
 * field like "Verlag:" or "ISBN" (a book review's "Autorin: A" names the book's author).
 */
function inDataSheet(t: Node): boolean {
  let block: Element | null = t.parentElement;
  while (block && INLINE_TAGS.has(block.tagName)) block = block.parentElement;
  if (!block) return false;
  const lines = [block.previousElementSibling, block, block.nextElementSibling];
  return lines.some((el) => !!el && (el.textContent ?? '').length <= DATA_SHEET_LINE_CHARS * 4 && DATA_SHEET_FIELD.test(el.textContent ?? ''));
}

/** Longest line (characters) of a data sheet; the test reads up to four of them in one element. */
const DATA_SHEET_LINE_CHARS = 150;

/** The value of a label found in text node `t` (`rest` is what follows the label in it). */
function labelValue(t: Node, rest: string, stop: Element): string {
  let text = rest;
  let anchor: Node = t;
  // A label alone in its element ("<b>Von:</b> A", "<h4>Autor</h4><p>A</p>"): its value follows the element.
  for (let level = 0; level < 3; level++) {
    text += followingText(anchor);
    if (norm(text)) break;
    const parent = anchor.parentElement;
    if (!parent || parent === stop || norm(parent.textContent) !== norm(nodeText(anchor))) break;
    anchor = parent;
  }
  return norm(text.replace(/\u00ad/g, ''));
}

/** Most lower-case words (besides connectors and name particles) a labelled byline's names part may hold. */
const MAX_LABELLED_LOWER_WORDS = 2;
const CONNECTORS = new Set(['und', 'and', 'et', 'y', 'e', 'i', 'en', 'oraz', 'or', 'u', 'am', 'le', 'el', 'on']);

/**
 * True when the text after a label goes on as a sentence ("Von Anna Berg habe ich gelernt, dass …",
 * "Von X mit Y zur Z nach W"): a byline is names, then perhaps a date, a time or an outlet.
 */
function readsAsProse(value: string): boolean {
  const words = prepareByline(value).split(/\s+/);
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !CONNECTORS.has(w) && !NAME_PARTICLES.has(w));
  return lower.length > MAX_LABELLED_LOWER_WORDS;
}

/**
 * Bylines written as a label and the names in running page text, not in an element named like a
 * byline: "Von A", "<b>Text:</b> A", "Autor: A", "Written by: <a>A</a>", "<h4>Autor</h4><p>A</p>",
 * in document order. Each is returned as "label + value" text for authorNames; `skip` rejects a
 * text node's element (comments, sidebars). Text inside links and headlines is not read.
 */
export function* labelledBylines(root: Element, skip: (el: Element) => boolean): Generator<string> {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    // A label starts a run of text nodes, never continues one (linkedom splits texts at references).
    if (t.previousSibling?.nodeType === 3) continue;
    // A separator before the label belongs to the line before ("yas! | By A").
    const v = norm(t.nodeValue).replace(/^[|•·–—]\s*/, '');
    if (!v || v.length > MAX_LABELLED_BYLINE_CHARS) continue;
    const alone = BYLINE_LABEL_ALONE.test(v);
    const lead = alone ? null : LEADING_BYLINE_LABEL.exec(v);
    if (!alone && !lead) continue;
    const el = t.parentElement;
    // After a separator the label opens a field of its own, wherever it stands in the line.
    const afterSeparator = v !== norm(t.nodeValue);
    if (!el || el.closest(LABELLED_BYLINE_SKIP) || !(afterSeparator || opensLine(t)) || skip(el) || inDataSheet(t)) continue;
    const value = labelValue(t, alone ? '' : v.slice(lead![0].length), root);
    if (readsAsProse(value)) continue;
    // A label word that needs its colon gets it back ("Autor" alone -> "Autor: A").
    const label = alone ? (LEADING_BYLINE_LABEL.test(`${v} A`) ? v : `${v.replace(/:$/, '')}:`) : lead![0].trim();
    if (value && value.length <= MAX_LABELLED_BYLINE_CHARS) yield `${label} ${value}`;
  }
}
