/**
 * A block quotation (HTML <blockquote>) without quote marks is itself a quote. Its speaker is a
 * signature line at its end ("— Jane Roe (@jroe) May 3, 2024") or the paragraph before it when
 * that ends "X said:" / "X wrote:". Without either it is not reported: unattributed block
 * quotations are as often summary boxes, notes and pull quotes as someone's words.
 */
import { attributionIntroducing, type Attribution } from './attribution.js';

/** Fewest words for a block quotation to be reported as a quote. */
const MIN_BLOCK_QUOTE_WORDS = 4;
/** Most words in a signature line. */
const MAX_SIGNATURE_WORDS = 14;

export interface BlockQuote {
  /** Offsets of the quoted words in the block's text. */
  start: number;
  end: number;
  attribution: Attribution;
}

const SIGNATURE = /(?:^|\n|\s)[—―–]{1,2}\s*([^\n—―]+)$/u;

export function blockQuote(text: string, prevText: string): BlockQuote | null {
  let end = text.replace(/\s+$/, '').length;
  let attribution: Attribution | null = null;
  const sig = SIGNATURE.exec(text.slice(0, end));
  if (sig && sig[1]!.split(/\s+/).length <= MAX_SIGNATURE_WORDS) {
    // "Jane Roe (@jroe) May 3, 2024" -> "Jane Roe"
    const name = sig[1]!.split(/\s*[(,]/)[0]!.trim();
    if (/^\p{Lu}/u.test(name)) {
      attribution = { speakerText: name, cue: '—', side: 'signature' };
      end = sig.index;
    }
  }
  const start = text.length - text.trimStart().length;
  const inner = text.slice(start, end).replace(/\s+$/, '');
  if ((inner.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_BLOCK_QUOTE_WORDS) return null;
  attribution ??= attributionIntroducing(prevText);
  // Unattributed block quotations are as often summaries, notes and pull quotes as speech.
  if (!attribution) return null;
  return { start, end: start + inner.length, attribution };
}
