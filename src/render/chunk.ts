/**
 * Chunks for search indexes and language models (`--chunk <words>` with `--format ndjson`).
 *
 * The body is split on block boundaries only: a block (paragraph, list, table, code block,
 * block quote) is never cut, so no sentence, list item, table or code block is split. Headings
 * split first: a heading always starts a new chunk (with the headings directly above it), so a
 * chunk never spans two sections. Inside a section, paragraphs are packed into chunks of at most
 * `maxWords` words, balanced so the last one is not a stub. A block longer than the limit is a
 * chunk of its own (its heading then is a chunk before it).
 *
 * Every chunk is `text.slice(start, end)` of the article's `text`; consecutive chunks are
 * separated in `text` by exactly CHUNK_JOINER (the blank line between blocks), so
 * `chunks.map(c => c.text).join(CHUNK_JOINER) === text`.
 */
import { bodyLayout } from '../body.js';
import { countWords } from '../metadata/words.js';
import { SCHEMA_VERSION, type Article } from '../model.js';
import { articleDirection } from './direction.js';
import { SPACE_RUNS } from '../space.js';

/** What joins the chunks' texts back into the article's `text`: the blank line between blocks. */
export const CHUNK_JOINER = '\n\n';

export interface Chunk {
  /** 0-based position of the chunk in the article. */
  index: number;
  /** Headings above the chunk, outermost first (the chunk's own leading heading included). */
  headings: string[];
  text: string;
  /** Offsets of `text` in the article's `text`. */
  start: number;
  end: number;
  wordCount: number;
}

interface Unit {
  start: number;
  end: number;
  words: number;
  heading: number | null;
  text: string;
}

/** Splits the article into chunks of at most maxWords words (a longer single block excepted). */
export function chunkArticle(article: Pick<Article, 'blocks'>, maxWords: number): Chunk[] {
  const layout = bodyLayout(article.blocks);
  const units: Unit[] = [];
  article.blocks.forEach((b, i) => {
    const start = layout.starts[i]!;
    if (start < 0) return;
    units.push({ start, end: start + b.text.length, words: countWords(b.text), heading: b.kind === 'heading' ? (b.level ?? 2) : null, text: b.text });
  });

  // 1. Sections: a run of headings and the blocks up to the next heading.
  const sections: Unit[][] = [];
  let current: Unit[] = [];
  for (const u of units) {
    const onlyHeadings = current.every((c) => c.heading !== null);
    if (u.heading !== null && current.length && !onlyHeadings) {
      sections.push(current);
      current = [];
    }
    current.push(u);
  }
  if (current.length) sections.push(current);

  // 2. Inside each section, pack blocks; the heading path is tracked across sections.
  const chunks: Chunk[] = [];
  const path: Array<{ level: number; text: string }> = [];
  for (const section of sections) {
    const total = section.reduce((n, u) => n + u.words, 0);
    // Balanced target: as many chunks as the limit needs, of about equal size.
    const target = Math.ceil(total / Math.max(1, Math.ceil(total / maxWords)));
    let piece: Unit[] = [];
    let words = 0;
    let headings = headingPath(path);
    const close = () => {
      if (!piece.length) return;
      const start = piece[0]!.start;
      const end = piece[piece.length - 1]!.end;
      chunks.push({ index: chunks.length, headings, text: layout.text.slice(start, end), start, end, wordCount: words });
      piece = [];
      words = 0;
    };
    for (const u of section) {
      if (u.heading !== null) {
        while (path.length && path[path.length - 1]!.level >= u.heading) path.pop();
        path.push({ level: u.heading, text: u.text });
      }
      // Headings stay with the block after them, unless together they would pass the limit.
      const leadingHeadings = piece.every((p) => p.heading !== null);
      if (piece.length && (words + u.words > maxWords || (!leadingHeadings && words >= target))) close();
      if (!piece.length || u.heading !== null) headings = headingPath(path);
      piece.push(u);
      words += u.words;
    }
    close();
  }
  return chunks;
}

const headingPath = (path: ReadonlyArray<{ text: string }>) => path.map((h) => h.text.replace(SPACE_RUNS, ' ').trim());

/**
 * The NDJSON lines of an article's chunks: each carries the article's metadata (the fields of
 * render/json.ts's toJson, read from the article: the whole-body text, Markdown and HTML a
 * chunk line does not carry are not built).
 */
export function renderChunkLines(article: Article, maxWords: number): string {
  const chunks = chunkArticle(article, maxWords);
  const dir = articleDirection(article);
  let out = '';
  for (const c of chunks) {
    const line = {
      schemaVersion: SCHEMA_VERSION,
      source: article.source,
      title: article.title,
      byline: article.byline,
      authors: article.authors,
      published: article.published,
      siteName: article.siteName,
      lang: article.lang,
      dir,
      url: article.url,
      chunk: c.index,
      chunks: chunks.length,
      headings: c.headings,
      text: c.text,
      start: c.start,
      end: c.end,
      wordCount: c.wordCount,
    };
    out += JSON.stringify(line) + '\n';
  }
  return out;
}
