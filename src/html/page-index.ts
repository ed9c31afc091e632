/**
 * Every element of a page in document order, listed in one walk and shared by the steps that
 * read the page before anything changes it (the DOM check, metadata, headings, code languages,
 * links): on linkedom each `querySelectorAll` walks every node of the page again (attributes and
 * text included) and runs the compiled selector on every element, where filtering this list by
 * tag name costs a comparison per element.
 *
 * As for a selector, the contents of a <template> are not listed. The list is valid until the
 * page's elements are added, moved or removed; attribute changes keep it valid.
 */
export function elementsOf(doc: Document): Element[] {
  // A walk by first child and next sibling (what `querySelectorAll('*')` lists, without running
  // a compiled selector on every element).
  const out: Element[] = [];
  let el: Element | null = doc.documentElement;
  while (el) {
    out.push(el);
    el = (tagOf(el) === 'template' ? null : el.firstElementChild) ?? nextAfter(el);
  }
  return out;
}

/** The elements inside `root`, in document order, as `root.querySelectorAll('*')` lists them (template contents aside). */
export function elementsUnder(root: Element): Element[] {
  const out: Element[] = [];
  let el: Element | null = root.firstElementChild;
  while (el) {
    out.push(el);
    el = (tagOf(el) === 'template' ? null : el.firstElementChild) ?? nextAfter(el, root);
  }
  return out;
}

/**
 * The element after `el` in document order inside `top`: its first child, or (when it has none,
 * or `skipChildren`) the element after its subtree. A walk that removes an element takes the next
 * one (skipping the children) before removing it.
 */
export function nextElement(el: Element, top: Element, skipChildren = false): Element | null {
  return (skipChildren ? null : el.firstElementChild) ?? nextAfter(el, top);
}

/** The element after `el`'s subtree in document order, within `top` (null: the whole document). */
function nextAfter(el: Element, top: Element | null = null): Element | null {
  for (let cur: Element | null = el; cur && cur !== top; cur = cur.parentElement) {
    const next = cur.nextElementSibling;
    if (next) return next;
  }
  return null;
}

/** The tag name as selectors compare it (lower case in an HTML document). */
export const tagOf = (el: Element): string => {
  const local = el.localName;
  return local.charCodeAt(0) <= 90 ? local.toLowerCase() : local;
};

/** The listed elements with one of these (lower-case) tag names, in document order. */
export function withTag(all: readonly Element[], ...names: string[]): Element[] {
  const out: Element[] = [];
  for (const el of all) if (names.includes(tagOf(el))) out.push(el);
  return out;
}

/**
 * The class attribute's value, or null without one. On linkedom `getAttribute('class')` and
 * `className` rebuild this same value from the element's token set on every read (a Set and a
 * join per call) and give "" for an element without a class; the readers here take a missing
 * class as "" too.
 */
export const classAttr = (el: Element): string | null => el.getAttributeNode('class')?.value ?? null;
