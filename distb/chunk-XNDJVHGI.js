import {
  timed
} from "./chunk-IYCBOZJ3.js";
import {
  blankThrough,
  matchBoilerplate,
  parseText
} from "./chunk-OT65QENL.js";
import {
  bounded
} from "./chunk-GUANEAVC.js";
import {
  mergeAuthors,
  parseDate,
  splitAuthors
} from "./chunk-2ELLDX6N.js";
import {
  cleanName,
  safeAddress,
  sanitise,
  stripControls
} from "./chunk-5WVJ2EEO.js";
import {
  ExtractError
} from "./chunk-ZA5YYWVB.js";
import {
  bodyLayout
} from "./chunk-45DHUUIA.js";
import {
  canonicalLang,
  guessLanguage
} from "./chunk-DJWOFNSH.js";

// dist/boilerplate.js
var RELATED_ITEM_MAX_WORDS = 25;
var MIN_BODY_WORDS_BEFORE_END = 30;
var words = (s) => s.split(/\s+/).filter(Boolean).length;
function ruleFor(block) {
  if (block.kind === "code" || block.kind === "table" || block.kind === "image")
    return null;
  if (block.kind === "list") {
    const items = block.text.split("\n").filter((s) => s.trim());
    const rules = items.map(matchBoilerplate);
    return rules.length > 0 && rules.every(Boolean) ? rules[0] : null;
  }
  return matchBoilerplate(block.text);
}
function isHeadlineItem(block) {
  if (block.kind === "list")
    return true;
  if (block.kind !== "paragraph" && block.kind !== "heading")
    return false;
  return words(block.text) <= RELATED_ITEM_MAX_WORDS;
}
function removeBoilerplate(blocks, removed, keep) {
  const out = [];
  let bodyWords = 0;
  const drop = (b, rule) => removed.push({ stage: "boilerplate", rule, text: b.text });
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const rule = keep?.(block) ? null : ruleFor(block);
    if (!rule) {
      out.push(block);
      bodyWords += words(block.text);
      continue;
    }
    drop(block, rule.id);
    if (rule.action === "end" && bodyWords >= MIN_BODY_WORDS_BEFORE_END) {
      for (const rest of blocks.slice(i + 1))
        drop(rest, rule.id);
      break;
    }
    if (rule.action === "list") {
      while (i + 1 < blocks.length && isHeadlineItem(blocks[i + 1]))
        drop(blocks[++i], rule.id);
    }
  }
  return out;
}

// dist/windows-1252.js
var HIGH = [
  8364,
  129,
  8218,
  402,
  8222,
  8230,
  8224,
  8225,
  710,
  8240,
  352,
  8249,
  338,
  141,
  381,
  143,
  144,
  8216,
  8217,
  8220,
  8221,
  8226,
  8211,
  8212,
  732,
  8482,
  353,
  8250,
  339,
  157,
  382,
  376
];
var CHUNK = 8192;
function decodeWindows1252(buf) {
  const parts = [];
  const units = new Array(Math.min(CHUNK, buf.length));
  for (let at = 0; at < buf.length; at += CHUNK) {
    const end = Math.min(at + CHUNK, buf.length);
    units.length = end - at;
    for (let i = at; i < end; i++) {
      const b = buf[i];
      units[i - at] = b >= 128 && b < 160 ? HIGH[b - 128] : b;
    }
    parts.push(String.fromCharCode(...units));
  }
  return parts.join("");
}
function decodeWith(decoder, buf) {
  return decoder.encoding === "windows-1252" ? decodeWindows1252(buf) : decoder.decode(buf);
}

// dist/decode.js
var CHARSET_PRESCAN_BYTES = 4096;
var BINARY_SNIFF_BYTES = 8192;
var BINARY_CONTROL_RATIO = 0.1;
var LEGACY_FALLBACK_ENCODING = "windows-1252";
var UTF8_VALID_PER_BROKEN = 1;
var UTF16_SNIFF_BYTES = 4096;
var UTF16_NUL_SHARE = 0.3;
var UTF16_OTHER_NUL_SHARE = 0.02;
var MAGIC = [
  { name: "PNG image", bytes: [137, 80, 78, 71] },
  { name: "JPEG image", bytes: [255, 216, 255] },
  { name: "GIF image", bytes: [71, 73, 70, 56] },
  { name: "PDF document", bytes: [37, 80, 68, 70, 45] },
  { name: "zip archive", bytes: [80, 75, 3, 4] },
  { name: "gzip data", bytes: [31, 139] },
  { name: "WebP/RIFF data", bytes: [82, 73, 70, 70] }
];
function startsWith(buf, bytes) {
  return bytes.length <= buf.length && bytes.every((b, i) => buf[i] === b);
}
function bomEncoding(buf) {
  if (startsWith(buf, [239, 187, 191]))
    return { encoding: "utf-8", skip: 3 };
  if (startsWith(buf, [255, 254]))
    return { encoding: "utf-16le", skip: 2 };
  if (startsWith(buf, [254, 255]))
    return { encoding: "utf-16be", skip: 2 };
  return null;
}
function assertText(buf, name) {
  for (const m of MAGIC) {
    if (startsWith(buf, m.bytes))
      throw new ExtractError("BINARY", `${name}: binary input (${m.name}), not an article`);
  }
  if (bomEncoding(buf)?.encoding.startsWith("utf-16") || sniffUtf16(buf))
    return;
  const n = Math.min(buf.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0)
      throw new ExtractError("BINARY", `${name}: binary input (NUL bytes), not an article`);
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27)
      control++;
  }
  if (n > 0 && control / n > BINARY_CONTROL_RATIO) {
    throw new ExtractError("BINARY", `${name}: binary input (control bytes), not an article`);
  }
}
function utf8Sequences(buf) {
  let valid = 0;
  let broken = 0;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i];
    if (b < 128) {
      i++;
      continue;
    }
    const len = b >= 194 && b <= 223 ? 2 : b >= 224 && b <= 239 ? 3 : b >= 240 && b <= 244 ? 4 : 0;
    let ok = len > 0 && i + len <= buf.length;
    for (let k = 1; ok && k < len; k++) {
      const c = buf[i + k];
      const lo = k === 1 ? b === 224 ? 160 : b === 240 ? 144 : 128 : 128;
      const hi = k === 1 ? b === 237 ? 159 : b === 244 ? 143 : 191 : 191;
      ok = c >= lo && c <= hi;
    }
    if (ok) {
      valid++;
      i += len;
    } else {
      broken++;
      i++;
    }
  }
  return { valid, broken };
}
function sniffUtf16(buf) {
  const n = Math.min(buf.length, UTF16_SNIFF_BYTES) & ~1;
  if (n < 4)
    return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0)
      evenNul++;
    if (buf[i + 1] === 0)
      oddNul++;
  }
  const half = n / 2;
  const guess = oddNul / half >= UTF16_NUL_SHARE && evenNul / half <= UTF16_OTHER_NUL_SHARE ? "utf-16le" : evenNul / half >= UTF16_NUL_SHARE && oddNul / half <= UTF16_OTHER_NUL_SHARE ? "utf-16be" : null;
  if (!guess)
    return null;
  const head = new TextDecoder(guess).decode(buf.subarray(0, n));
  const controls = head.match(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0;
  return controls / head.length <= BINARY_CONTROL_RATIO ? guess : null;
}
function declaredCharset(buf) {
  const head = Buffer.from(buf.subarray(0, CHARSET_PRESCAN_BYTES)).toString("latin1");
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ?? /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w:.-]+)/i.exec(head) ?? /^<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  return meta ? meta[1].toLowerCase() : null;
}
function tryDecoder(label) {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}
function decode(buf, name, transportCharset) {
  assertText(buf, name);
  const bom = bomEncoding(buf);
  if (bom) {
    return { text: new TextDecoder(bom.encoding).decode(buf.subarray(bom.skip)), encoding: bom.encoding };
  }
  const utf16 = sniffUtf16(buf);
  if (utf16)
    return { text: new TextDecoder(utf16).decode(buf), encoding: utf16 };
  const transport = transportCharset ? tryDecoder(transportCharset) : null;
  const declared = declaredCharset(buf);
  const declaredDecoder = transport ?? (declared ? tryDecoder(declared) : null);
  try {
    const text2 = new TextDecoder("utf-8", { fatal: true }).decode(buf);
    return { text: text2, encoding: "utf-8" };
  } catch {
  }
  if (declaredDecoder && declaredDecoder.encoding !== "utf-8") {
    return { text: decodeWith(declaredDecoder, buf), encoding: declaredDecoder.encoding };
  }
  const { valid, broken } = utf8Sequences(buf);
  if (declaredDecoder?.encoding === "utf-8" || valid > 0 && valid >= broken * UTF8_VALID_PER_BROKEN) {
    return { text: new TextDecoder("utf-8").decode(buf), encoding: "utf-8" };
  }
  return { text: decodeWindows1252(buf), encoding: LEGACY_FALLBACK_ENCODING };
}

// dist/detect.js
var SNIFF_CHARS = 2e4;
var TAG_DENSITY_FOR_HTML = 2;
var MIN_TAGS_FOR_HTML = 3;
var DOCUMENT_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|\?xml)/i;
var DOCUMENT_TAG = /<(?:html|body|head)[\s>]/i;
var KNOWN_TAG = /<\/?(?:p|div|span|a|br|h[1-6]|ul|ol|li|table|tr|td|th|img|article|section|header|footer|nav|main|blockquote|pre|code|em|strong|b|i|figure|meta|link|script|style|title)\b[^>]*>/gi;
function detectFormat(text2, pathHint) {
  const head = text2.slice(0, SNIFF_CHARS);
  if (DOCUMENT_START.test(head))
    return "html";
  const tags = head.match(KNOWN_TAG)?.length ?? 0;
  if (DOCUMENT_TAG.test(head) && tags >= MIN_TAGS_FOR_HTML)
    return "html";
  const density = tags * 1e3 / Math.max(1, head.length);
  if (tags >= MIN_TAGS_FOR_HTML && density >= TAG_DENSITY_FOR_HTML)
    return "html";
  if (pathHint && /\.(?:x?html?|xht)$/i.test(pathHint) && tags >= 1)
    return "html";
  return "text";
}

// dist/metadata/finish.js
var orNull = (s) => {
  const t = (s ?? "").replace(/\s+/g, " ").trim();
  return t ? t : null;
};
function finishMetadata(article, recordLang) {
  const authors = article.authors.length || article.source.format === "html" ? mergeAuthors(article.authors) : splitAuthors(article.byline);
  return {
    ...article,
    title: orNull(article.title),
    byline: orNull(article.byline),
    authors,
    siteName: orNull(article.siteName),
    description: orNull(article.description),
    image: orNull(article.image),
    url: orNull(article.url),
    lang: orNull(article.lang) ?? guessLanguage(article.blocks.map((b) => b.text).join(" ")) ?? (recordLang ? canonicalLang(recordLang) : null)
  };
}

// dist/text/front-matter.js
var FRONT_MATTER_MAX_LINES = 200;
var KEYS = {
  title: ["title", "headline"],
  authors: ["authors", "author", "byline"],
  published: ["published", "date", "datepublished", "publishdate", "pubdate", "published_at"],
  url: ["url", "canonical", "canonical_url", "canonicalurl", "link", "permalink"],
  lang: ["lang", "language", "locale"],
  description: ["description", "summary", "excerpt"],
  siteName: ["site", "sitename", "site_name"]
};
var text = (v) => typeof v === "string" && v.trim() ? v.trim() : typeof v === "number" ? String(v) : v instanceof Date ? v.toISOString() : null;
function names(v) {
  const one = (x) => text(x) ?? (x && typeof x === "object" && "name" in x ? text(x.name) : null);
  return (Array.isArray(v) ? v.map(one) : [one(v)]).filter((x) => x !== null);
}
async function readFrontMatter(source) {
  if (!/^---[ \t]*\r?\n/.test(source))
    return null;
  const lines = source.split("\n");
  const end = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*\r?$/.test(l));
  if (end < 0 || end > FRONT_MATTER_MAX_LINES)
    return null;
  const { parse } = await import("yaml");
  let data;
  try {
    data = parse(lines.slice(1, end).join("\n"), { maxAliasCount: 50 });
  } catch {
    return null;
  }
  if (!data || typeof data !== "object" || Array.isArray(data))
    return null;
  const fields = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
  const first = (keys) => keys.map((k) => fields.get(k)).find((v) => v !== void 0 && v !== null);
  const url = text(first(KEYS.url));
  const lang = text(first(KEYS.lang));
  return {
    title: text(first(KEYS.title)),
    authors: names(first(KEYS.authors)),
    published: parseDate(text(first(KEYS.published))),
    url: url && /^https?:\/\//i.test(url) ? url : null,
    lang: lang ? canonicalLang(lang) : null,
    description: text(first(KEYS.description)),
    siteName: text(first(KEYS.siteName)),
    markdown: true,
    text: blankThrough(lines, end)
  };
}

// dist/pipeline.js
async function extract(input, options = {}) {
  const name = cleanName(options.messageName ?? options.path ?? "<input>");
  const decoded = typeof input === "string" ? { text: input, encoding: "utf-8" } : timed("decode", () => decode(input, name, options.charset));
  const raw = timed("decode", () => stripControls(decoded.text.replace(/^\uFEFF/, "")));
  if (!raw.trim())
    throw new ExtractError("EMPTY", `${name}: input is empty`);
  const format = !options.inputFormat || options.inputFormat === "auto" ? detectFormat(raw, options.path) : options.inputFormat;
  const url = options.url ?? null;
  const userRules = options.rules ? await import("./user-rules-7RXUAHII.js") : null;
  const compiled = userRules && options.rules ? userRules.compileRuleSets(options.rules) : [];
  const htmlRules = userRules && compiled.length && format === "html" ? new userRules.HtmlRules(compiled, [url, options.recordUrl]) : null;
  let parsed;
  if (format === "html") {
    parsed = await parseHtmlBounded(raw, url, options, htmlRules);
    if (htmlRules)
      parsed.removed.unshift(...htmlRules.removed);
  } else {
    const preamble = await readFrontMatter(raw);
    parsed = timed("parse", () => parseText(raw, preamble));
    if (userRules && compiled.length)
      parsed = userRules.applyTextRules(parsed, userRules.rulesFor(compiled, [url, options.recordUrl, parsed.url]), raw);
  }
  const unsanitised = parsed;
  parsed = bounded(() => sanitise(unsanitised));
  const givenUrl = safeAddress(url);
  const removed = [...parsed.removed];
  const blocks = timed("content", () => removeBoilerplate(parsed.blocks, removed, htmlRules?.keepBlock));
  if (!blocks.some((b) => b.text.trim()))
    throw new ExtractError("NO_CONTENT", `${name}: no article text found`);
  const article = timed("metadata", () => finishMetadata({
    ...parsed,
    source: {
      path: options.path == null ? null : cleanName(options.path),
      format,
      encoding: decoded.encoding,
      ...options.entry ? { entry: cleanName(options.entry) } : {},
      ...options.recordUrl ? { url: cleanName(options.recordUrl) } : {}
    },
    // --url first, as on the HTML path (where parsed.url is already --url, else the canonical link);
    // a text's front matter or reader preamble names its URL only when --url is not given.
    url: format === "text" ? givenUrl ?? parsed.url : parsed.url ?? givenUrl,
    blocks,
    removed,
    quotes: []
  }, options.recordLang));
  if (options.quotes === false)
    return article;
  const [{ detectQuotes }, { resolveSpeakers }] = await Promise.all([import("./detect-GDIZQ3V4.js"), import("./entities-7HI74K37.js")]);
  article.quotes = timed("quotes", () => detectQuotes(article.blocks, article.lang));
  article.speakers = timed("quotes", () => resolveSpeakers(article.quotes, bodyLayout(article.blocks).text));
  return article;
}
var isStackOverflow = (err) => err instanceof RangeError && /call stack/i.test(err.message);
async function parseHtmlBounded(raw, url, options, rules) {
  const [{ parseHtml }, { limitNesting, MAX_NESTING_DEPTH }] = await Promise.all([import("./parse-D5OFUM5O.js"), import("./depth-22XJ3OYN.js")]);
  const bounded2 = timed("parse", () => limitNesting(raw));
  const notes = bounded2.flattened ? [{ stage: "limits", rule: "deep-nesting", text: `${bounded2.flattened} elements nested deeper than ${MAX_NESTING_DEPTH} levels (deepest ${bounded2.maxDepth}) flattened into their ancestor` }] : [];
  try {
    const parsed = await parseHtml(bounded2.html, { url, ...options.dom ? { dom: options.dom } : {}, ...rules ? { rules } : {} });
    parsed.removed.unshift(...notes);
    return parsed;
  } catch (err) {
    if (!isStackOverflow(err))
      throw err;
    const { htmlToPlainText } = await import("./strip-KNCUFF6I.js");
    const parsed = parseText(htmlToPlainText(bounded2.html));
    parsed.removed.unshift(...notes, { stage: "limits", rule: "stack-overflow-text", text: "the DOM stages overflowed the stack; the visible text was converted as text" });
    return parsed;
  }
}

export {
  extract
};
