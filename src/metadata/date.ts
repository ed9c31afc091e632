/**
 * Dates: find the dates in a string (in reading order) and normalise them to ISO 8601 without
 * shifting their day. A date alone gives "YYYY-MM-DD"; a date with a time and a known zone gives
 * "YYYY-MM-DDTHH:MM:SS±HH:MM"; a time without a zone keeps the local time ("YYYY-MM-DDTHH:MM:SS").
 * Month names come from Intl (src/rules/date-words.ts); an all-numeric date is read day first or
 * month first by the page's language unless only one order is possible; the label in front of a
 * date ("Veröffentlicht am", "mis à jour le") says whether it is the published or the updated one.
 * Relative dates ("vor 3 Tagen", "il y a 2 jours") are not read: a page gives no reference day
 * for them (the day it was fetched is unknown), so they would put the article on a wrong day.
 */

import { foldLine, foldPattern } from '../rules/case-fold.js';
import { DATE_LABELS, MONTH_NAMES, PHRASE_AFTER, PHRASE_BEFORE, PHRASE_FLAGS, phraseSource, WEEKDAY_NAMES, type DateRole } from '../rules/date-words.js';

/** How to read a date: the page's language decides the order of an all-numeric "03/04/2020". */
export interface DateOptions {
  /** BCP 47 language of the page ("de", "en-GB"); English without a region, or none, reads month first. */
  lang?: string | null;
}

/** Offsets of time-zone abbreviations seen in bylines, in minutes east of UTC. */
const ZONES: Record<string, number> = {
  utc: 0, gmt: 0, z: 0, bst: 60, cet: 60, cest: 120, eet: 120, eest: 180, ist: 330, jst: 540, kst: 540,
  aest: 600, aedt: 660, est: -300, edt: -240, cst: -360, cdt: -300, mst: -420, mdt: -360, pst: -480, pdt: -420,
  et: -300, ct: -360, mt: -420, pt: -480,
};

const MONTH_ALTERNATION = [...MONTH_NAMES.keys()].sort((x, y) => y.length - x.length).join('|');
const MONTH = String.raw`(?<!\p{L})(${MONTH_ALTERNATION})(?!\p{L})\.?`;
const TIME = String.raw`(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?:\s*\(?([a-z]{1,4})\)?(?![a-z]))?`;

const ISO_RE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/giu;
/**
 * The end of a year: no digit follows, or the next date's day does (a published and an updated
 * date printed without a space between them: "10. Februar 20199. Februar 2019"), or its time
 * does ("9 de marzo de 202118:30 hs").
 */
const YEAR_END = String.raw`(?:(?!\d)|(?=\d{1,2}\.?\s+\p{L})|(?=\d{2}:\d{2}(?!\d)))`;
/** 2019/03/12, 2019.03.12. */
const YMD_RE = /(?<![\d.\/])(\d{4})([\/.])(\d{1,2})\2(\d{1,2})(?![\d])/gu;
/** "March 7, 2023", "Juli 9, 2016", "Mar 12 2020". */
const MDY_RE = new RegExp(String.raw`${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${YEAR_END}`, 'giu');
/** "7 March 2023", "5. Oktober 2013", "1er janvier 2020", "12 de enero de 2022", "14 Feb ’20". */
const DMY_RE = new RegExp(String.raw`(?<![\d.])(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+|of\s+)?${MONTH},?\s+(?:de\s+)?(\d{4}|[’'‘]\d{2})${YEAR_END}`, 'giu');
/**
 * MDY_RE and DMY_RE as run: lower-cased without the i flag, on the text folded once
 * (rules/case-fold.ts), the same length, so every index holds. Compiling their month
 * alternation (every language's names) with i and u was most of a one-file run's date cost.
 */
const MDY_FOLDED = foldPattern(MDY_RE);
const DMY_FOLDED = foldPattern(DMY_RE);
/**
 * The month names as the folded patterns hold them. MONTH matches a whole run of letters (no
 * letter before or after it), so the folded patterns can match only a folded text holding one of
 * these as a whole run: a text without one skips them, and a one-file run whose texts name no
 * month never compiles them (their alternation of every language's names is the largest pattern
 * of the date finder).
 */
const FOLDED_MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES.keys()].map((name) => foldLine(name) ?? name));
const LETTER_RUN = /\p{L}+/gu;
/** Does a folded text (foldLine) hold a month name as a whole run of letters? False only when MDY_FOLDED and DMY_FOLDED cannot match it. */
export const namesMonth = (folded: string): boolean => {
  for (const run of folded.matchAll(LETTER_RUN)) if (FOLDED_MONTHS.has(run[0])) return true;
  return false;
};
/**
 * All-numeric day, month and year: "12.03.2019", "12/03/2019", "29-10-2021", and with a two-digit
 * year when day and month have two digits ("19.10.19").
 */
const NUMERIC_RE = /(?<![\d.\/-])(\d{1,2})([.\/-])(\d{1,2})\2(\d{4}|(?<=\d{2}[.\/]\d{2}[.\/])\d{2})(?![\d]|[.\/-]\d)/gu;
/** Chinese, Japanese and Korean: 2024年3月12日, 2024년 3월 12일. */
const CJK_YMD_RE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu;
const TIME_RE = new RegExp(TIME, 'i');
/** What ISO_RE, YMD_RE, MDY_RE, DMY_RE and CJK_YMD_RE each need somewhere: a four-digit year, or "’20". */
const YEAR_HINT = /\d{4}|[’'‘]\d{2}/;
/** What NUMERIC_RE needs: two numbers joined by ".", "/" or "-". */
const NUMERIC_HINT = /\d[.\/-]\d/;
/** How far (characters) before or after a date its time may be written ("10:31 PM EST, Tue March 7"). */
const TIME_WINDOW_CHARS = 40;
/** Two-digit years below this are 20xx, the rest 19xx ("19.10.19" is 2019, "’98" is 1998). */
const TWO_DIGIT_YEAR_PIVOT = 70;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

/** The time written in `s` (outside the date itself), as "THH:MM:SS" plus zone, or "". */
function timePart(s: string): string {
  const t = TIME_RE.exec(s);
  if (!t) return '';
  let h = Number(t[1]);
  const min = Number(t[2]);
  const sec = Number(t[3] ?? 0);
  const ampm = t[4]?.replace(/\./g, '').toLowerCase();
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59 || sec > 59) return '';
  const zone = t[5]?.toLowerCase();
  const offset = zone !== undefined ? ZONES[zone] : undefined;
  return `T${pad(h)}:${pad(min)}:${pad(sec)}${offset !== undefined ? formatOffset(offset) : ''}`;
}

/** A date found in a text: where it is and the ISO string (with its time when one is written). */
export interface FoundDate {
  index: number;
  end: number;
  iso: string;
}

const year = (y: string) => {
  const digits = y.replace(/\D/g, '');
  if (digits.length === 4) return Number(digits);
  const n = Number(digits);
  return n < TWO_DIGIT_YEAR_PIVOT ? 2000 + n : 1900 + n;
};
/** Month names by their folded spelling (a name matched in folded text), built on first need. */
let foldedMonths: Map<string, number> | null = null;
const monthOf = (name: string) =>
  MONTH_NAMES.get(name.toLowerCase()) ?? (foldedMonths ??= new Map([...MONTH_NAMES].map(([k, v]) => [foldLine(k) ?? k, v]))).get(foldLine(name) ?? name) ?? 0;

/** Month first for US English (and when the language is unknown); day first everywhere else. */
const monthFirst = (lang: string | null | undefined) => !lang || /^en(?:-us)?$/i.test(lang);

/** Day and month of an all-numeric date: the language's order, unless only the other order is possible. */
function numericOrder(a: number, b: number, separator: string, lang: string | null | undefined): [number, number] {
  if (separator === '.') return [a, b];
  if (a > 12) return [a, b];
  if (b > 12) return [b, a];
  return monthFirst(lang) ? [b, a] : [a, b];
}

/**
 * The last text read and its dates: readers ask about the same text several times in a row
 * (isDateLine, then isUpdateOnly, then publishedDate), and a page's short elements repeat.
 * The arrays are frozen: callers share them.
 */
let lastFound: { key: string; dates: FoundDate[] } | null = null;
let lastLabelled: { key: string; dates: Array<FoundDate & { role: DateRole | null }> } | null = null;
const memoKey = (input: string, options: DateOptions) => `${options.lang ?? ''}\u0000${input}`;

/** Every valid date in `input`, in reading order (overlapping matches: the earlier one). */
export function findDates(input: string | null | undefined, options: DateOptions = {}): FoundDate[] {
  // Every written date has digits: most lines have none and skip every search.
  if (!input || !/\d/.test(input)) return [];
  const key = memoKey(input, options);
  if (lastFound?.key === key) return lastFound.dates;
  const dates = Object.freeze(findDatesUncached(input, options)) as FoundDate[];
  lastFound = { key, dates };
  return dates;
}

/** findDates without its memo, for a text with digits (every written date has some). */
function findDatesUncached(s: string, options: DateOptions): FoundDate[] {
  // The patterns below each need a year (four digits, or "’20") or two numbers joined by . / -:
  // a text with neither (a price, a count) skips them all.
  const hasYear = YEAR_HINT.test(s);
  const hasNumeric = NUMERIC_HINT.test(s);
  if (!hasYear && !hasNumeric) return [];
  // Day-level matches first; the time is looked for once every date is known (and masked).
  const found: Array<{ index: number; end: number; ymd: [number, number, number]; iso?: string }> = [];
  const push = (m: RegExpExecArray, y: number, mo: number, d: number, iso?: string) => {
    if (validDate(y, mo, d)) found.push({ index: m.index, end: m.index + m[0].length, ymd: [y, mo, d], iso });
  };
  if (hasYear) for (const m of s.matchAll(ISO_RE)) {
    const [, y, mo, d, hh, mm, ss, zone] = m;
    const z = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone) : '';
    push(m, Number(y), Number(mo), Number(d), hh ? `${y}-${mo}-${d}T${hh}:${mm}:${ss ?? '00'}${z}` : `${y}-${mo}-${d}`);
  }
  if (hasYear) for (const m of s.matchAll(YMD_RE)) push(m, Number(m[1]), Number(m[3]), Number(m[4]));
  if (hasYear) {
    // Month names are matched in the folded text (MDY_FOLDED), the rest as written.
    const folded = foldLine(s);
    const asFolded = folded !== null && MDY_FOLDED !== null && DMY_FOLDED !== null;
    if (!asFolded || namesMonth(folded)) {
      for (const m of asFolded ? folded.matchAll(MDY_FOLDED) : s.matchAll(MDY_RE)) push(m, Number(m[3]), monthOf(m[1]!), Number(m[2]));
      for (const m of asFolded ? folded.matchAll(DMY_FOLDED) : s.matchAll(DMY_RE)) push(m, year(m[3]!), monthOf(m[2]!), Number(m[1]));
    }
  }
  if (hasNumeric) for (const m of s.matchAll(NUMERIC_RE)) {
    const [d, mo] = numericOrder(Number(m[1]), Number(m[3]), m[2]!, options.lang);
    push(m, year(m[4]!), mo, d);
  }
  if (hasYear) for (const m of s.matchAll(CJK_YMD_RE)) push(m, Number(m[1]), Number(m[2]), Number(m[3]));
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept: typeof found = [];
  for (const f of found) if (!kept.length || f.index >= kept[kept.length - 1]!.end) kept.push(f);
  let masked = s;
  for (const f of kept) masked = masked.slice(0, f.index) + ' '.repeat(f.end - f.index) + masked.slice(f.end);
  return kept.map((f) => {
    const [y, m, d] = f.ymd;
    const around = `${masked.slice(Math.max(0, f.index - TIME_WINDOW_CHARS), f.index)} ${masked.slice(f.end, f.end + TIME_WINDOW_CHARS)}`;
    return { index: f.index, end: f.end, iso: f.iso ?? `${y}-${pad(m)}-${pad(d)}${timePart(around)}` };
  });
}

/** Finds the first date in free text ("Updated 10:31 PM EST, Tue March 7, 2023") and returns ISO 8601, or null. */
export function parseDate(input: string | null | undefined, options: DateOptions = {}): string | null {
  return findDates(input?.trim(), options)[0]?.iso ?? null;
}

/** Characters before a date searched for its label ("Veröffentlicht am", "Updated:"). */
const LABEL_WINDOW_CHARS = 40;

/**
 * A label pattern and its lower-cased form (rules/case-fold.ts), which runs on the lower-cased
 * text: the labels are case-insensitive Unicode patterns full of \p{L}, which V8 would otherwise
 * close over Unicode case when compiling them (the combined pattern below: about 9 ms, folded 2.6 ms).
 */
interface FoldedLabel {
  pattern: RegExp;
  folded: RegExp | null;
}
const withFolded = (pattern: RegExp): FoldedLabel => ({ pattern, folded: foldPattern(pattern) });

/** DATE_LABELS as global patterns, compiled once: every match before a date is read. */
const GLOBAL_DATE_LABELS = DATE_LABELS.map((label) => ({ role: label.role, ...withFolded(new RegExp(label.pattern.source, `${label.pattern.flags.replace('g', '')}g`)) }));
/**
 * Every label at once, one pattern per set of flags: a text none of them matches has no
 * labelled date, and the labels are not tried one by one (most texts before a date have none).
 */
const ANY_DATE_LABEL: readonly FoldedLabel[] = (() => {
  const byFlags = new Map<string, string[]>();
  const words: string[] = [];
  for (const l of DATE_LABELS) {
    // A whole-word label (rules/date-words.ts phrase()) gives its words: the combined pattern
    // checks the word boundaries once around all of them, not once per label (each \p{L} is a
    // large class to compile); which labels it finds is the same.
    const src = l.pattern.source;
    const head = `${PHRASE_BEFORE}(?:`;
    const tail = `)${PHRASE_AFTER}`;
    if (l.pattern.flags === PHRASE_FLAGS && src.startsWith(head) && src.endsWith(tail)) {
      words.push(src.slice(head.length, -tail.length));
      continue;
    }
    const flags = l.pattern.flags.replace(/[gy]/g, '');
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${src})`]);
  }
  if (words.length) byFlags.set(PHRASE_FLAGS, [...(byFlags.get(PHRASE_FLAGS) ?? []), phraseSource(words.join('|'))]);
  return [...byFlags].map(([flags, sources]) => withFolded(new RegExp(sources.join('|'), flags)));
})();

/** The dates of a text with what their labels say they are (null: no label). */
export function labelledDates(input: string | null | undefined, options: DateOptions = {}): Array<FoundDate & { role: DateRole | null }> {
  if (!input || !/\d/.test(input)) return [];
  const key = memoKey(input, options);
  if (lastLabelled?.key === key) return lastLabelled.dates;
  const dates = Object.freeze(labelledDatesUncached(input, options)) as Array<FoundDate & { role: DateRole | null }>;
  lastLabelled = { key, dates };
  return dates;
}

function labelledDatesUncached(input: string, options: DateOptions): Array<FoundDate & { role: DateRole | null }> {
  const dates = findDates(input, options);
  return dates.map((d, i) => {
    const before = input.slice(Math.max(i > 0 ? dates[i - 1]!.end : 0, d.index - LABEL_WINDOW_CHARS), d.index);
    // The label nearest the date decides ("posted …, updated on <date>").
    let role: DateRole | null = null;
    let at = -1;
    if (!before) return { ...d, role };
    // The lower-cased text has the same length, so a folded match's index is the original's.
    const lower = foldLine(before);
    if (!ANY_DATE_LABEL.some((l) => (l.folded && lower !== null ? l.folded.test(lower) : l.pattern.test(before)))) return { ...d, role };
    for (const label of GLOBAL_DATE_LABELS) {
      const matches = label.folded && lower !== null ? lower.matchAll(label.folded) : before.matchAll(label.pattern);
      for (const m of matches) if (m.index >= at) [at, role] = [m.index, label.role];
    }
    return { ...d, role };
  });
}

/**
 * The publication date written in a text: the first date labelled as published, else the first
 * without a label, else the first labelled as updated (a page that only says "Updated May 6"
 * was published no later).
 */
export function publishedDate(input: string | null | undefined, options: DateOptions = {}): string | null {
  const dates = labelledDates(input, options);
  return (dates.find((d) => d.role === 'published') ?? dates.find((d) => d.role === null) ?? dates[0])?.iso ?? null;
}

/** True when the text holds a date and every date in it is labelled as a later update. */
export function isUpdateOnly(input: string | null | undefined, options: DateOptions = {}): boolean {
  const dates = labelledDates(input, options);
  return dates.length > 0 && dates.every((d) => d.role === 'updated');
}

/** A date in a web address's path: /2019/03/12/, /2019-03-12-slug, /20190312_, /12-03-2019. */
const URL_DATE_PATTERNS: ReadonlyArray<{ re: RegExp; order: 'ymd' | 'dmy' }> = [
  { re: /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=[\/_.-]|$)/, order: 'ymd' },
  { re: /[\/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[\/_.-]|$)/, order: 'ymd' },
  { re: /[\/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[\/_.-])/, order: 'ymd' },
  { re: /[\/_-](\d{2})-(\d{2})-((?:19|20)\d{2})(?=[\/_.-]|$)/, order: 'dmy' },
];

/** The publication day written in a page's address ("https://x.org/2019/03/12/slug"), or null. */
export function urlDate(url: string | null | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const { re, order } of URL_DATE_PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    const [y, mo, d] = order === 'ymd' ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
    if (validDate(Number(y), Number(mo), Number(d))) return `${y}-${pad(Number(mo))}-${pad(Number(d))}`;
  }
  return null;
}

/** Words of a date line that are not its content: weekday names ("Samstag, 5. Oktober 2013"). */
const LINE_WORDS_MAX = 6;

/** True when the line is mostly a date (and perhaps a time, a weekday and a label), with little else. */
export function isDateLine(line: string, options: DateOptions = {}): boolean {
  const dates = findDates(line, options);
  if (!dates.length) return false;
  let rest = '';
  let from = 0;
  for (const d of dates) {
    rest += ` ${line.slice(from, d.index)}`;
    from = d.end;
  }
  rest += ` ${line.slice(from)}`;
  const words = (rest.match(/\p{L}{2,}/gu) ?? []).filter((w) => !WEEKDAY_NAMES.has(w.toLowerCase()));
  return words.length <= LINE_WORDS_MAX;
}
