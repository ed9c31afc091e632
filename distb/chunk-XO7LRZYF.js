// dist/html/space.js
var norm = (s) => (s ?? "").replace(/\s+/g, " ").trim();

// dist/user-rules/keep.js
var KEEP_ATTRIBUTE = "data-article-extract-keep";
var KEEP_SELECTOR = `[${KEEP_ATTRIBUTE}]`;
var keptDocuments = /* @__PURE__ */ new WeakSet();
function markKept(el) {
  el.setAttribute(KEEP_ATTRIBUTE, "");
  if (el.ownerDocument)
    keptDocuments.add(el.ownerDocument);
}
function isKept(el) {
  const doc = el.ownerDocument;
  return !!doc && keptDocuments.has(doc) && (el.closest(KEEP_SELECTOR) !== null || el.querySelector(KEEP_SELECTOR) !== null);
}

export {
  norm,
  KEEP_ATTRIBUTE,
  markKept,
  isKept
};
