/**
 * Selectors compiled once and tested on one element at a time. linkedom compiles a selector on
 * every `querySelectorAll` call and walks the whole page for it, so a table of N selector rules
 * asked one by one costs N walks; compiled here, the table is tested in one walk of the page.
 *
 * The compiler is css-select, the engine behind linkedom's own `querySelectorAll`, with an adapter
 * that reads the standard DOM as linkedom's does: a compiled selector matches the elements that
 * `querySelectorAll` returns on linkedom (test/unit/html-selectors.test.ts compares them). Results
 * are not cached between calls, so a test stays right while the page changes.
 */
import { compile } from 'css-select';
import { classAttr } from './page-index.js';

type Test = (el: Element) => boolean;

const isTag = (node: Node): node is Element => node.nodeType === 1;
const childrenOf = (node: Node): Node[] => Array.from(node.childNodes);

function existsOne(test: Test, nodes: Node[]): boolean {
  return nodes.some((n) => isTag(n) && (test(n) || existsOne(test, childrenOf(n))));
}

function findOne(test: Test, nodes: Node[]): Element | null {
  for (const n of nodes) {
    if (!isTag(n)) continue;
    if (test(n)) return n;
    const found = findOne(test, childrenOf(n));
    if (found) return found;
  }
  return null;
}

function findAll(test: Test, nodes: Node[]): Element[] {
  const out: Element[] = [];
  for (const n of nodes) {
    if (!isTag(n)) continue;
    if (test(n)) out.push(n);
    out.push(...findAll(test, childrenOf(n)));
  }
  return out;
}


const adapter = {
  isTag,
  existsOne,
  findOne,
  findAll,
  // As linkedom's adapter reads it: the class attribute as written.
  getAttributeValue: (el: Element, name: string) => (name === 'class' ? classAttr(el) : el.getAttribute(name)) ?? undefined,
  getChildren: childrenOf,
  getName: (el: Element) => el.localName.toLowerCase(),
  getParent: (el: Element) => el.parentNode,
  getSiblings: (node: Node) => (node.parentNode ? childrenOf(node.parentNode) : [node]),
  getText: (node: Node) => node.textContent ?? '',
  hasAttrib: (el: Element, name: string) => el.hasAttribute(name),
  removeSubsets: (nodes: Node[]) => nodes.filter((n, i) => nodes.indexOf(n) === i && !nodes.some((o) => o !== n && o.contains(n))),
};

/** `selector` as a test of one element (throws, as `querySelectorAll` does, on a selector it cannot read). */
export function compileSelector(selector: string): Test {
  return compile<Node, Element>(selector, { adapter, xmlMode: false, cacheResults: false }) as Test;
}
