/**
 * Text path: the notes under an article that cites them ("… as a 2019 study found.[2]", then
 * "[2] Author, Title, Journal 2019"): reference lines with few stopwords, scoring as
 * boilerplate, so the region stops above them. Notes after the region whose marker the
 * region's text cites join it, under one short heading at most ("References", "Notes").
 */
import type { Classified } from './classify.js';
import type { ListedRegion } from './region.js';
import type { Unit } from './units.js';

/** A note's marker at the start of its line: "[3]". */
const NOTE_MARKER = /^\[(\d{1,3})\]/u;
/** Most units between the region and the first note (a "Sources" heading). */
const NOTES_MAX_HEADING_UNITS = 1;
/** Most notes added. */
const NOTES_MAX_UNITS = 60;

export function extendFootnotes<R extends ListedRegion>(units: readonly Unit[], classes: readonly Classified[], region: R): R {
  if (region.terminator >= 0 && region.end >= region.terminator) return region;
  let first = region.end;
  while (first < units.length && first - region.end < NOTES_MAX_HEADING_UNITS && !NOTE_MARKER.test(units[first]!.text) && classes[first]!.cls === 'short' && !classes[first]!.rule) first++;
  const cited = (n: string) => {
    for (let i = region.start; i < region.end; i++) if (units[i]!.text.includes(`[${n}]`) && !units[i]!.text.startsWith(`[${n}]`)) return true;
    return false;
  };
  let end = first;
  while (end < units.length && end - first < NOTES_MAX_UNITS && !classes[end]!.rule) {
    const m = NOTE_MARKER.exec(units[end]!.text);
    if (!m || !cited(m[1]!)) break;
    end++;
  }
  if (end === first) return region;
  return { ...region, end, list: { start: region.list?.start ?? region.end, end } };
}
