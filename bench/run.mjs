#!/usr/bin/env node
// Throughput and peak memory: two baselines built from the project's own dependencies, a naive
// pipeline (jsdom with scripts off -> Readability -> Turndown) and the light one (linkedom ->
// Readability -> Turndown), against ours (the library's `extract` from dist/, with its time per
// stage: decode, parse, metadata, content, Markdown, quotes), over the same aeb HTML pages in one
// run; then batch throughput of the built CLI over a folder with --jobs 1 and --jobs N.
//
//   npm run bench                      (builds, then runs this)
//   node bench/run.mjs [--limit N] [--data DIR] [--jobs N] [--repeat R] [--no-batch] [--json]
//
// Every measurement runs in its own child process, so each peak RSS (process.resourceUsage().maxRSS,
// which includes worker threads) belongs to that measurement alone. Single-process throughput is
// documents per second of the conversion loop (libraries loaded and one page converted first, so
// start-up is not counted); batch throughput is documents per second of the whole CLI run, start-up
// included, as a user sees it. Body F1 (the aeb metric, bench/score.mjs) is printed beside each
// single-process pipeline so speed is compared at known quality. Documents per CPU-second (user +
// system time of the process, GC threads included) are printed too: on a shared machine they vary
// less than wall-clock figures.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const flag = (name) => args.includes(name);

/** Loop iterations of one CPU-ceiling probe (about 2 s on the 2-core development machine). */
const SPIN_ITERATIONS = 3e8;
/** Batch runs per --jobs value, interleaved; the fastest of each counts (a shared machine only ever slows a run down). */
const BATCH_REPEATS = Number(opt('--repeat', '2'));

/** Pages converted before timing starts: loads the libraries and warms the JIT for both sides alike. */
const WARMUP_PAGES = 1;

// ---- child roles -------------------------------------------------------------------------------

async function naivePipeline() {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const { default: TurndownService } = await import('turndown');
  const turndown = new TurndownService();
  return (buf) => {
    // jsdom's defaults: no scripts run, no resources load. Given bytes, jsdom would decode pages
    // without a declared charset as windows-1252; a naive user reads the file as UTF-8 first.
    const dom = new JSDOM(buf.toString('utf8'), { virtualConsole: new VirtualConsole() });
    try {
      const article = new Readability(dom.window.document).parse();
      const markdown = article?.content ? turndown.turndown(article.content) : '';
      // Scored after the timed loop on Readability's HTML (scoreText): its textContent runs the
      // last word of one paragraph into the first of the next, which would understate its F1.
      return { html: article?.content ?? '', markdown };
    } finally {
      dom.window.close();
    }
  };
}

/**
 * Readability on linkedom, Turndown on its result: the light pipeline a user would build from the
 * same libraries. Readability hands its content over as the element (no HTML string for Turndown
 * to parse again with its own DOM), which is the faster way to use them: the stricter baseline.
 */
async function linkedomPipeline() {
  const { parseHTML } = await import('linkedom');
  const { Readability } = await import('@mozilla/readability');
  const { default: TurndownService } = await import('turndown');
  const turndown = new TurndownService();
  return (buf) => {
    const { document } = parseHTML(buf.toString('utf8'));
    const article = new Readability(document, { serializer: (el) => el }).parse();
    const markdown = article?.content ? turndown.turndown(article.content) : '';
    return { content: article?.content ?? null, markdown };
  };
}

/**
 * This library: `extract`, then Markdown with front matter. `quotes`: also find the quotes and
 * their speakers (JSON and NDJSON output do; the CLI's default Markdown does only with --quotes).
 */
async function ourPipeline(quotes = true) {
  const { extract, renderMarkdown } = await import(path.join(ROOT, 'dist/index.js'));
  const { timed } = await import(path.join(ROOT, 'dist/stages.js'));
  return async (buf, file) => {
    const a = await extract(buf, { path: file, inputFormat: 'html', quotes });
    return { text: a.blocks.filter((b) => b.text.trim()).map((b) => b.text).join('\n\n'), markdown: timed('markdown', () => renderMarkdown(a, { frontMatter: true })) };
  };
}

async function childConvert(kind, listFile, goldFile) {
  const files = JSON.parse(fs.readFileSync(listFile, 'utf8'));
  const gold = goldFile ? JSON.parse(fs.readFileSync(goldFile, 'utf8')) : {};
  const { bodyScores, summarise } = await import('./score.mjs');
  const convert = kind === 'naive' ? await naivePipeline() : kind === 'linkedom' ? await linkedomPipeline() : await ourPipeline(kind === 'ours');
  const stages = kind === 'ours' ? await import(path.join(ROOT, 'dist/stages.js')) : null;
  const bufs = files.map((f) => fs.readFileSync(f));
  for (let i = 0; i < Math.min(WARMUP_PAGES, files.length); i++) await convert(bufs[i], files[i]);
  const scores = [];
  let failed = 0;
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const texts = [];
  for (let i = 0; i < files.length; i++) {
    try {
      const r = await convert(bufs[i], files[i]);
      // linkedom's content element is scored from its HTML, serialised in a second, untimed pass.
      texts.push(r.text ?? r.html ?? null);
    } catch {
      failed++;
      texts.push('');
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  // Peak memory of the conversion itself, read before the (untimed) scoring allocates its shingles.
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  // Time per stage: a second pass with the stage clock on (it reads the CPU clock a few hundred
  // times a page, so it stays out of the throughput figures above).
  let stageMs = null;
  if (stages) {
    stages.recordStageTimes(true);
    const c0 = process.cpuUsage();
    for (let i = 0; i < files.length; i++) await convert(bufs[i], files[i]).catch(() => null);
    const c = process.cpuUsage(c0);
    stageMs = { ...stages.stageTimes(), totalMs: (c.user + c.system) / 1000 };
    stages.recordStageTimes(false);
  }
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  for (let i = 0; i < files.length; i++) {
    if (texts[i] !== null) continue;
    try {
      texts[i] = convert(bufs[i], files[i]).content?.innerHTML ?? '';
    } catch {
      texts[i] = '';
    }
  }
  const text = kind === 'ours' || kind === 'ours-md' ? (t) => t : await htmlToText();
  for (let i = 0; i < files.length; i++) {
    const id = path.basename(files[i], '.html');
    if (gold[id]?.body) scores.push(bodyScores(gold[id].body, text(texts[i])));
  }
  const q = scores.length ? summarise(scores) : null;
  return { docs: files.length, failed, seconds, docsPerSecond: files.length / seconds, cpuSeconds, docsPerCpuSecond: files.length / cpuSeconds, f1: q?.f1 ?? null, maxRssMB, stageMs };
}

/** Text of an HTML fragment with a line break after every block (for scoring the naive pipeline, untimed). */
async function htmlToText() {
  const { parseHTML } = await import('linkedom');
  const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, pre, blockquote, tr, td, th, div, br, figcaption, dd, dt, section, article';
  return (html) => {
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    for (const el of document.body.querySelectorAll(BLOCKS)) el.append(document.createTextNode('\n'));
    return document.body.textContent ?? '';
  };
}

/** Runs the CLI in this process (worker threads included in this process's RSS). */
async function childCli(cliArgs) {
  const { main } = await import(path.join(ROOT, 'dist/cli.js'));
  const t0 = process.hrtime.bigint();
  await main(['node', 'article-extract', ...cliArgs]);
  return { seconds: Number(process.hrtime.bigint() - t0) / 1e9, exitCode: process.exitCode ?? 0 };
}

if (opt('--child')) {
  const out = opt('--result');
  const write = (r) => fs.writeFileSync(out, JSON.stringify(r));
  const kind = opt('--child');
  if (kind === 'spin') {
    // A fixed amount of pure CPU work: how much parallelism the machine gives right now.
    const t0 = process.hrtime.bigint();
    let x = 0;
    for (let i = 0; i < SPIN_ITERATIONS; i++) x = (x + i * i) % 1000003;
    write({ seconds: Number(process.hrtime.bigint() - t0) / 1e9, x });
  } else if (kind === 'cli') {
    const t0 = process.hrtime.bigint();
    const cliArgs = JSON.parse(opt('--cli-args'));
    const r = await childCli(cliArgs);
    // Written at exit, after the worker pool is gone: the peak includes every thread's memory.
    process.on('exit', () => write({ ...r, wallSeconds: Number(process.hrtime.bigint() - t0) / 1e9, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
  } else {
    write(await childConvert(kind, opt('--list'), opt('--gold')));
  }
} else {
  await parent();
}

// ---- parent -----------------------------------------------------------------------------------

function runChild(childArgs) {
  const result = path.join(os.tmpdir(), `ae-bench-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const t0 = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [fileURLToPath(import.meta.url), ...childArgs, '--result', result], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('exit', (code) => {
      const processSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
      try {
        const r = JSON.parse(fs.readFileSync(result, 'utf8'));
        fs.rmSync(result, { force: true });
        resolve({ ...r, processSeconds, code });
      } catch {
        reject(new Error(`bench child ${childArgs.join(' ')} failed (exit ${code}): ${err.slice(-500)}`));
      }
    });
  });
}

async function parent() {
  const dataDir = path.resolve(opt('--data', path.join(ROOT, '../shared/bench/aeb')));
  const htmlDir = path.join(dataDir, 'html');
  if (!fs.existsSync(htmlDir)) {
    console.error(`bench: no pages at ${htmlDir} (use --data DIR with an html/ folder)`);
    process.exitCode = 2;
    return;
  }
  let files = fs.readdirSync(htmlDir).filter((f) => f.endsWith('.html')).sort().map((f) => path.join(htmlDir, f));
  if (opt('--limit')) files = files.slice(0, Number(opt('--limit')));
  const jobsN = Number(opt('--jobs', os.availableParallelism()));
  const goldFile = path.join(dataDir, 'gold.json');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ae-bench-'));
  const log = (s) => process.stderr.write(s + '\n');
  try {
    const list = path.join(tmp, 'files.json');
    fs.writeFileSync(list, JSON.stringify(files));
    const gold = fs.existsSync(goldFile) ? ['--gold', goldFile] : [];
    log(`bench: ${files.length} pages from ${htmlDir}`);
    log('bench: naive jsdom + Readability + Turndown ...');
    const naive = await runChild(['--child', 'naive', '--list', list, ...gold]);
    log('bench: linkedom + Readability + Turndown ...');
    const light = await runChild(['--child', 'linkedom', '--list', list, ...gold]);
    log('bench: ours (extract, with quotes) ...');
    const ours = await runChild(['--child', 'ours', '--list', list, ...gold]);
    log('bench: ours (extract, Markdown as the CLI writes by default: no quotes) ...');
    const oursMd = await runChild(['--child', 'ours-md', '--list', list, ...gold]);

    const batch = [];
    if (!flag('--no-batch')) {
      const inDir = path.join(tmp, 'pages');
      fs.mkdirSync(inDir);
      for (const f of files) fs.copyFileSync(f, path.join(inDir, path.basename(f)));
      const best = new Map();
      for (let rep = 0; rep < BATCH_REPEATS; rep++) {
        for (const jobs of [...new Set([1, jobsN])]) {
          const outDir = path.join(tmp, `out-j${jobs}-${rep}`);
          log(`bench: CLI batch --jobs ${jobs} (run ${rep + 1} of ${BATCH_REPEATS}) ...`);
          const r = await runChild(['--child', 'cli', '--cli-args', JSON.stringify(['--quiet', '--no-progress', '--out-dir', outDir, '--jobs', String(jobs), inDir])]);
          const written = fs.existsSync(outDir) ? fs.readdirSync(outDir).length : 0;
          const row = { jobs, docs: files.length, written, exitCode: r.exitCode, seconds: r.processSeconds, docsPerSecond: files.length / r.processSeconds, maxRssMB: r.maxRssMB };
          if (!best.has(jobs) || row.seconds < best.get(jobs).seconds) best.set(jobs, row);
        }
      }
      batch.push(...best.values());
    }
    // The machine's own ceilings, measured now: N independent processes against one, doing pure
    // arithmetic (spin) and doing this very work (the library over the same pages, in-process).
    // On shared or hyper-threaded cores, allocation-heavy work scales worse than arithmetic.
    let ceiling = null;
    let workCeiling = null;
    if (batch.length > 1) {
      log(`bench: machine ceilings (1 and ${jobsN} independent processes) ...`);
      const one = await runChild(['--child', 'spin']);
      const many = await Promise.all(Array.from({ length: jobsN }, () => runChild(['--child', 'spin'])));
      ceiling = (jobsN * one.seconds) / Math.max(...many.map((m) => m.seconds));
      const oneWork = await runChild(['--child', 'ours', '--list', list]);
      const manyWork = await Promise.all(Array.from({ length: jobsN }, () => runChild(['--child', 'ours', '--list', list])));
      workCeiling = (jobsN * oneWork.seconds) / Math.max(...manyWork.map((m) => m.seconds));
    }
    const report = {
      pages: files.length,
      data: dataDir,
      cpus: os.availableParallelism(),
      naive: pick(naive),
      linkedom: pick(light),
      ours: { ...pick(ours), stageMs: ours.stageMs },
      oursMarkdown: pick(oursMd),
      markdownLinkedomCpuRatio: oursMd.docsPerCpuSecond / light.docsPerCpuSecond,
      ratio: ours.docsPerSecond / naive.docsPerSecond,
      cpuRatio: ours.docsPerCpuSecond / naive.docsPerCpuSecond,
      linkedomRatio: ours.docsPerSecond / light.docsPerSecond,
      linkedomCpuRatio: ours.docsPerCpuSecond / light.docsPerCpuSecond,
      batch,
      cpuCeiling: ceiling,
      workCeiling,
    };
    if (flag('--json')) {
      process.stdout.write(JSON.stringify(report, null, 2) + '\n');
      return;
    }
    printTable(report);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function pick(r) {
  return { docs: r.docs, failed: r.failed, seconds: r.seconds, docsPerSecond: r.docsPerSecond, cpuSeconds: r.cpuSeconds, docsPerCpuSecond: r.docsPerCpuSecond, f1: r.f1, maxRssMB: r.maxRssMB };
}

function printTable(r) {
  const f = (x, d = 1) => (x == null ? '-' : x.toFixed(d));
  const rows = [
    ['pipeline', 'pages', 'failed', 'seconds', 'docs/s', 'docs/CPU-s', 'body F1', 'peak RSS MB'],
    ['naive jsdom+Readability+Turndown', r.naive.docs, r.naive.failed, f(r.naive.seconds, 2), f(r.naive.docsPerSecond), f(r.naive.docsPerCpuSecond), f(r.naive.f1, 4), f(r.naive.maxRssMB, 0)],
    ['linkedom+Readability+Turndown', r.linkedom.docs, r.linkedom.failed, f(r.linkedom.seconds, 2), f(r.linkedom.docsPerSecond), f(r.linkedom.docsPerCpuSecond), f(r.linkedom.f1, 4), f(r.linkedom.maxRssMB, 0)],
    ['ours (extract + quotes, in-process)', r.ours.docs, r.ours.failed, f(r.ours.seconds, 2), f(r.ours.docsPerSecond), f(r.ours.docsPerCpuSecond), f(r.ours.f1, 4), f(r.ours.maxRssMB, 0)],
    ['ours (Markdown, CLI default)', r.oursMarkdown.docs, r.oursMarkdown.failed, f(r.oursMarkdown.seconds, 2), f(r.oursMarkdown.docsPerSecond), f(r.oursMarkdown.docsPerCpuSecond), f(r.oursMarkdown.f1, 4), f(r.oursMarkdown.maxRssMB, 0)],
  ];
  console.log(table(rows));
  console.log(`\nthroughput ratio ours / naive: ${r.ratio.toFixed(2)}x wall-clock (target >= 4x); ${r.cpuRatio.toFixed(2)}x per CPU-second (steadier on a busy machine; includes GC threads)`);
  console.log(`throughput ratio ours / linkedom: ${r.linkedomRatio.toFixed(2)}x wall-clock; ${r.linkedomCpuRatio.toFixed(2)}x per CPU-second with quotes; ${r.markdownLinkedomCpuRatio.toFixed(2)}x per CPU-second for the CLI's default Markdown (target >= 1.5x)\n`);
  if (r.ours.stageMs) {
    const total = r.ours.stageMs.totalMs;
    const named = ['decode', 'parse', 'metadata', 'content', 'markdown', 'quotes'];
    const st = [['ours, CPU per stage', 'ms total', 'ms/page', 'share']];
    let sum = 0;
    for (const k of named) {
      const ms = r.ours.stageMs[k] ?? 0;
      sum += ms;
      st.push([k, f(ms, 0), f(ms / r.ours.docs, 2), `${f((100 * ms) / total, 1)}%`]);
    }
    st.push(['other (GC, sanitise, glue, clock)', f(total - sum, 0), f((total - sum) / r.ours.docs, 2), `${f((100 * (total - sum)) / total, 1)}%`]);
    console.log(table(st) + '\n');
  }
  if (r.batch.length) {
    const b = [['CLI batch (--out-dir)', 'pages', 'written', 'exit', 'seconds', 'docs/s', 'peak RSS MB']];
    for (const x of r.batch) b.push([`--jobs ${x.jobs}`, x.docs, x.written, x.exitCode, f(x.seconds, 2), f(x.docsPerSecond), f(x.maxRssMB, 0)]);
    console.log(table(b));
    if (r.batch.length > 1) {
      const speedup = r.batch[1].docsPerSecond / r.batch[0].docsPerSecond;
      console.log(`\nbatch speed-up --jobs ${r.batch[1].jobs} / --jobs 1: ${speedup.toFixed(2)}x on ${r.cpus} CPUs (start-up included; fastest of ${BATCH_REPEATS} runs each)`);
      console.log(`machine ceiling now, ${r.batch[1].jobs} independent processes against one: ${r.cpuCeiling.toFixed(2)}x on arithmetic, ${r.workCeiling.toFixed(2)}x on this work (the library over the same pages); the batch reaches ${((100 * speedup) / r.workCeiling).toFixed(0)}% of the latter`);
    }
  }
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r, j) => r.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ') + (j === 0 ? '\n' + widths.map((w) => '-'.repeat(w)).join('  ') : '')).join('\n');
}
