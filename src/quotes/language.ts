/**
 * The attribution rules read English (speech verbs, sentence subjects, pronouns). On text in
 * another language they would name random capitalised words as speakers, so the quote stage
 * first checks that the body reads as English: mostly Latin letters, and more English function
 * words than those of other common languages. A language with its own tables adds its check here.
 */

/** Frequent English function words that are not also frequent words of other languages. */
const ENGLISH_WORDS = new Set('the and of to that for was with this are said his her they from have has but we you will who which would their been were what when there she is it he'.split(' '));

/** Frequent function words of other languages written in Latin letters (Romance, German, Dutch, Nordic, Polish, Indonesian). */
const OTHER_WORDS = new Set('il la le di che e per non un una del della de da em os para com que el los las y en con por se du des et est les der die das und ist nicht mit von zu den ein eine och att jest nie na w z do je dan yang ini itu dengan untuk het een van'.split(' '));

/** Least share of Latin letters among all letters. */
const MIN_LATIN_SHARE = 0.5;
/** Least share of English among the function words found. */
const MIN_ENGLISH_SHARE = 0.5;
/** Characters read to judge: a long body's opening tells its language as well as all of it. */
const SAMPLE_CHARS = 50_000;
/** Fewest words needed to judge; shorter texts are taken as English. */
const MIN_WORDS_TO_JUDGE = 40;

/**
 * Letters (/\p{L}/u, in code points) and Latin letters (/[a-z\u00c0-\u024f]/) of a lower-cased
 * text whose runs of letters are `words`. Every letter is in one of the words, so the letters are
 * counted from them; the Latin ones in one pass over the text (no match per letter).
 */
export function letterCounts(lower: string, words: readonly string[]): { letters: number; latin: number } {
  const astral = /[\ud800-\udbff]/.test(lower);
  let letters = 0;
  for (const w of words) letters += astral ? [...w].length : w.length;
  let latin = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  return { letters, latin };
}

/** @param lang the article's language tag: decides for a text too short to judge (else taken as English). */
export function readsAsEnglish(text: string, lang: string | null = null): boolean {
  const lower = (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text).toLowerCase();
  const words = lower.match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS_TO_JUDGE) return !lang || /^en\b/i.test(lang);
  const { letters, latin } = letterCounts(lower, words);
  if (latin / Math.max(letters, 1) < MIN_LATIN_SHARE) return false;
  let en = 0;
  let other = 0;
  for (const w of words) {
    if (ENGLISH_WORDS.has(w)) en++;
    else if (OTHER_WORDS.has(w)) other++;
  }
  return en / (en + other + 1) >= MIN_ENGLISH_SHARE;
}
