/**
 * Text path: a ranked teaser list ("Most read": 1, headline, 2, headline, 3 …) printed as
 * lines. Its headlines are short near-prose lines without a final stop, like the article's
 * headline and its first lines, so they are marked: never the headline, never the article.
 */
import type { Unit } from './units.js';

/** A rank printed on a line of its own ("1", "2.", "#3"). */
const RANK_LINE = /^#?(\d{1,2})\.?$/;
/** Fewest ranks in sequence (1, 2, 3) for a ranked list. */
const RANKED_MIN_ENTRIES = 3;
/** Most units between two ranks (a section label and a headline sit between). */
const RANKED_MAX_SPACING = 4;

/**
 * Per unit: true for the lines of a ranked list, from the unit after the first rank's item
 * start to the last rank's item: ranks 1, 2, 3 … in order, each within RANKED_MAX_SPACING
 * units of the last, evenly spaced (every item the same number of lines).
 */
export function rankedListLines(units: readonly Unit[]): boolean[] {
  const out = units.map(() => false);
  const rank = units.map((u) => {
    const m = RANK_LINE.exec(u.text.trim());
    return m ? Number(m[1]) : -1;
  });
  for (let i = 0; i < units.length; i++) {
    if (rank[i] !== 1) continue;
    const at = [i];
    for (let j = i + 1; j < units.length && j - at[at.length - 1]! <= RANKED_MAX_SPACING; j++) if (rank[j] === at.length + 1) at.push(j);
    if (at.length < RANKED_MIN_ENTRIES) continue;
    const spacing = at[1]! - at[0]!;
    if (spacing < 2 || at.some((k, n) => n > 0 && k - at[n - 1]! !== spacing)) continue;
    // Each item sits on one side of its rank; both sides are marked (the first item before the
    // first rank, the last after the last rank).
    for (let k = Math.max(0, at[0]! - spacing + 1); k <= Math.min(units.length - 1, at[at.length - 1]! + spacing - 1); k++) out[k] = true;
    i = at[at.length - 1]!;
  }
  return out;
}
