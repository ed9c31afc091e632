/**
 * User rules on the text path, over the blocks the text path kept (before the shared
 * boilerplate table, src/boilerplate.ts):
 *   T1. titleLine   the first line a pattern matches is the headline (its first capture group,
 *                   when the pattern has one); a block that is that line leaves the body
 *   T2. bylineLine  the same for the byline; the authors are read from it
 *   T3. dropLines   blocks a pattern matches are dropped
 *   T4. endAt       the first block a pattern matches ends the article: it and all after it go
 * Rules apply in their order; patterns run on RE2 (linear time), over each trimmed line of a block.
 */
import type { Block, Removal } from '../model.js';
import type { Parsed } from '../parsed.js';
import { bylineAuthors } from '../text/byline.js';
import { CHOSE_STAGE, USER_STAGE, type CompiledRule, type LineMatcher } from './types.js';

/** Longest line (characters) a pattern is run on; longer lines are matched on their start. RE2 is linear, this bounds the constant. */
export const MAX_MATCHED_LINE_CHARS = 10_000;

/** The trimmed, non-empty lines of a text, each cut to MAX_MATCHED_LINE_CHARS: what patterns run on. */
const matchedLines = (s: string) => s.split('\n').map((l) => l.trim().slice(0, MAX_MATCHED_LINE_CHARS)).filter(Boolean);

/** `source`: the text as the text path read it (titleLine and bylineLine search all of its lines). */
export function applyTextRules(parsed: Parsed, rules: readonly CompiledRule[], source: string): Parsed {
  if (!rules.length) return parsed;
  let blocks = [...parsed.blocks];
  const removed: Removal[] = [];
  const out = { ...parsed };
  // Each block's lines, split once for all the patterns tried on it (code blocks are never matched).
  const blockLines = new Map<Block, string[]>();
  const matches = (m: LineMatcher, b: Block) => {
    if (b.kind === 'code') return false;
    let ls = blockLines.get(b);
    if (!ls) blockLines.set(b, (ls = matchedLines(b.text)));
    return ls.some((l) => m.test(l));
  };
  const drop = (b: Block, rule: string) => removed.push({ stage: USER_STAGE, rule, text: b.text });
  // T1-T2: the first matching line of the whole text (the text path may have set it aside as
  // page furniture), by the first rule that has the key; a block that is that line alone leaves the body.
  const textLines = matchedLines(source);
  for (const key of ['titleLine', 'bylineLine'] as const) {
    for (const rule of rules) {
      const m = rule[key];
      if (!m) continue;
      const line = textLines.find((l) => m.test(l));
      if (line === undefined) continue;
      const value = (m.value(line) ?? line).replace(/^#+\s*/, '').trim();
      if (!value) continue;
      removed.push({ stage: CHOSE_STAGE, rule: `${rule.label} ${key} ${m.source}`, text: value });
      const i = blocks.findIndex((b) => b.text.trim() === line || b.text.trim() === value);
      if (i >= 0) {
        drop(blocks[i]!, `${rule.label} ${key} ${m.source}`);
        blocks.splice(i, 1);
      }
      if (key === 'titleLine') out.title = value;
      else {
        out.byline = value;
        out.authors = bylineAuthors(value);
      }
      break;
    }
  }
  // T3-T4, rule by rule.
  for (const rule of rules) {
    if (rule.dropLines.length) {
      blocks = blocks.filter((b) => {
        const m = rule.dropLines.find((p) => matches(p, b));
        if (m) drop(b, `${rule.label} dropLines ${m.source}`);
        return !m;
      });
    }
    for (const m of rule.endAt) {
      const i = blocks.findIndex((b) => matches(m, b));
      if (i < 0) continue;
      for (const b of blocks.slice(i)) drop(b, `${rule.label} endAt ${m.source}`);
      blocks = blocks.slice(0, i);
    }
  }
  return { ...out, blocks, removed: [...parsed.removed, ...removed] };
}
