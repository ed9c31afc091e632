import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
for (const f of process.argv.slice(2)) {
const { document } = parseHTML(readFileSync(f, 'utf8'));
for (const el of [...document.body.querySelectorAll('script, noscript, template, style')]) el.remove();
let p = 0; for (const x of document.body.querySelectorAll('p')) p += norm(x.textContent).length;
const t = norm(document.body.textContent).length;
const r = document.querySelector('#related_posts');
let rp = 0; if (r) for (const x of r.querySelectorAll('p')) rp += norm(x.textContent).length;
console.log(f.slice(-30), 'p', p, 'text', t, 'share', (p / t).toFixed(2), 'related p', rp, r ? norm(r.textContent).length : '');
}
