// The article-extraction-benchmark body metric (4-token shingles, each page weighs the same),
// as described in ../shared/bench/README.md; used by run.mjs and inspect.mjs.
export const tokens = (s) => (s || '').match(/[\p{L}\p{N}_]+/gu) || [];

export function shingles(s) {
  const t = tokens(s);
  const m = new Map();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const k = t.slice(i, i + 4).join('\u0001');
    if (k) m.set(k, (m.get(k) || 0) + 1);
  }
  return m;
}

/** Precision and recall of one page's predicted body against its gold body. */
export function bodyScores(trueText, predText) {
  const a = shingles(trueText), b = shingles(predText);
  let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(k) || 0, y = b.get(k) || 0;
    tp += Math.min(x, y); fp += Math.max(0, y - x); fn += Math.max(0, x - y);
  }
  const s = tp + fp + fn || 1;
  [tp, fp, fn] = [tp / s, fp / s, fn / s];
  const precision = fp === 0 && fn === 0 ? 1 : tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = fp === 0 && fn === 0 ? 1 : tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall };
}

/** Mean precision, mean recall, and the F1 of the two means. */
export function summarise(scores) {
  const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  const p = mean(scores.map((s) => s.precision)), r = mean(scores.map((s) => s.recall));
  return { f1: (2 * p * r) / (p + r || 1), precision: p, recall: r };
}
