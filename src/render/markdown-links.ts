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

/**
 * Longest "(destination "title")" looked at after "]": a longer one is not taken for a link.
 * Real link targets are a few hundred characters at most; the bound keeps a block full of
 * unclosed "[x](" pieces linear instead of rescanning to its end from each one.
 */
const MAX_TARGET_CHARS = 2048;
/** Deepest parentheses inside a link destination (CommonMark's and markdown-it's limit, 32). */
const MAX_PAREN_DEPTH = 32;

/** Where code spans and brackets close, found in one pass over the string (linear time). */
interface Analysis {
  /** For the "[" at index i: the index of its "]", or -1. */
  close: Int32Array;
  /** Start of a backtick run -> end (exclusive) of the code span it opens, or -1. */
  codeEnd: Map<number, number>;
  /** Index of the next `ch` at or after `from`, or -1; remembered, so repeated searches stay linear. */
  next: (ch: string, from: number) => number;
}

function analyse(s: string): Analysis {
  // Backtick runs by length, in order: a code span closes at the next run of the same length.
  const runs = new Map<number, number[]>();
  for (let i = 0; i < s.length; ) {
    if (s[i] !== '`') {
      i++;
      continue;
    }
    let n = 0;
    while (s[i + n] === '`') n++;
    (runs.get(n) ?? runs.set(n, []).get(n)!).push(i);
    i += n;
  }
  const codeEnd = new Map<number, number>();
  const spanEnd = (at: number): number => {
    let n = 0;
    while (s[at + n] === '`') n++;
    const list = runs.get(n) ?? [];
    // First run of this length after `at` (binary search).
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo < list.length ? list[lo]! + n : -1;
  };
  const close = new Int32Array(s.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '`') {
      const end = spanEnd(i);
      let n = 0;
      while (s[i + n] === '`') n++;
      codeEnd.set(i, end);
      i = (end > 0 ? end : i + n) - 1;
      continue;
    }
    if (c === '[') stack.push(i);
    else if (c === ']' && stack.length) close[stack.pop()!] = i;
  }
  const memo = new Map<string, { from: number; found: number }>();
  const next = (ch: string, from: number): number => {
    const m = memo.get(ch);
    if (m && m.from <= from && (m.found === -1 || m.found >= from)) return m.found;
    const found = s.indexOf(ch, from);
    memo.set(ch, { from, found });
    return found;
  };
  return { close, codeEnd, next };
}

/** `(destination "title")` starting at `at` (the "("), balanced parentheses; end index or -1. */
function targetEnd(s: string, a: Analysis, at: number): number {
  if (s[at] !== '(') return -1;
  const limit = Math.min(s.length, at + MAX_TARGET_CHARS);
  let i = at + 1;
  const space = () => {
    while (i < limit && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n')) i++;
  };
  space();
  if (s[i] === '<') {
    const gt = a.next('>', i);
    const nl = a.next('\n', i);
    if (gt < 0 || gt >= limit || (nl >= 0 && nl < gt)) return -1;
    i = gt + 1;
  } else {
    let depth = 0;
    for (; i < limit; i++) {
      const c = s[i]!;
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === ' ' || c === '\t' || c === '\n') break;
      if (c === '(') {
        if (++depth > MAX_PAREN_DEPTH) return -1;
      } else if (c === ')') {
        if (depth === 0) break;
        depth--;
      }
    }
  }
  space();
  const quote = s[i];
  if (i < limit && (quote === '"' || quote === "'" || quote === '(')) {
    const closeChar = quote === '(' ? ')' : quote;
    let j = a.next(closeChar, i + 1);
    // An escaped closing character does not close the title: look further.
    while (j >= 0 && j < limit && backslashesBefore(s, j) % 2 === 1) j = s.indexOf(closeChar, j + 1);
    if (j < 0 || j >= limit) return -1;
    i = j + 1;
    space();
  }
  return i < limit && s[i] === ')' ? i + 1 : -1;
}

function backslashesBefore(s: string, at: number): number {
  let n = 0;
  while (at - n - 1 >= 0 && s[at - n - 1] === '\\') n++;
  return n;
}

type Visitor = {
  link: (label: string, target: string) => string;
  image: (alt: string, target: string) => string;
  /**
   * Escape "(" after "]" and "[" after "!" in plain text (outside code): brackets that are not a
   * link or an image but would read as the start of one to a string search. `\(` and `\[` are
   * CommonMark escapes, so the rendered text is the same.
   */
  escapeLinkSyntax?: boolean;
  escapeImageSyntax?: boolean;
};

/** `s` with every inline link and image replaced by what the visitor returns. */
export function rewriteLinks(s: string, visit: Visitor): string {
  return rewriteRange(s, analyse(s), 0, s.length, visit);
}

function rewriteRange(s: string, a: Analysis, from: number, to: number, visit: Visitor): string {
  let out = '';
  // The last character written: kept apart, since reading the end of `out` would flatten the string each time.
  let last = '';
  const write = (t: string) => {
    if (!t) return;
    out += t;
    last = t[t.length - 1]!;
  };
  let i = from;
  while (i < to) {
    const c = s[i]!;
    if (c === '\\') {
      write(s.slice(i, Math.min(i + 2, to)));
      i += 2;
      continue;
    }
    if (c === '`') {
      let n = 0;
      while (s[i + n] === '`') n++;
      const end = a.codeEnd.get(i) ?? -1;
      const stop = Math.min(to, end > 0 ? end : i + n);
      write(s.slice(i, stop));
      i = stop;
      continue;
    }
    const image = c === '!' && s[i + 1] === '[';
    const open = image ? i + 1 : i;
    if (image || c === '[') {
      const close = a.close[open]!;
      const end = close > 0 && close < to && s[close + 1] === '(' ? targetEnd(s, a, close + 1) : -1;
      if (end > 0 && end <= to) {
        const target = s.slice(close + 2, end - 1).trim();
        write(image ? visit.image(s.slice(open + 1, close), target) : visit.link(rewriteRange(s, a, open + 1, close, visit), target));
        i = end;
        continue;
      }
    }
    if (visit.escapeLinkSyntax && c === '(' && last === ']') write('\\(');
    else if (visit.escapeImageSyntax && c === '[' && last === '!') write('\\[');
    else write(c);
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
    escapeLinkSyntax: options.links === false,
    escapeImageSyntax: options.images === false,
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
