/**
 * Where the words of a text are, for the quote steps: what /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*\/gu
 * matches (a letter or digit, then letters, digits, apostrophes, periods and hyphens: "Mr.",
 * "O’Neil", "U.S.-based"), read by hand: the pattern, run over every article body and sentence,
 * was the quote steps' largest single cost. test/unit/quotes-word-spans.test.ts compares the two.
 */

/** One letter or digit, as a pattern for one character. */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Length in code units of the letter or digit starting at `i`, or 0 when none starts there. */
function letterOrDigitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  const n = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  return LETTER_OR_DIGIT.test(s.slice(i, i + n)) ? n : 0;
}

/** Apostrophe, right single quotation mark, period, hyphen: inside a word after its first character. */
const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 46 || c === 45;

/** The start and end (code unit offsets) of each word, in order. */
export function wordSpans(s: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < s.length; ) {
    let n = letterOrDigitAt(s, i);
    if (!n) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      i += n;
      if (i >= s.length) break;
      n = isJoiner(s.charCodeAt(i)) ? 1 : letterOrDigitAt(s, i);
      if (!n) break;
    }
    out.push([start, i]);
  }
  return out;
}
