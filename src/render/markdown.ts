/**
 * Markdown output: YAML front matter with what is known, "# Title", then the body. With the
 * quotes option, a "Quotes" section after the body lists each quote and its speaker.
 */
import type { Article } from '../model.js';
import { stripControls } from '../sanitise.js';
import { bodyMarkdown } from './json.js';
import { isDefaultShape, shapedBodyMarkdown, type LinkShapeOptions } from './markdown-links.js';
import { SPACE_RUNS } from '../space.js';

export interface MarkdownOptions extends LinkShapeOptions {
  frontMatter?: boolean;
  quotes?: boolean;
}

/** A YAML scalar: double-quoted and escaped when it could be misread, plain otherwise. */
export function yamlString(value: string): string {
  const s = stripControls(value);
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} ,.'’()/&+-]*$/u.test(s) && !/^(?:true|false|yes|no|null|on|off|~)$/i.test(s) && !/:\s|\s#/.test(s) && !/^[\d.+-][\w.+-]*$/.test(s); // one digit-led word may read as a number (1984, 1e5, 0x1F, 2024-03-04)
  if (plain) return s;
  // "<" as the YAML escape \x3C: the same value to a YAML reader, never raw HTML to a Markdown
  // renderer that shows front matter as text. Other control characters (and U+2028/2029, line
  // breaks to YAML 1.1 readers) are not allowed raw in YAML: escaped.
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/</g, '\\x3C').replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;
}

export function frontMatter(article: Article): string {
  const lines: string[] = ['---'];
  const field = (key: string, value: string | null) => {
    if (value) lines.push(`${key}: ${yamlString(value)}`);
  };
  field('title', article.title);
  if (article.authors.length) {
    lines.push('authors:');
    for (const a of article.authors) lines.push(`  - ${yamlString(a)}`);
  }
  field('byline', article.authors.length ? null : article.byline);
  field('published', article.published);
  field('site', article.siteName);
  field('lang', article.lang);
  field('url', article.url);
  field('description', article.description);
  field('image', article.image);
  field('source', article.source.path && article.source.path !== '-' ? article.source.path : null);
  lines.push('---');
  return lines.length > 2 ? lines.join('\n') + '\n\n' : '';
}

function quotesSection(article: Article): string {
  if (!article.quotes.length) return '';
  const items = article.quotes.map((q) => `- “${inline(q.text)}” — ${q.speaker ? inline(q.speaker) : 'unattributed'}${q.speakerText && q.speakerText !== q.speaker ? ` (${inline(q.speakerText)})` : ''}`);
  return `\n\n## Quotes\n\n${items.join('\n')}${speakersSection(article)}`;
}

/** The speakers as entities: name, kind, other names, quotes and words, in order of first appearance. */
function speakersSection(article: Article): string {
  const speakers = article.speakers ?? [];
  if (!speakers.length) return '';
  const items = speakers.map((s, i) => {
    const aliases = s.aliases.length ? `; also ${s.aliases.map((a) => `“${inline(a)}”`).join(', ')}` : '';
    return `${i + 1}. ${inline(s.name)} (${s.kind}${aliases}): ${s.quotes} ${s.quotes === 1 ? 'quote' : 'quotes'}, ${s.words} ${s.words === 1 ? 'word' : 'words'}`;
  });
  return `\n\n### Speakers\n\n${items.join('\n')}`;
}

/** Plain text as inline Markdown: characters that would format, link or open raw HTML escaped. */
const inline = (s: string) => s.replace(SPACE_RUNS, ' ').replace(/[\\`*_[\]<>]/g, '\\$&');

export function renderMarkdown(article: Article, options: MarkdownOptions = {}): string {
  const head = options.frontMatter === false ? '' : frontMatter(article);
  const title = article.title ? `# ${inline(article.title)}\n\n` : '';
  const body = isDefaultShape(options) ? bodyMarkdown(article) : shapedBodyMarkdown(article, options);
  return `${head}${title}${body}${options.quotes ? quotesSection(article) : ''}\n`;
}
