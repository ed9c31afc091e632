/** SPACE_RUNS (src/space.ts) collapses white space exactly as /\s+/g does, matching less. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SPACE_RUNS } from '../../src/space.js';

describe('SPACE_RUNS', () => {
  it('each run of white space becomes one space; a single space is left as it is', () => {
    expect('a  b\tc\n\nd\u00a0e f'.replace(SPACE_RUNS, ' ')).toBe('a b c d e f');
    expect(' a '.replace(SPACE_RUNS, ' ')).toBe(' a ');
    expect('a b c'.match(SPACE_RUNS)).toBeNull();
  });

  it('gives what /\\s+/g gives, over random text with every kind of white space', () => {
    const parts = ['a', 'Z', '.', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028', '\u200b', 'é', '😀'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), (xs) => {
        const s = xs.join('');
        expect(s.replace(SPACE_RUNS, ' ')).toBe(s.replace(/\s+/g, ' '));
      }),
      { numRuns: 3000 },
    );
  });
});
