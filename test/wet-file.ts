/**
 * WET files for the tests, laid out as Common Crawl's: a warcinfo record first, then one
 * `conversion` record per page (Content-Type text/plain, WARC-Target-URI, optionally
 * WARC-Identified-Content-Language), each record its own gzip member when gzipped. Written with
 * warcio, a serializer independent of the reader under test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WARCRecord, WARCSerializer } from 'warcio';
import { ROOT } from './cli-process.js';

export interface WetPage {
  url: string;
  text: string | Uint8Array;
  /** WARC-Identified-Content-Language, e.g. "deu" or "eng,fra". */
  lang?: string;
}

const bytes = (b: string | Uint8Array) =>
  (async function* () {
    yield typeof b === 'string' ? new TextEncoder().encode(b) : b;
  })();

export async function wetFile(pages: readonly WetPage[], gzip: boolean): Promise<Buffer> {
  const out: Uint8Array[] = [];
  const info = WARCRecord.createWARCInfo({ filename: 'CC-MAIN-TEST.warc.wet.gz', warcVersion: 'WARC/1.0' }, { 'Software-Info': 'test', isPartOf: 'CC-MAIN-TEST', publisher: 'test' });
  out.push(await WARCSerializer.serialize(info, { gzip }));
  for (const p of pages) {
    const warcHeaders: Record<string, string> = { 'Content-Type': 'text/plain', ...(p.lang ? { 'WARC-Identified-Content-Language': p.lang } : {}) };
    const rec = WARCRecord.create({ url: p.url, type: 'conversion', warcVersion: 'WARC/1.0', warcHeaders }, bytes(p.text));
    out.push(await WARCSerializer.serialize(rec, { gzip }));
  }
  return Buffer.concat(out);
}

/** The project's own text fixtures (input.txt of each fixtures/text-- folder), in name order, as WET pages. */
export function fixturePages(): (WetPage & { file: string })[] {
  return readdirSync(join(ROOT, 'fixtures'))
    .filter((d) => d.startsWith('text--'))
    .sort()
    .map((d) => ({ file: join(ROOT, 'fixtures', d, 'input.txt'), url: `https://news.example/${d.slice('text--'.length)}`, text: readFileSync(join(ROOT, 'fixtures', d, 'input.txt')) }));
}
