/**
 * Where the words of a text are, for the quote steps: what /[\p{L}\p{N}][\p{L}\p{N}'’.\-]*\/gu
 * matches (a letter or digit, then letters, digits, apostrophes, periods and hyphens: "Mr.",
 * "O’Neil", "U.S.-based"), read by hand: the pattern, run over every article body and sentence,
 * was the quote steps' largest single cost. test/unit/quotes-word-spans.test.ts compares the two.
 */
import { letterOrDigitAt } from '../code-points.js';

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
