/**
 * Relative addresses made absolute: links and images in the page resolved against the page's
 * address (--url), a <base href> in the page, or else its absolute canonical URL. Addresses that
 * cannot be resolved are left as written; unsafe schemes are dropped later, by the Markdown rules.
 */
import { elementsOf, withTag } from './page-index.js';

/** Attributes holding an address, per tag, rewritten in place. */
const URL_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  A: ['href'],
  IMG: ['src', 'data-src', 'data-lazy-src', 'data-original'],
};

/** True for an address with a scheme ("https:", "mailto:") or a fragment-only link, left as is. */
const KEEP_AS_IS = /^(?:[a-z][a-z0-9+.-]*:|#)/i;

function absoluteOrNull(url: string | null | undefined): URL | null {
  if (!url) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The base address for the page's relative links, or null when none is known. */
export function baseUrl(doc: Document, pageUrl: string | null, canonical: string | null, all: readonly Element[] = elementsOf(doc)): URL | null {
  const page = absoluteOrNull(pageUrl) ?? absoluteOrNull(canonical);
  // base[href]
  const baseHref = withTag(all, 'base').find((el) => el.hasAttribute('href'))?.getAttribute('href');
  if (baseHref) {
    try {
      const base = new URL(baseHref, page ?? undefined);
      // Only a web address can be a base ("javascript:" cannot, and must not become one).
      if (base.protocol === 'http:' || base.protocol === 'https:') return base;
    } catch {
      /* a relative <base> without a page address: ignore it */
    }
  }
  return page;
}

/** Resolves relative link and image addresses in place; returns how many were rewritten. */
export function absolutizeUrls(doc: Document, base: URL | null, all?: readonly Element[]): number {
  if (!base) return 0;
  let n = 0;
  for (const el of withTag(all ?? elementsOf(doc), 'a', 'img')) {
    for (const attribute of URL_ATTRIBUTES[el.tagName] ?? []) {
      const v = (el.getAttribute(attribute) ?? '').trim();
      if (!v || KEEP_AS_IS.test(v)) continue;
      try {
        el.setAttribute(attribute, new URL(v, base).href);
        n++;
      } catch {
        /* not an address: left as written */
      }
    }
  }
  return n;
}

/** One address resolved against the base (for metadata such as the lead image). */
export function absolutize(url: string | null, base: URL | null): string | null {
  if (!url || !base || KEEP_AS_IS.test(url)) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}
