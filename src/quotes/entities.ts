/**
 * Pipeline stage 6b: speakers as entities. After the quotes are attributed, each quote's
 * `speaker` becomes the fullest name the article gives for that entity, and the quotes are
 * grouped into a `speakers` list (one entry per entity, in order of first appearance):
 *   1. a surname, "Mr. Burman" or a resolved "he" -> the name the article introduced
 *      ("Leonard Burman"), with an office title it was introduced with ("Rep. Adam Schiff");
 *      when several people share the surname, the one the article names far more often, else
 *      the name as written
 *   2. a definite description of a person ("the California congressman") -> the name it is tied
 *      to by apposition ("Adam Schiff, the California congressman," / "California congressman
 *      Adam Schiff")
 *   3. a definite group or organisation ("the officials", "the ministry") -> the fuller name the
 *      article gave it earlier ("Western officials", "Belarusian Defense Ministry")
 *   4. "a statement from the ministry", "a spokesman for the ministry" -> the ministry
 * `speakerText` keeps the words as written. Vocabulary: src/rules/speakers.ts.
 */
import type { Quote, Speaker, SpeakerKind } from '../model.js';
import { NON_SUBJECT_STARTS, PERSON_NOUNS } from '../rules/speech.js';
import {
  COURTESY_TITLE_SET,
  GROUP_NOUN_SET,
  ISSUED_MODIFIERS,
  ISSUED_NOUNS,
  NOT_NAME_WORD_SET,
  OFFICE_TITLE_SET,
  OFFICE_WORD_SET,
  OPENER_SET,
  ORGANISATION_WORD_SET,
  PERSONAL_PRONOUN_SET,
  RELATIVE_PRONOUN_SET,
} from '../rules/speakers.js';
import { headOf } from './phrases.js';
import { wordSpans } from './word-spans.js';

/** Most given names (and initials) read before a surname ("Martin Luther King"). */
const MAX_GIVEN_NAMES = 3;
/** Most connectors ("of", "to") inside an organisation's name read from a phrase's end ("Coalition to Save Our Parks"). */
const MAX_NAME_CONNECTORS = 2;
/** Lower-case words that join the capitalised words of an organisation's name. */
const ORG_CONNECTOR = /^(?:of|to|for|on)$/;
/**
 * Share of a surname's full-name mentions one person must have to take a bare surname when
 * several people share it ("Clinton": Hillary Clinton 9 times, Bill Clinton once). Chosen so
 * that one stray mention of a relative does not block the expansion, but two people named about
 * equally often do.
 */
const DOMINANT_SHARE = 0.75;
/** Most capitalised words of a group's or organisation's modifiers ("Belarusian Defense Ministry"). */
const MAX_MODIFIERS = 4;
/** Nouns for what is issued on someone's behalf: "a statement from the ministry" is the ministry's. */
const ON_BEHALF = new RegExp(String.raw`^(?:a|an|the)\s+(?:(?:${ISSUED_MODIFIERS})\s+)?(?:${ISSUED_NOUNS}|representative|official|source|aide|post|tweet)\s+(?:from|for|of|by|at)\s+(.+)$`, 'i');

interface Tok {
  w: string;
  start: number;
  end: number;
}

const isCap = (w: string) => /^\p{Lu}/u.test(w);
const bare = (w: string) => w.replace(/['’]s?$/u, '');
const PARTICLE = /^(?:de|van|von|der|den|da|di|du|del|della|la|le|al|bin|ter|ten|y)$/;

/** Words of the body with offsets (trailing punctuation outside the word, so "Burman." is "Burman"). */
function tokenize(body: string): Tok[] {
  const out: Tok[] = [];
  for (const [index, stop] of wordSpans(body)) {
    let w = body.slice(index, stop);
    // Keep the period of an initial or a title ("J.", "Rep."), not of a sentence's last word.
    if (w.endsWith('.') && !/^\p{Lu}\.$/u.test(w) && !OFFICE_TITLE_SET.has(w) && !COURTESY_TITLE_SET.has(w) && !/^(?:\p{L}\.)+\p{L}?\.?$/u.test(w)) w = w.replace(/\.+$/, '');
    out.push({ w, start: index, end: index + w.length });
  }
  return out;
}

/** What the entity step reads of one body, built once per article. */
class BodyIndex {
  readonly toks: Tok[];
  private bySurname = new Map<string, number[]>();
  private byLower = new Map<string, number[]>();
  /** Answers that do not depend on where the quote is, asked once per phrase (a body may hold thousands of quotes). */
  readonly fullest = new Map<string, string | null>();
  readonly apposition = new Map<string, string | null>();
  readonly groups = new Map<string, Array<{ at: number; name: string }>>();
  constructor(readonly body: string) {
    this.toks = tokenize(body);
    this.toks.forEach((t, i) => {
      const low = t.w.toLowerCase();
      const at = this.byLower.get(low);
      if (at) at.push(i);
      else this.byLower.set(low, [i]);
      const k = bare(t.w);
      if (!isCap(k)) return;
      const list = this.bySurname.get(k);
      if (list) list.push(i);
      else this.bySurname.set(k, [i]);
    });
  }
  /** Only white space between tokens i-1 and i. */
  joined(i: number): boolean {
    const a = this.toks[i - 1];
    const b = this.toks[i];
    if (!a || !b) return false;
    const gap = this.body.slice(a.end, b.start);
    return /^\s+$/.test(gap) && !gap.includes('\n');
  }
  occurrences(surname: string): number[] {
    return this.bySurname.get(surname) ?? [];
  }
  /** Tokens whose lower-case form is `word`. */
  lowerOccurrences(word: string): number[] {
    return this.byLower.get(word) ?? [];
  }
}

/** The given names (and an office title) written before the surname at token k. */
function nameEndingAt(ix: BodyIndex, k: number): { words: string[]; title: string | null; at: number } {
  const words = [bare(ix.toks[k]!.w)];
  let i = k;
  while (words.length <= MAX_GIVEN_NAMES && ix.joined(i)) {
    const w = ix.toks[i - 1]!.w;
    const nameLike = (isCap(w) && !NOT_NAME_WORD_SET.has(w) && !PERSON_NOUNS.has(w.toLowerCase()) && !OFFICE_TITLE_SET.has(w) && !COURTESY_TITLE_SET.has(w) && !/['’]s?$/u.test(w) && !/^\p{Lu}{2,}$/u.test(w)) || (PARTICLE.test(w) && words.length === 1);
    if (!nameLike) break;
    words.unshift(w);
    i--;
  }
  // A particle cannot open a name ("de Vries" without a given name stays "Vries" + particle dropped).
  while (words.length > 1 && PARTICLE.test(words[0]!)) {
    words.shift();
    i++;
  }
  const prev = ix.joined(i) ? ix.toks[i - 1]!.w : '';
  // "Vice President Joseph Biden", "French President François Hollande": a longer office, left out.
  const longerOffice = OFFICE_WORD_SET.has(prev) && ix.joined(i - 1) && isCap(ix.toks[i - 2]!.w) && !OPENER_SET.has(ix.toks[i - 2]!.w);
  return { words, title: OFFICE_TITLE_SET.has(prev) || (OFFICE_WORD_SET.has(prev) && !longerOffice) ? prev : null, at: ix.toks[i]!.start };
}

/** Is `small` a subsequence of `big` that ends with big's last word? */
function endsWithin(small: readonly string[], big: readonly string[]): boolean {
  if (small.length === 0 || small[small.length - 1] !== big[big.length - 1]) return false;
  let j = 0;
  for (const w of big) if (w === small[j]) j++;
  return j === small.length;
}

/** The words of a person's name in `np`, without titles and determiners ("Mr. Burman" -> [Burman]). */
function nameWords(np: string): string[] {
  return np
    .split(/\s+/)
    .map(bare)
    .filter((w) => w && !OFFICE_TITLE_SET.has(w) && !COURTESY_TITLE_SET.has(w) && !NOT_NAME_WORD_SET.has(w) && !PERSON_NOUNS.has(w) && !/^(?:the|a|an)$/i.test(w));
}

/** Step 1: the fullest introduced name for a name ending in a capitalised surname, or null. */
function fullestName(np: string, ix: BodyIndex): string | null {
  if (!ix.fullest.has(np)) ix.fullest.set(np, fullestNameUncached(np, ix));
  return ix.fullest.get(np)!;
}

function fullestNameUncached(np: string, ix: BodyIndex): string | null {
  const given = nameWords(np);
  const surname = given[given.length - 1];
  if (!surname || !isCap(surname) || given.some((w) => !isCap(w) && !PARTICLE.test(w))) return null;
  // Full names by their first word (one person: "Donald Trump", "Donald J. Trump").
  const people = new Map<string, { best: { words: string[]; title: string | null }; count: number; first: number }>();
  let total = 0;
  // A transcript label in capitals ("WALLACE") is the name written "Wallace" in the text.
  const spellings = /^\p{Lu}{2,}$/u.test(surname) ? [surname, surname[0] + surname.slice(1).toLowerCase()] : [surname];
  const forms = new Set(spellings);
  const wanted = given.map((w, i) => (i === given.length - 1 ? null : w));
  for (const k of spellings.flatMap((w) => ix.occurrences(w))) {
    const found = nameEndingAt(ix, k);
    const last = found.words[found.words.length - 1]!;
    if (found.words.length < 2 || !forms.has(last) || !endsWithin([...wanted.slice(0, -1).map(String), last], found.words)) continue;
    total++;
    const key = found.words[0]!;
    const p = people.get(key);
    if (!p) people.set(key, { best: found, count: 1, first: found.at });
    else {
      p.count++;
      if (found.words.length > p.best.words.length || (!p.best.title && found.title && found.words.length === p.best.words.length)) p.best = found;
    }
  }
  if (total === 0) return null;
  const ranked = [...people.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  const top = ranked[0]!;
  // "Mr. Burman" when both Leonard and Ana Burman are named about as often: left as written.
  if (ranked.length > 1 && given.length === 1 && top.count < DOMINANT_SHARE * total) return null;
  if (ranked.length > 1 && given.length > 1 && !given.includes(top.best.words[0]!)) return null;
  const name = top.best.words.join(' ');
  if (top.best.words.length <= given.length && !top.best.title) return null;
  return top.best.title ? `${top.best.title} ${name}` : name;
}

/** Step 2: a definite description tied to a name by apposition ("Adam Schiff, the California congressman"). */
function appositionName(desc: string, ix: BodyIndex): string | null {
  if (!ix.apposition.has(desc)) ix.apposition.set(desc, appositionNameUncached(desc, ix));
  return ix.apposition.get(desc)!;
}

function appositionNameUncached(desc: string, ix: BodyIndex): string | null {
  const words = desc.split(/\s+/).filter((w) => w && !/^(?:the|this|that)$/i.test(w));
  if (words.length === 0) return null;
  const n = words.length;
  const { toks, body } = ix;
  for (const i of ix.lowerOccurrences(words[0]!.toLowerCase())) {
    if (i + n > toks.length) continue;
    // Written as in the description, in lower case ("congressman", not the title "Congressman Schiff").
    if (!words.every((w, j) => toks[i + j]!.w === w)) continue;
    // "California congressman Adam Schiff": the name right after the description.
    const after = i + n;
    if (toks[after] && ix.joined(after) && isCap(toks[after]!.w)) {
      let e = after;
      while (toks[e + 1] && ix.joined(e + 1) && isCap(toks[e + 1]!.w) && e - after < MAX_GIVEN_NAMES) e++;
      const name = body.slice(toks[after]!.start, toks[e]!.end).replace(/['’]s$/u, '');
      if (nameWords(name).length >= 2) return name;
    }
    // "Adam Schiff (D-Calif.), the California congressman": the name before a comma and "the".
    const start = toks[i]!.start;
    const lead = body.slice(Math.max(0, start - 80), start);
    const m = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)(?:\s*\([^)]{1,20}\))?,\s+(?:the\s+)?$/u.exec(lead);
    if (m && nameWords(m[1]!).length >= 2) return m[1]!.trim();
  }
  return null;
}

/** Step 3: the fuller name of a group or organisation given before offset `at` ("Western officials"). */
function groupName(head: string, at: number, ix: BodyIndex): string | null {
  let found = ix.groups.get(head);
  if (!found) {
    // Every "Western officials" of the body, in order, once per head word.
    const { toks, body } = ix;
    found = [];
    for (const i of ix.lowerOccurrences(head)) {
      if (i === 0) continue;
      let s = i;
      while (s > 0 && i - s < MAX_MODIFIERS && ix.joined(s) && isCap(toks[s - 1]!.w) && !/['’]s$/u.test(toks[s - 1]!.w)) s--;
      while (s < i && OPENER_SET.has(toks[s]!.w)) s++;
      if (s < i) found.push({ at: toks[i]!.start, name: body.slice(toks[s]!.start, toks[i]!.end) });
    }
    ix.groups.set(head, found);
  }
  // The latest before the quote (binary search).
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (found[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? found[lo - 1]!.name : null;
}

/** The fullest name of a speaker phrase as the quote stage gave it, or the phrase itself. */
function resolveName(speaker: string, at: number, ix: BodyIndex): string {
  const np = headOf(speaker).replace(/\s*\([^)]*\)/g, '').trim();
  if (!np) return speaker;
  const behalf = ON_BEHALF.exec(np);
  if (behalf) return resolveName(behalf[1]!, at, ix);
  if (PERSONAL_PRONOUN_SET.has(np.toLowerCase()) || RELATIVE_PRONOUN_SET.has(np.toLowerCase())) return np;
  const words = np.split(/\s+/);
  const last = bare(words[words.length - 1]!);
  if (isCap(last)) {
    // "the Chicago Fire Department": the name without its article.
    if (/^the\s+\p{Lu}/iu.test(np) && words.length > 2) return resolveName(np.replace(/^the\s+/i, ''), at, ix);
    // "panel Chairman Rep. Ann Ford", "Attorney General Sam Ortiz": the name after the description.
    // "Gov. Ann Lee of Vermont", "Mr. Dale of the River Trust": the person, not the place.
    const of = /^(.*?\p{Lu}[\p{L}'’.-]*)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u.exec(np);
    if (of && nameWords(of[1]!).filter(isCap).length >= 1 && kindOf(of[1]!) === 'person' && of[1]!.split(/\s+/).length >= 2) return resolveName(of[1]!, at, ix);
    const org = words.some((w) => ORGANISATION_WORD_SET.has(bare(w).toLowerCase()));
    const person = trailingName(words);
    // "City Hall press secretary Mia Cole", "Dayton fire Chief Sam Ortiz": an organisation's
    // person, named after a person noun or an office.
    const k = words.length - person.split(/\s+/).length;
    const personOfOrg = person !== np && k > 0 && (PERSON_NOUNS.has(words[k - 1]!.toLowerCase()) || NOT_NAME_WORD_SET.has(words[k - 1]!) || OFFICE_TITLE_SET.has(words[k - 1]!));
    // "the organizer Coalition to Save Our Parks": an organisation's own name at the end.
    const orgName = person !== np && person.split(/\s+/).length >= 2 && person.split(/\s+/).some((w) => ORGANISATION_WORD_SET.has(bare(w).toLowerCase())) && /^\p{Ll}/u.test(words[k - 1] ?? '') && !NON_SUBJECT_STARTS.has(words[k - 1]!);
    const name = org && !personOfOrg && !orgName ? np : person;
    return fullestName(name, ix) ?? name;
  }
  if (!/^(?:the|this|that)$/i.test(words[0]!) || words.length < 2) return np;
  const head = last.toLowerCase();
  if (PERSON_NOUNS.has(head)) {
    const tied = appositionName(np, ix);
    if (tied) return fullestName(tied, ix) ?? tied;
  }
  if (GROUP_NOUN_SET.has(head) || ORGANISATION_WORD_SET.has(head)) {
    // "the officials" -> "Western officials"; "the Belarusian ministry" keeps its own words.
    const fuller = words.length === 2 ? groupName(head, at, ix) : null;
    if (fuller) return fuller;
  }
  return np;
}

/** The name at the end of a phrase: its capitalised name words, with an office title right before them. */
function trailingName(words: readonly string[]): string {
  let i = words.length;
  const nameWord = (w: string) => (isCap(w) || PARTICLE.test(w)) && !NOT_NAME_WORD_SET.has(w) && !PERSON_NOUNS.has(w.toLowerCase()) && !OFFICE_TITLE_SET.has(w) && !COURTESY_TITLE_SET.has(w);
  let connectors = 0;
  for (;;) {
    if (i > 0 && words.length - i <= MAX_GIVEN_NAMES + connectors * 2 && nameWord(words[i - 1]!)) i--;
    // "Coalition to Save Our Parks", "Office of Road Safety": an organisation's name
    // keeps a connector after its head word (not "Ana Ruiz for Acme": a person for an organisation;
    // never "and": two speakers).
    else if (i > 1 && i < words.length && connectors < MAX_NAME_CONNECTORS && ORG_CONNECTOR.test(words[i - 1]!) && nameWord(words[i - 2]!) && ORGANISATION_WORD_SET.has(bare(words[i - 2]!).toLowerCase())) {
      i -= 2;
      connectors++;
    } else break;
  }
  if (i === words.length || words.length - i < 2) return words.join(' ');
  const before = words[i - 2];
  const longerOffice = before !== undefined && isCap(before) && !OPENER_SET.has(before);
  if (i > 0 && (OFFICE_TITLE_SET.has(words[i - 1]!) || (OFFICE_WORD_SET.has(words[i - 1]!) && !longerOffice) || COURTESY_TITLE_SET.has(words[i - 1]!))) i--;
  return words.slice(i).join(' ');
}

/** Person, organisation or unknown, from the name's words. */
export function kindOf(name: string): SpeakerKind {
  const words = name.split(/\s+/);
  const lower = words.map((w) => bare(w).toLowerCase());
  const last = lower[lower.length - 1] ?? '';
  if (lower.some((w) => ORGANISATION_WORD_SET.has(w))) return 'organisation';
  // "AFP", "CNN": an acronym of a few capitals.
  if (words.length === 1 && /^\p{Lu}{2,4}$/u.test(words[0]!)) return 'organisation';
  if (/^(?:he|she|i)$/.test(last) && words.length === 1) return 'person';
  if (PERSONAL_PRONOUN_SET.has(last) || RELATIVE_PRONOUN_SET.has(last) || GROUP_NOUN_SET.has(last)) return 'unknown';
  if (PERSON_NOUNS.has(last)) return 'person';
  if (words.some((w) => OFFICE_TITLE_SET.has(w) || COURTESY_TITLE_SET.has(w))) return 'person';
  // A name: one to four capitalised words ("Leonard Burman", "WALLACE").
  if (words.length <= 4 && words.every((w) => isCap(w) || PARTICLE.test(w))) return words.length === 1 && /^\p{Lu}$/u.test(words[0]!) ? 'unknown' : 'person';
  return 'unknown';
}

/** The key two names of one entity share: no titles, no determiner, case folded. */
function keyOf(name: string): string {
  // "Joseph R. Biden Jr." and "Joseph R. Biden" are one person.
  const ws = nameWords(name).filter((w) => !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(w));
  // A description without a name ("my father", "my mother") is its own key, whole.
  return (ws.some(isCap) ? ws : name.split(/\s+/)).join(' ').toLowerCase();
}

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/**
 * Resolves each quote's speaker to its fullest name and returns the speakers, in order of first
 * appearance; every quote gets `speakerIndex` (its speaker's index in the list, or null).
 * `body` is the article text the quotes' offsets point into.
 */
export function resolveSpeakers(quotes: Quote[], body: string): Speaker[] {
  const ix = new BodyIndex(body);
  const speakers: Speaker[] = [];
  const byKey = new Map<string, number>();
  const ordered = [...quotes].sort((a, b) => a.start - b.start);
  for (const q of ordered) {
    if (!q.speaker) {
      q.speakerIndex = null;
      continue;
    }
    const written = q.speaker;
    const name = resolveName(written, q.start, ix);
    q.speaker = name;
    const key = keyOf(name);
    let n = byKey.get(key);
    if (n === undefined) {
      n = speakers.length;
      byKey.set(key, n);
      speakers.push({ name, kind: kindOf(name), aliases: [], quotes: 0, words: 0 });
    }
    const entry = speakers[n]!;
    // The fullest of the names one entity appears under ("Joseph R. Biden Jr." over "Joseph R. Biden").
    if (name.length > entry.name.length && name !== entry.name) {
      if (!entry.aliases.some((x) => x.toLowerCase() === entry.name.toLowerCase())) entry.aliases.push(entry.name);
      entry.name = name;
      entry.aliases = entry.aliases.filter((x) => x.toLowerCase() !== name.toLowerCase());
    }
    entry.quotes++;
    entry.words += wordCount(q.text);
    q.speakerIndex = n;
    for (const alias of [written, q.speakerText ? headOf(q.speakerText) : null]) {
      if (!alias) continue;
      // "a statement from the authority": the authority is the name it appears under.
      const a = (ON_BEHALF.exec(alias.trim())?.[1] ?? alias).trim();
      const low = a.toLowerCase();
      if (PERSONAL_PRONOUN_SET.has(low) || RELATIVE_PRONOUN_SET.has(low) || low === entry.name.toLowerCase() || entry.aliases.some((x) => x.toLowerCase() === low)) continue;
      entry.aliases.push(a);
    }
  }
  for (const q of quotes) if (q.speakerIndex != null) q.speaker = speakers[q.speakerIndex]!.name;
  return speakers;
}
