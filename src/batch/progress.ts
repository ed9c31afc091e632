/**
 * The progress bar on stderr (cli-progress): done/total with rate and ETA when the total is
 * known (files, folders, globs), done so far when it is not (archives, NDJSON streams); failures
 * and skips always. Shown only on a terminal and never with --quiet (the CLI decides).
 */
import cliProgress from 'cli-progress';
import type { Summary } from './run.js';

const KNOWN = ' {bar} {value}/{total} docs | {rate} docs/s | ETA {remaining} | {failed} failed | {skipped} skipped';
const UNKNOWN = ' {value} docs | {rate} docs/s | {failed} failed | {skipped} skipped';

/** Seconds as "42s", "3m 04s", "2h 05m"; "…" while there is no rate yet. */
export function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds)) return '…';
  const t = Math.round(seconds);
  if (t < 60) return `${t}s`;
  if (t < 3600) return `${Math.floor(t / 60)}m ${String(t % 60).padStart(2, '0')}s`;
  return `${Math.floor(t / 3600)}h ${String(Math.floor((t % 3600) / 60)).padStart(2, '0')}m`;
}

export class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private readonly start = Date.now();
  private total = 0;
  private unknown = false;

  /** A source announced `n` more documents. */
  addTotal(n: number): void {
    this.total += n;
  }

  /** A source of unknown size started: the bar shows a count instead of a share. */
  markUnknown(): void {
    this.unknown = true;
  }

  update(s: Pick<Summary, 'converted' | 'failed' | 'skipped'>): void {
    const done = s.converted + s.failed + s.skipped;
    const rate = done / Math.max(0.001, (Date.now() - this.start) / 1000);
    const known = !this.unknown && this.total > 0;
    // Our own ETA from the average rate: cli-progress prints "NULL" or "INF" before it has one.
    const payload = { rate: rate.toFixed(1), failed: s.failed, skipped: s.skipped, remaining: known ? formatEta(Math.max(0, this.total - done) / rate) : '' };
    if (!this.bar) {
      this.bar = new cliProgress.SingleBar(
        { stream: process.stderr, format: known ? KNOWN : UNKNOWN, hideCursor: true, clearOnComplete: true, etaBuffer: 50, fps: 5 },
        cliProgress.Presets.shades_classic,
      );
      this.bar.start(known ? this.total : done, done, payload);
    }
    if (known) this.bar.setTotal(Math.max(this.total, done));
    this.bar.update(done, payload);
  }

  /** Clears the bar's line so a message can be printed; the next update redraws it below. */
  clearLine(): void {
    if (this.bar) process.stderr.write('\r\x1b[2K');
  }

  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}
