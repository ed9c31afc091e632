/** The body layout: the one function that fixes where every block sits in `text`. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyLayout } from '../../src/body.js';
import type { Block } from '../../src/model.js';

const p = (text: string): Block => ({ kind: 'paragraph', text, markdown: text });
const img: Block = { kind: 'image', text: '', markdown: '![a map](https://example.com/map.png)' };

describe('bodyLayout', () => {
  it('joins blocks with one blank line and records each start offset and paragraph number', () => {
    const l = bodyLayout([p('First.'), p('Second one.'), p('Third')]);
    expect(l.text).toBe('First.\n\nSecond one.\n\nThird');
    expect(l.starts).toEqual([0, 8, 21]);
    expect(l.paragraphs).toEqual([0, 1, 2]);
  });

  it('leaves out blocks without text (images, whitespace) and marks them -1', () => {
    const l = bodyLayout([img, p('A.'), p('   '), img, p('B.')]);
    expect(l.text).toBe('A.\n\nB.');
    expect(l.starts).toEqual([-1, 0, -1, -1, 4]);
    expect(l.paragraphs).toEqual([-1, 0, -1, -1, 1]);
  });

  it('an empty body is an empty string', () => {
    expect(bodyLayout([])).toEqual({ text: '', starts: [], paragraphs: [] });
  });

  it('property: every block with text is found at its start offset', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ minLength: 1 }), fc.constant(''), fc.constant('  \n')), { maxLength: 12 }), (texts) => {
        const blocks = texts.map(p);
        const l = bodyLayout(blocks);
        blocks.forEach((b, i) => {
          if (l.starts[i] === -1) expect(b.text.trim()).toBe('');
          else expect(l.text.slice(l.starts[i], l.starts[i]! + b.text.length)).toBe(b.text);
        });
        const numbered = l.paragraphs.filter((n) => n >= 0);
        expect(numbered).toEqual(numbered.map((_, i) => i));
      }),
    );
  });
});
