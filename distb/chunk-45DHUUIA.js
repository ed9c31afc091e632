// dist/body.js
function bodyLayout(blocks) {
  const parts = [];
  const starts = [];
  const paragraphs = [];
  let at = 0;
  for (const b of blocks) {
    const t = b.text.trim() ? b.text : "";
    if (!t) {
      starts.push(-1);
      paragraphs.push(-1);
      continue;
    }
    if (parts.length)
      at += 2;
    starts.push(at);
    paragraphs.push(parts.length);
    parts.push(t);
    at += t.length;
  }
  return { text: parts.join("\n\n"), starts, paragraphs };
}

export {
  bodyLayout
};
