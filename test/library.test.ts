/**
 * The library API as users import it: `extract` / `extractFile` return the typed article model,
 * renderers take it, failures are ExtractError with a code. Also the built package's exports
 * (self-reference `import('article-extract')`, the schema export).
 */
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  BOILERPLATE_RULES,
  extract,
  ExtractError,
  extractFile,
  parseDate,
  renderJson,
  renderMarkdown,
  renderText,
  SCHEMA_VERSION,
  splitAuthors,
  toJson,
  type Article,
  type Block,
  type Quote,
} from '../src/index.js';

const ROOT = join(import.meta.dirname, '..');
const SEED = join(ROOT, 'fixtures', 'text--seed-shaped', 'input.txt');

describe('extract', () => {
  it('returns the typed article model', async () => {
    const article = await extract(await readFile(SEED, 'utf8'));
    expectTypeOf(article).toEqualTypeOf<Article>();
    expectTypeOf(article.blocks).toEqualTypeOf<Block[]>();
    expectTypeOf(article.quotes).toEqualTypeOf<Quote[]>();
    expectTypeOf(article.title).toEqualTypeOf<string | null>();
    expect(article.title).toBe('Harbour city approves plan for new tidal energy station');
    expect(article.authors).toEqual(['Maria Lindqvist', 'Tomás Ortega', 'Priya Natarajan', 'Samuel Okafor']);
    expect(article.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(article.blocks).toHaveLength(6);
    expect(article.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['The station will supply clean power to around twelve thousand homes once it is running at full capacity', 'the council'],
      ['create hundreds of local jobs', 'council officials'],
      ['very unlikely', 'council officials'],
    ]);
    expect(article.source).toEqual({ path: null, format: 'text', encoding: 'utf-8' });
  });

  it('extractFile reads the file and records its path', async () => {
    const article = await extractFile(SEED);
    expect(article.source.path).toBe(SEED);
    expect(toJson(article).schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('renderers take the model', async () => {
    const article = await extractFile(SEED);
    expect(renderMarkdown(article, { frontMatter: false })).toMatch(/^# Harbour city/);
    expect(JSON.parse(renderJson(article)).authors).toHaveLength(4);
    expect(renderText(article)).toMatch(/^Harbour city approves plan for new tidal energy station\n\nThe city council/);
  });

  it('failures are ExtractError with a code', async () => {
    const err = await extractFile(join(ROOT, 'fixtures', 'no-such-file.txt')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExtractError);
    expect((err as ExtractError).code).toBe('NOT_FOUND');
  });

  it('exports the helpers the README names', () => {
    expect(splitAuthors('By Ana Ruiz and Ben Cole')).toEqual(['Ana Ruiz', 'Ben Cole']);
    expect(parseDate('March 4, 2024')).toBe('2024-03-04');
    expect(BOILERPLATE_RULES.every((r) => r.id && r.reason)).toBe(true);
  });
});

describe('the built package (dist) through its exports map', () => {
  it("import('article-extract') and the schema export resolve to the built files", () => {
    const script = `
      const lib = await import('article-extract');
      const a = await lib.extract('Bridge reopens\\n\\nBy Ana Ruiz\\n\\nThe bridge over the river reopened on Monday after a year of repairs, the council said.\\n');
      const schemaPath = import.meta.resolve('article-extract/schema.json');
      console.log(JSON.stringify({ title: a.title, authors: a.authors, keys: Object.keys(lib).sort(), schema: schemaPath.endsWith('/schema/article.schema.json') }));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout);
    expect(out.title).toBe('Bridge reopens');
    expect(out.authors).toEqual(['Ana Ruiz']);
    expect(out.schema).toBe(true);
    expect(out.keys).toEqual(expect.arrayContaining(['extract', 'extractFile', 'renderMarkdown', 'renderJson', 'renderNdjsonLine', 'renderText', 'toJson', 'ExtractError', 'SCHEMA_VERSION']));
  });
});
