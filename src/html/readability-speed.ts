/**
 * Readability with cheaper versions of its hottest helpers. Each replacement returns exactly what
 * the upstream helper returns (same elements, same order, same booleans); it only does less work
 * on the DOM engines we use, where every `querySelectorAll` compiles its selector again, every
 * `style` read parses the style attribute, and every `textContent` walks the subtree:
 *
 *   _getAllNodesWithTag      one walk comparing tag names instead of a compiled selector
 *                            (descendants in document order, template contents skipped, as
 *                            `querySelectorAll` does)
 *   _isProbablyVisible       reads `style` only when the element has a style attribute
 *   _isElementWithoutContent stops at the first text that is not blank, instead of joining
 *                            all the text below the element
 *   _isValidByline           checks rel/itemprop/class before measuring the text
 *   _hasSingleTagInsideElement reads the first and second child element instead of building the
 *                            child list twice
 *   _grabArticle             keeps the page for its retries as copied nodes, not as HTML: it
 *                            serialised the body on every page and parsed that HTML again on each
 *                            retry (pages whose first attempt finds under 500 characters); a retry
 *                            now starts from a copy of the page's nodes as they were, adjacent
 *                            texts merged. Measured: the same output on every benchmark page but
 *                            one, where the copy keeps the page's "Bakker&amp;van" as "Bakker&van"
 *                            and the parsed HTML had given "Bakker & van".
 *
 * Measured on the aeb pages (bench/run.mjs, content stage): see the commit that added this file.
 * test/unit/readability-speed.test.ts runs both classes over the same pages and compares the results.
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability';

export type ReadabilityCtor = typeof ReadabilityClass;

/** Upstream's private helpers that are replaced (not in its public type). */
interface Helpers {
  REGEXPS: { byline: RegExp; hasContent: RegExp };
  _doc: Document;
  _grabArticle(page?: Element): Element | null;
  _hasSingleTagInsideElement(element: Element, tag: string): boolean;
  _isProbablyVisible(node: Element): boolean;
  _isElementWithoutContent(node: Node): boolean;
  _isValidByline(node: Element, matchString: string): boolean;
  _getAllNodesWithTag(node: Document | Element, tagNames: readonly string[]): Element[];
}

/** Lower-case tag names as sets, per list (Readability passes the same few literal lists). */
const tagSets = new Map<string, Set<string>>();

function tagSet(tagNames: readonly string[]): Set<string> {
  const key = tagNames.join(',');
  let set = tagSets.get(key);
  if (!set) tagSets.set(key, (set = new Set(tagNames.map((t) => t.toLowerCase()))));
  return set;
}

/** The element after `el`'s subtree in document order, within `top` (null: the whole document). */
function after(el: Element, top: Element | null): Element | null {
  for (let cur: Element | null = el; cur && cur !== top; cur = cur.parentElement) {
    const next = cur.nextElementSibling;
    if (next) return next;
  }
  return null;
}

/** Descendant elements of `root` whose tag is in `tags`, in document order, not looking inside <template>. */
export function elementsByTags(root: Document | Element, tags: ReadonlySet<string>): Element[] {
  const out: Element[] = [];
  const top = root.nodeType === 9 ? null : (root as Element);
  let el = top ? top.firstElementChild : (root as Document).documentElement;
  while (el) {
    // Compared without case, as selectors match: an element made with createElement("P") keeps its capitals on linkedom.
    const local = el.localName;
    const name = local.charCodeAt(0) <= 90 ? local.toLowerCase() : local;
    if (tags.has(name)) out.push(el);
    el = (name === 'template' ? null : el.firstElementChild) ?? after(el, top);
  }
  return out;
}

/**
 * Whether any text below `el` is not blank: `el.textContent.trim()` is not empty exactly when one
 * of its text nodes is not blank (trim and this test use the same whitespace).
 */
function hasText(el: Element): boolean {
  let node: Node | null = el.firstChild;
  while (node) {
    const type = node.nodeType;
    if ((type === 3 || type === 4) && (node as CharacterData).data.trim()) return true;
    // Depth first: the first child, else the next sibling of the nearest ancestor below `el` that has one.
    let next: Node | null = type === 1 ? node.firstChild : null;
    for (let cur: Node | null = node; !next && cur && cur !== el; cur = cur.parentNode) next = cur.nextSibling;
    node = next;
  }
  return false;
}

/** What `page.innerHTML` gives Readability while the page is kept as nodes (it only ever assigns it back). */
const KEPT_PAGE = '<!-- article-extract: the page as it was, kept as nodes -->';

/**
 * Runs `grab` with `page.innerHTML` read as a copy of the page's nodes and assigned back as a
 * fresh copy of them (see the top of this file); any other value assigned is set as HTML.
 */
function withPageKeptAsNodes<T>(page: Element, grab: () => T): T {
  let kept: Node[] = [];
  let proto: object | null = Object.getPrototypeOf(page);
  let html: PropertyDescriptor | undefined;
  for (; proto && !html; proto = Object.getPrototypeOf(proto)) html = Object.getOwnPropertyDescriptor(proto, 'innerHTML');
  if (!html?.set) return grab();
  const setHtml = html.set;
  Object.defineProperty(page, 'innerHTML', {
    configurable: true,
    get() {
      kept = [...page.childNodes].map((n) => n.cloneNode(true));
      return KEPT_PAGE;
    },
    set(value: string) {
      if (value !== KEPT_PAGE) return setHtml.call(page, value);
      page.replaceChildren(...kept.map((n) => n.cloneNode(true)));
      // Adjacent texts merged, as one text node each (linkedom splits a text at each entity).
      page.normalize();
    },
  });
  try {
    return grab();
  } finally {
    delete (page as { innerHTML?: string }).innerHTML;
  }
}

const faster: Omit<Helpers, 'REGEXPS' | '_doc' | '_grabArticle'> = {
  _getAllNodesWithTag(node, tagNames) {
    return elementsByTags(node, tagSet(tagNames));
  },
  _isProbablyVisible(node) {
    // Upstream reads node.style.display and .visibility; without a style attribute both are empty.
    const styled = node.hasAttribute('style');
    const style = styled ? (node as HTMLElement).style : null;
    return (
      (!style || style.display != 'none') &&
      (!style || style.visibility != 'hidden') &&
      !node.hasAttribute('hidden') &&
      (!node.hasAttribute('aria-hidden') ||
        node.getAttribute('aria-hidden') != 'true' ||
        !!(node.className && node.className.includes && node.className.includes('fallback-image')))
    );
  },
  _isElementWithoutContent(node) {
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    if (hasText(el)) return false;
    const kids = el.children.length;
    return !kids || kids == el.getElementsByTagName('br').length + el.getElementsByTagName('hr').length;
  },
  _hasSingleTagInsideElement(this: Helpers, element, tag) {
    const first = element.firstElementChild;
    if (!first || first.nextElementSibling || first.tagName !== tag) return false;
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 && this.REGEXPS.hasContent.test(node.textContent!)) return false;
    }
    return true;
  },
  _isValidByline(this: Helpers, node, matchString) {
    const rel = node.getAttribute('rel');
    const itemprop = node.getAttribute('itemprop');
    if (!(rel === 'author' || (itemprop && itemprop.includes('author')) || this.REGEXPS.byline.test(matchString))) return false;
    const bylineLength = node.textContent!.trim().length;
    return !!bylineLength && bylineLength < 100;
  },
};

const made = new WeakMap<ReadabilityCtor, ReadabilityCtor>();

/** A subclass of `Base` (the loaded Readability) with the helpers above; one per base class. */
export function speedUp(Base: ReadabilityCtor): ReadabilityCtor {
  let Fast = made.get(Base);
  if (!Fast) {
    Fast = class extends Base {} as ReadabilityCtor;
    const proto = Fast.prototype as unknown as Helpers;
    proto._getAllNodesWithTag = faster._getAllNodesWithTag;
    proto._isProbablyVisible = faster._isProbablyVisible;
    proto._isElementWithoutContent = faster._isElementWithoutContent;
    proto._isValidByline = faster._isValidByline;
    proto._hasSingleTagInsideElement = faster._hasSingleTagInsideElement;
    const grab = (Base.prototype as unknown as Helpers)._grabArticle;
    proto._grabArticle = function (this: Helpers, page?: Element) {
      const body = page ?? this._doc.body;
      return body ? withPageKeptAsNodes(body, () => grab.call(this, page)) : grab.call(this, page);
    };
    made.set(Base, Fast);
  }
  return Fast;
}
