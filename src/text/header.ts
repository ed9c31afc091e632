/**
 * Text path, step 4: the article's header in raw text: the headline (text/title.ts scores the
 * candidates; clean news text takes its first line), the byline (text/byline.ts; the strongest
 * kind nearest the prose wins) and the date line, found around where the article's prose starts.
 */
import { BYLINE_PREFIXES, DATE_LINE_PREFIX, JOB_NOUN_PATTERN, WEEKDAY_TIME_LINE } from '../rules/byline.js';
import { matchBoilerplate } from '../rules/boilerplate.js';
import { isDateLine, parseDate, publishedDate } from '../metadata/date.js';
import { nearHeaderDate } from './date-line.js';
import type { LanguageCode } from '../metadata/language.js';
import { bylineKind, bylineOf, bylineText, isCapsName, type BylineKind } from './byline.js';
import { wordCount } from './stats.js';
import { bestTitle, headerInsideRegion, headlineLead, type HeaderTests } from './title.js';
import type { Unit } from './units.js';

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
 * paragraph, not a headline ("Virginian could make history. Again." is short; a paragraph is not).
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
  if (wordCount(first.text) > CLEAN_TITLE_MAX_WORDS || (wordCount(first.text) > CLEAN_TITLE_MAX_SENTENCES_WORDS && SENTENCE_BREAK.test(first.text)) || matchBoilerplate(first.text) || isDateLine(first.text) || bylineOf(first.text) === 'byline') return null;
  const second = units[1]!;
  const joined = /[;:]$/.test(first.text) && second.line === first.line + 1 && wordCount(first.text) + wordCount(second.text) <= CLEAN_TITLE_MAX_WORDS;
  return { index: 0, span: joined ? 2 : 1 };
}

/** A headline's final period is layout, not part of it ("Trends Are 'Terrifying.'" -> "...'Terrifying'"). */
export function tidyTitle(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (/(?:\.\.|\b\p{Lu})\.["'”’»)]*$/u.test(t)) return t;
  return t.replace(/\.(["'”’»)]*)$/u, '$1');
}

const hasBylinePrefix = (t: string) => BYLINE_PREFIXES.some((p) => p.pattern.test(t));
const isDateHeader = (t: string) => isDateLine(t) || (DATE_LINE_PREFIX.test(t) && parseDate(t) !== null) || WEEKDAY_TIME_LINE.test(t.trim());
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

/** The header above `bodyStart` (the first unit of the article's prose). */
export function findHeader(units: readonly Unit[], start = firstProse(units), lang: LanguageCode | null = null): TextHeader {
  let bodyStart = start;
  const header: TextHeader = { title: null, titleIndex: -1, titleSpan: 0, byline: null, bylineIndex: -1, dateText: null, dateIndex: -1, published: null, bodyStart };
  // A short first line over a headline-shaped lead ("Back to overview" / byline / headline / prose)
  // is navigation, not the title of clean text.
  const cleanFirst = cleanTextTitle(units, bodyStart);
  const clean = cleanFirst && wordCount(units[0]!.text) < CLEAN_TITLE_MIN_WORDS_OVER_LEAD && headlineLead(units, bodyStart) ? null : cleanFirst;
  let best: { index: number; span?: number; score?: number; text?: string; dateText?: string } | null = clean ?? bestTitle(units, bodyStart, lang, HEADER_TESTS);
  // No headline above the region, or a weak one: the region may have started at teasers above
  // the article's own header.
  if (!clean && (!best || (best.score ?? 0) < WEAK_TITLE_SCORE)) {
    const inside = headerInsideRegion(units, bodyStart, lang, HEADER_TESTS);
    if (inside >= 0) best = { index: inside };
  }
  if (best) {
    header.titleIndex = best.index;
    header.titleSpan = best.span ?? 1;
    header.title = tidyTitle(best.text ? best.text : units.slice(best.index, best.index + header.titleSpan).map((u) => u.text).join(' '));
    if (header.bodyStart < best.index + header.titleSpan) header.bodyStart = best.index + header.titleSpan;
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
    // The last line before the prose, under the headline, printed once more above (an author box
    // or avatar and the byline): a name there twice is the author's, not a menu item's or a place's.
    const repeatedOverProse = i === bodyStart - 1 && i > header.titleIndex && units.slice(Math.max(0, i - REPEATED_NAME_LOOKBACK), i).some((u) => u.text === text);
    const loneNameOk = !inBody && header.titleIndex >= 0 && ((i > header.titleIndex && units[i]!.group <= SINGLE_NAME_MAX_GROUP) || repeatedOverProse || bylineContext(units, i));
    if (kind && !(loneName && !loneNameOk)) {
      const strength = BYLINE_STRENGTH[kind];
      if (!best_ || strength > best_.strength) best_ = { index: i, strength };
    }
    if (header.dateIndex < 0 && units[i]!.block.kind === 'paragraph' && (isDateLine(text) || (DATE_LINE_PREFIX.test(text) && parseDate(text) && wordCount(text) <= DATE_LINE_MAX_WORDS))) {
      header.dateIndex = i;
      header.dateText = text;
    }
  }
  // The date printed on the headline's own line.
  if (header.dateIndex < 0 && best?.dateText) header.dateText = best.dateText;
  if (best_) {
    header.bylineIndex = best_.index;
    header.byline = bylineText(units[best_.index]!.text);
    if (header.dateIndex === best_.index) header.dateIndex = -1;
  }
  const dateOptions = { lang };
  header.published = publishedDate(header.dateText, dateOptions) ?? parseDate(header.byline, dateOptions) ?? nearHeaderDate(units, header, lang);
  return header;
}
