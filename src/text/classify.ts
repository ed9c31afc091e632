/**
 * Text path: the first, context-free class of each unit (jusText's idea): 'good' reads as
 * article prose, 'near' might be, 'short' is too short to tell (a heading, a menu item, a
 * byline), 'bad' is boilerplate. Every decision names the rule id or the statistic behind it,
 * for --explain.
 */
import { matchBoilerplate, type BoilerplateRule } from '../rules/boilerplate.js';
import type { PageStats, UnitStats } from './stats.js';
import type { Unit } from './units.js';

export type UnitClass = 'good' | 'near' | 'short' | 'bad';

export interface Classified {
  cls: UnitClass;
  /** The rule id or statistic that decided. */
  why: string;
  rule: BoilerplateRule | null;
}

/** Shorter units (chars) are 'short': too little text to judge by statistics (jusText: 70). */
export const SHORT_CHARS = 70;
/** Units this long (chars) with prose-level stopwords are 'good' even without a final stop (jusText: 200). */
export const LONG_CHARS = 200;
/** Fewest words for a sentence-ending unit to be 'good'. */
export const GOOD_MIN_WORDS = 10;
/**
 * Stopword share relative to the page's prose level: at least this much is prose-like. Relative,
 * because the stopword lists differ in size between languages (59 Spanish words, 621 German).
 */
export const STOP_RATIO_GOOD = 0.6;
/** At least this relative share is 'near' (could be prose with many names and numbers). */
export const STOP_RATIO_NEAR = 0.35;
/** Lines in a group (no blank line between) this large are packed: lists, not paragraphs (see stats). */
export const PACKED_GROUP_LINES = 3;
/** Repeated lines up to this many words are navigation (a repeated long line may be a pull quote). */
export const REPEATED_MAX_WORDS = 12;

function stopRatio(s: UnitStats, page: PageStats): number {
  // Without a known language the statistic says nothing: treat every unit as prose-like.
  if (!page.lang || page.proseStopShare <= 0) return 1;
  return s.stopShare / page.proseStopShare;
}

/**
 * A line that only separates the article's sections ("___", "* * *", "---"): part of the
 * article where it stands (wire stories set one under every section), a thematic break in Markdown.
 */
const SEPARATOR = /^(?:_{3,}|(?:\*\s*){3,}|-{3,}|(?:•\s*){3,})$/u;

/** Code and tables the Markdown source wrote as such: the author's content, never prose-like by statistics. */
const STRUCTURED: ReadonlySet<string> = new Set(['code', 'table']);

export function classifyUnit(u: Unit, s: UnitStats, page: PageStats): Classified {
  if (STRUCTURED.has(u.block.kind)) return { cls: 'near', why: `markdown:${u.block.kind}`, rule: null };
  const rule = u.block.kind === 'list' ? listRule(u.text) : matchBoilerplate(u.text);
  if (rule) return { cls: 'bad', why: rule.id, rule };
  // Code between the paragraphs of a tutorial: part of the article, worth little on its own.
  if (s.code) return { cls: 'near', why: 'stat:code', rule: null };
  // The ingredient list of a recipe, the parts list of a how-to.
  if (s.quantity) return { cls: 'near', why: 'stat:quantity', rule: null };
  // The signature under a post the article embeds: part of the quotation, though it reads as a date line.
  if (s.signature) return { cls: 'near', why: 'stat:embed-signature', rule: null };
  if (SEPARATOR.test(u.text.trim())) return { cls: 'short', why: 'stat:separator', rule: null };
  if (s.counter) return { cls: 'bad', why: 'stat:counter', rule: null };
  if (s.date) return { cls: 'bad', why: 'stat:date-only', rule: null };
  if (s.glued) return { cls: 'bad', why: 'stat:glued-teaser', rule: null };
  if (s.repeated && s.words <= REPEATED_MAX_WORDS) return { cls: 'short', why: 'stat:repeated', rule: null };
  const ratio = stopRatio(s, page);
  if (s.chars < SHORT_CHARS) return { cls: 'short', why: 'stat:short', rule: null };
  if (ratio >= STOP_RATIO_GOOD && (s.chars >= LONG_CHARS || (s.terminal && s.words >= GOOD_MIN_WORDS))) {
    // On a page that separates paragraphs with blank lines, lines packed in a long group are
    // teaser lists and link lists, even when each reads like prose.
    if (page.blankSeparated && u.group >= PACKED_GROUP_LINES) return { cls: 'near', why: 'stat:packed-lines', rule: null };
    return { cls: 'good', why: 'stat:prose', rule: null };
  }
  if (ratio >= STOP_RATIO_NEAR) return { cls: 'near', why: s.terminal ? 'stat:near-prose' : 'stat:no-final-stop', rule: null };
  return { cls: 'bad', why: 'stat:few-stopwords', rule: null };
}

/** A list is boilerplate when every item is. */
function listRule(text: string): BoilerplateRule | null {
  const items = text.split('\n').filter((s) => s.trim());
  const rules = items.map(matchBoilerplate);
  return rules.length > 0 && rules.every(Boolean) ? rules[0]! : null;
}
