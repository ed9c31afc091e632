/**
 * Author names from a byline: a pipeline of small string steps (trafilatura's normalize_authors
 * and newspaper's parse_byline are the references). Shared by the HTML and text paths.
 *
 *   "By Jonny Hallam, Josh Pennington and Tim Lister, CNN" -> ["Jonny Hallam", "Josh Pennington", "Tim Lister"]
 */
import { BYLINE_PREFIXES, JOB_TITLE_PATTERN, NAME_PARTICLES, OUTLET_PATTERN, OUTLET_WORDS, DATE_LINE_PREFIX } from '../rules/byline.js';
import { parseDate } from './date.js';
import { CONVERSATION_JOINER } from '../rules/byline-labels.js';
import { splitAt } from '../rules/case-fold.js';
import { SPACE_RUNS } from '../space.js';

/** Most words a person's name may have ("Maria de los Angeles Garcia Lopez" has six). */
const MAX_NAME_WORDS = 6;
/** Fewest words of a person's name ("Regan" alone is a site's sign-off, not a credited author). */
const MIN_NAME_WORDS = 2;
/** Longest byline (characters) treated as a list of names. */
const MAX_BYLINE_CHARS = 250;

const OUTLETS = new Set(OUTLET_WORDS);

/** Step 1: remove the "By" prefix, e-mail addresses, handles, URLs, dates and times. */
export function stripBylineNoise(byline: string): string {
  let s = byline.replace(SPACE_RUNS, ' ').trim();
  // Words glued by a scrape without spaces: "Meg JamesStaff Writer", "Jonathan GarberFOXBusiness".
  // A job title or outlet glued to the name was a separate element: it becomes a separate part.
  // Handles, e-mails and URLs go first: their inner capitals ("@DawgsByNature") are not glued words.
  s = s.replace(/\S+@\S+\.\w+/g, ' ').replace(/https?:\/\/\S+/g, ' ').replace(/(^|\s)@\w+/g, ' ');
  // A handle glued to the name ("By Ann Lee@annlee Nov 19, 2019") ends the name: it becomes a
  // separator, so a date after it goes with the other date tails.
  s = s.replace(/(\p{Ll})@\w+/gu, '$1 - ');
  // The glued part is read with its own acronym split off ("FOXBusiness" -> "FOX Business").
  const unglue = (_m: string, a: string, b: string) => {
    const words = b.replace(GLUED_ACRONYM, '$1 $2');
    return `${a}${JOB_TITLE_PATTERN.test(words) || OUTLET_PATTERN.test(words) ? ',' : ''} ${b}`;
  };
  s = s.replace(GLUED_WORDS, unglue).replace(GLUED_ACRONYM, unglue);
  for (const p of BYLINE_PREFIXES) s = s.replace(p.pattern, '');
  // A date or "Updated ..." after a separator ("Lena Park - Mar 4, 2021, 9:12 pm CST").
  s = s.replace(/\s+(?:[-–—|•·]|\bon\b|\bupdated\b|\bpublished\b)\s+.*$/i, (tail) => (isDateTail(tail) || DATE_LINE_PREFIX.test(tail.replace(/^\s*[-–—|•·]\s*/, '')) ? '' : tail));
  s = s.replace(/\s*[|•·]\s*.*$/, (tail) => (isDateTail(tail) ? '' : tail));
  return s.replace(SPACE_RUNS, ' ').replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '');
}

/** A date or time after a byline's names ("- Nov 19, 2019", "- 03/04/21 08:15 AM EST"). */
function isDateTail(tail: string): boolean {
  return parseDate(tail) !== null || NUMERIC_DATE_OR_TIME.test(tail);
}

/** Step 2: split on commas, semicolons, "and", "&", "und", "et", "y", "e", "i", "en", and interview joiners ("im Gespräch mit"). */
export function splitNames(s: string): string[] {
  return splitAt(s, CONVERSATION_JOINER)
    .join(', ')
    .split(/\s*(?:,|;|\/|\||\s&\s|\band\b|\bund\b|\bet\b|\sy\s|\se\s|\bi\b|\ben\b|\boraz\b)\s*/i)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * A capitalised word run into the next one without a space: four or more lower-case letters then
 * a capital ("JamesStaff"). Names with inner capitals have short prefixes (McDonald, DeShawn, LeBron).
 */
const GLUED_WORDS = /(\p{Lu}\p{Ll}{3,})(\p{Lu}[\p{L}]+)/gu;
/** "03/04/21", "08:15 AM": dates and times in numbers only. */
const NUMERIC_DATE_OR_TIME = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b/;
/** Month and day names (English and the other supported languages' common forms) end a name. */
const MONTH_OR_DAY = /^(?:jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|mar(?:ch|s|zo)?|märz|apr(?:il|ile)?|may|mai|mayo|maggio|june?|juni|juin|july?|juli|juillet|aug(?:ust)?|août|sept?(?:ember)?|oct(?:ober)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?|dez(?:ember)?|mon|tues?|wed|thu(?:rs)?|fri|sat|sun|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?,?$/i;
/** An acronym glued to a capitalised word: "FOXBusiness" -> "FOX Business". */
const GLUED_ACRONYM = /\b(\p{Lu}{2,})(\p{Lu}\p{Ll}{2,})/gu;
/** Day names: "Sherif Saed, Wednesday" is a name and a date, not two names. */
const DAY_NAMES = /^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?$|^(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|today|yesterday)$/i;

/** True when a part names an outlet or a job, not a person ("CNN", "Senior Writer"). */
export function isOutletOrTitle(part: string): boolean {
  const p = part.toLowerCase().replace(/^the\s+/, 'the ');
  if (OUTLETS.has(p) || OUTLETS.has(p.replace(/^the /, ''))) return true;
  if (/^[A-Z0-9.&-]{2,6}$/.test(part)) return true; // an acronym: CNN, AFP, BBC
  if (JOB_TITLE_PATTERN.test(part) || OUTLET_PATTERN.test(part)) return true;
  return false;
}

/** True when the words look like a person's name: capitalised words, initials, particles. */
export function looksLikeName(part: string): boolean {
  const words = part.split(/\s+/);
  if (words.length < 1 || words.length > MAX_NAME_WORDS) return false;
  let capitalised = 0;
  for (const w of words) {
    if (NAME_PARTICLES.has(w.toLowerCase())) continue;
    if (/^\p{Lu}[\p{L}'’.-]*$/u.test(w) || /^(?:\p{Lu}\.)+$/u.test(w) || /^(?:Mc|Mac|O'|O’|d'|D'|al-|el-)\p{Lu}/u.test(w)) {
      capitalised++;
      continue;
    }
    return false;
  }
  return capitalised >= 1 && /\p{L}{2,}/u.test(part);
}

/** Step 3: tidy one name (quotes, trailing dots, title-case for ALL CAPS names). */
export function tidyName(name: string): string {
  let n = name.replace(/^["'“”‘’]+|["'“”‘’]+$/g, '').replace(/\s*\(.*?\)\s*/g, ' ').trim();
  if (n === n.toUpperCase() && /\p{Lu}{2,}/u.test(n)) {
    n = n.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  }
  return n.replace(SPACE_RUNS, ' ');
}

/**
 * Step 4: the name at the start of a part, cut where the words stop looking like a name
 * ("Jonas Weber publiziert am 3. März 2021" -> "Jonas Weber"). A part whose
 * start is not a name of two words or more is left as it is (and fails the name test).
 */
export function leadingName(part: string): string {
  const words = part.split(/\s+/);
  let n = 0;
  const nameWord = (w: string) => (looksLikeName(w) && !MONTH_OR_DAY.test(w)) || NAME_PARTICLES.has(w.toLowerCase());
  while (n < words.length && n < MAX_NAME_WORDS && nameWord(words[n]!)) n++;
  while (n > 0 && NAME_PARTICLES.has(words[n - 1]!.toLowerCase())) n--;
  // The first name again after the full name opens the bio's sentence ("Ann Lee Ann is a reporter").
  if (n >= 3 && n < words.length && words[n - 1] === words[0]) n--;
  // The same name twice in a row ("Mia Cole Mia Cole is a reporter"): a visible name and its
  // screen-reader or link copy.
  if (n >= 2 * MIN_NAME_WORDS && n % 2 === 0 && words.slice(0, n / 2).join(' ') === words.slice(n / 2, n).join(' ')) n /= 2;
  return n >= MIN_NAME_WORDS && n < words.length ? words.slice(0, n).join(' ') : part;
}

/**
 * Splits a byline into person names. Parts that are outlets, job titles or dates are dropped;
 * "A, CNN" gives ["A"]; "Jane Doe, Senior Writer" gives ["Jane Doe"].
 */
export function splitAuthors(byline: string | null | undefined): string[] {
  if (!byline || byline.length > MAX_BYLINE_CHARS) return [];
  const cleaned = stripBylineNoise(byline);
  const names: string[] = [];
  for (const raw of splitNames(cleaned)) {
    const part = leadingName(tidyName(raw));
    if (!part || isOutletOrTitle(part) || parseDate(part) || DAY_NAMES.test(part) || !looksLikeName(part)) continue;
    // A single word is a site, section or handle more often than a person's full name.
    if (part.split(/\s+/).length < MIN_NAME_WORDS) continue;
    if (!names.some((n) => n.toLowerCase() === part.toLowerCase())) names.push(part);
  }
  return names;
}

/** Merges author lists from several sources, keeping the first spelling of each name. */
export function mergeAuthors(...lists: Array<readonly string[] | null | undefined>): string[] {
  const out: string[] = [];
  for (const list of lists) for (const a of list ?? []) if (!out.some((o) => o.toLowerCase() === a.toLowerCase())) out.push(a);
  return out;
}
