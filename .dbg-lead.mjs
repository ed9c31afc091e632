import { readFileSync, readdirSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { readMetadata } from './dist/html/metadata.js';
import { misbuilt } from './dist/html/dom.js';
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
const fold = (s) => norm(s).normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”„«»]/g, '"');
const set = process.argv[2];
const dir = `/work/shared/bench/${set}/html/`;
const ids = process.argv.slice(3);
for (const id of ids) {
  const f = readdirSync(dir).find((x) => x.startsWith(id));
  const h = readFileSync(dir + f, 'utf8').replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
  let { document: doc } = parseHTML(h);
  if (misbuilt(doc, h)) doc = new JSDOM(h).window.document;
  const meta = readMetadata(doc, null);
  const stem = fold(meta.description).replace(/\s*(?:\[(?:…|\.\.\.)\]|…|\.\.\.)$/, '');
  const probe = stem.slice(0, 12), head = stem.slice(0, 100);
  const stack = [doc.body]; let found = null;
  while (stack.length && !found) {
    const node = stack.pop();
    if (node.nodeType === 1) { if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(node.tagName)) continue; const k = node.childNodes; for (let i = k.length - 1; i >= 0; i--) stack.push(k[i]); continue; }
    if (node.nodeType !== 3 || !fold(node.textContent).includes(probe)) continue;
    let el = node.parentElement;
    for (let i = 0; el && el !== doc.body && i < 6; i++, el = el.parentElement) {
      const t = fold(el.textContent); if (t.length < head.length) continue; if (!t.startsWith(head)) break; found = el; break;
    }
  }
  if (!found) { console.log(id, 'none'); continue; }
  const path = []; for (let e = found; e && e !== doc.body && path.length < 5; e = e.parentElement) path.push(`${e.tagName.toLowerCase()}.${(e.getAttribute('class') || '').trim().split(/\s+/).slice(0, 2).join('.')}`);
  const h1 = doc.querySelector('h1');
  const rel = h1 ? (h1.compareDocumentPosition(found) & 4 ? 'after-h1' : 'before-h1') : 'no-h1';
  let common = null; if (h1) { for (let e = found; e; e = e.parentElement) if (e.contains(h1)) { common = e; break; } }
  console.log(id.slice(0, 24), rel, 'common:', common?.tagName, (common?.getAttribute('class')||'').slice(0,30), '|', path.join(' < '));
}
