#!/usr/bin/env node
// Output invariance check for speed work: runs a built CLI with --format ndjson over every page of
// the evaluation sets and saves one JSON line per page (sorted by file name), so two builds can be
// compared byte for byte.
//
//   node bench/same-output.mjs save DIR [--cli ROOT] [--sets aeb-html,aeb-text,...]
//       runs ROOT/bin/article-extract.js (default: this checkout) and writes DIR/<set>.ndjson
//   node bench/same-output.mjs diff DIR_A DIR_B
//       compares two saved folders page by page; exit 1 when any page differs
//
// Sets: aeb-html, aeb-text, traf-dev-html, traf-dev-text, polnear (from ../shared/bench).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.resolve(ROOT, '../shared/bench');
const SETS = {
  'aeb-html': path.join(BENCH, 'aeb/html'),
  'aeb-text': path.join(BENCH, 'aeb/text'),
  'traf-dev-html': path.join(BENCH, 'traf-dev/html'),
  'traf-dev-text': path.join(BENCH, 'traf-dev/text'),
  polnear: path.join(BENCH, 'polnear-dev/text'),
};
/** Files per CLI run (keeps argument lists short). */
const CHUNK = 100;

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

function save(outDir) {
  const cliRoot = path.resolve(opt('--cli', ROOT));
  const sets = opt('--sets', Object.keys(SETS).join(',')).split(',');
  fs.mkdirSync(outDir, { recursive: true });
  for (const set of sets) {
    const dir = SETS[set];
    const files = fs.readdirSync(dir).filter((f) => /\.(?:html|txt)$/.test(f)).sort();
    const lines = new Map();
    const t0 = Date.now();
    for (let i = 0; i < files.length; i += CHUNK) {
      const chunk = files.slice(i, i + CHUNK).map((f) => path.join(dir, f));
      const r = spawnSync(process.execPath, [path.join(cliRoot, 'bin/article-extract.js'), '--format', 'ndjson', '--quiet', ...chunk], { maxBuffer: 1 << 30, encoding: 'utf8' });
      for (const line of r.stdout.split('\n')) {
        if (!line.trim()) continue;
        const p = JSON.parse(line).source?.path;
        lines.set(path.basename(p), line);
      }
    }
    const out = files.map((f) => `${f}\t${lines.get(f) ?? 'MISSING'}`).join('\n') + '\n';
    fs.writeFileSync(path.join(outDir, `${set}.ndjson`), out);
    process.stderr.write(`${set}: ${files.length} pages, ${lines.size} lines, ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  }
}

function diff(a, b) {
  let bad = 0;
  for (const f of fs.readdirSync(a).filter((x) => x.endsWith('.ndjson')).sort()) {
    if (!fs.existsSync(path.join(b, f))) {
      console.log(`${f}: missing in ${b}`);
      bad++;
      continue;
    }
    const read = (d) => new Map(fs.readFileSync(path.join(d, f), 'utf8').split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('\t')), l.slice(l.indexOf('\t') + 1)]));
    const x = read(a), y = read(b);
    let differ = 0;
    for (const [k, v] of x) {
      if (y.get(k) === v) continue;
      differ++;
      if (differ <= 5) console.log(`${f}: ${k} differs`);
    }
    console.log(`${f}: ${x.size} pages, ${differ} differ`);
    bad += differ;
  }
  process.exitCode = bad ? 1 : 0;
}

if (args[0] === 'save' && args[1]) save(path.resolve(args[1]));
else if (args[0] === 'diff' && args[2]) diff(path.resolve(args[1]), path.resolve(args[2]));
else {
  console.error('usage: node bench/same-output.mjs save DIR [--cli ROOT] [--sets a,b] | diff DIR_A DIR_B');
  process.exitCode = 2;
}
