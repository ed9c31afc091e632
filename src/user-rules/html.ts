/**
 * User rules on the HTML path (src/html/parse.ts calls these at named points):
 *   U1. prepare   after the DOM is built, before anything reads it: the rules that apply are
 *                 chosen (--url, record URL, the page's canonical URL), `remove` elements go,
 *                 `keep` elements are marked so the boilerplate stages leave them
 *   U2. metadata  `title`, `byline`, `authors`, `published`, `image` read from the page; a value
 *                 found wins over the built-in one
 *   U3. content   the `content` element replaces the content finder (Readability)
 *   U4. keep      blocks of kept elements pass the block filters (html/clean.ts, src/boilerplate.ts)
 * Every removal and every chosen value is recorded for --explain as `file#n key selector`.
 */
import type { Block, Removal } from '../model.js';
import { splitAuthors } from '../metadata/authors.js';
import { publishedDate } from '../metadata/date.js';
import { norm } from '../space.js';
import { KEEP_ATTRIBUTE, markKept } from './keep.js';
import { rulesFor } from './scope.js';
import { CHOSE_STAGE, USER_STAGE, type CompiledRule, type Pick, type PickKey } from './types.js';

/** Most elements one `remove` selector removes from a page: bounds a selector that matches nearly everything. */
export const MAX_REMOVED_PER_SELECTOR = 5000;
/** Characters of a removed element's text recorded for --explain. */
const RECORD_CHARS = 300;

const fold = (s: string | null | undefined) => norm(s).toLowerCase();

/**
 * The elements any of the items' selectors match, in document order, each with the first item
 * (in rule order) it matches: one search of the page. A selector list the DOM engine cannot read
 * as a whole (jsdom's reading differs from linkedom's, on which the rules were checked) is
 * searched selector by selector.
 */
function matchesOf<T extends { selector: string }>(doc: Document, items: readonly T[]): Array<{ el: Element; item: T }> {
  if (!items.length) return [];
  if (items.length === 1) return selectAll(doc, items[0]!.selector).map((el) => ({ el, item: items[0]! }));
  let all: Element[] | null = null;
  try {
    all = [...doc.querySelectorAll(items.map((i) => i.selector).join(', '))];
  } catch {
    all = null;
  }
  if (!all) return items.flatMap((item) => selectAll(doc, item.selector).map((el) => ({ el, item })));
  const out: Array<{ el: Element; item: T }> = [];
  for (const el of all) {
    const item = items.find((i) => {
      try {
        return el.matches(i.selector);
      } catch {
        return false;
      }
    });
    if (item) out.push({ el, item });
  }
  return out;
}

const selectFirst = (root: ParentNode, selector: string): Element | null => {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
};

const selectAll = (root: ParentNode, selector: string): Element[] => {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return []; // checked on linkedom; a selector the jsdom fallback cannot read matches nothing
  }
};

/** The value a pick reads from an element: the attribute named, else a meta's content, an image's src, a time's datetime, else the text. */
function valueOf(el: Element, pick: Pick, key: PickKey): string {
  if (pick.attribute) return norm(el.getAttribute(pick.attribute));
  const tag = el.tagName;
  if (tag === 'META') return norm(el.getAttribute('content'));
  if (key === 'image' && (tag === 'IMG' || tag === 'SOURCE')) return norm(el.getAttribute('src') ?? el.getAttribute('srcset')?.split(/\s+/, 1)[0]);
  if (key === 'published' && tag === 'TIME' && el.getAttribute('datetime')) return norm(el.getAttribute('datetime'));
  if (key === 'image' && tag !== 'IMG') return norm(el.querySelector('img')?.getAttribute('src'));
  return norm(el.textContent);
}

export interface MetadataOverrides {
  title?: string;
  byline?: string;
  authors?: string[];
  published?: string;
  image?: string;
}

/** The rule hooks for one HTML document. */
export class HtmlRules {
  /** What the user rules removed or chose, for --explain (the pipeline puts it first). */
  readonly removed: Removal[] = [];
  private active: CompiledRule[] = [];
  private keptTexts: string[] = [];

  constructor(
    private readonly all: readonly CompiledRule[],
    private readonly urls: ReadonlyArray<string | null | undefined>,
  ) {}

  /** True when some rule applies to the page (known after prepare). */
  get any(): boolean {
    return this.active.length > 0;
  }

  /** The page's own address: its canonical link or og:url, resolved against the given URL. */
  private canonical(doc: Document): string | null {
    const raw = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content');
    if (!raw) return null;
    try {
      return new URL(raw.trim(), this.urls.find(Boolean) ?? undefined).href;
    } catch {
      return null;
    }
  }

  /**
   * U1. Chooses the rules, removes `remove` elements and marks `keep` ones. `record` is false for
   * the extra copies of the page the body stage parses (their removals are the same).
   */
  prepare(doc: Document, record = true): void {
    if (record) {
      this.removed.length = 0;
      this.keptTexts = [];
      // The canonical URL is looked up only when some rule is scoped.
      this.active = rulesFor(this.all, this.all.some((r) => r.scope) ? [...this.urls, this.canonical(doc)] : this.urls);
    }
    const root = doc.documentElement;
    // One search of the page for every `remove` selector of every rule (a search per selector
    // costs twice as much); each match is credited to the first rule and selector it matches.
    const removes = this.active.flatMap((rule) => rule.remove.map((selector) => ({ rule, selector, n: 0 })));
    for (const { el, item } of matchesOf(doc, removes)) {
      // The page itself is never removed (checked when the file was read; here for the jsdom reading too).
      if (item.n >= MAX_REMOVED_PER_SELECTOR || !root?.contains(el) || el === root || el === doc.body || el === doc.head || el.contains(doc.body)) continue;
      if (record) this.removed.push({ stage: USER_STAGE, rule: `${item.rule.label} remove ${item.selector}`, text: norm(el.textContent).slice(0, RECORD_CHARS) });
      el.remove();
      item.n++;
    }
    const keeps = this.active.flatMap((rule) => rule.keep.map((selector) => ({ rule, selector })));
    for (const { el } of matchesOf(doc, keeps)) {
      // An element inside a kept one is covered by its ancestor's text (and `*` stays one text, not one per element).
      const covered = el.parentElement?.closest(`[${KEEP_ATTRIBUTE}]`) != null;
      markKept(el);
      if (record && !covered) {
        const text = fold(el.textContent);
        if (text) this.keptTexts.push(text);
      }
    }
  }

  /** U2. Metadata the rules pick from the page; the first rule (in order) whose selector finds a value wins. */
  metadata(doc: Document): MetadataOverrides {
    const out: MetadataOverrides = {};
    if (!this.active.length) return out;
    for (const rule of this.active) {
      for (const [key, pick] of Object.entries(rule.picks) as Array<[PickKey, Pick]>) {
        if (out[key] !== undefined) continue;
        const chose = (value: string) => this.removed.push({ stage: CHOSE_STAGE, rule: `${rule.label} ${key} ${pick.selector}`, text: value.slice(0, RECORD_CHARS) });
        if (key === 'authors') {
          const names = [...new Set(selectAll(doc, pick.selector).map((el) => valueOf(el, pick, key)).filter(Boolean))];
          if (names.length) {
            out.authors = names;
            chose(names.join('; '));
          }
          continue;
        }
        // The first match usually has the value: querySelector stops there; the rest only when it is empty.
        const first = selectFirst(doc, pick.selector);
        const el = first && valueOf(first, pick, key) ? first : first ? selectAll(doc, pick.selector).find((e) => valueOf(e, pick, key)) : null;
        const value = el ? valueOf(el, pick, key) : '';
        if (!value) continue;
        if (key === 'published') {
          const iso = publishedDate(value);
          if (!iso) {
            this.removed.push({ stage: USER_STAGE, rule: `${rule.label} published ${pick.selector}`, text: `not a date: ${value.slice(0, RECORD_CHARS)}` });
            continue;
          }
          out.published = iso;
          chose(iso);
          continue;
        }
        out[key] = value;
        chose(value);
      }
    }
    return out;
  }

  /** Applies the picked metadata to the page's built-in metadata (html/metadata.ts). */
  applyMetadata(doc: Document, meta: { byline: string | null; authors: string[]; published: string | null; image: string | null }): string | null {
    const o = this.metadata(doc);
    if (o.byline !== undefined) {
      meta.byline = o.byline;
      if (!o.authors) meta.authors = splitAuthors(o.byline);
    }
    if (o.authors) meta.authors = o.authors;
    if (o.published !== undefined) meta.published = o.published;
    if (o.image !== undefined) meta.image = o.image;
    return o.title ?? null;
  }

  /** U3. The element the first `content` rule finds, or null (the content finder then runs). */
  content(doc: Document): Element | null {
    for (const rule of this.active) {
      if (!rule.content) continue;
      const el = selectAll(doc, rule.content).find((e) => norm(e.textContent));
      if (el) {
        this.removed.push({ stage: CHOSE_STAGE, rule: `${rule.label} content ${rule.content}`, text: norm(el.textContent).slice(0, RECORD_CHARS) });
        return el;
      }
    }
    return null;
  }

  /** U4. A block that is (part of) a kept element's text: the block filters leave it. */
  readonly keepBlock = (block: Block): boolean => {
    if (!this.keptTexts.length) return false;
    const f = fold(block.text);
    return !!f && this.keptTexts.some((t) => t.includes(f));
  };
}
