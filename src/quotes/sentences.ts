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

/** Start of the sentence that contains offset `at`. */
export function sentenceStart(text: string, at: number): number {
  let start = 0;
  for (const e of sentenceEnds(text)) {
    if (e <= at) start = e;
    else break;
  }
  return start;
}

/** End of the sentence that contains offset `at` (the end of the text if none). */
export function sentenceEnd(text: string, at: number): number {
  for (const e of sentenceEnds(text)) if (e > at) return e;
  return text.length;
}
