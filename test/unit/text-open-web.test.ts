/**
 * Text path on the open web (pages written for these tests): soft hyphens, a German kicker over
 * the headline, the article's own table of contents under its lead, symbolic-picture captions
 * and ranked teaser lists ("Meistgelesen": 1, headline, 2, headline …).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { penaltyApplies, TITLE_PENALTIES } from '../../src/rules/title.js';
import { HEADER_TESTS } from '../../src/text/header.js';
import { rankedListLines } from '../../src/text/ranked-list.js';
import { contentsEntries } from '../../src/text/region.js';
import { scoreTitles } from '../../src/text/title.js';
import { toUnits } from '../../src/text/units.js';

const run = async (lines: string[]) => extract(lines.join('\n'), { inputFormat: 'text' });

const DE = [
  'Der Hafenrat hat am Donnerstag beschlossen, das alte Fährterminal in eine überdachte Markthalle umzubauen, nachdem zwei Jahre lang über das leere Gebäude am Ostkai gestritten worden war.',
  'Die Halle soll im Frühjahr öffnen, mit Platz für vierzig Stände, eine kleine Bühne für Musik und ein Café mit Blick über das Wasser bis zu den Inseln, sagte die Vorsitzende des Rates.',
  'Das Geld für das neue Dach und die Reparatur der Kaimauer muss noch der Regionalfonds bewilligen, der im März darüber entscheidet, ob er die Arbeiten am Terminal bezahlt.',
];

describe('soft hyphens', () => {
  it('are dropped from the text path units, so words read the same everywhere', () => {
    const units = toUnits('Markt\u00adhalle am Ost\u00adkai\n\nDer Hafen\u00adrat hat beschlossen.');
    expect(units.map((u) => u.text)).toEqual(['Markthalle am Ostkai', 'Der Hafenrat hat beschlossen.']);
  });
});

describe('a German kicker over the headline', () => {
  const page = (kicker: string, headline: string) => [
    'Startseite', 'Hafen', 'Kultur', '',
    kicker, headline, '12. März 2024 Klara Hoffmann', 'Bild: Anna Berg', '',
    ...DE.flatMap((p) => [p, '']),
    'Impressum', 'Datenschutz',
  ];
  it('takes the line under the kicker as the headline when both are about as long', async () => {
    const a = await run(page('Vorsitzende des Rates über Markthalle und Kaimauer', 'Hafenrat beschlossen: Fährterminal wird Markthalle am Ostkai'));
    expect(a.title).toBe('Hafenrat beschlossen: Fährterminal wird Markthalle am Ostkai');
  });
  it('still takes a short headline over its much longer standfirst', async () => {
    const a = await run(page('Markthalle im alten Fährterminal am Ostkai', 'Der Hafenrat baut das alte Fährterminal für vierzig Stände, eine Bühne und ein Café zu einer Halle um'));
    expect(a.title).toBe('Markthalle im alten Fährterminal am Ostkai');
  });
});

describe('the article’s table of contents', () => {
  const subheads = ['Was wird aus dem Terminal?', 'Wer bezahlt den Umbau?', 'Wann öffnet die Halle?'];
  const lines = [
    'Startseite', 'Hafen', 'Kultur', 'Kontakt', 'Suche', '',
    'Aus dem Fährterminal wird eine Markthalle', '', '12.03.2024', '',
    DE[0]!, '',
    'Inhaltsverzeichnis', ...subheads, '',
    subheads[0]!, '', DE[1]!, '',
    subheads[1]!, '', DE[2]!, '',
    subheads[2]!, '', `${DE[0]!} ${DE[1]!}`, '',
    'Impressum', 'Datenschutz',
  ];
  it('marks the listed subheads, not a menu printed twice', () => {
    const units = toUnits(lines.join('\n'));
    const classes = units.map((u) => ({ cls: u.text.length > 120 ? ('good' as const) : ('short' as const), why: '', rule: null }));
    const marked = contentsEntries(units.map((u) => u.text), classes);
    expect(units.filter((_u, i) => marked[i]).map((u) => u.text)).toEqual(subheads);
  });
  it('does not cut the headline and the lead off the article', async () => {
    const a = await run(lines);
    expect(a.title).toBe('Aus dem Fährterminal wird eine Markthalle');
    const texts = a.blocks.map((b) => b.text);
    expect(texts[0]).toBe(DE[0]);
    expect(texts).not.toContain('Inhaltsverzeichnis');
    expect(texts.filter((t) => t === subheads[1])).toHaveLength(1);
  });
});

describe('picture captions', () => {
  const marker = TITLE_PENALTIES.find((p) => p.id === 'picture-marker')!;
  const file = TITLE_PENALTIES.find((p) => p.id === 'image-file-name')!;
  it('recognises symbolic and archive pictures in several languages and file names', () => {
    for (const t of ['Markthalle am Ostkai (Symbolbild)', 'El puerto de noche. Foto de archivo', 'Le port la nuit (photo d’illustration)'.replace('’', "'"), 'Harbour at dawn (file photo)']) expect(penaltyApplies(marker, t)).toBe(true);
    expect(penaltyApplies(marker, 'Symbolbilder der Hafenstadt im Wandel')).toBe(false);
    expect(penaltyApplies(file, 'Markthalle-Ostkai.jpg')).toBe(true);
    expect(penaltyApplies(file, 'Markthalle am Ostkai.jpg ist kein Titel')).toBe(false);
  });
  it('score below the same line without the marker', () => {
    const score = (caption: string) => {
      const units = toUnits(['Startseite', 'Hafen', caption, ...DE].join('\n\n'));
      return scoreTitles(units, 3, 'de', HEADER_TESTS).find((c) => c.index === 2)!.score;
    };
    expect(score('Die neue Markthalle im alten Fährterminal (Symbolbild)')).toBeLessThan(score('Die neue Markthalle im alten Fährterminal') - 1);
  });
  it('are not taken as the headline over the article', async () => {
    const a = await run([
      'Startseite', 'Hafen', '',
      'Hafenrat baut das Fährterminal zur Markthalle um', '', '12.03.2024', '', 'Kai', '',
      'Markthalle im Umbau am alten Fährterminal (Symbolbild)', 'Foto: Anna Berg', '',
      ...DE.flatMap((p) => [p, '']),
    ]);
    expect(a.title).toBe('Hafenrat baut das Fährterminal zur Markthalle um');
  });
});

describe('ranked teaser lists', () => {
  const list = ['Meistgelesen', 'Wirtschaft', 'Neue Fähre für die Inseln', '1', 'Kultur', 'Konzert am Kai abgesagt', '2', 'Sport', 'Ruderclub gewinnt Regatta auf der Förde', '3'];
  it('marks the lines of a list ranked 1, 2, 3', () => {
    const units = toUnits(list.join('\n\n'));
    const marked = rankedListLines(units);
    expect(units.filter((_u, i) => marked[i]).map((u) => u.text)).toEqual(list.slice(1));
    expect(rankedListLines(toUnits(['1', 'Zutaten', '3', 'Eier'].join('\n\n'))).some(Boolean)).toBe(false);
  });
  it('gives no headline candidate', () => {
    const units = toUnits(['Startseite', 'Hafen', 'Hafenrat baut das Fährterminal zur Markthalle um', ...list, ...DE].join('\n\n'));
    const start = units.findIndex((u) => u.text === DE[0]);
    const texts = scoreTitles(units, start, 'de', HEADER_TESTS).map((c) => units[c.index]!.text);
    expect(texts).toContain('Hafenrat baut das Fährterminal zur Markthalle um');
    expect(texts.filter((t) => list.includes(t))).toEqual([]);
  });
  it('takes neither the headline nor the article from it', async () => {
    const a = await run([
      'Startseite', 'Hafen', '',
      'Hafenrat baut das Fährterminal zur Markthalle um', '', '12.03.2024', '',
      ...list.flatMap((l) => [l, '']),
      ...DE.flatMap((p) => [p, '']),
    ]);
    expect(a.title).toBe('Hafenrat baut das Fährterminal zur Markthalle um');
    expect(a.blocks.map((b) => b.text)).toEqual(DE);
  });
});

describe('a page where no region stands out', () => {
  it('still reads the headline above the first prose lines', async () => {
    const lines = [
      'Home', 'Teams', 'Results', '',
      'Regional league table 2019', '', 'By Dana Holm', '', 'Fri 22 Oct 2010 01.47 GMT', '',
      'On this page you find the new table of our league, week by week.', '',
      'Save it and come back to it after each and every round of play.', '',
      'Final table after 36 rounds:', '', 'Pos. Team Points Wins',
      ...Array.from({ length: 12 }, (_v, i) => `${i + 1} Team ${String.fromCharCode(65 + i)} ${500 - i * 7} ${12 - i}`),
    ];
    const a = await run(lines);
    expect(a.title).toBe('Regional league table 2019');
    expect(a.blocks[0]!.text).toBe('On this page you find the new table of our league, week by week.');
  });
});

describe('rows of a list printed as lines', () => {
  it('are no headline candidates', () => {
    const rows = ['1. Lauf: 10. März – Hafenring', '2. Lauf: 8. April – Ostkai', '3. Lauf: 22. April – Inselring', '4. Lauf: 6. Mai – Förde'];
    const units = toUnits(['Startseite', 'Termine der Regatta 2024', ...rows, ...DE].join('\n\n'));
    const start = units.findIndex((u) => u.text === DE[0]);
    const texts = scoreTitles(units, start, 'de', HEADER_TESTS).map((c) => units[c.index]!.text);
    expect(texts).toContain('Termine der Regatta 2024');
    expect(texts.filter((t) => rows.includes(t))).toEqual([]);
  });
});
