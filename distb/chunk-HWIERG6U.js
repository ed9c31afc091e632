import {
  BYLINE_PREFIXES,
  BY_WORD_OPENING,
  CREDIT_LINE,
  CREDIT_SLASH,
  DATE_LINE_PREFIX,
  FOR_OUTLET,
  JOB_NOUN_PATTERN,
  NAME_PARTICLES,
  NEWSPAPER_NOUNS,
  NUMERIC_DATE_TIME_LINE,
  OUTLET_PATTERN,
  READING_TIME_TAIL,
  RELATIVE_TIME,
  isDateLine,
  isOutletOrTitle,
  looksLikeName,
  parseDate,
  splitAuthors,
  splitNames,
  stripBylineNoise,
  tidyName
} from "./chunk-2ELLDX6N.js";
import {
  stopwords,
  words
} from "./chunk-DJWOFNSH.js";

// dist/rules/embedded-posts.js
var EMBED_SIGNATURES = [
  {
    id: "post-signature-handle",
    pattern: /^[—–-]\s*(?:\S.{0,80}?\s)?\(@[\p{L}\p{N}_.]{1,30}\)\s+(?<date>.{4,60})$/u,
    reason: `The signature line under an embedded post: "\u2014 Display Name (@handle) date". Embedding code of the big networks prints it after the post's text.`
  }
];

// dist/text/embedded-post.js
function embedSignatureRule(line) {
  const t = line.trim();
  for (const r of EMBED_SIGNATURES) {
    const m = r.pattern.exec(t);
    if (m?.groups?.date && isDateLine(m.groups.date))
      return r.id;
  }
  return null;
}

// dist/text/stats.js
var PROSE_SAMPLE_MIN_WORDS = 15;
var MIN_KNOWN_LANGUAGE_SHARE = 0.12;
var BLANK_SEPARATED_SHARE = 0.3;
var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
var CJK_CHARS_PER_WORD = 2;
var CJK_CHAR_WEIGHT = 3;
function wordCount(text) {
  let cjk = 0;
  let spaced = 0;
  let inWord = false;
  let hasLetter = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    let ch = null;
    if (c >= 55296 && c <= 56319 && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 56320 && low <= 57343) {
        ch = text.slice(i, i + 2);
        c = 65536 + (c - 55296 << 10) + (low - 56320);
        i++;
      }
    }
    const isCjk = c >= FIRST_CJK && CJK_CHAR.test(ch ?? (ch = text[i]));
    if (isCjk || (c < 128 ? c === 32 || c >= 9 && c <= 13 : SPACE_CHAR.test(ch ?? (ch = text[i])))) {
      if (inWord && hasLetter)
        spaced++;
      inWord = hasLetter = false;
      if (isCjk)
        cjk++;
      continue;
    }
    inWord = true;
    if (!hasLetter)
      hasLetter = c < 128 ? c >= 48 && c <= 57 || (c | 32) >= 97 && (c | 32) <= 122 : LETTER_OR_DIGIT.test(ch ?? text[i]);
  }
  if (inWord && hasLetter)
    spaced++;
  return spaced + Math.round(cjk / CJK_CHARS_PER_WORD);
}
var FIRST_CJK = 11904;
var CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
var SPACE_CHAR = /^\s$/u;
var LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
function effectiveChars(text) {
  return text.length + (text.match(CJK) ?? []).length * (CJK_CHAR_WEIGHT - 1);
}
var TERMINAL = /[.!?…。！？]["'”’»)\]]*$|[:;]$/u;
var COUNTER = /^[\s\d.,:;/()[\]|+#%×x–—-]*(?:k|m|min|mins|sec|h|views?|likes?|votes?|comments?|shares?)?[\s\d.,:;/()[\]|+#%–—-]*$/iu;
var GLUED = /^((?:(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.,:;?!&-]*|\p{Ll}{1,3})\s+)+)[\p{Lu}\p{N}][\p{L}\p{N}'’-]*?\p{Ll}{2}(\p{Lu}\p{Ll}+)\s+(.*)$/u;
var GLUED_MIN_HEAD_WORDS = 3;
var GLUED_MIN_TAIL_WORDS = 5;
var GLUED_TAIL_LOWER_SHARE = 0.5;
var GLUED_MIN_PER_PAGE = 2;
var CODE = /^\s*(?:>>>|\.\.\.|\$)\s+\S|^\s*import\s+[A-Za-z_][\w.]*(?:\s+as\s+\w+)?(?:\s*,\s*[A-Za-z_][\w.]*)*\s*;?$|^\s*[A-Za-z_][\w.]*\((?=\)|[^()]*[,(])(?:[^()]|\([^()]*\))*\)(?:\[[^\]]*\])*(?:\s*=\s*\S.*)?;?$|^\s*(?:import|from|def|class|return|const|let|var|function|public|private|static|#include|using|package|print|echo|SELECT|INSERT|UPDATE)\b.*[(){}[\]=:;.'"]|\b[A-Za-z_]\w*(?:\[[^\]]*\])?\s*(?:=|==|\+=|-=|:=|=>|->)\s*\S|\b[A-Za-z_]\w*\.[A-Za-z_]\w*\(|^\s*@\w+(?:\(|$)|^[\s)}\]]*[;{}]\s*$|\w\)\)+:?\s*$|\):\s*$/;
var CODE_MIN_PER_PAGE = 3;
var CODE_MAX_WORDS = 14;
function isCodeLine(text) {
  return wordCount(text) <= CODE_MAX_WORDS && !/^\s*(?:https?:|www\.)/i.test(text) && CODE.test(text);
}
var QUANTITY = /^\s*(?:ca\.\s*|approx\.\s*|etwa\s+)?(?:\d+(?:[.,/]\d+)?(?:\s*[-–]\s*\d+(?:[.,/]\d+)?)?|[½¼¾⅓⅔⅛]|\d+\s*[½¼¾⅓⅔⅛])\s*(?:g|gr|kg|mg|ml|cl|dl|l|oz|lb|lbs|cups?|tbsp|tsp|tablespoons?|teaspoons?|pounds?|ounces?|pinch(?:es)?|cloves?|cans?|el|tl|msp|pck|pkg|päckchen|prisen?|becher|dosen?|dose\/n|tassen?|bund|stück|stk|scheiben?|zehen?|cs|cc|c\.|cuillères?|pincées?|verres?|cucharadas?|cucharaditas?|tazas?|pizcas?|dientes?|cucchia(?:i|ini|ino)|bicchieri?|spicchi?|łyżk[aiy]|łyżecz(?:ka|ki|ek)|szklan(?:ka|ki|ek)|szczypt[ay]|ząb(?:ki|ek)?|eetlepels?|theelepels?|el\.|tl\.)\.?(?:\s|$)\S/iu;
var SPELLED_UNITS = [
  { lang: "de", units: "gramm|kilogramm|milliliter|liter|teel\xF6ffel|essl\xF6ffel|messerspitzen?" },
  { lang: "en", units: "grams?|kilograms?|millilit(?:er|re)s?|lit(?:er|re)s?" },
  { lang: "fr", units: "grammes?|kilogrammes?|millilitres?|litres?" },
  { lang: "es", units: "gramos|kilogramos|kilos|mililitros|litros" },
  { lang: "it", units: "grammi|chilogrammi|millilitri|litri" },
  { lang: "pl", units: "gram(?:\xF3w|y)?|kilogram(?:\xF3w|y)?|mililitr(?:\xF3w|y)?|litr(?:\xF3w|y)?" }
];
var QUANTITY_SPELLED = new RegExp(`^\\s*(?:ca\\.\\s*|etwa\\s+)?(?:\\d+(?:[.,/]\\d+)?|[\xBD\xBC\xBE\u2153\u2154\u215B])\\s*(?:${SPELLED_UNITS.map((u) => u.units).join("|")})\\s+\\S`, "iu");
var QUANTITY_MIN_PER_PAGE = 3;
var QUANTITY_MAX_WORDS = 12;
var INGREDIENT_MARK = /^\s*[▢☐□✓✔•·]\s*/u;
var MIXED_FRACTION_WHOLE = /(^\s*|[-–]\s*)\d+\s+(?=\d+\/\d+)/gu;
function isQuantityLine(text) {
  const t = text.replace(INGREDIENT_MARK, "").replace(MIXED_FRACTION_WHOLE, "$1");
  return wordCount(text) <= QUANTITY_MAX_WORDS && (QUANTITY.test(t) || QUANTITY_SPELLED.test(t));
}
function isGluedTeaser(text) {
  const m = GLUED.exec(text);
  if (!m || m[1].trim().split(/\s+/).filter((w) => !/^\p{Ll}/u.test(w)).length < GLUED_MIN_HEAD_WORDS)
    return false;
  const tail = m[3].split(/\s+/);
  return tail.length >= GLUED_MIN_TAIL_WORDS && tail.filter((w) => /^\p{Ll}/u.test(w)).length / tail.length >= GLUED_TAIL_LOWER_SHARE;
}
var SOFT_HYPHEN = /\u00ad/g;
var norm = (s) => s.toLowerCase().replace(/\s+/g, " ").trim();
function stopShareOf(text, set) {
  if (!set)
    return 0;
  const ws = words(text.replace(SOFT_HYPHEN, ""), Number.MAX_SAFE_INTEGER);
  if (ws.length === 0)
    return 0;
  return ws.filter((w) => set.has(w)).length / ws.length;
}
function pageLanguage(units) {
  const sample = units.filter((u) => u.text.split(/\s+/).length >= PROSE_SAMPLE_MIN_WORDS).map((u) => u.text.replace(SOFT_HYPHEN, "")).join(" ");
  const ws = words(sample, 2e3);
  if (ws.length < 20)
    return null;
  let best = null;
  let bestShare = 0;
  for (const [code, set] of stopwords()) {
    const share = ws.filter((w) => set.has(w)).length / ws.length;
    if (share > bestShare)
      [best, bestShare] = [code, share];
  }
  return bestShare >= MIN_KNOWN_LANGUAGE_SHARE ? best : null;
}
function pageStats(units) {
  const lang = pageLanguage(units);
  const set = lang ? stopwords().get(lang) : void 0;
  const counts = /* @__PURE__ */ new Map();
  for (const u of units)
    counts.set(norm(u.text), (counts.get(norm(u.text)) ?? 0) + 1);
  const stats = units.map((u) => {
    const t = u.text.trim();
    return {
      words: wordCount(t),
      chars: effectiveChars(t),
      stopShare: stopShareOf(t, set),
      terminal: TERMINAL.test(t),
      repeated: (counts.get(norm(t)) ?? 0) > 1,
      counter: COUNTER.test(t) || !/\p{L}{2,}/u.test(t),
      date: isDateLine(t),
      signature: embedSignatureRule(t) !== null,
      glued: isGluedTeaser(t),
      code: isCodeLine(t),
      quantity: isQuantityLine(t)
    };
  });
  if (stats.filter((x) => x.quantity).length < QUANTITY_MIN_PER_PAGE)
    for (const x of stats)
      x.quantity = false;
  if (stats.filter((x) => x.code).length < CODE_MIN_PER_PAGE)
    for (const x of stats)
      x.code = false;
  if (stats.filter((x) => x.glued).length < GLUED_MIN_PER_PAGE)
    for (const x of stats)
      x.glued = false;
  let sw = 0;
  let n = 0;
  stats.forEach((s) => {
    if (s.words >= PROSE_SAMPLE_MIN_WORDS) {
      sw += s.stopShare * s.words;
      n += s.words;
    }
  });
  let alone = 0;
  units.forEach((u, i) => {
    if (stats[i].words >= PROSE_SAMPLE_MIN_WORDS && u.group === 1)
      alone += stats[i].words;
  });
  return { lang, blankSeparated: n > 0 && alone / n >= BLANK_SEPARATED_SHARE, proseStopShare: n ? sw / n : 0, units: stats };
}
function lineShape(text) {
  return [...new Set(text.match(/[^\p{L}\p{N}\s]/gu) ?? [])].sort().join("");
}
function lineKey(text) {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}
function flaggedRuns(flags, maxGap, within = () => true) {
  const runs = [];
  for (let i = 0; i < flags.length; ) {
    if (!flags[i]) {
      i++;
      continue;
    }
    const run = [i];
    for (let j = i + 1; j < flags.length && j - run[run.length - 1] <= maxGap + 1 && within(j); j++)
      if (flags[j])
        run.push(j);
    runs.push(run);
    i = run[run.length - 1] + 1;
  }
  return runs;
}

// dist/text/byline.js
var MID_BY = /^(.*?)\b(?:by|von|par|por|door|przez):?\s+(?=\p{Lu}|[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}])/iu;
var NUMERIC_DATE_OR_TIME = /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}:\d{2}\b/;
var MAX_BYLINE_CHARS = 250;
var NAME_MIN_WORDS = 2;
var NAME_MAX_WORDS = 4;
var NAME_THEN_DATE = /^(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|\p{Ll}{1,3})){1,3})\s*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b(?:\s+\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?)?)/u;
var GLUED_TAGS = /\p{Lu}\p{Ll}{3,}\p{Lu}\p{Ll}/u;
var OUTLET_PART_MAX_WORDS = 8;
var GLUED_OUTLET_MAX_WORDS = 5;
var NEWSPAPER_NOUN_SET = new Set(NEWSPAPER_NOUNS);
var HEADLINE_WORDS = /^(?:the|a|an|of|to|in|for|on|with|at|from|as|is|are|was|were|be|by|after|over|into|how|why|what|who|when|new|not|no|its|it|this|that|his|her|their|says?|said|will|can|more|amid|vs\.?|about|most|top|latest|related|popular|read|share|follow|sign|log|menu|home|news|introducing|meet|breaking|exclusive|inside|facebook|twitter|whatsapp|linkedin|pinterest|pint|pin|reddit|email|e-mail|print|tweet|telegram|flipboard|instagram|youtube|tiktok|messenger|baixar|download)$/i;
function bylineText(text) {
  const s = commaBeforeOutletOrJob(cutTrailingDate(prefixedSegment(text.replace(/\s+/g, " ").trim().replace(READING_TIME_TAIL, ""))));
  const dated = nameThenDate(s) ?? dateThenName(s);
  if (dated)
    return dated;
  const forOutlet = namesForOutlet(s);
  if (forOutlet)
    return `${joinNames(forOutlet.names)} ${forOutlet.word} ${forOutlet.outlet}`;
  const m = MID_BY.exec(s);
  if (!m || !m[1].trim())
    return separateGluedOutlet(s);
  const head = m[1].trim();
  const datedHead = parseDate(head) !== null || NUMERIC_DATE_OR_TIME.test(head) || /^(?:posted|written|published|reported|story|words|analysis|commentary|opinion|review|interview|column|text|veröffentlicht|geschrieben|eingetragen|publié|écrit|publicado|escrito|pubblicato|scritto|gepubliceerd|geschreven|opublikowano|napisane)$/i.test(head);
  return separateGluedOutlet(datedHead ? s.slice(m[1].length) : s);
}
function cutTrailingDate(s, loneNames = false) {
  if (s.length > MAX_BYLINE_CHARS || !/\d$|\b(?:[ap]\.?m\.?|uhr|[A-Z]{2,4}|\d{1,2}h\d{2})$/i.test(s))
    return s;
  const words2 = s.split(" ");
  for (let k = words2.length - 1; k >= 1; k--) {
    const tail = words2.slice(k).join(" ");
    if (!(isDateLine(tail) || NUMERIC_DATE_TIME_LINE.test(tail)))
      continue;
    const head = words2.slice(0, k).join(" ").replace(/\s+(?:le|am|on|el|il|op|dnia)$/i, "");
    if (/[-–—|•·,:]$/.test(head) || wordCount(head) < NAME_MIN_WORDS || DATE_LINE_PREFIX.test(head))
      return s;
    if (!loneNames && !/[,|]/.test(head) && !/\d[:h]\d{2}\b|\buhr\b|\b[ap]\.?m\b/i.test(tail))
      return s;
    return `${head} - ${tail}`;
  }
  return s;
}
function commaBeforeOutletOrJob(s) {
  const dash = /^(.*\S)\s+[—–-]\s+([^—–-]+)$/u.exec(s);
  if (dash && (isOutletOrTitle(dash[2]) || /^\p{Lu}[\p{L}]+$/u.test(dash[2])) && !parseDate(dash[2]))
    return `${dash[1]}, ${dash[2]}`;
  const words2 = s.split(" ");
  for (let n = NAME_MIN_WORDS; n <= 3 && n < words2.length; n++) {
    const head = words2.slice(0, n).join(" ");
    const tail = words2.slice(n);
    if (tail.length <= JOB_LINE_MAX_WORDS && tail.every((w) => /^\p{Lu}/u.test(w)) && JOB_NOUN_PATTERN.test(tail.join(" ")) && !JOB_NOUN_PATTERN.test(head) && bylineName(head))
      return `${head}, ${tail.join(" ")}`;
  }
  return s;
}
var JOB_LINE_MAX_WORDS = 4;
function prefixedSegment(s) {
  const parts = s.split(/\s+\|\s+/);
  if (parts.length < 2)
    return s;
  const k = parts.findIndex((p) => BYLINE_PREFIXES.some((r) => r.pattern.test(p)));
  return k > 0 ? parts.slice(k).join(" | ") : s;
}
var LEADING_NUMERIC_DATE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:,?\s+(?:um\s+|at\s+|à\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|[ap]\.?m\.?))?)?|^\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2})?/i;
var LEADING_DATE_MAX_WORDS = 7;
var AFTER_DATED_NAME = /^(?:$|[-–—|•·,:]|\d|(?:schreibe einen |leave an? |add an? |no |keine |\d+ )?(?:kommentare?|comments?|antworten|reply|replies|réponses?|commentaires?|comentarios?|commenti|reacties|komentarz[ey]?)\b)/i;
function dateThenName(s) {
  let date = LEADING_NUMERIC_DATE.exec(s)?.[0] ?? "";
  if (!date) {
    const words3 = s.split(" ");
    for (let k = 2; k <= Math.min(LEADING_DATE_MAX_WORDS, words3.length - 2); k++) {
      const head = words3.slice(0, k).join(" ");
      const ends = /\d{4}$|\d{1,2}[:.h]\d{2}(?:\s*(?:uhr|[ap]\.?m\.?))?$/i.test(head) && isDateLine(head);
      if (ends)
        date = head;
      else if (date)
        break;
    }
  }
  if (!date)
    return null;
  const tail = s.slice(date.length);
  const separated = /^[\s,]*[-–—|•·]/u.test(tail);
  const words2 = tail.replace(/^[\s,]*(?:[-–—|•·]\s*)?/u, "").split(" ");
  for (let n = Math.min(NAME_MAX_WORDS, words2.length); n >= NAME_MIN_WORDS; n--) {
    const name = words2.slice(0, n).join(" ");
    const after = words2.slice(n).join(" ");
    if (!AFTER_DATED_NAME.test(after) || !separated && !after)
      continue;
    if (!/^\p{Lu}/u.test(name) || !looksLikeName(name) || isOutletOrTitle(name) || name.split(" ").some((w) => HEADLINE_WORDS.test(w)) || NAME_PARTICLES.has(words2[n - 1]) || !/\p{Ll}/u.test(name))
      continue;
    return `${name} - ${date}`;
  }
  return null;
}
var joinNames = (names) => names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names[0] ?? "";
var CASELESS_NAME = /^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Thai}・·]{2,8}$/u;
var FOR_OUTLET_MAX_WORDS = 5;
function bylineName(part) {
  if (CASELESS_NAME.test(part))
    return true;
  const words2 = wordCount(part);
  return words2 >= NAME_MIN_WORDS && words2 <= NAME_MAX_WORDS && looksLikeName(part) && !isOutletOrTitle(part) && !part.split(/\s+/).some((w) => HEADLINE_WORDS.test(w));
}
function namesForOutlet(s) {
  const m = FOR_OUTLET.exec(s);
  if (!m || /[.!?]$/.test(s.replace(/\b\p{Lu}\.$/u, "")))
    return null;
  let raw = m[1];
  for (const p of BYLINE_PREFIXES)
    raw = raw.replace(p.pattern, "");
  const word = m[2];
  const outlet = m[3];
  const capitals = !/\p{Ll}/u.test(raw.replace(/\b(?:and|und|et|y|e|i|en|oraz)\b/g, "")) && /\p{Lu}{2}/u.test(raw);
  const outletWords = outlet.split(/\s+/);
  const outletLike = /^(?:The|Die|Der|Das|Le|La|Les|El|Los|Il|Lo|De|Het)\s/.test(outlet) || OUTLET_PATTERN.test(outlet) || NEWSPAPER_NOUN_SET.has(outletWords[outletWords.length - 1].toLowerCase()) || outletWords.length === 1 || outletWords.some((w) => /^\p{Lu}{2,}$|\p{Ll}\p{Lu}/u.test(w));
  if (!(capitals || outletLike) || outletWords.length > FOR_OUTLET_MAX_WORDS)
    return null;
  const names = splitNames(raw).map(tidyName);
  if (names.length === 0 || !names.every(bylineName))
    return null;
  return { names, word, outlet };
}
function nameThenDate(s) {
  const m = NAME_THEN_DATE.exec(s);
  if (!m || m[0].length === s.length && !m[2].includes(":"))
    return null;
  const name = m[1];
  if (!looksLikeName(name) || name.split(/\s+/).some((w) => HEADLINE_WORDS.test(w)) || !/\p{Ll}/u.test(name))
    return null;
  return `${name} ${m[2]}`;
}
function separateGluedOutlet(s) {
  const m = /^(.*(?:,|\s(?:and|&)\s)\s*)?(.+)$/u.exec(s);
  const head = m?.[1] ?? "";
  const words2 = (m?.[2] ?? s).split(/\s+/);
  if (words2.length < 3 || !NEWSPAPER_NOUN_SET.has(words2[words2.length - 1].toLowerCase()))
    return s;
  let k = 1;
  while (k < words2.length && (/^\p{Lu}\.$/u.test(words2[k]) || NAME_PARTICLES.has(words2[k])))
    k++;
  k++;
  const name = words2.slice(0, k);
  const outlet = words2.slice(k);
  const bylineLike = head !== "" || name.some((w) => /^\p{Lu}\.$/u.test(w)) || outlet.every((w) => !/\p{Ll}/u.test(w));
  if (!bylineLike || outlet.length === 0 || outlet.length > GLUED_OUTLET_MAX_WORDS || !outlet.every((w) => /^\p{Lu}/u.test(w)))
    return s;
  if (!looksLikeName(name.join(" ")) || name.some((w) => HEADLINE_WORDS.test(w)) || outlet.some((w) => HEADLINE_WORDS.test(w) && !/^news$/i.test(w)))
    return s;
  return `${head}${name.join(" ")}, ${outlet.join(" ")}`;
}
var KIND_CACHE = /* @__PURE__ */ new Map();
var KIND_CACHE_MAX = 4096;
function bylineKind(text) {
  let kind = KIND_CACHE.get(text);
  if (kind === void 0) {
    if (KIND_CACHE.size >= KIND_CACHE_MAX)
      KIND_CACHE.clear();
    kind = bylineKindUncached(text);
    KIND_CACHE.set(text, kind);
  }
  return kind;
}
function bylineKindUncached(text) {
  const kind = bylineKindOf(text);
  if (kind)
    return kind;
  const raw = text.replace(/\s+/g, " ").trim();
  const cut = cutTrailingDate(raw, true);
  if (cut === raw)
    return null;
  const head = cut.slice(0, cut.lastIndexOf(" - "));
  return bylineName(head) && !/\p{Lu}{2}/u.test(head) ? "single-name" : null;
}
function bylineKindOf(text) {
  const s = bylineText(text);
  if (!s || s.length > MAX_BYLINE_CHARS)
    return null;
  const raw = text.replace(/\s+/g, " ").trim();
  if (nameThenDate(raw) || dateThenName(raw))
    return "listed";
  if (namesForOutlet(s))
    return BYLINE_PREFIXES.some((p) => p.pattern.test(raw)) ? "prefixed" : "listed";
  if (CREDIT_LINE.test(text.trim()) || CREDIT_LINE.test(s))
    return null;
  if (BYLINE_PREFIXES.some((p) => p.pattern.test(s)))
    return bylineAuthors(s).length > 0 ? "prefixed" : null;
  if (DATE_LINE_PREFIX.test(s))
    return null;
  if (CREDIT_SLASH.test(s))
    return null;
  if (GLUED_TAGS.test(s.replace(/\s*[,|]\s*[^\s,|]+$/, "")))
    return null;
  if (/[.!?]$/.test(s.replace(/\b(?:Jr|Sr|[A-Z])\.$/, "")) && !parseDate(s))
    return null;
  const cleaned = stripBylineNoise(s);
  const parts = splitNames(cleaned).map(tidyName).filter(Boolean);
  if (parts.length === 0)
    return null;
  let names = 0;
  for (const [k, p] of parts.entries()) {
    const words2 = wordCount(p);
    if (looksLikeName(p) && !p.split(/\s+/).some((w) => HEADLINE_WORDS.test(w)) && !JOB_NOUN_PATTERN.test(p)) {
      if (words2 === 1 && k > 0 && names > 0 && /[,|]/.test(cleaned))
        continue;
      if (words2 < NAME_MIN_WORDS || words2 > NAME_MAX_WORDS)
        return null;
      names++;
    } else if (wordCount(p) > OUTLET_PART_MAX_WORDS || !isOutletOrTitle(p) && !parseDate(p) && !RELATIVE_TIME.test(p)) {
      return null;
    }
  }
  if (names === 0)
    return null;
  if (names === 1 && parts.length === 1 && cleaned.replace(/[\s,]/g, "") === raw.replace(/\s/g, "")) {
    return /\p{Ll}/u.test(s) && !/^["'“‘«]/u.test(s) && s.split(/\s+/).length >= 2 ? "single-name" : null;
  }
  return "listed";
}
var CAPS_NAME_WORDS = { min: 2, max: 3 };
function isCapsName(text) {
  const s = text.trim();
  const words2 = s.split(/\s+/);
  if (words2.length < CAPS_NAME_WORDS.min || words2.length > CAPS_NAME_WORDS.max || /\p{Ll}/u.test(s))
    return false;
  if (!words2.every((w) => /^\p{Lu}[\p{Lu}'’.-]*$/u.test(w)) || words2.some((w) => HEADLINE_WORDS.test(w)))
    return false;
  const name = tidyName(s);
  return looksLikeName(name) && !isOutletOrTitle(name) && !isOutletOrTitle(s);
}
function bylineOf(text) {
  const kind = bylineKind(text);
  return kind === null ? null : kind === "single-name" ? "single-name" : "byline";
}
function bylineAuthors(byline) {
  if (!byline)
    return [];
  const s = byline.replace(/\s+/g, " ").trim();
  const forOutlet = namesForOutlet(s);
  if (forOutlet)
    return forOutlet.names;
  const names = splitAuthors(s);
  if (names.length || !BYLINE_PREFIXES.some((p) => p.pattern.test(s)))
    return names;
  const rest = stripBylineNoise(s);
  return CASELESS_NAME.test(rest) ? [rest] : [];
}
var NAME_LIST_LOWER_WORDS = /* @__PURE__ */ new Set(["and", "und", "et", "y", "e", "i", "en", "or", "oder", "ou", "o", "&", "with", "mit", "avec", "con", "the", "of", "staff", "writer", "reporter", "correspondent", "editor", "editors"]);
var PREFIXED_HEADLINE_MIN_LOWER_WORDS = 2;
function prefixedHeadline(text) {
  const s = text.replace(/\s+/g, " ").trim();
  if (!BY_WORD_OPENING.test(s) || bylineKind(s) !== null)
    return false;
  if (/\d|[@/]|\.\p{L}/u.test(s))
    return false;
  if (/["«»„“”‹›]/u.test(s) || /[!?]["'”’»)]*$/u.test(s))
    return true;
  const lower = s.split(" ").slice(1).filter((w) => /^\p{Ll}/u.test(w) && !NAME_LIST_LOWER_WORDS.has(w) && !NAME_PARTICLES.has(w));
  return lower.length >= PREFIXED_HEADLINE_MIN_LOWER_WORDS;
}

export {
  wordCount,
  pageStats,
  lineShape,
  lineKey,
  flaggedRuns,
  bylineText,
  bylineKind,
  isCapsName,
  bylineOf,
  bylineAuthors,
  prefixedHeadline
};
