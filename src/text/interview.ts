/**
 * Text path: an interview printed as turns ("Q: …", "A: …", "MAYOR: …") goes on after the
 * region: its quick-fire questions and one-line answers score as short lines, so the region
 * stops at the first run of them. The turns after the region that carry the labels the
 * article's own turns use join it.
 */
import type { Classified } from './classify.js';
import type { Region, ListedRegion } from './region.js';
import type { Unit } from './units.js';

/** A turn's label: one or two capitalised words (or a letter) and a colon, then the words said. */
const TURN_LABEL = /^(\p{Lu}[\p{L}.'’-]{0,24}(?: \p{Lu}[\p{L}.'’-]{0,24})?):\s+\S/u;
/** Fewest turns inside the region for the page to read as an interview. */
const INTERVIEW_MIN_TURNS = 4;
/** Fewest different labels among them: an interview has two voices at least (one label repeated is a list of captions or tips). */
const INTERVIEW_MIN_LABELS = 2;
/** Most unlabelled units between two turns after the region (an answer of two paragraphs, an aside). */
const INTERVIEW_MAX_GAP = 1;
/** Most units the interview may add after the region. */
const INTERVIEW_MAX_UNITS = 80;

/** The label of a turn ("Q", "Mayor"), or null. */
export function turnLabel(text: string): string | null {
  return TURN_LABEL.exec(text.trim())?.[1]?.toLowerCase() ?? null;
}

/**
 * The region extended over the interview's turns after it; the added units are marked as the
 * article's list (`list`), so their short questions are not dropped as a menu run.
 */
export function extendInterview(units: readonly Unit[], classes: readonly Classified[], region: Region): ListedRegion {
  if (region.terminator >= 0 && region.end >= region.terminator) return region;
  const counts = new Map<string, number>();
  for (let i = region.start; i < region.end; i++) {
    const label = turnLabel(units[i]!.text);
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const turns = [...counts.values()].reduce((a, b) => a + b, 0);
  if (turns < INTERVIEW_MIN_TURNS || counts.size < INTERVIEW_MIN_LABELS) return region;
  let end = region.end;
  let gap = 0;
  for (let i = region.end; i < units.length && i - region.end < INTERVIEW_MAX_UNITS; i++) {
    if (classes[i]!.rule) break;
    const label = turnLabel(units[i]!.text);
    if (label && counts.has(label)) {
      end = i + 1;
      gap = 0;
    } else if (++gap > INTERVIEW_MAX_GAP) break;
  }
  return end === region.end ? region : { ...region, end, list: { start: region.end, end } };
}
