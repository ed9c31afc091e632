/**
 * The batch runner: documents from the sources -> conversions (in this thread for one job, in a
 * Piscina worker pool for more) -> output in input order (stdout, one file, or --out-dir).
 *   1. pull documents lazily from the sources, at most WINDOW_PER_JOB per job in flight
 *   2. convert each (workers read their own files, so the main thread only routes)
 *   3. emit results in input order: write files atomically, print data or NDJSON error lines
 *   4. on Ctrl-C stop pulling, finish what is in flight, report, exit 130
 * One bad document never stops the others.
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Removal } from '../model.js';
import { OutputNamer, sameFile } from '../io/paths.js';
import type { FileSink } from '../io/sink.js';
import { removeStaleTemporaryFiles, removeTemporaryFiles, writeAtomic } from '../io/write.js';
// The extraction pipeline and the progress bar are loaded when first needed: a run whose
// documents convert in worker threads never loads the pipeline into this thread.
import type { Format, Outcome, Task } from './convert.js';
import { documents, isSingleDocument, type Doc, type SourceOptions } from './sources.js';
import type { Progress } from './progress.js';
import { runInThread, runTimed, Slots } from './timeout.js';
import { budgetRunning } from '../deadline.js';
import { cleanName } from '../sanitise.js';
import { docName } from '../errors.js';
import { convertFetched, FETCH_WINDOW } from '../fetch/run.js';
import { WaitAborted } from '../fetch/hosts.js';
import { isWebAddress } from '../fetch/source.js';

/** Documents in flight per job: enough to keep workers busy while one slow document holds the head. */
const WINDOW_PER_JOB = 4;
/**
 * Documents a worker pool converts before it is replaced by fresh threads. A worker's heap is
 * collected lazily, so over thousands of documents it grows towards V8's default limit (a
 * 20,000-entry zip reached 1.0-1.4 GB); new threads start empty. Replacing costs one pause of
 * a few hundred milliseconds per this many documents.
 */
const POOL_RECYCLE_DOCS = 1000;
/**
 * Old-generation heap of each pool worker, in MB. V8 sizes its collection schedule to the heap
 * limit: under its default limit (a quarter of the machine's memory) a worker lets garbage pile
 * up to hundreds of MB before collecting, times the number of workers. A bounded heap makes it
 * collect as it goes. Chosen from measurements (Node 20, linkedom): converting a 2 MiB page
 * leaves under 100 MB in use, a 1 MiB page about 60 MB; a 20,000-entry zip of small pages then
 * peaks near 250 MB for the whole process with two workers.
 */
const WORKER_HEAP_MB = 128;
/**
 * Documents larger than this (bytes, when the size is known before converting: archive entries,
 * records, NDJSON, files) skip the bounded pool and go to a pool with V8's default heap (its threads
 * start on demand and stop when idle), as does any document whose bounded worker ran out of
 * memory (ERR_WORKER_OUT_OF_MEMORY): a legitimately large page up to --max-size still converts,
 * with memory that grows with it (about 25-45 times its size, SECURITY.md).
 * Measured in a bounded worker (Node 20): generated 3 MiB pages, dense markup or plain prose,
 * convert; a 4 MiB dense page runs out of memory. At 1 MiB, two pages of 1.4 MB among the aeb
 * pages started a second thread: `--jobs 1` peaked at 220-230 MB instead of 165 MB.
 */
const BOUNDED_DOC_BYTES = 2 << 20;
/** Failure reasons repeated in the summary. */
const SUMMARY_REASONS = 5;

export const EXTENSIONS: Record<Format, string> = { md: '.md', json: '.json', ndjson: '.json', text: '.txt', html: '.html' };
/** --chunk with --out-dir: a file holds one line per chunk (NDJSON), not one JSON document. */
export const CHUNK_EXTENSION = '.ndjson';

export interface BatchOptions {
  inputs: string[];
  sources: SourceOptions;
  task: Omit<Task, 'path' | 'entry' | 'url' | 'data'>;
  outDir?: string;
  output?: string;
  jobs: number;
  /** Per-document time budget in seconds (0: none). Timed documents run in the worker pool. */
  timeout: number;
  skipExisting: boolean;
  /** Progress bar on stderr (the CLI enables it on a TTY without --quiet). */
  progress: boolean;
  debug: boolean;
  log: (line: string) => void;
  error: (line: string) => void;
  explain: (input: string, removed: Removal[]) => void;
  /** A document skipped on purpose, worth saying (robots.txt); the CLI leaves it out with --quiet. */
  notice?: (line: string) => void;
}

export interface Summary {
  converted: number;
  skipped: number;
  failed: number;
  reasons: string[];
  /** Documents --lang / --min-words skipped, by kind of reason (SKIP_KINDS): "under --min-words 150" -> 12. */
  filtered: Record<string, number>;
  seconds: number;
  interrupted: boolean;
}

interface Pending {
  doc: Doc;
  target: string | null;
  result: Promise<Outcome>;
}

type Pool = { run(task: Task, signal?: AbortSignal): Promise<Outcome>; destroy(): Promise<void> };

/**
 * `warm`: start every thread now (a batch); otherwise threads start as documents arrive (a timed
 * single file starts one). `heapMb`: each worker's old-generation limit (none: V8's default).
 */
async function makePool(jobs: number, warm: boolean, heapMb?: number): Promise<Pool> {
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: warm ? jobs : 1,
    maxThreads: jobs,
    idleTimeout: 1000,
    ...(heapMb ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {}),
  });
  return { run: (task, signal) => pool.run(task, signal ? { signal } : {}) as Promise<Outcome>, destroy: () => pool.destroy() };
}

/** A document's `source` on an NDJSON error or skipped line. */
const ndjsonSource = (doc: Doc) => ({ path: cleanName(doc.path), ...(doc.entry ? { entry: cleanName(doc.entry) } : {}), ...(doc.url ? { url: cleanName(doc.url) } : {}) });

const outOfMemory = (err: unknown) => (err as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY';
/** Size of a task's content when it is already in memory (a file is read by its worker: unknown). */
const dataBytes = (task: Task) => (task.data === undefined ? 0 : typeof task.data === 'string' ? task.data.length * 3 : task.data.byteLength);
/**
 * Size of a task's content: in memory, or the file its worker will read (one stat; 0 when
 * unknown, as for standard input). A large file then goes straight to the roomy pool instead of
 * running out of memory in a bounded worker and converting a second time.
 */
async function taskBytes(task: Task): Promise<number> {
  if (task.data !== undefined) return dataBytes(task);
  if (task.path === '-' || task.entry) return 0;
  return (await stat(task.path).catch(() => null))?.size ?? 0;
}

export async function runBatch(opts: BatchOptions): Promise<Summary> {
  const t0 = process.hrtime.bigint();
  const summary: Summary = { converted: 0, skipped: 0, failed: 0, reasons: [], filtered: {}, seconds: 0, interrupted: false };
  const namer = opts.outDir ? new OutputNamer(opts.outDir, opts.task.render.chunk ? CHUNK_EXTENSION : EXTENSIONS[opts.task.render.format]) : null;
  const progress: Progress | null = opts.progress ? new (await import('./progress.js')).Progress() : null;
  const base: SourceOptions = opts.outDir ? { ...opts.sources, outDir: opts.outDir } : opts.sources;
  const sources: SourceOptions = progress ? { ...base, onCount: (n) => progress.addTotal(n), onUnknownCount: () => progress.markUnknown() } : base;
  let pool: Pool | null = null;
  /** Threads with V8's default heap, started on demand for documents too large for the bounded workers. */
  let roomy: Pool | null = null;
  let slots: Slots | null = null;
  let seen = 0;

  // Output to one file goes to a temporary file renamed at the end (never half-written); a
  // target that cannot be written fails the run before any document is converted.
  let sink: FileSink | null = null;
  if (opts.output) {
    try {
      sink = await (await import('../io/sink.js')).FileSink.open(opts.output);
    } catch (err) {
      summary.failed++;
      summary.reasons.push((err as Error).message);
      opts.error((err as Error).message);
      return summary;
    }
  }
  // --out-dir: a file there fails the run once, before any document; stale temporary files of
  // an earlier run that crashed (kill -9 between write and rename) are removed.
  if (opts.outDir) {
    const info = await stat(opts.outDir).catch(() => null);
    if (info && !info.isDirectory()) {
      const message = cleanName(`${opts.outDir}: cannot write (--out-dir is a file, not a folder)`);
      summary.failed++;
      summary.reasons.push(message);
      opts.error(message);
      return summary;
    }
    if (info) await removeStaleTemporaryFiles(opts.outDir);
  }
  const emit = (data: string) => {
    if (sink) sink.write(data);
    else process.stdout.write(data);
  };

  let stopping = false;
  /** Aborted on the first Ctrl-C: web addresses still waiting for their host are not fetched. */
  const interrupt = new AbortController();
  const onSigint = () => {
    if (stopping) {
      // A second Ctrl-C: stop now, leaving no temporary file behind.
      removeTemporaryFiles();
      sink?.abort();
      process.exit(130);
    }
    stopping = true;
    summary.interrupted = true;
    interrupt.abort(new WaitAborted('interrupted'));
    progress?.stop();
    opts.error('interrupted: finishing the documents in flight (Ctrl-C again to stop now)');
  };
  process.on('SIGINT', onSigint);

  const fail = (doc: Doc, code: string, rawMessage: string, stack?: string) => {
    // Every message names inputs, entries or records: one line, no escapes (cleanName).
    const message = cleanName(rawMessage);
    summary.failed++;
    if (summary.reasons.length < SUMMARY_REASONS) summary.reasons.push(message);
    progress?.clearLine();
    opts.error(message);
    if (opts.debug && stack) opts.log(stack);
    if (opts.task.render.format === 'ndjson' && !opts.outDir) {
      emit(JSON.stringify({ source: ndjsonSource(doc), error: { code, message } }) + '\n');
    }
  };

  const settle = async (p: Pending) => {
    const outcome = await p.result.catch((err: Error): Outcome => ({ ok: false, code: 'INTERNAL', message: `${p.doc.path}: internal error: ${String(err.message).split('\n', 1)[0]}`, stack: err.stack }));
    if (!outcome.ok && outcome.skipped) {
      // Not fetched on purpose (robots.txt, Ctrl-C): counted as skipped; NDJSON keeps its line.
      summary.skipped++;
      if (outcome.code !== 'INTERRUPTED' && opts.notice) {
        progress?.clearLine();
        opts.notice(cleanName(outcome.message));
      }
      if (opts.task.render.format === 'ndjson' && !opts.outDir) {
        emit(JSON.stringify({ source: ndjsonSource(p.doc), skipped: { code: outcome.code, message: cleanName(outcome.message) } }) + '\n');
      }
    } else if (!outcome.ok) {
      fail(p.doc, outcome.code, outcome.message, outcome.stack);
    } else if ('skipped' in outcome) {
      // --lang / --min-words: no output line or file (as for skipped archive records), counted with its reason.
      summary.skipped++;
      const kind = outcome.skipped.replace(/ \(.*$/, '');
      summary.filtered[kind] = (summary.filtered[kind] ?? 0) + 1;
      if (opts.debug) opts.log(cleanName(`skipped ${docName(p.doc)}: ${outcome.skipped}`));
    } else {
      if (outcome.removed) opts.explain(docName(p.doc), outcome.removed);
      if (p.target) {
        try {
          await writeAtomic(p.target, outcome.output, opts.outDir);
          summary.converted++;
          if (opts.debug) opts.log(cleanName(`${docName(p.doc)} -> ${p.target}`));
        } catch (err) {
          fail(p.doc, 'WRITE_FAILED', (err as Error).message);
        }
      } else {
        emit(outcome.output);
        summary.converted++;
      }
    }
    progress?.update(summary);
  };

  const pending: Pending[] = [];
  let pooled = 0;
  /** The pool for the next document: replaced (after the documents in flight settle) every POOL_RECYCLE_DOCS. */
  const poolFor = async (warm: boolean): Promise<Pool> => {
    if (pool && pooled >= POOL_RECYCLE_DOCS) {
      while (pending.length) await settle(pending.shift()!);
      await pool.destroy();
      pool = null;
      pooled = 0;
    }
    pool ??= await makePool(opts.jobs, warm, WORKER_HEAP_MB);
    pooled++;
    const bounded = pool;
    // A large document, or one that ran out of memory in a bounded worker, converts in the roomy pool.
    return {
      run: async (task, signal) => {
        if ((await taskBytes(task)) <= BOUNDED_DOC_BYTES) {
          try {
            return await bounded.run(task, signal);
          } catch (err) {
            if (!outOfMemory(err) || signal?.aborted) throw err;
          }
        }
        roomy ??= await makePool(opts.jobs, false);
        return roomy.run(task, signal);
      },
      destroy: () => bounded.destroy(),
    };
  };
  const single = opts.timeout > 0 && (await isSingleDocument(opts.inputs, opts.sources));
  const window = Math.max(Math.max(1, opts.jobs) * WINDOW_PER_JOB, opts.inputs.some(isWebAddress) || opts.sources.urls ? FETCH_WINDOW : 0);
  try {
    for await (const item of documents(opts.inputs, sources)) {
      if (stopping) break;
      if ('skip' in item) {
        summary.skipped++;
        if (opts.debug) opts.log(cleanName(`skipped ${item.skip.path}: ${item.skip.reason}`));
        progress?.update(summary);
        continue;
      }
      const doc = item.doc;
      seen++;
      let target: string | null = null;
      if (namer) {
        try {
          target = namer.name(doc.outName);
        } catch (err) {
          fail(doc, 'WRITE_FAILED', `${doc.path}: ${(err as Error).message}`);
          continue;
        }
        // Converting a folder into itself must never replace an input by its output (x.md -> x.md).
        if (!doc.entry && doc.path !== '-' && sameFile(target, doc.path)) {
          fail(doc, 'WRITE_FAILED', `${doc.path}: refusing to overwrite the input with its output; choose another --out-dir`);
          continue;
        }
        if (opts.skipExisting && existsSync(target)) {
          summary.skipped++;
          progress?.update(summary);
          continue;
        }
      }
      const task: Task = { ...opts.task, path: doc.path, ...(doc.entry ? { entry: doc.entry } : {}), ...(doc.url ? { url: doc.url } : {}), ...(doc.data !== undefined ? { data: doc.data } : {}), ...(doc.inputFormat ? { inputFormat: doc.inputFormat } : {}), ...(doc.lang ? { recordLang: doc.lang } : {}) };
      let result: Promise<Outcome>;
      let runTask: (t: Task) => Promise<Outcome> = (t) => import('./convert.js').then((m) => m.convert(t));
      if (doc.error) {
        result = Promise.resolve({ ok: false, code: doc.error.code, message: doc.error.message, ...(doc.error.stack ? { stack: doc.error.stack } : {}) });
      } else {
        if (opts.timeout > 0 && single && !budgetRunning()) {
          // A run of one document converts in this thread, its budget kept by a watchdog
          // (timeout.ts): a single file never pays for a worker's start-up. (A batch keeps this
          // thread free of the pipeline and its heap: every document goes to the pool.)
          runTask = (t) => runInThread(t, opts.timeout);
        } else if (opts.timeout > 0) {
          // Later documents go to the pool, where a worker over its budget is terminated.
          const p = await poolFor(false);
          const s = (slots ??= new Slots(opts.jobs));
          runTask = (t) => runTimed((tt, signal) => p.run(tt, signal), t, opts.timeout, s);
        } else if (opts.jobs > 1 && seen > 1) {
          // The pool starts with the second document: a single file never pays for worker start-up.
          const p = await poolFor(true);
          runTask = (t) => p.run(t);
        }
        // A web address is fetched first (src/fetch/), then converted the same way.
        result = doc.fetch ? convertFetched(doc.fetch, task, runTask, interrupt.signal) : runTask(task);
      }
      result.catch(() => undefined); // settled in order below
      pending.push({ doc, target, result });
      while (pending.length >= window) await settle(pending.shift()!);
    }
  } catch (err) {
    // A source that breaks mid-stream (a truncated archive) is one failure; what came before stands.
    summary.failed++;
    const message = cleanName((err as Error).message);
    if (summary.reasons.length < SUMMARY_REASONS) summary.reasons.push(message);
    opts.error(message);
  }
  while (pending.length) await settle(pending.shift()!);
  process.off('SIGINT', onSigint);
  progress?.stop();
  await (pool as Pool | null)?.destroy();
  await (roomy as Pool | null)?.destroy();
  if (sink) {
    try {
      await sink.commit();
    } catch (err) {
      // The documents converted, but their output was lost: every one of them counts as failed.
      summary.failed += summary.converted;
      summary.converted = 0;
      if (summary.reasons.length < SUMMARY_REASONS) summary.reasons.push((err as Error).message);
      opts.error((err as Error).message);
    }
  }
  summary.seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return summary;
}
