/** The bounded line reader of NDJSON input (issue 11, items 2 and 8). */
import { describe, expect, it } from 'vitest';
import { boundedLines } from '../../src/batch/sources.js';

async function all(chunks: Iterable<Uint8Array | string>, max: number) {
  const out: Array<{ line: string } | { tooLong: number }> = [];
  for await (const x of boundedLines((async function* () { yield* chunks; })(), max)) out.push(x);
  return out;
}

describe('boundedLines', () => {
  it('gives one item per line, blank lines included, CRLF and a last line without LF handled', async () => {
    expect(await all(['a\r\n\n  \n', 'b', 'c\nd'], 100)).toEqual([{ line: 'a' }, { line: '' }, { line: '  ' }, { line: 'bc' }, { line: 'd' }]);
    expect(await all(['x\n'], 100)).toEqual([{ line: 'x' }]);
  });

  it('a line over the limit is counted, not kept, and the stream goes on', async () => {
    const mib = Buffer.alloc(1 << 20, 0x61);
    // 200 MiB of one line: held in memory it would show in the heap; counted it does not.
    const chunks = (function* () {
      yield 'first\n';
      for (let i = 0; i < 200; i++) yield mib;
      yield '\nlast\n';
    })();
    const before = process.memoryUsage().arrayBuffers;
    const out = await all(chunks, 1 << 20);
    expect(out).toEqual([{ line: 'first' }, { tooLong: 200 * (1 << 20) }, { line: 'last' }]);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 << 20);
  });

  it('splits multi-byte characters across chunks correctly', async () => {
    const bytes = Buffer.from('Zürich\n');
    expect(await all([bytes.subarray(0, 2), bytes.subarray(2)], 100)).toEqual([{ line: 'Zürich' }]);
  });
});
