/**
 * HTML path: the extracted content element -> body blocks of the article model.
 * One handler per element kind (a keyed table, as in hast-util-to-mdast); containers are
 * walked with an explicit stack, so deeply nested markup cannot overflow the call stack.
 */
import type { Block } from '../model.js';
import { codeLanguage, toMarkdown } from './markdown.js';

const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Elements that are blocks of their own; anything else inline is gathered into paragraphs. */
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'UL', 'OL', 'DL', 'BLOCKQUOTE', 'PRE',
  'TABLE', 'FIGURE', 'HR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'ADDRESS', 'DETAILS', 'CENTER', 'FORM', 'FIELDSET', 'LI', 'DD', 'DT',
  'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'BUTTON', 'FORM', 'INPUT', 'SELECT', 'TEXTAREA', 'HR', 'CANVAS']);

const norm = (s: string | null | undefined) => (s ?? '').replace(/[ \t\r\n\u00a0]+/g, ' ').trim();

function hasBlockChild(el: Element): boolean {
  for (const c of el.children) if (BLOCK_TAGS.has(c.tagName) && !SKIPPED.has(c.tagName)) return true;
  return false;
}

/** Plain text of a list: one item a line, nested items indented by two spaces. */
function listText(list: Element, depth = 0): string {
  const lines: string[] = [];
  for (const li of list.children) {
    if (li.tagName !== 'LI') continue;
    const own: string[] = [];
    const nested: string[] = [];
    for (const c of li.childNodes) {
      if (c.nodeType === 1 && ((c as Element).tagName === 'UL' || (c as Element).tagName === 'OL')) nested.push(listText(c as Element, depth + 1));
      else own.push(c.textContent ?? '');
    }
    const t = norm(own.join(' '));
    if (t) lines.push('  '.repeat(depth) + t);
    lines.push(...nested.filter(Boolean));
  }
  return lines.join('\n');
}

function tableText(table: Element): string {
  return [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((c) => norm(c.textContent)).join('\t')).join('\n');
}

type Handler = (el: Element) => Block | null;

const HANDLERS: Record<string, Handler> = {
  P: (el) => paragraph(el),
  UL: (el) => list(el),
  OL: (el) => list(el),
  BLOCKQUOTE: (el) => ({ kind: 'quote', text: norm(el.textContent), markdown: toMarkdown(el) }),
  PRE: (el) => {
    const lang = codeLanguage(el);
    return { kind: 'code', text: (el.textContent ?? '').replace(/\n$/, ''), markdown: toMarkdown(el), ...(lang ? { lang } : {}) };
  },
  TABLE: (el) => ({ kind: 'table', text: tableText(el), markdown: toMarkdown(el) }),
  IMG: (el) => image(el, null),
  FIGURE: (el) => {
    const img = el.querySelector('img');
    if (!img) return null;
    return image(img, norm(el.querySelector('figcaption')?.textContent));
  },
};
for (const h of HEADINGS) HANDLERS[h] = (el) => {
  const text = norm(el.textContent);
  return text ? { kind: 'heading', level: Number(el.tagName[1]), text, markdown: `${'#'.repeat(Number(el.tagName[1]))} ${toMarkdown(el).replace(/^#+\s*/, '')}` } : null;
};

function paragraph(el: Element): Block | null {
  const text = norm(el.textContent);
  const markdown = toMarkdown(el);
  if (!text && !markdown) return null;
  if (!text) return /!\[/.test(markdown) ? { kind: 'image', text: '', markdown } : null;
  return { kind: 'paragraph', text, markdown };
}

function list(el: Element): Block | null {
  const text = listText(el);
  return text ? { kind: 'list', ordered: el.tagName === 'OL', text, markdown: toMarkdown(el) } : null;
}

function image(img: Element, caption: string | null): Block | null {
  const markdown = toMarkdown(img);
  if (!markdown) return null;
  return { kind: 'image', text: '', markdown: caption ? `${markdown}\n\n_${caption.replace(/_/g, '\\_')}_` : markdown };
}

/**
 * Walks the content element and returns its blocks in document order. Containers with block
 * children are walked; runs of inline content between blocks become paragraphs.
 */
export function toBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  const doc = root.ownerDocument;
  addQuoteMarks(root);
  const stack: Node[] = [root];
  let inline: Node[] = [];
  const flushInline = () => {
    if (inline.length === 0) return;
    const p = doc.createElement('p');
    for (const n of inline) p.appendChild(n.cloneNode(true));
    inline = [];
    const b = paragraph(p);
    if (b) blocks.push(b);
  };
  while (stack.length) {
    const node = stack.pop()!;
    if (node === FLUSH) {
      flushInline();
      continue;
    }
    if (node.nodeType === 3) {
      inline.push(node);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    const handler = HANDLERS[tag];
    const container = node === root || (BLOCK_TAGS.has(tag) && !handler) || (tag === 'P' && hasBlockChild(el)) || (tag === 'TABLE' && el.querySelector('table, p, h1, h2, h3') !== null);
    if (container) {
      // Walk children in order: push them reversed, with flush markers around the container.
      stack.push(FLUSH);
      // One read of the child list: linkedom rebuilds it on every access (quadratic on long pages).
      const kids = el.childNodes;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
      stack.push(FLUSH);
      continue;
    }
    if (handler) {
      flushInline();
      const b = handler(el);
      if (b) blocks.push(b);
      continue;
    }
    inline.push(el);
  }
  flushInline();
  return blocks;
}

/**
 * An inline quotation (<q>) is shown with quote marks the browser adds; without them its words
 * would run into the sentence. Adds “…” (‘…’ inside another <q>) unless the text has marks already.
 */
function addQuoteMarks(root: Element): void {
  const doc = root.ownerDocument;
  for (const q of root.querySelectorAll('q')) {
    const text = q.textContent ?? '';
    if (!text.trim() || /^\s*["“‘'«„]/.test(text)) continue;
    const inner = q.parentElement?.closest('q') ? ['‘', '’'] : ['“', '”'];
    q.insertBefore(doc.createTextNode(inner[0]!), q.firstChild);
    q.appendChild(doc.createTextNode(inner[1]!));
  }
}

/** A marker pushed on the walk stack: "flush the inline run here". */
const FLUSH = { nodeType: -1 } as unknown as Node;
