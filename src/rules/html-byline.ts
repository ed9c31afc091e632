/**
 * Rules for the bylines and author candidates read from HTML pages (src/html/byline.ts).
 * The shared name splitting lives in src/metadata/authors.ts; these rules prepare what the DOM,
 * meta tags and JSON-LD give before it is split, and reject candidates that are not people.
 * Each entry has an id and the reason it exists.
 */
import { escapeRegExp } from './regex.js';
import { matches } from './case-fold.js';

export interface BylineRule {
  id: string;
  pattern: RegExp;
  reason: string;
}

/** Where the names of a byline element end: everything from the first match on is dropped. */
export const BYLINE_CUTS: readonly BylineRule[] = [
  { id: 'weekday', pattern: /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i, reason: 'Bylines written as "By A and B Monday, November 18, 2019".' },
  {
    id: 'weekday-multilingual',
    pattern: /(?<!\p{L})(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)(?!\p{L})/iu,
    reason: 'German, French, Spanish and Italian weekdays after the names ("Domingo" is left out: it is also a name).',
  },
  {
    id: 'day-month',
    pattern: /\b\d{1,2}(?:\.|er|º)?\s+(?:de\s+)?(?:jan|feb|fév|mär|mar|apr|avr|abr|mai|may|mag|jun|juin|giu|jul|juil|lug|aug|aoû|ago|sep|set|okt|oct|ott|out|nov|dez|déc|dec|dic)\p{L}*/iu,
    reason: 'A date written day first after the names ("Max Muster 20. November 2019", "Ana Ruiz 3 de mayo de 2020").',
  },
  { id: 'month-day', pattern: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i, reason: 'A date after the names ("A B Nov 19, 2019"); a month name alone may be a first name (April).' },
  { id: 'numeric-date', pattern: /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)/, reason: 'Numeric dates after the names ("A B 13.11.2019", "2019-11-18T22:05Z").' },
  { id: 'clock-time', pattern: /\b\d{1,2}:\d{2}\b/, reason: 'A time after the names ("A B 10:02 AM EST").' },
  { id: 'relative-time', pattern: /\b\d+\s*(?:min(?:ute)?s?|hours?|days?|weeks?)\b/i, reason: '"5 Min Read", "1 day ago" beside the names.' },
  {
    id: 'relative-time-multilingual',
    // No word boundary before "vor": a scrape runs it into the name ("Ann Leevor 5 Stunden").
    pattern: /(?:vor\s*|hace\s+|il y a\s+|fa\s+)?(?<!\p{L})\d+\s*(?:sekunden|minuten|min\.|stunden?|std\.|tagen?|wochen?|monaten?|segundos?|minutos?|horas?|días?|semanas?|secondes?|heures?|jours?|semaines?|minuti|ore|giorni|settimane)(?!\p{L})/iu,
    reason: '"vor 5 Stunden", "hace 3 horas", "il y a 2 jours": when it was posted, beside the names.',
  },
  {
    id: 'reading-time',
    pattern: /(?<!\p{L})(?:lesezeit|lesedauer|reading time|read time|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|czas czytania)(?!\p{L})/iu,
    reason: '"Lesezeit: 4 Min." and its kin after the names.',
  },
  {
    id: 'next-field-label',
    pattern: /\s\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?\s?:(?:\s|$)/u,
    reason: 'The next field of a meta box after the names ("Autor: A Quelle: Livenet", "von A Seite teilen:").',
  },
  {
    id: 'date-label',
    pattern: /(?<!\p{L})(?:published|updated|posted|last updated|modified|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano)(?!\p{L})/iu,
    reason: '"A B Published 7:07 PM EST": the date line follows the names (labels in the languages the date parser reads).',
  },
  { id: 'profile-links', pattern: /\b(?:view|see|read)\s+(?:all|more)\b|\bmore (?:articles|stories|posts) (?:by|from)\b|\bfollow\b/i, reason: 'Author boxes that end with "View More Articles" or "Follow".' },
];

/**
 * A weekday's short form left after the names when the date after it was cut ("Von A B Fr, 18.
 * Oktober 2019"): German, English, French, Spanish and Italian two- and three-letter forms.
 */
export const TRAILING_WEEKDAY_ABBREVIATION: BylineRule = {
  id: 'trailing-weekday-abbreviation',
  pattern: /\s+(?:mo|di|mi|do|fr|sa|so|mon|tue|tues|wed|thu|thur|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|gio|sab)\.?,?\s*$/iu,
  reason: 'The weekday before a cut date stays behind and would read as a third name word.',
};

/** Lead-ins before "by" that are not part of the names ("Analysis by A", "Opinion by B"). */
export const BYLINE_LEAD_IN: BylineRule = {
  id: 'lead-in-by',
  pattern: /^(?:[\p{L}-]+\s+){1,3}by\s+/iu,
  reason: 'CNN and others write "Analysis by Chris C., CNN"; the shared prefix table only knows a bare "By".',
};

/** Wire services and outlets credited after the names, without a comma ("A B Associated Press"). */
export const TRAILING_OUTLET: BylineRule = {
  id: 'trailing-outlet',
  pattern: /[\s,|–—-]+(?:the\s+)?(?:associated press|reuters|agence france-presse|afp|bloomberg(?: news)?|usa today|cnn|dpa|upi|business insider)\s*$/i,
  reason: 'AP and USA Today bylines run the outlet into the names ("ERIC TUCKERAssociated Press").',
};

/**
 * Names in capitals followed by an outlet in mixed case ("By ANN SMITH and BO CHEN Harbour Wire"):
 * the capitals are the names. Group 1 is everything up to the last capitalised name word.
 */
export const CAPS_NAMES_THEN_MIXED: BylineRule = {
  id: 'caps-names-then-mixed',
  // The first word has two capitals in a row: initials ("T. V. Raman") are not a name in capitals.
  pattern: /^((?:[Bb]y\s+)?\p{Lu}[\p{Lu}'’-]*\p{Lu}[\p{Lu}.'’-]*(?:(?:\s+|\s*,\s*|\s+(?:and|AND|&)\s+)\p{Lu}[\p{Lu}.'’-]*)+)\s+(?=\p{Lu}\p{Ll})/u,
  reason: 'Wire bylines set the names in capitals and run the outlet on after them without a comma.',
};

/** Academic and professional letters after a name ("Ilana M., MS, RDN"). */
export const CREDENTIALS = /,\s*(?:(?:Ph\.?\s?D|M\.?D|MS|MA|MBA|RDN|RD|CPT|CSCS|JD|DDS|DVM|RN|NP|PA-C|CFA|CFP|Esq|Jr|Sr|II|III)\.?)(?=\s*(?:,|$))/g;

/** An author candidate that is not a person, whatever the splitter made of it. */
export interface AuthorReject {
  id: string;
  reason: string;
  test: (name: string) => boolean;
}

/**
 * Capitalised words that open a phrase, never a person's name: possessives and demonstratives,
 * per language ("Mein Motto", "Our Team", "Notre équipe"). Articles that are also name particles
 * (De, La, Le, El, Di, Da, Der) and words that are also given names (Ma, Mi, Su, Les, Una, Ta, To)
 * are left out.
 */
export const PHRASE_OPENERS: Readonly<Record<string, readonly string[]>> = {
  en: ['My', 'Our', 'Your', 'His', 'Her', 'Their', 'This', 'That', 'These', 'Those', 'All', 'Every', 'Some'],
  de: ['Mein', 'Meine', 'Meinem', 'Meiner', 'Dein', 'Deine', 'Unser', 'Unsere', 'Euer', 'Eure', 'Ihr', 'Ihre', 'Sein', 'Seine', 'Dieser', 'Diese', 'Dieses', 'Alle', 'Das', 'Die', 'Ein', 'Eine', 'Einer', 'Zum', 'Zur', 'Im', 'Vom', 'Beim', 'Mehr'],
  fr: ['Mon', 'Mes', 'Notre', 'Nos', 'Votre', 'Vos', 'Ce', 'Cette', 'Ces', 'Tous', 'Toutes', 'Une'],
  es: ['Mis', 'Nuestro', 'Nuestra', 'Nuestros', 'Sus', 'Este', 'Esta', 'Estos', 'Todos', 'Los', 'Las'],
  it: ['Mio', 'Mia', 'Nostro', 'Nostra', 'Questo', 'Questa', 'Tutti', 'Gli'],
  pt: ['Meu', 'Minha', 'Nosso', 'Nossa', 'Este', 'Esta', 'Todos', 'Uma', 'Os', 'As'],
  nl: ['Mijn', 'Ons', 'Onze', 'Jouw', 'Deze', 'Dit', 'Alle', 'Een', 'Het'],
  pl: ['Mój', 'Moja', 'Nasz', 'Nasza', 'Wszyscy'],
};
const PHRASE_OPENER = new RegExp(`^(?:${[...new Set(Object.values(PHRASE_OPENERS).flat())].join('|')})\\s`, 'u');

/**
 * Words that mark a credit as an account, a desk or an advertisement rather than a person, per
 * language: CMS default users ("Site Admin"), editorial desks used as a user name, sponsored-content
 * labels ("Sponsored Content", "Anzeige", "Werbung").
 */
export const NON_PERSON_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['admin', 'administrator', 'webmaster', 'sponsored', 'advertorial', 'advertisement', 'promoted', 'partner content', 'paid post', 'guest post', 'editorial'],
  de: ['redaktion', 'anzeige', 'werbung', 'gastbeitrag', 'verlagsbeilage', 'gesponsert', 'pressemitteilung'],
  fr: ['rédaction', 'publicité', 'publi-rédactionnel', 'contenu sponsorisé', 'sponsorisé'],
  es: ['redacción', 'publicidad', 'patrocinado', 'contenido patrocinado'],
  it: ['redazione', 'pubblicità', 'sponsorizzato'],
  pt: ['redação', 'publicidade', 'patrocinado'],
  nl: ['redactie', 'advertentie', 'gesponsord'],
  pl: ['redakcja', 'reklama', 'sponsorowany', 'artykuł sponsorowany'],
};
const NON_PERSON_WORD = new RegExp(`(?<!\\p{L})(?:${[...new Set(Object.values(NON_PERSON_WORDS).flat())].map(escapeRegExp).join('|')})(?!\\p{L})`, 'iu');

/**
 * Words that make a name a publication, per language; never part of a person's name (surnames
 * like Post, Times or Press are left out).
 */
export const PUBLICATION_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['news', 'newspaper', 'magazine', 'blog'],
  de: ['zeitung', 'nachrichten', 'magazin', 'verlag', 'rundschau', 'tagblatt', 'anzeiger', 'volksblatt', 'wochenblatt', 'redaktion'],
  fr: ['journal', 'quotidien', 'hebdo', 'actualités'],
  es: ['diario', 'periódico', 'noticias', 'revista'],
  it: ['giornale', 'notizie', 'quotidiano', 'rivista'],
  pt: ['jornal', 'notícias', 'revista'],
  nl: ['krant', 'nieuws', 'dagblad', 'weekblad'],
  pl: ['gazeta', 'wiadomości', 'dziennik', 'tygodnik'],
};
export const PUBLICATION_WORD = new RegExp(`(?<!\\p{L})(?:${[...new Set(Object.values(PUBLICATION_WORDS).flat())].join('|')})(?!\\p{L})`, 'iu');

/** Two- and three-letter weekday abbreviations (German, English, French, Spanish, Italian). */
const WEEKDAY_ABBREVIATION = /^(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|gio|sab)\.?,?$/i;

/** Legal forms of companies in the supported languages' countries. */
const COMPANY_FORM = /(?<!\p{L})(?:GmbH|gGmbH|AG|SE|KG|OHG|e\.\s?V\.?|mbH|Ltd\.?|Limited|LLC|LLP|Inc\.?|Corp\.?|PLC|S\.A\.?|S\.L\.?|SARL|SAS|S\.r\.l\.?|SpA|S\.p\.A\.?|B\.V\.?|N\.V\.?|sp\.\s?z\s?o\.o\.?|Lda\.?)(?!\p{L})/u;

export const AUTHOR_REJECTS: readonly AuthorReject[] = [
  {
    id: 'phrase-opener',
    reason: 'A possessive or demonstrative first ("Mein Motto", "Our Team"): a phrase, not a name (PHRASE_OPENERS).',
    test: (n) => PHRASE_OPENER.test(n),
  },
  {
    id: 'weekday-abbreviations',
    reason: 'A row of weekday abbreviations ("Mi Do Fr Sa", an opening-hours table after "Di") is no name.',
    test: (n) => n.split(/\s+/).every((w) => WEEKDAY_ABBREVIATION.test(w)),
  },
  {
    id: 'publication-word',
    reason: '"Badische Zeitung", "OÖ Volksblatt", "Diario Norte": a publication (PUBLICATION_WORDS).',
    // Matched through its folded form, as NON_PERSON_WORD below (rules/case-fold.ts: compiled without Unicode case closure).
    test: (n) => matches(PUBLICATION_WORD, n),
  },
  {
    id: 'company-form',
    reason: 'A legal form names a company ("Web Commerce GmbH", "Acme Ltd"): the web agency or publisher in a meta tag, not a person.',
    test: (n) => COMPANY_FORM.test(n),
  },
  {
    id: 'non-person-word',
    reason: 'A CMS account, an editorial desk or an advertising label, not a person (NON_PERSON_WORDS).',
    test: (n) => matches(NON_PERSON_WORD, n),
  },
  {
    id: 'single-word',
    reason: 'A credited person has a given name and a surname; one word is a handle, a first name alone, a site ("LinkNaija") or a label ("Editorial").',
    // Chinese, Japanese and Korean names are written without a space: not a reason to reject.
    test: (n) => !/\s/.test(n.trim()) && !/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(n),
  },
  {
    id: 'article-the',
    reason: '"The Water Coolest", "The Russian ... ministries": a name that opens with "The" is an organisation or a phrase.',
    test: (n) => /^the\s/i.test(n),
  },
  {
    id: 'acronym-word',
    reason: '"CNN Business", "ABC7 Eyewitness": an upper-case word of three or more letters in a mixed-case name is an outlet (all-caps names are title-cased before this test).',
    test: (n) => /(?:^|\s)\p{Lu}{3,}\d*(?=\s|$)/u.test(n) && /\p{Ll}/u.test(n),
  },
];

/** Containers whose "author" elements credit someone other than the article's writer. */
export const FOREIGN_CONTAINERS = {
  tags: new Set(['BLOCKQUOTE', 'Q', 'FOOTER', 'ASIDE', 'NAV']),
  /**
   * Tags foreign only outside an <article>: an article's own <footer> or <aside> holds its
   * author and date (h-entry themes, "aside.meta" beside the headline).
   */
  pageLevelTags: new Set(['FOOTER', 'ASIDE']),
  /** Substrings of a class attribute (lower-cased). */
  classes: ['comment', 'testimonial', 'review-', 'related', 'recommend', 'popular', 'trending'],
  /**
   * Layout words that mark a column, not what it holds: foreign unless the container is or sits in
   * an <article> ("sticky-sidebar-parent" on the article, a meta column inside it) or holds the
   * post itself (Blogger wraps every post in "widget Blog").
   */
  layoutClasses: ['widget', 'sidebar'],
  /** What a layout container holding the article itself contains. */
  articleInside: 'h1, article, .hentry, .h-entry, [itemprop="articleBody"], [itemprop="blogPost"]',
  /** Substrings of an id attribute (lower-cased). */
  ids: ['comment'],
  reason: 'Quotes, comments, testimonials, sidebars and teaser widgets carry other people\'s names.',
} as const;

/** A place a visible byline is read from, tested in order of trust (id shown in debugging). */
export interface BylineSource {
  id: string;
  reason: string;
  test: (el: Element, cls: string) => boolean;
  /** Also matches author boxes, bios and profile widgets: never overrules the JSON-LD author. */
  weak?: boolean;
}

/**
 * The class tokens of `cls` when it holds one of `hints` (one of which every token looked for
 * contains), else none: the tests below run on every element of the page, most of which name no byline.
 */
const tokens = (cls: string, hints: readonly string[]) => (hints.some((h) => cls.includes(h)) ? cls.split(/\s+/) : []);
const attr = (el: Element, name: string) => el.getAttribute(name);

export const BYLINE_SOURCES: readonly BylineSource[] = [
  {
    id: 'itemprop-author-name',
    reason: 'schema.org microdata: the name inside the author item.',
    test: (el) => attr(el, 'itemprop') === 'name' && hasAncestor(el, (a) => attr(a, 'itemprop') === 'author'),
  },
  { id: 'itemprop-author', reason: 'schema.org microdata author.', test: (el) => attr(el, 'itemprop') === 'author' },
  { id: 'rel-author-link', reason: 'A link to the author page.', test: (el) => el.tagName === 'A' && attr(el, 'rel') === 'author' },
  { id: 'rel-author', reason: 'rel=author on another element.', test: (el) => attr(el, 'rel') === 'author' },
  {
    id: 'byline-name-class',
    reason: 'Common class names of the name inside a byline.',
    test: (_el, cls) => tokens(cls, ['byline', 'author']).some((t) => t === 'byline__name' || t === 'byline-name' || t === 'author-name' || t === 'article-author' || t === 'author__name'),
  },
  { id: 'byline-class', reason: 'Common class names of a byline.', test: (_el, cls) => tokens(cls, ['by']).some((t) => t === 'byline' || t === 'by-line' || t === 'article-byline') },
  { id: 'byline-in-class', reason: 'Any class naming a byline.', test: (_el, cls) => cls.includes('byline') },
  {
    id: 'author-in-class',
    reason: 'Any class naming an author (not the page or article wrapper).',
    test: (el, cls) => cls.includes('author') && el.tagName !== 'BODY' && el.tagName !== 'ARTICLE' && el.tagName !== 'SECTION',
    weak: true,
  },
  {
    id: 'writer-in-class',
    reason:
      'Classes naming the writer in other words or languages ("writer", "wrote_by", "contributor", "autor", "auteur", "verfasser", "redakteur"): the body cleaner drops these elements as bylines, so their name must be read here.',
    test: (el, cls) => WRITER_CLASS.test(cls) && el.tagName !== 'BODY' && el.tagName !== 'ARTICLE' && el.tagName !== 'SECTION',
    weak: true,
  },
];

/** Class words, in several languages, of an element holding the writer's name. */
const WRITER_CLASS = /(?:writer|wrote|written|contributor|autor|auteur|verfasser|redakteur|posted-?by|post-?by)/;

function hasAncestor(el: Element, test: (a: Element) => boolean): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (test(a)) return true;
  return false;
}

/** Longest text (characters) read after a byline label ("Von …", "Autor: …"); longer is prose. */
export const MAX_LABELLED_BYLINE_CHARS = 100;

/** Elements whose text is never a labelled byline: links to pages (teasers; a mail link may wrap a byline), headlines, captions, code. */
export const LABELLED_BYLINE_SKIP =
  'a[href]:not([href^="mailto:" i]):not([href^="javascript:" i]):not([href^="#"]), h1, h2, h3, figcaption, script, style, noscript, template, code, pre, textarea, option';
