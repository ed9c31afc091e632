#!/usr/bin/env node
// One-file latency: the built CLI run on one document at a time, as a shell loop or another
// program runs it, beside bare `node -e 0`. Prints the median wall time of N runs and the median
// CPU time (user + system of the whole process, worker threads included, read with /usr/bin/time),
// which varies less than wall time on a shared machine.
//
//   node bench/startup.mjs [--runs 5] [FILE ...] [-- CLI OPTIONS]
//   (default files: the first aeb HTML page and the seed text of ../shared/seeds)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const args = dash >= 0 ? argv.slice(0, dash) : argv;
const cliOptions = dash >= 0 ? argv.slice(dash + 1) : [];
const runs = args.includes('--runs') ? Number(args[args.indexOf('--runs') + 1]) : 5;
let files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--runs');
if (!files.length) {
  const html = path.join(ROOT, '../shared/bench/aeb/html');
  const seeds = path.join(ROOT, '../shared/seeds');
  files = [path.join(html, fs.readdirSync(html).sort()[0]), ...fs.readdirSync(seeds).filter((f) => f.endsWith('.txt')).slice(0, 1).map((f) => path.join(seeds, f))];
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(command) {
  const out = path.join(os.tmpdir(), `ae-startup-${process.pid}.txt`);
  const walls = [];
  const cpus = [];
  for (let i = 0; i < runs; i++) {
    const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', '-o', out, ...command], { stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`${command.join(' ')} failed: ${r.stderr}`);
    const [wall, user, sys] = fs.readFileSync(out, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    walls.push(wall);
    cpus.push(user + sys);
  }
  fs.rmSync(out, { force: true });
  return { wall: median(walls), cpu: median(cpus) };
}

const rows = [['command', 'median wall s', 'median CPU s']];
const bare = measure([process.execPath, '-e', '0']);
rows.push(['node -e 0', bare.wall.toFixed(2), bare.cpu.toFixed(2)]);
for (const f of files) {
  const r = measure([process.execPath, path.join(ROOT, 'bin/article-extract.js'), ...cliOptions, f]);
  rows.push([`article-extract ${cliOptions.join(' ')} ${path.basename(f).slice(0, 24)}`.replace(/\s+/g, ' '), r.wall.toFixed(2), r.cpu.toFixed(2)]);
}
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
for (const r of rows) console.log(r.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  '));
console.log(`(${runs} runs each; load average now ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} CPUs)`);
