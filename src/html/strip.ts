/**
 * The last resort for HTML the DOM stages cannot handle (a stack overflow deep in a library):
 * the markup reduced to its visible text, block elements as paragraph breaks, so the text path
 * can still give an article. Linear, no recursion, no DOM.
 */
import { SPACE_RUNS } from '../space.js';

/** Elements whose content is never page text. */
const INVISIBLE = /<(script|style|noscript|template|svg|math|iframe|object|head|textarea|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Tags that end a paragraph of text. */
const BLOCK_TAG = /<\/?(?:p|div|section|article|main|header|footer|aside|nav|h[1-6]|ul|ol|li|dl|dt|dd|table|tr|td|th|blockquote|pre|figure|figcaption|form|fieldset|address|details|summary|hr|br)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const ANY_TAG = /<\/?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>|<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>/g;

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '';
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** Visible text of `html`: one paragraph a line group, separated by blank lines. */
export function htmlToPlainText(html: string): string {
  return decodeEntities(
    html
      .replace(INVISIBLE, ' ')
      .replace(BLOCK_TAG, '\n\n')
      .replace(ANY_TAG, ''),
  )
    .split(/\n\s*\n/)
    .map((p) => p.replace(SPACE_RUNS, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
