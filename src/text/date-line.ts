/**
 * Text path: the article's date when the header (text/header.ts) found no date line of its
 * strict shapes. Short lines around the headline that carry a date are read with their labels
 * ("Eingetragen am 7. Mai 2021, aktualisiert am …", "Veröffentlicht: 05.01.2020 | Autor: …",
 * "Von Anna am Freitag, 7. Mai 2021 um 09:20 Uhr"): nearest the headline first, a published
 * date before an updated one. Comments and related lists lie further down and are not searched.
 */
import { findDates, isDateLine, isUpdateOnly, labelledDates, publishedDate } from '../metadata/date.js';
import { wordCount } from './stats.js';
import type { Unit } from './units.js';

/** Longest line (words) read as a header line with a date; longer is a paragraph mentioning one. */
const DATE_LINE_LOOSE_MAX_WORDS = 25;
/** A line of this many words that ends like a sentence is prose, whatever dates it mentions. */
const SENTENCE_MIN_WORDS = 10;
/** Units below the headline searched (the header, then the first paragraphs' neighbours). */
const BELOW_TITLE_UNITS = 8;
/** Units above the headline searched (a blog's date heading, a kicker with the date). */
const ABOVE_TITLE_UNITS = 4;
/** Without a headline: units above the first prose paragraph searched. */
const ABOVE_BODY_UNITS = 8;
/** Units into the prose searched (a date line printed after the lead or a picture caption). */
const INTO_BODY_UNITS = 3;

interface HeaderPlace {
  titleIndex: number;
  titleSpan: number;
  bodyStart: number;
}

/** Code, tables and quotes carry dates of their own (examples, data): only plain lines are read. */
const isLine = (u: Unit) => u.block.kind === 'paragraph';

/** A header-like line with a date: short, not a sentence. */
function dateLineDate(text: string, lang: string | null): string | null {
  const words = wordCount(text);
  if (words > DATE_LINE_LOOSE_MAX_WORDS || (words >= SENTENCE_MIN_WORDS && /[.!?…]["'”’»)]?$/.test(text.trim()))) return null;
  if (!findDates(text, { lang }).length) return null;
  return publishedDate(text, { lang });
}

/** The unit indexes searched, nearest the headline (or the prose) first. */
function searchOrder(units: readonly Unit[], place: HeaderPlace): number[] {
  const order: number[] = [];
  const add = (i: number) => {
    if (i >= 0 && i < units.length && !order.includes(i)) order.push(i);
  };
  if (place.titleIndex >= 0) {
    const below = place.titleIndex + place.titleSpan;
    for (let i = below; i < Math.min(below + BELOW_TITLE_UNITS, place.bodyStart + INTO_BODY_UNITS); i++) add(i);
    for (let i = place.titleIndex - 1; i >= place.titleIndex - ABOVE_TITLE_UNITS; i--) add(i);
    // A headline chosen from a line that is the date line itself ("2. Februar 2020 Anna Roll").
    for (let i = place.titleIndex; i < below; i++) add(i);
  } else {
    for (let i = place.bodyStart - 1; i >= place.bodyStart - ABOVE_BODY_UNITS; i--) add(i);
    for (let i = place.bodyStart; i < place.bodyStart + INTO_BODY_UNITS; i++) add(i);
  }
  return order;
}

/** Characters at the start of a paragraph that may hold its dateline ("Wien, 14. Dezember 2021 – …"). */
const DATELINE_CHARS = 32;

/** The date a prose paragraph opens with, news-agency style, followed by a dash, a stop or a bracket. */
export function datelineDate(text: string, lang: string | null): string | null {
  const head = text.slice(0, DATELINE_CHARS);
  const first = findDates(head, { lang })[0];
  return first && /^\s*\)?\s*[-–—.:]/.test(head.slice(first.end)) ? first.iso : null;
}

/** Units after the article's last paragraph searched for a date line printed under it. */
const BELOW_ARTICLE_UNITS = 4;

/**
 * A date line right under the article's last paragraph (press releases and some CMSs print the
 * date there): a line that is a date and little else, within BELOW_ARTICLE_UNITS units.
 */
export function dateBelowArticle(units: readonly Unit[], end: number, lang: string | null = null): string | null {
  for (let i = end; i < Math.min(units.length, end + BELOW_ARTICLE_UNITS); i++) {
    if (!isLine(units[i]!)) continue;
    const text = units[i]!.text;
    if (isDateLine(text, { lang }) && !isUpdateOnly(text, { lang })) return publishedDate(text, { lang });
  }
  return null;
}

/** The publication date on a short line near the headline, or null. */
export function nearHeaderDate(units: readonly Unit[], place: HeaderPlace, lang: string | null = null): string | null {
  let updated: string | null = null;
  for (const i of searchOrder(units, place)) {
    if (!isLine(units[i]!)) continue;
    const text = units[i]!.text;
    const date = dateLineDate(text, lang);
    if (!date) continue;
    if (!isUpdateOnly(text, { lang })) return date;
    updated ??= date;
  }
  if (updated) return updated;
  for (let i = place.bodyStart; i < Math.min(units.length, place.bodyStart + INTO_BODY_UNITS); i++) {
    if (!isLine(units[i]!)) continue;
    const date = datelineDate(units[i]!.text, lang);
    if (date) return date;
  }
  return firstDateLineAbove(units, place.bodyStart, lang);
}

/**
 * The first short line of the page whose label says it is the publication date ("erstellt von
 * Anna — veröffentlicht 28.01.2022"), wherever the page prints it: a last resort.
 */
export function labelledDateLine(units: readonly Unit[], lang: string | null = null): string | null {
  for (const u of units) {
    if (!isLine(u) || wordCount(u.text) > DATE_LINE_LOOSE_MAX_WORDS) continue;
    const date = labelledDates(u.text, { lang }).find((d) => d.role === 'published');
    if (date) return date.iso;
  }
  return null;
}

/**
 * The first date line of the page above the article's prose: the date printed over a post when
 * the header around the chosen headline holds none. Measured on traf-dev text: the first such
 * line was right about four times as often as wrong, the one nearest the prose less often (menus
 * and teaser lists with dates sit between a page's top and its article more often than above).
 */
function firstDateLineAbove(units: readonly Unit[], end: number, lang: string | null): string | null {
  for (let i = 0; i < end; i++) {
    if (!isLine(units[i]!)) continue;
    const text = units[i]!.text;
    if (isDateLine(text, { lang }) && !isUpdateOnly(text, { lang })) return publishedDate(text, { lang });
  }
  return null;
}
