/**
 * The last resort of the HTML path: should a DOM library overflow its stack despite the nesting
 * limit, the page's visible text is converted through the text path, and --explain says so.
 * (Simulated: the HTML parser is replaced by one that overflows, or fails otherwise.)
 */
import { describe, expect, it, vi } from 'vitest';

const failure = vi.hoisted(() => ({ error: new Error('unset') as Error }));
vi.mock('../../src/html/parse.js', () => ({
  parseHtml: async () => {
    throw failure.error;
  },
}));

const { extract } = await import('../../src/pipeline.js');

const page = `<html><head><title>Ferry</title><script>var hidden = 1;</script></head><body><h1>Ferry timetable approved</h1>
<p>The harbour council approved the new ferry timetable on Monday after a long public consultation.</p>
<p>Officials said the first sailings start in spring &amp; run hourly until late evening on weekdays.</p></body></html>`;

describe('stack overflow in the DOM stages', () => {
  it('converts the visible text through the text path instead', async () => {
    failure.error = new RangeError('Maximum call stack size exceeded');
    const a = await extract(page, { inputFormat: 'html' });
    const text = a.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('approved the new ferry timetable');
    expect(text).toContain('spring & run hourly');
    expect(text).not.toContain('hidden');
    expect(a.source.format).toBe('html');
    expect(a.removed.some((r) => r.rule === 'stack-overflow-text')).toBe(true);
  });

  it('any other failure is not hidden', async () => {
    failure.error = new TypeError('something else');
    await expect(extract(page, { inputFormat: 'html' })).rejects.toThrow('something else');
  });
});
