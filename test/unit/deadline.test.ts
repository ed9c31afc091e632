/**
 * The time budget of a document converted in the main thread (src/deadline.ts) and its use by
 * the batch runner: the first document of a run converts without a worker thread, and a single
 * file over its --timeout is still reported as TIMEOUT (exit code 1 in the CLI).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// No worker pool may start for a single document: constructing one fails the test.
const pools = vi.hoisted(() => ({ started: 0 }));
vi.mock('piscina', () => ({
  Piscina: class {
    constructor() {
      pools.started++;
      throw new Error('a worker pool was started for a single document');
    }
  },
}));

const { bounded, budgetRunning, checkDeadline, DeadlineExceeded, withDeadline } = await import('../../src/deadline.js');
const { runBatch } = await import('../../src/batch/run.js');
const { timed } = await import('../../src/stages.js');

const dir = mkdtempSync(join(tmpdir(), 'ae-deadline-'));
const para = (i: number) => `<p>Paragraph ${i} of the report says the council met again on a Monday to discuss the harbour and its ferries.</p>`;

describe('bounded steps under a budget', () => {
  it('without a budget a step just runs', () => {
    expect(bounded(() => 41 + 1)).toBe(42);
    expect(budgetRunning()).toBe(false);
  });

  it('stops an endless loop in the middle of a synchronous step', async () => {
    const t0 = performance.now();
    const r = await withDeadline(0.2, async () => bounded(() => {
      for (;;) {
        /* never ends */
      }
    }));
    expect(r.expired).toBe(true);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(budgetRunning()).toBe(false);
  });

  it('stops a regular expression that backtracks without end', async () => {
    const r = await withDeadline(0.2, async () => timed('content', () => /^(a+)+$/.test(`${'a'.repeat(40)}b`)));
    expect(r.expired).toBe(true);
  });

  it('a step started after the budget ran out fails at once, even when a caller catches the first failure', async () => {
    let second = false;
    const r = await withDeadline(0.05, async () => {
      try {
        bounded(() => {
          for (;;) {
            /* never ends */
          }
        });
      } catch (err) {
        expect(err).toBeInstanceOf(DeadlineExceeded);
      }
      bounded(() => (second = true));
      return 'finished';
    });
    expect(second).toBe(false);
    expect(r.expired).toBe(true);
  });

  it('time spent between steps counts: the next step fails', async () => {
    const r = await withDeadline(0.05, async () => {
      await new Promise((resolve) => setTimeout(resolve, 120));
      checkDeadline();
      return 'finished';
    });
    expect(r.expired).toBe(true);
  });

  it('work within the budget returns its value, and ordinary errors pass through', async () => {
    expect(await withDeadline(5, async () => bounded(() => 'done'))).toEqual({ value: 'done', expired: false });
    await expect(withDeadline(5, async () => bounded(() => {
      throw new TypeError('broken');
    }))).rejects.toThrow('broken');
    expect(budgetRunning()).toBe(false);
  });
});

describe('a single file with --timeout converts in the main thread', () => {
  const base = {
    sources: { include: [], exclude: [], maxBytes: 1 << 30, ndjson: false },
    task: { inputFormat: 'auto' as const, maxBytes: 1 << 30, render: { format: 'ndjson' as const, frontMatter: false, quotes: false }, extract: {}, explain: false },
    jobs: 2,
    skipExisting: false,
    progress: false,
    debug: false,
    log: () => {},
    explain: () => {},
  };

  it('a page within its budget converts without a worker', async () => {
    const page = join(dir, 'ok.html');
    writeFileSync(page, `<html><head><title>Harbour</title></head><body><article><h1>Harbour</h1>${[1, 2, 3].map(para).join('')}</article></body></html>`);
    const errors: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      const summary = await runBatch({ ...base, inputs: [page], timeout: 60, error: (l) => errors.push(l) });
      expect(summary.converted).toBe(1);
      expect(errors).toEqual([]);
      expect(JSON.parse(String(write.mock.calls[0]![0])).title).toBe('Harbour');
    } finally {
      write.mockRestore();
    }
    expect(pools.started).toBe(0);
  });

  it('a page over its budget is TIMEOUT, with the message of the worker path', async () => {
    const slow = join(dir, 'slow.html');
    writeFileSync(slow, `<html><body><article><h1>Slow</h1>${Array.from({ length: 40_000 }, (_, i) => para(i)).join('')}</article></body></html>`);
    const errors: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    let summary;
    let lines: string[] = [];
    const t0 = performance.now();
    try {
      summary = await runBatch({ ...base, inputs: [slow], timeout: 0.1, error: (l) => errors.push(l) });
      lines = write.mock.calls.map((c) => String(c[0]));
    } finally {
      write.mockRestore();
    }
    expect(summary.failed).toBe(1);
    expect(summary.converted).toBe(0);
    expect(errors).toEqual([`${slow}: took longer than 0.1 s; skipped (--timeout)`]);
    expect(JSON.parse(lines[0]!)).toEqual({ source: { path: slow }, error: { code: 'TIMEOUT', message: `${slow}: took longer than 0.1 s; skipped (--timeout)` } });
    expect(pools.started).toBe(0);
    // Stopped mid-way, not after the whole page (several seconds of work).
    expect(performance.now() - t0).toBeLessThan(3_000);
    expect(budgetRunning()).toBe(false);
  });

  it('a batch (two files) converts in the pool, keeping this thread free of the pipeline', async () => {
    const one = join(dir, 'one.txt');
    const two = join(dir, 'two.txt');
    writeFileSync(one, 'Harbour\n\nThe council met again on Monday to discuss the harbour and its ferries.\n');
    writeFileSync(two, 'Ferries\n\nThe ferries run hourly from spring, the council said on Monday evening.\n');
    const before = pools.started;
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      await runBatch({ ...base, inputs: [one, two], timeout: 60, error: () => {} });
    } finally {
      write.mockRestore();
    }
    expect(pools.started).toBeGreaterThan(before);
  });

  it('one document is known before reading: a file, standard input, a web address; not a folder, an archive or records', async () => {
    const { isSingleDocument } = await import('../../src/batch/sources.js');
    const opts = { include: [], exclude: [], maxBytes: 1 << 30, ndjson: false };
    writeFileSync(join(dir, 'page.html'), '<p>x</p>');
    expect(await isSingleDocument([join(dir, 'page.html')], opts)).toBe(true);
    expect(await isSingleDocument(['-'], opts)).toBe(true);
    expect(await isSingleDocument(['https://example.com/a'], opts)).toBe(true);
    expect(await isSingleDocument(['-'], { ...opts, ndjson: true })).toBe(false);
    expect(await isSingleDocument([dir], opts)).toBe(false);
    expect(await isSingleDocument([join(dir, 'pages.zip')], opts)).toBe(false);
    expect(await isSingleDocument([join(dir, 'records.ndjson')], opts)).toBe(false);
    expect(await isSingleDocument([join(dir, 'page.html'), join(dir, 'page.html')], opts)).toBe(false);
    expect(await isSingleDocument([join(dir, 'page.html')], { ...opts, urls: 'list.txt' })).toBe(false);
  });
});
