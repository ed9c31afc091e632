/**
 * What a response says it is: the media type and charset of its Content-Type (RFC 9110, 8.3),
 * and whether this tool converts it. Only HTML, XHTML and plain text become articles; anything
 * else (a PDF, an image, JSON, XML feeds) is refused before its body is read.
 */
import type { InputFormat } from '../model.js';

export interface ContentType {
  /** The media type, lower case ("text/html"), or null when the header is absent or empty. */
  type: string | null;
  /** The charset parameter as a label TextDecoder knows, or null. */
  charset: string | null;
}

/** Media types converted, and how each is read (id: the type; reason in the comment). */
export const CONVERTED_TYPES: Record<string, InputFormat> = {
  'text/html': 'html', // web pages
  'application/xhtml+xml': 'html', // XHTML pages, read by the same HTML path
  'text/plain': 'text', // raw text: the text path, as for a .txt file
};

/** Parses a Content-Type header; an unknown or malformed charset label is dropped (the document's own declaration then decides). */
export function parseContentType(header: string | null | undefined): ContentType {
  if (!header || !header.trim()) return { type: null, charset: null };
  const [typePart, ...params] = header.split(';');
  const type = typePart!.trim().toLowerCase() || null;
  let charset: string | null = null;
  for (const p of params) {
    const m = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(p);
    if (!m) continue;
    try {
      charset = new TextDecoder(m[1]!.trim()).encoding;
    } catch {
      charset = null;
    }
    break;
  }
  return { type, charset };
}

/**
 * How a response of this type is converted: 'html', 'text', 'auto' (no type given: the bytes
 * are sniffed as for a file, and binary ones refused) or null (not converted: UNSUPPORTED_TYPE).
 */
export function convertedAs(type: string | null): InputFormat | 'auto' | null {
  if (type === null) return 'auto';
  return CONVERTED_TYPES[type] ?? null;
}

/** The file extension a saved body gets (--save-html), so a folder walk reads it the same way again. */
export function savedExtension(type: string | null): string {
  return type === 'text/plain' ? '.txt' : type === 'application/xhtml+xml' ? '.xhtml' : '.html';
}
