/**
 * Text path: the dumps of text-mode browsers (`lynx -dump`, `links -dump`): every link is
 * marked in the text with its number ("By [6]Jane Roe", "the [7]full timetable") and listed at
 * the end under "References" ("   7. https://…"). When a text ends with such a list, the markers
 * are removed from the lines and the list itself is blanked (lines stay where they are, so
 * --explain's line numbers hold). Without the list, "[7]" is left alone: it may be a footnote.
 */

/** The heading of the link list a text-mode browser appends. */
const REFERENCES_HEADING = /^\s*(?:References|Visible links|Hidden links):?\s*$/;
/** A numbered entry of that list. */
const REFERENCE_ENTRY = /^\s*\d{1,5}\.\s+\S+$/;
/** A link marker: a number in brackets right before the link text. */
const MARKER = /\[\d{1,5}\](?=\S)/g;
/** Fewest entries for the list to be a text-mode browser's. */
const MIN_ENTRIES = 2;

export function stripLinkReferences(text: string): string {
  const lines = text.split('\n');
  const heading = lines.findIndex((l) => REFERENCES_HEADING.test(l));
  if (heading < 0) return text;
  const rest = lines.slice(heading + 1).filter((l) => l.trim());
  const entries = rest.filter((l) => REFERENCE_ENTRY.test(l)).length;
  // The list runs to the end (a "Hidden links" part may follow): nearly every line an entry.
  if (entries < MIN_ENTRIES || rest.some((l) => !REFERENCE_ENTRY.test(l) && !REFERENCES_HEADING.test(l))) return text;
  return lines.map((l, i) => (i >= heading ? '' : l.replace(MARKER, ''))).join('\n');
}
