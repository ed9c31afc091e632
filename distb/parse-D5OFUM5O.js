import {
  timed
} from "./chunk-IYCBOZJ3.js";
import {
  Prefilters
} from "./chunk-GPVHPBCS.js";
import {
  DeadlineExceeded
} from "./chunk-GUANEAVC.js";
import {
  isKept,
  norm
} from "./chunk-XO7LRZYF.js";
import {
  BYLINE_LABEL_ALONE,
  DATA_SHEET_FIELD,
  INNER_BYLINE_LABEL,
  JOB_TITLE_PATTERN,
  LEADING_BYLINE_LABEL,
  NAME_PARTICLES,
  findDates,
  isDateLine,
  isOutletOrTitle,
  isUpdateOnly,
  labelledDates,
  parseDate,
  publishedDate,
  splitAuthors,
  urlDate
} from "./chunk-2ELLDX6N.js";
import "./chunk-ZA5YYWVB.js";
import {
  canonicalLang,
  escapeRegExp,
  wordList
} from "./chunk-DJWOFNSH.js";

// dist/html/linkedom.js
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
var LAZY_LISTENERS = [
  {
    id: "no-map-per-node",
    from: "constructor() {\n    wm.set(this, new Map);\n  }",
    to: "constructor() {\n    /* listener map: on the first addEventListener */\n  }",
    reason: "Building a node no longer inserts it into the listener WeakMap."
  },
  {
    id: "map-on-first-listener",
    from: "addEventListener(type, listener, options) {\n    const map = wm.get(this);",
    to: "addEventListener(type, listener, options) {\n    if (!wm.has(this)) wm.set(this, new Map); const map = wm.get(this);",
    reason: "The first listener added to a node creates its map."
  },
  {
    id: "remove-without-map",
    from: "removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {",
    to: "removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {",
    reason: "Removing a listener from a node that never had one does nothing (dispatching already checks for a missing map)."
  }
];
function withLazyListeners(source) {
  let out = source;
  for (const { from, to } of LAZY_LISTENERS) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + 1) >= 0)
      return null;
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}
var loading;
function importLinkedom() {
  return loading ??= (async () => {
    let patched = null;
    const url = import.meta.resolve("linkedom/worker");
    try {
      patched = withLazyListeners(readFileSync(fileURLToPath(url), "utf8"));
    } catch {
      patched = null;
    }
    if (patched === null)
      return import("linkedom/worker");
    return await import(`data:text/javascript;base64,${Buffer.from(`${patched}
//# sourceURL=${url}`).toString("base64")}`);
  })();
}

// dist/html/page-index.js
function elementsOf(doc) {
  const out = [];
  let el = doc.documentElement;
  while (el) {
    out.push(el);
    el = (tagOf(el) === "template" ? null : el.firstElementChild) ?? nextAfter(el);
  }
  return out;
}
function elementsUnder(root) {
  const out = [];
  let el = root.firstElementChild;
  while (el) {
    out.push(el);
    el = (tagOf(el) === "template" ? null : el.firstElementChild) ?? nextAfter(el, root);
  }
  return out;
}
function nextElement(el, top, skipChildren = false) {
  return (skipChildren ? null : el.firstElementChild) ?? nextAfter(el, top);
}
function nextAfter(el, top = null) {
  for (let cur = el; cur && cur !== top; cur = cur.parentElement) {
    const next = cur.nextElementSibling;
    if (next)
      return next;
  }
  return null;
}
var tagOf = (el) => {
  const local = el.localName;
  return local.charCodeAt(0) <= 90 ? local.toLowerCase() : local;
};
function withTag(all, ...names2) {
  const out = [];
  for (const el of all)
    if (names2.includes(tagOf(el)))
      out.push(el);
  return out;
}
var classAttr = (el) => el.getAttributeNode("class")?.value ?? null;

// dist/html/dom.js
var DEFAULT_DOM = "linkedom";
var PAGE_TAG = /<(?:html|body)[\s>]/i;
function misbuilt(document, html, all = elementsOf(document)) {
  const root = document.documentElement;
  if (!root)
    return "no document element";
  if (root.tagName.toUpperCase() !== "HTML" && PAGE_TAG.test(html))
    return `<${root.tagName.toLowerCase()}> before the page's <html>`;
  if (nestedDocument(all))
    return "a document nested inside the page";
  return null;
}
function nestedDocument(all) {
  const inside = (el, names2) => {
    let found = false;
    for (let p = el.parentElement; p; p = p.parentElement) {
      const tag = p.tagName.toUpperCase();
      if (tag === "TEMPLATE")
        return false;
      if (names2.includes(tag))
        found = true;
    }
    return found;
  };
  for (const el of withTag(all, "html"))
    if (inside(el, ["BODY"]))
      return true;
  for (const el of withTag(all, "body"))
    if (inside(el, ["BODY", "HEAD"]))
      return true;
  return false;
}
var loadLinkedom = async (html) => {
  const { parseHTML } = await importLinkedom();
  const { document } = timed("parse", () => parseHTML(html));
  const elements = document ? timed("parse", () => elementsOf(document)) : [];
  const why = timed("parse", () => document ? misbuilt(document, html, elements) : "no document");
  if (why)
    throw new Error(`linkedom misbuilt the page: ${why}`);
  return { document, close: () => {
  }, elements };
};
var loadJsdom = async (html, url) => {
  const { JSDOM, VirtualConsole } = await import("jsdom");
  const dom = timed("parse", () => new JSDOM(html, { url: url ?? void 0, virtualConsole: new VirtualConsole() }));
  return { document: dom.window.document, close: () => dom.window.close() };
};
var LOADERS = { linkedom: loadLinkedom, jsdom: loadJsdom };

// dist/rules/html-byline.js
var BYLINE_CUTS = [
  { id: "weekday", pattern: /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i, reason: 'Bylines written as "By A and B Monday, November 18, 2019".' },
  {
    id: "weekday-multilingual",
    pattern: /(?<!\p{L})(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)(?!\p{L})/iu,
    reason: 'German, French, Spanish and Italian weekdays after the names ("Domingo" is left out: it is also a name).'
  },
  {
    id: "day-month",
    pattern: /\b\d{1,2}(?:\.|er|º)?\s+(?:de\s+)?(?:jan|feb|fév|mär|mar|apr|avr|abr|mai|may|mag|jun|juin|giu|jul|juil|lug|aug|aoû|ago|sep|set|okt|oct|ott|out|nov|dez|déc|dec|dic)\p{L}*/iu,
    reason: 'A date written day first after the names ("Max Muster 20. November 2019", "Ana Ruiz 3 de mayo de 2020").'
  },
  { id: "month-day", pattern: /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i, reason: 'A date after the names ("A B Nov 19, 2019"); a month name alone may be a first name (April).' },
  { id: "numeric-date", pattern: /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)/, reason: 'Numeric dates after the names ("A B 13.11.2019", "2019-11-18T22:05Z").' },
  { id: "clock-time", pattern: /\b\d{1,2}:\d{2}\b/, reason: 'A time after the names ("A B 10:02 AM EST").' },
  { id: "relative-time", pattern: /\b\d+\s*(?:min(?:ute)?s?|hours?|days?|weeks?)\b/i, reason: '"5 Min Read", "1 day ago" beside the names.' },
  {
    id: "relative-time-multilingual",
    // No word boundary before "vor": a scrape runs it into the name ("Ann Leevor 5 Stunden").
    pattern: /(?:vor\s*|hace\s+|il y a\s+|fa\s+)?(?<!\p{L})\d+\s*(?:sekunden|minuten|min\.|stunden?|std\.|tagen?|wochen?|monaten?|segundos?|minutos?|horas?|días?|semanas?|secondes?|heures?|jours?|semaines?|minuti|ore|giorni|settimane)(?!\p{L})/iu,
    reason: '"vor 5 Stunden", "hace 3 horas", "il y a 2 jours": when it was posted, beside the names.'
  },
  {
    id: "reading-time",
    pattern: /(?<!\p{L})(?:lesezeit|lesedauer|reading time|read time|temps de lecture|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|czas czytania)(?!\p{L})/iu,
    reason: '"Lesezeit: 4 Min." and its kin after the names.'
  },
  {
    id: "next-field-label",
    pattern: /\s\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?\s?:(?:\s|$)/u,
    reason: 'The next field of a meta box after the names ("Autor: A Quelle: Livenet", "von A Seite teilen:").'
  },
  {
    id: "date-label",
    pattern: /(?<!\p{L})(?:published|updated|posted|last updated|modified|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado|actualizado|atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano)(?!\p{L})/iu,
    reason: '"A B Published 7:07 PM EST": the date line follows the names (labels in the languages the date parser reads).'
  },
  { id: "profile-links", pattern: /\b(?:view|see|read)\s+(?:all|more)\b|\bmore (?:articles|stories|posts) (?:by|from)\b|\bfollow\b/i, reason: 'Author boxes that end with "View More Articles" or "Follow".' }
];
var TRAILING_WEEKDAY_ABBREVIATION = {
  id: "trailing-weekday-abbreviation",
  pattern: /\s+(?:mo|di|mi|do|fr|sa|so|mon|tue|tues|wed|thu|thur|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|gio|sab)\.?,?\s*$/iu,
  reason: "The weekday before a cut date stays behind and would read as a third name word."
};
var BYLINE_LEAD_IN = {
  id: "lead-in-by",
  pattern: /^(?:[\p{L}-]+\s+){1,3}by\s+/iu,
  reason: 'CNN and others write "Analysis by Chris C., CNN"; the shared prefix table only knows a bare "By".'
};
var TRAILING_OUTLET = {
  id: "trailing-outlet",
  pattern: /[\s,|–—-]+(?:the\s+)?(?:associated press|reuters|agence france-presse|afp|bloomberg(?: news)?|usa today|cnn|dpa|upi|business insider)\s*$/i,
  reason: 'AP and USA Today bylines run the outlet into the names ("ERIC TUCKERAssociated Press").'
};
var CAPS_NAMES_THEN_MIXED = {
  id: "caps-names-then-mixed",
  // The first word has two capitals in a row: initials ("T. V. Raman") are not a name in capitals.
  pattern: /^((?:[Bb]y\s+)?\p{Lu}[\p{Lu}'’-]*\p{Lu}[\p{Lu}.'’-]*(?:(?:\s+|\s*,\s*|\s+(?:and|AND|&)\s+)\p{Lu}[\p{Lu}.'’-]*)+)\s+(?=\p{Lu}\p{Ll})/u,
  reason: "Wire bylines set the names in capitals and run the outlet on after them without a comma."
};
var CREDENTIALS = /,\s*(?:(?:Ph\.?\s?D|M\.?D|MS|MA|MBA|RDN|RD|CPT|CSCS|JD|DDS|DVM|RN|NP|PA-C|CFA|CFP|Esq|Jr|Sr|II|III)\.?)(?=\s*(?:,|$))/g;
var PHRASE_OPENERS = {
  en: ["My", "Our", "Your", "His", "Her", "Their", "This", "That", "These", "Those", "All", "Every", "Some"],
  de: ["Mein", "Meine", "Meinem", "Meiner", "Dein", "Deine", "Unser", "Unsere", "Euer", "Eure", "Ihr", "Ihre", "Sein", "Seine", "Dieser", "Diese", "Dieses", "Alle", "Das", "Die", "Ein", "Eine", "Einer", "Zum", "Zur", "Im", "Vom", "Beim", "Mehr"],
  fr: ["Mon", "Mes", "Notre", "Nos", "Votre", "Vos", "Ce", "Cette", "Ces", "Tous", "Toutes", "Une"],
  es: ["Mis", "Nuestro", "Nuestra", "Nuestros", "Sus", "Este", "Esta", "Estos", "Todos", "Los", "Las"],
  it: ["Mio", "Mia", "Nostro", "Nostra", "Questo", "Questa", "Tutti", "Gli"],
  pt: ["Meu", "Minha", "Nosso", "Nossa", "Este", "Esta", "Todos", "Uma", "Os", "As"],
  nl: ["Mijn", "Ons", "Onze", "Jouw", "Deze", "Dit", "Alle", "Een", "Het"],
  pl: ["M\xF3j", "Moja", "Nasz", "Nasza", "Wszyscy"]
};
var PHRASE_OPENER = new RegExp(`^(?:${[...new Set(Object.values(PHRASE_OPENERS).flat())].join("|")})\\s`, "u");
var NON_PERSON_WORDS = {
  en: ["admin", "administrator", "webmaster", "sponsored", "advertorial", "advertisement", "promoted", "partner content", "paid post", "guest post", "editorial"],
  de: ["redaktion", "anzeige", "werbung", "gastbeitrag", "verlagsbeilage", "gesponsert", "pressemitteilung"],
  fr: ["r\xE9daction", "publicit\xE9", "publi-r\xE9dactionnel", "contenu sponsoris\xE9", "sponsoris\xE9"],
  es: ["redacci\xF3n", "publicidad", "patrocinado", "contenido patrocinado"],
  it: ["redazione", "pubblicit\xE0", "sponsorizzato"],
  pt: ["reda\xE7\xE3o", "publicidade", "patrocinado"],
  nl: ["redactie", "advertentie", "gesponsord"],
  pl: ["redakcja", "reklama", "sponsorowany", "artyku\u0142 sponsorowany"]
};
var NON_PERSON_WORD = new RegExp(`(?<!\\p{L})(?:${[...new Set(Object.values(NON_PERSON_WORDS).flat())].map(escapeRegExp).join("|")})(?!\\p{L})`, "iu");
var PUBLICATION_WORDS = {
  en: ["news", "newspaper", "magazine", "blog"],
  de: ["zeitung", "nachrichten", "magazin", "verlag", "rundschau", "tagblatt", "anzeiger", "volksblatt", "wochenblatt", "redaktion"],
  fr: ["journal", "quotidien", "hebdo", "actualit\xE9s"],
  es: ["diario", "peri\xF3dico", "noticias", "revista"],
  it: ["giornale", "notizie", "quotidiano", "rivista"],
  pt: ["jornal", "not\xEDcias", "revista"],
  nl: ["krant", "nieuws", "dagblad", "weekblad"],
  pl: ["gazeta", "wiadomo\u015Bci", "dziennik", "tygodnik"]
};
var PUBLICATION_WORD = new RegExp(`(?<!\\p{L})(?:${[...new Set(Object.values(PUBLICATION_WORDS).flat())].join("|")})(?!\\p{L})`, "iu");
var WEEKDAY_ABBREVIATION = /^(?:mo|di|mi|do|fr|sa|so|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom|gio|sab)\.?,?$/i;
var COMPANY_FORM = /(?<!\p{L})(?:GmbH|gGmbH|AG|SE|KG|OHG|e\.\s?V\.?|mbH|Ltd\.?|Limited|LLC|LLP|Inc\.?|Corp\.?|PLC|S\.A\.?|S\.L\.?|SARL|SAS|S\.r\.l\.?|SpA|S\.p\.A\.?|B\.V\.?|N\.V\.?|sp\.\s?z\s?o\.o\.?|Lda\.?)(?!\p{L})/u;
var AUTHOR_REJECTS = [
  {
    id: "phrase-opener",
    reason: 'A possessive or demonstrative first ("Mein Motto", "Our Team"): a phrase, not a name (PHRASE_OPENERS).',
    test: (n) => PHRASE_OPENER.test(n)
  },
  {
    id: "weekday-abbreviations",
    reason: 'A row of weekday abbreviations ("Mi Do Fr Sa", an opening-hours table after "Di") is no name.',
    test: (n) => n.split(/\s+/).every((w) => WEEKDAY_ABBREVIATION.test(w))
  },
  {
    id: "publication-word",
    reason: '"Badische Zeitung", "O\xD6 Volksblatt", "Diario Norte": a publication (PUBLICATION_WORDS).',
    test: (n) => PUBLICATION_WORD.test(n)
  },
  {
    id: "company-form",
    reason: 'A legal form names a company ("Web Commerce GmbH", "Acme Ltd"): the web agency or publisher in a meta tag, not a person.',
    test: (n) => COMPANY_FORM.test(n)
  },
  {
    id: "non-person-word",
    reason: "A CMS account, an editorial desk or an advertising label, not a person (NON_PERSON_WORDS).",
    test: (n) => NON_PERSON_WORD.test(n)
  },
  {
    id: "single-word",
    reason: 'A credited person has a given name and a surname; one word is a handle, a first name alone, a site ("LinkNaija") or a label ("Editorial").',
    // Chinese, Japanese and Korean names are written without a space: not a reason to reject.
    test: (n) => !/\s/.test(n.trim()) && !/[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(n)
  },
  {
    id: "article-the",
    reason: '"The Water Coolest", "The Russian ... ministries": a name that opens with "The" is an organisation or a phrase.',
    test: (n) => /^the\s/i.test(n)
  },
  {
    id: "acronym-word",
    reason: '"CNN Business", "ABC7 Eyewitness": an upper-case word of three or more letters in a mixed-case name is an outlet (all-caps names are title-cased before this test).',
    test: (n) => /(?:^|\s)\p{Lu}{3,}\d*(?=\s|$)/u.test(n) && /\p{Ll}/u.test(n)
  }
];
var FOREIGN_CONTAINERS = {
  tags: /* @__PURE__ */ new Set(["BLOCKQUOTE", "Q", "FOOTER", "ASIDE", "NAV"]),
  /**
   * Tags foreign only outside an <article>: an article's own <footer> or <aside> holds its
   * author and date (h-entry themes, "aside.meta" beside the headline).
   */
  pageLevelTags: /* @__PURE__ */ new Set(["FOOTER", "ASIDE"]),
  /** Substrings of a class attribute (lower-cased). */
  classes: ["comment", "testimonial", "review-", "related", "recommend", "popular", "trending"],
  /**
   * Layout words that mark a column, not what it holds: foreign unless the container is or sits in
   * an <article> ("sticky-sidebar-parent" on the article, a meta column inside it) or holds the
   * post itself (Blogger wraps every post in "widget Blog").
   */
  layoutClasses: ["widget", "sidebar"],
  /** What a layout container holding the article itself contains. */
  articleInside: 'h1, article, .hentry, .h-entry, [itemprop="articleBody"], [itemprop="blogPost"]',
  /** Substrings of an id attribute (lower-cased). */
  ids: ["comment"],
  reason: "Quotes, comments, testimonials, sidebars and teaser widgets carry other people's names."
};
var tokens = (cls) => cls.split(/\s+/);
var attr = (el, name) => el.getAttribute(name);
var BYLINE_SOURCES = [
  {
    id: "itemprop-author-name",
    reason: "schema.org microdata: the name inside the author item.",
    test: (el) => attr(el, "itemprop") === "name" && hasAncestor(el, (a) => attr(a, "itemprop") === "author")
  },
  { id: "itemprop-author", reason: "schema.org microdata author.", test: (el) => attr(el, "itemprop") === "author" },
  { id: "rel-author-link", reason: "A link to the author page.", test: (el) => el.tagName === "A" && attr(el, "rel") === "author" },
  { id: "rel-author", reason: "rel=author on another element.", test: (el) => attr(el, "rel") === "author" },
  {
    id: "byline-name-class",
    reason: "Common class names of the name inside a byline.",
    test: (_el, cls) => tokens(cls).some((t) => t === "byline__name" || t === "byline-name" || t === "author-name" || t === "article-author" || t === "author__name")
  },
  { id: "byline-class", reason: "Common class names of a byline.", test: (_el, cls) => tokens(cls).some((t) => t === "byline" || t === "by-line" || t === "article-byline") },
  { id: "byline-in-class", reason: "Any class naming a byline.", test: (_el, cls) => cls.includes("byline") },
  {
    id: "author-in-class",
    reason: "Any class naming an author (not the page or article wrapper).",
    test: (el, cls) => cls.includes("author") && el.tagName !== "BODY" && el.tagName !== "ARTICLE" && el.tagName !== "SECTION",
    weak: true
  },
  {
    id: "writer-in-class",
    reason: 'Classes naming the writer in other words or languages ("writer", "wrote_by", "contributor", "autor", "auteur", "verfasser", "redakteur"): the body cleaner drops these elements as bylines, so their name must be read here.',
    test: (el, cls) => WRITER_CLASS.test(cls) && el.tagName !== "BODY" && el.tagName !== "ARTICLE" && el.tagName !== "SECTION",
    weak: true
  }
];
var WRITER_CLASS = /(?:writer|wrote|written|contributor|autor|auteur|verfasser|redakteur|posted-?by|post-?by)/;
function hasAncestor(el, test) {
  for (let a = el.parentElement; a; a = a.parentElement)
    if (test(a))
      return true;
  return false;
}
var MAX_LABELLED_BYLINE_CHARS = 100;
var LABELLED_BYLINE_SKIP = 'a[href]:not([href^="mailto:" i]):not([href^="javascript:" i]):not([href^="#"]), h1, h2, h3, figcaption, script, style, noscript, template, code, pre, textarea, option';

// dist/html/byline.js
var foldName = (s) => s.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
function bylineText(el) {
  const parts = [];
  let textRun = false;
  const walk = (n) => {
    if (n.nodeType === 3) {
      if (textRun)
        parts[parts.length - 1] += n.nodeValue ?? "";
      else
        parts.push(n.nodeValue ?? "");
      textRun = true;
    } else if (n.nodeType === 1) {
      textRun = false;
      const tag = n.tagName;
      if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT")
        return;
      for (const c of n.childNodes)
        walk(c);
      textRun = false;
    }
  };
  walk(el);
  let text = "";
  for (const part of parts)
    text += /\p{Ll}$/u.test(text) && /^\p{Ll}/u.test(part) ? part : ` ${part}`;
  return norm(text.replace(/\u00ad/g, "")).replace(/\s+([,.;:])/g, "$1");
}
function afterInnerLabel(s) {
  const m = INNER_BYLINE_LABEL.exec(s);
  if (!m || m.index === 0)
    return s;
  const before = s.slice(0, m.index);
  if (/\p{Lu}[\p{L}'’.-]*$/u.test(before))
    return s;
  return splitAuthors(before).length ? s : s.slice(m.index + m[0].length);
}
function dropDateline(s) {
  const parts = s.split(",");
  for (let i = 1; i < parts.length - 1; i++) {
    if (isOutletOrTitle(parts[i].trim()) && !JOB_TITLE_PATTERN.test(parts[i]) && !/^\s*(?:and|&|und|et|y|e|en|i|oraz)\s/i.test(parts[i + 1]))
      return parts.slice(0, i + 1).join(",");
  }
  return s;
}
var AVATAR_INITIALS = /(?<!\S)(\p{Lu})\p{Lu}?(\p{Lu})\s+(?=\1[\p{Ll}'’-]+(?:\s+\S+)?\s+\2\p{Ll})/gu;
function prepareByline(byline) {
  let s = norm(byline.replace(/\u00ad/g, "")).replace(LEADING_BYLINE_LABEL, (m) => /^by\s/i.test(m) ? m : "");
  s = afterInnerLabel(s);
  s = s.replace(AVATAR_INITIALS, (_m, _a, _b, at) => at === 0 ? "" : ", ").replace(/\s+,/g, ",");
  let cut = s.length;
  for (const rule of BYLINE_CUTS) {
    const m = rule.pattern.exec(s);
    if (m && m.index > 0 && m.index < cut)
      cut = m.index;
  }
  s = s.slice(0, cut);
  if (cut < norm(byline).length)
    s = s.replace(TRAILING_WEEKDAY_ABBREVIATION.pattern, "");
  s = s.replace(BYLINE_LEAD_IN.pattern, (m) => /^by\s/i.test(m) ? m : "");
  s = s.replace(TRAILING_OUTLET.pattern, "");
  const caps = CAPS_NAMES_THEN_MIXED.pattern.exec(s);
  if (caps)
    s = caps[1];
  s = s.replace(CREDENTIALS, "");
  s = dropDateline(s);
  return norm(s).replace(/[\s,;:|–—-]+$/, "");
}
function isSiteName(name, site, raw = name) {
  const f = foldName(name);
  if (!f)
    return true;
  if (site.siteName && foldName(site.siteName) === f)
    return true;
  if (site.publisher && foldName(site.publisher) === f)
    return true;
  if (/\s/.test(name.trim()) && raw.toLowerCase().includes(name.toLowerCase()) && !PUBLICATION_WORD.test(name))
    return false;
  const labels = (site.host ?? "").toLowerCase().replace(/^www\./, "").split(".");
  return labels.length > 1 && labels.slice(0, -1).some((l) => l.replace(/[^a-z0-9]/g, "") === f);
}
function authorNames(raw, site, rejected) {
  if (!raw)
    return [];
  let names2 = prepareByline(raw);
  for (const siteName of [site.siteName, site.publisher]) {
    if (siteName && siteName.length >= 3 && names2.toLowerCase().endsWith(" " + siteName.toLowerCase()))
      names2 = names2.slice(0, -siteName.length).trim();
  }
  return splitAuthors(names2).filter((n) => {
    const rule = isSiteName(n, site, raw) ? "site-name" : AUTHOR_REJECTS.find((r) => r.test(n))?.id;
    if (rule)
      rejected?.push({ stage: "metadata", rule: `author-${rule}`, text: n });
    return !rule;
  });
}
function chooseAuthors(ld, dom, meta2, domIsByline = false) {
  const has = (list2, n) => list2.some((x) => foldName(x) === foldName(n));
  if (ld.length) {
    if (dom.length > ld.length && ld.every((n) => has(dom, n)))
      return [...dom];
    if (domIsByline && dom.length && !dom.some((n) => has(ld, n)))
      return [...dom];
    return [...ld];
  }
  return dom.length ? [...dom] : [...meta2];
}
var BLOCK_TAGS = /* @__PURE__ */ new Set(["P", "DIV", "LI", "UL", "OL", "DL", "DT", "DD", "TABLE", "TR", "TD", "SECTION", "ARTICLE", "HEADER", "FOOTER", "ASIDE", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "FIGURE", "HR"]);
var INLINE_TAGS = /* @__PURE__ */ new Set(["A", "SPAN", "EM", "STRONG", "B", "I", "U", "S", "SMALL", "FONT", "MARK", "CITE", "ABBR", "SUB", "SUP", "TIME", "LABEL", "Q", "BDI", "BDO"]);
var nodeText = (n) => n.nodeType === 3 ? n.nodeValue ?? "" : n.nodeType === 1 ? bylineText(n) : "";
function followingText(anchor) {
  let text = "";
  for (let n = anchor.nextSibling; n; n = n.nextSibling) {
    const el = n.nodeType === 1 ? n : null;
    const has = norm(text) !== "";
    if (el?.tagName === "BR" || el?.tagName === "HR") {
      if (has)
        break;
      continue;
    }
    const t = nodeText(n);
    if (el && BYLINE_LABEL_ALONE.test(norm(t)))
      break;
    if (el && BLOCK_TAGS.has(el.tagName) && has)
      break;
    text += el ? ` ${t} ` : t;
    if (el && BLOCK_TAGS.has(el.tagName) && norm(text))
      break;
  }
  return text;
}
function opensLine(t) {
  for (let n = t; n && (n.nodeType !== 1 || INLINE_TAGS.has(n.tagName)); n = n.parentNode) {
    for (let p = n.previousSibling; p; p = p.previousSibling) {
      if (p.nodeType === 1 && p.tagName === "BR")
        return true;
      if (norm(p.textContent))
        return false;
    }
  }
  return true;
}
function inDataSheet(t) {
  let block = t.parentElement;
  while (block && INLINE_TAGS.has(block.tagName))
    block = block.parentElement;
  if (!block)
    return false;
  const lines = [block.previousElementSibling, block, block.nextElementSibling];
  return lines.some((el) => !!el && (el.textContent ?? "").length <= DATA_SHEET_LINE_CHARS * 4 && DATA_SHEET_FIELD.test(el.textContent ?? ""));
}
var DATA_SHEET_LINE_CHARS = 150;
function labelValue(t, rest, stop) {
  let text = rest;
  let anchor = t;
  for (let level = 0; level < 3; level++) {
    text += followingText(anchor);
    if (norm(text))
      break;
    const parent = anchor.parentElement;
    if (!parent || parent === stop || norm(parent.textContent) !== norm(nodeText(anchor)))
      break;
    anchor = parent;
  }
  return norm(text.replace(/\u00ad/g, ""));
}
var MAX_LABELLED_LOWER_WORDS = 2;
var CONNECTORS = /* @__PURE__ */ new Set(["und", "and", "et", "y", "e", "i", "en", "oraz", "or", "u", "am", "le", "el", "on"]);
function readsAsProse(value) {
  const words2 = prepareByline(value).split(/\s+/);
  const lower = words2.filter((w) => /^\p{Ll}/u.test(w) && !CONNECTORS.has(w) && !NAME_PARTICLES.has(w));
  return lower.length > MAX_LABELLED_LOWER_WORDS;
}
function* labelledBylines(root, skip) {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(
    root,
    4
    /* NodeFilter.SHOW_TEXT */
  );
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t.previousSibling?.nodeType === 3)
      continue;
    const v = norm(t.nodeValue).replace(/^[|•·–—]\s*/, "");
    if (!v || v.length > MAX_LABELLED_BYLINE_CHARS)
      continue;
    const alone = BYLINE_LABEL_ALONE.test(v);
    const lead = alone ? null : LEADING_BYLINE_LABEL.exec(v);
    if (!alone && !lead)
      continue;
    const el = t.parentElement;
    const afterSeparator = v !== norm(t.nodeValue);
    if (!el || el.closest(LABELLED_BYLINE_SKIP) || !(afterSeparator || opensLine(t)) || skip(el) || inDataSheet(t))
      continue;
    const value = labelValue(t, alone ? "" : v.slice(lead[0].length), root);
    if (readsAsProse(value))
      continue;
    const label = alone ? LEADING_BYLINE_LABEL.test(`${v} A`) ? v : `${v.replace(/:$/, "")}:` : lead[0].trim();
    if (value && value.length <= MAX_LABELLED_BYLINE_CHARS)
      yield `${label} ${value}`;
  }
}

// dist/html/metadata.js
var ARTICLE_TYPES = /^(?:Article|NewsArticle|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|TechArticle|ScholarlyArticle|Report|LiveBlogPosting|WebPage|SocialMediaPosting|MediaObject|VideoObject|Recipe|HowTo)$/;
var MAX_DOM_BYLINE_CHARS = 200;
var NAMED_ENTITIES = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  ndash: "\u2013",
  mdash: "\u2014",
  hellip: "\u2026",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201C",
  rdquo: "\u201D",
  laquo: "\xAB",
  raquo: "\xBB"
};
function decodeEntities(s) {
  if (!s.includes("&"))
    return s;
  return s.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]{2,8}));/gi, (m, dec, hex, name) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
    if (code >= 0)
      return code > 0 && code <= 1114111 ? String.fromCodePoint(code) : m;
    return NAMED_ENTITIES[name.toLowerCase()] ?? m;
  });
}
var clean = (s) => {
  const t = decodeEntities(s ?? "").replace(/\s+/g, " ").trim();
  return t ? t : null;
};
var META_INDEX = /* @__PURE__ */ new WeakMap();
function metaIndex(doc) {
  let index = META_INDEX.get(doc);
  if (index)
    return index;
  index = /* @__PURE__ */ new Map();
  for (const el of doc.querySelectorAll("meta")) {
    const content = el.getAttribute("content");
    for (const attr2 of ["property", "name", "itemprop"]) {
      const key = el.getAttribute(attr2)?.trim().toLowerCase();
      if (key && !index.has(key))
        index.set(key, content);
    }
  }
  META_INDEX.set(doc, index);
  return index;
}
function meta(doc, ...keys) {
  const index = metaIndex(doc);
  for (const k of keys) {
    const v = clean(index.get(k.toLowerCase()));
    if (v)
      return v;
  }
  return null;
}
function typesOf(o) {
  const t = o["@type"];
  return (Array.isArray(t) ? t : [t]).filter((x) => typeof x === "string");
}
function jsonLdObjects(elements) {
  const out = [];
  const visit = (v) => {
    if (Array.isArray(v))
      v.forEach(visit);
    else if (v && typeof v === "object") {
      out.push(v);
      const g = v["@graph"];
      if (g)
        visit(g);
    }
  };
  for (const s of elements()) {
    if (s.localName.toLowerCase() !== "script" || s.getAttribute("type")?.toLowerCase() !== "application/ld+json")
      continue;
    const text = (s.textContent ?? "").replace(/^\s*<!--|-->\s*$/g, "");
    try {
      visit(JSON.parse(text));
    } catch {
      try {
        visit(JSON.parse(text.replace(/[\u0000-\u001f]+/g, " ")));
      } catch {
      }
    }
  }
  return out;
}
function names(v, byId, depth = 0) {
  if (!v || depth > 3)
    return [];
  if (typeof v === "string")
    return v.startsWith("http") ? [] : [v];
  if (Array.isArray(v))
    return v.flatMap((x) => names(x, byId, depth + 1));
  if (typeof v === "object") {
    let o = v;
    const ref = typeof o["@id"] === "string" ? byId.get(o["@id"]) : void 0;
    if (!o.name && ref && ref !== o)
      o = ref;
    const types = typesOf(o);
    if (types.some((t) => /Organization|Corporation|NewsMediaOrganization/.test(t)) && !types.includes("Person"))
      return [];
    return names(o.name, byId, depth + 1);
  }
  return [];
}
function str(v) {
  if (typeof v === "string")
    return clean(v);
  if (Array.isArray(v))
    return str(v[0]);
  if (v && typeof v === "object")
    return str(v.url ?? v.name ?? v["@value"]);
  return null;
}
var MAX_TWITTER_LABELS = 4;
function labelledMeta(doc) {
  for (let i = 1; i <= MAX_TWITTER_LABELS; i++) {
    const label = meta(doc, `twitter:label${i}`);
    if (label && BYLINE_LABEL_ALONE.test(label))
      return meta(doc, `twitter:data${i}`);
  }
  return null;
}
var PAGE_WRAPPERS = /* @__PURE__ */ new Set(["HTML", "BODY", "MAIN"]);
function inForeignContainer(el) {
  for (let n = el; n && !PAGE_WRAPPERS.has(n.tagName); n = n.parentElement) {
    if (FOREIGN_CONTAINERS.tags.has(n.tagName) && !(FOREIGN_CONTAINERS.pageLevelTags.has(n.tagName) && n.parentElement?.closest("article")))
      return true;
    const cls = classAttr(n)?.toLowerCase();
    if (cls && FOREIGN_CONTAINERS.classes.some((c) => cls.includes(c)))
      return true;
    if (cls && FOREIGN_CONTAINERS.layoutClasses.some((c) => cls.includes(c)) && !n.closest("article") && !n.querySelector(FOREIGN_CONTAINERS.articleInside))
      return true;
    const id = n.getAttribute("id")?.toLowerCase();
    if (id && FOREIGN_CONTAINERS.ids.some((c) => id.includes(c)))
      return true;
  }
  return false;
}
function withCoAuthors(first, text, matches2, site) {
  const container = first.parentElement?.parentElement;
  if (!container || PAGE_WRAPPERS.has(container.tagName))
    return text;
  const parts = [text];
  for (const el of matches2) {
    if (el === first || !container.contains(el) || el.contains(first) || first.contains(el) || inForeignContainer(el))
      continue;
    const t = clean(bylineText(el));
    if (t && authorNames(t, site).length > 0 && !parts.includes(t))
      parts.push(t);
  }
  const joined = parts.map((p) => p.replace(/[\s,;]+$/, "")).join(", ");
  return joined.length <= MAX_DOM_BYLINE_CHARS ? joined : text;
}
function domByline(elements, site, ldNames) {
  const all = elements().filter((el) => el.hasAttribute("itemprop") || el.hasAttribute("rel") || el.hasAttribute("class")).map((el) => ({ el, cls: classAttr(el)?.toLowerCase() ?? "" }));
  const ld = new Set(ldNames.map(foldName));
  let first = null;
  for (const source of BYLINE_SOURCES) {
    const els = all.filter(({ el, cls }) => source.test(el, cls)).map(({ el }) => el);
    for (const el of els) {
      if (inForeignContainer(el))
        continue;
      const text = clean(bylineText(el));
      if (!text || text.length > MAX_DOM_BYLINE_CHARS)
        continue;
      const found = authorNames(text, site);
      if (!found.length)
        continue;
      const candidate2 = { text: withCoAuthors(el, text, els, site), strong: !source.weak };
      if (!ld.size || found.some((n) => ld.has(foldName(n))))
        return candidate2;
      first ??= candidate2;
    }
  }
  return first;
}
function labelledByline(doc, site) {
  if (!doc.body)
    return null;
  let first = null;
  const people = /* @__PURE__ */ new Set();
  for (const text of labelledBylines(doc.body, inForeignContainer)) {
    const names2 = authorNames(text, site);
    if (!names2.length)
      continue;
    first ??= text;
    for (const n of names2)
      people.add(foldName(n));
    if (people.size > MAX_LABELLED_PEOPLE)
      return null;
  }
  return first ? { text: first, strong: true } : null;
}
var SIGNATURE_PROSE_CHARS = 200;
var MAX_SIGNATURE_CHARS = 60;
var FOOTNOTE = /^\s*(?:\(\d+\)|\[\d+\]|\d+\)|\*)/;
function signatureByline(elements, site) {
  const proseChars = (el) => el?.tagName === "P" ? norm(el.textContent).length : 0;
  for (const p of elements()) {
    if (p.localName.toLowerCase() !== "p")
      continue;
    const raw = norm(p.textContent);
    const copyright = /^(?:©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?/i.exec(raw);
    const text = raw.slice(copyright?.[0].length ?? 0).replace(/^[-–—]\s*/, "");
    if (!text || text.length > MAX_SIGNATURE_CHARS)
      continue;
    const elements2 = [...p.children];
    const setApart = !!copyright || /right/i.test(p.getAttribute("align") ?? "") || /text-align:\s*right/i.test(p.getAttribute("style") ?? "") || elements2.length === 1 && /^(?:EM|I|STRONG|B)$/.test(elements2[0].tagName) && norm(elements2[0].textContent) === norm(p.textContent);
    if (!setApart)
      continue;
    const before = p.previousElementSibling;
    if (Math.max(proseChars(before), proseChars(before?.previousElementSibling ?? null)) < SIGNATURE_PROSE_CHARS)
      continue;
    let after2 = false;
    for (let n = p.nextElementSibling; n && !after2; n = n.nextElementSibling)
      after2 = proseChars(n) >= SIGNATURE_PROSE_CHARS && !FOOTNOTE.test(n.textContent ?? "");
    if (after2 || inForeignContainer(p))
      continue;
    const names2 = authorNames(text, site);
    if (names2.length === 1 && foldName(names2[0]) === foldName(text))
      return text;
  }
  return null;
}
var MAX_HEADLINE_LINE_CHARS = 80;
function headlineLineByline(doc, site) {
  const h1 = doc.querySelector("h1");
  const line = h1?.nextElementSibling ?? h1?.parentElement?.nextElementSibling;
  if (!line || line.querySelector("p, div, li, table"))
    return null;
  const text = norm(line.textContent);
  if (!line || !text || text.length > MAX_HEADLINE_LINE_CHARS || inForeignContainer(line))
    return null;
  const parts = text.split(/\s+[-–—|•·]\s+/);
  if (parts.length < 2 || parts.length > 3)
    return null;
  const dates = parts.filter((p) => parseDate(p));
  const rest = parts.filter((p) => !parseDate(p));
  if (dates.length !== 1 || !rest.length)
    return null;
  const names2 = rest.map((p) => authorNames(p, site));
  return names2.every((n, i) => n.length && foldName(n.join("")) === foldName(rest[i])) ? rest.join(", ") : null;
}
var MAX_LABELLED_PEOPLE = 3;
function strongest(dom, labelled) {
  if (dom?.strong)
    return dom;
  return labelled() ?? dom;
}
var isTime = (el) => el.localName.toLowerCase() === "time";
function hasAncestor2(el, localName) {
  for (let n = el.parentElement; n; n = n.parentElement)
    if (n.localName.toLowerCase() === localName)
      return true;
  return false;
}
var TIME_TESTS = [
  (el) => isTime(el) && el.hasAttribute("datetime") && el.hasAttribute("pubdate"),
  (el) => el.getAttribute("itemprop") === "datePublished" && el.hasAttribute("datetime"),
  (el) => el.getAttribute("itemprop") === "datePublished" && el.hasAttribute("content"),
  (el) => isTime(el) && el.hasAttribute("datetime") && hasAncestor2(el, "article"),
  (el) => isTime(el) && el.hasAttribute("datetime")
];
var MAX_DATE_TEXT_CHARS = 80;
var HEADLINE_DATE_ELEMENTS_AFTER = 40;
var HEADLINE_DATE_ELEMENTS_BEFORE = 12;
var FOREIGN_DATE_CONTAINERS = {
  tags: /* @__PURE__ */ new Set(["FOOTER", "NAV"]),
  /** Substrings of a class or id attribute (lower-cased). */
  words: ["comment", "related", "recommend", "popular", "trending", "teaser", "similar", "reply", "respond"]
};
function holdsForeignDates(n) {
  if (FOREIGN_DATE_CONTAINERS.tags.has(n.tagName))
    return true;
  const names2 = `${classAttr(n) ?? ""} ${n.getAttribute("id") ?? ""}`.toLowerCase();
  return names2.trim() !== "" && FOREIGN_DATE_CONTAINERS.words.some((w) => names2.includes(w));
}
function foreignToArticle(el, headline) {
  for (let n = el; n && !PAGE_WRAPPERS.has(n.tagName); n = n.parentElement) {
    if (headline && n.contains(headline))
      return false;
    if (holdsForeignDates(n))
      return true;
  }
  return false;
}
var MIN_HEADLINE_CHARS = 10;
function headlineElement(elements, titles) {
  const tagIn = (names2) => elements().filter((el) => names2.includes(el.localName.toLowerCase()));
  const fold4 = (t) => (t ?? "").replace(/\s+/g, " ").trim().toLowerCase();
  const wanted = titles.map(fold4).filter(Boolean);
  const titled = tagIn(["h1", "h2", "h3"]).filter((h) => {
    const t = fold4(h.textContent);
    return t.length >= MIN_HEADLINE_CHARS && wanted.some((w) => w.includes(t));
  });
  const best = titled.reduce((b, h) => !b || fold4(h.textContent).length > fold4(b.textContent).length ? h : b, null);
  return best ?? tagIn(["h1"]).find((h) => fold4(h.textContent) && !inForeignContainer(h)) ?? null;
}
function dateOfShortText(el, options) {
  const text = clean(el.textContent);
  if (!text || text.length > MAX_DATE_TEXT_CHARS || isUpdateOnly(text, options))
    return null;
  return publishedDate(text, options);
}
var DATELINE_CHARS = 32;
function datelineOf(el, options) {
  if (el.tagName !== "P")
    return null;
  const head = clean(el.textContent)?.slice(0, DATELINE_CHARS);
  const first = findDates(head, options)[0];
  return first && /^\s*\)?\s*[-–—.:]/.test(head.slice(first.end)) ? first.iso : null;
}
var VISIBLE_DATE_TESTS = [
  (el) => el.getAttribute("itemprop") === "datePublished",
  (el) => el.localName.toLowerCase() === "time",
  ...["publish", "date", "time", "submitted", "meta", "byline"].map((word) => (el) => (classAttr(el) ?? "").toLowerCase().includes(word))
];
var isDateNamed = (el) => VISIBLE_DATE_TESTS.some((test) => test(el));
function headlineDate(all, headline, options, named) {
  if (!headline)
    return null;
  const at = all.indexOf(headline);
  if (at < 0)
    return null;
  const look = (el) => named && !isDateNamed(el) || foreignToArticle(el, headline) ? null : dateOfShortText(el, options) ?? (named ? null : datelineOf(el, options));
  for (let i = at + 1 + headline.querySelectorAll("*").length; i < Math.min(all.length, at + HEADLINE_DATE_ELEMENTS_AFTER); i++) {
    const date = look(all[i]);
    if (date)
      return date;
  }
  for (let i = at - 1; i >= Math.max(0, at - HEADLINE_DATE_ELEMENTS_BEFORE); i--) {
    if (all[i].contains(headline))
      continue;
    const date = look(all[i]);
    if (date)
      return date;
  }
  return null;
}
var MAX_LABELLED_TEXT_CHARS = 200;
var MAX_LABELLED_CHILDREN = 3;
var blockChildren = (el) => {
  let n = 0;
  for (const child of el.children)
    if (child.localName.toLowerCase() !== "br")
      n++;
  return n;
};
var TIMESTAMP = /T\d{2}:\d{2}/;
var dayNumber = (iso) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 864e5;
function labelledPublishedDate(elements, headline, options) {
  const inBody = /* @__PURE__ */ new Set();
  let updated = null;
  for (const el of elements()) {
    const parent = el.parentElement;
    if (!parent || parent.localName.toLowerCase() !== "body" && !inBody.has(parent))
      continue;
    inBody.add(el);
    if (blockChildren(el) > MAX_LABELLED_CHILDREN)
      continue;
    const text = clean(el.textContent);
    if (!text || text.length > MAX_LABELLED_TEXT_CHARS)
      continue;
    const dates = labelledDates(text, options);
    const date = dates.find((d) => d.role === "published");
    if (date && !foreignToArticle(el, headline))
      return date.iso;
    if (!updated) {
      const update = dates.find((d) => d.role === "updated");
      if (update && !foreignToArticle(el, headline))
        updated = update.iso;
    }
  }
  return updated;
}
function visibleDate(doc, byline, headline, options, elements) {
  const fromByline = publishedDate(byline, options);
  if (fromByline)
    return fromByline;
  const all = headline ? elements() : [];
  const nearHeadline = headlineDate(all, headline, options, true) ?? headlineDate(all, headline, options, false);
  if (nearHeadline)
    return nearHeadline;
  for (const test of VISIBLE_DATE_TESTS) {
    for (const el of elements()) {
      if (!test(el))
        continue;
      if (PAGE_WRAPPERS.has(el.tagName) || foreignToArticle(el, headline))
        continue;
      const date = dateOfShortText(el, options);
      if (date)
        return date;
    }
  }
  return null;
}
function canonicalOf(doc) {
  return (doc.head ?? doc).querySelector('link[rel="canonical" i]')?.getAttribute("href") ?? meta(doc, "og:url");
}
var ARCHIVED = /^https?:\/\/web\.archive\.org\/web\/[^/]+\/(https?:\/\/.+)$/i;
function hostOf(url) {
  try {
    return url ? new URL(url).hostname : null;
  } catch {
    return null;
  }
}
function readMetadata(doc, pageUrl, listed) {
  let all = listed ?? null;
  const elements = () => all ??= elementsOf(doc);
  const ld = jsonLdObjects(elements);
  const article = ld.find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && t !== "WebPage")) ?? ld.find((o) => typesOf(o).includes("WebPage"));
  const byId = /* @__PURE__ */ new Map();
  for (const o of ld)
    if (typeof o["@id"] === "string" && !byId.has(o["@id"]))
      byId.set(o["@id"], o);
  const publisher = article?.publisher;
  const siteName = meta(doc, "og:site_name", "application-name") ?? str(publisher?.name) ?? null;
  const canonical = canonicalOf(doc);
  const publisherObj = publisher && typeof publisher["@id"] === "string" && !publisher.name ? byId.get(publisher["@id"]) : publisher;
  const publisherIsPerson = !!publisherObj && typesOf(publisherObj).includes("Person");
  const site = { siteName, publisher: publisherIsPerson ? null : str(publisherObj?.name), host: hostOf(pageUrl ?? canonical) };
  const ldAuthors = names(article?.author ?? article?.creator, byId);
  const metaAuthorRaw = meta(doc, "author", "article:author", "article:author_name", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "citation_author", "byl", "cxenseparse:author", "shareaholic:article_author_name");
  const metaAuthor = (metaAuthorRaw && !/^https?:/.test(metaAuthorRaw) ? metaAuthorRaw : null) ?? labelledMeta(doc);
  const ldPeople = ldAuthors.flatMap((n) => authorNames(n, site));
  const visible = strongest(domByline(elements, site, ldPeople), () => labelledByline(doc, site));
  let byline = visible?.text ?? metaAuthor ?? (ldAuthors.length ? ldAuthors.join(", ") : null);
  const rejected = [];
  let authors = chooseAuthors(ldAuthors.flatMap((n) => authorNames(n, site, rejected)), authorNames(visible?.text, site, rejected), authorNames(metaAuthor, site, rejected), visible?.strong ?? false);
  if (!authors.length) {
    const signature = headlineLineByline(doc, site) ?? signatureByline(elements, site);
    if (signature) {
      authors = authorNames(signature, site);
      byline ??= signature;
    }
  }
  const titleTag = clean(doc.querySelector("title")?.textContent);
  const titleCandidates = [str(article?.headline), meta(doc, "og:title", "twitter:title", "title", "dc.title"), titleTag].filter((x) => !!x);
  const langAttr = clean(doc.documentElement.getAttribute("lang")) ?? meta(doc, "og:locale", "language", "content-language") ?? str(article?.inLanguage);
  const lang = langAttr ? canonicalLang(langAttr) : null;
  const dateOptions = { lang };
  const headline = headlineElement(elements, titleCandidates);
  const dateSources = [
    () => str(article?.datePublished),
    () => meta(doc, "article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date", "citation_publication_date", "article.published"),
    ...TIME_TESTS.map((test) => () => {
      const el = elements().find((e) => test(e) && !foreignToArticle(e, headline));
      return el?.getAttribute("datetime") ?? el?.getAttribute("content") ?? null;
    }),
    () => str(article?.dateCreated)
  ];
  let published = null;
  for (const source of dateSources)
    if (published = parseDate(source(), { lang: null }))
      break;
  const seen = !published || TIMESTAMP.test(published) ? visibleDate(doc, byline, headline, dateOptions, elements) : null;
  if (published && seen && Math.abs(dayNumber(published) - dayNumber(seen)) === 1)
    published = seen;
  published ??= seen ?? labelledPublishedDate(elements, headline, dateOptions);
  const fromUrl = urlDate(pageUrl ?? canonical);
  if (fromUrl && published?.slice(0, 10) !== fromUrl)
    published = fromUrl;
  let url = pageUrl;
  if (!url && canonical) {
    try {
      url = new URL(canonical).href;
    } catch {
      url = null;
    }
  }
  return {
    title: titleCandidates[0] ?? null,
    titleCandidates,
    byline,
    authors,
    published,
    siteName,
    host: hostOf(ARCHIVED.exec(pageUrl ?? canonical ?? "")?.[1] ?? pageUrl ?? canonical),
    rejectedAuthors: rejected,
    lang,
    description: meta(doc, "og:description", "description", "twitter:description") ?? str(article?.description),
    image: meta(doc, "og:image", "twitter:image", "twitter:image:src") ?? str(article?.image),
    url
  };
}

// dist/rules/html-title.js
var HIDDEN_HEADING = [
  {
    id: "screen-reader-only",
    pattern: /(?:^|[\s_-])(?:sr-only|screen-?reader(?:-text|-only)?|visually-?hidden|hide-accessible|aural|offscreen|off-screen|element-invisible|a11y-hidden|assistive-text|show-for-sr|u-hidden|hidden|invisible)(?:$|[\s_])/i,
    reason: 'Text for screen readers only ("Navigation", "detail", the site name as a hidden <h1>): the page does not show it as its headline.'
  }
];
var SITE_HEADING = [
  {
    id: "site-title",
    pattern: /(?:^|\s)(?:site[-_]?(?:title|name|logo|brand|branding)|blog-?name|logo|brand|branding|masthead)(?:$|\s)/i,
    reason: 'WordPress and other themes put the site name in <h1 id="site-title">, <h1 class="logo">: it is on every page of the site.'
  }
];
var KICKER_PART = [
  {
    id: "kicker-class",
    pattern: /kicker|overline|over-line|dachzeile|roofline|topline|top-line|toptitle|top-title|supertitle|super-title|superheadline|pretitle|pre-title|preheadline|eyebrow|spitzmarke|subheadline|sub-headline|subtitle|sub-title|h1small|small|label|rubric|ressort|category|flag|date|time/i,
    reason: "News and magazine templates print the topic or date above the headline in its own element inside the <h1>; as the heading's first part it is the kicker (a subtitle comes after the headline, never first)."
  }
];
var KICKER_TAGS = /* @__PURE__ */ new Set(["small", "time"]);
var GENERIC_LABELS = {
  en: [
    "home",
    "homepage",
    "home page",
    "news",
    "latest news",
    "blog",
    "blog archive",
    "archive",
    "archives",
    "article",
    "articles",
    "post",
    "posts",
    "detail",
    "details",
    "page",
    "forum",
    "forums",
    "magazine",
    "navigation",
    "main navigation",
    "menu",
    "search",
    "press",
    "press releases",
    "press release",
    "media",
    "events",
    "topics",
    "category",
    "categories",
    "tag",
    "tags",
    "overview",
    "index",
    "main menu",
    "content",
    "main content",
    "skip to content",
    "user",
    "login",
    "account",
    "opinion",
    "opinions",
    "comment",
    "analysis",
    // newspaper sections
    "politics",
    "business",
    "economy",
    "sport",
    "sports",
    "culture",
    "science",
    "technology",
    "tech",
    "health",
    "travel",
    "lifestyle",
    "entertainment",
    "world",
    "local",
    "music",
    "film",
    "books",
    "literature"
  ],
  de: [
    "startseite",
    "aktuelles",
    "aktuell",
    "nachrichten",
    "neuigkeiten",
    "news",
    "blog",
    "blog archiv",
    "archiv",
    "artikel",
    "beitrag",
    "beitr\xE4ge",
    "detail",
    "details",
    "detailansicht",
    "seite",
    "magazin",
    "navigation",
    "hauptnavigation",
    "men\xFC",
    "hauptmen\xFC",
    "suche",
    "presse",
    "pressemitteilungen",
    "pressemitteilung",
    "medienmitteilungen",
    "medienmitteilung",
    "meldungen",
    "termine",
    "veranstaltungen",
    "themen",
    "kategorie",
    "kategorien",
    "\xFCbersicht",
    "inhalt",
    "hauptinhalt",
    "servicemen\xFC",
    "geschichte",
    "meinung",
    "kommentar",
    "kommentare",
    "analyse",
    // newspaper sections
    "politik",
    "wirtschaft",
    "sport",
    "kultur",
    "wissen",
    "wissenschaft",
    "gesundheit",
    "reise",
    "reisen",
    "leben",
    "panorama",
    "unterhaltung",
    "welt",
    "lokales",
    "regional",
    "musik",
    "film",
    "literatur",
    "digital",
    "technik"
  ],
  fr: [
    "accueil",
    "actualit\xE9s",
    "actualit\xE9",
    "actus",
    "nouvelles",
    "blog",
    "archives",
    "article",
    "articles",
    "d\xE9tail",
    "d\xE9tails",
    "page",
    "magazine",
    "navigation",
    "menu",
    "recherche",
    "presse",
    "communiqu\xE9s",
    "communiqu\xE9 de presse",
    "\xE9v\xE9nements",
    "agenda",
    "cat\xE9gorie",
    "sommaire",
    "contenu",
    "opinion",
    "opinions",
    "tribune",
    "analyse",
    // newspaper sections
    "politique",
    "\xE9conomie",
    "sport",
    "sports",
    "culture",
    "sciences",
    "sant\xE9",
    "voyage",
    "monde",
    "musique",
    "cin\xE9ma",
    "livres",
    "litt\xE9rature"
  ],
  es: [
    "inicio",
    "portada",
    "noticias",
    "actualidad",
    "blog",
    "archivo",
    "art\xEDculo",
    "art\xEDculos",
    "detalle",
    "detalles",
    "p\xE1gina",
    "revista",
    "navegaci\xF3n",
    "men\xFA",
    "buscar",
    "b\xFAsqueda",
    "prensa",
    "eventos",
    "agenda",
    "categor\xEDa",
    "categor\xEDas",
    "contenido",
    "opini\xF3n",
    "an\xE1lisis",
    // newspaper sections
    "pol\xEDtica",
    "econom\xEDa",
    "deportes",
    "cultura",
    "ciencia",
    "salud",
    "viajes",
    "mundo",
    "m\xFAsica",
    "cine",
    "libros"
  ],
  it: [
    "home",
    "notizie",
    "news",
    "attualit\xE0",
    "blog",
    "archivio",
    "articolo",
    "articoli",
    "dettaglio",
    "dettagli",
    "pagina",
    "rivista",
    "navigazione",
    "menu",
    "cerca",
    "ricerca",
    "stampa",
    "comunicati stampa",
    "eventi",
    "categoria",
    "categorie",
    "contenuto",
    "opinioni",
    "commento",
    "analisi",
    // newspaper sections
    "politica",
    "economia",
    "sport",
    "cultura",
    "scienza",
    "salute",
    "viaggi",
    "mondo",
    "musica",
    "cinema",
    "libri"
  ],
  pl: [
    "strona g\u0142\xF3wna",
    "aktualno\u015Bci",
    "wiadomo\u015Bci",
    "newsy",
    "blog",
    "archiwum",
    "artyku\u0142",
    "artyku\u0142y",
    "szczeg\xF3\u0142y",
    "strona",
    "magazyn",
    "nawigacja",
    "menu",
    "szukaj",
    "wyszukiwanie",
    "prasa",
    "wydarzenia",
    "kategoria",
    "kategorie",
    "tre\u015B\u0107",
    "opinie",
    "komentarz",
    "komentarze",
    "analiza",
    // newspaper sections
    "polityka",
    "gospodarka",
    "sport",
    "kultura",
    "nauka",
    "zdrowie",
    "podr\xF3\u017Ce",
    "\u015Bwiat",
    "muzyka",
    "film",
    "ksi\u0105\u017Cki"
  ],
  nl: [
    "home",
    "startpagina",
    "nieuws",
    "actueel",
    "blog",
    "archief",
    "artikel",
    "artikelen",
    "detail",
    "details",
    "pagina",
    "magazine",
    "navigatie",
    "menu",
    "zoeken",
    "pers",
    "persberichten",
    "evenementen",
    "agenda",
    "categorie",
    "inhoud",
    "opinie",
    "commentaar",
    "analyse",
    // newspaper sections
    "politiek",
    "economie",
    "sport",
    "cultuur",
    "wetenschap",
    "gezondheid",
    "reizen",
    "wereld",
    "muziek",
    "film",
    "boeken"
  ],
  pt: [
    "in\xEDcio",
    "p\xE1gina inicial",
    "not\xEDcias",
    "atualidade",
    "blog",
    "arquivo",
    "artigo",
    "artigos",
    "detalhe",
    "detalhes",
    "p\xE1gina",
    "revista",
    "navega\xE7\xE3o",
    "menu",
    "pesquisa",
    "buscar",
    "imprensa",
    "eventos",
    "categoria",
    "categorias",
    "conte\xFAdo",
    "opini\xE3o",
    "an\xE1lise",
    // newspaper sections
    "pol\xEDtica",
    "economia",
    "desporto",
    "esportes",
    "cultura",
    "ci\xEAncia",
    "sa\xFAde",
    "viagens",
    "mundo",
    "m\xFAsica",
    "cinema",
    "livros"
  ]
};
var GENERIC_LABEL_SET = new Set(Object.values(GENERIC_LABELS).flat().map((s) => s.toLowerCase()));

// dist/html/title.js
var SITE_SEPARATORS = /\s+[|–—:·•»~]\s+|\s+-\s+|\s+::\s+|\s+--\s*/;
var SEPARATOR_AT_START = new RegExp(`^(?:${SITE_SEPARATORS.source})`);
var SEPARATOR_AT_END = new RegExp(`(?:${SITE_SEPARATORS.source}|:\\s+)$`);
var MIN_HEADLINE_WORDS = 3;
var MIN_H1_WORDS = 3;
var MIN_H1_CHARS = 12;
var MAX_H1_CHARS = 300;
var MIN_SHARED_WORD_CHARS = 4;
var MIN_SHARED_WORDS = 2;
var MAX_KICKER_WORDS = 10;
var MIN_GLUED_SITE_CHARS = 12;
var MAX_HOST_SEGMENT_WORDS = 3;
var MAX_HOST_SUFFIX_CHARS = 4;
var MIN_HOST_LABEL_CHARS = 4;
var INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
var fold = (s) => s.normalize("NFKC").replace(INVISIBLE, "").toLowerCase().replace(/[‘’']/g, "'").replace(/[“”"„«»]/g, '"').replace(/[‐-―]/g, "-").replace(/\s+/g, " ").trim();
var compact = (s) => fold(s).replace(/[^\p{L}\p{N}]+/gu, "");
var wordsOf = (s) => fold(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
var space = (s) => s.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
var OUTSIDE_ARTICLE = 'nav, footer, aside, [role="navigation"], [role="banner"], a[href="/"]';
var NOT_TEXT = /* @__PURE__ */ new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);
var classOf = (el) => `${classAttr(el) ?? ""} ${el.getAttribute("id") ?? ""}`;
var matches = (el, rules) => rules.some((r) => r.pattern.test(classOf(el)));
function textOf(node) {
  let out = "";
  const walk = (n) => {
    if (n.nodeType === 3)
      out += n.textContent ?? "";
    else if (n.nodeType === 1) {
      const el = n;
      if (NOT_TEXT.has(el.tagName))
        return;
      if (el.tagName === "BR") {
        out += " ";
        return;
      }
      for (const c of el.childNodes)
        walk(c);
    }
  };
  walk(node);
  return space(out);
}
function ancestorMarked(el, rules) {
  for (let e = el; e && e.tagName !== "BODY" && e.tagName !== "HTML"; e = e.parentElement) {
    if (matches(e, rules))
      return true;
  }
  return false;
}
var LOGO = [{ pattern: /logo/i }];
function isHomeLink(href) {
  if (href === null)
    return false;
  const h = href.trim().replace(/^https?:\/\/web\.archive\.org\/web\/[^/]+\//i, "");
  const root = (path) => /^\/?(?:[a-z]{2}(?:[-_][a-z]{2})?\/?)?(?:index\.(?:html?|php))?$/i.test(path);
  if (h === "./" || h.startsWith("/") && !h.startsWith("//") && root(h))
    return true;
  try {
    const u = new URL(h);
    return root(u.pathname) && !u.search;
  } catch {
    return false;
  }
}
function splitKicker(h) {
  let box = h;
  for (; ; ) {
    const kids = [...box.childNodes].filter((n) => n.nodeType === 1 ? !NOT_TEXT.has(n.tagName) : (n.textContent ?? "").trim() !== "");
    if (kids.length === 1 && kids[0].nodeType === 1)
      box = kids[0];
    else
      break;
  }
  const nodes = [...box.childNodes].filter((n) => n.nodeType === 1 ? !NOT_TEXT.has(n.tagName) : (n.textContent ?? "").trim() !== "");
  const first = nodes[0];
  if (!first || first.nodeType !== 1 || nodes.length < 2)
    return null;
  const el = first;
  const kicker = textOf(el);
  if (!kicker || kicker.split(" ").length > MAX_KICKER_WORDS)
    return null;
  const restNodes = nodes.slice(1);
  const rest = space(restNodes.map(textOf).join(" ")).replace(/^[:|–—·•-]\s*/, "").trim();
  if (!rest)
    return null;
  const next = restNodes[0];
  const marked = kicker.split(" ").length <= rest.split(" ").length && (KICKER_TAGS.has(el.tagName.toLowerCase()) || matches(el, KICKER_PART) || next.nodeType === 1 && next.tagName === "BR");
  return { rest, marked };
}
function readHeading(h) {
  const text = textOf(h);
  if (!text)
    return null;
  const out = { text, outside: !!h.closest(OUTSIDE_ARTICLE) || ancestorMarked(h, LOGO) };
  const links = [...h.querySelectorAll("a")];
  const homeLink = links.length === 1 && textOf(links[0]) === text && (isHomeLink(links[0].getAttribute("href")) || /\bhome\b/i.test(links[0].getAttribute("rel") ?? ""));
  if (homeLink || h.querySelector('[class*="logo" i]') || matches(h, SITE_HEADING) || h.parentElement && h.parentElement.tagName !== "BODY" && matches(h.parentElement, SITE_HEADING))
    out.site = true;
  if (h.hasAttribute("hidden") || h.getAttribute("aria-hidden") === "true" || ancestorMarked(h, HIDDEN_HEADING))
    out.hidden = true;
  const split = splitKicker(h);
  if (split) {
    out.afterKicker = split.rest;
    out.markedKicker = split.marked;
  }
  return out;
}
function readHeadings(doc, tag, all = elementsOf(doc)) {
  const out = [];
  for (const h of withTag(all, tag)) {
    const c = readHeading(h);
    if (c)
      out.push(c);
  }
  return out;
}
function isGenericLabel(s) {
  return GENERIC_LABEL_SET.has(fold(s).replace(/[.:!]+$/, ""));
}
function siteNamesOf(siteName, host, logos) {
  const names2 = [siteName, ...logos].filter((s) => !!s && fold(s).length > 1);
  const hostLabels = (host ?? "").toLowerCase().replace(/^www\d?\./, "").split(".").slice(0, -1).map(compact).filter((l) => l.length >= MIN_HOST_LABEL_CHARS);
  return { names: names2, hostLabels };
}
function isSiteSegment(segment, site) {
  const f = wordsOf(segment);
  if (!f)
    return false;
  const n = f.split(" ").length;
  for (const name of site.names) {
    const s = wordsOf(name);
    if (!s)
      continue;
    if (f === s || f.length >= MIN_HOST_LABEL_CHARS && ` ${s} `.includes(` ${f} `) || n <= s.split(" ").length + 1 && ` ${f} `.includes(` ${s} `))
      return true;
  }
  const c = compact(segment);
  if (c.length < MIN_HOST_LABEL_CHARS)
    return false;
  const short = n <= MAX_HOST_SEGMENT_WORDS;
  return site.hostLabels.some((l) => c === l || short && c.startsWith(l) && c.length - l.length <= MAX_HOST_SUFFIX_CHARS || l.startsWith(c) && c.length >= l.length - 2 || c === compact(site.hostLabels.join("")));
}
function stripSiteName(title, siteName, host = null) {
  const given = typeof siteName === "string" ? [siteName] : siteName ?? [];
  const site = siteNamesOf(null, host, given);
  let out = cutSegments(title, site);
  const colon = /^([^:]{2,60}):\s+(\S.*)$/u.exec(out);
  if (colon && isSiteSegment(colon[1], site) && colon[2].split(/\s+/).length >= 2)
    out = colon[2];
  for (const name of given) {
    const n = space(name);
    if (n.length >= MIN_GLUED_SITE_CHARS && out.length > n.length + 3 && fold(out).endsWith(fold(n))) {
      out = out.slice(0, out.length - n.length).replace(/[\s|–—:·•»~-]+$/u, "").trim();
      break;
    }
  }
  return out;
}
function cutSegments(title, site) {
  const parts = title.split(SITE_SEPARATORS);
  if (parts.length < 2)
    return title.trim();
  const flagged = parts.map((p) => isSiteSegment(p, site) || isGenericLabel(p));
  let start = 0;
  let end = parts.length;
  while (start < end && flagged[start])
    start++;
  while (end > start && flagged[end - 1])
    end--;
  if (start < end && (start > 0 || end < parts.length))
    return sliceParts(title, parts, start, end);
  if (start >= end)
    return title.trim();
  const last = parts[parts.length - 1];
  const head = title.slice(0, title.lastIndexOf(last)).replace(/\s*(?:[|–—:·•»~-]|::|--)\s*$/, "");
  if (last.split(/\s+/).length <= 4 && head.split(/\s+/).length >= MIN_HEADLINE_WORDS)
    return head.trim();
  return title.trim();
}
function sliceParts(title, parts, start, end) {
  let from = 0;
  const spans = [];
  for (const p of parts) {
    const at = title.indexOf(p, from);
    spans.push([at, at + p.length]);
    from = at + p.length;
  }
  return title.slice(spans[start][0], spans[end - 1][1]).trim();
}
var SHARED_WORD = new RegExp(`[\\p{L}\\p{N}]{${MIN_SHARED_WORD_CHARS},}`, "gu");
var words = (s) => new Set(fold(s).match(SHARED_WORD) ?? []);
var usable = (h) => !h.outside && !h.site && !h.hidden;
var headlineText = (h) => h.markedKicker && h.afterKicker ? h.afterKicker : h.text;
function headlineLike(t, siteName, minWords = MIN_H1_WORDS) {
  if (t.length > MAX_H1_CHARS)
    return false;
  if (siteName && fold(t) === fold(siteName))
    return false;
  if (isGenericLabel(t))
    return false;
  const n = t.split(/\s+/).length;
  return n >= minWords || n === 1 && t.length >= MIN_H1_CHARS && !/[a-z]/i.test(t);
}
function agrees(h, folded) {
  const f = fold(h);
  if (f.length <= 3 || isGenericLabel(h))
    return false;
  const long = f.split(" ").length >= MIN_H1_WORDS;
  const starts = (c) => c.startsWith(f) && (long || SEPARATOR_AT_START.test(c.slice(f.length)));
  const ends = (c) => c.endsWith(f) && (long || SEPARATOR_AT_END.test(c.slice(0, -f.length)));
  return folded.some((c) => c === f || starts(c) || ends(c) || f.length > 20 && c.includes(f));
}
function pickTitle(h1s, candidates, siteName, description = null, hints = {}) {
  const folded = candidates.map(fold);
  const logos = h1s.filter((h) => h.site && !h.hidden).map((h) => h.text);
  const names2 = [siteName ?? hints.siteName ?? null, ...logos].filter((s) => !!s);
  const site = siteNamesOf(null, hints.host, names2);
  const stripped = candidates.map((c) => stripSiteName(c, names2, hints.host ?? null));
  const exact = new Set([...folded, ...stripped.map(fold)].filter((t) => t.length > 3 && !isGenericLabel(t)));
  const generic = candidates.length === 0 || candidates.every((c) => isSiteSegment(c, site) || isGenericLabel(c) || c.split(SITE_SEPARATORS).every((p) => isSiteSegment(p, site) || isGenericLabel(p)));
  for (const h of h1s) {
    if (!usable(h) || isSiteSegment(h.text, { names: names2, hostLabels: [] }))
      continue;
    if (exact.has(fold(h.text)))
      return h.text;
    if (h.afterKicker && exact.has(fold(h.afterKicker)))
      return h.afterKicker;
    if (h.afterKicker && h.afterKicker.split(" ").length >= MIN_H1_WORDS && agrees(h.afterKicker, folded))
      return h.afterKicker;
    if (agrees(h.text, folded))
      return headlineText(h);
    const head = h.text.split(SITE_SEPARATORS)[0];
    if (head !== h.text && head.split(" ").length >= MIN_H1_WORDS && folded.includes(fold(head)))
      return head;
  }
  const navH1 = h1s.find((h) => h.outside && !h.site && !h.hidden && h.text.split(" ").length >= MIN_H1_WORDS && folded.includes(fold(h.text)) && !isSiteSegment(h.text, site));
  if (navH1)
    return navH1.text;
  const meta2 = words([...candidates, description ?? ""].join(" "));
  const visible = h1s.find((h) => usable(h) && headlineLike(headlineText(h), siteName));
  if (visible) {
    const text = headlineText(visible);
    const own = [...words(text)];
    if (own.length > 0 && own.filter((w) => meta2.has(w)).length >= Math.min(MIN_SHARED_WORDS, own.length))
      return text;
    if (generic && h1s.filter((h) => usable(h) && headlineLike(headlineText(h), siteName)).length === 1)
      return text;
  }
  const first = stripped[0];
  const h2s = (hints.h2s ?? []).filter((h) => usable(h) && !isGenericLabel(h.text) && !isSiteSegment(h.text, site));
  if (candidates[0]) {
    const titles = new Set([folded[0], fold(first), ...candidates[0].split(SITE_SEPARATORS).map(fold)].filter((t) => t.length > 3));
    for (const h of h2s) {
      if (titles.has(fold(h.text)))
        return h.text;
      if (h.afterKicker && titles.has(fold(h.afterKicker)))
        return h.afterKicker;
    }
  }
  const noH1 = !h1s.some((h) => !h.site && !h.hidden && !isGenericLabel(h.text));
  const firstH2 = h2s[0];
  if (noH1 && firstH2 && headlineLike(headlineText(firstH2), siteName, 2) && [...words(firstH2.text)].some((w) => meta2.has(w)))
    return headlineText(firstH2);
  if (first && !generic)
    return first;
  const lone = h1s.filter(usable);
  if (lone.length === 1)
    return headlineText(lone[0]);
  if (lone.length === 0) {
    const h2 = h2s.find((h) => headlineLike(headlineText(h), siteName));
    if (h2)
      return headlineText(h2);
  }
  if (first)
    return first;
  return h1s.length === 1 ? h1s[0].text : null;
}

// dist/html/markdown.js
import TurndownService from "turndown/lib/turndown.browser.es.js";
import { gfm } from "@joplin/turndown-plugin-gfm";
var SAFE_URL = /^(?:https?:|mailto:|ftp:|\/|\.{0,2}\/|#|[^:]*$)/i;
function safeUrl(url) {
  const u = (url ?? "").trim().replace(/[\u0000-\u001f\s]+/g, "");
  return u && SAFE_URL.test(u) ? u : null;
}
function codeLanguage(el) {
  for (let n = el, depth = 0; n && depth < 2; n = n.firstElementChild, depth++) {
    const data = n.getAttribute("data-lang");
    if (data)
      return data;
    const m = /(?:^|\s)(?:language|lang|highlight-source|brush:?)-?([\w+#-]+)/i.exec(classAttr(n) ?? "");
    if (m)
      return m[1].toLowerCase();
  }
  return null;
}
var LAZY_SRC_ATTRIBUTES = ["data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src"];
function imageSource(img) {
  const src = safeUrl(img.getAttribute("src"));
  if (src && !/^data:/i.test(src))
    return src;
  for (const attr2 of LAZY_SRC_ATTRIBUTES) {
    const v = safeUrl(img.getAttribute(attr2));
    if (v && !/^data:/i.test(v))
      return v;
  }
  const srcset = (img.getAttribute("srcset") ?? img.getAttribute("data-srcset") ?? "").split(",")[0]?.trim().split(/\s+/)[0];
  const fromSet = safeUrl(srcset);
  return fromSet && !/^data:/i.test(fromSet) ? fromSet : null;
}
function ownRows(table) {
  const rows = [];
  for (const c of table.children) {
    if (c.tagName === "TR")
      rows.push(c);
    else if (c.tagName === "THEAD" || c.tagName === "TBODY" || c.tagName === "TFOOT") {
      for (const r of c.children)
        if (r.tagName === "TR")
          rows.push(r);
    }
  }
  return rows;
}
function cellMarkdown(cell) {
  return markdownService().turndown(cell).replace(/\s*\n+\s*/g, " ").replace(/\|/g, "\\|").trim();
}
function tableMarkdown(table) {
  const rows = ownRows(table).map((tr) => {
    const cells = [];
    for (const c of tr.children) {
      if (c.tagName !== "TD" && c.tagName !== "TH")
        continue;
      cells.push(cellMarkdown(c));
      const span = Math.min(Number(c.getAttribute("colspan")) || 1, MAX_COLSPAN);
      for (let i = 1; i < span; i++)
        cells.push("");
    }
    return cells;
  }).filter((r) => r.some((c) => c));
  if (rows.length === 0)
    return "";
  rows[0] = rows[0].map((c) => /^\*\*[^*]+\*\*$/.test(c) ? c.slice(2, -2) : c);
  const width = Math.max(...rows.map((r) => r.length));
  const line = (r) => `| ${[...r, ...Array(width - r.length).fill("")].join(" | ")} |`;
  return [line(rows[0]), `|${" --- |".repeat(width)}`, ...rows.slice(1).map(line)].join("\n");
}
var MAX_COLSPAN = 20;
var escapeAlt = (s) => s.replace(/[\[\]\\]/g, "\\$&").replace(/\s+/g, " ").trim();
var RULES = {
  fencedCodeWithLanguage: {
    filter: (node) => node.nodeName === "PRE",
    replacement: (_content, node) => {
      const el = node;
      const code = el.textContent ?? "";
      const lang = codeLanguage(el) ?? "";
      const longestFence = Math.max(2, ...(code.match(/`{3,}/g) ?? []).map((f) => f.length));
      const fence = "`".repeat(longestFence + 1);
      return `

${fence}${lang}
${code.replace(/\n$/, "")}
${fence}

`;
    }
  },
  safeLink: {
    filter: (node) => node.nodeName === "A",
    replacement: (content, node) => {
      const text = content.trim();
      if (!text)
        return "";
      const href = safeUrl(node.getAttribute("href"));
      if (!href || href.startsWith("#"))
        return content;
      const title = node.getAttribute("title");
      return `[${content}](${href.replace(/[()]/g, (c) => encodeURIComponent(c))}${title ? ` "${title.replace(/"/g, '\\"')}"` : ""})`;
    }
  },
  compactListItem: {
    // "- item" and "1. item", nested content indented to the item's text (CommonMark), instead of
    // Turndown's "-   item" with a four-space indent.
    filter: "li",
    replacement: (content, node) => {
      const parent = node.parentNode;
      let prefix = "- ";
      if (parent?.nodeName === "OL") {
        const start = Number(parent.getAttribute("start")) || 1;
        const index = [...parent.children].filter((c) => c.nodeName === "LI").indexOf(node);
        prefix = `${start + Math.max(0, index)}. `;
      }
      const indent = " ".repeat(prefix.length);
      const body = content.replace(/^\n+/, "").replace(/\n+$/, "\n").replace(/\n/gm, `
${indent}`).replace(/^[ ]+$/gm, "");
      return prefix + body + (node.nextSibling && !/\n$/.test(body) ? "\n" : "");
    }
  },
  // A cell or row outside any table (broken markup: "<svg><td>…") is plain text. The GFM
  // plugin's own rules would look for its table and throw ("Invalid value used as weak map key").
  orphanTablePart: {
    // Case-insensitive: inside <svg> (foreign content) the names stay lower case.
    filter: (node) => /^(?:td|th|tr)$/i.test(node.nodeName) && !insideTable(node),
    replacement: (content, node) => /^tr$/i.test(node.nodeName) ? `
${content}
` : ` ${content} `
  },
  gfmTable: {
    filter: (node) => node.nodeName === "TABLE",
    replacement: (_content, node) => `

${tableMarkdown(node)}

`
  },
  safeImage: {
    filter: "img",
    replacement: (_content, node) => {
      const el = node;
      const src = imageSource(el);
      if (!src)
        return "";
      const alt = escapeAlt(el.getAttribute("alt") ?? "");
      return `![${alt}](${src.replace(/[()]/g, (c) => encodeURIComponent(c))})`;
    }
  }
};
function insideTable(node) {
  for (let p = node.parentNode; p; p = p.parentNode)
    if (/^table$/i.test(p.nodeName))
      return true;
  return false;
}
var DROPPED = ["script", "style", "noscript", "iframe", "object", "embed", "form", "button", "input", "select", "textarea", "svg", "canvas", "template"];
var service = null;
function markdownService() {
  if (service)
    return service;
  const s = new TurndownService({
    headingStyle: "atx",
    codeBlockStyle: "fenced",
    bulletListMarker: "-",
    emDelimiter: "_",
    strongDelimiter: "**",
    hr: "---"
  });
  s.use(gfm);
  for (const [name, r] of Object.entries(RULES))
    s.addRule(name, r);
  s.remove([...DROPPED]);
  service = s;
  return s;
}
var CONVERTED_WHOLE = /* @__PURE__ */ new Set(["PRE", "TABLE", "BLOCKQUOTE", "IMG", "UL", "OL"]);
function toMarkdown(node) {
  return timed("markdown", () => nodeMarkdown(node));
}
function nodeMarkdown(node) {
  let root = node;
  if (node.nodeType === 1 && CONVERTED_WHOLE.has(node.tagName) && node.ownerDocument) {
    const wrap = node.ownerDocument.createElement("div");
    wrap.appendChild(node.cloneNode(true));
    root = wrap;
  }
  return markdownService().turndown(root).replace(/\n{3,}/g, "\n\n").trim();
}

// dist/html/blocks.js
var HEADINGS = /* @__PURE__ */ new Set(["H1", "H2", "H3", "H4", "H5", "H6"]);
var BLOCK_TAGS2 = /* @__PURE__ */ new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "NAV",
  "UL",
  "OL",
  "DL",
  "BLOCKQUOTE",
  "PRE",
  "TABLE",
  "FIGURE",
  "HR",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "ADDRESS",
  "DETAILS",
  "CENTER",
  "FORM",
  "FIELDSET",
  "LI",
  "DD",
  "DT",
  "TBODY",
  "THEAD",
  "TFOOT",
  "TR",
  "TD",
  "TH",
  "CAPTION"
]);
var SKIPPED = /* @__PURE__ */ new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "EMBED", "SVG", "BUTTON", "FORM", "INPUT", "SELECT", "TEXTAREA", "HR", "CANVAS"]);
var norm2 = (s) => (s ?? "").replace(/[ \t\r\n\u00a0]+/g, " ").trim();
function hasBlockChild(el) {
  for (const c of el.children)
    if (BLOCK_TAGS2.has(c.tagName) && !SKIPPED.has(c.tagName))
      return true;
  return false;
}
function listText(list2, depth = 0) {
  const lines = [];
  for (const li of list2.children) {
    if (li.tagName !== "LI")
      continue;
    const own = [];
    const nested = [];
    for (const c of li.childNodes) {
      if (c.nodeType === 1 && (c.tagName === "UL" || c.tagName === "OL"))
        nested.push(listText(c, depth + 1));
      else
        own.push(c.textContent ?? "");
    }
    const t = norm2(own.join(" "));
    if (t)
      lines.push("  ".repeat(depth) + t);
    lines.push(...nested.filter(Boolean));
  }
  return lines.join("\n");
}
function tableText(table) {
  return [...table.querySelectorAll("tr")].map((tr) => [...tr.children].map((c) => norm2(c.textContent)).join("	")).join("\n");
}
var HANDLERS = {
  P: (el) => paragraph(el),
  UL: (el) => list(el),
  OL: (el) => list(el),
  BLOCKQUOTE: (el) => ({ kind: "quote", text: norm2(el.textContent), markdown: toMarkdown(el) }),
  PRE: (el) => {
    const lang = codeLanguage(el);
    return { kind: "code", text: (el.textContent ?? "").replace(/\n$/, ""), markdown: toMarkdown(el), ...lang ? { lang } : {} };
  },
  TABLE: (el) => ({ kind: "table", text: tableText(el), markdown: toMarkdown(el) }),
  IMG: (el) => image(el, null),
  FIGURE: (el) => {
    const img = el.querySelector("img");
    if (!img)
      return null;
    return image(img, norm2(el.querySelector("figcaption")?.textContent));
  }
};
for (const h of HEADINGS)
  HANDLERS[h] = (el) => {
    const text = norm2(el.textContent);
    return text ? { kind: "heading", level: Number(el.tagName[1]), text, markdown: `${"#".repeat(Number(el.tagName[1]))} ${toMarkdown(el).replace(/^#+\s*/, "")}` } : null;
  };
function paragraph(el) {
  const text = norm2(el.textContent);
  const markdown = toMarkdown(el);
  if (!text && !markdown)
    return null;
  if (!text)
    return /!\[/.test(markdown) ? { kind: "image", text: "", markdown } : null;
  return { kind: "paragraph", text, markdown };
}
function list(el) {
  const text = listText(el);
  return text ? { kind: "list", ordered: el.tagName === "OL", text, markdown: toMarkdown(el) } : null;
}
function image(img, caption) {
  const markdown = toMarkdown(img);
  if (!markdown)
    return null;
  return { kind: "image", text: "", markdown: caption ? `${markdown}

_${caption.replace(/_/g, "\\_")}_` : markdown };
}
function toBlocks(root) {
  const blocks = [];
  const doc = root.ownerDocument;
  addQuoteMarks(root);
  const stack = [root];
  let inline = [];
  const flushInline = () => {
    if (inline.length === 0)
      return;
    const p = doc.createElement("p");
    for (const n of inline)
      p.appendChild(n.cloneNode(true));
    inline = [];
    const b = paragraph(p);
    if (b)
      blocks.push(b);
  };
  while (stack.length) {
    const node = stack.pop();
    if (node === FLUSH) {
      flushInline();
      continue;
    }
    if (node.nodeType === 3) {
      inline.push(node);
      continue;
    }
    if (node.nodeType !== 1)
      continue;
    const el = node;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(tag))
      continue;
    const handler = HANDLERS[tag];
    const container = node === root || BLOCK_TAGS2.has(tag) && !handler || tag === "P" && hasBlockChild(el) || tag === "TABLE" && el.querySelector("table, p, h1, h2, h3") !== null;
    if (container) {
      stack.push(FLUSH);
      const kids = el.childNodes;
      for (let i = kids.length - 1; i >= 0; i--)
        stack.push(kids[i]);
      stack.push(FLUSH);
      continue;
    }
    if (handler) {
      flushInline();
      const b = handler(el);
      if (b)
        blocks.push(b);
      continue;
    }
    inline.push(el);
  }
  flushInline();
  return blocks;
}
function addQuoteMarks(root) {
  const doc = root.ownerDocument;
  for (const q of root.querySelectorAll("q")) {
    const text = q.textContent ?? "";
    if (!text.trim() || /^\s*["“‘'«„]/.test(text))
      continue;
    const inner = q.parentElement?.closest("q") ? ["\u2018", "\u2019"] : ["\u201C", "\u201D"];
    q.insertBefore(doc.createTextNode(inner[0]), q.firstChild);
    q.appendChild(doc.createTextNode(inner[1]));
  }
}
var FLUSH = { nodeType: -1 };

// dist/rules/html-boilerplate.js
var LAYOUT_PREFIXES = [
  { id: "elementor", prefix: /^elementor-widget(?=-|$)/i, reason: 'Elementor wraps each content block in "elementor-widget elementor-widget-<kind>".' },
  { id: "siteorigin", prefix: /^so-widget(?=-|$)/i, reason: 'SiteOrigin Page Builder names its content blocks "so-widget-<kind>".' }
];
var LANDMARKS = /* @__PURE__ */ new Set(["HTML", "BODY", "MAIN", "ARTICLE"]);
var SELECTOR_RULES = [
  { id: "hidden", selector: '[hidden], [aria-hidden="true"]:not(:has(p))', reason: "Not shown to readers (hover cards, screen-reader duplicates, closed dialogs)." },
  { id: "hidden-style", selector: '[style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i], [style*="visibility: hidden" i]', reason: "Hidden with an inline style." },
  { id: "navigation", selector: 'nav, [role="navigation"], [role="menu"], [role="menubar"]', reason: "Site and section menus." },
  { id: "page-chrome", selector: 'body > header, body > footer, [role="banner"], [role="contentinfo"], [role="search"], [role="dialog"], [role="alertdialog"]', reason: "Site header, footer, search and dialogs." },
  { id: "form", selector: "form, button, select, textarea, input", reason: "Sign-up, search and comment forms." },
  { id: "caption", selector: 'figcaption, [itemprop="caption"], [itemprop="copyrightHolder"]', reason: "Picture captions and credits describe an image, not the story (kept in Markdown with the image)." },
  { id: "time", selector: "time", reason: "Dates are metadata (read before this step), not body text." },
  { id: "byline-meta", selector: '[rel="author"], [itemprop="author"], address', reason: "Bylines are metadata (read before this step)." }
];
var CLASS_RULES = [
  { id: "share", words: /^(?:share|shares|sharing|sharebar|sharetools|social|socials|addthis|sharethis|sociallinks)$/, reason: "Share and follow buttons." },
  { id: "related", words: /^(?:related|recommended|recommendations|recirc|recirculation|outbrain|taboola|zergnet|morestories|readmore|read more|more stories|more articles|most popular|most read|mostread|popular|trending|also read|see also|up next|upnext|next article|further reading)$/, reason: "Links to other articles." },
  { id: "newsletter", words: /^(?:newsletter|newsletters|subscribe|subscription|signup|sign up|optin|opt in|paywall|registration|regwall|inline signup)$/, reason: "Newsletter, subscription and sign-in boxes." },
  { id: "comments", words: /^(?:comment|comments|commenting|disqus|respond|replies|discussion)$/, reason: "Reader comments and their forms.", keepTags: LANDMARKS },
  { id: "advertising", words: /^(?:ad|ads|adv|advert|advertisement|advertising|adslot|adunit|ad slot|ad unit|ad container|ad wrapper|dfp|gpt|sponsor|sponsored|promo|promos|promotion|affiliate disclosure|commercial)$/, reason: "Advertisements and promotions.", keepTags: LANDMARKS },
  { id: "byline", words: /^(?:byline|bylines|byline wrapper|author|authors|author info|author bio|author box|authorbox|about author|contributor|contributors|bio|biography|dateline|timestamp|date|dates|published|pubdate|posted on|entry meta|post meta|article meta|meta|metadata|article info|post info|updated)$/, reason: "Bylines, author boxes and date lines: metadata, read before this step.", keepTags: LANDMARKS },
  { id: "caption", words: /^(?:caption|captions|figcaption|credit|credits|image credit|photo credit|wp caption text|media caption|img caption|image caption|photo caption)$/, reason: "Picture captions and credits.", keepTags: /* @__PURE__ */ new Set([...LANDMARKS, "FIGURE"]) },
  { id: "breadcrumb", words: /^(?:breadcrumb|breadcrumbs|crumbs|kicker|eyebrow|section label|category label|rubric)$/, reason: "Breadcrumbs and section labels above the headline." },
  { id: "tags", words: /^(?:tags|tag list|taglist|tagcloud|tag cloud|topics|keywords|categories|post tags|entry tags|article tags|filed under)$/, reason: "Tag and topic lists." },
  { id: "widget", words: /^(?:sidebar|widget|widgets|rail|right rail|left rail|toolbar|toolbox|tools|utility|utilities|popup|modal|overlay|tooltip|rollover|hovercard|popover|lightbox|cookie|cookies|consent|gdpr|banner|masthead|skip link|skiplink|print only|visually hidden|sr only|screen reader text|screenreader|offscreen)$/, reason: "Sidebars, widgets, pop-ups, consent banners, screen-reader-only text.", keepTags: LANDMARKS },
  { id: "gallery-chrome", words: /^(?:slideshow|carousel|gallery nav|gallery counter|slide count|slide counter|image count|photo count)$/, reason: 'Slideshow controls ("Image 1 of 5", "Close").' },
  { id: "footer", words: /^(?:footer|site footer|page footer|article footer|post footer|entry footer|copyright|disclaimer|corrections)$/, reason: "Footers, copyright and disclaimer boxes.", keepTags: LANDMARKS }
];

// dist/rules/html-blocks.js
var TAIL_BLOCKS = 4;
var BLOCK_RULES = [
  {
    id: "picture-credit",
    pattern: /(?:\((?:image|photo|picture|pic|foto|credit|video|source)s?\s*:[^)]*\)|\((?:AP|AFP|Reuters|Getty|EPA|Shutterstock|iStock)[^)]{0,60}\)|\b(?:getty images|ap photo[^.]{0,40}|shutterstock|istock(?:photo)?|via reuters|reuters\/[\w .]+|afp via getty images)\)?\.?)\s*$/i,
    maxWords: 60,
    where: "any",
    reason: 'A picture caption ends with the picture credit ("(Image: GETTY)", "(AP Photo/...)").'
  },
  {
    id: "credit-line",
    pattern: /^(?:(?:photo|image|picture|illustration|video|graphic)s?(?: credit)?\s*(?:by|:|©)|©|\(?(?:photo|image)s?:)\s*.{1,100}$|^[\p{L}. '’-]{2,40}(?:\s*[|/]\s*[\p{L}. '’-]{2,40}){1,3}\s*[|/]\s*(?:getty images|ap|reuters|afp|bloomberg|shutterstock|epa)$/iu,
    maxWords: 25,
    where: "any",
    reason: 'Picture credit lines ("Photo by ...", "Name | Bloomberg | Getty Images").'
  },
  {
    id: "promo-link",
    pattern: /^(?:related|read more|read also|also read|read next|see more|see also|more|more on this|more from [\w .'’&-]{1,40}|also on [\w.-]+|watch|listen|recommended|don'?t miss|must read|trending|top stories|editor'?s picks?|latest|click here|more great [\w ]{1,30} stories|[\w ]{1,30} related)\s*[:|»›-]\s*\S.*$/i,
    maxWords: 40,
    where: "any",
    reason: '"Read more: <headline>" and "Related: <headline>" promos inside the body.'
  },
  {
    id: "call-to-action",
    pattern: /\b(?:click(?:ing)? here|tap here|sign up (?:for|to)|subscribe (?:to|for|now|today)|download (?:the|our) (?:free )?app|get (?:the|our) (?:free )?(?:app|newsletter)|delivered (?:straight )?to your inbox|follow (?:us|me|him|her|them) on|share (?:it|this) with|like this story\??|join (?:our|the) [\w ]{1,30}(?:forums?|community|conversation))\b/i,
    maxWords: 40,
    where: "any",
    reason: "Calls to action: subscribe, download the app, follow us, click here."
  },
  {
    id: "gallery-chrome",
    pattern: /^(?:(?:image|photo|picture|slide|pic)s? \d+ (?:of|\/) ?\/? ?\d*|caption|close|expand|enlarge|next|previous|prev|view (?:the )?(?:gallery|slideshow|photos)|open gallery|\d+ (?:photos?|images?|pictures?)|hide caption|show caption|toggle caption|_{3,}|-{3,}|\*{3,})$/i,
    maxWords: 8,
    where: "any",
    reason: "Slideshow and caption controls, and rule lines."
  },
  {
    id: "contact-line",
    pattern: /^(?:e-?mail|contact|reach|follow|write to)\b.{0,120}(?:\S+@\S+\.\w+|twitter|@\w+|facebook|instagram)\b.{0,80}$|^\S+@\S+\.\w+(?:\s+(?:twitter\.com\/|@)\S+)?$/i,
    maxWords: 45,
    where: "any",
    reason: 'How to reach the reporter ("Email X at ... or follow him @...").'
  },
  {
    id: "author-bio",
    pattern: /^\p{Lu}[\p{L}.'’ -]{1,60}\s+(?:is|was|has been|joined|writes|covers|reports)\b.{0,200}\b(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|producer|freelance|author|blogger|staff|covering|covers|reporting|joined)\b.*$/u,
    maxWords: 70,
    where: "tail",
    reason: 'An author biography after the article ("Jane Doe is a reporter for ...").'
  },
  {
    id: "author-bio-languages",
    // German, French, Spanish, Italian, Dutch, Portuguese, Polish: a name, "is/writes/works", a newsroom role.
    pattern: /^(?!(?:Der|Die|Das|Ein|Eine|Unser|Unsere|Le|La|Les|Un|Une|El|Los|Las|Il|Lo|Gli|De|Het|Een|O|A|Os|As)\s)\p{Lu}\p{L}+(?:[ -]\p{Lu}[\p{L}.'’]*){1,3}\s+(?:ist|war|schreibt|arbeitet|est|écrit|travaille|es|escribe|trabaja|è|scrive|lavora|is|schrijft|werkt|é|escreve|trabalha|jest|pisze|pracuje)\s.{0,200}\b(?:[Hh]ead of|(?:[Cc]hef|[Ff]ach)?[Rr]edakteur\p{L}*|[Aa]utor\p{L}*|[Jj]ournalist\p{L}*|[Rr]eporter\p{L}*|[Kk]orrespondent\p{L}*|[Vv]olontär\p{L}*|[Rr]essortleiter\p{L}*|rédact(?:eur|rice)s?|correspondant\p{L}*|periodista|redact(?:or|ora)|corresponsal|giornalista|redatt(?:ore|rice)|corrispondente|redacteur|verslaggever|correspondent|jornalista|repórter|redator\p{L}*|dziennikar\p{L}*|redaktor\p{L}*)(?![\p{L}])[^]*$/u,
    maxWords: 70,
    where: "tail",
    reason: `An author biography after the article, in the page's language ("Inga Muster ist Redakteurin bei ...", "Jean Dupont est journaliste \xE0 ...").`
  },
  {
    id: "contributed",
    pattern: /^(?:[\p{L}.'’ -]{2,80}\s+)?(?:contributed (?:to )?(?:this|the) (?:report|story|article)|contributed reporting|additional reporting by\b.*|reporting by\b.*|editing by\b.*|compiled by\b.*)\.?$/iu,
    maxWords: 40,
    where: "tail",
    reason: "Reporting and editing credits after the article."
  },
  {
    id: "source-footer",
    pattern: /^(?:citation:|this document is subject to copyright|more information:|explore further|journal information:|the contents of this site are|this (?:article|story) (?:was )?(?:originally )?(?:appeared|published|first appeared)\b.{0,100}|this post may contain affiliate|affiliate disclosure|disclosure:)/i,
    maxWords: 80,
    where: "any",
    reason: "Citation, copyright and affiliate footers."
  },
  {
    id: "license-footer",
    pattern: /^(?:unless otherwise (?:noted|stated|indicated|specified)|except where otherwise noted|sofern nicht anders (?:angegeben|ausgewiesen|vermerkt|gekennzeichnet)|soweit nicht anders (?:angegeben|vermerkt)|sauf (?:mention|indication) contraire|salvo (?:que se indique lo contrario|indicación contraria)|salvo (?:diversa )?indicazione contraria|tenzij anders (?:vermeld|aangegeven)|salvo indicação em contrário)\b.{0,200}\b(?:licen[sc]\w*|lizen\w*|CC[- ]BY\S*|creative commons|copyright|urheberrecht\w*)\b.{0,100}$/iu,
    maxWords: 50,
    where: "tail",
    reason: `The site's licence footer ("Unless otherwise noted, content on this site is licensed under CC BY").`
  },
  {
    id: "affiliate-note",
    // Both halves are needed: the links (or clicking them) and a commission they earn ("a
    // commission", not "the Commission"). German, English, French, Spanish, Italian, Dutch,
    // Portuguese, Polish.
    pattern: /^(?=.*\b(?:(?:affiliate|partner|werbe)-?links?|links?|klicks?t?|click(?:s|ing)?|liens?|enlaces?|collegament\w*|koppelingen)\b)(?=.*\b(?:eine provision|an? (?:small )?commission|une commission|una comisi[oó]n|una commissione|een commissie|uma comiss[aã]o|prowizj[eęia]\w*)\b).*$/iu,
    maxWords: 60,
    where: "any",
    reason: 'Affiliate disclosures written as a sentence: the site earns a commission on purchases through its links ("Wenn du darauf klickst ..., bekommen wir eine Provision").'
  }
];
var LANGUAGE_PHRASES = [
  {
    lang: "de",
    more: [
      "weiterf\xFChrende links",
      "weitere links",
      "zum weiterlesen",
      "mehr zum thema",
      "mehr themen",
      "mehr zum thema [\\p{L} -]{1,30}",
      "(?:neueste|aktuelle|\xE4hnliche|verwandte|weitere|beliebte|empfohlene) (?:artikel|beitr\xE4ge|nachrichten|news|meldungen|themen|posts)",
      "(?:das|dies|diese artikel|das thema) k\xF6nnten? (?:dich|sie|euch) auch interessieren",
      "auch interessant",
      "ebenfalls interessant",
      "lesen sie auch(?: die folgenden beitr\xE4ge)?",
      "lies auch",
      "lesen sie hier einen weiteren [\\p{L} ]{1,30}beitrag",
      "noch mehr (?:infos|artikel|themen|tipps)(?: f\xFCr (?:dich|sie))?",
      "entdecke weitere [\\p{L}-]+",
      "entdecken sie weitere [\\p{L}-]+",
      "vorschau auf den n\xE4chsten artikel",
      "(?:n\xE4chster|vorheriger) (?:artikel|beitrag)",
      "teilnehmende blogs",
      "news rund um [\\p{L} &-]{1,40}"
    ],
    chrome: [
      "inhaltsverzeichnis",
      "inhalt",
      "externer inhalt",
      "bild anzeigen(?: bild schlie\xDFen)?",
      "bild schlie\xDFen",
      "rezept drucken(?: bei pinterest speichern)?",
      "drucken",
      "zur\xFCck",
      "nach oben",
      "kontakt",
      "weitere informationen",
      "zusatzinformationen",
      "mehr laden",
      "lade weitere inhalte",
      "(?:hier k\xF6nnen sie )?(?:den |diesen )?artikel bewerten",
      "kommentare insgesamt: ?\\d*",
      "aufrufe: .{0,120}",
      "ver\xF6ffentlichung",
      "teilen",
      "jetzt teilen",
      "artikel teilen",
      "beitrag teilen",
      "newsletter abonnieren",
      "(?:der )?artikel wurde erfolgreich hinzugef\xFCgt\\.?",
      "kommentarfeed(?: \\| .{0,80})?",
      "von: ?[\\p{Lu}][\\p{L}.' -]{1,40}"
    ],
    promo: [
      "folgen sie uns (?:auf|bei)",
      "folge uns (?:auf|bei)",
      "abonnieren sie (?:unseren|den)",
      "melden sie sich (?:jetzt )?f\xFCr (?:unseren|den) newsletter",
      "gef\xE4llt (?:dir|ihnen) unser",
      "(?:verraten|schreiben|sagen) sie (?:es )?(?:uns )?(?:gerne )?in den kommentaren",
      "schreibt? (?:es )?(?:uns )?(?:gerne )?in die kommentare",
      "\\*?(?:werbung|anzeige)\\s*[.:|]",
      "(?:dieser|der) (?:beitrag|artikel|post|text) enth\xE4lt (?:werbung|affiliate-links|werbelinks)",
      "(?:dieser|der) (?:text|artikel|beitrag) (?:wurde|ist) (?:zuerst |urspr\xFCnglich )?(?:ver\xF6ffentlicht|erschienen)",
      "(?:zuerst|urspr\xFCnglich) erschienen (?:in|bei|auf)",
      "(?:titelbild|titelfoto|bildquelle|fotoquelle|fotos?|bilder?|beitragsbild)\\s*:"
    ],
    inline: ["lesen sie (?:auch|hier|mehr)", "lies auch", "mehr dazu", "auch interessant", "passend dazu", "zum thema"]
  },
  {
    lang: "en",
    more: ["further reading", "further information", "recent posts", "related links", "useful links", "external links", "more (?:news|stories|articles) (?:about|on) [\\p{L} &-]{1,40}"],
    chrome: ["table of contents", "contents", "news", "print(?: this)?(?: article| page| recipe)?", "rate this (?:article|story|recipe)", "load more", "show more", "back"],
    promo: [
      "get the latest news straight to",
      "download the [\\p{L} ]{1,40} apps? for",
      "for the latest (?:stories|news)[\\p{L} ,]{0,40} download",
      "follow [\\p{L}. ]{1,40} on (?:twitter|facebook|instagram|tiktok|youtube)",
      "we need your help",
      "let us know in the comments",
      "if you(?:'|\u2019)re (?:seeing this message|already a subscriber)",
      "first-time subscribers"
    ],
    inline: ["read (?:more|also|next)", "see also", "related", "more on this"]
  },
  {
    lang: "fr",
    more: ["\xE0 lire aussi", "lire aussi", "sur le m\xEAme sujet", "articles? (?:similaires|li\xE9s|associ\xE9s)", "dans la m\xEAme rubrique", "pour aller plus loin", "nos derniers articles", "vous aimerez aussi", "\xE0 voir aussi"],
    chrome: ["sommaire", "imprimer", "partager", "cr\xE9dits? photos? ?: .{1,60}", "retour", "voir plus", "charger plus"],
    promo: ["suivez-nous sur", "abonnez-vous \xE0", "t\xE9l\xE9chargez (?:notre|l')application", "inscrivez-vous \xE0 (?:notre|la) newsletter", "dites-le(?:-nous)? en commentaire", "(?:cet article|ce texte) a \xE9t\xE9 (?:initialement|d'abord|originellement) publi\xE9"],
    inline: ["(?:\xE0 )?lire aussi", "\xE0 lire", "voir aussi", "\xE0 voir aussi"]
  },
  {
    lang: "es",
    more: ["(?:tambi\xE9n )?(?:te|le) puede interesar", "vea tambi\xE9n", "lea tambi\xE9n", "ver tambi\xE9n", "noticias relacionadas", "art\xEDculos relacionados", "contenido relacionado", "m\xE1s noticias", "lo m\xE1s le\xEDdo", "\xFAltimas noticias"],
    chrome: ["\xEDndice", "tabla de contenidos?", "imprimir", "compartir", "comparte", "valora esta noticia", "volver", "ver m\xE1s", "cargar m\xE1s"],
    promo: ["\xBF?ya sab\xEDas que .{0,60}(?:canal|grupo) de (?:telegram|whatsapp|youtube)", "\xA1?mira lo que tiene nuestro canal", "s\xEDguenos en", "suscr\xEDbete a", "\xFAnete a nuestro (?:canal|grupo)", "descarga (?:la|nuestra) app"],
    inline: ["(?:tambi\xE9n )?(?:te|le) puede interesar", "vea tambi\xE9n", "lea tambi\xE9n", "lee tambi\xE9n", "ver tambi\xE9n", "mira tambi\xE9n", "relacionado"]
  },
  {
    lang: "it",
    more: ["leggi anche", "articoli correlati", "(?:ti )?potrebbe (?:anche )?interessarti", "altri articoli", "potrebbe interessarti anche"],
    chrome: ["indice", "stampa", "condividi", "torna su"],
    promo: ["seguici su", "iscriviti alla (?:nostra )?newsletter", "scarica (?:la|la nostra) app"],
    inline: ["leggi anche", "vedi anche"]
  },
  {
    lang: "pl",
    more: ["czytaj (?:tak\u017Ce|te\u017C|wi\u0119cej)", "zobacz (?:tak\u017Ce|te\u017C)", "przeczytaj (?:tak\u017Ce|te\u017C)", "polecamy", "podobne artyku\u0142y", "najnowsze artyku\u0142y", "najcz\u0119\u015Bciej czytane"],
    chrome: ["spis tre\u015Bci", "drukuj", "udost\u0119pnij", "wi\u0119cej\\]?", "wr\xF3\u0107"],
    promo: ["zapraszamy (?:te\u017C |tak\u017Ce )?do subskrypcji", "obserwuj nas", "\u015Bled\u017A nas", "pobierz aplikacj\u0119"],
    inline: ["czytaj (?:te\u017C|tak\u017Ce|wi\u0119cej)", "zobacz (?:te\u017C|tak\u017Ce)", "przeczytaj (?:te\u017C|tak\u017Ce)"]
  },
  {
    lang: "nl",
    more: ["lees ook", "meer nieuws", "gerelateerde artikelen", "meer over dit onderwerp"],
    chrome: ["inhoudsopgave", "meer informatie", "delen", "afdrukken"],
    promo: ["volg ons op", "abonneer je op", "download de app"],
    inline: ["lees ook", "zie ook"]
  },
  {
    lang: "pt",
    more: ["leia tamb\xE9m", "veja tamb\xE9m", "saiba mais", "not\xEDcias relacionadas", "mais lidas", "voc\xEA (?:tamb\xE9m )?pode gostar"],
    chrome: ["\xEDndice", "imprimir", "compartilhe", "compartilhar"],
    promo: ["siga-nos no", "inscreva-se na (?:nossa )?newsletter", "baixe o app"],
    inline: ["leia (?:tamb\xE9m|mais)", "veja tamb\xE9m"]
  }
];
var PHRASE_MAX_WORDS = 8;
var PROMO_MAX_WORDS = 45;
var MORE_ITEM_MAX_WORDS = 25;
var TRAIL = "\\s*(?::|\u2026|\\.{3}|\xBB|\u203A|>>)?\\s*";
var alternation = (pick) => LANGUAGE_PHRASES.flatMap(pick).join("|");
var PHRASE_PATTERNS = {
  more: new RegExp(`^(?:${alternation((t) => t.more)})${TRAIL}$`, "iu"),
  chrome: new RegExp(`^(?:${alternation((t) => t.chrome)})${TRAIL}$`, "iu"),
  inline: new RegExp(`^(?:${alternation((t) => t.inline)})\\s*(?::|\xBB|\u203A|>>?|-|\u2013)\\s*\\S`, "iu"),
  promo: new RegExp(`^(?:${alternation((t) => t.promo)})(?![\\p{L}\\p{N}])`, "iu")
};

// dist/html/selectors.js
import { compile } from "css-select";
import { parse } from "css-what";
var isTag = (node) => node.nodeType === 1;
var childrenOf = (node) => Array.from(node.childNodes);
function existsOne(test, nodes) {
  return nodes.some((n) => isTag(n) && (test(n) || existsOne(test, childrenOf(n))));
}
function findOne(test, nodes) {
  for (const n of nodes) {
    if (!isTag(n))
      continue;
    if (test(n))
      return n;
    const found = findOne(test, childrenOf(n));
    if (found)
      return found;
  }
  return null;
}
function findAll(test, nodes) {
  const out = [];
  for (const n of nodes) {
    if (!isTag(n))
      continue;
    if (test(n))
      out.push(n);
    out.push(...findAll(test, childrenOf(n)));
  }
  return out;
}
var adapter = {
  isTag,
  existsOne,
  findOne,
  findAll,
  // As linkedom's adapter reads it: the class attribute as written.
  getAttributeValue: (el, name) => (name === "class" ? classAttr(el) : el.getAttribute(name)) ?? void 0,
  getChildren: childrenOf,
  getName: (el) => el.localName.toLowerCase(),
  getParent: (el) => el.parentNode,
  getSiblings: (node) => node.parentNode ? childrenOf(node.parentNode) : [node],
  getText: (node) => node.textContent ?? "",
  hasAttrib: (el, name) => el.hasAttribute(name),
  removeSubsets: (nodes) => nodes.filter((n, i) => nodes.indexOf(n) === i && !nodes.some((o) => o !== n && o.contains(n)))
};
function compileSelector(selector) {
  return compile(selector, { adapter, xmlMode: false, cacheResults: false });
}
var COMBINATORS = /* @__PURE__ */ new Set(["child", "parent", "sibling", "adjacent", "descendant", "column-combinator"]);
function requirementOf(tokens2) {
  let start = 0;
  tokens2.forEach((t, i) => {
    if (COMBINATORS.has(t.type))
      start = i + 1;
  });
  const last = tokens2.slice(start);
  const tag = last.find((t) => t.type === "tag");
  if (tag && tag.type === "tag")
    return { tag: tag.name.toLowerCase() };
  const attribute = last.find((t) => t.type === "attribute" && t.action !== "not");
  return attribute && attribute.type === "attribute" ? { attribute: attribute.name.toLowerCase() } : null;
}
var MAX_MASKED_SELECTORS = 31;
function compileSelectorTable(selectors) {
  const tests = selectors.map(compileSelector);
  if (selectors.length > MAX_MASKED_SELECTORS)
    return (el) => tests.findIndex((test) => test(el));
  let always = 0;
  const byTag = /* @__PURE__ */ new Map();
  const byAttribute = /* @__PURE__ */ new Map();
  selectors.forEach((selector, i) => {
    for (const tokens2 of parse(selector)) {
      const need = requirementOf(tokens2);
      if (!need)
        always |= 1 << i;
      else if ("tag" in need)
        byTag.set(need.tag, (byTag.get(need.tag) ?? 0) | 1 << i);
      else
        byAttribute.set(need.attribute, (byAttribute.get(need.attribute) ?? 0) | 1 << i);
    }
  });
  const attributes = [...byAttribute];
  return (el) => {
    let mask = always | (byTag.get(el.localName.toLowerCase()) ?? 0);
    if (attributes.length && el.hasAttributes()) {
      for (const [name, bits] of attributes)
        if ((mask & bits) !== bits && el.hasAttribute(name))
          mask |= bits;
    }
    for (let i = 0; mask; i++, mask >>>= 1)
      if (mask & 1 && tests[i](el))
        return i;
    return -1;
  };
}

// dist/html/readability-speed.js
var tagSets = /* @__PURE__ */ new Map();
function tagSet(tagNames) {
  const key = tagNames.join(",");
  let set = tagSets.get(key);
  if (!set)
    tagSets.set(key, set = new Set(tagNames.map((t) => t.toLowerCase())));
  return set;
}
function after(el, top) {
  for (let cur = el; cur && cur !== top; cur = cur.parentElement) {
    const next = cur.nextElementSibling;
    if (next)
      return next;
  }
  return null;
}
function elementsByTags(root, tags) {
  const out = [];
  const top = root.nodeType === 9 ? null : root;
  let el = top ? top.firstElementChild : root.documentElement;
  while (el) {
    const local = el.localName;
    const name = local.charCodeAt(0) <= 90 ? local.toLowerCase() : local;
    if (tags.has(name))
      out.push(el);
    el = (name === "template" ? null : el.firstElementChild) ?? after(el, top);
  }
  return out;
}
function hasText(el) {
  let node = el.firstChild;
  while (node) {
    const type = node.nodeType;
    if ((type === 3 || type === 4) && node.data.trim())
      return true;
    let next = type === 1 ? node.firstChild : null;
    for (let cur = node; !next && cur && cur !== el; cur = cur.parentNode)
      next = cur.nextSibling;
    node = next;
  }
  return false;
}
var faster = {
  _getAllNodesWithTag(node, tagNames) {
    return elementsByTags(node, tagSet(tagNames));
  },
  _isProbablyVisible(node) {
    const styled = node.hasAttribute("style");
    const style = styled ? node.style : null;
    return (!style || style.display != "none") && (!style || style.visibility != "hidden") && !node.hasAttribute("hidden") && (!node.hasAttribute("aria-hidden") || node.getAttribute("aria-hidden") != "true" || !!(node.className && node.className.includes && node.className.includes("fallback-image")));
  },
  _isElementWithoutContent(node) {
    if (node.nodeType !== 1)
      return false;
    const el = node;
    if (hasText(el))
      return false;
    const kids = el.children.length;
    return !kids || kids == el.getElementsByTagName("br").length + el.getElementsByTagName("hr").length;
  },
  _hasSingleTagInsideElement(element, tag) {
    const first = element.firstElementChild;
    if (!first || first.nextElementSibling || first.tagName !== tag)
      return false;
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 && this.REGEXPS.hasContent.test(node.textContent))
        return false;
    }
    return true;
  },
  _isValidByline(node, matchString) {
    const rel = node.getAttribute("rel");
    const itemprop = node.getAttribute("itemprop");
    if (!(rel === "author" || itemprop && itemprop.includes("author") || this.REGEXPS.byline.test(matchString)))
      return false;
    const bylineLength = node.textContent.trim().length;
    return !!bylineLength && bylineLength < 100;
  }
};
var made = /* @__PURE__ */ new WeakMap();
function speedUp(Base) {
  let Fast = made.get(Base);
  if (!Fast) {
    Fast = class extends Base {
    };
    const proto = Fast.prototype;
    proto._getAllNodesWithTag = faster._getAllNodesWithTag;
    proto._isProbablyVisible = faster._isProbablyVisible;
    proto._isElementWithoutContent = faster._isElementWithoutContent;
    proto._isValidByline = faster._isValidByline;
    proto._hasSingleTagInsideElement = faster._hasSingleTagInsideElement;
    made.set(Base, Fast);
  }
  return Fast;
}

// dist/html/clean.js
var BLOCK_PREFILTERS = new Prefilters();
var MAX_REMOVED_SHARE = 0.3;
var MAX_REMOVED_TEXT_SHARE = 0.4;
var RECORD_CHARS = 200;
var LINK_SHARE = 0.8;
var MIN_LINK_LIST_ITEMS = 2;
var MAX_DATE_LINE_WORDS = 14;
var MAX_BYLINE_WORDS = 12;
var wordCount = (s) => (s.match(/\S+/g) ?? []).length;
var fold2 = (s) => norm(s).normalize("NFKC").toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
function record(removed, stage, rule, text) {
  removed.push({ stage, rule, text: norm(text).slice(0, RECORD_CHARS) });
}
var PARAGRAPH = /* @__PURE__ */ new Set(["p"]);
var NEVER_TEXT = /* @__PURE__ */ new Set(["script", "noscript", "template", "style"]);
function paragraphChars(el) {
  if (el.tagName === "P")
    return norm(el.textContent).length;
  let n = 0;
  for (const p of elementsByTags(el, PARAGRAPH))
    n += norm(p.textContent).length;
  return n;
}
function classPhrases(el) {
  const raw = `${classAttr(el) ?? ""} ${el.getAttribute("id") ?? ""}`;
  if (!raw.trim())
    return [];
  const out = [];
  for (let token of raw.split(/\s+/)) {
    for (const l of LAYOUT_PREFIXES)
      token = token.replace(l.prefix, "");
    if (!token)
      continue;
    const words2 = token.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase().split(/[-_\s:]+/).filter(Boolean);
    for (let i = 0; i < words2.length; i++) {
      out.push(words2[i]);
      if (i + 1 < words2.length)
        out.push(`${words2[i]} ${words2[i + 1]}`);
      if (i + 2 < words2.length)
        out.push(`${words2[i]} ${words2[i + 1]} ${words2[i + 2]}`);
    }
  }
  return out;
}
var classRules = /* @__PURE__ */ new Map();
var CLASS_RULE_CACHE_ENTRIES = 5e4;
function classRuleFor(el) {
  const key = `${el.tagName}\0${classAttr(el) ?? ""}\0${el.getAttribute("id") ?? ""}`;
  let found = classRules.get(key);
  if (found === void 0) {
    if (classRules.size >= CLASS_RULE_CACHE_ENTRIES)
      classRules.clear();
    classRules.set(key, found = classRuleOf(el));
  }
  return found;
}
function classRuleOf(el) {
  for (const phrase of classPhrases(el)) {
    let rule = classRules.get(phrase);
    if (rule === void 0) {
      rule = CLASS_RULES.find((r) => r.words.test(phrase)) ?? null;
      classRules.set(phrase, rule);
    }
    if (rule && !rule.keepTags?.has(el.tagName))
      return rule;
  }
  return null;
}
var MIN_DISCUSSION_POSTS = 3;
var DISCUSSION_SHARE = 0.5;
var MAX_TEXT_BEFORE_FIRST_POST = 400;
var DISCUSSION_PROBE_CHARS = 60;
function discussionPosts(body, headline) {
  let posts = 0;
  let chars = 0;
  let firstPost = null;
  for (let el = body.firstElementChild; el; ) {
    const post = classRuleFor(el)?.id === "comments";
    if (post) {
      firstPost ??= el;
      posts++;
      chars += norm(el.textContent).length;
    }
    el = nextElement(el, body, post);
  }
  if (posts < MIN_DISCUSSION_POSTS)
    return 0;
  const page = norm(body.textContent);
  if (chars < DISCUSSION_SHARE * page.length)
    return 0;
  const h1 = headline ?? [...body.querySelectorAll("h1, h2")].find((h) => norm(h.textContent)) ?? null;
  const first = firstPost ? norm(firstPost.textContent).slice(0, DISCUSSION_PROBE_CHARS) : "";
  if (!h1 || !first)
    return 0;
  const h1Text = norm(h1.textContent);
  const h1At = page.indexOf(h1Text);
  const postAt = page.indexOf(first, Math.max(0, h1At));
  return h1At >= 0 && postAt >= 0 && postAt - (h1At + h1Text.length) <= MAX_TEXT_BEFORE_FIRST_POST ? posts : 0;
}
var compiledRules;
function selectorTests() {
  if (compiledRules === void 0) {
    try {
      compiledRules = compileSelectorTable(SELECTOR_RULES.map((rule) => rule.selector));
    } catch {
      compiledRules = null;
    }
  }
  return compiledRules;
}
var MIN_TEASERS = 2;
function isTeaserList(el) {
  return el.querySelectorAll("h2 a[href], h3 a[href], h4 a[href], h5 a[href], h6 a[href], a[href] h2, a[href] h3, a[href] h4").length >= MIN_TEASERS || el.querySelectorAll("article").length >= MIN_TEASERS;
}
function cleanPage(doc, removed, headline = null) {
  const body = doc.body;
  if (!body)
    return;
  const foldedHeadline = headline ? fold2(headline) : null;
  const headlineEl = foldedHeadline ? [...body.querySelectorAll("h1")].find((h) => fold2(h.textContent ?? "") === foldedHeadline) ?? null : null;
  for (const el of elementsUnder(body).filter((e) => NEVER_TEXT.has(tagOf(e))))
    el.remove();
  const total = Math.max(1, paragraphChars(body));
  const totalText = Math.max(1, norm(body.textContent).length);
  const removable = (el) => !isKept(el) && el !== body && el !== doc.documentElement && !(headlineEl && el.contains(headlineEl)) && paragraphChars(el) <= MAX_REMOVED_SHARE * total && norm(el.textContent).length <= MAX_REMOVED_TEXT_SHARE * totalText;
  const firstRule = selectorTests();
  let matched = null;
  if (firstRule) {
    matched = [];
    for (const el of elementsUnder(body)) {
      const i = firstRule(el);
      if (i >= 0)
        matched.push([el, SELECTOR_RULES[i]]);
    }
  }
  const removeMatch = (el, rule) => {
    if (!el.parentNode || !body.contains(el) || !removable(el))
      return;
    record(removed, "html", rule.id, el.textContent);
    el.remove();
  };
  if (matched) {
    for (const [el, rule] of matched)
      removeMatch(el, rule);
  } else {
    for (const rule of SELECTOR_RULES) {
      try {
        for (const el of [...body.querySelectorAll(rule.selector)])
          removeMatch(el, rule);
      } catch {
      }
    }
  }
  const discussion = discussionPosts(body, headlineEl);
  if (discussion) {
    record(removed, "html", "discussion-page", `${discussion} posts named like comments hold most of the page's text: kept`);
    for (const el of [...body.querySelectorAll('[class*="comment" i], [id*="comment" i]')]) {
      for (const attr2 of ["class", "id"]) {
        const v = el.getAttribute(attr2);
        if (v && /comment/i.test(v))
          el.setAttribute(attr2, v.replace(/comment/gi, "post"));
      }
    }
  }
  for (let el = body.firstElementChild; el; ) {
    let rule = classRuleFor(el);
    if (discussion && rule?.id === "comments")
      rule = null;
    if (rule && (removable(el) || rule.id === "related" && isTeaserList(el) && !isKept(el))) {
      record(removed, "html", rule.id, el.textContent);
      const next = nextElement(el, body, true);
      el.remove();
      el = next;
      continue;
    }
    el = nextElement(el, body);
  }
}
function linkShare(el) {
  const text = norm(el.textContent).length;
  if (!text)
    return 0;
  let inLinks = 0;
  for (const a of el.querySelectorAll("a"))
    inLinks += norm(a.textContent).length;
  return inLinks / text;
}
function cleanContent(content, removed) {
  for (const list2 of [...content.querySelectorAll("ul, ol")]) {
    if (!list2.parentNode || list2.closest("table") || isKept(list2))
      continue;
    const items = [...list2.children].filter((c) => c.tagName === "LI");
    if (items.length < MIN_LINK_LIST_ITEMS)
      continue;
    if (items.every((li) => li.querySelector("a") && linkShare(li) >= LINK_SHARE)) {
      record(removed, "html", "link-list", list2.textContent);
      list2.remove();
    }
  }
}
function blockRule(block, index, count, ctx) {
  if (block.kind === "code" || block.kind === "table" || block.kind === "image")
    return null;
  const text = norm(block.text);
  if (!text)
    return null;
  const words2 = wordCount(text);
  const f = fold2(text);
  if (ctx.title && f === fold2(ctx.title))
    return "title-repeat";
  if (words2 <= MAX_DATE_LINE_WORDS && isDateLine(text))
    return "date-line";
  if (words2 <= MAX_BYLINE_WORDS) {
    if (ctx.byline && f === fold2(ctx.byline))
      return "byline-repeat";
    if (/^by\b/i.test(text) && (splitAuthors(text).length > 0 || words2 <= 2))
      return "byline-line";
    if (ctx.authors.length && ctx.authors.some((a) => f === fold2(a) || f === `by ${fold2(a)}`))
      return "byline-repeat";
  }
  const test = BLOCK_PREFILTERS.tester(text);
  if (words2 <= PHRASE_MAX_WORDS && test(PHRASE_PATTERNS.more))
    return "more-heading";
  if (words2 <= PHRASE_MAX_WORDS && test(PHRASE_PATTERNS.chrome))
    return "page-label";
  if (words2 <= PROMO_MAX_WORDS && test(PHRASE_PATTERNS.promo))
    return "promo-sentence";
  if (words2 <= PROMO_MAX_WORDS && test(PHRASE_PATTERNS.inline))
    return "inline-link-label";
  for (const r of BLOCK_RULES) {
    if (words2 > r.maxWords)
      continue;
    if (r.where === "tail" && index < count - TAIL_BLOCKS)
      continue;
    if (test(r.pattern))
      return r.id;
  }
  return null;
}
function isMoreItem(block) {
  if (block.kind === "heading" || block.kind === "list")
    return true;
  if (block.kind !== "paragraph")
    return false;
  return wordCount(block.text) <= MORE_ITEM_MAX_WORDS && /^(?:[*_]{1,2})?\[/.test(block.markdown.trim());
}
var MAX_DANGLING_WORDS = 15;
var URL_TEXT = /^\s*(?:https?:\/\/|www\.)\S+\s*$/i;
function isLinkOnly(block) {
  if (block.kind !== "paragraph" || !norm(block.text) || !block.markdown.includes("](") || URL_TEXT.test(block.text))
    return false;
  const rest = block.markdown.replace(/!\[[^\]]*\]\([^)]*\)/g, "").replace(/\[[\s\S]*?\]\([^)]*\)/g, "");
  return !/[\p{L}\p{N}]/u.test(rest);
}
function trimTail(out, removed) {
  const leadIn = (b) => {
    const text = norm(b.text);
    return b.kind === "paragraph" && /:$/.test(text.replace(/[*_]+$/, "")) && wordCount(text) <= MAX_DANGLING_WORDS;
  };
  const trimmable = (b) => isLinkOnly(b) || b.kind === "heading" || leadIn(b);
  if (!out.some((b) => norm(b.text) && !trimmable(b)))
    return;
  let links = 0;
  for (let last = out[out.length - 1]; last; last = out[out.length - 1]) {
    if (isLinkOnly(last))
      links++;
    else if (!(last.kind === "heading" || leadIn(last) && (links > 0 || out.length > 1 && isLinkOnly(out[out.length - 2]))))
      return;
    record(removed, "html", isLinkOnly(last) ? "tail-link" : "dangling-heading", last.text);
    out.pop();
  }
}
function filterBlocks(blocks, ctx, removed) {
  const out = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const rule = ctx.keep?.(b) ? null : blockRule(b, i, blocks.length, ctx);
    if (!rule) {
      out.push(b);
      continue;
    }
    record(removed, "html", rule, b.text);
    if (rule === "more-heading") {
      while (i + 1 < blocks.length && isMoreItem(blocks[i + 1]))
        record(removed, "html", rule, blocks[++i].text);
    }
  }
  trimTail(out, removed);
  return out;
}

// dist/rules/html-teaser.js
var TEASER_NAMES = [
  {
    id: "english",
    words: wordList("intro|lead|leadin|teaser|standfirst|dek|deck|summary|excerpt|abstract|subtitle|subheadline|subline"),
    reason: 'English template words for the paragraph under the headline ("article-intro", "story-dek", "entry-summary"); also used by sites in every language.'
  },
  { id: "german", words: wordList("einleitung|vorspann"), reason: "German: the lead paragraph of a news story." },
  { id: "french", words: wordList("chapo|chapeau"), reason: "French: the chap\xF4 under a headline." },
  { id: "spanish", words: wordList("bajada|entradilla"), reason: "Spanish: the bajada or entradilla under a headline." },
  { id: "italian", words: wordList("sottotitolo"), reason: "Italian: the sottotitolo under a headline." },
  { id: "dutch", words: wordList("lid"), reason: 'Dutch: the lead ("lid") of a story.' }
];
var TEASER_NAME = new RegExp(`(?:^|[\\s_-])(?:${TEASER_NAMES.flatMap((n) => n.words).map(escapeRegExp).join("|")})(?:$|[\\s_-])`, "i");

// dist/html/body.js
var MIN_KEPT_SHARE = 0.5;
var SHORT_BODY_WORDS = 120;
var MIN_LEAD_CHARS = 40;
var LEAD_PROBE_CHARS = 12;
var LEAD_COMPARE_CHARS = 100;
var LEAD_MAX_CLIMB = 6;
var fold3 = (s) => norm(s).normalize("NFKC").toLowerCase().replace(/[‘’]/g, "'").replace(/[“”„«»]/g, '"');
var leadStem = (description) => fold3(description).replace(/\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)$/, "");
var SHOW_TEXT = 4;
var NON_TEXT = /* @__PURE__ */ new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);
function insideNonText(node, body) {
  for (let el = node.parentElement; el && el !== body; el = el.parentElement)
    if (NON_TEXT.has(el.tagName))
      return true;
  return false;
}
function findLead(doc, description) {
  const body = doc.body;
  if (!body || !description)
    return null;
  const stem = leadStem(description);
  if (stem.length < MIN_LEAD_CHARS)
    return null;
  const probe = stem.slice(0, LEAD_PROBE_CHARS);
  const head = stem.slice(0, LEAD_COMPARE_CHARS);
  const walker = doc.createTreeWalker(body, SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!fold3(node.textContent).includes(probe) || insideNonText(node, body))
      continue;
    let el = node.parentElement;
    for (let i = 0; el && el !== body && i < LEAD_MAX_CLIMB; i++, el = el.parentElement) {
      const text = fold3(el.textContent);
      if (text.length < head.length)
        continue;
      if (!text.startsWith(head))
        break;
      if (el.closest('a, [hidden], [aria-hidden="true"], [role="dialog"]'))
        break;
      if (text === stem)
        return null;
      const blocks = toBlocks(el.cloneNode(true));
      return blocks.some((b) => b.text) ? blocks : null;
    }
  }
  return null;
}
var TEASER_WORDS = { min: 12, max: 90 };
var TEASER_LOOKAHEAD = 25;
var TEASER_NAME_LEVELS = 2;
var NOT_TEASER = 'a, figure, figcaption, nav, aside, [hidden], [aria-hidden="true"], [role="dialog"]';
var TEASER_MAX_LINK_SHARE = 0.5;
var linkShare2 = (el, chars) => [...el.getElementsByTagName("a")].reduce((n, a) => n + norm(a.textContent).length, 0) / Math.max(1, chars);
var INLINE = /* @__PURE__ */ new Set(["A", "B", "STRONG", "EM", "I", "U", "SPAN", "BR", "SUP", "SUB", "SMALL", "MARK", "ABBR", "Q", "CITE", "TIME", "IMG"]);
var inlineOnly = (el) => [...el.children].every((c) => INLINE.has(c.tagName));
function namedTeaser(el) {
  for (let e = el, i = 0; e && i <= TEASER_NAME_LEVELS; e = e.parentElement, i++) {
    if (TEASER_NAME.test(`${classAttr(e) ?? ""} ${e.getAttribute("id") ?? ""}`))
      return true;
  }
  return false;
}
function findTeaser(doc, title) {
  const body = doc.body;
  if (!body || !title)
    return null;
  const headline = fold3(title);
  const h1 = [...body.querySelectorAll("h1")].find((h) => fold3(h.textContent) === headline);
  if (!h1)
    return null;
  let el = nextElement(h1, body, true);
  for (let seen = 0; el && seen < TEASER_LOOKAHEAD; seen++) {
    if (NON_TEXT.has(el.tagName)) {
      el = nextElement(el, body, true);
      continue;
    }
    const text = norm(el.textContent);
    const words2 = text ? text.split(" ").length : 0;
    if (words2 >= TEASER_WORDS.min && words2 <= TEASER_WORDS.max && inlineOnly(el) && namedTeaser(el) && !el.closest(NOT_TEASER) && linkShare2(el, text.length) < TEASER_MAX_LINK_SHARE) {
      const blocks = toBlocks(el.cloneNode(true));
      return blocks.some((b) => b.text) ? blocks : null;
    }
    if (el.tagName === "P" && words2 > TEASER_WORDS.max)
      return null;
    el = nextElement(el, body);
  }
  return null;
}
var wordsOf2 = (blocks) => blocks.reduce((n, b) => n + (b.text.match(/\S+/g)?.length ?? 0), 0);
function candidate(doc, Readability, ctx, clean2) {
  const removed = [];
  const lead = findLead(doc, ctx.description);
  const teaser = lead ? null : findTeaser(doc, ctx.title);
  if (clean2)
    cleanPage(doc, removed, ctx.title);
  const readability = new Readability(doc, { serializer: (el) => el, disableJSONLD: true }).parse();
  const content = readability?.content ?? doc.body;
  if (!content)
    return { blocks: [], readability, removed };
  cleanContent(content, removed);
  let blocks = toBlocks(content);
  if (lead && !fold3(blocks.map((b) => b.text).join(" ")).includes(fold3(lead.map((b) => b.text).join(" ")).slice(0, LEAD_COMPARE_CHARS))) {
    removed.push({ stage: "html", rule: "lead-restored", text: lead.map((b) => b.text).join(" ").slice(0, 200) });
    blocks = [...lead, ...blocks];
  }
  const teaserText = teaser ? teaser.map((b) => b.text).join(" ") : "";
  const teaserKey = fold3(teaserText);
  if (teaser && teaserKey !== leadStem(ctx.description ?? "") && !fold3(blocks.map((b) => b.text).join(" ")).includes(teaserKey.slice(0, LEAD_COMPARE_CHARS))) {
    removed.push({ stage: "html", rule: "teaser-restored", text: teaserText.slice(0, 200) });
    blocks = [...teaser, ...blocks];
  }
  return { blocks: filterBlocks(blocks, ctx, removed), readability, removed };
}
async function extractBody(doc, fresh, Readability, ctx, removed) {
  Readability = speedUp(Readability);
  let best = timed("content", () => candidate(doc, Readability, ctx, true));
  const words2 = wordsOf2(best.blocks);
  if (words2 < SHORT_BODY_WORDS) {
    const page = await fresh();
    const raw = timed("content", () => candidate(page, Readability, ctx, false));
    if (words2 < MIN_KEPT_SHARE * wordsOf2(raw.blocks)) {
      raw.removed.unshift({ stage: "html", rule: "short-body-fallback", text: `cleaned body had ${words2} words; used the uncleaned page` });
      best = raw;
    }
  }
  removed.push(...best.removed);
  return { blocks: best.blocks, readability: best.readability };
}

// dist/html/urls.js
var URL_ATTRIBUTES = {
  A: ["href"],
  IMG: ["src", "data-src", "data-lazy-src", "data-original"]
};
var KEEP_AS_IS = /^(?:[a-z][a-z0-9+.-]*:|#)/i;
function absoluteOrNull(url) {
  if (!url)
    return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
function baseUrl(doc, pageUrl, canonical, all = elementsOf(doc)) {
  const page = absoluteOrNull(pageUrl) ?? absoluteOrNull(canonical);
  const baseHref = withTag(all, "base").find((el) => el.hasAttribute("href"))?.getAttribute("href");
  if (baseHref) {
    try {
      const base = new URL(baseHref, page ?? void 0);
      if (base.protocol === "http:" || base.protocol === "https:")
        return base;
    } catch {
    }
  }
  return page;
}
function absolutizeUrls(doc, base, all) {
  if (!base)
    return 0;
  let n = 0;
  for (const el of withTag(all ?? elementsOf(doc), "a", "img")) {
    for (const attribute of URL_ATTRIBUTES[el.tagName] ?? []) {
      const v = (el.getAttribute(attribute) ?? "").trim();
      if (!v || KEEP_AS_IS.test(v))
        continue;
      try {
        el.setAttribute(attribute, new URL(v, base).href);
        n++;
      } catch {
      }
    }
  }
  return n;
}
function absolutize(url, base) {
  if (!url || !base || KEEP_AS_IS.test(url))
    return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

// dist/rules/unread-attributes.js
var UNREAD_ATTRIBUTES = [
  { id: "event-handler", pattern: /^on[a-z]/, reason: 'Script code run on an event ("onclick"); nothing runs scripts.' },
  {
    id: "script-data",
    // Kept: the lazy-image addresses (html/markdown.ts, Readability), data-lang (code languages) and the user-rule keep mark.
    pattern: /^data-(?!(?:src|srcset|lazy-src|original|url|hi-res-src|lang|article-extract-keep)$)/,
    reason: 'Data for page scripts ("data-track-id"); only the listed lazy-image and language ones are read.'
  },
  { id: "aria-state", pattern: /^aria-(?!(?:hidden|modal)$)/, reason: "Screen-reader labels and states; only aria-hidden and aria-modal are read." },
  { id: "link-target", pattern: /^target$/, reason: "Which window a link opens in." },
  { id: "tab-order", pattern: /^tabindex$/, reason: "Keyboard focus order." }
];
var MEDIA_TAGS = /* @__PURE__ */ new Set(["img", "picture", "figure", "source", "video", "audio", "iframe", "embed", "object", "script", "style"]);
var UNREAD_INITIAL_LETTERS = "odat";
var UNREAD_CANDIDATE = /[\s/"'](?:on|data-|aria-|target|tabindex)/gi;

// dist/html/prepass.js
var OPEN = /<(?:!--|[!?]|(\/?)([a-zA-Z][^\s/>]*))/g;
var RAW_TEXT = /* @__PURE__ */ new Set(["textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"]);
var KEPT_SCRIPT = /\btype\s*=\s*["']?[^"'\s>]*ld\+json/i;
var isSpace = (c) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
var UNREAD_INITIALS = new Set([...UNREAD_INITIAL_LETTERS].map((l) => l.charCodeAt(0)));
var isUnread = (name) => UNREAD_ATTRIBUTES.some((r) => r.pattern.test(name));
function unreadAttributeSpans(html, at, end) {
  const spans = [];
  let i = at;
  const last = end - 1;
  while (i < last) {
    const gap = i;
    while (i < last && (isSpace(html.charCodeAt(i)) || html.charCodeAt(i) === 47))
      i++;
    if (i >= last)
      break;
    const nameStart = i;
    i++;
    while (i < last) {
      const c = html.charCodeAt(i);
      if (isSpace(c) || c === 47 || c === 61)
        break;
      if (c === 62)
        return null;
      i++;
    }
    const nameEnd = i;
    let attrEnd = nameEnd;
    let j = i;
    while (j < last && isSpace(html.charCodeAt(j)))
      j++;
    if (j < last && html.charCodeAt(j) === 61) {
      j++;
      while (j < last && isSpace(html.charCodeAt(j)))
        j++;
      const q = html.charCodeAt(j);
      if (j >= last)
        attrEnd = j;
      else if (q === 34 || q === 39) {
        const close = html.indexOf(q === 34 ? '"' : "'", j + 1);
        if (close < 0 || close >= last)
          return null;
        attrEnd = close + 1;
      } else {
        while (j < last && !isSpace(html.charCodeAt(j))) {
          if (html.charCodeAt(j) === 62)
            return null;
          j++;
        }
        attrEnd = j;
      }
      i = attrEnd;
    }
    if (UNREAD_INITIALS.has(html.charCodeAt(nameStart) | 32) && isUnread(html.slice(nameStart, nameEnd).toLowerCase()))
      spans.push(gap, attrEnd);
  }
  return i === last ? spans : null;
}
function tagEnd(html, at) {
  let i = at;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 62)
      return i + 1;
    if (c !== 61) {
      i++;
      continue;
    }
    i++;
    while (i < html.length && isSpace(html.charCodeAt(i)))
      i++;
    const q = html.charCodeAt(i);
    if (q === 34 || q === 39) {
      const close = html.indexOf(q === 34 ? '"' : "'", i + 1);
      if (close < 0)
        return -1;
      i = close + 1;
    } else {
      while (i < html.length && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 62)
        i++;
    }
  }
  return -1;
}
var CLOSING = /* @__PURE__ */ new Map();
function closingTag(name) {
  let re = CLOSING.get(name);
  if (!re)
    CLOSING.set(name, re = new RegExp(`</${name}(?=[\\s/>])`, "gi"));
  return re;
}
var SVG_TAG = /<(\/?)svg(?=[\s/>])/gi;
function svgEnd(html, from) {
  let depth = 1;
  SVG_TAG.lastIndex = from;
  for (let m = SVG_TAG.exec(html); m; m = SVG_TAG.exec(html)) {
    const end = tagEnd(html, m.index + m[0].length);
    if (end < 0)
      return -1;
    if (m[1])
      depth--;
    else if (html.charCodeAt(end - 2) !== 47)
      depth++;
    if (depth === 0)
      return m.index;
    SVG_TAG.lastIndex = end;
  }
  return -1;
}
function dropNonContent(html, options = {}) {
  const dropAttributes = options.unreadAttributes === true;
  let candidate2 = -2;
  const parts = [];
  let copiedTo = 0;
  const cut = (from, to) => {
    if (from > copiedTo)
      parts.push(html.slice(copiedTo, from));
    copiedTo = to;
  };
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(html); m; m = OPEN.exec(html)) {
    const start = m.index;
    if (m[0] === "<!--") {
      const close = html.indexOf("-->", start + 4);
      if (close < 0)
        break;
      OPEN.lastIndex = close + 3;
      continue;
    }
    const rawName = m[2];
    if (!rawName) {
      const close = html.indexOf(">", start);
      if (close < 0)
        break;
      OPEN.lastIndex = close + 1;
      continue;
    }
    const end = tagEnd(html, start + m[0].length);
    if (end < 0)
      break;
    OPEN.lastIndex = end;
    if (m[1])
      continue;
    const name = rawName.toLowerCase();
    if (dropAttributes && candidate2 !== -1) {
      const attrsAt = start + m[0].length;
      if (candidate2 < attrsAt - 1) {
        UNREAD_CANDIDATE.lastIndex = attrsAt - 1;
        candidate2 = UNREAD_CANDIDATE.exec(html)?.index ?? -1;
      }
      if (candidate2 >= 0 && candidate2 < end && !MEDIA_TAGS.has(name)) {
        const spans = unreadAttributeSpans(html, attrsAt, end);
        if (spans)
          for (let k = 0; k < spans.length; k += 2)
            cut(spans[k], spans[k + 1]);
      }
    }
    if (name === "script" || name === "style" || RAW_TEXT.has(name)) {
      const close = closingTag(name);
      close.lastIndex = end;
      const c = close.exec(html);
      const closeEnd = c ? tagEnd(html, c.index + c[0].length) : -1;
      if (!c || closeEnd < 0)
        break;
      if (name === "style")
        cut(start, closeEnd);
      else if (name === "script" && !KEPT_SCRIPT.test(html.slice(start, end)))
        cut(end, c.index);
      OPEN.lastIndex = closeEnd;
      continue;
    }
    if (name === "svg" && html.charCodeAt(end - 2) !== 47) {
      const close = svgEnd(html, end);
      if (close < 0)
        continue;
      cut(end, close);
      OPEN.lastIndex = close;
    }
  }
  if (!parts.length && copiedTo === 0)
    return html;
  parts.push(html.slice(copiedTo));
  return parts.join("");
}

// dist/html/parse.js
var MIN_KICKED_HEADLINE_WORDS = 3;
async function parseHtml(html, options) {
  const engine = options.dom ?? DEFAULT_DOM;
  const markup = timed("parse", () => dropNonContent(html, { unreadAttributes: !options.rules }));
  try {
    return await parseWith(markup, engine, options);
  } catch (err) {
    if (engine === "jsdom" || err instanceof DeadlineExceeded)
      throw err;
    const parsed = await parseWith(markup, "jsdom", options);
    parsed.removed.push({ stage: "parse", rule: "dom-fallback", text: `${engine} failed (${err?.message ?? String(err)}); parsed with jsdom` });
    return parsed;
  }
}
function firstImage(blocks) {
  for (const b of blocks) {
    if (b.kind !== "image")
      continue;
    const m = /!\[(?:\\.|[^\]\\])*\]\(([^)\s]+)/.exec(b.markdown);
    if (m)
      return m[1];
  }
  return null;
}
var isClassedCode = (el) => {
  const tag = tagOf(el);
  return (tag === "pre" || tag === "code" && !!el.parentElement && tagOf(el.parentElement) === "pre") && el.hasAttribute("class");
};
function prepareCodeLanguages(all) {
  for (const el of all.filter(isClassedCode)) {
    const m = /(?:^|\s)(?:language|lang)-([\w+#-]+)/i.exec(classAttr(el) ?? "");
    if (m)
      (el.closest("pre") ?? el).setAttribute("data-lang", m[1].toLowerCase());
  }
}
async function parseWith(markup, engine, options) {
  const load = options.loaders?.[engine] ?? LOADERS[engine];
  const [dom, { Readability }] = await Promise.all([load(markup, options.url), import("@mozilla/readability")]);
  try {
    const doc = dom.document;
    options.rules?.prepare(doc);
    const all = !options.rules && dom.elements || timed("parse", () => elementsOf(doc));
    const meta2 = timed("metadata", () => readMetadata(doc, options.url, all));
    const userTitle = options.rules?.applyMetadata(doc, meta2) ?? null;
    const h1s = timed("metadata", () => readHeadings(doc, "h1", all));
    const h2s = timed("metadata", () => readHeadings(doc, "h2", all));
    const base = timed("content", () => {
      prepareCodeLanguages(all);
      const b = baseUrl(doc, options.url, meta2.url, all);
      absolutizeUrls(doc, b, all);
      return b;
    });
    const removed = [...meta2.rejectedAuthors];
    let title = userTitle ?? timed("metadata", () => pickTitle(h1s, meta2.titleCandidates, meta2.siteName, meta2.description, { host: meta2.host, h2s }));
    const extra = [];
    const fresh = async () => {
      const d = await load(markup, options.url);
      extra.push(d);
      options.rules?.prepare(d.document, false);
      timed("content", () => {
        const elements = !options.rules && d.elements || elementsOf(d.document);
        prepareCodeLanguages(elements);
        absolutizeUrls(d.document, base, elements);
      });
      return d.document;
    };
    let body;
    const ctx = { title, byline: meta2.byline, authors: meta2.authors, description: meta2.description, ...options.rules ? { keep: options.rules.keepBlock } : {} };
    const userContent = options.rules?.content(doc);
    try {
      if (userContent) {
        cleanContent(userContent, removed);
        body = { blocks: filterBlocks(toBlocks(userContent), ctx, removed), readability: null };
      } else {
        body = await extractBody(doc, fresh, Readability, ctx, removed);
      }
    } finally {
      for (const d of extra)
        d.close();
    }
    const result = body.readability;
    title ??= norm(result?.title) || null;
    const blocks = body.blocks;
    const firstText = blocks.findIndex((b) => b.text);
    const heading = firstText >= 0 && blocks[firstText].kind === "heading" ? norm(blocks[firstText].text).toLowerCase() : null;
    const headline = title?.toLowerCase() ?? null;
    if (heading && headline && (heading === headline || headline.split(" ").length >= MIN_KICKED_HEADLINE_WORDS && heading.endsWith(" " + headline))) {
      blocks.splice(firstText, 1);
    }
    return {
      title,
      byline: meta2.byline ?? (norm(result?.byline) || null),
      authors: meta2.authors,
      published: meta2.published,
      siteName: meta2.siteName ?? (norm(result?.siteName) || null),
      lang: meta2.lang ?? (norm(result?.lang) || null),
      url: meta2.url,
      description: meta2.description ?? (norm(result?.excerpt) || null),
      // The lead image: the page's declared one (og:image, JSON-LD), else the body's first image.
      image: absolutize(meta2.image, base) ?? firstImage(blocks),
      blocks,
      removed
    };
  } finally {
    dom.close();
  }
}
export {
  parseHtml
};
