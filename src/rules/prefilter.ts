/**
 * A cheap, exact pre-check for the whole-line rule patterns (rules/boilerplate.ts,
 * rules/html-blocks.ts): the literal text every match must start with, read from the pattern
 * itself. "^(?:Startseite|Impressum|Nach oben)…" can only match a line that starts with "sta",
 * "imp" or "nac" (case-folded), so a line starting "The council…" skips the pattern without
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
import { foldLine, foldPattern } from './case-fold.js';

/** Characters of a line's start compared (longer runs are cut to this length). */
export const PREFIX_CHARS = 4;

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

/** The first PREFIX_CHARS characters of a (trimmed) line, case-folded; null when one does not fold to one character. */
export function linePrefix(line: string): string | null {
  let out = '';
  for (let i = 0; i < line.length && i < PREFIX_CHARS; i++) {
    const f = foldChar(line[i]!);
    if (f === null) return null;
    out += f;
  }
  return out;
}

/** May a line whose linePrefix is `prefix` match the pattern of this filter? (null prefix or filter: yes.) */
export function mayMatch(filter: LinePrefilter, prefix: string | null): boolean {
  if (!filter || prefix === null) return true;
  for (const [length, starts] of filter) if (prefix.length >= length && starts.has(prefix.slice(0, length))) return true;
  return false;
}

// ---- reading a pattern -------------------------------------------------------------------------

type Node =
  | { t: 'char'; c: string }
  | { t: 'set'; chars: string[] } // one of a few literal characters ([*_], \d)
  | { t: 'other' } // consumes something not read as a literal (class, ., \d, backreference…)
  | { t: 'zero' } // zero-width: lookaround, \b, \B
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
        if (this.s[this.i] === '?') {
          const rest = this.s.slice(this.i);
          if (rest.startsWith('?:')) this.i += 2;
          else if (rest.startsWith('?=') || rest.startsWith('?!')) (this.i += 2), (zero = true);
          else if (rest.startsWith('?<=') || rest.startsWith('?<!')) (this.i += 3), (zero = true);
          else if (rest.startsWith('?<')) this.i = this.s.indexOf('>', this.i) + 1;
          else throw new Error('unknown group');
        }
        const alts = this.alternation();
        if (this.s[this.i] !== ')') throw new Error('unclosed group');
        this.i++;
        return zero ? { t: 'zero' } : { t: 'group', alts };
      }
      case '\\': {
        const e = this.s[this.i]!;
        this.i++;
        if (e === 'b' || e === 'B') return { t: 'zero' };
        if (/[pPk]/.test(e) && this.s[this.i] === '{' || e === 'k' && this.s[this.i] === '<') {
          this.i = this.s.indexOf(e === 'k' && this.s[this.i] === '<' ? '>' : '}', this.i) + 1;
          return { t: 'other' };
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
          return { t: 'other' };
        }
        return { t: 'char', c: e }; // an escaped punctuation mark: itself
      }
      default:
        if (/[*+?{})\]|]/.test(c)) throw new Error(`unexpected ${c}`);
        return { t: 'char', c };
    }
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

function step(open: string[], node: Node): Runs {
  switch (node.t) {
    case 'zero':
    case 'start':
      return { open, closed: [] };
    case 'end':
    case 'other':
      return { open: [], closed: open };
    case 'char':
      return step(open, { t: 'set', chars: [node.c] });
    case 'set': {
      const folded = node.chars.map(foldChar);
      if (folded.some((f) => f === null)) return { open: [], closed: open };
      const grown = new Set<string>();
      for (const r of open) for (const f of folded) grown.add(r + f!);
      const out: Runs = { open: [], closed: [] };
      for (const r of grown) (r.length < PREFIX_CHARS ? out.open : out.closed).push(r);
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

/** Most literal starts kept for one pattern; more than this and the check is not worth its lookups. */
const MAX_STARTS = 4000;

/** The pre-check of a pattern (see the top of this file), or null when none can be derived. */
export function linePrefilter(pattern: RegExp): LinePrefilter {
  if (/[mgyv]/.test(pattern.flags)) return null;
  let alts: Node[][];
  try {
    const reader = new Reader(pattern.source);
    alts = reader.alternation();
    if (reader.i !== pattern.source.length) return null;
  } catch {
    return null;
  }
  if (!alts.every(anchored)) return null;
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

/** The build-time pre-checks of the rule tables (scripts/prefilter-snapshot.mjs), by patternKey. */
export interface PrefilterSnapshot {
  /** What the checks were derived with: the prefix length and the runtime's Unicode case mapping. */
  key: string;
  patterns: Record<string, PrefilterData>;
}

/** The key of checks derived in this runtime (case folding follows its Unicode version). */
export const snapshotKey = (): string => `prefix ${PREFIX_CHARS} unicode ${process.versions.unicode ?? 'none'}`;
/** A pattern's key in the snapshot. */
export const patternKey = (pattern: RegExp): string => `${pattern.flags}/${pattern.source}`;

export const toData = (filter: LinePrefilter): PrefilterData => (filter ? [...filter].map(([length, starts]) => [length, [...starts]]) : null);
const fromData = (data: PrefilterData): LinePrefilter => (data ? new Map(data.map(([length, starts]) => [length, new Set(starts)])) : null);

/** The snapshot of the checks of these patterns (the build lists every rule table's). */
export function buildPrefilterSnapshot(patterns: Iterable<RegExp>): PrefilterSnapshot {
  const out: PrefilterSnapshot = { key: snapshotKey(), patterns: {} };
  for (const p of patterns) out.patterns[patternKey(p)] = toData(linePrefilter(p));
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
    return snapshot.key === snapshotKey() ? snapshot : null;
  } catch {
    return null;
  }
}

/** The snapshot, read once per thread on first use (undefined: not read yet). */
let sharedSnapshot: PrefilterSnapshot | null | undefined;

/**
 * Pre-checks of a rule table's patterns. With the build-time snapshot they are used from the first
 * line (a one-file run then skips, and never compiles, the patterns its lines cannot match);
 * without it they are derived once enough lines have been matched (LINES_BEFORE_PREFILTER).
 */
export class Prefilters {
  private lines = 0;
  private readonly cache = new Map<RegExp, LinePrefilter>();
  private snapshot: PrefilterSnapshot | null | undefined;
  /** `snapshot`: the checks to use (null: none); by default the build's, read on first use. */
  constructor(private after = LINES_BEFORE_PREFILTER, snapshot?: PrefilterSnapshot | null) {
    this.snapshot = snapshot;
  }

  private stored(): PrefilterSnapshot | null {
    if (this.snapshot === undefined) this.snapshot = sharedSnapshot === undefined ? (sharedSnapshot = loadPrefilterSnapshot()) : sharedSnapshot;
    return this.snapshot;
  }

  /** The line's prefix for `mayMatch`, or null (every pattern runs) while the checks are not in use yet. */
  prefix(line: string): string | null {
    if (this.lines < this.after && !this.stored()) {
      this.lines++;
      return null;
    }
    return linePrefix(line);
  }

  /** May `pattern` match a line with this prefix? (Takes the pattern's check from the snapshot, or derives it, on first use.) */
  may(pattern: RegExp, prefix: string | null): boolean {
    if (prefix === null) return true;
    let filter = this.cache.get(pattern);
    if (filter === undefined) {
      const data = this.stored()?.patterns[patternKey(pattern)];
      this.cache.set(pattern, (filter = data === undefined ? linePrefilter(pattern) : fromData(data)));
    }
    return mayMatch(filter, prefix);
  }

  private readonly folded = new Map<RegExp, RegExp | null>();

  /**
   * A tester of one line against this table's patterns: pre-checked (may), and a case-insensitive
   * pattern runs folded on the line lower-cased once (rules/case-fold.ts), which V8 compiles
   * without closing the pattern over Unicode case.
   */
  tester(line: string): (pattern: RegExp) => boolean {
    const prefix = this.prefix(line);
    let lower: string | null | undefined;
    return (pattern) => {
      if (!this.may(pattern, prefix)) return false;
      let folded = this.folded.get(pattern);
      if (folded === undefined) this.folded.set(pattern, (folded = foldPattern(pattern)));
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
