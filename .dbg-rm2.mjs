import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { misbuilt } from './dist/html/dom.js';
import { cleanPage } from './dist/html/clean.js';
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
const gold = JSON.parse(readFileSync('/work/shared/bench/traf-dev/gold.json', 'utf8'));
const pred = JSON.parse(readFileSync(process.argv[2], 'utf8')).predictions;
const counts = {};
for (const id of Object.keys(gold)) {
  const t = norm(pred[id]?.text);
  const miss = gold[id].with.filter((w) => !t.includes(norm(w)));
  const fps = process.argv[3] === 'fp' ? gold[id].without.filter((w) => t.includes(norm(w))) : [];
  if (!miss.length) continue;
  const h = readFileSync(`/work/shared/bench/traf-dev/html/${id}.html`, 'utf8').replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
  let { document: doc } = parseHTML(h);
  if (misbuilt(doc, h)) doc = new JSDOM(h).window.document;
  const removed = [];
  const log = [];
  const E = Object.getPrototypeOf(Object.getPrototypeOf(doc.body));
  let proto = doc.body; while (proto && !Object.prototype.hasOwnProperty.call(proto, 'remove')) proto = Object.getPrototypeOf(proto);
  const orig = proto.remove;
  proto.remove = function () { log.push([removed.length ? removed[removed.length - 1].rule : '?', norm(this.textContent), this.tagName + '.' + (this.getAttribute?.('class') || '') + '#' + (this.id || '')]); return orig.call(this); };
  try { cleanPage(doc, removed, null); } finally { proto.remove = orig; }
  for (const w of miss) {
    const l = log.find((x) => x[1].includes(norm(w)));
    if (l) { counts[l[0]] = (counts[l[0]] || 0) + 1; console.log(id, l[0], l[2].slice(0, 80), '|', w.slice(0, 40)); }
  }
}
console.log(counts);
