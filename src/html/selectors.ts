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
import { parse, type Selector } from 'css-what';
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

/** Tokens that join two compound selectors ("a > b", "a b", "a + b", …). */
const COMBINATORS: ReadonlySet<string> = new Set(['child', 'parent', 'sibling', 'adjacent', 'descendant', 'column-combinator']);

/**
 * What an element must have for one selector of a list to match it, read from the compound the
 * selector ends with: its tag name, else an attribute it tests for presence or value (`#id` is
 * the id attribute, `.c` the class), else nothing known (`*`, a pseudo-class alone).
 */
export function requirementOf(tokens: readonly Selector[]): { tag: string } | { attribute: string } | null {
  let start = 0;
  tokens.forEach((t, i) => {
    if (COMBINATORS.has(t.type)) start = i + 1;
  });
  const last = tokens.slice(start);
  const tag = last.find((t) => t.type === 'tag');
  if (tag && tag.type === 'tag') return { tag: tag.name.toLowerCase() };
  // `[a!=b]` (action "not") also matches elements without the attribute.
  const attribute = last.find((t) => t.type === 'attribute' && t.action !== 'not');
  return attribute && attribute.type === 'attribute' ? { attribute: attribute.name.toLowerCase() } : null;
}

/** Most selectors a table's bit masks hold (one bit each in a 32-bit integer). */
const MAX_MASKED_SELECTORS = 31;

/**
 * A table of selectors as one test: the index of the first selector that matches an element, or
 * -1. Each element runs only the selectors whose required tag or attribute it has (requirementOf),
 * so the common element, a div or a span with a class, runs none of a boilerplate table's
 * selectors, where testing each would read its attributes a dozen times. The answer is the one
 * testing every selector in order gives (test/unit/html-page-index.test.ts compares them).
 */
export function compileSelectorTable(selectors: readonly string[]): (el: Element) => number {
  const tests = selectors.map(compileSelector);
  if (selectors.length > MAX_MASKED_SELECTORS) return (el) => tests.findIndex((test) => test(el));
  let always = 0;
  const byTag = new Map<string, number>();
  const byAttribute = new Map<string, number>();
  selectors.forEach((selector, i) => {
    for (const tokens of parse(selector)) {
      const need = requirementOf(tokens);
      if (!need) always |= 1 << i;
      else if ('tag' in need) byTag.set(need.tag, (byTag.get(need.tag) ?? 0) | (1 << i));
      else byAttribute.set(need.attribute, (byAttribute.get(need.attribute) ?? 0) | (1 << i));
    }
  });
  const attributes = [...byAttribute];
  return (el) => {
    let mask = always | (byTag.get(el.localName.toLowerCase()) ?? 0);
    if (attributes.length && el.hasAttributes()) {
      for (const [name, bits] of attributes) if ((mask & bits) !== bits && el.hasAttribute(name)) mask |= bits;
    }
    for (let i = 0; mask; i++, mask >>>= 1) if (mask & 1 && tests[i]!(el)) return i;
    return -1;
  };
}
