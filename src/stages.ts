/**
 * Per-stage CPU time, for the benchmark (bench/run.mjs prints it beside the throughput). Off
 * unless a caller turns it on; then each stage's own time (a stage run inside another, such as
 * Markdown inside content, is not counted twice). Off, a timed section costs one branch.
 *
 * Stages: decode (bytes -> text), parse (the DOM, or the text path's lines), metadata (JSON-LD,
 * meta tags, bylines, dates, title), content (boilerplate removal and the body), markdown
 * (Turndown per block, and rendering), quotes.
 */
import { bounded } from './deadline.js';

export type Stage = 'decode' | 'parse' | 'metadata' | 'content' | 'markdown' | 'quotes';

let totals: Partial<Record<Stage, number>> | null = null;
let current: Stage | null = null;
let since = 0;

/** CPU time of this process so far, in microseconds (user + system). */
const cpuNow = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

/** Starts (or, with false, stops) recording stage times; recorded times restart from zero. */
export function recordStageTimes(on = true): void {
  totals = on ? {} : null;
  current = null;
}

/** CPU milliseconds per stage since recording started. */
export function stageTimes(): Partial<Record<Stage, number>> {
  const out: Partial<Record<Stage, number>> = {};
  for (const [k, v] of Object.entries(totals ?? {})) out[k as Stage] = v / 1000;
  return out;
}

/**
 * Runs `fn` as part of `stage` (synchronous work only). Under a time budget (deadline.ts) the
 * outermost step runs under its watchdog.
 */
export function timed<T>(stage: Stage, fn: () => T): T {
  if (!totals) return bounded(fn);
  const start = cpuNow();
  const outer = current;
  if (outer) totals[outer] = (totals[outer] ?? 0) + start - since;
  current = stage;
  since = start;
  try {
    return outer ? fn() : bounded(fn);
  } finally {
    const end = cpuNow();
    if (totals) totals[stage] = (totals[stage] ?? 0) + end - since;
    current = outer;
    since = end;
  }
}
