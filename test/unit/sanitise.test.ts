/**
 * The sanitise stage: terminal escapes and control characters out of every field, raw HTML and
 * unsafe links out of the Markdown, code left as written, quote offsets still exact.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { toJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import fc from 'fast-check';
import { isSafeDestination, safeMarkdown, stripControls } from '../../src/sanitise.js';

describe('stripControls', () => {
  it('removes colour, cursor, title and hyperlink escapes, C0/C1 controls and carriage returns', () => {
    expect(stripControls('a\u001b[31mred\u001b[0m b')).toBe('ared b');
    expect(stripControls('x\u001b]0;new title\u0007y')).toBe('xy');
    expect(stripControls('x\u001b]8;;http://e.x\u001b\\link\u001b]8;;\u001b\\y')).toBe('xlinky');
    expect(stripControls('a\u009b2Jb\u0000c\u0008d\u007fe')).toBe('abcde');
    expect(stripControls('safe\rEVIL')).toBe('safe\nEVIL');
    expect(stripControls('tab\tand\nnewline, “quotes”, émoji 😀')).toBe('tab\tand\nnewline, “quotes”, émoji 😀');
  });

  it('the one-scan shortcut (no control character, or only line ends) gives what the three replacements give', () => {
    const full = (s: string) => s.replace(/\r\n?/g, '\n').replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|\u001b[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]/g, '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
    const cases = ['plain text', 'crlf\r\nlines\r\nand a lone\rcr', '\r', '\r\n\r\n', 'esc\u001b[1mbold', 'c1\u0085next', 'form\ffeed', 'vt\u000bx', 'del\u007f', 'é\r\n\u001b]0;t\u0007', ''];
    for (const c of cases) expect(stripControls(c), JSON.stringify(c)).toBe(full(c));
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\r', '\n', '\t', '\u001b', '[', '3', 'm', ']', '\u0007', '\u009b', '\u0085', '\u000b') }), (s) => stripControls(s) === full(s)));
  });
});

describe('safeMarkdown', () => {
  it('escapes raw HTML outside code and leaves code spans and fences alone', () => {
    expect(safeMarkdown('a <script>x</script> b')).toBe('a \\<script>x\\</script> b');
    expect(safeMarkdown('<!-- c --> <img src=x onerror=y>')).toBe('\\<!-- c --> \\<img src=x onerror=y>');
    expect(safeMarkdown('already \\<b> escaped, 3 < 4')).toBe('already \\<b> escaped, 3 < 4');
    expect(safeMarkdown('use `<div>` here')).toBe('use `<div>` here');
    expect(safeMarkdown('```html\n<div>\n```\n<p>')).toBe('```html\n<div>\n```\n\\<p>');
  });

  it('drops links and images with unsafe schemes, also disguised ones, and keeps web links', () => {
    expect(safeMarkdown('[go](javascript:alert(1)) now')).toBe('go now');
    expect(safeMarkdown('[go](JaVaScRiPt:alert(1))')).toBe('go');
    expect(safeMarkdown('[go](&#106;avascript&#58;alert(1))')).toBe('go');
    expect(safeMarkdown('[go](java\\script:x)')).toBe('go');
    expect(safeMarkdown('[go](<vbscript:x>)')).toBe('go');
    expect(safeMarkdown('pic ![a](data:image/png;base64,AAAA) end')).toBe('pic  end');
    expect(safeMarkdown('[x](https://example.org/a_(b)) [y](/rel) [z](#top) [m](mailto:a@b.c)')).toBe('[x](https://example.org/a_(b)) [y](/rel) [z](#top) [m](mailto:a@b.c)');
    expect(isSafeDestination('file:///etc/passwd')).toBe(false);
  });
});

describe('sanitised articles', () => {
  it('HTML: escaped markup in the text never becomes raw HTML; event handlers and unsafe links are gone', async () => {
    const html = `<html><head><title>Safe title</title></head><body><article><h1>Safe title</h1>
<p>The page shows the code &lt;img src=x onerror=alert(1)&gt; as text, and the council said the ferry timetable was fine.</p>
<p onclick="alert(1)">Residents can read <a href="&#106;avascript:alert(1)">the plan</a> or <a href="https://example.org/">the summary</a> at the library, where printed copies are available for everyone.</p>
</article></body></html>`;
    const a = await extract(html, { inputFormat: 'html' });
    const md = renderMarkdown(a);
    expect(md).toContain('\\<img src=x onerror=alert(1)');
    expect(md).not.toMatch(/(?<!\\)<img/);
    expect(md).not.toMatch(/javascript|onclick/i);
    expect(md).toContain('[the summary](https://example.org/)');
    expect(md).toContain('read the plan or');
    expect(a.title).toBe('Safe title');
  });

  it('text: terminal escapes removed from title, body and quotes, offsets exact', async () => {
    const text = `Ferry \u001b[31mtimetable\u001b[0m approved\n\nBy Ada \u001b]0;pwned\u0007Fenwick\n\n“We listened\u0007 to every comment,” the council said on Monday about the plan.\n\nThe first sailings start in spring and run hourly until late evening on weekdays.\n`;
    const a = await extract(text, { inputFormat: 'text' });
    const json = toJson(a);
    expect(json.title).toBe('Ferry timetable approved');
    expect(JSON.stringify(json)).not.toMatch(/\\u00(?:1b|07)/);
    expect(json.quotes[0]!.text).toBe('We listened to every comment');
    for (const q of json.quotes) expect(json.text.slice(q.start, q.end)).toBe(q.text);
  });

  it('Markdown front matter and the quotes section never carry raw HTML', async () => {
    const text = `<img src=x onerror=alert(1)> headline here\n\n“<script>alert(1)</script> is what they typed,” the official said at the meeting on Monday.\n\nMore text follows in a second paragraph with enough words to count as the body.\n`;
    const md = renderMarkdown(await extract(text, { inputFormat: 'text' }), { quotes: true });
    expect(md).not.toMatch(/(?<!\\)<(?:img|script)/);
  });
});

describe('the --url option', () => {
  it('a javascript: address given as the page URL never reaches the output', async () => {
    const a = await extract('Headline\n\nThe council met on Monday to approve the budget for the harbour.\n', { inputFormat: 'text', url: 'javascript:alert(1)' });
    expect(a.url).toBeNull();
    const b = await extract('Headline\n\nThe council met on Monday to approve the budget for the harbour.\n', { inputFormat: 'text', url: 'https://example.org/a' });
    expect(b.url).toBe('https://example.org/a');
  });
});

describe('cleanName (issue 11, item 9)', () => {
  it('turns escapes, every control character (newline, tab) and bidi controls into U+FFFD; keeps the rest', async () => {
    const { cleanName } = await import('../../src/sanitise.js');
    expect(cleanName('a\u001b]0;title\u0007b')).toBe('a\uFFFDb');
    expect(cleanName('x\narticle-extract: forged')).toBe('x\uFFFDarticle-extract: forged');
    expect(cleanName('gpj\u202e.exe\t')).toBe('gpj\uFFFD.exe\uFFFD');
    expect(cleanName('Zürich/مقال.html')).toBe('Zürich/مقال.html');
  });
});
