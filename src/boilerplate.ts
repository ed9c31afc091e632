/**
 * Stage 5 (shared by both paths): remove boilerplate blocks with the rule table in
 * rules/boilerplate.ts. Every removal is recorded with its rule id for --explain.
 */
import type { Block, Removal } from './model.js';
import { matchBoilerplate, type BoilerplateRule } from './rules/boilerplate.js';

/** Longest block (words) still read as a headline in a "Related Articles" list. */
const RELATED_ITEM_MAX_WORDS = 25;
/** Fewest words of kept body before a terminating section ("Comments") may cut the rest. */
const MIN_BODY_WORDS_BEFORE_END = 30;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

function ruleFor(block: Block): BoilerplateRule | null {
  if (block.kind === 'code' || block.kind === 'table' || block.kind === 'image') return null;
  if (block.kind === 'list') {
    const items = block.text.split('\n').filter((s) => s.trim());
    const rules = items.map(matchBoilerplate);
    return rules.length > 0 && rules.every(Boolean) ? rules[0]! : null;
  }
  return matchBoilerplate(block.text);
}

/** Is this block an item of a headline list (short, not a sentence of prose)? */
function isHeadlineItem(block: Block): boolean {
  if (block.kind === 'list') return true;
  if (block.kind !== 'paragraph' && block.kind !== 'heading') return false;
  return words(block.text) <= RELATED_ITEM_MAX_WORDS;
}

/** `keep`: blocks a user rule protects (src/user-rules/html.ts), never removed here. */
export function removeBoilerplate(blocks: readonly Block[], removed: Removal[], keep?: (b: Block) => boolean): Block[] {
  const out: Block[] = [];
  let bodyWords = 0;
  const drop = (b: Block, rule: string) => removed.push({ stage: 'boilerplate', rule, text: b.text });
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const rule = keep?.(block) ? null : ruleFor(block);
    if (!rule) {
      out.push(block);
      bodyWords += words(block.text);
      continue;
    }
    drop(block, rule.id);
    if (rule.action === 'end' && bodyWords >= MIN_BODY_WORDS_BEFORE_END) {
      for (const rest of blocks.slice(i + 1)) drop(rest, rule.id);
      break;
    }
    if (rule.action === 'list') {
      while (i + 1 < blocks.length && isHeadlineItem(blocks[i + 1]!)) drop(blocks[++i]!, rule.id);
    }
  }
  return out;
}
