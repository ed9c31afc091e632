/**
 * Quotes in languages other than English: the speech tables of src/rules/speech-languages.ts.
 * Sentences written for these tests. Each row: language, paragraphs, expected [text, speaker, cue].
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model.js';
import { detectQuotes } from '../../src/quotes/detect.js';
import { SPEECH_LANGUAGES, speechLanguage } from '../../src/rules/speech-languages.js';

const para = (text: string): Block => ({ kind: 'paragraph', text, markdown: text });

const ROWS: Array<[string, string[], Array<[string, string | null, string | null]>]> = [
  ['de', ['„Wir bauen die Brücke“, sagte die Bürgermeisterin nach der Sitzung.'], [['Wir bauen die Brücke', 'die Bürgermeisterin', 'sagte']]],
  ['de', ['Die Bürgermeisterin sagte am Montag: „Wir bauen die Brücke noch in diesem Jahr.“'], [['Wir bauen die Brücke noch in diesem Jahr.', 'Die Bürgermeisterin', 'sagte']]],
  ['de', ['Nach der Sitzung sagte Anna Schmidt: „Wir bauen die Brücke noch in diesem Jahr.“'], [['Wir bauen die Brücke noch in diesem Jahr.', 'Anna Schmidt', 'sagte']]],
  ['de', ['„Das ist ein guter Tag für die Stadt“, so der Sprecher der Verwaltung.'], [['Das ist ein guter Tag für die Stadt', 'der Sprecher der Verwaltung', 'so']]],
  [
    'de',
    ['„Der Plan steht“, sagte Anna Schmidt.', '„Wir beginnen im Frühjahr mit den Arbeiten“, sagte sie.'],
    [
      ['Der Plan steht', 'Anna Schmidt', 'sagte'],
      ['Wir beginnen im Frühjahr mit den Arbeiten', 'Anna Schmidt', 'sagte'],
    ],
  ],
  ['fr', ['« Nous allons construire le pont », a déclaré le ministre lundi.'], [['Nous allons construire le pont', 'le ministre', 'a déclaré']]],
  ['fr', ['Le ministre a déclaré : « Nous allons construire le pont cette année. »'], [['Nous allons construire le pont cette année.', 'Le ministre', 'a déclaré']]],
  ['fr', ['Selon la mairie, « le pont sera prêt en 2027 ».'], [['le pont sera prêt en 2027', 'la mairie', 'selon']]],
  [
    'fr',
    ['« Le chantier commence », a dit Marie Dupont.', '« Nous serons prêts à temps », a-t-elle ajouté.'],
    [
      ['Le chantier commence', 'Marie Dupont', 'a dit'],
      ['Nous serons prêts à temps', 'Marie Dupont', 'a-t-elle ajouté'],
    ],
  ],
  ['es', ['«Vamos a construir el puente», dijo el alcalde ayer.'], [['Vamos a construir el puente', 'el alcalde', 'dijo']]],
  ['es', ['«El puente estará listo en 2027», según la policía local.'], [['El puente estará listo en 2027', 'la policía local', 'según']]],
  ['it', ['«Costruiremo il ponte», ha detto il sindaco di Roma.'], [['Costruiremo il ponte', 'il sindaco di Roma', 'ha detto']]],
  ['pt', ['“Vamos construir a ponte”, disse o prefeito durante a reunião.'], [['Vamos construir a ponte', 'o prefeito', 'disse']]],
  ['nl', ['„We bouwen de brug dit jaar nog”, aldus wethouder Jan de Vries.'], [['We bouwen de brug dit jaar nog', 'wethouder Jan de Vries', 'aldus']]],
  ['pl', ['„Zbudujemy most w tym roku” – powiedział burmistrz Jan Kowalski po sesji.'], [['Zbudujemy most w tym roku', 'burmistrz Jan Kowalski', 'powiedział']]],
  ['ru', ['«Мы построим мост в этом году», – сказал мэр Иван Петров на заседании.'], [['Мы построим мост в этом году', 'мэр Иван Петров', 'сказал']]],
  ['ru', ['«Мост будет готов в 2027 году», по словам главы администрации.'], [['Мост будет готов в 2027 году', 'главы администрации', 'по словам']]],
  ['id', ['Presiden Joko menegaskan, “Pembangunan jembatan dimulai tahun depan.”'], [['Pembangunan jembatan dimulai tahun depan.', 'Presiden Joko', 'menegaskan']]],
  // Negatives: no speech verb next to the quote gives no speaker; a pronoun with nobody named before stays unresolved.
  ['de', ['Auf dem Plakat stand „Wir bauen die Brücke für alle“ in großen Buchstaben.'], [['Wir bauen die Brücke für alle', null, null]]],
  ['de', ['„Wir beginnen im Frühjahr mit den Arbeiten“, sagte er.'], [['Wir beginnen im Frühjahr mit den Arbeiten', null, 'sagte']]],
  ['es', ['«Vamos a construir el puente», dijo después de la reunión.'], [['Vamos a construir el puente', null, null]]],
];

describe('quotes in other languages', () => {
  for (const [lang, paras, want] of ROWS) {
    it(`${lang}: ${paras.join(' / ')}`, () => {
      const got = detectQuotes(paras.map(para), lang).map((q) => [q.text, q.speaker, q.cue]);
      expect(got).toEqual(want);
    });
  }

  it('a body whose words are German gets the German table even when declared English or undeclared', () => {
    const text = '„Wir bauen die Brücke noch in diesem Jahr, und die Arbeiten beginnen im Frühjahr“, sagte die Bürgermeisterin nach der Sitzung am Montag. Die Kosten liegen bei zwölf Millionen Euro, und der Bund übernimmt davon die Hälfte, teilte die Verwaltung der Stadt mit.';
    expect(detectQuotes([para(text)], 'en').map((q) => q.speaker)).toEqual(['die Bürgermeisterin']);
    expect(detectQuotes([para(text)], null).map((q) => q.speaker)).toEqual(['die Bürgermeisterin']);
  });

  it('a language without a table gets the quote, but no speaker', () => {
    const text = '„Most postavíme ještě letos a práce začnou na jaře“, řekla starostka po jednání rady města v pondělí. Náklady dosáhnou dvanácti milionů korun a polovinu zaplatí stát, jak uvedl úřad města ve sdělení pro média a pro obyvatele celého města a okolí.';
    expect(detectQuotes([para(text)], 'cs').map((q) => [q.text.slice(0, 10), q.speaker])).toEqual([['Most posta', null]]);
  });

  it('finds a table by the primary subtag; every table has its fields', () => {
    expect(speechLanguage('de-AT')?.id).toBe('de');
    expect(speechLanguage('pt_BR')?.id).toBe('pt');
    expect(speechLanguage('en')).toBeNull();
    expect(speechLanguage(null)).toBeNull();
    for (const l of SPEECH_LANGUAGES) {
      for (const list of [l.verbs, l.according, l.pronouns, l.determiners, l.phraseEnd]) expect(new Set(list).size, `${l.id}: a word listed twice`).toBe(list.length);
      expect(l.reason.length, l.id).toBeGreaterThan(10);
      expect(l.verbs.length, l.id).toBeGreaterThan(5);
      expect(l.pronouns.length, l.id).toBeGreaterThan(0);
    }
  });
});

describe('letter counts of the English check', () => {
  it('count as the per-letter patterns do (astral letters, signs inside the Latin range)', async () => {
    const { letterCounts } = await import('../../src/quotes/language.js');
    const samples = [
      'the ferry will run from the new pier, it was said.',
      'Ναυτιλία λιμάνι πλοίο — the pier, 3 × 4 ÷ 2',
      '𝒜𝒷𝒸 letters 𝒹 and café déjà vu',
      '',
    ];
    for (const text of samples) {
      const lower = text.toLowerCase();
      const words = lower.match(/\p{L}+/gu) ?? [];
      expect(letterCounts(lower, words)).toEqual({
        letters: (lower.match(/\p{L}/gu) ?? []).length,
        latin: (lower.match(/[a-z\u00c0-\u024f]/g) ?? []).length,
      });
    }
  });
});
