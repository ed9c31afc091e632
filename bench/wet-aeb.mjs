#!/usr/bin/env node
// WET input on real pages (issue 13): lays out a folder of text renders as Common Crawl does (a
// warcinfo record first, then one conversion record per page, gzip per record), converts the
// .warc.wet.gz, the same records uncompressed (.wet) and in a file named .warc.gz with the built
// CLI (--format ndjson), and checks that:
//   - there is one line per page, in order, each with url and source.url from WARC-Target-URI;
//   - each article's text is identical to converting the same text file on its own;
//   - the three files give the same lines (source.path aside).
//
//   npm run build && node bench/wet-aeb.mjs [folder of .txt files] [--limit N]
//
// The default folder is ../shared/bench/aeb/text (the extraction benchmark's text renders, not
// part of the repository; a clean clone has no ../shared). Exit 0 when every check holds, 1 when
// one fails, 3 when the folder is absent (test/wet-aeb.test.ts then skips with that reason).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WARCRecord, WARCSerializer } from 'warcio';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLI = path.join(ROOT, 'bin', 'article-extract.js');
const args = process.argv.slice(2);
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : Infinity;
const folder = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--limit') ?? path.join(ROOT, '..', 'shared', 'bench', 'aeb', 'text');

if (!fs.existsSync(folder)) {
  console.error(`wet-aeb: ${folder} is absent (the benchmark data is not part of the repository); nothing checked`);
  process.exit(3);
}

const files = fs.readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().slice(0, limit);
const urlOf = (f) => `https://pages.example/${encodeURIComponent(f.replace(/\.txt$/, ''))}`;
const bytes = (b) => (async function* () { yield b; })();

async function records(gzip) {
  const out = [];
  const info = WARCRecord.createWARCInfo({ filename: 'pages.warc.wet.gz', warcVersion: 'WARC/1.0' }, { 'Software-Info': 'article-extract bench/wet-aeb.mjs', isPartOf: 'bench', description: 'text renders laid out as a Common Crawl WET file' });
  out.push(await WARCSerializer.serialize(info, { gzip }));
  for (const f of files) {
    const rec = WARCRecord.create({ url: urlOf(f), type: 'conversion', warcVersion: 'WARC/1.0', warcHeaders: { 'Content-Type': 'text/plain' } }, bytes(fs.readFileSync(path.join(folder, f))));
    out.push(await WARCSerializer.serialize(rec, { gzip }));
  }
  return Buffer.concat(out.map((b) => Buffer.from(b)));
}

function run(cliArgs) {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [CLI, '--format', 'ndjson', '-q', ...cliArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    // Decoded as a stream: a character split between two pipe reads stays whole.
    p.stdout.setEncoding('utf8');
    p.stdout.on('data', (d) => (stdout += d));
    p.stderr.on('data', (d) => (stderr += d));
    p.on('error', reject);
    p.on('close', (code) => resolve({ code, lines: stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l)), stderr }));
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ae-wet-aeb-'));
const problems = [];
try {
  const wetGz = path.join(dir, 'pages.warc.wet.gz');
  const wet = path.join(dir, 'pages.wet');
  const warcGz = path.join(dir, 'conversions.warc.gz');
  fs.writeFileSync(wetGz, await records(true));
  fs.writeFileSync(wet, await records(false));
  fs.copyFileSync(wetGz, warcGz);
  // One by one as files (the folder walk converts each file on its own, in sorted order).
  const listed = path.join(dir, 'files');
  fs.mkdirSync(listed);
  for (const f of files) fs.copyFileSync(path.join(folder, f), path.join(listed, f));
  // One run at a time: the machine's cores go to each run's worker threads.
  const asFiles = await run([listed]);
  const a = await run([wetGz]);
  const b = await run([wet]);
  const c = await run([warcGz]);
  if (process.env.KEEP) for (const [n, r] of Object.entries({ asFiles, a, b, c })) fs.writeFileSync(path.join(dir, `${n}.ndjson`), r.lines.map((l) => JSON.stringify(l)).join('\n'));
  const byFile = new Map(asFiles.lines.map((l) => [path.basename(l.source.path), l]));
  if (a.lines.length !== files.length) problems.push(`${files.length} pages gave ${a.lines.length} lines (${a.stderr.trim().split('\n')[0]})`);
  files.forEach((f, i) => {
    const line = a.lines[i];
    const single = byFile.get(f);
    if (!line) return;
    if (line.error) return problems.push(`${f}: ${line.error.message}`);
    if (line.url !== urlOf(f) || line.source.url !== urlOf(f)) problems.push(`${f}: url ${line.url}, source.url ${line.source.url}, expected ${urlOf(f)}`);
    if (!single || single.error) return problems.push(`${f}: converting the file alone failed`);
    if (line.text !== single.text) problems.push(`${f}: text differs from converting the file alone`);
  });
  const same = (x) => JSON.stringify(x.lines.map(({ source, ...rest }) => ({ ...rest, source: { ...source, path: null } })));
  if (same(a) !== same(b)) problems.push('.wet (uncompressed) lines differ from .warc.wet.gz');
  if (same(a) !== same(c)) problems.push('.warc.gz of conversion records: lines differ from .warc.wet.gz');
  const identical = files.filter((f, i) => a.lines[i] && byFile.get(f) && a.lines[i].text === byFile.get(f).text).length;
  console.log(`${files.length} pages from ${folder}: ${a.lines.length} lines, ${identical} with text identical to the file's conversion; .wet ${same(a) === same(b) ? 'same' : 'DIFFERENT'}, .warc.gz ${same(a) === same(c) ? 'same' : 'DIFFERENT'}`);
} finally {
  if (!process.env.KEEP) fs.rmSync(dir, { recursive: true, force: true }); else console.log(dir);
}
for (const p of problems.slice(0, 20)) console.error(`  ${p}`);
process.exit(problems.length ? 1 : 0);
