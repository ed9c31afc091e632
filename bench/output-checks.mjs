/**
 * Checks of the output formats over real pages (issue 15), shared by the bench script
 * (bench/check-output.mjs, over dist/) and the test (test/output-aeb.test.ts, over src/):
 *
 *   - --format html parses without a single error in a standards HTML parser (parse5, the
 *     parser of jsdom, which follows the WHATWG tokenizer and tree builder and reports every
 *     parse error); has no script/style/iframe/form/object… element, no on* or style attribute,
 *     no javascript:/data:/vbscript: URL; every link and image address is absolute; the visible
 *     text of the article body equals the article's `text` up to white space (figure captions
 *     aside: the model keeps captions out of `text`, as it keeps images out);
 *   - Markdown with links: false, images: false has no "](" and no "![";
 *   - chunks: none over the limit unless it is one block alone, in order, offsets right, and
 *     their texts joined by CHUNK_JOINER give `text` exactly.
 *
 * Each check returns a list of problems (empty when the page passes).
 */
import { parse } from 'parse5';

/** Elements that must never appear (scripts, styles, embedded content, forms). */
const FORBIDDEN_ELEMENTS = new Set(['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'input', 'button', 'select', 'textarea', 'option', 'base', 'svg', 'math', 'template', 'noscript', 'audio', 'video', 'source', 'portal']);
const UNSAFE_URL = /^\s*(?:javascript|data|vbscript|file):/i;
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'background', 'xlink:href']);
/** Elements whose text is not the body's: the document head and the article's header, and figure captions. */
const NOT_BODY_TEXT = new Set(['head', 'header', 'figcaption']);
/** Elements after which a browser breaks the line (so their texts do not run together). */
const BLOCKS = new Set(['p', 'div', 'li', 'ul', 'ol', 'blockquote', 'pre', 'table', 'tr', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'br', 'hr', 'thead', 'tbody']);

function* walk(node) {
  yield node;
  for (const c of node.childNodes ?? []) yield* walk(c);
  if (node.content) yield* walk(node.content); // <template> contents
}

const squeeze = (s) => s.replace(/\s+/g, '');

/** Problems of one HTML document rendered from `article` (whose JSON `text` is `text`). */
export function checkHtml(html, text) {
  const problems = [];
  const errors = [];
  const doc = parse(html, { onParseError: (e) => errors.push(`${e.code} at line ${e.startLine}`) });
  if (errors.length) problems.push(`parse errors: ${errors.slice(0, 5).join(', ')}`);
  for (const n of walk(doc)) {
    if (!n.tagName) continue;
    if (FORBIDDEN_ELEMENTS.has(n.tagName)) problems.push(`forbidden element <${n.tagName}>`);
    if (n.tagName === 'link' && /stylesheet|preload|import/i.test(n.attrs.find((a) => a.name === 'rel')?.value ?? '')) problems.push('a stylesheet/preload link');
    if (n.tagName === 'meta' && n.attrs.some((a) => a.name === 'http-equiv')) problems.push('meta http-equiv');
    for (const a of n.attrs) {
      if (/^on/i.test(a.name)) problems.push(`event attribute ${a.name} on <${n.tagName}>`);
      if (a.name === 'style') problems.push(`style attribute on <${n.tagName}>`);
      if (UNSAFE_URL.test(a.value)) problems.push(`unsafe URL in ${a.name}: ${a.value.slice(0, 40)}`);
      if (URL_ATTRIBUTES.has(a.name)) {
        let ok = false;
        try {
          const u = new URL(a.value);
          ok = ['http:', 'https:', 'mailto:'].includes(u.protocol);
        } catch {
          ok = false;
        }
        if (!ok) problems.push(`not an absolute URL in <${n.tagName} ${a.name}>: ${a.value.slice(0, 60)}`);
      }
    }
  }
  const visible = visibleBodyText(doc);
  if (squeeze(visible) !== squeeze(text)) {
    const a = squeeze(visible);
    const b = squeeze(text);
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    problems.push(`visible text differs from text at ${i}: html «${a.slice(Math.max(0, i - 30), i + 30)}» text «${b.slice(Math.max(0, i - 30), i + 30)}»`);
  }
  return problems;
}

/** Visible text of the article body (the <article>'s content without its <header>), block breaks as newlines. */
export function visibleBodyText(doc) {
  const article = [...walk(doc)].find((n) => n.tagName === 'article');
  if (!article) return '';
  let out = '';
  const visit = (node) => {
    if (node.nodeName === '#text') {
      out += node.value;
      return;
    }
    if (node.tagName && NOT_BODY_TEXT.has(node.tagName)) return;
    for (const c of node.childNodes ?? []) visit(c);
    if (node.tagName && BLOCKS.has(node.tagName)) out += '\n';
  };
  visit(article);
  return out;
}

/** Problems of Markdown rendered with links: false, images: false. */
export function checkPlainMarkdown(markdown) {
  const problems = [];
  if (markdown.includes('](')) problems.push(`"](" at ${markdown.indexOf('](')}: ${markdown.slice(Math.max(0, markdown.indexOf('](') - 40), markdown.indexOf('](') + 40)}`);
  if (markdown.includes('![')) problems.push(`"![" at ${markdown.indexOf('![')}`);
  return problems;
}

/**
 * Problems of an article's chunks: `chunks` from chunkArticle(article, limit), `blockTexts` the
 * texts of the article's blocks that have text, `text` its JSON text, `joiner` CHUNK_JOINER.
 */
export function checkChunks(chunks, limit, blockTexts, text, joiner) {
  const problems = [];
  const blocks = new Set(blockTexts);
  let last = -1;
  for (const c of chunks) {
    if (c.wordCount > limit && !blocks.has(c.text)) problems.push(`chunk ${c.index} has ${c.wordCount} words (limit ${limit}) and is not one block`);
    if (c.start <= last) problems.push(`chunk ${c.index} out of order`);
    last = c.start;
    if (text.slice(c.start, c.end) !== c.text) problems.push(`chunk ${c.index}: offsets do not give its text`);
  }
  if (chunks.map((c) => c.text).join(joiner) !== text) problems.push('chunks joined do not give the text');
  return problems;
}
