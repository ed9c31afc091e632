/**
 * The batch runner's step for a web document: fetch it, then convert the bytes like any other
 * document (in this thread or a worker, as the runner decided), with the final address as
 * `source.url` and `url` (--url still overrides `url`) and the Content-Type's charset and kind.
 * A fetch failure is the document's typed failure; robots.txt and Ctrl-C make it skipped.
 */
import { docName, ExtractError } from '../errors.js';
import type { Outcome, Task } from '../batch/convert.js';
import type { FetchDoc } from './source.js';
import { WaitAborted } from './hosts.js';

/** Documents in flight in a run with web addresses (fetching waits on the network, not the cores): the runner's window is at least this. */
export const FETCH_WINDOW = 16;

export async function convertFetched(fetchDoc: FetchDoc, task: Task, runTask: (task: Task) => Promise<Outcome>, interrupt: AbortSignal): Promise<Outcome> {
  const name = docName(task);
  let got;
  try {
    got = await fetchDoc(interrupt);
  } catch (err) {
    if (err instanceof WaitAborted || (interrupt.aborted && err === interrupt.reason)) {
      return { ok: false, skipped: true, code: 'INTERRUPTED', message: `${name}: not fetched (interrupted)` };
    }
    if (err instanceof ExtractError) return { ok: false, code: err.code, message: err.message, ...(err.stack ? { stack: err.stack } : {}) };
    throw err;
  }
  if ('kind' in got) return { ok: false, skipped: true, code: got.code, message: got.message };
  const { url: _listed, ...rest } = task;
  return runTask({
    ...rest,
    data: got.data,
    fetchedUrl: got.url,
    ...(got.charset ? { charset: got.charset } : {}),
    ...(got.inputFormat !== 'auto' ? { inputFormat: got.inputFormat } : {}),
  });
}
