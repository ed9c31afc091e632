/**
 * One document -> its rendered output, or a typed failure. Runs in the main thread (one job)
 * or inside a pool worker (worker.ts); results are plain data so they cross threads cheaply.
 */
import { docName, ExtractError } from '../errors.js';
import { readInput } from '../io/read.js';
import type { InputFormat, Removal } from '../model.js';
import { extract, type ExtractOptions } from '../pipeline.js';
import { renderJson, renderNdjsonLine } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderText } from '../render/text.js';
import { renderHtml } from '../render/html.js';
import { renderChunkLines } from '../render/chunk.js';
import type { LinkShapeOptions } from '../render/markdown-links.js';
import { filterReason, type DocFilter } from './filters.js';
import { bounded } from '../deadline.js';

export type Format = 'md' | 'json' | 'ndjson' | 'text' | 'html';

export interface RenderOptions extends LinkShapeOptions {
  format: Format;
  frontMatter: boolean;
  quotes: boolean;
  /** ndjson: one line per chunk of at most this many words (render/chunk.ts). */
  chunk?: number;
}

export interface Task {
  path: string;
  entry?: string;
  url?: string;
  /** In-memory content; files are read by whoever converts (so a worker reads its own). */
  data?: Uint8Array | string;
  inputFormat: InputFormat | 'auto';
  maxBytes: number;
  render: RenderOptions;
  /** Extraction options the CLI passes through (url, DOM engine, …). */
  extract: Omit<ExtractOptions, 'path' | 'inputFormat'>;
  explain: boolean;
  /** A fetched web page's final address (src/fetch/): `source.url`, and `url` unless --url is given. */
  fetchedUrl?: string;
  /** The charset a web server named in its Content-Type: decoding tries it before the document's own declaration. */
  charset?: string;
  /** --lang / --min-words: an article they turn away is skipped, not rendered. */
  filter?: DocFilter;
  /** The language an archive record declares (WET's WARC-Identified-Content-Language): used when the text does not name or show another. */
  recordLang?: string;
}

export type Outcome =
  | { ok: true; output: string; removed?: Removal[] }
  /** `skipped`: not fetched on purpose (robots.txt, Ctrl-C); counted as skipped, NDJSON keeps a line. */
  | { ok: false; code: string; message: string; stack?: string; skipped?: boolean }
  /** Turned away by --lang or --min-words (counted as skipped, no output). */
  | { ok: true; skipped: string };

/** Does this output show the article's quotes and speakers? (Only then are they looked for.) */
export const showsQuotes = (r: RenderOptions): boolean => r.format === 'json' || (r.format === 'ndjson' && !r.chunk) || (r.format === 'md' && r.quotes);

/** Error messages stay one line, whatever a library put in them. */
const firstLine = (s: string) => s.split('\n', 1)[0]!.trim();

export async function convert(task: Task): Promise<Outcome> {
  try {
    const input = task.data ?? (await readInput(task.path, task.maxBytes));
    const name = docName(task);
    const article = await extract(input, {
      ...task.extract,
      url: task.url ?? task.extract.url ?? task.fetchedUrl ?? null,
      inputFormat: task.inputFormat,
      path: task.path,
      messageName: name,
      ...(task.entry ? { entry: task.entry } : {}),
      ...(task.url ?? task.fetchedUrl ? { recordUrl: (task.url ?? task.fetchedUrl)! } : {}),
      ...(task.charset ? { charset: task.charset } : {}),
      ...(task.recordLang ? { recordLang: task.recordLang } : {}),
      ...(showsQuotes(task.render) ? {} : { quotes: false }),
    });
    const skipped = task.filter ? filterReason(article, task.filter) : null;
    if (skipped) return { ok: true, skipped };
    const r = task.render;
    const output = bounded(() =>
      r.format === 'json' ? renderJson(article)
      : r.format === 'ndjson' ? (r.chunk ? renderChunkLines(article, r.chunk) : renderNdjsonLine(article))
      : r.format === 'text' ? renderText(article)
      : r.format === 'html' ? renderHtml(article)
      : renderMarkdown(article, { frontMatter: r.frontMatter, quotes: r.quotes, ...(r.links === false ? { links: false } : {}), ...(r.images === false ? { images: false } : {}), ...(r.linkStyle ? { linkStyle: r.linkStyle } : {}) }));
    return task.explain ? { ok: true, output, removed: article.removed } : { ok: true, output };
  } catch (err) {
    if (err instanceof ExtractError) return { ok: false, code: err.code, message: err.message, ...(err.stack ? { stack: err.stack } : {}) }; // the stack is printed only with --debug
    const e = err as Error;
    return { ok: false, code: 'INTERNAL', message: `${docName(task)}: internal error: ${firstLine(e?.message ?? String(err))}`, stack: e?.stack };
  }
}
