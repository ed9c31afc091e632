/**
 * Who said a quote: the attribution around it in its paragraph.
 *   after:  “…,” the ministry said / “…,” said Caddell, a pollster / “…” ― Pamela Padilla
 *   before: X said: “…” / Clinton says Trump’s “…” / X, speaking on Monday, said “…”
 *           / X attacked Y, saying “…” (a participle: the sentence's subject)
 *   phrase: “…,” according to officials / according to X, “…”
 *   label:  “PENCE: Well, look…” (a transcript speaker label opening the quote)
 */
import { ATTRIBUTION_PHRASES, AUX_WORDS, SENTENCE_FINAL_PHRASES, INTRO_WORDS, NOUN_LIKE_FORMS, PERSON_NOUNS, SPEAKER_HEAD_NOUNS } from '../rules/speech.js';
import { ISSUED_MODIFIERS, ISSUED_NOUNS } from '../rules/speakers.js';
import { isGerund, isSpeechVerb, MAX_PHRASE_WORDS, npAfter, plausibleSpeaker, relativeSubject, sentenceSubject, subjectOf, tokens } from './phrases.js';
import { sentenceEnd, sentenceStart } from './sentences.js';
import { SPACE_RUNS } from '../space.js';

/** Tokens after a quote within which the speech verb must come ("…,” Rep. Ann Ford (D-Ore.), the deputy chair of X, said"). */
const MAX_AFTER_VERB_TOKENS = 34;
/** Most words in a speaker phrase that starts with a lower-case title ("retired Navy admiral Paul Grant"). */
const MAX_TITLED_NAME_WORDS = 7;
/** Words opening a subordinate clause: a clause after a quote that starts with one is not its attribution. */
const SUBORDINATORS = /^(?:after|before|because|when|whenever|while|since|if|unless|until|though|although|whereas|once|as|where)\b/i;
/** Characters after a quote for a "― Name" signature. */
const MAX_SIGNATURE_CHARS = 60;

export interface Attribution {
  /** The speaker phrase as written, with its description when the text gives one. */
  speakerText: string;
  /** The speech verb or phrase; null when the speaker is only the sentence's subject. */
  cue: string | null;
  side: 'after' | 'before' | 'signature' | 'label';
  /** When `speakerText` is a relative pronoun ("who", "which"): the phrase it stands for. */
  antecedent?: string;
}

const OPENERS = /[“"«„‘]|''/;

/** A quoted (or masked) nickname between a given name and a surname: Ana “Nina” Ruiz. */
const NICKNAME_IN_NAME = /(?<=\p{Lu}[\p{L}.'’-]*\s)(?:[“"][^“”"]{0,20}[”"]|'')(?=\s+\p{Lu})/gu;

/** Replaces quoted material with spaces so verbs inside other quotes are not read as cues. */
export function maskQuotes(s: string, spans: ReadonlyArray<{ outerStart: number; outerEnd: number }>, offset = 0): string {
  // One pass over the spans in order (a paragraph may hold thousands): same length as `s`.
  const parts: string[] = [];
  let pos = 0;
  for (const sp of [...spans].sort((x, y) => x.outerStart - y.outerStart)) {
    const a = Math.max(pos, sp.outerStart - offset);
    const b = Math.min(s.length, sp.outerEnd - offset);
    if (b - a < 3) continue;
    // Keep a final period or comma inside the quote (“… neighborhood.” Russia said; On “Face the Nation,” X said)
    // so sentences and phrases still end there.
    const stop = /[.!?,](?=\s*["”’'»]*$)/.exec(s.slice(a, b))?.[0] ?? ' ';
    parts.push(s.slice(pos, a), '“', ' '.repeat(b - a - 3), stop, '”');
    pos = b;
  }
  parts.push(s.slice(pos));
  return parts.join('');
}

/** The speaker phrase after a verb that opens the clause ("said Dana Reyes, the author of …"). */
function speakerAfterVerb(clause: string, from: number): string | null {
  const toks = tokens(clause);
  const np = npAfter(clause, toks, from);
  if (!plausibleSpeaker(np)) return null;
  // A description after a comma ("…, the author of the mayor’s budget") belongs to the speaker.
  const at = clause.indexOf(np, toks[from]!.index) + np.length;
  const desc = /^,\s+((?:the|a|an|who|head|chairman|director|president|executive|senior|chief|former)\b[^,.;]*(?:,[^,.;]*)?)/i.exec(clause.slice(at));
  return desc ? `${np}, ${desc[1]!.trim()}` : np;
}

/** Attribution right after a quote, in the rest of its sentence. `para` is masked for other quotes. */
export function attributionAfter(para: string, outerEnd: number, inner: string): Attribution | null {
  const rest = para.slice(outerEnd);
  const sig = /^\s*[―—–]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})\s*\.?\s*$/u.exec(rest.slice(0, MAX_SIGNATURE_CHARS + 1));
  if (sig && rest.length <= MAX_SIGNATURE_CHARS) return { speakerText: sig[1]!.replace(/\.$/, ''), cue: '―', side: 'signature' };
  // A quoted full sentence ending in a period ends its sentence: no attribution after it.
  if (/\.\s*$/.test(inner) && /^\s+\p{Lu}/u.test(rest)) return null;
  let end = sentenceEnd(para, outerEnd);
  // The next quote ends the clause, unless it is a nickname inside a name (Ana “Nina” Ruiz).
  const nextQuote = rest.replace(NICKNAME_IN_NAME, (m) => 'x'.repeat(m.length)).search(OPENERS);
  if (nextQuote >= 0) end = Math.min(end, outerEnd + nextQuote);
  const clause = para.slice(outerEnd, end);
  if (/^\s*\p{L}/u.test(clause) === false && !/^\s*[,;—–-]/.test(clause) && clause.trim()) return null;
  for (const p of ATTRIBUTION_PHRASES) {
    const m = p.pattern.exec(clause);
    if (m && m.index < 20) {
      const toks = tokens(clause);
      const from = toks.findIndex((t) => t.index >= m.index + m[0].length);
      const np = from >= 0 ? onBehalf(clause, toks, npAfter(clause, toks, from)) : null;
      if (plausibleSpeaker(np)) return { speakerText: np, cue: m[0].toLowerCase(), side: 'after' };
    }
  }
  const toks = tokens(clause);
  const v = toks.findIndex((_t, i) => i < MAX_AFTER_VERB_TOKENS && isSpeechVerb(clause, toks, i));
  if (v < 0) return null;
  const verb = toks[v]!;
  if (isGerund(verb)) return null; // "…,” adding that …: a participle of the sentence before the quote
  if (v === 0) {
    const np = speakerAfterVerb(clause, 1);
    return np ? { speakerText: np, cue: verb.w, side: 'after' } : null;
  }
  // "…,” X[, description,] said: everything between the quote and the verb is the speaker phrase.
  // "…,” as a Treasury memo put it": the "as" introduces the speaker.
  const phrase = clause.slice(0, verb.index).replace(/^[\s,;—–-]+/, '').replace(/^as\s+/i, '').replace(/\s+$/, '');
  return speakerBeforeVerb(phrase, verb.w);
}

/** The speaker phrase between a quote and its verb ("…,” Rep. X (D-S.C.), the leader of Y, said). */
function speakerBeforeVerb(phrase: string, cue: string): Attribution | null {
  const words = phrase.split(/\s+/).filter(Boolean);
  const trimmed = phrase
    .replace(/[\s,;]+$/, '')
    .split(/\s+/)
    .filter((w, i) => i === 0 || !(AUX_WORDS.has(w.toLowerCase()) || /^\p{Ll}+ly$/u.test(w)))
    .join(' ');
  const startsLikeSpeaker =
    /^\p{Lu}|^(?:the|a|an|he|she|they|we|i|it|one|another|his|her|their|its|several|many|some|both|most|two|three)\b/iu.test(trimmed) ||
    // "retired Navy admiral Paul Grant said": a lower-case title before a name.
    (words.length <= MAX_TITLED_NAME_WORDS && !/,/.test(trimmed) && /\s\p{Lu}/u.test(trimmed));
  if (words.length <= MAX_PHRASE_WORDS && plausibleSpeaker(trimmed) && startsLikeSpeaker) return { speakerText: trimmed, cue, side: 'after' };
  // "…” is paid for, Alder said.": the speaker after the clause's last comma; but not
  // after a subordinate clause ("…” after Warren Buffett, the investor, complained").
  const lastComma = trimmed.lastIndexOf(', ');
  if (lastComma > 0 && !SUBORDINATORS.test(trimmed)) {
    const tail = trimmed.slice(lastComma + 2);
    if (!/,/.test(tail) && tail.split(/\s+/).length <= MAX_TITLED_NAME_WORDS && plausibleSpeaker(tail) && /^\p{Lu}|^(?:the|he|she|they|officials|police)\b/u.test(tail)) return { speakerText: tail, cue, side: 'after' };
  }
  return null;
}

/** What is issued on someone's behalf: "according to a statement from the ministry" names the ministry too. */
const ISSUED = new RegExp(String.raw`^(?:a|an|the)\s+(?:(?:${ISSUED_MODIFIERS})\s+)?(?:${ISSUED_NOUNS})$`, 'i');

/** "a statement" followed by "from the ministry": the whole phrase. */
function onBehalf(s: string, toks: ReturnType<typeof tokens>, np: string | null): string | null {
  if (!np || !ISSUED.test(np)) return np;
  const at = s.indexOf(np) + np.length;
  const m = /^\s+(?:from|by|of|for)\s+/i.exec(s.slice(at));
  if (!m) return np;
  const from = toks.findIndex((t) => t.index >= at + m[0].length);
  const owner = from >= 0 ? npAfter(s, toks, from) : null;
  return plausibleSpeaker(owner) ? `${np}${m[0].replace(SPACE_RUNS, ' ')}${owner}` : np;
}

/** The sentence-final phrases, compiled once: after a comma in the clause, or (`open`) right at its start after a quote ending in a comma. */
const SENTENCE_FINAL_SCANNERS = [...ATTRIBUTION_PHRASES, ...SENTENCE_FINAL_PHRASES].map((p) => ({
  inClause: new RegExp(String.raw`,\s*(${p.pattern.source})\s+`, 'i'),
  open: new RegExp(String.raw`^\s*(${p.pattern.source})\s+|,\s*(${p.pattern.source})\s+`, 'i'),
}));

/**
 * A sentence closed by ", according to X." attributes the whole sentence, and so every quote in
 * it, to X, however far the phrase stands from the quote ("More than 5,000 people joined a
 * “sit-in” at 40 libraries, according to the organizers."). Read after the closer rules
 * (a speech verb next to the quote names its own speaker).
 */
export function attributionSentenceFinal(para: string, outerEnd: number): Attribution | null {
  const end = sentenceEnd(para, outerEnd);
  const clause = para.slice(outerEnd, end);
  // "“…,” per the club’s rules": the comma closing the quote sets the phrase off.
  const commaBefore = /,\s*["”’'»]+$/.test(para.slice(Math.max(0, outerEnd - 4), outerEnd));
  for (const scanner of SENTENCE_FINAL_SCANNERS) {
    const m = (commaBefore ? scanner.open : scanner.inClause).exec(clause);
    if (!m) continue;
    // The phrase must be the sentence's last clause: no comma, dash or quote after it.
    if (/[,;“”"«»]|--|[—–]/.test(clause.slice(m.index + m[0].length))) continue;
    const toks = tokens(clause);
    const from = toks.findIndex((t) => t.index >= m.index + m[0].length);
    if (from < 0) continue;
    const np = onBehalf(clause, toks, npAfter(clause, toks, from));
    if (plausibleSpeaker(np)) return { speakerText: np, cue: (m[1] ?? m[2])!.toLowerCase(), side: 'after' };
  }
  return null;
}

/** The attribution phrase patterns as global scanners, compiled once (each scan resets lastIndex). */
const ATTRIBUTION_SCANNERS = ATTRIBUTION_PHRASES.map((p) => new RegExp(p.pattern.source, 'gi'));

/** A pronoun subject: left to the outermost speaker ("He said it was “…”"). */
const PRONOUN_SUBJECT = /^(?:he|she|they|it|we|i|you)$/i;

/** Attribution before a quote in its sentence (X said: “…”, Clinton says Trump’s “…”). */
export function attributionBefore(para: string, outerStart: number): Attribution | null {
  const s = para.slice(sentenceStart(para, outerStart), outerStart);
  const toks = tokens(s);
  for (const re of ATTRIBUTION_SCANNERS) {
    re.lastIndex = 0;
    let last: RegExpExecArray | null = null;
    for (let x = re.exec(s); x; x = re.exec(s)) last = x;
    if (last && !/[“"]/.test(s.slice(last.index))) {
      const from = toks.findIndex((t) => t.index >= last!.index + last![0].length);
      const np = from >= 0 ? onBehalf(s, toks, npAfter(s, toks, from)) : null;
      if (plausibleSpeaker(np)) return { speakerText: np, cue: last[0].toLowerCase(), side: 'before' };
    }
  }
  // A speech verb right before the quote ("…, the 52-year-old father of two replied, “…”") is its cue,
  // whatever clause it stands in.
  const lastVerb = toks.length - 1;
  // Not in a clause reported by an earlier verb ("Dalton noted that Ortiz once replied, “…”": Dalton's
  // report), only after a new main clause ("She said …, and when pressed, the mother replied, “…”").
  const firstVerb = toks.findIndex((_t, k) => k < lastVerb && isSpeechVerb(s, toks, k));
  const newClause = firstVerb < 0 || /[,;]\s+(?:and|but|yet|while)\s|;/.test(s.slice(toks[firstVerb]!.end, toks[lastVerb]!.index));
  if (lastVerb > 0 && newClause && isSpeechVerb(s, toks, lastVerb) && /^\s*[,:]\s*$/.test(s.slice(toks[lastVerb]!.end)) && !isGerund(toks[lastVerb]!)) {
    const found = speakerOfVerb(s, toks, lastVerb, true);
    if (found) return found;
  }
  // "the leak the councillor said is meant to “…”", "a plan Ruiz said would “…”": a verb
  // followed by the verb of what was said is the quote's own, whatever came before it.
  for (let v = toks.length - 2; v > 0; v--) {
    // A finite verb form only: "mental state is" is a noun before "is".
    if (!isSpeechVerb(s, toks, v) || isGerund(toks[v]!) || NOUN_LIKE_FORMS.has(toks[v]!.lower) || !/(?:ed|s)$|^(?:said|told|wrote|thought)$/.test(toks[v]!.lower)) continue;
    if (!/^(?:is|was|are|were|would|will|could|might|has|had)$/.test(toks[v + 1]!.lower)) continue;
    if (!/^\s+$/.test(s.slice(toks[v]!.end, toks[v + 1]!.index)) || /\bthat\s*$/.test(s.slice(0, toks[v]!.index))) break;
    const subj = subjectOf(s, toks, v);
    const dets = subj ? [...subj.matchAll(/\b(?:the|a|an|his|her|its|their)\s+(?=\S)/gi)] : [];
    const np = subj && dets.length && dets[dets.length - 1]!.index! > 0 ? subj.slice(dets[dets.length - 1]!.index!) : subj;
    if (plausibleSpeaker(np) && !PRONOUN_SUBJECT.test(np)) return { speakerText: np, cue: toks[v]!.w, side: 'before' };
    break;
  }
  // "…, with spokesman Dmitry Peskov telling reporters that Russia “…”": a gerund's own subject
  // after "with" is the speaker, not the sentence's.
  for (let v = toks.length - 1; v > 0; v--) {
    if (!isSpeechVerb(s, toks, v) || !isGerund(toks[v]!)) continue;
    const m = /\bwith\s+((?:(?!(?:of|from|by|in|on|at|for|to|about)\s)\p{Ll}+\s+){0,3}?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+$/u.exec(s.slice(0, toks[v]!.index));
    if (m && plausibleSpeaker(m[1])) return { speakerText: m[1]!, cue: toks[v]!.w, side: 'before' };
    break;
  }
  // "Reid called the decision “…,” while Schumer said Republicans were “…”": after an earlier
  // quote of the sentence, a speech verb with its own subject is this quote's, not the first one.
  const afterQuote = Math.max(s.lastIndexOf('”'), s.lastIndexOf('“'));
  if (afterQuote >= 0) {
    for (let v = 0; v < toks.length; v++) {
      if (toks[v]!.index < afterQuote || !isSpeechVerb(s, toks, v)) continue;
      const found = speakerOfVerb(s, toks, v, true);
      if (found) return found;
    }
  }
  // The first speech verb of the sentence with a plausible subject: the outermost speaker
  // ("Ruiz said that Alder once described the deal as “…”" -> Ruiz). A sentence opening with a
  // subordinate clause has its main clause last ("When Clinton noted X, Trump boasted, “…”" -> Trump).
  const subordinateFirst = SUBORDINATORS.test(s.trimStart());
  for (let n = 0; n < toks.length; n++) {
    const v = subordinateFirst ? toks.length - 1 - n : n;
    if (!isSpeechVerb(s, toks, v)) continue;
    const found = speakerOfVerb(s, toks, v, true);
    if (found) return found;
  }
  return null;
}

/**
 * The speaker of the speech verb at token `v` of sentence `s`: "Said Ellis: …" (the verb opens the
 * sentence), its subject, or "…, said X, …" (the verb opens the clause, the speaker follows it;
 * not after a gerund when `noGerund`: "…, saying X" names no speaker).
 */
function speakerOfVerb(s: string, toks: ReturnType<typeof tokens>, v: number, noGerund: boolean): Attribution | null {
  const cue = toks[v]!.w;
  if (v === 0) {
    const np = speakerAfterVerb(s, 1);
    if (np) return { speakerText: np, cue, side: 'before' };
  }
  // "Stevie Wonder, who joked, “…”": the pronoun as written, its antecedent as the speaker.
  const rel = relativeSubject(s, toks, v);
  if (rel) return { speakerText: rel.pronoun, antecedent: rel.antecedent, cue, side: 'before' };
  const subj = subjectOf(s, toks, v);
  if (plausibleSpeaker(subj)) return { speakerText: subj, cue, side: 'before' };
  if (v === 0 || /,\s*$/.test(s.slice(0, toks[v]!.index))) {
    const np = speakerAfterVerb(s, v + 1);
    if (np && !(noGerund && isGerund(toks[v]!))) return { speakerText: np, cue, side: 'before' };
  }
  return null;
}

/** Nouns for what someone said, owned by the speaker in "X’s claim that “…”". */
const SAID_NOUNS = /^(?:claim|statement|assertion|contention|insistence|argument|suggestion|prediction|promise|pledge|vow|boast|warning|allegation|charge|remark|comment|description|complaint|declaration|admission|accusation|threat|view|belief|position)s?$/;

/** A possessive pronoun and the personal pronoun it is resolved as. */
const POSSESSIVE_PRONOUNS: Readonly<Record<string, string>> = { his: 'he', her: 'she', their: 'they', its: 'it' };

/**
 * "The mayor’s claim that there has been “…”" (or "his claim that …"): the owner of a noun for something said,
 * followed by "that" and the quote, in the quote's sentence.
 */
export function attributionPossessive(para: string, outerStart: number): Attribution | null {
  const s = para.slice(sentenceStart(para, outerStart), outerStart);
  // "Despite his claim that tenants would “lose nothing”": a possessive pronoun stands for the
  // speaker (resolved like the pronoun "he").
  const pro = /\b(his|her|their|its)\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\s*(?:(?:--|[—–,-])\s*)?that\s+[^“”"]*$/iu.exec(s);
  if (pro && SAID_NOUNS.test(pro[2]!)) {
    const owner = pro[1]!.toLowerCase();
    // "Bornstein's letter was ridiculed for its prediction that …": "its" is the sentence's subject.
    const subj = owner === 'its' || owner === 'their' ? sentenceSubject(s.slice(0, pro.index)) : null;
    const antecedent = subj && !PRONOUN_SUBJECT.test(subj) ? subj : POSSESSIVE_PRONOUNS[owner]!;
    return { speakerText: pro[1]!, antecedent, cue: pro[2]!, side: 'before' };
  }
  // "The senator’s remarks -- that the program was “…”": a described owner, a dash or comma before "that".
  const m = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}-]*|\b(?:[Tt]he|[Aa]n?)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+)['’]s\s+(?:\p{Ll}+\s+){0,2}?(\p{Ll}+)\s*(?:(?:--|[—–,-])\s*)?that\s+[^“”"]*$/u.exec(s);
  if (!m || !SAID_NOUNS.test(m[2]!)) return null;
  const owner = m[1]!.replace(/^(?:On|In|But|And|After|Following)\s+/, '').replace(/^The\s+(?=\p{Lu})/u, '');
  return plausibleSpeaker(owner) ? { speakerText: `${owner}’s`, antecedent: owner, cue: m[2]!, side: 'before' } : null;
}

/**
 * A quote set off by dashes right after a name ("…, including the former candidate Mitt Romney --
 * “It is disqualifying …” -- and Fred Goldberg"): the name's words.
 */
export function attributionDashAside(para: string, outerStart: number, outerEnd: number): Attribution | null {
  const m = /((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*(?:--|—|–)\s*$/u.exec(para.slice(Math.max(0, outerStart - 80), outerStart));
  if (!m || !/^[\s,.]*(?:--|—|–)/.test(para.slice(outerEnd))) return null;
  const name = m[1]!.split(/\s+/).filter((w, i, ws) => i > 0 || ws.length === 1 || !INTRO_WORDS.has(w.toLowerCase())).join(' ');
  return name.split(/\s+/).length >= 2 && plausibleSpeaker(name) ? { speakerText: name, cue: '—', side: 'before' } : null;
}

/** A paragraph signed at its end ("…” ― Rosa Tamez"): the signer, for every quote in it. */
export function paragraphSignature(para: string): Attribution | null {
  const m = /[”"’]\s*[―—–]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,4})\s*\.?\s*$/u.exec(para);
  return m ? { speakerText: m[1]!.replace(/\.$/, ''), cue: '―', side: 'signature' } : null;
}

/**
 * The speaker set up by the sentence before a quote's sentence in the same paragraph:
 * "…, Alder said. “The second point…”" or "Ruiz called him a master of delay. “He waited…”".
 * The first speech verb's subject, else the sentence's own subject.
 */
export function attributionPreviousSentence(para: string, outerStart: number): Attribution | null {
  const here = sentenceStart(para, outerStart);
  if (here === 0) return null;
  return speakerOfSentence(para.slice(sentenceStart(para, Math.max(0, here - 2)), here).trim());
}

/** The first speech verb's subject in sentence `s`, else the sentence's named subject. */
function speakerOfSentence(s: string): Attribution | null {
  if (!s) return null;
  const toks = tokens(s);
  for (let v = 0; v < toks.length; v++) {
    if (!isSpeechVerb(s, toks, v)) continue;
    const found = speakerOfVerb(s, toks, v, false);
    if (found) return found;
  }
  const subj = sentenceSubject(s);
  return subj && /^\p{Lu}/u.test(subj) && !/^(?:It|This|That|There|These|Those)$/.test(subj) ? { speakerText: subj, cue: null, side: 'before' } : null;
}

/** A quote after a colon with no speech verb ("the mayor is trying out a new slogan: “We build.”"): the subject. */
export function attributionColon(para: string, outerStart: number): Attribution | null {
  const s = para.slice(sentenceStart(para, outerStart), outerStart);
  if (!/:\s*$/.test(s)) return null;
  // "With the council increasingly worried about …, the mayor is trying out a new
  // slogan:": after a long introductory phrase, the main clause's subject.
  const lastClause = s.slice(s.lastIndexOf(', ') + 2);
  const subj = sentenceSubject(s) ?? (s.includes(', ') && /^\p{Lu}/u.test(lastClause) ? sentenceSubject(lastClause) : null);
  // Only someone named ("the mayor is trying out a new slogan:"), not "The cost of delay is shown by this:".
  const named = subj?.split(/\s+/).some((w, i) => /^\p{Lu}/u.test(w) && (i > 0 || !/^(?:the|a|an|this|that|these|those|its|his|her|their|our)$/i.test(w)));
  const head = subj?.split(/\s+/).pop()?.toLowerCase() ?? '';
  return subj && (named || SPEAKER_HEAD_NOUNS.test(head) || PERSON_NOUNS.has(head)) ? { speakerText: subj, cue: ':', side: 'before' } : null;
}

/** A previous paragraph that ends "X continued:" / "The New York Times reports:" introduces the next quote. */
export function attributionIntroducing(prevPara: string): Attribution | null {
  if (!/:\s*$/.test(prevPara)) return null;
  const s = prevPara.slice(sentenceStart(prevPara, prevPara.length - 1));
  const toks = tokens(s);
  // "…how the site scored this statement by the mayor on May 2:": the words are the owner's.
  const owned = /\b(?:this|that|the|a|an|his|her|their|its|these|those)\s+(?:\p{Ll}+\s+)?(?:statement|remarks?|comments?|words|tweets?|post|claim|quote|message|answer|response|reply|question)\s+(?:by|from|of)\s+(?=\p{Lu})/u.exec(s);
  if (owned) {
    const from = toks.findIndex((t) => t.index >= owned.index + owned[0].length);
    const np = from >= 0 ? npAfter(s, toks, from) : null;
    if (plausibleSpeaker(np)) return { speakerText: np, cue: ':', side: 'before' };
  }
  for (let v = 0; v < toks.length; v++) {
    if (!isSpeechVerb(s, toks, v)) continue;
    if (v === 0) {
      // "Said Ellis: “…”": the verb opens the sentence, the speaker follows it.
      const np = speakerAfterVerb(s, 1);
      if (np) return { speakerText: np, cue: toks[v]!.w, side: 'before' };
    }
    const subj = subjectOf(s, toks, v);
    if (plausibleSpeaker(subj)) return { speakerText: subj, cue: toks[v]!.w, side: 'before' };
  }
  const subj = sentenceSubject(s);
  return subj && /:\s*$/.test(s) && s.split(/\s+/).length <= 8 ? { speakerText: subj, cue: ':', side: 'before' } : null;
}

/** A transcript label opening a quote ("PENCE: Well, look…"): the speaker, and where the words start. */
export function speakerLabel(inner: string): { speakerText: string; skip: number } | null {
  const m = /^([\p{Lu}][\p{Lu}.'’ -]{1,30}):\s+/u.exec(inner);
  if (!m || !/\p{Lu}{2,}/u.test(m[1]!)) return null;
  return { speakerText: m[1]!.trim(), skip: m[0].length };
}

