/**
 * The whole extraction as one numbered sequence. Reading files is the caller's (io/read.ts);
 * everything from bytes to the finished article model happens here.
 *
 *   1. decode      bytes -> string (BOM, declared charset, UTF-8, legacy fallback), without
 *                  terminal escapes and control characters
 *   2. detect      HTML or text
 *   3. parse       the HTML path or the text path -> the one article model; HTML nested deeper
 *                  than the DOM stages can recurse is flattened first (html/depth.ts)
 *   3b. sanitise   control characters and terminal escapes out of every field, raw HTML and
 *                  unsafe links out of the Markdown (sanitise.ts)
 *   4. boilerplate rule tables over the blocks (both paths)
 *   5. metadata    authors split from the byline, title fallback, language
 *   6. quotes      direct quotes and their speakers (unless the caller's output does not show
 *                  them: `quotes: false`)
 *   6b. speakers   each speaker's fullest name; the speakers as entities (quotes/entities.ts)
 * User site rules (`rules`, src/user-rules/) run at named points: on the HTML path inside 3
 * (U1-U4 in user-rules/html.ts), on the text path as 3c (T1-T4 in user-rules/text.ts).
 */
import { removeBoilerplate } from './boilerplate.js';
import { decode } from './decode.js';
import { detectFormat } from './detect.js';
import { ExtractError } from './errors.js';
import { finishMetadata } from './metadata/finish.js';
import type { Article, InputFormat } from './model.js';
import type { Parsed } from './parsed.js';
import { bodyLayout } from './body.js';
import { cleanName, safeAddress, sanitise, stripControls } from './sanitise.js';
import { readFrontMatter } from './text/front-matter.js';
import { parseText } from './text/parse.js';
import type { HtmlRules } from './user-rules/html.js';
import type { RuleSet } from './user-rules/types.js';
import { timed } from './stages.js';
import { bounded } from './deadline.js';
import { startDocument } from './document-memos.js';

export interface ExtractOptions {
  /** Force the input kind instead of sniffing it. */
  inputFormat?: InputFormat | 'auto';
  /** The page's address: resolves relative links, fills `url`. */
  url?: string | null;
  /** A path for messages and `source.path`. */
  path?: string | null;
  /** How errors name the input, when not by `path` ("pages.zip: a/b.html"). */
  messageName?: string;
  /** The entry inside an archive, or the NDJSON record id: `source.entry`. */
  entry?: string;
  /** The URL an archive record was captured from: `source.url`. */
  recordUrl?: string;
  /**
   * The language an archive record declares (WET's `WARC-Identified-Content-Language`, e.g.
   * "eng,deu"): the article's language when the text neither declares one nor is guessed as
   * another (the text wins when it contradicts the record).
   */
  recordLang?: string;
  /** DOM engine for HTML input (default linkedom; jsdom is also the automatic fallback). */
  dom?: 'linkedom' | 'jsdom';
  /** A charset from outside the bytes (a web server's Content-Type), tried before the document's own declaration. */
  charset?: string | null;
  /** Site rules (README "Site rules"): rule sets as data, applied in their order. */
  rules?: RuleSet | readonly RuleSet[];
  /**
   * Find the direct quotes and their speakers (default true). false: `quotes` stays empty and
   * `speakers` unset, and the quote modules are not loaded: for an output that shows neither
   * (Markdown without its Quotes section, plain text, HTML, chunks).
   */
  quotes?: boolean;
}

export async function extract(input: string | Uint8Array, options: ExtractOptions = {}): Promise<Article> {
  // Names come from file systems, archives and records: one line, no escapes, no bidi controls.
  const name = cleanName(options.messageName ?? options.path ?? '<input>');
  // The memos of the last document go (document-memos.ts): they would keep its text alive.
  startDocument();
  // 1. decode
  const decoded = typeof input === 'string' ? { text: input, encoding: 'utf-8' } : timed('decode', () => decode(input, name, options.charset));
  // Terminal escapes and control characters go before anything reads the text (they would
  // hide a headline from the text path's header finder); sanitise (3b) catches those that
  // character references put back into the HTML path's DOM.
  const raw = timed('decode', () => stripControls(decoded.text.replace(/^\uFEFF/, '')));
  if (!raw.trim()) throw new ExtractError('EMPTY', `${name}: input is empty`);
  // 2. detect
  const format: InputFormat = !options.inputFormat || options.inputFormat === 'auto' ? detectFormat(raw, options.path) : options.inputFormat;
  // 3. parse (the HTML path loads its DOM libraries only when needed)
  const url = options.url ?? null;
  // User rules: checked and compiled once per thread (a bad rule set throws RuleFileError).
  const userRules = options.rules ? await import('./user-rules/index.js') : null;
  const compiled = userRules && options.rules ? userRules.compileRuleSets(options.rules) : [];
  const htmlRules = userRules && compiled.length && format === 'html' ? new userRules.HtmlRules(compiled, [url, options.recordUrl]) : null;
  let parsed: Parsed;
  if (format === 'html') {
    parsed = await parseHtmlBounded(raw, url, options, htmlRules);
    if (htmlRules) parsed.removed.unshift(...htmlRules.removed);
  } else {
    const preamble = await readFrontMatter(raw);
    parsed = timed('parse', () => parseText(raw, preamble));
    // 3c. user rules on the text path: scoped by --url, the record URL, the front matter's URL
    if (userRules && compiled.length) parsed = userRules.applyTextRules(parsed, userRules.rulesFor(compiled, [url, options.recordUrl, parsed.url]), raw);
  }
  // 3b. sanitise
  const unsanitised = parsed;
  parsed = bounded(() => sanitise(unsanitised));
  const givenUrl = safeAddress(url);
  // 4. boilerplate
  const removed = [...parsed.removed];
  const blocks = timed('content', () => removeBoilerplate(parsed.blocks, removed, htmlRules?.keepBlock));
  if (!blocks.some((b) => b.text.trim())) throw new ExtractError('NO_CONTENT', `${name}: no article text found`);
  // 5. metadata
  const article: Article = timed('metadata', () => finishMetadata({
    ...parsed,
    source: {
      path: options.path == null ? null : cleanName(options.path),
      format,
      encoding: decoded.encoding,
      ...(options.entry ? { entry: cleanName(options.entry) } : {}),
      ...(options.recordUrl ? { url: cleanName(options.recordUrl) } : {}),
    },
    // --url first, as on the HTML path (where parsed.url is already --url, else the canonical link);
    // a text's front matter or reader preamble names its URL only when --url is not given.
    url: format === 'text' ? givenUrl ?? parsed.url : parsed.url ?? givenUrl,
    blocks,
    removed,
    quotes: [],
  }, options.recordLang));
  if (options.quotes === false) return article;
  // 6. quotes
  const [{ detectQuotes }, { resolveSpeakers }] = await Promise.all([import('./quotes/detect.js'), import('./quotes/entities.js')]);
  article.quotes = timed('quotes', () => detectQuotes(article.blocks, article.lang));
  // 6b. speakers: fullest names, one entry per entity
  article.speakers = timed('quotes', () => resolveSpeakers(article.quotes, bodyLayout(article.blocks).text));
  return article;
}

/** A stack overflow inside a DOM library (a RangeError): the one library failure with a fallback. */
const isStackOverflow = (err: unknown) => err instanceof RangeError && /call stack/i.test(err.message);

/**
 * The HTML path with its limits: markup nested deeper than the DOM stages can recurse is
 * flattened first; should a library still overflow its stack, the page's visible text goes
 * through the text path instead of failing.
 */
async function parseHtmlBounded(raw: string, url: string | null, options: ExtractOptions, rules: HtmlRules | null): Promise<Parsed> {
  const [{ parseHtml }, { limitNesting, MAX_NESTING_DEPTH }] = await Promise.all([import('./html/parse.js'), import('./html/depth.js')]);
  const bounded = timed('parse', () => limitNesting(raw));
  const notes: Parsed['removed'] = bounded.flattened
    ? [{ stage: 'limits', rule: 'deep-nesting', text: `${bounded.flattened} elements nested deeper than ${MAX_NESTING_DEPTH} levels (deepest ${bounded.maxDepth}) flattened into their ancestor` }]
    : [];
  try {
    const parsed = await parseHtml(bounded.html, { url, ...(options.dom ? { dom: options.dom } : {}), ...(rules ? { rules } : {}) });
    parsed.removed.unshift(...notes);
    return parsed;
  } catch (err) {
    if (!isStackOverflow(err)) throw err;
    const { htmlToPlainText } = await import('./html/strip.js');
    const parsed = parseText(htmlToPlainText(bounded.html));
    parsed.removed.unshift(...notes, { stage: 'limits', rule: 'stack-overflow-text', text: 'the DOM stages overflowed the stack; the visible text was converted as text' });
    return parsed;
  }
}
