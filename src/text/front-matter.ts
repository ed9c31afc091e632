/**
 * Text path: the YAML front matter that opens Markdown files (static-site posts, notes apps, this
 * tool's own Markdown output): "---", `key: value` lines, "---". Its title, authors, date, address,
 * language and description become the article's metadata, and the text after it is read as
 * Markdown. The `yaml` package parses it (loaded only when a text opens with "---"); its alias
 * limit keeps a hostile block from expanding.
 */
import { parseDate } from '../metadata/date.js';
import { canonicalLang } from '../metadata/language.js';
import { blankThrough, type Preamble } from './preamble.js';

/** Most lines a front matter block may have: a longer "---" section is not front matter. */
const FRONT_MATTER_MAX_LINES = 200;

/** Keys read for each field, lower case (the first present wins). */
const KEYS = {
  title: ['title', 'headline'],
  authors: ['authors', 'author', 'byline'],
  published: ['published', 'date', 'datepublished', 'publishdate', 'pubdate', 'published_at'],
  url: ['url', 'canonical', 'canonical_url', 'canonicalurl', 'link', 'permalink'],
  lang: ['lang', 'language', 'locale'],
  description: ['description', 'summary', 'excerpt'],
  siteName: ['site', 'sitename', 'site_name'],
} as const;

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : v instanceof Date ? v.toISOString() : null);

/** Author names from a string, a list of strings, or a list of `{name}` objects. */
function names(v: unknown): string[] {
  const one = (x: unknown) => text(x) ?? (x && typeof x === 'object' && 'name' in x ? text((x as { name: unknown }).name) : null);
  return (Array.isArray(v) ? v.map(one) : [one(v)]).filter((x): x is string => x !== null);
}

export async function readFrontMatter(source: string): Promise<Preamble | null> {
  if (!/^---[ \t]*\r?\n/.test(source)) return null;
  const lines = source.split('\n');
  const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*\r?$/.test(l));
  if (end < 0 || end > FRONT_MATTER_MAX_LINES) return null;
  const { parse } = await import('yaml');
  let data: unknown;
  try {
    data = parse(lines.slice(1, end).join('\n'), { maxAliasCount: 50 });
  } catch {
    return null; // not YAML: the text is read as it is
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return null;
  const fields = new Map(Object.entries(data as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v]));
  const first = (keys: readonly string[]) => keys.map((k) => fields.get(k)).find((v) => v !== undefined && v !== null);
  const url = text(first(KEYS.url));
  const lang = text(first(KEYS.lang));
  return {
    title: text(first(KEYS.title)),
    authors: names(first(KEYS.authors)),
    published: parseDate(text(first(KEYS.published))),
    url: url && /^https?:\/\//i.test(url) ? url : null,
    lang: lang ? canonicalLang(lang) : null,
    description: text(first(KEYS.description)),
    siteName: text(first(KEYS.siteName)),
    markdown: true,
    text: blankThrough(lines, end),
  };
}
