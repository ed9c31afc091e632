/**
 * The two filters every user of a web crawl applies first (issue 13): `--lang <codes>` keeps
 * documents whose language is listed, `--min-words <n>` keeps documents whose body has at least
 * n words. Both look at the finished article (its `lang` and its `wordCount`, as the JSON output
 * shows them), so they work the same on every input: files, archives, WARC/WET records, NDJSON.
 * A document they turn away is skipped, with a reason, not failed.
 */
import { bodyLayout } from '../body.js';
import { UsageError } from '../errors.js';
import type { Article } from '../model.js';
import { countWords } from '../metadata/words.js';

export interface DocFilter {
  /** Canonical language tags (`en`, `pt-BR`); a tag without a region also takes its regional forms. */
  langs?: string[];
  /** Fewest body words (the JSON output's `wordCount`). */
  minWords?: number;
}

/** What a skipped document's reason starts with, so the summary can count by kind. */
export const SKIP_KINDS = { lang: 'language not in --lang', minWords: 'under --min-words' } as const;

/** One language tag, canonical ("ENG" -> "en", "pt_br" -> "pt-BR"), or null when it is no tag. */
export function canonicalTag(tag: string): string | null {
  const t = tag.trim().replace(/_/g, '-');
  if (!t) return null;
  try {
    return Intl.getCanonicalLocales(t)[0] ?? null;
  } catch {
    return null;
  }
}

/** `--lang en,de` (ISO 639-1 or 639-3 codes, BCP 47 tags) -> canonical tags; a bad code is a usage error. */
export function parseLangs(value: string): string[] {
  const out: string[] = [];
  for (const part of value.split(/[,\s]+/).filter(Boolean)) {
    const tag = canonicalTag(part);
    if (!tag || tag === 'und') throw new UsageError(`--lang: "${part}" is not a language code (use codes like en, de, pt-BR)`);
    if (!out.includes(tag)) out.push(tag);
  }
  if (!out.length) throw new UsageError('--lang: no language code given');
  return out;
}

/** True when the article's language is one of `langs`: `en` takes `en-GB`; `en-GB` takes only `en-GB`. */
export function langMatches(lang: string | null, langs: readonly string[]): boolean {
  const tag = lang ? canonicalTag(lang) : null;
  if (!tag) return false;
  const primary = tag.split('-')[0]!.toLowerCase();
  return langs.some((l) => l.toLowerCase() === tag.toLowerCase() || (!l.includes('-') && l.toLowerCase() === primary));
}

/** Why the filter turns the article away, or null when it keeps it. */
export function filterReason(article: Article, filter: DocFilter): string | null {
  if (filter.langs?.length && !langMatches(article.lang, filter.langs)) {
    return `${SKIP_KINDS.lang} ${filter.langs.join(',')} (${article.lang ? `language ${article.lang}` : 'language unknown'})`;
  }
  if (filter.minWords) {
    const words = countWords(bodyLayout(article.blocks).text);
    if (words < filter.minWords) return `${SKIP_KINDS.minWords} ${filter.minWords} (${words} words)`;
  }
  return null;
}
