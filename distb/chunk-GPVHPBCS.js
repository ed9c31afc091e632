import {
  foldLine,
  foldPattern
} from "./chunk-2ELLDX6N.js";

// dist/rules/prefilter.js
import { readFileSync } from "node:fs";

// dist/rules/prefilter-split.js
var MIN_SPLIT_ALTERNATIVES = 8;
function skipBalanced(src, i) {
  let depth = 0;
  let inClass = false;
  for (; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]")
        inClass = false;
      continue;
    }
    if (c === "[")
      inClass = true;
    else if (c === "(")
      depth++;
    else if (c === ")" && --depth === 0)
      return i + 1;
  }
  return -1;
}
function topLevelBars(src) {
  const bars = [];
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\")
      i++;
    else if (c === "[" || c === "(") {
      if (c === "[") {
        let j = i + 1;
        while (j < src.length && src[j] !== "]")
          j += src[j] === "\\" ? 2 : 1;
        if (j >= src.length)
          return null;
        i = j;
      } else {
        const end = skipBalanced(src, i);
        if (end < 0)
          return null;
        i = end - 1;
      }
    } else if (c === "|")
      bars.push(i);
  }
  return bars;
}
function splitSource(pattern) {
  const src = pattern.source;
  if (/[mgyv]/.test(pattern.flags) || !src.startsWith("^(?:"))
    return null;
  if (/\\(?:[1-9]|k<)/.test(src))
    return null;
  const end = skipBalanced(src, 1);
  if (end < 0)
    return null;
  const rest = src.slice(end);
  if (/^[?*+{]/.test(rest))
    return null;
  const restBars = topLevelBars(rest);
  if (!restBars || restBars.length)
    return null;
  const inner = src.slice(4, end - 1);
  const bars = topLevelBars(inner);
  if (!bars || bars.length + 1 < MIN_SPLIT_ALTERNATIVES)
    return null;
  const alts = [];
  let from = 0;
  for (const b of [...bars, inner.length]) {
    alts.push(inner.slice(from, b));
    from = b + 1;
  }
  return { alts, rest };
}
var alternativePattern = (split, i, flags) => new RegExp(`^(?:${split.alts[i]})${split.rest}`, flags);
var AlternativeIndex = class {
  split;
  flags;
  byStart = /* @__PURE__ */ new Map();
  always = [];
  lengths;
  patterns = /* @__PURE__ */ new Map();
  constructor(split, flags, filters) {
    this.split = split;
    this.flags = flags;
    const lengths = /* @__PURE__ */ new Set();
    filters.forEach((filter, i) => {
      if (!filter) {
        this.always.push(i);
        return;
      }
      for (const [length, starts] of filter) {
        lengths.add(length);
        for (const s of starts) {
          const list = this.byStart.get(s);
          if (list)
            list.push(i);
          else
            this.byStart.set(s, [i]);
        }
      }
    });
    this.lengths = [...lengths];
  }
  /**
   * The pattern made of the alternatives a line with this prefix may match (in their order), the
   * whole pattern when that is all of them, or null when it is none. `prefix` as rules/prefilter.ts
   * computes it (never null here: a line without one tests the whole pattern).
   */
  subset(prefix, whole) {
    let picked = this.always.length ? [...this.always] : null;
    for (const length of this.lengths) {
      if (prefix.length < length)
        continue;
      const hit = this.byStart.get(prefix.slice(0, length));
      if (hit)
        picked = picked ? picked.concat(hit) : [...hit];
    }
    if (!picked)
      return null;
    const ids = [...new Set(picked)].sort((a, b) => a - b);
    if (ids.length === this.split.alts.length)
      return whole;
    const key = ids.join(",");
    let re = this.patterns.get(key);
    if (!re)
      this.patterns.set(key, re = new RegExp(`^(?:${ids.map((i) => this.split.alts[i]).join("|")})${this.split.rest}`, this.flags));
    return re;
  }
};

// dist/rules/prefilter.js
var PREFIX_CHARS = 4;
function foldChar(c) {
  const code = c.charCodeAt(0);
  if (code >= 55296 && code <= 57343)
    return null;
  if (code < 128)
    return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c;
  const f = c.toUpperCase().toLowerCase();
  return f.length === 1 ? f : null;
}
function linePrefix(line) {
  let out = "";
  for (let i = 0; i < line.length && i < PREFIX_CHARS; i++) {
    const f = foldChar(line[i]);
    if (f === null)
      return null;
    out += f;
  }
  return out;
}
function mayMatch(filter, prefix) {
  if (!filter || prefix === null)
    return true;
  for (const [length, starts] of filter)
    if (prefix.length >= length && starts.has(prefix.slice(0, length)))
      return true;
  return false;
}
var Reader = class {
  s;
  i = 0;
  constructor(s) {
    this.s = s;
  }
  alternation() {
    const alts = [this.sequence()];
    while (this.s[this.i] === "|") {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }
  sequence() {
    const seq = [];
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      const atom = this.atom();
      seq.push(this.quantified(atom));
    }
    return seq;
  }
  quantified(atom) {
    const c = this.s[this.i];
    let min = null;
    let max = Infinity;
    if (c === "?")
      [min, max] = [0, 1];
    else if (c === "*")
      min = 0;
    else if (c === "+")
      min = 1;
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (m) {
        min = Number(m[1]);
        max = m[2] === void 0 ? min : m[3] ? Number(m[3]) : Infinity;
        this.i += m[0].length - 1;
      }
    }
    if (min === null)
      return atom;
    this.i++;
    if (this.s[this.i] === "?")
      this.i++;
    return { t: "repeat", node: atom, min, max };
  }
  atom() {
    const c = this.s[this.i];
    this.i++;
    switch (c) {
      case "^":
        return { t: "start" };
      case "$":
        return { t: "end" };
      case ".":
        return { t: "other" };
      case "[": {
        const start = this.i;
        while (this.i < this.s.length && this.s[this.i] !== "]")
          this.i += this.s[this.i] === "\\" ? 2 : 1;
        this.i++;
        const chars = classChars(this.s.slice(start, this.i - 1));
        return chars ? { t: "set", chars } : { t: "other" };
      }
      case "(": {
        let zero = false;
        if (this.s[this.i] === "?") {
          const rest = this.s.slice(this.i);
          if (rest.startsWith("?:"))
            this.i += 2;
          else if (rest.startsWith("?=") || rest.startsWith("?!"))
            this.i += 2, zero = true;
          else if (rest.startsWith("?<=") || rest.startsWith("?<!"))
            this.i += 3, zero = true;
          else if (rest.startsWith("?<"))
            this.i = this.s.indexOf(">", this.i) + 1;
          else
            throw new Error("unknown group");
        }
        const alts = this.alternation();
        if (this.s[this.i] !== ")")
          throw new Error("unclosed group");
        this.i++;
        return zero ? { t: "zero" } : { t: "group", alts };
      }
      case "\\": {
        const e = this.s[this.i];
        this.i++;
        if (e === "b" || e === "B")
          return { t: "zero" };
        if (/[pPk]/.test(e) && this.s[this.i] === "{" || e === "k" && this.s[this.i] === "<") {
          this.i = this.s.indexOf(e === "k" && this.s[this.i] === "<" ? ">" : "}", this.i) + 1;
          return { t: "other" };
        }
        if (e === "u" || e === "x" || e === "c") {
          const rest = this.s.slice(this.i);
          const m = e === "u" ? /^(?:[\da-f]{4}|\{[\da-f]+\})/i.exec(rest) : e === "x" ? /^[\da-f]{2}/i.exec(rest) : /^[a-z]/i.exec(rest);
          if (!m)
            throw new Error(`unsupported escape \\${e}`);
          this.i += m[0].length;
          return { t: "other" };
        }
        if (e === "d")
          return { t: "set", chars: [...DIGITS] };
        if (/[\dsSDwWtnrfv0]/.test(e)) {
          while (/\d/.test(this.s[this.i] ?? "") && /\d/.test(e))
            this.i++;
          return { t: "other" };
        }
        return { t: "char", c: e };
      }
      default:
        if (/[*+?{})\]|]/.test(c))
          throw new Error(`unexpected ${c}`);
        return { t: "char", c };
    }
  }
};
var DIGITS = "0123456789";
var MAX_CLASS_CHARS = 12;
function classChars(body) {
  if (body.startsWith("^"))
    return null;
  const out = [];
  for (let i = 0; i < body.length; i++) {
    let c = body[i];
    if (c === "\\") {
      const e = body[++i];
      if (e === "d") {
        out.push(...DIGITS);
        continue;
      }
      if (e === void 0 || /[\da-zA-Z]/.test(e))
        return null;
      c = e;
    } else if (c === "-" && i > 0 && i < body.length - 1) {
      return null;
    }
    out.push(c);
  }
  return out.length && out.length <= MAX_CLASS_CHARS ? out : null;
}
function extend(open, seq) {
  const closed = [];
  for (const node of seq) {
    if (!open.length)
      break;
    const r = step(open, node);
    closed.push(...r.closed);
    open = r.open;
  }
  return { open, closed };
}
function step(open, node) {
  switch (node.t) {
    case "zero":
    case "start":
      return { open, closed: [] };
    case "end":
    case "other":
      return { open: [], closed: open };
    case "char":
      return step(open, { t: "set", chars: [node.c] });
    case "set": {
      const folded = node.chars.map(foldChar);
      if (folded.some((f) => f === null))
        return { open: [], closed: open };
      const grown = /* @__PURE__ */ new Set();
      for (const r of open)
        for (const f of folded)
          grown.add(r + f);
      const out = { open: [], closed: [] };
      for (const r of grown)
        (r.length < PREFIX_CHARS ? out.open : out.closed).push(r);
      return out;
    }
    case "group": {
      const opens = /* @__PURE__ */ new Set();
      const closed = [];
      for (const alt of node.alts) {
        const r = extend(open, alt);
        for (const o of r.open)
          opens.add(o);
        closed.push(...r.closed);
      }
      return { open: [...opens], closed };
    }
    case "repeat": {
      const once = step(open, node.node);
      const after = node.max === 1 ? once : { open: [], closed: [...once.closed, ...once.open] };
      return node.min === 0 ? { open: [.../* @__PURE__ */ new Set([...open, ...after.open])], closed: after.closed } : after;
    }
  }
}
function anchored(seq) {
  for (const node of seq) {
    if (node.t === "start")
      return true;
    if (node.t === "zero")
      continue;
    if (node.t === "group")
      return node.alts.every(anchored);
    return false;
  }
  return false;
}
var MAX_STARTS = 4e3;
function linePrefilter(pattern) {
  if (/[mgyv]/.test(pattern.flags))
    return null;
  let alts;
  try {
    const reader = new Reader(pattern.source);
    alts = reader.alternation();
    if (reader.i !== pattern.source.length)
      return null;
  } catch {
    return null;
  }
  if (!alts.every(anchored))
    return null;
  const starts = /* @__PURE__ */ new Set();
  for (const alt of alts) {
    const r = extend([""], alt);
    for (const run of [...r.open, ...r.closed])
      starts.add(run);
    if (starts.has("") || starts.size > MAX_STARTS)
      return null;
  }
  const byLength = /* @__PURE__ */ new Map();
  for (const run of starts) {
    const set = byLength.get(run.length) ?? /* @__PURE__ */ new Set();
    set.add(run);
    byLength.set(run.length, set);
  }
  return byLength;
}
var LINES_BEFORE_PREFILTER = 2e3;
var snapshotKey = () => `prefix ${PREFIX_CHARS} unicode ${process.versions.unicode ?? "none"}`;
var patternKey = (pattern) => `${pattern.flags}/${pattern.source}`;
var fromData = (data) => data ? new Map(data.map(([length, starts]) => [length, new Set(starts)])) : null;
function alternativeFilters(pattern) {
  const split = splitSource(pattern);
  return split ? split.alts.map((_, i) => linePrefilter(alternativePattern(split, i, pattern.flags))) : null;
}
function loadPrefilterSnapshot(file = new URL("./prefilter.snapshot.json", import.meta.url)) {
  try {
    const snapshot = JSON.parse(readFileSync(file, "utf8"));
    return snapshot.key === snapshotKey() ? snapshot : null;
  } catch {
    return null;
  }
}
var sharedSnapshot;
var Prefilters = class {
  after;
  lines = 0;
  cache = /* @__PURE__ */ new Map();
  snapshot;
  /** `snapshot`: the checks to use (null: none); by default the build's, read on first use. */
  constructor(after = LINES_BEFORE_PREFILTER, snapshot) {
    this.after = after;
    this.snapshot = snapshot;
  }
  stored() {
    if (this.snapshot === void 0)
      this.snapshot = sharedSnapshot === void 0 ? sharedSnapshot = loadPrefilterSnapshot() : sharedSnapshot;
    return this.snapshot;
  }
  /** The line's prefix for `mayMatch`, or null (every pattern runs) while the checks are not in use yet. */
  prefix(line) {
    if (this.lines < this.after && !this.stored()) {
      this.lines++;
      return null;
    }
    return linePrefix(line);
  }
  /** May `pattern` match a line with this prefix? (Takes the pattern's check from the snapshot, or derives it, on first use.) */
  may(pattern, prefix) {
    if (prefix === null)
      return true;
    let filter = this.cache.get(pattern);
    if (filter === void 0) {
      const data = this.stored()?.patterns[patternKey(pattern)];
      this.cache.set(pattern, filter = data === void 0 ? linePrefilter(pattern) : fromData(data));
    }
    return mayMatch(filter, prefix);
  }
  folded = /* @__PURE__ */ new Map();
  /** By the regex a line is tested with (the pattern, or its folded copy): its alternatives' index, or null (not split). */
  indexes = /* @__PURE__ */ new Map();
  /** The alternatives' index of `target` (`pattern` or its folded copy), built on first use. */
  index(pattern, target) {
    let index = this.indexes.get(target);
    if (index === void 0) {
      index = null;
      const split = splitSource(target);
      if (split) {
        const data = this.stored()?.alternatives?.[patternKey(pattern)];
        const filters = data ? data.map(fromData) : alternativeFilters(pattern);
        if (filters && filters.length === split.alts.length)
          index = new AlternativeIndex(split, target.flags, filters);
      }
      this.indexes.set(target, index);
    }
    return index;
  }
  /**
   * A tester of one line against this table's patterns: pre-checked (may), and a case-insensitive
   * pattern runs folded on the line lower-cased once (rules/case-fold.ts), which V8 compiles
   * without closing the pattern over Unicode case. A long alternation runs as the subset of its
   * alternatives the line's start admits (rules/prefilter-split.ts).
   */
  tester(line) {
    const prefix = this.prefix(line);
    let lower;
    return (pattern) => {
      if (!this.may(pattern, prefix))
        return false;
      let folded = this.folded.get(pattern);
      if (folded === void 0)
        this.folded.set(pattern, folded = foldPattern(pattern));
      let target = pattern;
      let subject = line;
      if (folded !== null) {
        if (lower === void 0)
          lower = foldLine(line);
        if (lower !== null) {
          target = folded;
          subject = lower;
        }
      }
      if (prefix !== null) {
        const index = this.index(pattern, target);
        if (index)
          return index.subset(prefix, target)?.test(subject) ?? false;
      }
      return target.test(subject);
    };
  }
  /** Uses the checks from now on (tests). */
  useNow() {
    this.after = 0;
  }
};

export {
  Prefilters
};
