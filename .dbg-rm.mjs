import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { misbuilt } from './dist/html/dom.js';
import { cleanPage } from './dist/html/clean.js';
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
const gold = JSON.parse(readFileSync('/work/shared/bench/traf-dev/gold.json', 'utf8'));
const desc = (e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${(e.getAttribute('class') || '').trim().split(/\s+/).join('.')}`;
for (const id of process.argv.slice(2)) {
  const h = readFileSync(`/work/shared/bench/traf-dev/html/${id}.html`, 'utf8').replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
  let { document: doc } = parseHTML(h);
  if (misbuilt(doc, h)) doc = new JSDOM(h).window.document;
  const orig = doc.body.cloneNode(true);
  const removed = [];
  // monkeypatch remove to log element
  const log = [];
  const proto = Object.getPrototypeOf(doc.body);
  cleanPage(doc, removed, null);
  console.log('=====', id);
  for (const w of gold[id].with) {
    const inOrig = norm(orig.textContent).includes(norm(w)), inClean = norm(doc.body.textContent).includes(norm(w));
    if (inOrig && !inClean) {
      let best = null; for (const e of orig.querySelectorAll('*')) if (norm(e.textContent).includes(norm(w))) best = e;
      const p = []; for (let e = best; e && p.length < 12; e = e.parentElement) p.push(desc(e));
      console.log('  REMOVED', w.slice(0, 30), '@', p.join(' < ').slice(0, 600));
    } else console.log('  ', inOrig ? 'kept' : 'not-in-page', w.slice(0, 30));
  }
}
