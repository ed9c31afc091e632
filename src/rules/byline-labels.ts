/**
 * The words that introduce an author's name, one table per language: "By", "Von", "Par",
 * "Autor:", "Text:"… Used by the shared name cleaning (src/metadata/authors.ts) and by the HTML
 * path to find labelled bylines in the page (src/html/byline.ts). Each entry has an id and the
 * reason it exists.
 *
 * - `lead`: words written straight before the names, with or without a colon ("Von Max Muster",
 *   "Posted by Ann Lee").
 * - `label`: words that name the field and need a colon, or stand in an element of their own
 *   ("Autor: Max Muster", "<b>Text:</b> Max Muster", "<h4>Autor</h4><p>Max Muster</p>").
 *   Without either they are ordinary words ("Text", "Interview").
 * Matching ignores case; a space in an entry matches any run of spaces.
 */
import { escapePhrase, longestFirst } from './regex.js';

export interface BylineLabelSet {
  id: string;
  lang: string;
  lead: readonly string[];
  label: readonly string[];
  reason: string;
}

export const BYLINE_LABELS: readonly BylineLabelSet[] = [
  {
    id: 'labels-en',
    lang: 'en',
    lead: ['by', 'written by', 'posted by', 'published by', 'reported by', 'words by', 'text by', 'story by', 'article by', 'interview by', 'recipe by', 'guest post by', 'a guest post by'],
    label: ['author', 'authors', 'writer', 'written', 'words', 'text', 'interview', 'reporter', 'reporting'],
    reason: 'English bylines: "By A", "Posted by A", "Author: A", "Words: A".',
  },
  {
    id: 'labels-de',
    lang: 'de',
    lead: ['von', 'verfasst von', 'geschrieben von', 'veröffentlicht von', 'eingestellt von', 'gepostet von', 'erstellt von', 'ein beitrag von', 'beitrag von', 'blog beitrag von', 'blogbeitrag von', 'gastbeitrag von', 'ein gastbeitrag von', 'rezept von', 'ein interview von', 'interview von', 'kommentar von', 'eine kolumne von', 'kolumne von'],
    label: ['autor', 'autorin', 'autoren', 'autorinnen', 'verfasser', 'verfasserin', 'text', 'texte', 'interview', 'redakteur', 'redakteurin'],
    reason: 'German bylines: "Von A", "Veröffentlicht von A", "Eingestellt von A" (Blogger), "Rezept von A", "Autorin: A", "Text: A".',
  },
  {
    id: 'labels-fr',
    lang: 'fr',
    lead: ['par', 'écrit par', 'publié par', 'rédigé par', 'propos recueillis par', 'un article de', 'une tribune de'],
    label: ['auteur', 'auteure', 'autrice', 'auteurs', 'texte', 'rédaction', 'entretien'],
    reason: 'French bylines: "Par A", "Publié par A", "Auteur : A" (French sets a space before the colon).',
  },
  {
    id: 'labels-es',
    lang: 'es',
    lead: ['por', 'escrito por', 'publicado por', 'redactado por', 'entrevista de'],
    label: ['autor', 'autora', 'autores', 'texto', 'redacción'],
    reason: 'Spanish bylines: "Por A", "Publicado por A", "Autor: A".',
  },
  {
    id: 'labels-it',
    lang: 'it',
    lead: ['di', 'scritto da', 'pubblicato da', 'a cura di', 'articolo di', 'intervista di'],
    label: ['autore', 'autrice', 'autori', 'testo', 'testi'],
    reason: 'Italian bylines: "di A", "Scritto da A", "A cura di A", "Autore: A".',
  },
  {
    id: 'labels-pt',
    lang: 'pt',
    lead: ['por', 'escrito por', 'publicado por'],
    label: ['autor', 'autora', 'autores', 'texto', 'redação'],
    reason: 'Portuguese bylines: "Por A", "Publicado por A", "Autora: A".',
  },
  {
    id: 'labels-nl',
    lang: 'nl',
    lead: ['door', 'geschreven door', 'gepubliceerd door', 'geplaatst door'],
    label: ['auteur', 'auteurs', 'tekst', 'schrijver'],
    reason: 'Dutch bylines: "Door A", "Geschreven door A", "Auteur: A".',
  },
  {
    id: 'labels-pl',
    lang: 'pl',
    lead: ['przez', 'napisał', 'napisała', 'opublikował', 'opublikowała', 'dodał', 'dodała'],
    label: ['autor', 'autorka', 'autorzy', 'tekst', 'redakcja'],
    reason: 'Polish bylines: "Napisał A", "Autor: A", "Tekst: A".',
  },
];

/** Longest first, so "written by" is tried before "by". */
const alternation = (words: readonly string[]) => longestFirst(words, escapePhrase);

const LEAD_WORDS = alternation(BYLINE_LABELS.flatMap((l) => l.lead));
const LABEL_WORDS = alternation(BYLINE_LABELS.flatMap((l) => l.label));

/** A byline label at the start of a text, with its colon and spaces ("Von ", "Autorin: "). */
export const LEADING_BYLINE_LABEL = new RegExp(`^(?:(?:${LEAD_WORDS})(?:\\s*:\\s*|\\s+)|(?:${LABEL_WORDS})\\s*:\\s*)`, 'iu');

/** A text that is a byline label and nothing else ("Autor", "Von:", "Text:"), as its own element. */
export const BYLINE_LABEL_ALONE = new RegExp(`^(?:${LEAD_WORDS}|${LABEL_WORDS})\\s*:?$`, 'iu');

/**
 * A byline label inside a text, after a separator or a date, followed by a capitalised word:
 * "Posted on March 3, 2021 by Ann Lee", "yas! | By Ann Lee". The names start at the end of
 * the match.
 */
export const INNER_BYLINE_LABEL = new RegExp(`(?:^|[\\s|•·])(?:(?:${LEAD_WORDS})(?:\\s*:\\s*|\\s+)|(?:${LABEL_WORDS})\\s*:\\s*)(?=\\p{Lu})`, 'iu');

/**
 * Words joining two credited people in an interview byline ("A im Gespräch mit B"), per
 * language: both are credited, as with "and".
 */
export const CONVERSATION_JOINERS: Readonly<Record<string, readonly string[]>> = {
  en: ['in conversation with', 'in discussion with', 'interviewed by', 'talks to', 'talks with'],
  de: ['im gespräch mit', 'im interview mit', 'interviewt von', 'spricht mit'],
  fr: ['en conversation avec', 'en entretien avec', 'interviewé par', 'interviewée par'],
  es: ['en conversación con', 'entrevistado por', 'entrevistada por'],
  it: ['in conversazione con', 'intervistato da', 'intervistata da'],
  pt: ['em conversa com', 'entrevistado por', 'entrevistada por'],
  nl: ['in gesprek met', 'geïnterviewd door'],
  pl: ['w rozmowie z', 'rozmawia z'],
};

/** CONVERSATION_JOINERS as one pattern between names (spaces around it). */
export const CONVERSATION_JOINER = new RegExp(`\\s(?:${alternation(Object.values(CONVERSATION_JOINERS).flat())})\\s`, 'iu');

/**
 * Field labels of a book's or a product's data sheet, per language: an "Autor:" beside "Verlag:"
 * or "ISBN:" credits the book's author in a review, not the page's.
 */
export const DATA_SHEET_FIELDS: Readonly<Record<string, readonly string[]>> = {
  en: ['publisher', 'pages', 'isbn', 'illustrator', 'illustrations', 'translator', 'translated by', 'genre', 'price', 'format', 'release date'],
  de: ['verlag', 'seiten', 'seitenzahl', 'illustrator', 'illustratorin', 'ilustrator', 'übersetzer', 'übersetzerin', 'übersetzung', 'erscheinungsdatum', 'preis', 'genre', 'titel', 'originaltitel'],
  fr: ['éditeur', 'éditions', 'pages', 'traducteur', 'traductrice', 'illustrateur', 'illustratrice', 'prix', 'titre'],
  es: ['editorial', 'páginas', 'traductor', 'traductora', 'ilustrador', 'ilustradora', 'precio', 'título'],
  it: ['editore', 'pagine', 'traduttore', 'traduttrice', 'illustratore', 'prezzo', 'titolo'],
  pt: ['editora', 'páginas', 'tradutor', 'ilustrador', 'preço', 'título'],
  nl: ['uitgeverij', 'uitgever', "pagina's", 'vertaler', 'illustrator', 'prijs', 'titel'],
  pl: ['wydawnictwo', 'wydawca', 'stron', 'tłumacz', 'tłumaczka', 'ilustrator', 'cena', 'tytuł'],
};

/** A data-sheet field label with its colon ("Verlag:", "ISBN "). */
export const DATA_SHEET_FIELD = new RegExp(`(?<!\\p{L})(?:${alternation(Object.values(DATA_SHEET_FIELDS).flat())})\\s*:|(?<!\\p{L})isbn(?!\\p{L})`, 'iu');
