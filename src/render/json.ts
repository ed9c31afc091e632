/**
 * JSON output, schema version 1 (schema/article.schema.json). Field order is fixed: it is part
 * of the contract users diff and pipe through jq.
 */
import { bodyLayout } from '../body.js';
import { countWords } from '../metadata/words.js';
import { SCHEMA_VERSION, type Article, type Source, type Speaker } from '../model.js';
import { articleDirection, type Direction } from './direction.js';
import { bodyHtml } from './html.js';

export interface ArticleJson {
  schemaVersion: number;
  source: Source & { entry?: string; url?: string };
  title: string | null;
  byline: string | null;
  authors: string[];
  published: string | null;
  siteName: string | null;
  lang: string | null;
  /** Writing direction: "rtl" for Arabic, Hebrew, Persian, Urdu…, declared or detected from the text. */
  dir: Direction;
  url: string | null;
  description: string | null;
  image: string | null;
  text: string;
  markdown: string;
  /** The body as sanitised HTML (the same markup as --format html's article body). */
  html: string;
  quotes: Array<Article['quotes'][number] & { speakerIndex: number | null }>;
  speakers: Speaker[];
  wordCount: number;
}

export function bodyMarkdown(article: Article): string {
  return article.blocks.map((b) => b.markdown).filter((m) => m.trim()).join('\n\n');
}

export function toJson(article: Article): ArticleJson {
  const text = bodyLayout(article.blocks).text;
  return {
    schemaVersion: SCHEMA_VERSION,
    source: article.source,
    title: article.title,
    byline: article.byline,
    authors: article.authors,
    published: article.published,
    siteName: article.siteName,
    lang: article.lang,
    dir: articleDirection(article),
    url: article.url,
    description: article.description,
    image: article.image,
    text,
    markdown: bodyMarkdown(article),
    html: bodyHtml(article),
    quotes: article.quotes.map((q) => ({ ...q, speakerIndex: q.speakerIndex ?? null })),
    speakers: article.speakers ?? [],
    wordCount: countWords(text),
  };
}

/** Pretty JSON for one document. */
export function renderJson(article: Article): string {
  return JSON.stringify(toJson(article), null, 2) + '\n';
}

/** One line of NDJSON. */
export function renderNdjsonLine(article: Article): string {
  return JSON.stringify(toJson(article)) + '\n';
}
