/**
 * Who said a quote, in a language other than English that has a table in
 * src/rules/speech-languages.ts: the verb (or "according to" word) right after the quote with the
 * speaker phrase after it, or the speaker phrase and its verb right before the quote. The English
 * rules (noun phrases, subjects, pronoun chains) are not used here; a pronoun speaker is resolved
 * by the caller to the last named speaker.
 */
import type { SpeechLanguage } from '../rules/speech-languages.js';
import type { Attribution } from './attribution.js';
import { sentenceEnd, sentenceStart } from './sentences.js';
import { escapePhrase, longestFirst } from '../rules/regex.js';
import { COURTESY_TITLE_SET, OFFICE_TITLE_SET } from '../rules/speakers.js';
import { SPACE_RUNS } from '../space.js';

/** Most words of a speaker phrase ("der Sprecher des Innenministeriums"). */
const MAX_SPEAKER_WORDS = 8;
/** Most characters between the verb before a quote and the quote ("sagte am Montag vor Journalisten: „…“"). */
const MAX_VERB_TO_QUOTE_CHARS = 60;

/** An alternation of phrases, longest first, ending at a word boundary. */
const alternation = (phrases: readonly string[]) => `(?:${longestFirst(phrases, escapePhrase)})(?![\\p{L}\\p{N}])`;

interface Compiled {
  lang: SpeechLanguage;
  /** After a quote: the verb or "according to" word, then the rest. */
  after: RegExp;
  /** Before a quote: the speaker phrase, its verb, a few words, then ":" or ",". */
  before: RegExp;
  /** Before a quote: "according to" X, then ",". */
  accordingBefore: RegExp;
  ends: Set<string>;
  starts: Set<string>;
  according: Set<string>;
}

/** A cue as reported: lower case, single spaces ("A  déclaré" -> "a déclaré"). */
const cueOf = (s: string) => s.toLowerCase().replace(SPACE_RUNS, ' ');

const compiled = new Map<string, Compiled>();

function compile(lang: SpeechLanguage): Compiled {
  let c = compiled.get(lang.id);
  if (!c) {
    const verbs = alternation(lang.verbs);
    c = {
      lang,
      after: new RegExp(`^[\\s,;–—-]*(${alternation([...lang.verbs, ...lang.according])})\\s+`, 'iu'),
      before: new RegExp(`(?:^|[,;]\\s+)([^,;:]+?)\\s+(${verbs})(?:\\s+([^:,.!?]{0,${MAX_VERB_TO_QUOTE_CHARS}}?))?\\s*[:,]\\s*$`, 'iu'),
      accordingBefore: new RegExp(`^\\s*(${alternation(lang.according)})\\s+([^,;:]+?)\\s*,\\s*$`, 'iu'),
      ends: new Set(lang.phraseEnd.map((w) => w.toLowerCase())),
      starts: new Set([...lang.determiners, ...lang.pronouns].map((w) => w.toLowerCase())),
      according: new Set(lang.according.map(cueOf)),
    };
    compiled.set(lang.id, c);
  }
  return c;
}

/**
 * The speaker phrase at the start of `text`: up to punctuation, a phrase-ending word or
 * MAX_SPEAKER_WORDS. `lenient`: any words will do (after "according to" in a language without
 * articles, the phrase is often a lower-case common noun: "по словам главы администрации").
 */
function phraseAt(text: string, c: Compiled, lenient = false): string | null {
  const out: string[] = [];
  for (const w of text.split(/\s+/)) {
    if (!w) continue;
    const bare = w.replace(/[,.;:!?)»”“"]+$/u, '');
    if (out.length > 0 && c.ends.has(bare.toLowerCase())) break;
    // "M. Dupont", "Sr. García", "Dr. Weber", "J. Nowak": a title or an initial does not end the phrase.
    const titled = /\.$/.test(w) && (COURTESY_TITLE_SET.has(w) || OFFICE_TITLE_SET.has(w) || /^\p{Lu}\.$/u.test(w));
    if (titled) {
      out.push(w);
      continue;
    }
    if (bare) out.push(bare);
    if (bare !== w || out.length >= MAX_SPEAKER_WORDS) break;
  }
  const np = out.join(' ');
  return plausible(np, c) || (lenient && /\p{L}/u.test(np)) ? np : null;
}

/** Lower-case words of a title that may come before a name ("wethouder Jan de Vries", "ministra Ana Ruiz"). */
const MAX_TITLE_WORDS = 2;

/** A speaker phrase starts with a capital, a determiner, a pronoun or a short title before a name. */
function plausible(np: string, c: Compiled): boolean {
  const ws = np.split(/\s+/);
  const first = ws[0] ?? '';
  if (!/\p{L}/u.test(np) || ws.length > MAX_SPEAKER_WORDS) return false;
  if (/^\p{Lu}/u.test(first) || c.starts.has(first.toLowerCase()) || /^[lL][’']/.test(first)) return true;
  return ws.slice(1, MAX_TITLE_WORDS + 1).some((w) => /^\p{Lu}/u.test(w));
}

export function isPronounOf(lang: SpeechLanguage, text: string): boolean {
  return lang.pronouns.includes(text.toLowerCase());
}

/** The attribution of the quote at [outerStart, outerEnd) of `para` (other quotes masked). */
export function attributionOtherLanguage(para: string, outerStart: number, outerEnd: number, lang: SpeechLanguage): Attribution | null {
  const c = compile(lang);
  // After the quote, within its sentence and before the next quote.
  let end = sentenceEnd(para, outerEnd);
  const next = para.slice(outerEnd).search(/[“"«„‘‹]/);
  if (next >= 0) end = Math.min(end, outerEnd + next);
  const clause = para.slice(outerEnd, end);
  const inv = lang.inverted?.exec(clause.replace(/^[\s,;–—-]+/, ''));
  if (inv) return { speakerText: inv[1]!, cue: inv[0], side: 'after' };
  const m = c.after.exec(clause);
  if (m) {
    const cue = cueOf(m[1]!);
    const np = phraseAt(clause.slice(m[0].length), c, c.according.has(cue) && lang.determiners.length === 0);
    if (np) return { speakerText: np, cue, side: 'after' };
  }
  // Before the quote, in its sentence.
  const s = para.slice(sentenceStart(para, outerStart), outerStart);
  const acc = c.accordingBefore.exec(s);
  if (acc && plausible(acc[2]!.trim(), c)) return { speakerText: acc[2]!.trim(), cue: cueOf(acc[1]!), side: 'before' };
  const b = c.before.exec(s);
  if (b) {
    const cue = cueOf(b[2]!);
    const np = b[1]!.trim();
    // A sentence opening with an adverbial puts the subject after the verb ("Nach der Sitzung
    // sagte die Bürgermeisterin: „…“"): the phrase after the verb is the speaker then.
    if (c.ends.has(np.split(/\s+/)[0]!.toLowerCase())) {
      const after = b[3] ? phraseAt(b[3], c) : null;
      return after ? { speakerText: after, cue, side: 'before' } : null;
    }
    if (plausible(np, c)) return { speakerText: np, cue, side: 'before' };
  }
  return null;
}
