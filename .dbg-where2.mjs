import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { misbuilt } from './dist/html/dom.js';
import { cleanPage } from './dist/html/clean.js';
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
const gold = JSON.parse(readFileSync('/work/shared/bench/traf-dev/gold.json', 'utf8'));
const pred = JSON.parse(readFileSync(process.argv[2], 'utf8')).predictions;
const desc = (e) => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id.slice(0,20) : ''}.${(e.getAttribute('class') || '').trim().split(/\s+/).slice(0, 2).join('.')}`;
for (const id of Object.keys(gold)) {
  const t = norm(pred[id]?.text);
  const miss = gold[id].with.filter((w) => !t.includes(norm(w)));
  if (!miss.length) continue;
  const h = readFileSync(`/work/shared/bench/traf-dev/html/${id}.html`, 'utf8').replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, '');
  let { document: doc } = parseHTML(h);
  if (misbuilt(doc, h)) doc = new JSDOM(h).window.document;
  cleanPage(doc, [], null);
  const all = [...doc.body.querySelectorAll('*')];
  all.forEach((e, i) => e.setAttribute('data-ae', String(i)));
  const locs = [];
  for (const w of miss) {
    let best = null;
    for (const e of all) if (norm(e.textContent).includes(norm(w))) best = e;
    if (best) locs.push([w, best]);
  }
  if (!locs.length) continue;
  const parents = new Map(all.map((e) => [e, e.parentElement]));
  const r = new Readability(doc, { serializer: (el) => el, disableJSONLD: true }).parse();
  const c = r?.content;
  const ids = c ? [...c.querySelectorAll('[data-ae]')].map((e) => +e.getAttribute('data-ae')) : [];
  // top elements of readability content: ids whose parent id is not in set
  const set = new Set(ids);
  const tops = ids.filter((i) => { const p = parents.get(all[i]); return !p || !set.has(+p.getAttribute('data-ae')); }).map((i) => all[i]);
  const chain = (e) => { const a = []; for (; e; e = parents.get(e)) a.push(e); return a; };
  const rchain = tops.length ? chain(tops[0]) : [];
  for (const [w, e] of locs) {
    const ec = chain(e);
    const lca = ec.find((x) => rchain.includes(x));
    const up = lca ? rchain.indexOf(lca) : -1;
    const inside = set.has(+e.getAttribute('data-ae'));
    console.log(id.slice(0, 28).padEnd(28), inside ? 'IN-READ' : `up=${up}`, 'lca', lca ? desc(lca) : '-', '| top', tops[0] ? desc(tops[0]) : '-', '| snip', desc(e), '|', w.slice(0, 30));
  }
}
