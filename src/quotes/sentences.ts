/**
 * Sentence boundaries for quote attribution: a period, question or exclamation mark (and any
 * closing quote marks after it) followed by white space, unless the word before the period is an
 * abbreviation ("Mr. Obama said"), an initial ("Paul D. Ryan") or a dotted acronym ("the U.S.").
 */
import { ABBREVIATIONS } from '../rules/speech.js';

const END = /[.!?]+["”’'»]*(?=\s)/g;

/** Is the period at `dot` part of an abbreviation, an initial or an acronym? */
function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "Paul D. Ryan"
  if (/\./.test(word)) return true; // "U.S", "D.C": dotted acronym
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Offsets just after every sentence end in `text` (the end of the text is not included). */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(END)) {
    const at = m.index!;
    if (isAbbreviation(text, at) && m[0] === '.') {
      // "the U.S. It was…": an acronym still ends a sentence when a capitalised word follows a
      // dotted acronym of two letters or more; titles and initials never do.
      const next = /^\s+(\S+)/.exec(text.slice(at + 1))?.[1] ?? '';
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
      const acronymThenSentence = /\p{L}\.\p{L}/u.test(word) && /^(?:The|It|He|She|They|We|But|And|In|A|This)$/.test(next);
      if (!acronymThenSentence) continue;
    }
    ends.push(at + m[0].length);
  }
  return ends;
}

/**
 * Most characters a sentence is searched over on either side of an offset. Real sentences are far
 * shorter; the bound keeps attribution linear on a paragraph with no sentence ends and thousands
 * of quotes (each lookup would otherwise scan the whole paragraph). A longer "sentence" is taken
 * to start (or end) this far away.
 */
export const MAX_SENTENCE_CHARS = 2000;
/** Characters before a window's edge that isAbbreviation and the following-space test read. */
const EDGE = 16;

/** Start of the sentence that contains offset `at`. */
export function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - MAX_SENTENCE_CHARS - EDGE);
  const window = text.slice(from, Math.min(text.length, at + 1));
  let start = from === 0 ? 0 : at - MAX_SENTENCE_CHARS;
  for (const e of sentenceEnds(window)) {
    if (from + e <= at && from + e >= start) start = from + e;
    else if (from + e > at) break;
  }
  return Math.max(0, start);
}

/** End of the sentence that contains offset `at` (the end of the text if none). */
export function sentenceEnd(text: string, at: number): number {
  const from = Math.max(0, at - EDGE);
  const to = Math.min(text.length, at + MAX_SENTENCE_CHARS + 1);
  for (const e of sentenceEnds(text.slice(from, to))) if (from + e > at) return from + e;
  return to === text.length ? text.length : at + MAX_SENTENCE_CHARS;
}
