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
import { splitAuthors } from '../metadata/authors.js';
import type { Removal } from '../model.js';
import { AUTHOR_REJECTS, BYLINE_CUTS, BYLINE_LEAD_IN, CAPS_NAMES_THEN_MIXED, CREDENTIALS, TRAILING_OUTLET } from '../rules/html-byline.js';
import { norm } from './space.js';

/** Letters and digits only, lower case: "Al-Bawaba" and "albawaba" compare equal. */
export const foldName = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** 1. Text of an element with a space between the texts of different nodes ("TUCKER</a>Associated"). */
export function bylineText(el: Element): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.nodeValue ?? '');
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') return;
      for (const c of n.childNodes) walk(c);
    }
  };
  walk(el);
  // A boundary inside a word ("Molly Woo<span>d</span>", a styled last letter) is not a gap:
  // the page shows one word there, so lower-case letters on both sides join without a space.
  let text = '';
  for (const part of parts) text += /\p{Ll}$/u.test(text) && /^\p{Ll}/u.test(part) ? part : ` ${part}`;
  return norm(text).replace(/\s+([,.;:])/g, '$1');
}

/** 2. The names part of a byline. */
export function prepareByline(byline: string): string {
  let s = norm(byline);
  let cut = s.length;
  for (const rule of BYLINE_CUTS) {
    const m = rule.pattern.exec(s);
    // A cut at the very start would leave nothing: that rule does not apply to this byline.
    if (m && m.index > 0 && m.index < cut) cut = m.index;
  }
  s = s.slice(0, cut);
  s = s.replace(BYLINE_LEAD_IN.pattern, (m) => (/^by\s/i.test(m) ? m : ''));
  s = s.replace(TRAILING_OUTLET.pattern, '');
  const caps = CAPS_NAMES_THEN_MIXED.pattern.exec(s);
  if (caps) s = caps[1]!;
  s = s.replace(CREDENTIALS, '');
  return norm(s).replace(/[\s,;:|–—-]+$/, '');
}

export interface SiteNames {
  siteName: string | null;
  publisher: string | null;
  host: string | null;
}

/** True when a candidate is the site or its publisher rather than a person. */
function isSiteName(name: string, site: SiteNames): boolean {
  const f = foldName(name);
  if (!f) return true;
  if (site.siteName && foldName(site.siteName) === f) return true;
  if (site.publisher && foldName(site.publisher) === f) return true;
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
    const rule = isSiteName(n, site) ? 'site-name' : AUTHOR_REJECTS.find((r) => r.test(n))?.id;
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
