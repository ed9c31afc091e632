/**
 * V8 compiles a regular expression twice by default: to bytecode on its first use, and again to
 * native code on its next (regexp tier-up), so that a pattern used once costs little. The
 * pipeline's patterns are used line after line, and a run of one document spends much of its CPU
 * compiling them (the multilingual rule tables and the month names of the date patterns hold
 * thousands of characters each): compiling each pattern once, straight to native code, saves about
 * a quarter of a short text file's CPU (seed text 0.36 -> 0.27 s, measured with bench/startup.mjs).
 * Only one-document runs switch (the batch runner decides): V8's default stays for batches and for
 * the library, where it was not measured.
 */
import { setFlagsFromString } from 'node:v8';

/** From now on, regular expressions compile once, to native code (V8's --no-regexp-tier-up; process-wide). */
export function compileRegExpsOnce(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
