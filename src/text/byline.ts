/**
 * Text path: is this line a byline, and how sure is that?
 *   'prefixed'    "By A and B", "Von A", "Author: A" (also with a date: "By A - 03/04/21 08:15 AM EST")
 *   'listed'      "A, B and C", "A, CNN", "A | March 7, 2023", "Lena Park - Mar 4, 2021, 9:12 pm CST",
 *                 "A and B for The Outlet", "A IN CAPITALS for The Outlet"
 *   'single-name' a lone "First Last" (a byline only between the headline and the prose)
 * Picture credits ("Ana Ruiz/The Harbour Times", "Photo: A, AP") are not bylines.
 */
import { isOutletOrTitle, looksLikeName, splitAuthors, splitNames, stripBylineNoise, tidyName } from '../metadata/authors.js';
import { isDateLine, parseDate } from '../metadata/date.js';
import { BY_WORD_OPENING, BYLINE_PREFIXES, CREDIT_LINE, CREDIT_SLASH, DATE_LINE_PREFIX, FOR_OUTLET, JOB_NOUN_PATTERN, NAME_PARTICLES, NEWSPAPER_NOUNS, NUMERIC_DATE_TIME_LINE, OUTLET_PATTERN, READING_TIME_TAIL, RELATIVE_TIME } from '../rules/byline.js';
import { wordCount } from './stats.js';
import { SPACE_RUNS } from '../space.js';
import { documentMemo } from '../document-memos.js';

export type BylineKind = 'prefixed' | 'listed' | 'single-name';
/** The older two-way answer, kept for callers that only ask "byline or not". */
export type BylineMatch = 'byline' | 'single-name' | null;

/** "by" after a date, time or "Posted" at the start of the line. */
const MID_BY = /^(.*?)\b(?:by|von|par|por|door|przez):?\s+(?=\p{Lu}|[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}])/iu;
/** "11/19/2019", "5:45": a numeric date or a time. */
const NUMERIC_DATE_OR_TIME = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b/;
/** Longest byline line (characters). */
const MAX_BYLINE_CHARS = 250;
/** Words of a person's name in a bare list. */
const NAME_MIN_WORDS = 2;
const NAME_MAX_WORDS = 4;
/**
 * A name and then at once a numeric date or a time, the rest of the line tags or counters:
 * "Ana Pereira 27/09/2018 Comment! Tips, Music", "Ana Pereira11/13/19 11:00AM". A time or other
 * words must follow the date: "Market Report 11.18.19" alone is a dated headline.
 */
const NAME_THEN_DATE = /^(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,3})){1,3})\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b(?:\s+\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?)?)/u;
/**
 * Two capitalised words run together with no space, the first of four lower-case letters or more
 * ("ColoradoFamily"): names with inner capitals have short prefixes (McDonald, DeShawn, LeBron).
 */
const GLUED_TAGS = /\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}/u;
/** Longest non-name part (words) of a bare list: an outlet or a job title is short; a longer part is a headline's words ("Her Editor on ..."). */
const OUTLET_PART_MAX_WORDS = 8;
/** Longest outlet (words) run into the last name without a separator ("Dana J. Holm Valley City Evening Star"). */
const GLUED_OUTLET_MAX_WORDS = 5;
const NEWSPAPER_NOUN_SET = new Set(NEWSPAPER_NOUNS);
/** Words that never appear capitalised inside a person's name, only in Title Case headlines (and share-bar items: "WhatsApp Facebook Pin"). */
const HEADLINE_WORDS = /^(?:the|a|an|of|to|in|for|on|with|at|from|as|is|are|was|were|be|by|after|over|into|how|why|what|who|when|new|not|no|its|it|this|that|his|her|their|says?|said|will|can|more|amid|vs\.?|about|most|top|latest|related|popular|read|share|follow|sign|log|menu|home|news|introducing|meet|breaking|exclusive|inside|facebook|twitter|whatsapp|linkedin|pinterest|pint|pin|reddit|email|e-mail|print|tweet|telegram|flipboard|instagram|youtube|tiktok|messenger|baixar|download)$/i;

/**
 * The byline part of a line that opens with a date or "Posted": "6:10 AM PST 03/04/2021 by
 * Patrick Shanley" -> "by Patrick Shanley", "Posted by A on November 19, 2019" -> "by A on ...".
 * Other lines come back as they are.
 */
export function bylineText(text: string): string {
  const s = commaBeforeOutletOrJob(cutTrailingDate(prefixedSegment(text.replace(SPACE_RUNS, ' ').trim().replace(READING_TIME_TAIL, ''))));
  const dated = nameThenDate(s) ?? dateThenName(s);
  if (dated) return dated;
  const forOutlet = namesForOutlet(s);
  if (forOutlet) return `${joinNames(forOutlet.names)} ${forOutlet.word} ${forOutlet.outlet}`;
  const m = MID_BY.exec(s);
  if (!m || !m[1]!.trim()) return separateGluedOutlet(s);
  const head = m[1]!.trim();
  const datedHead = parseDate(head) !== null || NUMERIC_DATE_OR_TIME.test(head) || /^(?:posted|written|published|reported|story|words|analysis|commentary|opinion|review|interview|column|text|veröffentlicht|geschrieben|eingetragen|publié|écrit|publicado|escrito|pubblicato|scritto|gepubliceerd|geschreven|opublikowano|napisane)$/i.test(head);
  return separateGluedOutlet(datedHead ? s.slice(m[1]!.length) : s);
}

/**
 * A byline and its date line joined into one unit (printed on consecutive lines): "Ana Pereira,
 * Special to The Outlet November 13, 2019 8:26 am" -> "Ana Pereira, Special to The Outlet -
 * November 13, 2019 8:26 am", the date after a separator as the splitter expects. The date is
 * the shortest end of the line that reads as one; lines that are a date as a whole, or hold no
 * date at the end, come back as they are.
 */
function cutTrailingDate(s: string, loneNames = false): string {
  if (s.length > MAX_BYLINE_CHARS || !/\d$|\b(?:[ap]\.?m\.?|uhr|[A-Z]{2,4}|\d{1,2}h\d{2})$/i.test(s)) return s;
  const words = s.split(' ');
  for (let k = words.length - 1; k >= 1; k--) {
    const tail = words.slice(k).join(' ');
    if (!(isDateLine(tail) || NUMERIC_DATE_TIME_LINE.test(tail))) continue;
    const head = words.slice(0, k).join(' ').replace(/\s+(?:le|am|on|el|il|op|dnia)$/i, '');
    // Not a label ("Letzter Beitrag: 18.10.2010", "Actualizado al ..."), and a lone name needs a
    // time after it: "Market Report 11.18.19" is a dated headline, as in nameThenDate.
    if (/[-–—|•·,:]$/.test(head) || wordCount(head) < NAME_MIN_WORDS || DATE_LINE_PREFIX.test(head)) return s;
    if (!loneNames && !/[,|]/.test(head) && !/\d[:h]\d{2}\b|\buhr\b|\b[ap]\.?m\b/i.test(tail)) return s;
    return `${head} - ${tail}`;
  }
  return s;
}

/**
 * An outlet after a dash ("Ana Pereira and Tim Roe — Reuters") or a job title run into the name
 * ("Ana Pereira Senior Reporter"): written with a comma, as the splitter reads parts. Other
 * lines come back as they are.
 */
function commaBeforeOutletOrJob(s: string): string {
  const dash = /^(.*\S)\s+[—–-]\s+([^—–-]+)$/u.exec(s);
  if (dash && (isOutletOrTitle(dash[2]!) || /^\p{Lu}[\p{L}]+$/u.test(dash[2]!)) && !parseDate(dash[2]!)) return `${dash[1]}, ${dash[2]}`;
  const words = s.split(' ');
  for (let n = NAME_MIN_WORDS; n <= 3 && n < words.length; n++) {
    const head = words.slice(0, n).join(' ');
    const tail = words.slice(n);
    if (tail.length <= JOB_LINE_MAX_WORDS && tail.every((w) => /^\p{Lu}/u.test(w)) && JOB_NOUN_PATTERN.test(tail.join(' ')) && !JOB_NOUN_PATTERN.test(head) && bylineName(head)) return `${head}, ${tail.join(' ')}`;
  }
  return s;
}
/** Longest job title (words) run into a name. */
const JOB_LINE_MAX_WORDS = 4;

/**
 * A line of parts between bars with one part a prefixed byline ("Home | By Ana Pereira | March
 * 7, 2023"): that part and the parts after it. Other lines come back as they are.
 */
function prefixedSegment(s: string): string {
  const parts = s.split(/\s+\|\s+/);
  if (parts.length < 2) return s;
  const k = parts.findIndex((p) => BYLINE_PREFIXES.some((r) => r.pattern.test(p)));
  return k > 0 ? parts.slice(k).join(' | ') : s;
}

/**
 * A date at the start of a line: "11.12.2019", "14.03.2021 um 09:40 Uhr", "September 17, 2019",
 * "26. September 2019", "2019-12-11"; the month names come from metadata/date.ts's parser, so
 * the candidate end is tried word by word.
 */
const LEADING_NUMERIC_DATE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:,?\s+(?:um\s+|at\s+|à\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|[ap]\.?m\.?))?)?|^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2})?/i;
/** Most words of a written-out leading date ("Tuesday, 17. September 2019, 10:31 Uhr"). */
const LEADING_DATE_MAX_WORDS = 7;
/** What may follow the name on a date-first line: nothing, a separator, a counter, a comment link. */
const AFTER_DATED_NAME = /^(?:$|[-–—|•·,:]|\d|(?:schreibe einen |leave an? |add an? |no |keine |\d+ )?(?:kommentare?|comments?|antworten|reply|replies|réponses?|commentaires?|comentarios?|commenti|reacties|komentarz[ey]?)\b)/i;

/**
 * "11.12.2019 - Ana Pereira", "September 17, 2019 Ana Pereira 0", "26. September 2019 Ana
 * Pereira Schreibe einen Kommentar": a date, the name, then at most a counter or a comment
 * link; returned as "Ana Pereira - <date>" (the name first, as the splitter reads it). Null for
 * other lines.
 */
export function dateThenName(s: string): string | null {
  let date = LEADING_NUMERIC_DATE.exec(s)?.[0] ?? '';
  if (!date) {
    // The shortest head that is a date ending in a year, then longer ones while a time follows.
    const words = s.split(' ');
    for (let k = 2; k <= Math.min(LEADING_DATE_MAX_WORDS, words.length - 2); k++) {
      const head = words.slice(0, k).join(' ');
      const ends = /\d{4}$|\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|[ap]\.?m\.?))?$/i.test(head) && isDateLine(head);
      if (ends) date = head;
      else if (date) break;
    }
  }
  if (!date) return null;
  const tail = s.slice(date.length);
  const separated = /^[\s,]*[-–—|•·]/u.test(tail);
  const words = tail.replace(/^[\s,]*(?:[-–—|•·]\s*)?/u, '').split(' ');
  for (let n = Math.min(NAME_MAX_WORDS, words.length); n >= NAME_MIN_WORDS; n--) {
    const name = words.slice(0, n).join(' ');
    const after = words.slice(n).join(' ');
    // "2019-11-18 Market Report" alone is a dated headline: a separator or a counter must say otherwise.
    if (!AFTER_DATED_NAME.test(after) || (!separated && !after)) continue;
    if (!/^\p{Lu}/u.test(name) || !looksLikeName(name) || isOutletOrTitle(name) || name.split(' ').some((w) => HEADLINE_WORDS.test(w)) || NAME_PARTICLES.has(words[n - 1]!) || !/\p{Ll}/u.test(name)) continue;
    return `${name} - ${date}`;
  }
  return null;
}

/** "A", "A and B", "A, B and C". */
const joinNames = (names: readonly string[]) => (names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : (names[0] ?? ''));

/** Letters of a script without capitals (Hangul, Han, kana, Arabic, Hebrew, Thai...): its names cannot be told by case. */
const CASELESS_NAME = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}・·]{2,8}$/u;
/** Most words of an outlet after "for" that is not known by its words (HuffPost, The Harbour Light). */
const FOR_OUTLET_MAX_WORDS = 5;

/**
 * A person's name in a byline: 2-4 capitalised words (initials and particles allowed), none of
 * them a headline word; or one word of a caseless script.
 */
function bylineName(part: string): boolean {
  if (CASELESS_NAME.test(part)) return true;
  const words = wordCount(part);
  return words >= NAME_MIN_WORDS && words <= NAME_MAX_WORDS && looksLikeName(part) && !isOutletOrTitle(part) && !part.split(/\s+/).some((w) => HEADLINE_WORDS.test(w));
}

/**
 * "Ana Pereira and Tim Roe for The Harbour Times", "ANA PEREIRA for HuffPost", "Ana Pereira für
 * Die Zeit": the names (capitals tidied) and the outlet they write for. The outlet reads as one:
 * "The ..." ("Die", "Le", "El", "Il", "De"...) with a capital, a newspaper's or an organisation's word (OUTLET_PATTERN), or one word
 * (a brand: HuffPost, Politico); names in capitals mark the line as a byline by themselves. A
 * Title Case headline ("Ten Tips for Better Sleep") fails both. Null for other lines.
 */
export function namesForOutlet(s: string): { names: string[]; word: string; outlet: string } | null {
  const m = FOR_OUTLET.exec(s);
  if (!m || /[.!?]$/.test(s.replace(/\b\p{Lu}\.$/u, ''))) return null;
  let raw = m[1]!;
  for (const p of BYLINE_PREFIXES) raw = raw.replace(p.pattern, '');
  const word = m[2]!;
  const outlet = m[3]!;
  const capitals = !/\p{Ll}/u.test(raw.replace(/\b(?:and|und|et|y|e|i|en|oraz)\b/g, '')) && /\p{Lu}{2}/u.test(raw);
  const outletWords = outlet.split(/\s+/);
  const outletLike = /^(?:The|Die|Der|Das|Le|La|Les|El|Los|Il|Lo|De|Het)\s/.test(outlet) || OUTLET_PATTERN.test(outlet) || NEWSPAPER_NOUN_SET.has(outletWords[outletWords.length - 1]!.toLowerCase()) || outletWords.length === 1 || outletWords.some((w) => /^\p{Lu}{2,}$|\p{Ll}\p{Lu}/u.test(w));
  if (!(capitals || outletLike) || outletWords.length > FOR_OUTLET_MAX_WORDS) return null;
  const names = splitNames(raw).map(tidyName);
  if (names.length === 0 || !names.every(bylineName)) return null;
  return { names, word, outlet };
}

/** "Ana Pereira 27/09/2018 Comment! Tips" -> "Ana Pereira 27/09/2018"; null for other lines. */
export function nameThenDate(s: string): string | null {
  const m = NAME_THEN_DATE.exec(s);
  if (!m || (m[0].length === s.length && !m[2]!.includes(':'))) return null;
  const name = m[1]!;
  if (!looksLikeName(name) || name.split(/\s+/).some((w) => HEADLINE_WORDS.test(w)) || !/\p{Ll}/u.test(name)) return null;
  return `${name} ${m[2]!}`;
}

/**
 * A newspaper's name run into the last person's name when the separator was lost: "Lisa Kay
 * and Trevor J. Mitch Sioux City Leader" -> "Lisa Kay and Trevor J. Mitch, Sioux City Leader".
 * The name is a first name, any initials or particles, and one surname (a three-word name
 * before an outlet is read as two words and an outlet one word longer); the rest is Title Case
 * (or capitals) and ends in a newspaper's noun (NEWSPAPER_NOUNS). Only where the line reads as
 * a byline otherwise: names before it ("A and B Outlet"), an initial in the name, or an outlet
 * in capitals; "Jane Doe Joins Valley Times" is a headline.
 */
export function separateGluedOutlet(s: string): string {
  const m = /^(.*(?:,|\s(?:and|&)\s)\s*)?(.+)$/u.exec(s);
  const head = m?.[1] ?? '';
  const words = (m?.[2] ?? s).split(/\s+/);
  if (words.length < 3 || !NEWSPAPER_NOUN_SET.has(words[words.length - 1]!.toLowerCase())) return s;
  let k = 1;
  while (k < words.length && (/^\p{Lu}\.$/u.test(words[k]!) || NAME_PARTICLES.has(words[k]!))) k++;
  k++;
  const name = words.slice(0, k);
  const outlet = words.slice(k);
  const bylineLike = head !== '' || name.some((w) => /^\p{Lu}\.$/u.test(w)) || outlet.every((w) => !/\p{Ll}/u.test(w));
  if (!bylineLike || outlet.length === 0 || outlet.length > GLUED_OUTLET_MAX_WORDS || !outlet.every((w) => /^\p{Lu}/u.test(w))) return s;
  if (!looksLikeName(name.join(' ')) || name.some((w) => HEADLINE_WORDS.test(w)) || outlet.some((w) => HEADLINE_WORDS.test(w) && !/^news$/i.test(w))) return s;
  return `${head}${name.join(' ')}, ${outlet.join(' ')}`;
}

/** Lines remembered before the cache starts over (a page has a few hundred). */
const KIND_CACHE_MAX = 4096;
/** Answers of bylineKind by line in this document (document-memos.ts): the header code asks about the same lines many times. */
const KIND_CACHE = documentMemo<string, BylineKind | null>(KIND_CACHE_MAX);

export function bylineKind(text: string): BylineKind | null {
  let kind = KIND_CACHE.get(text);
  if (kind === undefined) {
    kind = bylineKindUncached(text);
    KIND_CACHE.set(text, kind);
  }
  return kind;
}

function bylineKindUncached(text: string): BylineKind | null {
  const kind = bylineKindOf(text);
  if (kind) return kind;
  // A lone name and a date without a time ("Ana Pereira 7 March 2023"): a byline only in the
  // header's place, like a lone name ("Market Report 11.18.19" elsewhere is a dated headline).
  const raw = text.replace(SPACE_RUNS, ' ').trim();
  const cut = cutTrailingDate(raw, true);
  if (cut === raw) return null;
  const head = cut.slice(0, cut.lastIndexOf(' - '));
  return bylineName(head) && !/\p{Lu}{2}/u.test(head) ? 'single-name' : null;
}

function bylineKindOf(text: string): BylineKind | null {
  const s = bylineText(text);
  if (!s || s.length > MAX_BYLINE_CHARS) return null;
  const raw = text.replace(SPACE_RUNS, ' ').trim();
  if (nameThenDate(raw) || dateThenName(raw)) return 'listed';
  if (namesForOutlet(s)) return BYLINE_PREFIXES.some((p) => p.pattern.test(raw)) ? 'prefixed' : 'listed';
  if (CREDIT_LINE.test(text.trim()) || CREDIT_LINE.test(s)) return null;
  if (BYLINE_PREFIXES.some((p) => p.pattern.test(s))) return bylineAuthors(s).length > 0 ? 'prefixed' : null;
  // "Published Wed, Nov 20 2019 4:29 AM EST": a date line, even when its words are capitalised.
  if (DATE_LINE_PREFIX.test(s)) return null;
  if (CREDIT_SLASH.test(s)) return null;
  // Words run together ("FamilyTravelTips"): tags or menu items scraped without spaces, not names;
  // a brand after a name's comma or bar is an outlet ("Dana Holm, HarbourPost").
  if (GLUED_TAGS.test(s.replace(/\s*[,|]\s*[^\s,|]+$/, ''))) return null;
  // A sentence is not a byline (an initial or "Jr." may end one, and so may a date line's time).
  if (/[.!?]$/.test(s.replace(/\b(?:Jr|Sr|[A-Z])\.$/, '')) && !parseDate(s)) return null;
  // A bare list: every part is a name, an outlet/title or a date, and there is a name.
  const cleaned = stripBylineNoise(s);
  const parts = splitNames(cleaned).map(tidyName).filter(Boolean);
  if (parts.length === 0) return null;
  let names = 0;
  for (const [k, p] of parts.entries()) {
    const words = wordCount(p);
    // A job title is not a name ("Valley Courier Correspondent" under a byline's name).
    if (looksLikeName(p) && !p.split(/\s+/).some((w) => HEADLINE_WORDS.test(w)) && !JOB_NOUN_PATTERN.test(p)) {
      // One word after a name and a comma or bar is the outlet ("Victor Tangermann, Futurism",
      // "Dana Holm, HuffPost": a brand may be glued); after "&" or "and" it is a menu's second
      // half ("Foreign Affairs & Defence").
      if (words === 1 && k > 0 && names > 0 && /[,|]/.test(cleaned)) continue;
      if (words < NAME_MIN_WORDS || words > NAME_MAX_WORDS) return null;
      names++;
    } else if (wordCount(p) > OUTLET_PART_MAX_WORDS || (!isOutletOrTitle(p) && !parseDate(p) && !RELATIVE_TIME.test(p))) {
      return null;
    }
  }
  if (names === 0) return null;
  // One bare name with nothing else is only a byline if it carried an outlet, date or separator.
  if (names === 1 && parts.length === 1 && cleaned.replace(/[\s,]/g, '') === raw.replace(/\s/g, '')) {
    // An all-capitals pair of words alone is a section label ("KEY POINTS"), not a name.
    // So is a quoted title ("“Wild Rose”") or one glued word ("LinkNaija").
    return /\p{Ll}/u.test(s) && !/^["'“‘«]/u.test(s) && s.split(/\s+/).length >= 2 ? 'single-name' : null;
  }
  return 'listed';
}

/** Words of a name printed in capitals on its own line ("DANA HOLM"). */
const CAPS_NAME_WORDS = { min: 2, max: 3 };

/**
 * A person's name in capitals alone on a line ("DANA HOLM"): bylineKind reads such a pair as a
 * section label ("KEY POINTS"); it is a byline only in the header's byline place (text/header.ts).
 */
export function isCapsName(text: string): boolean {
  const s = text.trim();
  const words = s.split(/\s+/);
  if (words.length < CAPS_NAME_WORDS.min || words.length > CAPS_NAME_WORDS.max || /\p{Ll}/u.test(s)) return false;
  if (!words.every((w) => /^\p{Lu}[\p{Lu}'’.-]*$/u.test(w)) || words.some((w) => HEADLINE_WORDS.test(w))) return false;
  const name = tidyName(s);
  return looksLikeName(name) && !isOutletOrTitle(name) && !isOutletOrTitle(s);
}

export function bylineOf(text: string): BylineMatch {
  const kind = bylineKind(text);
  return kind === null ? null : kind === 'single-name' ? 'single-name' : 'byline';
}

/**
 * The authors a text byline names: the names of "A for The Outlet" (also in a caseless script:
 * "정덕현 for The Outlet"), else the shared splitter's (metadata/authors.ts), else, after an
 * explicit prefix ("By 박생강"), one word of a caseless script, whose names are one word. One
 * capitalised Latin word after "By" stays out: it is a brand or handle ("Posted by Vortex") as
 * often as a first name.
 */
export function bylineAuthors(byline: string | null): string[] {
  if (!byline) return [];
  const s = byline.replace(SPACE_RUNS, ' ').trim();
  const forOutlet = namesForOutlet(s);
  if (forOutlet) return forOutlet.names;
  const names = splitAuthors(s);
  if (names.length || !BYLINE_PREFIXES.some((p) => p.pattern.test(s))) return names;
  const rest = stripBylineNoise(s);
  return CASELESS_NAME.test(rest) ? [rest] : [];
}

/**
 * Lower-case words a byline's names may hold besides the name particles ("und", "and", "et";
 * "the" and "staff" in "By the Harbour Times staff"): no sign of a headline.
 */
const NAME_LIST_LOWER_WORDS: ReadonlySet<string> = new Set(['and', 'und', 'et', 'y', 'e', 'i', 'en', 'or', 'oder', 'ou', 'o', '&', 'with', 'mit', 'avec', 'con', 'the', 'of', 'staff', 'writer', 'reporter', 'correspondent', 'editor', 'editors']);
/** Lower-case words (beyond NAME_LIST_LOWER_WORDS and particles) that make a "Von …" line a headline. */
const PREFIXED_HEADLINE_MIN_LOWER_WORDS = 2;

/**
 * A line opening with the word "by" (BY_WORD_OPENING: "Von", "Par", "Por", "By") that names no one (bylineKind
 * finds no byline) and reads as a headline: it has quotation marks ("Von Häfen und «alten
 * Zeiten»"), ends in "!" or "?", or holds PREFIXED_HEADLINE_MIN_LOWER_WORDS lower-case words a name
 * list lacks ("Von neuen und alten Fähren", "Por qué suben los mares"). Not with a digit, a web
 * address or a handle on it: a byline's date, counter or user name ("von Kim · 3. Mai",
 * "von ana.berg").
 */
export function prefixedHeadline(text: string): boolean {
  const s = text.replace(SPACE_RUNS, ' ').trim();
  if (!BY_WORD_OPENING.test(s) || bylineKind(s) !== null) return false;
  if (/\d|[@/]|\.\p{L}/u.test(s)) return false;
  if (/["«»„“”‹›]/u.test(s) || /[!?]["'”’»)]*$/u.test(s)) return true;
  const lower = s.split(' ').slice(1).filter((w) => /^\p{Ll}/u.test(w) && !NAME_LIST_LOWER_WORDS.has(w) && !NAME_PARTICLES.has(w));
  return lower.length >= PREFIXED_HEADLINE_MIN_LOWER_WORDS;
}
