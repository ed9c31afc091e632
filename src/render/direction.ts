/**
 * Writing direction of an article: "rtl" for languages written right to left (Arabic, Hebrew,
 * Persian, Urdu and the others below), "ltr" otherwise. A declared language decides; without
 * one, the letters of the title and body decide (right-to-left letters against left-to-right ones).
 */
import type { Article } from '../model.js';

export type Direction = 'ltr' | 'rtl';

/**
 * Primary language subtags written right to left (BCP 47 / ISO 639), with a reason each.
 * A script subtag overrides the language ("az-Arab" is rtl, "ku-Latn" is ltr).
 */
export const RTL_LANGUAGES: ReadonlyArray<{ id: string; reason: string }> = [
  { id: 'ar', reason: 'Arabic, Arabic script' },
  { id: 'he', reason: 'Hebrew, Hebrew script' },
  { id: 'iw', reason: 'Hebrew (the old code some sites still declare)' },
  { id: 'fa', reason: 'Persian, Arabic script' },
  { id: 'ur', reason: 'Urdu, Arabic script' },
  { id: 'yi', reason: 'Yiddish, Hebrew script' },
  { id: 'ps', reason: 'Pashto, Arabic script' },
  { id: 'sd', reason: 'Sindhi, Arabic script (in Pakistan)' },
  { id: 'ug', reason: 'Uyghur, Arabic script' },
  { id: 'ckb', reason: 'Central Kurdish (Sorani), Arabic script' },
  { id: 'dv', reason: 'Dhivehi, Thaana script' },
  { id: 'syr', reason: 'Syriac' },
];

/** Script subtags written right to left. */
const RTL_SCRIPTS = new Set(['arab', 'hebr', 'thaa', 'syrc', 'nkoo', 'adlm', 'rohg']);
const RTL_CODES = new Set(RTL_LANGUAGES.map((l) => l.id));

/** Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, NKo, Adlam and their presentation forms. */
const RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/gu;
/** Every letter: the strong left-to-right ones are those that are not right-to-left. */
const LETTER = /\p{L}/gu;
/** Characters of text looked at: the opening of an article tells its direction. */
const SAMPLE_CHARS = 4000;
/**
 * Share of the letters that must be right-to-left for "rtl". Half: an Arabic article quoting
 * English names stays rtl, an English article quoting an Arabic phrase stays ltr.
 */
const RTL_SHARE = 0.5;

/** Direction from a declared language tag, or null when the tag says nothing ("", "und", unknown). */
export function directionOfLang(lang: string | null | undefined): Direction | null {
  const parts = (lang ?? '').trim().toLowerCase().split(/[-_]/);
  const primary = parts[0];
  if (!primary || primary === 'und' || !/^[a-z]{2,3}$/.test(primary)) return null;
  const script = parts.slice(1).find((p) => /^[a-z]{4}$/.test(p));
  if (script) return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  return RTL_CODES.has(primary) ? 'rtl' : 'ltr';
}

/** Direction from the letters of a text: rtl when at least RTL_SHARE of its letters are. */
export function directionOfText(text: string): Direction {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0) return 'ltr';
  const rtl = sample.match(RTL_LETTER)?.length ?? 0;
  return rtl / letters >= RTL_SHARE ? 'rtl' : 'ltr';
}

/**
 * The article's direction. A declared (or guessed) language decides, except a left-to-right
 * language whose text is mostly right-to-left letters: a page template declaring "en" around an
 * Arabic article is common, the opposite is not.
 */
export function articleDirection(article: Pick<Article, 'lang' | 'title' | 'blocks'>): Direction {
  const declared = directionOfLang(article.lang);
  if (declared === 'rtl') return 'rtl';
  const text = [article.title ?? '', ...article.blocks.map((b) => b.text)].join('\n');
  return directionOfText(text);
}
