/**
 * Text path: the article's own numbered list (a calendar "1a etapa: …", "2a etapa: …"; a buying
 * guide "1) Product", "2) Product"; steps "1. …", "2. …") right above or right below the region
 * of prose. Its items are short lines without stopwords, so the density statistics leave them
 * out; numbers running 1, 2, 3 … in order are the author's, not a menu's or a footer's.
 * A teaser box's ranking ("Most read" 1, 2, 3) sits under a heading a boilerplate rule knows, and
 * any rule line ends the list.
 */
import type { Classified } from './classify.js';
import type { ListedRegion } from './region.js';
import type { Unit } from './units.js';

/**
 * An item's leading number: "1)", "2.", "3:", "4a etapa", "5º", "6ª", "7 –"; not a year, a time
 * ("10:30") or a decimal ("1.5").
 */
const ITEM_NUMBER = /^(\d{1,3})(?:[.)\]:](?!\d)|[aªºo°](?=\s)|\s+[–—-]\s)/u;
/** Fewest items in sequence for a numbered list (two numbered lines happen by chance). */
const NUMBERED_MIN_ITEMS = 3;
/** Most units between two items (a link or a note line under each item). */
const NUMBERED_MAX_SPACING = 3;
/** Most units between the region and the list's first (or last) item. */
const NUMBERED_MAX_DISTANCE = 2;
/** Lines after the last item that belong to it (its link or note), when no rule line comes first. */
const NUMBERED_TAIL_UNITS = 1;

export function itemNumber(text: string): number {
  const m = ITEM_NUMBER.exec(text.trim());
  return m ? Number(m[1]) : -1;
}

/** The items 1, 2, 3 … starting at unit `first`, each within NUMBERED_MAX_SPACING of the last, no rule line between: their indexes. */
function sequenceFrom(units: readonly Unit[], classes: readonly Classified[], first: number, firstNumber = 1): number[] {
  const at = [first];
  for (let j = first + 1; j < units.length && j - at[at.length - 1]! <= NUMBERED_MAX_SPACING; j++) {
    if (classes[j]!.rule || classes[j]!.cls === 'good') break;
    if (itemNumber(units[j]!.text) === firstNumber + at.length) at.push(j);
  }
  return at;
}

/**
 * The region grown over a numbered list of at least NUMBERED_MIN_ITEMS items that starts within
 * NUMBERED_MAX_DISTANCE units after its end (or ends within that distance above its start), with
 * no boilerplate-rule line between. The list's lines are marked as the article's list (not a
 * menu run).
 */
export function extendNumberedList<R extends ListedRegion>(units: readonly Unit[], classes: readonly Classified[], region: R): R {
  if (region.terminator >= 0 && region.end >= region.terminator) return region;
  let out = region;
  // Below: item 1 shortly after the region's end (the region may already hold its first items).
  for (let i = Math.max(region.start, region.end - NUMBERED_MAX_SPACING); i < Math.min(units.length, region.end + NUMBERED_MAX_DISTANCE + 1); i++) {
    if (i >= region.end && classes[i]!.rule) break;
    // Item 1 here, or a later item the region already holds (the list runs on past its end).
    const n = itemNumber(units[i]!.text);
    if (n < 1 || (n > 1 && i >= region.end)) continue;
    const at = sequenceFrom(units, classes, i, n);
    if (n + at.length - 1 < NUMBERED_MIN_ITEMS || at[at.length - 1]! < region.end) continue;
    let end = at[at.length - 1]! + 1;
    for (let k = 0; k < NUMBERED_TAIL_UNITS && end < units.length && !classes[end]!.rule && classes[end]!.cls !== 'good' && itemNumber(units[end]!.text) < 0; k++) end++;
    out = { ...out, end: Math.max(out.end, end), list: { start: Math.min(out.list?.start ?? i, i), end: Math.max(out.list?.end ?? end, end) } };
    break;
  }
  // Above: the last item shortly before the region's start, item 1 further up.
  for (let i = region.start - 1; i >= Math.max(0, region.start - 1 - NUMBERED_MAX_DISTANCE); i--) {
    if (classes[i]!.rule) break;
    const n = itemNumber(units[i]!.text);
    if (n < NUMBERED_MIN_ITEMS) continue;
    // Walk up to item 1.
    let first = -1;
    for (let j = i - 1; j >= Math.max(0, i - n * (NUMBERED_MAX_SPACING + 1)); j--) {
      if (classes[j]!.rule || classes[j]!.cls === 'good') break;
      if (itemNumber(units[j]!.text) === 1) {
        first = j;
        break;
      }
    }
    if (first < 0) break;
    const at = sequenceFrom(units, classes, first);
    if (at.length < NUMBERED_MIN_ITEMS || at[at.length - 1]! !== i) break;
    // The list's heading right above item 1 ("Tour dates", "Calendar 2018") is the article's too.
    const head = first > 0 && classes[first - 1]!.cls === 'short' && !classes[first - 1]!.rule && itemNumber(units[first - 1]!.text) < 0 ? first - 1 : first;
    out = { ...out, start: Math.min(out.start, head), list: { start: Math.min(out.list?.start ?? first, first), end: Math.max(out.list?.end ?? region.start, region.start) } };
    break;
  }
  return out;
}
