/**
 * Site rules: the data a user writes (`--rules FILE`, `extract(input, { rules })`) to fix one
 * site's extraction without a fork. The format is schema/rules.schema.json
 * (`article-extract/rules.schema.json`); README "Site rules" describes it.
 */

/** An element to read: its text, or one of its attributes. */
export interface Pick {
  selector: string;
  attribute?: string;
}

export interface UserRule {
  id: string;
  reason: string;
  /** 'example.com' (also www.example.com) or '*.example.com'; with `urls`, both must match. */
  hosts?: string[];
  /** Glob patterns over the whole URL. */
  urls?: string[];
  // HTML
  content?: string;
  remove?: string[];
  keep?: string[];
  title?: string | Pick;
  byline?: string | Pick;
  authors?: string | Pick;
  published?: string | Pick;
  image?: string | Pick;
  // text
  dropLines?: string[];
  endAt?: string[];
  titleLine?: string;
  bylineLine?: string;
}

/** One rule set: a file's content. */
export interface RuleSet {
  rules: UserRule[];
  /** Where it came from (a file name): --explain names a rule `source#n`. */
  source?: string;
}

/** The keys that pick metadata from an HTML page, in the order they are read. */
export const PICK_KEYS = ['title', 'byline', 'authors', 'published', 'image'] as const;
export type PickKey = (typeof PICK_KEYS)[number];

/** A line pattern compiled for linear-time matching. */
export interface LineMatcher {
  source: string;
  test(line: string): boolean;
  /** The matched value: the first capture group when the pattern has one, else the whole line; null when no match. */
  value(line: string): string | null;
}

/** A rule ready to run: checked, its patterns compiled, named for --explain. */
export interface CompiledRule {
  /** `rules.yaml#3`: the file and the entry's number (from 1). */
  label: string;
  id: string;
  /** Null: a global rule. */
  scope: { hosts: readonly string[]; urls: ((url: string) => boolean) | null } | null;
  content?: string;
  remove: readonly string[];
  keep: readonly string[];
  picks: Partial<Record<PickKey, Pick>>;
  dropLines: readonly LineMatcher[];
  endAt: readonly LineMatcher[];
  titleLine?: LineMatcher;
  bylineLine?: LineMatcher;
}

/** The stage name of user-rule entries in `removed`. */
export const USER_STAGE = 'user-rules';
/** The stage of entries that record a value a user rule chose (shown as "chose" by --explain). */
export const CHOSE_STAGE = 'user-rules-chose';
