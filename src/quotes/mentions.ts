/**
 * Who a pronoun speaker ("he said") is: the latest named person, group or thing of the right
 * kind mentioned before the quote, as the subject of a sentence or of a speech verb, or as an
 * earlier quote's speaker.
 */
import { DETERMINERS, FEMALE_NOUNS, MALE_NOUNS, PERSON_NOUNS, PRONOUNS } from '../rules/speech.js';
import { ORGANISATION_WORD_SET } from '../rules/speakers.js';
import { headOf, isSpeechVerb, npAfter, plausibleSpeaker, sentenceSubject, subjectOf, tokens } from './phrases.js';
import { sentenceEnds } from './sentences.js';

export type Kind = 'person' | 'plural' | 'thing' | 'self';

export interface Mention {
  name: string;
  kind: Kind;
  /** Offset in the article text where the mention's sentence (or quote) starts. */
  at: number;
  /** The pronoun the words themselves call for ("my mother": she), when they do. */
  gender?: 'he' | 'she' | null;
}

/** A phrase naming someone: a capitalised word that is not a determiner or pronoun ("the New York Times", "Trump"). */
export function isNamed(np: string): boolean {
  return np.split(/\s+/).some((w) => /^\p{Lu}/u.test(w) && !DETERMINERS.has(w.toLowerCase()) && !PRONOUNS.has(w.toLowerCase()));
}

/**
 * Person, group or thing. `body` is the article text: a capitalised one-word subject whose
 * lower-case form also occurs there ("Prosecutors" / "prosecutors") is a common noun.
 */
export function speakerKind(np: string, body = ''): Kind {
  const words = np.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const plural = /s$/i.test(last) && !/(?:ss|us|is)$/i.test(last);
  if (PERSON_NOUNS.has(last.toLowerCase())) return 'person';
  // "Forty percent of tenants", "Three of the nurses": a share of a group is plural.
  if (words.length > 1 && plural && /^(?:\d[\d,.]*|[\p{L}]+-?(?:one|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|half|most|many|some|several|few)$/iu.test(words[0]!) && /\b(?:percent|per cent|of)\b/i.test(np)) return 'plural';
  // "Three of the nurses", "many voters": a lower-case plural noun ends the phrase.
  if (words.length > 1 && plural && /^\p{Ll}/u.test(last)) return 'plural';
  if (/^(?:the|a|an|its|their)\s/i.test(np)) return plural ? 'plural' : 'thing';
  // One word the body also writes in lower case ("Democrats" / "democrats"): a common noun.
  if (words.length === 1 && body && wordsOf(body).has(last.toLowerCase().replace(/[^\p{L}]/gu, ''))) return plural ? 'plural' : 'thing';
  return 'person';
}

/** A name, or a phrase for a person ("my mother", "the president"): something a pronoun can point back to. */
function refersToSomeone(np: string): boolean {
  if (isNamed(np)) return true;
  const words = np.split(/\s+/);
  return words.length <= 4 && PERSON_NOUNS.has((words[words.length - 1] ?? '').toLowerCase()) && !PRONOUNS.has(np.toLowerCase());
}

/**
 * One capitalised word opening a sentence ("Lest", "Nonetheless", "Health") is a name only if
 * the text also writes it capitalised inside a sentence.
 */
export function isSentenceOpenerOnly(np: string, body: string): boolean {
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(np)) return false;
  return !capitalisedInside(body).has(np);
}

/**
 * What the quote stage asks of a whole body, read once per body (the stage asks it per sentence):
 * the words as written, and the capitalised words written inside a sentence (after a lower-case
 * letter, "," or ";").
 */
let index: { body: string; words?: Set<string>; inside?: Set<string> } | null = null;
function bodyIndex(body: string): { body: string; words?: Set<string>; inside?: Set<string> } {
  if (index?.body !== body) index = { body };
  return index;
}

function wordsOf(body: string): Set<string> {
  const ix = bodyIndex(body);
  return (ix.words ??= new Set(body.match(/\p{L}+/gu) ?? []));
}

function capitalisedInside(body: string): Set<string> {
  const ix = bodyIndex(body);
  if (ix.inside) return ix.inside;
  const words = new Set<string>();
  // A lookbehind, so that "Ted Danson" finds both names ("d Danson" overlaps "d Ted").
  for (const m of body.matchAll(/(?<=[\p{Ll},;]\s+)\p{Lu}[\p{L}'’-]*/gu)) {
    // "Trump’s", "Jean-Luc": the word before an apostrophe or hyphen counts too.
    const w = m[0];
    words.add(w);
    for (const at of w.matchAll(/['’-]/g)) words.add(w.slice(0, at.index));
  }
  return (ix.inside = words);
}

/** "she" for a woman, "he" for a man, when the words say so ("my mother", "Mrs. Lee"); else null. */
function genderOf(np: string): 'he' | 'she' | null {
  const words = np.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (FEMALE_NOUNS.has(last) || /^(?:mrs|ms|miss)\.?$/.test(words[0] ?? '')) return 'she';
  if (MALE_NOUNS.has(last) || /^mr\.?$/.test(words[0] ?? '')) return 'he';
  return null;
}

/** Subjects of the sentences of a paragraph (`masked`: quotes blanked) that name someone, with their offsets. */
export function paragraphMentions(masked: string, offset: number, body: string, previous: readonly Mention[] = []): Mention[] {
  const out: Mention[] = [];
  let start = 0;
  for (const end of [...sentenceEnds(masked), masked.length]) {
    const s = masked.slice(start, end);
    const toks = tokens(s);
    const own = sentenceSubject(s);
    if (own && /^(?:he|she)$/i.test(own)) {
      // "She then peppered him…": the pronoun continues a chain; its referent is mentioned again
      // here, and the pronoun tells that referent's gender.
      const pronoun = own.toLowerCase() as 'he' | 'she';
      const name = resolvePronoun(own, offset + start, [...previous, ...out]);
      if (name !== own) out.push({ name, kind: 'person', at: offset + start, gender: pronoun });
      start = end;
      continue;
    }
    // The subject of a speech verb is trusted; otherwise the sentence's own subject.
    let subj: string | null = null;
    for (let v = 0; v < toks.length && !subj; v++) {
      if (!isSpeechVerb(s, toks, v)) continue;
      const np = subjectOf(s, toks, v);
      if (plausibleSpeaker(np)) subj = np;
      // "…, noted KTV’s Mia Cole.": the speaker after the verb.
      else if (v === 0 || /,\s*$/.test(s.slice(0, toks[v]!.index))) {
        const after = npAfter(s, toks, v + 1);
        if (plausibleSpeaker(after)) subj = after;
      }
    }
    // A lone capitalised participle or adverb opening a sentence ("Enraged, definitely.") names no one.
    if (!subj || !refersToSomeone(subj)) subj = own && !isSentenceOpenerOnly(own, body) && !/^\p{Lu}\p{Ll}+(?:ed|ly|ing)$/u.test(own) ? own : null;
    if (subj && refersToSomeone(subj)) {
      const head = headOf(subj);
      out.push({ name: head, kind: speakerKind(head, body), at: offset + start, gender: genderOf(head) });
    }
    start = end;
  }
  return out;
}

/** A phrase headed by an organisation word ("Clinton’s campaign", "the committee"). */
function isOrganisation(np: string): boolean {
  const last = np.split(/\s+/).pop()?.toLowerCase().replace(/[^\p{L}]/gu, '') ?? '';
  return ORGANISATION_WORD_SET.has(last);
}

/** The mention a pronoun written before offset `at` refers to, or the pronoun itself. */
export function resolvePronoun(written: string, at: number, mentions: readonly Mention[]): string {
  const pronoun = written.toLowerCase();
  const kind = PRONOUNS.get(pronoun);
  if (!kind || kind === 'self') return written;
  // The latest name of the right kind; a description ("the former governor") usually refers back
  // to someone already named, so it wins only when no name came before or when its gender
  // matches the pronoun outright ("my mother … she said").
  // A name once referred to as "he" or "she" keeps that gender.
  const genders = new Map<string, 'he' | 'she'>();
  for (const m of mentions) if (m.at < at && m.gender) genders.set(m.name, m.gender);
  let named: Mention | null = null;
  let described: Mention | null = null;
  for (const m of mentions) {
    // "they" also stands for an organisation ("Clinton’s campaign … what they call …").
    if (m.at >= at || (m.kind !== kind && !(kind === 'plural' && isOrganisation(m.name)))) continue;
    const gender = m.gender ?? genders.get(m.name);
    if (gender && (pronoun === 'he' || pronoun === 'she') && gender !== pronoun) continue;
    if (isNamed(m.name)) {
      if (!named || m.at >= named.at) named = m;
    } else if (!described || m.at >= described.at) described = m;
  }
  const describedWins = described && (!named || (described.gender === pronoun && described.at > named.at));
  return (describedWins ? described : named ?? described)?.name ?? written;
}
