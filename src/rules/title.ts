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

/** Longest line (words) a section label ("Latest Sports", "Top Stories") has. */
export const SECTION_LABEL_MAX_WORDS = 3;
/** Longest line (words) taken for a site label ("AS - site.example.com"). */
export const SITE_LABEL_MAX_WORDS = 6;

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
    id: 'call-to-action',
    pattern: /^(?:click|tap|download|subscribe|sign up|join us|join now|buy|shop now|order now|register now|try (?:it|now|something|our|the new)|get (?:your|our|the app|it now)|baixe|baixar|clique|assine|inscreva-se|descarga|descargue|haz clic|suscr[ií]bete|t[ée]l[ée]chargez|cliquez|abonnez-vous|inscrivez-vous|jetzt|laden sie|klicken sie|abonnieren sie|scarica|clicca|iscriviti|abbonati|pobierz|kliknij|zapisz si[ęe]|download nu|klik)\b/iu,
    cost: 1.2,
    reason: 'A call to action ("Click here to ...", "Download the e-book ...", "Baixe agora ...") in several languages: a promotion box, not the headline.',
  },
  {
    id: 'emoji',
    pattern: /(?![©®™])\p{Extended_Pictographic}/u,
    cost: 0.5,
    reason: 'Emoji belong to promotions, social posts and comment teasers; news headlines rarely carry them (©, ® and ™ are not counted).',
  },
  {
    id: 'section-label',
    pattern: /^(?:latest|breaking|top|more|trending|featured|popular|recent|related|editor'?s'? picks?|must read|most (?:read|popular|viewed|shared))\b(?!\s*[:—–-]\s)/i,
    cost: 0.6,
    maxWords: SECTION_LABEL_MAX_WORDS,
    reason: 'A section or list label ("Latest Sports", "Breaking News", "Top Stories"); a kicker followed by a colon ("Breaking: ...") is not one, and a longer line is a headline ("Top court rules on ferry fares").',
  },
  {
    id: 'site-label',
    pattern: /(?:^|\s)(?:https?:\/\/|www\.)\S+|(?:^|\s)[-–—|•·]\s+[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$/u,
    cost: 0.8,
    maxWords: SITE_LABEL_MAX_WORDS,
    reason: 'A site name with its address ("AB - www.site.example", "News | site.example"): the site\'s label, not the article\'s headline.',
  },
  {
    id: 'breadcrumb-trail',
    pattern: /(?:\s[»>›/]\s.*){2,}/u,
    cost: 0.6,
    reason: 'Two separators or more ("Blog > Health > Tips"): a breadcrumb trail for sure, on top of the breadcrumb cost.',
  },
];

/**
 * Penalties for a line's shape only (a sentence, reported speech): such a line may still be the
 * headline over a standfirst. The others say what the line is instead (a caption, a share item,
 * a promotion, a label).
 */
export const SHAPE_PENALTIES: ReadonlySet<string> = new Set(['sentence-end', 'several-sentences', 'reported-speech']);

/** Whether penalty `p` applies to `text` (its pattern matches and the line is short enough). */
export function penaltyApplies(p: TitlePenalty, text: string): boolean {
  if (p.maxWords !== undefined && text.trim().split(/\s+/).length > p.maxWords) return false;
  return p.pattern.test(text);
}
