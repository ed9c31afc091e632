/**
 * The per-document time budget (--timeout), enforced in one of two ways:
 * - in this thread (a run of one document, so one file never pays for a worker's start-up and a
 *   second load of the pipeline): every synchronous stage runs under Node's vm watchdog with the
 *   budget left (src/deadline.ts), which stops it mid-stage once the budget runs out;
 * - in a pool worker (the documents of a batch): when its budget runs out the task is aborted,
 *   which terminates that worker (Piscina replaces it).
 * Either way the document is reported as TIMEOUT with the same message while the batch goes on.
 * The clock starts when the document starts running, not while it waits for a free worker: at
 * most one document per worker is started at a time.
 */
import { docName, ExtractError } from '../errors.js';
import type { Outcome, Task } from './convert.js';

/** Default --timeout in seconds: minutes above the slowest real page (under 5 s on this machine), so only a stuck document hits it. */
export const DEFAULT_TIMEOUT_SECONDS = 60;

export type PoolRun = (task: Task, signal: AbortSignal) => Promise<Outcome>;

/** A counting semaphore: at most `size` holders at once, served in arrival order. */
export class Slots {
  private free: number;
  private readonly waiting: Array<() => void> = [];
  constructor(size: number) {
    this.free = size;
  }
  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }
  release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.free++;
  }
}

/**
 * The task with standard input read into it (other tasks unchanged), or the read's failure as
 * the document's outcome.
 */
async function readStdin(task: Task): Promise<{ task: Task } | { failed: Outcome }> {
  if (task.path !== '-' || task.data !== undefined) return { task };
  try {
    // Loaded here only: io/read.js brings the whole pipeline, which this thread need not load.
    const { readInput } = await import('../io/read.js');
    return { task: { ...task, data: await readInput('-', task.maxBytes) } };
  } catch (err) {
    if (err instanceof ExtractError) return { failed: { ok: false, code: err.code, message: err.message } };
    throw err;
  }
}

const timeoutOutcome = (task: Task, seconds: number): Outcome => ({ ok: false, code: 'TIMEOUT', message: `${docName(task)}: took longer than ${seconds} s; skipped (--timeout)` });

/** Converts `task` in this thread within `seconds` (src/deadline.ts); over its budget it becomes a TIMEOUT outcome. */
export async function runInThread(task: Task, seconds: number): Promise<Outcome> {
  // Standard input is read before the clock starts, as for a pool worker (runTimed).
  const read = await readStdin(task);
  if ('failed' in read) return read.failed;
  const timed = read.task;
  // Loaded before the clock starts too, as a worker has its modules loaded before it runs a task.
  const [{ convert }, { withDeadline }] = await Promise.all([import('./convert.js'), import('../deadline.js')]);
  const r = await withDeadline(seconds, () => convert(timed));
  return r.expired ? timeoutOutcome(task, seconds) : r.value;
}

/** Runs `task` in the pool within `seconds`; a document over its budget becomes a TIMEOUT outcome. */
export async function runTimed(run: PoolRun, task: Task, seconds: number, slots: Slots): Promise<Outcome> {
  // A worker has no access to this process's standard input: read it here.
  const read = await readStdin(task);
  if ('failed' in read) return read.failed;
  const timed = read.task;
  await slots.acquire();
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), seconds * 1000);
  try {
    return await run(timed, abort.signal);
  } catch (err) {
    if (!abort.signal.aborted) throw err;
    return timeoutOutcome(task, seconds);
  } finally {
    clearTimeout(timer);
    slots.release();
  }
}
