/** YAML front matter opening a Markdown text. */
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/text/front-matter.js';

const BODY = '\nThe harbour board approved the new ferry timetable on Monday after a long debate.\n';

describe('readFrontMatter', () => {
  it('reads title, authors (strings or {name}), date, address, language and description; blanks its lines', async () => {
    const fm = await readFrontMatter(`---\ntitle: "Ferry timetable approved"\nauthor:\n  - name: Ada Fenwick\n  - Tom Reyes\ndate: 2024-05-02 09:30:00 +0100\npermalink: https://coast.example/ferry\nlang: en_gb\nsummary: The board voted.\n---${BODY}`);
    expect(fm).toMatchObject({
      title: 'Ferry timetable approved',
      authors: ['Ada Fenwick', 'Tom Reyes'],
      published: '2024-05-02T09:30:00+01:00',
      url: 'https://coast.example/ferry',
      lang: 'en-GB',
      description: 'The board voted.',
      markdown: true,
    });
    expect(fm!.text.split('\n').slice(0, 9).every((l) => l === '')).toBe(true);
    expect(fm!.text).toContain('The harbour board approved');
  });

  it("reads the escapes of this tool's own front matter", async () => {
    const fm = await readFrontMatter(`---\ntitle: "\\x3Cb> tags and \\"quotes\\""\nauthors:\n  - Ana Ruiz\n---${BODY}`);
    expect(fm).toMatchObject({ title: '<b> tags and "quotes"', authors: ['Ana Ruiz'] });
  });

  it('leaves alone what is not front matter: no closing line, not YAML, not a mapping, an unsafe address', async () => {
    expect(await readFrontMatter(`---\nJust a rule line, then prose.${BODY}`)).toBeNull();
    expect(await readFrontMatter(`---\ntitle: [unclosed\n---${BODY}`)).toBeNull();
    expect(await readFrontMatter(`---\n- a\n- b\n---${BODY}`)).toBeNull();
    expect(await readFrontMatter(`Prose first.\n---\ntitle: X\n---${BODY}`)).toBeNull();
    expect((await readFrontMatter(`---\ntitle: X\nurl: javascript:alert(1)\n---${BODY}`))?.url).toBeNull();
  });

  it('does not expand an alias bomb', async () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`)].join('\n');
    expect(await readFrontMatter(`---\n${bomb}\ntitle: X\n---${BODY}`)).toBeNull();
  });
});
