/**
 * Lines above an article that look like a headline by length but are something else. Each entry
 * lowers a headline candidate's score (text/title.ts) by `cost`; ids show in --explain.
 */

import { CREDIT_SLASH } from './byline.js';

export interface TitlePenalty {
  id: string;
  pattern: RegExp;
  cost: number;
  reason: string;
}

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
    id: 'photo-credit',
    pattern: /\b(?:getty images|ap photo|afp|reuters|shutterstock|istock|photograph|photo(?:s|graph)?:|image:|credit:|picture:|©|\(c\))|\/(?:ap|afp|reuters|getty)\b/i,
    cost: 1.2,
    reason: 'Caption and picture credit lines above the article.',
  },
  {
    id: 'credit-slash',
    pattern: CREDIT_SLASH,
    cost: 1.2,
    reason: 'A photographer\'s credit "Name/Outlet" under a picture.',
  },
  {
    id: 'share-or-nav',
    pattern: /\b(?:share|tweet|e-?mail|print|copy link|comments?|subscribe|sign (?:in|up)|log ?in|menu|search|home|back to|browse|newsletter|follow)\b/i,
    cost: 0.6,
    reason: 'Share bars, navigation and account links.',
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
];
