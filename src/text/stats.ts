/**
 * Text path: the statistics of one unit (a line or paragraph) that say whether it reads as
 * article prose, whatever the site: length, stopword share (jusText's signal), terminal
 * punctuation (C4's signal), repetition in the page, and whether it is only a date or a counter.
 */
import { isDateLine } from '../metadata/date.js';
import { embedSignatureRule } from './embedded-post.js';
import { mostStopwords, stopwords, words as wordList, type LanguageCode } from '../metadata/language.js';
import type { Unit } from './units.js';
import { SPACE_RUNS } from '../space.js';
import { codePointLength, letterOrDigitAt } from '../code-points.js';
import { documentMemo } from '../document-memos.js';

/** Fewest words for a unit to count towards the page's prose stopword level. */
const PROSE_SAMPLE_MIN_WORDS = 15;
/** Below this stopword share over the page's long units the language is treated as unknown. */
const MIN_KNOWN_LANGUAGE_SHARE = 0.12;

/** Share of long units' words standing alone between blank lines for a page to count as blank-separated. */
const BLANK_SEPARATED_SHARE = 0.3;

export interface UnitStats {
  words: number;
  chars: number;
  /** Share of the words that are stopwords of the page's language (0 when unknown). */
  stopShare: number;
  /** Ends like a sentence: . ! ? … or a closing quote/bracket after one. */
  terminal: boolean;
  /** The same line occurs more than once in the page (menus, repeated teasers). */
  repeated: boolean;
  /** Only a date/time, a number, a counter ("1:41", "(185)", "34") or a symbol. */
  counter: boolean;
  date: boolean;
  /** The signature under an embedded social-media post ("— Name (@handle) date"): the post's end, not a date line. */
  signature: boolean;
  /** Reads as a line of program code ("from django.conf import settings", "total = int(x)"), on a page with a few such lines. */
  code: boolean;
  /** A quantity line of a recipe or parts list ("125 g Mehl", "2 tbsp olive oil"), on a page with a few such lines. */
  quantity: boolean;
  /** A teaser card run together: a Title Case headline glued to its summary ("…In NASCAR FinaleFord flopped at the track."). */
  glued: boolean;
}

export interface PageStats {
  lang: LanguageCode | null;
  /** The page sets paragraphs apart with blank lines (so lines packed together are lists, menus). */
  blankSeparated: boolean;
  /** The stopword share of the page's long units: the level real prose has on this page. */
  proseStopShare: number;
  units: UnitStats[];
}

/** Characters of scripts written without spaces (Chinese, Japanese, Korean hangul counts as spaced). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
/** Average characters per word in Chinese and Japanese text, to count words where no spaces divide them. */
const CJK_CHARS_PER_WORD = 2;
/** One CJK character carries about as much text as this many Latin characters (for length thresholds). */
const CJK_CHAR_WEIGHT = 3;

/** Words: space-separated tokens, plus CJK characters at CJK_CHARS_PER_WORD a word. */
export function wordCount(text: string): number {
  // One pass over the code points, the same count as splitting at whitespace (CJK characters
  // counted apart and splitting too) and keeping the tokens with a letter or digit; the text path
  // counts the words of every line several times, and the split allocated each token.
  let cjk = 0;
  let spaced = 0;
  let inWord = false;
  let hasLetter = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    const n = codePointLength(text, i);
    // (A surrogate pair's first unit is above FIRST_CJK too: the pair is then tested whole.)
    const isCjk = c >= FIRST_CJK && CJK_CHAR.test(text.slice(i, i + n));
    if (isCjk || (c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE_CHAR.test(text.slice(i, i + n)))) {
      if (inWord && hasLetter) spaced++;
      inWord = hasLetter = false;
      if (isCjk) cjk++;
    } else {
      inWord = true;
      hasLetter ||= letterOrDigitAt(text, i) > 0;
    }
    i += n;
  }
  if (inWord && hasLetter) spaced++;
  return spaced + Math.round(cjk / CJK_CHARS_PER_WORD);
}

/** The first code point of the Han, Hiragana and Katakana scripts (test/unit/text-word-count.test.ts checks every one below it). */
export const FIRST_CJK = 0x2e80;
const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const SPACE_CHAR = /^\s$/u;

/** Length in characters, CJK characters weighted as CJK_CHAR_WEIGHT. */
export function effectiveChars(text: string): number {
  return text.length + (text.match(CJK) ?? []).length * (CJK_CHAR_WEIGHT - 1);
}

const TERMINAL = /[.!?…。！？]["'”’»)\]]*$|[:;]$/u;
const COUNTER = /^[\s\d.,:;/()[\]|+#%×x–—-]*(?:k|m|min|mins|sec|h|views?|likes?|votes?|comments?|shares?)?[\s\d.,:;/()[\]|+#%–—-]*$/iu;

/**
 * A teaser card whose headline and summary lost the break between them: Title Case words, then a
 * word ending in at least two lower-case letters glued to a capitalised word, then a sentence.
 * Two letters keep names such as "McPherson" and "LeBron" out; a name such as "MacDonald" can still
 * match, so one such line is not enough (GLUED_MIN_PER_PAGE).
 */
const GLUED = /^((?:(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.,:;?!&-]*|\p{Ll}{1,3})\s+)+)[\p{Lu}\p{N}][\p{L}\p{N}'’-]*?\p{Ll}{2}(\p{Lu}\p{Ll}+)\s+(.*)$/u;
/** Fewest capitalised words in the glued headline (a title, not a name); short lower-case words ("in", "of") may sit between. */
const GLUED_MIN_HEAD_WORDS = 3;
/** Fewest words in the glued summary, and the least share of them in lower case (a sentence, not more title). */
const GLUED_MIN_TAIL_WORDS = 5;
const GLUED_TAIL_LOWER_SHARE = 0.5;
/** Teaser cards come in groups: fewer glued lines on a page are taken as chance (a name in prose). */
const GLUED_MIN_PER_PAGE = 2;

/**
 * A line of program code: a prompt (">>> ", "... ", "$ "), a bare import ("import shelve"), a
 * call statement ("lookup(hash(key), table)[2] = 10"), a keyword that opens a statement, an
 * assignment, a method call, a decorator or a lone bracket. Tutorials and developer blogs print code blocks between their
 * paragraphs; without this signal a block of short code lines reads as a menu and cuts the article.
 */
const CODE = /^\s*(?:>>>|\.\.\.|\$)\s+\S|^\s*import\s+[A-Za-z_][\w.]*(?:\s+as\s+\w+)?(?:\s*,\s*[A-Za-z_][\w.]*)*\s*;?$|^\s*[A-Za-z_][\w.]*\((?=\)|[^()]*[,(])(?:[^()]|\([^()]*\))*\)(?:\[[^\]]*\])*(?:\s*=\s*\S.*)?;?$|^\s*(?:import|from|def|class|return|const|let|var|function|public|private|static|#include|using|package|print|echo|SELECT|INSERT|UPDATE)\b.*[(){}[\]=:;.'"]|\b[A-Za-z_]\w*(?:\[[^\]]*\])?\s*(?:=|==|\+=|-=|:=|=>|->)\s*\S|\b[A-Za-z_]\w*\.[A-Za-z_]\w*\(|^\s*@\w+(?:\(|$)|^[\s)}\]]*[;{}]\s*$|\w\)\)+:?\s*$|\):\s*$/;
/** Fewer code lines on a page are taken as chance (an equation, a formula in prose). */
const CODE_MIN_PER_PAGE = 3;
/** Longest line (words) read as code; longer lines are prose that mentions code. */
const CODE_MAX_WORDS = 14;

export function isCodeLine(text: string): boolean {
  return wordCount(text) <= CODE_MAX_WORDS && !/^\s*(?:https?:|www\.)/i.test(text) && CODE.test(text);
}

/**
 * A quantity with its unit, then what is measured: the ingredient lines of a recipe. Units of
 * the languages the tool reads most (metric, US, German, French, Spanish, Italian, Polish,
 * Dutch kitchen measures); a bare number is not enough ("3 Kommentare", "10 Tipps").
 */
const QUANTITY = /^\s*(?:ca\.\s*|approx\.\s*|etwa\s+)?(?:\d+(?:[.,/]\d+)?(?:\s*[-–]\s*\d+(?:[.,/]\d+)?)?|[½¼¾⅓⅔⅛]|\d+\s*[½¼¾⅓⅔⅛])\s*(?:g|gr|kg|mg|ml|cl|dl|l|oz|lb|lbs|cups?|tbsp|tsp|tablespoons?|teaspoons?|pounds?|ounces?|pinch(?:es)?|cloves?|cans?|el|tl|msp|pck|pkg|päckchen|prisen?|becher|dosen?|dose\/n|tassen?|bund|stück|stk|scheiben?|zehen?|cs|cc|c\.|cuillères?|pincées?|verres?|cucharadas?|cucharaditas?|tazas?|pizcas?|dientes?|cucchia(?:i|ini|ino)|bicchieri?|spicchi?|łyżk[aiy]|łyżecz(?:ka|ki|ek)|szklan(?:ka|ki|ek)|szczypt[ay]|ząb(?:ki|ek)?|eetlepels?|theelepels?|el\.|tl\.)\.?(?:\s|$)\S/iu;
/**
 * The same measures written out ("300 Gramm Butter", "2 Esslöffel Zucker", "500 grams flour"), as
 * recipe plugins print them: per language, the spelled units of weight, volume and spoons.
 */
const SPELLED_UNITS: readonly { lang: string; units: string }[] = [
  { lang: 'de', units: 'gramm|kilogramm|milliliter|liter|teelöffel|esslöffel|messerspitzen?' },
  { lang: 'en', units: 'grams?|kilograms?|millilit(?:er|re)s?|lit(?:er|re)s?' },
  { lang: 'fr', units: 'grammes?|kilogrammes?|millilitres?|litres?' },
  { lang: 'es', units: 'gramos|kilogramos|kilos|mililitros|litros' },
  { lang: 'it', units: 'grammi|chilogrammi|millilitri|litri' },
  { lang: 'pl', units: 'gram(?:ów|y)?|kilogram(?:ów|y)?|mililitr(?:ów|y)?|litr(?:ów|y)?' },
];
const QUANTITY_SPELLED = new RegExp(`^\\s*(?:ca\\.\\s*|etwa\\s+)?(?:\\d+(?:[.,/]\\d+)?|[½¼¾⅓⅔⅛])\\s*(?:${SPELLED_UNITS.map((u) => u.units).join('|')})\\s+\\S`, 'iu');
/** Fewer quantity lines on a page are taken as chance. */
const QUANTITY_MIN_PER_PAGE = 3;
/** Longest quantity line (words). */
const QUANTITY_MAX_WORDS = 12;

/** A recipe plugin's checkbox or bullet before an ingredient ("▢ 2 cups milk"). */
const INGREDIENT_MARK = /^\s*[▢☐□✓✔•·]\s*/u;
/** The whole number of a mixed fraction ("1 1/2 tsp", "1 – 1 1/2 tbsp"): the fraction alone carries the unit after it. */
const MIXED_FRACTION_WHOLE = /(^\s*|[-–]\s*)\d+\s+(?=\d+\/\d+)/gu;

export function isQuantityLine(text: string): boolean {
  const t = text.replace(INGREDIENT_MARK, '').replace(MIXED_FRACTION_WHOLE, '$1');
  return wordCount(text) <= QUANTITY_MAX_WORDS && (QUANTITY.test(t) || QUANTITY_SPELLED.test(t));
}

export function isGluedTeaser(text: string): boolean {
  const m = GLUED.exec(text);
  if (!m || m[1]!.trim().split(/\s+/).filter((w) => !/^\p{Ll}/u.test(w)).length < GLUED_MIN_HEAD_WORDS) return false;
  const tail = m[3]!.split(/\s+/);
  return tail.length >= GLUED_MIN_TAIL_WORDS && tail.filter((w) => /^\p{Ll}/u.test(w)).length / tail.length >= GLUED_TAIL_LOWER_SHARE;
}

/** Soft hyphens (U+00AD, invisible break hints some sites put inside long words) split words for the stopword count. */
const SOFT_HYPHEN = /\u00ad/g;

const norm = (s: string) => s.toLowerCase().replace(SPACE_RUNS, ' ').trim();

function stopShareOf(text: string, set: Set<string> | undefined): number {
  if (!set) return 0;
  const ws = wordList(text.replace(SOFT_HYPHEN, ''), Number.MAX_SAFE_INTEGER);
  if (ws.length === 0) return 0;
  return ws.filter((w) => set.has(w)).length / ws.length;
}

/** The language whose stopwords cover most words of the page's long units. */
function pageLanguage(units: readonly Unit[]): LanguageCode | null {
  const sample = units.filter((u) => u.text.split(/\s+/).length >= PROSE_SAMPLE_MIN_WORDS).map((u) => u.text.replace(SOFT_HYPHEN, '')).join(' ');
  const ws = wordList(sample, 2000);
  if (ws.length < 20) return null;
  const { lang, share } = mostStopwords(ws);
  return share >= MIN_KNOWN_LANGUAGE_SHARE ? lang : null;
}

export function pageStats(units: readonly Unit[]): PageStats {
  const lang = pageLanguage(units);
  const set = lang ? stopwords().get(lang) : undefined;
  // Each unit's text normalised once (norm trims, so the trimmed text has the same key).
  const keys = units.map((u) => norm(u.text));
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const stats = units.map((u, i): UnitStats => {
    const t = u.text.trim();
    return {
      words: wordCount(t),
      chars: effectiveChars(t),
      stopShare: stopShareOf(t, set),
      terminal: TERMINAL.test(t),
      repeated: counts.get(keys[i]!)! > 1,
      counter: COUNTER.test(t) || !/\p{L}{2,}/u.test(t),
      date: isDateLine(t),
      signature: embedSignatureRule(t) !== null,
      glued: isGluedTeaser(t),
      code: isCodeLine(t),
      quantity: isQuantityLine(t),
    };
  });
  if (stats.filter((x) => x.quantity).length < QUANTITY_MIN_PER_PAGE) for (const x of stats) x.quantity = false;
  if (stats.filter((x) => x.code).length < CODE_MIN_PER_PAGE) for (const x of stats) x.code = false;
  if (stats.filter((x) => x.glued).length < GLUED_MIN_PER_PAGE) for (const x of stats) x.glued = false;
  // Prose level: the stopword share over all long units, weighted by their words.
  let sw = 0;
  let n = 0;
  stats.forEach((s) => {
    if (s.words >= PROSE_SAMPLE_MIN_WORDS) {
      sw += s.stopShare * s.words;
      n += s.words;
    }
  });
  // Paragraph layout: the share of long units' words that stand alone between blank lines.
  let alone = 0;
  units.forEach((u, i) => {
    if (stats[i]!.words >= PROSE_SAMPLE_MIN_WORDS && u.group === 1) alone += stats[i]!.words;
  });
  return { lang, blankSeparated: n > 0 && alone / n >= BLANK_SEPARATED_SHARE, proseStopShare: n ? sw / n : 0, units: stats };
}

/**
 * A line's shape: the punctuation and symbols it uses (digits left out: a table's rows differ
 * in their numbers, "10th" beside "Seventh").
 */
export function lineShape(text: string): string {
  return [...new Set(text.match(/[^\p{L}\p{N}\s]/gu) ?? [])].sort().join('');
}

/** A line's key for "the same line printed twice": lower case, letters and digits only. */
export function lineKey(text: string): string {
  let key = lineKeys.get(text);
  if (key === undefined) {
    key = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    lineKeys.set(text, key);
  }
  return key;
}

/** Keys computed in this document (document-memos.ts): the title search keys each header line in several of its tests. */
const LINE_KEYS_KEPT = 20_000;
const lineKeys = documentMemo<string, string>(LINE_KEYS_KEPT);

/**
 * Runs of flagged units: a run starts at a flagged unit and takes each later flagged unit while
 * at most `maxGap` unflagged units sit since the last one taken and `within(j)` holds for every
 * unit passed; the next run starts after the last unit taken. Each run lists its flagged indexes.
 */
export function flaggedRuns(flags: readonly boolean[], maxGap: number, within: (j: number) => boolean = () => true): number[][] {
  const runs: number[][] = [];
  for (let i = 0; i < flags.length; ) {
    if (!flags[i]) {
      i++;
      continue;
    }
    const run = [i];
    for (let j = i + 1; j < flags.length && j - run[run.length - 1]! <= maxGap + 1 && within(j); j++) if (flags[j]) run.push(j);
    runs.push(run);
    i = run[run.length - 1]! + 1;
  }
  return runs;
}
