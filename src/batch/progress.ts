/**
 * The progress bar on stderr (cli-progress): done/total when the total is known, else done so
 * far; rate, ETA and failures. Shown only on a terminal and never with --quiet (the CLI decides).
 */
import cliProgress from 'cli-progress';
import type { Summary } from './run.js';

export class Progress {
  private readonly bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: ' {bar} {value} docs | {rate} docs/s | {failed} failed | {skipped} skipped',
      barCompleteChar: '█',
      barIncompleteChar: '░',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  private readonly start = Date.now();
  private running = false;

  update(s: Pick<Summary, 'converted' | 'failed' | 'skipped'>): void {
    const done = s.converted + s.failed + s.skipped;
    const rate = (done / Math.max(0.001, (Date.now() - this.start) / 1000)).toFixed(1);
    if (!this.running) {
      // The total of a stream of documents is not known ahead: the bar shows activity, not a share.
      this.bar.start(Math.max(done, 1), done, { rate, failed: s.failed, skipped: s.skipped });
      this.running = true;
    }
    this.bar.setTotal(Math.max(done, 1));
    this.bar.update(done, { rate, failed: s.failed, skipped: s.skipped });
  }

  stop(): void {
    if (this.running) this.bar.stop();
    this.running = false;
  }
}
