/**
 * The body as plain text, and where each block sits in it. Blocks with text are joined by one
 * blank line; blocks without text (images) are left out. Renderers and the quote stage use
 * this one function, so `quotes[].start/end/paragraph` always agree with `text`.
 */
import type { Block } from './model.js';

export interface BodyLayout {
  text: string;
  /** Offset of each block's text in `text`, or -1 for a block without text. */
  starts: number[];
  /** Paragraph number (0-based, in `text`) of each block, or -1. */
  paragraphs: number[];
}

export function bodyLayout(blocks: readonly Block[]): BodyLayout {
  const parts: string[] = [];
  const starts: number[] = [];
  const paragraphs: number[] = [];
  let at = 0;
  for (const b of blocks) {
    const t = b.text.trim() ? b.text : '';
    if (!t) {
      starts.push(-1);
      paragraphs.push(-1);
      continue;
    }
    if (parts.length) at += 2;
    starts.push(at);
    paragraphs.push(parts.length);
    parts.push(t);
    at += t.length;
  }
  return { text: parts.join('\n\n'), starts, paragraphs };
}
