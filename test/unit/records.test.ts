/** Scrapers' exports (issue 13): field mapping with dotted paths, and JSON arrays read as a bounded stream. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getField, jsonArrayItems, recordFields, type ArrayItem } from '../../src/batch/records.js';
import { documents, type Doc } from '../../src/batch/sources.js';
import { needsRecords } from '../../src/batch/record-options.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ae-records-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('getField', () => {
  it('follows dotted paths through objects and arrays, own properties only', () => {
    const rec = { page: { content: 'body', links: ['a', 'b'] }, link: 'https://x.example/' };
    expect(getField(rec, 'page.content')).toBe('body');
    expect(getField(rec, 'page.links.1')).toBe('b');
    expect(getField(rec, 'link')).toBe('https://x.example/');
    expect(getField(rec, 'page.missing')).toBeUndefined();
    expect(getField(rec, 'link.length')).toBeUndefined();
    expect(getField(rec, 'constructor')).toBeUndefined();
    expect(getField(rec, 'page.__proto__')).toBeUndefined();
  });
});

describe('recordFields', () => {
  it('defaults to html, then text, with url and id', () => {
    expect(recordFields({ html: '<p>x</p>', text: 'x', url: 'u', id: 7 })).toEqual({ id: '7', url: 'u', content: { data: '<p>x</p>', inputFormat: 'html' } });
    expect(recordFields({ text: 'x' })).toEqual({ content: { data: 'x', inputFormat: 'text' } });
    expect(recordFields({ body: 'x' })).toEqual({ missing: '"html" or "text"' });
  });

  it('mapped fields replace the defaults; only the content fields given are looked at', () => {
    const rec = { link: 'https://a.example/1', content: 'The text.', html: '<p>ignored</p>', meta: { key: 'k1' } };
    expect(recordFields(rec, { url: 'link', text: 'content', id: 'meta.key' })).toEqual({ id: 'k1', url: 'https://a.example/1', content: { data: 'The text.', inputFormat: 'text' } });
    expect(recordFields({ link: 'u', content: 42 }, { url: 'link', text: 'content' })).toEqual({ url: 'u', missing: '"content"' });
    expect(recordFields({ raw_html: '<p>y</p>', markdown: 'y' }, { html: 'raw_html', text: 'markdown' }).content).toEqual({ data: '<p>y</p>', inputFormat: 'html' });
  });
});

async function collect(text: string, chunk: number, max = 1000): Promise<ArrayItem[]> {
  const input = (async function* () {
    for (let i = 0; i < text.length; i += chunk) yield text.slice(i, i + chunk);
  })();
  const out: ArrayItem[] = [];
  for await (const item of jsonArrayItems(input, 'x.json', max)) out.push(item);
  return out;
}

describe('jsonArrayItems', () => {
  const values = [{ a: 'x', b: [1, 2.5, -3e2], c: { d: null, e: true, f: false } }, 'plain', 7, { s: 'é ü 中文 \u2028 "quoted" \\ \n' }, [], {}];
  const text = JSON.stringify(values);

  for (const chunk of [1, 3, 64, 1 << 16]) {
    it(`gives each element as JSON.parse would, in ${chunk}-character pieces`, async () => {
      expect(await collect(text, chunk)).toEqual(values.map((value) => ({ value })));
    });
  }

  it('an element over the limit is counted, not assembled, and the next one is read', async () => {
    const big = { text: 'y'.repeat(5000), nested: { more: ['z'.repeat(3000)] } };
    const got = await collect(JSON.stringify([{ n: 1 }, big, { n: 2 }, 'w'.repeat(2000), { n: 3 }]), 100);
    expect(got.map((g) => ('value' in g ? g.value : 'too large'))).toEqual([{ n: 1 }, 'too large', { n: 2 }, 'too large', { n: 3 }]);
  });

  it('a "__proto__" key is a plain key, as with JSON.parse', async () => {
    const [item] = await collect('[{"__proto__": {"polluted": "yes"}, "text": "t"}]', 5);
    const value = (item as { value: Record<string, unknown> }).value;
    expect(Object.keys(value)).toEqual(['__proto__', 'text']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('not an array, an empty file, invalid or cut-short JSON throw, after the elements before', async () => {
    await expect(collect('{"text": "x"}', 4)).rejects.toThrow('x.json: not a JSON array of records');
    await expect(collect('"x"', 4)).rejects.toThrow('x.json: not a JSON array of records');
    await expect(collect('', 4)).rejects.toThrow('x.json: no JSON array of records (an empty file)');
    const got: ArrayItem[] = [];
    const input = (async function* () {
      yield '[{"n": 1}, {"n": 2}, {"n":';
    })();
    await expect(
      (async () => {
        for await (const item of jsonArrayItems(input, 'x.json', 1000)) got.push(item);
      })(),
    ).rejects.toThrow(/^x\.json: (invalid JSON|the JSON array is cut short)/);
    expect(got).toEqual([{ value: { n: 1 } }, { value: { n: 2 } }]);
  });
});

describe('record files', () => {
  const records = [
    { link: 'https://a.example/1', content: 'First story text.', meta: { id: 'a1' } },
    { link: 'https://a.example/2', content: 'Second story text.' },
    { link: 'https://a.example/3' },
  ];
  const opts = { include: [], exclude: [], maxBytes: 1 << 20, ndjson: false, fields: { url: 'link', text: 'content', id: 'meta.id' } };
  const docsOf = async (path: string) => {
    const out: Doc[] = [];
    for await (const item of documents([path], opts)) if ('doc' in item) out.push(item.doc);
    return out.map((d) => ({ entry: d.entry, url: d.url, outName: d.outName, data: d.data, format: d.inputFormat, error: d.error?.message }));
  };

  it('a .json array and a .ndjson file of the same records give the same documents, with mapped fields', async () => {
    await writeFile(join(dir, 'export.json'), JSON.stringify(records, null, 2));
    await writeFile(join(dir, 'export.ndjson'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const fromJson = await docsOf(join(dir, 'export.json'));
    expect(fromJson).toEqual([
      { entry: 'a1', url: 'https://a.example/1', outName: 'export/a1', data: 'First story text.', format: 'text', error: undefined },
      { entry: 'record 2', url: 'https://a.example/2', outName: 'export/record-2', data: 'Second story text.', format: 'text', error: undefined },
      { entry: 'record 3', url: 'https://a.example/3', outName: 'export/record-3', data: undefined, format: undefined, error: `${join(dir, 'export.json')}: record 3: record has no "content" string` },
    ]);
    const fromNdjson = await docsOf(join(dir, 'export.ndjson'));
    expect(fromNdjson.map((d) => [d.url, d.data, d.format])).toEqual(fromJson.map((d) => [d.url, d.data, d.format]));
    expect(fromNdjson.map((d) => d.entry)).toEqual(['a1', 'line 2', 'line 3']);
  });

  it('the field options need an input that holds records', () => {
    expect(needsRecords(['-'], true)).toBe(true);
    expect(needsRecords(['-'], false)).toBe(false);
    expect(needsRecords(['a.json'], false)).toBe(true);
    expect(needsRecords(['a.jsonl', 'b.txt'], false)).toBe(true);
    expect(needsRecords(['page.html'], false)).toBe(false);
    expect(needsRecords(['crawl.warc.wet.gz'], false)).toBe(false);
  });
});

describe('jsonArrayItems on text that is no JSON', () => {
  it('is invalid JSON, not an empty file', async () => {
    await expect(collect('xyz', 2)).rejects.toThrow(/^x\.json: invalid JSON/);
    await expect(collect('  \n ', 2)).rejects.toThrow('x.json: no JSON array of records (an empty file)');
    await expect(collect('[1] [2]', 2)).rejects.toThrow(/^x\.json: invalid JSON/);
  });
});
