/**
 * HTML -> Markdown with Turndown: one service, built once, with GFM tables, fenced code that
 * keeps the language, absolute-or-dropped links, and no raw HTML left where Markdown can say it.
 * Rules are small {filter, replacement} objects in a keyed table (Turndown's own shape).
 */
// The browser build: Turndown's Node build loads an HTML parser (domino, a third of a cold
// start) for string input, and this module only ever converts DOM nodes.
import { classAttr } from './page-index.js';
import TurndownService from 'turndown/lib/turndown.browser.es.js';
import { gfm } from '@joplin/turndown-plugin-gfm';
import { timed } from '../stages.js';
import { SPACE_RUNS } from '../space.js';

/** URL schemes a Markdown link or image may keep; others (javascript:, data:, vbscript:) are dropped. */
const SAFE_URL = /^(?:https?:|mailto:|ftp:|\/|\.{0,2}\/|#|[^:]*$)/i;

export function safeUrl(url: string | null | undefined): string | null {
  const u = (url ?? '').trim().replace(/[\u0000-\u001f\s]+/g, '');
  return u && SAFE_URL.test(u) ? u : null;
}

/** Language named by a class ("language-ts", "lang-js", "highlight-source-python") or data-lang. */
export function codeLanguage(el: Element | null): string | null {
  for (let n: Element | null = el, depth = 0; n && depth < 2; n = n.firstElementChild, depth++) {
    const data = n.getAttribute('data-lang');
    if (data) return data;
    const m = /(?:^|\s)(?:language|lang|highlight-source|brush:?)-?([\w+#-]+)/i.exec(classAttr(n) ?? '');
    if (m) return m[1]!.toLowerCase();
  }
  return null;
}

/** Attributes that lazy-loading scripts read the real image address from, in order. */
const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src'];

/** The address an <img> shows: src, or the lazy-loading attribute when src is a placeholder, or srcset. */
export function imageSource(img: Element): string | null {
  const src = safeUrl(img.getAttribute('src'));
  if (src && !/^data:/i.test(src)) return src;
  for (const attr of LAZY_SRC_ATTRIBUTES) {
    const v = safeUrl(img.getAttribute(attr));
    if (v && !/^data:/i.test(v)) return v;
  }
  const srcset = (img.getAttribute('srcset') ?? img.getAttribute('data-srcset') ?? '').split(',')[0]?.trim().split(/\s+/)[0];
  const fromSet = safeUrl(srcset);
  return fromSet && !/^data:/i.test(fromSet) ? fromSet : null;
}

/** Rows of a table, its own only (not those of a table nested in a cell). */
function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (const c of table.children) {
    if (c.tagName === 'TR') rows.push(c);
    else if (c.tagName === 'THEAD' || c.tagName === 'TBODY' || c.tagName === 'TFOOT') for (const r of c.children) if (r.tagName === 'TR') rows.push(r);
  }
  return rows;
}

/** One cell as inline Markdown: no line breaks, pipes escaped. */
function cellMarkdown(cell: Element): string {
  return markdownService()
    .turndown(cell as unknown as HTMLElement)
    .replace(/\s*\n+\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/**
 * A GFM table: the first row (a <thead> row, a row of <th>, or else simply the first row) is the
 * header row GFM requires; colspans repeat as empty cells; short rows are padded.
 */
export function tableMarkdown(table: Element): string {
  const rows = ownRows(table).map((tr) => {
    const cells: string[] = [];
    for (const c of tr.children) {
      if (c.tagName !== 'TD' && c.tagName !== 'TH') continue;
      cells.push(cellMarkdown(c));
      const span = Math.min(Number(c.getAttribute('colspan')) || 1, MAX_COLSPAN);
      for (let i = 1; i < span; i++) cells.push('');
    }
    return cells;
  }).filter((r) => r.some((c) => c));
  if (rows.length === 0) return '';
  // The header row is shown bold already: a header cell that is wholly bold ("**Pos.**") needs no markup.
  rows[0] = rows[0]!.map((c) => /^\*\*[^*]+\*\*$/.test(c) ? c.slice(2, -2) : c);
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r: string[]) => `| ${[...r, ...Array<string>(width - r.length).fill('')].join(' | ')} |`;
  return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}

/** Largest colspan honoured: a layout table with colspan=100 must not make 100 columns. */
const MAX_COLSPAN = 20;

const escapeAlt = (s: string) => s.replace(/[\[\]\\]/g, '\\$&').replace(SPACE_RUNS, ' ').trim();

const RULES: Record<string, TurndownService.Rule> = {
  fencedCodeWithLanguage: {
    filter: (node) => node.nodeName === 'PRE',
    replacement: (_content, node) => {
      const el = node as HTMLElement;
      const code = el.textContent ?? '';
      const lang = codeLanguage(el) ?? '';
      const longestFence = Math.max(2, ...(code.match(/`{3,}/g) ?? []).map((f) => f.length));
      const fence = '`'.repeat(longestFence + 1);
      return `\n\n${fence}${lang}\n${code.replace(/\n$/, '')}\n${fence}\n\n`;
    },
  },
  safeLink: {
    filter: (node) => node.nodeName === 'A',
    replacement: (content, node) => {
      const text = content.trim();
      if (!text) return '';
      const href = safeUrl((node as HTMLElement).getAttribute('href'));
      if (!href || href.startsWith('#')) return content;
      const title = (node as HTMLElement).getAttribute('title');
      return `[${content}](${href.replace(/[()]/g, (c) => encodeURIComponent(c))}${title ? ` "${title.replace(/"/g, '\\"')}"` : ''})`;
    },
  },
  compactListItem: {
    // "- item" and "1. item", nested content indented to the item's text (CommonMark), instead of
    // Turndown's "-   item" with a four-space indent.
    filter: 'li',
    replacement: (content, node) => {
      const parent = node.parentNode as Element | null;
      let prefix = '- ';
      if (parent?.nodeName === 'OL') {
        const start = Number(parent.getAttribute('start')) || 1;
        const index = [...parent.children].filter((c) => c.nodeName === 'LI').indexOf(node as unknown as Element);
        prefix = `${start + Math.max(0, index)}. `;
      }
      const indent = ' '.repeat(prefix.length);
      const body = content.replace(/^\n+/, '').replace(/\n+$/, '\n').replace(/\n/gm, `\n${indent}`).replace(/^[ ]+$/gm, '');
      return prefix + body + (node.nextSibling && !/\n$/.test(body) ? '\n' : '');
    },
  },
  // A cell or row outside any table (broken markup: "<svg><td>…") is plain text. The GFM
  // plugin's own rules would look for its table and throw ("Invalid value used as weak map key").
  orphanTablePart: {
    // Case-insensitive: inside <svg> (foreign content) the names stay lower case.
    filter: (node) => /^(?:td|th|tr)$/i.test(node.nodeName) && !insideTable(node),
    replacement: (content, node) => (/^tr$/i.test(node.nodeName) ? `\n${content}\n` : ` ${content} `),
  },
  gfmTable: {
    filter: (node) => node.nodeName === 'TABLE',
    replacement: (_content, node) => `\n\n${tableMarkdown(node as unknown as Element)}\n\n`,
  },
  safeImage: {
    filter: 'img',
    replacement: (_content, node) => {
      const el = node as HTMLElement;
      const src = imageSource(el);
      if (!src) return '';
      const alt = escapeAlt(el.getAttribute('alt') ?? '');
      return `![${alt}](${src.replace(/[()]/g, (c) => encodeURIComponent(c))})`;
    },
  },
};

function insideTable(node: Node): boolean {
  for (let p = node.parentNode; p; p = p.parentNode) if (/^table$/i.test(p.nodeName)) return true;
  return false;
}

/** Elements whose content never becomes Markdown. */
const DROPPED = ['script', 'style', 'noscript', 'iframe', 'object', 'embed', 'form', 'button', 'input', 'select', 'textarea', 'svg', 'canvas', 'template'] as const;

let service: TurndownService | null = null;

/** The shared Turndown service (built on first use). */
export function markdownService(): TurndownService {
  if (service) return service;
  const s = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
    strongDelimiter: '**',
    hr: '---',
  });
  s.use(gfm);
  for (const [name, r] of Object.entries(RULES)) s.addRule(name, r);
  s.remove([...DROPPED] as unknown as TurndownService.Filter);
  service = s;
  return s;
}

/** Elements whose own tag carries the Markdown (a fence, a table, "> ", an image): converted whole. */
const CONVERTED_WHOLE = new Set(['PRE', 'TABLE', 'BLOCKQUOTE', 'IMG', 'UL', 'OL']);

/**
 * Markdown of a node. Turndown converts a root node's children, not the node itself, so an
 * element whose tag is the Markdown is wrapped first.
 */
export function toMarkdown(node: Node): string {
  return timed('markdown', () => nodeMarkdown(node));
}

function nodeMarkdown(node: Node): string {
  let root = node;
  if (node.nodeType === 1 && CONVERTED_WHOLE.has((node as Element).tagName) && node.ownerDocument) {
    const wrap = node.ownerDocument.createElement('div');
    wrap.appendChild(node.cloneNode(true));
    root = wrap;
  }
  return markdownService()
    .turndown(root as unknown as HTMLElement)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
