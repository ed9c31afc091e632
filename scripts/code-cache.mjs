#!/usr/bin/env node
// Build step after scripts/bundle.mjs: V8's code cache for dist/bundle/cli.cjs, written to
// cli.cjs.cache (format: src/cached-bundle.ts). A child process compiles the bundle without a
// cache, runs the CLI over the project's own fixture inputs (text and HTML, Markdown and JSON,
// quotes on), then asks V8 for the bytecode of every function compiled so far: what a run of
// the CLI would otherwise parse and compile again each time.
//
// The child runs without NODE_OPTIONS: V8 only takes a cache made under the same V8 flags, and a
// user's run has none. The file is written whole under a temporary name, then renamed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const dist = new URL('../dist/', import.meta.url);
const bundle = fileURLToPath(new URL('bundle/cli.cjs', dist));

if (process.argv[2] !== '--child') {
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--child'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  if (child.status !== 0) {
    console.error(`code-cache: warm-up run failed (exit ${child.status ?? child.signal})`);
    process.exit(1);
  }
  process.exit(0);
}

const { cacheBytes, cacheFileOf, compileBundle } = await import(new URL('cached-bundle.js', dist).href);
const compiled = compileBundle(bundle);
// Each run of main listens for errors on stdout (a closed pipe ends the run quietly).
process.stdout.setMaxListeners(0);
const fixtures = new URL('../fixtures/', import.meta.url);
const inputs = fs
  .readdirSync(fixtures, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort()
  .flatMap((name) => ['input.txt', 'input.html'].map((f) => fileURLToPath(new URL(`${name}/${f}`, fixtures))).filter((f) => fs.existsSync(f)));
if (inputs.length === 0) throw new Error('code-cache: no fixture inputs found');
for (const input of inputs) {
  for (const format of [['--quotes'], ['--format', 'json']]) await compiled.exports.main([process.execPath, 'article-extract', ...format, input]);
}
if (process.exitCode) throw new Error(`code-cache: the CLI failed on a fixture (exit ${process.exitCode})`);
const file = cacheFileOf(bundle);
fs.writeFileSync(`${file}.tmp`, cacheBytes(compiled.digest, compiled.script.createCachedData()));
fs.renameSync(`${file}.tmp`, file);
