/**
 * Text path: a social-media post the article embeds (its lines, then "— Name (@handle) date")
 * is part of the article, in the middle and at its end; a sentence naming a handle is no signature.
 */
import { describe, expect, it } from 'vitest';
import { embedSignatureRule } from '../../src/text/embedded-post.js';
import { textBody } from '../text-blocks.js';

const PROSE = [
  'The ferry company said on Tuesday that the night crossing to the islands would stop running in the spring, after ten years in which the boat rarely sailed more than half full.',
  'Passengers who rely on the late boat, most of them nurses and cooks working evening shifts in the harbour town, said they had heard about the decision from a notice on the quay.',
  'The company will keep the two morning sailings and add a third on weekends in summer, a spokeswoman said, and the island council plans to ask the region for a subsidy for the night route.',
  'Council members will meet the company next week, and the region has promised an answer before the timetable for the spring is printed and sent to the ticket offices along the coast.',
];

const page = [
  'Home', 'News', 'Islands', 'Weather', '',
  'Night ferry to the islands will stop in spring', '', 'By Mara Lindqvist', 'March 4, 2025', '',
  PROSE[0], '', PROSE[1], '',
  'No more late boat home after the spring.',
  'Twelve of us on the evening shift',
  'Who decided this?',
  'pic.example.com/abc123',
  '— Island Nurses Union (@islandnurses) March 3, 2025', '',
  PROSE[2], '', PROSE[3], '',
  'We will ask the region to pay for the night route.',
  'Read our letter to the ferry company',
  'pic.example.com/xyz789', '',
  '— Council of the Isles (@islecouncil) March 4, 2025', '',
  'Back to top button', 'Related Articles', 'Harbour market opens for the season', 'Storm closes the coast road',
].join('\n');

const body = async () => await textBody(page);

describe('an embedded social-media post', () => {
  it('recognises the signature line under a post', () => {
    expect(embedSignatureRule('— Island Nurses Union (@islandnurses) March 3, 2025')).toBe('post-signature-handle');
    expect(embedSignatureRule('- Ana (@ana_b) 3 March 2025')).toBe('post-signature-handle');
    expect(embedSignatureRule('— Island Nurses Union (@islandnurses) said the boat was always late')).toBeNull();
    expect(embedSignatureRule('March 3, 2025')).toBeNull();
  });
  it('keeps the post in the middle of the article, its lines and its signature', async () => {
    const text = await body();
    expect(text).toContain('Who decided this?');
    expect(text).toContain('Twelve of us on the evening shift');
    expect(text).toContain('(@islandnurses) March 3, 2025');
  });
  it('keeps the post that ends the article, not the junk after it', async () => {
    const text = await body();
    expect(text).toContain('(@islecouncil) March 4, 2025');
    expect(text).not.toContain('Back to top');
    expect(text).not.toContain('Harbour market');
  });
});
