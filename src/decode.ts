/**
 * Stage 2: bytes -> string. BOM first, then a declared charset (HTML <meta charset> or
 * http-equiv Content-Type), then strict UTF-8, then the legacy fallback.
 * Decoding uses the WHATWG TextDecoder built into Node (full ICU), which knows every encoding
 * the Encoding Standard names (windows-1252, ISO-8859-x, Shift_JIS, GBK, EUC-KR, ...).
 */
import { ExtractError } from './errors.js';
import { decodeWindows1252, decodeWith } from './windows-1252.js';

/** Bytes looked at for a <meta charset> declaration (the HTML spec's prescan looks at 1024). */
const CHARSET_PRESCAN_BYTES = 4096;
/** Bytes looked at to decide whether an input is binary. */
const BINARY_SNIFF_BYTES = 8192;
/** Share of control characters above which an input counts as binary. */
const BINARY_CONTROL_RATIO = 0.1;
/** Encoding used when bytes are not valid UTF-8 and nothing is declared: the web's legacy default. */
export const LEGACY_FALLBACK_ENCODING = 'windows-1252';
/**
 * UTF-8 with a few broken sequences (a stray Latin-1 byte, a spliced file) stays UTF-8 when its
 * valid multi-byte sequences are at least this many times the broken ones: legacy 8-bit text
 * almost never forms a valid UTF-8 sequence by accident (every accented letter is one broken
 * byte), while real UTF-8 text with one stray byte has many valid ones. Ties go to UTF-8.
 */
const UTF8_VALID_PER_BROKEN = 1;
/** Bytes looked at to recognise UTF-16 without a byte-order mark by its NUL pattern. */
const UTF16_SNIFF_BYTES = 4096;
/** Share of the even (or odd) bytes that are NUL for text to be taken as UTF-16 (ASCII-heavy text: near 1). */
const UTF16_NUL_SHARE = 0.3;
/** Largest share of NULs on the other side (a UTF-16 text of Latin script has almost none). */
const UTF16_OTHER_NUL_SHARE = 0.02;

export interface Decoded {
  text: string;
  encoding: string;
}

/** File signatures of common binary formats, so "this is a PNG" can be said plainly. */
const MAGIC: Array<{ name: string; bytes: number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'zip archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip data', bytes: [0x1f, 0x8b] },
  { name: 'WebP/RIFF data', bytes: [0x52, 0x49, 0x46, 0x46] },
];

function startsWith(buf: Uint8Array, bytes: number[]): boolean {
  return bytes.length <= buf.length && bytes.every((b, i) => buf[i] === b);
}

function bomEncoding(buf: Uint8Array): { encoding: string; skip: number } | null {
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', skip: 3 };
  if (startsWith(buf, [0xff, 0xfe])) return { encoding: 'utf-16le', skip: 2 };
  if (startsWith(buf, [0xfe, 0xff])) return { encoding: 'utf-16be', skip: 2 };
  return null;
}

/** Throws ExtractError('BINARY') when the bytes are not text. */
export function assertText(buf: Uint8Array, name: string): void {
  for (const m of MAGIC) {
    if (startsWith(buf, m.bytes)) throw new ExtractError('BINARY', `${name}: binary input (${m.name}), not an article`);
  }
  if (bomEncoding(buf)?.encoding.startsWith('utf-16') || sniffUtf16(buf)) return;
  const n = Math.min(buf.length, BINARY_SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) throw new ExtractError('BINARY', `${name}: binary input (NUL bytes), not an article`);
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
  }
  if (n > 0 && control / n > BINARY_CONTROL_RATIO) {
    throw new ExtractError('BINARY', `${name}: binary input (control bytes), not an article`);
  }
}

/** Counts of valid multi-byte UTF-8 sequences and of broken ones (RFC 3629 rules). */
export function utf8Sequences(buf: Uint8Array): { valid: number; broken: number } {
  let valid = 0;
  let broken = 0;
  for (let i = 0; i < buf.length; ) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= buf.length;
    for (let k = 1; ok && k < len; k++) {
      const c = buf[i + k]!;
      // The second byte's narrower ranges: no overlong forms, no surrogates, nothing above U+10FFFF.
      const lo = k === 1 ? (b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80) : 0x80;
      const hi = k === 1 ? (b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf) : 0xbf;
      ok = c >= lo && c <= hi;
    }
    if (ok) {
      valid++;
      i += len;
    } else {
      broken++;
      i++;
    }
  }
  return { valid, broken };
}

/**
 * UTF-16 without a byte-order mark, recognised by its NUL pattern: text in Latin script has a
 * NUL in (nearly) every other byte, on the odd side for little-endian and the even side for
 * big-endian. The decoded head must read as text (few control characters).
 */
export function sniffUtf16(buf: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length, UTF16_SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const half = n / 2;
  const guess =
    oddNul / half >= UTF16_NUL_SHARE && evenNul / half <= UTF16_OTHER_NUL_SHARE ? 'utf-16le'
    : evenNul / half >= UTF16_NUL_SHARE && oddNul / half <= UTF16_OTHER_NUL_SHARE ? 'utf-16be'
    : null;
  if (!guess) return null;
  const head = new TextDecoder(guess).decode(buf.subarray(0, n));
  const controls = head.match(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0;
  return controls / head.length <= BINARY_CONTROL_RATIO ? guess : null;
}

/** The charset an HTML document declares in its first bytes, if any. */
export function declaredCharset(buf: Uint8Array): string | null {
  const head = Buffer.from(buf.subarray(0, CHARSET_PRESCAN_BYTES)).toString('latin1');
  const meta =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head) ??
    /<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w:.-]+)/i.exec(head) ??
    /^<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}



function tryDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/**
 * Decode bytes to text. `sniffHtmlCharset` looks for a declared charset in markup (used for
 * every input: a declaration in a text file is harmless and rare). `transportCharset` (a web
 * server's Content-Type charset) takes the place of that declaration when TextDecoder knows it.
 */
export function decode(buf: Uint8Array, name: string, transportCharset?: string | null): Decoded {
  assertText(buf, name);
  const bom = bomEncoding(buf);
  if (bom) {
    return { text: new TextDecoder(bom.encoding).decode(buf.subarray(bom.skip)), encoding: bom.encoding };
  }
  const utf16 = sniffUtf16(buf);
  if (utf16) return { text: new TextDecoder(utf16).decode(buf), encoding: utf16 };
  // A charset the transport names (HTTP Content-Type) comes before the document's own declaration.
  const transport = transportCharset ? tryDecoder(transportCharset) : null;
  const declared = declaredCharset(buf);
  const declaredDecoder = transport ?? (declared ? tryDecoder(declared) : null);
  // A document that declares a legacy charset but is valid UTF-8 is almost always UTF-8 that was
  // re-saved without updating the meta tag; strict UTF-8 first, then the declaration.
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { text, encoding: 'utf-8' };
  } catch {
    /* not UTF-8: fall through */
  }
  if (declaredDecoder && declaredDecoder.encoding !== 'utf-8') {
    return { text: decodeWith(declaredDecoder, buf), encoding: declaredDecoder.encoding };
  }
  // Mostly UTF-8 with a few broken sequences (a stray Latin-1 byte, a truncated or spliced
  // file): keep UTF-8 and let the broken bytes become U+FFFD rather than misreading every
  // accented letter and curly quote, as browsers' and chardet-style detectors' tolerance does.
  const { valid, broken } = utf8Sequences(buf);
  if (declaredDecoder?.encoding === 'utf-8' || (valid > 0 && valid >= broken * UTF8_VALID_PER_BROKEN)) {
    return { text: new TextDecoder('utf-8').decode(buf), encoding: 'utf-8' };
  }
  return { text: decodeWindows1252(buf), encoding: LEGACY_FALLBACK_ENCODING };
}
