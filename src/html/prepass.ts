/**
 * Bytes that can never be article text, dropped before the DOM is built: building nodes for them
 * is a large share of the parse (on the aeb pages a third of the bytes are inline scripts, a
 * quarter style sheets), and every later walk of the tree would pass over them again.
 *
 *   - style sheets: removed whole (jsdom would parse their CSS, and throws on some);
 *   - inline scripts: the element stays (an empty <script>), its code goes; JSON-LD stays whole
 *     (html/metadata.ts reads it for authors, dates and the headline);
 *   - SVG drawings: the <svg> element stays, empty; its paths are drawing, not text;
 *   - on request (no user rules), attributes no stage reads (rules/unread-attributes.ts): event
 *     handlers, script data, ARIA labels, link targets (some 8% of a news page's bytes).
 *
 * One linear scan that reads the markup as an HTML tokenizer does: whole tags (attribute values
 * may hold "<" and ">"), comments, and raw-text elements (<title>, <textarea>, <noscript>…)
 * whose content holds no tags. Comments stay: the block builder reads a comment node as the end
 * of a run of inline text. Anything unclosed is left as it is, for the parser to read.
 */

import { MEDIA_TAGS, UNREAD_ATTRIBUTES, UNREAD_CANDIDATE, UNREAD_INITIAL_LETTERS } from '../rules/unread-attributes.js';

/** Where a comment, a doctype or processing instruction, or a start or end tag opens. */
const OPEN = /<(?:!--|[!?]|(\/?)([a-zA-Z][^\s/>]*))/g;
/** Elements whose content is text up to their end tag: skipped as they are. */
const RAW_TEXT = new Set(['textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** A script type whose content is data some stage reads (JSON-LD metadata). */
const KEPT_SCRIPT = /\btype\s*=\s*["']?[^"'\s>]*ld\+json/i;

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/** First letters (lower-cased char codes) of the names the rules match: other names are not sliced out and tested. */
const UNREAD_INITIALS = new Set([...UNREAD_INITIAL_LETTERS].map((l) => l.charCodeAt(0)));
const isUnread = (name: string) => UNREAD_ATTRIBUTES.some((r) => r.pattern.test(name));

/**
 * The spans [from, to) of the unread attributes of the start tag whose attributes start at `at`
 * and which ends at `end` (after its ">"), each with the white space or "/" before it; read as an
 * HTML tokenizer reads attributes. Null when the reading does not end where `tagEnd` did (odd
 * markup: the tag is then left as it is).
 */
function unreadAttributeSpans(html: string, at: number, end: number): number[] | null {
  const spans: number[] = [];
  let i = at;
  const last = end - 1; // the ">"
  while (i < last) {
    const gap = i;
    while (i < last && (isSpace(html.charCodeAt(i)) || html.charCodeAt(i) === 47 /* / */)) i++;
    if (i >= last) break;
    const nameStart = i;
    i++; // a name's first character may be "="
    while (i < last) {
      const c = html.charCodeAt(i);
      if (isSpace(c) || c === 47 || c === 61 /* = */) break;
      if (c === 62 /* > */) return null; // the tokenizer would end the tag here
      i++;
    }
    const nameEnd = i;
    let attrEnd = nameEnd;
    let j = i;
    while (j < last && isSpace(html.charCodeAt(j))) j++;
    if (j < last && html.charCodeAt(j) === 61 /* = */) {
      j++;
      while (j < last && isSpace(html.charCodeAt(j))) j++;
      const q = html.charCodeAt(j);
      if (j >= last) attrEnd = j;
      else if (q === 34 || q === 39) {
        const close = html.indexOf(q === 34 ? '"' : "'", j + 1);
        if (close < 0 || close >= last) return null;
        attrEnd = close + 1;
      } else {
        while (j < last && !isSpace(html.charCodeAt(j))) {
          if (html.charCodeAt(j) === 62 /* > */) return null;
          j++;
        }
        attrEnd = j;
      }
      i = attrEnd;
    }
    if (UNREAD_INITIALS.has(html.charCodeAt(nameStart) | 32) && isUnread(html.slice(nameStart, nameEnd).toLowerCase())) spans.push(gap, attrEnd);
  }
  return i === last ? spans : null;
}

/**
 * Where the tag whose attributes start at `at` ends (after its ">"), or -1 when it never does.
 * As in an HTML tokenizer, a quote opens a value only right after "=" (a stray quote elsewhere
 * is a character of a name), and an unquoted value runs to white space or ">".
 */
function tagEnd(html: string, at: number): number {
  let i = at;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return i + 1;
    if (c !== 61 /* = */) {
      i++;
      continue;
    }
    i++;
    while (i < html.length && isSpace(html.charCodeAt(i))) i++;
    const q = html.charCodeAt(i);
    if (q === 34 || q === 39) {
      const close = html.indexOf(q === 34 ? '"' : "'", i + 1);
      if (close < 0) return -1;
      i = close + 1;
    } else {
      while (i < html.length && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 62) i++;
    }
  }
  return -1;
}

/** A scanner for `</name>`, one per element name. */
const CLOSING = new Map<string, RegExp>();
function closingTag(name: string): RegExp {
  let re = CLOSING.get(name);
  // "</script" then white space, "/" or ">": an end tag, whatever it holds before its ">".
  if (!re) CLOSING.set(name, (re = new RegExp(`</${name}(?=[\\s/>])`, 'gi')));
  return re;
}

const SVG_TAG = /<(\/?)svg(?=[\s/>])/gi;

/** Where the <svg> element opened before `from` ends (where its end tag starts), nested drawings counted; -1 when unclosed. */
function svgEnd(html: string, from: number): number {
  let depth = 1;
  SVG_TAG.lastIndex = from;
  for (let m = SVG_TAG.exec(html); m; m = SVG_TAG.exec(html)) {
    const end = tagEnd(html, m.index + m[0].length);
    if (end < 0) return -1;
    if (m[1]) depth--;
    else if (html.charCodeAt(end - 2) !== 47 /* / */) depth++;
    if (depth === 0) return m.index;
    SVG_TAG.lastIndex = end;
  }
  return -1;
}

export interface PrepassOptions {
  /** Also drop the attributes no stage reads (rules/unread-attributes.ts); off when user rules are given. */
  unreadAttributes?: boolean;
}

/** `html` without style sheets, script code (JSON-LD kept) and SVG drawings, and optionally unread attributes. */
export function dropNonContent(html: string, options: PrepassOptions = {}): string {
  const dropAttributes = options.unreadAttributes === true;
  /** Where the next possible unread attribute starts (a cached UNREAD_CANDIDATE match), or -1 when none is left. */
  let candidate = -2;
  const parts: string[] = [];
  let copiedTo = 0;
  /** Copies the markup up to `from`, drops what lies between `from` and `to`. */
  const cut = (from: number, to: number) => {
    if (from > copiedTo) parts.push(html.slice(copiedTo, from));
    copiedTo = to;
  };
  OPEN.lastIndex = 0;
  for (let m = OPEN.exec(html); m; m = OPEN.exec(html)) {
    const start = m.index;
    if (m[0] === '<!--') {
      // Skipped, not dropped: a comment node ends a run of inline text for the block builder.
      const close = html.indexOf('-->', start + 4);
      if (close < 0) break; // unclosed: left to the parser
      OPEN.lastIndex = close + 3;
      continue;
    }
    const rawName = m[2];
    if (!rawName) {
      // A doctype or processing instruction: up to its ">".
      const close = html.indexOf('>', start);
      if (close < 0) break;
      OPEN.lastIndex = close + 1;
      continue;
    }
    const end = tagEnd(html, start + m[0].length);
    if (end < 0) break; // an unclosed tag: the rest is left to the parser
    OPEN.lastIndex = end;
    if (m[1]) continue; // an end tag
    const name = rawName.toLowerCase();
    if (dropAttributes && candidate !== -1) {
      const attrsAt = start + m[0].length;
      if (candidate < attrsAt - 1) {
        UNREAD_CANDIDATE.lastIndex = attrsAt - 1;
        candidate = UNREAD_CANDIDATE.exec(html)?.index ?? -1;
      }
      if (candidate >= 0 && candidate < end && !MEDIA_TAGS.has(name)) {
        const spans = unreadAttributeSpans(html, attrsAt, end);
        if (spans) for (let k = 0; k < spans.length; k += 2) cut(spans[k]!, spans[k + 1]!);
      }
    }
    if (name === 'script' || name === 'style' || RAW_TEXT.has(name)) {
      const close = closingTag(name);
      close.lastIndex = end;
      const c = close.exec(html);
      const closeEnd = c ? tagEnd(html, c.index + c[0].length) : -1;
      if (!c || closeEnd < 0) break; // unclosed: the rest is its text, left to the parser
      if (name === 'style') cut(start, closeEnd);
      else if (name === 'script' && !KEPT_SCRIPT.test(html.slice(start, end))) cut(end, c.index);
      OPEN.lastIndex = closeEnd;
      continue;
    }
    if (name === 'svg' && html.charCodeAt(end - 2) !== 47 /* / */) {
      const close = svgEnd(html, end);
      if (close < 0) continue;
      cut(end, close);
      OPEN.lastIndex = close;
    }
  }
  if (!parts.length && copiedTo === 0) return html;
  parts.push(html.slice(copiedTo));
  return parts.join('');
}
