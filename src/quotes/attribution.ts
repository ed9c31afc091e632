/**
 * Who said a quote: the attribution around it in its sentence.
 *   after:  “…,” the ministry said / “…,” said Caddell / “…,” he told reporters
 *   before: X said: “…” / X told reporters, “…” / they stressed it is “…”
 *   phrase: “…,” according to officials / according to X, “…”
 */
import { ATTRIBUTION_PHRASES, AUX_WORDS, NP_STOP_WORDS, SPEECH_FORMS } from '../rules/speech.js';

/** Most words in a speaker noun phrase ("Western officials speaking to media on background"). */
const MAX_SPEAKER_WORDS = 9;
/** Characters looked at on each side of a quote for its attribution. */
const CONTEXT_CHARS = 160;

export interface Attribution {
  speakerText: string;
  cue: string;
  /** Where the attribution was found relative to the quote. */
  side: 'after' | 'before';
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

interface Tok {
  w: string;
  lower: string;
  index: number;
  end: number;
}

function tokens(s: string): Tok[] {
  return [...s.matchAll(WORD)].map((m) => {
    const w = m[0].replace(/[.]+$/, (dots) => (/^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Jr|Sr)$/u.test(m[0].slice(0, -dots.length)) ? dots : ''));
    return { w, lower: w.toLowerCase(), index: m.index!, end: m.index! + w.length };
  });
}

const hasBreak = (s: string) => /[,;:()“”"«»„—–!?]|\.\s/.test(s);

/** Cleans a speaker phrase: trims articles of speech and trailing commas. */
function tidy(np: string): string {
  return np.replace(/^[\s,;:]+|[\s,;:]+$/g, '').replace(/\s+/g, ' ');
}

/** The noun phrase read backwards from token index `verbAt` (exclusive), within `s`. */
function npBefore(s: string, toks: Tok[], verbAt: number): string | null {
  let i = verbAt - 1;
  while (i >= 0 && AUX_WORDS.has(toks[i]!.lower)) i--;
  const endTok = i;
  let startTok = -1;
  for (let k = 0; i >= 0 && k < MAX_SPEAKER_WORDS; i--, k++) {
    const t = toks[i]!;
    if (NP_STOP_WORDS.has(t.lower) || SPEECH_FORMS.has(t.lower)) break;
    const gap = s.slice(t.end, toks[i + 1]?.index ?? t.end);
    if (i < endTok && hasBreak(gap)) break;
    startTok = i;
  }
  if (startTok < 0 || endTok < 0) return null;
  return tidy(s.slice(toks[startTok]!.index, toks[endTok]!.end));
}

/** The noun phrase read forwards from token index `from`, up to punctuation. */
function npAfter(s: string, toks: Tok[], from: number): string | null {
  let end = -1;
  for (let i = from, k = 0; i < toks.length && k < MAX_SPEAKER_WORDS; i++, k++) {
    const t = toks[i]!;
    if (i > from && hasBreak(s.slice(toks[i - 1]!.end, t.index))) break;
    if (NP_STOP_WORDS.has(t.lower) && i > from) break;
    if (SPEECH_FORMS.has(t.lower) && i > from) break;
    end = i;
  }
  if (end < 0) return null;
  return tidy(s.slice(toks[from]!.index, toks[end]!.end));
}

/** A speaker noun phrase must contain a word, and not be a bare preposition or object. */
function plausible(np: string | null): np is string {
  if (!np) return false;
  if (!/\p{L}{2,}|^I$/u.test(np)) return false;
  return !/^(?:to|in|on|at|for|with|by|from|of|about|me|us|him|her|them|it is|there)$/i.test(np);
}

/** Attribution in the text right after a quote (up to the end of its sentence). */
export function attributionAfter(after: string): Attribution | null {
  const s = after.slice(0, CONTEXT_CHARS);
  // Only the clause that follows the quote: stop at the next quote mark or sentence end.
  const clause = s.split(/[“"«„]|(?<=[.!?])\s+(?=\p{Lu})/u)[0] ?? '';
  if (/^\s*\p{L}/u.test(clause) === false && !/^\s*[,;—–-]/.test(clause) && clause.trim()) return null;
  const toks = tokens(clause);
  for (const p of ATTRIBUTION_PHRASES) {
    const m = p.pattern.exec(clause);
    if (m && m.index < 20) {
      const from = toks.findIndex((t) => t.index >= m.index + m[0].length);
      const np = from >= 0 ? npAfter(clause, toks, from) : null;
      if (plausible(np)) return { speakerText: np, cue: m[0].toLowerCase(), side: 'after' };
    }
  }
  // "…," the ministry said  /  "…," said the ministry  (verb within the first words)
  const verbAt = toks.findIndex((t, i) => i <= MAX_SPEAKER_WORDS && SPEECH_FORMS.has(t.lower));
  if (verbAt < 0) return null;
  if (verbAt === 0) {
    const np = npAfter(clause, toks, 1);
    if (plausible(np)) return { speakerText: np, cue: toks[0]!.w, side: 'after' };
    return null;
  }
  const np = npBefore(clause, toks, verbAt);
  if (!plausible(np)) return null;
  // The phrase must start right after the quote (allowing a comma or dash).
  const lead = clause.slice(0, clause.indexOf(np));
  if (/[\p{L}\p{N}]/u.test(lead)) return null;
  return { speakerText: np, cue: toks[verbAt]!.w, side: 'after' };
}

/** Attribution in the sentence before a quote (X said: “…”, they stressed it is “…”). */
export function attributionBefore(before: string): Attribution | null {
  let s = before.slice(-CONTEXT_CHARS);
  // Only the current sentence, and nothing before a previous quote's closing mark.
  const cut = Math.max(s.search(/[.!?]\s+(?=[^.!?]*$)/u), s.lastIndexOf('”'), s.lastIndexOf('"'), s.lastIndexOf('»'));
  if (cut >= 0) s = s.slice(cut + 1);
  const toks = tokens(s);
  for (const p of ATTRIBUTION_PHRASES) {
    const m = new RegExp(p.pattern.source, 'gi');
    let last: RegExpExecArray | null = null;
    for (let x = m.exec(s); x; x = m.exec(s)) last = x;
    if (last) {
      const from = toks.findIndex((t) => t.index >= last!.index + last![0].length);
      const np = from >= 0 ? npAfter(s, toks, from) : null;
      if (plausible(np)) return { speakerText: np, cue: last[0].toLowerCase(), side: 'before' };
    }
  }
  for (let v = toks.length - 1; v >= 0; v--) {
    if (!SPEECH_FORMS.has(toks[v]!.lower)) continue;
    const np = npBefore(s, toks, v);
    if (plausible(np)) return { speakerText: np, cue: toks[v]!.w, side: 'before' };
    const after = npAfter(s, toks, v + 1);
    if (v === 0 || /[,]\s*$/.test(s.slice(0, toks[v]!.index))) {
      if (plausible(after)) return { speakerText: after, cue: toks[v]!.w, side: 'before' };
    }
  }
  return null;
}
