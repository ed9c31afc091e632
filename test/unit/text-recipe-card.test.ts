/**
 * Text path: a food blog's recipe card under the post (ingredient lines with spelled-out units,
 * then the method as packed lines) joins the article; the page's prose after it does not.
 * Pages written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';
import { isQuantityLine } from '../../src/text/stats.js';

const POST = [
  'Apfelkuchen mit Zimt für jeden Herbsttag',
  '',
  'Im Herbst backe ich diesen Apfelkuchen fast jede Woche, weil die Äpfel aus dem Garten meiner Nachbarin sonst im Keller verderben würden und er so schnell gemacht ist.',
  '',
  'Der Teig ist ein einfacher Rührteig, den man auch ohne Küchenmaschine in wenigen Minuten hinbekommt, und die Äpfel werden nur grob geschnitten und obenauf gelegt.',
  '',
  'Am besten schmeckt er noch lauwarm mit einem Klecks Sahne, aber auch am nächsten Tag ist er saftig, wenn man ihn abgedeckt in der Küche stehen lässt.',
  '',
];
const CARD = [
  'Apfelkuchen vom Blech',
  'Rezept drucken',
  'Vorbereitung 15 Min.',
  'Zutaten',
  '250 Gramm Mehl',
  '150 Gramm Zucker',
  '3 Eier',
  '2 Esslöffel Milch',
  '1 Teelöffel Backpulver',
  'Zubereitung',
  'Den Ofen auf 180 Grad vorheizen und das Blech mit Backpapier auslegen.',
  'Mehl, Zucker, Eier, Milch und Backpulver zu einem glatten Teig verrühren.',
  'Die Äpfel schälen, in Spalten schneiden und auf dem Teig verteilen.',
  '',
];
const AFTER = [
  'Hallo, ich bin Fiona und schreibe hier seit vielen Jahren über Kuchen, Brot und alles, was man mit den Früchten aus dem eigenen Garten backen kann.',
];

describe('quantity lines', () => {
  it('read units written out, checkboxes and mixed fractions', () => {
    expect(isQuantityLine('250 Gramm Mehl')).toBe(true);
    expect(isQuantityLine('2 Esslöffel Milch')).toBe(true);
    expect(isQuantityLine('▢ 1 1/4 cups sugar')).toBe(true);
    expect(isQuantityLine('1 1/2-2 tbsp soy sauce')).toBe(true);
    expect(isQuantityLine('3 Kommentare')).toBe(false);
  });
});

describe('a recipe card under the post', () => {
  it('joins the article with its method, not the prose after it', async () => {
    const doc = await extract([...POST, ...CARD, ...AFTER].join('\n'), { inputFormat: 'text' });
    const text = doc.blocks.map((b) => b.text).join('\n');
    expect(text).toContain('Im Herbst backe ich');
    expect(text).toContain('250 Gramm Mehl');
    expect(text).toContain('Die Äpfel schälen, in Spalten schneiden');
    expect(text).not.toContain('Hallo, ich bin Fiona');
  });

});
