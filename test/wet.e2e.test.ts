/**
 * Issue 13 through the built CLI: Common Crawl WET files made from the project's own text
 * fixtures, --lang and --min-words, and scrapers' exports (NDJSON, JSON arrays) with mapped
 * fields. (The same WET check over the extraction benchmark's 181 text renders is
 * bench/wet-aeb.mjs, run by test/wet-aeb.test.ts when ../shared is present.)
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cli } from './cli-process.js';
import { fixturePages, wetFile, type WetPage } from './wet-file.js';

type Line = { source: { path: string; entry?: string; url?: string }; url?: string | null; text?: string; lang?: string | null; wordCount?: number; error?: { code: string; message: string } };
const parse = (stdout: string): Line[] => stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line);
/** Lines without the input's own path (the same records in two files). */
const withoutPath = (lines: Line[]) => lines.map(({ source, ...rest }) => ({ ...rest, source: { ...source, path: '' } }));

let dir = '';
const pages = fixturePages();
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ae-wet-e2e-'));
  await writeFile(join(dir, 'pages.warc.wet.gz'), await wetFile(pages, true));
  await writeFile(join(dir, 'pages.wet'), await wetFile(pages, false));
  await writeFile(join(dir, 'conversions.warc.gz'), await wetFile(pages, true));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('WET files', () => {
  it('one NDJSON line per page, in order, url from the record, text identical to converting the same text as a file', async () => {
    const wet = await cli(['--format', 'ndjson', join(dir, 'pages.warc.wet.gz')]);
    expect(wet.code).toBe(0);
    const lines = parse(wet.stdout);
    expect(lines.map((l) => l.url)).toEqual(pages.map((p) => p.url));
    expect(lines.map((l) => l.source.url)).toEqual(pages.map((p) => p.url));
    expect(lines.map((l) => l.source.entry)).toEqual(pages.map((p) => p.url));
    expect(wet.stderr).toContain(`converted ${pages.length}, skipped 1, failed 0`);
    // The same texts as files, one conversion each (a folder walk, in the same name order).
    const files = await cli(['--format', 'ndjson', '--include', 'text--*/input.txt', 'fixtures']);
    const byFile = parse(files.stdout);
    expect(byFile.map((l) => join(ROOT, l.source.path))).toEqual(pages.map((p) => p.file));
    expect(lines.map((l) => l.text)).toEqual(byFile.map((l) => l.text));
    expect(lines.every((l) => (l.text ?? '').length > 200)).toBe(true);
  });

  it('.wet (uncompressed) and a .warc.gz holding conversion records give the same lines', async () => {
    const run = (f: string) => cli(['--format', 'ndjson', '-q', join(dir, f)]);
    const [gz, plain, warc] = [await run('pages.warc.wet.gz'), await run('pages.wet'), await run('conversions.warc.gz')];
    expect(parse(gz.stdout)).toHaveLength(pages.length);
    expect(withoutPath(parse(plain.stdout))).toEqual(withoutPath(parse(gz.stdout)));
    expect(withoutPath(parse(warc.stdout))).toEqual(withoutPath(parse(gz.stdout)));
  });

  it('--out-dir names each page as for WARC responses: <archive>/<host>/<path>', async () => {
    const out = join(dir, 'out');
    const r = await cli(['--out-dir', out, '-q', join(dir, 'pages.warc.wet.gz')]);
    expect(r.code).toBe(0);
    const written = (await readdir(out, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => relative(out, join(e.parentPath, e.name))).sort();
    expect(written).toEqual(pages.map((p) => `pages/news.example/${p.url.split('/').pop()}.md`).sort());
  });
});

describe('--lang and --min-words', () => {
  const mixed: WetPage[] = [
    ...pages,
    { url: 'https://fr.example/pont', lang: 'fra', text: 'Le conseil municipal a approuvé lundi la construction du nouveau pont sur la rivière. Les travaux doivent commencer au printemps et durer environ trois ans, a déclaré la maire après la séance.\n' },
    // Too short for the text's own language guess: the record's declared language (deu) stands.
    { url: 'https://de.example/kurz', lang: 'deu', text: 'Kurzmeldung: Brücke gesperrt.\n' },
  ];
  let file = '';
  beforeAll(async () => {
    file = join(dir, 'mixed.warc.wet.gz');
    await writeFile(file, await wetFile(mixed, true));
  });

  it('--lang de keeps only the German pages; the others are counted as skipped with the reason, not failed', async () => {
    const r = await cli(['--format', 'ndjson', '--lang', 'de', file]);
    expect(r.code).toBe(0);
    const lines = parse(r.stdout);
    expect(lines.map((l) => l.url)).toEqual(['https://news.example/german-quotes', 'https://de.example/kurz']);
    expect(lines.every((l) => l.lang === 'de')).toBe(true);
    // The warcinfo record, every fixture page but the German one, and the French page are skipped.
    const notGerman = pages.length - 1 + 1;
    expect(r.stderr).toContain(`converted 2, skipped ${notGerman + 1} (${notGerman} language not in --lang de), failed 0`);
  });

  it('--min-words skips the short pages; with --lang both filters count', async () => {
    const words = parse((await cli(['--format', 'ndjson', '-q', file])).stdout).map((l) => [l.url, l.wordCount!] as const);
    const long = words.filter(([, n]) => n >= 100).map(([u]) => u);
    expect(long.length).toBeGreaterThan(1);
    expect(long.length).toBeLessThan(words.length);
    const r = await cli(['--format', 'ndjson', '--min-words', '100', file]);
    expect(r.code).toBe(0);
    expect(parse(r.stdout).map((l) => l.url)).toEqual(long);
    expect(r.stderr).toContain(`converted ${long.length}, skipped ${words.length - long.length + 1} (${words.length - long.length} under --min-words 100), failed 0`);
    const both = await cli(['--format', 'ndjson', '--lang', 'de', '--min-words', '100', file]);
    expect(parse(both.stdout).map((l) => l.url)).toEqual(['https://news.example/german-quotes']);
    const notGerman = pages.length - 1 + 1;
    expect(both.stderr).toContain(`converted 1, skipped ${notGerman + 2} (${notGerman} language not in --lang de, 1 under --min-words 100), failed 0`);
  });

  it('apply to any batch: a folder of text files', async () => {
    const r = await cli(['--format', 'ndjson', '--lang', 'deu', '--include', 'text--*/input.txt', 'fixtures']);
    expect(parse(r.stdout).map((l) => l.source.path)).toEqual(['fixtures/text--german-quotes/input.txt']);
    const others = pages.length - 1; // every text fixture but text--german-quotes is English
    expect(r.stderr).toContain(`skipped ${others} (${others} language not in --lang de)`);
  });

  it('a bad code or count is a usage error', async () => {
    const lang = await cli(['--format', 'ndjson', '--lang', 'en,??', file]);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toContain('--lang: "??" is not a language code');
    const min = await cli(['--format', 'ndjson', '--min-words', 'many', file]);
    expect(min.code).toBe(2);
  });
});

describe('scrapers exports: field mapping', () => {
  const records = pages.slice(0, 4).map((p, i) => ({ link: p.url, content: readFileSync(p.file, 'utf8'), crawl: { n: i } }));
  const ndjson = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const map = ['--url-field', 'link', '--text-field', 'content'];

  it('{"link", "content"} NDJSON converts with --url-field link --text-field content; a JSON array file of the same records gives the same output', async () => {
    const stdin = await cli(['--format', 'ndjson', '--input-format', 'ndjson', ...map, '-'], ndjson);
    expect(stdin.code).toBe(0);
    const lines = parse(stdin.stdout);
    expect(lines.map((l) => l.url)).toEqual(records.map((r) => r.link));
    expect(lines.map((l) => l.source.url)).toEqual(records.map((r) => r.link));
    // The text is the text of the same file converted on its own.
    const alone = parse((await cli(['--format', 'ndjson', ...pages.slice(0, 4).map((p) => p.file)])).stdout);
    expect(lines.map((l) => l.text)).toEqual(alone.map((l) => l.text));

    const arrayFile = join(dir, 'export.json');
    await writeFile(arrayFile, JSON.stringify(records, null, 1));
    const fromArray = await cli(['--format', 'ndjson', ...map, arrayFile]);
    expect(fromArray.code).toBe(0);
    const strip = (ls: Line[]) => ls.map(({ source, ...rest }) => ({ ...rest, source: { ...source, path: '', entry: '' } }));
    expect(strip(parse(fromArray.stdout))).toEqual(strip(lines));
    expect(parse(fromArray.stdout).map((l) => l.source.entry)).toEqual(['record 1', 'record 2', 'record 3', 'record 4']);

    const ndjsonFile = join(dir, 'export.jsonl');
    await writeFile(ndjsonFile, ndjson);
    expect(strip(parse((await cli(['--format', 'ndjson', ...map, ndjsonFile])).stdout))).toEqual(strip(lines));
  });

  it('--id-field with a dotted path names the entry; a record without the mapped field is an error line', async () => {
    const input = ndjson + JSON.stringify({ link: 'https://x.example/none', body: 'no content field' }) + '\n';
    const r = await cli(['--format', 'ndjson', '--input-format', 'ndjson', ...map, '--id-field', 'crawl.n', '-'], input);
    expect(r.code).toBe(1);
    const lines = parse(r.stdout);
    expect(lines.map((l) => l.source.entry)).toEqual(['0', '1', '2', '3', 'line 5']);
    expect(lines[4]).toEqual({ source: { path: '-', entry: 'line 5', url: 'https://x.example/none' }, error: { code: 'EMPTY', message: '-: line 5: record has no "content" string' } });
  });

  it('a field option without an input that holds records is a usage error', async () => {
    const r = await cli(['--text-field', 'content', pages[0]!.file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--text-field reads NDJSON or JSON records');
    const bad = await cli(['--format', 'ndjson', '--text-field', 'page..content', join(dir, 'export.json')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--text-field: "page..content" is not a field path');
  });
});
