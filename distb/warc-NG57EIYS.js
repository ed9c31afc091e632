import {
  firstLine
} from "./chunk-ZA5YYWVB.js";

// dist/batch/warc.js
var MAX_HEADER_BYTES = 64 * 1024;
var HEAD_BYTES = 64 * 1024;
var RECORD_START = Buffer.from("WARC/1.");
var TRAILER = Buffer.from("\r\n\r\n");
var Reader = class {
  it;
  onBytes;
  chunks = [];
  avail = 0;
  /** Offset of the next unread byte in the (decompressed) input. */
  offset = 0;
  done = false;
  error = null;
  constructor(it, onBytes) {
    this.it = it;
    this.onBytes = onBytes;
  }
  async more() {
    if (this.done)
      return false;
    let r;
    try {
      r = await this.it.next();
    } catch (err) {
      this.error = err;
      this.done = true;
      return false;
    }
    if (r.done) {
      this.done = true;
      return false;
    }
    const b = Buffer.from(r.value.buffer, r.value.byteOffset, r.value.byteLength);
    this.onBytes(b.length);
    if (b.length) {
      this.chunks.push(b);
      this.avail += b.length;
    }
    return true;
  }
  /** True when `n` bytes are buffered (reads more as needed). */
  async ensure(n) {
    while (this.avail < n)
      if (!await this.more())
        return false;
    return true;
  }
  /** The first `n` buffered bytes as one buffer (n <= avail). */
  head(n) {
    if (this.chunks.length === 0)
      return Buffer.alloc(0);
    if (this.chunks[0].length < n)
      this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0].subarray(0, n);
  }
  consume(n) {
    this.offset += n;
    this.avail -= n;
    while (n > 0) {
      const c = this.chunks[0];
      if (c.length <= n) {
        this.chunks.shift();
        n -= c.length;
      } else {
        this.chunks[0] = c.subarray(n);
        n = 0;
      }
    }
  }
  /** Index of the first line feed within the first `max` bytes, or -1. */
  async findLineEnd(from, max) {
    for (; ; ) {
      const have = Math.min(this.avail, max);
      const i = this.head(have).indexOf(10, from);
      if (i >= 0)
        return i;
      if (have >= max || !await this.more())
        return -1;
    }
  }
  /**
   * Drops bytes up to the next line that starts "WARC/1." (at most `limit` bytes; the line
   * itself stays buffered). `atLineStart`: the current position counts as a line start.
   * Returns whether one was found and how many bytes were dropped.
   */
  async seekRecord(limit = Infinity, atLineStart = false) {
    let skipped = 0;
    let lineStart = atLineStart;
    for (; ; ) {
      if (this.avail < RECORD_START.length + 1 && !await this.ensure(RECORD_START.length + 1) && this.avail === 0)
        return { found: false, skipped };
      const take = Math.min(this.avail, 1 << 20);
      const buf = this.head(take);
      let i = lineStart && buf.subarray(0, RECORD_START.length).equals(RECORD_START) ? 0 : -1;
      let from = 0;
      while (i < 0) {
        const j = buf.indexOf(RECORD_START, from);
        if (j < 0)
          break;
        if (j > 0 && buf[j - 1] === 10)
          i = j;
        from = j + 1;
      }
      if (i >= 0 && skipped + i <= limit) {
        this.consume(i);
        return { found: true, skipped: skipped + i };
      }
      const keep = this.done ? 0 : RECORD_START.length;
      const drop = Math.max(0, Math.min(take - keep, limit - skipped));
      if (drop === 0 && (this.done || skipped >= limit)) {
        if (this.done) {
          skipped += this.avail;
          this.consume(this.avail);
        }
        return { found: false, skipped };
      }
      lineStart = buf[drop - 1] === 10;
      this.consume(drop);
      skipped += drop;
      if (!this.done && this.avail <= keep)
        await this.ensure(keep + 1);
    }
  }
};
function parseHeaders(text) {
  const headers = /* @__PURE__ */ new Map();
  let last = "";
  for (const line of text.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const c = line.indexOf(":");
    if (c <= 0)
      continue;
    last = line.slice(0, c).trim().toLowerCase();
    headers.set(last, line.slice(c + 1).trim());
  }
  return headers;
}
async function* readWarc(input, maxBlock, onBytes = () => void 0) {
  const r = new Reader(input[Symbol.asyncIterator](), onBytes);
  let n = 0;
  for (; ; ) {
    while (await r.ensure(1) && (r.head(1)[0] === 13 || r.head(1)[0] === 10))
      r.consume(1);
    if (r.avail === 0) {
      if (r.error)
        yield { kind: "problem", offset: r.offset, reason: `the input ends in an error (${firstLine(r.error)})` };
      return;
    }
    const offset = r.offset;
    await r.ensure(RECORD_START.length);
    if (!r.head(Math.min(r.avail, RECORD_START.length)).equals(RECORD_START)) {
      const { found: found2, skipped: skipped2 } = await r.seekRecord();
      yield { kind: "problem", offset, reason: found2 ? `${skipped2} bytes that are not a WARC record skipped` : `${skipped2} bytes that are not a WARC record${r.error ? ` (${firstLine(r.error)})` : ""}` };
      continue;
    }
    n++;
    let end = -1;
    for (let from = 0; ; ) {
      const i = await r.findLineEnd(from, MAX_HEADER_BYTES);
      if (i < 0)
        break;
      const line = r.head(i + 1).subarray(from, i + 1);
      if (line.length <= 2 && (line[0] === 10 || line[0] === 13 && line[1] === 10)) {
        end = i + 1;
        break;
      }
      from = i + 1;
    }
    if (end < 0) {
      const cut = r.done && r.avail < MAX_HEADER_BYTES;
      r.consume(1);
      if (cut) {
        yield { kind: "problem", n, offset, reason: "truncated in its header" };
        await r.seekRecord();
        continue;
      }
      await r.seekRecord();
      yield { kind: "problem", n, offset, reason: `header is not terminated within ${MAX_HEADER_BYTES} bytes` };
      continue;
    }
    const headerText = r.head(end).toString("latin1");
    const headers = parseHeaders(headerText.slice(headerText.indexOf("\n") + 1));
    const lengthText = headers.get("content-length") ?? "";
    const length = /^\d{1,16}$/.test(lengthText) ? Number(lengthText) : NaN;
    if (!Number.isSafeInteger(length)) {
      r.consume(end);
      await r.seekRecord();
      yield { kind: "problem", n, offset, headers, reason: `invalid Content-Length "${lengthText.slice(0, 40)}"` };
      continue;
    }
    if (length <= maxBlock) {
      const whole = await r.ensure(end + length + TRAILER.length);
      const buf = r.head(Math.min(r.avail, end + length + TRAILER.length));
      const trailer = buf.subarray(end + length);
      const ok = whole ? trailer.equals(TRAILER) : buf.length >= end + length && r.done && !r.error && /^[\r\n]*$/.test(trailer.toString("latin1"));
      if (ok) {
        const block = Buffer.from(buf.subarray(end, end + length));
        r.consume(buf.length);
        yield { kind: "record", n, offset, headers, block, head: block.subarray(0, HEAD_BYTES), length };
        continue;
      }
      r.consume(end);
      const { found: found2, skipped: skipped2 } = await r.seekRecord(Infinity, true);
      if (!found2 && skipped2 < length) {
        yield { kind: "problem", n, offset, headers, reason: `truncated: ${skipped2} of ${length} bytes${r.error ? ` (${firstLine(r.error)})` : ""}` };
      } else {
        yield { kind: "problem", n, offset, headers, reason: `Content-Length ${length} does not match the record (${found2 ? `the next record starts after ${skipped2} bytes` : `${skipped2} bytes to the end`}); record skipped` };
      }
      continue;
    }
    await r.ensure(end + Math.min(length, HEAD_BYTES));
    const head = Buffer.from(r.head(Math.min(r.avail, end + Math.min(length, HEAD_BYTES))).subarray(end));
    r.consume(end);
    const { found, skipped } = await r.seekRecord(length, true);
    if (found) {
      yield { kind: "problem", n, offset, headers, reason: `Content-Length ${length} runs past the next record, which starts after ${skipped} bytes; record skipped` };
      continue;
    }
    if (skipped < length) {
      yield { kind: "problem", n, offset, headers, reason: `truncated: ${skipped} of ${length} bytes${r.error ? ` (${firstLine(r.error)})` : ""}` };
      continue;
    }
    yield { kind: "record", n, offset, headers, block: null, head, length };
  }
}
export {
  readWarc
};
