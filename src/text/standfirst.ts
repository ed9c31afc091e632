/**
 * The standfirst (the lead paragraph a news site sets in bold under the headline) is often
 * printed in the header's block of lines: packed with the headline, the byline and the date, or
 * above the picture's caption and credit. Packed, it reads as a teaser line and the region starts
 * under it. The nearest paragraph above the region that ends like a sentence joins the article
 * when only date lines, picture credits and captions stand between them. A dek between the
 * headline and the byline stays out (as the lead logic in parse.ts: a standfirst over the byline
 * is the headline's, news benchmarks leave it out of the body).
 */
import type { Classified } from './classify.js';
import type { UnitStats } from './stats.js';

/** Units above the region searched for the standfirst. */
const STANDFIRST_SPAN = 5;
/** Fewest words of a standfirst (as GOOD_MIN_WORDS: a sentence, not a kicker). */
const STANDFIRST_MIN_WORDS = 10;
/** Longest short line (words) passed over as a picture caption or a placeholder ("Loading…"). */
const CAPTION_MAX_WORDS = 8;
/** Rule ids of picture credits and captions between the standfirst and the article. */
const PICTURE_RULES: ReadonlySet<string> = new Set(['caption-credit', 'caption-credit-multilingual', 'image-credit', 'image-credit-multilingual', 'copyright', 'caption-agency']);

/** @param bylineLine per unit: a byline. @returns the standfirst's index, or -1. */
export function standfirstAbove(classes: readonly Classified[], stats: readonly UnitStats[], bylineLine: readonly boolean[], regionStart: number): number {
  for (let i = regionStart - 1; i >= Math.max(0, regionStart - STANDFIRST_SPAN); i--) {
    const c = classes[i]!;
    const s = stats[i]!;
    if (bylineLine[i]) return -1;
    if (c.cls === 'good' || (c.cls === 'near' && c.why === 'stat:packed-lines')) return s.terminal && s.words >= STANDFIRST_MIN_WORDS ? i : -1;
    const passed = s.date || (c.rule !== null && PICTURE_RULES.has(c.rule.id)) || (c.cls === 'bad' && !c.rule) || (c.cls === 'short' && !s.terminal && s.words <= CAPTION_MAX_WORDS);
    if (!passed) return -1;
  }
  return -1;
}
