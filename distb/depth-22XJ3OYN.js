// dist/html/depth.js
var MAX_NESTING_DEPTH = 200;
var VOID = /* @__PURE__ */ new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr", "frame", "basefont", "bgsound", "image"]);
var RAW_TEXT = /* @__PURE__ */ new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "plaintext"]);
var PHRASING = /* @__PURE__ */ new Set(["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "nobr", "big"]);
var CLOSES_P = /* @__PURE__ */ new Set(["address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt", "listing"]);
var IMPLIED_END = {
  li: { closes: ["li"], scope: ["ul", "ol", "menu"] },
  dt: { closes: ["dt", "dd"], scope: ["dl"] },
  dd: { closes: ["dt", "dd"], scope: ["dl"] },
  tr: { closes: ["tr", "td", "th"], scope: ["table", "tbody", "thead", "tfoot"] },
  td: { closes: ["td", "th"], scope: ["tr", "table"] },
  th: { closes: ["td", "th"], scope: ["tr", "table"] },
  tbody: { closes: ["tbody", "thead", "tfoot", "tr", "td", "th"], scope: ["table"] },
  thead: { closes: ["tbody", "thead", "tfoot", "tr", "td", "th"], scope: ["table"] },
  tfoot: { closes: ["tbody", "thead", "tfoot", "tr", "td", "th"], scope: ["table"] },
  option: { closes: ["option"], scope: ["select", "datalist", "optgroup"] },
  optgroup: { closes: ["option", "optgroup"], scope: ["select"] },
  rt: { closes: ["rt", "rp", "rb"], scope: ["ruby"] },
  rp: { closes: ["rt", "rp", "rb"], scope: ["ruby"] }
};
var P_SEARCH_LIMIT = 32;
var SCOPE_SEARCH_LIMIT = 64;
var TOKEN = /<!--[\s\S]*?(?:-->|$)|<[!?][^>]*>|<(\/?)([a-zA-Z][^\s/>]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
function limitNesting(html, limit = MAX_NESTING_DEPTH) {
  const stack = [];
  const openCount = /* @__PURE__ */ new Map();
  const parts = [];
  let copiedTo = 0;
  let maxDepth = 0;
  let flattened = 0;
  let foreign = 0;
  const push = (name, kept) => {
    stack.push({ name, kept });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (name === "svg" || name === "math")
      foreign++;
    if (stack.length > maxDepth)
      maxDepth = stack.length;
  };
  const pop = () => {
    const e = stack.pop();
    openCount.set(e.name, openCount.get(e.name) - 1);
    if (e.name === "svg" || e.name === "math")
      foreign--;
    return e;
  };
  const find = (names, scope, searchLimit) => {
    let found = -1;
    for (let i = stack.length - 1, n = 0; i >= 0 && n < searchLimit; i--, n++) {
      const name = stack[i].name;
      if (names.includes(name))
        found = i;
      else if (scope.includes(name))
        break;
    }
    return found;
  };
  let spaceAt = -1;
  const drop = (start, end, name) => {
    parts.push(html.slice(copiedTo, start));
    if (!PHRASING.has(name) && spaceAt !== start)
      parts.push(" ");
    if (!PHRASING.has(name) || spaceAt === start)
      spaceAt = end;
    copiedTo = end;
  };
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(html); m; m = TOKEN.exec(html)) {
    const rawName = m[2];
    if (!rawName)
      continue;
    const name = rawName.toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    if (m[1]) {
      if (!openCount.get(name))
        continue;
      let e;
      do
        e = pop();
      while (e.name !== name);
      if (!e.kept)
        drop(start, end, name);
      continue;
    }
    const implied = IMPLIED_END[name];
    if (implied) {
      const at = find(implied.closes, implied.scope, SCOPE_SEARCH_LIMIT);
      if (at >= 0)
        while (stack.length > at)
          pop();
    }
    if (CLOSES_P.has(name) && openCount.get("p")) {
      const at = find(["p"], ["button", "table", "td", "th", "caption", "html", "object", "marquee", "applet"], P_SEARCH_LIMIT);
      if (at >= 0)
        while (stack.length > at)
          pop();
    }
    const selfClosing = foreign > 0 && /\/\s*$/.test(m[3] ?? "");
    if (VOID.has(name) || selfClosing) {
      if (stack.length >= limit) {
        flattened++;
        drop(start, end, name);
      }
      continue;
    }
    const kept = stack.length < limit;
    if (RAW_TEXT.has(name)) {
      const close = closingTag(name);
      close.lastIndex = end;
      const c = close.exec(html);
      const closeEnd = c ? c.index + c[0].length : html.length;
      if (!kept) {
        flattened++;
        drop(start, closeEnd, name);
      }
      TOKEN.lastIndex = closeEnd;
      if (!c)
        break;
      continue;
    }
    if (!kept) {
      flattened++;
      drop(start, end, name);
    }
    push(name, kept);
  }
  if (!flattened)
    return { html, maxDepth, flattened };
  parts.push(html.slice(copiedTo));
  return { html: parts.join(""), maxDepth, flattened };
}
var CLOSING_TAGS = /* @__PURE__ */ new Map();
function closingTag(name) {
  let re = CLOSING_TAGS.get(name);
  if (!re)
    CLOSING_TAGS.set(name, re = new RegExp(`</${name}\\s*>`, "gi"));
  return re;
}
export {
  MAX_NESTING_DEPTH,
  limitNesting
};
