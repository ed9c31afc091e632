/** Scraped text that is already Markdown: recognised per page, read as Markdown line by line. */
import { describe, expect, it } from 'vitest';
import { inlineText, looksLikeMarkdown, markdownLine, tableCells } from '../../src/text/markdown-syntax.js';
import { toUnits } from '../../src/text/units.js';

describe('looksLikeMarkdown', () => {
  it('needs several lines of Markdown syntax, one of them a heading or a link', () => {
    expect(looksLikeMarkdown(['# Title', 'Some prose.', '* [Home](https://a.example/)', '* [News](https://a.example/news)'])).toBe(true);
    // One "#" line and one bracket are chance in plain text.
    expect(looksLikeMarkdown(['# 1 seed in the league', 'They won [again] on Sunday.', 'Plain prose.'])).toBe(false);
    // Quote marks alone are e-mail style quoting, not Markdown.
    expect(looksLikeMarkdown(['> one', '> two', '> three'])).toBe(false);
  });
});

describe('inlineText', () => {
  it('keeps link text, drops images, emphasis, code marks and escapes', () => {
    expect(inlineText('Read the [guide](https://a.example/g "Guide") **now**, not *later* or _never_.')).toBe('Read the guide now, not later or never.');
    expect(inlineText('![logo](https://a.example/l.png) Use `grep` and 5 \\* 3 ~~old~~')).toBe('Use grep and 5 * 3 old');
    // Marks inside words and lone asterisks are text.
    expect(inlineText('snake_case_name and 2 * 3 * 4')).toBe('snake_case_name and 2 * 3 * 4');
  });
});

describe('markdownLine', () => {
  it('tells headings, fences, underlines, rules, quotes and table rows apart', () => {
    expect(markdownLine('## What changes ##')).toEqual({ kind: 'heading', level: 2, text: 'What changes' });
    expect(markdownLine('```python')).toEqual({ kind: 'fence', lang: 'python' });
    expect(markdownLine('=====')).toEqual({ kind: 'setext', level: 1 });
    expect(markdownLine('* * *')).toEqual({ kind: 'rule' });
    expect(markdownLine('> quoted words')).toEqual({ kind: 'quote', text: 'quoted words' });
    expect(markdownLine('| --- | :---: |')).toEqual({ kind: 'table-row', separator: true });
    expect(markdownLine('#hashtag')).toEqual({ kind: 'text' });
    expect(tableCells('| a | b \\| c | d |')).toEqual(['a', 'b \\| c', 'd']);
  });
});

describe('toUnits on a Markdown page', () => {
  const page = [
    '* [Home](https://a.example/)',
    '* [News](https://a.example/news)',
    '',
    'Harbour opens new quay',
    '======================',
    '',
    'The harbour opened its [new quay](https://a.example/quay) on **Monday**.',
    '',
    '## What changes',
    '',
    '```sh',
    'ferry --timetable 2024',
    '```',
    '',
    '> The quay is open to all boats.',
    '',
    '| Day | Crossings |',
    '| --- | --- |',
    '| Monday | 6 |',
  ].join('\n');
  const units = toUnits(page);

  it('gives headings their level and clean text, and keeps the Markdown of links', () => {
    const title = units.find((u) => u.text === 'Harbour opens new quay');
    expect(title?.heading).toBe(1);
    expect(units.find((u) => u.text === 'What changes')?.heading).toBe(2);
    const para = units.find((u) => u.text.startsWith('The harbour'))!;
    expect(para.text).toBe('The harbour opened its new quay on Monday.');
    expect(para.block.markdown).toBe('The harbour opened its [new quay](https://a.example/quay) on **Monday**.');
  });

  it('makes fenced code, quotes and tables blocks of their own', () => {
    expect(units.find((u) => u.block.kind === 'code')?.block).toMatchObject({ text: 'ferry --timetable 2024', lang: 'sh', markdown: '```sh\nferry --timetable 2024\n```' });
    expect(units.find((u) => u.block.kind === 'quote')?.block).toMatchObject({ text: 'The quay is open to all boats.', markdown: '> The quay is open to all boats.' });
    expect(units.find((u) => u.block.kind === 'table')?.block.text).toBe('Day\tCrossings\nMonday\t6');
    expect(units.find((u) => u.block.kind === 'list')?.block.text).toBe('Home\nNews');
  });

  it('leaves plain text literal: the same characters are escaped when the page is not Markdown', () => {
    const plain = toUnits('# 1 seed wins again\n\nThe team won 2 * 3 games in a row on Sunday, a record for the club.');
    expect(plain[0]!.heading).toBeUndefined();
    expect(plain[0]!.block.markdown).toBe('\\# 1 seed wins again');
    expect(plain[1]!.block.markdown).toContain('2 \\* 3');
  });
});
