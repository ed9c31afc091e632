import {
  COURTESY_TITLE_SET,
  GROUP_NOUN_SET,
  ISSUED_MODIFIERS,
  ISSUED_NOUNS,
  NON_SUBJECT_STARTS,
  NOT_NAME_WORD_SET,
  OFFICE_TITLE_SET,
  OFFICE_WORD_SET,
  OPENER_SET,
  ORGANISATION_WORD_SET,
  PERSONAL_PRONOUN_SET,
  PERSON_NOUNS,
  RELATIVE_PRONOUN_SET,
  headOf
} from "./chunk-FSTWZD3N.js";

// dist/quotes/entities.js
var MAX_GIVEN_NAMES = 3;
var MAX_NAME_CONNECTORS = 2;
var ORG_CONNECTOR = /^(?:of|to|for|on)$/;
var DOMINANT_SHARE = 0.75;
var MAX_MODIFIERS = 4;
var ON_BEHALF = new RegExp(String.raw`^(?:a|an|the)\s+(?:(?:${ISSUED_MODIFIERS})\s+)?(?:${ISSUED_NOUNS}|representative|official|source|aide|post|tweet)\s+(?:from|for|of|by|at)\s+(.+)$`, "i");
var isCap = (w) => /^\p{Lu}/u.test(w);
var bare = (w) => w.replace(/['’]s?$/u, "");
var PARTICLE = /^(?:de|van|von|der|den|da|di|du|del|della|la|le|al|bin|ter|ten|y)$/;
function tokenize(body) {
  const out = [];
  for (const m of body.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.\-]*/gu)) {
    let w = m[0];
    if (w.endsWith(".") && !/^\p{Lu}\.$/u.test(w) && !OFFICE_TITLE_SET.has(w) && !COURTESY_TITLE_SET.has(w) && !/^(?:\p{L}\.)+\p{L}?\.?$/u.test(w))
      w = w.replace(/\.+$/, "");
    out.push({ w, start: m.index, end: m.index + w.length });
  }
  return out;
}
var BodyIndex = class {
  body;
  toks;
  bySurname = /* @__PURE__ */ new Map();
  byLower = /* @__PURE__ */ new Map();
  /** Answers that do not depend on where the quote is, asked once per phrase (a body may hold thousands of quotes). */
  fullest = /* @__PURE__ */ new Map();
  apposition = /* @__PURE__ */ new Map();
  groups = /* @__PURE__ */ new Map();
  constructor(body) {
    this.body = body;
    this.toks = tokenize(body);
    this.toks.forEach((t, i) => {
      const low = t.w.toLowerCase();
      const at = this.byLower.get(low);
      if (at)
        at.push(i);
      else
        this.byLower.set(low, [i]);
      const k = bare(t.w);
      if (!isCap(k))
        return;
      const list = this.bySurname.get(k);
      if (list)
        list.push(i);
      else
        this.bySurname.set(k, [i]);
    });
  }
  /** Only white space between tokens i-1 and i. */
  joined(i) {
    const a = this.toks[i - 1];
    const b = this.toks[i];
    if (!a || !b)
      return false;
    const gap = this.body.slice(a.end, b.start);
    return /^\s+$/.test(gap) && !gap.includes("\n");
  }
  occurrences(surname) {
    return this.bySurname.get(surname) ?? [];
  }
  /** Tokens whose lower-case form is `word`. */
  lowerOccurrences(word) {
    return this.byLower.get(word) ?? [];
  }
};
function nameEndingAt(ix, k) {
  const words = [bare(ix.toks[k].w)];
  let i = k;
  while (words.length <= MAX_GIVEN_NAMES && ix.joined(i)) {
    const w = ix.toks[i - 1].w;
    const nameLike = isCap(w) && !NOT_NAME_WORD_SET.has(w) && !PERSON_NOUNS.has(w.toLowerCase()) && !OFFICE_TITLE_SET.has(w) && !COURTESY_TITLE_SET.has(w) && !/['’]s?$/u.test(w) && !/^\p{Lu}{2,}$/u.test(w) || PARTICLE.test(w) && words.length === 1;
    if (!nameLike)
      break;
    words.unshift(w);
    i--;
  }
  while (words.length > 1 && PARTICLE.test(words[0])) {
    words.shift();
    i++;
  }
  const prev = ix.joined(i) ? ix.toks[i - 1].w : "";
  const longerOffice = OFFICE_WORD_SET.has(prev) && ix.joined(i - 1) && isCap(ix.toks[i - 2].w) && !OPENER_SET.has(ix.toks[i - 2].w);
  return { words, title: OFFICE_TITLE_SET.has(prev) || OFFICE_WORD_SET.has(prev) && !longerOffice ? prev : null, at: ix.toks[i].start };
}
function endsWithin(small, big) {
  if (small.length === 0 || small[small.length - 1] !== big[big.length - 1])
    return false;
  let j = 0;
  for (const w of big)
    if (w === small[j])
      j++;
  return j === small.length;
}
function nameWords(np) {
  return np.split(/\s+/).map(bare).filter((w) => w && !OFFICE_TITLE_SET.has(w) && !COURTESY_TITLE_SET.has(w) && !NOT_NAME_WORD_SET.has(w) && !PERSON_NOUNS.has(w) && !/^(?:the|a|an)$/i.test(w));
}
function fullestName(np, ix) {
  if (!ix.fullest.has(np))
    ix.fullest.set(np, fullestNameUncached(np, ix));
  return ix.fullest.get(np);
}
function fullestNameUncached(np, ix) {
  const given = nameWords(np);
  const surname = given[given.length - 1];
  if (!surname || !isCap(surname) || given.some((w) => !isCap(w) && !PARTICLE.test(w)))
    return null;
  const people = /* @__PURE__ */ new Map();
  let total = 0;
  const spellings = /^\p{Lu}{2,}$/u.test(surname) ? [surname, surname[0] + surname.slice(1).toLowerCase()] : [surname];
  const forms = new Set(spellings);
  const wanted = given.map((w, i) => i === given.length - 1 ? null : w);
  for (const k of spellings.flatMap((w) => ix.occurrences(w))) {
    const found = nameEndingAt(ix, k);
    const last = found.words[found.words.length - 1];
    if (found.words.length < 2 || !forms.has(last) || !endsWithin([...wanted.slice(0, -1).map(String), last], found.words))
      continue;
    total++;
    const key = found.words[0];
    const p = people.get(key);
    if (!p)
      people.set(key, { best: found, count: 1, first: found.at });
    else {
      p.count++;
      if (found.words.length > p.best.words.length || !p.best.title && found.title && found.words.length === p.best.words.length)
        p.best = found;
    }
  }
  if (total === 0)
    return null;
  const ranked = [...people.values()].sort((a, b) => b.count - a.count || a.first - b.first);
  const top = ranked[0];
  if (ranked.length > 1 && given.length === 1 && top.count < DOMINANT_SHARE * total)
    return null;
  if (ranked.length > 1 && given.length > 1 && !given.includes(top.best.words[0]))
    return null;
  const name = top.best.words.join(" ");
  if (top.best.words.length <= given.length && !top.best.title)
    return null;
  return top.best.title ? `${top.best.title} ${name}` : name;
}
function appositionName(desc, ix) {
  if (!ix.apposition.has(desc))
    ix.apposition.set(desc, appositionNameUncached(desc, ix));
  return ix.apposition.get(desc);
}
function appositionNameUncached(desc, ix) {
  const words = desc.split(/\s+/).filter((w) => w && !/^(?:the|this|that)$/i.test(w));
  if (words.length === 0)
    return null;
  const n = words.length;
  const { toks, body } = ix;
  for (const i of ix.lowerOccurrences(words[0].toLowerCase())) {
    if (i + n > toks.length)
      continue;
    if (!words.every((w, j) => toks[i + j].w === w))
      continue;
    const after = i + n;
    if (toks[after] && ix.joined(after) && isCap(toks[after].w)) {
      let e = after;
      while (toks[e + 1] && ix.joined(e + 1) && isCap(toks[e + 1].w) && e - after < MAX_GIVEN_NAMES)
        e++;
      const name = body.slice(toks[after].start, toks[e].end).replace(/['’]s$/u, "");
      if (nameWords(name).length >= 2)
        return name;
    }
    const start = toks[i].start;
    const lead = body.slice(Math.max(0, start - 80), start);
    const m = /((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]*)(?:\s*\([^)]{1,20}\))?,\s+(?:the\s+)?$/u.exec(lead);
    if (m && nameWords(m[1]).length >= 2)
      return m[1].trim();
  }
  return null;
}
function groupName(head, at, ix) {
  let found = ix.groups.get(head);
  if (!found) {
    const { toks, body } = ix;
    found = [];
    for (const i of ix.lowerOccurrences(head)) {
      if (i === 0)
        continue;
      let s = i;
      while (s > 0 && i - s < MAX_MODIFIERS && ix.joined(s) && isCap(toks[s - 1].w) && !/['’]s$/u.test(toks[s - 1].w))
        s--;
      while (s < i && OPENER_SET.has(toks[s].w))
        s++;
      if (s < i)
        found.push({ at: toks[i].start, name: body.slice(toks[s].start, toks[i].end) });
    }
    ix.groups.set(head, found);
  }
  let lo = 0;
  let hi = found.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (found[mid].at < at)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo > 0 ? found[lo - 1].name : null;
}
function resolveName(speaker, at, ix) {
  const np = headOf(speaker).replace(/\s*\([^)]*\)/g, "").trim();
  if (!np)
    return speaker;
  const behalf = ON_BEHALF.exec(np);
  if (behalf)
    return resolveName(behalf[1], at, ix);
  if (PERSONAL_PRONOUN_SET.has(np.toLowerCase()) || RELATIVE_PRONOUN_SET.has(np.toLowerCase()))
    return np;
  const words = np.split(/\s+/);
  const last = bare(words[words.length - 1]);
  if (isCap(last)) {
    if (/^the\s+\p{Lu}/iu.test(np) && words.length > 2)
      return resolveName(np.replace(/^the\s+/i, ""), at, ix);
    const of = /^(.*?\p{Lu}[\p{L}'’.-]*)\s+of\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*$/u.exec(np);
    if (of && nameWords(of[1]).filter(isCap).length >= 1 && kindOf(of[1]) === "person" && of[1].split(/\s+/).length >= 2)
      return resolveName(of[1], at, ix);
    const org = words.some((w) => ORGANISATION_WORD_SET.has(bare(w).toLowerCase()));
    const person = trailingName(words);
    const k = words.length - person.split(/\s+/).length;
    const personOfOrg = person !== np && k > 0 && (PERSON_NOUNS.has(words[k - 1].toLowerCase()) || NOT_NAME_WORD_SET.has(words[k - 1]) || OFFICE_TITLE_SET.has(words[k - 1]));
    const orgName = person !== np && person.split(/\s+/).length >= 2 && person.split(/\s+/).some((w) => ORGANISATION_WORD_SET.has(bare(w).toLowerCase())) && /^\p{Ll}/u.test(words[k - 1] ?? "") && !NON_SUBJECT_STARTS.has(words[k - 1]);
    const name = org && !personOfOrg && !orgName ? np : person;
    return fullestName(name, ix) ?? name;
  }
  if (!/^(?:the|this|that)$/i.test(words[0]) || words.length < 2)
    return np;
  const head = last.toLowerCase();
  if (PERSON_NOUNS.has(head)) {
    const tied = appositionName(np, ix);
    if (tied)
      return fullestName(tied, ix) ?? tied;
  }
  if (GROUP_NOUN_SET.has(head) || ORGANISATION_WORD_SET.has(head)) {
    const fuller = words.length === 2 ? groupName(head, at, ix) : null;
    if (fuller)
      return fuller;
  }
  return np;
}
function trailingName(words) {
  let i = words.length;
  const nameWord = (w) => (isCap(w) || PARTICLE.test(w)) && !NOT_NAME_WORD_SET.has(w) && !PERSON_NOUNS.has(w.toLowerCase()) && !OFFICE_TITLE_SET.has(w) && !COURTESY_TITLE_SET.has(w);
  let connectors = 0;
  for (; ; ) {
    if (i > 0 && words.length - i <= MAX_GIVEN_NAMES + connectors * 2 && nameWord(words[i - 1]))
      i--;
    else if (i > 1 && i < words.length && connectors < MAX_NAME_CONNECTORS && ORG_CONNECTOR.test(words[i - 1]) && nameWord(words[i - 2]) && ORGANISATION_WORD_SET.has(bare(words[i - 2]).toLowerCase())) {
      i -= 2;
      connectors++;
    } else
      break;
  }
  if (i === words.length || words.length - i < 2)
    return words.join(" ");
  const before = words[i - 2];
  const longerOffice = before !== void 0 && isCap(before) && !OPENER_SET.has(before);
  if (i > 0 && (OFFICE_TITLE_SET.has(words[i - 1]) || OFFICE_WORD_SET.has(words[i - 1]) && !longerOffice || COURTESY_TITLE_SET.has(words[i - 1])))
    i--;
  return words.slice(i).join(" ");
}
function kindOf(name) {
  const words = name.split(/\s+/);
  const lower = words.map((w) => bare(w).toLowerCase());
  const last = lower[lower.length - 1] ?? "";
  if (lower.some((w) => ORGANISATION_WORD_SET.has(w)))
    return "organisation";
  if (words.length === 1 && /^\p{Lu}{2,4}$/u.test(words[0]))
    return "organisation";
  if (/^(?:he|she|i)$/.test(last) && words.length === 1)
    return "person";
  if (PERSONAL_PRONOUN_SET.has(last) || RELATIVE_PRONOUN_SET.has(last) || GROUP_NOUN_SET.has(last))
    return "unknown";
  if (PERSON_NOUNS.has(last))
    return "person";
  if (words.some((w) => OFFICE_TITLE_SET.has(w) || COURTESY_TITLE_SET.has(w)))
    return "person";
  if (words.length <= 4 && words.every((w) => isCap(w) || PARTICLE.test(w)))
    return words.length === 1 && /^\p{Lu}$/u.test(words[0]) ? "unknown" : "person";
  return "unknown";
}
function keyOf(name) {
  const ws = nameWords(name).filter((w) => !/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(w));
  return (ws.some(isCap) ? ws : name.split(/\s+/)).join(" ").toLowerCase();
}
var wordCount = (s) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
function resolveSpeakers(quotes, body) {
  const ix = new BodyIndex(body);
  const speakers = [];
  const byKey = /* @__PURE__ */ new Map();
  const ordered = [...quotes].sort((a, b) => a.start - b.start);
  for (const q of ordered) {
    if (!q.speaker) {
      q.speakerIndex = null;
      continue;
    }
    const written = q.speaker;
    const name = resolveName(written, q.start, ix);
    q.speaker = name;
    const key = keyOf(name);
    let n = byKey.get(key);
    if (n === void 0) {
      n = speakers.length;
      byKey.set(key, n);
      speakers.push({ name, kind: kindOf(name), aliases: [], quotes: 0, words: 0 });
    }
    const entry = speakers[n];
    if (name.length > entry.name.length && name !== entry.name) {
      if (!entry.aliases.some((x) => x.toLowerCase() === entry.name.toLowerCase()))
        entry.aliases.push(entry.name);
      entry.name = name;
      entry.aliases = entry.aliases.filter((x) => x.toLowerCase() !== name.toLowerCase());
    }
    entry.quotes++;
    entry.words += wordCount(q.text);
    q.speakerIndex = n;
    for (const alias of [written, q.speakerText ? headOf(q.speakerText) : null]) {
      if (!alias)
        continue;
      const a = (ON_BEHALF.exec(alias.trim())?.[1] ?? alias).trim();
      const low = a.toLowerCase();
      if (PERSONAL_PRONOUN_SET.has(low) || RELATIVE_PRONOUN_SET.has(low) || low === entry.name.toLowerCase() || entry.aliases.some((x) => x.toLowerCase() === low))
        continue;
      entry.aliases.push(a);
    }
  }
  for (const q of quotes)
    if (q.speakerIndex != null)
      q.speaker = speakers[q.speakerIndex].name;
  return speakers;
}
export {
  kindOf,
  resolveSpeakers
};
