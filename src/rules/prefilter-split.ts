/**
 * The alternatives of a rule pattern, compiled only as far as a line can use them. The large
 * vocabulary patterns (rules/boilerplate-languages.ts) are one anchored alternation over every
 * language: /^(?:Ähnliche\s+Beiträge|Related articles|Czytaj także|…)\s*:?$/iu, thousands of
 * characters. Its pre-check (rules/prefilter.ts) lets through every line that starts as any one
 * alternative does ("The …", "More …"), and V8 then compiles the whole alternation and tries
 * each branch. Here a pattern of the shape `^(?:A1|A2|…|An)REST` is read into its alternatives,
 * each with its own pre-check (that of `^(?:Ai)REST`), and a line is tested against
 * `^(?:Ai|Aj|…)REST` made of only the alternatives its start admits: a handful of branches, compiled
 * once per distinct handful.
 *
 * The answer is the same: a match of the whole pattern is a match of one of its alternatives
 * followed by REST, and each alternative's pre-check never rejects a line it matches. The split is
 * made only where that reasoning holds: the group opens the pattern and is not repeated, REST has
 * no alternative of its own, and nothing refers back to a group (\1, \k<name>), whose numbers
 * change in a subset. Only `test` is answered (captures are not). test/unit/prefilter-split.test.ts
 * compares the split and the whole pattern over the rule tables.
 */
import type { LinePrefilter } from './prefilter.js';

/** A pattern read as `^(?:alts[0]|alts[1]|…)rest`. */
export interface SplitSource {
  alts: string[];
  rest: string;
}

/** Fewest alternatives worth splitting: a short alternation compiles as cheaply as a subset of it. */
export const MIN_SPLIT_ALTERNATIVES = 8;

/** Index just past the group or class opening at `i` (the source's `(` or `[`), or -1 when unbalanced. */
function skipBalanced(src: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Positions of the `|` at depth 0 of `src` (escapes, classes and groups skipped). */
function topLevelBars(src: string): number[] | null {
  const bars: number[] = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (c === '[' || c === '(') {
      if (c === '[') {
        // A class: up to its closing bracket.
        let j = i + 1;
        while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
        if (j >= src.length) return null;
        i = j;
      } else {
        const end = skipBalanced(src, i);
        if (end < 0) return null;
        i = end - 1;
      }
    } else if (c === '|') bars.push(i);
  }
  return bars;
}

/**
 * The leading alternation of a pattern, or null when it has none the split may use (see the top
 * of this file), or fewer than MIN_SPLIT_ALTERNATIVES branches.
 */
export function splitSource(pattern: RegExp): SplitSource | null {
  const src = pattern.source;
  if (/[mgyv]/.test(pattern.flags) || !src.startsWith('^(?:')) return null;
  // A back-reference would change meaning when groups are renumbered or left out.
  if (/\\(?:[1-9]|k<)/.test(src)) return null;
  const end = skipBalanced(src, 1);
  if (end < 0) return null;
  const rest = src.slice(end);
  if (/^[?*+{]/.test(rest)) return null;
  const restBars = topLevelBars(rest);
  if (!restBars || restBars.length) return null;
  const inner = src.slice(4, end - 1);
  const bars = topLevelBars(inner);
  if (!bars || bars.length + 1 < MIN_SPLIT_ALTERNATIVES) return null;
  const alts: string[] = [];
  let from = 0;
  for (const b of [...bars, inner.length]) {
    alts.push(inner.slice(from, b));
    from = b + 1;
  }
  return { alts, rest };
}

/** The pattern of one alternative, whose pre-check is that alternative's. */
export const alternativePattern = (split: SplitSource, i: number, flags: string): RegExp => new RegExp(`^(?:${split.alts[i]})${split.rest}`, flags);

/**
 * Which alternatives a line's start admits: each alternative's pre-check indexed by its literal
 * starts, so a line costs one lookup per start length, not one check per alternative.
 */
export class AlternativeIndex {
  private readonly byStart = new Map<string, number[]>();
  private readonly always: number[] = [];
  private readonly lengths: number[];
  private readonly patterns = new Map<string, RegExp>();

  constructor(
    private readonly split: SplitSource,
    private readonly flags: string,
    filters: readonly LinePrefilter[],
  ) {
    const lengths = new Set<number>();
    filters.forEach((filter, i) => {
      if (!filter) {
        this.always.push(i);
        return;
      }
      for (const [length, starts] of filter) {
        lengths.add(length);
        for (const s of starts) {
          const list = this.byStart.get(s);
          if (list) list.push(i);
          else this.byStart.set(s, [i]);
        }
      }
    });
    this.lengths = [...lengths];
  }

  /**
   * The pattern made of the alternatives a line with this prefix may match (in their order), the
   * whole pattern when that is all of them, or null when it is none. `prefix` as rules/prefilter.ts
   * computes it (never null here: a line without one tests the whole pattern).
   */
  subset(prefix: string, whole: RegExp): RegExp | null {
    let picked: number[] | null = this.always.length ? [...this.always] : null;
    for (const length of this.lengths) {
      if (prefix.length < length) continue;
      const hit = this.byStart.get(prefix.slice(0, length));
      if (hit) picked = picked ? picked.concat(hit) : [...hit];
    }
    if (!picked) return null;
    const ids = [...new Set(picked)].sort((a, b) => a - b);
    if (ids.length === this.split.alts.length) return whole;
    const key = ids.join(',');
    let re = this.patterns.get(key);
    if (!re) this.patterns.set(key, (re = new RegExp(`^(?:${ids.map((i) => this.split.alts[i]).join('|')})${this.split.rest}`, this.flags)));
    return re;
  }
}
