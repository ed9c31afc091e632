/** The streaming WARC reader (issue 11, items 5-7): records, truncation, wrong lengths, junk, any chunking. */
import { describe, expect, it } from 'vitest';
import { readWarc, type WarcEvent } from '../../src/batch/warc.js';
import { Budget, inflateBounded } from '../../src/batch/limits.js';
import { gzipSync } from 'node:zlib';

function record(uri: string, body: string, length?: number): Buffer {
  const b = Buffer.from(body);
  return Buffer.from(`WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: ${uri}\r\nContent-Length: ${length ?? b.length}\r\n\r\n${body}\r\n\r\n`);
}

async function events(bytes: Buffer, chunk: number, max = 1 << 20): Promise<string[]> {
  const chunks = (async function* () {
    for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
  })();
  const out: string[] = [];
  for await (const e of readWarc(chunks, max)) out.push(show(e));
  return out;
}

const show = (e: WarcEvent) => (e.kind === 'record' ? `record ${e.headers.get('warc-target-uri')} ${e.block ? e.block.toString() : `(${e.length} bytes, not held)`}` : `problem ${e.headers?.get('warc-target-uri') ?? '-'}: ${e.reason}`);

describe('readWarc', () => {
  const body = (i: number) => `body ${i} `.repeat(20).trim();
  const stream = Buffer.concat([
    Buffer.from('junk before the first record\n'),
    record('u1', body(1)),
    record('u2', body(2), body(2).length + 50),
    record('u3', body(3)),
    record('u4', body(4), body(4).length - 30),
    record('u5', body(5)),
    record('u6', body(6), 1e15),
    record('u7', body(7)),
  ]);

  for (const size of [1, 7, 64, 1 << 16]) {
    it(`reads good records and reports every lost one, in ${size}-byte chunks`, async () => {
      const got = await events(stream, size);
      expect(got.filter((e) => e.startsWith('record')).map((e) => e.split(' ')[1])).toEqual(['u1', 'u3', 'u5', 'u7']);
      expect(got.filter((e) => e.startsWith('problem')).map((e) => e.split(':')[0])).toEqual(['problem -', 'problem u2', 'problem u4', 'problem u6']);
      expect(got).toContain(`record u3 ${body(3)}`);
    });
  }

  it('a record cut short is truncated; an empty input gives nothing', async () => {
    const cut = Buffer.concat([record('u1', body(1)), record('u2', body(2))]);
    const got = await events(cut.subarray(0, cut.length - 40), 13);
    expect(got[0]).toBe(`record u1 ${body(1)}`);
    expect(got[1]).toMatch(/^problem u2: truncated: \d+ of \d+ bytes$/);
    expect(await events(Buffer.alloc(0), 10)).toEqual([]);
  });

  it('a block over the limit is counted, not held', async () => {
    const got = await events(Buffer.concat([record('big', 'x'.repeat(5000)), record('u2', 'y')]), 100, 1000);
    expect(got).toEqual(['record big (5000 bytes, not held)', 'record u2 y']);
  });
});

describe('inflateBounded and Budget', () => {
  it('stops inflating at the limit', async () => {
    const z = gzipSync(Buffer.alloc(50 << 20));
    await expect(inflateBounded(z, 'gzip', 1 << 20, 'x')).rejects.toThrow('x: body unpacks to more than the limit of 1048576 bytes');
    expect((await inflateBounded(gzipSync('hello'), 'gzip', 100, 'x')).toString()).toBe('hello');
  });

  it('a budget refuses more than the total, or more than 200 times the archive past the floor', () => {
    const b = new Budget('a.zip', 1000, 10_000);
    expect(() => b.charge(20_000)).toThrow('a.zip: archive unpacks to more than 10000 bytes (--max-total); stopped there');
    const r = new Budget('b.zip', 100_000, 1e12);
    expect(() => r.charge(100 << 20)).toThrow(/more than 200 times its size of 100000 bytes/);
  });
});
