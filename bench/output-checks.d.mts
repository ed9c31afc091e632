/** Types of bench/output-checks.mjs, for the tests that import it. */
export declare function checkHtml(html: string, text: string): string[];
export declare function visibleBodyText(doc: unknown): string;
export declare function checkPlainMarkdown(markdown: string): string[];
export declare function checkChunks(
  chunks: ReadonlyArray<{ index: number; text: string; start: number; end: number; wordCount: number }>,
  limit: number,
  blockTexts: readonly string[],
  text: string,
  joiner: string,
): string[];
