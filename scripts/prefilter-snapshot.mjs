#!/usr/bin/env node
// Build step (npm run build): writes the line pre-checks (start, literals, letter and word bounds) of the whole-line rule tables
// (src/rules/prefilter.ts) beside the compiled module. Deriving them reads every pattern (about
// 90 ms of CPU in a fresh process), so without the snapshot a run uses them only after 2,000
// lines; with it every run, one short file too, skips the patterns its lines cannot match from
// the first line, and never compiles them. A pattern missing from the snapshot (a table changed
// without a build) has its check derived when first used; another Node's case mapping, none.
import fs from 'node:fs';

const target = new URL('../dist/rules/prefilter.snapshot.json', import.meta.url);
fs.rmSync(target, { force: true }); // the modules must not read a stale snapshot while building a new one
const { buildPrefilterSnapshot } = await import('../dist/rules/prefilter.js');
const { BOILERPLATE_RULES } = await import('../dist/rules/boilerplate.js');
const { BLOCK_RULES, PHRASE_PATTERNS } = await import('../dist/rules/html-blocks.js');
const { TITLE_JUNK_PATTERNS } = await import('../dist/rules/title-junk.js');
const patterns = [...BOILERPLATE_RULES.map((r) => r.pattern), ...BLOCK_RULES.map((r) => r.pattern), ...Object.values(PHRASE_PATTERNS), ...TITLE_JUNK_PATTERNS];
fs.writeFileSync(target, JSON.stringify(buildPrefilterSnapshot(patterns)));
