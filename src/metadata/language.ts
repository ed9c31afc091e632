/**
 * Language guess for inputs that do not declare one: the language whose stopwords cover the
 * largest share of the words (jusText's signal). Stopword lists come from the `stopword`
 * package, so nobody hand-types them (read at build time into a snapshot, see loadStopwordLists).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { letterAt } from '../code-points.js';

/** Words looked at (the opening of the body is enough). */
const SAMPLE_WORDS = 400;
/** Least stopword share for a guess; below it the language is left unknown. */
const MIN_STOPWORD_SHARE = 0.2;
/** Fewest words for any guess. */
const MIN_WORDS = 20;

/** ISO 639-1 code -> the stopword package's ISO 639-3 export. */
const LANGUAGES = {
  en: 'eng', de: 'deu', fr: 'fra', es: 'spa', it: 'ita', pt: 'por', nl: 'nld', pl: 'pol',
  ru: 'rus', uk: 'ukr', bg: 'bul', sv: 'swe', da: 'dan', nb: 'nob', fi: 'fin', cs: 'ces', sk: 'slk',
  hu: 'hun', ro: 'ron', tr: 'tur', id: 'ind', el: 'ell', ca: 'cat', hr: 'hrv', sl: 'slv',
} as const;
export type LanguageCode = keyof typeof LANGUAGES;

let lists: Map<LanguageCode, Set<string>> | null = null;

/** The lists of LANGUAGES, in its order, from the stopword package (what the build's snapshot holds). */
export function stopwordLists(): Array<[LanguageCode, string[]]> {
  const pkg = createRequire(import.meta.url)('stopword') as Record<string, string[]>;
  return Object.entries(LANGUAGES).map(([code, key]) => [code as LanguageCode, pkg[key] ?? []]);
}

/** The key of a snapshot: the languages it holds, in order. */
export const stopwordSnapshotKey = (): string => Object.keys(LANGUAGES).join(',');

/**
 * The lists as the build wrote them beside the compiled module (scripts/stopwords-snapshot.mjs):
 * the 25 languages used, read as JSON, instead of loading the package's module of some 60
 * (about 6 ms of a one-file run). Without a snapshot (running from source), from the package.
 */
export function loadStopwordLists(snapshotFile: URL | string = new URL('./stopwords.snapshot.json', import.meta.url)): Array<[LanguageCode, string[]]> {
  try {
    const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as { key: string; lists: Array<[LanguageCode, string[]]> };
    if (snapshot.key === stopwordSnapshotKey()) return snapshot.lists;
  } catch {
    /* no snapshot: read the package */
  }
  return stopwordLists();
}

/** Stopword sets by language code, loaded on first use. */
export function stopwords(): Map<LanguageCode, Set<string>> {
  if (lists) return lists;
  lists = new Map(loadStopwordLists().map(([code, words]) => [code, new Set(words)]));
  return lists;
}

/**
 * The first `limit` words of the text, lower-cased: what /\p{L}+(?:['’]\p{L}+)?/gu matches (runs of
 * letters, with one inner apostrophe: "l'homme", "don't"), read by hand so that a long page stops
 * at `limit` words instead of matching them all (test/unit/language-stopwords.test.ts compares the two).
 */
export function words(text: string, limit = SAMPLE_WORDS): string[] {
  const s = text.toLowerCase();
  const out: string[] = [];
  for (let i = 0; i < s.length && out.length < limit; ) {
    let n = letterAt(s, i);
    if (!n) {
      i++;
      continue;
    }
    const start = i;
    while (n) {
      i += n;
      n = letterAt(s, i);
    }
    const q = s.charCodeAt(i);
    if ((q === 39 || q === 0x2019) && (n = letterAt(s, i + 1))) {
      i++;
      while (n) {
        i += n;
        n = letterAt(s, i);
      }
    }
    out.push(s.slice(start, i));
  }
  return out;
}

/** For each word of any list, the lists holding it: bit i for the i-th language of stopwords(). */
let memberships: Map<string, number> | null = null;

function stopwordMemberships(): Map<string, number> {
  if (memberships) return memberships;
  memberships = new Map();
  let bit = 1;
  for (const set of stopwords().values()) {
    for (const w of set) memberships.set(w, (memberships.get(w) ?? 0) | bit);
    bit <<= 1;
  }
  return memberships;
}

/**
 * The language whose stopwords are the largest share of `ws` (the first in stopwords() order on
 * a tie), with that share; null with share 0 when no word is a stopword. One lookup per word
 * for all the lists (stopwordMemberships), instead of one per word and list.
 */
export function mostStopwords(ws: readonly string[]): { lang: LanguageCode | null; share: number } {
  const member = stopwordMemberships();
  const codes = [...stopwords().keys()];
  const counts = new Array<number>(codes.length).fill(0);
  for (const w of ws) {
    let bits = member.get(w);
    for (let i = 0; bits; i++, bits >>>= 1) if (bits & 1) counts[i]!++;
  }
  let lang: LanguageCode | null = null;
  let share = 0;
  codes.forEach((code, i) => {
    const s = counts[i]! / ws.length;
    if (s > share) [lang, share] = [code, s];
  });
  return { lang, share };
}

export function guessLanguage(text: string): LanguageCode | null {
  const sample = words(text);
  if (sample.length < MIN_WORDS) return null;
  const { lang, share } = mostStopwords(sample);
  return share >= MIN_STOPWORD_SHARE ? lang : null;
}

/** A declared language as a canonical BCP 47 tag ("en_gb" -> "en-GB"); lower case when it is not a valid tag. */
export function canonicalLang(declared: string): string | null {
  const tag = declared.replace(/_/g, '-').split(/[,\s]/)[0]!;
  if (!tag) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag.toLowerCase();
  } catch {
    return tag.toLowerCase();
  }
}
