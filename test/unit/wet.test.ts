/** WET input (issue 13): conversion records read through the streaming WARC reader, each a text document. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveKind, archiveStem, documents, type SourceItem } from '../../src/batch/sources.js';
import { fixturePages, wetFile } from '../wet-file.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ae-wet-unit-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const opts = { include: [], exclude: [], maxBytes: 1 << 20, ndjson: false };

async function items(path: string, maxBytes = opts.maxBytes): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const item of documents([path], { ...opts, maxBytes })) out.push(item);
  return out;
}

const docs = (list: SourceItem[]) => list.flatMap((i) => ('doc' in i ? [i.doc] : []));

describe('WET file names', () => {
  it('.warc.wet.gz, .wet.gz and .wet are WARC files; their stem drops the whole extension', () => {
    for (const name of ['CC-MAIN-x.warc.wet.gz', 'x.wet.gz', 'x.wet', 'x.warc.wet', 'X.WET.GZ']) expect(archiveKind(name)).toBe('warc');
    expect(archiveStem('crawl/CC-MAIN-2024-10-00001.warc.wet.gz')).toBe('CC-MAIN-2024-10-00001');
    expect(archiveStem('pages.wet.gz')).toBe('pages');
    expect(archiveStem('pages.wet')).toBe('pages');
  });
});

describe('WET records', () => {
  it('each conversion record is a text document with url, entry and output name from WARC-Target-URI; the warcinfo record is skipped', async () => {
    const pages = fixturePages();
    const file = join(dir, 'pages.warc.wet.gz');
    await writeFile(file, await wetFile(pages, true));
    const got = await items(file);
    expect(got[0]).toEqual({ skip: { path: `${file}:record 1`, reason: 'warcinfo record' } });
    const d = docs(got);
    expect(d.map((x) => x.url)).toEqual(pages.map((p) => p.url));
    expect(d.map((x) => x.entry)).toEqual(pages.map((p) => p.url));
    expect(d.every((x) => x.inputFormat === 'text' && !x.error)).toBe(true);
    expect(d.map((x) => Buffer.from(x.data as Uint8Array).equals(Buffer.from(pages[d.indexOf(x)]!.text as Uint8Array)))).toEqual(pages.map(() => true));
    expect(d[0]!.outName).toBe('pages/news.example/by-line');
  });

  it('.wet uncompressed and a .warc.gz of conversion records give the same documents', async () => {
    const pages = fixturePages();
    const bodies = async (name: string, gzip: boolean) => {
      const file = join(dir, name);
      await writeFile(file, await wetFile(pages, gzip));
      return docs(await items(file)).map((x) => ({ url: x.url, entry: x.entry, format: x.inputFormat, data: Buffer.from(x.data as Uint8Array).toString('base64') }));
    };
    const gz = await bodies('a.warc.wet.gz', true);
    expect(await bodies('a.wet', false)).toEqual(gz);
    expect(await bodies('a.warc.gz', true)).toEqual(gz);
    expect(gz).toHaveLength(pages.length);
  });

  it('WARC-Identified-Content-Language gives the record language (first listed, ISO 639-3 to a BCP 47 tag); junk gives none', async () => {
    const file = join(dir, 'lang.wet');
    await writeFile(
      file,
      await wetFile(
        [
          { url: 'https://a.example/1', text: 'Eins', lang: 'deu' },
          { url: 'https://a.example/2', text: 'Two', lang: 'eng,fra' },
          { url: 'https://a.example/3', text: 'Three', lang: '<x>' },
          { url: 'https://a.example/4', text: 'Four' },
        ],
        false,
      ),
    );
    expect(docs(await items(file)).map((d) => d.lang)).toEqual(['de', 'en', undefined, undefined]);
  });

  it('a record over --max-size is TOO_LARGE, a record cut short is reported, and the records around them stand', async () => {
    const file = join(dir, 'limits.wet');
    const whole = await wetFile(
      [
        { url: 'https://a.example/small', text: 'A small page.' },
        { url: 'https://a.example/big', text: 'x'.repeat(200_000) },
        { url: 'https://a.example/after', text: 'After the big one.' },
        { url: 'https://a.example/cut', text: 'This record is cut short by the end of the file.' },
      ],
      false,
    );
    await writeFile(file, whole.subarray(0, whole.length - 20));
    const d = docs(await items(file, 1000));
    expect(d.map((x) => [x.url, x.error?.code ?? 'ok'])).toEqual([
      ['https://a.example/small', 'ok'],
      ['https://a.example/big', 'TOO_LARGE'],
      ['https://a.example/after', 'ok'],
      ['https://a.example/cut', 'UNREADABLE'],
    ]);
    expect(d[3]!.error!.message).toMatch(/truncated: \d+ of \d+ bytes/);
  });
});

describe('WET compression from the bytes, not the name', () => {
  it('a gzipped file named .wet and an unpacked file named .warc.wet.gz are both read', async () => {
    const pages = fixturePages().slice(0, 3);
    const gzNamedPlain = join(dir, 'gz-named-plain.wet');
    const plainNamedGz = join(dir, 'plain-named-gz.warc.wet.gz');
    await writeFile(gzNamedPlain, await wetFile(pages, true));
    await writeFile(plainNamedGz, await wetFile(pages, false));
    for (const file of [gzNamedPlain, plainNamedGz]) {
      const d = docs(await items(file));
      expect(d.map((x) => [x.url, x.error?.message ?? 'ok'])).toEqual(pages.map((p) => [p.url, 'ok']));
    }
  });
});
