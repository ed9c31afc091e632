/**
 * Text path: scraped text that is already Markdown (what Markdown-producing scrapers and
 * "reader" services dump: `# Headline`, `[Home](https://…)` menus, `**bold**`, fenced code).
 * Such a page is recognised as a whole (MARKDOWN_MIN_LINES lines of its syntax), and its lines
 * are then read as Markdown: headings keep their level, the plain text loses the link targets and
 * emphasis marks, the Markdown keeps them. Text without that syntax is escaped as before, so a
 * line that merely starts with "#" or holds a "*" stays literal.
 */

/** Lines of Markdown syntax (headings, links, fences, quotes) for a page to be read as Markdown. */
export const MARKDOWN_MIN_LINES = 3;

const ATX = /^(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^(`{3,}|~{3,})[ \t]*([\w+#.-]*)/;
const SETEXT = /^(?:=+|-+)[ \t]*$/;
const RULE = /^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const QUOTE = /^>[ \t]?/;
const TABLE_ROW = /^\|.*\|$/;
const TABLE_SEPARATOR = /^\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$/;
/**
 * Longest link text, link target or emphasised span read (characters). Unbounded, a line of
 * thousands of "[" with no "]" costs quadratic time; real links and emphasis are far shorter.
 */
const MAX_INLINE = 1000;
const LINK = new RegExp(String.raw`!?\[[^\]\n]{0,${MAX_INLINE}}\]\([^)\s]{0,${MAX_INLINE}}(?:[ \t]+"[^"]{0,${MAX_INLINE}}")?\)`);
const IMAGE_INLINE = new RegExp(String.raw`!\[([^\]\n]{0,${MAX_INLINE}})\]\([^)]{0,${MAX_INLINE}}\)`, 'g');
const LINK_INLINE = new RegExp(String.raw`\[([^\]\n]{0,${MAX_INLINE}})\]\([^)]{0,${MAX_INLINE}}\)`, 'g');
const REFERENCE_LINK = new RegExp(String.raw`\[([^\]\n]{1,${MAX_INLINE}})\]\[[^\]\n]{0,${MAX_INLINE}}\]`, 'g');
const STRONG = new RegExp(String.raw`(\*\*|__)(?=\S)([^*_\n]{1,${MAX_INLINE}}?)(?<=\S)\1`, 'g');
const EMPHASIS = new RegExp(String.raw`(^|[^\p{L}\p{N}*_])([*_])(?=\S)([^*_\n]{1,${MAX_INLINE}}?)(?<=\S)\2(?![\p{L}\p{N}])`, 'gu');
const STRIKE = new RegExp(String.raw`~~(?=\S)([^~\n]{1,${MAX_INLINE}}?)(?<=\S)~~`, 'g');
const CODE_SPAN = new RegExp(String.raw`\`([^\`\n]{1,${MAX_INLINE}})\``, 'g');

/** Does the text read as Markdown? Counts lines with headings, links, fences and quote marks. */
export function looksLikeMarkdown(lines: readonly string[]): boolean {
  let n = 0;
  let headingOrLink = false;
  for (const line of lines) {
    const t = line.trim();
    const heading = ATX.test(t);
    const link = LINK.test(t);
    if (heading || link || FENCE.test(t) || QUOTE.test(t)) n++;
    if (heading || link) headingOrLink = true;
    if (n >= MARKDOWN_MIN_LINES && headingOrLink) return true;
  }
  return false;
}

/** Inline Markdown -> plain text: link and image targets, emphasis and code marks, escapes removed. */
export function inlineText(md: string): string {
  return md
    .replace(IMAGE_INLINE, '')
    .replace(LINK_INLINE, '$1')
    .replace(REFERENCE_LINK, '$1')
    .replace(STRONG, '$2')
    .replace(EMPHASIS, '$1$3')
    .replace(STRIKE, '$1')
    .replace(CODE_SPAN, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!>|~])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

export type MarkdownLine =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'fence'; lang: string }
  | { kind: 'setext'; level: number }
  | { kind: 'rule' }
  | { kind: 'quote'; text: string }
  | { kind: 'table-row'; separator: boolean }
  | { kind: 'text' };

/** What one line of a Markdown page is. */
export function markdownLine(line: string): MarkdownLine {
  const t = line.trim();
  const fence = FENCE.exec(t);
  if (fence) return { kind: 'fence', lang: fence[2] ?? '' };
  const atx = ATX.exec(t);
  if (atx) return { kind: 'heading', level: atx[1]!.length, text: atx[2]! };
  // "===" or "---" under a line makes it a heading; the caller reads a lone "---" as a rule.
  if (SETEXT.test(t)) return { kind: 'setext', level: t[0] === '=' ? 1 : 2 };
  if (RULE.test(t)) return { kind: 'rule' };
  if (QUOTE.test(t)) return { kind: 'quote', text: t.replace(/^(?:>[ \t]?)+/, '') };
  if (TABLE_ROW.test(t)) return { kind: 'table-row', separator: TABLE_SEPARATOR.test(t) };
  return { kind: 'text' };
}

/** Cells of a GFM table row ("| a | b |" -> ["a", "b"]), escaped pipes kept. */
export function tableCells(row: string): string[] {
  return row.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());
}
