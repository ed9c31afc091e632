/**
 * Titles of works are quoted but are not quotes: shows, books, films, articles, events
 * (“Morning Joe”, MSNBC’s “Face the Nation”, a book titled “Collapse”).
 */
import { INTRO_WORDS } from '../rules/speech.js';
import { DEFINED_TERM_AFTER, NOT_SPEECH_TEXTS, SCARE_QUOTE_CUES, TITLE_APPOSITIVE_BEFORE, TITLE_CUES_AFTER, TITLE_CUES_BEFORE, TITLE_LAST_WORDS } from '../rules/titles.js';

/** Is the quote right after `before` marked as a scare quote ("the so-called “reform”")? */
export function isScareQuote(before: string): boolean {
  const lead = before.slice(-40);
  return SCARE_QUOTE_CUES.some((r) => r.pattern.test(lead));
}

/** Most words in a quoted title of a work. */
const MAX_TITLE_WORDS = 10;

const SMALL_WORDS = /^(?:a|an|the|of|and|or|in|on|to|for|at|by|with|from|as|vs|is|not|but|nor|into)$/;

/** Every word capitalised except short function words ("The Early Morning Harbour Show"). */
export function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return false;
  return words.every((w, i) => /^[^\p{L}]*\p{Lu}/u.test(w) || (i > 0 && SMALL_WORDS.test(w.toLowerCase())) || /^\d/.test(w));
}

/** Most words of the noun phrase naming the work before an appositive title ("Ana Ruiz's weekly commentary"). */
const MAX_APPOSITIVE_NP_WORDS = 5;

/**
 * "Ana Ruiz's commentary, “Tell your story,” was…": the sentence opens with a noun phrase for a
 * written work, and the quote set off by commas after it is the work's title. Not after an
 * introductory phrase ("After the editorial, “We were stunned,” said Ruiz").
 */
function isAppositiveTitle(inner: string, before: string, after: string): boolean {
  if (!TITLE_APPOSITIVE_BEFORE.test(before.slice(-30)) || !(/,\s*$/.test(inner) || /^\s*,/.test(after))) return false;
  const sentence = before.slice(before.search(/(?:^|[.!?]["”’]?\s+)[^.!?]*$/)).replace(/^[.!?"”’\s]+/, '');
  const words = sentence.split(/\s+/).filter(Boolean);
  const first = (words[0] ?? '').toLowerCase();
  return words.length <= MAX_APPOSITIVE_NP_WORDS && !INTRO_WORDS.has(first);
}

/** Is the quoted `inner` (with `before`/`after` its paragraph around it) the title of a work? */
export function isTitleOfWork(inner: string, before: string, after: string): boolean {
  const words = inner.split(/\s+/).filter(Boolean);
  if (words.length <= MAX_TITLE_WORDS && isAppositiveTitle(inner, before, after)) return true;
  if (words.length <= MAX_TITLE_WORDS && DEFINED_TERM_AFTER.test(after)) return true;
  if (words.length > MAX_TITLE_WORDS || !isTitleCase(inner.replace(/[.,!?]+$/, ''))) return false;
  // A whole sentence in title case is still a sentence when it ends like one and is long.
  const lead = before.slice(-60);
  const tail = after.slice(0, 40);
  const last = (words[words.length - 1] ?? '').replace(/[^\p{L}-]/gu, '');
  if (words.length >= 2 && TITLE_LAST_WORDS.test(last)) return true;
  return TITLE_CUES_BEFORE.some((r) => r.pattern.test(lead)) || TITLE_CUES_AFTER.some((r) => r.pattern.test(tail));
}

/** Is the quoted text nobody's words (a "Follow X on Twitter" line inside a quote left open)? */
export function isNotSpeech(inner: string): boolean {
  return NOT_SPEECH_TEXTS.some((r) => r.pattern.test(inner.trim()));
}
