import {
  escapePhrase,
  longestFirst
} from "./chunk-DJWOFNSH.js";

// dist/rules/byline.js
var BYLINE_PREFIXES = [
  { id: "by", pattern: /^(?:(?:written|reported|words|story|text|photos?) )?by[:\s]\s*/i, reason: 'English "By A and B".' },
  { id: "by-multilingual", pattern: /^(?:von|par|por|di|door|de|autor(?:es|a|in)?|auteurs?|autore|redakcja|tekst)[:\s]\s*/i, reason: "German, French, Spanish/Portuguese, Italian, Dutch, Polish byline prefixes." },
  {
    id: "by-multilingual-verb",
    pattern: /^(?:(?:veröffentlicht|geschrieben|verfasst|erstellt|eingetragen|gepostet|(?:ein |blog[- ]?|gast)?(?:beitrag|artikel)|publié|écrit|rédigé|un article|publicado|publicada|escrito|escrita|un artículo|pubblicato|scritto|un articolo|gepubliceerd|geschreven|een artikel|opublikowane|opublikował[a]?|napisane|napisał[a]?|dodane|artykuł)\s+(?:von|par|por|da|di|door|przez)\s+|przez\s+|(?:text|texte|testo|texto|tekst)\s*:\s*)/i,
    reason: 'A verb or noun and "by" in the other supported languages: "Ver\xF6ffentlicht von A", "Ein Beitrag von A", "Publi\xE9 par A", "Escrito por A", "Scritto da A", "Geschreven door A", "przez A" (Polish "by"), and the "Text: A" credit.'
  },
  { id: "author-label", pattern: /^(?:authors?|writers?|reporters?)\s*:\s*/i, reason: '"Author: Jane Doe" labels.' }
];
var BY_WORD_OPENING = /^(?:by|von|par|por|di|door|de)\s/i;
var OUTLET_WORDS = [
  "cnn",
  "bbc",
  "bbc news",
  "reuters",
  "ap",
  "associated press",
  "the associated press",
  "afp",
  "agence france-presse",
  "upi",
  "bloomberg",
  "dpa",
  "efe",
  "ansa",
  "pa",
  "pa media",
  "press association",
  "nyt",
  "wsj",
  "npr",
  "abc news",
  "cbs news",
  "nbc news",
  "fox news",
  "cnbc",
  "the guardian",
  "guardian",
  "the new york times",
  "the washington post",
  "staff",
  "staff writer",
  "staff report",
  "wire",
  "wires",
  "news desk",
  "newsdesk",
  "editorial board",
  "the editorial board"
];
var NEWSPAPER_NOUNS = [
  "leader",
  "today",
  "register",
  "courier",
  "observer",
  "sentinel",
  "chronicle",
  "inquirer",
  "enquirer",
  "dispatch",
  "examiner",
  "bulletin",
  "telegraph",
  "independent",
  "citizen",
  "advocate",
  "statesman",
  "democrat",
  "times",
  "post",
  "news",
  "press",
  "journal",
  "tribune",
  "herald",
  "gazette",
  "magazine",
  "daily",
  "weekly"
];
var OUTLET_PATTERN = /\b(?:leader|today|register|courier|observer|sentinel|chronicle|inquirer|enquirer|dispatch|examiner|bulletin|telegraph|independent|citizen|advocate|statesman|democrat|news|times|post|press|agency|agencies|media|journal|associated|tribune|herald|gazette|magazine|daily|weekly|network|broadcasting|radio|tv|television|staff|desk|bureau|wire|online|business|insider|sports?|politics|entertainment|science|technology|tech|health|lifestyle|world|team|editors|contributors|\.com|\.org|\.net|\.co\.uk)\b/i;
var JOB_NOUN_PATTERN = /\b(?:reporter|correspondent|editor|writer|columnist|contributor|producer|analyst|journalist|photographer|intern)s?\b/i;
var JOB_TITLE_PATTERN = /\b(?:reporter|correspondent|editor|writer|columnist|contributor|contributing|producer|analyst|journalist|photographer|staff|intern|chief|senior|deputy|managing|director|founder|ceo|head of|professor|fellow|author of|opinion|guest|special to)\b/i;
var FOR_OUTLET = /^(.+?)\s+(for|für|pour|para|per|voor|dla|special to)\s+((?:the\s+|The\s+|THE\s+)?[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*(?:\s+(?:&|of|de|du|des|la|le|di|del|der|die|das|the|[\p{Lu}\p{N}][\p{L}\p{N}'’.&-]*)){0,5})$/u;
var NUMERIC_DATE_TIME_LINE = /^(?:(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}[/.-]\d{1,2}[/.-]\d{1,2}),?\s+(?:(?:at|um|à|a las|alle|om|o)\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*(?:Uhr|h|[A-Z]{2,4}|UTC[+-]\d{1,2}|GMT[+-]\d{1,2}))?|\d{1,2}\/\d{1,2}\/\d{4})$/;
var READING_TIME_TAIL = /\s*(?:[·•|–—-]\s*)?(?:\d{1,3}\s*(?:min(?:ute)?s?|min\.)\s*(?:read|reading|to read|de lecture|di lettura|de lectura|de leitura|leestijd|czytania|lesezeit)?|(?:lesezeit|reading time|temps de lecture|tiempo de lectura|tempo di lettura|leestijd|czas czytania)\s*:?\s*\d{1,3}\s*min(?:\.|utes?|uten)?)\s*$/i;
var DATE_LINE_PREFIX = /^(?:updated|published|posted|last updated|last modified|modified|first published|date|stand|aktualisiert|veröffentlicht|publié le|mis à jour|publicado|actualizado|pubblicato|aggiornato|atualizado|gepubliceerd|bijgewerkt|opublikowano|aktualizacja)\b[:\s]*/i;
var RELATIVE_TIME = /^(?:\d{1,3}|an?|one)\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|months?|mo|y|yrs?|years?)(?:\s+ago)?$/i;
var WEEKDAY_TIME_LINE = /^(?:today|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s*,?\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?$/i;
var NAME_PARTICLES = /* @__PURE__ */ new Set(["van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "le", "la", "bin", "ibn", "al", "el", "ter", "ten", "y", "e", "zu"]);
var CREDIT_LINE = /^\(.*\)$|\b(?:getty(?: images)?|ap photo|afp|shutterstock|istock|alamy|photograph|courtesy|via reuters|pool)\b|^(?:photo|image|picture|video|graphic|credit|illustration|foto|bild)s?\b/i;
var CREDIT_SLASH = /\S\s?\/\s?(?:the |associated |getty|ap\b|afp|reuters|[\w ]*(?:times|post|news|press|images?)\b)/i;

// dist/rules/case-fold.js
var CASED_PROPERTIES = /^(?:General_Category=|gc=)?(?:Lu|Ll|Lt|LC|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Cased_Letter|Upper|Lower|Uppercase|Lowercase|Cased|Changes_When_\w+|CW\w+)$/;
var isAsciiLetter = (c) => /^[A-Za-z]$/.test(c);
var FOLD_MERGES = {
  "\xB5": "\u03BC",
  "\u017F": "s",
  "\u0345": "\u03B9",
  "\u03C2": "\u03C3",
  "\u03D0": "\u03B2",
  "\u03D1": "\u03B8",
  "\u03D5": "\u03C6",
  "\u03D6": "\u03C0",
  "\u03F0": "\u03BA",
  "\u03F1": "\u03C1",
  "\u03F5": "\u03B5",
  "\u1C80": "\u0432",
  "\u1C81": "\u0434",
  "\u1C82": "\u043E",
  "\u1C83": "\u0441",
  "\u1C84": "\u0442",
  "\u1C85": "\u0442",
  "\u1C86": "\u044A",
  "\u1C87": "\u0463",
  "\u1C88": "\uA64B",
  "\u1E9B": "\u1E61",
  "\u1FBE": "\u03B9"
};
var MERGED = new RegExp(`[${Object.keys(FOLD_MERGES).join("")}]`, "gu");
var merge = (s) => s.replace(MERGED, (c) => FOLD_MERGES[c]);
function lowerChar(c) {
  const l = c.toLowerCase();
  return l.length === c.length ? FOLD_MERGES[l] ?? l : null;
}
function foldPattern(pattern) {
  if (!pattern.flags.includes("i") || !pattern.flags.includes("u"))
    return null;
  const src = pattern.source;
  let out = "";
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      const next = src[i + 1] ?? "";
      if ((next === "p" || next === "P") && src[i + 2] === "{") {
        const end = src.indexOf("}", i);
        if (end < 0 || CASED_PROPERTIES.test(src.slice(i + 3, end)))
          return null;
        out += src.slice(i, end + 1);
        i = end;
        continue;
      }
      if (next === "u" || next === "x" || next === "c")
        return null;
      if (next === "k" && src[i + 2] === "<") {
        const end = src.indexOf(">", i);
        if (end < 0)
          return null;
        out += src.slice(i, end + 1);
        i = end;
        continue;
      }
      out += c + next;
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]")
        inClass = false;
      else if (src[i + 1] === "-" && src[i + 2] !== void 0 && src[i + 2] !== "]" && src[i + 2] !== "\\") {
        const end = src[i + 2];
        const cased = c.toLowerCase() !== c.toUpperCase() || end.toLowerCase() !== end.toUpperCase();
        if (cased) {
          if (!isAsciiLetter(c) || !isAsciiLetter(end) || c === c.toUpperCase() !== (end === end.toUpperCase()))
            return null;
          out += `${c.toLowerCase()}-${end.toLowerCase()}`;
        } else
          out += `${c}-${end}`;
        i += 2;
        continue;
      }
    } else if (c === "[")
      inClass = true;
    else if (c === "(" && src[i + 1] === "?" && src[i + 2] === "<" && src[i + 3] !== "=" && src[i + 3] !== "!") {
      const end = src.indexOf(">", i);
      if (end < 0)
        return null;
      out += src.slice(i, end + 1);
      i = end;
      continue;
    }
    const l = lowerChar(c);
    if (l === null)
      return null;
    out += l;
  }
  return new RegExp(out, pattern.flags.replace("i", ""));
}
function foldLine(line) {
  const lower = line.toLowerCase();
  if (lower.length !== line.length)
    return null;
  MERGED.lastIndex = 0;
  return MERGED.test(lower) ? merge(lower) : lower;
}

// dist/rules/date-words.js
import { readFileSync } from "node:fs";
var DATE_LOCALES = [
  "en",
  "de",
  "fr",
  "es",
  "it",
  "pt",
  "nl",
  "pl",
  "cs",
  "sk",
  "sv",
  "da",
  "nb",
  "fi",
  "ru",
  "uk",
  "tr",
  "ro",
  "ca",
  "hu",
  "el"
];
var ABBREVIATION_LOCALES = /* @__PURE__ */ new Set(["en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru"]);
var EXTRA_MONTHS = { sept: 9, maerz: 3 };
var MIN_NAME_LETTERS = 3;
var fold = (s) => s.normalize("NFD").replace(/\p{M}/gu, "");
var clean = (s) => s.toLowerCase().replace(/\.$/, "").trim();
function monthTable() {
  const seen = /* @__PURE__ */ new Map();
  const add = (name, month) => {
    for (const n of /* @__PURE__ */ new Set([clean(name), fold(clean(name))])) {
      if (n.length < MIN_NAME_LETTERS || !/^\p{L}+$/u.test(n))
        continue;
      if (!seen.has(n))
        seen.set(n, /* @__PURE__ */ new Set());
      seen.get(n).add(month);
    }
  };
  const months = Array.from({ length: 12 }, (_v, m) => new Date(Date.UTC(2024, m, 12)));
  for (const locale of DATE_LOCALES) {
    for (const month of ["long", "short"]) {
      if (month === "short" && !ABBREVIATION_LOCALES.has(locale))
        continue;
      const alone = new Intl.DateTimeFormat(locale, { month, timeZone: "UTC" });
      const inDate = new Intl.DateTimeFormat(locale, { day: "numeric", month, timeZone: "UTC" });
      months.forEach((date, m) => {
        add(alone.format(date), m + 1);
        const part = inDate.formatToParts(date).find((p) => p.type === "month");
        if (part)
          add(part.value, m + 1);
      });
    }
  }
  for (const [n, m] of Object.entries(EXTRA_MONTHS))
    add(n, m);
  const out = /* @__PURE__ */ new Map();
  for (const [n, months2] of seen)
    if (months2.size === 1)
      out.set(n, [...months2][0]);
  return out;
}
function weekdayNames() {
  const out = /* @__PURE__ */ new Set();
  const days = Array.from({ length: 7 }, (_v, d) => new Date(Date.UTC(2024, 0, 1 + d)));
  for (const locale of DATE_LOCALES) {
    for (const weekday of ["long", "short"]) {
      if (weekday === "short" && !ABBREVIATION_LOCALES.has(locale))
        continue;
      const format = new Intl.DateTimeFormat(locale, { weekday, timeZone: "UTC" });
      for (const date of days) {
        const n = clean(format.format(date));
        if (n.length >= MIN_NAME_LETTERS && /^[\p{L}-]+$/u.test(n))
          out.add(n).add(fold(n));
      }
    }
  }
  return out;
}
function vocabularyKey() {
  const small = process.config?.variables?.icu_small === true;
  return `icu ${process.versions.icu ?? "none"} cldr ${process.versions.cldr ?? "none"}${small ? " small" : ""} ${process.env.NODE_ICU_DATA ?? ""} ${DATE_LOCALES.join(",")}`;
}
function buildDateVocabulary() {
  return { key: vocabularyKey(), months: [...monthTable()], weekdays: [...weekdayNames()] };
}
function loadDateVocabulary(snapshotFile = new URL("./date-words.snapshot.json", import.meta.url)) {
  try {
    const snapshot = JSON.parse(readFileSync(snapshotFile, "utf8"));
    if (snapshot.key === vocabularyKey())
      return snapshot;
  } catch {
  }
  return buildDateVocabulary();
}
var VOCABULARY = loadDateVocabulary();
var MONTH_NAMES = new Map(VOCABULARY.months);
var WEEKDAY_NAMES = new Set(VOCABULARY.weekdays);
var phrase = (source) => new RegExp(String.raw`(?<!\p{L})(?:${source})(?!\p{L})`, "iu");
var DATE_LABELS = [
  { id: "en-updated", role: "updated", pattern: phrase(String.raw`(?:last\s+)?(?:updated|modified|revised|edited)(?:\s+(?:on|at))?`), reason: "English: the date of a later change." },
  { id: "en-published", role: "published", pattern: phrase(String.raw`(?:first\s+)?(?:published|posted|written|released|created)(?:\s+(?:on|at))?|date`), reason: "English: the date the article went out." },
  { id: "de-updated", role: "updated", pattern: phrase(String.raw`(?:zuletzt\s+)?(?:aktualisiert|geändert|bearbeitet)(?:\s+am)?|stand|aktualisierung|letzte\s+änderung`), reason: 'German: "aktualisiert am", "Stand:", "zuletzt ge\xE4ndert".' },
  { id: "de-published", role: "published", pattern: phrase(String.raw`(?:veröffentlicht|erschienen|eingetragen|erstellt|publiziert|gepostet|geschrieben|verfasst)(?:\s+am)?|datum`), reason: 'German: "Ver\xF6ffentlicht am", "erschienen am", "Datum:".' },
  { id: "fr-updated", role: "updated", pattern: phrase(String.raw`(?:mis\s+à\s+jour|modifié|actualisé)(?:\s+le)?|maj`), reason: 'French: "mis \xE0 jour le".' },
  { id: "fr-published", role: "published", pattern: phrase(String.raw`(?:publié|mis\s+en\s+ligne|posté|écrit)(?:\s+le)?`), reason: 'French: "publi\xE9 le", "mis en ligne le".' },
  { id: "es-updated", role: "updated", pattern: phrase(String.raw`(?:actualizado|modificado|última\s+actualización)(?:\s+el)?`), reason: 'Spanish: "actualizado el".' },
  { id: "es-pt-published", role: "published", pattern: phrase(String.raw`(?:publicado|publicada)(?:\s+(?:el|em|a))?`), reason: 'Spanish and Portuguese: "publicado el", "publicado em".' },
  { id: "pt-updated", role: "updated", pattern: phrase(String.raw`(?:atualizado|atualizada|atualização)(?:\s+em)?`), reason: 'Portuguese: "atualizado em".' },
  { id: "it-updated", role: "updated", pattern: phrase(String.raw`(?:aggiornato|ultimo\s+aggiornamento|modificato)(?:\s+il)?`), reason: 'Italian: "aggiornato il".' },
  { id: "it-published", role: "published", pattern: phrase(String.raw`(?:pubblicato|pubblicata)(?:\s+il)?`), reason: 'Italian: "pubblicato il".' },
  { id: "nl-updated", role: "updated", pattern: phrase(String.raw`(?:laatst\s+)?(?:bijgewerkt|gewijzigd)(?:\s+op)?`), reason: 'Dutch: "bijgewerkt op".' },
  { id: "nl-published", role: "published", pattern: phrase(String.raw`(?:gepubliceerd|geplaatst)(?:\s+op)?`), reason: 'Dutch: "gepubliceerd op".' },
  { id: "pl-updated", role: "updated", pattern: phrase("zaktualizowano|aktualizacja|zmodyfikowano"), reason: 'Polish: "aktualizacja".' },
  { id: "pl-published", role: "published", pattern: phrase(String.raw`opublikowano|data\s+publikacji|dodano`), reason: 'Polish: "opublikowano".' }
];

// dist/metadata/date.js
var ZONES = {
  utc: 0,
  gmt: 0,
  z: 0,
  bst: 60,
  cet: 60,
  cest: 120,
  eet: 120,
  eest: 180,
  ist: 330,
  jst: 540,
  kst: 540,
  aest: 600,
  aedt: 660,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  et: -300,
  ct: -360,
  mt: -420,
  pt: -480
};
var MONTH_ALTERNATION = [...MONTH_NAMES.keys()].sort((x, y) => y.length - x.length).join("|");
var MONTH = String.raw`(?<!\p{L})(${MONTH_ALTERNATION})(?!\p{L})\.?`;
var TIME = String.raw`(\d{1,2})[:.h](\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?:\s*\(?([a-z]{1,4})\)?(?![a-z]))?`;
var ISO_RE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/giu;
var YEAR_END = String.raw`(?:(?!\d)|(?=\d{1,2}\.?\s+\p{L})|(?=\d{2}:\d{2}(?!\d)))`;
var YMD_RE = /(?<![\d.\/])(\d{4})([\/.])(\d{1,2})\2(\d{1,2})(?![\d])/gu;
var MDY_RE = new RegExp(String.raw`${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${YEAR_END}`, "giu");
var DMY_RE = new RegExp(String.raw`(?<![\d.])(\d{1,2})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+|of\s+)?${MONTH},?\s+(?:de\s+)?(\d{4}|[’'‘]\d{2})${YEAR_END}`, "giu");
var MDY_FOLDED = foldPattern(MDY_RE);
var DMY_FOLDED = foldPattern(DMY_RE);
var NUMERIC_RE = /(?<![\d.\/-])(\d{1,2})([.\/-])(\d{1,2})\2(\d{4}|(?<=\d{2}[.\/]\d{2}[.\/])\d{2})(?![\d]|[.\/-]\d)/gu;
var CJK_YMD_RE = /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/gu;
var TIME_RE = new RegExp(TIME, "i");
var YEAR_HINT = /\d{4}|[’'‘]\d{2}/;
var NUMERIC_HINT = /\d[.\/-]\d/;
var TIME_WINDOW_CHARS = 40;
var TWO_DIGIT_YEAR_PIVOT = 70;
var pad = (n, w = 2) => String(n).padStart(w, "0");
function validDate(y, m, d) {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31)
    return false;
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCMonth() === m - 1;
}
function formatOffset(minutes) {
  const sign = minutes < 0 ? "-" : "+";
  const a = Math.abs(minutes);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}
function timePart(s) {
  const t = TIME_RE.exec(s);
  if (!t)
    return "";
  let h = Number(t[1]);
  const min = Number(t[2]);
  const sec = Number(t[3] ?? 0);
  const ampm = t[4]?.replace(/\./g, "").toLowerCase();
  if (ampm === "pm" && h < 12)
    h += 12;
  if (ampm === "am" && h === 12)
    h = 0;
  if (h > 23 || min > 59 || sec > 59)
    return "";
  const zone = t[5]?.toLowerCase();
  const offset = zone !== void 0 ? ZONES[zone] : void 0;
  return `T${pad(h)}:${pad(min)}:${pad(sec)}${offset !== void 0 ? formatOffset(offset) : ""}`;
}
var year = (y) => {
  const digits = y.replace(/\D/g, "");
  if (digits.length === 4)
    return Number(digits);
  const n = Number(digits);
  return n < TWO_DIGIT_YEAR_PIVOT ? 2e3 + n : 1900 + n;
};
var foldedMonths = null;
var monthOf = (name) => MONTH_NAMES.get(name.toLowerCase()) ?? (foldedMonths ??= new Map([...MONTH_NAMES].map(([k, v]) => [foldLine(k) ?? k, v]))).get(foldLine(name) ?? name) ?? 0;
var monthFirst = (lang) => !lang || /^en(?:-us)?$/i.test(lang);
function numericOrder(a, b, separator, lang) {
  if (separator === ".")
    return [a, b];
  if (a > 12)
    return [a, b];
  if (b > 12)
    return [b, a];
  return monthFirst(lang) ? [b, a] : [a, b];
}
var lastFound = null;
var lastLabelled = null;
var memoKey = (input, options) => `${options.lang ?? ""}\0${input}`;
function findDates(input, options = {}) {
  if (!input || !/\d/.test(input))
    return [];
  const key = memoKey(input, options);
  if (lastFound?.key === key)
    return lastFound.dates;
  const dates = Object.freeze(findDatesUncached(input, options));
  lastFound = { key, dates };
  return dates;
}
function findDatesUncached(s, options) {
  const hasYear = YEAR_HINT.test(s);
  const hasNumeric = NUMERIC_HINT.test(s);
  if (!hasYear && !hasNumeric)
    return [];
  const found = [];
  const push = (m, y, mo, d, iso) => {
    if (validDate(y, mo, d))
      found.push({ index: m.index, end: m.index + m[0].length, ymd: [y, mo, d], iso });
  };
  if (hasYear)
    for (const m of s.matchAll(ISO_RE)) {
      const [, y, mo, d, hh, mm, ss, zone] = m;
      const z = zone ? zone.toUpperCase() === "Z" ? "Z" : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone : "";
      push(m, Number(y), Number(mo), Number(d), hh ? `${y}-${mo}-${d}T${hh}:${mm}:${ss ?? "00"}${z}` : `${y}-${mo}-${d}`);
    }
  if (hasYear)
    for (const m of s.matchAll(YMD_RE))
      push(m, Number(m[1]), Number(m[3]), Number(m[4]));
  if (hasYear) {
    const folded = foldLine(s);
    for (const m of folded !== null && MDY_FOLDED ? folded.matchAll(MDY_FOLDED) : s.matchAll(MDY_RE))
      push(m, Number(m[3]), monthOf(m[1]), Number(m[2]));
    for (const m of folded !== null && DMY_FOLDED ? folded.matchAll(DMY_FOLDED) : s.matchAll(DMY_RE))
      push(m, year(m[3]), monthOf(m[2]), Number(m[1]));
  }
  if (hasNumeric)
    for (const m of s.matchAll(NUMERIC_RE)) {
      const [d, mo] = numericOrder(Number(m[1]), Number(m[3]), m[2], options.lang);
      push(m, year(m[4]), mo, d);
    }
  if (hasYear)
    for (const m of s.matchAll(CJK_YMD_RE))
      push(m, Number(m[1]), Number(m[2]), Number(m[3]));
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const kept = [];
  for (const f of found)
    if (!kept.length || f.index >= kept[kept.length - 1].end)
      kept.push(f);
  let masked = s;
  for (const f of kept)
    masked = masked.slice(0, f.index) + " ".repeat(f.end - f.index) + masked.slice(f.end);
  return kept.map((f) => {
    const [y, m, d] = f.ymd;
    const around = `${masked.slice(Math.max(0, f.index - TIME_WINDOW_CHARS), f.index)} ${masked.slice(f.end, f.end + TIME_WINDOW_CHARS)}`;
    return { index: f.index, end: f.end, iso: f.iso ?? `${y}-${pad(m)}-${pad(d)}${timePart(around)}` };
  });
}
function parseDate(input, options = {}) {
  return findDates(input?.trim(), options)[0]?.iso ?? null;
}
var LABEL_WINDOW_CHARS = 40;
var GLOBAL_DATE_LABELS = DATE_LABELS.map((label) => ({ role: label.role, pattern: new RegExp(label.pattern.source, `${label.pattern.flags.replace("g", "")}g`) }));
var ANY_DATE_LABEL = (() => {
  const byFlags = /* @__PURE__ */ new Map();
  for (const l of DATE_LABELS) {
    const flags = l.pattern.flags.replace(/[gy]/g, "");
    byFlags.set(flags, [...byFlags.get(flags) ?? [], `(?:${l.pattern.source})`]);
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join("|"), flags));
})();
function labelledDates(input, options = {}) {
  if (!input || !/\d/.test(input))
    return [];
  const key = memoKey(input, options);
  if (lastLabelled?.key === key)
    return lastLabelled.dates;
  const dates = Object.freeze(labelledDatesUncached(input, options));
  lastLabelled = { key, dates };
  return dates;
}
function labelledDatesUncached(input, options) {
  const dates = findDates(input, options);
  return dates.map((d, i) => {
    const before = input.slice(Math.max(i > 0 ? dates[i - 1].end : 0, d.index - LABEL_WINDOW_CHARS), d.index);
    let role = null;
    let at = -1;
    if (!before || !ANY_DATE_LABEL.some((re) => re.test(before)))
      return { ...d, role };
    for (const label of GLOBAL_DATE_LABELS) {
      for (const m of before.matchAll(label.pattern))
        if (m.index >= at)
          [at, role] = [m.index, label.role];
    }
    return { ...d, role };
  });
}
function publishedDate(input, options = {}) {
  const dates = labelledDates(input, options);
  return (dates.find((d) => d.role === "published") ?? dates.find((d) => d.role === null) ?? dates[0])?.iso ?? null;
}
function isUpdateOnly(input, options = {}) {
  const dates = labelledDates(input, options);
  return dates.length > 0 && dates.every((d) => d.role === "updated");
}
var URL_DATE_PATTERNS = [
  { re: /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=[\/_.-]|$)/, order: "ymd" },
  { re: /[\/_-]((?:19|20)\d{2})-(\d{2})-(\d{2})(?=[\/_.-]|$)/, order: "ymd" },
  { re: /[\/_-]((?:19|20)\d{2})(\d{2})(\d{2})(?=[\/_.-])/, order: "ymd" },
  { re: /[\/_-](\d{2})-(\d{2})-((?:19|20)\d{2})(?=[\/_.-]|$)/, order: "dmy" }
];
function urlDate(url) {
  if (!url)
    return null;
  let path;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const { re, order } of URL_DATE_PATTERNS) {
    const m = re.exec(path);
    if (!m)
      continue;
    const [y, mo, d] = order === "ymd" ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
    if (validDate(Number(y), Number(mo), Number(d)))
      return `${y}-${pad(Number(mo))}-${pad(Number(d))}`;
  }
  return null;
}
var LINE_WORDS_MAX = 6;
function isDateLine(line, options = {}) {
  const dates = findDates(line, options);
  if (!dates.length)
    return false;
  let rest = "";
  let from = 0;
  for (const d of dates) {
    rest += ` ${line.slice(from, d.index)}`;
    from = d.end;
  }
  rest += ` ${line.slice(from)}`;
  const words = (rest.match(/\p{L}{2,}/gu) ?? []).filter((w) => !WEEKDAY_NAMES.has(w.toLowerCase()));
  return words.length <= LINE_WORDS_MAX;
}

// dist/rules/byline-labels.js
var BYLINE_LABELS = [
  {
    id: "labels-en",
    lang: "en",
    lead: ["by", "written by", "posted by", "published by", "reported by", "words by", "text by", "story by", "article by", "interview by", "recipe by", "guest post by", "a guest post by"],
    label: ["author", "authors", "writer", "written", "words", "text", "interview", "reporter", "reporting"],
    reason: 'English bylines: "By A", "Posted by A", "Author: A", "Words: A".'
  },
  {
    id: "labels-de",
    lang: "de",
    lead: ["von", "verfasst von", "geschrieben von", "ver\xF6ffentlicht von", "eingestellt von", "gepostet von", "erstellt von", "ein beitrag von", "beitrag von", "blog beitrag von", "blogbeitrag von", "gastbeitrag von", "ein gastbeitrag von", "rezept von", "ein interview von", "interview von", "kommentar von", "eine kolumne von", "kolumne von"],
    label: ["autor", "autorin", "autoren", "autorinnen", "verfasser", "verfasserin", "text", "texte", "interview", "redakteur", "redakteurin"],
    reason: 'German bylines: "Von A", "Ver\xF6ffentlicht von A", "Eingestellt von A" (Blogger), "Rezept von A", "Autorin: A", "Text: A".'
  },
  {
    id: "labels-fr",
    lang: "fr",
    lead: ["par", "\xE9crit par", "publi\xE9 par", "r\xE9dig\xE9 par", "propos recueillis par", "un article de", "une tribune de"],
    label: ["auteur", "auteure", "autrice", "auteurs", "texte", "r\xE9daction", "entretien"],
    reason: 'French bylines: "Par A", "Publi\xE9 par A", "Auteur : A" (French sets a space before the colon).'
  },
  {
    id: "labels-es",
    lang: "es",
    lead: ["por", "escrito por", "publicado por", "redactado por", "entrevista de"],
    label: ["autor", "autora", "autores", "texto", "redacci\xF3n"],
    reason: 'Spanish bylines: "Por A", "Publicado por A", "Autor: A".'
  },
  {
    id: "labels-it",
    lang: "it",
    lead: ["di", "scritto da", "pubblicato da", "a cura di", "articolo di", "intervista di"],
    label: ["autore", "autrice", "autori", "testo", "testi"],
    reason: 'Italian bylines: "di A", "Scritto da A", "A cura di A", "Autore: A".'
  },
  {
    id: "labels-pt",
    lang: "pt",
    lead: ["por", "escrito por", "publicado por"],
    label: ["autor", "autora", "autores", "texto", "reda\xE7\xE3o"],
    reason: 'Portuguese bylines: "Por A", "Publicado por A", "Autora: A".'
  },
  {
    id: "labels-nl",
    lang: "nl",
    lead: ["door", "geschreven door", "gepubliceerd door", "geplaatst door"],
    label: ["auteur", "auteurs", "tekst", "schrijver"],
    reason: 'Dutch bylines: "Door A", "Geschreven door A", "Auteur: A".'
  },
  {
    id: "labels-pl",
    lang: "pl",
    lead: ["przez", "napisa\u0142", "napisa\u0142a", "opublikowa\u0142", "opublikowa\u0142a", "doda\u0142", "doda\u0142a"],
    label: ["autor", "autorka", "autorzy", "tekst", "redakcja"],
    reason: 'Polish bylines: "Napisa\u0142 A", "Autor: A", "Tekst: A".'
  }
];
var alternation = (words) => longestFirst(words, escapePhrase);
var LEAD_WORDS = alternation(BYLINE_LABELS.flatMap((l) => l.lead));
var LABEL_WORDS = alternation(BYLINE_LABELS.flatMap((l) => l.label));
var LEADING_BYLINE_LABEL = new RegExp(`^(?:(?:${LEAD_WORDS})(?:\\s*:\\s*|\\s+)|(?:${LABEL_WORDS})\\s*:\\s*)`, "iu");
var BYLINE_LABEL_ALONE = new RegExp(`^(?:${LEAD_WORDS}|${LABEL_WORDS})\\s*:?$`, "iu");
var INNER_BYLINE_LABEL = new RegExp(`(?:^|[\\s|\u2022\xB7])(?:(?:${LEAD_WORDS})(?:\\s*:\\s*|\\s+)|(?:${LABEL_WORDS})\\s*:\\s*)(?=\\p{Lu})`, "iu");
var CONVERSATION_JOINERS = {
  en: ["in conversation with", "in discussion with", "interviewed by", "talks to", "talks with"],
  de: ["im gespr\xE4ch mit", "im interview mit", "interviewt von", "spricht mit"],
  fr: ["en conversation avec", "en entretien avec", "interview\xE9 par", "interview\xE9e par"],
  es: ["en conversaci\xF3n con", "entrevistado por", "entrevistada por"],
  it: ["in conversazione con", "intervistato da", "intervistata da"],
  pt: ["em conversa com", "entrevistado por", "entrevistada por"],
  nl: ["in gesprek met", "ge\xEFnterviewd door"],
  pl: ["w rozmowie z", "rozmawia z"]
};
var CONVERSATION_JOINER = new RegExp(`\\s(?:${alternation(Object.values(CONVERSATION_JOINERS).flat())})\\s`, "iu");
var DATA_SHEET_FIELDS = {
  en: ["publisher", "pages", "isbn", "illustrator", "illustrations", "translator", "translated by", "genre", "price", "format", "release date"],
  de: ["verlag", "seiten", "seitenzahl", "illustrator", "illustratorin", "ilustrator", "\xFCbersetzer", "\xFCbersetzerin", "\xFCbersetzung", "erscheinungsdatum", "preis", "genre", "titel", "originaltitel"],
  fr: ["\xE9diteur", "\xE9ditions", "pages", "traducteur", "traductrice", "illustrateur", "illustratrice", "prix", "titre"],
  es: ["editorial", "p\xE1ginas", "traductor", "traductora", "ilustrador", "ilustradora", "precio", "t\xEDtulo"],
  it: ["editore", "pagine", "traduttore", "traduttrice", "illustratore", "prezzo", "titolo"],
  pt: ["editora", "p\xE1ginas", "tradutor", "ilustrador", "pre\xE7o", "t\xEDtulo"],
  nl: ["uitgeverij", "uitgever", "pagina's", "vertaler", "illustrator", "prijs", "titel"],
  pl: ["wydawnictwo", "wydawca", "stron", "t\u0142umacz", "t\u0142umaczka", "ilustrator", "cena", "tytu\u0142"]
};
var DATA_SHEET_FIELD = new RegExp(`(?<!\\p{L})(?:${alternation(Object.values(DATA_SHEET_FIELDS).flat())})\\s*:|(?<!\\p{L})isbn(?!\\p{L})`, "iu");

// dist/metadata/authors.js
var MAX_NAME_WORDS = 6;
var MIN_NAME_WORDS = 2;
var MAX_BYLINE_CHARS = 250;
var OUTLETS = new Set(OUTLET_WORDS);
function stripBylineNoise(byline) {
  let s = byline.replace(/\s+/g, " ").trim();
  s = s.replace(/\S+@\S+\.\w+/g, " ").replace(/https?:\/\/\S+/g, " ").replace(/(^|\s)@\w+/g, " ");
  s = s.replace(/(\p{Ll})@\w+/gu, "$1 - ");
  const unglue = (_m, a, b) => {
    const words = b.replace(GLUED_ACRONYM, "$1 $2");
    return `${a}${JOB_TITLE_PATTERN.test(words) || OUTLET_PATTERN.test(words) ? "," : ""} ${b}`;
  };
  s = s.replace(GLUED_WORDS, unglue).replace(GLUED_ACRONYM, unglue);
  for (const p of BYLINE_PREFIXES)
    s = s.replace(p.pattern, "");
  s = s.replace(/\s+(?:[-–—|•·]|\bon\b|\bupdated\b|\bpublished\b)\s+.*$/i, (tail) => isDateTail(tail) || DATE_LINE_PREFIX.test(tail.replace(/^\s*[-–—|•·]\s*/, "")) ? "" : tail);
  s = s.replace(/\s*[|•·]\s*.*$/, (tail) => isDateTail(tail) ? "" : tail);
  return s.replace(/\s+/g, " ").replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, "");
}
function isDateTail(tail) {
  return parseDate(tail) !== null || NUMERIC_DATE_OR_TIME.test(tail);
}
function splitNames(s) {
  return s.split(CONVERSATION_JOINER).join(", ").split(/\s*(?:,|;|\/|\||\s&\s|\band\b|\bund\b|\bet\b|\sy\s|\se\s|\bi\b|\ben\b|\boraz\b)\s*/i).map((p) => p.trim()).filter(Boolean);
}
var GLUED_WORDS = /(\p{Lu}\p{Ll}{3,})(\p{Lu}[\p{L}]+)/gu;
var NUMERIC_DATE_OR_TIME = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b/;
var MONTH_OR_DAY = /^(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|mar(?:ch|s|zo)?|märz|apr(?:il|ile)?|may|mai|mayo|maggio|june?|juni|juin|july?|juli|juillet|aug(?:ust)?|août|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|mon|tues?|wed|thu(?:rs)?|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?,?$/i;
var GLUED_ACRONYM = /\b(\p{Lu}{2,})(\p{Lu}\p{Ll}{2,})/gu;
var DAY_NAMES = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?$|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|today|yesterday)$/i;
function isOutletOrTitle(part) {
  const p = part.toLowerCase().replace(/^the\s+/, "the ");
  if (OUTLETS.has(p) || OUTLETS.has(p.replace(/^the /, "")))
    return true;
  if (/^[A-Z0-9.&-]{2,6}$/.test(part))
    return true;
  if (JOB_TITLE_PATTERN.test(part) || OUTLET_PATTERN.test(part))
    return true;
  return false;
}
function looksLikeName(part) {
  const words = part.split(/\s+/);
  if (words.length < 1 || words.length > MAX_NAME_WORDS)
    return false;
  let capitalised = 0;
  for (const w of words) {
    if (NAME_PARTICLES.has(w.toLowerCase()))
      continue;
    if (/^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^(?:\p{Lu}\.)+$/u.test(w) || /^(?:Mc|Mac|O'|O’|d'|D'|al-|el-)\p{Lu}/u.test(w)) {
      capitalised++;
      continue;
    }
    return false;
  }
  return capitalised >= 1 && /\p{L}{2,}/u.test(part);
}
function tidyName(name) {
  let n = name.replace(/^["'“”‘’]+|["'“”‘’]+$/g, "").replace(/\s*\(.*?\)\s*/g, " ").trim();
  if (n === n.toUpperCase() && /\p{Lu}{2,}/u.test(n)) {
    n = n.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, a, b) => a + b.toUpperCase());
  }
  return n.replace(/\s+/g, " ");
}
function leadingName(part) {
  const words = part.split(/\s+/);
  let n = 0;
  const nameWord = (w) => looksLikeName(w) && !MONTH_OR_DAY.test(w) || NAME_PARTICLES.has(w.toLowerCase());
  while (n < words.length && n < MAX_NAME_WORDS && nameWord(words[n]))
    n++;
  while (n > 0 && NAME_PARTICLES.has(words[n - 1].toLowerCase()))
    n--;
  if (n >= 3 && n < words.length && words[n - 1] === words[0])
    n--;
  if (n >= 2 * MIN_NAME_WORDS && n % 2 === 0 && words.slice(0, n / 2).join(" ") === words.slice(n / 2, n).join(" "))
    n /= 2;
  return n >= MIN_NAME_WORDS && n < words.length ? words.slice(0, n).join(" ") : part;
}
function splitAuthors(byline) {
  if (!byline || byline.length > MAX_BYLINE_CHARS)
    return [];
  const cleaned = stripBylineNoise(byline);
  const names = [];
  for (const raw of splitNames(cleaned)) {
    const part = leadingName(tidyName(raw));
    if (!part || isOutletOrTitle(part) || parseDate(part) || DAY_NAMES.test(part) || !looksLikeName(part))
      continue;
    if (part.split(/\s+/).length < MIN_NAME_WORDS)
      continue;
    if (!names.some((n) => n.toLowerCase() === part.toLowerCase()))
      names.push(part);
  }
  return names;
}
function mergeAuthors(...lists) {
  const out = [];
  for (const list of lists)
    for (const a of list ?? [])
      if (!out.some((o) => o.toLowerCase() === a.toLowerCase()))
        out.push(a);
  return out;
}

export {
  foldPattern,
  foldLine,
  BYLINE_PREFIXES,
  BY_WORD_OPENING,
  NEWSPAPER_NOUNS,
  OUTLET_PATTERN,
  JOB_NOUN_PATTERN,
  JOB_TITLE_PATTERN,
  FOR_OUTLET,
  NUMERIC_DATE_TIME_LINE,
  READING_TIME_TAIL,
  DATE_LINE_PREFIX,
  RELATIVE_TIME,
  WEEKDAY_TIME_LINE,
  NAME_PARTICLES,
  CREDIT_LINE,
  CREDIT_SLASH,
  findDates,
  parseDate,
  labelledDates,
  publishedDate,
  isUpdateOnly,
  urlDate,
  isDateLine,
  LEADING_BYLINE_LABEL,
  BYLINE_LABEL_ALONE,
  INNER_BYLINE_LABEL,
  DATA_SHEET_FIELD,
  stripBylineNoise,
  splitNames,
  isOutletOrTitle,
  looksLikeName,
  tidyName,
  splitAuthors,
  mergeAuthors
};
