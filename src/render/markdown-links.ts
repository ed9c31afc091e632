/**
 * Markdown shaped for its reader: links without targets (`--no-links`), no images
 * (`--no-images`), or reference-style links collected at the end (`--link-style referenced`).
 *
 * Works on the model's block Markdown with a small scanner of CommonMark's inline links
 * (`[text](url "title")`, `![alt](url)`): backslash escapes and code spans are copied as they
 * are, so a bracket inside code or an escaped bracket is never taken for a link. Code blocks are
 * not touched.
 */
import type { Article, Block } from '../model.js';

export type LinkStyle = 'inline' | 'referenced';

export interface LinkShapeOptions {
  /** Keep link targets (default true); false keeps the link text only. */
  links?: boolean;
  /** Keep images (default true); false drops them, and image blocks with their captions. */
  images?: boolean;
  /** Inline links (default) or reference-style links numbered in order, listed after the body. */
  linkStyle?: LinkStyle;
}

interface Parsed {
  /** The label's raw Markdown (between the brackets). */
  label: string;
  /** The destination and title as written ("url" or "url \"title\""). */
  target: string;
  /** Index just after the closing parenthesis. */
  end: number;
}

/** Index of the `]` closing the bracket opened at `open`, or -1 (escapes and code spans skipped). */
function closingBracket(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '`') {
      const end = codeSpanEnd(s, i);
      if (end > 0) i = end - 1;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']' && --depth === 0) return i;
  }
  return -1;
}

/** End (exclusive) of the code span opening at `at`, or -1 when the backtick run is not closed. */
function codeSpanEnd(s: string, at: number): number {
  let n = 0;
  while (s[at + n] === '`') n++;
  const fence = '`'.repeat(n);
  for (let i = s.indexOf(fence, at + n); i >= 0; i = s.indexOf(fence, i + 1)) {
    let run = 0;
    while (s[i + run] === '`') run++;
    if (run === n) return i + n;
    i += run - 1;
  }
  return -1;
}

/** `(destination "title")` starting at `at` (the "("), balanced parentheses; end index or -1. */
function targetEnd(s: string, at: number): number {
  if (s[at] !== '(') return -1;
  let i = at + 1;
  while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n') i++;
  if (s[i] === '<') {
    const close = s.indexOf('>', i);
    if (close < 0) return -1;
    i = close + 1;
  } else {
    let depth = 0;
    for (; i < s.length; i++) {
      const c = s[i]!;
      if (c === '\\') {
        i++;
        continue;
      }
      if (/\s/.test(c)) break;
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      }
    }
  }
  while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n') i++;
  const quote = s[i];
  if (quote === '"' || quote === "'" || quote === '(') {
    const closeChar = quote === '(' ? ')' : quote;
    for (i++; i < s.length && s[i] !== closeChar; i++) if (s[i] === '\\') i++;
    if (i >= s.length) return -1;
    i++;
    while (s[i] === ' ' || s[i] === '\t' || s[i] === '\n') i++;
  }
  return s[i] === ')' ? i + 1 : -1;
}

/** The inline link or image whose "[" is at `open`, or null when the brackets are not a link. */
function parseLink(s: string, open: number): Parsed | null {
  const close = closingBracket(s, open);
  if (close < 0 || s[close + 1] !== '(') return null;
  const end = targetEnd(s, close + 1);
  if (end < 0) return null;
  return { label: s.slice(open + 1, close), target: s.slice(close + 2, end - 1).trim(), end };
}

type Visitor = {
  link: (label: string, target: string) => string;
  image: (alt: string, target: string) => string;
};

/** `s` with every inline link and image replaced by what the visitor returns. */
export function rewriteLinks(s: string, visit: Visitor): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\') {
      out += s.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (c === '`') {
      const end = codeSpanEnd(s, i);
      let n = 0;
      while (s[i + n] === '`') n++;
      const stop = end > 0 ? end : i + n;
      out += s.slice(i, stop);
      i = stop;
      continue;
    }
    const image = c === '!' && s[i + 1] === '[';
    if (image || c === '[') {
      const at = image ? i + 1 : i;
      const p = parseLink(s, at);
      if (p) {
        out += image ? visit.image(p.label, p.target) : visit.link(rewriteLinks(p.label, visit), p.target);
        i = p.end;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

/** A block's Markdown shaped by the options, or null when nothing of it is left. */
function shapeBlock(block: Block, options: LinkShapeOptions, references: Map<string, number>): string | null {
  if (block.kind === 'code') return block.markdown;
  if (options.images === false && block.kind === 'image') return null; // the image and its caption
  const md = rewriteLinks(block.markdown, {
    image: (alt, target) => (options.images === false ? '' : `![${alt}](${target})`),
    link: (label, target) => {
      if (options.links === false || !label.trim()) return label;
      if (options.linkStyle !== 'referenced') return `[${label}](${target})`;
      let n = references.get(target);
      if (n === undefined) {
        n = references.size + 1;
        references.set(target, n);
      }
      return `[${label}][${n}]`;
    },
  });
  return md.trim() ? md : null;
}

/** The body Markdown shaped by the options (blocks joined by a blank line, references at the end). */
export function shapedBodyMarkdown(article: Pick<Article, 'blocks'>, options: LinkShapeOptions): string {
  const references = new Map<string, number>();
  const parts = article.blocks.map((b) => shapeBlock(b, options, references)).filter((m): m is string => m !== null && m.trim() !== '');
  const body = parts.join('\n\n');
  if (!references.size) return body;
  // The inline form's "url" or "url \"title\"" is also a valid definition's destination and title.
  const defs = [...references].map(([target, n]) => `[${n}]: ${target}`);
  return `${body}\n\n${defs.join('\n')}`;
}

/** True when the options change nothing (the plain body Markdown can be used as it is). */
export function isDefaultShape(options: LinkShapeOptions): boolean {
  return options.links !== false && options.images !== false && options.linkStyle !== 'referenced';
}
