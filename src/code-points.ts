/**
 * Reading a string by code point, for the scanners that replace Unicode patterns run over whole
 * texts (text/stats.ts wordCount, metadata/language.ts words, quotes/word-spans.ts): ASCII is
 * answered by its code, anything else by a one-character pattern, so the scanners match what
 * \p{L} and \p{N} match under the u flag (each is compared with its pattern by property tests).
 */

/** Code units of the code point at `i`: 2 for a surrogate pair, else 1 (a lone surrogate is one). */
export function codePointLength(s: string, i: number): number {
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

/** Is this UTF-16 code an ASCII letter (A-Z, a-z)? */
export const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Code units of the letter (\p{L}) at `i`, or 0 when none starts there. */
export function letterAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) ? 1 : 0;
  const n = codePointLength(s, i);
  return LETTER.test(s.slice(i, i + n)) ? n : 0;
}

/** Code units of the letter or digit (\p{L}, \p{N}) at `i`, or 0 when none starts there. */
export function letterOrDigitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return isAsciiLetter(c) || isAsciiDigit(c) ? 1 : 0;
  const n = codePointLength(s, i);
  return LETTER_OR_DIGIT.test(s.slice(i, i + n)) ? n : 0;
}
