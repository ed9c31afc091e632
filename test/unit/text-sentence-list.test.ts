/**
 * Text path: short lines inside the article that go on the sentence above them (items starting in
 * lower case) are the article's list, not a menu run. A page written for this test.
 */
import { describe, expect, it } from 'vitest';
import { continuesSentence } from '../../src/text/parse.js';

describe('a list that goes on a sentence', () => {
  it('is told from a menu by its lower-case items of a few words', () => {
    expect(continuesSentence(['curious and open to new ideas', 'want to change something at work', 'need more time for their families', 'Contact'])).toBe(true);
    expect(continuesSentence(['Home', 'News', 'Sport', 'Weather'])).toBe(false);
    expect(continuesSentence(['home', 'news', 'sport', 'weather'])).toBe(false);
  });
});
