/**
 * Pipeline stage 6: direct quotes and who said them.
 *   1. find quote spans in each body block (a quote left open continues in the next block; a
 *      block quotation without marks is one quote when signed or introduced)
 *   2. drop stage directions, scare quotes ("so-called “reform”") and titles of works
 *   3. attribute each, first rule that applies (see `attribute`)
 *   4. resolve pronoun speakers to the latest fitting mention before the quote; `speakerText`
 *      keeps what was written, `speaker` the name
 * The attribution rules read English. Other languages with a table in
 * src/rules/speech-languages.ts get the simple patterns (a verb or "according to" word next to the
 * quote, other-languages.ts); the rest get spans, signatures and labels only.
 */
import { bodyLayout } from '../body.js';
import type { Block, Quote } from '../model.js';
import { guessLanguage } from '../metadata/language.js';
import { escapeRegExp } from '../rules/regex.js';
import { DOCUMENT_NOUN_SET, NOT_SPEAKER_LABEL_SET } from '../rules/speakers.js';
import { PRONOUNS } from '../rules/speech.js';
import { speechLanguage, type SpeechLanguage } from '../rules/speech-languages.js';
import {
  attributionAfter,
  attributionBefore,
  attributionColon,
  attributionDashAside,
  attributionIntroducing,
  attributionPossessive,
  attributionPreviousSentence,
  attributionSentenceFinal,
  maskQuotes,
  paragraphSignature,
  speakerLabel,
  type Attribution,
} from './attribution.js';
import { blockQuote } from './blockquote.js';
import { readsAsEnglish } from './language.js';
import { attributionOtherLanguage, isPronounOf } from './other-languages.js';
import { isNamed, isSentenceOpenerOnly, paragraphMentions, resolvePronoun, speakerKind, type Mention } from './mentions.js';
import { headOf, sentenceSubject } from './phrases.js';
import { sentenceStart } from './sentences.js';
import { findSpans, startsWithQuote, type Span } from './spans.js';
import { isNotSpeech, isScareQuote, isTitleOfWork } from './titles.js';

/** Most characters of a one-word nickname quoted inside a name (Ana “Nina” Ruiz). */
const MAX_NICKNAME_CHARS = 20;

/** Fewest words for an unattributed quoted phrase to be reported (fewer: a scare quote). */
const MIN_UNATTRIBUTED_WORDS = 3;

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** A nickname right before a quote: without a speech verb, the sentence's subject did not say it. */
const NICKNAME_BEFORE = /\b(?:nickname|nicknames|nicknamed|moniker)\s*,?\s*$/i;

/** A two-word name right after a quote: the quote is a label for that person ("its “chief fixer” Ana Ruiz"). */
const LABEL_BEFORE_NAME = /^\s+\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u;

/** Fewest words for a heading to be read as a sentence of the body (fewer: a real heading). */
const MIN_SENTENCE_HEADING_WORDS = 5;

/**
 * A "heading" that ends like a sentence (“…,” he said. / He said: “….”) is a paragraph a
 * parser took for a heading because it was short and set apart; its quotes are read too.
 */
function headingReadsAsSentence(text: string): boolean {
  return /[.!?]["”’»]*\s*$/.test(text) && /[“"«„]|''/.test(text) && wordCount(text) >= MIN_SENTENCE_HEADING_WORDS;
}

/** A partial quote is a phrase inside a sentence, not a sentence of its own. */
function isPartial(before: string, quote: string): boolean {
  const lead = before.replace(/\s+$/, '');
  const opensSentence = lead === '' || /[.!?:]$/.test(lead) || /[.!?]["”’]$/.test(lead) || (/,$/.test(lead) && /\b(?:said|says|told|added|wrote|asked|saying)[^.]*,$/i.test(lead));
  return !opensSentence || /^\p{Ll}/u.test(quote);
}

/** Straight marks (" ') and typographic ones (“ ” « » „ ‘ ’) are different styles. */
const isStraight = (mark: string) => mark === '"' || mark === "'";

/**
 * Does a paragraph continue a quote left open with `mark`? It opens with a quote mark of the same
 * style: an excerpt whose paragraphs open with " is not continued by a paragraph opening with “.
 */
function continuesWithMark(text: string, mark: string): boolean {
  const lead = text.trimStart();
  return startsWithQuote(lead) && isStraight(lead[0]!) === isStraight(mark);
}

/** What one paragraph offers every quote in it. */
interface ParagraphContext {
  /** The paragraph with other quotes blanked out, so verbs inside them are not read as cues. */
  masked: string;
  english: boolean;
  /** The speech table of the article's language when it is not English and has one. */
  speech: SpeechLanguage | null;
  body: string;
  /** "― Name" at the paragraph's end. */
  signature: Attribution | null;
  /** The previous paragraph ended "X said:". */
  introduced: Attribution | null;
  /** The quote left open at the end of the previous paragraph, when this one continues it. */
  continued: Quote | null;
  /**
   * This paragraph is one quote and nothing else, and the previous paragraph ended with an
   * attributed quote ("“…,” he said." / "“…”"): that quote, whose speaker goes on talking.
   */
  follows: Quote | null;
}

/**
 * Who said the quote in `span`, first rule that applies: a transcript label, the attribution
 * after the quote, before it in its sentence, a sentence-final "according to X", the
 * paragraph's signature, a colon after the sentence's subject, an introducing previous
 * paragraph, the sentence's subject (partial quotes), the quote it continues (in the paragraph,
 * left open before it, or ending the paragraph before a paragraph that is one quote), the
 * sentence before it.
 */
function attribute(span: Span, k: number, inner: string, partial: boolean, label: Attribution | null, p: ParagraphContext, lastInParagraph: Quote | null): { attr: Attribution | null; inherited: Quote | null } {
  let attr = label;
  if (p.speech) attr ??= attributionOtherLanguage(p.masked, span.outerStart, span.outerEnd, p.speech);
  if (p.english) {
    attr ??= attributionDashAside(p.masked, span.outerStart, span.outerEnd);
    attr ??= attributionAfter(p.masked, span.outerEnd, inner);
    attr ??= attributionBefore(p.masked, span.outerStart);
    attr ??= attributionSentenceFinal(p.masked, span.outerEnd);
  }
  attr ??= p.signature;
  if (p.english) attr ??= attributionColon(p.masked, span.outerStart);
  if (p.english && partial) attr ??= attributionPossessive(p.masked, span.outerStart);
  if (!attr && k === 0) attr = p.introduced;
  if (!attr && partial && p.english) {
    // “strong leader” in "Alder openly praises Ruiz as a “safe pair of hands”": the sentence's subject.
    const sentence = p.masked.slice(sentenceStart(p.masked, span.outerStart), span.outerStart);
    const subj = sentenceSubject(sentence);
    const named = subj !== null && isNamed(subj) && !isSentenceOpenerOnly(subj, p.body);
    // "It goes without saying", "It is clear": an empty "it" names no one.
    const emptyIt = /^\s*it\s+(?:is|was|goes|went|seems|seemed|appears|appeared|remains|has been|had been|will be|would be)\b/i.test(sentence);
    // "Harbour “action groups” funded by…": the quote is part of the subject's own noun phrase.
    const insideSubject = subj !== null && /^[\s'’-]*$/.test(sentence.slice(sentence.lastIndexOf(subj) + subj.length));
    // "tagging him with the nickname “Sleepy Sam”": a name given, not words quoted, without a speech verb.
    const nickname = NICKNAME_BEFORE.test(sentence);
    // "sent its “national affairs writer” Ana Ruiz": a quoted label right before a name.
    const labelOfName = LABEL_BEFORE_NAME.test(p.masked.slice(span.outerEnd));
    // "The article closes with an implication about her “head”": a document speaks through its text.
    const documentSubject = subj !== null && /^(?:the|this|that|a|an|its|his|her|their)\s/i.test(subj) && DOCUMENT_NOUN_SET.has(subj.split(/\s+/).pop()!.toLowerCase());
    if (subj && !insideSubject && !nickname && !labelOfName && (named || documentSubject || (/^(?:he|she|it|they|i|we)$/i.test(subj) && !emptyIt))) attr = { speakerText: subj, cue: null, side: 'before' };
  }
  if (attr) return { attr, inherited: null };
  if (!span.nested) {
    // A partial quote in a later sentence that names someone else does not inherit
    // ("Gingrich called it “…”. That led the journalist Ana Ruiz to fear a “…”").
    const sentence = p.masked.slice(sentenceStart(p.masked, span.outerStart), span.outerStart);
    const namesOther = partial && lastInParagraph !== null && /\s\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/u.test(sentence) && !sentence.includes(lastInParagraph.speaker ?? '\u0000');
    const inherited = lastInParagraph?.speakerText && !namesOther ? lastInParagraph : k === 0 && p.continued?.speakerText ? p.continued : k === 0 && p.follows?.speakerText ? p.follows : null;
    if (inherited) return { attr: null, inherited };
  }
  return { attr: !partial && p.english ? attributionPreviousSentence(p.masked, span.outerStart) : null, inherited: null };
}

/**
 * A transcript line: a speaker label and a colon opening a paragraph, the rest being what the
 * speaker said. Labels: a name in capitals ("WALLACE", "MR. TRUMP"), Q and A, or a name of two or
 * three capitalised words ("Ana Ruiz").
 */
const TRANSCRIPT_LABEL = /^((?:\p{Lu}[\p{Lu}'’.-]+)(?:\s+\p{Lu}[\p{Lu}'’.-]+){0,2}|[QA]|\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’.-]*){1,2}):\s+(?=\S)/u;
/** Fewest labelled paragraphs, with two labels at least, for a text to read as a transcript (one "Note: …" line is not). */
const MIN_TRANSCRIPT_LINES = 3;

function transcriptLine(text: string): { label: string; start: number } | null {
  const m = TRANSCRIPT_LABEL.exec(text);
  if (!m || NOT_SPEAKER_LABEL_SET.has(m[1]!.split(/\s+/)[0]!.toLowerCase())) return null;
  return { label: m[1]!, start: m[0].length };
}

/**
 * Does the body hold a dialogue of labelled paragraphs (an interview or a debate transcript)?
 * Two labels at least, and speakers who come back (a list of names each with its own line, as
 * in a police log, is no dialogue); a label in mixed case ("Ana Ruiz:") must be a name the text
 * also uses outside the labels ("New Release:" is not).
 */
function isTranscript(blocks: readonly Block[]): boolean {
  const labels: string[] = [];
  const prose: string[] = [];
  for (const b of blocks) {
    const line = b.kind === 'paragraph' ? transcriptLine(b.text) : null;
    if (line) {
      labels.push(line.label);
      prose.push(b.text.slice(line.start));
    } else prose.push(b.text);
  }
  const distinct = new Set(labels);
  if (labels.length < MIN_TRANSCRIPT_LINES || distinct.size < 2 || distinct.size === labels.length) return false;
  const text = prose.join('\n');
  return [...distinct].every((l) => /^(?:[QA]|[^\p{Ll}]+)$/u.test(l) || new RegExp(`(?<![\\p{L}])${escapeRegExp(l.split(/\s+/).pop()!)}(?![\\p{L}])`, 'u').test(text));
}

/** @param lang the article's language tag, for the speech table of a language other than English. */
export function detectQuotes(blocks: readonly Block[], lang: string | null = null): Quote[] {
  const quotes: Quote[] = [];
  const layout = bodyLayout(blocks);
  const body = layout.text;
  const english = readsAsEnglish(body, lang);
  // The declared language can be wrong (lang="en" on a German page): the body's own words decide.
  const speech = english ? null : (speechLanguage(lang) ?? speechLanguage(guessLanguage(body)));
  // A pronoun speaker in another language ("sagte er", "a-t-il déclaré"): the last named speaker.
  let lastNamed: string | null = null;
  // The people the text names, in text order, for the pronouns of attributions ("he said"). A
  // paragraph's sentence subjects are read only when a pronoun asks for them: a body without a
  // pronoun speaker (or past its last one) never needs them. Read later, each paragraph gets
  // the same earlier mentions as when read in turn, so the result is the same.
  const mentions: Mention[] = [];
  const later: Array<Mention | { masked: string; offset: number }> = [];
  const mention = (m: Mention) => (later.length ? later.push(m) : mentions.push(m));
  const allMentions = (): Mention[] => {
    for (const item of later) {
      if ('masked' in item) mentions.push(...paragraphMentions(item.masked, item.offset, body, mentions));
      else mentions.push(item);
    }
    later.length = 0;
    return mentions;
  };
  let carry: Quote | null = null;
  let carryMark = '';
  // The unattributed paragraphs of the multi-paragraph quote being read (each left open).
  let unattributed: Quote[] = [];
  // A quote left open that nobody said and no next paragraph continues is a stray mark (an
  // excerpt's paragraphs each opened with a mark, "Kevin was asleep.), not a quote.
  const settleCarry = (continued: boolean) => {
    if (carry && !continued && carry.speakerText === null) for (const q of unattributed) quotes.splice(quotes.indexOf(q), 1);
    if (!continued) unattributed = [];
    carry = null;
  };
  let prevText = '';
  // The attributed quote that ended the previous paragraph (see ParagraphContext.follows).
  let prevClosing: Quote | null = null;
  const transcript = isTranscript(blocks);

  blocks.forEach((block, b) => {
    const read = block.kind === 'paragraph' || block.kind === 'quote' || block.kind === 'list' || (block.kind === 'heading' && headingReadsAsSentence(block.text));
    if (!read || layout.starts[b]! < 0) {
      settleCarry(false);
      prevText = '';
      prevClosing = null;
      return;
    }
    const text = block.text;
    const offset = layout.starts[b]!;
    const paragraph = layout.paragraphs[b]!;
    const spans = findSpans(text);

    // "WALLACE: But, Governor…", "Q: …", "Ana Ruiz: …": a line of a transcript, said by its label.
    const line = transcript ? transcriptLine(text) : null;
    if (line && block.kind === 'paragraph') {
      const at = offset + line.start;
      const words = text.slice(line.start).replace(/\s+$/, '');
      quotes.push({ text: words, speaker: line.label, speakerText: line.label, cue: ':', paragraph, start: at, end: at + words.length, partial: false });
      mention({ name: line.label, kind: 'person', at });
      settleCarry(false);
      prevText = text;
      prevClosing = null;
      return;
    }

    if (block.kind === 'quote' && spans.length === 0) {
      const bq = blockQuote(text, english ? prevText : '');
      if (bq) {
        const speaker = headOf(bq.attribution.speakerText);
        const at = offset + bq.start;
        quotes.push({ text: text.slice(bq.start, bq.end), speaker, speakerText: bq.attribution.speakerText, cue: bq.attribution.cue, paragraph, start: at, end: at + (bq.end - bq.start), partial: false });
        mention({ name: speaker, kind: speakerKind(speaker, body), at });
      }
      settleCarry(false);
      prevText = text;
      prevClosing = null;
      return;
    }

    // Quotes left open run to the end of the paragraph: masking them would hide everything after.
    // A nickname inside a name (Ana “Nina” Ruiz) stays, so the name reads whole around it.
    const nickname = (sp: Span) => sp.end - sp.start <= MAX_NICKNAME_CHARS && /\p{Lu}[\p{L}.'’-]*\s$/u.test(text.slice(0, sp.outerStart)) && /^\s+\p{Lu}/u.test(text.slice(sp.outerEnd)) && /^\p{Lu}[\p{L}.'’-]*$/u.test(text.slice(sp.start, sp.end));
    const masked = maskQuotes(text, spans.filter((sp) => !sp.open && !sp.nested && !nickname(sp)));
    if (english) later.push({ masked, offset });
    const p: ParagraphContext = {
      masked,
      english,
      speech,
      body,
      signature: paragraphSignature(text),
      introduced: english && spans[0] && spans[0].outerStart <= 1 ? attributionIntroducing(prevText) : null,
      // A quote left open at the end of the previous block continues here when this block opens with a mark.
      continued: carry !== null && continuesWithMark(text, carryMark) ? carry : null,
      follows: spans.length === 1 && !spans[0]!.open && spans[0]!.outerStart === 0 && /^[\s.,]*$/.test(text.slice(spans[0]!.outerEnd)) ? prevClosing : null,
    };
    settleCarry(p.continued !== null);
    let lastInParagraph: Quote | null = null;
    let lastEnd = 0;
    prevClosing = null;

    spans.forEach((span, k) => {
      let inner = text.slice(span.start, span.end).replace(/[\s,]+$/, '');
      let start = span.start;
      const labelled = speakerLabel(inner);
      if (labelled) {
        inner = inner.slice(labelled.skip);
        start += labelled.skip;
      }
      if (wordCount(inner) === 0) return;
      // "(CROSSTALK.)", "[inaudible]": a stage direction, not words anyone said.
      if (/^[([][^()[\]]*[)\]]\.?$/.test(inner.trim())) return;
      const before = text.slice(0, span.outerStart);
      if (!labelled && isTitleOfWork(text.slice(start, span.end).trim(), before, text.slice(span.outerEnd))) return;
      // "the so-called “reform”": the writer's distance from a word, unless a speech verb in the
      // sentence reports it ("Dalton has called for a levy on so-called “rainy day” savings").
      const scare = !labelled && isScareQuote(before);
      if (isNotSpeech(inner)) return;

      const partial = isPartial(before, inner);
      const label: Attribution | null = labelled ? { speakerText: labelled.speakerText, cue: ':', side: 'label' } : null;
      const { attr, inherited } = attribute(span, k, inner, partial, label, p, lastInParagraph);
      if (scare && !attr?.cue) return;
      const speakerText = attr?.speakerText ?? inherited?.speakerText ?? null;
      // A heading read as a sentence gives only attributed quotes (not "Have you had these “moments?”").
      // A paragraph that is one quote nobody is named for, and that no paragraph ending in a colon
      // introduces, is a quotation without a source (a caption's, a list's, an epigraph's): not reported.
      const alone = spans.length === 1 && !span.open && span.outerStart === 0 && /^[\s.,]*$/.test(text.slice(span.outerEnd)) && !/:\s*$/.test(prevText);
      if (!speakerText && (block.kind === 'heading' || alone || wordCount(inner) < MIN_UNATTRIBUTED_WORDS || (partial && LABEL_BEFORE_NAME.test(text.slice(span.outerEnd))))) return;

      const at = offset + start;
      let speaker: string | null = null;
      if (inherited) speaker = inherited.speaker;
      else if (speakerText && speech) speaker = isPronounOf(speech, speakerText) ? lastNamed : speakerText;
      else if (attr?.antecedent) speaker = PRONOUNS.has(attr.antecedent.toLowerCase()) ? resolvePronoun(attr.antecedent, at, allMentions()) : headOf(attr.antecedent);
      else if (speakerText) speaker = PRONOUNS.has(speakerText.toLowerCase()) ? resolvePronoun(speakerText, at, allMentions()) : headOf(speakerText);
      if (speech && speaker && speakerText && !isPronounOf(speech, speakerText)) lastNamed = speaker;
      if (speaker && !PRONOUNS.has(speaker.toLowerCase())) {
        const written = speakerText?.toLowerCase();
        mention({ name: speaker, kind: speakerKind(speaker, body), at, gender: written === 'he' || written === 'she' ? written : null });
      }

      const quote: Quote = { text: inner, speaker, speakerText, cue: attr?.cue ?? inherited?.cue ?? null, paragraph, start: at, end: at + inner.length, partial };
      quotes.push(quote);
      if (k === 0 && !span.nested && p.continued) {
        // “First paragraph… / “…last paragraph,” Ines said.: the attribution closing a quote that
        // ran over several paragraphs covers its earlier paragraphs too.
        if (speakerText) for (const q of unattributed) Object.assign(q, { speaker, speakerText, cue: quote.cue });
        if (speakerText || !span.open) unattributed = [];
      }
      if (span.open && !span.nested && speakerText === null) unattributed.push(quote);
      if (!span.nested) {
        lastInParagraph = quote;
        lastEnd = span.open ? text.length : span.outerEnd;
      }
      if (span.open) {
        carry = quote;
        carryMark = text[span.outerStart] ?? '';
      }
    });
    // The paragraph ends with its last quote, or with that quote's attribution: one sentence at most.
    const tail = text.slice(lastEnd);
    const last = lastInParagraph as Quote | null;
    prevClosing = last?.speakerText && !/[.!?]["”’]*\s+\S/.test(tail.trim()) ? last : null;
    prevText = text;
  });
  settleCarry(false);
  return quotes.sort((a, b) => a.start - b.start);
}
