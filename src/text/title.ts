/**
 * Text path: the headline. Candidates are the lines above the article's first prose unit; each
 * is scored by statistics that hold across sites: how many of its content words the article's
 * opening repeats, how close it sits to the article, its length and shape (a headline has no
 * final period, is not a caption, a credit, a date, a byline or a menu item).
 */
import { isDateLine } from '../metadata/date.js';
import { stopwords, type LanguageCode } from '../metadata/language.js';
import { matchBoilerplate } from '../rules/boilerplate.js';
import { TITLE_PENALTIES } from '../rules/title.js';
import { wordCount } from './stats.js';
import type { Unit } from './units.js';

/** Units above the article searched for the headline (share bars and captions can sit between). */
export const TITLE_LOOKBACK = 40;
/** Word range of a headline. */
const TITLE_MIN_WORDS = 2;
const TITLE_MAX_WORDS = 40;
/** Words of the article's opening that a headline's words are looked up in. */
const BODY_SAMPLE_WORDS = 400;
/** Score per unit of distance between the candidate and the article. */
const DISTANCE_COST = 0.08;
/** Weight of the share of the headline's content words found in the article's opening. */
const OVERLAP_WEIGHT = 2;
/** Bonus for a typical headline length (words). */
const GOOD_LENGTH = { min: 4, max: 25, bonus: 0.3 };
/** Content words for the overlap to count fully. */
const FULL_OVERLAP_WORDS = 4;
/** Longer lines (words) are more often the standfirst under the headline. */
const DEK_MIN_WORDS = 22;
const DEK_COST = 0.3;
/** Headline Case ("Republicans Are Following Trump") is a headline's typical shape. */
const TITLE_CASE_BONUS = 0.2;
/** Share of longer words capitalised for Title Case. */
const TITLE_CASE_SHARE = 0.7;
/** A byline or date line within this many units below: the headline's usual place. */
const HEADER_BELOW_UNITS = 3;
const HEADER_BELOW_BONUS = 0.3;
/** Units above the best candidate where the real headline may sit over a standfirst or caption. */
const DEK_SPAN = 10;
/** Score a candidate above may trail the best by and still be the headline. */
const DEK_MARGIN = 0.75;
/** Least overlap of a headline over a standfirst: related headlines above overlap less. */
const DEK_MIN_OVERLAP = 0.5;
/** Units between a glued breadcrumb+headline line and the bare headline line. */
const GLUED_SPAN = 3;
/** Least score for a candidate to be taken. */
const MIN_TITLE_SCORE = 0.2;

export interface TitleCandidate {
  index: number;
  score: number;
  /** Share of its content words the article's opening repeats. */
  overlap: number;
  why: string;
}

const contentWords = (text: string, stop: Set<string>) =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !stop.has(w));

function isTitleCase(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= TITLE_CASE_SHARE;
}

function headerBelow(units: readonly Unit[], i: number, bodyStart: number, isHeaderLine: (text: string) => boolean): boolean {
  for (let k = i + 1; k <= Math.min(bodyStart, i + HEADER_BELOW_UNITS); k++) if (units[k] && isHeaderLine(units[k]!.text)) return true;
  return false;
}

/** A line that cannot be a headline at all. */
export function notTitle(text: string): string | null {
  const n = wordCount(text);
  if (n < TITLE_MIN_WORDS || n > TITLE_MAX_WORDS) return 'length';
  if (matchBoilerplate(text)) return 'boilerplate';
  if (isDateLine(text)) return 'date';
  if (/[:,;]$/.test(text)) return 'open-ending';
  if (/^\p{Ll}/u.test(text)) return 'lower-case-start';
  return null;
}

export function scoreTitles(
  units: readonly Unit[],
  bodyStart: number,
  lang: LanguageCode | null,
  isByline: (text: string) => boolean,
  isHeaderLine: (text: string) => boolean = isByline,
): TitleCandidate[] {
  const stop = (lang && stopwords().get(lang)) || new Set<string>();
  const body = new Set(contentWords(units.slice(bodyStart).map((u) => u.text).join(' '), stop).slice(0, BODY_SAMPLE_WORDS));
  const out: TitleCandidate[] = [];
  let distance = 0;
  for (let i = bodyStart - 1; i >= Math.max(0, bodyStart - TITLE_LOOKBACK); i--) {
    const text = units[i]!.text;
    distance++;
    if (units[i]!.block.kind === 'list') continue;
    const veto = notTitle(text) ?? (isByline(text) ? 'byline' : null);
    if (veto) continue;
    const words = contentWords(text, stop);
    const overlap = words.length ? words.filter((w) => body.has(w)).length / words.length : 0;
    // Two content words overlap by chance ("Health News"); full weight needs a few.
    const support = Math.min(1, words.length / FULL_OVERLAP_WORDS);
    let score = overlap * support * OVERLAP_WEIGHT - distance * DISTANCE_COST;
    const why = [`overlap ${overlap.toFixed(2)}x${support.toFixed(2)}`, `distance ${distance}`];
    const n = wordCount(text);
    if (n >= GOOD_LENGTH.min && n <= GOOD_LENGTH.max) score += GOOD_LENGTH.bonus;
    if (n > DEK_MIN_WORDS) {
      score -= DEK_COST;
      why.push('dek-length');
    }
    if (n >= GOOD_LENGTH.min && isTitleCase(text)) {
      score += TITLE_CASE_BONUS;
      why.push('title-case');
    }
    if (headerBelow(units, i, bodyStart, isHeaderLine)) {
      score += HEADER_BELOW_BONUS;
      why.push('byline-below');
    }
    for (const p of TITLE_PENALTIES) {
      if (p.pattern.test(text)) {
        score -= p.cost;
        why.push(p.id);
      }
    }
    out.push({ index: i, score, overlap, why: why.join(', ') });
  }
  return out.sort((a, b) => b.score - a.score);
}

export function bestTitle(
  units: readonly Unit[],
  bodyStart: number,
  lang: LanguageCode | null,
  isByline: (text: string) => boolean,
  isHeaderLine: (text: string) => boolean = isByline,
): TitleCandidate | null {
  const ranked = scoreTitles(units, bodyStart, lang, isByline, isHeaderLine);
  const best = ranked[0];
  if (!best || best.score < MIN_TITLE_SCORE) return null;
  // The standfirst and the picture caption sit between the headline and the article and repeat
  // its words as much: a close contender above the best line is the headline.
  const above = ranked.filter(
    (c) => c.index < best.index && best.index - c.index <= DEK_SPAN && c.score >= best.score - DEK_MARGIN && c.overlap >= DEK_MIN_OVERLAP,
  );
  const chosen = above[0] ?? best;
  // A breadcrumb glued to the headline ("HomeLatest NewsMayor opens market") next to the bare
  // headline line: take the bare one.
  const text = units[chosen.index]!.text;
  const bare = ranked.find((c) => c !== chosen && Math.abs(c.index - chosen.index) <= GLUED_SPAN && text.endsWith(units[c.index]!.text) && wordCount(units[c.index]!.text) >= GOOD_LENGTH.min);
  return bare ?? chosen;
}
