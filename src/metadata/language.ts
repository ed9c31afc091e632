/**
 * Language guess for inputs that do not declare one: the language whose stopwords cover the
 * largest share of the words (jusText's signal). Stopword lists come from the `stopword`
 * package, so nobody hand-types them.
 */
import { createRequire } from 'node:module';

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

/** Stopword sets by language code, loaded on first use. */
export function stopwords(): Map<LanguageCode, Set<string>> {
  if (lists) return lists;
  const pkg = createRequire(import.meta.url)('stopword') as Record<string, string[]>;
  lists = new Map(Object.entries(LANGUAGES).map(([code, key]) => [code as LanguageCode, new Set(pkg[key] ?? [])]));
  return lists;
}

export function words(text: string, limit = SAMPLE_WORDS): string[] {
  return (text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []).slice(0, limit);
}

export function guessLanguage(text: string): LanguageCode | null {
  const sample = words(text);
  if (sample.length < MIN_WORDS) return null;
  let best: LanguageCode | null = null;
  let bestShare = 0;
  for (const [code, set] of stopwords()) {
    const share = sample.filter((w) => set.has(w)).length / sample.length;
    if (share > bestShare) [best, bestShare] = [code, share];
  }
  return bestShare >= MIN_STOPWORD_SHARE ? best : null;
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
