/**
 * Quote spans: where the quoted words are in a paragraph. Handles curly and straight double
 * quotes, guillemets, low-high German quotes, single curly quotes (not apostrophes), `''` pairs,
 * and a quote left open at the end of a paragraph (it continues in the next one).
 */

export interface Span {
  /** Offsets of the quoted words (without marks) in the paragraph. */
  start: number;
  end: number;
  /** Offsets including the marks. */
  outerStart: number;
  outerEnd: number;
  /** The paragraph ended before a closing mark. */
  open: boolean;
  /** A quote inside a quote left open (reported apart; its own attribution only). */
  nested?: boolean;
}

/** Opening mark -> the closing marks that may end it. */
const PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”"'],
  ['"', '"”'],
  ['„', '“”'],
  ['«', '»'],
  ['»', '«'],
  ['‹', '›'],
  ['‘', '’'],
  ['‚', '‘’'],
  ["''", "''"],
]);

/** Deepest quote-in-quote looked into (one level: a quote inside a quote inside a quote is rare, and each level multiplies the cost of marks that never close). */
const MAX_NESTING = 1;
/** Characters within which a quote inside a quote must close (and its outer quote after it). */
const MAX_NESTED_QUOTE_CHARS = 400;

const LETTER = /[\p{L}\p{N}]/u;
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);

/** An opening mark at i: a quote mark not inside a word, followed by a non-space. */
function openingAt(text: string, i: number): string | null {
  const c = text[i]!;
  const two = text.slice(i, i + 2);
  // A closing-style ” opening a paragraph or following a space opens a quote in some texts.
  const mark = two === "''" ? two : PAIRS.has(c) ? c : c === '”' && (i === 0 || /\s/.test(text[i - 1]!)) ? '“' : null;
  if (!mark) return null;
  const before = text[i - 1];
  const after = text[i + mark.length];
  // A paragraph may open with a mark, a space and an ellipsis (“ … what I learned”).
  const ellipsisOpening = i === 0 && /^\s+(?:…|\.\.\.)/.test(text.slice(i + mark.length));
  // French sets guillemets apart with a (no-break) space: « Nous partons ».
  const spacedGuillemet = (mark === '«' || mark === '‹') && /^[ \u00a0\u202f]\S/u.test(text.slice(i + 1, i + 3));
  if (after === undefined || (/\s/.test(after) && !ellipsisOpening && !spacedGuillemet)) return null;
  // Single marks and straight quotes must not sit inside or right after a word (apostrophes, 5'11").
  if ((mark === '‘' || mark === '"' || mark === "''" || mark === '‚') && isLetter(before)) return null;
  if (mark === '"' && /\d/.test(before ?? '')) return null;
  // An attribute value in leftover markup (<tweet author="…">) is not a quote, nor is the mark
  // closing one (…">Text).
  if (before === '=' || after === '>') return null;
  return mark;
}

/**
 * After a nested quote written with the outer marks closes at `after`, the outer quote must still
 * close later in the paragraph; otherwise the mark at the space was the outer quote's own end
 * misplaced, and nesting is not assumed.
 */
function nestedCloseIsInside(text: string, after: number, open: string): boolean {
  const closers = PAIRS.get(open)!;
  const stop = Math.min(text.length, after + MAX_NESTED_QUOTE_CHARS);
  for (let j = after; j < stop; j++) if (closers.includes(text[j]!) && !/\s/.test(text[j - 1] ?? ' ')) return true;
  return false;
}

/** Index of the closing mark for `open`, starting at from, or -1. */
function closingFrom(text: string, from: number, open: string, depth = 0): { at: number; len: number } {
  const closers = PAIRS.get(open)!;
  // A quote inside a quote is looked for within a window, so marks that never close cost linear time.
  const stop = depth > 0 ? Math.min(text.length, from + MAX_NESTED_QUOTE_CHARS) : text.length;
  for (let j = from; j < stop; j++) {
    if (open === "''") {
      if (text.startsWith("''", j)) return { at: j, len: 2 };
      continue;
    }
    const c = text[j]!;
    // The same mark opening again after a space ("He said “not this year” and left", "… told us "no" and …"):
    // a quote inside the quote, written with the outer marks; skip over it whole.
    if (depth < MAX_NESTING && (open === '“' || open === '"') && c === open && /\s/.test(text[j - 1] ?? '') && openingAt(text, j) === open) {
      const end = closingFrom(text, j + 1, open, depth + 1);
      if (end.at >= 0 && nestedCloseIsInside(text, end.at + end.len, open)) {
        j = end.at + end.len - 1;
        continue;
      }
    }
    if (depth < MAX_NESTING && !closers.includes(c)) {
      // A nested quote of another kind (“… ‘…’ …”, "… “…” …"): skip over it whole.
      const inner = openingAt(text, j);
      if (inner && inner !== open && inner !== "''" && inner !== '‘') {
        const end = closingFrom(text, j + inner.length, inner, depth + 1);
        if (end.at >= 0) j = end.at + end.len - 1;
      }
      continue;
    }
    if (!closers.includes(c)) continue;
    // ’ inside a word is an apostrophe (don’t, Moscow’s), not the end of a ‘…’ quote.
    if (c === '’' && isLetter(text[j + 1]) && isLetter(text[j - 1])) continue;
    if ((c === '"' || c === '”') && open !== '„' && isLetter(text[j + 1]) && isLetter(text[j - 1])) continue;
    // A nested opening of the same kind of quote: skip over the inner quote.
    return { at: j, len: 1 };
  }
  return { at: -1, len: 0 };
}

/** All top-level quote spans in a paragraph. Nested quotes stay inside their outer quote. */
export function findSpans(text: string, nestedInOpen = false): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < text.length) {
    const open = openingAt(text, i);
    if (!open) {
      i++;
      continue;
    }
    let start = i + (open === '“' && text[i] === '”' ? 1 : open.length);
    if (open === '«' || open === '‹') while (/[ \u00a0\u202f]/u.test(text[start] ?? '')) start++;
    const close = closingFrom(text, start, open);
    if (close.at < 0) {
      // Open to the end of the paragraph: only a real quote if the mark starts a sentence/clause.
      if (open === '‘' || open === "''") {
        i = start;
        continue;
      }
      spans.push({ start, end: text.length, outerStart: i, outerEnd: text.length, open: true });
      // Quotes inside a quote left open (an excerpt of another text) are reported too (one level).
      if (nestedInOpen) break;
      for (const inner of findSpans(text.slice(start), true)) {
        if (inner.open) continue;
        spans.push({ start: inner.start + start, end: inner.end + start, outerStart: inner.outerStart + start, outerEnd: inner.outerEnd + start, open: false, nested: true });
      }
      break;
    }
    spans.push({ start, end: close.at, outerStart: i, outerEnd: close.at + close.len, open: false });
    i = close.at + close.len;
  }
  return spans;
}

/** Does the paragraph start with an opening quote mark (a continued multi-paragraph quote)? */
export function startsWithQuote(text: string): boolean {
  return openingAt(text.trimStart(), 0) !== null;
}
