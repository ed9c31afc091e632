// dist/fetch/defaults.js
import { readFileSync } from "node:fs";
var DEFAULT_FETCH_TIMEOUT_SECONDS = 30;
var DEFAULT_RETRIES = 2;
var DEFAULT_PER_HOST = 2;
var DEFAULT_DELAY_SECONDS = 0.5;
var DEFAULT_FETCH_MAX_BYTES = 64 * 1024 * 1024;
function toolVersion() {
  const pkg = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
  return pkg.version;
}
function defaultUserAgent() {
  return `article-extract/${toolVersion()} (+https://www.npmjs.com/package/article-extract)`;
}
function defaultWebOptions() {
  return {
    timeoutMs: DEFAULT_FETCH_TIMEOUT_SECONDS * 1e3,
    maxBytes: DEFAULT_FETCH_MAX_BYTES,
    retries: DEFAULT_RETRIES,
    perHost: DEFAULT_PER_HOST,
    delayMs: DEFAULT_DELAY_SECONDS * 1e3,
    userAgent: defaultUserAgent(),
    respectRobots: false,
    inputFormat: "auto"
  };
}

export {
  DEFAULT_FETCH_TIMEOUT_SECONDS,
  DEFAULT_RETRIES,
  DEFAULT_PER_HOST,
  DEFAULT_DELAY_SECONDS,
  DEFAULT_FETCH_MAX_BYTES,
  toolVersion,
  defaultUserAgent,
  defaultWebOptions
};
