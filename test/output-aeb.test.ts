/**
 * Issue 15's checks over every page of the aeb benchmark (../shared/bench/aeb/html, outside the
 * repository): HTML output valid (parse5, no parse error), safe, absolute links, visible text =
 * `text`; --no-links --no-images Markdown without "](" and "!["; chunks within the limit (unless
 * one block alone is over it), in order, joined = `text`. Skipped, with the reason, when the
 * benchmark is absent (a clean clone, CI). The same checks run as a script: bench/check-output.mjs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHUNK_JOINER, chunkArticle, extract, renderHtml, renderMarkdown, toJson } from '../src/index.js';
import { checkChunks, checkHtml, checkPlainMarkdown } from '../bench/output-checks.mjs';

const AEB = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'aeb');
const present = existsSync(join(AEB, 'html'));
const LIMITS = [50, 200];

describe.skipIf(!present)('issue 15 checks over every aeb page (skipped: ../shared/bench/aeb is not in the repository, so a clean clone has no pages to check)', () => {
  for (const input of ['html', 'text'] as const) {
    it(`every aeb ${input} page: HTML, plain Markdown and chunks pass`, async () => {
      const folder = join(AEB, input);
      const problems: string[] = [];
      for (const f of readdirSync(folder).sort()) {
        const article = await extract(readFileSync(join(folder, f)), { path: f, inputFormat: input });
        const text = toJson(article).text;
        for (const p of checkHtml(renderHtml(article), text)) problems.push(`${f} html: ${p}`);
        for (const p of checkPlainMarkdown(renderMarkdown(article, { links: false, images: false }))) problems.push(`${f} markdown: ${p}`);
        const blockTexts = article.blocks.map((b) => b.text).filter((t) => t.trim());
        for (const limit of LIMITS) for (const p of checkChunks(chunkArticle(article, limit), limit, blockTexts, text, CHUNK_JOINER)) problems.push(`${f} chunks ${limit}: ${p}`);
      }
      expect(problems).toEqual([]);
    }, 600_000);
  }
});
