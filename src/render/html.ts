/**
 * HTML output: one self-contained HTML5 document per article, built from the article model.
 *
 * Each body block's Markdown (the model's inline vocabulary: emphasis, links, images, code) is
 * parsed by markdown-it into tokens, and the tokens are written by an allow-list serializer: a
 * token type or tag not in the tables below is written as its text only, never as markup. So the
 * output is safe by construction: no script, style, event attribute, iframe, form or embedded
 * object can appear, and every link and image address is an absolute http(s) (links also mailto)
 * URL, resolved against the page address, or it is dropped (the link's text stays).
 *
 * Raw HTML inside the Markdown is not parsed as HTML (markdown-it `html: false`): it is text.
 */
import { createRequire } from 'node:module';
import type { MarkdownIt as MarkdownItType, Token } from 'markdown-it';
import type { Article, Block } from '../model.js';
import { articleDirection, type Direction } from './direction.js';

/**
 * markdown-it with CommonMark plus GFM tables and strikethrough; no raw HTML, no autolinking of
 * bare text. Loaded on first use (like the stopword lists): a run that writes no HTML or JSON
 * never pays for importing it.
 */
let parser: MarkdownItType | null = null;
function markdownParser(): MarkdownItType {
  if (parser) return parser;
  const MarkdownIt = createRequire(import.meta.url)('markdown-it') as typeof import('markdown-it').default;
  parser = new MarkdownIt('commonmark', { html: false, linkify: false, typographer: false }).enable(['table', 'strikethrough']);
  // Every link is parsed as a link, so its text stays text; absoluteUrl() decides what address is kept.
  parser.validateLink = () => true;
  return parser;
}

/** Block token (an `_open` type without the suffix, or a single token) -> the element written. */
const BLOCK_TAGS: Readonly<Record<string, string>> = {
  paragraph: 'p',
  bullet_list: 'ul',
  ordered_list: 'ol',
  list_item: 'li',
  blockquote: 'blockquote',
  table: 'table',
  thead: 'thead',
  tbody: 'tbody',
  tr: 'tr',
  th: 'th',
  td: 'td',
};
/** Inline token -> element. */
const INLINE_TAGS: Readonly<Record<string, string>> = { em: 'em', strong: 'strong', s: 'del' };
const HEADING_TAG = /^h[1-6]$/;

/** Schemes a link may keep (absolute URLs only); images must be http(s). */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
const IMAGE_SCHEMES = new Set(['http:', 'https:']);
/** A code language kept as a class name: letters, digits and + # - _ . only. */
const CODE_LANG = /^[\w+#.-]{1,40}$/;
/** A valid HTML date/time string for <time datetime> (year-month, date, date-time with zone). */
const DATETIME = /^\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?)?$/;
/** A language tag kept in lang="": BCP 47 shape. */
const LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;

/**
 * Characters HTML forbids in a document (parse errors): C0 controls other than tab, LF, FF, CR;
 * C1 controls; noncharacters; lone surrogates. Removed from every text and attribute written.
 */
const HTML_FORBIDDEN = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const clean = (s: string) => s.replace(HTML_FORBIDDEN, '').replace(/\r\n?/g, '\n');
const escapeText = (s: string) => clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
const escapeAttr = (s: string) => clean(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * An address made absolute against the page's address, or null when it cannot be (relative with
 * no base, a fragment of the original page) or its scheme is not allowed.
 */
export function absoluteUrl(raw: string | null | undefined, base: string | null, schemes: ReadonlySet<string> = LINK_SCHEMES): string | null {
  const s = (raw ?? '').trim();
  if (!s || s.startsWith('#')) return null;
  let u: URL;
  try {
    u = base ? new URL(s, base) : new URL(s);
  } catch {
    return null;
  }
  if (!schemes.has(u.protocol)) return null;
  if ((u.protocol === 'http:' || u.protocol === 'https:') && !u.hostname) return null;
  return u.href;
}

interface Context {
  base: string | null;
}

/** A token attribute as a string (markdown-it types allow numbers). */
const attrOf = (t: Token, name: string): string | null => {
  const v = t.attrGet(name);
  return v === null ? null : String(v);
};
const attr = (name: string, value: string) => ` ${name}="${escapeAttr(value)}"`;

/** Inline tokens -> HTML. Unknown tokens are written as their text. */
function inlineHtml(tokens: readonly Token[], ctx: Context): string {
  let out = '';
  // Links whose address was dropped: their close tag is dropped too.
  const openLinks: boolean[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
      case 'text_special':
        out += escapeText(t.content);
        break;
      case 'softbreak':
        out += '\n';
        break;
      case 'hardbreak':
        out += '<br>\n';
        break;
      case 'code_inline':
        out += `<code>${escapeText(t.content)}</code>`;
        break;
      case 'link_open': {
        const href = absoluteUrl(attrOf(t, 'href'), ctx.base);
        const title = attrOf(t, 'title');
        openLinks.push(href !== null);
        if (href) out += `<a${attr('href', href)}${title ? attr('title', title) : ''}>`;
        break;
      }
      case 'link_close':
        if (openLinks.pop()) out += '</a>';
        break;
      case 'image': {
        const src = absoluteUrl(attrOf(t, 'src'), ctx.base, IMAGE_SCHEMES);
        const title = attrOf(t, 'title');
        if (src) out += `<img${attr('src', src)}${attr('alt', imageAlt(t))}${title ? attr('title', title) : ''}>`;
        break;
      }
      default: {
        const m = /^(\w+)_(open|close)$/.exec(t.type);
        const tag = m ? INLINE_TAGS[m[1]!] : undefined;
        if (tag) out += m![2] === 'open' ? `<${tag}>` : `</${tag}>`;
        else if (t.children) out += inlineHtml(t.children, ctx);
        else if (t.content && !m) out += escapeText(t.content);
      }
    }
  }
  return out;
}

/** An image's alt text: the plain text of its description. */
function imageAlt(t: Token): string {
  return (t.children ?? []).map((c) => (c.type === 'image' ? imageAlt(c) : c.content)).join('') || t.content;
}

/** Block tokens -> HTML, one element a line. */
function blockHtml(tokens: readonly Token[], ctx: Context): string {
  let out = '';
  for (const t of tokens) {
    const m = /^(\w+?)_(open|close)$/.exec(t.type);
    if (m) {
      const kind = m[1]!;
      const tag = kind === 'heading' ? (HEADING_TAG.test(t.tag) ? t.tag : 'h2') : BLOCK_TAGS[kind];
      if (!tag || t.hidden) continue; // a tight list's paragraphs are not written as <p>
      if (m[2] === 'close') {
        out += `</${tag}>\n`;
        continue;
      }
      if (out && !out.endsWith('\n')) out += '\n'; // a list nested in an item's text starts on its own line
      let attrs = '';
      if (tag === 'ol') {
        const start = Number(attrOf(t, 'start') ?? 1);
        if (Number.isInteger(start) && start !== 1) attrs += attr('start', String(start));
      }
      out += `<${tag}${attrs}>${tag === 'p' || tag === 'li' || HEADING_TAG.test(tag) || tag === 'th' || tag === 'td' ? '' : '\n'}`;
      continue;
    }
    switch (t.type) {
      case 'inline':
        out += inlineHtml(t.children ?? [], ctx);
        break;
      case 'fence':
      case 'code_block': {
        const lang = t.info.trim().split(/\s+/)[0] ?? '';
        const cls = lang && CODE_LANG.test(lang) ? attr('class', `language-${lang}`) : '';
        out += `<pre><code${cls}>${escapeText(t.content.replace(/\n$/, ''))}</code></pre>\n`;
        break;
      }
      case 'hr':
        out += '<hr>\n';
        break;
      default:
        // Anything else (html_block cannot occur with html: false): its text, escaped.
        if (t.content) out += `<p>${escapeText(t.content)}</p>\n`;
    }
  }
  return out;
}

/** The tokens of one block's Markdown. */
function tokensOf(markdown: string): Token[] {
  return markdownParser().parse(markdown, {});
}

/** An image block: <figure> with the image(s) and the caption (the block's other paragraphs). */
function figureHtml(block: Block, ctx: Context): string {
  const tokens = tokensOf(block.markdown);
  const images: string[] = [];
  const caption: string[] = [];
  for (const t of tokens) {
    if (t.type !== 'inline') continue;
    const children = t.children ?? [];
    const onlyImages = children.every((c) => c.type === 'image' || c.type === 'softbreak' || c.type === 'link_open' || c.type === 'link_close' || (c.type === 'text' && !c.content.trim()));
    if (onlyImages && children.some((c) => c.type === 'image')) {
      for (const c of children) if (c.type === 'image') images.push(inlineHtml([c], ctx));
    } else {
      // The caption is written as _caption_: its emphasis is the Markdown's way to mark it, not the caption's.
      const inner = children.length > 2 && children[0]!.type === 'em_open' && children[children.length - 1]!.type === 'em_close' ? children.slice(1, -1) : children;
      caption.push(inlineHtml(inner, ctx));
    }
  }
  const shown = images.filter(Boolean);
  if (shown.length === 0) return ''; // no image with a usable address: nothing to show
  return `<figure>\n${shown.join('\n')}\n${caption.length ? `<figcaption>${caption.join(' ')}</figcaption>\n` : ''}</figure>\n`;
}

/** The text a reader sees of parsed tokens (image descriptions are not seen). */
function visibleText(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'inline') out += visibleText(t.children ?? []);
    else if (t.type === 'text' || t.type === 'text_special' || t.type === 'code_inline' || t.type === 'fence' || t.type === 'code_block') out += t.content;
    else if (t.type === 'softbreak' || t.type === 'hardbreak') out += ' ';
  }
  return out;
}

const squeeze = (s: string) => clean(s).replace(/\s+/g, '');

/**
 * A block written from its plain text, by kind: used when its Markdown does not read back as
 * its text (Markdown written by a page converter is not always CommonMark that parses back to
 * the same words), so the HTML always shows exactly the article's text.
 */
function plainBlockHtml(block: Block): string {
  const t = block.text;
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(6, Math.max(1, block.level ?? 2));
      return `<h${level}>${escapeText(t)}</h${level}>\n`;
    }
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      const items = t.split('\n').filter((l) => l.trim()).map((l) => `<li>${escapeText(l.trim())}</li>\n`);
      return `<${tag}>\n${items.join('')}</${tag}>\n`;
    }
    case 'table': {
      const rows = t.split('\n').map((r) => `<tr>\n${r.split('\t').map((c) => `<td>${escapeText(c)}</td>\n`).join('')}</tr>\n`);
      return `<table>\n<tbody>\n${rows.join('')}</tbody>\n</table>\n`;
    }
    case 'quote':
      return `<blockquote>\n<p>${escapeText(t)}</p>\n</blockquote>\n`;
    default:
      return `<p>${escapeText(t)}</p>\n`;
  }
}

/** One block as HTML. */
function blockToHtml(block: Block, ctx: Context): string {
  if (block.kind === 'image') return figureHtml(block, ctx);
  if (block.kind === 'code') {
    // Written from the block's text, not re-parsed: the code is exactly what the model holds.
    const cls = block.lang && CODE_LANG.test(block.lang) ? attr('class', `language-${block.lang}`) : '';
    return `<pre><code${cls}>${escapeText(block.text)}</code></pre>\n`;
  }
  const tokens = tokensOf(block.markdown);
  // The Markdown gives the inline markup (links, emphasis, code) when it reads back as the
  // block's text; otherwise the text itself is written.
  return squeeze(visibleText(tokens)) === squeeze(block.text) ? blockHtml(tokens, ctx) : plainBlockHtml(block);
}

/** The page address links resolve against: the article's absolute http(s) URL, else none. */
function baseOf(article: Pick<Article, 'url' | 'source'>): string | null {
  return absoluteUrl(article.url, null, IMAGE_SCHEMES) ?? absoluteUrl(article.source.url, null, IMAGE_SCHEMES);
}

/** The body blocks as HTML (the JSON `html` field; the content of the document's article body). */
export function bodyHtml(article: Pick<Article, 'blocks' | 'url' | 'source'>): string {
  const ctx: Context = { base: baseOf(article) };
  return article.blocks.map((b) => blockToHtml(b, ctx)).join('');
}

/** "2024-03-04…" shown as a date in the article's language (the date as written, no time-zone shift). */
export function displayDate(iso: string, lang: string | null): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = m[3] ? { dateStyle: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(langAttribute(lang) ?? 'en', options).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', options).format(date);
  }
}

/** The article's header: headline, byline (<address>), date (<time>), and the page it came from. */
function headerHtml(article: Article, base: string | null): string {
  const lines: string[] = [];
  if (article.title) lines.push(`<h1>${escapeText(article.title)}</h1>`);
  const byline = article.authors.length ? article.authors.join(', ') : article.byline;
  if (byline) lines.push(`<address>${escapeText(byline)}</address>`);
  const meta: string[] = [];
  if (article.published) {
    const shown = escapeText(displayDate(article.published, article.lang));
    meta.push(DATETIME.test(article.published) ? `<time${attr('datetime', article.published)}>${shown}</time>` : shown);
  }
  if (base) meta.push(`<a${attr('href', base)}>${escapeText(article.siteName ?? new URL(base).hostname)}</a>`);
  else if (article.siteName) meta.push(escapeText(article.siteName));
  if (meta.length) lines.push(`<p>${meta.join(' · ')}</p>`);
  return lines.length ? `<header>\n${lines.join('\n')}\n</header>\n` : '';
}

/** The language tag written in lang="", or null. */
export function langAttribute(lang: string | null): string | null {
  const tag = (lang ?? '').trim().replace(/_/g, '-'); // "en_US", as some pages write it, is "en-US"
  return tag && LANG_TAG.test(tag) ? tag : null;
}

/**
 * The whole document. No <style>, no <script>, nothing fetched but the article's own images:
 * the browser's default look, which reads well for headings, paragraphs, lists and tables.
 */
export function renderHtml(article: Article): string {
  const base = baseOf(article);
  const dir: Direction = articleDirection(article);
  const lang = langAttribute(article.lang);
  const title = article.title ?? article.siteName ?? 'Article';
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeText(title)}</title>`,
    ...(base ? [`<link rel="canonical"${attr('href', base)}>`] : []),
    ...(article.description ? [`<meta name="description"${attr('content', article.description)}>`] : []),
    ...(article.published ? [`<meta name="date"${attr('content', article.published)}>`] : []),
    ...(article.authors.length ? [`<meta name="author"${attr('content', article.authors.join(', '))}>`] : []),
  ].join('\n');
  const body = bodyHtml(article);
  return `<!DOCTYPE html>\n<html${lang ? attr('lang', lang) : ''}${attr('dir', dir)}>\n<head>\n${head}\n</head>\n<body>\n<article>\n${headerHtml(article, base)}<div>\n${body}</div>\n</article>\n</body>\n</html>\n`;
}
