import {
  DEFAULT_DELAY_SECONDS,
  DEFAULT_FETCH_TIMEOUT_SECONDS,
  DEFAULT_PER_HOST,
  DEFAULT_RETRIES,
  defaultUserAgent
} from "./chunk-BJDA35CU.js";
import {
  DEFAULT_MAX_TOTAL,
  MAX_UNPACK_RATIO,
  WaitAborted,
  archiveKind,
  documents,
  isSingleDocument,
  isWebAddress
} from "./chunk-3URM6DK2.js";
import {
  OutputNamer,
  removeStaleTemporaryFiles,
  removeTemporaryFiles,
  sameFile,
  writeAtomic
} from "./chunk-QELOQFQE.js";
import {
  parseLangs
} from "./chunk-RA73VC3C.js";
import "./chunk-6MMM5J6Q.js";
import {
  budgetRunning
} from "./chunk-GUANEAVC.js";
import {
  CHOSE_STAGE
} from "./chunk-BLY5CGHA.js";
import {
  cleanName,
  stripControls
} from "./chunk-5WVJ2EEO.js";
import {
  ExtractError,
  UsageError,
  docName
} from "./chunk-ZA5YYWVB.js";
import "./chunk-45DHUUIA.js";

// dist/cli.js
import { Command, CommanderError, Option as Option2 } from "commander";
import { Chalk, supportsColorStderr } from "chalk";
import { existsSync as existsSync2, readFileSync, statSync as statSync2 } from "node:fs";
import { availableParallelism } from "node:os";

// dist/batch/run.js
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";

// dist/batch/timeout.js
var DEFAULT_TIMEOUT_SECONDS = 60;
var Slots = class {
  free;
  waiting = [];
  constructor(size) {
    this.free = size;
  }
  async acquire() {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise((resolve) => this.waiting.push(resolve));
  }
  release() {
    const next = this.waiting.shift();
    if (next)
      next();
    else
      this.free++;
  }
};
async function readStdin(task) {
  if (task.path !== "-" || task.data !== void 0)
    return { task };
  try {
    const { readInput } = await import("./read-ULRRMKND.js");
    return { task: { ...task, data: await readInput("-", task.maxBytes) } };
  } catch (err) {
    if (err instanceof ExtractError)
      return { failed: { ok: false, code: err.code, message: err.message } };
    throw err;
  }
}
var timeoutOutcome = (task, seconds3) => ({ ok: false, code: "TIMEOUT", message: `${docName(task)}: took longer than ${seconds3} s; skipped (--timeout)` });
async function runInThread(task, seconds3) {
  const read = await readStdin(task);
  if ("failed" in read)
    return read.failed;
  const timed = read.task;
  const [{ convert }, { withDeadline }] = await Promise.all([import("./convert-MSA67WHG.js"), import("./deadline-YSZWEKMN.js")]);
  const r = await withDeadline(seconds3, () => convert(timed));
  return r.expired ? timeoutOutcome(task, seconds3) : r.value;
}
async function runTimed(run2, task, seconds3, slots) {
  const read = await readStdin(task);
  if ("failed" in read)
    return read.failed;
  const timed = read.task;
  await slots.acquire();
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), seconds3 * 1e3);
  try {
    return await run2(timed, abort.signal);
  } catch (err) {
    if (!abort.signal.aborted)
      throw err;
    return timeoutOutcome(task, seconds3);
  } finally {
    clearTimeout(timer);
    slots.release();
  }
}

// dist/fetch/run.js
var FETCH_WINDOW = 16;
async function convertFetched(fetchDoc, task, runTask, interrupt) {
  const name = docName(task);
  let got;
  try {
    got = await fetchDoc(interrupt);
  } catch (err) {
    if (err instanceof WaitAborted || interrupt.aborted && err === interrupt.reason) {
      return { ok: false, skipped: true, code: "INTERRUPTED", message: `${name}: not fetched (interrupted)` };
    }
    if (err instanceof ExtractError)
      return { ok: false, code: err.code, message: err.message, ...err.stack ? { stack: err.stack } : {} };
    throw err;
  }
  if ("kind" in got)
    return { ok: false, skipped: true, code: got.code, message: got.message };
  const { url: _listed, ...rest } = task;
  return runTask({
    ...rest,
    data: got.data,
    fetchedUrl: got.url,
    ...got.charset ? { charset: got.charset } : {},
    ...got.inputFormat !== "auto" ? { inputFormat: got.inputFormat } : {}
  });
}

// dist/batch/run.js
var WINDOW_PER_JOB = 4;
var POOL_RECYCLE_DOCS = 1e3;
var WORKER_HEAP_MB = 128;
var BOUNDED_DOC_BYTES = 2 << 20;
var SUMMARY_REASONS = 5;
var EXTENSIONS = { md: ".md", json: ".json", ndjson: ".json", text: ".txt", html: ".html" };
var CHUNK_EXTENSION = ".ndjson";
async function makePool(jobs, warm, heapMb) {
  const { Piscina } = await import("piscina");
  const pool = new Piscina({
    filename: new URL("./worker.js", import.meta.url).href,
    minThreads: warm ? jobs : 1,
    maxThreads: jobs,
    idleTimeout: 1e3,
    ...heapMb ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {}
  });
  return { run: (task, signal) => pool.run(task, signal ? { signal } : {}), destroy: () => pool.destroy() };
}
var ndjsonSource = (doc) => ({ path: cleanName(doc.path), ...doc.entry ? { entry: cleanName(doc.entry) } : {}, ...doc.url ? { url: cleanName(doc.url) } : {} });
var outOfMemory = (err) => err?.code === "ERR_WORKER_OUT_OF_MEMORY";
var dataBytes = (task) => task.data === void 0 ? 0 : typeof task.data === "string" ? task.data.length * 3 : task.data.byteLength;
async function taskBytes(task) {
  if (task.data !== void 0)
    return dataBytes(task);
  if (task.path === "-" || task.entry)
    return 0;
  return (await stat(task.path).catch(() => null))?.size ?? 0;
}
async function runBatch(opts) {
  const t0 = process.hrtime.bigint();
  const summary = { converted: 0, skipped: 0, failed: 0, reasons: [], filtered: {}, seconds: 0, interrupted: false };
  const namer = opts.outDir ? new OutputNamer(opts.outDir, opts.task.render.chunk ? CHUNK_EXTENSION : EXTENSIONS[opts.task.render.format]) : null;
  const progress = opts.progress ? new (await import("./progress-BORPLNID.js")).Progress() : null;
  const base = opts.outDir ? { ...opts.sources, outDir: opts.outDir } : opts.sources;
  const sources = progress ? { ...base, onCount: (n) => progress.addTotal(n), onUnknownCount: () => progress.markUnknown() } : base;
  let pool = null;
  let roomy = null;
  let slots = null;
  let seen = 0;
  let sink = null;
  if (opts.output) {
    try {
      sink = await (await import("./sink-7MN5CAWU.js")).FileSink.open(opts.output);
    } catch (err) {
      summary.failed++;
      summary.reasons.push(err.message);
      opts.error(err.message);
      return summary;
    }
  }
  if (opts.outDir) {
    const info = await stat(opts.outDir).catch(() => null);
    if (info && !info.isDirectory()) {
      const message = cleanName(`${opts.outDir}: cannot write (--out-dir is a file, not a folder)`);
      summary.failed++;
      summary.reasons.push(message);
      opts.error(message);
      return summary;
    }
    if (info)
      await removeStaleTemporaryFiles(opts.outDir);
  }
  const emit = (data) => {
    if (sink)
      sink.write(data);
    else
      process.stdout.write(data);
  };
  let stopping = false;
  const interrupt = new AbortController();
  const onSigint = () => {
    if (stopping) {
      removeTemporaryFiles();
      sink?.abort();
      process.exit(130);
    }
    stopping = true;
    summary.interrupted = true;
    interrupt.abort(new WaitAborted("interrupted"));
    progress?.stop();
    opts.error("interrupted: finishing the documents in flight (Ctrl-C again to stop now)");
  };
  process.on("SIGINT", onSigint);
  const fail = (doc, code, rawMessage, stack) => {
    const message = cleanName(rawMessage);
    summary.failed++;
    if (summary.reasons.length < SUMMARY_REASONS)
      summary.reasons.push(message);
    progress?.clearLine();
    opts.error(message);
    if (opts.debug && stack)
      opts.log(stack);
    if (opts.task.render.format === "ndjson" && !opts.outDir) {
      emit(JSON.stringify({ source: ndjsonSource(doc), error: { code, message } }) + "\n");
    }
  };
  const settle = async (p) => {
    const outcome = await p.result.catch((err) => ({ ok: false, code: "INTERNAL", message: `${p.doc.path}: internal error: ${String(err.message).split("\n", 1)[0]}`, stack: err.stack }));
    if (!outcome.ok && outcome.skipped) {
      summary.skipped++;
      if (outcome.code !== "INTERRUPTED" && opts.notice) {
        progress?.clearLine();
        opts.notice(cleanName(outcome.message));
      }
      if (opts.task.render.format === "ndjson" && !opts.outDir) {
        emit(JSON.stringify({ source: ndjsonSource(p.doc), skipped: { code: outcome.code, message: cleanName(outcome.message) } }) + "\n");
      }
    } else if (!outcome.ok) {
      fail(p.doc, outcome.code, outcome.message, outcome.stack);
    } else if ("skipped" in outcome) {
      summary.skipped++;
      const kind = outcome.skipped.replace(/ \(.*$/, "");
      summary.filtered[kind] = (summary.filtered[kind] ?? 0) + 1;
      if (opts.debug)
        opts.log(cleanName(`skipped ${docName(p.doc)}: ${outcome.skipped}`));
    } else {
      if (outcome.removed)
        opts.explain(docName(p.doc), outcome.removed);
      if (p.target) {
        try {
          await writeAtomic(p.target, outcome.output, opts.outDir);
          summary.converted++;
          if (opts.debug)
            opts.log(cleanName(`${docName(p.doc)} -> ${p.target}`));
        } catch (err) {
          fail(p.doc, "WRITE_FAILED", err.message);
        }
      } else {
        emit(outcome.output);
        summary.converted++;
      }
    }
    progress?.update(summary);
  };
  const pending = [];
  let pooled = 0;
  const poolFor = async (warm) => {
    if (pool && pooled >= POOL_RECYCLE_DOCS) {
      while (pending.length)
        await settle(pending.shift());
      await pool.destroy();
      pool = null;
      pooled = 0;
    }
    pool ??= await makePool(opts.jobs, warm, WORKER_HEAP_MB);
    pooled++;
    const bounded = pool;
    return {
      run: async (task, signal) => {
        if (await taskBytes(task) <= BOUNDED_DOC_BYTES) {
          try {
            return await bounded.run(task, signal);
          } catch (err) {
            if (!outOfMemory(err) || signal?.aborted)
              throw err;
          }
        }
        roomy ??= await makePool(opts.jobs, false);
        return roomy.run(task, signal);
      },
      destroy: () => bounded.destroy()
    };
  };
  const single = opts.timeout > 0 && await isSingleDocument(opts.inputs, opts.sources);
  const window = Math.max(Math.max(1, opts.jobs) * WINDOW_PER_JOB, opts.inputs.some(isWebAddress) || opts.sources.urls ? FETCH_WINDOW : 0);
  try {
    for await (const item of documents(opts.inputs, sources)) {
      if (stopping)
        break;
      if ("skip" in item) {
        summary.skipped++;
        if (opts.debug)
          opts.log(cleanName(`skipped ${item.skip.path}: ${item.skip.reason}`));
        progress?.update(summary);
        continue;
      }
      const doc = item.doc;
      seen++;
      let target = null;
      if (namer) {
        try {
          target = namer.name(doc.outName);
        } catch (err) {
          fail(doc, "WRITE_FAILED", `${doc.path}: ${err.message}`);
          continue;
        }
        if (!doc.entry && doc.path !== "-" && sameFile(target, doc.path)) {
          fail(doc, "WRITE_FAILED", `${doc.path}: refusing to overwrite the input with its output; choose another --out-dir`);
          continue;
        }
        if (opts.skipExisting && existsSync(target)) {
          summary.skipped++;
          progress?.update(summary);
          continue;
        }
      }
      const task = { ...opts.task, path: doc.path, ...doc.entry ? { entry: doc.entry } : {}, ...doc.url ? { url: doc.url } : {}, ...doc.data !== void 0 ? { data: doc.data } : {}, ...doc.inputFormat ? { inputFormat: doc.inputFormat } : {}, ...doc.lang ? { recordLang: doc.lang } : {} };
      let result;
      let runTask = (t) => import("./convert-MSA67WHG.js").then((m) => m.convert(t));
      if (doc.error) {
        result = Promise.resolve({ ok: false, code: doc.error.code, message: doc.error.message, ...doc.error.stack ? { stack: doc.error.stack } : {} });
      } else {
        if (opts.timeout > 0 && single && !budgetRunning()) {
          runTask = (t) => runInThread(t, opts.timeout);
        } else if (opts.timeout > 0) {
          const p = await poolFor(false);
          const s = slots ??= new Slots(opts.jobs);
          runTask = (t) => runTimed((tt, signal) => p.run(tt, signal), t, opts.timeout, s);
        } else if (opts.jobs > 1 && seen > 1) {
          const p = await poolFor(true);
          runTask = (t) => p.run(t);
        }
        result = doc.fetch ? convertFetched(doc.fetch, task, runTask, interrupt.signal) : runTask(task);
      }
      result.catch(() => void 0);
      pending.push({ doc, target, result });
      while (pending.length >= window)
        await settle(pending.shift());
    }
  } catch (err) {
    summary.failed++;
    const message = cleanName(err.message);
    if (summary.reasons.length < SUMMARY_REASONS)
      summary.reasons.push(message);
    opts.error(message);
  }
  while (pending.length)
    await settle(pending.shift());
  process.off("SIGINT", onSigint);
  progress?.stop();
  await pool?.destroy();
  await roomy?.destroy();
  if (sink) {
    try {
      await sink.commit();
    } catch (err) {
      summary.failed += summary.converted;
      summary.converted = 0;
      if (summary.reasons.length < SUMMARY_REASONS)
        summary.reasons.push(err.message);
      opts.error(err.message);
    }
  }
  summary.seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return summary;
}

// dist/fetch/cli-options.js
import { Option } from "commander";
var count = (name, min) => (v) => {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || n < min)
    throw new UsageError(`${name}: "${v}" is not a whole number${min ? ` of at least ${min}` : ""}`);
  return n;
};
var seconds = (name) => (v) => {
  const n = Number(v);
  if (!/^\d+(?:\.\d+)?$/.test(v.trim()) || !Number.isFinite(n))
    throw new UsageError(`${name}: "${v}" is not a number of seconds`);
  return n;
};
var WEB_EXAMPLES = `
Web addresses:
  $ article-extract https://example.com/news/a     fetch one page (only that address) and convert it
  $ article-extract --urls list.txt -f ndjson      one address a line, NDJSON in list order
  $ article-extract --urls - --out-dir out/ --respect-robots < list.txt`;
function addWebOptions(program) {
  return program.option("--urls <file>", 'a list of web addresses to fetch and convert, one a line ("-": standard input; blank lines and # comments skipped)').option("--fetch-timeout <seconds>", `time for one request, headers and body; 0 for none`, seconds("--fetch-timeout"), DEFAULT_FETCH_TIMEOUT_SECONDS).option("--retries <n>", `further tries after a 429 or 503 answer, after its Retry-After or a backoff`, count("--retries", 0), DEFAULT_RETRIES).option("--per-host <n>", `requests in flight to one host at most`, count("--per-host", 1), DEFAULT_PER_HOST).option("--delay <seconds>", `least time between the starts of two requests to one host`, seconds("--delay"), DEFAULT_DELAY_SECONDS).addOption(new Option("--user-agent <string>", "the User-Agent header sent (default: article-extract/<version> and its address)")).option("--respect-robots", "read each host's robots.txt once and skip the addresses it disallows (reported as skipped)", false).option("--save-html <dir>", "keep each fetched body in this folder (<host>/<path>.html), to repeat a run offline");
}
function checkWebUsage(inputs, opts) {
  if (opts.urls !== void 0) {
    if (opts.urls === "-" && inputs.includes("-"))
      throw new UsageError('standard input ("-") can be read only once: --urls - and the input -');
    if (opts.inputFormat === "ndjson")
      throw new UsageError("--urls cannot be used with --input-format ndjson (both read a list)");
    if (opts.url)
      throw new UsageError("--url names one page; with --urls each page has its own address");
    if (!opts.outDir && opts.format !== "ndjson")
      throw new UsageError("--urls gives several documents: use --format ndjson (one JSON object a line) or --out-dir DIR");
  }
  if (opts.userAgent !== void 0 && (!opts.userAgent.trim() || /[\r\n\u0000-\u001f\u007f]/.test(opts.userAgent))) {
    throw new UsageError("--user-agent: must be one line of visible characters");
  }
  const fetches = opts.urls !== void 0 || inputs.some(isWebAddress);
  if (!fetches) {
    const given = ["respectRobots", "saveHtml"].filter((k) => opts[k]);
    if (given.length)
      throw new UsageError(`--${given[0] === "respectRobots" ? "respect-robots" : "save-html"} needs a web address (an https:// argument or --urls)`);
  }
}
function webOptionsFrom(opts) {
  return {
    timeoutMs: opts.fetchTimeout * 1e3,
    maxBytes: opts.maxSize,
    retries: opts.retries,
    perHost: opts.perHost,
    delayMs: opts.delay * 1e3,
    userAgent: opts.userAgent?.trim() || defaultUserAgent(),
    respectRobots: opts.respectRobots,
    inputFormat: opts.inputFormat === "html" || opts.inputFormat === "text" ? opts.inputFormat : "auto",
    ...opts.saveHtml ? { saveHtml: opts.saveHtml } : {}
  };
}

// dist/batch/record-options.js
import { statSync } from "node:fs";
var FIELD_OPTIONS = [
  { key: "textField", flag: "--text-field", field: "text" },
  { key: "htmlField", flag: "--html-field", field: "html" },
  { key: "urlField", flag: "--url-field", field: "url" },
  { key: "idField", flag: "--id-field", field: "id" }
];
var fieldPath = (flag) => (v) => {
  if (!v || v.split(".").some((step) => step === ""))
    throw new UsageError(`${flag}: "${v}" is not a field path (names joined by dots: page.content)`);
  return v;
};
function fieldsFrom(opts) {
  const map = {};
  for (const o of FIELD_OPTIONS)
    if (opts[o.key] !== void 0)
      map[o.field] = opts[o.key];
  return map;
}
function needsRecords(inputs, ndjsonStdin) {
  return inputs.some((i) => {
    if (i === "-")
      return ndjsonStdin;
    const kind = archiveKind(i);
    if (kind === "json" || kind === "ndjson")
      return true;
    if (kind)
      return false;
    try {
      return statSync(i).isDirectory();
    } catch {
      return /[*?[\]{}]/.test(i);
    }
  });
}

// dist/cli.js
var EXIT = { OK: 0, INPUT_FAILED: 1, USAGE: 2, INTERRUPTED: 130 };
var EXPLAIN_WIDTH = 100;
var DEFAULT_MAX_SIZE = 64 * 1024 * 1024;
function version() {
  const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
  return pkg.version;
}
var EXAMPLES = `
Examples:
  $ article-extract page.html                      Markdown with front matter on stdout
  $ article-extract --format json story.txt        the article as JSON (schema in the README)
  $ curl -s https://example.com/a | article-extract --url https://example.com/a -
  $ article-extract --format ndjson *.html | jq -r .title
  $ article-extract --out-dir out/ pages/          every page under pages/ -> out/<same path>.md
  $ article-extract --out-dir out/ crawl.warc.gz   HTML responses of a web archive
  $ article-extract --input-format ndjson -f ndjson < in.ndjson > out.ndjson
  $ article-extract --format html --url https://example.com/a page.html > clean.html
  $ article-extract --no-links --no-images page.html   Markdown for a search index or a model
  $ article-extract -f ndjson --chunk 300 pages/   chunks of at most 300 words, one a line
  $ article-extract -f ndjson --lang en --min-words 150 crawl.warc.wet.gz
                                                   Common Crawl page texts: English, 150 words or more
  $ article-extract -f ndjson --url-field link --text-field content export.json
                                                   a scraper's export with its own field names
  $ article-extract --explain story.txt >/dev/null what was removed as boilerplate, and why
  $ article-extract --rules site.yaml pages/ -f ndjson   with site rules (README "Site rules")
  $ article-extract rules check site.yaml          check a rule file
  $ article-extract rules test site.yaml page.html the text before and after the rules

Exit codes: 0 all inputs converted, 1 an input could not be converted, 2 usage error,
130 interrupted (Ctrl-C).`;
var positiveInt = (name) => (v) => {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0)
    throw new UsageError(`${name}: "${v}" is not a positive whole number`);
  return n;
};
var seconds2 = (name) => (v) => {
  const n = Number(v);
  if (!/^\d+(?:\.\d+)?$/.test(v.trim()) || !Number.isFinite(n))
    throw new UsageError(`${name}: "${v}" is not a number of seconds (0 for no limit)`);
  return n;
};
var collectList = (v, prev) => [...prev, v];
function buildProgram() {
  return addWebOptions(new Command().name("article-extract").description("Turn scraped web articles (raw HTML or raw text) into clean Markdown, JSON, HTML or text.").version(version(), "-V, --version").argument("[inputs...]", 'files, folders, globs, archives (.zip .tar .tar.gz .tgz .warc .warc.gz, WET .warc.wet.gz .wet), records (.json array, .ndjson, .jsonl), web addresses (http:// or https://); "-" (or nothing, with piped input) reads standard input').addOption(new Option2("-f, --format <format>", "output format").choices(["md", "json", "ndjson", "text", "html"]).default("md")).option("-o, --output <file>", "write the output to this file instead of stdout").option("--out-dir <dir>", "write one file per document into this folder, mirroring input paths").addOption(new Option2("--input-format <kind>", 'input kind; auto sniffs each input; ndjson reads {"html"|"text", "url", "id"} lines from stdin').choices(["auto", "html", "text", "ndjson"]).default("auto")).option("--url <url>", "the page's address: resolves relative links and fills the url field").addOption(new Option2("--dom <engine>", "DOM engine for HTML input (jsdom is also the fallback when linkedom fails)").choices(["linkedom", "jsdom"]).default("linkedom")).option("--no-front-matter", "Markdown without the YAML front matter").option("--quotes", 'Markdown: add a "Quotes" section listing each quote and its speaker', false).option("--no-links", "Markdown: keep the text of links, drop their targets").option("--no-images", "Markdown: drop images (and image captions)").addOption(new Option2("--link-style <style>", "Markdown: inline links, or referenced (numbered, listed after the body)").choices(["inline", "referenced"]).default("inline")).option("--chunk <words>", "ndjson: one line per chunk of at most this many words, split between blocks (headings first)", positiveInt("--chunk")).option("--explain", "on stderr, list every line or block removed and the rule that removed it", false).option("-j, --jobs <n>", "documents converted in parallel (worker threads)", positiveInt("--jobs"), availableParallelism()).option("--include <glob>", "in folders and archives, convert only matching files (repeatable)", collectList, []).option("--exclude <glob>", "in folders and archives, skip matching files (repeatable)", collectList, []).option("--skip-existing", "with --out-dir, skip documents whose output file exists (resume a run)", false).option("--no-progress", "no progress bar (it is shown only on a terminal anyway)").option("--max-size <bytes>", "largest input to read, in bytes (a file, an archive entry, a WARC record body, an NDJSON record)", positiveInt("--max-size"), DEFAULT_MAX_SIZE).option("--max-total <bytes>", `largest total one archive may unpack to, in bytes (default ${DEFAULT_MAX_TOTAL}, 4 GiB); an archive unpacking to over ${MAX_UNPACK_RATIO} times its own size stops too`, positiveInt("--max-total"), DEFAULT_MAX_TOTAL).option("--timeout <seconds>", "time budget per document; a slower one is reported (TIMEOUT) and skipped; 0 for none", seconds2("--timeout"), DEFAULT_TIMEOUT_SECONDS).option("--lang <codes>", "keep only documents in these languages (comma-separated: en,de); others are skipped", parseLangs).option("--min-words <n>", "keep only documents whose body has at least n words; shorter ones are skipped", positiveInt("--min-words")).option("--text-field <path>", "NDJSON/JSON records: the field holding the text (dotted path: page.content)", fieldPath("--text-field")).option("--html-field <path>", "NDJSON/JSON records: the field holding the HTML", fieldPath("--html-field")).option("--url-field <path>", "NDJSON/JSON records: the field holding the page's URL", fieldPath("--url-field")).option("--id-field <path>", "NDJSON/JSON records: the field holding the record id", fieldPath("--id-field")).option("--rules <file>", 'site rules (YAML or JSON, see README "Site rules"), applied in order (repeatable); check with "article-extract rules check FILE"', collectList, []).option("--debug", "print stack traces for errors, and skipped archive records", false).option("-q, --quiet", "print no messages except errors", false).addHelpText("after", WEB_EXAMPLES + "\n" + EXAMPLES).showSuggestionAfterError().exitOverride());
}
function isMulti(input, opts) {
  if (isWebAddress(input))
    return false;
  if (input === "-")
    return opts.inputFormat === "ndjson";
  if (archiveKind(input))
    return true;
  try {
    return statSync2(input).isDirectory();
  } catch {
    return /[*?[\]{}]/.test(input);
  }
}
function checkUsage(inputs, opts) {
  if (opts.output && opts.outDir)
    throw new UsageError("--output and --out-dir cannot be used together");
  const overwritten = opts.output ? inputs.find((i) => i !== "-" && sameFile(i, opts.output)) : void 0;
  if (overwritten)
    throw new UsageError(`--output ${opts.output} is the input ${overwritten}: the output would replace it`);
  const multi = inputs.length > 1 || inputs.some((i) => isMulti(i, opts));
  if (multi && !opts.outDir && opts.format !== "ndjson") {
    throw new UsageError("several documents need --format ndjson (one JSON object a line) or --out-dir DIR");
  }
  if (inputs.filter((i) => i === "-").length > 1)
    throw new UsageError('standard input ("-") can be read only once');
  if (opts.inputFormat === "ndjson" && inputs.some((i) => i !== "-"))
    throw new UsageError("--input-format ndjson reads standard input only");
  if (opts.chunk !== void 0 && opts.format !== "ndjson")
    throw new UsageError("--chunk needs --format ndjson");
  if (opts.skipExisting && !opts.outDir)
    throw new UsageError("--skip-existing needs --out-dir");
  checkWebUsage(inputs, opts);
  const given = FIELD_OPTIONS.find((o) => opts[o.key] !== void 0);
  if (given && !needsRecords(inputs, opts.inputFormat === "ndjson"))
    throw new UsageError(`${given.flag} reads NDJSON or JSON records: give --input-format ndjson for standard input, or a .json, .ndjson or .jsonl file`);
  if (opts.url) {
    try {
      new URL(opts.url);
    } catch {
      throw new UsageError(`--url: "${opts.url}" is not an absolute URL`);
    }
  }
}
async function main(argv) {
  try {
    await run(argv);
  } catch (err) {
    const e = err;
    process.stderr.write(`article-extract: internal error: ${cleanName(stripControls(e?.message ?? String(err)).split("\n", 1)[0])}${argv.includes("--debug") ? `
${e?.stack ?? ""}` : " (run with --debug for details)"}
`);
    process.exitCode = EXIT.INPUT_FAILED;
  }
}
async function run(argv) {
  const color = new Chalk({ level: process.env.NO_COLOR || !process.stderr.isTTY ? 0 : (supportsColorStderr || { level: 0 }).level });
  const say = (line) => process.stderr.write(cleanName(line) + "\n");
  const fail = (line) => process.stderr.write(`${color.red("article-extract:")} ${cleanName(line)}
`);
  const sayLines = (text) => process.stderr.write(stripControls(text) + "\n");
  process.stdout.on("error", (err) => {
    if (err.code === "EPIPE")
      process.exit(process.exitCode ?? 0);
    fail(`cannot write to standard output (${err.code ?? err.message})`);
    process.exit(EXIT.INPUT_FAILED);
  });
  if (argv[2] === "rules" && (["check", "test", "help", "--help", "-h"].includes(argv[3]) || argv.length === 3 && !existsSync2("rules"))) {
    const { runRulesCommand } = await import("./command-AFYVKWM6.js");
    process.exitCode = await runRulesCommand(argv.slice(3), { out: (s) => process.stdout.write(s), fail });
    return;
  }
  const program = buildProgram();
  program.configureOutput({
    writeErr: (s) => process.stderr.write(s),
    outputError: (s, write) => write(`${color.red("article-extract:")} ${s.replace(/^error: /, "")}`)
  });
  let opts;
  let inputs;
  let ruleSets;
  try {
    program.parse(argv);
    opts = program.opts();
    inputs = program.args.length ? [...program.args] : [];
    if (inputs.length === 0 && opts.urls === void 0) {
      if (process.stdin.isTTY)
        throw new UsageError('no input given (a file, or "-" for standard input); see --help');
      inputs = ["-"];
    }
    checkUsage(inputs, opts);
    if (opts.rules.length)
      ruleSets = (await import("./load-OP5LSX5C.js")).loadRuleFiles(opts.rules);
  } catch (err) {
    if (err instanceof CommanderError) {
      process.exitCode = err.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
      return;
    }
    if (err instanceof UsageError) {
      fail(err.message);
      process.exitCode = EXIT.USAGE;
      return;
    }
    throw err;
  }
  const KEEP_STAGE = opts.explain ? (await import("./parse-X4RHINME.js")).KEEP_STAGE : null;
  const explain = (input, removed) => {
    const dropped = removed.filter((r) => r.stage !== KEEP_STAGE && r.stage !== CHOSE_STAGE);
    process.stderr.write(color.bold(`${cleanName(input)}: ${dropped.length} removed`) + "\n");
    for (const r of removed) {
      const mark = r.stage === KEEP_STAGE ? "keep" : r.stage === CHOSE_STAGE ? "chose" : "drop";
      process.stderr.write(`  ${mark} ${color.yellow(r.rule.padEnd(28))} ${stripControls(r.text).replace(/\s+/g, " ").slice(0, EXPLAIN_WIDTH)}
`);
    }
  };
  const ndjsonIn = opts.inputFormat === "ndjson";
  const summary = await runBatch({
    inputs,
    sources: { include: opts.include, exclude: opts.exclude, maxBytes: opts.maxSize, maxTotal: opts.maxTotal, ndjson: ndjsonIn, fields: fieldsFrom(opts), web: webOptionsFrom(opts), ...opts.urls !== void 0 ? { urls: opts.urls } : {} },
    task: {
      inputFormat: ndjsonIn ? "auto" : opts.inputFormat,
      maxBytes: opts.maxSize,
      render: { format: opts.format, frontMatter: opts.frontMatter, quotes: opts.quotes, links: opts.links, images: opts.images, linkStyle: opts.linkStyle, ...opts.chunk ? { chunk: opts.chunk } : {} },
      extract: { url: opts.url ?? null, dom: opts.dom, ...ruleSets ? { rules: ruleSets } : {} },
      explain: opts.explain,
      ...opts.lang || opts.minWords ? { filter: { ...opts.lang ? { langs: opts.lang } : {}, ...opts.minWords ? { minWords: opts.minWords } : {} } } : {}
    },
    ...opts.outDir ? { outDir: opts.outDir } : {},
    ...opts.output ? { output: opts.output } : {},
    jobs: opts.jobs,
    timeout: opts.timeout,
    skipExisting: opts.skipExisting,
    progress: opts.progress && !opts.quiet && !!process.stderr.isTTY,
    debug: opts.debug,
    log: sayLines,
    error: (line) => fail(line + (opts.debug || !/internal error/.test(line) ? "" : " (run with --debug for details)")),
    explain,
    ...opts.quiet ? {} : { notice: say }
  });
  const total = summary.converted + summary.failed + summary.skipped;
  if (!opts.quiet && (total > 1 || summary.interrupted || Object.keys(summary.filtered).length > 0)) {
    const rate = summary.converted / Math.max(summary.seconds, 1e-3);
    const filtered = Object.entries(summary.filtered).map(([kind, n]) => `${n} ${kind}`).join(", ");
    say(`${summary.interrupted ? "interrupted: " : ""}converted ${summary.converted}, skipped ${summary.skipped}${filtered ? ` (${filtered})` : ""}, failed ${summary.failed} in ${summary.seconds.toFixed(1)} s (${rate.toFixed(1)} docs/s)`);
    if (summary.failed)
      for (const r of summary.reasons)
        say(`  ${r}`);
  }
  process.exitCode = summary.interrupted ? EXIT.INTERRUPTED : summary.failed ? EXIT.INPUT_FAILED : EXIT.OK;
}
export {
  EXIT,
  main
};
