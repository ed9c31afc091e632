/** The visible headline (src/html/title.ts). */
import { describe, expect, it } from 'vitest';
import { pickTitle, stripSiteName, type HeadingCandidate } from '../../src/html/title.js';

const h1 = (text: string, outside = false): HeadingCandidate => ({ text, outside });

describe('stripSiteName', () => {
  it.each([
    ['Rain returns to the valley | Harbour Gazette', 'Harbour Gazette', 'Rain returns to the valley'],
    ['Harbour Gazette - Rain returns to the valley', 'Harbour Gazette', 'Rain returns to the valley'],
    ['Rain returns to the valley – HG', null, 'Rain returns to the valley'],
    ['Review: a quiet film about loud people', null, 'Review: a quiet film about loud people'],
  ])('%s', (title, site, expected) => {
    expect(stripSiteName(title, site)).toBe(expected);
  });
});

describe('pickTitle', () => {
  it('takes the <h1> that agrees with the metadata title', () => {
    expect(pickTitle([h1('Harbour Gazette', true), h1('Rain returns to the valley')], ['Rain returns to the valley | Harbour Gazette'], 'Harbour Gazette')).toBe('Rain returns to the valley');
  });
  it('prefers the visible headline to a different SEO title that shares its words', () => {
    expect(pickTitle([h1('After ten dry years, rain returns to the valley')], ['Valley rain: forecast, totals and what it means | HG'], 'HG')).toBe('After ten dry years, rain returns to the valley');
  });
  it('keeps the metadata title when the <h1> is unrelated, short, or site furniture', () => {
    expect(pickTitle([h1('Sign up for our morning newsletter today')], ['Rain returns to the valley | HG'], 'HG')).toBe('Rain returns to the valley');
    expect(pickTitle([h1('Valley')], ['Rain returns to the valley | HG'], 'HG')).toBe('Rain returns to the valley');
    expect(pickTitle([h1('Valley rain news and weather', true)], ['Rain returns to the valley | HG'], 'HG')).toBe('Rain returns to the valley');
  });
  it('does not take a one-word <h1> that merely ends the title', () => {
    expect(pickTitle([h1('Reviews')], ['Slow cooking for beginners: ten recipes. Reviews'], null)).toBe('Slow cooking for beginners: ten recipes. Reviews');
  });
  it('takes a short <h1> cut off from the site name by a separator', () => {
    expect(pickTitle([h1('About us')], ['About us – Harbour Gazette'], null)).toBe('About us');
  });
});

describe('pickTitle with a section label in an <h1>', () => {
  it('needs two shared words before an <h1> overrules the metadata title', () => {
    expect(pickTitle([h1('Latest stories from Ohio')], ['Ohio farmer wins state ploughing match | HG'], 'HG')).toBe('Ohio farmer wins state ploughing match');
  });
});
