/**
 * Stage 3: is this input HTML or plain text?
 * A document that opens like HTML (doctype, <html>, <head>, <body>) is HTML; otherwise it is HTML
 * only when tags make up a real share of it. A text file that mentions "<b>" once stays text.
 */
import type { InputFormat } from './model.js';

/** Characters looked at when sniffing. */
const SNIFF_CHARS = 20_000;
/** Known HTML tags per 1,000 characters above which a document without <html> counts as HTML. */
const TAG_DENSITY_FOR_HTML = 2;
/** Fewest known tags for a fragment to count as HTML. */
const MIN_TAGS_FOR_HTML = 3;

const DOCUMENT_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml)/i;
const DOCUMENT_TAG = /<(?:html|body|head)[\s>]/i;
const KNOWN_TAG = /<\/?(?:p|div|span|a|br|h[1-6]|ul|ol|li|table|tr|td|th|img|article|section|header|footer|nav|main|blockquote|pre|code|em|strong|b|i|figure|meta|link|script|style|title)\b[^>]*>/gi;

export function detectFormat(text: string, pathHint?: string | null): InputFormat {
  const head = text.slice(0, SNIFF_CHARS);
  if (DOCUMENT_START.test(head)) return 'html';
  const tags = head.match(KNOWN_TAG)?.length ?? 0;
  if (DOCUMENT_TAG.test(head) && tags >= MIN_TAGS_FOR_HTML) return 'html';
  const density = (tags * 1000) / Math.max(1, head.length);
  if (tags >= MIN_TAGS_FOR_HTML && density >= TAG_DENSITY_FOR_HTML) return 'html';
  if (pathHint && /\.(?:x?html?|xht)$/i.test(pathHint) && tags >= 1) return 'html';
  return 'text';
}
