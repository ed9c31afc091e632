/**
 * Stage 1, decode: BOMs, binary refusal, strict UTF-8 first, declared charsets, the windows-1252
 * fallback (decoded from the WHATWG table, since Node's own decoder is wrong on 0x80-0x9F).
 */
import { describe, expect, it } from 'vitest';
import { assertText, declaredCharset, decode, LEGACY_FALLBACK_ENCODING } from '../../src/decode.js';
import { ExtractError } from '../../src/errors.js';
import { decodeWindows1252 } from '../../src/windows-1252.js';

const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (s: string) => Uint8Array.from(Buffer.from(s, 'latin1'));
const concat = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));

function errorCode(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(ExtractError);
    return (err as ExtractError).code;
  }
}

describe('byte order marks', () => {
  it('UTF-8 BOM: decoded as UTF-8 and the BOM is not part of the text', () => {
    const r = decode(concat(bytes(0xef, 0xbb, 0xbf), Buffer.from('Café “quoted”', 'utf8')), 'a.txt');
    expect(r).toEqual({ text: 'Café “quoted”', encoding: 'utf-8' });
  });

  it('UTF-16LE and UTF-16BE BOMs: decoded, not refused as binary for their NUL bytes', () => {
    const le = decode(concat(bytes(0xff, 0xfe), Buffer.from('Héllo world', 'utf16le')), 'le.txt');
    expect(le).toEqual({ text: 'Héllo world', encoding: 'utf-16le' });
    const be = Buffer.from('Héllo world', 'utf16le').swap16();
    expect(decode(concat(bytes(0xfe, 0xff), be), 'be.txt')).toEqual({ text: 'Héllo world', encoding: 'utf-16be' });
  });

  it('a BOM wins over a contradicting <meta charset>', () => {
    const html = concat(bytes(0xef, 0xbb, 0xbf), Buffer.from('<meta charset="windows-1252"><p>naïve</p>', 'utf8'));
    expect(decode(html, 'x.html')).toEqual({ text: '<meta charset="windows-1252"><p>naïve</p>', encoding: 'utf-8' });
  });
});

describe('binary input is refused', () => {
  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], /PNG image/],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0x41], /JPEG image/],
    ['PDF', [...Buffer.from('%PDF-1.7 text after')], /PDF document/],
    ['zip', [0x50, 0x4b, 0x03, 0x04, 0x41], /zip archive/],
    ['gzip', [0x1f, 0x8b, 0x08, 0x00], /gzip data/],
  ])('%s by its signature, with a message naming the input and the kind', (_kind, sig, message) => {
    expect(errorCode(() => decode(Uint8Array.from(sig), 'pic.bin'))).toBe('BINARY');
    expect(() => assertText(Uint8Array.from(sig), 'pic.bin')).toThrow(/^pic\.bin: binary input/);
    expect(() => assertText(Uint8Array.from(sig), 'pic.bin')).toThrow(message);
  });

  it('a NUL byte anywhere in the sniffed head', () => {
    expect(errorCode(() => decode(concat(ascii('Plain words here '), bytes(0), ascii(' more words')), 'n.txt'))).toBe('BINARY');
  });

  it('many control bytes', () => {
    const junk = Uint8Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x01 + (i % 7) : 0x41));
    expect(errorCode(() => decode(junk, 'j.bin'))).toBe('BINARY');
  });

  it('ordinary text with tabs, form feeds and CRLF line ends is text', () => {
    expect(errorCode(() => assertText(ascii('Title\r\n\r\nA\tparagraph.\f\r\nMore text.\r\n'), 't.txt'))).toBeNull();
  });
});

describe('strict UTF-8 first', () => {
  it('valid UTF-8 is UTF-8 even when the page declares a legacy charset (re-saved page)', () => {
    const html = Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Zoë’s café</p></body></html>', 'utf8');
    expect(decode(html, 'p.html')).toEqual({ text: html.toString('utf8'), encoding: 'utf-8' });
  });

  it('plain ASCII is reported as UTF-8', () => {
    expect(decode(ascii('Just words.'), 'a.txt').encoding).toBe('utf-8');
  });

  it('mostly UTF-8 with one broken byte stays UTF-8 (a replacement character, not mojibake everywhere)', () => {
    const good = Buffer.from('Café crème, naïve Zoë, “quotes” and déjà vu. '.repeat(10), 'utf8');
    const r = decode(concat(good, bytes(0xe9), ascii(' end.')), 'spliced.txt');
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toContain('Café crème');
    expect(r.text.match(/\uFFFD/g)).toHaveLength(1);
  });
});

describe('declared charsets', () => {
  it('reads <meta charset>, http-equiv Content-Type and the XML declaration', () => {
    expect(declaredCharset(ascii('<!doctype html><meta charset="Shift_JIS">'))).toBe('shift_jis');
    expect(declaredCharset(ascii("<meta charset='windows-1251'>"))).toBe('windows-1251');
    expect(declaredCharset(ascii('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-2">'))).toBe('iso-8859-2');
    expect(declaredCharset(ascii('<?xml version="1.0" encoding="EUC-KR"?><html>'))).toBe('euc-kr');
    expect(declaredCharset(ascii('<html><head><title>No declaration</title>'))).toBeNull();
  });

  it('decodes with the declared charset when the bytes are not UTF-8', () => {
    // "Привет, мир" in windows-1251
    const cyr = bytes(0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xec, 0xe8, 0xf0);
    const r = decode(concat(ascii('<meta charset="windows-1251"><p>'), cyr, ascii('</p>')), 'ru.html');
    expect(r).toEqual({ text: '<meta charset="windows-1251"><p>Привет, мир</p>', encoding: 'windows-1251' });
  });

  it('iso-8859-1 means windows-1252 (WHATWG), including the 0x80-0x9F characters', () => {
    const r = decode(concat(ascii('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>'), bytes(0x93, 0x43, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80, 0x35), ascii('</p>')), 'l1.html');
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toContain('<p>“Café” €5</p>');
  });

  it('an unknown charset label is ignored: the legacy fallback applies', () => {
    const r = decode(concat(ascii('<meta charset="x-no-such-charset"><p>caf'), bytes(0xe9), ascii(' ol'), bytes(0xe9), ascii('</p>')), 'u.html');
    expect(r).toEqual({ text: '<meta charset="x-no-such-charset"><p>café olé</p>', encoding: LEGACY_FALLBACK_ENCODING });
  });
});

describe('windows-1252 fallback', () => {
  it('undeclared non-UTF-8 bytes are windows-1252, curly quotes, dashes and the euro sign intact', () => {
    const r = decode(concat(ascii('He said '), bytes(0x93), ascii('it costs '), bytes(0x80), ascii('5 '), bytes(0x97), ascii(' a bargain'), bytes(0x94), ascii(' at the caf'), bytes(0xe9), ascii('.')), 'w.txt');
    expect(r).toEqual({ text: 'He said “it costs €5 — a bargain” at the café.', encoding: 'windows-1252' });
  });

  it('decodeWindows1252 follows the WHATWG index for every byte', () => {
    const all = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i));
    expect(all).toHaveLength(256);
    const high: Record<number, string> = { 0x80: '€', 0x82: '‚', 0x85: '…', 0x8a: 'Š', 0x8c: 'Œ', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x96: '–', 0x97: '—', 0x99: '™', 0x9f: 'Ÿ' };
    for (const [b, ch] of Object.entries(high)) expect(all[Number(b)], `byte 0x${Number(b).toString(16)}`).toBe(ch);
    // The five bytes the index leaves as C1 controls, and plain Latin-1 elsewhere.
    for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) expect(all.charCodeAt(b)).toBe(b);
    for (let b = 0; b < 0x80; b++) expect(all.charCodeAt(b)).toBe(b);
    for (let b = 0xa0; b < 0x100; b++) expect(all.charCodeAt(b)).toBe(b);
  });

  it('decodes inputs longer than one internal chunk', () => {
    const long = Uint8Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 0x93 : 0x41));
    const s = decodeWindows1252(long);
    expect(s).toHaveLength(20_000);
    expect(s.slice(-4)).toBe('A“A“');
  });
});

describe('tolerance (issue 11, item 15)', () => {
  it('one stray Latin-1 byte in a UTF-8 text with a few curly quotes stays UTF-8', () => {
    const text = '“The barrier works,” she said. ‘Good,’ he replied. ';
    const r = decode(concat(Buffer.from(text, 'utf8'), ascii('Caf'), bytes(0xe9), ascii(' closed.')), 'stray.txt');
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe(`${text}Caf\uFFFD closed.`);
  });

  it('Latin-1 text stays windows-1252 (its accented letters are broken UTF-8, none valid)', () => {
    const r = decode(concat(ascii('caf'), bytes(0xe9), ascii(' na'), bytes(0xef), ascii('ve '), bytes(0x93), ascii('x'), bytes(0x94)), 'l1.txt');
    expect(r).toEqual({ text: 'café naïve “x”', encoding: 'windows-1252' });
  });

  it('UTF-16 without a BOM (little- and big-endian) is decoded, not refused as binary', () => {
    const words = 'Flood barrier opens on Thursday. Zoë said: “at last”.\n'.repeat(5);
    const le = Buffer.from(words, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decode(le, 'le.txt')).toEqual({ text: words, encoding: 'utf-16le' });
    expect(decode(be, 'be.txt')).toEqual({ text: words, encoding: 'utf-16be' });
  });

  it('binary with NULs is still binary', () => {
    expect(errorCode(() => decode(Uint8Array.from({ length: 512 }, (_, i) => (i % 2 ? 0 : (i * 37) % 32)), 'z.bin'))).toBe('BINARY');
  });
});
