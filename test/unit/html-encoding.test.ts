/**
 * Decoding (src/decode.ts): BOM, <meta charset>, http-equiv Content-Type, and legacy encodings.
 * Each page is built as bytes in its encoding; the non-ASCII text is written as hex bytes so the
 * test does not depend on an encoder (TextEncoder only writes UTF-8).
 */
import { describe, expect, it } from 'vitest';
import { decode } from '../../src/decode.js';
import { extract } from '../../src/pipeline.js';

const ascii = (s: string) => Buffer.from(s, 'latin1');
const hex = (h: string) => Buffer.from(h.replace(/\s+/g, ''), 'hex');
const page = (head: string, title: Buffer, body: Buffer) =>
  Buffer.concat([
    ascii(`<!doctype html><html><head>${head}<title>`),
    title,
    ascii('</title></head><body><article><h1>'),
    title,
    ascii('</h1><p>'),
    body,
    ascii(' This paragraph is long enough to count as the article body of a small test page, with plain words around the encoded ones.</p></article></body></html>'),
  ]);

describe('decode', () => {
  it('follows a UTF-8 BOM and drops it', () => {
    const r = decode(Buffer.concat([hex('efbbbf'), ascii('caf'), hex('c3a9')]), 't');
    expect(r).toEqual({ text: 'café', encoding: 'utf-8' });
  });

  it('follows a UTF-16LE BOM', () => {
    const r = decode(Buffer.concat([hex('fffe'), hex('4800 e900 6c00 6c00 6f00')]), 't');
    expect(r).toEqual({ text: 'Héllo', encoding: 'utf-16le' });
  });

  it('decodes windows-1252 declared by <meta charset>, punctuation in 0x80-0x9F included', () => {
    // "café – “quoted” €5": e9 = é, 96 = en dash, 93/94 = curly double quotes, 80 = euro sign
    const bytes = page('<meta charset="windows-1252">', ascii('Menu'), hex('636166e9 20 96 20 93 71756f746564 94 20 80 35'));
    const r = decode(bytes, 't');
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toContain('café – “quoted” €5');
  });

  it('decodes ISO-8859-2 declared by http-equiv Content-Type', () => {
    // "Łódź": a3 f3 64 bc in ISO-8859-2
    const bytes = page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">', hex('a3f364bc'), ascii('Miasto'));
    const r = decode(bytes, 't');
    expect(r.encoding).toBe('iso-8859-2');
    expect(r.text).toContain('<h1>Łódź</h1>');
  });

  it('decodes Shift_JIS', () => {
    // "日本語" = 93fa 967b 8cea, "こんにちは" = 82b1 82f1 82c9 82bf 82cd
    const bytes = page('<meta charset="Shift_JIS">', hex('93fa967b8cea'), hex('82b182f182c982bf82cd'));
    const r = decode(bytes, 't');
    expect(r.encoding).toBe('shift_jis');
    expect(r.text).toContain('<h1>日本語</h1><p>こんにちは');
  });

  it('decodes GBK declared as GB2312 (the Encoding Standard reads gb2312 as GBK)', () => {
    // "中文" = d6d0 cec4, "你好" = c4e3 bac3
    const bytes = page('<meta http-equiv="content-type" content="text/html;charset=gb2312">', hex('d6d0cec4'), hex('c4e3bac3'));
    const r = decode(bytes, 't');
    expect(r.encoding).toBe('gbk');
    expect(r.text).toContain('<h1>中文</h1><p>你好');
  });

  it('keeps valid UTF-8 even when the page declares a legacy charset', () => {
    const bytes = page('<meta charset="iso-8859-1">', Buffer.from('Zürich', 'utf8'), ascii('Stadt'));
    const r = decode(bytes, 't');
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain('<h1>Zürich</h1>');
  });

  it('falls back to windows-1252 for undeclared bytes that are not UTF-8', () => {
    const r = decode(Buffer.concat([ascii('na'), hex('ef'), ascii('ve '), hex('93'), ascii('text'), hex('94')]), 't');
    expect(r).toEqual({ text: 'naïve “text”', encoding: 'windows-1252' });
  });
});

describe('extract reads legacy-encoded pages', () => {
  it('gives the decoded title and records the encoding', async () => {
    const a = await extract(page('<meta charset="shift_jis">', hex('93fa967b8cea'), hex('82b182f182c982bf82cd')), { inputFormat: 'html' });
    expect(a.source.encoding).toBe('shift_jis');
    expect(a.title).toBe('日本語');
    expect(a.blocks.map((b) => b.text).join(' ')).toContain('こんにちは');
  });
});
