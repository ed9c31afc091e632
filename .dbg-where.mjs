import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { misbuilt } from './dist/html/dom.js';
import { cleanPage } from './dist/html/clean.js';
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
const gold = JSON.parse(readFileSync('/work/shared/bench/traf-dev/gold.json', 'utf8'));
const pred = JSON.parse(readFileSync(process.argv[2], 'utf8')).predictions;
const desc = (e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${(e.getAttribute('class') || '').trim().split(/\s+/).slice(0, 2).join('.')}`;
const path = (e) => { const p = []; for (; e && e.tagName !== 'BODY' && e.tagName !== 'HTML'; e = e.parentElement) p.push(desc(e) + '[' + e.getAttribute('data-ae') + ']'); return p.reverse().join(' > '); };
for (const id of process.argv.slice(3)) {
  const h = readFileSync(`/work/shared/bench/traf-dev/html/${id}.html`, 'utf8').replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
  let { document: doc } = parseHTML(h);
  if (misbuilt(doc, h)) doc = new JSDOM(h).window.document;
  cleanPage(doc, [], null);
  let i = 0; for (const e of doc.body.querySelectorAll('*')) e.setAttribute('data-ae', String(i++));
  const t = norm(pred[id]?.text);
  console.log('=====', id);
  for (const w of gold[id].with) {
    if (t.includes(norm(w))) continue;
    // deepest element containing the snippet
    let best = null;
    for (const e of doc.body.querySelectorAll('*')) if (norm(e.textContent).includes(norm(w))) best = e;
    console.log('  MISS', w.slice(0, 40), '@', best ? path(best) : 'NOT IN CLEANED DOC');
  }
  const r = new Readability(doc, { serializer: (el) => el, disableJSONLD: true }).parse();
  const c = r?.content;
  const ids = c ? [...c.querySelectorAll('[data-ae]')].map((e) => +e.getAttribute('data-ae')) : [];
  console.log('  READ', ids.length ? `ids ${Math.min(...ids)}..${Math.max(...ids)} first=${desc(c.querySelector('[data-ae]'))}` : 'none', 'chars', norm(c?.textContent).length);
}
