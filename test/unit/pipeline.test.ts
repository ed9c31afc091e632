/**
 * The pipeline as a whole (src/pipeline.ts): bytes or a string in, one article model out, typed
 * errors for what cannot be converted, and the HTML libraries left unloaded for text input.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExtractError } from '../../src/errors.js';
import { extract, type ExtractOptions } from '../../src/pipeline.js';

const PROSE = 'The county opened a new cycle path along the canal on Friday, linking three villages to the town centre for the first time.';
const STORY = `Canal cycle path opens\n\nBy Ana Ruiz\n\n${PROSE}\n\n“It will change how children get to school,” said Tom Hale, a parent from Ashby.\n\nBack to top\n`;
const PAGE = `<!doctype html><html lang="en"><head><title>Canal cycle path opens</title><meta name="description" content="   "><meta property="og:site_name" content=""></head><body><article><h1>Canal cycle path opens</h1><p>${PROSE}</p><p>Work on a second path will start in the spring, the county said.</p></article></body></html>`;

async function failure(input: string | Uint8Array, options?: ExtractOptions): Promise<ExtractError> {
  const err = await extract(input, options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ExtractError);
  return err as ExtractError;
}

describe('extract: text input', () => {
  it('a string: title, byline, authors, body without boilerplate, quotes, source', async () => {
    const a = await extract(STORY, { path: 'canal.txt' });
    expect(a.title).toBe('Canal cycle path opens');
    expect(a.byline).toBe('By Ana Ruiz');
    expect(a.authors).toEqual(['Ana Ruiz']);
    expect(a.blocks.map((b) => b.text)).toEqual([PROSE, '“It will change how children get to school,” said Tom Hale, a parent from Ashby.']);
    expect(a.removed).toContainEqual(expect.objectContaining({ rule: expect.stringMatching(/\bback-to-top\b/), text: 'Back to top' }));
    expect(a.quotes).toEqual([expect.objectContaining({ text: 'It will change how children get to school', speaker: 'Tom Hale', cue: 'said' })]);
    expect(a.source).toEqual({ path: 'canal.txt', format: 'text', encoding: 'utf-8' });
  });

  it('the same bytes give the same article as the string', async () => {
    const fromBytes = await extract(new TextEncoder().encode(STORY), { path: 'canal.txt' });
    expect(fromBytes).toEqual(await extract(STORY, { path: 'canal.txt' }));
  });

  it('without a path, source.path is null', async () => {
    expect((await extract(STORY)).source.path).toBeNull();
  });
});

describe('extract: HTML input', () => {
  it('sniffs HTML; blank metadata becomes null, never ""', async () => {
    const a = await extract(PAGE, { path: 'canal.html' });
    expect(a.source.format).toBe('html');
    expect(a.title).toBe('Canal cycle path opens');
    expect(a.description).not.toBe(''); // a blank meta description: null, or a real excerpt
    expect(a.siteName).toBeNull();
    expect(a.lang).toBe('en');
    expect(a.blocks.map((b) => b.text)).toContain(PROSE);
  });

  const linked = PAGE.replace('</article>', '<p>Maps of the route are <a href="/maps/canal">on the county website</a> for anyone planning a trip this summer.</p></article>');
  const markdownOf = (a: { blocks: { markdown: string }[] }) => a.blocks.map((b) => b.markdown).join('\n');

  it('the url option fills url and makes relative links absolute (jsdom)', async () => {
    const a = await extract(linked, { url: 'https://county.example/news/canal', dom: 'jsdom' });
    expect(a.url).toBe('https://county.example/news/canal');
    expect(markdownOf(a)).toContain('[on the county website](https://county.example/maps/canal)');
  });

  it('the url option makes relative links absolute with the default DOM (linkedom)', async () => {
    const a = await extract(linked, { url: 'https://county.example/news/canal' });
    expect(markdownOf(a)).toContain('[on the county website](https://county.example/maps/canal)');
  });
});

describe('extract: forced input format', () => {
  it('inputFormat text keeps markup as literal text', async () => {
    const a = await extract(`Cycle path opens\n\n${PROSE} The sign says <b>Canal Path</b> in bold.\n\n${PROSE}`, { inputFormat: 'text' });
    expect(a.source.format).toBe('text');
    expect(a.blocks.some((b) => b.text.includes('<b>Canal Path</b>'))).toBe(true);
  });

  it('inputFormat html parses a tagless string as HTML', async () => {
    const a = await extract(`${PROSE}\n\n${PROSE}`, { inputFormat: 'html' });
    expect(a.source.format).toBe('html');
  });
});

describe('extract: provenance for batch input', () => {
  it('entry and recordUrl become source.entry and source.url', async () => {
    const a = await extract(STORY, { path: 'crawl.warc.gz', entry: 'https://a.example/x', recordUrl: 'https://a.example/x' });
    expect(a.source).toEqual({ path: 'crawl.warc.gz', format: 'text', encoding: 'utf-8', entry: 'https://a.example/x', url: 'https://a.example/x' });
  });
});

describe('extract: typed failures naming the input', () => {
  it('EMPTY for nothing or whitespace (a BOM alone included)', async () => {
    expect((await failure('', { path: 'e.txt' })).message).toBe('e.txt: input is empty');
    expect((await failure(' \n\t\n')).code).toBe('EMPTY');
    expect((await failure(Uint8Array.from([0xef, 0xbb, 0xbf, 0x0a]))).code).toBe('EMPTY');
  });

  it('BINARY for image bytes', async () => {
    const err = await failure(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), { path: 'pic.png' });
    expect(err.code).toBe('BINARY');
    expect(err.message).toMatch(/^pic\.png: /);
  });

  it('NO_CONTENT when everything is boilerplate; messageName names an archive entry', async () => {
    const err = await failure('Back to top button\n\nAdvertisement\n\nShare this article\n', { path: 'pages.zip', messageName: 'pages.zip: a/b.txt' });
    expect(err.code).toBe('NO_CONTENT');
    expect(err.message).toBe('pages.zip: a/b.txt: no article text found');
  });
});

describe('start-up cost', () => {
  it('converting text never loads the DOM or HTML-to-Markdown libraries', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ae-lazy-'));
    try {
      const hooks = join(dir, 'hooks.mjs');
      const log = join(dir, 'loaded.txt');
      await writeFile(hooks, `import { appendFileSync } from 'node:fs';\nexport async function resolve(s, c, next) { const r = await next(s, c); appendFileSync(${JSON.stringify(log)}, r.url + '\\n'); return r; }\n`);
      await writeFile(join(dir, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hooks).href)});\n`);
      const dist = pathToFileURL(join(import.meta.dirname, '..', '..', 'dist', 'index.js')).href;
      const script = (input: string) => `const { extract } = await import(${JSON.stringify(dist)}); const a = await extract(${JSON.stringify(input)}); console.log(a.source.format);`;
      const run = (input: string) => {
        const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(dir, 'register.mjs')).href, '--input-type=module', '-e', script(input)], { encoding: 'utf8' });
        expect(r.stderr).toBe('');
        return r.stdout.trim();
      };
      const heavy = /node_modules\/(?:jsdom|linkedom|@mozilla\/readability|turndown)\//;
      expect(run(STORY)).toBe('text');
      const { readFile } = await import('node:fs/promises');
      const textLoads = await readFile(log, 'utf8');
      expect(textLoads).toMatch(/dist\/pipeline\.js/); // the hook saw the library load
      expect(textLoads).not.toMatch(heavy);
      await rm(log);
      expect(run(PAGE)).toBe('html');
      expect(await readFile(log, 'utf8')).toMatch(heavy); // and would have seen the DOM load
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
