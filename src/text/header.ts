/**
 * Text path, step 4: the article's header in raw text: the headline (text/title.ts scores the
 * candidates; clean news text takes its first line), the byline (text/byline.ts; the strongest
 * kind nearest the prose wins) and the date line, found around where the article's prose starts.
 */
import { BYLINE_PREFIXES, DATE_LINE_PREFIX, JOB_NOUN_PATTERN, NUMERIC_DATE_TIME_LINE, WEEKDAY_TIME_LINE } from '../rules/byline.js';
import { matchBoilerplate } from '../rules/boilerplate.js';
import { isDateLine, parseDate, publishedDate } from '../metadata/date.js';
import { nearHeaderDate } from './date-line.js';
import type { LanguageCode } from '../metadata/language.js';
import { bylineAuthors, bylineKind, bylineOf, bylineText, isCapsName, prefixedHeadline, type BylineKind } from './byline.js';
import { wordCount } from './stats.js';
import { bestTitle, GLUED_SPAN, headerInsideRegion, headlineLead, notTitle, scoreTitles, TITLE_LOOKBACK, unglueKicker, type HeaderTests } from './title.js';
import type { Unit } from './units.js';
import { SPACE_RUNS } from '../space.js';

/** Fewest words for a unit to count as a prose paragraph. */
const PROSE_MIN_WORDS = 12;
/** Units looked at above the first prose paragraph for the byline and date when there is no headline. */
const HEADER_LOOKBACK = 8;
/** How sure each kind of byline line is: an explicit "By" beats a list of names beats a lone name. */
const BYLINE_STRENGTH: Record<BylineKind, number> = { prefixed: 3, listed: 2, 'single-name': 1 };
/** A lone name in a group of more lines than this is a menu item, not a byline. */
const SINGLE_NAME_MAX_GROUP = 3;
/** Clean news text: the article starts within this many units of the top. */
const CLEAN_START_MAX = 2;
/** A first line shorter than this (words) is not clean text's headline when a headline-shaped lead follows. */
const CLEAN_TITLE_MIN_WORDS_OVER_LEAD = 4;
/** Longest first line (words) taken as the headline of clean news text (news headlines run to about 25). */
const CLEAN_TITLE_MAX_WORDS = 30;
/**
 * A first line longer than this (words) that holds two sentences or more is the article's first
 * paragraph, not a headline ("Harbour town votes. Again." is short; a paragraph is not).
 */
const CLEAN_TITLE_MAX_SENTENCES_WORDS = 20;
/** A sentence ending followed by the next sentence's capital. */
const SENTENCE_BREAK = /[.!?]["'”’»)]?\s+["'“‘«(]?\p{Lu}/u;
/** Units at the start of the prose that may still be the byline or date line. */
const HEADER_INSIDE_BODY = 2;
/** Units above the headline that may be the byline ("Opinion Columnist" / name above some headlines). */
const HEADER_ABOVE_TITLE = 3;
/** Units above the chosen headline searched for an earlier printing of the same line. */
const REPEATED_TITLE_LOOKBACK = 20;
/** Units above the line over the prose searched for the same lone name printed again. */
const REPEATED_NAME_LOOKBACK = 20;
/** A headline scored below this (text/title.ts) is weak: a header inside the region may beat it. */
const WEAK_TITLE_SCORE = 1;
/** Longest date line (words) with a "Published"/"Updated" prefix. */
const DATE_LINE_MAX_WORDS = 16;
export interface TextHeader {
  title: string | null;
  titleIndex: number;
  /** Units the headline spans (a headline cut over two lines: "Main line;" / "second deck"). */
  titleSpan: number;
  byline: string | null;
  bylineIndex: number;
  dateText: string | null;
  dateIndex: number;
  published: string | null;
  /** Index of the first body unit (the first prose paragraph). */
  bodyStart: number;
}


export function isProse(text: string): boolean {
  return wordCount(text) >= PROSE_MIN_WORDS && /[.!?…:;"”’»)\]]$/.test(text.trim());
}


export { bylineOf, bylineKind, type BylineKind, type BylineMatch } from './byline.js';

/** The first prose paragraph followed closely by more prose: where the body starts without a region. */
export function firstProse(units: readonly Unit[]): number {
  let start = units.findIndex((u, i) => isProse(u.text) && !matchBoilerplate(u.text) && units.slice(i + 1, i + 4).some((v) => isProse(v.text)));
  if (start < 0) start = units.findIndex((u) => isProse(u.text));
  return start < 0 ? 0 : start;
}

/**
 * Clean news text (headline line, then paragraphs): the first unit is the headline when the
 * article starts within CLEAN_START_MAX units of the top. It may read as a sentence ("X says Y.")
 * and span two lines when the first ends with ";" or ":".
 */
function cleanTextTitle(units: readonly Unit[], bodyStart: number): { index: number; span: number } | null {
  const first = units[0];
  if (!first || bodyStart > CLEAN_START_MAX || units.length < 2 || first.block.kind !== 'paragraph') return null;
  // "...", "***": a line of marks alone is no headline.
  if (!/[\p{L}\p{N}]/u.test(first.text)) return null;
  if (wordCount(first.text) > CLEAN_TITLE_MAX_WORDS || (wordCount(first.text) > CLEAN_TITLE_MAX_SENTENCES_WORDS && SENTENCE_BREAK.test(first.text)) || matchBoilerplate(first.text) || isDateLine(first.text) || bylineOf(first.text) === 'byline') return null;
  const second = units[1]!;
  const joined = /[;:]$/.test(first.text) && second.line === first.line + 1 && wordCount(first.text) + wordCount(second.text) <= CLEAN_TITLE_MAX_WORDS;
  return { index: 0, span: joined ? 2 : 1 };
}

/** A headline's final period is layout, not part of it ("Trends Are 'Terrifying.'" -> "...'Terrifying'"). */
/**
 * A kicker glued to a quoted headline with no space between ("Das Ende der Fähre"Wir
 * dekorieren um""): the render lost the line break between two elements, since a quotation mark
 * opening right after a letter is no spelling. Group 2 is the quoted headline.
 */
const GLUED_QUOTED_HEADLINE = /^(.*\p{L})(["„“«]\p{Lu}[^"„“«»”]*["“”»])$/u;
/** Fewest words of that quoted headline (a shorter one is a name in quotes: "Kurzfilm"Nacht""). */
const GLUED_QUOTED_MIN_WORDS = 3;

export function tidyTitle(text: string): string {
  let t = text.replace(SPACE_RUNS, ' ').trim();
  const glued = GLUED_QUOTED_HEADLINE.exec(t);
  if (glued && wordCount(glued[2]!) >= GLUED_QUOTED_MIN_WORDS) t = glued[2]!;
  if (/(?:\.\.|\b\p{Lu})\.["'”’»)]*$/u.test(t)) return t;
  return t.replace(/\.(["'”’»)]*)$/u, '$1');
}

/** A byline's opening word ("Von", "By"), unless the line reads as a headline opening so ("Von neuen und alten Fähren"). */
const hasBylinePrefix = (t: string) => BYLINE_PREFIXES.some((p) => p.pattern.test(t)) && !prefixedHeadline(t);
const isDateHeader = (t: string) => isDateLine(t) || (DATE_LINE_PREFIX.test(t) && parseDate(t) !== null) || WEEKDAY_TIME_LINE.test(t.trim()) || NUMERIC_DATE_TIME_LINE.test(t.trim());
const isPrefixedByline = (t: string) => hasBylinePrefix(t) || bylineKind(t) === 'prefixed';
/** A lone name this close to a date line, a handle or a job title is a byline even in a long menu-like group. */
const LONE_NAME_CONTEXT_UNITS = 2;
/** A date line must be adjacent: two lines off, place names and menu items next to dates pass too. */
const LONE_NAME_DATE_UNITS = 1;
/** Longest job-title line (words) next to a lone name ("Senior Contributor"). */
const JOB_LINE_MAX_WORDS = 4;
const isHandleLine = (t: string) => /^@\w{2,}$/.test(t.trim());
const isJobLine = (t: string) => wordCount(t) <= JOB_LINE_MAX_WORDS && JOB_NOUN_PATTERN.test(t);

/** Header lines around unit `i` that make a lone name there a byline. */
function bylineContext(units: readonly Unit[], i: number): boolean {
  for (let k = Math.max(0, i - LONE_NAME_CONTEXT_UNITS); k <= Math.min(units.length - 1, i + LONE_NAME_CONTEXT_UNITS); k++) {
    if (k === i) continue;
    const t = units[k]!.text;
    if ((Math.abs(k - i) <= LONE_NAME_DATE_UNITS && isDateHeader(t)) || isHandleLine(t) || isJobLine(t)) return true;
  }
  return false;
}

/** How the headline scorer (text/title.ts) recognises the lines around a headline. */
export const HEADER_TESTS: HeaderTests = {
  isByline: (t) => bylineOf(t) !== null || hasBylinePrefix(t),
  // Below a headline: a byline (also a lone name) or a date line.
  isHeaderLine: (t) => bylineKind(t) !== null || hasBylinePrefix(t) || isDateHeader(t),
  isStrongHeader: (t) => isPrefixedByline(t) || isDateHeader(t),
  isLoneName: (t) => bylineKind(t) === 'single-name' && !hasBylinePrefix(t),
  isPrefixedByline,
};

/**
 * The header tests for one page: a lone name with a date line right under it and the prose
 * after ("Dana Holm" / "10/12/16 7:54 PM EDT" / prose) is as sure a byline as a "By" line, so the
 * line above it may be a headline that is itself shaped like a name ("Royal Self-Indicting
 * Arrogance"). Only with a headline-like line over it (two words or more, not in a menu's group):
 * a lone name under a menu is the page's headline over its date line.
 */
function pageHeaderTests(units: readonly Unit[], bodyStart: number): HeaderTests {
  const datedNames = new Set<string>();
  for (let i = Math.max(1, bodyStart - TITLE_LOOKBACK); i < Math.min(units.length - 1, bodyStart); i++) {
    const t = units[i]!.text;
    if (bylineKind(t) !== 'single-name' || hasBylinePrefix(t) || !isDateHeader(units[i + 1]!.text)) continue;
    const above = units[i - 1]!;
    if (above.group > SINGLE_NAME_MAX_GROUP || wordCount(above.text) < 2 || matchBoilerplate(above.text)) continue;
    // Between the date line and the prose: more date lines, boilerplate, the article's short
    // first sentences; not a label in capitals or a caption list ("CLICK FOR FULL RESULTS").
    const sentence = (u: Unit) => /[.!?…]["'”’»)]*$/u.test(u.text) && /\p{Ll}/u.test(u.text);
    if (units.slice(i + 2, bodyStart).every((u) => isDateHeader(u.text) || matchBoilerplate(u.text) || sentence(u))) datedNames.add(t);
  }
  if (datedNames.size === 0) return HEADER_TESTS;
  return {
    ...HEADER_TESTS,
    isStrongHeader: (t) => HEADER_TESTS.isStrongHeader!(t) || datedNames.has(t),
    isPrefixedByline: (t) => isPrefixedByline(t) || datedNames.has(t),
  };
}

/** A byline of any kind (also a lone name) or a date line: the lines under a headline. */
const isHeaderUnit = (t: string) => bylineKind(t) !== null || hasBylinePrefix(t) || isDateHeader(t);

/**
 * Unit `i` (the region's first) is a headline when one or two header lines (byline, lone name,
 * date line) follow it and prose follows them: the index of that prose, or -1.
 */
function proseAfterHeaderLines(units: readonly Unit[], i: number): number {
  const u = units[i];
  if (!u || u.block.kind !== 'paragraph' || wordCount(u.text) > CLEAN_TITLE_MAX_WORDS || matchBoilerplate(u.text)) return -1;
  let k = i + 1;
  while (k < units.length && k <= i + HEADER_INSIDE_BODY && units[k]!.block.kind === 'paragraph' && isHeaderUnit(units[k]!.text)) k++;
  return k > i + 1 && units[k] && isProse(units[k]!.text) ? k : -1;
}

/** Longest line (words) read as a byline away from the header: longer ones are sentences. */
const FAR_BYLINE_MAX_WORDS = 12;

/**
 * The one prefixed byline of the page ("By A", "Von A", "Author: A"), wherever it is: its index,
 * or -1 when there is none or several name different people (comment headers, teaser bylines).
 */
function onlyPrefixedByline(units: readonly Unit[]): number {
  let found = -1;
  let key = '';
  for (const [i, u] of units.entries()) {
    if (u.block.kind !== 'paragraph' || wordCount(u.text) > FAR_BYLINE_MAX_WORDS || bylineKind(u.text) !== 'prefixed') continue;
    const list = bylineAuthors(bylineText(u.text));
    // Away from the header only clean names: "von der Planung" is a phrase, "Groupe d'Études." a sentence's end.
    if (!list.length || !list.every((n) => /^\p{Lu}/u.test(n) && !/\.$/.test(n))) continue;
    const names = list.map((n) => n.toLowerCase()).sort().join('|');
    if (found >= 0 && names !== key) return -1;
    if (found < 0) [found, key] = [i, names];
  }
  return found;
}

/** A byline line that is sure under a headline: "By A", "A, B and C", "A for Outlet", or a lone name with the date line under it. */
export function isSureByline(units: readonly Unit[], k: number): boolean {
  const t = units[k]?.text;
  if (!t || units[k]!.block.kind !== 'paragraph') return false;
  const kind = bylineKind(t);
  if (kind === 'prefixed' || kind === 'listed') return true;
  const dated = k + 1 < units.length && isDateHeader(units[k + 1]!.text);
  // "By Reuters Staff" over the date line: a byline block that credits no person, as sure under its headline.
  if (dated && hasBylinePrefix(t) && wordCount(t) <= FAR_BYLINE_MAX_WORDS) return true;
  return (kind === 'single-name' || isCapsName(t)) && dated;
}

/**
 * Most units between a headline's byline block and a line chosen below it for that headline to
 * take its place back (a section label and a subhead: seed-shaped pages; further down lie teaser
 * lists, whose headlines must not lose to a byline far above).
 */
const ANCHORED_TITLE_MAX_GAP = 3;

/** Score (text/title.ts) a headline over its byline block may trail the chosen line by when further up. */
const ANCHORED_TITLE_MARGIN = 0.3;

/** The first unit after the byline at `k` and the date lines under it. */
function blockEnd(units: readonly Unit[], k: number): number {
  let e = k + 1;
  while (e < units.length && isDateHeader(units[e]!.text)) e++;
  return e;
}

/**
 * The nearest line above the prose with a sure byline right under it, shaped like a headline
 * (not a date, menu label or byline itself, two words or more): its index, or -1.
 */
function headlineOverByline(units: readonly Unit[], bodyStart: number): number {
  for (let j = bodyStart - 2; j >= Math.max(0, bodyStart - TITLE_LOOKBACK); j--) {
    if (!isSureByline(units, j + 1)) continue;
    const t = units[j]!.text;
    if (units[j]!.block.kind !== 'paragraph' || wordCount(t) < 2 || wordCount(t) > CLEAN_TITLE_MAX_WORDS || notTitle(t) !== null || bylineKind(t) !== null || isDateHeader(t) || units[j]!.group > SINGLE_NAME_MAX_GROUP) return -1;
    return j;
  }
  return -1;
}

/**
 * The line right over the header block (one or two byline or date lines) that stands right above
 * the prose at `bodyStart`, when it is shaped like a headline (two words or more, not a date,
 * byline, menu item or boilerplate): its index, or -1.
 */
export function headlineOverHeaderBlock(units: readonly Unit[], bodyStart: number): number {
  const headlineLike = (u: Unit | undefined) =>
    u !== undefined && u.block.kind === 'paragraph' && u.group <= SINGLE_NAME_MAX_GROUP && wordCount(u.text) <= CLEAN_TITLE_MAX_WORDS && notTitle(u.text) === null && !isDateHeader(u.text) && !isPrefixedByline(u.text) && bylineKind(u.text) !== 'listed';
  // Up the header block: date lines and one byline ("By A", "A and B", or a lone name over its
  // date line with a headline-like line over it; a lone name under a menu is the headline).
  let k = bodyStart - 1;
  let byline = false;
  while (k >= Math.max(0, bodyStart - HEADER_INSIDE_BODY) && units[k]!.block.kind === 'paragraph') {
    const t = units[k]!.text;
    const kind = bylineKind(t);
    if (isDateHeader(t) && kind === null) k--;
    else if (!byline && (isPrefixedByline(t) || kind === 'listed')) [byline, k] = [true, k - 1];
    else if (!byline && kind === 'single-name' && k + 1 < units.length && isDateHeader(units[k + 1]!.text) && headlineLike(units[k - 1])) [byline, k] = [true, k - 1];
    else break;
  }
  return k < bodyStart - 1 && k >= 0 && wordCount(units[k]!.text) >= 2 && headlineLike(units[k]) ? k : -1;
}

/** Units into the region searched for date line / headline / prose when no headline was found (a tagline or two over a blog post's header). */
const DATED_HEADLINE_SPAN = 4;

/**
 * The first line within DATED_HEADLINE_SPAN units of `bodyStart` with a date line right over it
 * and prose right under it, shaped like a headline (two words or more up to CLEAN_TITLE_MAX_WORDS,
 * no sentence inside, not ending in ".", ",", ":" or ";", not a byline or date): its index, or -1.
 * A final "!" or "?" is a blog post's headline too ("Tach auch!").
 */
export function headlineUnderDateLine(units: readonly Unit[], bodyStart: number): number {
  for (let j = Math.max(1, bodyStart); j < Math.min(units.length - 1, bodyStart + DATED_HEADLINE_SPAN); j++) {
    const t = units[j]!.text.trim();
    const n = wordCount(t);
    if (!isDateHeader(units[j - 1]!.text) || units[j]!.block.kind !== 'paragraph' || n < 2 || n > CLEAN_TITLE_MAX_WORDS) continue;
    if (/[.,:;]["'”’»)]*$/u.test(t) || SENTENCE_BREAK.test(t) || isDateHeader(t) || bylineKind(t) !== null || hasBylinePrefix(t) || matchBoilerplate(t)) continue;
    if (wordCount(units[j + 1]!.text) >= PROSE_MIN_WORDS) return j;
  }
  return -1;
}

/** Fewest words of that headline (a shorter line is a section's name as often). */
const GLUED_TRAIL_MIN_WORDS = 4;
/** A breadcrumb's separators ("Home | Magazine | Headline", "Home › Headline"). */
const TRAIL_MARK = /[|»›>]/u;

/**
 * A breadcrumb run into the headline on one line ("Home|Magazine|Tips|Kicker Headline") and the
 * headline on a line of its own near it, both within GLUED_SPAN units of `bodyStart`: the
 * bare line's index (GLUED_TRAIL_MIN_WORDS words or more, headline-shaped), or -1.
 */
export function headlineUnderGluedTrail(units: readonly Unit[], bodyStart: number): number {
  const from = Math.max(0, bodyStart - GLUED_SPAN);
  const to = Math.min(units.length - 1, bodyStart + GLUED_SPAN);
  // The window's lines with their spaces normalised once.
  const lines = units.slice(from, to + 1).map((u) => u.text.replace(SPACE_RUNS, ' ').trim());
  for (let j = from; j <= to; j++) {
    const t = lines[j - from]!;
    const n = wordCount(t);
    if (units[j]!.block.kind !== 'paragraph' || n < GLUED_TRAIL_MIN_WORDS || n > CLEAN_TITLE_MAX_WORDS || notTitle(t) !== null || bylineKind(t) !== null || hasBylinePrefix(t) || isDateHeader(t)) continue;
    const key = t.toLowerCase();
    for (let k = from; k <= to; k++) {
      const other = lines[k - from]!.toLowerCase();
      if (k !== j && other.length > key.length && other.endsWith(key) && TRAIL_MARK.test(other.slice(0, -key.length))) return j;
    }
  }
  return -1;
}

/**
 * The header above `bodyStart` (the first unit of the article's prose). A headline looked for
 * inside the region stops at `regionEnd`: one below it heads another article.
 */
export function findHeader(units: readonly Unit[], start = firstProse(units), lang: LanguageCode | null = null, regionEnd = units.length): TextHeader {
  let bodyStart = start;
  const header: TextHeader = { title: null, titleIndex: -1, titleSpan: 0, byline: null, bylineIndex: -1, dateText: null, dateIndex: -1, published: null, bodyStart };
  // A short first line over a headline-shaped lead ("Back to overview" / byline / headline / prose)
  // is navigation, not the title of clean text.
  const cleanFirst = cleanTextTitle(units, bodyStart);
  const clean = cleanFirst && wordCount(units[0]!.text) < CLEAN_TITLE_MIN_WORDS_OVER_LEAD && headlineLead(units, bodyStart) ? null : cleanFirst;
  const tests = pageHeaderTests(units, bodyStart);
  let best: { index: number; span?: number; score?: number; text?: string; dateText?: string } | null = clean ?? bestTitle(units, bodyStart, lang, tests);
  // No headline above the region, or a weak one: the region may have started at teasers above
  // the article's own header.
  if (!clean && (!best || (best.score ?? 0) < WEAK_TITLE_SCORE)) {
    const inside = headerInsideRegion(units.slice(0, regionEnd), bodyStart, lang, tests);
    // Scored again from there: the line over it may be its headline (headline / standfirst / date).
    const again = inside >= 0 ? bestTitle(units, inside + 1, lang, tests) : null;
    if (inside >= 0) best = again && again.index >= bodyStart && again.index <= inside ? again : { index: inside };
  }
  // No headline above the prose, and the first "prose" unit has the byline or date line right
  // under it: it is the headline (one ending in "?", "!" or a quote reads as prose).
  let bylineBelowLead = -1;
  if (!best) {
    bylineBelowLead = proseAfterHeaderLines(units, bodyStart);
    if (bylineBelowLead >= 0) best = { index: bodyStart };
  }
  // Still none: a headline-shaped line with only header lines (byline, date line) between it
  // and the prose ("Two-word headline" / "22.10.2010, 11:51" / prose).
  if (!best) {
    const over = headlineOverHeaderBlock(units, bodyStart);
    if (over >= 0) best = { index: over };
  }
  // Still none: the region started above a blog post's header (a blog's tagline over date line /
  // headline / prose); the headline-shaped line right under a date line near the region's start.
  if (!best) {
    const dated = headlineUnderDateLine(units, bodyStart);
    if (dated >= 0) best = { index: dated };
  }
  // Still none: a breadcrumb glued to the headline and the bare headline line near the article's start.
  if (!best) {
    const bare = headlineUnderGluedTrail(units, bodyStart);
    if (bare >= 0) best = { index: bare };
  }
  // A line with a byline block right under it (a "By" or listed byline, or a lone name over its
  // date line) nearer the top than the chosen line: that is the headline; the chosen line below
  // it is a subhead or a line of the article's start.
  if (!clean && best && bylineBelowLead < 0) {
    const anchored = headlineOverByline(units, bodyStart);
    // Not when the chosen line is right under the byline block: "Back to overview" / "By A" /
    // headline is a byline printed over its headline.
    // Nor across a list of teasers: only a label, subhead or caption or two may sit between.
    // Further down, the headline must score close to the chosen line (text/title.ts).
    const gap = anchored >= 0 ? best.index - blockEnd(units, anchored + 1) : -1;
    const close = () => {
      const ranked = scoreTitles(units, bodyStart, lang, tests);
      const a = ranked.find((c) => c.index === anchored);
      return a !== undefined && best !== null && a.score >= (best.score ?? ranked[0]!.score) - ANCHORED_TITLE_MARGIN;
    };
    if (gap > 0 && (gap <= ANCHORED_TITLE_MAX_GAP || close())) best = { index: anchored };
  }
  if (best) {
    header.titleIndex = best.index;
    header.titleSpan = best.span ?? 1;
    header.title = tidyTitle(best.text ? best.text : units.slice(best.index, best.index + header.titleSpan).map((u) => u.text).join(' '));
    // A kicker glued onto the headline's line, which the page prints apart elsewhere.
    if (header.titleSpan === 1) header.title = unglueKicker(header.title, units, best.index, lang) ?? header.title;
    if (header.bodyStart < best.index + header.titleSpan) header.bodyStart = best.index + header.titleSpan;
    if (bylineBelowLead >= 0) header.bodyStart = bylineBelowLead;
    bodyStart = header.bodyStart;
    // The headline printed again lower down (a gallery's or a sticky bar's copy): the byline and
    // date sit under its first printing, so the header search starts there.
    if (header.titleSpan === 1) {
      const same = units[best.index]!.text.toLowerCase();
      for (let i = best.index - 1; i >= Math.max(0, best.index - REPEATED_TITLE_LOOKBACK); i--) if (units[i]!.text.toLowerCase() === same) header.titleIndex = i;
    }
  }
  // Byline and date line: between the headline and the prose, nearest the prose first; then a
  // few units above the headline and at the very start of the prose.
  const below = header.titleIndex >= 0 ? header.titleIndex + header.titleSpan : Math.max(0, bodyStart - HEADER_LOOKBACK);
  const order: number[] = [];
  for (let i = bodyStart - 1; i >= below; i--) order.push(i);
  for (let i = bodyStart; i < Math.min(units.length, bodyStart + HEADER_INSIDE_BODY); i++) order.push(i);
  if (header.titleIndex >= 0) for (let i = header.titleIndex - 1; i >= Math.max(0, header.titleIndex - HEADER_ABOVE_TITLE); i--) order.push(i);
  // The strongest byline wins ("By A" over "A, CNN" over a lone name); among equals the first in
  // `order` (nearest the prose below the headline).
  let best_: { index: number; strength: number } | null = null;
  for (const i of order) {
    const text = units[i]!.text;
    const inBody = i >= bodyStart;
    // A name in capitals right under the headline with the date line right under it ("DANA HOLM").
    const capsName = i === header.titleIndex + header.titleSpan && header.titleIndex >= 0 && i + 1 < units.length && isDateHeader(units[i + 1]!.text) && isCapsName(text);
    const kind = bylineKind(text) ?? (capsName ? 'single-name' : null);
    const loneName = kind === 'single-name';
    // A lone name is a byline under the headline in a small group, printed twice, next to a date
    // line, handle or job line, or with its date on its own line ("Ana Pereira 15.12.2022").
    // The last line before the prose, under the headline, printed once more above (an author box
    // or avatar and the byline): a name there twice is the author's, not a menu item's or a place's.
    const repeatedOverProse = i === bodyStart - 1 && i > header.titleIndex && units.slice(Math.max(0, i - REPEATED_NAME_LOOKBACK), i).some((u) => u.text === text);
    const loneNameOk = !inBody && header.titleIndex >= 0 && ((i > header.titleIndex && units[i]!.group <= SINGLE_NAME_MAX_GROUP) || repeatedOverProse || bylineContext(units, i) || (i > header.titleIndex && isDateHeader(text)));
    if (kind && !(loneName && !loneNameOk)) {
      // A lone name with its date line right under it is as sure as a list of names.
      const dated = loneName && i + 1 < units.length && isDateHeader(units[i + 1]!.text);
      const strength = dated ? BYLINE_STRENGTH.listed : BYLINE_STRENGTH[kind];
      if (!best_ || strength > best_.strength) best_ = { index: i, strength };
    }
    if (header.dateIndex < 0 && units[i]!.block.kind === 'paragraph' && (isDateLine(text) || NUMERIC_DATE_TIME_LINE.test(text.trim()) || (DATE_LINE_PREFIX.test(text) && parseDate(text) && wordCount(text) <= DATE_LINE_MAX_WORDS))) {
      header.dateIndex = i;
      header.dateText = text;
    }
  }
  // The date printed on the headline's own line.
  if (header.dateIndex < 0 && best?.dateText) header.dateText = best.dateText;
  // No byline in the header's place: the page's one explicit "By" byline elsewhere (a blog's
  // byline above a sidebar, an "Author: A" line under the post).
  if (!best_) {
    const far = onlyPrefixedByline(units);
    if (far >= 0) best_ = { index: far, strength: BYLINE_STRENGTH.prefixed };
  }
  if (best_) {
    header.bylineIndex = best_.index;
    header.byline = bylineText(units[best_.index]!.text);
    if (header.dateIndex === best_.index) header.dateIndex = -1;
  }
  const dateOptions = { lang };
  header.published = publishedDate(header.dateText, dateOptions) ?? parseDate(header.byline, dateOptions) ?? nearHeaderDate(units, header, lang);
  return header;
}
