/** The publication date of a text page (src/text/date-line.ts, src/text/header.ts). */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const PROSE = [
  'Die Gemeinde hat am Montagabend beschlossen, das alte Hafengebäude in eine Markthalle umzubauen, die das ganze Jahr über geöffnet sein soll.',
  'Die Arbeiten beginnen im Frühjahr und sollen nach Angaben der Verwaltung etwa achtzehn Monate dauern, wenn das Wetter mitspielt.',
  'Händler aus der Region können sich ab sofort für einen der vierzig Stände bewerben, teilte die Bürgermeisterin in einer Mitteilung mit.',
];

describe('date of a text page', () => {
  it('reads a labelled date line with more words, taking the published date over the updated one', async () => {
    const text = ['Startseite', 'Aktuelles', '', 'Markthalle im alten Hafen beschlossen', '', 'Aktualisiert am 4. Januar 2020, eingetragen am 3. Januar 2020 vom Team der Redaktion Nord', '', ...PROSE.flatMap((p) => [p, ''])].join('\n');
    const a = await extract(text, { inputFormat: 'text' });
    expect(a.published).toBe('2020-01-03');
  });

  it('reads a day-first slashed date on a French page', async () => {
    const prose = [
      "Le conseil municipal a décidé lundi soir de transformer l'ancien bâtiment du port en une halle couverte ouverte toute l'année.",
      "Les travaux commenceront au printemps et devraient durer environ dix-huit mois selon la mairie, si la météo le permet.",
      "Les commerçants de la région peuvent dès maintenant poser leur candidature pour l'un des quarante stands, a indiqué la maire.",
    ];
    const text = ['Le port devient une halle couverte', '', 'Par la rédaction', 'Le 03/02/2020', '', ...prose.flatMap((p) => [p, ''])].join('\n');
    const a = await extract(text, { inputFormat: 'text' });
    expect(a.published).toBe('2020-02-03');
  });

  it('falls back to the first date line above the article', async () => {
    const menu = ['Startseite', 'Über uns', 'Galerie', 'Termine', 'Kontakt', 'Impressum', 'Datenschutz', 'Archiv', 'Suche', 'Anmelden'];
    const text = ['17. Januar 2014 · 02:16', '', ...menu, '', 'Markthalle im alten Hafen beschlossen', '', ...PROSE.flatMap((p) => [p, '']), 'Archiv', 'Januar 2014', 'Dezember 2013'].join('\n');
    const a = await extract(text, { inputFormat: 'text' });
    expect(a.published).toBe('2014-01-17T02:16:00');
  });

  it('reads the dateline opening the first paragraph', async () => {
    const lead = `Wien, 14. Dezember 2021 – ${PROSE[0]}`;
    const text = ['Markthalle im alten Hafen beschlossen', '', lead, '', PROSE[1], '', PROSE[2], ''].join('\n');
    const a = await extract(text, { inputFormat: 'text' });
    expect(a.published).toBe('2021-12-14');
  });

  it('reads a date line printed right under the article when there is none above it', async () => {
    const text = ['Markthalle im alten Hafen beschlossen', '', ...PROSE.flatMap((p) => [p, '']), '21.01.2022', '', 'Impressum', 'Datenschutz'].join('\n');
    const a = await extract(text, { inputFormat: 'text' });
    expect(a.published).toBe('2022-01-21');
  });

  it('reads a date line four lines under the article, after the credits and its label', async () => {
    const text = ['Markthalle im alten Hafen beschlossen', '', ...PROSE.flatMap((p) => [p, '']), 'Ein Bericht', 'von Anna Kern', 'Online seit', '21.01.2022', '', 'Impressum', 'Datenschutz'].join('\n');
    const a = await extract(text, { inputFormat: 'text' });
    expect(a.published).toBe('2022-01-21');
  });

  it('takes a line labelled as the publication date anywhere on the page as a last resort', async () => {
    const text = ['Markthalle im alten Hafen beschlossen', '', ...PROSE.flatMap((p) => [p, '']), 'Foto: Archiv', 'Teilen', 'Drucken', 'erstellt von Anna — veröffentlicht 14.03.2021 07:45', '', 'Mehr aus der Region'].join('\n');
    const a = await extract(text, { inputFormat: 'text' });
    expect(a.published).toBe('2021-03-14T07:45:00');
  });

  it('does not take a date from a code block or a table of the article', async () => {
    const text = ['# Parsing dates without tears', '', '## Der Anfang', '', PROSE[0], '', '```python', 'stamp = parse("2024-03-04T10:15:00+01:00")', '```', '', PROSE[1], '', '| Format | Example |', '| --- | --- |', '| Proxy | 04/03/2024 10:15 |', '', PROSE[2]].join('\n');
    const a = await extract(text, { inputFormat: 'text' });
    expect(a.published).toBeNull();
  });
});
