/**
 * Stage 7: direct quotes and who said them.
 *   1. find quote spans in each body block (a quote left open continues in the next block); a
 *      block quotation without marks is one quote, signed at its end or introduced before it
 *   2. drop titles of works ("Morning Joe" on MSNBC) and short unattributed phrases
 *   3. attribute each: a transcript label, after the quote, before it in its sentence, a
 *      previous paragraph ending "X said:", or the quote it continues (same paragraph, or the
 *      next paragraph of a quote left open)
 *   4. resolve pronoun speakers to the subject of their sentence or the most recent fitting
 *      named speaker; `speakerText` keeps what was written
 */
import { bodyLayout } from '../body.js';
import type { Block, Quote } from '../model.js';
import { PRONOUNS } from '../rules/speech.js';
import {
  attributionAfter,
  attributionBefore,
  attributionColon,
  attributionIntroducing,
  attributionPreviousSentence,
  maskQuotes,
  paragraphSignature,
  speakerLabel,
  type Attribution,
} from './attribution.js';
import { blockQuote } from './blockquote.js';
import { readsAsEnglish } from './language.js';
import { isNamed, isSentenceOpenerOnly, paragraphMentions, resolvePronoun, speakerKind, type Mention } from './mentions.js';
import { headOf, sentenceSubject } from './phrases.js';
import { sentenceStart } from './sentences.js';
import { findSpans, startsWithQuote } from './spans.js';
import { isScareQuote, isTitleOfWork } from './titles.js';

/** Fewest words for an unattributed quoted phrase to be reported (fewer: a scare quote). */
const MIN_UNATTRIBUTED_WORDS = 3;

/** Give a partial quote without a speech verb its sentence's named subject as speaker. */
const SUBJECT_FALLBACK = true;

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** A partial quote is a phrase inside a sentence, not a sentence of its own. */
function isPartial(before: string, quote: string): boolean {
  const lead = before.replace(/\s+$/, '');
  const opensSentence = lead === '' || /[.!?:]$/.test(lead) || /[.!?]["”’]$/.test(lead) || (/,$/.test(lead) && /\b(?:said|says|told|added|wrote|asked|saying)[^.]*,$/i.test(lead));
  return !opensSentence || /^\p{Ll}/u.test(quote);
}

export function detectQuotes(blocks: readonly Block[]): Quote[] {
  const quotes: Quote[] = [];
  const layout = bodyLayout(blocks);
  const recent: Mention[] = [];
  // Attribution rules are English: other languages get their quote spans, signatures and labels only.
  const english = readsAsEnglish(layout.text);
  let carry: Quote | null = null;
  let prevText = '';

  blocks.forEach((block, b) => {
    if ((block.kind !== 'paragraph' && block.kind !== 'quote' && block.kind !== 'list') || layout.starts[b]! < 0) {
      carry = null;
      prevText = '';
      return;
    }
    const text = block.text;
    const spans = findSpans(text);
    if (block.kind === 'quote' && spans.length === 0) {
      const bq = blockQuote(text, english ? prevText : '');
      if (bq) {
        const speakerText = bq.attribution.speakerText;
        const at = layout.starts[b]! + bq.start;
        const quote: Quote = {
          text: text.slice(bq.start, bq.end),
          speaker: headOf(speakerText),
          speakerText,
          cue: bq.attribution.cue,
          paragraph: layout.paragraphs[b]!,
          start: at,
          end: at + (bq.end - bq.start),
          partial: false,
        };
        quotes.push(quote);
        recent.push({ name: quote.speaker!, kind: speakerKind(quote.speaker!, layout.text), at });
      }
      carry = null;
      prevText = text;
      return;
    }
    // Quotes left open run to the end of the paragraph: masking them would hide everything after.
    const masked = maskQuotes(text, spans.filter((sp) => !sp.open && !sp.nested));
    if (english) recent.push(...paragraphMentions(masked, layout.starts[b]!, layout.text));
    // A quote left open at the end of the previous block continues here when this block opens with a mark.
    const continued: Quote | null = carry !== null && startsWithQuote(text) ? carry : null;
    const introduced = english && spans[0] && spans[0].outerStart <= 1 ? attributionIntroducing(prevText) : null;
    const signature = paragraphSignature(text);
    carry = null;
    let lastInParagraph: Quote | null = null;
    spans.forEach((span, k) => {
      let inner = text.slice(span.start, span.end).replace(/[\s,]+$/, '');
      let start = span.start;
      const label = speakerLabel(inner);
      if (label) {
        inner = inner.slice(label.skip);
        start += label.skip;
      }
      if (wordCount(inner) === 0) return;
      // "(CROSSTALK.)", "[inaudible]": a stage direction, not words anyone said.
      if (/^[([][^()[\]]*[)\]]\.?$/.test(inner.trim())) return;
      if (!label && isScareQuote(text.slice(0, span.outerStart))) return;
      if (!label && isTitleOfWork(inner, text.slice(0, span.outerStart), text.slice(span.outerEnd))) return;

      let attr: Attribution | null = label ? { speakerText: label.speakerText, cue: ':', side: 'label' } : null;
      if (english) {
        attr ??= attributionAfter(masked, span.outerEnd, inner);
        attr ??= attributionBefore(masked, span.outerStart);
      }
      attr ??= signature;
      if (english) attr ??= attributionColon(masked, span.outerStart);
      if (!attr && k === 0 && introduced) attr = introduced;
      const partial = isPartial(text.slice(0, span.outerStart), inner);
      if (!attr && partial && english && SUBJECT_FALLBACK) {
        // “strong leader” in "Trump openly admires Putin as a “strong leader”": the sentence's subject.
        const subj = sentenceSubject(masked.slice(sentenceStart(masked, span.outerStart), span.outerStart));
        const named = subj && isNamed(subj) && !isSentenceOpenerOnly(subj, layout.text);
        if (subj && (named || /^(?:he|she|it|they)$/i.test(subj))) attr = { speakerText: subj, cue: null, side: 'before' };
      }
      let inherited: Quote | null = null;
      if (!attr && !span.nested) inherited = lastInParagraph?.speakerText ? lastInParagraph : k === 0 && continued?.speakerText ? continued : null;
      if (!attr && !inherited && !partial && english) attr = attributionPreviousSentence(masked, span.outerStart);

      const speakerText = attr?.speakerText ?? inherited?.speakerText ?? null;
      const cue = attr?.cue ?? inherited?.cue ?? null;
      if (!speakerText && wordCount(inner) < MIN_UNATTRIBUTED_WORDS) return;

      let speaker: string | null = null;
      const at = layout.starts[b]! + start;
      if (inherited) speaker = inherited.speaker;
      else if (speakerText) speaker = PRONOUNS.has(speakerText.toLowerCase()) ? resolvePronoun(speakerText, at, recent) : headOf(speakerText);
      if (speaker && !PRONOUNS.has(speaker.toLowerCase())) recent.push({ name: speaker, kind: speakerKind(speaker, layout.text), at });

      const quote: Quote = {
        text: inner,
        speaker,
        speakerText,
        cue,
        paragraph: layout.paragraphs[b]!,
        start: at,
        end: at + inner.length,
        partial,
      };
      quotes.push(quote);
      if (!span.nested) lastInParagraph = quote;
      if (span.open) carry = quote;
    });
    prevText = text;
  });
  return quotes.sort((a, b) => a.start - b.start);
}
