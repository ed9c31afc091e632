/**
 * Word-level helpers for speaker noun phrases: tokens with offsets, the noun phrase before or
 * after a speech verb, a sentence's subject, and whether a phrase can be a speaker at all.
 */
import {
  ABBREVIATIONS,
  AUX_WORDS,
  DETERMINERS,
  INTRO_WORDS,
  NON_SUBJECT_STARTS,
  NOUN_LIKE_FORMS,
  NP_STOP_WORDS,
  PERSON_NOUNS,
  PRONOUNS,
  SPEAKER_HEAD_NOUNS,
  SPEECH_FORMS,
  THAT_ONLY_FORMS,
} from '../rules/speech.js';
import { GROUP_NOUN_SET } from '../rules/speakers.js';
import { wordSpans } from './word-spans.js';
import { SPACE_RUNS } from '../space.js';

/** Most words of a bare plural noun phrase opening a clause ("civil liberties groups", "local party officials"). */
const MAX_BARE_GROUP_WORDS = 4;
/** Most lower-case words of a title before a name opening a sentence ("city budget director"). */
const MAX_TITLE_BEFORE_NAME = 4;
/** Most words in a speaker's head noun phrase ("House Speaker Ann B. Ford of Oregon"). */
export const MAX_HEAD_WORDS = 9;
/** Most words in a speaker phrase with its description ("X, a professor at Y who has…, said"). */
export const MAX_PHRASE_WORDS = 32;

export interface Tok {
  w: string;
  lower: string;
  index: number;
  end: number;
}

/** Words with offsets; a trailing period stays only on abbreviations and initials ("Mr.", "D."). */
export function tokens(s: string): Tok[] {
  return wordSpans(s).map(([index, stop]) => {
    let w = s.slice(index, stop);
    if (w.endsWith('.') && !/^(?:\p{Lu}|(?:\p{L}\.)+\p{L})\.$/u.test(w) && !ABBREVIATIONS.has(w.slice(0, -1).toLowerCase())) w = w.replace(/\.+$/, '');
    w = w.replace(/['’]$/, (q) => (/s['’]$/i.test(w) ? q : ''));
    return { w, lower: w.toLowerCase(), index, end: index + w.length };
  });
}

/** Is token k a speech verb here (not a noun use such as "the report", "his remarks")? */
export function isSpeechVerb(s: string, toks: readonly Tok[], k: number): boolean {
  const t = toks[k]!;
  if (!SPEECH_FORMS.has(t.lower)) return false;
  if (!/^\p{Ll}/u.test(t.w) && !(k === 0 && /^(?:Said|Says|Asked|Added|Wrote)$/.test(t.w))) return false;
  const prev = toks[k - 1];
  if (THAT_ONLY_FORMS.has(t.lower) && toks[k + 1]?.lower !== 'that') return false;
  // "Ruiz's aunt, state Sen. Ana Ruiz, shouted": "state" before a capitalised title or name is an adjective.
  if (t.lower === 'state' && /^\p{Lu}/u.test(toks[k + 1]?.w ?? '') && /^\s+$/.test(s.slice(t.end, toks[k + 1]!.index))) return false;
  // "It goes without saying": an idiom, not a cue.
  if (prev?.lower === 'without') return false;
  // "The video concludes with shots of …", "continued with a tour": what comes next, not words said.
  if (/^(?:conclude|concludes|concluded|continue|continues|continued)$/.test(t.lower) && toks[k + 1]?.lower === 'with' && /^\s+$/.test(s.slice(t.end, toks[k + 1]!.index))) return false;
  if (NOUN_LIKE_FORMS.has(t.lower) && prev) {
    // "a Donald Trump tweet": a determiner, then only capitalised words, then the form.
    let j = k - 1;
    while (j >= 0 && j >= k - 4 && /^\p{Lu}/u.test(toks[j]!.w) && !/[,;:]/.test(s.slice(toks[j]!.end, toks[j + 1]!.index))) j--;
    if (j >= 0 && j < k - 1 && DETERMINERS.has(toks[j]!.lower) && !/[,;:]/.test(s.slice(toks[j]!.end, toks[j + 1]!.index))) return false;
    const gap = s.slice(prev.end, t.index);
    if (!/[,;:]/.test(gap) && (DETERMINERS.has(prev.lower) || /['’]s?$/.test(prev.w))) return false;
    // "The mayor restricted comments about …": a plural form right after a past-tense verb is its object.
    if (!/[,;:]/.test(gap) && /s$/.test(t.lower) && /^\p{Ll}+ed$/u.test(prev.w) && !SPEECH_FORMS.has(prev.lower)) return false;
    // "greeted with chants of “…”", "amid shouts of": a plural form after a preposition is a noun.
    if (!/[,;:]/.test(gap) && /s$/.test(t.lower) && /^(?:with|amid|among|despite|of)$/.test(prev.lower)) return false;
    // "late-night tweets", "partisan remarks": an adjective before a plural noun form.
    if (/s$/.test(t.lower) && /^\p{Ll}/u.test(prev.w) && /(?:-|al|ous|ive|ic|ful|less|ent|ant|ary)$/.test(prev.lower) && !/[,;:]/.test(gap)) return false;
  }
  return true;
}

/** Is this a gerund/participle clause verb ("saying", "adding")? Its subject is the sentence's. */
export const isGerund = (t: Tok) => /ing$/.test(t.lower);

const tidy = (np: string) => np.replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '').replace(SPACE_RUNS, ' ');

/** The head of a speaker phrase: the part before its first comma ("Rep. X (D-S.C.), the …" -> "Rep. X (D-S.C.)"). */
export function headOf(np: string): string {
  return tidy(np.split(/,\s/)[0] ?? np);
}

/** A dateline opening a story: a place in capitals, an optional agency, a dash. */
const DATELINE = /^\s*\p{Lu}{2,}[\p{Lu}\s.'’-]*(?:,\s*[\p{L}.]+(?:\s+\d{1,2})?){0,3}(?:\s*\([^)]{1,40}\))?\s*(?:--|—|–)\s*/u;

/** A date opening a sentence without a comma after it ("On September 27 ", "In Sept. 2015 "). */
const DATE_OPENER = /^\s*(?:on|in|by|since|until)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,4}(?:st|nd|rd|th)?(?:\s+\d{4})?\s+(?=\p{L})/iu;

/** Focus and linking words that may stand before a subject ("Even China, its only ally, said"). */
const FOCUS_WORDS = new Set(['even', 'only', 'also', 'and', 'but', 'so', 'now', 'still', 'yet', 'then']);

/** Day and month names (and "Today"), which open sentences but never speak. */
const CALENDAR_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight)$/i;

/** Participles and openers that start introductory phrases, never a speaker ("Asked to describe…"). */
const NOT_A_SUBJECT = new Set(['following', 'according', 'asked', 'speaking', 'responding', 'writing', 'pressed', 'during', 'in', 'meanwhile', 'however']);

/** Words of number or amount that open a speaker phrase ("two diplomats", "several groups"). */
export const QUANTIFIERS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'several', 'many', 'some', 'both', 'most', 'all', 'few', 'other', 'multiple', 'numerous', 'various', 'dozens', 'hundreds', 'thousands']);
/** Most words in a lower-case title before a name ("retired Navy admiral Paul Grant"). */
const MAX_TITLED_WORDS = 7;

/** Can this phrase be who said something? */
export function plausibleSpeaker(np: string | null | undefined): np is string {
  if (!np) return false;
  const head = headOf(np);
  const words = head.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > MAX_HEAD_WORDS) return false;
  if (!/\p{L}{2,}|^I$/u.test(head)) return false;
  const first = words[0]!.toLowerCase().replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '');
  if (NON_SUBJECT_STARTS.has(first) && !PRONOUNS.has(first)) return false;
  if (SPEECH_FORMS.has(first) && !/^\p{Lu}/u.test(words[0]!)) return false;
  if (NOT_A_SUBJECT.has(first)) return false;
  // "That’s why…", "It’s…": a contraction, and days or months, are never speakers.
  if (/^(?:that|it|there|here|what|this|who|where|how)['’]s$/.test(first) || CALENDAR_WORDS.test(head)) return false;
  // An all-capitals phrase of several words is a heading, not a name ("CONGRESS HAS INVESTIGATED HIM").
  if (words.length >= 3 && !/\p{Ll}/u.test(head)) return false;
  const lastWord = words[words.length - 1]!.toLowerCase();
  if (words.length > 1 && NON_SUBJECT_STARTS.has(lastWord) && !PRONOUNS.has(lastWord)) return false;
  if (/^\p{Lu}/u.test(head) || /^\d/.test(head)) return true;
  if (PRONOUNS.has(first) || DETERMINERS.has(first) || QUANTIFIERS.has(first)) return true;
  // "budget director Paul Ames": a lower-case title before a name.
  if (words.length <= MAX_TITLED_WORDS && words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return true;
  const last = words[words.length - 1]!.replace(/[^\p{L}]/gu, '');
  return SPEAKER_HEAD_NOUNS.test(last);
}

/** Index of the first token after skipping auxiliaries and -ly adverbs backwards from k. */
function skipAuxBack(toks: readonly Tok[], k: number): number {
  let i = k;
  while (i >= 0 && (AUX_WORDS.has(toks[i]!.lower) || /^\p{Ll}\p{L}+ly$/u.test(toks[i]!.w))) i--;
  return i;
}

const BREAK = /[,;:()“”"«»„—–―!?]|\.\s|--/;

/** Contiguous noun phrase ending at token `end` (inclusive), read backwards, no punctuation inside. */
function npEndingAt(s: string, toks: readonly Tok[], end: number): string | null {
  // A pronoun right before the verb is the whole subject ("… network RT he blasted").
  if (PRONOUNS.has(toks[end]!.lower) && toks[end]!.lower !== 'her' && toks[end]!.lower !== 'him' && toks[end]!.lower !== 'them') return toks[end]!.w;
  let start = -1;
  for (let i = end, k = 0; i >= 0 && k < MAX_HEAD_WORDS; i--, k++) {
    const t = toks[i]!;
    // "The report found", "her statement said": a verb form after a determiner is a noun.
    const nounUse = NOUN_LIKE_FORMS.has(t.lower) && (DETERMINERS.has(toks[i - 1]?.lower ?? '') || /['’]s?$/.test(toks[i - 1]?.w ?? ''));
    if (NP_STOP_WORDS.has(t.lower) || (SPEECH_FORMS.has(t.lower) && /^\p{Ll}/u.test(t.w) && !nounUse)) break;
    // An auxiliary inside means a verb phrase, not a noun phrase ("Readers may not let editorials").
    if (i < end && AUX_WORDS.has(t.lower)) break;
    if (i < end && BREAK.test(s.slice(t.end, toks[i + 1]!.index))) break;
    start = i;
  }
  if (start < 0) return null;
  // "Dalton on Tuesday said": a time phrase between the subject and its verb is not the subject's.
  const np = tidy(s.slice(toks[start]!.index, toks[end]!.end));
  const time = TRAILING_TIME.exec(np);
  return time && time.index > 0 ? np.slice(0, time.index) : np;
}

/** A time phrase ending a subject read backwards ("Dalton on Tuesday", "the mayor last week"). */
const TRAILING_TIME = /\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$|\s+in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)$|\s+(?:last|this|earlier|late)\s+(?:week|month|year|night)$/i;

/** The phrase read forwards from token `from`, up to punctuation or a stop word. */
export function npAfter(s: string, toks: readonly Tok[], from: number): string | null {
  let end = -1;
  for (let i = from, k = 0; i < toks.length && k < MAX_HEAD_WORDS; i++, k++) {
    const t = toks[i]!;
    if (i > from && BREAK.test(s.slice(toks[i - 1]!.end, t.index).replace(/^\.(?=\s)/, ''))) break;
    const nounUse = DETERMINERS.has(toks[i - 1]?.lower ?? '') || /['’]s?$/.test(toks[i - 1]?.w ?? '');
    if (NP_STOP_WORDS.has(t.lower) || (i > from && SPEECH_FORMS.has(t.lower) && /^\p{Ll}/u.test(t.w) && !nounUse)) break;
    // "Dalton on Tuesday", "the mayor in May": a preposition before a day or month ends the phrase.
    if (i > from && /^(?:on|in|at|during|after|before|to|from|for|with|by|speaking|referring|adding|who|which|about|of)$/.test(t.lower) && (!/^\p{Lu}/u.test(toks[i + 1]?.w ?? '') || CALENDAR_WORDS.test(toks[i + 1]!.w))) break;
    end = i;
  }
  if (end < 0) return null;
  return tidy(s.slice(toks[from]!.index, toks[end]!.end).replace(/\s+(?:on|in|at|to|of|for)$/i, ''));
}

/**
 * The subject of a sentence (or clause) `s`: introductory phrases ("In a statement, ") dropped,
 * then its leading noun phrase ("Donald Trump, her opponent, bemoaned…" -> "Donald Trump").
 */
export function sentenceSubject(s: string): string | null {
  // "WASHINGTON -- President Obama …", "LONDON (Reuters) — …": a dateline.
  let rest = s.replace(DATELINE, '');
  let afterComma = false;
  for (let guard = 0; guard < 3; guard++) {
    const first = /^\s*[“"]?([\p{L}'’-]+)/u.exec(rest)?.[1]?.toLowerCase() ?? '';
    const comma = rest.indexOf(',');
    // "In a statement, …", "Ironically, …": an introductory phrase or sentence adverb.
    // "Decrying the “rigged budget,” Alder …": a participle phrase; after one, "late-afternoon
    // meeting, the Council …": the rest of a split introductory phrase.
    const lowerStart = afterComma && /^\s*\p{Ll}/u.test(rest) && !DETERMINERS.has(first) && !QUANTIFIERS.has(first) && !PRONOUNS.has(first);
    // A participle or adverb is followed by a lower-case word or a comma ("Chastened by", "Ironically,"),
    // a name by a capitalised one ("Ted Cruz").
    const participle = /(?:ly|ing|ed)$/.test(first) && /^\s*[“"]?[\p{L}'’-]+(?:,|\s+\p{Ll})/u.test(rest);
    // "Twenty-two years ago, …", "Two weeks later, …": a time phrase.
    const timePhrase = comma > 0 && /\b(?:ago|later|earlier)\s*$/i.test(rest.slice(0, comma));
    // "Last week Treasury Department official X revealed …": a time phrase without a comma.
    const timeWithoutComma = /^\s*(?:last|this|next|on|early|late)\s+(?:week|month|year|night|weekend|morning|evening|\p{L}+day)\s/iu.test(rest) && !/^\s*(?:\S+\s+){0,3}\S+,/u.test(rest);
    // "On March 27 they published …", "In Sept. 2015 the council voted …": a date without a comma.
    const dateWithoutComma = DATE_OPENER.exec(rest);
    afterComma = false;
    // "But civil liberties groups disputed …, calling": a conjunction or focus word not set off by a
    // comma is one word, not an introductory phrase running to the next comma.
    const bareFocus = FOCUS_WORDS.has(first) && !/^\s*[“"]?[\p{L}'’-]+\s*,/u.test(rest);
    if (dateWithoutComma) rest = rest.slice(dateWithoutComma[0].length);
    else if (bareFocus) rest = rest.replace(/^\s*[\p{L}'’-]+/u, '');
    else if (timeWithoutComma) rest = rest.replace(/^\s*\S+\s+\S+\s+/u, '');
    else if ((INTRO_WORDS.has(first) || participle || lowerStart || timePhrase) && comma > 0 && comma < 90) {
      rest = rest.slice(comma + 1);
      afterComma = true;
    }
    // "Even China, …", "Only Trump …": a focus word before the subject.
    else if (FOCUS_WORDS.has(first)) rest = rest.replace(/^\s*[\p{L}'’-]+/u, '');
    else break;
  }
  const toks = tokens(rest);
  if (!toks.length) return null;
  const firstTok = toks[0]!;
  // "…, it referenced …": a pronoun subject.
  if (PRONOUNS.has(firstTok.lower) && !/^(?:him|her|them)$/.test(firstTok.lower)) return firstTok.w;
  let end = -1;
  if (/^\p{Lu}/u.test(firstTok.w) && !INTRO_WORDS.has(firstTok.lower)) {
    // A run of capitalised words, with lower-case connectors between them ("Secretary of State X").
    for (let i = 0; i < toks.length && i < MAX_HEAD_WORDS; i++) {
      const t = toks[i]!;
      if (i > 0 && BREAK.test(rest.slice(toks[i - 1]!.end, t.index))) break;
      if (/^\p{Lu}/u.test(t.w) || /^\d/.test(t.w)) end = i;
      // "Treasury Department official Dana Holm": a lower-case title between capitalised words.
      else if (PERSON_NOUNS.has(t.lower) && /^\p{Lu}/u.test(toks[i + 1]?.w ?? '')) continue;
      else if (!/^(?:of|the|for|and|de|van|von|da|al|bin)$/.test(t.lower)) break;
    }
    if (end >= 0 && PRONOUNS.has(firstTok.lower) && end === 0) return firstTok.w;
    // "Steenburgen’s son, …": a possessive name and the noun it owns.
    const next = toks[end + 1];
    if (end >= 0 && /['’]s$/.test(toks[end]!.w) && next && /^\p{Ll}/u.test(next.w) && !BREAK.test(rest.slice(toks[end]!.end, next.index))) end = lowerTail(rest, toks, end);
    // "The Republican nominee", "Small groups of protesters": a capitalised determiner or adjective.
    if (end === 0 && (DETERMINERS.has(firstTok.lower) || QUANTIFIERS.has(firstTok.lower))) end = lowerTail(rest, toks, 0);
  } else if (DETERMINERS.has(firstTok.lower) || QUANTIFIERS.has(firstTok.lower)) {
    end = lowerTail(rest, toks, 0);
  } else {
    // "city budget director Omar Haddad presented …": a lower-case title, then the name.
    const name = toks.findIndex((t, i) => i > 0 && i <= MAX_TITLE_BEFORE_NAME && /^\p{Lu}/u.test(t.w));
    if (name > 0 && PERSON_NOUNS.has(toks[name - 1]!.lower) && !BREAK.test(rest.slice(firstTok.index, toks[name]!.index))) {
      end = name;
      while (end + 1 < toks.length && /^\p{Lu}/u.test(toks[end + 1]!.w) && !BREAK.test(rest.slice(toks[end]!.end, toks[end + 1]!.index))) end++;
    } else {
      // "civil liberties groups disputed …": a bare plural noun phrase ending in a group noun.
      for (let i = 0; i < Math.min(toks.length, MAX_BARE_GROUP_WORDS); i++) {
        const t = toks[i]!;
        if ((i > 0 && BREAK.test(rest.slice(toks[i - 1]!.end, t.index))) || !/^\p{Ll}/u.test(t.w) || AUX_WORDS.has(t.lower) || NP_STOP_WORDS.has(t.lower) || SPEECH_FORMS.has(t.lower)) break;
        if (GROUP_NOUN_SET.has(t.lower) || /^(?:groups|organizations|organisations|advocates|unions|companies)$/.test(t.lower)) {
          end = i;
          break;
        }
      }
    }
  }
  if (end < 0) return null;
  const np = tidy(rest.slice(firstTok.index, toks[end]!.end));
  return plausibleSpeaker(np) ? np : null;
}

/** Linking verbs that end a determiner phrase ("the crowd | gets louder and begins chanting"). */
const LINKING_VERBS = new Set(['get', 'gets', 'got', 'become', 'becomes', 'became', 'seem', 'seems', 'seemed', 'begin', 'begins', 'began', 'appear', 'appears', 'appeared', 'remain', 'remains', 'remained', 'grow', 'grows', 'grew', 'keep', 'keeps', 'kept', 'goes', 'went', 'takes', 'took', 'makes', 'made']);

/** Extends a determiner phrase over following words up to an auxiliary, adverb or verb-like word. */
function lowerTail(s: string, toks: readonly Tok[], from: number): number {
  let end = from;
  for (let i = from + 1; i < toks.length && i - from < 6; i++) {
    const t = toks[i]!;
    if (BREAK.test(s.slice(toks[i - 1]!.end, t.index))) break;
    if (AUX_WORDS.has(t.lower) || NP_STOP_WORDS.has(t.lower) || SPEECH_FORMS.has(t.lower) || LINKING_VERBS.has(t.lower) || /ly$/.test(t.lower)) break;
    if (/ed$/.test(t.lower) && i > from + 1) break;
    end = i;
    // A noun for a person or a speaking body ends the phrase ("My aunt | stood up").
    if (PERSON_NOUNS.has(t.lower) || SPEAKER_HEAD_NOUNS.test(t.lower)) break;
  }
  return end;
}

/** Most characters of a parenthesis between a name and its verb ("(D-Calif.)", "(R-Newport News)"). */
const MAX_PARENTHESIS_CHARS = 25;

/** Most words between a relative pronoun and its speech verb ("who in 2010 said", "which last week reported"). */
const MAX_RELATIVE_GAP = 4;

/**
 * A relative pronoun as the subject of the speech verb at token `v` ("Stevie Wonder, who joked",
 * "Harlow, now the council leader, who in 2015 said", "the Dayton Police Department
 * which reported", "the study -- which notes"): the pronoun as written and its antecedent, the
 * noun phrase before it (past an appositive description, to the name it describes).
 */
export function relativeSubject(s: string, toks: readonly Tok[], v: number): { pronoun: string; antecedent: string } | null {
  const verb = toks[v]!;
  if (isGerund(verb)) return null;
  // A later speech verb is the quote's ("a builder who said he was never paid …, saying, “…”").
  for (let j = v + 1; j < toks.length; j++) if (isSpeechVerb(s, toks, j)) return null;
  let r = v - 1;
  // Auxiliaries, adverbs and a short time phrase may stand between ("who has long said", "who in 2010 said").
  while (r >= 0 && v - r <= MAX_RELATIVE_GAP + 1 && !/^(?:who|which)$/.test(toks[r]!.lower)) {
    const t = toks[r]!;
    if (!/^(?:\p{Ll}+|\d+)$/u.test(t.w) || NP_STOP_WORDS.has(t.lower) || SPEECH_FORMS.has(t.lower) || /[,;:()“”"]/.test(s.slice(t.end, toks[r + 1]!.index))) return null;
    r--;
  }
  if (r < 1 || !/^(?:who|which)$/.test(toks[r]!.lower) || /[,;:“”"]/.test(s.slice(toks[r]!.end, verb.index))) return null;
  const rel = toks[r]!;
  // The gap before the pronoun: nothing, a comma or a dash (not "the man to which").
  const gap = s.slice(toks[r - 1]!.end, rel.index);
  if (!/^\s*(?:,|--|[—–])?\s*$/.test(gap)) return null;
  let antecedent = npEndingAt(s, toks, r - 1);
  if (!antecedent) return null;
  // "Harlow, now the council leader, who": the name before the description.
  const at = s.lastIndexOf(antecedent, rel.index);
  const lead = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*,\s*(?:now|then|still|also|currently|formerly)?\s*$/u.exec(s.slice(Math.max(0, at - 60), at));
  // Only before an appositive set off by commas, and not after an opener ("Instead, the study -- which").
  if (lead && /^\p{Ll}/u.test(antecedent) && /,/.test(gap) && !INTRO_WORDS.has(lead[1]!.toLowerCase()) && !/^\p{Lu}\p{Ll}+ly$/u.test(lead[1]!)) antecedent = lead[1]!;
  antecedent = antecedent.replace(/^(?:now|then|also|still)\s+/i, '');
  // "drawn up by the library board, which": the noun phrase from its last determiner; "welcomed
  // by the parent Marta Kovac, who": from its determiner too.
  const dets = [...antecedent.matchAll(/\b(?:the|a|an|his|her|its|their|our)\s+(?=\S)/gi)];
  const lastDet = dets[dets.length - 1]?.index ?? 0;
  if (lastDet > 0) antecedent = antecedent.slice(lastDet);
  return plausibleSpeaker(antecedent) ? { pronoun: rel.w, antecedent } : null;
}

/**
 * The subject of the speech verb at token `v` in `s` (the sentence up to the quote):
 *   "Clinton says …"                       -> Clinton
 *   "Rita Harlow, a senior adviser, called" -> Rita Harlow, a senior adviser
 *   "…, saying" / "and said" / "by saying"   -> the sentence's subject
 */
export function subjectOf(s: string, toks: readonly Tok[], v: number): string | null {
  let i = skipAuxBack(toks, v - 1);
  const verb = toks[v]!;
  // "Sen. Ann Ford (D-Ore.) said": the name before a short parenthesis (party and state).
  if (i > 0 && /^\.?\)\s*$/.test(s.slice(toks[i]!.end, verb.index))) {
    const open = s.lastIndexOf('(', toks[i]!.index);
    if (open >= 0 && toks[i]!.end - open <= MAX_PARENTHESIS_CHARS) {
      let j = i;
      while (j >= 0 && toks[j]!.index > open) j--;
      if (j >= 0 && /^\s*$/.test(s.slice(toks[j]!.end, open))) i = j;
    }
  }
  const gapBefore = s.slice(toks[i]?.end ?? 0, verb.index);
  const prev = toks[i];
  // "footage of Trump saying", "a video by Ana Diaz showing": the named object is the gerund's subject.
  if (isGerund(verb) && prev && /^\p{Lu}/u.test(prev.w) && i === v - 1) {
    let r = i;
    while (r > 0 && /^\p{Lu}/u.test(toks[r - 1]!.w) && !BREAK.test(s.slice(toks[r - 1]!.end, toks[r]!.index))) r--;
    if (/^(?:of|by|with|featuring|showing|shows|shown)$/.test(toks[r - 1]?.lower ?? '')) return tidy(s.slice(toks[r]!.index, prev.end));
  }
  // A gerund ("…, saying", "issued a statement calling") hangs on the sentence's main clause.
  const participle = isGerund(verb);
  if (!prev || participle || /^(?:and|but|then|or|also)$/.test(prev.lower)) return sentenceSubject(s);
  if (/,/.test(gapBefore)) {
    // "X, a professor at Y, said": the phrase from the clause start up to the verb.
    // The clause starts after a semicolon, a dash, or a relative pronoun that is the verb's object,
    // followed by its own subject ("…, which Apple's chief, Tim Cook, called"; not "X, who runs Y, said").
    const before = s.slice(0, verb.index);
    const clauseStart = /.*(?:[;—–]|--|\b(?:which|whom)\s+(?=\p{Lu}|(?:the|a|an|his|her|its|their)\s))/su.exec(before)?.[0].length ?? 0;
    let whole = tidy(s.slice(clauseStart, prev.end));
    // "As Ana Ruiz, a lawyer, put it, “…”": "as" introduces the speaker of a clause that ends after its verb.
    if (/^\s*(?:it\s*)?,/.test(s.slice(verb.end))) whole = whole.replace(/^as\s+(?=\p{Lu})/iu, '');
    const subj = sentenceSubject(whole);
    if (subj) {
      const at = whole.indexOf(subj);
      const full = tidy(whole.slice(at));
      return full.split(/\s+/).length <= MAX_PHRASE_WORDS ? full : subj;
    }
    return null;
  }
  // "…, Patti Lee and Ana Ruiz, who joked, “…”": a subject relative clause speaks for the phrase before it.
  if (prev.lower === 'who' && i > 0 && /,\s*$/.test(s.slice(toks[i - 1]!.end, prev.index))) {
    const antecedent = npEndingAt(s, toks, i - 1);
    if (plausibleSpeaker(antecedent)) return antecedent;
  }
  if (NP_STOP_WORDS.has(prev.lower) || prev.lower === 'to') return null;
  const np = npEndingAt(s, toks, i);
  if (np && !plausibleSpeaker(np)) {
    // "In a Reuters interview Dalton declared": the trailing run of capitalised words.
    const run = /((?:\p{Lu}[\p{L}.'’-]*\s+)*\p{Lu}[\p{L}.'’-]*)$/u.exec(np)?.[1];
    if (run && run !== np) return run;
  }
  // "Only 41 percent of likely buyers agreed": a focus word before a number is not the subject's.
  if (np && /^(?:only|just|nearly|almost|about|roughly|over)\s+\d/i.test(np)) {
    const rest = np.replace(/^\S+\s+/, '');
    if (plausibleSpeaker(rest)) return rest;
  }
  return np;
}
