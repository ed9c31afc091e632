#!/usr/bin/env node
// A/B speed of two builds on a shared machine: child processes of each build alternate (so both
// see the same load), and the median of the rounds is compared. Each child warms up on some pages
// of another set, then converts every page of the set twice, timing each pass in CPU time of its
// own process: the first pass is "first sight" (pages not seen before, code mostly warm), the
// second a warm pass (the caches of what pages repeat are full, so it flatters caching changes).
//
//   node bench/ab.mjs --a DIR --b DIR [--rounds 5] [--format html|text] [--warm 10] [--no-quotes]
//   (DIR: a checkout with dist/ built; --warm N: traf-dev pages converted before timing)
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.resolve(ROOT, '../shared/bench');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const a = path.resolve(opt('--a', ROOT));
const b = path.resolve(opt('--b', ROOT));
const rounds = Number(opt('--rounds', 5));
const format = opt('--format', 'html');
const warm = Number(opt('--warm', 10));
const quotes = !args.includes('--no-quotes');

const child = `
import fs from 'node:fs'; import path from 'node:path';
const { extract, renderMarkdown } = await import(path.join(process.env.AB_ROOT, 'dist/index.js'));
const fmt = process.env.AB_FORMAT; const quotes = process.env.AB_QUOTES === '1';
const list = (dir) => fs.readdirSync(dir).sort().map((f) => path.join(dir, f));
const convert = async (file, buf) => { const r = await extract(buf, { path: file, inputFormat: fmt, quotes }).catch(() => null); if (r) renderMarkdown(r, { frontMatter: true }); };
for (const f of list(path.join(process.env.AB_BENCH, 'traf-dev', fmt)).slice(0, Number(process.env.AB_WARM))) await convert(f, fs.readFileSync(f));
const files = list(path.join(process.env.AB_BENCH, 'aeb', fmt)); const bufs = files.map((f) => fs.readFileSync(f));
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
const out = [];
for (let pass = 0; pass < 2; pass++) { const t = cpu(); for (let i = 0; i < files.length; i++) await convert(files[i], bufs[i]); out.push((cpu() - t) / files.length); }
console.log(JSON.stringify(out));`;

const runs = { a: [], b: [] };
for (let r = 0; r < rounds; r++) {
  for (const [key, root] of [['a', a], ['b', b]]) {
    const env = { ...process.env, AB_ROOT: root, AB_FORMAT: format, AB_QUOTES: quotes ? '1' : '0', AB_WARM: String(warm), AB_BENCH: BENCH };
    const p = spawnSync(process.execPath, ['--input-type=module', '-e', child], { env, encoding: 'utf8', cwd: root });
    if (p.status !== 0) throw new Error(`child for ${root} failed: ${p.stderr.slice(-500)}`);
    runs[key].push(JSON.parse(p.stdout));
  }
  process.stderr.write(`round ${r + 1} of ${rounds}\n`);
}
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
console.log(`aeb ${format}, CPU ms per page, median of ${rounds} alternating rounds (A: ${a}, B: ${b})`);
for (const [i, name] of ['first sight', 'warm pass'].entries()) {
  const ma = median(runs.a.map((x) => x[i]));
  const mb = median(runs.b.map((x) => x[i]));
  console.log(`${name.padEnd(12)} A ${ma.toFixed(2).padStart(6)}  B ${mb.toFixed(2).padStart(6)}  B/A ${(mb / ma).toFixed(3)}`);
}
