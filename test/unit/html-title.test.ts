/** The visible headline (src/html/title.ts). */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { pickTitle, readHeadings, stripSiteName, type HeadingCandidate } from '../../src/html/title.js';

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

describe('readHeadings', () => {
  const read = (html: string, tag: 'h1' | 'h2' = 'h1') => readHeadings(parseHTML(`<html><body class="home wp-custom-logo">${html}</body></html>`).document, tag);

  it('splits a kicker element off the headline and joins parts at <br> with a space', () => {
    const [h] = read('<h1><span class="dachzeile">Hafen</span> <span class="headline">Fähre fährt wieder nach Plan</span></h1>');
    expect(h).toMatchObject({ text: 'Hafen Fähre fährt wieder nach Plan', afterKicker: 'Fähre fährt wieder nach Plan', markedKicker: true });
    const [b] = read('<h1><span class="post-title"><small>Week in review</small><br>Rain returns to the valley</span></h1>');
    expect(b).toMatchObject({ text: 'Week in review Rain returns to the valley', afterKicker: 'Rain returns to the valley', markedKicker: true });
  });

  it('does not take a headline-first heading for a kicker', () => {
    const [h] = read('<h1><span class="subheadline">Ferry service resumes on the harbour line</span> <span>"At last"</span></h1>');
    expect(h!.markedKicker).toBe(false);
  });

  it('drops soft hyphens and skips <style> inside a heading', () => {
    const [h] = read('<h1><style>.x{color:red}</style>Fäh\u00adren\u00adver\u00adkehr läuft wieder</h1>');
    expect(h!.text).toBe('Fährenverkehr läuft wieder');
  });

  it('marks the site name: a heading that only links to the home page, or one named site-title', () => {
    expect(read('<h1><a href="https://harbourgazette.example/">Harbour Gazette</a></h1>')[0]!.site).toBe(true);
    expect(read('<h1><a href="https://web.archive.org/web/2019/http://harbourgazette.example/">Harbour Gazette</a></h1>')[0]!.site).toBe(true);
    expect(read('<h1 id="site-title"><span>Harbour Gazette</span></h1>')[0]!.site).toBe(true);
    expect(read('<h1 class="entry-title"><a href="https://harbourgazette.example/2020/rain">Rain returns</a></h1>')[0]!.site).toBeUndefined();
  });

  it('marks screen-reader headings as hidden, and a "logo" class on <body> hides nothing', () => {
    const [a, b] = read('<h1 class="hide-accessible">detail</h1><h1 class="entry-title">Rain returns to the valley</h1>');
    expect(a!.hidden).toBe(true);
    expect(b).toMatchObject({ outside: false });
    expect(b!.hidden).toBeUndefined();
  });
});

describe('stripSiteName with the host and labels', () => {
  it.each([
    ['Time 4 talks » Blog Archive » Rain returns', 'time4talks.example', 'Rain returns'],
    ['Harbourgazette.com » Rain returns', 'harbourgazette.com', 'Rain returns'],
    ['Rain returns to the valley | News | Harbour Gazette', 'www.harbourgazette.example', 'Rain returns to the valley'],
    ['HARBOURGAZETTE: Der Windrebell', 'harbourgazette.example', 'Der Windrebell'],
  ])('%s', (title, host, expected) => {
    expect(stripSiteName(title, null, host)).toBe(expected);
  });

  it('cuts a site name glued to the headline without a separator', () => {
    expect(stripSiteName('Truck wash A31The other business directory | The other business directory', ['The other business directory'])).toBe('Truck wash A31');
  });

  it('keeps a headline that mentions the site', () => {
    expect(stripSiteName('Harbour Gazette editor wins national press award | Harbour Gazette', 'Harbour Gazette')).toBe('Harbour Gazette editor wins national press award');
  });
});

describe('pickTitle with site furniture', () => {
  const site = (text: string): HeadingCandidate => ({ text, outside: false, site: true });

  it('never takes the logo <h1>, even when it ends the title', () => {
    expect(pickTitle([site('Harbour Gazette'), h1('Rain returns')], ['Rain returns | Harbour Gazette'], null)).toBe('Rain returns');
  });

  it('takes the post title from an <h2> when the <h1> is the blog name', () => {
    const h2s = [h1('Rain returns'), h1('Categories')];
    expect(pickTitle([site('Harbour Diary')], ['Harbour Diary » Rain returns'], null, null, { h2s })).toBe('Rain returns');
    expect(pickTitle([site('Harbour Diary')], ['Rain returns – part three', 'Rain returns – part three | Harbour Diary'], null, null, { h2s: [h1('Rain returns – part three')] })).toBe('Rain returns – part three');
  });

  it('skips a hidden section label in an <h1>', () => {
    expect(pickTitle([{ text: 'detail', outside: false, hidden: true }, h1('Local elections in the valley')], ['Local elections in the valley', 'Valley Foundation - detail'], null)).toBe('Local elections in the valley');
  });

  it('does not take a one-word section label for the headline', () => {
    expect(pickTitle([h1('Literatur')], ['Buch der Woche - Neue Romane'], null, null, { h2s: [h1('Buch der Woche: Neue Romane')] })).toBe('Buch der Woche: Neue Romane');
  });
});

describe('pickTitle with kickers', () => {
  const kicked = (kicker: string, rest: string, marked: boolean): HeadingCandidate => ({ text: `${kicker} ${rest}`, outside: false, afterKicker: rest, markedKicker: marked });

  it('drops a marked kicker from the <h1>', () => {
    expect(pickTitle([kicked('After the storm', 'Ferries run again on the harbour line', true)], ['After the storm: Ferries run again on the harbour line | HG'], 'HG')).toBe('Ferries run again on the harbour line');
  });

  it('drops an unmarked first part when the metadata title is the rest', () => {
    expect(pickTitle([kicked('Press release of the port authority', 'Ferries run again on the harbour line', false)], ['Press releases', 'Ferries run again on the harbour line'], null)).toBe('Ferries run again on the harbour line');
  });

  it('keeps the kicker when the metadata title has it too', () => {
    expect(pickTitle([kicked('Harbour strike:', 'Ferries stop again', true)], ['Harbour strike: Ferries stop again'], null)).toBe('Harbour strike: Ferries stop again');
  });
});

describe('pickTitle against the metadata', () => {
  it('takes the lone <h1> when the title only names the site', () => {
    expect(pickTitle([h1('Privacy update for our shop templates')], ['.:: HARBOUR SHOP ::. Templates and themes'], '.:: HARBOUR SHOP ::. Templates and themes')).toBe('Privacy update for our shop templates');
    expect(pickTitle([h1('Willkommen!')], ['Kanzlei Hafen'], null, null, { host: 'kanzleihafen.example' })).toBe('Willkommen!');
  });

  it('takes an <h1> that is the title with a site name of its own appended', () => {
    expect(pickTitle([h1('What we do not want to hear | OTHER.EXAMPLE')], ['What we do not want to hear', 'What we do not want to hear | HARBOUR'], 'HARBOUR')).toBe('What we do not want to hear');
  });

  it('takes an <h1> inside the navigation when it is exactly a metadata title', () => {
    expect(pickTitle([h1('Ferry strike: harbour line stops again', true)], ['Harbour line stops again', 'Ferry strike: harbour line stops again'], null)).toBe('Ferry strike: harbour line stops again');
  });

  it('takes an <h2> that is a segment of the title', () => {
    expect(pickTitle([], ['Villa Sol - Holiday home in Florida'], null, null, { h2s: [h1('Details'), h1('Villa Sol')] })).toBe('Villa Sol');
    expect(pickTitle([], ['Ferry question about timetables ? | Boats | Forum | Harbour.example'], null, null, { h2s: [h1('Ferry question about timetables ?')] })).toBe('Ferry question about timetables ?');
  });

  it('takes the first <h2> of a page without an <h1> when it shares a word with the title', () => {
    expect(pickTitle([], ['Fire Brigade Harbour - Training'], null, null, { h2s: [h1('Boat Training'), h1('Contact')] })).toBe('Boat Training');
    expect(pickTitle([], ['Training at the harbour fire brigade'], null, null, { h2s: [h1('Opening hours'), h1('Boat Training')] })).toBe('Training at the harbour fire brigade');
  });
});

describe('the HTML path with a kicker in the <h1>', () => {
  it('gives the headline without its kicker, and the heading does not open the body', async () => {
    const { extract } = await import('../../src/pipeline.js');
    const para = 'The harbour ferry returned to its full timetable on Monday after a week of repairs to the landing stage, the port authority said.';
    const html = `<html><head><title>Harbour Gazette: news from the coast</title><meta property="og:title" content="Ferries run again on the harbour line"></head><body>
      <div class="story"><h1><span class="roofline">Ferry timetable news</span> Ferries run again on the harbour line</h1>
      <p>${para}</p><p>${para}</p><p>${para}</p></div></body></html>`;
    const a = await extract(html, { path: 'ferry.html' });
    expect(a.title).toBe('Ferries run again on the harbour line');
    const body = a.blocks.map((b) => b.text).join('\n');
    expect(body).not.toContain('Ferry timetable news');
    expect(body).toContain('full timetable');
  });
});

describe('site names that are not headlines', () => {
  it('reads an index page or a language root as the home page', () => {
    const read = (html: string) => readHeadings(parseHTML(`<html><body>${html}</body></html>`).document, 'h1')[0]!;
    expect(read('<h1><a href="/index.php">Harbour Gazette</a></h1>').site).toBe(true);
    expect(read('<h1><a href="https://harbourgazette.example/de/">Harbour Gazette</a></h1>').site).toBe(true);
    expect(read('<h1><a href="/2020/rain-returns">Rain returns</a></h1>').site).toBeUndefined();
  });

  it('keeps a headline that starts with the host name', () => {
    expect(stripSiteName('Gazette-Affair: what happened in 1962 | DER GAZETTE', 'DER GAZETTE', 'www.gazette.example')).toBe('Gazette-Affair: what happened in 1962');
    expect(stripSiteName('Harbour Gazette wins award - Harbour Gazette', 'Harbour Gazette')).toBe('Harbour Gazette wins award');
  });
});
