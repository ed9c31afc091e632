/**
 * article-extract as a library.
 *
 *   import { extract, extractFile, renderMarkdown } from 'article-extract';
 *   const article = await extractFile('page.html', { url: 'https://example.com/a' });
 */
export { extract, type ExtractOptions } from './pipeline.js';
export { extractFile, readInput } from './io/read.js';
export { ExtractError, UsageError, type ErrorCode } from './errors.js';
export type { Article, Block, BlockKind, InputFormat, Quote, Removal, Source } from './model.js';
export { SCHEMA_VERSION } from './model.js';
export { renderMarkdown, type MarkdownOptions } from './render/markdown.js';
export { renderJson, renderNdjsonLine, toJson, type ArticleJson } from './render/json.js';
export { renderText } from './render/text.js';
export { renderHtml, bodyHtml } from './render/html.js';
export { chunkArticle, renderChunkLines, CHUNK_JOINER, type Chunk } from './render/chunk.js';
export { articleDirection, type Direction } from './render/direction.js';
export type { LinkShapeOptions, LinkStyle } from './render/markdown-links.js';
export { splitAuthors } from './metadata/authors.js';
export { parseDate } from './metadata/date.js';
export { BOILERPLATE_RULES, type BoilerplateRule } from './rules/boilerplate.js';
export { loadRules, parseRules } from './user-rules/api.js';
export { RuleFileError } from './user-rules/errors.js';
export type { RuleSet, UserRule, Pick as RulePick } from './user-rules/types.js';
