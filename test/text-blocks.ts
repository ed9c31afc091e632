/** The body of a raw-text page as the text path keeps it: its blocks' texts, in order (the text-path tests' one way to read a result). */
import { extract } from '../src/pipeline.js';

export async function textBlocks(page: string | readonly string[]): Promise<string[]> {
  const input = typeof page === 'string' ? page : page.join('\n');
  return (await extract(input, { inputFormat: 'text' })).blocks.map((b) => b.text);
}

/** The same blocks joined by line breaks, for `toContain` checks across blocks. */
export const textBody = async (page: string | readonly string[]): Promise<string> => (await textBlocks(page)).join('\n');
