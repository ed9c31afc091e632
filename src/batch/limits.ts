/**
 * Limits on unpacking. Every decompression of the tool goes through here, while it streams:
 *   - readBounded: one entry or body read into memory, at most --max-size bytes; past that the
 *     read stops (or, where the container must go on, is counted and dropped), never held;
 *   - inflateBounded: an HTTP body's Content-Encoding (gzip, deflate, br) undone the same way;
 *   - Budget: everything an archive unpacks to, counted against --max-total and against a
 *     ratio to the archive's own size, so a small archive cannot unpack for minutes (a
 *     decompression bomb: entries that share one compressed block, a 2 KB gzip of 5 GB).
 */
import { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';
import { ExtractError, firstLine } from '../errors.js';

/** Default --max-total: 4 GiB unpacked from one archive (a large crawl file; far more than any zip of articles). */
export const DEFAULT_MAX_TOTAL = 4 * 1024 * 1024 * 1024;
/**
 * Largest ratio of unpacked bytes to an archive's size. HTML and text compress 4-10 times with
 * gzip or deflate, repetitive markup up to about 30; zip and gzip bombs reach 1,000-1,000,000.
 */
export const MAX_UNPACK_RATIO = 200;
/** The ratio is checked only past this many unpacked bytes (a tiny archive of one repetitive page is fine). */
export const RATIO_FLOOR = 64 * 1024 * 1024;

/** An archive over its budget: the whole archive stops (not just one entry). */
export class BudgetExceeded extends ExtractError {
  constructor(message: string) {
    super('TOO_LARGE', message);
  }
}

/** The unpacked bytes of one archive, charged as they stream. */
export class Budget {
  total = 0;
  constructor(
    readonly name: string,
    readonly archiveBytes: number,
    readonly maxTotal: number,
  ) {}

  charge(n: number): void {
    this.total += n;
    if (this.total > this.maxTotal) {
      throw new BudgetExceeded(`${this.name}: archive unpacks to more than ${this.maxTotal} bytes (--max-total); stopped there`);
    }
    if (this.total > RATIO_FLOOR && this.total > this.archiveBytes * MAX_UNPACK_RATIO) {
      throw new BudgetExceeded(`${this.name}: archive unpacks to more than ${MAX_UNPACK_RATIO} times its size of ${this.archiveBytes} bytes (a decompression bomb?); stopped there`);
    }
  }
}

export interface Bounded {
  /** The bytes, or null when there were more than the limit. */
  data: Buffer | null;
  /** Bytes seen (all of them when drained, else at least limit + 1). */
  size: number;
}

/**
 * Reads a stream into memory, at most `max` bytes, charging each byte to `budget`. Over the
 * limit, the stream is destroyed (`drain: false`) or read to its end without keeping anything
 * (`drain: true`, for a container such as tar that must reach its next entry).
 */
export async function readBounded(stream: AsyncIterable<Uint8Array> & { destroy?: (e?: Error) => void }, max: number, opts: { budget?: Budget; drain?: boolean } = {}): Promise<Bounded> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      opts.budget?.charge(chunk.length);
      size += chunk.length;
      if (size <= max) chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      else if (!opts.drain) {
        chunks.length = 0;
        stream.destroy?.();
        return { data: null, size };
      } else chunks.length = 0;
    }
  } catch (err) {
    stream.destroy?.();
    throw err;
  }
  return { data: size <= max ? Buffer.concat(chunks) : null, size };
}

/** HTTP content codings this tool undoes (RFC 9110); "identity" and none leave the body as it is. */
const DECODERS: Record<string, () => NodeJS.ReadWriteStream> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/**
 * An HTTP body with its Content-Encoding undone, at most `max` bytes: past that the inflation
 * stops at once (ExtractError TOO_LARGE naming `name`). Codings are undone last-applied first.
 */
export async function inflateBounded(body: Buffer, encoding: string, max: number, name: string, budget?: Budget): Promise<Buffer> {
  const codings = encoding.toLowerCase().split(',').map((c) => c.trim()).filter((c) => c && c !== 'identity').reverse();
  let data = body;
  for (const coding of codings) {
    const make = DECODERS[coding];
    if (!make) throw new ExtractError('UNREADABLE', `${name}: unsupported Content-Encoding "${coding}"`);
    const attempt = async (decoder: NodeJS.ReadWriteStream) => {
      const out = Readable.from([data]).pipe(decoder) as unknown as AsyncIterable<Uint8Array> & { destroy(): void };
      return readBounded(out, max, budget ? { budget } : {});
    };
    let r: Bounded;
    try {
      r = await attempt(make());
    } catch (err) {
      if (err instanceof ExtractError) throw err;
      // "deflate" is often sent as a raw deflate stream without the zlib wrapper.
      if (coding !== 'deflate') throw new ExtractError('UNREADABLE', `${name}: corrupt ${coding} body (${firstLine(err)})`);
      try {
        r = await attempt(createInflateRaw());
      } catch (err2) {
        if (err2 instanceof ExtractError) throw err2;
        throw new ExtractError('UNREADABLE', `${name}: corrupt deflate body (${firstLine(err2)})`);
      }
    }
    if (!r.data) throw new ExtractError('TOO_LARGE', `${name}: body unpacks to more than the limit of ${max} bytes`);
    data = r.data;
  }
  return data;
}
