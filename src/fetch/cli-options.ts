/**
 * The command-line options for web addresses, kept apart from src/cli.ts: their definitions,
 * their usage checks, and the fetch settings they give.
 */
import { Command, Option } from 'commander';
import { UsageError } from '../errors.js';
import type { InputFormat } from '../model.js';
import { DEFAULT_DELAY_SECONDS, DEFAULT_FETCH_TIMEOUT_SECONDS, DEFAULT_PER_HOST, DEFAULT_RETRIES, defaultUserAgent } from './defaults.js';
import { isWebAddress, type WebOptions } from './source.js';

export interface WebCliOptions {
  urls?: string;
  fetchTimeout: number;
  retries: number;
  perHost: number;
  delay: number;
  userAgent?: string;
  respectRobots: boolean;
  saveHtml?: string;
}

const count = (name: string, min: number) => (v: string) => {
  const n = Number(v);
  if (!/^\d+$/.test(v.trim()) || n < min) throw new UsageError(`${name}: "${v}" is not a whole number${min ? ` of at least ${min}` : ''}`);
  return n;
};
const seconds = (name: string) => (v: string) => {
  const n = Number(v);
  if (!/^\d+(?:\.\d+)?$/.test(v.trim()) || !Number.isFinite(n)) throw new UsageError(`${name}: "${v}" is not a number of seconds`);
  return n;
};

export const WEB_EXAMPLES = `
Web addresses:
  $ article-extract https://example.com/news/a     fetch one page (only that address) and convert it
  $ article-extract --urls list.txt -f ndjson      one address a line, NDJSON in list order
  $ article-extract --urls - --out-dir out/ --respect-robots < list.txt`;

/** Adds the web options to the program. */
export function addWebOptions(program: Command): Command {
  return program
    .option('--urls <file>', 'a list of web addresses to fetch and convert, one a line ("-": standard input; blank lines and # comments skipped)')
    .option('--fetch-timeout <seconds>', `time for one request, headers and body; 0 for none`, seconds('--fetch-timeout'), DEFAULT_FETCH_TIMEOUT_SECONDS)
    .option('--retries <n>', `further tries after a 429 or 503 answer, after its Retry-After or a backoff`, count('--retries', 0), DEFAULT_RETRIES)
    .option('--per-host <n>', `requests in flight to one host at most`, count('--per-host', 1), DEFAULT_PER_HOST)
    .option('--delay <seconds>', `least time between the starts of two requests to one host`, seconds('--delay'), DEFAULT_DELAY_SECONDS)
    .addOption(new Option('--user-agent <string>', 'the User-Agent header sent (default: article-extract/<version> and its address)'))
    .option('--respect-robots', "read each host's robots.txt once and skip the addresses it disallows (reported as skipped)", false)
    .option('--save-html <dir>', 'keep each fetched body in this folder (<host>/<path>.html), to repeat a run offline');
}

/** Usage errors of the web options, given the inputs and the batch options. */
export function checkWebUsage(inputs: string[], opts: WebCliOptions & { url?: string; outDir?: string; format: string; inputFormat: string }): void {
  if (opts.urls !== undefined) {
    if (opts.urls === '-' && inputs.includes('-')) throw new UsageError('standard input ("-") can be read only once: --urls - and the input -');
    if (opts.inputFormat === 'ndjson') throw new UsageError('--urls cannot be used with --input-format ndjson (both read a list)');
    if (opts.url) throw new UsageError('--url names one page; with --urls each page has its own address');
    if (!opts.outDir && opts.format !== 'ndjson') throw new UsageError('--urls gives several documents: use --format ndjson (one JSON object a line) or --out-dir DIR');
  }
  if (opts.userAgent !== undefined && (!opts.userAgent.trim() || /[\r\n\u0000-\u001f\u007f]/.test(opts.userAgent))) {
    throw new UsageError('--user-agent: must be one line of visible characters');
  }
  const fetches = opts.urls !== undefined || inputs.some(isWebAddress);
  if (!fetches) {
    const given = (['respectRobots', 'saveHtml'] as const).filter((k) => opts[k]);
    if (given.length) throw new UsageError(`--${given[0] === 'respectRobots' ? 'respect-robots' : 'save-html'} needs a web address (an https:// argument or --urls)`);
  }
}

/** The fetch settings the options give. */
export function webOptionsFrom(opts: WebCliOptions & { maxSize: number; inputFormat: string }): WebOptions {
  return {
    timeoutMs: opts.fetchTimeout * 1000,
    maxBytes: opts.maxSize,
    retries: opts.retries,
    perHost: opts.perHost,
    delayMs: opts.delay * 1000,
    userAgent: opts.userAgent?.trim() || defaultUserAgent(),
    respectRobots: opts.respectRobots,
    inputFormat: opts.inputFormat === 'html' || opts.inputFormat === 'text' ? (opts.inputFormat as InputFormat) : 'auto',
    ...(opts.saveHtml ? { saveHtml: opts.saveHtml } : {}),
  };
}
