/**
 * The one article model. Both the HTML path and the text path produce it; every later stage
 * (boilerplate, metadata, quotes, rendering) reads and writes only this.
 */

/** Kinds of body block: the small document vocabulary every renderer understands. */
export type BlockKind = 'heading' | 'paragraph' | 'list' | 'quote' | 'table' | 'code' | 'image';

export interface Block {
  kind: BlockKind;
  /** Plain text of the block (list items on their own lines, table cells tab-separated). */
  text: string;
  /** The same block as Markdown. */
  markdown: string;
  /** Heading level 1-6 (headings only). */
  level?: number;
  /** Ordered list (lists only). */
  ordered?: boolean;
  /** Code language when the page names it (code only). */
  lang?: string;
}

export type InputFormat = 'html' | 'text';

export interface Source {
  /** File path as given, "-" for standard input, null for library calls without a path. */
  path: string | null;
  format: InputFormat;
  /** Character encoding the bytes were decoded with. */
  encoding: string;
  /** Entry name inside an archive, or the id of an NDJSON record (batch input only). */
  entry?: string;
  /** The URL an archive record was captured from (WARC and NDJSON input only). */
  url?: string;
}

export interface Quote {
  /** The quoted words, without the quote marks. */
  text: string;
  /** Who said it, pronouns resolved to the named speaker where possible; null when unattributed. */
  speaker: string | null;
  /** The speaker as written next to the quote ("he", "the ministry"). */
  speakerText: string | null;
  /** The speech verb or phrase ("said", "according to"). */
  cue: string | null;
  /** Index of the paragraph (in `paragraphs` order of the body text) the quote starts in. */
  paragraph: number;
  /** Offsets of the quoted words in the article's `text`. */
  start: number;
  end: number;
  /** True for a quoted phrase inside a sentence rather than a whole quoted sentence. */
  partial: boolean;
  /** Index of the quote's entry in the article's `speakers`; null when unattributed (set by stage 6b). */
  speakerIndex?: number | null;
}

/** Whether a speaker is a person, an organisation, or not known (a group, a document, an unresolved pronoun). */
export type SpeakerKind = 'person' | 'organisation' | 'unknown';

/** One speaker entity: every quote whose speaker resolves to the same fullest name. */
export interface Speaker {
  /** The fullest name the article gives ("Leonard Burman", "Western officials"). */
  name: string;
  kind: SpeakerKind;
  /** Other names it appears under as written ("Mr. Burman", "the officials"); no pronouns. */
  aliases: string[];
  /** How many quotes, and how many words in them. */
  quotes: number;
  words: number;
}

/** What a removal stage removed, and why: the material of `--explain`. */
export interface Removal {
  rule: string;
  text: string;
  stage: string;
}

export interface Article {
  source: Source;
  title: string | null;
  /** The byline as written. */
  byline: string | null;
  authors: string[];
  /** ISO 8601 date or date-time, or null. */
  published: string | null;
  siteName: string | null;
  lang: string | null;
  url: string | null;
  description: string | null;
  image: string | null;
  blocks: Block[];
  quotes: Quote[];
  /** The quotes' speakers as entities, in order of first appearance (stage 6b). */
  speakers?: Speaker[];
  /** Removed material with the rule that removed it (not rendered; for --explain). */
  removed: Removal[];
}

export const SCHEMA_VERSION = 1;
