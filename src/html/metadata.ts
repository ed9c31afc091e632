/**
 * Metadata from the whole page, read before Readability strips it: JSON-LD, OpenGraph and other
 * meta tags, rel=author / itemprop / byline classes, <time>, <html lang>, canonical link.
 * Each field is an ordered list of lookups; the first valid value wins (defuddle's cascade).
 */
import { splitAuthors } from '../metadata/authors.js';
import { parseDate } from '../metadata/date.js';

export interface PageMetadata {
  title: string | null;
  /** Headline candidates from metadata (og:title, JSON-LD headline, <title>). */
  titleCandidates: string[];
  byline: string | null;
  authors: string[];
  published: string | null;
  siteName: string | null;
  lang: string | null;
  description: string | null;
  image: string | null;
  url: string | null;
}

type Json = Record<string, unknown>;

/** JSON-LD @types that describe the article itself. */
const ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|TechArticle|ScholarlyArticle|Report|LiveBlogPosting|WebPage|SocialMediaPosting|MediaObject|VideoObject)$/;
/** Selectors for a visible byline, in order of trust. */
const BYLINE_SELECTORS = [
  '[itemprop="author"] [itemprop="name"]',
  '[itemprop="author"]',
  'a[rel="author"]',
  '[rel="author"]',
  '.byline__name, .byline-name, .author-name, .article-author, .author__name',
  '.byline, .by-line, .article-byline',
  '[class*="byline" i]',
  '[class*="author" i]:not(body):not(article):not(section)',
];
/** Longest visible byline (characters) taken from the page; longer is a bio box. */
const MAX_DOM_BYLINE_CHARS = 200;

const clean = (s: string | null | undefined): string | null => {
  const t = (s ?? '').replace(/\s+/g, ' ').trim();
  return t ? t : null;
};

function meta(doc: Document, ...keys: string[]): string | null {
  for (const k of keys) {
    const el = doc.querySelector(`meta[property="${k}" i], meta[name="${k}" i], meta[itemprop="${k}" i]`);
    const v = clean(el?.getAttribute('content'));
    if (v) return v;
  }
  return null;
}

function typesOf(o: Json): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object in the page's JSON-LD, @graph flattened. Broken JSON-LD is skipped. */
function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      out.push(v as Json);
      const g = (v as Json)['@graph'];
      if (g) visit(g);
    }
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    try {
      visit(JSON.parse((s.textContent ?? '').replace(/^\s*<!--|-->\s*$/g, '')));
    } catch {
      /* invalid JSON-LD is common; ignore it */
    }
  }
  return out;
}

function names(v: unknown): string[] {
  if (!v) return [];
  if (typeof v === 'string') return v.startsWith('http') ? [] : [v];
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'object') {
    const o = v as Json;
    if (typesOf(o).some((t) => /Organization|Corporation|NewsMediaOrganization/.test(t))) return [];
    return names(o.name);
  }
  return [];
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return clean(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') return str((v as Json).url ?? (v as Json).name ?? (v as Json)['@value']);
  return null;
}

/** The visible byline near the article: the first byline element with a name-like text. */
function domByline(doc: Document): string | null {
  for (const sel of BYLINE_SELECTORS) {
    let els: NodeListOf<Element>;
    try {
      els = doc.querySelectorAll(sel);
    } catch {
      continue;
    }
    for (const el of els) {
      if (el.closest('blockquote, [class*="comment" i], footer, aside')) continue;
      const text = clean(el.textContent);
      if (text && text.length <= MAX_DOM_BYLINE_CHARS && splitAuthors(text).length > 0) return text;
    }
  }
  return null;
}

export function readMetadata(doc: Document, pageUrl: string | null): PageMetadata {
  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== 'WebPage')) ?? ld.find((o) => typesOf(o).includes('WebPage'));
  const ldAuthors = names(article?.author ?? article?.creator);
  const metaAuthor = meta(doc, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'citation_author', 'byl');
  const byline = domByline(doc) ?? (metaAuthor && !/^https?:/.test(metaAuthor) ? metaAuthor : null) ?? (ldAuthors.length ? ldAuthors.join(', ') : null);
  const authorsFromLd = ldAuthors.flatMap((n) => splitAuthors(n));
  const authors = authorsFromLd.length ? authorsFromLd : splitAuthors(byline);

  const titleTag = clean(doc.querySelector('title')?.textContent);
  const titleCandidates = [str(article?.headline), meta(doc, 'og:title', 'twitter:title', 'title', 'dc.title'), titleTag].filter((x): x is string => !!x);

  const publishedRaw = [
    str(article?.datePublished),
    meta(doc, 'article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'dc.date.issued', 'sailthru.date', 'parsely-pub-date', 'citation_publication_date', 'article.published'),
    doc.querySelector('time[datetime][pubdate], time[itemprop="datePublished"], article time[datetime], time[datetime]')?.getAttribute('datetime') ?? null,
    str(article?.dateCreated),
  ];
  const published = publishedRaw.map(parseDate).find(Boolean) ?? null;

  const langAttr = clean(doc.documentElement.getAttribute('lang')) ?? meta(doc, 'og:locale', 'language', 'content-language') ?? str(article?.inLanguage);
  const lang = langAttr ? langAttr.replace('_', '-').split(/[,\s]/)[0]!.toLowerCase() : null;

  const canonical = doc.querySelector('link[rel="canonical" i]')?.getAttribute('href') ?? meta(doc, 'og:url');
  let url: string | null = pageUrl;
  if (!url && canonical) {
    try {
      url = new URL(canonical).href;
    } catch {
      url = null;
    }
  }
  const publisher = article?.publisher as Json | undefined;
  return {
    title: titleCandidates[0] ?? null,
    titleCandidates,
    byline,
    authors,
    published,
    siteName: meta(doc, 'og:site_name', 'application-name') ?? str(publisher?.name) ?? null,
    lang,
    description: meta(doc, 'og:description', 'description', 'twitter:description') ?? str(article?.description),
    image: meta(doc, 'og:image', 'twitter:image', 'twitter:image:src') ?? str(article?.image),
    url,
  };
}
