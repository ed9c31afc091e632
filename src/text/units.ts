/**
 * Text path, step 1: raw text -> units (one paragraph, list, or heading-like line each).
 * Blank lines separate groups. Inside a group, hard-wrapped lines (cut at a fixed width) are
 * joined into one paragraph, bullet lines become a list, and other lines (the one-line-per-block
 * shape of a browser's innerText dump) stay separate units.
 */
import type { Block } from '../model.js';
import { inlineText, looksLikeMarkdown, markdownLine, tableCells } from './markdown-syntax.js';
import { matchBoilerplate } from '../rules/boilerplate.js';

/** Shortest wrapped line (chars) for a group to count as hard-wrapped prose. */
const WRAP_MIN_LINE = 40;
/** Widest line (chars) in a hard-wrapped group; longer lines are one-line paragraphs. */
const WRAP_MAX_LINE = 100;

export interface Unit {
  /** Index of the first source line (0-based), for --explain. */
  line: number;
  /** Non-blank lines in the unit's group (lines between blank lines): 1 for a paragraph of its own. */
  group: number;
  text: string;
  block: Block;
  /** Heading level the source gave in Markdown ("## What changes"). */
  heading?: number;
  /**
   * Cells of the source line split at tabs or runs of two or more spaces (set when more than
   * one): a table row ("Pos<TAB>Player<TAB>Plays") or a menu printed on one line.
   */
  cells?: number;
}

const BULLET = /^\s*(?:[-*•·▪●◦–]|\d{1,3}[.)])\s+/;
const ORDERED = /^\s*\d{1,3}[.)]\s+/;

/** Escapes the characters that would turn plain text into Markdown syntax. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([*_`[\]<>])/g, '\\$1')
    .replace(/^(#{1,6}\s)/, '\\$1')
    .replace(/^(\s*)([-+])(\s)/, '$1\\$2$3')
    .replace(/^(\s*\d+)([.)])(\s)/, '$1\\$2$3')
    .replace(/^>/, '\\>');
}

/** How a line becomes text and Markdown: escaped plain text, or Markdown read as such. */
interface Inline {
  text: (line: string) => string;
  markdown: (line: string) => string;
}
const PLAIN: Inline = { text: (l) => l, markdown: escapeMarkdown };
const MARKDOWN: Inline = { text: inlineText, markdown: (l) => l };

function listBlock(lines: string[], inline: Inline): Block {
  const ordered = lines.every((l) => ORDERED.test(l));
  const items = lines.map((l) => l.replace(BULLET, '').trim());
  return {
    kind: 'list',
    ordered,
    text: items.map(inline.text).join('\n'),
    markdown: items.map((it, i) => `${ordered ? `${i + 1}.` : '-'} ${inline.markdown(it)}`).join('\n'),
  };
}

/** True when the lines of a group read as one paragraph hard-wrapped at a fixed width. */
/** An author line "Name Surname @handle ..." under a headline: its own block, not a wrapped line. */
const AUTHOR_HANDLE_LINE = /^\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}.'-]*){1,3} @\w+/u;

function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 2) return false;
  if (lines.some((l) => AUTHOR_HANDLE_LINE.test(l))) return false;
  const body = lines.slice(0, -1);
  const widest = Math.max(...lines.map((l) => l.length));
  if (widest > WRAP_MAX_LINE) return false;
  // Wrapped lines fill the width: every line but the last is long and close to the widest.
  if (!body.every((l) => l.length >= WRAP_MIN_LINE && l.length >= widest * 0.6)) return false;
  // A line that is boilerplate on its own ("You might also like", "Share this") is a line of a
  // page's layout printed under the last one, not the rest of a wrapped sentence.
  return !lines.some((l) => matchBoilerplate(l));
}

function collapse(s: string): string {
  return s.replace(/[ \t\u00a0]+/g, ' ').trim();
}

/**
 * Soft hyphens (U+00AD): invisible hyphenation points that sites set in long words
 * ("Mes\u00ADsen\u00ADger\u00ADdiens\u00ADte"); dropped, so the same word reads the same in a headline,
 * its second printing and the article, and is found by searches of the output.
 */
const SOFT_HYPHEN = /\u00AD/g;
/**
 * Zero-width characters (space, joiners, word joiner, byte-order mark): a line holding only these
 * (an editor's "empty" paragraph, "<p>&#8203;</p>") shows as a blank line and is one.
 */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const isBlankLine = (raw: string) => raw.replace(INVISIBLE, '').trim() === '';

/** @param markdown the text is known to be Markdown; otherwise its syntax decides (looksLikeMarkdown). */
export function toUnits(text: string, markdown?: boolean): Unit[] {
  const lines = text.replace(/\r\n?/g, '\n').replace(SOFT_HYPHEN, '').split('\n');
  const md = markdown ?? looksLikeMarkdown(lines);
  const inline = md ? MARKDOWN : PLAIN;
  const units: Unit[] = [];
  let group: Array<{ line: number; text: string }> = [];
  const push = (line: number, groupSize: number, raw: string, extra: Pick<Unit, 'heading' | 'cells'> = {}) => {
    const t = inline.text(raw);
    if (!t) return; // an image alone, an empty link
    units.push({ line, group: groupSize, text: t, block: { kind: 'paragraph', text: t, markdown: inline.markdown(raw) }, ...extra });
  };

  const flush = () => {
    if (group.length === 0) return;
    const texts = group.map((g) => collapse(g.text));
    const first = group[0]!.line;
    if (texts.length > 1 && texts.every((t) => BULLET.test(t))) {
      const block = listBlock(texts, inline);
      units.push({ line: first, group: texts.length, text: block.text, block });
    } else if (isHardWrapped(texts)) {
      // Join, mending words hyphenated at the line end ("extra-\nction" stays hyphenated: we cannot tell).
      push(first, 1, texts.join(' '));
    } else {
      // Bullet runs inside a one-line-per-block group still become lists.
      let i = 0;
      while (i < texts.length) {
        if (BULLET.test(texts[i]!) && BULLET.test(texts[i + 1] ?? '')) {
          let j = i;
          while (j < texts.length && BULLET.test(texts[j]!)) j++;
          const block = listBlock(texts.slice(i, j), inline);
          units.push({ line: group[i]!.line, group: texts.length, text: block.text, block });
          i = j;
        } else {
          const cells = group[i]!.text.trim().split(/\t|[ \u00a0]{2,}/).filter((c) => c.trim()).length;
          push(group[i]!.line, texts.length, texts[i]!, cells > 1 ? { cells } : {});
          i++;
        }
      }
    }
    group = [];
  };

  // Markdown pages only: fenced code, headings, rules and quotes are blocks of their own.
  let fence: { line: number; lang: string; marker: string; body: string[] } | null = null;
  let quote: { line: number; body: string[] } | null = null;
  const flushQuote = () => {
    if (!quote) return;
    const raw = collapse(quote.body.join(' '));
    const t = inline.text(raw);
    if (t) units.push({ line: quote.line, group: 1, text: t, block: { kind: 'quote', text: t, markdown: `> ${inline.markdown(raw)}` } });
    quote = null;
  };
  // A GFM table: a header row, a separator row, body rows; anything less stays lines of text.
  let table: { line: number; rows: string[]; separated: boolean } | null = null;
  const flushTable = () => {
    if (!table) return;
    const rows = table.rows.filter((_r, k) => k !== 1);
    if (table.separated && rows.length >= 2) {
      const text = rows.map((r) => tableCells(r).map(inlineText).join('\t')).join('\n');
      units.push({ line: table.line, group: 1, text, block: { kind: 'table', text, markdown: table.rows.map((r) => r.trim()).join('\n') } });
    } else {
      table.rows.forEach((r, k) => group.push({ line: table!.line + k, text: r }));
    }
    table = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (fence) {
      if (raw.trim().startsWith(fence.marker)) {
        const code = fence.body.join('\n').replace(/^\n+|\s+$/g, '');
        if (code) units.push({ line: fence.line, group: 1, text: code, block: { kind: 'code', text: code, markdown: `${fence.marker}${fence.lang}\n${code}\n${fence.marker}`, ...(fence.lang ? { lang: fence.lang } : {}) } });
        fence = null;
      } else fence.body.push(raw);
      continue;
    }
    if (isBlankLine(raw)) {
      flushTable();
      flush();
      flushQuote();
      continue;
    }
    if (!md) {
      group.push({ line: i, text: raw });
      continue;
    }
    const kind = markdownLine(raw);
    if (kind.kind !== 'quote') flushQuote();
    if (kind.kind !== 'table-row') flushTable();
    switch (kind.kind) {
      case 'fence':
        flush();
        fence = { line: i, lang: kind.lang, marker: raw.trim().slice(0, 3), body: [] };
        continue;
      case 'heading':
        flush();
        push(i, 1, collapse(kind.text), { heading: kind.level });
        continue;
      case 'setext': {
        // The line above, in the same group, is the heading; with none, "---" is a rule.
        const above = group.pop();
        flush();
        if (above) push(above.line, 1, collapse(above.text), { heading: kind.level });
        continue;
      }
      case 'rule':
        flush();
        continue;
      case 'quote':
        flush();
        quote ??= { line: i, body: [] };
        quote.body.push(kind.text);
        continue;
      case 'table-row':
        if (!table) flush();
        table ??= { line: i, rows: [], separated: false };
        if (table.rows.length === 1 && kind.separator) table.separated = true;
        table.rows.push(raw);
        continue;
      default:
        group.push({ line: i, text: raw });
    }
  }
  // A fence never closed: its lines are text after all.
  const open = fence;
  if (open) group.push(...open.body.map((text, k) => ({ line: open.line + 1 + k, text })));
  flushTable();
  flush();
  flushQuote();
  return units;
}
