/**
 * Text path: an embedded social-media post quoted by the article (rules/embedded-posts.ts): its
 * signature line ("— Name (@handle) date") and the post's own lines above it.
 */
import { isDateLine } from '../metadata/date.js';
import { EMBED_SIGNATURES } from '../rules/embedded-posts.js';

/** The rule id when the line is the signature under an embedded post, else null. */
export function embedSignatureRule(line: string): string | null {
  const t = line.trim();
  for (const r of EMBED_SIGNATURES) {
    const m = r.pattern.exec(t);
    if (m?.groups?.date && isDateLine(m.groups.date)) return r.id;
  }
  return null;
}
