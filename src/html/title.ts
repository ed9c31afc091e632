/**
 * The visible headline: an <h1> that agrees with the page's metadata title, else the metadata
 * title with the site name cut off ("Headline | Site" -> "Headline").
 */

/** Separators between a headline and the site name in <title> and og:title. */
const SITE_SEPARATORS = /\s+[|–—:·•»]\s+|\s+-\s+|\s+::\s+/;
/** Shortest headline part (words) kept when a title is cut at a separator. */
const MIN_HEADLINE_WORDS = 3;

const fold = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[‘’']/g, "'").replace(/[“”"]/g, '"').replace(/\s+/g, ' ').trim();

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

export function pickTitle(h1s: readonly string[], candidates: readonly string[], siteName: string | null): string | null {
  const folded = candidates.map(fold);
  // 1. An <h1> that is (part of) a metadata title is the visible headline.
  for (const h of h1s) {
    const f = fold(h);
    if (f.length > 3 && folded.some((c) => c === f || c.startsWith(f) || c.endsWith(f) || (f.length > 20 && c.includes(f)))) return h;
  }
  // 2. The first metadata title without its site name.
  const first = candidates[0];
  if (first) return stripSiteName(first, siteName);
  // 3. A lone <h1>.
  return h1s.length === 1 ? h1s[0]! : null;
}
