/**
 * HTML -> Markdown with Turndown: one service, built once, with GFM tables, fenced code that
 * keeps the language, absolute-or-dropped links, and no raw HTML left where Markdown can say it.
 * Rules are small {filter, replacement} objects in a keyed table (Turndown's own shape).
 */
import TurndownService from 'turndown';
import { gfm } from '@joplin/turndown-plugin-gfm';

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
    const m = /(?:^|\s)(?:language|lang|highlight-source|brush:?)-?([\w+#-]+)/i.exec(n.getAttribute('class') ?? '');
    if (m) return m[1]!.toLowerCase();
  }
  return null;
}

const escapeAlt = (s: string) => s.replace(/[\[\]\\]/g, '\\$&').replace(/\s+/g, ' ').trim();

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
  safeImage: {
    filter: 'img',
    replacement: (_content, node) => {
      const el = node as HTMLElement;
      const src = safeUrl(el.getAttribute('src'));
      if (!src || /^data:/i.test(src)) return '';
      const alt = escapeAlt(el.getAttribute('alt') ?? '');
      return `![${alt}](${src.replace(/[()]/g, (c) => encodeURIComponent(c))})`;
    },
  },
};

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

export function toMarkdown(node: Node): string {
  return markdownService()
    .turndown(node as unknown as HTMLElement)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
