/**
 * Batch inputs -> a stream of documents. Folders (recursive, --include/--exclude), globs,
 * archives read as streams without unpacking (zip, tar, tar.gz, WARC, WARC.gz) and NDJSON on
 * standard input all become the same Doc shape, produced lazily so memory stays flat.
 * Formats are read with their standard libraries: yauzl (zip), tar-stream (tar),
 * warcio (WARC, the Webrecorder library).
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { createGunzip } from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import picomatch from 'picomatch';
import { ExtractError } from '../errors.js';
import type { InputFormat } from '../model.js';
import { isInside, nameFromUrl, safeSegments } from '../io/paths.js';

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
  /** A document that could not even be read from its source. */
  error?: ExtractError;
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
  /** NDJSON on standard input. */
  ndjson: boolean;
  /** The output folder: never read back as input by a folder walk or a glob. */
  outDir?: string;
  /** Told how many documents a source will give, when it knows (folders, globs, plain files). */
  onCount?: (n: number) => void;
  /** Told when a source of unknown size starts (archives, NDJSON). */
  onUnknownCount?: () => void;
}

/** Files a folder walk picks up when no --include is given. */
export const DEFAULT_INCLUDE = ['**/*.{html,htm,xhtml,shtml,txt,text,md,markdown}'];
/** Content types of WARC responses that become articles. */
const WARC_CONTENT = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i;
const ARCHIVE = /\.(zip|tar|tar\.gz|tgz|warc|warc\.gz)$/i;
const GLOB_CHARS = /[*?[\]{}]/;

export function archiveKind(path: string): 'zip' | 'tar' | 'warc' | null {
  const m = ARCHIVE.exec(path);
  if (!m) return null;
  const ext = m[1]!.toLowerCase();
  return ext === 'zip' ? 'zip' : ext.startsWith('warc') ? 'warc' : 'tar';
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

/** Reads a stream fully, up to max bytes (then drains the rest and reports the size). */
async function collect(stream: AsyncIterable<Uint8Array>, max: number): Promise<{ data: Uint8Array | null; size: number }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size <= max) chunks.push(chunk);
  }
  return { data: size <= max ? Buffer.concat(chunks) : null, size };
}

// ---- zip -------------------------------------------------------------------------------------

async function* zipDocs(path: string, opts: SourceOptions, match: (name: string) => boolean): AsyncGenerator<SourceItem> {
  const yauzl = (await import('yauzl')).default;
  // decodeStrings: false, so a hostile entry name is sanitised by us rather than aborting the archive.
  const zip = await new Promise<import('yauzl').ZipFile>((res, rej) =>
    yauzl.open(path, { lazyEntries: true, decodeStrings: false, autoClose: true }, (err, z) => (err ? rej(err) : res(z!))),
  );
  const decoder = new TextDecoder('utf-8');
  let n = 0;
  try {
    for (;;) {
      const entry = await new Promise<import('yauzl').Entry | null>((res, rej) => {
        const onEntry = (e: import('yauzl').Entry) => (cleanup(), res(e));
        const onEnd = () => (cleanup(), res(null));
        const onError = (e: Error) => (cleanup(), rej(e));
        const cleanup = () => zip.off('entry', onEntry).off('end', onEnd).off('error', onError);
        zip.on('entry', onEntry).on('end', onEnd).on('error', onError);
        zip.readEntry();
      });
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
      if (entry.uncompressedSize > opts.maxBytes) {
        yield { doc: { path, entry: name, outName, error: tooLarge(path, name, entry.uncompressedSize, opts.maxBytes) } };
        continue;
      }
      try {
        const stream = await new Promise<NodeJS.ReadableStream>((res, rej) => zip.openReadStream(entry, (err, s) => (err ? rej(err) : res(s!))));
        const { data, size } = await collect(stream as AsyncIterable<Uint8Array>, opts.maxBytes);
        yield { doc: data ? { path, entry: name, outName, data } : { path, entry: name, outName, error: tooLarge(path, name, size, opts.maxBytes) } };
      } catch (err) {
        yield { doc: { path, entry: name, outName, error: new ExtractError('UNREADABLE', `${path}: ${name}: corrupt zip entry (${(err as Error).message})`) } };
      }
    }
  } finally {
    zip.close();
  }
}

// ---- tar -------------------------------------------------------------------------------------

async function* tarDocs(path: string, opts: SourceOptions, match: (name: string) => boolean): AsyncGenerator<SourceItem> {
  const tarStream = (await import('tar-stream')).default;
  const extract = tarStream.extract();
  const gz = /\.(?:tgz|gz)$/i.test(path);
  let n = 0;
  const feeding = (gz ? pipeline(createReadStream(path), createGunzip(), extract) : pipeline(createReadStream(path), extract)).catch((err: Error) => err);
  for await (const entry of extract) {
    const { name, type, size } = entry.header;
    if (type !== 'file' && type !== 'contiguous-file') {
      if (type === 'symlink' || type === 'link') yield { skip: { path: `${path}:${name}`, reason: `${type} in archive` } };
      entry.resume();
      continue;
    }
    if (!match(name)) {
      entry.resume();
      continue;
    }
    const outName = entryOutName(path, name, `entry-${++n}`);
    const { data } = await collect(entry as AsyncIterable<Uint8Array>, opts.maxBytes);
    yield { doc: data ? { path, entry: name, outName, data } : { path, entry: name, outName, error: tooLarge(path, name, size ?? 0, opts.maxBytes) } };
  }
  const err = await feeding;
  if (err) throw new ExtractError('UNREADABLE', `${path}: corrupt tar archive (${err.message})`);
}

// ---- WARC ------------------------------------------------------------------------------------

async function* warcDocs(path: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
  const { WARCParser } = await import('warcio');
  const parser = new WARCParser(createReadStream(path));
  let n = 0;
  for await (const record of parser) {
    n++;
    const url = record.warcTargetURI ?? undefined;
    const label = url ?? `record ${n}`;
    if (record.warcType !== 'response') {
      yield { skip: { path: `${path}:${label}`, reason: `${record.warcType} record` } };
      continue;
    }
    const type = record.httpHeaders?.headers.get('content-type') ?? '';
    if (!WARC_CONTENT.test(type)) {
      yield { skip: { path: `${path}:${label}`, reason: `not HTML or text (${type || 'no content type'})` } };
      continue;
    }
    const outName = entryOutName(path, url ? nameFromUrl(url) : '', `record-${n}`);
    const data = await record.readFully(true);
    const entry = url ?? `record-${n}`;
    if (data.length > opts.maxBytes) {
      yield { doc: { path, entry, url, outName, error: tooLarge(path, entry, data.length, opts.maxBytes) } };
      continue;
    }
    yield { doc: { path, entry, url, outName, data, inputFormat: /text\/plain/i.test(type) ? 'text' : 'html' } };
  }
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
 * NDJSON records on standard input. Every input line gives exactly one document, so output
 * lines stay in step with input lines: a blank or whitespace-only line is an EMPTY error, a line
 * longer than twice --max-size (plus slack) is TOO_LARGE without being held in memory, a record
 * whose html or text is over --max-size is TOO_LARGE.
 */
async function* ndjsonDocs(opts: SourceOptions): AsyncGenerator<SourceItem> {
  const maxLine = 2 * opts.maxBytes + NDJSON_LINE_SLACK;
  let n = 0;
  for await (const item of boundedLines(process.stdin, maxLine)) {
    n++;
    const entry = `line ${n}`;
    const outName = `stdin-${n}`;
    if ('tooLong' in item) {
      yield { doc: { path: '-', entry, outName, error: new ExtractError('TOO_LARGE', `-: ${entry}: line is ${item.tooLong} bytes, longer than the limit of ${maxLine} (twice --max-size)`) } };
      continue;
    }
    const line = item.line;
    if (!line.trim()) {
      yield { doc: { path: '-', entry, outName, error: new ExtractError('EMPTY', `-: ${entry}: blank line, no record`) } };
      continue;
    }
    let obj: Record<string, unknown>;
    try {
      obj = JSON.parse(line) as Record<string, unknown>;
      if (!obj || typeof obj !== 'object' || Array.isArray(obj)) throw new Error('not an object');
    } catch (err) {
      yield { doc: { path: '-', entry, outName, error: new ExtractError('UNREADABLE', `-: ${entry}: invalid JSON (${(err as Error).message})`) } };
      continue;
    }
    const id = typeof obj.id === 'string' || typeof obj.id === 'number' ? String(obj.id) : entry;
    const url = typeof obj.url === 'string' ? obj.url : undefined;
    const name = id === entry ? outName : id;
    const content = typeof obj.html === 'string' ? { data: obj.html, inputFormat: 'html' as const } : typeof obj.text === 'string' ? { data: obj.text, inputFormat: 'text' as const } : null;
    if (!content) {
      yield { doc: { path: '-', entry: id, url, outName: name, error: new ExtractError('EMPTY', `-: ${id}: record has no "html" or "text" string`) } };
      continue;
    }
    const bytes = Buffer.byteLength(content.data);
    if (bytes > opts.maxBytes) {
      yield { doc: { path: '-', entry: id, url, outName: name, error: new ExtractError('TOO_LARGE', `-: ${id}: record is ${bytes} bytes, larger than the limit of ${opts.maxBytes}`) } };
      continue;
    }
    yield { doc: { path: '-', entry: id, url, outName: name, ...content } };
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
  const kind = archiveKind(path);
  const match = entryMatcher(opts);
  if (kind) opts.onUnknownCount?.();
  try {
    if (kind === 'zip') return yield* zipDocs(path, opts, match);
    if (kind === 'tar') return yield* tarDocs(path, opts, match);
    if (kind === 'warc') return yield* warcDocs(path, opts);
  } catch (err) {
    const e = err instanceof ExtractError ? err : new ExtractError('UNREADABLE', `${path}: cannot read ${kind} archive (${(err as Error).message})`);
    yield { doc: { path, outName, error: e } };
    return;
  }
  yield { doc: { path, outName } };
}

function entryMatcher(opts: SourceOptions): (name: string) => boolean {
  const inc = opts.include.length ? picomatch(opts.include, { dot: false }) : null;
  const exc = opts.exclude.length ? picomatch(opts.exclude) : null;
  return (name) => (!inc || inc(name) || inc(basename(name))) && !(exc && (exc(name) || exc(basename(name))));
}

/** Every document named by the inputs, in order. */
export async function* documents(inputs: readonly string[], opts: SourceOptions): AsyncGenerator<SourceItem> {
  for (const input of inputs) {
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
}

/** The bytes of a document (files are read only now, one at a time). */
export async function docBytes(doc: Doc, maxBytes: number): Promise<Uint8Array | string> {
  if (doc.data !== undefined) return doc.data;
  const { readInput } = await import('../io/read.js');
  return readInput(doc.path, maxBytes);
}

