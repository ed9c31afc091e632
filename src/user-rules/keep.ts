/**
 * The mark `keep` rules put on elements (src/user-rules/html.ts), read by the boilerplate stages
 * (src/html/clean.ts). A module of its own so those stages load nothing else of the user rules.
 */

/** The attribute `keep` puts on the elements it protects. */
export const KEEP_ATTRIBUTE = 'data-article-extract-keep';
const KEEP_SELECTOR = `[${KEEP_ATTRIBUTE}]`;

/** Documents with kept elements (so pages without `keep` rules pay nothing). */
const keptDocuments = new WeakSet<Document>();

/** Marks an element as kept. */
export function markKept(el: Element): void {
  el.setAttribute(KEEP_ATTRIBUTE, '');
  if (el.ownerDocument) keptDocuments.add(el.ownerDocument);
}

/** True when an element is, holds or sits inside an element a `keep` rule protects. */
export function isKept(el: Element): boolean {
  const doc = el.ownerDocument;
  return !!doc && keptDocuments.has(doc) && (el.closest(KEEP_SELECTOR) !== null || el.querySelector(KEEP_SELECTOR) !== null);
}
