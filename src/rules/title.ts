/**
 * Lines above an article that look like a headline by length but are something else. Each entry
 * lowers a headline candidate's score (text/title.ts) by `cost`; ids show in --explain.
 */

import { CREDIT_SLASH } from './byline.js';

export interface TitlePenalty {
  id: string;
  pattern: RegExp;
  cost: number;
  /** Applies only to lines of at most this many words (a menu item is short; "Home Depot sales miss" is not). */
  maxWords?: number;
  reason: string;
}

/** Longest picture credit (words): "Name Surname/The Valley Times"; a longer line with a slash is a headline ("A/B merger ..."). */
export const CREDIT_MAX_WORDS = 8;
/** Longest line (words) the navigation-word penalty applies to: nav and share items are a few words. */
export const NAV_LINE_MAX_WORDS = 4;

export const TITLE_PENALTIES: readonly TitlePenalty[] = [
  {
    id: 'sentence-end',
    pattern: /[.!]["'”’)]*$/u,
    cost: 0.5,
    reason: 'Headlines rarely end with a period; a line that does is usually the standfirst or a caption.',
  },
  {
    id: 'several-sentences',
    pattern: /[.!?]["'”’]?\s+\p{Lu}.*[.!?]["'”’]?$/u,
    cost: 0.8,
    reason: 'Two sentences or more: a standfirst, teaser or caption, not a headline.',
  },
  {
    id: 'reported-speech',
    pattern: /\b(?:said|told|according to)\b/i,
    cost: 0.5,
    reason: 'Headlines report speech in the present ("exec says"); "said", "told", "according to" belong to the standfirst or the first paragraph.',
  },
  {
    id: 'photo-credit',
    pattern: /\b(?:getty images|ap photo|afp|reuters|shutterstock|istock|photograph|photo(?:s|graph)?:|image:|credit:|picture:|©|\(c\))|\/(?:ap|afp|reuters|getty)\b/i,
    cost: 1.2,
    reason: 'Caption and picture credit lines above the article.',
  },
  {
    id: 'caption-label',
    pattern: /^(?:[Mm]edia |[Ii]mage |[Pp]hoto |[Vv]ideo )?[Cc]aption(?!\p{Ll})/u,
    cost: 1.2,
    reason: 'A caption printed with its label ("Media caption: Who is ...?"): the caption of a video or picture.',
  },
  {
    id: 'credit-slash',
    pattern: CREDIT_SLASH,
    cost: 1.2,
    maxWords: CREDIT_MAX_WORDS,
    reason: 'A photographer\'s credit "Name/Outlet" under a picture.',
  },
  {
    id: 'share-or-nav',
    pattern: /\b(?:share|tweet|e-?mail|print|copy link|comments?|subscribe|sign (?:in|up)|log ?in|menu|search|home|back to|browse|newsletter|follow)\b/i,
    cost: 0.6,
    maxWords: NAV_LINE_MAX_WORDS,
    reason: 'Share bars, navigation and account links: short lines; in a longer line these are ordinary words ("Home Depot sales miss", "Search for survivors").',
  },
  {
    id: 'dateline-or-time',
    pattern: /\b\d{1,2}:\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b(?:updated|published|posted)\b/i,
    cost: 0.8,
    reason: 'Times, numeric dates and "Updated" markers belong to date lines.',
  },
  {
    id: 'all-caps',
    pattern: /^[^\p{Ll}]*\p{Lu}{3,}[^\p{Ll}]*$/u,
    cost: 0.5,
    reason: 'An all-capitals line is a section label, kicker or menu item more often than a headline.',
  },
  {
    id: 'breadcrumb',
    pattern: /\s[»>›/|]\s|^[»>›]|\s[»>›]$/u,
    cost: 0.6,
    reason: 'Breadcrumbs and "Section | Site" lines.',
  },
  {
    id: 'breadcrumb-trail',
    pattern: /(?:\s[»>›/]\s.*){2,}/u,
    cost: 0.6,
    reason: 'Two separators or more ("Blog > Health > Tips"): a breadcrumb trail for sure, on top of the breadcrumb cost.',
  },
];

/** Whether penalty `p` applies to `text` (its pattern matches and the line is short enough). */
export function penaltyApplies(p: TitlePenalty, text: string): boolean {
  if (p.maxWords !== undefined && text.trim().split(/\s+/).length > p.maxWords) return false;
  return p.pattern.test(text);
}
