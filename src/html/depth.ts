/**
 * Deep nesting, bounded before any DOM is built. The DOM engines, Readability and Turndown walk
 * the tree recursively: a page nested 20,000 elements deep overflows the stack (or, unclosed,
 * makes Readability run for many minutes). One linear scan over the markup estimates each tag's
 * nesting depth the way an HTML parser would (void elements, raw-text elements, end tags that
 * may be omitted, stray end tags) and removes the tags of elements nested deeper than the limit.
 * Their text stays, inside the deepest element that was kept: the content survives, only the
 * structure below the limit is flattened.
 */

/**
 * Deepest element nesting kept. Real article pages stay far below it (deepest in the aeb
 * benchmark: measured in the hardening notes, under 100); at 400 the whole pipeline runs in well
 * under a second on a nested page, while a few thousand levels overflow the stack in Readability.
 */
export const MAX_NESTING_DEPTH = 200;

/** Elements that never have content or an end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'frame', 'basefont', 'bgsound', 'image']);
/** Elements whose content is text up to their end tag (tags inside are not tags). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** Phrasing elements: a removed one leaves nothing behind; any other leaves a space, so words stay apart. */
const PHRASING = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'font', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'nobr', 'big']);
/** Opening one of these closes an open <p> (the HTML parser's rule, abridged). */
const CLOSES_P = new Set(['address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'ul', 'li', 'dd', 'dt', 'listing']);
/**
 * Elements whose end tag may be omitted: opening the key closes an open element named in the
 * value, searching down the stack no further than the first element in `scope`.
 */
const IMPLIED_END: Record<string, { closes: string[]; scope: string[] }> = {
  li: { closes: ['li'], scope: ['ul', 'ol', 'menu'] },
  dt: { closes: ['dt', 'dd'], scope: ['dl'] },
  dd: { closes: ['dt', 'dd'], scope: ['dl'] },
  tr: { closes: ['tr', 'td', 'th'], scope: ['table', 'tbody', 'thead', 'tfoot'] },
  td: { closes: ['td', 'th'], scope: ['tr', 'table'] },
  th: { closes: ['td', 'th'], scope: ['tr', 'table'] },
  tbody: { closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], scope: ['table'] },
  thead: { closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], scope: ['table'] },
  tfoot: { closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], scope: ['table'] },
  option: { closes: ['option'], scope: ['select', 'datalist', 'optgroup'] },
  optgroup: { closes: ['option', 'optgroup'], scope: ['select'] },
  rt: { closes: ['rt', 'rp', 'rb'], scope: ['ruby'] },
  rp: { closes: ['rt', 'rp', 'rb'], scope: ['ruby'] },
};
/** Elements an open <p> is searched through when a block opens (a <p> is rarely deeper in phrasing). */
const P_SEARCH_LIMIT = 32;
/** The same bound for the scoped searches of IMPLIED_END. */
const SCOPE_SEARCH_LIMIT = 64;

/**
 * A tag, a comment, a doctype or a processing instruction; attributes may hold quoted ">". The
 * one group is the tag's name (an end tag's "/" and the attributes are read from the match
 * itself: fewer strings made per tag).
 */
const TOKEN = /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>|<\/?([a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>/g;
/** A start tag closed by "/>" (self-closing in SVG and MathML). */
const SELF_CLOSING = /\/\s*>$/;
const SLASH = 47;

interface Open {
  name: string;
  /** False when the tag was removed (nested deeper than the limit). */
  kept: boolean;
}

export interface DepthResult {
  /** The markup with tags below the limit removed (the input itself when nothing was removed). */
  html: string;
  /** Deepest nesting seen (an estimate of the DOM depth). */
  maxDepth: number;
  /** Elements whose tags were removed. */
  flattened: number;
}

/**
 * Estimates the nesting depth of `html` and removes the tags of elements nested deeper than
 * `limit`. Linear in the length of the markup.
 */
export function limitNesting(html: string, limit = MAX_NESTING_DEPTH): DepthResult {
  const stack: Open[] = [];
  const openCount = new Map<string, number>();
  const parts: string[] = [];
  let copiedTo = 0;
  let maxDepth = 0;
  let flattened = 0;
  let foreign = 0; // inside <svg> or <math>, where "/>" closes an element

  const push = (name: string, kept: boolean) => {
    stack.push({ name, kept });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (name === 'svg' || name === 'math') foreign++;
    if (stack.length > maxDepth) maxDepth = stack.length;
  };
  const pop = (): Open => {
    const e = stack.pop()!;
    openCount.set(e.name, openCount.get(e.name)! - 1);
    if (e.name === 'svg' || e.name === 'math') foreign--;
    return e;
  };
  /**
   * Index of the outermost open `names` element above the nearest `scope` element, searching at
   * most `searchLimit` entries down (a new <tr> closes the open <td> and the <tr> around it).
   */
  const find = (names: string[], scope: string[], searchLimit: number): number => {
    let found = -1;
    for (let i = stack.length - 1, n = 0; i >= 0 && n < searchLimit; i--, n++) {
      const name = stack[i]!.name;
      if (names.includes(name)) found = i;
      else if (scope.includes(name)) break;
    }
    return found;
  };
  let spaceAt = -1; // where the last separator was left, so a run of removed tags leaves one
  const drop = (start: number, end: number, name: string) => {
    parts.push(html.slice(copiedTo, start));
    if (!PHRASING.has(name) && spaceAt !== start) parts.push(' ');
    if (!PHRASING.has(name) || spaceAt === start) spaceAt = end;
    copiedTo = end;
  };

  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const rawName = m[1];
    if (!rawName) continue; // comment, doctype, processing instruction
    const name = rawName.toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    if (html.charCodeAt(start + 1) === SLASH) {
      // An end tag: pop to the matching open element, if there is one.
      if (!openCount.get(name)) continue;
      let e: Open;
      do e = pop();
      while (e.name !== name);
      if (!e.kept) drop(start, end, name);
      continue;
    }
    // A start tag: first the end tags it implies.
    const implied = IMPLIED_END[name];
    if (implied) {
      const at = find(implied.closes, implied.scope, SCOPE_SEARCH_LIMIT);
      if (at >= 0) while (stack.length > at) pop();
    }
    if (CLOSES_P.has(name) && openCount.get('p')) {
      const at = find(['p'], ['button', 'table', 'td', 'th', 'caption', 'html', 'object', 'marquee', 'applet'], P_SEARCH_LIMIT);
      if (at >= 0) while (stack.length > at) pop();
    }
    const selfClosing = foreign > 0 && SELF_CLOSING.test(m[0]);
    if (VOID.has(name) || selfClosing) {
      if (stack.length >= limit) {
        flattened++;
        drop(start, end, name);
      }
      continue;
    }
    const kept = stack.length < limit;
    if (RAW_TEXT.has(name)) {
      // Skip the element's text: it holds no tags. An unclosed one runs to the end (as in a parser).
      const close = closingTag(name);
      close.lastIndex = end;
      const c = close.exec(html);
      const closeEnd = c ? c.index + c[0].length : html.length;
      if (!kept) {
        // Removed whole: without its tags a script's or a style sheet's text would become page text.
        flattened++;
        drop(start, closeEnd, name);
      }
      TOKEN.lastIndex = closeEnd;
      if (!c) break;
      continue;
    }
    if (!kept) {
      flattened++;
      drop(start, end, name);
    }
    push(name, kept);
  }
  if (!flattened) return { html, maxDepth, flattened };
  parts.push(html.slice(copiedTo));
  return { html: parts.join(''), maxDepth, flattened };
}

/** A scanner for `</name>`, one per raw-text element name (a handful: script, style, textarea…). */
const CLOSING_TAGS = new Map<string, RegExp>();
function closingTag(name: string): RegExp {
  let re = CLOSING_TAGS.get(name);
  if (!re) CLOSING_TAGS.set(name, (re = new RegExp(`</${name}\\s*>`, 'gi')));
  return re;
}
