/**
 * Politeness per host: at most `perHost` requests in flight to one host (host and port) and at
 * least `delayMs` between the starts of two requests to it (--per-host, --delay; a robots.txt
 * Crawl-delay can raise a host's delay). A host that answered 429/503 with Retry-After is
 * paused: no request to it starts before then. Waiters are served in arrival order.
 */

interface Waiter {
  resolve: () => void;
  reject: (err: unknown) => void;
}

interface HostState {
  active: number;
  /** Earliest start of the next request (the delay after the last start, or a pause). */
  nextStart: number;
  delayMs: number;
  queue: Waiter[];
  timer: NodeJS.Timeout | null;
}

/** Raised when a wait is given up because the run is being interrupted. */
export class WaitAborted extends Error {
  override readonly name = 'WaitAborted';
}

export class HostLimiter {
  private readonly hosts = new Map<string, HostState>();
  /** Highest number of requests in flight to any one host so far (the tests read it). */
  peak = 0;

  constructor(
    readonly perHost: number,
    readonly delayMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      s = { active: 0, nextStart: 0, delayMs: this.delayMs, queue: [], timer: null };
      this.hosts.set(host, s);
    }
    return s;
  }

  /** Runs `fn` holding one of the host's slots. */
  async run<T>(host: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(host, signal);
    try {
      return await fn();
    } finally {
      this.release(host);
    }
  }

  acquire(host: string, signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(new WaitAborted('interrupted'));
    const s = this.state(host);
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject };
      const onAbort = () => {
        const i = s.queue.indexOf(waiter);
        if (i >= 0) {
          s.queue.splice(i, 1);
          reject(new WaitAborted('interrupted'));
        }
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      waiter.resolve = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      s.queue.push(waiter);
      this.pump(host, s);
    });
  }

  release(host: string): void {
    const s = this.state(host);
    s.active--;
    this.pump(host, s);
  }

  /** A host's delay raised (never lowered) to `ms`: a robots.txt Crawl-delay. */
  raiseDelay(host: string, ms: number): void {
    const s = this.state(host);
    s.delayMs = Math.max(s.delayMs, ms);
  }

  /** No request to `host` starts in the next `ms` (the host asked to wait: Retry-After). */
  pause(host: string, ms: number): void {
    const s = this.state(host);
    s.nextStart = Math.max(s.nextStart, this.now() + ms);
  }

  /** Requests in flight to `host` now. */
  inFlight(host: string): number {
    return this.hosts.get(host)?.active ?? 0;
  }

  private pump(host: string, s: HostState): void {
    while (s.queue.length && s.active < this.perHost) {
      const wait = s.nextStart - this.now();
      if (wait > 0) {
        if (!s.timer) {
          s.timer = setTimeout(() => {
            s.timer = null;
            this.pump(host, s);
          }, wait);
        }
        return;
      }
      const w = s.queue.shift()!;
      s.active++;
      this.peak = Math.max(this.peak, s.active);
      s.nextStart = this.now() + s.delayMs;
      w.resolve();
    }
  }
}
