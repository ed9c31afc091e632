/**
 * Attributes no stage reads (this project's code, Readability, Turndown), dropped by the HTML
 * pre-pass (html/prepass.ts) so the DOM builds fewer nodes. Not applied when user site rules are
 * given (their selectors may name any attribute), nor to elements whose every attribute is read
 * (MEDIA_TAGS: Readability scans all their attribute values for image and video addresses).
 */

export interface AttributeRule {
  id: string;
  /** Matches a lower-cased attribute name. */
  pattern: RegExp;
  reason: string;
}

export const UNREAD_ATTRIBUTES: readonly AttributeRule[] = [
  { id: 'event-handler', pattern: /^on[a-z]/, reason: 'Script code run on an event ("onclick"); nothing runs scripts.' },
  {
    id: 'script-data',
    // Kept: the lazy-image addresses (html/markdown.ts, Readability), data-lang (code languages) and the user-rule keep mark.
    pattern: /^data-(?!(?:src|srcset|lazy-src|original|url|hi-res-src|lang|article-extract-keep)$)/,
    reason: 'Data for page scripts ("data-track-id"); only the listed lazy-image and language ones are read.',
  },
  { id: 'aria-state', pattern: /^aria-(?!(?:hidden|modal)$)/, reason: 'Screen-reader labels and states; only aria-hidden and aria-modal are read.' },
  { id: 'link-target', pattern: /^target$/, reason: 'Which window a link opens in.' },
  { id: 'tab-order', pattern: /^tabindex$/, reason: 'Keyboard focus order.' },
];

/** Elements whose attributes are all kept: Readability reads any of their values as an image or video address. */
export const MEDIA_TAGS: ReadonlySet<string> = new Set(['img', 'picture', 'figure', 'source', 'video', 'audio', 'iframe', 'embed', 'object', 'script', 'style']);

/** The first letters of every name the rules above match. */
export const UNREAD_INITIAL_LETTERS = 'odat';

/** A quick test that a tag may hold an unread attribute: white space or "/" then one of the rules' name starts. */
export const UNREAD_CANDIDATE = /[\s/"'](?:on|data-|aria-|target|tabindex)/gi;
