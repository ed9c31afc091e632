/**
 * A windows-1252 decoder written from the WHATWG index. Node's own TextDecoder decodes the 32
 * bytes 0x80-0x9F wrongly since 20.18.3 / 22.13.0 (it takes a Latin-1 fast path and drops or
 * misreads them: curly quotes, dashes, the euro sign; nodejs/node#60888, #56542), and
 * windows-1252 is both the web's legacy default and what every "iso-8859-1" / "latin1" label means.
 */

/** WHATWG index-windows-1252 for bytes 0x80-0x9F; every other byte is its own code point. */
const HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
/** Code units turned into a string at a time (keeps String.fromCharCode's argument list small). */
const CHUNK = 8192;

export function decodeWindows1252(buf: Uint8Array): string {
  const parts: string[] = [];
  const units = new Array<number>(Math.min(CHUNK, buf.length));
  for (let at = 0; at < buf.length; at += CHUNK) {
    const end = Math.min(at + CHUNK, buf.length);
    units.length = end - at;
    for (let i = at; i < end; i++) {
      const b = buf[i]!;
      units[i - at] = b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80]! : b;
    }
    parts.push(String.fromCharCode(...units));
  }
  return parts.join('');
}

/** Decodes with `decoder`, except windows-1252, which is decoded by the table above. */
export function decodeWith(decoder: TextDecoder, buf: Uint8Array): string {
  return decoder.encoding === 'windows-1252' ? decodeWindows1252(buf) : decoder.decode(buf);
}
