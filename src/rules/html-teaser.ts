/**
 * The words page templates use in the class or id of a standfirst (the teaser paragraph printed
 * under the headline), per language where the word is a language's own (src/html/body.ts,
 * findTeaser). Readability often leaves such a paragraph out: it sits outside the element that
 * holds the article's paragraphs. Each entry has an id and a reason.
 */
import { escapeRegExp, wordList } from './regex.js';

export interface TeaserNames {
  id: string;
  /** Class and id words, matched as whole words between spaces, "-" and "_". */
  words: readonly string[];
  reason: string;
}

export const TEASER_NAMES: readonly TeaserNames[] = [
  {
    id: 'english',
    words: wordList('intro|lead|leadin|teaser|standfirst|dek|deck|summary|excerpt|abstract|subtitle|subheadline|subline'),
    reason: 'English template words for the paragraph under the headline ("article-intro", "story-dek", "entry-summary"); also used by sites in every language.',
  },
  { id: 'german', words: wordList('einleitung|vorspann'), reason: 'German: the lead paragraph of a news story.' },
  { id: 'french', words: wordList('chapo|chapeau'), reason: 'French: the chapô under a headline.' },
  { id: 'spanish', words: wordList('bajada|entradilla'), reason: 'Spanish: the bajada or entradilla under a headline.' },
  { id: 'italian', words: wordList('sottotitolo'), reason: 'Italian: the sottotitolo under a headline.' },
  { id: 'dutch', words: wordList('lid'), reason: 'Dutch: the lead ("lid") of a story.' },
];

/** Class and id text naming a standfirst: one of TEASER_NAMES' words between spaces, "-" and "_". */
export const TEASER_NAME = new RegExp(`(?:^|[\\s_-])(?:${TEASER_NAMES.flatMap((n) => n.words).map(escapeRegExp).join('|')})(?:$|[\\s_-])`, 'i');
