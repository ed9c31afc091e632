/**
 * Text path: the article as the main dense region of prose. Each unit scores by its class
 * (prose words count up, boilerplate counts down) and the region is the run of units with the
 * largest total (the maximum-subsequence idea of Pasternack & Roth). Terminating sections
 * (comments, author bio) end the search once the article has started (boilerpipe's
 * "terminating blocks").
 */
import type { Classified } from './classify.js';
import { flaggedRuns, lineKey, type UnitStats } from './stats.js';

/** Weight of a 'near' unit's words against a 'good' unit's. */
const NEAR_WEIGHT = 0.5;
/** Cost of a 'short' unit: a heading costs little, a run of menu items adds up. */
const SHORT_COST = 5;
/**
 * How fast the cost of non-prose units grows along a gap (per unit after the first). Measured on
 * traf-dev text snippets F1 (after the recipe-card, form-field and standfirst rules): 0.4 0.8793,
 * 0.25 0.8870, 0.2 0.8884, 0.15 0.8893 but one headline lost, 0.1 0.8877; aeb text body and the
 * seed-shaped sets unchanged at 0.2.
 */
const GAP_GROWTH = 0.2;
/** Least cost of a 'bad' unit; longer bad units cost their words. */
const BAD_MIN_COST = 4;
/**
 * Bonus (in words) for the first prose unit right after a byline or date line: news articles
 * start under their header, and a short article must beat a longer footer blurb.
 */
export const HEADER_BONUS = 40;
/**
 * Prose units under a header line (counting each run once) from which the page reads as a feed
 * or a comment list with a date over every item: then only the first keeps HEADER_BONUS. An
 * article has one header; measured, 2 gave traf-dev text snippets F1 0.8678 against 0.8657 for
 * 3, aeb text body unchanged at either.
 */
const REPEATED_HEADER_MIN = 2;
/** An earlier run (before a terminating section) wins when it has this share of the best run's score. */
const EARLIER_RUN_SHARE = 0.1;
/** ... and at least this score (about this many words of prose): not a stray teaser. */
const EARLIER_RUN_MIN = 60;
/**
 * ... or this score when no prose stands between the run and the terminating section: a short
 * article directly above its comment section (a 40-word notice, a one-paragraph blog post).
 */
const ADJOINING_RUN_MIN = 30;
/** Units above the best run searched for a related-list heading (its headline, date line and kicker sit between). */
const LIST_HEADING_SPAN = 4;
/** The run above a related-list heading wins when it has this share of the teaser run's score (a teaser is short: its date bonus makes most of its score). */
const LIST_RUN_SHARE = 0.5;
/** Prose words before a terminating section for it to end the article (not a menu link "Comments"). */
const MIN_WORDS_BEFORE_END = 40;

export interface Region {
  start: number;
  /** Exclusive. */
  end: number;
  /** Index of the terminating unit that bounded the search, or -1. */
  terminator: number;
}

/** A region that an extension (text/parse.ts) grew by the article's own list or blocks: `list` marks those units (exclusive end), which no menu-run check drops. */
export type ListedRegion = Region & { list?: { start: number; end: number } };

/** Rule ids of picture captions ending with their credit. */
const CAPTION_RULES = new Set(['caption-credit', 'caption-credit-multilingual']);

export function unitScore(c: Classified, s: UnitStats): number {
  switch (c.cls) {
    case 'good':
      return s.words;
    case 'near':
      return s.words * NEAR_WEIGHT;
    case 'short':
      return -SHORT_COST;
    case 'bad':
      // A picture's caption sits between the paragraphs of the article: it costs what a heading does, not its words.
      if (c.rule && CAPTION_RULES.has(c.rule.id)) return -SHORT_COST;
      return -Math.max(BAD_MIN_COST, s.words);
  }
}

/** Rule ids of share buttons: a "Comments" line among them is a button, not the comment section. */
const BUTTON_RULES = new Set(['share-bar', 'share-bar-multilingual', 'follow-subscribe']);

/** A terminating section's heading, not a "Comments" button in a share bar. */
function isTerminator(classes: readonly Classified[], i: number): boolean {
  if (classes[i]!.rule?.action !== 'end') return false;
  const near = [classes[i - 1], classes[i + 1]];
  return !near.some((c) => c?.rule && BUTTON_RULES.has(c.rule.id));
}

/** Maximum-sum run of scores in [from, to). */
function bestRun(scores: readonly number[], from: number, to: number): { start: number; end: number; sum: number } {
  let best = { start: from, end: from, sum: -Infinity };
  let sum = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += scores[i]!;
    if (sum > best.sum) best = { start, end: i + 1, sum };
  }
  return best;
}

/**
 * @param afterHeader per unit: true when a byline or date line sits just above it.
 * @param contents per unit: true for an entry of the article's table of contents (contentsEntries).
 * @param table per unit: true for a line of a table (text/table-rows.ts).
 */
export function findRegion(classes: readonly Classified[], stats: readonly UnitStats[], afterHeader: readonly boolean[] = [], contents: readonly boolean[] = [], table: readonly boolean[] = []): Region {
  // Non-prose units cost more the longer the gap since the last prose unit: an article is one
  // contiguous region, and teaser lists or footers after a gap should not join it.
  let gap = 0;
  // A date over every comment or every teaser of a feed: only the first prose under a header
  // line keeps the bonus (the article's header comes first; the timestamps below are the feed's).
  const dated = classes.map((c, i) => c.cls === 'good' && !!afterHeader[i] && !(classes[i - 1]?.cls === 'good' && afterHeader[i - 1])).flatMap((b, i) => (b ? [i] : []));
  const bonusEnd = dated.length >= REPEATED_HEADER_MIN ? dated[1]! : Infinity;
  const bonusAt = (i: number) => !!afterHeader[i] && i < bonusEnd;
  const scores = classes.map((c, i) => {
    // The article's own table of contents (its subheads listed under the lead) costs nothing:
    // it does not cut the lead and the headline off the article.
    if (contents[i] && c.cls !== 'good') return 0;
    // A table's rows after its first line cost what a short line does, whatever their words, and
    // do not lengthen the gap: the table counts as one unit of the gap.
    if (table[i] && table[i - 1] && c.cls !== 'good') return -SHORT_COST;
    const base = unitScore(c, stats[i]!);
    if (c.cls === 'good') {
      gap = 0;
      return base + (bonusAt(i) ? HEADER_BONUS : 0);
    }
    if (c.cls === 'near') return base;
    gap++;
    return base * (1 + GAP_GROWTH * (gap - 1));
  });
  // 1. The densest run over the whole page.
  let run = bestRun(scores, 0, classes.length);
  if (run.sum <= 0) return { start: 0, end: classes.length, terminator: -1 };
  // 2. A run that starts after a terminating section (the comments outweigh the article): take
  //    the best run before that section when it is dense enough.
  const ends = classes.map((c, i) => (isTerminator(classes, i) ? i : -1)).filter((i) => i >= 0);
  for (const t of ends) {
    if (t >= run.start) break;
    const before = bestRun(scores, 0, t);
    // The article right above the comment section (no prose between them) may be short.
    const adjoins = classes.slice(before.end, t).every((c) => c.cls !== 'good');
    if (before.sum >= Math.max(adjoins ? ADJOINING_RUN_MIN : EARLIER_RUN_MIN, run.sum * EARLIER_RUN_SHARE)) {
      run = before;
      break;
    }
  }
  // 2b. A run that starts right under a "Related posts" heading is that list's first teaser
  //     (a dated teaser gets the header bonus): the run before the heading wins when it is
  //     about as dense.
  const listHeading = (() => {
    for (let t = run.start - 1; t >= Math.max(0, run.start - LIST_HEADING_SPAN); t--) {
      if (classes[t]!.rule?.action === 'list') return t;
      if (classes[t]!.cls === 'good') return -1;
    }
    return -1;
  })();
  if (listHeading > 0) {
    const before = bestRun(scores, 0, listHeading);
    if (before.sum >= Math.max(EARLIER_RUN_MIN, run.sum * LIST_RUN_SHARE)) run = before;
  }
  // 3. The first terminating section after enough of the run's prose ends the article.
  let terminator = -1;
  let prose = 0;
  for (let i = run.start; i < run.end; i++) {
    const c = classes[i]!;
    if (isTerminator(classes, i) && prose >= MIN_WORDS_BEFORE_END) {
      terminator = i;
      break;
    }
    if (c.cls === 'good') prose += stats[i]!.words;
  }
  return { start: run.start, end: terminator >= 0 ? terminator : run.end, terminator };
}

/** Fewest entries of a table of contents (fewer is a heading printed twice by chance). */
export const CONTENTS_MIN_ENTRIES = 3;
/** Most units (not prose) that may sit between two entries of one table of contents (a heading, a blank label). */
const CONTENTS_MAX_GAP = 2;

/**
 * Entries of a table of contents: short lines printed again further down, each later copy with
 * prose right under it (the article's subheads, listed under its lead or in a sidebar box), in a
 * run of at least CONTENTS_MIN_ENTRIES. A menu printed twice (header and footer) has menu items,
 * not prose, under its second copy.
 */
export function contentsEntries(texts: readonly string[], classes: readonly Classified[]): boolean[] {
  const keys = texts.map(lineKey);
  const lastHeading = new Map<string, number>();
  keys.forEach((k, j) => {
    if (k && classes[j]!.cls !== 'good' && classes[j + 1]?.cls === 'good') lastHeading.set(k, j);
  });
  const entry = keys.map((k, i) => k !== '' && classes[i]!.cls !== 'good' && (lastHeading.get(k) ?? -1) > i + 1);
  // Only runs of entries: one subhead printed twice is no table of contents.
  const out = entry.map(() => false);
  for (const members of flaggedRuns(entry, CONTENTS_MAX_GAP, (j) => classes[j]!.cls !== 'good')) {
    // A contents list names different subheads, all printed after it ("See it now" over each
    // item of a buying guide is a repeated label, not a table of contents).
    const end = members[members.length - 1]!;
    const listed = new Set(members.map((m) => keys[m]));
    if (members.length >= CONTENTS_MIN_ENTRIES && listed.size === members.length && members.every((m) => lastHeading.get(keys[m]!)! > end)) for (const m of members) out[m] = true;
  }
  return out;
}
