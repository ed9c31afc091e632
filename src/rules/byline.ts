/**
 * Byline and date-line patterns for text input, and the words that mark a byline part as an
 * outlet or a job title rather than a person. Each entry has an id and the reason it exists.
 */

export interface PatternRule {
  id: string;
  pattern: RegExp;
  reason: string;
}

/** Prefixes that introduce a byline ("By Jane Doe"); the names follow. */
export const BYLINE_PREFIXES: readonly PatternRule[] = [
  { id: 'by', pattern: /^(?:(?:written|reported|words|story|text|photos?) )?by[:\s]\s*/i, reason: 'English "By A and B".' },
  { id: 'by-multilingual', pattern: /^(?:von|par|por|di|door|de|autor(?:es|a|in)?|auteurs?|autore|redakcja|tekst)[:\s]\s*/i, reason: 'German, French, Spanish/Portuguese, Italian, Dutch, Polish byline prefixes.' },
  {
    id: 'by-multilingual-verb',
    pattern: /^(?:(?:veröffentlicht|geschrieben|verfasst|erstellt|eingetragen|gepostet|(?:ein |blog[- ]?|gast)?(?:beitrag|artikel)|publié|écrit|rédigé|un article|publicado|publicada|escrito|escrita|un artículo|pubblicato|scritto|un articolo|gepubliceerd|geschreven|een artikel|opublikowane|opublikował[a]?|napisane|napisał[a]?|dodane|artykuł)\s+(?:von|par|por|da|di|door|przez)\s+|przez\s+|(?:text|texte|testo|texto|tekst)\s*:\s*)/i,
    reason: 'A verb or noun and "by" in the other supported languages: "Veröffentlicht von A", "Ein Beitrag von A", "Publié par A", "Escrito por A", "Scritto da A", "Geschreven door A", "przez A" (Polish "by"), and the "Text: A" credit.',
  },
  { id: 'author-label', pattern: /^(?:authors?|writers?|reporters?)\s*:\s*/i, reason: '"Author: Jane Doe" labels.' },
];

/**
 * The byline prefixes that are the word "by" itself (not a label like "Autor" or "Author:"): a
 * line opening with one may be a headline opening with that preposition ("Von Häfen und Fähren",
 * "By the numbers: …"); text/byline.ts prefixedHeadline tells them apart.
 */
export const BY_WORD_OPENING = /^(?:by|von|par|por|di|door|de)\s/i;

/** Words that, as a whole byline part, name an organisation rather than a person. */
export const OUTLET_WORDS: readonly string[] = [
  'cnn', 'bbc', 'bbc news', 'reuters', 'ap', 'associated press', 'the associated press', 'afp', 'agence france-presse',
  'upi', 'bloomberg', 'dpa', 'efe', 'ansa', 'pa', 'pa media', 'press association', 'nyt', 'wsj', 'npr', 'abc news',
  'cbs news', 'nbc news', 'fox news', 'cnbc', 'the guardian', 'guardian', 'the new york times', 'the washington post',
  'staff', 'staff writer', 'staff report', 'wire', 'wires', 'news desk', 'newsdesk', 'editorial board', 'the editorial board',
];

/**
 * Last words of newspaper names ("Sioux City Leader", "Valley Today", "Harbour Courier"). Words
 * that are also common surnames (Star, Globe, Ledger, Standard) are left out: they would make a
 * person an outlet.
 */
export const NEWSPAPER_NOUNS: readonly string[] = [
  'leader', 'today', 'register', 'courier', 'observer', 'sentinel', 'chronicle', 'inquirer', 'enquirer', 'dispatch',
  'examiner', 'bulletin', 'telegraph', 'independent', 'citizen', 'advocate', 'statesman', 'democrat', 'times', 'post',
  'news', 'press', 'journal', 'tribune', 'herald', 'gazette', 'magazine', 'daily', 'weekly',
];

/** Words that mark a byline part as an organisation ("Reuters Staff", "Daily News"). */
export const OUTLET_PATTERN = /\b(?:leader|today|register|courier|observer|sentinel|chronicle|inquirer|enquirer|dispatch|examiner|bulletin|telegraph|independent|citizen|advocate|statesman|democrat|news|times|post|press|agency|agencies|media|journal|associated|tribune|herald|gazette|magazine|daily|weekly|network|broadcasting|radio|tv|television|staff|desk|bureau|wire|online|business|insider|sports?|politics|entertainment|science|technology|tech|health|lifestyle|world|team|editors|contributors|\.com|\.org|\.net|\.co\.uk)\b/i;

/** Words that mark a byline part as a job title ("Senior Reporter", "Contributor"). */
/** A job noun on a line of its own next to a lone name ("Senior Contributor", "News reporter"); not section words like "Opinion". */
export const JOB_NOUN_PATTERN = /\b(?:reporter|correspondent|editor|writer|columnist|contributor|producer|analyst|journalist|photographer|intern)s?\b/i;
export const JOB_TITLE_PATTERN = /\b(?:reporter|correspondent|editor|writer|columnist|contributor|contributing|producer|analyst|journalist|photographer|staff|intern|chief|senior|deputy|managing|director|founder|ceo|head of|professor|fellow|author of|opinion|guest|special to)\b/i;

/**
 * "Names for The Outlet": a byline that credits the outlet the author writes for (wire copy,
 * syndicated columns: "Jane Doe for The Harbour Times", "JANE DOE for The Outlet"), and the same
 * word in the other supported languages (für, pour, para, per, voor, dla). The names are group 1,
 * the word group 2, the outlet group 3; the outlet need not be known, the word "for" between names and a capitalised
 * name says it is one.
 */
export const FOR_OUTLET = /^(.+?)\s+(for|für|pour|para|per|voor|dla|special to)\s+((?:the\s+|The\s+|THE\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*(?:\s+(?:&|of|de|du|des|la|le|di|del|der|die|das|the|[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*)){0,5})$/u;

/**
 * A numeric date with a time and perhaps a zone, alone on a line: "10/12/16 7:54 PM EDT",
 * "18.11.2019 14:05", "2019/11/18 9:53"; or a slashed date with a four-digit year ("11/18/2019"). Its day and month order is unknown, so it is not parsed
 * to a date; it still marks the line as a date line (under a headline, next to a lone name).
 */
export const NUMERIC_DATE_TIME_LINE = /^(?:(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}),?\s+(?:(?:at|um|à|a las|alle|om|o)\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*(?:Uhr|h|[A-Z]{2,4}|UTC[+-]\d{1,2}|GMT[+-]\d{1,2}))?|\d{1,2}\/\d{1,2}\/\d{4})$/;

/**
 * A reading time after a byline's names ("Ana Pereira · 3 min read", "Lesezeit: 4 Min."): page
 * furniture, not a name or an outlet.
 */
export const READING_TIME_TAIL = /\s*(?:[·•|–—-]\s*)?(?:\d{1,3}\s*(?:min(?:ute)?s?|min\.)\s*(?:read|reading|to read|de lecture|di lettura|de lectura|de leitura|leestijd|czytania|lesezeit)?|(?:lesezeit|reading time|temps de lecture|tiempo de lectura|tempo di lettura|leestijd|czas czytania)\s*:?\s*\d{1,3}\s*min(?:\.|utes?|uten)?)\s*$/i;

/** Date-line markers ("Updated 10:31 PM EST, Tue March 7, 2023", "Published: ..."). */
export const DATE_LINE_PREFIX = /^(?:updated|published|posted|last updated|last modified|modified|first published|date|stand|aktualisiert|veröffentlicht|publié le|mis à jour|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|opublikowano|aktualizacja)\b[:\s]*/i;

/**
 * A relative time after a byline's names ("Ann Lee / 2 days", "3 hours ago"): when it was
 * posted, like a date.
 */
export const RELATIVE_TIME = /^(?:\d{1,3}|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?|mo|y|yrs?|years?)(?:\s+ago)?$/i;

/** A weekday (or today/yesterday) and a time, the date line of some blogs: "Monday 6:30PM", "Yesterday 2:45 pm". */
export const WEEKDAY_TIME_LINE = /^(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?$/i;

/** Name particles that may be lower case inside a person's name. */
export const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'le', 'la', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'y', 'e', 'zu']);

/**
 * Picture credits and captions that name a photographer, not an author: "Doug Mills/The New
 * York Times", "Photo: Jane Doe, AP", "Getty Images", "(Reed Saxon / Associated Press)".
 */
export const CREDIT_LINE = /^\(.*\)$|\b(?:getty(?: images)?|ap photo|afp|shutterstock|istock|alamy|photograph|courtesy|via reuters|pool)\b|^(?:photo|image|picture|video|graphic|credit|illustration|foto|bild)s?\b/i;

/** "Name/Outlet": the photographer's credit under a picture (not after "By"). */
export const CREDIT_SLASH = /\S\s?\/\s?(?:the |associated |getty|ap\b|afp|reuters|[\w ]*(?:times|post|news|press|images?)\b)/i;
