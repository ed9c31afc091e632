/** Memos that live for one document (src/document-memos.ts): emptied when the next document starts. */
import { describe, expect, it } from 'vitest';
import { documentMemo, startDocument } from '../../src/document-memos.js';
import { extract } from '../../src/pipeline.js';

describe('document memos', () => {
  it('keep answers until the next document starts', () => {
    const memo = documentMemo<string, number>(10);
    memo.set('Related Articles', 1);
    expect(memo.get('Related Articles')).toBe(1);
    startDocument();
    expect(memo.get('Related Articles')).toBeUndefined();
  });

  it('start over within one document when full', () => {
    const memo = documentMemo<number, number>(2);
    memo.set(1, 1);
    memo.set(2, 2);
    memo.set(3, 3);
    expect([memo.get(1), memo.get(2), memo.get(3)]).toEqual([undefined, undefined, 3]);
  });

  it('are emptied by extract, so no finished document is kept alive by them', async () => {
    const memo = documentMemo<string, string>(10);
    memo.set('line of an earlier page', 'kept');
    await extract('Harbour council meets\n\nThe council met on Monday and approved the budget for the new harbour wall.', { inputFormat: 'text' });
    expect(memo.get('line of an earlier page')).toBeUndefined();
  });
});
