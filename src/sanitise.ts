/**
 * Output safety, applied to every article before the shared stages (so quote offsets and
 * boilerplate rules see the final text):
 *   1. terminal safety: ANSI escape sequences and control characters removed from every text
 *      field (title, byline, authors, metadata, block text and Markdown). A page cannot recolour,
 *      retitle or rewrite a terminal that prints the output.
 *   2. Markdown safety: no raw HTML (a "<" that could open a tag, a comment or an autolink is
 *      escaped outside code) and no link or image whose address has a scheme other than the web's
 *      (javascript:, vbscript:, data:, file:…, also when hidden behind character references or
 *      backslash escapes, which Markdown renderers decode).
 */
import type { Block } from './model.js';
import type { Parsed } from './parsed.js';

/** Control sequences of terminals (ECMA-48): CSI, OSC/DCS/PM/APC strings, and two-byte escapes. */
const ANSI_SEQUENCE = new RegExp(
  [
    '\\u001b\\[[0-?]*[ -/]*[@-~]', // CSI: colours, cursor movement, erase
    '\\u009b[0-?]*[ -/]*[@-~]', // the one-byte CSI
    '\\u001b[\\]PX^_][^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?', // OSC (window title, hyperlinks), DCS, SOS, PM, APC
    '\\u001b[ -/]*[0-~]', // other escapes (charset selection, reset)
  ].join('|'),
  'g',
);
/** Control characters other than tab and line feed (C0, DEL, C1); a lone carriage return can overwrite a line. */
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** Any control character but tab, line feed and carriage return: every escape sequence starts with one (ESC or CSI). */
const CONTROL_BUT_LINE_ENDS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** `s` without terminal escape sequences and control characters; CR LF and lone CR become LF. */
export function stripControls(s: string): string {
  // Most texts hold no control character at all, or only CR LF line ends: one scan, not three.
  if (!CONTROL_BUT_LINE_ENDS.test(s)) return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
  return s.replace(/\r\n?/g, '\n').replace(ANSI_SEQUENCE, '').replace(CONTROL_CHARS, '');
}

/**
 * Characters a name must not carry into one line of output: every control character (line feed
 * and tab too: a newline in a file name would split an error line and forge a second one), the
 * Unicode line and paragraph separators, and the bidirectional formatting characters (embeddings,
 * overrides, isolates, marks), which can make "gpj.exe" read as "exe.jpg". Article text keeps
 * its bidi characters (right-to-left text needs them); names never do.
 */
const NAME_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A name as it may appear in any output field or message (file path, archive entry, record URL
 * or id, a message built from them): escape sequences and every character of NAME_UNSAFE become
 * U+FFFD, so the name stays one visible line and shows that something was replaced.
 */
export function cleanName(s: string): string {
  return s.replace(ANSI_SEQUENCE, '\uFFFD').replace(NAME_UNSAFE, '\uFFFD');
}

/** An address (url, image) without escape sequences or NAME_UNSAFE characters (a URL parser drops them too). */
export function cleanAddress(s: string): string {
  return s.replace(ANSI_SEQUENCE, '').replace(NAME_UNSAFE, '').trim();
}

/** URL schemes a Markdown link or image may keep. Anything else is dropped with its link. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'ftp', 'tel']);

const NAMED_REFS: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', amp: '&', sol: '/', lpar: '(', rpar: ')', period: '.' };

/** A link destination as a Markdown renderer would see it: references and escapes decoded. */
function renderedUrl(url: string): string {
  return url
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref: string) => {
      if (ref[0] !== '#') return NAMED_REFS[ref.toLowerCase()] ?? whole;
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
    })
    .replace(/\\(.)/g, '$1')
    .replace(/[\u0000-\u0020\u007f-\u009f]+/g, '')
    .toLowerCase();
}

/** True when a Markdown link destination is safe to keep (a web scheme, or a relative address). */
export function isSafeDestination(url: string): boolean {
  const u = renderedUrl(url.replace(/^<|>$/g, ''));
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(u);
  return !scheme || SAFE_SCHEMES.has(scheme[1]!);
}

/**
 * The part of an inline link or image after its text: "](destination "title")". Bounded, so a
 * hostile line of brackets stays linear.
 */
const LINK_TAIL = /\]\(\s*(<[^>\n]{0,2048}>|(?:\\.|[^\s()\\]|\((?:\\.|[^\s()\\]){0,2048}\)){0,2048})(?:\s+(?:"(?:\\.|[^"\\]){0,1024}"|'(?:\\.|[^'\\]){0,1024}'))?\s*\)/g;
/** A "<" that a Markdown renderer could take for raw HTML (a tag, comment, declaration) or an autolink. */
const RAW_HTML_START = /<(?=[A-Za-z/!?])/g;
/** Characters searched back from "](" for the "[" that opens the link text. */
const LINK_TEXT_SEARCH = 4096;

/** True when the character at `at` is escaped by an odd number of backslashes before it. */
function escaped(s: string, at: number): boolean {
  let n = 0;
  for (let i = at - 1; i >= 0 && s[i] === '\\'; i--) n++;
  return n % 2 === 1;
}

/** Links and images with an unsafe destination reduced to their text (images removed). */
function dropUnsafeLinks(md: string): string {
  if (!md.includes('](')) return md;
  let out = '';
  let copied = 0;
  LINK_TAIL.lastIndex = 0;
  for (let m = LINK_TAIL.exec(md); m; m = LINK_TAIL.exec(md)) {
    if (escaped(md, m.index) || isSafeDestination(m[1]!)) continue;
    // The "[" opening the text: the nearest unescaped one before, with nested brackets balanced.
    let open = -1;
    for (let i = m.index - 1, depth = 0; i >= Math.max(copied, m.index - LINK_TEXT_SEARCH); i--) {
      const c = md[i];
      if ((c !== '[' && c !== ']') || escaped(md, i)) continue;
      if (c === ']') depth++;
      else if (depth === 0) {
        open = i;
        break;
      } else depth--;
    }
    const image = open > 0 && md[open - 1] === '!' && !escaped(md, open - 1);
    const from = open < 0 ? m.index : image ? open - 1 : open;
    const text = open < 0 || image ? '' : md.slice(open + 1, m.index);
    out += md.slice(copied, from) + text;
    copied = m.index + m[0].length;
  }
  return copied ? out + md.slice(copied) : md;
}

/** Markdown outside code: links with unsafe destinations reduced to their text, raw HTML escaped. */
function safeProse(md: string): string {
  return dropUnsafeLinks(md).replace(RAW_HTML_START, (lt, at: number, s: string) => (escaped(s, at) ? lt : '\\<'));
}

/** Splits a line into prose and inline code spans (an unescaped run of N backticks closed by the next run of N). */
function safeLine(line: string): string {
  if (!line.includes('`')) return safeProse(line);
  let out = '';
  let from = 0; // start of the prose not yet written
  const ticks = /`+/g;
  const noClose = new Set<number>(); // run lengths with no closing run further on
  for (let open = ticks.exec(line); open; open = ticks.exec(line)) {
    const len = open[0].length;
    if (escaped(line, open.index) || noClose.has(len)) continue;
    const close = new RegExp(`(?<!\`)\`{${len}}(?!\`)`, 'g');
    close.lastIndex = open.index + len;
    const c = close.exec(line);
    if (!c) {
      noClose.add(len);
      continue;
    }
    out += safeProse(line.slice(from, open.index)) + line.slice(open.index, c.index + len);
    from = c.index + len;
    ticks.lastIndex = from;
  }
  return out + safeProse(line.slice(from));
}

/** A fence line (``` or ~~~), inside block quotes too: opens or closes a code block. */
const FENCE = /^(?:\s*>)*\s{0,3}(`{3,}|~{3,})/;

/** Markdown with raw HTML escaped and unsafe links removed; fenced code and code spans untouched. */
export function safeMarkdown(md: string): string {
  if (!/[<\]]/.test(md)) return md;
  let fence: string | null = null;
  return md
    .split('\n')
    .map((line) => {
      const f = FENCE.exec(line)?.[1];
      if (fence) {
        if (f && f[0] === fence[0] && f.length >= fence.length) fence = null;
        return line;
      }
      if (f) {
        fence = f;
        return line;
      }
      return safeLine(line);
    })
    .join('\n');
}

const clean = (s: string | null): string | null => (s === null ? null : stripControls(s).trim() || null);

/** An address kept only with a web scheme (or relative): a javascript: or data: "image" is dropped. */
export const safeAddress = (s: string | null): string | null => {
  const c = s === null ? null : cleanAddress(s);
  return c && isSafeDestination(c) ? c : null;
};

function safeBlock(b: Block): Block {
  const text = stripControls(b.text);
  const md = stripControls(b.markdown);
  return { ...b, text, markdown: b.kind === 'code' ? md : safeMarkdown(md) };
}

/** The parsed article with every text field made safe (see the header). */
export function sanitise(parsed: Parsed): Parsed {
  return {
    ...parsed,
    title: clean(parsed.title),
    byline: clean(parsed.byline),
    authors: parsed.authors.map((a) => stripControls(a).trim()).filter(Boolean),
    published: clean(parsed.published),
    siteName: clean(parsed.siteName),
    lang: clean(parsed.lang),
    url: safeAddress(parsed.url),
    description: clean(parsed.description),
    image: safeAddress(parsed.image),
    blocks: parsed.blocks.map(safeBlock),
    removed: parsed.removed.map((r) => ({ ...r, text: stripControls(r.text) })),
  };
}
