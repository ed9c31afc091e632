/**
 * The text path: raw scraped text -> the article model.
 *   1. split into units (paragraphs, lists, one-line blocks; hard-wrapped lines joined)
 *   2. find the header: headline, byline, date line, and where the prose starts
 *   3. drop what sits above the headline (site name, menus), keep the rest as body blocks
 * Boilerplate inside and after the body is removed later by the shared boilerplate stage.
 */
import type { Block, Removal } from '../model.js';
import type { Parsed } from '../parsed.js';
import { findHeader } from './header.js';
import { toUnits } from './units.js';

export function parseText(text: string): Parsed {
  const units = toUnits(text);
  const header = findHeader(units);
  const removed: Removal[] = [];
  const blocks: Block[] = [];
  const skip = new Set([header.titleIndex, header.bylineIndex, header.dateIndex]);
  units.forEach((u, i) => {
    if (i < header.titleIndex) {
      removed.push({ stage: 'text-header', rule: 'above-headline', text: u.text });
    } else if (skip.has(i)) {
      const role = i === header.titleIndex ? 'title' : i === header.bylineIndex ? 'byline' : 'date-line';
      removed.push({ stage: 'text-header', rule: role, text: u.text });
    } else {
      blocks.push(u.block);
    }
  });
  return {
    title: header.title,
    byline: header.byline,
    authors: [],
    published: header.published,
    siteName: null,
    lang: null,
    url: null,
    description: null,
    image: null,
    blocks,
    removed,
  };
}
