#!/usr/bin/env node
/**
 * Output checks of issue 15 over a folder of pages (default: ../shared/bench/aeb/html), through
 * the built library (run `npm run build` first):
 *
 *   node bench/check-output.mjs [folder] [--input html|text] [--chunk 50,200] [--show N]
 *
 * Prints one summary line per check and the first problems; exits 1 when any page fails.
 * The checks themselves are in bench/output-checks.mjs (shared with test/output-aeb.test.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract, renderHtml, renderMarkdown, toJson, chunkArticle, CHUNK_JOINER } from '../dist/index.js';
import { checkChunks, checkHtml, checkPlainMarkdown } from './output-checks.mjs';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const input = flag('--input', 'html');
const limits = flag('--chunk', '50,200').split(',').map(Number);
const show = Number(flag('--show', '10'));
const folder = args[0] ?? join(import.meta.dirname, '..', '..', 'shared', 'bench', 'aeb', input);
if (!existsSync(folder)) {
  console.error(`check-output: ${folder} does not exist (the benchmark pages live outside the repository)`);
  process.exit(2);
}

const files = readdirSync(folder).filter((f) => !f.startsWith('.')).sort();
const failures = { html: [], markdown: [], chunks: [] };
let pages = 0;
let collapsedEqual = 0;
const started = Date.now();
for (const f of files) {
  const article = await extract(readFileSync(join(folder, f)), { path: f, inputFormat: input });
  pages++;
  const json = toJson(article);
  const html = renderHtml(article);
  const h = checkHtml(html, json.text);
  if (h.length) failures.html.push(`${f}: ${h.join('; ')}`);
  const m = checkPlainMarkdown(renderMarkdown(article, { links: false, images: false }));
  if (m.length) failures.markdown.push(`${f}: ${m.join('; ')}`);
  const blockTexts = article.blocks.map((b) => b.text).filter((t) => t.trim());
  for (const limit of limits) {
    const c = checkChunks(chunkArticle(article, limit), limit, blockTexts, json.text, CHUNK_JOINER);
    if (c.length) failures.chunks.push(`${f} (limit ${limit}): ${c.join('; ')}`);
  }
  const { visibleBodyText } = await import('./output-checks.mjs');
  const { parse } = await import('parse5');
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  if (norm(visibleBodyText(parse(html))) === norm(json.text)) collapsedEqual++;
}
console.log(`${pages} pages (${input}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`html: ${pages - failures.html.length}/${pages} pass (parse errors 0, nothing unsafe, absolute links, visible text = text with white space removed); visible text = text with white space collapsed: ${collapsedEqual}/${pages}`);
console.log(`markdown --no-links --no-images: ${pages - failures.markdown.length}/${pages} pass`);
console.log(`chunks (limits ${limits.join(', ')}): ${pages * limits.length - failures.chunks.length}/${pages * limits.length} pass`);
for (const [k, list] of Object.entries(failures)) for (const line of list.slice(0, show)) console.log(`  ${k}: ${line}`);
process.exitCode = failures.html.length + failures.markdown.length + failures.chunks.length ? 1 : 0;
