/**
 * The visible headline, in order:
 *   1. an <h1> that agrees with the page's metadata title (og:title, JSON-LD headline, <title>)
 *   2. the page's first headline-like <h1> (outside navigation, footers, asides; not the site's
 *      name) that shares a word with the metadata: editors often write a different SEO title
 *   3. the metadata title with the site name cut off ("Headline | Site" -> "Headline")
 *   4. a lone <h1>
 */

/** Separators between a headline and the site name in <title> and og:title. */
const SITE_SEPARATORS = /\s+[|–—:·•»]\s+|\s+-\s+|\s+::\s+/;
const SEPARATOR_AT_START = new RegExp(`^(?:${SITE_SEPARATORS.source})`);
const SEPARATOR_AT_END = new RegExp(`(?:${SITE_SEPARATORS.source})$`);
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

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[‘’']/g, "'").replace(/[“”"]/g, '"').replace(/\s+/g, ' ').trim();

/** An <h1> as the title step sees it. */
export interface HeadingCandidate {
  text: string;
  /** Inside navigation, a footer, an aside, or a link to the home page: never the headline. */
  outside: boolean;
}

/** Removes a site-name part from "Headline | Site" or "Site - Headline". */
export function stripSiteName(title: string, siteName: string | null): string {
  const parts = title.split(SITE_SEPARATORS);
  if (parts.length < 2) return title.trim();
  if (siteName) {
    const site = fold(siteName);
    const kept = parts.filter((p) => fold(p) !== site && !site.includes(fold(p)) && !fold(p).includes(site));
    if (kept.length > 0 && kept.length < parts.length) return kept.join(' - ').trim();
  }
  // No site name to match: drop the last part when it is short (a site name) and the rest is a headline.
  const last = parts[parts.length - 1]!;
  const head = title.slice(0, title.lastIndexOf(last)).replace(/\s*(?:[|–—:·•»-]|::)\s*$/, '');
  if (last.split(/\s+/).length <= 4 && head.split(/\s+/).length >= MIN_HEADLINE_WORDS) return head.trim();
  return title.trim();
}

/** Words long enough to count as shared (MIN_SHARED_WORD_CHARS letters or digits). */
const SHARED_WORD = new RegExp(`[\\p{L}\\p{N}]{${MIN_SHARED_WORD_CHARS},}`, 'gu');
const words = (s: string) => new Set(fold(s).match(SHARED_WORD) ?? []);

function headlineLike(h: HeadingCandidate, siteName: string | null): boolean {
  const t = h.text;
  if (h.outside || t.length > MAX_H1_CHARS) return false;
  if (siteName && fold(t) === fold(siteName)) return false;
  const n = t.split(/\s+/).length;
  return n >= MIN_H1_WORDS || (n === 1 && t.length >= MIN_H1_CHARS && !/[a-z]/i.test(t));
}

export function pickTitle(h1s: readonly HeadingCandidate[], candidates: readonly string[], siteName: string | null, description: string | null = null): string | null {
  const folded = candidates.map(fold);
  // 1. An <h1> that is (part of) a metadata title is the visible headline.
  const site = siteName ? fold(siteName) : null;
  for (const { text: h, outside } of h1s) {
    const f = fold(h);
    // The site's name in a logo <h1> also ends "Headline | Site": never the headline.
    if (outside || f === site) continue;
    // A short part must be cut off by a separator ("About bugs – Site"), not just end the title
    // ("Reviews" ends "Diet X - lose 10 kg. Reviews").
    const long = f.split(' ').length >= MIN_H1_WORDS;
    const starts = (c: string) => c.startsWith(f) && (long || SEPARATOR_AT_START.test(c.slice(f.length)));
    const ends = (c: string) => c.endsWith(f) && (long || SEPARATOR_AT_END.test(c.slice(0, -f.length)));
    if (f.length > 3 && folded.some((c) => c === f || starts(c) || ends(c) || (f.length > 20 && c.includes(f)))) return h;
  }
  // 2. The first headline-like <h1> that shares a word with the metadata title or description.
  const meta = words([...candidates, description ?? ''].join(' '));
  const visible = h1s.find((h) => headlineLike(h, siteName));
  if (visible) {
    const own = [...words(visible.text)];
    if (own.filter((w) => meta.has(w)).length >= Math.min(MIN_SHARED_WORDS, own.length) && own.length > 0) return visible.text;
  }
  // 3. The first metadata title without its site name.
  const first = candidates[0];
  if (first) return stripSiteName(first, siteName);
  // 4. A lone <h1>.
  return h1s.length === 1 ? h1s[0]!.text : null;
}
