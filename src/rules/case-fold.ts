/**
 * Case-insensitive rule patterns without V8's Unicode case closure. Compiling a pattern with the
 * `i` and `u` flags makes V8 close every letter and class over Unicode case (through ICU): for the
 * multilingual vocabulary patterns of the rule tables (some thousands of characters each) that was
 * most of a one-file run's CPU, while the lines they test are short. So a table pattern with the
 * `i` flag is also compiled lower-cased without it, and tested against the line lower-cased once:
 * "Ähnliche Beiträge" is tested as "ähnliche beiträge" by /^(?:ähnliche\s+beiträge|…)$/u.
 *
 * The tables keep their form (and --explain shows the pattern as written). Only /iu patterns are
 * folded (a pattern without `u` follows the older, ASCII-bound case rules and compiles cheaply),
 * and only when lower-casing keeps their meaning; otherwise they run as written (foldPattern returns null):
 * - a case-dependent property class (\p{Lu}, \p{Ll}, \p{Lt}, Uppercase…) matches by letter case;
 * - an escaped code point (\u00C4, \x41) or a class range between letters other than a-z/A-Z
 *   might name an upper-case letter that the lower-cased line no longer holds;
 * - a letter whose lower case is not one character (İ) would change the pattern's length.
 * The line is lower-cased only when that keeps its length (foldLine), else patterns run as written;
 * the few lower-case letters that case folding merges with others (ſ with s, final sigma with
 * sigma: FOLD_MERGES) are merged in the line and the pattern alike. test/unit/case-fold.test.ts
 * compares folded and written patterns over the rule tables' vocabulary in several cases.
 */

/** Property names whose members depend on letter case: a pattern using one is not folded. */
const CASED_PROPERTIES = /^(?:General_Category=|gc=)?(?:Lu|Ll|Lt|LC|Uppercase_Letter|Lowercase_Letter|Titlecase_Letter|Cased_Letter|Upper|Lower|Uppercase|Lowercase|Cased|Changes_When_\w+|CW\w+)$/;

const isAsciiLetter = (c: string) => /^[A-Za-z]$/.test(c);

/**
 * Lower-case letters that Unicode case folding (which /iu follows) merges with another lower-case
 * letter: the long s is an s, the micro sign a mu, final sigma a sigma, the Greek symbol forms
 * and the old Cyrillic forms their letters. Derived from the runtime's /iu matching over every
 * code point; test/unit/case-fold.test.ts derives it again and compares.
 */
export const FOLD_MERGES: Readonly<Record<string, string>> = {
  'µ': 'μ', 'ſ': 's', '\u0345': 'ι', 'ς': 'σ', 'ϐ': 'β', 'ϑ': 'θ', 'ϕ': 'φ', 'ϖ': 'π', 'ϰ': 'κ', 'ϱ': 'ρ', 'ϵ': 'ε',
  'ᲀ': 'в', 'ᲁ': 'д', 'ᲂ': 'о', 'ᲃ': 'с', 'ᲄ': 'т', 'ᲅ': 'т', 'ᲆ': 'ъ', 'ᲇ': 'ѣ', 'ᲈ': 'ꙋ', 'ẛ': 'ṡ', '\u1fbe': 'ι',
};
const MERGED = new RegExp(`[${Object.keys(FOLD_MERGES).join('')}]`, 'gu');
const merge = (s: string) => s.replace(MERGED, (c) => FOLD_MERGES[c]!);

/** One character folded (lower-cased, then merged), or null when its lower case is not one character. */
function lowerChar(c: string): string | null {
  const l = c.toLowerCase();
  return l.length === c.length ? (FOLD_MERGES[l] ?? l) : null;
}

/**
 * The lower-cased copy of a case-insensitive Unicode pattern, to test against folded lines (same
 * flags without `i`), or null: the pattern lacks the `i` or `u` flag, or lower-casing could change what it matches.
 */
export function foldPattern(pattern: RegExp): RegExp | null {
  if (!pattern.flags.includes('i') || !pattern.flags.includes('u')) return null;
  const src = pattern.source;
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const next = src[i + 1] ?? '';
      if ((next === 'p' || next === 'P') && src[i + 2] === '{') {
        const end = src.indexOf('}', i);
        if (end < 0 || CASED_PROPERTIES.test(src.slice(i + 3, end))) return null;
        out += src.slice(i, end + 1);
        i = end;
        continue;
      }
      if (next === 'u' || next === 'x' || next === 'c') return null;
      if (next === 'k' && src[i + 2] === '<') {
        const end = src.indexOf('>', i);
        if (end < 0) return null;
        out += src.slice(i, end + 1);
        i = end;
        continue;
      }
      out += c + next;
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      else if (src[i + 1] === '-' && src[i + 2] !== undefined && src[i + 2] !== ']' && src[i + 2] !== '\\') {
        // A range: letters only when both ends are ASCII letters of one case (A-Z becomes a-z).
        const end = src[i + 2]!;
        const cased = c.toLowerCase() !== c.toUpperCase() || end.toLowerCase() !== end.toUpperCase();
        if (cased) {
          if (!isAsciiLetter(c) || !isAsciiLetter(end) || (c === c.toUpperCase()) !== (end === end.toUpperCase())) return null;
          out += `${c.toLowerCase()}-${end.toLowerCase()}`;
        } else out += `${c}-${end}`;
        i += 2;
        continue;
      }
    } else if (c === '[') inClass = true;
    else if (c === '(' && src[i + 1] === '?' && src[i + 2] === '<' && src[i + 3] !== '=' && src[i + 3] !== '!') {
      // A named group: the name keeps its case.
      const end = src.indexOf('>', i);
      if (end < 0) return null;
      out += src.slice(i, end + 1);
      i = end;
      continue;
    }
    const l = lowerChar(c);
    if (l === null) return null;
    out += l;
  }
  return new RegExp(out, pattern.flags.replace('i', ''));
}

/** The line folded for folded patterns (lower-cased, merged), or null when lower-casing changes its length (then patterns run as written). */
export function foldLine(line: string): string | null {
  const lower = line.toLowerCase();
  if (lower.length !== line.length) return null;
  MERGED.lastIndex = 0;
  return MERGED.test(lower) ? merge(lower) : lower;
}

// ---- matching through the folded form, for patterns outside the rule tables ----------------------
//
// The bylines, names and labels the metadata step reads are short, and each run reads only a few:
// compiling the case-insensitive multilingual patterns they go through was most of what these
// steps cost a one-file run. These helpers match a pattern through its folded form on the text
// folded once (the same length, so every index holds) and hand back what the pattern itself would:
// the match's place, or the text's own characters. A pattern that cannot be folded, a text whose
// lower case changes its length, and a global or sticky pattern (whose lastIndex matters) are
// matched as written.

const foldedForms = new WeakMap<RegExp, RegExp | null>();

/** The pattern's folded form (foldPattern), made once per pattern and thread (the rule tables' testers use it too); null for a global or sticky one. */
export function foldedForm(pattern: RegExp): RegExp | null {
  let form = foldedForms.get(pattern);
  if (form === undefined) foldedForms.set(pattern, (form = pattern.global || pattern.sticky ? null : foldPattern(pattern)));
  return form;
}

/** Where `pattern.exec(text)` matches: [start, end), or null. */
export function firstMatch(pattern: RegExp, text: string): [number, number] | null {
  const form = foldedForm(pattern);
  const lower = form ? foldLine(text) : null;
  const m = form && lower !== null ? form.exec(lower) : pattern.exec(text);
  return m ? [m.index, m.index + m[0].length] : null;
}

/** `pattern.test(text)`. */
export const matches = (pattern: RegExp, text: string): boolean => firstMatch(pattern, text) !== null;

/** `text.replace(pattern, replace)` for a pattern without the g flag: `replace` gets the match as written. */
export function replaceFirst(text: string, pattern: RegExp, replace: (match: string) => string): string {
  if (pattern.global) return text.replace(pattern, replace);
  const at = firstMatch(pattern, text);
  return at ? text.slice(0, at[0]) + replace(text.slice(at[0], at[1])) + text.slice(at[1]) : text;
}

const globalForms = new WeakMap<RegExp, RegExp>();

/**
 * `text.split(pattern)` for a pattern without groups that cannot match an empty string (split
 * then cuts at each leftmost match, as a global search finds them); the parts as written.
 */
export function splitAt(text: string, pattern: RegExp): string[] {
  const form = foldedForm(pattern);
  const lower = form ? foldLine(text) : null;
  if (!form || lower === null) return text.split(pattern);
  let global = globalForms.get(form);
  if (!global) globalForms.set(form, (global = new RegExp(form.source, `${form.flags}g`)));
  const parts: string[] = [];
  let from = 0;
  for (const m of lower.matchAll(global)) {
    parts.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  parts.push(text.slice(from));
  return parts;
}
