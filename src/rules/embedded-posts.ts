/**
 * Embedded social-media posts in scraped article text. An article quotes a post by embedding
 * it; the page's text keeps the post's lines and then its signature: a dash, the account's
 * display name, its handle and the date ("— Harbour Board (@harbourboard) March 3, 2021").
 * The signature reads as a bare date line and the post's short lines as a menu run, so both
 * would be dropped although they are the article's quotation.
 *
 * Each pattern matches the whole trimmed line up to the date; the text after the match must be
 * a date (checked with the date reader), so a sentence naming a handle is never taken.
 */
export interface EmbedSignatureRule {
  id: string;
  /** Matches from the line's start; the rest of the line (group `date`) must read as a date. */
  pattern: RegExp;
  reason: string;
}

export const EMBED_SIGNATURES: readonly EmbedSignatureRule[] = [
  {
    id: 'post-signature-handle',
    pattern: /^[—–-]\s*(?:\S.{0,80}?\s)?\(@[\p{L}\p{N}_.]{1,30}\)\s+(?<date>.{4,60})$/u,
    reason: 'The signature line under an embedded post: "— Display Name (@handle) date". Embedding code of the big networks prints it after the post\'s text.',
  },
];
