import {
  renderText
} from "./chunk-NTKKPD2S.js";
import {
  extract
} from "./chunk-XNDJVHGI.js";
import {
  countWords,
  filterReason
} from "./chunk-RA73VC3C.js";
import {
  readInput
} from "./chunk-6MMM5J6Q.js";
import {
  bounded
} from "./chunk-GUANEAVC.js";
import {
  stripControls
} from "./chunk-5WVJ2EEO.js";
import {
  ExtractError,
  docName
} from "./chunk-ZA5YYWVB.js";
import {
  bodyLayout
} from "./chunk-45DHUUIA.js";

// dist/model.js
var SCHEMA_VERSION = 1;

// dist/render/direction.js
var RTL_LANGUAGES = [
  { id: "ar", reason: "Arabic, Arabic script" },
  { id: "he", reason: "Hebrew, Hebrew script" },
  { id: "iw", reason: "Hebrew (the old code some sites still declare)" },
  { id: "fa", reason: "Persian, Arabic script" },
  { id: "ur", reason: "Urdu, Arabic script" },
  { id: "yi", reason: "Yiddish, Hebrew script" },
  { id: "ps", reason: "Pashto, Arabic script" },
  { id: "sd", reason: "Sindhi, Arabic script (in Pakistan)" },
  { id: "ug", reason: "Uyghur, Arabic script" },
  { id: "ckb", reason: "Central Kurdish (Sorani), Arabic script" },
  { id: "dv", reason: "Dhivehi, Thaana script" },
  { id: "syr", reason: "Syriac" }
];
var RTL_SCRIPTS = /* @__PURE__ */ new Set(["arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg"]);
var RTL_CODES = new Set(RTL_LANGUAGES.map((l) => l.id));
var RTL_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/gu;
var LETTER = /\p{L}/gu;
var SAMPLE_CHARS = 4e3;
var RTL_SHARE = 0.5;
function directionOfLang(lang) {
  const parts = (lang ?? "").trim().toLowerCase().split(/[-_]/);
  const primary = parts[0];
  if (!primary || primary === "und" || !/^[a-z]{2,3}$/.test(primary))
    return null;
  const script = parts.slice(1).find((p) => /^[a-z]{4}$/.test(p));
  if (script)
    return RTL_SCRIPTS.has(script) ? "rtl" : "ltr";
  return RTL_CODES.has(primary) ? "rtl" : "ltr";
}
function directionOfText(text) {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(LETTER)?.length ?? 0;
  if (letters === 0)
    return "ltr";
  const rtl = sample.match(RTL_LETTER)?.length ?? 0;
  return rtl / letters >= RTL_SHARE ? "rtl" : "ltr";
}
function articleDirection(article) {
  const declared = directionOfLang(article.lang);
  if (declared === "rtl")
    return "rtl";
  const text = [article.title ?? "", ...article.blocks.map((b) => b.text)].join("\n");
  return directionOfText(text);
}

// dist/render/html.js
import { createRequire } from "node:module";
var parser = null;
function markdownParser() {
  if (parser)
    return parser;
  const MarkdownIt = createRequire(import.meta.url)("markdown-it");
  parser = new MarkdownIt("commonmark", { html: false, linkify: false, typographer: false }).enable(["table", "strikethrough"]);
  parser.validateLink = () => true;
  return parser;
}
var BLOCK_TAGS = {
  paragraph: "p",
  bullet_list: "ul",
  ordered_list: "ol",
  list_item: "li",
  blockquote: "blockquote",
  table: "table",
  thead: "thead",
  tbody: "tbody",
  tr: "tr",
  th: "th",
  td: "td"
};
var INLINE_TAGS = { em: "em", strong: "strong", s: "del" };
var HEADING_TAG = /^h[1-6]$/;
var LINK_SCHEMES = /* @__PURE__ */ new Set(["http:", "https:", "mailto:"]);
var IMAGE_SCHEMES = /* @__PURE__ */ new Set(["http:", "https:"]);
var CODE_LANG = /^[\w+#.-]{1,40}$/;
var DATETIME = /^\d{4}-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})?)?)?$/;
var LANG_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i;
var HTML_FORBIDDEN = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
var clean = (s) => s.replace(HTML_FORBIDDEN, "").replace(/\r\n?/g, "\n");
var escapeText = (s) => clean(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;");
var escapeAttr = (s) => clean(s).replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
function absoluteUrl(raw, base, schemes = LINK_SCHEMES) {
  const s = (raw ?? "").trim();
  if (!s || s.startsWith("#"))
    return null;
  let u;
  try {
    u = base ? new URL(s, base) : new URL(s);
  } catch {
    return null;
  }
  if (!schemes.has(u.protocol))
    return null;
  if ((u.protocol === "http:" || u.protocol === "https:") && !u.hostname)
    return null;
  return u.href;
}
var attrOf = (t, name) => {
  const v = t.attrGet(name);
  return v === null ? null : String(v);
};
var attr = (name, value) => ` ${name}="${escapeAttr(value)}"`;
function inlineHtml(tokens, ctx) {
  let out = "";
  const openLinks = [];
  for (const t of tokens) {
    switch (t.type) {
      case "text":
      case "text_special":
        out += escapeText(t.content);
        break;
      case "softbreak":
        out += "\n";
        break;
      case "hardbreak":
        out += "<br>\n";
        break;
      case "code_inline":
        out += `<code>${escapeText(t.content)}</code>`;
        break;
      case "link_open": {
        const href = absoluteUrl(attrOf(t, "href"), ctx.base);
        const title = attrOf(t, "title");
        openLinks.push(href !== null);
        if (href)
          out += `<a${attr("href", href)}${title ? attr("title", title) : ""}>`;
        break;
      }
      case "link_close":
        if (openLinks.pop())
          out += "</a>";
        break;
      case "image": {
        const src = absoluteUrl(attrOf(t, "src"), ctx.base, IMAGE_SCHEMES);
        const title = attrOf(t, "title");
        if (src)
          out += `<img${attr("src", src)}${attr("alt", imageAlt(t))}${title ? attr("title", title) : ""}>`;
        break;
      }
      default: {
        const m = /^(\w+)_(open|close)$/.exec(t.type);
        const tag = m ? INLINE_TAGS[m[1]] : void 0;
        if (tag)
          out += m[2] === "open" ? `<${tag}>` : `</${tag}>`;
        else if (t.children)
          out += inlineHtml(t.children, ctx);
        else if (t.content && !m)
          out += escapeText(t.content);
      }
    }
  }
  return out;
}
function imageAlt(t) {
  return (t.children ?? []).map((c) => c.type === "image" ? imageAlt(c) : c.content).join("") || t.content;
}
function blockHtml(tokens, ctx) {
  let out = "";
  for (const t of tokens) {
    const m = /^(\w+?)_(open|close)$/.exec(t.type);
    if (m) {
      const kind = m[1];
      const tag = kind === "heading" ? HEADING_TAG.test(t.tag) ? t.tag : "h2" : BLOCK_TAGS[kind];
      if (!tag || t.hidden)
        continue;
      if (m[2] === "close") {
        out += `</${tag}>
`;
        continue;
      }
      if (out && !out.endsWith("\n"))
        out += "\n";
      let attrs = "";
      if (tag === "ol") {
        const start = Number(attrOf(t, "start") ?? 1);
        if (Number.isInteger(start) && start !== 1)
          attrs += attr("start", String(start));
      }
      out += `<${tag}${attrs}>${tag === "p" || tag === "li" || HEADING_TAG.test(tag) || tag === "th" || tag === "td" ? "" : "\n"}`;
      continue;
    }
    switch (t.type) {
      case "inline":
        out += inlineHtml(t.children ?? [], ctx);
        break;
      case "fence":
      case "code_block": {
        const lang = t.info.trim().split(/\s+/)[0] ?? "";
        const cls = lang && CODE_LANG.test(lang) ? attr("class", `language-${lang}`) : "";
        out += `<pre><code${cls}>${escapeText(t.content.replace(/\n$/, ""))}</code></pre>
`;
        break;
      }
      case "hr":
        out += "<hr>\n";
        break;
      default:
        if (t.content)
          out += `<p>${escapeText(t.content)}</p>
`;
    }
  }
  return out;
}
function tokensOf(markdown) {
  return markdownParser().parse(markdown, {});
}
function figureHtml(block, ctx) {
  const tokens = tokensOf(block.markdown);
  const images = [];
  const caption = [];
  for (const t of tokens) {
    if (t.type !== "inline")
      continue;
    const children = t.children ?? [];
    const onlyImages = children.every((c) => c.type === "image" || c.type === "softbreak" || c.type === "link_open" || c.type === "link_close" || c.type === "text" && !c.content.trim());
    if (onlyImages && children.some((c) => c.type === "image")) {
      for (const c of children)
        if (c.type === "image")
          images.push(inlineHtml([c], ctx));
    } else {
      const inner = children.length > 2 && children[0].type === "em_open" && children[children.length - 1].type === "em_close" ? children.slice(1, -1) : children;
      caption.push(inlineHtml(inner, ctx));
    }
  }
  const shown = images.filter(Boolean);
  if (shown.length === 0)
    return "";
  return `<figure>
${shown.join("\n")}
${caption.length ? `<figcaption>${caption.join(" ")}</figcaption>
` : ""}</figure>
`;
}
function visibleText(tokens) {
  let out = "";
  for (const t of tokens) {
    if (t.type === "inline")
      out += visibleText(t.children ?? []);
    else if (t.type === "text" || t.type === "text_special" || t.type === "code_inline" || t.type === "fence" || t.type === "code_block")
      out += t.content;
    else if (t.type === "softbreak" || t.type === "hardbreak")
      out += " ";
  }
  return out;
}
var squeeze = (s) => clean(s).replace(/\s+/g, "");
function plainBlockHtml(block) {
  const t = block.text;
  switch (block.kind) {
    case "heading": {
      const level = Math.min(6, Math.max(1, block.level ?? 2));
      return `<h${level}>${escapeText(t)}</h${level}>
`;
    }
    case "list": {
      const tag = block.ordered ? "ol" : "ul";
      const items = t.split("\n").filter((l) => l.trim()).map((l) => `<li>${escapeText(l.trim())}</li>
`);
      return `<${tag}>
${items.join("")}</${tag}>
`;
    }
    case "table": {
      const rows = t.split("\n").map((r) => `<tr>
${r.split("	").map((c) => `<td>${escapeText(c)}</td>
`).join("")}</tr>
`);
      return `<table>
<tbody>
${rows.join("")}</tbody>
</table>
`;
    }
    case "quote":
      return `<blockquote>
<p>${escapeText(t)}</p>
</blockquote>
`;
    default:
      return `<p>${escapeText(t)}</p>
`;
  }
}
function blockToHtml(block, ctx) {
  if (block.kind === "image")
    return figureHtml(block, ctx);
  if (block.kind === "code") {
    const cls = block.lang && CODE_LANG.test(block.lang) ? attr("class", `language-${block.lang}`) : "";
    return `<pre><code${cls}>${escapeText(block.text)}</code></pre>
`;
  }
  const tokens = tokensOf(block.markdown);
  return squeeze(visibleText(tokens)) === squeeze(block.text) ? blockHtml(tokens, ctx) : plainBlockHtml(block);
}
function baseOf(article) {
  return absoluteUrl(article.url, null, IMAGE_SCHEMES) ?? absoluteUrl(article.source.url, null, IMAGE_SCHEMES);
}
function bodyHtml(article) {
  const ctx = { base: baseOf(article) };
  return article.blocks.map((b) => blockToHtml(b, ctx)).join("");
}
function displayDate(iso, lang) {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m)
    return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1)));
  if (Number.isNaN(date.getTime()))
    return iso;
  const options = m[3] ? { dateStyle: "long", timeZone: "UTC" } : { year: "numeric", month: "long", timeZone: "UTC" };
  try {
    return new Intl.DateTimeFormat(langAttribute(lang) ?? "en", options).format(date);
  } catch {
    return new Intl.DateTimeFormat("en", options).format(date);
  }
}
function headerHtml(article, base) {
  const lines = [];
  if (article.title)
    lines.push(`<h1>${escapeText(article.title)}</h1>`);
  const byline = article.authors.length ? article.authors.join(", ") : article.byline;
  if (byline)
    lines.push(`<address>${escapeText(byline)}</address>`);
  const meta = [];
  if (article.published) {
    const shown = escapeText(displayDate(article.published, article.lang));
    meta.push(DATETIME.test(article.published) ? `<time${attr("datetime", article.published)}>${shown}</time>` : shown);
  }
  if (base)
    meta.push(`<a${attr("href", base)}>${escapeText(article.siteName ?? new URL(base).hostname)}</a>`);
  else if (article.siteName)
    meta.push(escapeText(article.siteName));
  if (meta.length)
    lines.push(`<p>${meta.join(" \xB7 ")}</p>`);
  return lines.length ? `<header>
${lines.join("\n")}
</header>
` : "";
}
function langAttribute(lang) {
  const tag = (lang ?? "").trim().replace(/_/g, "-");
  return tag && LANG_TAG.test(tag) ? tag : null;
}
function renderHtml(article) {
  const base = baseOf(article);
  const dir = articleDirection(article);
  const lang = langAttribute(article.lang);
  const title = article.title ?? article.siteName ?? "Article";
  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeText(title)}</title>`,
    ...base ? [`<link rel="canonical"${attr("href", base)}>`] : [],
    ...article.description ? [`<meta name="description"${attr("content", article.description)}>`] : [],
    ...article.published ? [`<meta name="date"${attr("content", article.published)}>`] : [],
    ...article.authors.length ? [`<meta name="author"${attr("content", article.authors.join(", "))}>`] : []
  ].join("\n");
  const body = bodyHtml(article);
  return `<!DOCTYPE html>
<html${lang ? attr("lang", lang) : ""}${attr("dir", dir)}>
<head>
${head}
</head>
<body>
<article>
${headerHtml(article, base)}<div>
${body}</div>
</article>
</body>
</html>
`;
}

// dist/render/json.js
function bodyMarkdown(article) {
  return article.blocks.map((b) => b.markdown).filter((m) => m.trim()).join("\n\n");
}
function toJson(article) {
  const text = bodyLayout(article.blocks).text;
  return {
    schemaVersion: SCHEMA_VERSION,
    source: article.source,
    title: article.title,
    byline: article.byline,
    authors: article.authors,
    published: article.published,
    siteName: article.siteName,
    lang: article.lang,
    dir: articleDirection(article),
    url: article.url,
    description: article.description,
    image: article.image,
    text,
    markdown: bodyMarkdown(article),
    html: bodyHtml(article),
    quotes: article.quotes.map((q) => ({ ...q, speakerIndex: q.speakerIndex ?? null })),
    speakers: article.speakers ?? [],
    wordCount: countWords(text)
  };
}
function renderJson(article) {
  return JSON.stringify(toJson(article), null, 2) + "\n";
}
function renderNdjsonLine(article) {
  return JSON.stringify(toJson(article)) + "\n";
}

// dist/render/markdown-links.js
var MAX_TARGET_CHARS = 2048;
var MAX_PAREN_DEPTH = 32;
function analyse(s) {
  const runs = /* @__PURE__ */ new Map();
  for (let i = 0; i < s.length; ) {
    if (s[i] !== "`") {
      i++;
      continue;
    }
    let n = 0;
    while (s[i + n] === "`")
      n++;
    (runs.get(n) ?? runs.set(n, []).get(n)).push(i);
    i += n;
  }
  const codeEnd = /* @__PURE__ */ new Map();
  const spanEnd = (at) => {
    let n = 0;
    while (s[at + n] === "`")
      n++;
    const list = runs.get(n) ?? [];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (list[mid] <= at)
        lo = mid + 1;
      else
        hi = mid;
    }
    return lo < list.length ? list[lo] + n : -1;
  };
  const close = new Int32Array(s.length).fill(-1);
  const stack = [];
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "`") {
      const end = spanEnd(i);
      let n = 0;
      while (s[i + n] === "`")
        n++;
      codeEnd.set(i, end);
      i = (end > 0 ? end : i + n) - 1;
      continue;
    }
    if (c === "[")
      stack.push(i);
    else if (c === "]" && stack.length)
      close[stack.pop()] = i;
  }
  const memo = /* @__PURE__ */ new Map();
  const next = (ch, from) => {
    const m = memo.get(ch);
    if (m && m.from <= from && (m.found === -1 || m.found >= from))
      return m.found;
    const found = s.indexOf(ch, from);
    memo.set(ch, { from, found });
    return found;
  };
  return { close, codeEnd, next };
}
function targetEnd(s, a, at) {
  if (s[at] !== "(")
    return -1;
  const limit = Math.min(s.length, at + MAX_TARGET_CHARS);
  let i = at + 1;
  const space = () => {
    while (i < limit && (s[i] === " " || s[i] === "	" || s[i] === "\n"))
      i++;
  };
  space();
  if (s[i] === "<") {
    const gt = a.next(">", i);
    const nl = a.next("\n", i);
    if (gt < 0 || gt >= limit || nl >= 0 && nl < gt)
      return -1;
    i = gt + 1;
  } else {
    let depth = 0;
    for (; i < limit; i++) {
      const c = s[i];
      if (c === "\\") {
        i++;
        continue;
      }
      if (c === " " || c === "	" || c === "\n")
        break;
      if (c === "(") {
        if (++depth > MAX_PAREN_DEPTH)
          return -1;
      } else if (c === ")") {
        if (depth === 0)
          break;
        depth--;
      }
    }
  }
  space();
  const quote = s[i];
  if (i < limit && (quote === '"' || quote === "'" || quote === "(")) {
    const closeChar = quote === "(" ? ")" : quote;
    let j = a.next(closeChar, i + 1);
    while (j >= 0 && j < limit && backslashesBefore(s, j) % 2 === 1)
      j = s.indexOf(closeChar, j + 1);
    if (j < 0 || j >= limit)
      return -1;
    i = j + 1;
    space();
  }
  return i < limit && s[i] === ")" ? i + 1 : -1;
}
function backslashesBefore(s, at) {
  let n = 0;
  while (at - n - 1 >= 0 && s[at - n - 1] === "\\")
    n++;
  return n;
}
function rewriteLinks(s, visit) {
  return rewriteRange(s, analyse(s), 0, s.length, visit);
}
function rewriteRange(s, a, from, to, visit) {
  let out = "";
  let last = "";
  const write = (t) => {
    if (!t)
      return;
    out += t;
    last = t[t.length - 1];
  };
  let i = from;
  while (i < to) {
    const c = s[i];
    if (c === "\\") {
      write(s.slice(i, Math.min(i + 2, to)));
      i += 2;
      continue;
    }
    if (c === "`") {
      let n = 0;
      while (s[i + n] === "`")
        n++;
      const end = a.codeEnd.get(i) ?? -1;
      const stop = Math.min(to, end > 0 ? end : i + n);
      write(s.slice(i, stop));
      i = stop;
      continue;
    }
    const image = c === "!" && s[i + 1] === "[";
    const open = image ? i + 1 : i;
    if (image || c === "[") {
      const close = a.close[open];
      const end = close > 0 && close < to && s[close + 1] === "(" ? targetEnd(s, a, close + 1) : -1;
      if (end > 0 && end <= to) {
        const target = s.slice(close + 2, end - 1).trim();
        write(image ? visit.image(s.slice(open + 1, close), target) : visit.link(rewriteRange(s, a, open + 1, close, visit), target));
        i = end;
        continue;
      }
    }
    if (visit.escapeLinkSyntax && c === "(" && last === "]")
      write("\\(");
    else if (visit.escapeImageSyntax && c === "[" && last === "!")
      write("\\[");
    else
      write(c);
    i++;
  }
  return out;
}
function shapeBlock(block, options, references) {
  if (block.kind === "code")
    return block.markdown;
  if (options.images === false && block.kind === "image")
    return null;
  const md = rewriteLinks(block.markdown, {
    image: (alt, target) => options.images === false ? "" : `![${alt}](${target})`,
    link: (label, target) => {
      if (options.links === false || !label.trim())
        return label;
      if (options.linkStyle !== "referenced")
        return `[${label}](${target})`;
      let n = references.get(target);
      if (n === void 0) {
        n = references.size + 1;
        references.set(target, n);
      }
      return `[${label}][${n}]`;
    },
    escapeLinkSyntax: options.links === false,
    escapeImageSyntax: options.images === false
  });
  return md.trim() ? md : null;
}
function shapedBodyMarkdown(article, options) {
  const references = /* @__PURE__ */ new Map();
  const parts = article.blocks.map((b) => shapeBlock(b, options, references)).filter((m) => m !== null && m.trim() !== "");
  const body = parts.join("\n\n");
  if (!references.size)
    return body;
  const defs = [...references].map(([target, n]) => `[${n}]: ${target}`);
  return `${body}

${defs.join("\n")}`;
}
function isDefaultShape(options) {
  return options.links !== false && options.images !== false && options.linkStyle !== "referenced";
}

// dist/render/markdown.js
function yamlString(value) {
  const s = stripControls(value);
  const plain = /^[\p{L}\p{N}][\p{L}\p{N} ,.'’()/&+-]*$/u.test(s) && !/^(?:true|false|yes|no|null|on|off|~)$/i.test(s) && !/:\s|\s#/.test(s) && !/^[\d.+-][\w.+-]*$/.test(s);
  if (plain)
    return s;
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n").replace(/\t/g, "\\t").replace(/</g, "\\x3C").replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}"`;
}
function frontMatter(article) {
  const lines = ["---"];
  const field = (key, value) => {
    if (value)
      lines.push(`${key}: ${yamlString(value)}`);
  };
  field("title", article.title);
  if (article.authors.length) {
    lines.push("authors:");
    for (const a of article.authors)
      lines.push(`  - ${yamlString(a)}`);
  }
  field("byline", article.authors.length ? null : article.byline);
  field("published", article.published);
  field("site", article.siteName);
  field("lang", article.lang);
  field("url", article.url);
  field("description", article.description);
  field("image", article.image);
  field("source", article.source.path && article.source.path !== "-" ? article.source.path : null);
  lines.push("---");
  return lines.length > 2 ? lines.join("\n") + "\n\n" : "";
}
function quotesSection(article) {
  if (!article.quotes.length)
    return "";
  const items = article.quotes.map((q) => `- \u201C${inline(q.text)}\u201D \u2014 ${q.speaker ? inline(q.speaker) : "unattributed"}${q.speakerText && q.speakerText !== q.speaker ? ` (${inline(q.speakerText)})` : ""}`);
  return `

## Quotes

${items.join("\n")}${speakersSection(article)}`;
}
function speakersSection(article) {
  const speakers = article.speakers ?? [];
  if (!speakers.length)
    return "";
  const items = speakers.map((s, i) => {
    const aliases = s.aliases.length ? `; also ${s.aliases.map((a) => `\u201C${inline(a)}\u201D`).join(", ")}` : "";
    return `${i + 1}. ${inline(s.name)} (${s.kind}${aliases}): ${s.quotes} ${s.quotes === 1 ? "quote" : "quotes"}, ${s.words} ${s.words === 1 ? "word" : "words"}`;
  });
  return `

### Speakers

${items.join("\n")}`;
}
var inline = (s) => s.replace(/\s+/g, " ").replace(/[\\`*_[\]<>]/g, "\\$&");
function renderMarkdown(article, options = {}) {
  const head = options.frontMatter === false ? "" : frontMatter(article);
  const title = article.title ? `# ${inline(article.title)}

` : "";
  const body = isDefaultShape(options) ? bodyMarkdown(article) : shapedBodyMarkdown(article, options);
  return `${head}${title}${body}${options.quotes ? quotesSection(article) : ""}
`;
}

// dist/render/chunk.js
function chunkArticle(article, maxWords) {
  const layout = bodyLayout(article.blocks);
  const units = [];
  article.blocks.forEach((b, i) => {
    const start = layout.starts[i];
    if (start < 0)
      return;
    units.push({ start, end: start + b.text.length, words: countWords(b.text), heading: b.kind === "heading" ? b.level ?? 2 : null, text: b.text });
  });
  const sections = [];
  let current = [];
  for (const u of units) {
    const onlyHeadings = current.every((c) => c.heading !== null);
    if (u.heading !== null && current.length && !onlyHeadings) {
      sections.push(current);
      current = [];
    }
    current.push(u);
  }
  if (current.length)
    sections.push(current);
  const chunks = [];
  const path = [];
  for (const section of sections) {
    const total = section.reduce((n, u) => n + u.words, 0);
    const target = Math.ceil(total / Math.max(1, Math.ceil(total / maxWords)));
    let piece = [];
    let words = 0;
    let headings = headingPath(path);
    const close = () => {
      if (!piece.length)
        return;
      const start = piece[0].start;
      const end = piece[piece.length - 1].end;
      chunks.push({ index: chunks.length, headings, text: layout.text.slice(start, end), start, end, wordCount: words });
      piece = [];
      words = 0;
    };
    for (const u of section) {
      if (u.heading !== null) {
        while (path.length && path[path.length - 1].level >= u.heading)
          path.pop();
        path.push({ level: u.heading, text: u.text });
      }
      const leadingHeadings = piece.every((p) => p.heading !== null);
      if (piece.length && (words + u.words > maxWords || !leadingHeadings && words >= target))
        close();
      if (!piece.length || u.heading !== null)
        headings = headingPath(path);
      piece.push(u);
      words += u.words;
    }
    close();
  }
  return chunks;
}
var headingPath = (path) => path.map((h) => h.text.replace(/\s+/g, " ").trim());
function renderChunkLines(article, maxWords) {
  const chunks = chunkArticle(article, maxWords);
  const dir = articleDirection(article);
  let out = "";
  for (const c of chunks) {
    const line = {
      schemaVersion: SCHEMA_VERSION,
      source: article.source,
      title: article.title,
      byline: article.byline,
      authors: article.authors,
      published: article.published,
      siteName: article.siteName,
      lang: article.lang,
      dir,
      url: article.url,
      chunk: c.index,
      chunks: chunks.length,
      headings: c.headings,
      text: c.text,
      start: c.start,
      end: c.end,
      wordCount: c.wordCount
    };
    out += JSON.stringify(line) + "\n";
  }
  return out;
}

// dist/batch/convert.js
var showsQuotes = (r) => r.format === "json" || r.format === "ndjson" && !r.chunk || r.format === "md" && r.quotes;
var firstLine = (s) => s.split("\n", 1)[0].trim();
async function convert(task) {
  try {
    const input = task.data ?? await readInput(task.path, task.maxBytes);
    const name = docName(task);
    const article = await extract(input, {
      ...task.extract,
      url: task.url ?? task.extract.url ?? task.fetchedUrl ?? null,
      inputFormat: task.inputFormat,
      path: task.path,
      messageName: name,
      ...task.entry ? { entry: task.entry } : {},
      ...task.url ?? task.fetchedUrl ? { recordUrl: task.url ?? task.fetchedUrl } : {},
      ...task.charset ? { charset: task.charset } : {},
      ...task.recordLang ? { recordLang: task.recordLang } : {},
      ...showsQuotes(task.render) ? {} : { quotes: false }
    });
    const skipped = task.filter ? filterReason(article, task.filter) : null;
    if (skipped)
      return { ok: true, skipped };
    const r = task.render;
    const output = bounded(() => r.format === "json" ? renderJson(article) : r.format === "ndjson" ? r.chunk ? renderChunkLines(article, r.chunk) : renderNdjsonLine(article) : r.format === "text" ? renderText(article) : r.format === "html" ? renderHtml(article) : renderMarkdown(article, { frontMatter: r.frontMatter, quotes: r.quotes, ...r.links === false ? { links: false } : {}, ...r.images === false ? { images: false } : {}, ...r.linkStyle ? { linkStyle: r.linkStyle } : {} }));
    return task.explain ? { ok: true, output, removed: article.removed } : { ok: true, output };
  } catch (err) {
    if (err instanceof ExtractError)
      return { ok: false, code: err.code, message: err.message, ...err.stack ? { stack: err.stack } : {} };
    const e = err;
    return { ok: false, code: "INTERNAL", message: `${docName(task)}: internal error: ${firstLine(e?.message ?? String(err))}`, stack: e?.stack };
  }
}

export {
  showsQuotes,
  convert
};
