/** Building rule patterns from word tables: the one escaping and ordering every table uses. */

/** A table's entries written as one "|"-separated string ("Teilen|Teilen mit|Drucken"), trimmed, empty ones left out. */
export const wordList = (s: string): string[] => s.split('|').map((f) => f.trim()).filter(Boolean);

/** A source whose apostrophes match either form ("l'auteur", "l’auteur"). */
export const anyApostrophe = (source: string): string => source.replace(/[’']/g, "['’]");

/** A literal string as a regular-expression source. */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A literal phrase whose spaces match any run of white space ("verfasst von" over a line break). */
export const escapePhrase = (s: string): string => escapeRegExp(s).replace(/ /g, '\\s+');

/**
 * Alternatives for one pattern, each once and longest first, so that "verfasst von" is tried
 * before "von"; `escape` turns each into a source (identity for entries that are patterns already).
 */
export const longestFirst = (words: Iterable<string>, escape: (s: string) => string = (s) => s): string =>
  [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
