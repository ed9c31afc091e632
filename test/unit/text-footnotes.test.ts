/**
 * Text path: the notes under an article that cites them ("[1]") join it; numbered lines the
 * article does not cite stay out.
 */
import { describe, expect, it } from 'vitest';
import { textBody } from '../text-blocks.js';

const page = (notes: string[]) => [
  'Home', 'Science', 'Health', '',
  'Night shifts and the body clock', '', 'By Tomas Reyes', 'June 2, 2024', '',
  'People who work at night for years sleep about an hour less than those who work by day, and the loss does not shrink with time, a review of older studies suggests.[1]', '',
  'Hospitals have tried brighter lights in the wards and shorter runs of night shifts, and the second change seems to help more than the first, at least for nurses.[2]', '',
  'The authors say that the studies were small and that a larger trial is needed before any hospital changes its rota because of them.', '',
  ...notes, '',
  'Share this:', 'Facebook', 'Twitter',
].join('\n');

const body = async (notes: string[]) => await textBody(page(notes));

describe('notes under the article', () => {
  it('join it when the article cites their markers', async () => {
    const text = await body(['[1] Ortega P, Lind M. Shift work and sleep length. Sleep Rev 2018; 12: 40-51.', '[2] Hale J. Light, rotas and rest. Nurs Q 2020; 7: 3-9.']);
    expect(text).toContain('[1] Ortega P, Lind M.');
    expect(text).toContain('[2] Hale J.');
    expect(text).not.toContain('Facebook');
  });
  it('but not when the article cites no such marker', async () => {
    const text = await body(['[7] Ortega P, Lind M. Shift work and sleep length. Sleep Rev 2018; 12: 40-51.']);
    expect(text).not.toContain('Ortega P');
  });
});
