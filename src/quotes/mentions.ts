/**
 * Who a pronoun speaker ("he said") is: the latest named person, group or thing of the right
 * kind mentioned before the quote, as the subject of a sentence or of a speech verb, or as an
 * earlier quote's speaker.
 */
import { DETERMINERS, PRONOUNS } from '../rules/speech.js';
import { headOf, isSpeechVerb, npAfter, plausibleSpeaker, sentenceSubject, subjectOf, tokens } from './phrases.js';
import { sentenceEnds } from './sentences.js';

export type Kind = 'person' | 'plural' | 'thing' | 'self';

export interface Mention {
  name: string;
  kind: Kind;
  /** Offset in the article text where the mention's sentence (or quote) starts. */
  at: number;
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
  if (/^(?:the|a|an|its|their)\s/i.test(np)) return plural ? 'plural' : 'thing';
  if (words.length === 1 && body && new RegExp(`\\b${last.toLowerCase().replace(/[^\p{L}]/gu, '')}\\b`, 'u').test(body)) return plural ? 'plural' : 'thing';
  return 'person';
}

/** Named subjects of the sentences of a paragraph (`masked`: quotes blanked), with their offsets. */
export function paragraphMentions(masked: string, offset: number, body: string): Mention[] {
  const out: Mention[] = [];
  let start = 0;
  for (const end of [...sentenceEnds(masked), masked.length]) {
    const s = masked.slice(start, end);
    const toks = tokens(s);
    let subj: string | null = null;
    for (let v = 0; v < toks.length && !subj; v++) {
      if (!isSpeechVerb(s, toks, v)) continue;
      const np = subjectOf(s, toks, v);
      if (plausibleSpeaker(np)) subj = np;
      // "…, noted NBC’s Dante Chinni.": the speaker after the verb.
      else if (v === 0 || /,\s*$/.test(s.slice(0, toks[v]!.index))) {
        const after = npAfter(s, toks, v + 1);
        if (plausibleSpeaker(after)) subj = after;
      }
    }
    subj ??= sentenceSubject(s);
    // A lone capitalised participle or adverb opening a sentence ("Enraged, definitely.") names no one.
    if (subj && isNamed(subj) && !/^\p{Lu}\p{Ll}+(?:ed|ly|ing)$/u.test(subj)) {
      const head = headOf(subj);
      out.push({ name: head, kind: speakerKind(head, body), at: offset + start });
    }
    start = end;
  }
  return out;
}

/** The latest mention before `at` that fits the pronoun, or the pronoun itself. */
export function resolvePronoun(written: string, at: number, mentions: readonly Mention[]): string {
  const kind = PRONOUNS.get(written.toLowerCase());
  if (!kind || kind === 'self') return written;
  let best: Mention | null = null;
  for (const m of mentions) {
    if (m.at >= at || m.kind !== kind) continue;
    if (!best || m.at >= best.at) best = m;
  }
  return best?.name ?? written;
}
