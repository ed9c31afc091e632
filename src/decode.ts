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
/** Largest share of broken sequences among non-ASCII characters for which UTF-8 is still kept. */
const MOSTLY_UTF8_BROKEN_SHARE = 0.05;

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
  if (bomEncoding(buf)?.encoding.startsWith('utf-16')) return;
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
 * every input: a declaration in a text file is harmless and rare).
 */
export function decode(buf: Uint8Array, name: string): Decoded {
  assertText(buf, name);
  const bom = bomEncoding(buf);
  if (bom) {
    return { text: new TextDecoder(bom.encoding).decode(buf.subarray(bom.skip)), encoding: bom.encoding };
  }
  const declared = declaredCharset(buf);
  const declaredDecoder = declared ? tryDecoder(declared) : null;
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
  // Mostly UTF-8 with a few broken sequences (a truncated or spliced file): keep UTF-8 and let
  // the broken bytes become U+FFFD rather than misreading every accented letter.
  const lossy = new TextDecoder('utf-8').decode(buf);
  const broken = lossy.match(/\uFFFD/g)?.length ?? 0;
  const nonAscii = lossy.match(/[^\x00-\x7f]/g)?.length ?? 0;
  if (declaredDecoder?.encoding === 'utf-8' || broken <= nonAscii * MOSTLY_UTF8_BROKEN_SHARE) {
    return { text: lossy, encoding: 'utf-8' };
  }
  return { text: decodeWindows1252(buf), encoding: LEGACY_FALLBACK_ENCODING };
}
