#!/usr/bin/env node
// Build step (npm run build): the CLI and its pool worker bundled with esbuild into one CommonJS
// script, dist/bundle/cli.cjs (exports `main`, the CLI, and `worker`, what a pool thread runs),
// with V8's code cache beside it (cli.cjs.cache, scripts/code-cache.mjs). bin/article-extract.js
// (through dist/bundle/load.cjs) and the pool's worker file (dist/bundle/worker.js, through
// dist/cached-bundle.js) load it.
// One file holds the CLI and the dependencies it runs, so V8 deserialises the bytecode the build
// compiled instead of parsing and compiling about 3 MB of JavaScript on every run (Node 20 has no
// compile cache for modules). The library (dist/index.js) stays unbundled ES modules.
//
// Left out of the bundle, loaded from node_modules when used:
//   - jsdom (only with --dom jsdom, or when linkedom misbuilds a page; large, and it reads files
//     beside its own modules);
//   - piscina (it starts its threads from a file of its own, found beside its modules);
//   - packages loaded by name at run time (createRequire: stopword, markdown-it, ajv).
// linkedom is bundled with the changes src/html/linkedom.ts makes when it loads (LINKEDOM_CHANGES:
// lazy listener maps, a lazy number format), applied here to the source instead; with a linkedom
// version those changes do not fit, the bundle holds linkedom as published, as the library would
// load it.
// Dynamic import() becomes require() (`dynamic-import: false`), so the bundle runs as a plain
// script; import.meta.url becomes the bundle file's URL.
import fs from 'node:fs';
import { build } from 'esbuild';

const dist = new URL('../dist/', import.meta.url);
const out = new URL('bundle/', dist);
const { withChanges } = await import(new URL('html/linkedom.js', dist).href);
const { WRAPPER_HEAD, WRAPPER_TAIL } = await import(new URL('cached-bundle.js', dist).href);

/** linkedom's single-file build with LINKEDOM_CHANGES applied, and src/html/linkedom.ts's loader reduced to importing it. */
const linkedomPatch = {
  name: 'linkedom-changes',
  setup(b) {
    b.onLoad({ filter: /[\\/]linkedom[\\/]worker\.js$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      return { contents: withChanges(source) ?? source, loader: 'js' };
    });
    b.onLoad({ filter: /[\\/]dist[\\/]html[\\/]linkedom\.js$/ }, () => ({
      contents: "export function importLinkedom() { return import('linkedom/worker'); }",
      loader: 'js',
    }));
  },
};

/**
 * commander loads node:child_process when its module starts (for subcommands run as separate
 * programs, which this CLI has none of); child_process brings net, dgram and more of Node with it.
 * Loaded on first use instead (with the CommonJS bin, a one-file run of the seed starts about 4 ms
 * sooner: 193 against 197 ms, median of 25 alternating runs).
 */
const COMMANDER_SPAWN = "const childProcess = require('node:child_process');";
const commanderLazySpawn = {
  name: 'commander-lazy-child-process',
  setup(b) {
    b.onLoad({ filter: /[\\/]commander[\\/]lib[\\/]command\.js$/ }, (args) => {
      const source = fs.readFileSync(args.path, 'utf8');
      const lazy = "const childProcess = { spawn: (...args) => require('node:child_process').spawn(...args) };";
      return { contents: source.includes(COMMANDER_SPAWN) ? source.replace(COMMANDER_SPAWN, lazy) : source, loader: 'js' };
    });
  },
};

fs.rmSync(out, { recursive: true, force: true });
await build({
  // `worker` loads the pipeline on its first task: a thread that only runs the CLI (a batch's main
  // thread, --help) never initialises the extraction modules and their rule tables.
  stdin: { contents: "export { main } from './cli.js';\nexport const worker = (task) => import('./batch/worker.js').then((m) => m.default(task));\n", resolveDir: dist.pathname, sourcefile: 'bundle-entry.js' },
  outfile: new URL('cli.cjs', out).pathname,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  supported: { 'dynamic-import': false },
  external: ['jsdom', 'piscina'],
  define: { 'import.meta.url': '__bundleUrl' },
  // The file holds Node's CommonJS wrapper itself (src/cached-bundle.ts WRAPPER_HEAD, WRAPPER_TAIL).
  banner: { js: `${WRAPPER_HEAD} var __bundleUrl = require("node:url").pathToFileURL(__filename).href;` },
  footer: { js: WRAPPER_TAIL.trim() },
  plugins: [linkedomPatch, commanderLazySpawn],
  logLevel: 'warning',
});
// The loader bin/article-extract.js requires: src/cached-bundle.ts as CommonJS, like the bin itself
// (bin/package.json). Node starts a CommonJS entry without setting up its ES module loader, which
// an ES module entry costs every run (an empty .mjs file runs about 8 ms longer than an empty .cjs here).
await build({
  entryPoints: [new URL('cached-bundle.js', dist).pathname],
  outfile: new URL('load.cjs', out).pathname,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'warning',
});
// The pool's worker file (Piscina imports it by URL): the bundle's `worker`, loaded with the cache.
fs.writeFileSync(
  new URL('worker.js', out),
  "// The pool worker (scripts/bundle.mjs): the bundle's worker function, compiled with its code cache.\nimport { loadBundle } from '../cached-bundle.js';\n\nexport default loadBundle(new URL('./cli.cjs', import.meta.url)).worker;\n",
);
for (const snapshot of ['rules/date-words.snapshot.json', 'rules/prefilter.snapshot.json', 'metadata/stopwords.snapshot.json']) fs.copyFileSync(new URL(snapshot, dist), new URL(snapshot.replace(/^.*\//, ''), out));
