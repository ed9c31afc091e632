#!/usr/bin/env node
// Memory on large web archives: writes WARC.gz files of self-generated HTML responses (plus a
// request record for each), converts each with the built CLI (--format ndjson to a sink that only
// counts lines), and prints documents per second and peak RSS. Two sizes in one run: if memory is
// flat, the peak RSS of the large archive is about that of the small one.
// Then the same for Common Crawl WET files (.warc.wet.gz: a warcinfo record, then one conversion
// record of plain text per page, gzip per record), 30,000 records against 3,000 by default.
//
//   npm run build && node bench/warc-memory.mjs [--records 10000] [--small 1000] [--jobs N]
//       [--wet-records 30000] [--wet-small 3000] [--only warc|wet]
//
// Each CLI run is its own child process; its peak RSS (process.resourceUsage().maxRSS, worker
// threads included) is written by the child when it exits.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WARCRecord, WARCSerializer } from 'warcio';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

if (args[0] === '--child') {
  // Child role: run the CLI in this process, then report its peak RSS.
  const resultFile = args[1];
  process.on('exit', () => fs.writeFileSync(resultFile, JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024 })));
  const { main } = await import(path.join(ROOT, 'dist/cli.js'));
  await main([process.argv[0], 'article-extract', ...args.slice(2)]);
} else {
  await parent();
}

/** A page of a few paragraphs built from word lists, different for every record. */
function page(i) {
  const subjects = ['The council', 'A local school', 'The river authority', 'Volunteers', 'The museum', 'Residents'];
  const verbs = ['announced', 'discussed', 'postponed', 'approved', 'questioned', 'celebrated'];
  const objects = ['a new timetable for the ferry', 'repairs to the old bridge', 'a summer reading programme', 'plans for a second cycle path', 'the budget for street lighting', 'a festival on the harbour front'];
  const para = (k) => `<p>${subjects[(i + k) % 6]} ${verbs[(i * 7 + k) % 6]} ${objects[(i * 3 + k) % 6]} on ${['Monday', 'Tuesday', 'Friday'][k % 3]}, and said the work would start after the consultation closes in record ${i}.</p>`;
  const paragraphs = Array.from({ length: 8 }, (_, k) => para(k)).join('\n');
  return `<!doctype html><html lang="en"><head><title>Story ${i} | Valley News</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Story number ${i} from the valley</h1><p class="byline">By Ana Ruiz</p>${paragraphs}</article><aside class="related"><h2>Related</h2><ul><li><a href="/a">Other story</a></li></ul></aside><footer>© Valley News</footer></body></html>`;
}

/** The same page as a WET file holds it: the visible text, title first, menus and footer included. */
function pageText(i) {
  return page(i)
    .replace(/<(?:p|h1|h2|li|nav|footer|title)\b[^>]*>/g, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

async function writeWet(file, records) {
  const out = fs.createWriteStream(file);
  const body = (s) => (async function* () { yield new TextEncoder().encode(s); })();
  const info = WARCRecord.createWARCInfo({ filename: path.basename(file), warcVersion: 'WARC/1.0' }, { 'Software-Info': 'bench/warc-memory.mjs', isPartOf: 'bench' });
  out.write(await WARCSerializer.serialize(info, { gzip: true }));
  for (let i = 0; i < records; i++) {
    const rec = WARCRecord.create({ url: `https://valley.example/news/${i}`, type: 'conversion', warcVersion: 'WARC/1.0', warcHeaders: { 'Content-Type': 'text/plain', 'WARC-Identified-Content-Language': 'eng' } }, body(pageText(i)));
    if (!out.write(await WARCSerializer.serialize(rec, { gzip: true }))) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

async function writeWarc(file, records) {
  const out = fs.createWriteStream(file);
  const body = (s) => (async function* () { yield new TextEncoder().encode(s); })();
  for (let i = 0; i < records; i++) {
    const url = `https://valley.example/news/${i}`;
    const req = WARCRecord.create({ url, type: 'request', warcVersion: 'WARC/1.1', statusline: `GET /news/${i} HTTP/1.1`, httpHeaders: { Host: 'valley.example' } }, body(''));
    const res = WARCRecord.create({ url, type: 'response', warcVersion: 'WARC/1.1', httpHeaders: { 'Content-Type': 'text/html; charset=utf-8' } }, body(page(i)));
    for (const rec of [req, res]) if (!out.write(await WARCSerializer.serialize(rec, { gzip: true }))) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

function runCli(cliArgs) {
  return new Promise((resolve, reject) => {
    const result = path.join(os.tmpdir(), `ae-warc-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
    const t0 = process.hrtime.bigint();
    const p = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', result, ...cliArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let lines = 0;
    let errors = 0;
    let tail = '';
    p.stdout.on('data', (chunk) => {
      const s = tail + chunk.toString('utf8');
      const parts = s.split('\n');
      tail = parts.pop();
      for (const line of parts) {
        lines++;
        if (line.startsWith('{"source"') && line.includes('"error":')) errors++;
      }
    });
    let stderr = '';
    p.stderr.on('data', (d) => (stderr += d));
    p.on('error', reject);
    p.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const { maxRssMB } = JSON.parse(fs.readFileSync(result, 'utf8'));
      fs.rmSync(result, { force: true });
      resolve({ code, lines, errors, seconds, docsPerSecond: lines / seconds, maxRssMB, stderr: stderr.trim().split('\n').slice(-3).join(' | ') });
    });
  });
}

async function parent() {
  const only = opt('--only', '');
  const jobs = opt('--jobs', String(os.availableParallelism()));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ae-warc-bench-'));
  const kinds = [
    { name: 'warc', label: 'responses', ext: 'warc.gz', write: writeWarc, sizes: [Number(opt('--small', '1000')), Number(opt('--records', '10000'))] },
    { name: 'wet', label: 'WET records', ext: 'warc.wet.gz', write: writeWet, sizes: [Number(opt('--wet-small', '3000')), Number(opt('--wet-records', '30000'))] },
  ].filter((k) => !only || k.name === only);
  try {
    for (const kind of kinds) {
      const rows = [];
      for (const n of kind.sizes) {
        const file = path.join(dir, `crawl-${n}.${kind.ext}`);
        await kind.write(file, n);
        const r = await runCli(['--format', 'ndjson', '-q', '--jobs', jobs, file]);
        rows.push({ records: n, warcMB: fs.statSync(file).size / 2 ** 20, ...r });
        fs.rmSync(file, { force: true });
        console.error(`${n} ${kind.label}: ${r.lines} lines (${r.errors} errors), exit ${r.code}, ${r.seconds.toFixed(1)} s, ${r.docsPerSecond.toFixed(1)} docs/s, peak RSS ${r.maxRssMB.toFixed(0)} MB`);
      }
      console.log(`\n${kind.ext.padStart(11)}  records  file MB  lines  errors  exit  seconds  docs/s  peak RSS MB`);
      for (const r of rows) console.log(`${''.padStart(11)}  ${String(r.records).padStart(7)}  ${r.warcMB.toFixed(1).padStart(7)}  ${String(r.lines).padStart(5)}  ${String(r.errors).padStart(6)}  ${String(r.code).padStart(4)}  ${r.seconds.toFixed(1).padStart(7)}  ${r.docsPerSecond.toFixed(1).padStart(6)}  ${r.maxRssMB.toFixed(0).padStart(11)}`);
      console.log(`${kind.ext}: peak RSS ratio ${rows[1].records}/${rows[0].records} records: ${(rows[1].maxRssMB / rows[0].maxRssMB).toFixed(2)} (1.00 = flat)`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
