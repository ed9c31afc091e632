/**
 * Golden fixtures for the other output formats (issue 15), over the same fixtures/<area>--<slug>/
 * inputs as test/golden.test.ts:
 *   expected.html            --format html
 *   expected.plain.md        Markdown with --no-links --no-images
 *   expected.referenced.md   Markdown with --link-style referenced
 *   expected.chunks.ndjson   --format ndjson --chunk 60
 * A missing expectation FAILS; `npm run fixtures:update` (UPDATE_GOLDEN=1) rewrites them.
 * Each HTML expectation must also pass the output checks (parse5 without errors, nothing unsafe,
 * absolute links, visible text = text), and each chunk line the chunk schema.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHUNK_JOINER, chunkArticle, extract, renderChunkLines, renderHtml, renderMarkdown, toJson, type Article } from '../src/index.js';
import { checkChunks, checkHtml, checkPlainMarkdown } from '../bench/output-checks.mjs';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'fixtures');
const UPDATE = process.env.UPDATE_GOLDEN === '1';
/** Words a chunk may hold in the chunk fixtures: small, so the fixtures show several chunks. */
const CHUNK_WORDS = 60;

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory() && d.name.includes('--'))
  .map((d) => d.name)
  .sort();

const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(JSON.parse(readFileSync(join(ROOT, 'schema', 'article.schema.json'), 'utf8')));
const validateChunk = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'chunk.schema.json'), 'utf8')));

function golden(name: string, file: string, actual: string): void {
  const path = join(FIXTURES, name, file);
  if (UPDATE) {
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) throw new Error(`fixtures/${name}/${file} is missing: run \`npm run fixtures:update\` and review the diff`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

it('has the format fixtures the issue asks for (links, a figure, code, a table, right-to-left)', () => {
  expect(cases).toContain('html--links-figure-code');
  expect(cases).toContain('html--arabic-rtl');
});

for (const name of cases) {
  describe(name, () => {
    const input = ['input.html', 'input.txt'].find((f) => existsSync(join(FIXTURES, name, f)))!;
    let article: Article;
    beforeAll(async () => {
      article = await extract(readFileSync(join(FIXTURES, name, input)), { path: `fixtures/${name}/${input}` });
    });

    it('HTML equals expected.html and passes the output checks', () => {
      const html = renderHtml(article);
      golden(name, 'expected.html', html);
      expect(checkHtml(html, toJson(article).text)).toEqual([]);
    });

    it('Markdown without links and images equals expected.plain.md', () => {
      const md = renderMarkdown(article, { frontMatter: true, links: false, images: false });
      golden(name, 'expected.plain.md', md);
      expect(checkPlainMarkdown(md.replace(/^---\n[\s\S]*?\n---\n/, ''))).toEqual([]);
    });

    it('Markdown with referenced links equals expected.referenced.md', () => {
      golden(name, 'expected.referenced.md', renderMarkdown(article, { frontMatter: true, linkStyle: 'referenced' }));
    });

    it('chunks equal expected.chunks.ndjson, satisfy the chunk schema and join back to text', () => {
      const lines = renderChunkLines(article, CHUNK_WORDS);
      golden(name, 'expected.chunks.ndjson', lines);
      for (const line of lines.trim().split('\n').filter(Boolean)) expect(validateChunk(JSON.parse(line)), JSON.stringify(validateChunk.errors)).toBe(true);
      const blockTexts = article.blocks.map((b) => b.text).filter((t) => t.trim());
      expect(checkChunks(chunkArticle(article, CHUNK_WORDS), CHUNK_WORDS, blockTexts, toJson(article).text, CHUNK_JOINER)).toEqual([]);
    });
  });
}
