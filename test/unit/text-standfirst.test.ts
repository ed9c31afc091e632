/**
 * Text path: the standfirst printed in the header's block of lines (packed with the date line and
 * a kicker, above the picture's caption and credit, the headline far up the page) belongs to the article. A page written for this test.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/pipeline.js';

const HEADER = [
  'Neue Fähre für die Inseln – Hafenblatt',
  '',
  'Start',
  'Politik',
  'Wirtschaft',
  'Kultur',
  'Sport',
  'Verkehr',
  'Häfen',
  'Inseln',
  'Wetter',
  'Archiv',
  '',
  '12.03.2024',
  'Verkehr',
  'Die Reederei stellt im Frühjahr ein neues Schiff in Dienst, das doppelt so viele Fahrgäste wie die alte Fähre über den Sund bringen kann.',
  'Die neue Fähre am Kai',
  '© Anna Berg',
  '',
];
const BODY = [
  'Das Schiff wurde in einer kleinen Werft an der Küste gebaut und soll ab April jede Stunde zwischen dem Festland und den drei Inseln pendeln, teilte die Reederei am Montag mit.',
  '',
  'Die alte Fähre bleibt als Ersatz im Hafen liegen, bis die Mannschaft das neue Schiff kennt, und fährt im Sommer zusätzliche Runden für die vielen Ausflügler von den Campingplätzen.',
  '',
  'Der Fahrplan für das Frühjahr soll in den nächsten Wochen erscheinen, wenn die Gemeinden auf den Inseln ihre Wünsche für die frühen Fahrten am Morgen eingereicht haben.',
];

describe('the standfirst in the header block', () => {
  it('is kept above the article, the picture credit is not', async () => {
    const doc = await extract([...HEADER, ...BODY].join('\n'), { inputFormat: 'text' });
    const texts = doc.blocks.map((b) => b.text);
    expect(texts[0]).toMatch(/^Die Reederei stellt im Frühjahr/);
    expect(texts).toContain(BODY[0]);
    expect(texts.join('\n')).not.toContain('Anna Berg');
  });
});
