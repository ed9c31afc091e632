/**
 * Stage 5: metadata that both paths finish the same way: authors from the byline, empty
 * strings to null, and a language guess where the input did not declare one.
 */
import type { Article } from '../model.js';
import { mergeAuthors, splitAuthors } from './authors.js';
import { canonicalLang, guessLanguage } from './language.js';
import { SPACE_RUNS } from '../space.js';

const orNull = (s: string | null | undefined) => {
  const t = (s ?? '').replace(SPACE_RUNS, ' ').trim();
  return t ? t : null;
};

/**
 * `recordLang`: the language an archive record declares ("eng", "eng,deu"); its first language
 * is used only when the text declares none and the stopword guess finds none (a short text, a
 * language the guess does not know), so a text that contradicts it keeps its own.
 */
export function finishMetadata(article: Article, recordLang?: string): Article {
  // The HTML path has already chosen its authors from JSON-LD, meta tags and the byline element
  // (and rejected the site's own name); splitting its byline again would bring those back.
  const authors = article.authors.length || article.source.format === 'html' ? mergeAuthors(article.authors) : splitAuthors(article.byline);
  return {
    ...article,
    title: orNull(article.title),
    byline: orNull(article.byline),
    authors,
    siteName: orNull(article.siteName),
    description: orNull(article.description),
    image: orNull(article.image),
    url: orNull(article.url),
    lang: orNull(article.lang) ?? guessLanguage(article.blocks.map((b) => b.text).join(' ')) ?? (recordLang ? canonicalLang(recordLang) : null),
  };
}
