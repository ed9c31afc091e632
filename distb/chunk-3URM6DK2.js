import {
  OutputNamer,
  isInside,
  nameFromUrl,
  safeSegments,
  writeAtomic
} from "./chunk-QELOQFQE.js";
import {
  canonicalTag
} from "./chunk-RA73VC3C.js";
import {
  readInput
} from "./chunk-6MMM5J6Q.js";
import {
  ExtractError,
  docName,
  firstLine
} from "./chunk-ZA5YYWVB.js";

// dist/batch/sources.js
import { createReadStream } from "node:fs";
import { open, realpath, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { createGunzip as createGunzip2 } from "node:zlib";
import { pipeline } from "node:stream/promises";
import { Transform } from "node:stream";

// dist/batch/limits.js
import { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from "node:zlib";
var DEFAULT_MAX_TOTAL = 4 * 1024 * 1024 * 1024;
var MAX_UNPACK_RATIO = 200;
var RATIO_FLOOR = 64 * 1024 * 1024;
var BudgetExceeded = class extends ExtractError {
  constructor(message) {
    super("TOO_LARGE", message);
  }
};
var Budget = class {
  name;
  archiveBytes;
  maxTotal;
  total = 0;
  constructor(name, archiveBytes, maxTotal) {
    this.name = name;
    this.archiveBytes = archiveBytes;
    this.maxTotal = maxTotal;
  }
  charge(n) {
    this.total += n;
    if (this.total > this.maxTotal) {
      throw new BudgetExceeded(`${this.name}: archive unpacks to more than ${this.maxTotal} bytes (--max-total); stopped there`);
    }
    if (this.total > RATIO_FLOOR && this.total > this.archiveBytes * MAX_UNPACK_RATIO) {
      throw new BudgetExceeded(`${this.name}: archive unpacks to more than ${MAX_UNPACK_RATIO} times its size of ${this.archiveBytes} bytes (a decompression bomb?); stopped there`);
    }
  }
};
async function readBounded(stream, max, opts = {}) {
  const chunks = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      opts.budget?.charge(chunk.length);
      size += chunk.length;
      if (size <= max)
        chunks.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
      else if (!opts.drain) {
        chunks.length = 0;
        stream.destroy?.();
        return { data: null, size };
      } else
        chunks.length = 0;
    }
  } catch (err) {
    stream.destroy?.();
    throw err;
  }
  return { data: size <= max ? Buffer.concat(chunks) : null, size };
}
var DECODERS = {
  gzip: createGunzip,
  "x-gzip": createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress
};
async function inflateBounded(body, encoding, max, name, budget) {
  const codings = encoding.toLowerCase().split(",").map((c) => c.trim()).filter((c) => c && c !== "identity").reverse();
  let data = body;
  for (const coding of codings) {
    const make = DECODERS[coding];
    if (!make)
      throw new ExtractError("UNREADABLE", `${name}: unsupported Content-Encoding "${coding}"`);
    const attempt = async (decoder) => {
      const out = Readable.from([data]).pipe(decoder);
      return readBounded(out, max, budget ? { budget } : {});
    };
    let r;
    try {
      r = await attempt(make());
    } catch (err) {
      if (err instanceof ExtractError)
        throw err;
      if (coding !== "deflate")
        throw new ExtractError("UNREADABLE", `${name}: corrupt ${coding} body (${firstLine(err)})`);
      try {
        r = await attempt(createInflateRaw());
      } catch (err2) {
        if (err2 instanceof ExtractError)
          throw err2;
        throw new ExtractError("UNREADABLE", `${name}: corrupt deflate body (${firstLine(err2)})`);
      }
    }
    if (!r.data)
      throw new ExtractError("TOO_LARGE", `${name}: body unpacks to more than the limit of ${max} bytes`);
    data = r.data;
  }
  return data;
}

// dist/fetch/content-type.js
var CONVERTED_TYPES = {
  "text/html": "html",
  // web pages
  "application/xhtml+xml": "html",
  // XHTML pages, read by the same HTML path
  "text/plain": "text"
  // raw text: the text path, as for a .txt file
};
function parseContentType(header) {
  if (!header || !header.trim())
    return { type: null, charset: null };
  const [typePart, ...params] = header.split(";");
  const type = typePart.trim().toLowerCase() || null;
  let charset = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(p);
    if (!m)
      continue;
    try {
      charset = new TextDecoder(m[1].trim()).encoding;
    } catch {
      charset = null;
    }
    break;
  }
  return { type, charset };
}
function convertedAs(type) {
  if (type === null)
    return "auto";
  return CONVERTED_TYPES[type] ?? null;
}
function savedExtension(type) {
  return type === "text/plain" ? ".txt" : type === "application/xhtml+xml" ? ".xhtml" : ".html";
}

// dist/fetch/http.js
import { STATUS_CODES } from "node:http";

// dist/fetch/hosts.js
var WaitAborted = class extends Error {
  name = "WaitAborted";
};
var HostLimiter = class {
  perHost;
  delayMs;
  now;
  hosts = /* @__PURE__ */ new Map();
  /** Highest number of requests in flight to any one host so far (the tests read it). */
  peak = 0;
  constructor(perHost, delayMs, now = Date.now) {
    this.perHost = perHost;
    this.delayMs = delayMs;
    this.now = now;
  }
  state(host) {
    let s = this.hosts.get(host);
    if (!s) {
      s = { active: 0, nextStart: 0, delayMs: this.delayMs, queue: [], timer: null };
      this.hosts.set(host, s);
    }
    return s;
  }
  /** Runs `fn` holding one of the host's slots. */
  async run(host, fn, signal) {
    await this.acquire(host, signal);
    try {
      return await fn();
    } finally {
      this.release(host);
    }
  }
  acquire(host, signal) {
    if (signal?.aborted)
      return Promise.reject(new WaitAborted("interrupted"));
    const s = this.state(host);
    return new Promise((resolve2, reject) => {
      const waiter = { resolve: resolve2, reject };
      const onAbort = () => {
        const i = s.queue.indexOf(waiter);
        if (i >= 0) {
          s.queue.splice(i, 1);
          reject(new WaitAborted("interrupted"));
        }
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      waiter.resolve = () => {
        signal?.removeEventListener("abort", onAbort);
        resolve2();
      };
      s.queue.push(waiter);
      this.pump(host, s);
    });
  }
  release(host) {
    const s = this.state(host);
    s.active--;
    this.pump(host, s);
  }
  /** A host's delay raised (never lowered) to `ms`: a robots.txt Crawl-delay. */
  raiseDelay(host, ms) {
    const s = this.state(host);
    s.delayMs = Math.max(s.delayMs, ms);
  }
  /** No request to `host` starts in the next `ms` (the host asked to wait: Retry-After). */
  pause(host, ms) {
    const s = this.state(host);
    s.nextStart = Math.max(s.nextStart, this.now() + ms);
  }
  /** Requests in flight to `host` now. */
  inFlight(host) {
    return this.hosts.get(host)?.active ?? 0;
  }
  pump(host, s) {
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
      const w = s.queue.shift();
      s.active++;
      this.peak = Math.max(this.peak, s.active);
      s.nextStart = this.now() + s.delayMs;
      w.resolve();
    }
  }
};

// dist/fetch/retry.js
var RETRY_STATUSES = /* @__PURE__ */ new Set([429, 503]);
var BACKOFF_BASE_MS = 1e3;
var MAX_RETRY_WAIT_MS = 12e4;
function retryAfterMs(value, now = Date.now()) {
  if (!value)
    return null;
  const v = value.trim();
  if (/^\d+$/.test(v))
    return Number(v) * 1e3;
  const date = Date.parse(v);
  if (Number.isNaN(date))
    return null;
  return Math.max(0, date - now);
}
function backoffMs(attempt) {
  return BACKOFF_BASE_MS * 2 ** attempt;
}
function sleep(ms, signal) {
  return new Promise((resolve2, reject) => {
    if (signal?.aborted)
      return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve2();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// dist/fetch/http.js
var MAX_REDIRECTS = 10;
var ROBOTS_MAX_REDIRECTS = 5;
var ROBOTS_MAX_BYTES = 512 * 1024;
var MAX_CRAWL_DELAY_SECONDS = 30;
var ABORT_SETTLE_MS = 250;
var REDIRECT_STATUSES = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1";
var RequestTimeout = class extends Error {
};
var statusLine = (status) => `HTTP ${status}${STATUS_CODES[status] ? ` ${STATUS_CODES[status]}` : ""}`;
var NETWORK_ERRORS = {
  ENOTFOUND: "host not found (DNS)",
  EAI_AGAIN: "host name lookup failed (DNS, temporary)",
  EAI_FAIL: "host name lookup failed (DNS)",
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset by the server",
  ECONNABORTED: "connection aborted",
  EPIPE: "connection closed by the server",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  UND_ERR_SOCKET: "connection closed by the server before the whole answer arrived",
  UND_ERR_CONNECT_TIMEOUT: "connection timed out",
  UND_ERR_HEADERS_OVERFLOW: "response headers too large",
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: "body shorter or longer than its Content-Length",
  Z_DATA_ERROR: "corrupt compressed body",
  Z_BUF_ERROR: "compressed body cut short"
};
function errorCode(err) {
  for (let e = err, depth = 0; e && depth < 5; e = e.cause, depth++) {
    if (typeof e.code === "string")
      return e.code;
  }
  return null;
}
function innermostMessage(err) {
  let e = err;
  let message = String(err?.message ?? err);
  for (let depth = 0; e && depth < 5; e = e.cause, depth++)
    if (typeof e.message === "string" && e.message)
      message = e.message;
  return message.split("\n", 1)[0];
}
function describeFetchError(err, name, timedOut, timeoutMs) {
  if (err instanceof ExtractError)
    return err;
  if (timedOut)
    return new ExtractError("FETCH_TIMEOUT", `${name}: no complete answer within ${timeoutMs / 1e3} s (--fetch-timeout)`, { cause: err });
  const code = errorCode(err);
  const words = code && NETWORK_ERRORS[code] ? NETWORK_ERRORS[code] : code && /CERT|TLS|SSL|ERR_SSL/i.test(code) ? `TLS error (${code})` : /bad port/i.test(innermostMessage(err)) ? "port not allowed for web requests" : `${innermostMessage(err)}${code ? ` (${code})` : ""}`;
  return new ExtractError("FETCH_FAILED", `${name}: ${words}`, { cause: err });
}
function parseWebAddress(address, name = address) {
  let url;
  try {
    url = new URL(address.trim());
  } catch {
    throw new ExtractError("BAD_URL", `${name}: not a valid web address`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new ExtractError("BAD_URL", `${name}: only http and https addresses are fetched, not ${url.protocol}`);
  if (url.username || url.password)
    throw new ExtractError("BAD_URL", `${name}: an address with a user name or password is not fetched`);
  url.hash = "";
  return url;
}
async function discard(res) {
  await res.body?.cancel().catch(() => void 0);
}
async function readBody(res, max, name, abort, truncate = false) {
  const declared = Number(res.headers.get("content-length"));
  if (!truncate && !res.headers.get("content-encoding") && Number.isFinite(declared) && declared > max) {
    abort.abort();
    throw new ExtractError("TOO_LARGE", `${name}: body is ${declared} bytes, larger than the limit of ${max} (--max-size)`);
  }
  const chunks = [];
  let size = 0;
  if (res.body) {
    for await (const chunk of res.body) {
      if (size + chunk.byteLength > max) {
        if (truncate)
          chunks.push(chunk.subarray(0, max - size));
        abort.abort();
        if (truncate)
          return Buffer.concat(chunks);
        throw new ExtractError("TOO_LARGE", `${name}: body is larger than the limit of ${max} bytes (--max-size); stopped reading there`);
      }
      size += chunk.byteLength;
      chunks.push(chunk);
    }
  }
  return Buffer.concat(chunks);
}
var loadRobotsParser = async () => (await import("robots-parser")).default;
var Fetcher = class {
  settings;
  fetchImpl;
  hosts;
  /** Requests sent (pages, redirects, retries, robots.txt). */
  requests = 0;
  robots = /* @__PURE__ */ new Map();
  /** The product token robots.txt groups are matched against: the User-Agent's first word ("article-extract"). */
  robotsToken;
  constructor(settings, fetchImpl = (...args) => fetch(...args)) {
    this.settings = settings;
    this.fetchImpl = fetchImpl;
    this.hosts = new HostLimiter(settings.perHost, settings.delayMs);
    this.robotsToken = settings.userAgent.trim().split(/[\s/]/, 1)[0] || "*";
  }
  /** Fetches `address` (step 1-6 above); `name` is how messages name it; `signal` stops waiting (Ctrl-C). */
  async page(address, name = address, signal) {
    let url = parseWebAddress(address, name);
    const first = url.href;
    const seen = /* @__PURE__ */ new Set([first]);
    for (let hops = 0; ; hops++) {
      if (this.settings.respectRobots) {
        const verdict = await this.robotsVerdict(url, name, signal);
        if ("error" in verdict)
          throw verdict.error;
        if (!verdict.allowed)
          return { kind: "skip", code: "ROBOTS", message: `${name}: ${verdict.why}; skipped (--respect-robots)` };
      }
      const current = url;
      const r = await this.withRetries(current, name, signal, async (res, abort) => {
        if (!res.ok) {
          await discard(res);
          throw new ExtractError("HTTP_STATUS", `${name}: ${statusLine(res.status)}${current.href !== first ? ` (at ${current.href})` : ""}`);
        }
        const ct = parseContentType(res.headers.get("content-type"));
        const as = convertedAs(ct.type);
        if (as === null) {
          await discard(res);
          throw new ExtractError("UNSUPPORTED_TYPE", `${name}: ${ct.type} is not HTML, XHTML or text; not converted`);
        }
        const data = await readBody(res, this.settings.maxBytes, name, abort);
        const inputFormat = this.settings.inputFormat === "auto" ? as : this.settings.inputFormat;
        return { kind: "page", url: current.href, data, type: ct.type, charset: ct.charset, inputFormat };
      });
      if (r.kind === "done")
        return r.value;
      url = this.nextHop(current, r, name, seen, hops, MAX_REDIRECTS);
    }
  }
  /** The target of a redirect, checked: a Location, http(s) only, no loop, within the limit. */
  nextHop(from, r, name, seen, hops, max) {
    if (!r.location)
      throw new ExtractError("HTTP_STATUS", `${name}: ${statusLine(r.status)} without a Location header`);
    let next;
    try {
      next = new URL(r.location, from);
    } catch {
      throw new ExtractError("REDIRECT", `${name}: redirect to an invalid address`);
    }
    if (next.protocol !== "http:" && next.protocol !== "https:")
      throw new ExtractError("REDIRECT", `${name}: redirect to a ${next.protocol} address refused (only http and https are followed)`);
    if (next.username || next.password)
      throw new ExtractError("REDIRECT", `${name}: redirect to an address with a user name or password refused`);
    next.hash = "";
    if (seen.has(next.href))
      throw new ExtractError("REDIRECT", `${name}: redirect loop (back to ${next.href})`);
    if (hops + 1 > max)
      throw new ExtractError("REDIRECT", `${name}: more than ${max} redirects`);
    seen.add(next.href);
    return next;
  }
  /** One exchange, retried after a 429/503 (step 5). */
  async withRetries(url, name, signal, onResponse) {
    for (let attempt = 0; ; attempt++) {
      const r = await this.exchange(url, name, signal, onResponse);
      if (r.kind !== "retry")
        return r;
      const tries = attempt ? ` (after ${attempt} ${attempt === 1 ? "retry" : "retries"})` : "";
      if (attempt >= this.settings.retries)
        throw new ExtractError("HTTP_STATUS", `${name}: ${statusLine(r.status)}${tries}`);
      const wait = r.waitMs ?? backoffMs(attempt);
      if (wait > MAX_RETRY_WAIT_MS) {
        throw new ExtractError("HTTP_STATUS", `${name}: ${statusLine(r.status)}, asked to retry after ${Math.round(wait / 1e3)} s (more than ${MAX_RETRY_WAIT_MS / 1e3} s): given up`);
      }
      this.hosts.pause(url.host, wait);
      await sleep(wait, signal);
    }
  }
  /** One request and its response, holding a slot of the host, within --fetch-timeout. */
  exchange(url, name, signal, onResponse) {
    return this.hosts.run(url.host, async () => {
      const abort = new AbortController();
      const ms = this.settings.timeoutMs;
      const timer = ms > 0 ? setTimeout(() => abort.abort(new RequestTimeout()), ms) : null;
      try {
        this.requests++;
        const res = await this.fetchImpl(url, {
          redirect: "manual",
          headers: { "user-agent": this.settings.userAgent, accept: ACCEPT },
          signal: abort.signal
        });
        if (REDIRECT_STATUSES.has(res.status)) {
          await discard(res);
          return { kind: "redirect", status: res.status, location: res.headers.get("location") };
        }
        if (RETRY_STATUSES.has(res.status)) {
          await discard(res);
          return { kind: "retry", status: res.status, waitMs: retryAfterMs(res.headers.get("retry-after")) };
        }
        return { kind: "done", value: await onResponse(res, abort) };
      } catch (err) {
        const timedOut = abort.signal.reason instanceof RequestTimeout;
        if (abort.signal.aborted)
          await sleep(ABORT_SETTLE_MS);
        throw describeFetchError(err, name, timedOut, ms);
      } finally {
        if (timer)
          clearTimeout(timer);
      }
    }, signal);
  }
  // ---- robots.txt (RFC 9309) -------------------------------------------------------------------
  async robotsVerdict(url, name, signal) {
    let entry = this.robots.get(url.origin);
    if (!entry) {
      entry = this.loadRobots(url, signal);
      this.robots.set(url.origin, entry);
    }
    const r = await entry;
    if ("error" in r)
      return { error: new ExtractError(r.error.code, `${name}: ${r.error.message}`) };
    if (r.closed)
      return { allowed: false, why: r.closed };
    if (r.rules && r.rules.isAllowed(url.href, this.robotsToken) === false)
      return { allowed: false, why: `disallowed by ${url.origin}/robots.txt` };
    return { allowed: true };
  }
  /**
   * A host's robots.txt: 2xx -> its rules (and Crawl-delay, raising the host's delay); 4xx -> no
   * rules (everything allowed); 5xx, 429 or a redirect that cannot be followed -> the site is
   * taken as closed (RFC 9309, 2.3.1.4: "unreachable" means complete disallow); a network failure
   * -> the address fails with it (the page itself would not be reachable either).
   */
  async loadRobots(pageUrl, signal) {
    const robotsUrl = new URL("/robots.txt", pageUrl.origin);
    let url = robotsUrl;
    const seen = /* @__PURE__ */ new Set([url.href]);
    const name = robotsUrl.href;
    try {
      for (let hops = 0; ; hops++) {
        const r = await this.exchange(url, name, signal, async (res, abort) => {
          if (!res.ok) {
            await discard(res);
            return { status: res.status, text: null };
          }
          return { status: res.status, text: Buffer.from(await readBody(res, ROBOTS_MAX_BYTES, name, abort, true)).toString("utf8") };
        });
        if (r.kind === "retry")
          return { rules: null, closed: `${name} answered ${statusLine(r.status)}: the site is taken as closed to robots (RFC 9309)` };
        if (r.kind === "redirect") {
          try {
            url = this.nextHop(url, r, name, seen, hops, ROBOTS_MAX_REDIRECTS);
          } catch (err) {
            return { rules: null, closed: `${err.message}: the site is taken as closed to robots (RFC 9309)` };
          }
          continue;
        }
        const { status, text } = r.value;
        if (text !== null) {
          const rules = (await loadRobotsParser())(robotsUrl.href, text);
          const delay = rules.getCrawlDelay(this.robotsToken);
          if (typeof delay === "number" && delay > 0)
            this.hosts.raiseDelay(pageUrl.host, Math.min(delay, MAX_CRAWL_DELAY_SECONDS) * 1e3);
          return { rules, closed: null };
        }
        if (status >= 500)
          return { rules: null, closed: `${name} answered ${statusLine(status)}: the site is taken as closed to robots (RFC 9309)` };
        return { rules: null, closed: null };
      }
    } catch (err) {
      if (err instanceof ExtractError)
        return { error: err };
      throw err;
    }
  }
};

// dist/fetch/source.js
function isWebAddress(input) {
  return /^https?:\/\//i.test(input);
}
var SHOWN_LINE_CHARS = 80;
var WebInputs = class {
  options;
  fetcher;
  savers = /* @__PURE__ */ new Map();
  constructor(options) {
    this.options = options;
    this.fetcher = new Fetcher(options);
  }
  /** The document for one address; `path`/`entry` are how it is named (the address, or the list and the address). */
  doc(address, path, entry) {
    const name = docName({ path, entry });
    const outName = nameFromUrl(address);
    try {
      parseWebAddress(address, name);
    } catch (err) {
      return { path, ...entry ? { entry } : {}, outName, error: err };
    }
    const fetchDoc = async (signal) => {
      const got = await this.fetcher.page(address, name, signal);
      if (got.kind === "skip")
        return got;
      if (this.options.saveHtml)
        await this.save(address, got);
      return { data: got.data, url: got.url, charset: got.charset, inputFormat: got.inputFormat };
    };
    return { path, ...entry ? { entry } : {}, url: address, outName, fetch: fetchDoc };
  }
  /** Keeps a fetched body under --save-html, named from its address (atomic: a temporary file, then a rename). */
  async save(address, page) {
    const root = this.options.saveHtml;
    const ext = savedExtension(page.type);
    let namer = this.savers.get(ext);
    if (!namer)
      this.savers.set(ext, namer = new OutputNamer(root, ext));
    let target;
    try {
      target = namer.name(nameFromUrl(address));
    } catch (err) {
      throw new ExtractError("WRITE_FAILED", `${address}: --save-html: ${err.message}`);
    }
    await writeAtomic(target, page.data, root);
  }
  /**
   * The addresses of a --urls list (a file, or "-" for standard input), in order: one a line,
   * blank lines and lines starting with "#" skipped. A line that is not an http(s) address is
   * a BAD_URL document, so NDJSON output keeps one line per address line.
   */
  async *list(file, opts) {
    let lines;
    if (file === "-") {
      opts.onUnknownCount?.();
      const { boundedLines: boundedLines2 } = await import("./sources-W55AV2SJ.js");
      lines = (async function* () {
        for await (const item of boundedLines2(process.stdin, opts.maxBytes))
          yield "line" in item ? item.line : null;
      })();
    } else {
      let bytes;
      try {
        bytes = await readInput(file, opts.maxBytes);
      } catch (err) {
        yield { doc: { path: file, outName: "urls", error: err } };
        return;
      }
      lines = Buffer.from(bytes).toString("utf8").replace(/^\uFEFF/, "").split(/\r?\n/);
      opts.onCount?.(lines.filter((l) => l.trim() && !l.trim().startsWith("#")).length);
    }
    let n = 0;
    for await (const raw of lines) {
      n++;
      if (raw === null) {
        yield { doc: { path: file, entry: `line ${n}`, outName: `line-${n}`, error: new ExtractError("BAD_URL", `${file}: line ${n}: longer than ${opts.maxBytes} bytes, not an address`) } };
        continue;
      }
      const line = raw.trim();
      if (!line || line.startsWith("#"))
        continue;
      if (!isWebAddress(line)) {
        const shown = line.length > SHOWN_LINE_CHARS ? `${line.slice(0, SHOWN_LINE_CHARS)}\u2026` : line;
        yield { doc: { path: file, entry: `line ${n}`, outName: `line-${n}`, error: new ExtractError("BAD_URL", `${file}: line ${n}: "${shown}" is not an http:// or https:// address`) } };
        continue;
      }
      yield { doc: this.doc(line, file, line) };
    }
  }
};

// dist/batch/records.js
var DEFAULT_FIELDS = { text: "text", html: "html", url: "url", id: "id" };
function getField(value, path) {
  let at = value;
  for (const step of path.split(".")) {
    if (at === null || typeof at !== "object" || !Object.hasOwn(at, step))
      return void 0;
    at = at[step];
  }
  return at;
}
function recordFields(obj, fields = {}) {
  const mapped = fields.html !== void 0 || fields.text !== void 0;
  const html = mapped ? fields.html : DEFAULT_FIELDS.html;
  const text = mapped ? fields.text : DEFAULT_FIELDS.text;
  const idValue = getField(obj, fields.id ?? DEFAULT_FIELDS.id);
  const urlValue = getField(obj, fields.url ?? DEFAULT_FIELDS.url);
  const out = {
    ...typeof idValue === "string" || typeof idValue === "number" ? { id: String(idValue) } : {},
    ...typeof urlValue === "string" ? { url: urlValue } : {}
  };
  const h = html === void 0 ? void 0 : getField(obj, html);
  const t = text === void 0 ? void 0 : getField(obj, text);
  if (typeof h === "string")
    out.content = { data: h, inputFormat: "html" };
  else if (typeof t === "string")
    out.content = { data: t, inputFormat: "text" };
  else
    out.missing = [html, text].filter((f) => f !== void 0).map((f) => `"${f}"`).join(" or ");
  return out;
}
async function* jsonArrayItems(input, name, maxItem) {
  const { jsonParser } = await import("stream-json/parser.js");
  const { none, isMany, getManyValues } = await import("stream-chain/defs.js");
  const parse = jsonParser({ packValues: false });
  const decoder = new TextDecoder();
  let depth = 0;
  let size = 0;
  let over = false;
  let parts = [];
  const stack = [];
  const keys = [];
  let ready = null;
  let ended = false;
  let started = false;
  let sawText = false;
  const put = (v) => {
    if (over) {
      if (depth === 1)
        ready = { tooLarge: size };
      return;
    }
    const top = stack[stack.length - 1];
    if (!top)
      ready = { value: v };
    else if (Array.isArray(top))
      top.push(v);
    else
      top[keys[keys.length - 1]] = v;
  };
  const step = (t) => {
    if (ended)
      throw new Error("content after the end of the array");
    if (depth === 0 && t.name !== "startArray") {
      throw new ExtractError("UNREADABLE", `${name}: not a JSON array of records${t.name === "startObject" ? " (the file holds one object; wrap it in [ ])" : ""}`);
    }
    switch (t.name) {
      case "startArray":
      case "startObject":
        if (depth++ === 0)
          break;
        size++;
        if (!over) {
          stack.push(t.name === "startArray" ? [] : /* @__PURE__ */ Object.create(null));
          keys.push("");
        }
        break;
      case "endArray":
      case "endObject":
        if (--depth === 0) {
          ended = true;
          break;
        }
        if (over) {
          if (depth === 1)
            ready = { tooLarge: size };
          break;
        }
        keys.pop();
        put(stack.pop());
        break;
      case "startKey":
      case "startString":
      case "startNumber":
        parts = [];
        break;
      case "stringChunk":
      case "numberChunk": {
        const s = t.value;
        size += s.length;
        if (size > maxItem && !over) {
          over = true;
          stack.length = 0;
          keys.length = 0;
        }
        if (!over)
          parts.push(s);
        break;
      }
      case "endKey":
        if (!over)
          keys[keys.length - 1] = parts.join("");
        break;
      case "endString":
        put(over ? null : parts.join(""));
        break;
      case "endNumber":
        put(over ? null : Number(parts.join("")));
        break;
      case "nullValue":
      case "trueValue":
      case "falseValue":
        size += 4;
        put(t.value);
        break;
      default:
        break;
    }
  };
  function* run(chunk) {
    let out;
    try {
      out = parse(chunk);
    } catch (err) {
      if (!sawText)
        throw new ExtractError("EMPTY", `${name}: no JSON array of records (an empty file)`);
      throw new ExtractError("UNREADABLE", `${name}: invalid JSON (${String(err.message).split("\n", 1)[0]})`);
    }
    if (!isMany(out))
      return;
    for (const t of getManyValues(out)) {
      started = true;
      try {
        step(t);
      } catch (err) {
        if (err instanceof ExtractError)
          throw err;
        throw new ExtractError("UNREADABLE", `${name}: invalid JSON (${err.message})`);
      }
      if (ready) {
        const item = ready;
        ready = null;
        size = 0;
        over = false;
        yield item;
      }
    }
  }
  let first = true;
  for await (const chunk of input) {
    let text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text) {
      text = text.replace(/^\uFEFF/, "");
      first = false;
    }
    sawText ||= /\S/.test(text);
    if (text)
      yield* run(text);
  }
  yield* run(none);
  if (!started)
    throw new ExtractError("EMPTY", `${name}: no JSON array of records (an empty file)`);
  if (!ended)
    throw new ExtractError("UNREADABLE", `${name}: the JSON array is cut short`);
}

// dist/batch/sources.js
var DEFAULT_INCLUDE = ["**/*.{html,htm,xhtml,shtml,txt,text,md,markdown}"];
var WARC_CONTENT = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\b/i;
var ARCHIVE = /\.(zip|tar|tar\.gz|tgz|warc|warc\.gz|warc\.wet|warc\.wet\.gz|wet|wet\.gz|json|ndjson|jsonl)$/i;
var GLOB_CHARS = /[*?[\]{}]/;
function archiveKind(path) {
  const m = ARCHIVE.exec(path);
  if (!m)
    return null;
  const ext = m[1].toLowerCase();
  if (ext === "json")
    return "json";
  if (ext === "ndjson" || ext === "jsonl")
    return "ndjson";
  return ext === "zip" ? "zip" : ext.startsWith("warc") || ext.startsWith("wet") ? "warc" : "tar";
}
function archiveStem(path) {
  return basename(path).replace(ARCHIVE, "") || "archive";
}
function entryOutName(archivePath, name, fallback) {
  const segs = safeSegments(name);
  return `${archiveStem(archivePath)}/${segs.length ? segs.join("/") : fallback}`;
}
function tooLarge(path, entry, size, max) {
  return new ExtractError("TOO_LARGE", `${path}: ${entry}: entry is ${size} bytes, larger than the limit of ${max}`);
}
async function openZip(path) {
  const yauzl = (await import("yauzl")).default;
  return new Promise((res, rej) => yauzl.open(path, { lazyEntries: true, decodeStrings: false, autoClose: true }, (err, z) => err ? rej(err) : res(z)));
}
function nextEntry(zip) {
  return new Promise((res, rej) => {
    const onEntry = (e) => (cleanup(), res(e));
    const onEnd = () => (cleanup(), res(null));
    const onError = (e) => (cleanup(), rej(e));
    const cleanup = () => zip.off("entry", onEntry).off("end", onEnd).off("error", onError);
    zip.on("entry", onEntry).on("end", onEnd).on("error", onError);
    zip.readEntry();
  });
}
async function* zipDocs(path, opts, match) {
  const budget = new Budget(path, (await stat(path)).size, opts.maxTotal ?? DEFAULT_MAX_TOTAL);
  const directory = await openZip(path);
  try {
    const declared = new Budget(path, budget.archiveBytes, budget.maxTotal);
    for (let e = await nextEntry(directory); e; e = await nextEntry(directory))
      declared.charge(e.uncompressedSize);
  } finally {
    directory.close();
  }
  const zip = await openZip(path);
  const decoder = new TextDecoder("utf-8");
  let n = 0;
  try {
    for (; ; ) {
      const entry = await nextEntry(zip);
      if (!entry)
        return;
      const name = decoder.decode(entry.fileName);
      if (name.endsWith("/"))
        continue;
      const mode = entry.externalFileAttributes >>> 16 & 61440;
      if (mode === 40960) {
        yield { skip: { path: `${path}:${name}`, reason: "symbolic link in archive" } };
        continue;
      }
      if (!match(name))
        continue;
      const outName = entryOutName(path, name, `entry-${++n}`);
      if (entry.isEncrypted()) {
        yield { doc: { path, entry: name, outName, error: new ExtractError("UNREADABLE", `${path}: ${name}: encrypted zip entry (encryption is not supported)`) } };
        continue;
      }
      if (entry.uncompressedSize > opts.maxBytes) {
        yield { doc: { path, entry: name, outName, error: tooLarge(path, name, entry.uncompressedSize, opts.maxBytes) } };
        continue;
      }
      let read;
      try {
        const stream = await new Promise((res, rej) => zip.openReadStream(entry, (err, s) => err ? rej(err) : res(s)));
        read = await readBounded(stream, opts.maxBytes, { budget });
      } catch (err) {
        if (err instanceof BudgetExceeded)
          throw err;
        yield { doc: { path, entry: name, outName, error: new ExtractError("UNREADABLE", `${path}: ${name}: corrupt zip entry (${firstLine(err)})`) } };
        continue;
      }
      yield { doc: read.data ? { path, entry: name, outName, data: read.data } : { path, entry: name, outName, error: tooLarge(path, name, read.size, opts.maxBytes) } };
    }
  } finally {
    zip.close();
  }
}
var TAR_SKIPPED = {
  symlink: "symbolic link in archive",
  link: "hard link in archive",
  "character-device": "character device in archive",
  "block-device": "block device in archive",
  fifo: "fifo in archive"
};
async function* tarDocs(path, opts, match) {
  const tarStream = (await import("tar-stream")).default;
  const budget = new Budget(path, (await stat(path)).size, opts.maxTotal ?? DEFAULT_MAX_TOTAL);
  const extract = tarStream.extract();
  const gz = /\.(?:tgz|gz)$/i.test(path);
  const charge = new Transform({
    transform(chunk, _enc, cb) {
      try {
        budget.charge(chunk.length);
        cb(null, chunk);
      } catch (err2) {
        cb(err2);
      }
    }
  });
  const feeding = (gz ? pipeline(createReadStream(path), createGunzip2(), charge, extract) : pipeline(createReadStream(path), charge, extract)).catch((err2) => err2);
  let n = 0;
  try {
    for await (const entry of extract) {
      const { name, type, size } = entry.header;
      if (type !== "file" && type !== "contiguous-file") {
        const reason = type ? TAR_SKIPPED[type] ?? (type === "directory" ? null : `${type} entry in archive`) : null;
        if (reason)
          yield { skip: { path: `${path}:${name}`, reason } };
        entry.resume();
        continue;
      }
      if (!match(name)) {
        entry.resume();
        continue;
      }
      const outName = entryOutName(path, name, `entry-${++n}`);
      const { data, size: seen } = await readBounded(entry, opts.maxBytes, { drain: true });
      yield { doc: data ? { path, entry: name, outName, data } : { path, entry: name, outName, error: tooLarge(path, name, size ?? seen, opts.maxBytes) } };
    }
  } catch (err2) {
    const fed = await feeding;
    if (fed instanceof ExtractError)
      throw fed;
    throw err2;
  }
  const err = await feeding;
  if (err instanceof ExtractError)
    throw err;
  if (err)
    throw new ExtractError("UNREADABLE", `${path}: corrupt tar archive (${firstLine(err)})`);
}
var HTTP_HEAD_ALLOWANCE = 64 * 1024;
function parseHttp(block) {
  if (!block.subarray(0, 5).equals(Buffer.from("HTTP/")))
    return null;
  let end = block.indexOf("\r\n\r\n");
  let sep = 4;
  const lf = block.indexOf("\n\n");
  if (end < 0 || lf >= 0 && lf < end)
    [end, sep] = [lf, 2];
  const headText = (end < 0 ? block : block.subarray(0, end)).toString("latin1");
  const headers = /* @__PURE__ */ new Map();
  for (const line of headText.split(/\r?\n/).slice(1)) {
    const c = line.indexOf(":");
    if (c > 0)
      headers.set(line.slice(0, c).trim().toLowerCase(), line.slice(c + 1).trim());
  }
  return { headers, body: end < 0 ? Buffer.alloc(0) : block.subarray(end + sep) };
}
function dechunk(body) {
  const parts = [];
  let at = 0;
  for (; ; ) {
    const eol = body.indexOf("\r\n", at);
    if (eol < 0)
      return body;
    const size = parseInt(body.subarray(at, eol).toString("latin1").split(";", 1)[0].trim(), 16);
    if (!Number.isFinite(size) || size < 0)
      return body;
    if (size === 0)
      return Buffer.concat(parts);
    if (eol + 2 + size > body.length)
      return body;
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}
async function isGzip(path) {
  const fh = await open(path, "r");
  try {
    const head = Buffer.alloc(2);
    const { bytesRead } = await fh.read(head, 0, 2, 0);
    return bytesRead === 2 && head[0] === 31 && head[1] === 139;
  } finally {
    await fh.close();
  }
}
async function* warcDocs(path, opts) {
  const budget = new Budget(path, (await stat(path)).size, opts.maxTotal ?? DEFAULT_MAX_TOTAL);
  const file = createReadStream(path);
  let input = file;
  if (await isGzip(path)) {
    const gunzip = createGunzip2();
    file.on("error", (err) => gunzip.destroy(err));
    input = file.pipe(gunzip);
  }
  let records = 0;
  let problems = 0;
  const { readWarc } = await import("./warc-NG57EIYS.js");
  try {
    for await (const ev of readWarc(input, opts.maxBytes + HTTP_HEAD_ALLOWANCE, (n) => budget.charge(n))) {
      const uri = ev.headers?.get("warc-target-uri") || void 0;
      if (ev.kind === "problem") {
        problems++;
        const entry2 = ev.n ? `record ${ev.n}${uri ? ` (${uri})` : ""} at byte ${ev.offset}` : `byte ${ev.offset}`;
        yield { doc: { path, entry: entry2, ...uri ? { url: uri } : {}, outName: entryOutName(path, "", `record-${ev.n ?? 0}`), error: new ExtractError("UNREADABLE", `${path}: ${entry2}: ${ev.reason}`) } };
        continue;
      }
      records++;
      const n = ev.n;
      const label = uri ?? `record ${n}`;
      const type = ev.headers.get("warc-type") ?? "";
      if (type !== "response" && type !== "resource" && type !== "conversion") {
        yield { skip: { path: `${path}:${label}`, reason: `${type || "untyped"} record` } };
        continue;
      }
      const http = type === "response" ? parseHttp(ev.block ?? ev.head) : null;
      const contentType = (http ? http.headers.get("content-type") : ev.headers.get("content-type")) ?? (type === "conversion" ? "text/plain" : "");
      if (!WARC_CONTENT.test(contentType)) {
        yield { skip: { path: `${path}:${label}`, reason: `not HTML or text (${contentType || "no content type"})` } };
        continue;
      }
      const entry = uri ?? `record-${n}`;
      const outName = entryOutName(path, uri ? nameFromUrl(uri) : "", `record-${n}`);
      const lang = canonicalTag((ev.headers.get("warc-identified-content-language") ?? "").split(",", 1)[0]);
      const doc = { path, entry, ...uri ? { url: uri } : {}, outName, ...lang && lang !== "und" ? { lang } : {} };
      if (!ev.block) {
        yield { doc: { ...doc, error: tooLarge(path, entry, ev.length, opts.maxBytes) } };
        continue;
      }
      let body = http ? http.body : ev.block;
      try {
        if (http && /\bchunked\b/i.test(http.headers.get("transfer-encoding") ?? ""))
          body = dechunk(body);
        const coding = http?.headers.get("content-encoding");
        if (coding)
          body = await inflateBounded(body, coding, opts.maxBytes, `${path}: ${entry}`, budget);
      } catch (err) {
        if (err instanceof ExtractError && !(err instanceof BudgetExceeded)) {
          yield { doc: { ...doc, error: err } };
          continue;
        }
        throw err;
      }
      if (body.length > opts.maxBytes) {
        yield { doc: { ...doc, error: tooLarge(path, entry, body.length, opts.maxBytes) } };
        continue;
      }
      yield { doc: { ...doc, data: body, inputFormat: /text\/plain/i.test(contentType) ? "text" : "html" } };
    }
  } finally {
    file.destroy();
  }
  if (records === 0 && problems === 0)
    throw new ExtractError("UNREADABLE", `${path}: no WARC record found (an empty or non-WARC file)`);
}
var NDJSON_LINE_SLACK = 64 * 1024;
async function* boundedLines(input, maxLine) {
  let parts = [];
  let size = 0;
  let over = false;
  const finish = () => {
    const out = over ? { tooLong: size } : { line: Buffer.concat(parts).toString("utf8").replace(/\r$/, "") };
    parts = [];
    size = 0;
    over = false;
    return out;
  };
  let pending = false;
  for await (const chunk of input) {
    const buf = typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let from = 0;
    while (from <= buf.length) {
      const nl = buf.indexOf(10, from);
      const end = nl < 0 ? buf.length : nl;
      const piece = end - from;
      if (piece > 0)
        pending = true;
      size += piece;
      if (size > maxLine) {
        over = true;
        parts = [];
      } else if (piece > 0)
        parts.push(buf.subarray(from, end));
      if (nl < 0)
        break;
      pending = false;
      yield finish();
      from = nl + 1;
    }
  }
  if (pending || size > 0)
    yield finish();
}
async function* ndjsonDocs(opts, path = "-") {
  const maxLine = 2 * opts.maxBytes + NDJSON_LINE_SLACK;
  const input = path === "-" ? process.stdin : createReadStream(path);
  let n = 0;
  try {
    for await (const item of boundedLines(input, maxLine)) {
      n++;
      const entry = `line ${n}`;
      const outName = path === "-" ? `stdin-${n}` : entryOutName(path, "", `line-${n}`);
      if ("tooLong" in item) {
        yield { doc: { path, entry, outName, error: new ExtractError("TOO_LARGE", `${path}: ${entry}: line is ${item.tooLong} bytes, longer than the limit of ${maxLine} (twice --max-size)`) } };
        continue;
      }
      const line = item.line;
      if (!line.trim()) {
        yield { doc: { path, entry, outName, error: new ExtractError("EMPTY", `${path}: ${entry}: blank line, no record`) } };
        continue;
      }
      let obj;
      try {
        obj = JSON.parse(line);
        if (!obj || typeof obj !== "object" || Array.isArray(obj))
          throw new Error("not an object");
      } catch (err) {
        yield { doc: { path, entry, outName, error: new ExtractError("UNREADABLE", `${path}: ${entry}: invalid JSON (${err.message})`) } };
        continue;
      }
      yield recordDoc(obj, path, entry, outName, opts);
    }
  } finally {
    if (path !== "-")
      input.destroy();
  }
}
function recordDoc(obj, path, entry, outName, opts) {
  const f = recordFields(obj, opts.fields);
  const id = f.id ?? entry;
  const name = f.id === void 0 ? outName : path === "-" ? f.id : entryOutName(path, f.id, outName);
  const doc = { path, entry: id, ...f.url !== void 0 ? { url: f.url } : {}, outName: name };
  if (!f.content)
    return { doc: { ...doc, error: new ExtractError("EMPTY", `${path}: ${id}: record has no ${f.missing} string`) } };
  const bytes = Buffer.byteLength(f.content.data);
  if (bytes > opts.maxBytes)
    return { doc: { ...doc, error: new ExtractError("TOO_LARGE", `${path}: ${id}: record is ${bytes} bytes, larger than the limit of ${opts.maxBytes}`) } };
  return { doc: { ...doc, data: f.content.data, inputFormat: f.content.inputFormat } };
}
async function* jsonDocs(path, opts) {
  const maxItem = 2 * opts.maxBytes + NDJSON_LINE_SLACK;
  const file = createReadStream(path, { encoding: "utf8" });
  let n = 0;
  try {
    for await (const item of jsonArrayItems(file, path, maxItem)) {
      n++;
      const entry = `record ${n}`;
      const outName = entryOutName(path, "", `record-${n}`);
      if ("tooLarge" in item) {
        yield { doc: { path, entry, outName, error: new ExtractError("TOO_LARGE", `${path}: ${entry}: record is over ${maxItem} characters (twice --max-size)`) } };
      } else if (!item.value || typeof item.value !== "object" || Array.isArray(item.value)) {
        yield { doc: { path, entry, outName, error: new ExtractError("UNREADABLE", `${path}: ${entry}: not an object`) } };
      } else {
        yield recordDoc(item.value, path, entry, outName, opts);
      }
    }
  } finally {
    file.destroy();
  }
}
async function* folderDocs(dir, opts) {
  const { glob } = await import("tinyglobby");
  const files = await glob(opts.include.length ? opts.include : DEFAULT_INCLUDE, {
    cwd: dir,
    ignore: opts.exclude,
    onlyFiles: true,
    followSymbolicLinks: false,
    dot: false,
    absolute: false
  });
  const base = await realpath(dir).catch(() => resolve(dir));
  const outside = await notInOutDir(opts.outDir, base);
  const kept = files.filter((rel) => outside(join(base, rel))).sort();
  opts.onCount?.(kept.length);
  for (const rel of kept)
    yield* fileDocs(`${dir.replace(/[\\/]+$/, "")}/${rel}`, rel, opts);
}
async function notInOutDir(outDir, walked) {
  if (!outDir)
    return () => true;
  const out = await realpath(outDir).catch(() => resolve(outDir));
  if (walked !== void 0 && out === walked)
    return () => true;
  return (absolute) => !isInside(out, absolute);
}
async function* fileDocs(path, outName, opts) {
  let kind = archiveKind(path);
  if ((kind === "json" || kind === "ndjson") && !(await stat(path).catch(() => null))?.isFile())
    kind = null;
  const match = await entryMatcher(opts);
  if (kind)
    opts.onUnknownCount?.();
  try {
    if (kind === "zip")
      return yield* zipDocs(path, opts, match);
    if (kind === "tar")
      return yield* tarDocs(path, opts, match);
    if (kind === "warc")
      return yield* warcDocs(path, opts);
    if (kind === "json")
      return yield* jsonDocs(path, opts);
    if (kind === "ndjson")
      return yield* ndjsonDocs(opts, path);
  } catch (err) {
    const e = err instanceof ExtractError ? err : new ExtractError("UNREADABLE", `${path}: cannot read ${kind} archive (${err.message})`);
    yield { doc: { path, outName, error: e } };
    return;
  }
  yield { doc: { path, outName } };
}
async function entryMatcher(opts) {
  if (!opts.include.length && !opts.exclude.length)
    return () => true;
  const picomatch = (await import("picomatch")).default;
  const inc = opts.include.length ? picomatch(opts.include, { dot: false }) : null;
  const exc = opts.exclude.length ? picomatch(opts.exclude) : null;
  return (name) => (!inc || inc(name) || inc(basename(name))) && !(exc && (exc(name) || exc(basename(name))));
}
async function isSingleDocument(inputs, opts) {
  if (inputs.length !== 1 || opts.urls)
    return false;
  const input = inputs[0];
  if (isWebAddress(input))
    return true;
  if (input === "-")
    return !opts.ndjson;
  if (archiveKind(input))
    return false;
  return (await stat(input).catch(() => null))?.isFile() ?? false;
}
async function* documents(inputs, opts) {
  let web = null;
  const webInputs = async () => web ??= new WebInputs(opts.web ?? (await import("./defaults-NJ6WIB3R.js")).defaultWebOptions());
  for (const input of inputs) {
    if (isWebAddress(input)) {
      opts.onCount?.(1);
      yield { doc: (await webInputs()).doc(input, input) };
      continue;
    }
    if (input === "-") {
      if (opts.ndjson) {
        opts.onUnknownCount?.();
        yield* ndjsonDocs(opts);
      } else {
        opts.onCount?.(1);
        yield { doc: { path: "-", outName: "stdin" } };
      }
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      yield* folderDocs(input, opts);
    } else if (!info && GLOB_CHARS.test(input)) {
      const { glob } = await import("tinyglobby");
      const outside = await notInOutDir(opts.outDir);
      const files = (await glob([input], { onlyFiles: true, followSymbolicLinks: false, ignore: opts.exclude, absolute: false })).filter((f) => outside(resolve(f))).sort();
      if (files.length === 0)
        yield { doc: { path: input, outName: basename(input), error: new ExtractError("NOT_FOUND", `${input}: no file matches this pattern`) } };
      opts.onCount?.(files.length);
      for (const f of files)
        yield* fileDocs(f, basename(f), opts);
    } else {
      if (!archiveKind(input))
        opts.onCount?.(1);
      yield* fileDocs(input, basename(input), opts);
    }
  }
  if (opts.urls)
    yield* (await webInputs()).list(opts.urls, opts);
}

export {
  DEFAULT_MAX_TOTAL,
  MAX_UNPACK_RATIO,
  WaitAborted,
  isWebAddress,
  DEFAULT_INCLUDE,
  archiveKind,
  archiveStem,
  entryOutName,
  boundedLines,
  isSingleDocument,
  documents
};
