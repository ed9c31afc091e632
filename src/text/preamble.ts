/**
 * Text path: the preamble reader services put before a page's text (r.jina.ai and the like):
 *
 *   Title: Harbour board approves new timetable | Valley Times
 *   URL Source: https://valley.example/news/timetable
 *   Published Time: 2024-03-04T09:30:00Z
 *   Markdown Content:
 *
 * It is read only when the text opens with "Title:" and a "URL Source:" line follows within a
 * few lines, so an article that merely starts with "Title:" is left alone. Its lines are blanked
 * (line numbers hold for --explain); the values fill what the page's text does not say.
 */
import { parseDate } from '../metadata/date.js';

/** Lines at the top of the text the preamble may span. */
const PREAMBLE_MAX_LINES = 12;

/** The preamble's fields: id, the line's pattern, and why it is read. */
const FIELDS = [
  { id: 'title', pattern: /^Title:\s+(.+)$/, reason: 'The page title: used when the text shows no headline.' },
  { id: 'url', pattern: /^URL Source:\s+(https?:\/\/\S+)$/i, reason: 'The address the text was read from: the article URL, like --url.' },
  { id: 'published', pattern: /^Published Time:\s+(.+)$/, reason: 'The publication time the service read from the page.' },
  { id: 'markdown', pattern: /^Markdown Content:/, reason: 'The last header line: what follows is Markdown.' },
  { id: 'other', pattern: /^(?:Warning|Description|Image \d+|Number of Pages):/, reason: 'The service\'s other header lines: never article text.' },
] as const;

/** Metadata a text states before its content (a reader service's preamble, YAML front matter). */
export interface Preamble {
  title: string | null;
  url: string | null;
  published: string | null;
  authors?: string[];
  lang?: string | null;
  description?: string | null;
  siteName?: string | null;
  /** The service says the text is Markdown ("Markdown Content:"). */
  markdown: boolean;
  /** The text with the preamble's lines blanked. */
  text: string;
}

/** The lines joined again with lines 0..last blank, so later lines keep their numbers (--explain). */
export function blankThrough(lines: readonly string[], last: number): string {
  return lines.map((l, i) => (i <= last ? '' : l)).join('\n');
}

export function readPreamble(text: string): Preamble | null {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim());
  if (first < 0 || !/^Title:\s/.test(lines[first]!.trim())) return null;
  const found: Record<string, string> = {};
  let last = -1;
  let markdown = false;
  for (let i = first; i < Math.min(lines.length, first + PREAMBLE_MAX_LINES); i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    const field = FIELDS.find((f) => f.pattern.test(line));
    if (!field) break;
    const value = field.pattern.exec(line)?.[1];
    if (value && !(field.id in found)) found[field.id] = value.trim();
    last = i;
    if (field.id === 'markdown') {
      markdown = true;
      break;
    }
  }
  if (!found.url) return null;
  return {
    title: found.title ?? null,
    url: found.url,
    published: parseDate(found.published),
    markdown,
    text: blankThrough(lines, last),
  };
}
