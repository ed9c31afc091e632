// dist/batch/progress.js
import cliProgress from "cli-progress";
var KNOWN = " {bar} {value}/{total} docs | {rate} docs/s | ETA {remaining} | {failed} failed | {skipped} skipped";
var UNKNOWN = " {value} docs | {rate} docs/s | {failed} failed | {skipped} skipped";
function formatEta(seconds) {
  if (!Number.isFinite(seconds))
    return "\u2026";
  const t = Math.round(seconds);
  if (t < 60)
    return `${t}s`;
  if (t < 3600)
    return `${Math.floor(t / 60)}m ${String(t % 60).padStart(2, "0")}s`;
  return `${Math.floor(t / 3600)}h ${String(Math.floor(t % 3600 / 60)).padStart(2, "0")}m`;
}
var Progress = class {
  bar = null;
  start = Date.now();
  total = 0;
  unknown = false;
  /** A source announced `n` more documents. */
  addTotal(n) {
    this.total += n;
  }
  /** A source of unknown size started: the bar shows a count instead of a share. */
  markUnknown() {
    this.unknown = true;
  }
  update(s) {
    const done = s.converted + s.failed + s.skipped;
    const rate = done / Math.max(1e-3, (Date.now() - this.start) / 1e3);
    const known = !this.unknown && this.total > 0;
    const payload = { rate: rate.toFixed(1), failed: s.failed, skipped: s.skipped, remaining: known ? formatEta(Math.max(0, this.total - done) / rate) : "" };
    if (!this.bar) {
      this.bar = new cliProgress.SingleBar({ stream: process.stderr, format: known ? KNOWN : UNKNOWN, hideCursor: true, clearOnComplete: true, etaBuffer: 50, fps: 5 }, cliProgress.Presets.shades_classic);
      this.bar.start(known ? this.total : done, done, payload);
    }
    if (known)
      this.bar.setTotal(Math.max(this.total, done));
    this.bar.update(done, payload);
  }
  /** Clears the bar's line so a message can be printed; the next update redraws it below. */
  clearLine() {
    if (this.bar)
      process.stderr.write("\r\x1B[2K");
  }
  stop() {
    this.bar?.stop();
    this.bar = null;
  }
};
export {
  Progress,
  formatEta
};
