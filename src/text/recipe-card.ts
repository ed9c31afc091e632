/**
 * A food blog prints its post first and the recipe card under it: the card's title, times, the
 * ingredient lines ("300 Gramm Mehl") and the method as packed short lines. The post wins the
 * region and the card, scoring little, stays out. A block of quantity lines shortly under the
 * region, with no prose paragraph between, joins it with the method that follows, up to the
 * next prose paragraph, boilerplate line or run of menu-like lines.
 */
import type { Classified } from './classify.js';
import type { Region } from './region.js';
import type { UnitStats } from './stats.js';
import type { Unit } from './units.js';

/** Units under the region searched for the card's first ingredient line (its title, rating, times and description come first). */
const RECIPE_CARD_LOOKAHEAD = 30;
/** Fewest quantity lines of a card's ingredient block (as INGREDIENTS_MIN_LINES above the region). */
const RECIPE_CARD_MIN_INGREDIENTS = 3;
/** Most other lines between two ingredient lines (a "For the glaze:" heading, "Some salt"). */
const RECIPE_CARD_INGREDIENT_GAP = 3;
/** Most units of the method after the last ingredient line. */
const RECIPE_CARD_METHOD_MAX_UNITS = 40;
/** Consecutive short lines that are no sentence (a nutrition table, share buttons, a menu) that end the method (as MENU_RUN). */
const RECIPE_CARD_END_RUN = 4;
/** Fewest words of a method step read as a sentence. */
const STEP_MIN_WORDS = 4;

export function extendRecipeCard<R extends Region>(units: readonly Unit[], classes: readonly Classified[], stats: readonly UnitStats[], region: R): R {
  if (region.terminator >= 0 && region.end >= region.terminator) return region;
  // 1. the first ingredient line, with no prose paragraph or terminating section before it
  let first = -1;
  for (let i = region.end; i < Math.min(units.length, region.end + RECIPE_CARD_LOOKAHEAD); i++) {
    if (classes[i]!.cls === 'good' || classes[i]!.rule?.action === 'end') return region;
    if (stats[i]!.quantity) {
      first = i;
      break;
    }
  }
  if (first < 0) return region;
  // 2. the ingredient block
  let last = first;
  let count = 1;
  for (let i = first + 1; i < units.length && i - last <= RECIPE_CARD_INGREDIENT_GAP + 1; i++) {
    if (classes[i]!.cls === 'good' || classes[i]!.rule) break;
    if (stats[i]!.quantity) {
      last = i;
      count++;
    }
  }
  if (count < RECIPE_CARD_MIN_INGREDIENTS) return region;
  // 3. the method, up to a prose paragraph, a boilerplate line or a run of menu-like lines
  let end = last + 1;
  let run = 0;
  while (end < units.length && end - last <= RECIPE_CARD_METHOD_MAX_UNITS) {
    const c = classes[end]!;
    if (c.cls === 'good' || c.rule) break;
    const s = stats[end]!;
    const sentence = s.terminal && s.words >= STEP_MIN_WORDS;
    run = (c.cls === 'short' || c.cls === 'bad') && !sentence && !s.quantity ? run + 1 : 0;
    if (run >= RECIPE_CARD_END_RUN) {
      end -= run - 1;
      break;
    }
    end++;
  }
  // Trailing headings with nothing under them ("Notes", "Nutrition") stay out.
  while (end > last + 1 && (classes[end - 1]!.cls === 'short' || classes[end - 1]!.cls === 'bad') && !stats[end - 1]!.terminal) end--;
  return { ...region, end };
}
