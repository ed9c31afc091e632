import {
  KEEP_ATTRIBUTE,
  isKept,
  markKept,
  norm
} from "./chunk-XO7LRZYF.js";
import {
  bylineAuthors
} from "./chunk-HWIERG6U.js";
import {
  publishedDate,
  splitAuthors
} from "./chunk-2ELLDX6N.js";
import {
  MAX_RULE_FILE_BYTES,
  RuleFileError,
  checkRuleSet,
  loadRuleFile,
  loadRuleFiles,
  parseRules,
  pathLabel
} from "./chunk-Y77LF5DM.js";
import {
  CHOSE_STAGE,
  USER_STAGE
} from "./chunk-BLY5CGHA.js";
import "./chunk-5WVJ2EEO.js";
import "./chunk-ZA5YYWVB.js";
import "./chunk-DJWOFNSH.js";

// dist/user-rules/scope.js
var CACHE_SIZE = 8;
var cache = /* @__PURE__ */ new Map();
var byIdentity = /* @__PURE__ */ new WeakMap();
function compileRuleSets(sets) {
  const same = byIdentity.get(sets);
  if (same)
    return same;
  const list = Array.isArray(sets) ? sets : [sets];
  const key = JSON.stringify(list);
  const hit = cache.get(key);
  if (hit) {
    byIdentity.set(sets, hit);
    return hit;
  }
  const out = [];
  list.forEach((set, i) => {
    const source = set.source ?? `rules[${i}]`;
    const { source: _s, ...data } = set;
    const checked = checkRuleSet(data, source);
    if ("path" in checked)
      throw new RuleFileError(`${source}: ${pathLabel(checked.path)}: ${checked.message}`);
    out.push(...checked.rules);
  });
  if (cache.size >= CACHE_SIZE)
    cache.delete(cache.keys().next().value);
  cache.set(key, out);
  byIdentity.set(sets, out);
  return out;
}
function address(url) {
  if (!url)
    return null;
  try {
    const u = new URL(url);
    if (u.protocol !== "http:" && u.protocol !== "https:")
      return null;
    u.hash = "";
    return { host: u.hostname.toLowerCase().replace(/\.$/, ""), href: u.href };
  } catch {
    return null;
  }
}
function hostMatches(pattern, host) {
  if (pattern.startsWith("*.")) {
    const suffix = pattern.slice(1);
    return host.endsWith(suffix) && host.length > suffix.length;
  }
  return host === pattern || host === `www.${pattern}`;
}
function rulesFor(rules, urls) {
  const addresses = urls.map(address).filter((a) => a !== null);
  return rules.filter((r) => {
    if (!r.scope)
      return true;
    const { hosts, urls: globs } = r.scope;
    return addresses.some((a) => (!hosts.length || hosts.some((h) => hostMatches(h, a.host))) && (!globs || globs(a.href)));
  });
}

// dist/user-rules/html.js
var MAX_REMOVED_PER_SELECTOR = 5e3;
var RECORD_CHARS = 300;
var fold = (s) => norm(s).toLowerCase();
function matchesOf(doc, items) {
  if (!items.length)
    return [];
  if (items.length === 1)
    return selectAll(doc, items[0].selector).map((el) => ({ el, item: items[0] }));
  let all = null;
  try {
    all = [...doc.querySelectorAll(items.map((i) => i.selector).join(", "))];
  } catch {
    all = null;
  }
  if (!all)
    return items.flatMap((item) => selectAll(doc, item.selector).map((el) => ({ el, item })));
  const out = [];
  for (const el of all) {
    const item = items.find((i) => {
      try {
        return el.matches(i.selector);
      } catch {
        return false;
      }
    });
    if (item)
      out.push({ el, item });
  }
  return out;
}
var selectFirst = (root, selector) => {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
};
var selectAll = (root, selector) => {
  try {
    return [...root.querySelectorAll(selector)];
  } catch {
    return [];
  }
};
function valueOf(el, pick, key) {
  if (pick.attribute)
    return norm(el.getAttribute(pick.attribute));
  const tag = el.tagName;
  if (tag === "META")
    return norm(el.getAttribute("content"));
  if (key === "image" && (tag === "IMG" || tag === "SOURCE"))
    return norm(el.getAttribute("src") ?? el.getAttribute("srcset")?.split(/\s+/, 1)[0]);
  if (key === "published" && tag === "TIME" && el.getAttribute("datetime"))
    return norm(el.getAttribute("datetime"));
  if (key === "image" && tag !== "IMG")
    return norm(el.querySelector("img")?.getAttribute("src"));
  return norm(el.textContent);
}
var HtmlRules = class {
  all;
  urls;
  /** What the user rules removed or chose, for --explain (the pipeline puts it first). */
  removed = [];
  active = [];
  keptTexts = [];
  constructor(all, urls) {
    this.all = all;
    this.urls = urls;
  }
  /** True when some rule applies to the page (known after prepare). */
  get any() {
    return this.active.length > 0;
  }
  /** The page's own address: its canonical link or og:url, resolved against the given URL. */
  canonical(doc) {
    const raw = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute("href") ?? doc.querySelector('meta[property="og:url" i][content]')?.getAttribute("content");
    if (!raw)
      return null;
    try {
      return new URL(raw.trim(), this.urls.find(Boolean) ?? void 0).href;
    } catch {
      return null;
    }
  }
  /**
   * U1. Chooses the rules, removes `remove` elements and marks `keep` ones. `record` is false for
   * the extra copies of the page the body stage parses (their removals are the same).
   */
  prepare(doc, record = true) {
    if (record) {
      this.removed.length = 0;
      this.keptTexts = [];
      this.active = rulesFor(this.all, this.all.some((r) => r.scope) ? [...this.urls, this.canonical(doc)] : this.urls);
    }
    const root = doc.documentElement;
    const removes = this.active.flatMap((rule) => rule.remove.map((selector) => ({ rule, selector, n: 0 })));
    for (const { el, item } of matchesOf(doc, removes)) {
      if (item.n >= MAX_REMOVED_PER_SELECTOR || !root?.contains(el) || el === root || el === doc.body || el === doc.head || el.contains(doc.body))
        continue;
      if (record)
        this.removed.push({ stage: USER_STAGE, rule: `${item.rule.label} remove ${item.selector}`, text: norm(el.textContent).slice(0, RECORD_CHARS) });
      el.remove();
      item.n++;
    }
    const keeps = this.active.flatMap((rule) => rule.keep.map((selector) => ({ rule, selector })));
    for (const { el } of matchesOf(doc, keeps)) {
      const covered = el.parentElement?.closest(`[${KEEP_ATTRIBUTE}]`) != null;
      markKept(el);
      if (record && !covered) {
        const text = fold(el.textContent);
        if (text)
          this.keptTexts.push(text);
      }
    }
  }
  /** U2. Metadata the rules pick from the page; the first rule (in order) whose selector finds a value wins. */
  metadata(doc) {
    const out = {};
    if (!this.active.length)
      return out;
    for (const rule of this.active) {
      for (const [key, pick] of Object.entries(rule.picks)) {
        if (out[key] !== void 0)
          continue;
        const chose = (value2) => this.removed.push({ stage: CHOSE_STAGE, rule: `${rule.label} ${key} ${pick.selector}`, text: value2.slice(0, RECORD_CHARS) });
        if (key === "authors") {
          const names = [...new Set(selectAll(doc, pick.selector).map((el2) => valueOf(el2, pick, key)).filter(Boolean))];
          if (names.length) {
            out.authors = names;
            chose(names.join("; "));
          }
          continue;
        }
        const first = selectFirst(doc, pick.selector);
        const el = first && valueOf(first, pick, key) ? first : first ? selectAll(doc, pick.selector).find((e) => valueOf(e, pick, key)) : null;
        const value = el ? valueOf(el, pick, key) : "";
        if (!value)
          continue;
        if (key === "published") {
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
  applyMetadata(doc, meta) {
    const o = this.metadata(doc);
    if (o.byline !== void 0) {
      meta.byline = o.byline;
      if (!o.authors)
        meta.authors = splitAuthors(o.byline);
    }
    if (o.authors)
      meta.authors = o.authors;
    if (o.published !== void 0)
      meta.published = o.published;
    if (o.image !== void 0)
      meta.image = o.image;
    return o.title ?? null;
  }
  /** U3. The element the first `content` rule finds, or null (the content finder then runs). */
  content(doc) {
    for (const rule of this.active) {
      if (!rule.content)
        continue;
      const el = selectAll(doc, rule.content).find((e) => norm(e.textContent));
      if (el) {
        this.removed.push({ stage: CHOSE_STAGE, rule: `${rule.label} content ${rule.content}`, text: norm(el.textContent).slice(0, RECORD_CHARS) });
        return el;
      }
    }
    return null;
  }
  /** U4. A block that is (part of) a kept element's text: the block filters leave it. */
  keepBlock = (block) => {
    if (!this.keptTexts.length)
      return false;
    const f = fold(block.text);
    return !!f && this.keptTexts.some((t) => t.includes(f));
  };
};

// dist/user-rules/text.js
var MAX_MATCHED_LINE_CHARS = 1e4;
var matchedLines = (s) => s.split("\n").map((l) => l.trim().slice(0, MAX_MATCHED_LINE_CHARS)).filter(Boolean);
function applyTextRules(parsed, rules, source) {
  if (!rules.length)
    return parsed;
  let blocks = [...parsed.blocks];
  const removed = [];
  const out = { ...parsed };
  const blockLines = /* @__PURE__ */ new Map();
  const matches = (m, b) => {
    if (b.kind === "code")
      return false;
    let ls = blockLines.get(b);
    if (!ls)
      blockLines.set(b, ls = matchedLines(b.text));
    return ls.some((l) => m.test(l));
  };
  const drop = (b, rule) => removed.push({ stage: USER_STAGE, rule, text: b.text });
  const textLines = matchedLines(source);
  for (const key of ["titleLine", "bylineLine"]) {
    for (const rule of rules) {
      const m = rule[key];
      if (!m)
        continue;
      const line = textLines.find((l) => m.test(l));
      if (line === void 0)
        continue;
      const value = (m.value(line) ?? line).replace(/^#+\s*/, "").trim();
      if (!value)
        continue;
      removed.push({ stage: CHOSE_STAGE, rule: `${rule.label} ${key} ${m.source}`, text: value });
      const i = blocks.findIndex((b) => b.text.trim() === line || b.text.trim() === value);
      if (i >= 0) {
        drop(blocks[i], `${rule.label} ${key} ${m.source}`);
        blocks.splice(i, 1);
      }
      if (key === "titleLine")
        out.title = value;
      else {
        out.byline = value;
        out.authors = bylineAuthors(value);
      }
      break;
    }
  }
  for (const rule of rules) {
    if (rule.dropLines.length) {
      blocks = blocks.filter((b) => {
        const m = rule.dropLines.find((p) => matches(p, b));
        if (m)
          drop(b, `${rule.label} dropLines ${m.source}`);
        return !m;
      });
    }
    for (const m of rule.endAt) {
      const i = blocks.findIndex((b) => matches(m, b));
      if (i < 0)
        continue;
      for (const b of blocks.slice(i))
        drop(b, `${rule.label} endAt ${m.source}`);
      blocks = blocks.slice(0, i);
    }
  }
  return { ...out, blocks, removed: [...parsed.removed, ...removed] };
}
export {
  CHOSE_STAGE,
  HtmlRules,
  KEEP_ATTRIBUTE,
  MAX_RULE_FILE_BYTES,
  RuleFileError,
  USER_STAGE,
  applyTextRules,
  compileRuleSets,
  hostMatches,
  isKept,
  loadRuleFile,
  loadRuleFiles,
  parseRules,
  rulesFor
};
