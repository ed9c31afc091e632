/** Plain-text output: the title, then the body paragraphs, separated by blank lines. */
import { bodyLayout } from '../body.js';
import type { Article } from '../model.js';

export function renderText(article: Article): string {
  const body = bodyLayout(article.blocks).text;
  return (article.title ? `${article.title}\n\n${body}` : body) + '\n';
}
