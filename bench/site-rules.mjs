#!/usr/bin/env node
// Site rules cost: the built CLI over a folder of 1,000 HTML pages with --out-dir, without and
// with a rule file (bench/site-rules.yaml: global and scoped rules of every HTML kind), runs
// interleaved, the fastest of each counted (a shared machine only ever slows a run down).
// Target: with rules at >= 0.9 of the speed without.
//
//   npm run build && node bench/site-rules.mjs [--pages 1000] [--data DIR] [--jobs 1] [--repeat 3] [--rules FILE]
//
// The folder is made in the system's temporary folder from the pages of DIR (default the aeb
// benchmark's html/ folder, else the golden fixtures' input.html files), copied round-robin
// until it holds --pages files. Every run is a child process; it reports its wall-clock time and
// its CPU time (user + system, worker threads included), which varies less on a busy machine.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);

if (opt('--child')) {
  // One CLI run in this process: wall-clock and CPU time, written at exit (after the worker pool is gone).
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  const { main } = await import(path.join(ROOT, 'dist', 'cli.js'));
  await main([process.execPath, 'article-extract', ...JSON.parse(opt('--cli-args'))]);
  process.on('exit', () => {
    const cpu = process.cpuUsage(cpu0);
    fs.writeFileSync(opt('--result'), JSON.stringify({ seconds: Number(process.hrtime.bigint() - t0) / 1e9, cpuSeconds: (cpu.user + cpu.system) / 1e6, exitCode: process.exitCode ?? 0 }));
  });
} else {
  const PAGES = Number(opt('--pages', '1000'));
  const JOBS = opt('--jobs', '1');
  const REPEATS = Number(opt('--repeat', '3'));
  const RULES = path.resolve(opt('--rules', path.join(ROOT, 'bench', 'site-rules.yaml')));
  const aeb = '/work/shared/bench/aeb/html';
  const dataDir = opt('--data', fs.existsSync(aeb) ? aeb : null);
  const sources = dataDir
    ? fs.readdirSync(dataDir).filter((f) => f.endsWith('.html')).map((f) => path.join(dataDir, f))
    : fs.readdirSync(path.join(ROOT, 'fixtures')).map((d) => path.join(ROOT, 'fixtures', d, 'input.html')).filter((f) => fs.existsSync(f));
  if (!sources.length) throw new Error('no HTML pages found (give --data DIR)');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'ae-site-rules-bench-'));
  const pages = path.join(work, 'pages');
  fs.mkdirSync(pages);
  for (let i = 0; i < PAGES; i++) fs.copyFileSync(sources[i % sources.length], path.join(pages, `p${String(i).padStart(4, '0')}.html`));
  console.error(`bench: ${PAGES} pages from ${sources.length} sources in ${pages}; rules ${path.relative(ROOT, RULES)}; --jobs ${JOBS}; ${REPEATS} runs each, interleaved`);

  const runOnce = (label, extra, n) =>
    new Promise((resolve, reject) => {
      const out = path.join(work, `out-${label}-${n}`);
      const result = path.join(work, `result-${label}-${n}.json`);
      const cliArgs = ['--out-dir', out, '--jobs', JOBS, '-q', ...extra, pages];
      const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--child', '1', '--result', result, '--cli-args', JSON.stringify(cliArgs)], { stdio: ['ignore', 'inherit', 'inherit'] });
      child.on('error', reject);
      child.on('close', () => {
        const r = JSON.parse(fs.readFileSync(result, 'utf8'));
        const written = fs.readdirSync(out).length;
        resolve({ ...r, written, docsPerSecond: PAGES / r.seconds, docsPerCpuSecond: PAGES / r.cpuSeconds });
      });
    });

  const best = { without: null, with: null };
  for (let n = 0; n < REPEATS; n++) {
    for (const [label, extra] of [['without', []], ['with', ['--rules', RULES]]]) {
      const r = await runOnce(label, extra, n);
      console.error(`  ${label.padEnd(7)} run ${n + 1}: ${r.seconds.toFixed(2)} s, ${r.docsPerSecond.toFixed(1)} docs/s, ${r.docsPerCpuSecond.toFixed(1)} docs/CPU-s, ${r.written} written, exit ${r.exitCode}`);
      const b = best[label];
      best[label] = b ? { ...b, seconds: Math.min(b.seconds, r.seconds), cpuSeconds: Math.min(b.cpuSeconds, r.cpuSeconds) } : r;
    }
  }
  const ratio = best.without.seconds / best.with.seconds;
  const cpuRatio = best.without.cpuSeconds / best.with.cpuSeconds;
  console.log(`site rules: ${PAGES} pages, fastest of ${REPEATS}: without ${best.without.seconds.toFixed(2)} s (${best.without.cpuSeconds.toFixed(2)} CPU-s), with ${best.with.seconds.toFixed(2)} s (${best.with.cpuSeconds.toFixed(2)} CPU-s)`);
  console.log(`speed with rules / without: ${ratio.toFixed(3)} wall-clock, ${cpuRatio.toFixed(3)} per CPU-second (target >= 0.9)`);
  fs.rmSync(work, { recursive: true, force: true });
}
