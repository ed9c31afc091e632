/**
 * Text path: the headline. Candidates are the lines above the article's first prose unit; each
 * is scored by statistics that hold across sites: how many of its content words the article's
 * opening repeats, how close it sits to the article, its length and shape (a headline has no
 * final period, is not a caption, a credit, a date, a byline or a menu item).
 */
import { isDateLine } from '../metadata/date.js';
import { stopwords, type LanguageCode } from '../metadata/language.js';
import { matchBoilerplate } from '../rules/boilerplate.js';
import { escapeRegExp } from '../rules/regex.js';
import { WEEKDAY_TIME_LINE } from '../rules/byline.js';
import { isNavLabel, KICKER_LANGUAGES, NAMING_HEADING, NOUN_CAPITALISING_LANGUAGES, notTitleOpening, penaltyApplies, SHAPE_PENALTIES, SLIDER_CONTROL, TITLE_PENALTIES } from '../rules/title.js';
import { titleJunk } from '../rules/title-junk.js';
import { rankedListLines } from './ranked-list.js';
import { flaggedRuns, lineKey, lineShape, wordCount } from './stats.js';
import type { Unit } from './units.js';
import { SPACE_RUNS } from '../space.js';

/** Units above the article searched for the headline (share bars and captions can sit between). */
export const TITLE_LOOKBACK = 40;
/** Fewest letters of a headline word found inside a longer word of the article (a compound's part). */
const COMPOUND_PART_MIN_LETTERS = 5;
/** Languages that write compounds as one word (German, Dutch): a headline's word may sit inside one. */
const COMPOUNDING: ReadonlySet<string> = new Set(['de', 'nl']);
/** Word range of a headline. */
const TITLE_MIN_WORDS = 2;
const TITLE_MAX_WORDS = 40;
/** Words of the article's opening that a headline's words are looked up in. */
const BODY_SAMPLE_WORDS = 400;
/** Score per unit of distance between the candidate and the article. */
const DISTANCE_COST = 0.08;
/** Weight of the share of the headline's content words found in the article's opening. */
const OVERLAP_WEIGHT = 2;
/** Bonus for a typical headline length (words). */
const GOOD_LENGTH = { min: 4, max: 25, bonus: 0.3 };
/** Content words for the overlap to count fully. */
const FULL_OVERLAP_WORDS = 4;
/** Longer lines (words) are more often the standfirst under the headline. */
const DEK_MIN_WORDS = 22;
const DEK_COST = 0.3;
/** Headline Case ("Growers Are Following the Ferry") is a headline's typical shape. */
const TITLE_CASE_BONUS = 0.2;
/** Share of longer words capitalised for Title Case. */
const TITLE_CASE_SHARE = 0.7;
/** A byline or date line within this many units below: the headline's usual place. */
const HEADER_BELOW_UNITS = 3;
const HEADER_BELOW_BONUS = 0.3;
/**
 * A "By" byline or a date line this close below: the headline's place on most article pages
 * (headline, [standfirst], byline, date). Surer than a lone name, which menus are full of.
 */
const STRONG_HEADER_BELOW_UNITS = 4;
const STRONG_HEADER_BELOW_BONUS = 0.6;
/** More when it is the very next line: nothing else (a standfirst, a caption) sits between. */
const STRONG_HEADER_NEXT_BONUS = 0.3;
/**
 * A line shaped like a lone name ("Royal Self-Indicting Arrogance") is still a headline candidate
 * when a "By" byline follows within this many units: the byline is there, so this line is not it.
 */
const LONE_NAME_BYLINE_SPAN = 6;
/**
 * The page's address printed in the text ("https://site/news/article/Harbour-board-votes-...")
 * spells the headline's first words as a slug: a line whose first words make that slug is the
 * headline. Fewer words than this match by chance ("the-latest").
 */
const SLUG_MIN_WORDS = 4;
const SLUG_BONUS = 0.6;
/**
 * The article region can start at the headline itself ("Headline" / first paragraph with no
 * menu between): a first unit of at least this many words with no closing punctuation, followed
 * by a paragraph of at least LEAD_NEXT_MIN_WORDS, is a headline candidate too.
 */
const LEAD_MIN_WORDS = 4;
const LEAD_NEXT_MIN_WORDS = 12;
/**
 * The lead unit is more often a video caption or a subhead than the headline: it must win clearly.
 * Not under a slider's buttons (sliderAbove): the lines above are its slides, and the lead is the
 * headline unless another line wins (traf-dev text title +1 page, none lost).
 */
const LEAD_COST = 1;
/** How a paragraph's last character looks: a headline has none of these. */
const CLOSING_PUNCTUATION = /[.!?…:;,"”’»)\]]$/u;
/** Least content-word support for a line above to take the headline's place over the best one. */
const DEK_MIN_SUPPORT = 1;
/** Units above the best candidate where the real headline may sit over a standfirst or caption. */
const DEK_SPAN = 10;
/** Score a candidate above may trail the best by and still be the headline. */
const DEK_MARGIN = 0.75;
/** Least overlap of a headline over a standfirst: related headlines above overlap less. */
const DEK_MIN_OVERLAP = 0.5;
/**
 * A line right over the article (a picture caption, a standfirst, a subhead) gives way to a line
 * further up that has the byline or date line right under it: within this many units, repeating
 * at least this share of the article's content words, trailing by at most this score (DEK_MARGIN
 * beyond DEK_SPAN units, where teasers about other stories may sit between). Tuned on traf-dev text
 * (spans 20-40 and margins 1.2-1.5 alike; a wider margin lets menu labels over a date line through).
 */
const HEADED_ABOVE = { span: 20, minOverlap: 0.2, margin: 1.2 };
/**
 * Shapes of a standfirst or caption rather than a headline: a sentence (final period, several
 * sentences), standfirst length, the region's lead. A line so shaped is not the headline over a
 * standfirst; a best line not so shaped with a byline or date right under it is the headline.
 */
const STANDFIRST_SHAPES = new Set(['sentence-end', 'several-sentences', 'dek-length', 'region-lead']);
/**
 * The line right above a sentence-shaped best line is its headline even when it repeats fewer of
 * the article's words (headlines are short and allusive: "Growers Are Following the Ferry to
 * Nowhere" over its standfirst). Least overlap and widest score gap for that adjacent line.
 */
const DEK_ADJACENT_MIN_OVERLAP = 0.2;
const DEK_ADJACENT_MARGIN = 1.25;
/**
 * A best line this much longer than the clean line right above it (ratio of words, fewest words)
 * is its standfirst: the line above is the headline when it has a few words and trails by at most
 * the margin. Tuned on traf-dev text.
 */
const LONGER_DEK = { ratio: 1.5, minWords: 10, minHeadWords: 5, margin: 1.6 };
/**
 * In KICKER_LANGUAGES, a headline-shaped line right over the byline or date is the headline, not
 * a standfirst under the line above it, unless it has at least this many times that line's
 * words: a standfirst is longer than its headline; a kicker ("Interview mit Autorin A") over a
 * headline is about as long or shorter. Tuned on traf-dev text (1.2-1.4 alike).
 */
const KICKER_MAX_RATIO = 1.2;
/**
 * Score the headline right over the article may trail the kicker above it by (KICKER_LANGUAGES):
 * a kicker repeats the article's topic words as much as the headline does, or more.
 */
const KICKER_BELOW_MARGIN = 0.5;
/**
 * Headline / subtitle / article with nothing between (small sites print an h1 and an h2 or a
 * teaser line without a byline or date): the best line right over the article gives way to the
 * clean line right above it when that line is shorter (a subtitle is longer than its headline; a
 * kicker over a headline is shorter, but has fewer words than this or a "Topic: theme" shape), repeats at least this share
 * of the article's content words and trails by at most this score. Measured on traf-dev text
 * (margins 0.3-1.0 and minimum words 3-4 alike): title 0.736 -> 0.7407.
 */
const SUBTITLE = { minHeadWords: 4, minOverlap: 0.5, margin: 0.6 };
/** Units between a glued breadcrumb+headline line and the bare headline line (here and in text/header.ts). */
export const GLUED_SPAN = 3;
/**
 * A source line of this many cells or more (split at tabs or runs of spaces) is a table row or a
 * menu printed on one line ("Overview   News   Articles"), never a headline.
 */
const TABLE_ROW_MIN_CELLS = 3;
/** A best candidate under this score is weak: a line with the byline or date under it may take its place. */
const WEAK_BEST_SCORE = 1;
/** Least overlap for that line. */
const HEADED_MIN_OVERLAP = 0.4;
/**
 * Least support for that line (share of FULL_OVERLAP_WORDS content words): three content words,
 * a short headline's ("Harbour market opens" over its byline). Measured on traf-dev text (title +1
 * page, none lost; the full four words missed it).
 */
const HEADED_MIN_SUPPORT = 0.75;
/**
 * A one-word line ("Baumgutachten", "Willkommen!") is a headline candidate only this close to the
 * article (units); elsewhere it is a menu item (also over a date line: "App-Tests" / "News vom …"),
 * unless the page prints it again away from itself and its neighbours are not (ECHO_MIN_APART): a
 * recipe's or product's name, at the top and again lower down. Lines of no letter or digit (an icon
 * font's glyphs) count no distance. Measured on traf-dev text: title +1 page, none lost.
 */
const ONE_WORD_MAX_DISTANCE = 2;
/** Fewest letters of a one-word headline ("Hope!" has four; "Info", "Top" are labels). */
const ONE_WORD_MIN_LETTERS = 4;
/**
 * Cost of a line shaped like a lone name ("Kleine Schafskunde") taken as a headline: German
 * nouns and product names are capitalised like names, but a name under the headline is the
 * byline, so such a line must win on its other signals. Tuned on traf-dev text (0.2-0.6 alike).
 */
const LONE_NAME_SUBJECT_COST = 0.3;
/**
 * Least share of a lone-name-shaped line's content words the article repeats for it to be a
 * headline candidate: a person's name is rarely in the article's opening, a subject is (one of
 * two words is enough: "Soziale Energie" over an article on energy costs).
 */
const LONE_NAME_SUBJECT_OVERLAP = 0.5;
/**
 * Over a date line, a lone-name-shaped line is the byline unless it has at least this many
 * content words and the article repeats every one ("Hafenrat Veröffentlicht Fährpläne" /
 * date / prose on the new timetables): a person's name has two or three words the article
 * seldom all repeats in its opening. Measured on traf-dev text: title 0.7173 -> 0.722.
 */
const DATED_SUBJECT_MIN_WORDS = 3;
/**
 * A line opening with a byline's word ("Von", "By", "De") is a headline when it runs on as a
 * sentence: this many words or more, this many lower-case words beyond the connectives a name
 * list has, and this share of its content words repeated by the article ("Von der Fähre zum
 * Markt: ein Hafen zieht um", "Von Zugvögeln, Windrädern und einem «stillen Winter»").
 */
const PREFIXED_SENTENCE = { minWords: 6, minLowerWords: 3, minOverlap: 0.5 };
/** Lower-case words a byline's list of names has ("and", "und", "staff writer" aside). */
const NAME_LIST_WORDS = /^(?:and|und|et|y|e|i|en|or|oder|ou|o|with|mit|avec|con|com|z|met|&|von|van|de|der|den|da|di|du|del|della|dos|das|le|la|staff|writer|reporter|correspondent|editor)$/i;

/** A "By"-opened line that reads as a sentence, not a byline (PREFIXED_SENTENCE). */
function prefixedSentence(text: string, overlap: number): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < PREFIXED_SENTENCE.minWords || overlap < PREFIXED_SENTENCE.minOverlap) return false;
  return words.slice(1).filter((w) => /^\p{Ll}/u.test(w) && !NAME_LIST_WORDS.test(w)).length >= PREFIXED_SENTENCE.minLowerWords;
}

/**
 * The line right above the article's first paragraph (nothing but known boilerplate between):
 * on small sites the headline sits there under the menu, with no byline or date and few words
 * the article repeats. When no candidate reaches MIN_TITLE_SCORE, that line is taken if it is
 * headline-shaped (no penalty but a final "!") and scores at least this (a line of no words the
 * article repeats, with a final "!": "Willkommen!").
 */
const OVER_ARTICLE_MIN_SCORE = -0.6;
/** A breadcrumb trail's separators ("Home » News » Headline", "Forum > iPhone > Headline"). */
const TRAIL_SEPARATOR = /\s*(?:»|›+|→|>>?)\s*/u;
/** Fewest parts of a trail whose last part is taken as the headline. */
const TRAIL_MIN_PARTS = 3;
/**
 * Bonus for a line printed again elsewhere on the page, not just next to itself: the headline
 * is printed twice on many pages (breadcrumb's end, sticky bar, gallery, "previous post" list
 * at the bottom), a standfirst or caption once. A copy on the next line (a logo's text and
 * alt text) does not count. It only ranks lines that are candidates already (MIN_TITLE_SCORE):
 * a menu item printed twice is not lifted into a headline.
 */
const ECHO_BONUS = 0.3;
/** Units between the two printings: a copy close by is a standfirst or caption printed twice. */
const ECHO_MIN_APART = 10;
/**
 * When no line scores (MIN_TITLE_SCORE), a line printed again that way ("echoed-weak": too far
 * from the article, or the region started off it) is the headline when it has GOOD_LENGTH.min
 * words or more, repeats at least this share of the article's content words and scores at least
 * this. Measured on traf-dev text: title +1 page; looser figures (no overlap, any score) take no
 * other page on traf-dev, aeb or polnear-dev.
 */
const ECHOED_FALLBACK = { minOverlap: 0.5, minScore: -1 };
/**
 * Bonus for a line that a breadcrumb on the page ends with ("Home » Blog » Unbefriedigt" and the
 * line "Unbefriedigt"): the trail names the page it sits on. Such a line may be one word.
 */
const CRUMB_END_BONUS = 0.5;
/**
 * Score given to the line a comment or review heading names (namedTitleLine): a sure headline, not
 * a weak one the header search inside the region may replace (text/header.ts WEAK_TITLE_SCORE).
 */
const NAMED_SCORE = 1;
/** A line in quotation marks from end to end: a quote (a pull quote over the headline, or a quoted headline). */
const PULL_QUOTE = /^["'‘“„«‹][^"“”„«»]+["'’”»›]$/u;
/** Least score for a candidate to be taken. */
const MIN_TITLE_SCORE = 0.2;
/**
 * A line taken for having the date line right under it ("Wirtschaft" / "3. März 2021" /
 * headline / prose) gives way to the headline-shaped line right under that date line when the
 * latter repeats at least as much of the article and the former is a short label (fewer than
 * FULL_OVERLAP_WORDS content words: a section, site or blog name) or the latter alone is printed
 * again on the page. Blogs and many CMS themes print label / date / headline; a date line under
 * the headline has prose or a standfirst (a sentence) under it, not a clean headline-shaped line.
 * Lines that are no candidates (menu labels, single words) may sit between the label and the date
 * line: at most DATE_BETWEEN_SKIP (a section label and a page-kind label, chosen on traf-dev text), and
 * sentence-shaped lines (a blog's tagline; traf-dev text title 0.7407 -> 0.743) and lines that are
 * something else (a category pair "Boats & Ferries"). Under a label of fewer content words than
 * HEADED_MIN_SUPPORT asks (a site's or blog's name), the line under the date line needs only
 * HEADED_ABOVE.minOverlap of the article's words: a label's one or two words are the article's by
 * chance, a headline's are allusive (traf-dev text title +1 page, none lost).
 */
const DATE_BETWEEN_SKIP = 3;

export interface TitleCandidate {
  index: number;
  score: number;
  /** Share of its content words the article's opening repeats. */
  overlap: number;
  /** Share of FULL_OVERLAP_WORDS content words the line has (1 = enough to trust the overlap). */
  support: number;
  /** Headline-shaped (Title Case, no final period, not standfirst length) with a "By" byline or date just below. */
  anchored: boolean;
  /** A "By" byline or a date line within STRONG_HEADER_BELOW_UNITS below. */
  strongBelow: boolean;
  /** The next unit is a "By" byline or a date line (a short headline's overlap is trusted then). */
  strongNext: boolean;
  /** Shaped like a standfirst or caption (a sentence, standfirst length, the region's lead), not a headline. */
  standfirstShaped: boolean;
  /** One of TITLE_PENALTIES applies (a caption, share item, date line, all-capitals label...). */
  penalised: boolean;
  /** One of TITLE_PENALTIES other than the SHAPE_PENALTIES applies: the line is something else. */
  otherKind: boolean;
  /** Right above the article's first paragraph (known boilerplate between aside). */
  overArticle: boolean;
  /** A one-word line (never taken as the headline over a standfirst). */
  oneWord: boolean;
  /** The headline when the line also holds its date ("Headline November 20, 2019"): the line without it. */
  text?: string;
  /** That date. */
  dateText?: string;
  why: string;
}

/** How the header lines around the headline are recognised (text/header.ts supplies them). */
export interface HeaderTests {
  /** A byline of any kind, also a lone name: never the headline. */
  isByline: (text: string) => boolean;
  /** Any line that sits under a headline: byline, lone name, date line. */
  isHeaderLine?: (text: string) => boolean;
  /** A sure header line: a "By" byline or a date line. */
  isStrongHeader?: (text: string) => boolean;
  /** A line that is a byline only because it reads as a lone name. */
  isLoneName?: (text: string) => boolean;
  /** A "By" byline. */
  isPrefixedByline?: (text: string) => boolean;
}

const contentWords = (text: string, stop: Set<string>) =>
  (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !stop.has(w));

function isTitleCase(text: string): boolean {
  const long = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length >= 2 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= TITLE_CASE_SHARE;
}

/** Title Case as a headline's shape, in a language where it tells (not where every noun is capitalised). */
export function headlineCase(text: string, lang: LanguageCode | null): boolean {
  return !NOUN_CAPITALISING_LANGUAGES.some((l) => l.lang === lang) && isTitleCase(text);
}

function headerBelow(units: readonly Unit[], i: number, bodyStart: number, span: number, test: (text: string) => boolean): boolean {
  for (let k = i + 1; k <= Math.min(bodyStart, i + span); k++) if (units[k] && test(units[k]!.text)) return true;
  return false;
}

const ALL_CAPS = TITLE_PENALTIES.find((p) => p.id === 'all-caps');
/**
 * A kicker printed in capitals (the page's style sets it so; a text render keeps the capitals)
 * right over a line that is not: in KICKER_LANGUAGES that line is the headline it heads ("HAFEN
 * UND MARKT" / "Neue Markthalle für die Fähre"), also against a shorter copy of the headline
 * further up (a breadcrumb's end or the page's title printed). At most this many words, not known
 * boilerplate ("ANZEIGE"); bonus for the line under it. Measured on traf-dev text (bonus 0.7-0.85
 * alike, 0.5 gains half): title 0.743 -> 0.7477; restricted to KICKER_LANGUAGES since English
 * pages print "TRENDING" or "MORE NEWS" over related headlines (seed-shaped main lost a page).
 */
const CAPS_KICKER = { maxWords: 6, bonus: 0.7 };
const capsKicker = (text: string) => ALL_CAPS !== undefined && penaltyApplies(ALL_CAPS, text) && wordCount(text) <= CAPS_KICKER.maxWords && !matchBoilerplate(text);
/** A line that cannot be a headline at all. */
export function notTitle(text: string, minWords = TITLE_MIN_WORDS): string | null {
  const n = wordCount(text);
  if (n < minWords || n > TITLE_MAX_WORDS) return 'length';
  if (matchBoilerplate(text)) return 'boilerplate';
  if (isDateLine(text) || WEEKDAY_TIME_LINE.test(text.trim())) return 'date';
  if (/[:,;]$/.test(text)) return 'open-ending';
  if (/^\p{Ll}/u.test(text)) return 'lower-case-start';
  // ": v.l.: A, B" - the rest of a caption or label cut after its first word.
  if (/^[:;,.)\]]/u.test(text.trim())) return 'punctuation-start';
  // "* Dates may change": a footnote under a table or list.
  if (/^[*†‡]\s/u.test(text)) return 'footnote';
  // A promotion, a tool's button, a widget, the site's blurb (rules/title-junk.ts); last, as the dearest test.
  if (titleJunk(text)) return 'junk';
  return null;
}

/** A word that starts a date: a month's name or a numeric date. */
const DATE_START = /^(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/i;
/** Most words of letters in a date cut off a headline's line ("March 4, 2021 - 10:05 AMT" has two). */
const DATE_TAIL_MAX_LETTER_WORDS = 3;
/** A headline's words never end with these just before its date: a sentence's or caption's date does. */
const DATE_LEAD_WORD = /\b(?:on|at|in|since|until|by|from|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
/** Boilerplate rules for picture credits and copyright lines (text/title.ts: a header line under a headline). */
const CREDIT_BOILERPLATE: ReadonlySet<string> = new Set(['copyright', 'image-credit', 'caption-credit', 'image-credit-multilingual']);
const PHOTO_CREDIT = TITLE_PENALTIES.find((p) => p.id === 'photo-credit');
/** The penalty for a dateline or a time: a head that is one is not a headline with its date. */
const DATELINE_PENALTY = TITLE_PENALTIES.find((p) => p.id === 'dateline-or-time');
/** Fewest words left for the headline when a date is cut off the end of its line. */
const DATED_HEAD_MIN_WORDS = 4;

/**
 * A headline and its date on one line ("Harbour board backs market March 7, 2023 - 10:31 AM"):
 * the longest end of the line that starts with a month's name (or a numeric date) and reads as
 * a date line; null when there is none or too little is left for a headline.
 */
export function splitTrailingDate(text: string): { head: string; date: string } | null {
  const words = text.trim().split(/\s+/);
  for (let k = DATED_HEAD_MIN_WORDS; k < words.length; k++) {
    if (!DATE_START.test(words[k]!)) continue;
    const date = words.slice(k).join(' ');
    if (!isDateLine(date) || (date.match(/\p{L}{2,}/gu) ?? []).length > DATE_TAIL_MAX_LETTER_WORDS) continue;
    const raw = words.slice(0, k).join(' ');
    const head = raw.replace(/[\s|•·–—-]+$/u, '');
    // "..., Tuesday, Nov. 19" and "... on Sunday October 13" are a caption's or a sentence's date.
    if (/,$/.test(head) || DATE_LEAD_WORD.test(head) || /^\P{L}/u.test(head)) return null;
    if (DATELINE_PENALTY && penaltyApplies(DATELINE_PENALTY, head)) return null;
    return wordCount(head) >= DATED_HEAD_MIN_WORDS && notTitle(head) === null ? { head, date } : null;
  }
  return null;
}

/** Most words of a date printed before the headline on its line ("17. März 2020", "March 7, 2023 -"). */
const DATE_HEAD_MAX_WORDS = 4;
/** Most words of a comment link or share label ending a post's meta line ("Leave a comment"). */
const META_TAIL_MAX_WORDS = 5;
/** A month's name and a day without the year ("Jun 17"): a blog's date badge before the headline. */
const MONTH_DAY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? (?:[1-9]|[12]\d|3[01])$/i;

/**
 * A date and the headline on one line ("23.01.2022 - Wierer darf noch jubeln", "Jun 17 Das
 * schönste Ende der Welt"): the shortest start of the line of at most DATE_HEAD_MAX_WORDS words
 * that reads as a date line (or a month and a day), the rest after a separator as the headline;
 * null when there is none or the rest is no headline of DATED_HEAD_MIN_WORDS words or more.
 */
export function splitLeadingDate(text: string): { head: string; date: string } | null {
  const words = text.trim().split(/\s+/);
  if (!DATE_START.test(words[0]!) && !/^\d{1,2}\.$/.test(words[0]!)) return null;
  // Shortest first: a lenient date reading would swallow the headline's first name ("23.01.2022 - Dorothea").
  for (let k = 1; k <= Math.min(DATE_HEAD_MAX_WORDS, words.length - DATED_HEAD_MIN_WORDS); k++) {
    const date = words.slice(0, k).join(' ').replace(/[\s|•·–—:-]+$/u, '');
    if (!date || !(isDateLine(date) || MONTH_DAY.test(date))) continue;
    const head = words.slice(k).join(' ').replace(/^[\s|•·–—:-]+/u, '');
    // "March 7," leaves "2023 Headline": the date runs on.
    if (!/^["'‘“„«]?\p{Lu}/u.test(head)) continue;
    // "26. September 2019 Jane Doe Schreibe einen Kommentar": a post's meta line, ending in a link.
    const rest = head.split(/\s+/);
    for (let j = 1; j <= Math.min(META_TAIL_MAX_WORDS, rest.length - 1); j++) if (matchBoilerplate(rest.slice(-j).join(' '))) return null;
    return wordCount(head) >= DATED_HEAD_MIN_WORDS && notTitle(head) === null ? { head, date } : null;
  }
  return null;
}

/**
 * A breadcrumb trail ending in the headline ("Startseite » Alle News » Headline"): the last
 * part, when the line has TRAIL_MIN_PARTS parts or more and the last has two words or more.
 */
export function trailTail(text: string): string | null {
  const parts = text.split(TRAIL_SEPARATOR).map((p) => p.trim());
  if (parts.length < TRAIL_MIN_PARTS || parts.some((p) => !p)) return null;
  const last = parts[parts.length - 1]!;
  return wordCount(last) >= TITLE_MIN_WORDS ? last : null;
}

/** Where each line's text (folded) is printed on the page: unit indexes by folded text. */
export function linePrintings(units: readonly Unit[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  units.forEach((u, i) => {
    const key = lineKey(u.text);
    if (!key) return;
    const list = out.get(key);
    if (list) list.push(i);
    else out.set(key, [i]);
  });
  return out;
}

/**
 * A kicker glued onto its headline on one line ("Hafenumbau Neue Fähre legt erstmals an"): the
 * text render joined the kicker's element and the headline's with a space. The page shows the
 * first words are a kicker when it prints them again with a separator before the rest
 * ("Hafenumbau: Neue Fähre …", "Mehr zu: Hafenumbau - Neue Fähre …"), or prints them alone (a line
 * or a breadcrumb's last part) when they are at least GLUED_KICKER.minAloneWords words (one word
 * printed alone is a menu item as often). The rest must be a headline of its own: at least
 * GLUED_KICKER.minHeadWords words, opening with a capital. Kickers have at most maxWords words.
 * Only in KICKER_LANGUAGES: English pages print a product or series name before a headline that
 * keeps it ("Harbour Pass Ferry times change in May").
 */
const GLUED_KICKER = { maxWords: 4, minAloneWords: 2, minHeadWords: 4 };
/** Separators printed between a kicker and its headline. */
const KICKER_SEPARATOR = String.raw`\s*[-–—:|]\s*`;

/** The headline without a kicker glued to its front (GLUED_KICKER), or null. */
export function unglueKicker(title: string, units: readonly Unit[], index: number, lang: LanguageCode | null): string | null {
  if (!KICKER_LANGUAGES.some((k) => k.lang === lang)) return null;
  const words = title.trim().split(/\s+/);
  const printed = linePrintings(units);
  const crumbEnds = breadcrumbEnds(units);
  const texts = units.map((u) => u.text.replace(SPACE_RUNS, ' '));
  for (let k = 1; k <= Math.min(GLUED_KICKER.maxWords, words.length - GLUED_KICKER.minHeadWords); k++) {
    const kicker = words.slice(0, k).join(' ');
    const head = words.slice(k).join(' ');
    if (!/[\p{L}\p{N}]$/u.test(kicker) || !/^[\p{Lu}\p{N}"„“«]/u.test(head)) continue;
    const alone = k >= GLUED_KICKER.minAloneWords && ((printed.get(lineKey(kicker)) ?? []).some((j) => j !== index) || crumbEnds.has(lineKey(kicker)));
    const separated = new RegExp(`${escapeRegExp(kicker)}${KICKER_SEPARATOR}${escapeRegExp(head)}`, 'iu');
    if (alone || texts.some((t, j) => j !== index && separated.test(t))) return head;
  }
  return null;
}

/** The last parts of the page's breadcrumbs ("Home » Ratgeber » Headline" -> "headline"), folded. */
export function breadcrumbEnds(units: readonly Unit[]): Set<string> {
  const out = new Set<string>();
  for (const u of units) {
    const parts = u.text.split(TRAIL_SEPARATOR);
    if (parts.length >= 2 && parts.every((p) => p.trim()) && wordCount(u.text) <= TITLE_MAX_WORDS) out.add(lineKey(parts[parts.length - 1]!));
  }
  return out;
}

/** Lower-case hyphenated words: "The Latest: Man stabbed" -> "the-latest-man-stabbed". */
const slugOf = (text: string) => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join('-');

/** Address slugs printed on the page (lower case, words joined by "-"). */
export function pageSlugs(units: readonly Unit[]): string[] {
  const out: string[] = [];
  for (const u of units) for (const m of u.text.matchAll(/https?:\/\/\S+/g)) out.push(slugOf(m[0].replace(/^https?:\/\/[^/]+/, ' ')));
  return out;
}

/** The line's first SLUG_MIN_WORDS or more words make a slug of the page's address. */
export function inSlug(text: string, slugs: readonly string[]): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length < SLUG_MIN_WORDS || !slugs.length) return false;
  const head = `-${words.slice(0, SLUG_MIN_WORDS).join('-')}-`;
  return slugs.some((s) => `-${s}-`.includes(head));
}

/**
 * A row of a list or table printed as lines ("1a etapa: 7 de maio – Curitiba"): its shape
 * (the marks it uses, text/stats.ts lineShape) is that of the lines on both sides of it, or of
 * the two lines after it, and it uses LIST_ROW_MIN_MARKS marks or more. A headline's marks match
 * its neighbours' by chance, not three lines' of two marks.
 */
const LIST_ROW_MIN_MARKS = 2;
export function listRow(units: readonly Unit[], i: number): boolean {
  const shape = lineShape(units[i]!.text);
  // Two marks or more ("1a etapa: … – …"): a colon alone is every other headline's.
  if ([...shape].length < LIST_ROW_MIN_MARKS) return false;
  const same = (k: number) => units[k] !== undefined && units[k]!.block.kind === 'paragraph' && lineShape(units[k]!.text) === shape;
  return (same(i - 1) && same(i + 1)) || (same(i + 1) && same(i + 2)) || (same(i - 1) && same(i - 2));
}

/**
 * An info box printed as "Label: value" lines ("Pages: 320", "Publisher: Harbour Press", "Released:
 * 4 May"): a fact sheet between the headline and the article (a book's, a record's, a product's).
 * Its rows are no headline and add no distance. A row has a label of at most maxLabelWords words
 * and a value of at most maxValueWords words ("Harbour: new market opens on the quay" is a
 * kicker over a headline, not a row); the box has at least minRows rows, with at most maxGap other
 * lines between two of them (a heading "Details:", a lone price). Tuned on traf-dev text.
 */
const FACT_BOX = { maxLabelWords: 2, maxValueWords: 5, minRows: 3, maxGap: 1 };
const FACT_ROW = /^\p{L}[\p{L}\p{N}.'’-]*(?: [\p{L}\p{N}.'’-]+)*:\s+\S/u;

/** One "Label: value" row of an info box (FACT_BOX). */
function factRowShape(text: string): boolean {
  const t = text.trim();
  if (!FACT_ROW.test(t)) return false;
  const cut = t.indexOf(':');
  return wordCount(t.slice(0, cut)) <= FACT_BOX.maxLabelWords && wordCount(t.slice(cut + 1)) <= FACT_BOX.maxValueWords;
}

/** Per unit: a row of an info box of FACT_BOX.minRows rows or more. */
export function factBoxRows(units: readonly Unit[]): boolean[] {
  const shaped = units.map((u) => factRowShape(u.text));
  const out = shaped.map(() => false);
  for (const rows of flaggedRuns(shaped, FACT_BOX.maxGap)) {
    // Each row names a different fact ("Topic: headline" twice over a teaser is no box).
    const labels = new Set(rows.map((r) => units[r]!.text.trim().split(':')[0]!.toLowerCase()));
    if (labels.size >= FACT_BOX.minRows) for (const r of rows) out[r] = true;
  }
  return out;
}

/**
 * A table of contents over the article (its subheads listed under the headline, often under a
 * label "Contents"): a run of at least minEntries different short lines, at most maxGap other
 * lines between two of them, each printed again below the run with prose (a unit of at least
 * LEAD_NEXT_MIN_WORDS words) within proseWithin units under that copy: the subhead it links to.
 * Its entries are no headline and add no distance; nor is the copy right under the contents
 * (within maxGap + 1 units: the first section's subhead over the article). Copies further down
 * stay candidates: a list of teasers printed twice has the headline itself among its copies.
 * Measured on traf-dev text (title +3 pages with the info box rule, none lost).
 */
const CONTENTS = { minEntries: 3, maxGap: 2, proseWithin: 2 };

/** Per unit: an entry of a table of contents over the article (CONTENTS). */
export function contentsEntriesAbove(units: readonly Unit[]): boolean[] {
  const prose = units.map((u) => wordCount(u.text) >= LEAD_NEXT_MIN_WORDS);
  const keys = units.map((u, i) => (prose[i] ? '' : lineKey(u.text)));
  // Where each short line is printed with prose right under it (a subhead), in page order.
  const subheads = new Map<string, number[]>();
  keys.forEach((k, j) => {
    if (!k || !prose.slice(j + 1, j + 1 + CONTENTS.proseWithin).some(Boolean)) return;
    const list = subheads.get(k);
    if (list) list.push(j);
    else subheads.set(k, [j]);
  });
  const copyAfter = (i: number, from: number) => (subheads.get(keys[i]!) ?? []).find((j) => j >= from) ?? -1;
  const out = units.map(() => false);
  for (let i = 0; i < units.length; ) {
    if (!keys[i] || copyAfter(i, i + 1) < 0) {
      i++;
      continue;
    }
    const members = [i];
    let j = i + 1;
    while (j < units.length && j - members[members.length - 1]! <= CONTENTS.maxGap + 1 && !prose[j]) {
      if (keys[j] && copyAfter(j, j + 1) >= 0) members.push(j);
      j++;
    }
    const end = members[members.length - 1]!;
    const copies = members.map((m) => copyAfter(m, end + 1));
    if (new Set(members.map((m) => keys[m])).size >= CONTENTS.minEntries && copies.every((c) => c > end)) {
      for (const m of members) out[m] = true;
      // The first subhead right under the contents: the article's first section, not its headline.
      for (const c of copies) if (c - end <= CONTENTS.maxGap + 1) out[c] = true;
    }
    i = end + 1;
  }
  return out;
}

/** Units over the article's first line searched for a slider's buttons (its dots "1", "2" and known boilerplate between). */
const SLIDER_SPAN = 4;

/** A slider's buttons (SLIDER_CONTROL) right over `start`, past its dots (numbers) and known boilerplate. */
export function sliderAbove(units: readonly Unit[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - SLIDER_SPAN); k--) {
    const t = units[k]!.text.trim();
    if (SLIDER_CONTROL.test(t)) return true;
    if (!/^\d{1,2}$/.test(t) && !matchBoilerplate(t)) return false;
  }
  return false;
}

/** The region's first unit reads as a headline: no closing punctuation, a paragraph after it. */
export function headlineLead(units: readonly Unit[], bodyStart: number): boolean {
  const u = units[bodyStart];
  const next = units[bodyStart + 1];
  if (!u || !next || u.block.kind !== 'paragraph') return false;
  const n = wordCount(u.text);
  return n >= LEAD_MIN_WORDS && !CLOSING_PUNCTUATION.test(u.text.trim()) && notTitle(u.text) === null && wordCount(next.text) >= LEAD_NEXT_MIN_WORDS;
}

export function scoreTitles(units: readonly Unit[], bodyStart: number, lang: LanguageCode | null, tests: HeaderTests): TitleCandidate[] {
  const { isByline } = tests;
  const isHeaderLine = tests.isHeaderLine ?? isByline;
  const isStrongHeader = tests.isStrongHeader ?? (() => false);
  const isLoneName = tests.isLoneName ?? (() => false);
  const isPrefixedByline = tests.isPrefixedByline ?? (() => false);
  const stop = (lang && stopwords().get(lang)) || new Set<string>();
  const lead = headlineLead(units, bodyStart);
  const kickerLang = lang !== null && KICKER_LANGUAGES.some((k) => k.lang === lang);
  const bodyFrom = lead ? bodyStart + 1 : bodyStart;
  const body = new Set(contentWords(units.slice(bodyFrom).map((u) => u.text).join(' '), stop).slice(0, BODY_SAMPLE_WORDS));
  // A longer word also counts when the article has it inside a compound ("Energie" in
  // "Energiekosten", "Ausbildung" in "Bootsführerausbildung") in a language that compounds.
  const bodyWords = lang && COMPOUNDING.has(lang) ? [...body].filter((w) => w.length > COMPOUND_PART_MIN_LETTERS) : [];
  const inBody = (w: string) => body.has(w) || (w.length >= COMPOUND_PART_MIN_LETTERS && bodyWords.some((b) => b.includes(w)));
  const out: TitleCandidate[] = [];
  const slugs = pageSlugs(units);
  const printed = linePrintings(units);
  const crumbEnds = breadcrumbEnds(units);
  const ranked = rankedListLines(units);
  // Printed again away from itself; a line whose neighbours are printed again too is part of a
  // menu printed twice (header and footer, mobile and desktop), not a headline.
  const echoed = (k: number, text = units[k]?.text ?? '', apart = 1) => (printed.get(lineKey(text)) ?? []).some((j) => Math.abs(j - k) > apart);
  // Distance counts the units between the line and the article that are not known boilerplate: a
  // share panel of twenty "Share this with X" lines does not push the headline away.
  let distance = lead ? -1 : 0;
  let skipped = 0;
  // Nor do the rows of an info box or the entries of a table of contents between the headline
  // and the article (FACT_BOX, CONTENTS): they are no headline either.
  const facts = factBoxRows(units);
  const contents = contentsEntriesAbove(units);
  for (let i = lead ? bodyStart : bodyStart - 1; i >= Math.max(0, bodyStart - TITLE_LOOKBACK - skipped); i--) {
    const crumb = trailTail(units[i]!.text);
    const datedLine = splitTrailingDate(crumb ?? units[i]!.text) ?? splitLeadingDate(crumb ?? units[i]!.text);
    const text = datedLine?.head ?? crumb ?? units[i]!.text;
    // Nor do lines of no letter or digit (an icon font's glyphs, a bullet, a rule between blocks).
    if (i + 1 < bodyStart && (matchBoilerplate(units[i + 1]!.text) || !/[\p{L}\p{N}]/u.test(units[i + 1]!.text) || facts[i + 1] || contents[i + 1])) skipped++;
    else distance++;
    if (units[i]!.block.kind === 'list') continue;
    const n = wordCount(text);
    const nextStrong = i + 1 < units.length && isStrongHeader(units[i + 1]!.text);
    // One word is a headline only in the headline's own place: right over the article, a word of
    // a few letters, not a label of the site's navigation.
    const crumbEnd = crumbEnds.has(lineKey(text)) && units[i]!.text.split(TRAIL_SEPARATOR).length < 2;
    // Or printed again away from itself, its neighbours not (a recipe's or product's one-word name
    // at the top and again in a box below; a menu printed twice has its neighbours printed again).
    const echoedAlone = echoed(i, text, ECHO_MIN_APART) && !echoed(i - 1) && !echoed(i + 1);
    const oneWordOk = n === 1 && (distance <= ONE_WORD_MAX_DISTANCE || crumbEnd || echoedAlone) && /^[\p{Lu}\p{N}]/u.test(text) && (text.match(/\p{L}/gu) ?? []).length >= ONE_WORD_MIN_LETTERS;
    const words = contentWords(text, stop);
    const overlap = words.length ? words.filter(inBody).length / words.length : 0;
    const loneName = isLoneName(text);
    const loneNameTitle = loneName && headerBelow(units, i, bodyStart, LONE_NAME_BYLINE_SPAN, isPrefixedByline);
    // A line shaped like a lone name whose every word the article repeats names its subject
    // ("Bee Simulator", "Kleine Schafskunde", "Heizjacken von Bosch"): a headline candidate, at a cost.
    // Not right over a date line ("Jane Doe" / "March 7, 2023") unless it has DATED_SUBJECT_MIN_WORDS
    // content words the article all repeats, nor the name of a byline cut
    // after its "By" ("Von" / "Presse Augsburg").
    const loneNameSubject =
      loneName && !loneNameTitle && overlap >= LONE_NAME_SUBJECT_OVERLAP && (!nextStrong || (overlap === 1 && words.length >= DATED_SUBJECT_MIN_WORDS)) && !(i > 0 && isPrefixedByline(`${units[i - 1]!.text} ${text}`));
    // A line in lower case is a headline only where the page's breadcrumb ends with it (a forum
    // thread's title as its author typed it: "Forum > Garten > mein Rasen wächst nicht mehr …").
    const lineVeto = notTitle(text);
    const shapeVeto = lineVeto === 'lower-case-start' && crumbEnd ? null : lineVeto;
    const veto =
      (oneWordOk ? null : shapeVeto) ??
      (n === 1 && notTitle(text, 1) !== null ? 'one-word' : null) ??
      notTitleOpening(text) ??
      (isNavLabel(text) ? 'nav-label' : null) ??
      (isByline(text) && !loneNameTitle && !loneNameSubject && !prefixedSentence(text, overlap) ? 'byline' : null) ??
      ((units[i]!.cells ?? 1) >= TABLE_ROW_MIN_CELLS ? 'table-row' : null) ??
      (ranked[i] ? 'ranked-list' : null) ??
      (listRow(units, i) ? 'list-row' : null) ??
      (facts[i] ? 'fact-row' : null) ??
      (contents[i] ? 'contents-entry' : null);
    if (veto) continue;
    // Two content words overlap by chance ("Health News"); full weight needs a few.
    const support = Math.min(1, words.length / FULL_OVERLAP_WORDS);
    let score = overlap * support * OVERLAP_WEIGHT - distance * DISTANCE_COST;
    const why = [`overlap ${overlap.toFixed(2)}x${support.toFixed(2)}`, `distance ${distance}`];
    if (loneNameSubject) {
      score -= LONE_NAME_SUBJECT_COST;
      why.push('lone-name-shape');
    }
    const overArticle = distance === 1 && i < bodyStart;
    if (overArticle) why.push('over-article');
    if (crumb) why.push('breadcrumb-tail');
    if (i === bodyStart && sliderAbove(units, bodyStart)) why.push('under-slider');
    else if (i === bodyStart) {
      score -= LEAD_COST;
      why.push('region-lead');
    }
    if (n >= GOOD_LENGTH.min && n <= GOOD_LENGTH.max) score += GOOD_LENGTH.bonus;
    if (n > DEK_MIN_WORDS) {
      score -= DEK_COST;
      why.push('dek-length');
    }
    if (n >= GOOD_LENGTH.min && headlineCase(text, lang)) {
      score += TITLE_CASE_BONUS;
      why.push('title-case');
    }
    // A single word over a date line is a site's name or a menu item more often than a headline
    // (unless the page's breadcrumb names it).
    const strongBelow = (n > 1 || crumbEnd) && (datedLine !== null || headerBelow(units, i, bodyStart, STRONG_HEADER_BELOW_UNITS, isStrongHeader));
    // A date printed on the headline's own line ("Headline March 4, 2021 - 10:05") is its date line.
    const strongNext = (n > 1 || crumbEnd) && (datedLine !== null || nextStrong);
    if (strongNext) {
      score += STRONG_HEADER_BELOW_BONUS + STRONG_HEADER_NEXT_BONUS;
      why.push('byline-or-date-next');
    } else if (strongBelow) {
      score += STRONG_HEADER_BELOW_BONUS;
      why.push('byline-or-date-below');
    } else if ((n > 1 || crumbEnd) && headerBelow(units, i, bodyStart, HEADER_BELOW_UNITS, isHeaderLine)) {
      score += HEADER_BELOW_BONUS;
      why.push('byline-below');
    }
    // Standfirsts are sentence case; a Title Case line over the byline is the headline itself.
    if (crumbEnd && !crumb) {
      score += CRUMB_END_BONUS;
      why.push('breadcrumb-names-it');
    }
    // Right under a kicker in capitals (KICKER_LANGUAGES): the headline it heads.
    if (kickerLang && i > 0 && n >= GOOD_LENGTH.min && capsKicker(units[i - 1]!.text) && !(ALL_CAPS && penaltyApplies(ALL_CAPS, text))) {
      score += CAPS_KICKER.bonus;
      why.push('under-caps-kicker');
    }
    if (inSlug(text, slugs)) {
      score += SLUG_BONUS;
      why.push('address-slug');
    }
    const echoedAway = (n >= TITLE_MIN_WORDS || echoedAlone) && echoed(i, text, ECHO_MIN_APART) && !(echoed(i - 1) && echoed(i + 1)) && !TITLE_PENALTIES.some((p) => penaltyApplies(p, text));
    if (echoedAway && score >= MIN_TITLE_SCORE) {
      score += ECHO_BONUS;
      why.push('printed-again');
    } else if (echoedAway) why.push('echoed-weak');
    let penalised = false;
    let otherKind = false;
    let shaped = n <= DEK_MIN_WORDS && n >= GOOD_LENGTH.min && headlineCase(text, lang);
    for (const p of TITLE_PENALTIES) {
      if (penaltyApplies(p, text)) {
        score -= p.cost;
        penalised = true;
        if (!SHAPE_PENALTIES.has(p.id)) otherKind = true;
        why.push(p.id);
        if (p.id === 'sentence-end' || p.id === 'several-sentences') shaped = false;
      }
    }
    // A headline may exclaim ("Harbour market opens at last!"): with the byline or date under it
    // (within STRONG_HEADER_BELOW_UNITS), a single sentence ending in "!" is shaped like a headline,
    // not like a standfirst.
    const exclaimedHead = strongBelow && /!["'”’»)]*$/u.test(text) && !why.includes('several-sentences');
    // Nor is a line in Headline Case shaped like a standfirst for its sentences ("Want a Wider
    // Harbour? So Do We."): standfirsts are set in sentence case.
    const titleCased = n >= GOOD_LENGTH.min && n <= DEK_MIN_WORDS && headlineCase(text, lang);
    const standfirstShaped = why.some((w) => STANDFIRST_SHAPES.has(w) && !(w === 'sentence-end' && exclaimedHead) && !(titleCased && (w === 'sentence-end' || w === 'several-sentences')));
    out.push({ index: i, score, overlap, support, overArticle, oneWord: n === 1, anchored: shaped && strongBelow, strongBelow, strongNext, standfirstShaped, penalised, otherKind, why: why.join(', '), ...(datedLine ? { text: datedLine.head, dateText: datedLine.date } : crumb ? { text: crumb } : {}) });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** Units into the article region searched for a header the region start missed. */
const INSIDE_SPAN = 40;
/** Least share of content words the prose after a header inside the region must repeat. */
const INSIDE_MIN_OVERLAP = 0.6;
/** Most share of them the skipped lines above it may repeat (teasers are about other stories). */
const INSIDE_MAX_OVERLAP_ABOVE = 0.5;

/**
 * The region can start at teasers above the article (a list of headlines with their first
 * sentences): a headline-shaped line inside it with a date line or "By" byline right under it and
 * prose after that, whose words the prose repeats, is the article's header. Index or -1.
 */
export function headerInsideRegion(units: readonly Unit[], start: number, lang: LanguageCode | null, tests: HeaderTests): number {
  const isStrongHeader = tests.isStrongHeader ?? (() => false);
  const stop = (lang && stopwords().get(lang)) || new Set<string>();
  for (let j = start; j < Math.min(units.length - 2, start + INSIDE_SPAN); j++) {
    const text = units[j]!.text;
    const n = wordCount(text);
    if (units[j]!.block.kind !== 'paragraph' || n < GOOD_LENGTH.min || n > DEK_MIN_WORDS || CLOSING_PUNCTUATION.test(text.trim())) continue;
    // Not an embedded post ("... pic.twitter.com/x" over "— Name (@handle) November 15, 2019").
    if (!/^["'‘“]?[\p{Lu}\p{N}]/u.test(text) || /@|\/\/|\w\.(?:com|org|net)\b/.test(text) || /^\s*[—–-]/.test(units[j + 1]!.text)) continue;
    if (notTitle(text) !== null || tests.isByline(text) || !isStrongHeader(units[j + 1]!.text)) continue;
    const prose = units.slice(j + 2, j + 5).findIndex((u) => wordCount(u.text) >= LEAD_NEXT_MIN_WORDS);
    if (prose < 0) continue;
    const words = contentWords(text, stop);
    if (words.length < FULL_OVERLAP_WORDS) continue;
    const after = new Set(contentWords(units.slice(j + 2 + prose).map((u) => u.text).join(' '), stop).slice(0, BODY_SAMPLE_WORDS));
    // The lines skipped are about something else (teasers); the article's own top (a live blog's
    // earlier entries) would repeat the headline's words.
    const before = new Set(contentWords(units.slice(start, j).map((u) => u.text).join(' '), stop));
    const share = (set: Set<string>) => words.filter((w) => set.has(w)).length / words.length;
    if (share(after) >= INSIDE_MIN_OVERLAP && share(before) < INSIDE_MAX_OVERLAP_ABOVE) return j;
  }
  return -1;
}

/**
 * The headline a comment or review section's heading names ("3 Gedanken zu „Headline“",
 * NAMING_HEADING), folded; null when the page has none.
 */
export function namedTitle(units: readonly Unit[]): { title: string; index: number } | null {
  for (let i = 0; i < units.length; i++) {
    const m = NAMING_HEADING.exec(units[i]!.text.trim());
    const title = m ? lineKey(m[1]!) : '';
    if (title) return { title, index: i };
  }
  return null;
}

/**
 * The line printing the title a comment or review heading names: the nearest above the article's
 * first paragraph (else the first below it), not the heading itself. Index or -1.
 */
export function namedTitleLine(units: readonly Unit[], bodyStart: number): number {
  const named = namedTitle(units);
  if (!named) return -1;
  let below = -1;
  for (let j = 0; j < units.length; j++) {
    if (j === named.index || lineKey(units[j]!.text) !== named.title) continue;
    if (j < bodyStart) below = -2 - j;
    else if (below === -1) below = j;
  }
  return below <= -2 ? -2 - below : below;
}

/**
 * The candidate right under the date line under `from` (past DATE_BETWEEN_SKIP non-candidate lines
 * at most) when that line is the headline rather than `from` (see DATE_BETWEEN_SKIP); else undefined.
 */
export function dateLineBetween(units: readonly Unit[], ranked: readonly TitleCandidate[], from: TitleCandidate, tests: HeaderTests): TitleCandidate | undefined {
  const isStrongHeader = tests.isStrongHeader ?? (() => false);
  const isHeaderLine = tests.isHeaderLine ?? tests.isByline;
  // Down past lines that are no candidates at all (menu labels, one word: "Aktuelles", "Artikel")
  // or are shaped as a sentence (a blog's tagline under its name: blog name / tagline / date line /
  // post headline, as many blog themes print it), not past a byline, to the date line.
  let k = from.index + 1;
  while (k < from.index + 1 + DATE_BETWEEN_SKIP && units[k] && !isHeaderLine(units[k]!.text) && !ranked.some((r) => r.index === k && !r.oneWord && !r.standfirstShaped && !r.otherKind)) k++;
  const between = units[k]?.text;
  // A date line, not a "By" byline (headline / byline / first line of the article).
  if (between === undefined || !isStrongHeader(between) || tests.isByline(between)) return undefined;
  const c = ranked.find((r) => r.index === k + 1);
  // The region may start at it (region-lead): a headline over the prose is the region's first line.
  if (!c || c.penalised || c.why.includes('dek-length') || c.oneWord || c.score < MIN_TITLE_SCORE) return undefined;
  // Not a caption: a sentence and its credit on one line ("… sprachen über die Lage. Bild Jane Doe").
  if (/[.!?…]["'”’»)]*\s+\p{Lu}/u.test(c.text ?? units[c.index]!.text)) return undefined;
  if ((c.overlap < from.overlap && (from.support >= HEADED_MIN_SUPPORT || c.overlap < HEADED_ABOVE.minOverlap)) || c.support < from.support) return undefined;
  const echoedOnly = c.why.includes('printed-again') && !from.why.includes('printed-again');
  return from.support < 1 || echoedOnly ? c : undefined;
}

export function bestTitle(units: readonly Unit[], bodyStart: number, lang: LanguageCode | null, tests: HeaderTests): TitleCandidate | null {
  const ranked = scoreTitles(units, bodyStart, lang, tests);
  // The page's comment or review section names the article: the line printing that name is the headline.
  const namedIndex = namedTitleLine(units, bodyStart);
  if (namedIndex >= 0) {
    const known = ranked.find((c) => c.index === namedIndex);
    if (known) return { ...known, score: Math.max(known.score, NAMED_SCORE), why: `${known.why}, named-by-comments` };
    return { index: namedIndex, score: NAMED_SCORE, overlap: 0, support: 0, anchored: false, strongBelow: false, strongNext: false, standfirstShaped: false, penalised: false, otherKind: false, overArticle: false, oneWord: wordCount(units[namedIndex]!.text) === 1, why: 'named-by-comments' };
  }
  // A weak best line (a related headline, a label near the article) loses to a line further up
  // that has the article's byline or date line under it and repeats enough of its words.
  const headed = ranked.find((c) => c.strongBelow && !c.otherKind && !c.standfirstShaped && c.overlap >= HEADED_MIN_OVERLAP && c.support >= HEADED_MIN_SUPPORT);
  const best = ranked[0] && ranked[0].score < WEAK_BEST_SCORE && headed && headed.score >= MIN_TITLE_SCORE ? headed : ranked[0];
  if (!best || best.score < MIN_TITLE_SCORE) {
    // Nothing scored: the headline-shaped line right over the article, if there is one. A final
    // "!" is a headline's too, also after a first exclamation or question ("Was für ein Spiel! Zwei
    // Tore in einer Minute!"): only a period makes the line a sentence.
    const exclaimed = (text: string) => /!["'”’»)]*$/u.test(text) && !/\.["'”’»)]*\s/u.test(text);
    const over = ranked.find(
      (c) =>
        c.overArticle &&
        c.score >= OVER_ARTICLE_MIN_SCORE &&
        c.why.split(', ').every((w) => !TITLE_PENALTIES.some((p) => p.id === w) || ((w === 'sentence-end' || w === 'several-sentences') && exclaimed(units[c.index]!.text))),
    );
    if (over) return over;
    // Nor that: a line printed again away from itself (ECHO_BONUS), too far from the article to
    // score, of a headline's length and repeating half the article's words (ECHOED_FALLBACK).
    const echo = ranked.find((c) => c.why.includes('echoed-weak') && wordCount(units[c.index]!.text) >= GOOD_LENGTH.min && c.overlap >= ECHOED_FALLBACK.minOverlap && c.score >= ECHOED_FALLBACK.minScore);
    return echo ?? null;
  }
  // The standfirst and the picture caption sit between the headline and the article and repeat
  // its words as much: a close contender above the best line is the headline. Not when the best
  // line is headline-shaped with the byline or date right under it (the lines above are then
  // related headlines), and not for a line with too few content words to trust its overlap.
  const isStrongHeader = tests.isStrongHeader ?? (() => false);
  const headerBetween = (a: number, b: number) =>
    units.slice(a + 1, b).some((u) => isStrongHeader(u.text) || notTitleOpening(u.text) === 'credit-line' || CREDIT_BOILERPLATE.has(matchBoilerplate(u.text)?.id ?? '') || PHOTO_CREDIT?.pattern.test(u.text));
  // A best line printed again elsewhere on the page (ECHO_BONUS; the line itself, not a breadcrumb's
  // end) is the headline under a pull quote printed once above it (a line in quotation marks
  // from end to end), not a standfirst under that quote.
  const echoedOver = (from: TitleCandidate, c: TitleCandidate) =>
    from.why.includes('printed-again') && !from.why.includes('breadcrumb-tail') && !c.why.includes('printed-again') && PULL_QUOTE.test((c.text ?? units[c.index]!.text).trim());
  const fitsOver = (from: TitleCandidate, c: TitleCandidate) =>
    !c.otherKind && !echoedOver(from, c) &&
    !c.oneWord && c.score >= from.score - DEK_MARGIN && c.overlap >= DEK_MIN_OVERLAP && (c.support >= DEK_MIN_SUPPORT || c.strongNext);
  // A line right over the article or opening it (a caption, a standfirst, a subhead) without a
  // byline or date line under it gives way to a line further up that has one right under it
  // (headline / byline / date / standfirst, caption, share bar / this line), even when that line
  // repeats fewer of the article's words.
  const headedAbove = (from: TitleCandidate): TitleCandidate | undefined =>
    from.strongNext
      ? undefined
      : ranked
          .filter(
            (c) =>
              c.index < from.index && from.index - c.index <= HEADED_ABOVE.span && c.strongNext && !c.otherKind && !c.oneWord && !c.standfirstShaped &&
              c.overlap >= HEADED_ABOVE.minOverlap && c.score >= MIN_TITLE_SCORE && c.score >= from.score - (from.index - c.index <= DEK_SPAN ? HEADED_ABOVE.margin : DEK_MARGIN),
          )
          .sort((a, b) => b.score - a.score)[0];
  const kickerFirst = lang !== null && KICKER_LANGUAGES.some((k) => k.lang === lang);
  // The clean, shorter line right above a line over the article: its headline over a subtitle (SUBTITLE).
  // Date line / headline / subtitle / article: the clean line right above the line over the article
  // with a date line right above it is the headline, before any line across that date line (a
  // teaser above it); as sure as a line with its date under it (HEADED_ABOVE's overlap and margin;
  // traf-dev text title 0.7477 -> 0.75, wider figures lose pages).
  const datedOver = (from: TitleCandidate): TitleCandidate | undefined => {
    const c = ranked.find((r) => r.index === from.index - 1);
    if (!c || c.index < 1 || c.penalised || c.oneWord || c.standfirstShaped) return undefined;
    const date = units[c.index - 1]!.text;
    if (!isStrongHeader(date) || tests.isByline(date)) return undefined;
    return c.overlap >= HEADED_ABOVE.minOverlap && c.score >= from.score - HEADED_ABOVE.margin ? c : undefined;
  };
  const subtitledHeadline = (from: TitleCandidate): TitleCandidate | undefined => {
    const c = ranked.find((r) => r.index === from.index - 1);
    const words = (r: TitleCandidate) => wordCount(r.text ?? units[r.index]!.text);
    // "Hafenrat: neue Markthalle" is a kicker in its "Topic: theme" shape, not a headline over a subtitle.
    if (!c || c.penalised || c.oneWord || c.standfirstShaped || words(c) < SUBTITLE.minHeadWords || words(from) <= words(c) || /:\s/u.test(units[c.index]!.text)) return undefined;
    return c.overlap >= SUBTITLE.minOverlap && c.score >= from.score - SUBTITLE.margin ? c : undefined;
  };
  const standfirstOf = (from: TitleCandidate): TitleCandidate | undefined => {
    // Headline-shaped right over the article: nothing sits between it and the prose, so it is no
    // standfirst; the lines above are a kicker, the section's name or related headlines.
    if (from.anchored) return undefined;
    // The article's first line under a slider: the lines above are its slides.
    if (from.why.includes('under-slider')) return undefined;
    if (from.strongNext && !from.standfirstShaped) {
      // A headline-shaped line right over its byline or date line: only the nearest clean
      // headline-shaped line above it may still be the headline over it (headline / standfirst /
      // byline, a comment counter between at most); lines further up are related headlines.
      const above = ranked.filter((c) => c.index < from.index && !c.penalised).sort((a, b) => b.index - a.index)[0];
      // Where sites print a kicker over the headline (KICKER_LANGUAGES), a line above that is
      // about as long as this one is that kicker, not a headline over a standfirst (a standfirst
      // is longer than its headline).
      const longer = !kickerFirst || (above && wordCount(units[from.index]!.text) >= KICKER_MAX_RATIO * wordCount(units[above.index]!.text));
      return above && longer && from.index - above.index <= DEK_SPAN && !above.standfirstShaped && fitsOver(from, above) ? above : undefined;
    }
    if (from.overArticle && !from.standfirstShaped) {
      // Unless a byline, a date line or a picture credit sits between: the header under the
      // headline, and this line a subhead or intro over the prose.
      const above = ranked.filter((c) => c.index < from.index && from.index - c.index <= DEK_SPAN && fitsOver(from, c) && !c.standfirstShaped && headerBetween(c.index, from.index));
      return datedOver(from) ?? above.sort((a, b) => b.score - a.score)[0] ?? headedAbove(from) ?? subtitledHeadline(from);
    }
    // The line right above, past known boilerplate ("Print this page") between.
    let above = from.index - 1;
    while (above > 0 && !ranked.some((c) => c.index === above) && matchBoilerplate(units[above]!.text)) above--;
    const adjacent = from.standfirstShaped
      ? ranked.find((c) => c.index === above && !c.penalised && c.score >= from.score - DEK_ADJACENT_MARGIN && c.overlap >= DEK_ADJACENT_MIN_OVERLAP)
      : undefined;
    // A line with no header line (byline, date line, lone name) under it, below the date line of a
    // headline-shaped line above (headline / site / date line / standfirst / prose): that line is
    // the headline, by HEADED_ABOVE's figures. traf-dev text title +1 page, aeb text +1, none lost.
    const overHeader = from.strongBelow || from.why.includes('byline-below')
      ? undefined
      : ranked.find(
          (c) =>
            c.index < from.index && from.index - c.index <= DEK_SPAN && c.strongBelow && !c.otherKind && !c.oneWord && !c.standfirstShaped &&
            c.overlap >= HEADED_ABOVE.minOverlap && c.score >= from.score - HEADED_ABOVE.margin && units.slice(c.index + 1, from.index).some((u) => isStrongHeader(u.text)),
        );
    return adjacent ?? ranked.find((c) => c.index < from.index && from.index - c.index <= DEK_SPAN && fitsOver(from, c)) ?? (from.index === bodyStart ? headedAbove(from) : overHeader);
  };
  // A standfirst printed right under a shorter headline (headline / standfirst / byline): the
  // best line is much longer than a clean line right above it that repeats some of the article,
  // and in sentence case (a long Title Case line is the headline, the line above a related one).
  const over = ranked.find((c) => c.index === best.index - 1);
  const bestWords = wordCount(best.text ?? units[best.index]!.text);
  const overWords = over ? wordCount(over.text ?? units[over.index]!.text) : 0;
  const headlineOverDek =
    over && !over.penalised && !headlineCase(best.text ?? units[best.index]!.text, lang) && overWords >= LONGER_DEK.minHeadWords && bestWords >= LONGER_DEK.minWords && bestWords >= LONGER_DEK.ratio * overWords &&
    over.overlap >= DEK_ADJACENT_MIN_OVERLAP && over.score >= best.score - LONGER_DEK.margin
      ? over
      : undefined;
  let chosen = headlineOverDek ?? standfirstOf(best) ?? best;
  // From the region's lead (a caption or subhead) the first step up may land on the standfirst:
  // one more step reaches the headline.
  if (chosen !== best && best.index === bodyStart) chosen = standfirstOf(chosen) ?? chosen;
  // Kicker / headline / standfirst / byline: a standfirst (a sentence or standfirst length) with the
  // byline or date line right under it has its headline right over it; a chosen line further up
  // (a kicker, a label) gives way to that clean line when it trails by at most DEK_MARGIN.
  const dek = ranked.find((r) => r.standfirstShaped && r.strongNext && !r.otherKind && r.index > chosen.index && r.index - chosen.index <= DEK_SPAN);
  const headOverDek = dek && ranked.find((r) => r.index === dek.index - 1 && r.index > chosen.index && !r.penalised && !r.standfirstShaped && !r.oneWord && r.overlap >= DEK_ADJACENT_MIN_OVERLAP && r.score >= chosen.score - DEK_MARGIN);
  if (headOverDek) chosen = headOverDek;
  // Kicker / headline / article where sites print kickers (KICKER_LANGUAGES): a chosen line with
  // no byline or date under it, right over a longer clean headline-shaped line that stands right
  // over the article, is the kicker over that headline.
  if (kickerFirst && chosen === best && !best.strongNext) {
    const below = ranked.find((c) => c.index === best.index + 1 && c.overArticle && !c.penalised && !c.standfirstShaped && !c.oneWord);
    const words = (c: TitleCandidate) => wordCount(c.text ?? units[c.index]!.text);
    if (below && words(below) > words(best) && below.score >= best.score - KICKER_BELOW_MARGIN) chosen = below;
  }
  // The headline printed again below with its subtitle glued on ("Headline Subtitle" under
  // "Headline" and its date line): the line above that the chosen line starts with, with the
  // byline or date line right under it (not a copy cut short with "…"), is the headline.
  const chosenKey = lineKey(chosen.text ?? units[chosen.index]!.text);
  const shorter = ranked.find((r) => {
    const key = lineKey(r.text ?? units[r.index]!.text);
    return r.index < chosen.index && chosen.index - r.index <= DEK_SPAN && r.strongNext && !r.otherKind && !/(?:\.\.\.|…)$/u.test(key) && wordCount(key) >= GOOD_LENGTH.min && chosenKey.startsWith(`${key} `);
  });
  if (shorter) chosen = shorter;
  // Label / date line / headline: the clean headline-shaped line under the date line (DATE_BETWEEN_SKIP).
  const under = dateLineBetween(units, ranked, chosen, tests);
  if (under) chosen = under;
  // A breadcrumb glued to the headline ("HomeLatest NewsMayor opens market") next to the bare
  // headline line: take the bare one.
  const text = units[chosen.index]!.text;
  const bare = ranked.find(
    (c) =>
      c !== chosen &&
      Math.abs(c.index - chosen.index) <= GLUED_SPAN &&
      text.toLowerCase().endsWith(units[c.index]!.text.toLowerCase()) &&
      wordCount(units[c.index]!.text) >= GOOD_LENGTH.min,
  );
  return bare ?? chosen;
}
