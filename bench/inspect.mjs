#!/usr/bin/env node
// Look at where the body extraction loses: runs the built library in-process over aeb html pages
// and prints the worst pages with the paragraphs it kept that the gold body lacks (precision)
// and the gold paragraphs it missed (recall).
//
//   node bench/inspect.mjs [--limit N] [--worst K] [--id PREFIX] [--dom jsdom]
import fs from 'node:fs';
import path from 'node:path';
import { extract } from '../dist/index.js';
import { bodyScores, shingles, summarise } from './score.mjs';

const args = process.argv.slice(2);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const dir = opt('--data', '../shared/bench/aeb');
const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
let ids = Object.keys(gold).sort();
if (opt('--limit')) ids = ids.slice(0, Number(opt('--limit')));
if (opt('--id')) ids = ids.filter((id) => id.startsWith(opt('--id')));
const worst = Number(opt('--worst', '8'));
const dom = opt('--dom', undefined);

const rows = [];
for (const id of ids) {
  const file = path.join(dir, 'html', id + '.html');
  let text = '';
  try {
    const a = await extract(fs.readFileSync(file), { path: file, inputFormat: 'html', ...(dom ? { dom } : {}) });
    text = a.blocks.filter((b) => b.text.trim()).map((b) => b.text).join('\n\n');
  } catch (e) {
    console.log('FAIL', id, e.message);
  }
  rows.push({ id, text, ...bodyScores(gold[id].body, text) });
}
const s = summarise(rows);
// --save FILE keeps this run's page scores; --compare FILE prints the pages that changed most since.
if (opt('--save')) fs.writeFileSync(opt('--save'), JSON.stringify(Object.fromEntries(rows.map((r) => [r.id, { precision: r.precision, recall: r.recall }]))));
if (opt('--compare')) {
  const before = JSON.parse(fs.readFileSync(opt('--compare'), 'utf8'));
  const f = (x) => (2 * x.precision * x.recall) / (x.precision + x.recall || 1);
  const changed = rows.filter((r) => before[r.id]).map((r) => ({ id: r.id, d: f(r) - f(before[r.id]), b: before[r.id], r })).filter((x) => Math.abs(x.d) > 0.005).sort((a, b) => a.d - b.d);
  for (const c of changed) console.log(`${c.d > 0 ? '+' : ''}${c.d.toFixed(3)} ${c.id.slice(0, 12)} P ${c.b.precision.toFixed(3)}->${c.r.precision.toFixed(3)} R ${c.b.recall.toFixed(3)}->${c.r.recall.toFixed(3)}`);
}
console.log(`pages ${rows.length}  F1 ${s.f1.toFixed(4)}  P ${s.precision.toFixed(4)}  R ${s.recall.toFixed(4)}`);
const f1 = (r) => (2 * r.precision * r.recall) / (r.precision + r.recall || 1);
for (const r of rows.sort((a, b) => f1(a) - f1(b)).slice(0, worst)) {
  console.log(`\n=== ${r.id.slice(0, 12)} P ${r.precision.toFixed(3)} R ${r.recall.toFixed(3)} ${gold[r.id].url ?? ''}`);
  const g = shingles(gold[r.id].body);
  const p = shingles(r.text);
  const paras = (t, other) => t.split(/\n+/).filter((x) => x.trim()).map((x) => ({ x, miss: [...shingles(x).keys()].filter((k) => !other.has(k)).length / Math.max(1, shingles(x).size) }));
  for (const { x, miss } of paras(r.text, g)) if (miss > 0.5) console.log(`  + ${x.slice(0, 160)}`);
  for (const { x, miss } of paras(gold[r.id].body, p)) if (miss > 0.5) console.log(`  - ${x.slice(0, 160)}`);
}
