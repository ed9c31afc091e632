/**
 * Text path: an article that ends in blocks of the same form (a meal plan's days, each with the
 * same meal labels; a timetable per venue; a spec sheet per model): short labelled lines the
 * density statistics leave out, where the same labels come back in every block. The blocks
 * after the region, up to the line where the page's junk starts (a boilerplate rule), join it.
 * A teaser list or a footer does not repeat its own lines; a footer menu repeats the header's,
 * which sits above the article, so labels printed above the region do not count.
 * Blocks the article's last sentence announces ("our picks are below": a buying guide's product
 * boxes) may sit under a related-list heading and repeat a boilerplate line in every box.
 */
import { announcesBelow } from '../rules/announcements.js';
import type { Classified } from './classify.js';
import type { ListedRegion } from './region.js';
import { lineKey } from './stats.js';
import type { Unit } from './units.js';

/** Most units the blocks may add to the article. */
const BLOCKS_MAX_UNITS = 250;
/** Fewest units of the blocks (two blocks of a few lines at least). */
const BLOCKS_MIN_UNITS = 12;
/** Least share of the units whose line comes back within the blocks. */
const BLOCKS_REPEATED_SHARE = 0.5;
/** Fewest different lines that come back: the labels of a block, not one "Reply" button under every comment. */
const BLOCKS_MIN_LABELS = 4;
/** Least mean words per repeated line: labels and instructions, not one-word buttons ("Reply", "Like", "Share"). */
const BLOCKS_LABEL_MIN_MEAN_WORDS = 2;
/** Most share of prose units among them: blocks of labels, not a comment thread or a feed of summaries. */
const BLOCKS_MAX_PROSE_SHARE = 0.1;

/**
 * Least share of repeated units in blocks the article announces ("our picks are below"): product
 * boxes repeat their buttons and shop lines but each has its own feature lines.
 */
const ANNOUNCED_REPEATED_SHARE = 0.25;

/** The last sentence of a paragraph. */
const lastSentence = (text: string) => text.trim().split(/(?<=[.!?…])["'”’»)\]]*\s+(?=\S)/u).at(-1) ?? '';

/** A line's key without its numbers: the blocks' lines differ in their figures ("Week 2", "6 km easy"). */
const blockKey = (text: string) => lineKey(text.replace(/\p{N}+/gu, ' '));

export function extendRepeatedBlocks<R extends ListedRegion>(units: readonly Unit[], classes: readonly Classified[], region: R): R {
  if (region.terminator >= 0 && region.end >= region.terminator) return region;
  if (!classes.slice(region.start, region.end).some((c) => c.cls === 'good')) return region;
  // The article's last sentence announces what is printed under it ("our picks are below"):
  // the blocks may sit under a heading a rule reads as a related list ("Don't miss"), and a
  // boilerplate line every block repeats (a shop's disclosure under each box) is part of them.
  const last = region.end - 1;
  const announced = classes[last]?.cls === 'good' && announcesBelow(lastSentence(units[last]!.text));
  const from = announced && classes[region.end]?.rule?.action === 'list' ? region.end + 1 : region.end;
  const below = new Map<string, number>();
  if (announced) {
    for (const u of units.slice(from)) {
      const key = blockKey(u.text);
      below.set(key, (below.get(key) ?? 0) + 1);
    }
  }
  // A line the blocks repeat; a boilerplate line that one block prints on its own (its own
  // notice) is passed over when such a line follows it.
  const repeats = (i: number) => i < units.length && (below.get(blockKey(units[i]!.text)) ?? 0) > 1;
  const partOfBlocks = (i: number) => announced && (repeats(i) || (repeats(i + 1) && !classes[i + 1]!.rule));
  let end = from;
  while (end < units.length && end - from < BLOCKS_MAX_UNITS && (!classes[end]!.rule || partOfBlocks(end))) end++;
  // The blocks end where the page's junk starts; a run to the end of the page proves nothing.
  if (end - from < BLOCKS_MIN_UNITS || end >= units.length) return region;
  const keys = units.slice(from, end).map((u) => blockKey(u.text));
  const above = new Set(units.slice(0, region.end).map((u) => blockKey(u.text)));
  const counts = new Map<string, number>();
  for (const k of keys) if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  const labels = [...counts].filter(([k, n]) => n > 1 && !above.has(k)).map(([k]) => k);
  if (labels.length < BLOCKS_MIN_LABELS) return region;
  const labelSet = new Set(labels);
  const repeated = keys.filter((k) => labelSet.has(k)).length;
  if (repeated < keys.length * (announced ? ANNOUNCED_REPEATED_SHARE : BLOCKS_REPEATED_SHARE)) return region;
  const meanWords = labels.reduce((sum, k) => sum + k.split(' ').length, 0) / labels.length;
  if (meanWords < BLOCKS_LABEL_MIN_MEAN_WORDS) return region;
  const prose = classes.slice(from, end).filter((c) => c.cls === 'good').length;
  if (prose > keys.length * BLOCKS_MAX_PROSE_SHARE) return region;
  return { ...region, end, list: { start: region.list?.start ?? region.end, end } };
}
