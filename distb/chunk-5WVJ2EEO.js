// dist/sanitise.js
var ANSI_SEQUENCE = new RegExp([
  "\\u001b\\[[0-?]*[ -/]*[@-~]",
  // CSI: colours, cursor movement, erase
  "\\u009b[0-?]*[ -/]*[@-~]",
  // the one-byte CSI
  "\\u001b[\\]PX^_][^\\u0007\\u001b\\u009c]*(?:\\u0007|\\u001b\\\\|\\u009c)?",
  // OSC (window title, hyperlinks), DCS, SOS, PM, APC
  "\\u001b[ -/]*[0-~]"
  // other escapes (charset selection, reset)
].join("|"), "g");
var CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
var CONTROL_BUT_LINE_ENDS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
function stripControls(s) {
  if (!CONTROL_BUT_LINE_ENDS.test(s))
    return s.includes("\r") ? s.replace(/\r\n?/g, "\n") : s;
  return s.replace(/\r\n?/g, "\n").replace(ANSI_SEQUENCE, "").replace(CONTROL_CHARS, "");
}
var NAME_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function cleanName(s) {
  return s.replace(ANSI_SEQUENCE, "\uFFFD").replace(NAME_UNSAFE, "\uFFFD");
}
function cleanAddress(s) {
  return s.replace(ANSI_SEQUENCE, "").replace(NAME_UNSAFE, "").trim();
}
var SAFE_SCHEMES = /* @__PURE__ */ new Set(["http", "https", "mailto", "ftp", "tel"]);
var NAMED_REFS = { colon: ":", tab: "	", newline: "\n", amp: "&", sol: "/", lpar: "(", rpar: ")", period: "." };
function renderedUrl(url) {
  return url.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (whole, ref) => {
    if (ref[0] !== "#")
      return NAMED_REFS[ref.toLowerCase()] ?? whole;
    const cp = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return cp > 0 && cp <= 1114111 ? String.fromCodePoint(cp) : "";
  }).replace(/\\(.)/g, "$1").replace(/[\u0000-\u0020\u007f-\u009f]+/g, "").toLowerCase();
}
function isSafeDestination(url) {
  const u = renderedUrl(url.replace(/^<|>$/g, ""));
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(u);
  return !scheme || SAFE_SCHEMES.has(scheme[1]);
}
var LINK_TAIL = /\]\(\s*(<[^>\n]{0,2048}>|(?:\\.|[^\s()\\]|\((?:\\.|[^\s()\\]){0,2048}\)){0,2048})(?:\s+(?:"(?:\\.|[^"\\]){0,1024}"|'(?:\\.|[^'\\]){0,1024}'))?\s*\)/g;
var RAW_HTML_START = /<(?=[A-Za-z/!?])/g;
var LINK_TEXT_SEARCH = 4096;
function escaped(s, at) {
  let n = 0;
  for (let i = at - 1; i >= 0 && s[i] === "\\"; i--)
    n++;
  return n % 2 === 1;
}
function dropUnsafeLinks(md) {
  if (!md.includes("]("))
    return md;
  let out = "";
  let copied = 0;
  LINK_TAIL.lastIndex = 0;
  for (let m = LINK_TAIL.exec(md); m; m = LINK_TAIL.exec(md)) {
    if (escaped(md, m.index) || isSafeDestination(m[1]))
      continue;
    let open = -1;
    for (let i = m.index - 1, depth = 0; i >= Math.max(copied, m.index - LINK_TEXT_SEARCH); i--) {
      const c = md[i];
      if (c !== "[" && c !== "]" || escaped(md, i))
        continue;
      if (c === "]")
        depth++;
      else if (depth === 0) {
        open = i;
        break;
      } else
        depth--;
    }
    const image = open > 0 && md[open - 1] === "!" && !escaped(md, open - 1);
    const from = open < 0 ? m.index : image ? open - 1 : open;
    const text = open < 0 || image ? "" : md.slice(open + 1, m.index);
    out += md.slice(copied, from) + text;
    copied = m.index + m[0].length;
  }
  return copied ? out + md.slice(copied) : md;
}
function safeProse(md) {
  return dropUnsafeLinks(md).replace(RAW_HTML_START, (lt, at, s) => escaped(s, at) ? lt : "\\<");
}
function safeLine(line) {
  if (!line.includes("`"))
    return safeProse(line);
  let out = "";
  let from = 0;
  const ticks = /`+/g;
  const noClose = /* @__PURE__ */ new Set();
  for (let open = ticks.exec(line); open; open = ticks.exec(line)) {
    const len = open[0].length;
    if (escaped(line, open.index) || noClose.has(len))
      continue;
    const close = new RegExp(`(?<!\`)\`{${len}}(?!\`)`, "g");
    close.lastIndex = open.index + len;
    const c = close.exec(line);
    if (!c) {
      noClose.add(len);
      continue;
    }
    out += safeProse(line.slice(from, open.index)) + line.slice(open.index, c.index + len);
    from = c.index + len;
    ticks.lastIndex = from;
  }
  return out + safeProse(line.slice(from));
}
var FENCE = /^(?:\s*>)*\s{0,3}(`{3,}|~{3,})/;
function safeMarkdown(md) {
  if (!/[<\]]/.test(md))
    return md;
  let fence = null;
  return md.split("\n").map((line) => {
    const f = FENCE.exec(line)?.[1];
    if (fence) {
      if (f && f[0] === fence[0] && f.length >= fence.length)
        fence = null;
      return line;
    }
    if (f) {
      fence = f;
      return line;
    }
    return safeLine(line);
  }).join("\n");
}
var clean = (s) => s === null ? null : stripControls(s).trim() || null;
var safeAddress = (s) => {
  const c = s === null ? null : cleanAddress(s);
  return c && isSafeDestination(c) ? c : null;
};
function safeBlock(b) {
  const text = stripControls(b.text);
  const md = stripControls(b.markdown);
  return { ...b, text, markdown: b.kind === "code" ? md : safeMarkdown(md) };
}
function sanitise(parsed) {
  return {
    ...parsed,
    title: clean(parsed.title),
    byline: clean(parsed.byline),
    authors: parsed.authors.map((a) => stripControls(a).trim()).filter(Boolean),
    published: clean(parsed.published),
    siteName: clean(parsed.siteName),
    lang: clean(parsed.lang),
    url: safeAddress(parsed.url),
    description: clean(parsed.description),
    image: safeAddress(parsed.image),
    blocks: parsed.blocks.map(safeBlock),
    removed: parsed.removed.map((r) => ({ ...r, text: stripControls(r.text) }))
  };
}

export {
  stripControls,
  cleanName,
  safeAddress,
  sanitise
};
