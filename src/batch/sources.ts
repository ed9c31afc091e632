/**
 * Batch inputs -> a stream of documents. Folders (recursive, --include/--exclude), globs,
 * archives read as streams without unpacking (zip, tar, tar.gz, WARC, WARC.gz) and NDJSON on
 * standard input all become the same Doc shape, produced lazily so memory stays flat.
 * zip is read with yauzl, tar with tar-stream, WARC with our own streaming reader (warc.ts: it
 * reports truncated records and wrong lengths, and resynchronises). Every decompression is bounded while it streams (limits.ts).
 * Common Crawl's WET files (.warc.wet.gz, .wet.gz, .wet) are WARC files of `conversion` records,
 * each a page's plain text: read by the same reader, each record a text document. Scrapers'
 * exports (.ndjson/.jsonl, a .json array) are read record by record with mapped fields (records.ts).
 */
import { createReadStream } from 'node:fs';
import { open, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { ExtractError, firstLine } from '../errors.js';
import type { InputFormat } from '../model.js';
import { isInside, nameFromUrl, safeSegments } from '../io/paths.js';
import { Budget, BudgetExceeded, DEFAULT_MAX_TOTAL, inflateBounded, readBounded, type Bounded } from './limits.js';
import { isWebAddress, WebInputs, type FetchDoc, type WebOptions } from '../fetch/source.js';
import { canonicalTag } from './filters.js';
import { jsonArrayItems, recordFields, type FieldMap } from './records.js';

export interface Doc {
  /** The input as the user named it (file path, archive path, "-"). */
  path: string;
  /** Entry name inside an archive, or the id/line of an NDJSON record. */
  entry?: string;
  /** The record's URL (WARC target URI, NDJSON url). */
  url?: string;
  /** Relative name mirrored under --out-dir. */
  outName: string;
  /** Content already in memory (archive entries, NDJSON). */
  data?: Uint8Array | string;
  /** The input kind when the source says it (NDJSON `html`/`text`). */
  inputFormat?: InputFormat;
  /** The language the record declares (WET's WARC-Identified-Content-Language), canonical. */
  lang?: string;
  /** A document that could not even be read from its source. */
  error?: ExtractError;
  /** A web address: its bytes are fetched when the runner starts it (src/fetch/). */
  fetch?: FetchDoc;
}

export interface Skip {
  path: string;
  reason: string;
}

export type SourceItem = { doc: Doc } | { skip: Skip };

export interface SourceOptions {
  include: string[];
  exclude: string[];
  maxBytes: number;
  /** Largest total an archive may unpack to (--max-total); DEFAULT_MAX_TOTAL when absent. */
  maxTotal?: number;
  /** NDJSON on standard input. */
  ndjson: boolean;
  /** --text-field, --html-field, --url-field, --id-field for NDJSON and JSON-array records. */
  fields?: FieldMap;
  /** The output folder: never read back as input by a folder walk or a glob. */
  outDir?: string;
  /** Told how many documents a source will give, when it knows (folders, globs, plain files). */
  onCount?: (n: number) => void;
  /** Told when a source of unknown size starts (archives, NDJSON). */
  onUnknownCount?: () => void;
  /** How web addresses are fetched (URL arguments, --urls); the defaults of src/fetch/ when absent. */
  web?: WebOptions;
  /** --urls: a list of web addresses (a file, or "-"), read after the inputs. */
  urls?: string;
}

/** Files a folder walk picks up when no --include is given. */
export const DEFAULT_INCLUDE = ['**/*.{html,htm,xhtml,shtml,txt,text,md,markdown}'];
/** Content types of WARC responses that become articles. */
const WARC_CONTENT = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i;
const ARCHIVE = /\.(zip|tar|tar\.gz|tgz|warc|warc\.gz|warc\.wet|warc\.wet\.gz|wet|wet\.gz|json|ndjson|jsonl)$/i;
const GLOB_CHARS = /[*?[\]{}]/;

/** What kind of container a path names by its extension (WET files are WARC files; .json is an array of records). */
export function archiveKind(path: string): 'zip' | 'tar' | 'warc' | 'json' | 'ndjson' | null {
  const m = ARCHIVE.exec(path);
  if (!m) return null;
  const ext = m[1]!.toLowerCase();
  if (ext === 'json') return 'json';
  if (ext === 'ndjson' || ext === 'jsonl') return 'ndjson';
  return ext === 'zip' ? 'zip' : ext.startsWith('warc') || ext.startsWith('wet') ? 'warc' : 'tar';
}

/** Stem of an archive's name: "pages.tar.gz" -> "pages". */
export function archiveStem(path: string): string {
  return basename(path).replace(ARCHIVE, '') || 'archive';
}

/**
 * The output name of an archive entry: always below the archive's own folder. An entry whose
 * name cleans to nothing ("..", ".", "/") takes `fallback` rather than the archive's name.
 */
export function entryOutName(archivePath: string, name: string, fallback: string): string {
  const segs = safeSegments(name);
  return `${archiveStem(archivePath)}/${segs.length ? segs.join('/') : fallback}`;
}

function tooLarge(path: string, entry: string, size: number, max: number): ExtractError {
  return new ExtractError('TOO_LARGE', `${path}: ${entry}: entry is ${size} bytes, larger than the limit of ${max}`);
}

// ---- zip -------------------------------------------------------------------------------------

type ZipFile = import('yauzl').ZipFile;
type ZipEntry = import('yauzl').Entry;

async function openZip(path: string): Promise<ZipFile> {
  const yauzl = (await import('yauzl')).default;
  // decodeStrings: false, so a hostile entry name is sanitised by us rather than aborting the archive.
  return new Promise<ZipFile>((res, rej) => yauzl.open(path, { lazyEntries: true, decodeStrings: false, autoClose: true }, (err, z) => (err ? rej(err) : res(z!))));
}

function nextEntry(zip: ZipFile): Promise<ZipEntry | null> {
  return new Promise<ZipEntry | null>((res, rej) => {
    const onEntry = (e: ZipEntry) => (cleanup(), res(e));
    const onEnd = () => (cleanup(), res(null));
    const onError = (e: Error) => (cleanup(), rej(e));
    const cleanup = () => zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
    zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
    zip.readEntry();
  });
}

async function* zipDocs(path: string, opts: SourceOptions, match: (name: string) => boolean): AsyncGenerator<SourceItem> {
  const budget = new Budget(path, (await stat(path)).size, opts.maxTotal ?? DEFAULT_MAX_TOTAL);
  // The central directory declares every entry's size: a bomb (entries sharing one compressed
  // block) is refused before anything is unpacked. The sizes are then enforced as entries stream
  // (yauzl checks each entry against its declared size; the budget counts what is read).
  const directory = await openZip(path);
  try {
    const declared = new Budget(path, budget.archiveBytes, budget.maxTotal);
    for (let e = await nextEntry(directory); e; e = await nextEntry(directory)) declared.charge(e.uncompressedSize);
  } finally {
    directory.close();
  }
  const zip = await openZip(path);
  const decoder = new TextDecoder('utf-8');
  let n = 0;
  try {
    for (;;) {
      const entry = await nextEntry(zip);
      if (!entry) return;
      const name = decoder.decode(entry.fileName as unknown as Uint8Array);
      if (name.endsWith('/')) continue;
      const mode = (entry.externalFileAttributes >>> 16) & 0o170000;
      if (mode === 0o120000) {
        yield { skip: { path: `${path}:${name}`, reason: 'symbolic link in archive' } };
        continue;
      }
      if (!match(name)) continue;
      const outName = entryOutName(path, name, `entry-${++n}`);
      if (entry.isEncrypted()) {
        yield { doc: { path, entry: name, outName, error: new ExtractError('UNREADABLE', `${path}: ${name}: encrypted zip entry (encryption is not supported)`) } };
        continue;
      }
      if (entry.uncompressedSize > opts.maxBytes) {
        yield { doc: { path, entry: name, outName, error: tooLarge(path, name, entry.uncompressedSize, opts.maxBytes) } };
        continue;
      }
      let read: Bounded;
      try {
        const stream = await new Promise<NodeJS.ReadableStream>((res, rej) => zip.openReadStream(entry, (err, s) => (err ? rej(err) : res(s!))));
        read = await readBounded(stream as unknown as AsyncIterable<Uint8Array> & { destroy(): void }, opts.maxBytes, { budget });
      } catch (err) {
        if (err instanceof BudgetExceeded) throw err; // the archive's budget: the whole archive stops
        yield { doc: { path, entry: name, outName, error: new ExtractError('UNREADABLE', `${path}: ${name}: corrupt zip entry (${firstLine(err)})`) } };
        continue;
      }
      yield { doc: read.data ? { path, entry: name, outName, data: read.data } : { path, entry: name, outName, error: tooLarge(path, name, read.size, opts.maxBytes) } };
    }
  } finally {
    zip.close();
  }
}

// ---- tar -------------------------------------------------------------------------------------

/** Tar entry types that hold no document; they are noted as skipped (the summary counts them). */
const TAR_SKIPPED: Record<string, string> = {
  symlink: 'symbolic link in archive',
  link: 'hard link in archive',
  'character-device': 'character device in archive',
  'block-device': 'block device in archive',
  fifo: 'fifo in archive',
};

async function* tarDocs(path: string, opts: SourceOptions, match: (name: string) => boolean): AsyncGenerator<SourceItem> {
  const tarStream = (await import('tar-stream')).default;
  const budget = new Budget(path, (await stat(path)).size, opts.maxTotal ?? DEFAULT_MAX_TOTAL);
  const extract = tarStream.extract();
  const gz = /\.(?:tgz|gz)$/i.test(path);
  // Every unpacked byte is charged to the archive's budget as it streams, entries skipped or not.
  const charge = new Transform({
    transform(chunk: Buffer, _enc, cb) {
      try {
        budget.charge(chunk.length);
        cb(null, chunk);
      } catch (err) {
        cb(err as Error);
      }
    },
  });
  const feeding = (gz ? pipeline(createReadStream(path), createGunzip(), charge, extract) : pipeline(createReadStream(path), charge, extract)).catch((err: Error) => err);
  let n = 0;
  try {
    for await (const entry of extract) {
      const { name, type, size } = entry.header;
      if (type !== 'file' && type !== 'contiguous-file') {
        const reason = type ? TAR_SKIPPED[type] ?? (type === 'directory' ? null : `${type} entry in archive`) : null;
        if (reason) yield { skip: { path: `${path}:${name}`, reason } };
        entry.resume();
        continue;
      }
      if (!match(name)) {
        entry.resume();
        continue;
      }
      const outName = entryOutName(path, name, `entry-${++n}`);
      const { data, size: seen } = await readBounded(entry as AsyncIterable<Uint8Array>, opts.maxBytes, { drain: true });
      yield { doc: data ? { path, entry: name, outName, data } : { path, entry: name, outName, error: tooLarge(path, name, size ?? seen, opts.maxBytes) } };
    }
  } catch (err) {
    // The pipeline's own error (below) says more than the extractor's.
    const fed = await feeding;
    if (fed instanceof ExtractError) throw fed;
    throw err;
  }
  const err = await feeding;
  if (err instanceof ExtractError) throw err;
  if (err) throw new ExtractError('UNREADABLE', `${path}: corrupt tar archive (${firstLine(err)})`);
}

// ---- WARC ------------------------------------------------------------------------------------

/** Room for a response's HTTP status line and headers on top of --max-size. */
const HTTP_HEAD_ALLOWANCE = 64 * 1024;

interface Http {
  headers: Map<string, string>;
  body: Buffer;
}

/** An HTTP response message (status line, headers, body), or null when the block is not one. */
function parseHttp(block: Buffer): Http | null {
  if (!block.subarray(0, 5).equals(Buffer.from('HTTP/'))) return null;
  let end = block.indexOf('\r\n\r\n');
  let sep = 4;
  const lf = block.indexOf('\n\n');
  if (end < 0 || (lf >= 0 && lf < end)) [end, sep] = [lf, 2];
  const headText = (end < 0 ? block : block.subarray(0, end)).toString('latin1');
  const headers = new Map<string, string>();
  for (const line of headText.split(/\r?\n/).slice(1)) {
    const c = line.indexOf(':');
    if (c > 0) headers.set(line.slice(0, c).trim().toLowerCase(), line.slice(c + 1).trim());
  }
  return { headers, body: end < 0 ? Buffer.alloc(0) : block.subarray(end + sep) };
}

/** A chunked HTTP body decoded (RFC 9112, 7.1); a malformed one is returned as it is. */
function dechunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    if (eol < 0) return body;
    const size = parseInt(body.subarray(at, eol).toString('latin1').split(';', 1)[0]!.trim(), 16);
    if (!Number.isFinite(size) || size < 0) return body;
    if (size === 0) return Buffer.concat(parts);
    if (eol + 2 + size > body.length) return body;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

/**
 * Whether a WARC/WET file is gzipped, from its first bytes (1f 8b) rather than its name: a
 * .warc.wet.gz saved already unpacked (curl --compressed, a browser) or a gzipped file named .wet
 * is read all the same.
 */
async function isGzip(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await fh.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    await fh.close();
  }
}

async function* warcDocs(path: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const budget = new Budget(path, (await stat(path)).size, opts.maxTotal ?? DEFAULT_MAX_TOTAL);
  const file = createReadStream(path);
  let input: NodeJS.ReadableStream = file;
  if (await isGzip(path)) {
    const gunzip = createGunzip();
    file.on('error', (err) => gunzip.destroy(err));
    input = file.pipe(gunzip);
  }
  let records = 0;
  let problems = 0;
  const { readWarc } = await import('./warc.js');
  try {
    for await (const ev of readWarc(input as AsyncIterable<Uint8Array>, opts.maxBytes + HTTP_HEAD_ALLOWANCE, (n) => budget.charge(n))) {
      const uri = ev.headers?.get('warc-target-uri') || undefined;
      if (ev.kind === 'problem') {
        problems++;
        const entry = ev.n ? `record ${ev.n}${uri ? ` (${uri})` : ''} at byte ${ev.offset}` : `byte ${ev.offset}`;
        yield { doc: { path, entry, ...(uri ? { url: uri } : {}), outName: entryOutName(path, '', `record-${ev.n ?? 0}`), error: new ExtractError('UNREADABLE', `${path}: ${entry}: ${ev.reason}`) } };
        continue;
      }
      records++;
      const n = ev.n;
      const label = uri ?? `record ${n}`;
      const type = ev.headers.get('warc-type') ?? '';
      if (type !== 'response' && type !== 'resource' && type !== 'conversion') {
        yield { skip: { path: `${path}:${label}`, reason: `${type || 'untyped'} record` } };
        continue;
      }
      // A response holds an HTTP message; a resource record is the document itself, and so is a
      // conversion record (a WET file's plain text of a page; text/plain when it names no type).
      const http = type === 'response' ? parseHttp(ev.block ?? ev.head) : null;
      const contentType = (http ? http.headers.get('content-type') : ev.headers.get('content-type')) ?? (type === 'conversion' ? 'text/plain' : '');
      if (!WARC_CONTENT.test(contentType)) {
        yield { skip: { path: `${path}:${label}`, reason: `not HTML or text (${contentType || 'no content type'})` } };
        continue;
      }
      const entry = uri ?? `record-${n}`;
      const outName = entryOutName(path, uri ? nameFromUrl(uri) : '', `record-${n}`);
      // Common Crawl names each page's languages, most of the text first ("eng,deu"), in ISO 639-3.
      const lang = canonicalTag((ev.headers.get('warc-identified-content-language') ?? '').split(',', 1)[0]!);
      const doc = { path, entry, ...(uri ? { url: uri } : {}), outName, ...(lang && lang !== 'und' ? { lang } : {}) };
      if (!ev.block) {
        yield { doc: { ...doc, error: tooLarge(path, entry, ev.length, opts.maxBytes) } };
        continue;
      }
      let body = http ? http.body : ev.block;
      try {
        if (http && /\bchunked\b/i.test(http.headers.get('transfer-encoding') ?? '')) body = dechunk(body);
        const coding = http?.headers.get('content-encoding');
        if (coding) body = await inflateBounded(body, coding, opts.maxBytes, `${path}: ${entry}`, budget);
      } catch (err) {
        // A body over the limit or corrupt is this record's error; the archive's budget stops the archive.
        if (err instanceof ExtractError && !(err instanceof BudgetExceeded)) {
          yield { doc: { ...doc, error: err } };
          continue;
        }
        throw err;
      }
      if (body.length > opts.maxBytes) {
        yield { doc: { ...doc, error: tooLarge(path, entry, body.length, opts.maxBytes) } };
        continue;
      }
      yield { doc: { ...doc, data: body, inputFormat: /text\/plain/i.test(contentType) ? 'text' : 'html' } };
    }
  } finally {
    file.destroy();
  }
  if (records === 0 && problems === 0) throw new ExtractError('UNREADABLE', `${path}: no WARC record found (an empty or non-WARC file)`);
}

// ---- NDJSON on standard input ------------------------------------------------------------------

/** Room a JSON line needs around its content (escapes can double it): lines up to 2 x --max-size + this are read. */
const NDJSON_LINE_SLACK = 64 * 1024;

/**
 * The lines of a byte stream, each at most `maxLine` bytes: a longer line is not kept in memory
 * (its bytes are counted and dropped up to the next line feed) and comes out as `{ tooLong }`.
 * A final line without a line feed counts; CR before LF is dropped.
 */
export async function* boundedLines(input: AsyncIterable<Uint8Array | string>, maxLine: number): AsyncGenerator<{ line: string } | { tooLong: number }> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  const finish = () => {
    const out = over ? { tooLong: size } : { line: Buffer.concat(parts).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    over = false;
    return out;
  };
  let pending = false;
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    while (from <= buf.length) {
      const nl = buf.indexOf(0x0a, from);
      const end = nl < 0 ? buf.length : nl;
      const piece = end - from;
      if (piece > 0) pending = true;
      size += piece;
      if (size > maxLine) {
        over = true;
        parts = [];
      } else if (piece > 0) parts.push(buf.subarray(from, end));
      if (nl < 0) break;
      pending = false;
      yield finish();
      from = nl + 1;
    }
  }
  if (pending || size > 0) yield finish();
}

/**
 * NDJSON records on standard input (`path` "-") or in a `.ndjson`/`.jsonl` file. Every input
 * line gives exactly one document, so output lines stay in step with input lines: a blank or
 * whitespace-only line is an EMPTY error, a line longer than twice --max-size (plus slack) is
 * TOO_LARGE without being held in memory, a record whose html or text is over --max-size is
 * TOO_LARGE. Fields are read as --text-field, --html-field, --url-field, --id-field map them.
 */
async function* ndjsonDocs(opts: SourceOptions, path = '-'): AsyncGenerator<SourceItem> {
  const maxLine = 2 * opts.maxBytes + NDJSON_LINE_SLACK;
  const input = path === '-' ? process.stdin : createReadStream(path);
  let n = 0;
  try {
    for await (const item of boundedLines(input, maxLine)) {
      n++;
      const entry = `line ${n}`;
      const outName = path === '-' ? `stdin-${n}` : entryOutName(path, '', `line-${n}`);
      if ('tooLong' in item) {
        yield { doc: { path, entry, outName, error: new ExtractError('TOO_LARGE', `${path}: ${entry}: line is ${item.tooLong} bytes, longer than the limit of ${maxLine} (twice --max-size)`) } };
        continue;
      }
      const line = item.line;
      if (!line.trim()) {
        yield { doc: { path, entry, outName, error: new ExtractError('EMPTY', `${path}: ${entry}: blank line, no record`) } };
        continue;
      }
      let obj: Record<string, unknown>;
      try {
        obj = JSON.parse(line) as Record<string, unknown>;
        if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new Error('not an object');
      } catch (err) {
        yield { doc: { path, entry, outName, error: new ExtractError('UNREADABLE', `${path}: ${entry}: invalid JSON (${(err as Error).message})`) } };
        continue;
      }
      yield recordDoc(obj, path, entry, outName, opts);
    }
  } finally {
    if (path !== '-') (input as ReturnType<typeof createReadStream>).destroy();
  }
}

/**
 * One record (an object of an NDJSON line or a JSON array) -> its document: the id names it
 * (`source.entry`, the output name), else `entry` and `outName` do.
 */
function recordDoc(obj: object, path: string, entry: string, outName: string, opts: SourceOptions): SourceItem {
  const f = recordFields(obj, opts.fields);
  const id = f.id ?? entry;
  const name = f.id === undefined ? outName : path === '-' ? f.id : entryOutName(path, f.id, outName);
  const doc = { path, entry: id, ...(f.url !== undefined ? { url: f.url } : {}), outName: name };
  if (!f.content) return { doc: { ...doc, error: new ExtractError('EMPTY', `${path}: ${id}: record has no ${f.missing} string`) } };
  const bytes = Buffer.byteLength(f.content.data);
  if (bytes > opts.maxBytes) return { doc: { ...doc, error: new ExtractError('TOO_LARGE', `${path}: ${id}: record is ${bytes} bytes, larger than the limit of ${opts.maxBytes}`) } };
  return { doc: { ...doc, data: f.content.data, inputFormat: f.content.inputFormat } };
}

/** The objects of a `.json` file holding an array of records, streamed (records.ts), each bounded like an NDJSON line. */
async function* jsonDocs(path: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const maxItem = 2 * opts.maxBytes + NDJSON_LINE_SLACK;
  const file = createReadStream(path, { encoding: 'utf8' });
  let n = 0;
  try {
    for await (const item of jsonArrayItems(file, path, maxItem)) {
      n++;
      const entry = `record ${n}`;
      const outName = entryOutName(path, '', `record-${n}`);
      if ('tooLarge' in item) {
        yield { doc: { path, entry, outName, error: new ExtractError('TOO_LARGE', `${path}: ${entry}: record is over ${maxItem} characters (twice --max-size)`) } };
      } else if (!item.value || typeof item.value !== 'object' || Array.isArray(item.value)) {
        yield { doc: { path, entry, outName, error: new ExtractError('UNREADABLE', `${path}: ${entry}: not an object`) } };
      } else {
        yield recordDoc(item.value, path, entry, outName, opts);
      }
    }
  } finally {
    file.destroy();
  }
}

// ---- everything ------------------------------------------------------------------------------

async function* folderDocs(dir: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const { glob } = await import('tinyglobby');
  // Symbolic links are not followed: a link loop cannot trap the walk, and nothing outside the folder is read.
  const files = await glob(opts.include.length ? opts.include : DEFAULT_INCLUDE, {
    cwd: dir,
    ignore: opts.exclude,
    onlyFiles: true,
    followSymbolicLinks: false,
    dot: false,
    absolute: false,
  });
  const base = await realpath(dir).catch(() => resolve(dir));
  const outside = await notInOutDir(opts.outDir, base);
  const kept = files.filter((rel) => outside(join(base, rel))).sort();
  opts.onCount?.(kept.length);
  for (const rel of kept) yield* fileDocs(`${dir.replace(/[\\/]+$/, '')}/${rel}`, rel, opts);
}

/**
 * A test that a walked file is not inside the output folder: an --out-dir inside the input
 * folder is never read back as input (out/out/a.md, one level deeper each run). An --out-dir
 * that is the walked folder itself excludes nothing (the runner then refuses to replace an
 * input by its own output).
 */
async function notInOutDir(outDir: string | undefined, walked?: string): Promise<(absolute: string) => boolean> {
  if (!outDir) return () => true;
  const out = await realpath(outDir).catch(() => resolve(outDir));
  if (walked !== undefined && out === walked) return () => true;
  return (absolute) => !isInside(out, absolute);
}

async function* fileDocs(path: string, outName: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  let kind = archiveKind(path);
  // A record file that is missing or no file is read as a document, which names the problem (no such file).
  if ((kind === 'json' || kind === 'ndjson') && !(await stat(path).catch(() => null))?.isFile()) kind = null;
  const match = await entryMatcher(opts);
  if (kind) opts.onUnknownCount?.();
  try {
    if (kind === 'zip') return yield* zipDocs(path, opts, match);
    if (kind === 'tar') return yield* tarDocs(path, opts, match);
    if (kind === 'warc') return yield* warcDocs(path, opts);
    if (kind === 'json') return yield* jsonDocs(path, opts);
    if (kind === 'ndjson') return yield* ndjsonDocs(opts, path);
  } catch (err) {
    const e = err instanceof ExtractError ? err : new ExtractError('UNREADABLE', `${path}: cannot read ${kind} archive (${(err as Error).message})`);
    yield { doc: { path, outName, error: e } };
    return;
  }
  yield { doc: { path, outName } };
}

/** The --include / --exclude test of an archive entry (picomatch is loaded only when one is given). */
async function entryMatcher(opts: SourceOptions): Promise<(name: string) => boolean> {
  if (!opts.include.length && !opts.exclude.length) return () => true;
  const picomatch = (await import('picomatch')).default;
  const inc = opts.include.length ? picomatch(opts.include, { dot: false }) : null;
  const exc = opts.exclude.length ? picomatch(opts.exclude) : null;
  return (name) => (!inc || inc(name) || inc(basename(name))) && !(exc && (exc(name) || exc(basename(name))));
}

/**
 * True when the inputs give exactly one document, known before reading any: one web address,
 * standard input (not NDJSON), or one file that is no archive or record file (a folder, a glob
 * or --urls may give any number).
 */
export async function isSingleDocument(inputs: readonly string[], opts: SourceOptions): Promise<boolean> {
  if (inputs.length !== 1 || opts.urls) return false;
  const input = inputs[0]!;
  if (isWebAddress(input)) return true;
  if (input === '-') return !opts.ndjson;
  if (archiveKind(input)) return false;
  return (await stat(input).catch(() => null))?.isFile() ?? false;
}

/** Every document named by the inputs, in order. */
export async function* documents(inputs: readonly string[], opts: SourceOptions): AsyncGenerator<SourceItem> {
  // One set of web inputs per run, so per-host limits and robots.txt hold across all addresses.
  let web: WebInputs | null = null;
  const webInputs = async () => (web ??= new WebInputs(opts.web ?? (await import('../fetch/defaults.js')).defaultWebOptions()));
  for (const input of inputs) {
    if (isWebAddress(input)) {
      opts.onCount?.(1);
      yield { doc: (await webInputs()).doc(input, input) };
      continue;
    }
    if (input === '-') {
      if (opts.ndjson) {
        opts.onUnknownCount?.();
        yield* ndjsonDocs(opts);
      } else {
        opts.onCount?.(1);
        yield { doc: { path: '-', outName: 'stdin' } };
      }
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      yield* folderDocs(input, opts);
    } else if (!info && GLOB_CHARS.test(input)) {
      const { glob } = await import('tinyglobby');
      const outside = await notInOutDir(opts.outDir);
      const files = (await glob([input], { onlyFiles: true, followSymbolicLinks: false, ignore: opts.exclude, absolute: false })).filter((f) => outside(resolve(f))).sort();
      if (files.length === 0) yield { doc: { path: input, outName: basename(input), error: new ExtractError('NOT_FOUND', `${input}: no file matches this pattern`) } };
      opts.onCount?.(files.length);
      for (const f of files) yield* fileDocs(f, basename(f), opts);
    } else {
      if (!archiveKind(input)) opts.onCount?.(1);
      yield* fileDocs(input, basename(input), opts);
    }
  }
  if (opts.urls) yield* (await webInputs()).list(opts.urls, opts);
}
