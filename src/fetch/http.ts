/**
 * Fetching one web address with Node's built-in fetch (undici), politely and within limits:
 *   1. the address must be http: or https: (BAD_URL otherwise)
 *   2. with --respect-robots, the host's robots.txt is read once and a disallowed path is skipped
 *   3. one request at a time per slot of the host (hosts.ts: --per-host, --delay), with a
 *      User-Agent naming the tool, each request within --fetch-timeout (headers and body)
 *   4. redirects are followed by hand (redirect: 'manual'), so every hop is checked: only http:
 *      and https: targets, at most MAX_REDIRECTS, a loop is an error; robots.txt is asked again
 *      for the new address
 *   5. 429 and 503 are retried (--retries) after Retry-After or a backoff, pausing the host
 *   6. any other status but 2xx is HTTP_STATUS; a type that is not HTML, XHTML or text is
 *      UNSUPPORTED_TYPE before the body is read; the body is read as it streams, up to --max-size
 * Only the address given is ever requested (and robots.txt): nothing the page references.
 */
import { STATUS_CODES } from 'node:http';
import { ExtractError } from '../errors.js';
import type { InputFormat } from '../model.js';
import { convertedAs, parseContentType } from './content-type.js';
import { HostLimiter } from './hosts.js';
import { backoffMs, MAX_RETRY_WAIT_MS, RETRY_STATUSES, retryAfterMs, sleep } from './retry.js';

/** Redirects followed for one address; more is an error. Browsers allow 20, curl 50; real article links need 1-3 (http -> https -> canonical). */
export const MAX_REDIRECTS = 10;
/** Redirects followed for a robots.txt (RFC 9309, 2.3.1.2: at least five). */
export const ROBOTS_MAX_REDIRECTS = 5;
/** Bytes of a robots.txt read (RFC 9309, 2.5: parsers must read at least 500 KiB). */
export const ROBOTS_MAX_BYTES = 512 * 1024;
/** Largest robots.txt Crawl-delay honoured, in seconds: a larger one is taken as this (a list must still end). */
export const MAX_CRAWL_DELAY_SECONDS = 30;
/**
 * After a request is given up (--fetch-timeout), its slot of the host is held this much longer:
 * fetch settles at once on abort while the connection is closed a moment later, and a server
 * still busy with the abandoned request should not see the next one start beside it (more than
 * --per-host at once). A quarter second is far above the close on a loopback or LAN connection.
 */
export const ABORT_SETTLE_MS = 250;
const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
const ACCEPT = 'text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1';

export interface FetchSettings {
  /** Per request, headers and body, in ms (0: none). */
  timeoutMs: number;
  /** Largest body, in bytes, after any Content-Encoding is undone. */
  maxBytes: number;
  /** Further tries after a 429 or 503. */
  retries: number;
  perHost: number;
  /** Least time between the starts of two requests to one host, in ms. */
  delayMs: number;
  userAgent: string;
  respectRobots: boolean;
  /** --input-format: 'auto' follows the Content-Type. */
  inputFormat: InputFormat | 'auto';
}

/** A fetched page, ready to convert. */
export interface Page {
  kind: 'page';
  /** The final address, after redirects. */
  url: string;
  data: Uint8Array;
  /** Media type ("text/html") or null when the server sent none. */
  type: string | null;
  /** The Content-Type charset, when the server named one TextDecoder knows. */
  charset: string | null;
  inputFormat: InputFormat | 'auto';
}

/** An address not fetched on purpose (robots.txt): reported as skipped, not failed. */
export interface Skipped {
  kind: 'skip';
  code: 'ROBOTS';
  message: string;
}

type Exchange<T> =
  | { kind: 'redirect'; status: number; location: string | null }
  | { kind: 'retry'; status: number; waitMs: number | null }
  | { kind: 'done'; value: T };

/** The reason a request's own timer gives when it aborts the request. */
class RequestTimeout extends Error {}

const statusLine = (status: number) => `HTTP ${status}${STATUS_CODES[status] ? ` ${STATUS_CODES[status]}` : ''}`;

/** Network error codes in words (Node's and undici's codes). */
const NETWORK_ERRORS: Record<string, string> = {
  ENOTFOUND: 'host not found (DNS)',
  EAI_AGAIN: 'host name lookup failed (DNS, temporary)',
  EAI_FAIL: 'host name lookup failed (DNS)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ECONNABORTED: 'connection aborted',
  EPIPE: 'connection closed by the server',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'connection closed by the server before the whole answer arrived',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_OVERFLOW: 'response headers too large',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'body shorter or longer than its Content-Length',
  Z_DATA_ERROR: 'corrupt compressed body',
  Z_BUF_ERROR: 'compressed body cut short',
};

/** The first error code along an error's cause chain. */
function errorCode(err: unknown): string | null {
  for (let e = err as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string') return e.code;
  }
  return null;
}

function innermostMessage(err: unknown): string {
  let e = err as { message?: unknown; cause?: unknown } | undefined;
  let message = String((err as Error)?.message ?? err);
  for (let depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) if (typeof e.message === 'string' && e.message) message = e.message;
  return message.split('\n', 1)[0]!;
}

/** A failed request as one typed error naming the address. */
export function describeFetchError(err: unknown, name: string, timedOut: boolean, timeoutMs: number): ExtractError {
  if (err instanceof ExtractError) return err;
  if (timedOut) return new ExtractError('FETCH_TIMEOUT', `${name}: no complete answer within ${timeoutMs / 1000} s (--fetch-timeout)`, { cause: err });
  const code = errorCode(err);
  const words =
    code && NETWORK_ERRORS[code] ? NETWORK_ERRORS[code]
    : code && /CERT|TLS|SSL|ERR_SSL/i.test(code) ? `TLS error (${code})`
    : /bad port/i.test(innermostMessage(err)) ? 'port not allowed for web requests'
    : `${innermostMessage(err)}${code ? ` (${code})` : ''}`;
  return new ExtractError('FETCH_FAILED', `${name}: ${words}`, { cause: err });
}

/** An address as a URL, when it is an absolute http: or https: address without credentials. */
export function parseWebAddress(address: string, name: string = address): URL {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    throw new ExtractError('BAD_URL', `${name}: not a valid web address`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ExtractError('BAD_URL', `${name}: only http and https addresses are fetched, not ${url.protocol}`);
  if (url.username || url.password) throw new ExtractError('BAD_URL', `${name}: an address with a user name or password is not fetched`);
  url.hash = '';
  return url;
}

async function discard(res: Response): Promise<void> {
  await res.body?.cancel().catch(() => undefined);
}

/**
 * A response body read as it streams, at most `max` bytes (a Content-Length above it is refused
 * before reading). Past the limit the request is aborted: TOO_LARGE, or with `truncate` the
 * first `max` bytes.
 */
async function readBody(res: Response, max: number, name: string, abort: AbortController, truncate = false): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  // A declared length says nothing once a Content-Encoding is undone; only an uncoded one is trusted up front.
  if (!truncate && !res.headers.get('content-encoding') && Number.isFinite(declared) && declared > max) {
    abort.abort();
    throw new ExtractError('TOO_LARGE', `${name}: body is ${declared} bytes, larger than the limit of ${max} (--max-size)`);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (res.body) {
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      if (size + chunk.byteLength > max) {
        if (truncate) chunks.push(chunk.subarray(0, max - size));
        abort.abort();
        if (truncate) return Buffer.concat(chunks);
        throw new ExtractError('TOO_LARGE', `${name}: body is larger than the limit of ${max} bytes (--max-size); stopped reading there`);
      }
      size += chunk.byteLength;
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks);
}

/** The part of robots-parser's Robot this tool uses. */
interface Robots {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
/**
 * robots-parser, loaded with the first robots.txt (a run without web addresses never loads it). It
 * is CommonJS whose module.exports is the function; its typings declare it as a default export.
 */
const loadRobotsParser = async () => (await import('robots-parser')).default as unknown as (url: string, contents: string) => Robots;

type RobotsVerdict = { allowed: true } | { allowed: false; why: string } | { error: ExtractError };

export class Fetcher {
  readonly hosts: HostLimiter;
  /** Requests sent (pages, redirects, retries, robots.txt). */
  requests = 0;
  private readonly robots = new Map<string, Promise<{ rules: Robots | null; closed: string | null } | { error: ExtractError }>>();
  /** The product token robots.txt groups are matched against: the User-Agent's first word ("article-extract"). */
  readonly robotsToken: string;

  constructor(
    readonly settings: FetchSettings,
    private readonly fetchImpl: typeof fetch = (...args) => fetch(...args),
  ) {
    this.hosts = new HostLimiter(settings.perHost, settings.delayMs);
    this.robotsToken = settings.userAgent.trim().split(/[\s/]/, 1)[0] || '*';
  }

  /** Fetches `address` (step 1-6 above); `name` is how messages name it; `signal` stops waiting (Ctrl-C). */
  async page(address: string, name: string = address, signal?: AbortSignal): Promise<Page | Skipped> {
    let url = parseWebAddress(address, name);
    const first = url.href;
    const seen = new Set([first]);
    for (let hops = 0; ; hops++) {
      if (this.settings.respectRobots) {
        const verdict = await this.robotsVerdict(url, name, signal);
        if ('error' in verdict) throw verdict.error;
        if (!verdict.allowed) return { kind: 'skip', code: 'ROBOTS', message: `${name}: ${verdict.why}; skipped (--respect-robots)` };
      }
      const current = url;
      const r = await this.withRetries(current, name, signal, async (res, abort) => {
        if (!res.ok) {
          await discard(res);
          throw new ExtractError('HTTP_STATUS', `${name}: ${statusLine(res.status)}${current.href !== first ? ` (at ${current.href})` : ''}`);
        }
        const ct = parseContentType(res.headers.get('content-type'));
        const as = convertedAs(ct.type);
        if (as === null) {
          await discard(res);
          throw new ExtractError('UNSUPPORTED_TYPE', `${name}: ${ct.type} is not HTML, XHTML or text; not converted`);
        }
        const data = await readBody(res, this.settings.maxBytes, name, abort);
        const inputFormat = this.settings.inputFormat === 'auto' ? as : this.settings.inputFormat;
        return { kind: 'page' as const, url: current.href, data, type: ct.type, charset: ct.charset, inputFormat };
      });
      if (r.kind === 'done') return r.value;
      url = this.nextHop(current, r, name, seen, hops, MAX_REDIRECTS);
    }
  }

  /** The target of a redirect, checked: a Location, http(s) only, no loop, within the limit. */
  private nextHop(from: URL, r: { status: number; location: string | null }, name: string, seen: Set<string>, hops: number, max: number): URL {
    if (!r.location) throw new ExtractError('HTTP_STATUS', `${name}: ${statusLine(r.status)} without a Location header`);
    let next: URL;
    try {
      next = new URL(r.location, from);
    } catch {
      throw new ExtractError('REDIRECT', `${name}: redirect to an invalid address`);
    }
    if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new ExtractError('REDIRECT', `${name}: redirect to a ${next.protocol} address refused (only http and https are followed)`);
    if (next.username || next.password) throw new ExtractError('REDIRECT', `${name}: redirect to an address with a user name or password refused`);
    next.hash = '';
    if (seen.has(next.href)) throw new ExtractError('REDIRECT', `${name}: redirect loop (back to ${next.href})`);
    if (hops + 1 > max) throw new ExtractError('REDIRECT', `${name}: more than ${max} redirects`);
    seen.add(next.href);
    return next;
  }

  /** One exchange, retried after a 429/503 (step 5). */
  private async withRetries<T>(url: URL, name: string, signal: AbortSignal | undefined, onResponse: (res: Response, abort: AbortController) => Promise<T>): Promise<Exclude<Exchange<T>, { kind: 'retry' }>> {
    for (let attempt = 0; ; attempt++) {
      const r = await this.exchange(url, name, signal, onResponse);
      if (r.kind !== 'retry') return r;
      const tries = attempt ? ` (after ${attempt} ${attempt === 1 ? 'retry' : 'retries'})` : '';
      if (attempt >= this.settings.retries) throw new ExtractError('HTTP_STATUS', `${name}: ${statusLine(r.status)}${tries}`);
      const wait = r.waitMs ?? backoffMs(attempt);
      if (wait > MAX_RETRY_WAIT_MS) {
        throw new ExtractError('HTTP_STATUS', `${name}: ${statusLine(r.status)}, asked to retry after ${Math.round(wait / 1000)} s (more than ${MAX_RETRY_WAIT_MS / 1000} s): given up`);
      }
      // The whole host waits: the other addresses on it would get the same answer.
      this.hosts.pause(url.host, wait);
      await sleep(wait, signal);
    }
  }

  /** One request and its response, holding a slot of the host, within --fetch-timeout. */
  private exchange<T>(url: URL, name: string, signal: AbortSignal | undefined, onResponse: (res: Response, abort: AbortController) => Promise<T>): Promise<Exchange<T>> {
    return this.hosts.run(
      url.host,
      async () => {
        const abort = new AbortController();
        const ms = this.settings.timeoutMs;
        const timer = ms > 0 ? setTimeout(() => abort.abort(new RequestTimeout()), ms) : null;
        try {
          this.requests++;
          const res = await this.fetchImpl(url, {
            redirect: 'manual',
            headers: { 'user-agent': this.settings.userAgent, accept: ACCEPT },
            signal: abort.signal,
          });
          if (REDIRECT_STATUSES.has(res.status)) {
            await discard(res);
            return { kind: 'redirect', status: res.status, location: res.headers.get('location') };
          }
          if (RETRY_STATUSES.has(res.status)) {
            await discard(res);
            return { kind: 'retry', status: res.status, waitMs: retryAfterMs(res.headers.get('retry-after')) };
          }
          return { kind: 'done', value: await onResponse(res, abort) };
        } catch (err) {
          const timedOut = abort.signal.reason instanceof RequestTimeout;
          if (abort.signal.aborted) await sleep(ABORT_SETTLE_MS);
          throw describeFetchError(err, name, timedOut, ms);
        } finally {
          if (timer) clearTimeout(timer);
        }
      },
      signal,
    );
  }

  // ---- robots.txt (RFC 9309) -------------------------------------------------------------------

  private async robotsVerdict(url: URL, name: string, signal?: AbortSignal): Promise<RobotsVerdict> {
    let entry = this.robots.get(url.origin);
    if (!entry) {
      entry = this.loadRobots(url, signal);
      this.robots.set(url.origin, entry);
    }
    const r = await entry;
    if ('error' in r) return { error: new ExtractError(r.error.code, `${name}: ${r.error.message}`) };
    if (r.closed) return { allowed: false, why: r.closed };
    if (r.rules && r.rules.isAllowed(url.href, this.robotsToken) === false) return { allowed: false, why: `disallowed by ${url.origin}/robots.txt` };
    return { allowed: true };
  }

  /**
   * A host's robots.txt: 2xx -> its rules (and Crawl-delay, raising the host's delay); 4xx -> no
   * rules (everything allowed); 5xx, 429 or a redirect that cannot be followed -> the site is
   * taken as closed (RFC 9309, 2.3.1.4: "unreachable" means complete disallow); a network failure
   * -> the address fails with it (the page itself would not be reachable either).
   */
  private async loadRobots(pageUrl: URL, signal?: AbortSignal): Promise<{ rules: Robots | null; closed: string | null } | { error: ExtractError }> {
    const robotsUrl = new URL('/robots.txt', pageUrl.origin);
    let url = robotsUrl;
    const seen = new Set([url.href]);
    const name = robotsUrl.href;
    try {
      for (let hops = 0; ; hops++) {
        const r = await this.exchange(url, name, signal, async (res, abort) => {
          if (!res.ok) {
            await discard(res);
            return { status: res.status, text: null };
          }
          return { status: res.status, text: Buffer.from(await readBody(res, ROBOTS_MAX_BYTES, name, abort, true)).toString('utf8') };
        });
        if (r.kind === 'retry') return { rules: null, closed: `${name} answered ${statusLine(r.status)}: the site is taken as closed to robots (RFC 9309)` };
        if (r.kind === 'redirect') {
          try {
            url = this.nextHop(url, r, name, seen, hops, ROBOTS_MAX_REDIRECTS);
          } catch (err) {
            return { rules: null, closed: `${(err as Error).message}: the site is taken as closed to robots (RFC 9309)` };
          }
          continue;
        }
        const { status, text } = r.value;
        if (text !== null) {
          const rules = (await loadRobotsParser())(robotsUrl.href, text);
          const delay = rules.getCrawlDelay(this.robotsToken);
          if (typeof delay === 'number' && delay > 0) this.hosts.raiseDelay(pageUrl.host, Math.min(delay, MAX_CRAWL_DELAY_SECONDS) * 1000);
          return { rules, closed: null };
        }
        if (status >= 500) return { rules: null, closed: `${name} answered ${statusLine(status)}: the site is taken as closed to robots (RFC 9309)` };
        return { rules: null, closed: null };
      }
    } catch (err) {
      if (err instanceof ExtractError) return { error: err };
      throw err;
    }
  }
}
