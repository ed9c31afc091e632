/**
 * Memos that live for one document. The text path asks the same questions about a page's lines
 * from several steps (is it boilerplate, a byline, what is its key), so each answer is kept for
 * the rest of the document. The memos are emptied when the next document starts (pipeline.ts):
 * a line is often a slice of its document's whole text, and a memo kept across documents kept
 * those texts alive (measured: 10 MB more heap after the 683 text pages of traf-dev and aeb).
 */
const memos: Array<Map<unknown, unknown>> = [];

/** A memo emptied at each document's start; `limit`: entries kept before it starts over within one document. */
export function documentMemo<K, V>(limit: number): { get(key: K): V | undefined; set(key: K, value: V): void } {
  const map = new Map<K, V>();
  memos.push(map as Map<unknown, unknown>);
  return {
    get: (key) => map.get(key),
    set(key, value) {
      if (map.size >= limit) map.clear();
      map.set(key, value);
    },
  };
}

/** Empties every document memo: a new document starts. */
export function startDocument(): void {
  for (const m of memos) m.clear();
}
