// dist/html/strip.js
var INVISIBLE = /<(script|style|noscript|template|svg|math|iframe|object|head|textarea|select)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
var BLOCK_TAG = /<\/?(?:p|div|section|article|main|header|footer|aside|nav|h[1-6]|ul|ol|li|dl|dt|dd|table|tr|td|th|blockquote|pre|figure|figcaption|form|fieldset|address|details|summary|hr|br)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
var ANY_TAG = /<\/?[a-zA-Z][^\s/>]*(?:[^>"']|"[^"]*"|'[^']*')*>|<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>/g;
var NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", mdash: "\u2014", ndash: "\u2013", hellip: "\u2026", lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201C", rdquo: "\u201D", laquo: "\xAB", raquo: "\xBB", copy: "\xA9" };
function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, ref) => {
    if (ref[0] === "#") {
      const cp = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return cp > 0 && cp <= 1114111 && !(cp >= 55296 && cp <= 57343) ? String.fromCodePoint(cp) : "";
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
function htmlToPlainText(html) {
  return decodeEntities(html.replace(INVISIBLE, " ").replace(BLOCK_TAG, "\n\n").replace(ANY_TAG, "")).split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean).join("\n\n");
}
export {
  htmlToPlainText
};
