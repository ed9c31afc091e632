/**
 * Stage 7: direct quotes and who said them.
 *   1. find quote spans in each body block (a quote left open continues in the next block)
 *   2. attribute each: after the quote, before it in its sentence, or the quote it continues
 *   3. drop scare quotes and titles (short, unattributed)
 *   4. resolve pronoun speakers to the most recent fitting named speaker
 */
import { bodyLayout } from '../body.js';
import type { Block, Quote } from '../model.js';
import { PRONOUNS } from '../rules/speech.js';
import { attributionAfter, attributionBefore, type Attribution } from './attribution.js';
import { findSpans, startsWithQuote } from './spans.js';

/** Fewest words for an unattributed quoted phrase to be reported (fewer: a scare quote or title). */
const MIN_UNATTRIBUTED_WORDS = 4;
/** Fewest words for any quote. */
const MIN_QUOTE_WORDS = 1;


const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w) || /^(?:a|an|the|of|and|or|in|on|to|for|at|by|with)$/.test(w));
}

/** A partial quote is a phrase inside a sentence, not a sentence of its own. */
function isPartial(text: string, before: string, quote: string): boolean {
  const lead = before.replace(/\s+$/, '');
  const opensSentence = lead === '' || /[.!?:]$/.test(lead) || /[,:]$/.test(lead) && /\b(?:said|says|told|added|wrote|asked)[^.]*[,:]$/i.test(lead);
  return !opensSentence || /^\p{Ll}/u.test(quote);
}

type Kind = 'person' | 'plural' | 'thing' | 'self';

function speakerKind(np: string): Kind {
  const last = np.split(/\s+/).pop() ?? '';
  if (/^(?:the|a|an)\s/i.test(np) && /s$/i.test(last) && !/(?:ss|us|is)$/i.test(last)) return 'plural';
  if (/^(?:the|a|an)\s/i.test(np)) return 'thing';
  return 'person';
}

export function detectQuotes(blocks: readonly Block[]): Quote[] {
  const quotes: Quote[] = [];
  const layout = bodyLayout(blocks);
  const recent: Array<{ name: string; kind: Kind }> = [];
  let carry: { quote: Quote } | null = null;

  const resolve = (written: string): string => {
    const kind = PRONOUNS.get(written.toLowerCase());
    if (!kind) return written;
    const fit = [...recent].reverse().find((r) => (kind === 'person' ? r.kind === 'person' : kind === 'plural' ? r.kind === 'plural' : kind === 'thing' ? r.kind === 'thing' : false));
    return fit?.name ?? written;
  };

  blocks.forEach((block, b) => {
    if ((block.kind !== 'paragraph' && block.kind !== 'quote' && block.kind !== 'list') || layout.starts[b]! < 0) {
      carry = null;
      return;
    }
    const text = block.text;
    const spans = findSpans(text);
    // A quote left open at the end of the previous block continues here when this block opens with a mark.
    const continued = carry !== null && startsWithQuote(text) ? carry : null;
    carry = null;
    let lastInParagraph: Quote | null = null;
    spans.forEach((span, k) => {
      const inner = text.slice(span.start, span.end).replace(/[\s,]+$/, '');
      if (wordCount(inner) < MIN_QUOTE_WORDS) return;
      let attr: Attribution | null = attributionAfter(text.slice(span.outerEnd));
      if (!attr && !span.open) {
        // “…,” X said, “…”: the second quote shares the attribution between them.
        const prev = spans[k - 1];
        if (prev) {
          const between = text.slice(prev.outerEnd, span.outerStart);
          const shared = attributionAfter(between);
          if (shared && !/[.!?]\s*$/.test(between.trim().replace(/[,:]$/, ''))) attr = shared;
        }
      }
      attr ??= attributionBefore(text.slice(0, span.outerStart));
      if (!attr && k > 0 && lastInParagraph?.speakerText) {
        // “…” that X “…”: a later quote in the same sentence keeps the earlier quote's speaker.
        const between = text.slice(spans[k - 1]!.outerEnd, span.outerStart);
        if (!/[.!?]\s/.test(between) && lastInParagraph.cue) attr = { speakerText: lastInParagraph.speakerText, cue: lastInParagraph.cue, side: 'before' };
      }
      let speakerText = attr?.speakerText ?? null;
      let cue = attr?.cue ?? null;
      if (!attr && k === 0 && continued) {
        speakerText = continued.quote.speakerText;
        cue = continued.quote.cue;
      }
      const partial = isPartial(text, text.slice(0, span.outerStart), inner);
      if (!speakerText && (wordCount(inner) < MIN_UNATTRIBUTED_WORDS || isTitleCase(inner))) return;
      const speaker = k === 0 && continued && !attr ? continued.quote.speaker : speakerText ? resolve(speakerText) : null;
      if (speakerText && !PRONOUNS.has(speakerText.toLowerCase())) recent.push({ name: speakerText, kind: speakerKind(speakerText) });
      const start = layout.starts[b]! + span.start;
      const quote: Quote = {
        text: inner,
        speaker,
        speakerText,
        cue,
        paragraph: layout.paragraphs[b]!,
        start,
        end: start + inner.length,
        partial,
      };
      quotes.push(quote);
      lastInParagraph = quote;
      if (span.open) carry = { quote };
    });
  });
  return quotes;
}
