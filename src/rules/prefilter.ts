/**
 * Cheap, exact pre-checks for the whole-line rule patterns (rules/boilerplate.ts,
 * rules/html-blocks.ts, rules/title-junk.ts), read from each pattern itself. The first: the
 * literal text every match must start with (below); the others, for what it leaves open: the
 * literals every match holds, the letters a whole-line match can hold, and the words the tables'
 * word bound allows (further down).
 *
 * "^(?:Startseite|Impressum|Nach oben)…" can only match a line that starts with "sta", "imp" or
 * "nac" (case-folded), so a line starting "The council…" skips the pattern without
 * running it, and a document none of whose lines could match never even compiles it (for a
 * one-file run, compiling the large multilingual patterns was most of their cost).
 *
 * The check never rejects a line the pattern matches: whatever the reader below does not
 * understand ends the literal run (a class, an escape, a quantified group), zero-width parts
 * (lookarounds, \b) are skipped, a pattern with an alternative not anchored at the line start
 * (or with the m, g or y flag) gets no check at all, and letters are compared case-folded
 * (upper then lower case, one character each; any other character ends the run). The rule
 * tables keep their format: the check is derived from each pattern, at build time into a snapshot
 * (scripts/prefilter-snapshot.mjs) or, without one, in the process that uses it.
 * test/unit/boilerplate-prefilter.test.ts compares the checked and the plain matcher line by line.
 */
import { readFileSync } from 'node:fs';
import { isAsciiLetter } from '../code-points.js';
import { foldedForm, foldLine } from './case-fold.js';

/** Characters of a line's start compared (longer runs are cut to this length); a run of white space counts as one. */
export const PREFIX_CHARS = 6;

/** The literal starts of a pattern's matches, grouped by length; null: no check possible. */
export type LinePrefilter = ReadonlyMap<number, ReadonlySet<string>> | null;

/** One character case-folded (upper, then lower case), or null when that is not one character. */
function foldChar(c: string): string | null {
  const code = c.charCodeAt(0);
  if (code >= 0xd800 && code <= 0xdfff) return null;
  if (code < 128) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  const f = c.toUpperCase().toLowerCase();
  return f.length === 1 ? f : null;
}

/** Is this UTF-16 code a white-space character (as \\s reads it)? */
const isSpaceCode = (c: number) =>
  c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));

/**
 * The first PREFIX_CHARS characters of a line, case-folded, each run of white space as one space
 * (the patterns join words with \\s+); null when a character does not fold to one character.
 */
export function linePrefix(line: string): string | null {
  let out = '';
  for (let i = 0; i < line.length && out.length < PREFIX_CHARS; i++) {
    if (isSpaceCode(line.charCodeAt(i))) {
      if (!out.endsWith(' ')) out += ' ';
      continue;
    }
    const f = foldChar(line[i]!);
    if (f === null) return null;
    out += f;
  }
  return out;
}

/** May a line whose linePrefix is `prefix` match the pattern of this filter? (null prefix or filter: yes.) */
export function mayMatch(filter: LinePrefilter, prefix: string | null): boolean {
  return prefix === null || mayMatchStarts(filter, prefixStarts(prefix));
}

/** A prefix's starts by length ("imp" -> ["", "i", "im", "imp"]), cut once per line for all of a table's patterns. */
const prefixStarts = (prefix: string): string[] => Array.from({ length: prefix.length + 1 }, (_, n) => prefix.slice(0, n));

/** mayMatch with the line's starts already cut (prefixStarts). */
function mayMatchStarts(filter: LinePrefilter, starts: readonly string[]): boolean {
  if (!filter) return true;
  for (const [length, set] of filter) if (length < starts.length && set.has(starts[length]!)) return true;
  return false;
}

// ---- reading a pattern -------------------------------------------------------------------------

type Node =
  | { t: 'char'; c: string }
  | { t: 'set'; chars: string[] } // one of a few literal characters ([*_], \d)
  | { t: 'other'; width?: number } // consumes something not read as a literal (class, ., \d, backreference…); width: most ASCII letters it matches (default 1)
  | { t: 'zero'; ahead?: Node[][] } // zero-width: lookaround, \b, \B; ahead: a positive lookahead's alternatives
  | { t: 'space' } // \s: one white-space character
  | { t: 'start' }
  | { t: 'end' }
  | { t: 'group'; alts: Node[][] }
  | { t: 'repeat'; node: Node; min: number; max: number };

class Reader {
  i = 0;
  constructor(readonly s: string) {}

  alternation(): Node[][] {
    const alts: Node[][] = [this.sequence()];
    while (this.s[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  sequence(): Node[] {
    const seq: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== '|' && this.s[this.i] !== ')') {
      const atom = this.atom();
      seq.push(this.quantified(atom));
    }
    return seq;
  }

  quantified(atom: Node): Node {
    const c = this.s[this.i];
    let min: number | null = null;
    let max = Infinity;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (m) {
        min = Number(m[1]);
        max = m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity;
        this.i += m[0].length - 1;
      }
    }
    if (min === null) return atom;
    this.i++;
    if (this.s[this.i] === '?') this.i++; // lazy
    return { t: 'repeat', node: atom, min, max };
  }

  atom(): Node {
    const c = this.s[this.i]!;
    this.i++;
    switch (c) {
      case '^':
        return { t: 'start' };
      case '$':
        return { t: 'end' };
      case '.':
        return { t: 'other' };
      case '[': {
        // A class: its characters when it lists a few literal ones ([*_], ['’], [\d.,]), else
        // something not literal (nested brackets of the v flag aside, which the flags check excludes).
        const start = this.i;
        while (this.i < this.s.length && this.s[this.i] !== ']') this.i += this.s[this.i] === '\\' ? 2 : 1;
        this.i++;
        const chars = classChars(this.s.slice(start, this.i - 1));
        return chars ? { t: 'set', chars } : { t: 'other' };
      }
      case '(': {
        let zero = false;
        let ahead = false;
        if (this.s[this.i] === '?') {
          const rest = this.s.slice(this.i);
          if (rest.startsWith('?:')) this.i += 2;
          else if (rest.startsWith('?=') || rest.startsWith('?!')) (ahead = rest[1] === '='), (this.i += 2), (zero = true);
          else if (rest.startsWith('?<=') || rest.startsWith('?<!')) (this.i += 3), (zero = true);
          else if (rest.startsWith('?<')) this.i = this.s.indexOf('>', this.i) + 1;
          else throw new Error('unknown group');
        }
        const alts = this.alternation();
        if (this.s[this.i] !== ')') throw new Error('unclosed group');
        this.i++;
        return zero ? (ahead ? { t: 'zero', ahead: alts } : { t: 'zero' }) : { t: 'group', alts };
      }
      case '\\': {
        const e = this.s[this.i]!;
        this.i++;
        if (e === 'b' || e === 'B') return { t: 'zero' };
        if (/[pPk]/.test(e) && this.s[this.i] === '{' || e === 'k' && this.s[this.i] === '<') {
          const backreference = e === 'k';
          this.i = this.s.indexOf(e === 'k' && this.s[this.i] === '<' ? '>' : '}', this.i) + 1;
          return backreference ? { t: 'other', width: Infinity } : { t: 'other' };
        }
        if (e === 'u' || e === 'x' || e === 'c') {
          // \uXXXX, \u{…}, \xXX, \cX: read as something not literal; anything else gives up.
          const rest = this.s.slice(this.i);
          const m = e === 'u' ? /^(?:[\da-f]{4}|\{[\da-f]+\})/i.exec(rest) : e === 'x' ? /^[\da-f]{2}/i.exec(rest) : /^[a-z]/i.exec(rest);
          if (!m) throw new Error(`unsupported escape \\${e}`);
          this.i += m[0].length;
          return { t: 'other' };
        }
        if (e === 'd') return { t: 'set', chars: [...DIGITS] };
        if (/[\dsSDwWtnrfv0]/.test(e)) {
          while (/\d/.test(this.s[this.i] ?? '') && /\d/.test(e)) this.i++;
          if (e === 's') return { t: 'space' };
          // White space is never a letter; a backreference may repeat any run of text.
          return { t: 'other', width: /[tnrfv]/.test(e) ? 0 : /[1-9]/.test(e) ? Infinity : 1 };
        }
        return { t: 'char', c: e }; // an escaped punctuation mark: itself
      }
      default:
        if (/[*+?{})\]|]/.test(c)) throw new Error(`unexpected ${c}`);
        return { t: 'char', c };
    }
  }
}

/**
 * A pattern's top-level alternatives as the checks read them, or null: the m, g, y or v flag (a
 * line check cannot stand for lastIndex or ^ after a line break), or a source the reader does not follow.
 */
function readPattern(pattern: RegExp): Node[][] | null {
  if (/[mgyv]/.test(pattern.flags)) return null;
  try {
    const reader = new Reader(pattern.source);
    const alts = reader.alternation();
    return reader.i === pattern.source.length ? alts : null;
  } catch {
    return null;
  }
}

const DIGITS = '0123456789';
/** Most characters a class may list and still be read as literal characters. */
const MAX_CLASS_CHARS = 12;

/** The characters a class body lists ("*_", "\\d.,"), or null when it is negated or holds anything else. */
function classChars(body: string): string[] | null {
  if (body.startsWith('^')) return null;
  const out: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let c = body[i]!;
    if (c === '\\') {
      const e = body[++i];
      if (e === 'd') {
        out.push(...DIGITS);
        continue;
      }
      if (e === undefined || /[\da-zA-Z]/.test(e)) return null;
      c = e;
    } else if (c === '-' && i > 0 && i < body.length - 1) {
      return null; // a range
    }
    out.push(c);
  }
  return out.length && out.length <= MAX_CLASS_CHARS ? out : null;
}

/**
 * Literal runs: `open` ones may still grow (shorter than PREFIX_CHARS, nothing but literal text
 * read so far), `closed` ones are final (every match starting that way is allowed).
 */
interface Runs {
  open: string[];
  closed: string[];
}

/** The runs after a sequence, starting from the open runs `open`. */
function extend(open: string[], seq: readonly Node[]): Runs {
  const closed: string[] = [];
  for (const node of seq) {
    if (!open.length) break;
    const r = step(open, node);
    closed.push(...r.closed);
    open = r.open;
  }
  return { open, closed };
}

/** A run grown by one folded character; white space joins the run as one space, as linePrefix reads the line. */
const grow = (run: string, c: string): string => (c !== ' ' ? run + c : run.endsWith(' ') ? run : run + ' ');

/** Does the node match white space only (\\s, a literal space)? */
const isSpaceNode = (node: Node): boolean =>
  node.t === 'space' || ((node.t === 'char' || node.t === 'set') && (node.t === 'char' ? [node.c] : node.chars).every((c) => isSpaceCode(c.charCodeAt(0))));

function step(open: string[], node: Node): Runs {
  switch (node.t) {
    case 'zero':
    case 'start':
      return { open, closed: [] };
    case 'end':
    case 'other':
      return { open: [], closed: open };
    case 'space':
      return step(open, { t: 'char', c: ' ' });
    case 'char':
      return step(open, { t: 'set', chars: [node.c] });
    case 'set': {
      const folded = node.chars.map((c) => (isSpaceCode(c.charCodeAt(0)) ? ' ' : foldChar(c)));
      if (folded.some((f) => f === null)) return { open: [], closed: open };
      const grown = new Set<string>();
      for (const r of open) for (const f of folded) grown.add(grow(r, f!));
      const out: Runs = { open: [], closed: [] };
      for (const r of grown) (r.length < PREFIX_CHARS ? out.open : out.closed).push(r.slice(0, PREFIX_CHARS));
      return out;
    }
    case 'group': {
      const opens = new Set<string>();
      const closed: string[] = [];
      for (const alt of node.alts) {
        const r = extend(open, alt);
        for (const o of r.open) opens.add(o);
        closed.push(...r.closed);
      }
      return { open: [...opens], closed };
    }
    case 'repeat': {
      // White space repeated is one space in the line as read (linePrefix), so the run goes on.
      if (isSpaceNode(node.node)) {
        const once = step(open, { t: 'char', c: ' ' });
        return node.min === 0 || node.max === 0 ? { open: [...new Set([...open, ...once.open])], closed: once.closed } : once;
      }
      // Left out (when it may be), or once; a part that may repeat ends the run after its first copy.
      const once = step(open, node.node);
      const after = node.max === 1 ? once : { open: [], closed: [...once.closed, ...once.open] };
      return node.min === 0 ? { open: [...new Set([...open, ...after.open])], closed: after.closed } : after;
    }
  }
}

/** True when every match of the alternative starts at the line start (a ^ before anything that consumes). */
function anchored(seq: readonly Node[]): boolean {
  for (const node of seq) {
    if (node.t === 'start') return true;
    if (node.t === 'zero') continue;
    if (node.t === 'group') return node.alts.every(anchored);
    return false;
  }
  return false;
}

// ---- literals a match must contain -------------------------------------------------------------
//
// The second check, for patterns a line's start does not decide ("^.{0,80}…(?:wir verwenden
// cookies|…)", "…\s+(?:ist|war|is)\s.{0,200}\b(?:Redakteur|Reporter|…)"): a few literal texts of
// which every match holds at least one, read from the pattern the same way. A line holding none
// of them (compared on the line lower-cased by foldLine) cannot match, and the pattern is not
// run; in a one-file run most such patterns are then never compiled.
//
// Only ASCII literals are read (letters compared lower-cased), so that no case rule can break
// the check: under /i and /iu the only other characters that match an ASCII letter are the long s
// and the Kelvin sign, which foldLine turns into "s" and "k"; a line whose lower case changes its
// length is not checked. A part that may be left out (?, *, {0,n}) adds nothing; zero-width parts
// (\b, lookarounds) neither add nor break a literal, though what a positive lookahead must match
// is required of the line as well; anything else not literal ends one.

/** Shortest literal worth a lookup (shorter ones are in most lines). */
const MIN_LITERAL_CHARS = 3;
/**
 * Most literals one check may look up; a pattern needing more gets no check. The check serves a
 * pattern only until it first runs, and only on lines the other checks let through, so its
 * lookups are few: 64 admits the multilingual vocabularies (cookie notices, share bars, "read
 * more" in eight languages: 28 to 63 literals each), which at 24 compiled on every run. Regular
 * expression time of a one-file run of the seed, 4 runs each: 57-62 ms at 24, 52-55 ms at 64.
 */
const MAX_LITERALS = 64;

/** Literals of which every match holds one (lower-cased ASCII), or null when none can be named. */
export type LineLiterals = readonly string[] | null;

/** One node as a lower-cased ASCII character, or null (not one literal ASCII character). */
function asciiChar(node: Node): string | null {
  const chars = node.t === 'char' ? [node.c] : node.t === 'set' ? node.chars : null;
  if (!chars) return null;
  let out: string | null = null;
  for (const c of chars) {
    const code = c.charCodeAt(0);
    if (c.length !== 1 || code >= 128) return null;
    const l = code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
    if (out !== null && out !== l) return null;
    out = l;
  }
  return out;
}

/** The better of two requirements: longer shortest literal, then fewer literals. */
function better(a: LineLiterals, b: LineLiterals): LineLiterals {
  if (!a) return b;
  if (!b) return a;
  const min = (x: readonly string[]) => Math.min(...x.map((l) => l.length));
  return min(b) > min(a) || (min(b) === min(a) && b.length < a.length) ? b : a;
}

/** Literals one of which every match of the sequence holds. */
function sequenceLiterals(seq: readonly Node[]): LineLiterals {
  let best: LineLiterals = null;
  let run = '';
  const flush = () => {
    if (run.length >= MIN_LITERAL_CHARS) best = better(best, [run]);
    run = '';
  };
  for (const node of seq) {
    // What a positive lookahead matches is in the line too: its literals are required as well.
    if (node.t === 'zero' && node.ahead) best = better(best, nodeLiterals({ t: 'group', alts: node.ahead }));
    if (node.t === 'zero' || node.t === 'start' || node.t === 'end') continue;
    const c = asciiChar(node);
    if (c !== null) {
      run += c;
      continue;
    }
    flush();
    best = better(best, nodeLiterals(node));
  }
  flush();
  return best;
}

/** Literals one of which every match of the node holds (a group: one from each alternative). */
function nodeLiterals(node: Node): LineLiterals {
  if (node.t === 'repeat') return node.min >= 1 ? nodeLiterals(node.node) : null;
  if (node.t !== 'group') return null;
  const all = new Set<string>();
  for (const alt of node.alts) {
    const lits = sequenceLiterals(alt);
    if (!lits) return null;
    for (const l of lits) all.add(l);
  }
  // A literal holding another adds nothing: the shorter one is found wherever it is.
  const kept = [...all].filter((l) => ![...all].some((o) => o !== l && l.includes(o)));
  return kept.length <= MAX_LITERALS ? kept : null;
}

/** The literal check of a pattern (see above), or null when none can be derived. */
export function lineLiterals(pattern: RegExp): LineLiterals {
  const alts = readPattern(pattern);
  return alts && nodeLiterals({ t: 'group', alts });
}

// ---- how many letters a whole-line match can hold -------------------------------------------------
//
// The third check, for patterns anchored at both ends (every alternative between ^ and $, no m
// flag): the whole line is the match, so a line with more ASCII letters than any match can hold
// cannot match. "^(?:Ähnliche Beiträge|Weitere Artikel|…)\s*:?$" then skips a paragraph whose start
// happens to be one of its entries' starts. Only ASCII letters are counted in the line, and every
// part of the pattern that could match one counts (a non-ASCII character too: under /iu the long
// s matches "s" and the Kelvin sign "k"), so white space (\s+ between words), digits and marks
// leave the bound finite without ever making it too small.

/** Can this character match an ASCII letter (itself one, or not ASCII)? */
const mayBeLetter = (c: string) => c.charCodeAt(0) >= 128 || isAsciiLetter(c.charCodeAt(0));

/** Most ASCII letters a match of the node can hold (Infinity: no bound). */
function nodeWidth(node: Node): number {
  switch (node.t) {
    case 'char':
      return mayBeLetter(node.c) ? 1 : 0;
    case 'set':
      return node.chars.some(mayBeLetter) ? 1 : 0;
    case 'other':
      return node.width ?? 1;
    case 'zero':
    case 'start':
    case 'end':
    case 'space':
      return 0;
    case 'group':
      return Math.max(...node.alts.map(sequenceWidth));
    case 'repeat': {
      const w = nodeWidth(node.node);
      return w === 0 ? 0 : w * node.max;
    }
  }
}

const sequenceWidth = (seq: readonly Node[]): number => seq.reduce((sum, node) => sum + nodeWidth(node), 0);

/** True when every match of the alternative ends at the line end (a $ after anything that consumes). */
function anchoredEnd(seq: readonly Node[]): boolean {
  for (let i = seq.length - 1; i >= 0; i--) {
    const node = seq[i]!;
    if (node.t === 'end') return true;
    if (node.t === 'zero') continue;
    if (node.t === 'group') return node.alts.every(anchoredEnd);
    return false;
  }
  return false;
}

/** Most ASCII letters a line matching the pattern can hold, or null (no bound can be read). */
export function lineWidth(pattern: RegExp): number | null {
  const alts = readPattern(pattern);
  if (!alts || !alts.every(anchored) || !alts.every(anchoredEnd)) return null;
  const width = Math.max(...alts.map(sequenceWidth));
  return Number.isFinite(width) ? width : null;
}

/** The ASCII letters of a line. */
export function asciiLetters(line: string): number {
  let n = 0;
  for (let i = 0; i < line.length; i++) if (isAsciiLetter(line.charCodeAt(i))) n++;
  return n;
}

// ---- how many words a match allows ------------------------------------------------------------
//
// The fourth check: a pattern that opens with the rule tables' word bound, "^(?=(?:\S+\s+){0,N}\S+$)"
// among its first lookaheads ("a line of at most N + 1 words"), cannot match a line with more
// runs of white space than N. These patterns look for a phrase anywhere in a short line, so
// without the check they ran on every paragraph of every page.

/** The word bound as written in the tables, and a lookahead read from the pattern's start. */
const WORD_BOUND = /^\(\?=\(\?:\\S\+\\s\+\)\{0,(\d+)\}\\S\+\$\)$/;

/** The end of the group opening at `start` (the index after its ")"), or -1. */
function groupEnd(src: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Most runs of white space a line matching the pattern can hold (its word bound minus one), or null. */
export function lineSpaceRuns(pattern: RegExp): number | null {
  if (/[mgyv]/.test(pattern.flags)) return null;
  const src = pattern.source;
  if (!src.startsWith('^')) return null;
  let best: number | null = null;
  for (let at = 1; src.startsWith('(?=', at) || src.startsWith('(?!', at) || src.startsWith('(?<', at); ) {
    const end = groupEnd(src, at);
    if (end < 0) return best;
    const m = WORD_BOUND.exec(src.slice(at, end));
    if (m) best = Math.min(best ?? Infinity, Number(m[1]));
    at = end;
  }
  return best;
}

/** The runs of white space in a line (as \\s reads it). */
export function spaceRuns(line: string): number {
  let n = 0;
  let inRun = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpaceCode(line.charCodeAt(i));
    if (space && !inRun) n++;
    inRun = space;
  }
  return n;
}

/** May a line, lower-cased by foldLine, match a pattern with these literals? (null line or literals: yes.) */
export function holdsLiteral(literals: LineLiterals, folded: string | null): boolean {
  if (!literals || folded === null) return true;
  for (const l of literals) if (folded.includes(l)) return true;
  return false;
}

/** Most literal starts kept for one pattern; more than this and the check is not worth its lookups. */
const MAX_STARTS = 4000;

/** The pre-check of a pattern (see the top of this file), or null when none can be derived. */
export function linePrefilter(pattern: RegExp): LinePrefilter {
  const alts = readPattern(pattern);
  if (!alts || !alts.every(anchored)) return null;
  const starts = new Set<string>();
  for (const alt of alts) {
    const r = extend([''], alt);
    for (const run of [...r.open, ...r.closed]) starts.add(run);
    if (starts.has('') || starts.size > MAX_STARTS) return null;
  }
  const byLength = new Map<number, Set<string>>();
  for (const run of starts) {
    const set = byLength.get(run.length) ?? new Set<string>();
    set.add(run);
    byLength.set(run.length, set);
  }
  return byLength;
}

/**
 * Lines matched with the plain pattern list before the pre-checks are derived, when no build-time
 * snapshot of them is at hand (running from source). Deriving them reads every pattern of the
 * tables (some thousands of characters each): in a fresh process about as much CPU as matching
 * the first 2,000 lines without them (measured on the aeb text pages), so a one-file run never
 * pays for it and a batch pays once.
 */
export const LINES_BEFORE_PREFILTER = 2000;

/** A pre-check as plain data (the snapshot's form): [length, starts] pairs, or null. */
export type PrefilterData = Array<[number, string[]]> | null;

/**
 * A pattern's four checks as the snapshot stores them: its literal starts (PrefilterData), the
 * literals every match holds (lineLiterals), its whole-line letter bound (lineWidth) and its word
 * bound (lineSpaceRuns).
 */
export type StoredChecks = [PrefilterData, LineLiterals, number | null, number | null];

/** The build-time pre-checks of the rule tables (scripts/prefilter-snapshot.mjs): one entry per pattern, by patternKey. */
export interface PrefilterSnapshot {
  /** What the checks were derived with: the prefix length and the runtime's Unicode case mapping. */
  key: string;
  checks: Record<string, StoredChecks>;
}

/** The key of checks derived in this runtime (case folding follows its Unicode version). */
export const snapshotKey = (): string => `prefix ${PREFIX_CHARS} unicode ${process.versions.unicode ?? 'none'}`;
/** A pattern's key in the snapshot. */
export const patternKey = (pattern: RegExp): string => `${pattern.flags}/${pattern.source}`;

export const toData = (filter: LinePrefilter): PrefilterData => (filter ? [...filter].map(([length, starts]) => [length, [...starts]]) : null);
const fromData = (data: PrefilterData): LinePrefilter => (data ? new Map(data.map(([length, starts]) => [length, new Set(starts)])) : null);

/** A pattern's checks, derived from it. */
const storedChecksOf = (pattern: RegExp): StoredChecks => [toData(linePrefilter(pattern)), lineLiterals(pattern), lineWidth(pattern), lineSpaceRuns(pattern)];

/** The snapshot of the checks of these patterns (the build lists every rule table's). */
export function buildPrefilterSnapshot(patterns: Iterable<RegExp>): PrefilterSnapshot {
  const out: PrefilterSnapshot = { key: snapshotKey(), checks: {} };
  for (const p of patterns) out.checks[patternKey(p)] = storedChecksOf(p);
  return out;
}

/**
 * The snapshot written at build time beside the compiled module, when it was derived with this
 * runtime's case mapping; else null (running from source, or another Node): the checks are then
 * derived from the patterns, after LINES_BEFORE_PREFILTER lines.
 */
export function loadPrefilterSnapshot(file: URL | string = new URL('./prefilter.snapshot.json', import.meta.url)): PrefilterSnapshot | null {
  try {
    const snapshot = JSON.parse(readFileSync(file, 'utf8')) as PrefilterSnapshot;
    return snapshot.key === snapshotKey() && snapshot.checks ? snapshot : null;
  } catch {
    return null;
  }
}

/** The snapshot, read once per thread on first use (undefined: not read yet). */
let sharedSnapshot: PrefilterSnapshot | null | undefined;

/** A pattern's checks in use. */
interface Checks {
  starts: LinePrefilter;
  literals: LineLiterals;
  width: number | null;
  spaceRuns: number | null;
}

/**
 * What a table knows of one of its patterns, found with one lookup per pattern and line: its
 * checks (read or derived on first use once the checks are in use) and whether it has run in
 * this thread. (Its folded form is case-fold.ts's, cached there.)
 */
interface PatternState {
  checks?: Checks;
  /** Has run (so is compiled) in this thread: the literal check no longer pays. */
  ran: boolean;
}

/**
 * Pre-checks of a rule table's patterns. With the build-time snapshot they are used from the first
 * line (a one-file run then skips, and never compiles, the patterns its lines cannot match);
 * without it they are derived once enough lines have been matched (LINES_BEFORE_PREFILTER).
 */
export class Prefilters {
  private lines = 0;
  private readonly states = new Map<RegExp, PatternState>();
  private snapshot: PrefilterSnapshot | null | undefined;
  /** `snapshot`: the checks to use (null: none); by default the build's, read on first use. */
  constructor(private after = LINES_BEFORE_PREFILTER, snapshot?: PrefilterSnapshot | null) {
    this.snapshot = snapshot;
  }

  private stored(): PrefilterSnapshot | null {
    if (this.snapshot === undefined) this.snapshot = sharedSnapshot === undefined ? (sharedSnapshot = loadPrefilterSnapshot()) : sharedSnapshot;
    return this.snapshot;
  }

  /** Are the checks in use for this line? (Counts the lines matched before they are, without a snapshot.) */
  private active(): boolean {
    if (this.lines < this.after && !this.stored()) {
      this.lines++;
      return false;
    }
    return true;
  }

  /** The line's prefix for `mayMatch`, or null (every pattern runs) while the checks are not in use yet. */
  prefix(line: string): string | null {
    return this.active() ? linePrefix(line) : null;
  }

  private state(pattern: RegExp): PatternState {
    let state = this.states.get(pattern);
    if (state === undefined) this.states.set(pattern, (state = { ran: false }));
    return state;
  }

  /** A pattern's checks: from the snapshot when it holds the pattern, else derived from the pattern; looked up once. */
  private checksOf(state: PatternState, pattern: RegExp): Checks {
    if (state.checks === undefined) {
      const [starts, literals, width, spaceRuns] = this.stored()?.checks[patternKey(pattern)] ?? storedChecksOf(pattern);
      state.checks = { starts: fromData(starts), literals, width, spaceRuns };
    }
    return state.checks;
  }

  /** May `pattern` match a line with this prefix? (Takes the pattern's check from the snapshot, or derives it, on first use.) */
  may(pattern: RegExp, prefix: string | null): boolean {
    return prefix === null || mayMatchStarts(this.checksOf(this.state(pattern), pattern).starts, prefixStarts(prefix));
  }

  /** The pattern's literal check (from the snapshot, or derived on first use). */
  literals(pattern: RegExp): LineLiterals {
    return this.checksOf(this.state(pattern), pattern).literals;
  }

  /** The pattern's whole-line letter bound (from the snapshot, or derived on first use). */
  width(pattern: RegExp): number | null {
    return this.checksOf(this.state(pattern), pattern).width;
  }

  /** The pattern's word bound, as runs of white space (from the snapshot, or derived on first use). */
  spaceRunLimit(pattern: RegExp): number | null {
    return this.checksOf(this.state(pattern), pattern).spaceRuns;
  }

  /**
   * A tester of one line against this table's patterns: pre-checked (may, then the letter, word and literal checks),
   * and a case-insensitive pattern runs folded on the line lower-cased once (rules/case-fold.ts),
   * which V8 compiles without closing the pattern over Unicode case.
   */
  tester(line: string): (pattern: RegExp) => boolean {
    const active = this.active();
    const prefix = active ? linePrefix(line) : null;
    const starts = prefix === null ? null : prefixStarts(prefix);
    let lower: string | null | undefined;
    let letters: number | undefined;
    let spaces: number | undefined;
    return (pattern) => {
      const state = this.state(pattern);
      if (active) {
        const checks = this.checksOf(state, pattern);
        if (starts !== null && !mayMatchStarts(checks.starts, starts)) return false;
        if (checks.width !== null && (letters ??= asciiLetters(line)) > checks.width) return false;
        if (checks.spaceRuns !== null && (spaces ??= spaceRuns(line)) > checks.spaceRuns) return false;
        // The literal check serves until the pattern first runs: it spares compiling patterns a
        // document cannot match; once compiled, running the pattern costs about what the lookups do.
        if (!state.ran) {
          if (checks.literals !== null) {
            if (lower === undefined) lower = foldLine(line);
            if (!holdsLiteral(checks.literals, lower)) return false;
          }
          state.ran = true;
        }
      }
      const folded = foldedForm(pattern);
      if (folded === null) return pattern.test(line);
      if (lower === undefined) lower = foldLine(line);
      return lower === null ? pattern.test(line) : folded.test(lower);
    };
  }

  /** Uses the checks from now on (tests). */
  useNow(): void {
    this.after = 0;
  }
}
