/**
 * Web addresses as batch documents. A URL argument ("https://…") and every line of a --urls
 * list become a Doc whose bytes are fetched only when the runner starts it (after --skip-existing
 * has had its say), through one Fetcher per run, so per-host limits and robots.txt hold across
 * the whole list. Names under --out-dir come from the address's host and path, as for WARC
 * records; --save-html keeps each fetched body under the same name.
 */
import { docName, ExtractError } from '../errors.js';
import type { InputFormat } from '../model.js';
import { nameFromUrl, OutputNamer } from '../io/paths.js';
import { writeAtomic } from '../io/write.js';
import { readInput } from '../io/read.js';
import type { Doc, SourceItem, SourceOptions } from '../batch/sources.js';
import { savedExtension } from './content-type.js';
import { Fetcher, parseWebAddress, type FetchSettings, type Page, type Skipped } from './http.js';

/** An argument that is a web address rather than a file: it starts with http:// or https://. */
export function isWebAddress(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** What a document's fetch gives the runner: the page's bytes and facts, or a skip. */
export interface Fetched {
  data: Uint8Array;
  url: string;
  charset: string | null;
  inputFormat: InputFormat | 'auto';
}
export type FetchDoc = (signal?: AbortSignal) => Promise<Fetched | Skipped>;

export interface WebOptions extends FetchSettings {
  /** --save-html: the folder the fetched bodies are kept in. */
  saveHtml?: string;
}

/** Longest address shown in a message about a line that is not one. */
const SHOWN_LINE_CHARS = 80;

/** The web inputs of one run: one Fetcher, one --save-html namer. */
export class WebInputs {
  readonly fetcher: Fetcher;
  private readonly savers = new Map<string, OutputNamer>();

  constructor(readonly options: WebOptions) {
    this.fetcher = new Fetcher(options);
  }

  /** The document for one address; `path`/`entry` are how it is named (the address, or the list and the address). */
  doc(address: string, path: string, entry?: string): Doc {
    const name = docName({ path, entry });
    const outName = nameFromUrl(address);
    try {
      parseWebAddress(address, name);
    } catch (err) {
      return { path, ...(entry ? { entry } : {}), outName, error: err as ExtractError };
    }
    const fetchDoc: FetchDoc = async (signal) => {
      const got = await this.fetcher.page(address, name, signal);
      if (got.kind === 'skip') return got;
      if (this.options.saveHtml) await this.save(address, got);
      return { data: got.data, url: got.url, charset: got.charset, inputFormat: got.inputFormat };
    };
    return { path, ...(entry ? { entry } : {}), url: address, outName, fetch: fetchDoc };
  }

  /** Keeps a fetched body under --save-html, named from its address (atomic: a temporary file, then a rename). */
  private async save(address: string, page: Page): Promise<void> {
    const root = this.options.saveHtml!;
    const ext = savedExtension(page.type);
    let namer = this.savers.get(ext);
    if (!namer) this.savers.set(ext, (namer = new OutputNamer(root, ext)));
    let target: string;
    try {
      target = namer.name(nameFromUrl(address));
    } catch (err) {
      throw new ExtractError('WRITE_FAILED', `${address}: --save-html: ${(err as Error).message}`);
    }
    await writeAtomic(target, page.data, root);
  }

  /**
   * The addresses of a --urls list (a file, or "-" for standard input), in order: one a line,
   * blank lines and lines starting with "#" skipped. A line that is not an http(s) address is
   * a BAD_URL document, so NDJSON output keeps one line per address line.
   */
  async *list(file: string, opts: SourceOptions): AsyncGenerator<SourceItem> {
    let lines: AsyncIterable<string | null> | string[];
    if (file === '-') {
      // Standard input is read as it comes, so a list can be piped from a slow producer.
      opts.onUnknownCount?.();
      const { boundedLines } = await import('../batch/sources.js');
      lines = (async function* () {
        for await (const item of boundedLines(process.stdin, opts.maxBytes)) yield 'line' in item ? item.line : null;
      })();
    } else {
      let bytes: Uint8Array;
      try {
        bytes = await readInput(file, opts.maxBytes);
      } catch (err) {
        yield { doc: { path: file, outName: 'urls', error: err as ExtractError } };
        return;
      }
      lines = Buffer.from(bytes).toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
      opts.onCount?.(lines.filter((l) => l.trim() && !l.trim().startsWith('#')).length);
    }
    let n = 0;
    for await (const raw of lines) {
      n++;
      if (raw === null) {
        yield { doc: { path: file, entry: `line ${n}`, outName: `line-${n}`, error: new ExtractError('BAD_URL', `${file}: line ${n}: longer than ${opts.maxBytes} bytes, not an address`) } };
        continue;
      }
      const line = raw.trim();
      if (!line || line.startsWith('#')) continue;
      if (!isWebAddress(line)) {
        const shown = line.length > SHOWN_LINE_CHARS ? `${line.slice(0, SHOWN_LINE_CHARS)}…` : line;
        yield { doc: { path: file, entry: `line ${n}`, outName: `line-${n}`, error: new ExtractError('BAD_URL', `${file}: line ${n}: "${shown}" is not an http:// or https:// address`) } };
        continue;
      }
      yield { doc: this.doc(line, file, line) };
    }
  }
}
