/**
 * Date vocabulary: month and weekday names of many languages, taken from the runtime's ICU data
 * (Intl.DateTimeFormat) rather than typed by hand, in every form a date uses: the stand-alone
 * name ("März", "styczeń"), the form inside a date (the genitive: "12 marca", "12 марта") and the
 * abbreviations ("janv.", "Okt."). Then the labels that say what a date is: published or updated.
 */

import { readFileSync } from 'node:fs';

/**
 * Languages whose names are read. Croatian and Serbian are left out on purpose: their "listopad"
 * is October where Czech and Polish "listopad" is November, and the two cannot be told apart.
 */
export const DATE_LOCALES: readonly string[] = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'cs', 'sk', 'sv', 'da', 'nb', 'fi', 'ru', 'uk', 'tr', 'ro', 'ca', 'hu', 'el',
];

/**
 * Languages whose abbreviations are read too ("janv.", "Okt."). The short forms of the others are
 * three-letter words of other languages ("sie", "pro", "ara", "per") and are left out.
 */
const ABBREVIATION_LOCALES = new Set(['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'pl', 'ru']);

/**
 * Spellings ICU does not print but pages write: the English "Sept" and the German "Maerz" (umlaut
 * spelt out). Names written without their accents ("fevrier", "Marz") are added by fold below.
 */
const EXTRA_MONTHS: Record<string, number> = { sept: 9, maerz: 3 };

/** Shortest name kept: ICU's two-letter weekday abbreviations ("Mo", "ma") are ordinary words. */
const MIN_NAME_LETTERS = 3;

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '');
const clean = (s: string) => s.toLowerCase().replace(/\.$/, '').trim();

function monthTable(): Map<string, number> {
  const seen = new Map<string, Set<number>>();
  const add = (name: string, month: number) => {
    for (const n of new Set([clean(name), fold(clean(name))])) {
      if (n.length < MIN_NAME_LETTERS || !/^\p{L}+$/u.test(n)) continue;
      if (!seen.has(n)) seen.set(n, new Set());
      seen.get(n)!.add(month);
    }
  };
  // One formatter per language and form, each formatting the twelve months (building formatters is the slow part).
  const months = Array.from({ length: 12 }, (_v, m) => new Date(Date.UTC(2024, m, 12)));
  for (const locale of DATE_LOCALES) {
    for (const month of ['long', 'short'] as const) {
      if (month === 'short' && !ABBREVIATION_LOCALES.has(locale)) continue;
      const alone = new Intl.DateTimeFormat(locale, { month, timeZone: 'UTC' });
      const inDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month, timeZone: 'UTC' });
      months.forEach((date, m) => {
        add(alone.format(date), m + 1);
        const part = inDate.formatToParts(date).find((p) => p.type === 'month');
        if (part) add(part.value, m + 1);
      });
    }
  }
  for (const [n, m] of Object.entries(EXTRA_MONTHS)) add(n, m);
  // A name that means two months in two languages is no evidence of either.
  const out = new Map<string, number>();
  for (const [n, months] of seen) if (months.size === 1) out.set(n, [...months][0]!);
  return out;
}

function weekdayNames(): Set<string> {
  const out = new Set<string>();
  const days = Array.from({ length: 7 }, (_v, d) => new Date(Date.UTC(2024, 0, 1 + d)));
  for (const locale of DATE_LOCALES) {
    for (const weekday of ['long', 'short'] as const) {
      if (weekday === 'short' && !ABBREVIATION_LOCALES.has(locale)) continue;
      const format = new Intl.DateTimeFormat(locale, { weekday, timeZone: 'UTC' });
      for (const date of days) {
        const n = clean(format.format(date));
        if (n.length >= MIN_NAME_LETTERS && /^[\p{L}-]+$/u.test(n)) out.add(n).add(fold(n));
      }
    }
  }
  return out;
}

/** The month and weekday tables as plain data (what the build's snapshot holds), in table order. */
export interface DateVocabulary {
  /** What the tables were built from: the runtime's ICU version and the languages it has data for. */
  key: string;
  months: Array<[string, number]>;
  weekdays: string[];
}

/**
 * The key of this runtime's tables: the same ICU and CLDR versions with the same data (full, or
 * English only in a small-ICU build, or data loaded from NODE_ICU_DATA) give the same names.
 * (Asking ICU which languages it has would cost more than the snapshot saves.)
 */
export function vocabularyKey(): string {
  const small = (process.config?.variables as { icu_small?: boolean } | undefined)?.icu_small === true;
  return `icu ${process.versions.icu ?? 'none'} cldr ${process.versions.cldr ?? 'none'}${small ? ' small' : ''} ${process.env.NODE_ICU_DATA ?? ''} ${DATE_LOCALES.join(',')}`;
}

/** Builds the tables from Intl.DateTimeFormat (some 100 formatters: about 60 ms, most of a text file's start-up). */
export function buildDateVocabulary(): DateVocabulary {
  return { key: vocabularyKey(), months: [...monthTable()], weekdays: [...weekdayNames()] };
}

/**
 * The tables: from the snapshot written at build time (scripts/date-words-snapshot.mjs, beside
 * the compiled module) when it was built from the same ICU data as this runtime's, else built now.
 */
export function loadDateVocabulary(snapshotFile: URL | string = new URL('./date-words.snapshot.json', import.meta.url)): DateVocabulary {
  try {
    const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as DateVocabulary;
    if (snapshot.key === vocabularyKey()) return snapshot;
  } catch {
    /* no snapshot (running from source): build the tables */
  }
  return buildDateVocabulary();
}

const VOCABULARY = loadDateVocabulary();
/** Month names of every DATE_LOCALES language (lower case, also without accents) -> month 1-12. */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map(VOCABULARY.months);
/** Weekday names and abbreviations of every DATE_LOCALES language (lower case). */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set(VOCABULARY.weekdays);

/** What a labelled date is: when the article was first published, or when it was changed. */
export type DateRole = 'published' | 'updated';

export interface DateLabel {
  id: string;
  role: DateRole;
  /** Matched against the words just before the date, case-insensitive. */
  pattern: RegExp;
  reason: string;
}

/** The word boundaries phrase() puts around a label's words (metadata/date.ts puts them once around all labels' words). */
export const PHRASE_BEFORE = String.raw`(?<!\p{L})`;
export const PHRASE_AFTER = String.raw`(?!\p{L})`;
export const PHRASE_FLAGS = 'iu';
/** A phrase() pattern's source: its words between the boundaries. */
export const phraseSource = (words: string): string => `${PHRASE_BEFORE}(?:${words})${PHRASE_AFTER}`;

/** A label pattern: one of the phrases, as whole words (\b is blind to letters like "é"). */
const phrase = (words: string) => new RegExp(phraseSource(words), PHRASE_FLAGS);

/**
 * Labels in front of a date, per language. A date line may carry both ("Eingetragen am 3. Januar
 * 2020, aktualisiert am 4. Januar 2020"): the published one is the article's date.
 */
export const DATE_LABELS: readonly DateLabel[] = [
  { id: 'en-updated', role: 'updated', pattern: phrase(String.raw`(?:last\s+)?(?:updated|modified|revised|edited)(?:\s+(?:on|at))?`), reason: 'English: the date of a later change.' },
  { id: 'en-published', role: 'published', pattern: phrase(String.raw`(?:first\s+)?(?:published|posted|written|released|created)(?:\s+(?:on|at))?|date`), reason: 'English: the date the article went out.' },
  { id: 'de-updated', role: 'updated', pattern: phrase(String.raw`(?:zuletzt\s+)?(?:aktualisiert|geändert|bearbeitet)(?:\s+am)?|stand|aktualisierung|letzte\s+änderung`), reason: 'German: "aktualisiert am", "Stand:", "zuletzt geändert".' },
  { id: 'de-published', role: 'published', pattern: phrase(String.raw`(?:veröffentlicht|erschienen|eingetragen|erstellt|publiziert|gepostet|geschrieben|verfasst)(?:\s+am)?|datum`), reason: 'German: "Veröffentlicht am", "erschienen am", "Datum:".' },
  { id: 'fr-updated', role: 'updated', pattern: phrase(String.raw`(?:mis\s+à\s+jour|modifié|actualisé)(?:\s+le)?|maj`), reason: 'French: "mis à jour le".' },
  { id: 'fr-published', role: 'published', pattern: phrase(String.raw`(?:publié|mis\s+en\s+ligne|posté|écrit)(?:\s+le)?`), reason: 'French: "publié le", "mis en ligne le".' },
  { id: 'es-updated', role: 'updated', pattern: phrase(String.raw`(?:actualizado|modificado|última\s+actualización)(?:\s+el)?`), reason: 'Spanish: "actualizado el".' },
  { id: 'es-pt-published', role: 'published', pattern: phrase(String.raw`(?:publicado|publicada)(?:\s+(?:el|em|a))?`), reason: 'Spanish and Portuguese: "publicado el", "publicado em".' },
  { id: 'pt-updated', role: 'updated', pattern: phrase(String.raw`(?:atualizado|atualizada|atualização)(?:\s+em)?`), reason: 'Portuguese: "atualizado em".' },
  { id: 'it-updated', role: 'updated', pattern: phrase(String.raw`(?:aggiornato|ultimo\s+aggiornamento|modificato)(?:\s+il)?`), reason: 'Italian: "aggiornato il".' },
  { id: 'it-published', role: 'published', pattern: phrase(String.raw`(?:pubblicato|pubblicata)(?:\s+il)?`), reason: 'Italian: "pubblicato il".' },
  { id: 'nl-updated', role: 'updated', pattern: phrase(String.raw`(?:laatst\s+)?(?:bijgewerkt|gewijzigd)(?:\s+op)?`), reason: 'Dutch: "bijgewerkt op".' },
  { id: 'nl-published', role: 'published', pattern: phrase(String.raw`(?:gepubliceerd|geplaatst)(?:\s+op)?`), reason: 'Dutch: "gepubliceerd op".' },
  { id: 'pl-updated', role: 'updated', pattern: phrase('zaktualizowano|aktualizacja|zmodyfikowano'), reason: 'Polish: "aktualizacja".' },
  { id: 'pl-published', role: 'published', pattern: phrase(String.raw`opublikowano|data\s+publikacji|dodano`), reason: 'Polish: "opublikowano".' },
];
