/**
 * Word count of the body text. Runs of letters and digits are words ("don't", "U.S." and
 * "2,5" count once); Chinese and Japanese, written without spaces, are split into words by the
 * ICU word segmenter that Node ships (Intl.Segmenter), not counted as one word per run.
 */

const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
/**
 * Characters handed to the segmenter at once. ICU's dictionary segmentation slows down badly on
 * long runs with no punctuation (580,000 characters took minutes); in pieces it stays linear, and
 * a word cut at a piece's edge now and then changes the count by one.
 */
const SEGMENT_CHARS = 256;

let segmenter: Intl.Segmenter | null = null;

function unspacedWords(run: string): number {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  let n = 0;
  for (let i = 0; i < run.length; i += SEGMENT_CHARS) for (const s of segmenter.segment(run.slice(i, i + SEGMENT_CHARS))) if (s.isWordLike) n++;
  return n;
}

export function countWords(text: string): number {
  let n = 0;
  const spaced = text.replace(UNSPACED, (run) => {
    n += unspacedWords(run);
    return ' ';
  });
  return n + (spaced.match(WORD) ?? []).length;
}
