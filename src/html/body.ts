/**
 * The article body of a page: candidates compared, the best one turned into blocks.
 *
 *   1. Readability on a copy of the page with its boilerplate elements removed (html/clean.ts)
 *   2. when that gives too little text (a page whose article sits in a container named like a
 *      widget, or a very short post): Readability on an uncleaned copy
 *   3. when Readability finds nothing: the cleaned page's whole body
 * The winner's link lists and short boilerplate lines are then removed.
 */
import type { Readability as ReadabilityClass } from '@mozilla/readability';
import type { Block, Removal } from '../model.js';
import { toBlocks } from './blocks.js';
import { cleanContent, cleanPage, filterBlocks, type BlockContext } from './clean.js';

/**
 * Fewest words a cleaned candidate must keep of the uncleaned one before it is trusted: below
 * this share the cleaning removed part of the article. Rarely triggers (2 of 181 aeb pages).
 */
const MIN_KEPT_SHARE = 0.5;
/** Bodies shorter than this (words) are checked against the uncleaned candidate. */
const SHORT_BODY_WORDS = 120;

export interface BodyResult {
  blocks: Block[];
  /** Readability's result for the chosen candidate (title, byline, site name, excerpt, lang). */
  readability: ReturnType<ReadabilityClass<Element>['parse']>;
}

type ReadabilityCtor = typeof ReadabilityClass;

const wordsOf = (blocks: readonly Block[]) => blocks.reduce((n, b) => n + (b.text.match(/\S+/g)?.length ?? 0), 0);

/** Runs on `doc` and changes it (boilerplate removal, Readability): callers pass a document they no longer need. */
function candidate(doc: Document, Readability: ReadabilityCtor, ctx: BlockContext, clean: boolean): BodyResult & { removed: Removal[] } {
  const removed: Removal[] = [];
  if (clean) cleanPage(doc, removed, ctx.title);
  // JSON-LD was read by html/metadata.ts already; Readability need not parse it again.
  const readability = new Readability<Element>(doc, { serializer: (el) => el as Element, disableJSONLD: true }).parse();
  const content = readability?.content ?? doc.body;
  if (!content) return { blocks: [], readability, removed };
  cleanContent(content, removed);
  return { blocks: filterBlocks(toBlocks(content), ctx, removed), readability, removed };
}

/**
 * `doc` is consumed (changed in place: copying a whole page costs about as much as parsing it);
 * `fresh` builds another copy of the page, needed only for the rare short-body comparison.
 */
export async function extractBody(doc: Document, fresh: () => Promise<Document>, Readability: ReadabilityCtor, ctx: BlockContext, removed: Removal[]): Promise<BodyResult> {
  // 1. The cleaned candidate.
  let best = candidate(doc, Readability, ctx, true);
  // 2. Too short: compare with the uncleaned candidate.
  const words = wordsOf(best.blocks);
  if (words < SHORT_BODY_WORDS) {
    const raw = candidate(await fresh(), Readability, ctx, false);
    if (words < MIN_KEPT_SHARE * wordsOf(raw.blocks)) {
      raw.removed.unshift({ stage: 'html', rule: 'short-body-fallback', text: `cleaned body had ${words} words; used the uncleaned page` });
      best = raw;
    }
  }
  removed.push(...best.removed);
  return { blocks: best.blocks, readability: best.readability };
}
