/**
 * Text path, step 1: raw text -> units (one paragraph, list, or heading-like line each).
 * Blank lines separate groups. Inside a group, hard-wrapped lines (cut at a fixed width) are
 * joined into one paragraph, bullet lines become a list, and other lines (the one-line-per-block
 * shape of a browser's innerText dump) stay separate units.
 */
import type { Block } from '../model.js';

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

export function paragraphBlock(text: string): Block {
  return { kind: 'paragraph', text, markdown: escapeMarkdown(text) };
}

function listBlock(lines: string[]): Block {
  const ordered = lines.every((l) => ORDERED.test(l));
  const items = lines.map((l) => l.replace(BULLET, '').trim());
  return {
    kind: 'list',
    ordered,
    text: items.join('\n'),
    markdown: items.map((it, i) => `${ordered ? `${i + 1}.` : '-'} ${escapeMarkdown(it)}`).join('\n'),
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
  return body.every((l) => l.length >= WRAP_MIN_LINE && l.length >= widest * 0.6);
}

function collapse(s: string): string {
  return s.replace(/[ \t\u00a0]+/g, ' ').trim();
}

export function toUnits(text: string): Unit[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const units: Unit[] = [];
  let group: Array<{ line: number; text: string }> = [];

  const flush = () => {
    if (group.length === 0) return;
    const texts = group.map((g) => collapse(g.text));
    const first = group[0]!.line;
    if (texts.length > 1 && texts.every((t) => BULLET.test(t))) {
      const block = listBlock(texts);
      units.push({ line: first, group: texts.length, text: block.text, block });
    } else if (isHardWrapped(texts)) {
      // Join, mending words hyphenated at the line end ("extra-\nction" stays hyphenated: we cannot tell).
      const joined = texts.join(' ');
      units.push({ line: first, group: 1, text: joined, block: paragraphBlock(joined) });
    } else {
      // Bullet runs inside a one-line-per-block group still become lists.
      let i = 0;
      while (i < texts.length) {
        if (BULLET.test(texts[i]!) && BULLET.test(texts[i + 1] ?? '')) {
          let j = i;
          while (j < texts.length && BULLET.test(texts[j]!)) j++;
          const block = listBlock(texts.slice(i, j));
          units.push({ line: group[i]!.line, group: texts.length, text: block.text, block });
          i = j;
        } else {
          const cells = group[i]!.text.trim().split(/\t|[ \u00a0]{2,}/).filter((c) => c.trim()).length;
          units.push({ line: group[i]!.line, group: texts.length, text: texts[i]!, block: paragraphBlock(texts[i]!), ...(cells > 1 ? { cells } : {}) });
          i++;
        }
      }
    }
    group = [];
  };

  lines.forEach((raw, i) => {
    if (raw.trim() === '') flush();
    else group.push({ line: i, text: raw });
  });
  flush();
  return units;
}
