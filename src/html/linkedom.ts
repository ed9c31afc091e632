/**
 * linkedom, loaded from its single-file build (`linkedom/worker`) with one change to its
 * EventTarget: a node's map of event listeners is created when a listener is first added, not
 * when the node is built. As published, the EventTarget constructor inserts every node linkedom
 * builds (elements, texts, comments) into a WeakMap with a new Map: nothing in this tool listens
 * to a node, and those insertions (and the garbage collector's work on the WeakMap's entries) were
 * about a fifth of the CPU of converting a page (aeb pages: 11.4 -> 8.9 CPU-seconds for two
 * passes; see the README's performance section).
 *
 * The build's source is read and each statement of LAZY_LISTENERS replaced; the result is
 * imported as a module of its own (a data: URL; the build imports nothing). Each statement must
 * be found exactly once, as published: with another linkedom version whose source differs, the
 * build loads unchanged (slower, never different). test/unit/linkedom-load.test.ts checks that the
 * change applies to the installed version and that listeners still work.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

type Linkedom = typeof import('linkedom/worker');

/** The change, statement by statement: [as published, as loaded], with the reason for each. */
export const LAZY_LISTENERS: ReadonlyArray<{ id: string; from: string; to: string; reason: string }> = [
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
];

/** The build's source with LAZY_LISTENERS applied, or null when a statement is not found exactly once. */
export function withLazyListeners(source: string): string | null {
  let out = source;
  for (const { from, to } of LAZY_LISTENERS) {
    const at = out.indexOf(from);
    if (at < 0 || out.indexOf(from, at + 1) >= 0) return null;
    out = out.slice(0, at) + to + out.slice(at + from.length);
  }
  return out;
}

let loading: Promise<Linkedom> | undefined;

/** linkedom's single-file build, with lazy listener maps when its source is the one LAZY_LISTENERS knows (loaded once). */
export function importLinkedom(): Promise<Linkedom> {
  return (loading ??= (async () => {
    let patched: string | null = null;
    const url = import.meta.resolve('linkedom/worker');
    try {
      patched = withLazyListeners(readFileSync(fileURLToPath(url), 'utf8'));
    } catch {
      patched = null;
    }
    if (patched === null) return import('linkedom/worker');
    // Stack traces and profiles name the installed file (the change keeps every line where it was).
    return (await import(`data:text/javascript;base64,${Buffer.from(`${patched}\n//# sourceURL=${url}`).toString('base64')}`)) as Linkedom;
  })());
}
