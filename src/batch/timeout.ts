/**
 * The per-document time budget (--timeout). Parsing is synchronous and cannot be interrupted in
 * its own thread, so a timed document runs in a pool worker; when its budget runs out the task is
 * aborted, which terminates that worker (Piscina replaces it), and the document is reported as
 * TIMEOUT while the batch goes on. The clock starts when the document starts running, not while
 * it waits for a free worker: at most one document per worker is started at a time.
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

/** Runs `task` in the pool within `seconds`; a document over its budget becomes a TIMEOUT outcome. */
export async function runTimed(run: PoolRun, task: Task, seconds: number, slots: Slots): Promise<Outcome> {
  let timed = task;
  if (task.path === '-' && task.data === undefined) {
    // A worker has no access to this process's standard input: read it here.
    try {
      // Loaded here only: io/read.js brings the whole pipeline, which this thread need not load.
      const { readInput } = await import('../io/read.js');
      timed = { ...task, data: await readInput('-', task.maxBytes) };
    } catch (err) {
      if (err instanceof ExtractError) return { ok: false, code: err.code, message: err.message };
      throw err;
    }
  }
  await slots.acquire();
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), seconds * 1000);
  try {
    return await run(timed, abort.signal);
  } catch (err) {
    if (!abort.signal.aborted) throw err;
    return { ok: false, code: 'TIMEOUT', message: `${docName(task)}: took longer than ${seconds} s; skipped (--timeout)` };
  } finally {
    clearTimeout(timer);
    slots.release();
  }
}
