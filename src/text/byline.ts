/**
 * Text path: is this line a byline, and how sure is that?
 *   'prefixed'    "By A and B", "Von A", "Author: A" (also with a date: "By A - 11/19/19 06:56 AM EST")
 *   'listed'      "A, B and C", "A, CNN", "A | March 7, 2023", "Chris Davies - Nov 19, 2019, 10:31 pm CST"
 *   'single-name' a lone "First Last" (a byline only between the headline and the prose)
 * Picture credits ("Doug Mills/The New York Times", "Photo: A, AP") are not bylines.
 */
import { isOutletOrTitle, looksLikeName, splitAuthors, splitNames, stripBylineNoise, tidyName } from '../metadata/authors.js';
import { parseDate } from '../metadata/date.js';
import { BYLINE_PREFIXES, CREDIT_LINE, CREDIT_SLASH, DATE_LINE_PREFIX } from '../rules/byline.js';
import { wordCount } from './stats.js';

export type BylineKind = 'prefixed' | 'listed' | 'single-name';
/** The older two-way answer, kept for callers that only ask "byline or not". */
export type BylineMatch = 'byline' | 'single-name' | null;

/** "by" after a date, time or "Posted" at the start of the line. */
const MID_BY = /^(.*?)\bby:?\s+(?=\p{Lu})/iu;
/** "11/19/2019", "5:45": a numeric date or a time. */
const NUMERIC_DATE_OR_TIME = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b/;
/** Longest byline line (characters). */
const MAX_BYLINE_CHARS = 250;
/** Words of a person's name in a bare list. */
const NAME_MIN_WORDS = 2;
const NAME_MAX_WORDS = 4;
/** Words that never appear capitalised inside a person's name, only in Title Case headlines. */
const HEADLINE_WORDS = /^(?:the|a|an|of|to|in|for|on|with|at|from|as|is|are|was|were|be|by|after|over|into|how|why|what|who|when|new|not|no|its|it|this|that|his|her|their|says?|said|will|can|more|amid|vs\.?|about|most|top|latest|related|popular|read|share|follow|sign|log|menu|home|news)$/i;

/**
 * The byline part of a line that opens with a date or "Posted": "5:45 AM PST 11/19/2019 by
 * Patrick Shanley" -> "by Patrick Shanley", "Posted by A on November 19, 2019" -> "by A on ...".
 * Other lines come back as they are.
 */
export function bylineText(text: string): string {
  const s = text.replace(/\s+/g, ' ').trim();
  const m = MID_BY.exec(s);
  if (!m || !m[1]!.trim()) return s;
  const head = m[1]!.trim();
  const datedHead = parseDate(head) !== null || NUMERIC_DATE_OR_TIME.test(head) || /^(?:posted|written|published|reported|story|words|analysis|commentary|opinion|review|interview|column|text)$/i.test(head);
  return datedHead ? s.slice(m[1]!.length) : s;
}

export function bylineKind(text: string): BylineKind | null {
  const s = bylineText(text);
  if (!s || s.length > MAX_BYLINE_CHARS) return null;
  if (CREDIT_LINE.test(text.trim()) || CREDIT_LINE.test(s)) return null;
  if (BYLINE_PREFIXES.some((p) => p.pattern.test(s))) return splitAuthors(s).length > 0 ? 'prefixed' : null;
  // "Published Wed, Nov 20 2019 4:29 AM EST": a date line, even when its words are capitalised.
  if (DATE_LINE_PREFIX.test(s)) return null;
  if (CREDIT_SLASH.test(s)) return null;
  // A sentence is not a byline (an initial or "Jr." may end one, and so may a date line's time).
  if (/[.!?]$/.test(s.replace(/\b(?:Jr|Sr|[A-Z])\.$/, '')) && !parseDate(s)) return null;
  // A bare list: every part is a name, an outlet/title or a date, and there is a name.
  const cleaned = stripBylineNoise(s);
  const parts = splitNames(cleaned).map(tidyName).filter(Boolean);
  if (parts.length === 0) return null;
  let names = 0;
  for (const [k, p] of parts.entries()) {
    const words = wordCount(p);
    if (looksLikeName(p) && !p.split(/\s+/).some((w) => HEADLINE_WORDS.test(w))) {
      // One word after a name is the outlet ("Victor Tangermann, Futurism").
      if (words === 1 && k > 0 && names > 0) continue;
      if (words < NAME_MIN_WORDS || words > NAME_MAX_WORDS) return null;
      names++;
    } else if (!isOutletOrTitle(p) && !parseDate(p)) {
      return null;
    }
  }
  if (names === 0) return null;
  // One bare name with nothing else is only a byline if it carried an outlet, date or separator.
  if (names === 1 && parts.length === 1 && cleaned.replace(/[\s,]/g, '') === s.replace(/\s/g, '')) {
    // An all-capitals pair of words alone is a section label ("KEY POINTS"), not a name.
    // So is a quoted title ("“Wild Rose”") or one glued word ("LinkNaija").
    return /\p{Ll}/u.test(s) && !/^["'“‘«]/u.test(s) && s.split(/\s+/).length >= 2 ? 'single-name' : null;
  }
  return 'listed';
}

export function bylineOf(text: string): BylineMatch {
  const kind = bylineKind(text);
  return kind === null ? null : kind === 'single-name' ? 'single-name' : 'byline';
}
