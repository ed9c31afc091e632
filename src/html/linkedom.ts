/**
 * linkedom, loaded from its single-file build (`linkedom/worker`) with two changes
 * (LINKEDOM_CHANGES), both about work done for every page or every process that this tool never
 * uses:
 *   - lazy listener maps: a node's map of event listeners is created when a listener is first
 *     added, not when the node is built. As published, the EventTarget constructor inserts every
 *     node linkedom builds (elements, texts, comments) into a WeakMap with a new Map: nothing in
 *     this tool listens to a node, and those insertions (and the garbage collector's work on the
 *     WeakMap's entries) were about a fifth of the CPU of converting a page (aeb pages: 11.4 ->
 *     8.9 CPU-seconds for two passes; see the README's performance section);
 *   - a lazy number format: the build's CSS code makes an Intl.NumberFormat when the module
 *     loads (to print numbers in style values, which this tool never asks for); the first one in
 *     a process sets up ICU's number formatting, about 10 ms of every HTML run and every worker.
 *
 * The build's source is read and each statement replaced; the result is imported as a module of
 * its own (a data: URL; the build imports nothing). Each statement must be found exactly once,
 * as published: with another linkedom version whose source differs, the build loads unchanged
 * (slower, never different). test/unit/linkedom-load.test.ts checks that the changes apply to
 * the installed version, that listeners still work and that numbers in styles still print.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Linkedom = typeof import('linkedom/worker');

/** The changes, statement by statement: [as published, as loaded], with the reason for each. */
export const LINKEDOM_CHANGES: ReadonlyArray<{ id: string; from: string; to: string; reason: string }> = [
  {
    id: 'no-map-per-node',
    from: 'constructor() {\n    wm.set(this, new Map);\n  }',
    to: 'constructor() {\n    /* listener map: on the first addEventListener */\n  }',
    reason: 'Building a node no longer inserts it into the listener WeakMap.',
  },
  {
    id: 'map-on-first-listener',
    from: 'addEventListener(type, listener, options) {\n    const map = wm.get(this);',
    to: 'addEventListener(type, listener, options) {\n    if (!wm.has(this)) wm.set(this, new Map); const map = wm.get(this);',
    reason: 'The first listener added to a node creates its map.',
  },
  {
    id: 'remove-without-map',
    from: 'removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
    to: 'removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {',
    reason: 'Removing a listener from a node that never had one does nothing (dispatching already checks for a missing map).',
  },
  {
    id: 'number-format-on-first-use',
    from: 'const formatter = new Intl.NumberFormat("en-US", {',
    to: 'let formatter; const numberFormat = () => (formatter ??= new Intl.NumberFormat("en-US", {',
    reason: 'The CSS number format is made when a style value first prints a number, not when the module loads (its options follow on the next lines, unchanged).',
  },
  {
    id: 'number-format-closed',
    from: '\tmaximumFractionDigits: 6\n});\nfunction formatNumber(val) {',
    to: '\tmaximumFractionDigits: 6\n}));\nfunction formatNumber(val) {',
    reason: 'Closes the function of the statement above.',
  },
  {
    id: 'number-format-used',
    from: 'const formatted = formatter.format(val);',
    to: 'const formatted = numberFormat().format(val);',
    reason: 'Numbers in style values print with the format made on first use.',
  },
];

/** The build's source with LINKEDOM_CHANGES applied, or null when a statement is not found exactly once. */
export function withChanges(source: string): string | null {
  let out = source;
  for (const { from, to } of LINKEDOM_CHANGES) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + 1) >= 0) return null;
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

let loading: Promise<Linkedom> | undefined;

/** linkedom's single-file build, with LINKEDOM_CHANGES when its source is the one they know (loaded once). */
export function importLinkedom(): Promise<Linkedom> {
  return (loading ??= (async () => {
    let patched: string | null = null;
    const url = import.meta.resolve('linkedom/worker');
    try {
      patched = withChanges(readFileSync(fileURLToPath(url), 'utf8'));
    } catch {
      patched = null;
    }
    if (patched === null) return import('linkedom/worker');
    // Stack traces and profiles name the installed file (the change keeps every line where it was).
    return (await import(`data:text/javascript;base64,${Buffer.from(`${patched}\n//# sourceURL=${url}`).toString('base64')}`)) as Linkedom;
  })());
}
