/**
 * Collapsing white space, the one way every step does it. `s.replace(SPACE_RUNS, ' ')` gives what
 * `s.replace(/\s+/g, ' ')` gives (each run of white space becomes one space) but matches only
 * where that changes something: a run of two or more, or one character that is not a space. The
 * plain pattern matched every single space between words and rebuilt the whole string, a few
 * percent of a page's CPU (test/unit/space.test.ts compares the two).
 */
export const SPACE_RUNS = /\s{2,}|[^\S ]/g;

/** Whitespace runs collapsed to one space, trimmed; null and undefined give "". */
export const norm = (s: string | null | undefined): string => (s ?? '').replace(SPACE_RUNS, ' ').trim();
