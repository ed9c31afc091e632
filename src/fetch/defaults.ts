/**
 * Defaults of the fetch options, each with how it was chosen, and the User-Agent.
 */
import { readFileSync } from 'node:fs';
import type { WebOptions } from './source.js';
import { packageFile } from '../package-files.js';

/** --fetch-timeout, seconds per request (headers and body): real article pages answer in well under 10 s; 30 s leaves a slow server its chance without stalling a list for long. */
export const DEFAULT_FETCH_TIMEOUT_SECONDS = 30;
/** --retries after a 429/503: two more tries (after 1 s and 2 s, or Retry-After) outlast a brief overload. */
export const DEFAULT_RETRIES = 2;
/** --per-host: two requests in flight to one host, as HTTP/1.1 once advised for a client (RFC 2616, 8.1.4). */
export const DEFAULT_PER_HOST = 2;
/** --delay, seconds between the starts of two requests to one host: with --per-host 2 at most about two pages a second from one site. */
export const DEFAULT_DELAY_SECONDS = 0.5;
/** Largest body (the same default as --max-size for files). */
export const DEFAULT_FETCH_MAX_BYTES = 64 * 1024 * 1024;

/** The tool's version, from its package.json. */
export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** The default User-Agent: the tool's name and version, and where to read about it (product tokens, RFC 9110, 10.1.5). */
export function defaultUserAgent(): string {
  return `article-extract/${toolVersion()} (+https://www.npmjs.com/package/article-extract)`;
}

export function defaultWebOptions(): WebOptions {
  return {
    timeoutMs: DEFAULT_FETCH_TIMEOUT_SECONDS * 1000,
    maxBytes: DEFAULT_FETCH_MAX_BYTES,
    retries: DEFAULT_RETRIES,
    perHost: DEFAULT_PER_HOST,
    delayMs: DEFAULT_DELAY_SECONDS * 1000,
    userAgent: defaultUserAgent(),
    respectRobots: false,
    inputFormat: 'auto',
  };
}
