/**
 * Labels of the page's own boxes and placeholders, per language, for the boilerplate rules
 * (rules/boilerplate.ts): lines a site prints around an article that are never its text.
 *
 * - boxLabels: a whole line (case-insensitive, a final ":" allowed) heading a box of links or
 *   contacts under the article ("Weitere Informationen:", "Ansprechpartner"); the line goes.
 * - embedNotices: the opening of the placeholder a consent plugin prints instead of an embedded
 *   map, video or post ("Klicken Sie auf den Button, um den Inhalt von … zu laden"); the line goes.
 *   A " … " inside an entry stands for one optional word ("auf den … Button": "auf den roten Button").
 * - formFields: the label of a form field with its required-field star, alone on its line
 *   ("E-Mail *"): a comment or contact form starts, and with it the end of the article.
 */
import { anyApostrophe, escapePhrase, longestFirst, wordList as list } from './regex.js';

export interface BoxLabelLanguage {
  /** ISO 639-1 code. */
  id: string;
  reason: string;
  boxLabels: readonly string[];
  embedNotices: readonly string[];
  /** Field labels of a comment or contact form, printed with their required-field star ("Name *"). */
  formFields: readonly string[];
}

export const BOX_LABEL_LANGUAGES: readonly BoxLabelLanguage[] = [
  {
    id: 'en',
    reason: 'English: the link and contact boxes under a press release or an association\'s news item, and embed placeholders of consent plugins.',
    boxLabels: list('More information|Further information|Additional information|Contact person|Contact persons|This page'),
    embedNotices: list('Click on the button below to load the content of|Click the button below to load the content of|By loading the content you accept|By loading the video, you accept'),
    formFields: list('Name|Your name|Email|E-mail|Email address|Website|Comment|Message'),
  },
  {
    id: 'de',
    reason: 'German: "Weitere Informationen", "Ansprechpartner" over the boxes of press releases and association pages; the placeholders of German consent plugins ("Mit dem Laden des Inhalts akzeptieren Sie …").',
    boxLabels: list('Weitere Informationen|Weiterführende Informationen|Zusatzinformationen|Zusätzliche Informationen|Ansprechpartner|Ansprechpartnerin|Ansprechpartner*innen|Ansprechpartnerinnen|Ihr Ansprechpartner|Ihre Ansprechpartnerin|Ihre Ansprechpartner|Diese Seite'),
    embedNotices: list('Klicken Sie auf den … Button, um den Inhalt von|Klicke auf den … Button, um den Inhalt von|Mit dem Laden des … akzeptieren Sie|Mit dem Laden der … akzeptieren Sie'),
    formFields: list('Name|Vorname|Nachname|E-Mail|E-Mail-Adresse|eMail|Mail|Website|Webseite|Kommentar|Nachricht|Ihre Nachricht'),
  },
  {
    id: 'fr',
    reason: 'French: "Plus d\'informations", "Contact" boxes under a news item; consent placeholders.',
    boxLabels: list('Plus d’informations|Plus d\'informations|Pour plus d’informations|Pour plus d\'informations|Informations complémentaires|Personne de contact|Interlocuteur|Votre interlocuteur|Cette page'),
    embedNotices: list('En chargeant le contenu, vous acceptez|Cliquez sur le bouton ci-dessous pour charger le contenu'),
    formFields: list('Nom|Prénom|E-mail|Courriel|Adresse e-mail|Site web|Commentaire|Message'),
  },
  {
    id: 'es',
    reason: 'Spanish: "Información adicional", "Persona de contacto" boxes; consent placeholders.',
    boxLabels: list('Información adicional|Más información adicional|Persona de contacto|Esta página'),
    embedNotices: list('Al cargar el contenido, aceptas|Haz clic en el botón de abajo para cargar el contenido'),
    formFields: list('Nombre|Correo electrónico|Email|Web|Sitio web|Comentario|Mensaje'),
  },
  {
    id: 'pl',
    reason: 'Polish: "Dodatkowe informacje", "Osoba kontaktowa" boxes.',
    boxLabels: list('Dodatkowe informacje|Więcej informacji|Osoba kontaktowa|Osoby kontaktowe|Ta strona'),
    embedNotices: list('Kliknij przycisk poniżej, aby załadować treść'),
    formFields: list('Imię|Nazwisko|E-mail|Adres e-mail|Witryna internetowa|Strona|Komentarz|Wiadomość'),
  },
];

/** A box label alone on its line, with an optional colon ("Weitere Informationen:"). */
export function boxLabelPattern(): RegExp {
  const entries = BOX_LABEL_LANGUAGES.flatMap((l) => l.boxLabels);
  return new RegExp(`^(?:${longestFirst(entries, (e) => anyApostrophe(escapePhrase(e)))})\\s*:?$`, 'iu');
}

/** Most characters of an embed placeholder after its opening (the plugin's sentence or two, the site's name). */
const EMBED_NOTICE_MAX_TAIL = 300;

/** A consent plugin's placeholder for an embed, starting with one of the openings. */
export function embedNoticePattern(): RegExp {
  const entries = BOX_LABEL_LANGUAGES.flatMap((l) => l.embedNotices);
  const source = (e: string) => escapePhrase(e).replace(/\\s\+…\\s\+/g, '(?:\\s+\\S+)?\\s+');
  return new RegExp(`^(?:${longestFirst(entries, source)})(?![\\p{L}\\p{N}]).{0,${EMBED_NOTICE_MAX_TAIL}}$`, 'iu');
}

/** A form field's label with its required-field star ("Name *", "E-Mail*"), alone on its line. */
export function formFieldPattern(): RegExp {
  const entries = BOX_LABEL_LANGUAGES.flatMap((l) => l.formFields);
  return new RegExp(`^(?:${longestFirst(entries, escapePhrase)})\\s*\\*$`, 'iu');
}
