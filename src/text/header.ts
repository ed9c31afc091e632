/**
 * Text path, step 2: the article's header in raw text: the headline, the byline and the date
 * line, found by looking back from where the prose starts. Everything above the headline
 * (site name, menus) is not the article.
 */
import { BYLINE_PREFIXES, DATE_LINE_PREFIX } from '../rules/byline.js';
import { matchBoilerplate } from '../rules/boilerplate.js';
import { isOutletOrTitle, looksLikeName, splitAuthors, splitNames, stripBylineNoise, tidyName } from '../metadata/authors.js';
import { isDateLine, parseDate } from '../metadata/date.js';
import type { Unit } from './units.js';

/** Fewest words for a unit to count as a prose paragraph. */
const PROSE_MIN_WORDS = 12;
/** Units looked at above the first prose paragraph for the title, byline and date. */
const HEADER_LOOKBACK = 8;
/** Word range of a headline. */
const TITLE_MIN_WORDS = 2;
const TITLE_MAX_WORDS = 30;
const TITLE_MAX_CHARS = 250;
/** Words that never appear capitalised inside a person's name, only in Title Case headlines. */
const HEADLINE_WORDS = /^(?:the|a|an|of|to|in|for|on|with|at|from|as|is|are|was|were|be|by|after|over|into|how|why|what|who|when|new|not|no|its|it|this|that|his|her|their|says?|said|will|can|more|amid|vs\.?|about)$/i;

export interface TextHeader {
  title: string | null;
  titleIndex: number;
  byline: string | null;
  bylineIndex: number;
  dateText: string | null;
  dateIndex: number;
  published: string | null;
  /** Index of the first body unit (the first prose paragraph). */
  bodyStart: number;
}

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function isProse(text: string): boolean {
  return wordCount(text) >= PROSE_MIN_WORDS && /[.!?…:;"”’»)\]]$/.test(text.trim());
}

function isTitleLike(text: string): boolean {
  const n = wordCount(text);
  if (n < TITLE_MIN_WORDS || n > TITLE_MAX_WORDS || text.length > TITLE_MAX_CHARS) return false;
  if (/[.,;:]$/.test(text) && !/\.\.\.$|…$/.test(text)) return false;
  return !matchBoilerplate(text) && !isDateLine(text);
}

/**
 * Is this line a byline? "By A and B", "A, B and C", "A, CNN", "A | March 7, 2023" and
 * "A - Nov 19, 2019" are ('byline'); a lone "First Last" is 'single-name' (a byline only when it
 * sits between the headline and the prose).
 */
export type BylineMatch = 'byline' | 'single-name' | null;

export function bylineOf(text: string): BylineMatch {
  const s = text.trim();
  if (s.length > 250 || /[.!?]$/.test(s.replace(/\b(?:Jr|Sr|[A-Z])\.$/, ''))) return null;
  if (BYLINE_PREFIXES.some((p) => p.pattern.test(s))) {
    return splitAuthors(s).length > 0 ? 'byline' : null;
  }
  // A bare list: every part is a name, an outlet/title or a date, and there is a name.
  const cleaned = stripBylineNoise(s);
  const parts = splitNames(cleaned).map(tidyName);
  if (parts.length === 0) return null;
  let names = 0;
  for (const p of parts) {
    if (looksLikeName(p) && !p.split(/\s+/).some((w) => HEADLINE_WORDS.test(w))) {
      const words = wordCount(p);
      if (words < 2 || words > 4) return null;
      names++;
    } else if (!isOutletOrTitle(p) && !parseDate(p)) {
      return null;
    }
  }
  if (names === 0) return null;
  // One bare name with nothing else is only a byline if it carried an outlet, date or separator.
  if (names === 1 && parts.length === 1 && cleaned === s) return 'single-name';
  return 'byline';
}

/** The first prose paragraph followed closely by more prose: where the body starts without a region. */
export function firstProse(units: readonly Unit[]): number {
  let start = units.findIndex((u, i) => isProse(u.text) && !matchBoilerplate(u.text) && units.slice(i + 1, i + 4).some((v) => isProse(v.text)));
  if (start < 0) start = units.findIndex((u) => isProse(u.text));
  return start < 0 ? 0 : start;
}

/** The header above `bodyStart` (the first unit of the article's prose). */
export function findHeader(units: readonly Unit[], bodyStart = firstProse(units)): TextHeader {
  const header: TextHeader = { title: null, titleIndex: -1, byline: null, bylineIndex: -1, dateText: null, dateIndex: -1, published: null, bodyStart: 0 };
  header.bodyStart = bodyStart;

  let singleName = -1;
  for (let i = bodyStart - 1; i >= Math.max(0, bodyStart - HEADER_LOOKBACK); i--) {
    const text = units[i]!.text;
    if (header.dateIndex < 0 && (isDateLine(text) || (DATE_LINE_PREFIX.test(text) && parseDate(text)))) {
      header.dateIndex = i;
      header.dateText = text;
      continue;
    }
    if (header.bylineIndex < 0) {
      const b = bylineOf(text);
      if (b === 'single-name') {
        if (singleName < 0) singleName = i;
        continue;
      }
      if (b) {
        header.bylineIndex = i;
        header.byline = text;
        continue;
      }
    }
    if (isTitleLike(text) && !matchBoilerplate(text)) {
      header.titleIndex = i;
      header.title = text;
      break;
    }
  }
  // A lone "First Last" line between the headline and the prose is the byline.
  if (header.bylineIndex < 0 && singleName > header.titleIndex && header.titleIndex >= 0) {
    header.bylineIndex = singleName;
    header.byline = units[singleName]!.text;
  }
  if (header.titleIndex < 0) {
    // Clean news text: the first line is the headline, even when it ends with a period and so
    // reads as a (short) sentence of prose.
    const first = units.findIndex((u) => !matchBoilerplate(u.text));
    const text = first >= 0 ? units[first]!.text : '';
    if (first >= 0 && first <= bodyStart && isTitleLike(text.replace(/\.$/, '')) && !/[.!?]\s+\p{Lu}/u.test(text) && units.length > first + 1) {
      header.titleIndex = first;
      header.title = text;
      if (bodyStart === first) header.bodyStart = first + 1;
    }
  }
  header.published = parseDate(header.dateText) ?? parseDate(header.byline);
  return header;
}
