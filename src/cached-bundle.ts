/**
 * Loading a CommonJS bundle of the CLI (dist/bundle/*.cjs, built by scripts/bundle.mjs) with V8's
 * code cache: the bytecode V8 compiled for the bundle's functions while the build ran sample
 * documents through it (scripts/code-cache.mjs), stored beside the bundle as FILE.cache.
 *
 * Node 20 has no compile cache for modules of its own (module.enableCompileCache is Node 22), and
 * a one-file run spent about a third of its time parsing and compiling JavaScript: with the cache
 * V8 deserialises that work instead (README, performance section).
 *
 * The cache is only a shortcut, never a second source of truth:
 *   - its header names the bundle's SHA-1; a cache written for other bytes is not offered to V8;
 *   - V8 itself rejects a cache from another V8 version or made under other V8 flags (another
 *     Node, `--cpu-prof`, NODE_OPTIONS=--max-old-space-size=…), and then compiles the source as
 *     it would without one;
 *   - a missing or unreadable cache file means compiling the source, nothing else.
 * Nothing is written at run time: the package folder may be read-only, and the cache is a build
 * output like the bundle.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/** The cache file's first bytes: this tag, then the bundle's SHA-1 (20 bytes), then V8's data. */
const CACHE_TAG = Buffer.from('article-extract code cache 1\n');
const DIGEST_BYTES = 20;

export interface CompiledBundle {
  /** What the bundle exports (module.exports). */
  exports: Record<string, unknown>;
  /** The compiled script: `createCachedData()` gives the cache to store after a warm-up run. */
  script: Script;
  /** The bundle's SHA-1, for the cache header. */
  digest: Buffer;
  /** Whether a cache was offered to V8 and whether V8 took it. */
  cache: 'none' | 'accepted' | 'rejected';
}

/** The cache file of a bundle. */
export const cacheFileOf = (bundleFile: string): string => `${bundleFile}.cache`;

/** A cache file's bytes: header (tag and the bundle's digest), then V8's data. */
export const cacheBytes = (digest: Buffer, data: Buffer): Buffer => Buffer.concat([CACHE_TAG, digest, data]);

/** V8's data from a cache file's bytes, or undefined when they were written for another bundle (or are not a cache). */
export function cachedDataFor(digest: Buffer, bytes: Buffer | undefined): Buffer | undefined {
  if (!bytes || bytes.length <= CACHE_TAG.length + DIGEST_BYTES) return undefined;
  if (!bytes.subarray(0, CACHE_TAG.length).equals(CACHE_TAG)) return undefined;
  if (!bytes.subarray(CACHE_TAG.length, CACHE_TAG.length + DIGEST_BYTES).equals(digest)) return undefined;
  return bytes.subarray(CACHE_TAG.length + DIGEST_BYTES);
}

/**
 * The wrapper Node puts around a CommonJS module, which the bundle file holds itself (esbuild's
 * banner and footer, scripts/bundle.mjs): the file's text is the script V8 compiles, with no
 * second copy of some megabytes made by joining wrapper and text (peak memory of every thread).
 */
export const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {';
export const WRAPPER_TAIL = '\n})\n';

/**
 * Compiles and runs a bundle file (a CommonJS module inside WRAPPER_HEAD … WRAPPER_TAIL) as Node's
 * require would, offering V8 `cache` (the cache file's bytes) when it fits.
 */
export function compileBundle(file: string, cache?: Buffer): CompiledBundle {
  const bytes = readFileSync(file);
  const digest = createHash('sha1').update(bytes).digest();
  const cachedData = cachedDataFor(digest, cache);
  const source = bytes.toString('utf8');
  if (!source.startsWith(WRAPPER_HEAD) || !source.endsWith(WRAPPER_TAIL)) throw new Error(`${file}: not a wrapped CommonJS bundle`);
  const script = new Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script, digest, cache: cachedData ? (script.cachedDataRejected ? 'rejected' : 'accepted') : 'none' };
}

/** A bundle's exports (the bundle named by file URL or path), compiled with its build-time cache when there is one that fits. */
export function loadBundle(bundle: URL | string): Record<string, unknown> {
  const file = typeof bundle === 'string' ? bundle : fileURLToPath(bundle);
  let cache: Buffer | undefined;
  try {
    cache = readFileSync(cacheFileOf(file));
  } catch {
    cache = undefined;
  }
  return compileBundle(file, cache).exports;
}
