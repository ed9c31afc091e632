/**
 * Phrases with which a paragraph announces what the page prints under it ("Our picks are listed
 * below.", "Here are the results.", "Voici les horaires."): a buying guide's product boxes, a
 * schedule, a table. Used by the text path (text/repeated-blocks.ts) on the last sentence of the
 * article's last paragraph: the structured blocks under such a sentence are the article's even
 * past a heading a boilerplate rule reads as a related-articles list ("Don't miss", "Top picks").
 *
 * Each entry is one language's phrases, matched as whole words, case-insensitive, anywhere in
 * the sentence.
 */
import { escapePhrase, longestFirst, wordList as list } from './regex.js';

export interface AnnouncementLanguage {
  /** ISO 639-1 code. */
  id: string;
  reason: string;
  phrases: readonly string[];
}

export const ANNOUNCEMENT_LANGUAGES: readonly AnnouncementLanguage[] = [
  {
    id: 'en',
    reason: 'English: "… listed below", "here are …", "the following …", "as follows".',
    phrases: list('below|the following|as follows|here are|here is|here’s|here\'s'),
  },
  {
    id: 'de',
    reason: 'German: "… finden Sie unten", "im Folgenden", "folgende", "hier sind …", "nachfolgend".',
    phrases: list('unten|im Folgenden|folgende|folgenden|nachfolgend|nachfolgenden|hier sind|hier ist'),
  },
  {
    id: 'fr',
    reason: 'French: "ci-dessous", "voici …", "suivants", "les voici".',
    phrases: list('ci-dessous|voici|suivants|suivantes|ci-après'),
  },
  {
    id: 'es',
    reason: 'Spanish: "a continuación", "abajo", "aquí están", "los siguientes".',
    phrases: list('a continuación|abajo|aquí están|aquí tienes|aquí tiene|siguientes'),
  },
  {
    id: 'it',
    reason: 'Italian: "di seguito", "qui sotto", "ecco …", "seguenti".',
    phrases: list('di seguito|qui sotto|qui di seguito|ecco|seguenti'),
  },
  {
    id: 'pt',
    reason: 'Portuguese: "abaixo", "a seguir", "confira", "seguintes".',
    phrases: list('abaixo|a seguir|confira|seguintes'),
  },
  {
    id: 'nl',
    reason: 'Dutch: "hieronder", "de volgende", "hier zijn".',
    phrases: list('hieronder|de volgende|hier zijn|als volgt'),
  },
  {
    id: 'pl',
    reason: 'Polish: "poniżej", "oto", "następujące".',
    phrases: list('poniżej|oto|następujące|następujących'),
  },
];

/** One pattern over every language's phrases, as whole words. */
const ANNOUNCEMENT = new RegExp(`(?<![\\p{L}\\p{N}])(?:${longestFirst(ANNOUNCEMENT_LANGUAGES.flatMap((l) => l.phrases), escapePhrase)})(?![\\p{L}\\p{N}])`, 'iu');

/** The sentence announces what is printed under it. */
export function announcesBelow(sentence: string): boolean {
  return ANNOUNCEMENT.test(sentence);
}
