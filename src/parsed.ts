import type { Article } from './model.js';

/**
 * What an input path (HTML or text) hands to the shared stages: the article model before
 * source information and quotes are added. Both paths produce exactly this shape.
 */
export type Parsed = Omit<Article, 'source' | 'quotes'>;
