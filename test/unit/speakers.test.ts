/**
 * The speaker entity step (src/quotes/entities.ts) and the attributions it relies on: fullest
 * names, groups named earlier, apposition, relative pronouns, transcript labels, the `speakers`
 * list. Every text here is written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { bodyLayout } from '../../src/body.js';
import type { Block, Quote, Speaker } from '../../src/model.js';
import { extract } from '../../src/pipeline.js';
import { detectQuotes } from '../../src/quotes/detect.js';
import { kindOf, resolveSpeakers } from '../../src/quotes/entities.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { toJson } from '../../src/render/json.js';

const para = (text: string): Block => ({ kind: 'paragraph', text, markdown: text });

function run(paras: string[], lang: string | null = null): { quotes: Quote[]; speakers: Speaker[] } {
  const blocks = paras.map(para);
  const quotes = detectQuotes(blocks, lang);
  const speakers = resolveSpeakers(quotes, bodyLayout(blocks).text);
  return { quotes, speakers };
}

const who = (r: { quotes: Quote[] }) => r.quotes.map((q) => [q.speaker, q.speakerText]);

describe('fullest name', () => {
  it('resolves a surname, a courtesy title and a pronoun to the introduced name', () => {
    const r = run([
      '“The tax plan adds up,” said Leonard Burman, an economist.',
      '“It is fiscally responsible,” Mr. Burman said. “It does not add to the deficit,” he added.',
      '“We checked every number,” Burman said.',
    ]);
    expect(who(r)).toEqual([
      ['Leonard Burman', 'Leonard Burman, an economist'],
      ['Leonard Burman', 'Mr. Burman'],
      ['Leonard Burman', 'he'],
      ['Leonard Burman', 'Burman'],
    ]);
    expect(r.speakers).toEqual([{ name: 'Leonard Burman', kind: 'person', aliases: ['Mr. Burman', 'Burman'], quotes: 4, words: 20 }]);
    expect(r.quotes.map((q) => q.speakerIndex)).toEqual([0, 0, 0, 0]);
  });

  it('keeps an office title the person was introduced with', () => {
    const r = run(['Rep. Adam Schiff spoke first.', '“We must respond,” Schiff said.']);
    expect(r.quotes[0]!.speaker).toBe('Rep. Adam Schiff');
  });

  it('leaves a surname alone when two people share it about equally', () => {
    const r = run(['Bill Ames and Jane Ames run the farm. Jane Ames and Bill Ames met in 1990.', '“We never take a day off,” Ames said.']);
    expect(r.quotes[0]!.speaker).toBe('Ames');
  });

  it('takes the person named far more often when a surname is shared', () => {
    const r = run(['Hillary Grant spoke. Hillary Grant smiled. Hillary Grant waved. Her husband, Bill Grant, watched.', '“We will win,” Grant said.']);
    expect(r.quotes[0]!.speaker).toBe('Hillary Grant');
  });

  it('does not read a capitalised sentence opener or party label as a given name', () => {
    const r = run(['But Republican Tom Reyes disagreed with the plan.', '“It will not pass,” Reyes said.']);
    expect(r.quotes[0]!.speaker).toBe('Tom Reyes');
  });

  it('reads a description before a name as the name ("panel Chairman Rep. X")', () => {
    const r = run(['“The hearing is over,” said panel Chairman Rep. Jason Ford (R-Utah).']);
    expect(r.quotes[0]!.speaker).toBe('Rep. Jason Ford');
  });
});

describe('names inside descriptions', () => {
  it('names the person an organisation\'s title describes, not the organisation', () => {
    const r = run(['“We will appeal,” said City Hall press secretary Mia Colby.', '“No comment,” said Dayton fire Chief Sam Ortega.', '“We are open,” said the Association of Flight Attendants.']);
    expect(r.speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Mia Colby', 'person'],
      ['Sam Ortega', 'person'],
      ['Association of Flight Attendants', 'organisation'],
    ]);
  });

  it('names the person, not the place or body after "of"', () => {
    const r = run(['Peter Morgan runs the campaign.', '“It is a scam,” said Gov. Ann Lee of Vermont.', '“It is a scam,” said Mr. Morgan of the River Trust.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Gov. Ann Lee', 'Peter Morgan']);
  });

  it('leaves out an office of several words, and counts "Jr." as the same person', () => {
    const r = run(['Lieutenant Governor Thomas R. Hale Jr. spoke to students.', '“That is not smart,” Mr. Hale said.', '“It is a disgrace,” said Lieutenant Governor Thomas R. Hale Jr.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Thomas R. Hale Jr.', 'Thomas R. Hale Jr.']);
    expect(r.speakers).toHaveLength(1);
  });

  it('reads the name before a party and state in parentheses', () => {
    const r = run(['Sen. David Purdy (R-Ga.) said he did not agree. “It will not work,” he said.']);
    expect(r.quotes[0]!.speaker).toBe('Sen. David Purdy');
  });

  it('keeps descriptions without a name apart ("my father", "my mother")', () => {
    const r = run(['“Go to school,” my father said.', '“Eat first,” my mother said.']);
    expect(r.speakers.map((s) => s.name)).toEqual(['my father', 'my mother']);
  });
});

describe('groups, organisations and descriptions', () => {
  it('names "the officials" and "the ministry" as the article did earlier', () => {
    const r = run([
      'The drills will last a week, the Belarusian Defense Ministry said on Tuesday.',
      '“Troops will practise joint planning,” the ministry said in a statement.',
      'But Western officials have expressed doubt about an offensive.',
      'It would tie down troops to “offset that potential risk,” the officials said.',
    ]);
    expect(who(r)).toEqual([
      ['Belarusian Defense Ministry', 'the ministry'],
      ['Western officials', 'the officials'],
    ]);
    expect(r.speakers.map((s) => [s.name, s.kind])).toEqual([
      ['Belarusian Defense Ministry', 'organisation'],
      ['Western officials', 'unknown'],
    ]);
  });

  it('ties a definite description to a name only through apposition', () => {
    const tied = run(['Adam Schiff, the California congressman, called for sanctions.', 'The meddling is meant to “sow discord,” the California congressman said.']);
    expect(tied.quotes[0]!.speaker).toBe('Adam Schiff');
    expect(tied.quotes[0]!.speakerText).toBe('the California congressman');
    const untied = run(['Adam Schiff called for sanctions.', 'The meddling is meant to “sow discord,” the California congressman said.']);
    expect(untied.quotes[0]!.speaker).toBe('the California congressman');
  });

  it('gives a quote "according to a statement from" an organisation to the organisation', () => {
    const r = run(['The Regional Water Authority extended the limits.', '“Reservoirs are low,” according to a statement from the authority.']);
    expect(who(r)).toEqual([['Regional Water Authority', 'a statement from the authority']]);
    expect(r.speakers[0]).toMatchObject({ kind: 'organisation', aliases: ['the authority'] });
  });

  it('classifies speakers by their words', () => {
    expect(kindOf('Leonard Burman')).toBe('person');
    expect(kindOf('Mr. Burman')).toBe('person');
    expect(kindOf('the city council')).toBe('organisation');
    expect(kindOf('AFP')).toBe('organisation');
    expect(kindOf('Western officials')).toBe('unknown');
    expect(kindOf('Q')).toBe('unknown');
    expect(kindOf('they')).toBe('unknown');
  });
});

describe('relative and possessive attributions', () => {
  it('keeps the relative pronoun as written and names its antecedent', () => {
    const r = run(['The guests included Ana Voss and Pat Osei, who joked, “I still get lost in here.”']);
    expect(who(r)).toEqual([['Pat Osei', 'who']]);
  });

  it('reads past a short time phrase and an appositive ("X, now the leader, who in 2010 said")', () => {
    const r = run(['He clashed with Rita Harlow, now the council leader, who in 2015 said the aim was a “smaller city hall.”']);
    expect(who(r)).toEqual([['Rita Harlow', 'who']]);
  });

  it('takes "which" after an organisation without a comma', () => {
    const r = run(['They turned to the Dayton Water Department which reported “2,000 leaks” in one week.']);
    expect(who(r)).toEqual([['Dayton Water Department', 'which']]);
  });

  it('does not give the quote to a relative clause when a later verb carries it', () => {
    const r = run(['Ruiz refused to pay a builder who said he was never paid, saying, “He did a poor job.”']);
    expect(r.quotes[0]!.speaker).toBe('Ruiz');
  });

  it('gives "X’s claim that “…”" to X', () => {
    const r = run(['The site checked Dana Whitfield’s claim that there were “thousands of break-ins” last year.']);
    expect(who(r)).toEqual([['Dana Whitfield', 'Dana Whitfield’s']]);
  });

  it('gives a quote to the verb right before it after a new main clause, not inside a reported one', () => {
    const coordinated = run(['She said fathers were not covered, and when pressed, the 40-year-old mother of two replied, “It is meant for mothers.”']);
    expect(coordinated.quotes[0]!.speakerText).toBe('the 40-year-old mother of two');
    const reported = run(['Dalton noted that Ortiz once replied, “We will reopen it.”']);
    expect(reported.quotes[0]!.speaker).toBe('Dalton');
  });

  it('gives a quote to the verb followed by the verb of what was said ("X said is designed to “…”")', () => {
    const r = run(['Ana Ruiz called for sanctions over the leak the Oregon senator said is meant to “stir up trouble” at home.']);
    expect(r.quotes[0]!.speakerText).toBe('the Oregon senator');
    const noun = run(['Park Min said Lee’s budget plan is “out of control.”']);
    expect(noun.quotes[0]!.speaker).toBe('Park Min');
  });

  it('does not read "concludes with" as a speech verb', () => {
    const r = run(['The ad concludes with footage of Ward saying during the debate, “That is what winners do,” as the music swells.']);
    expect(r.quotes[0]!.speaker).toBe('Ward');
  });

  it('gives a quote set off by dashes to the name right before it', () => {
    const r = run(['Many Republicans agree, including the former candidate Tom Alder -- “It is disqualifying for a nominee” -- and Fred Olin.']);
    expect(r.quotes[0]!.speaker).toBe('Tom Alder');
  });

  it('reads a number after a focus word as the subject ("Only 41 percent of buyers agreed that “…”")', () => {
    const r = run(['Only 41 percent of likely buyers agreed that Ward is “fit enough to lead.”']);
    expect(r.quotes[0]!.speaker).toBe('41 percent of likely buyers');
  });

  it('lets "they" stand for an organisation', () => {
    const r = run(['Lopez’s campaign wants to contrast her plan with what they call Ward’s “selfish message.”']);
    expect(r.quotes[0]!.speaker).toBe('Lopez’s campaign');
  });

  it('finds the subject of a colon quote after a long introductory phrase', () => {
    const r = run(['With party leaders increasingly worried about turnout among young voters in the cities and suburbs, President Dale Ortiz is rolling out a new message: “It is about me.”']);
    expect(r.quotes[0]!.speaker).toBe('President Dale Ortiz');
  });
});

describe('transcripts', () => {
  const lines = ['Governor Ruth Hale spoke with the host Dan Morgan.', 'MORGAN: What is your plan for the schools?', 'HALE: We will hire two thousand teachers.', 'MORGAN: How will you pay for it?', 'HALE: We will close tax loopholes.'];

  it('reads labelled lines as quotes of their labels, and a label in capitals as the introduced name', () => {
    const r = run(lines);
    expect(r.quotes.map((q) => [q.text, q.speaker, q.speakerText])).toEqual([
      ['What is your plan for the schools?', 'Dan Morgan', 'MORGAN'],
      ['We will hire two thousand teachers.', 'Governor Ruth Hale', 'HALE'],
      ['How will you pay for it?', 'Dan Morgan', 'MORGAN'],
      ['We will close tax loopholes.', 'Governor Ruth Hale', 'HALE'],
    ]);
    expect(r.speakers.map((s) => [s.name, s.aliases, s.quotes])).toEqual([
      ['Dan Morgan', ['MORGAN'], 2],
      ['Governor Ruth Hale', ['HALE'], 2],
    ]);
  });

  it('does not read a log of names, a letters column or shop listings as a transcript', () => {
    const log = run(['Ann B. Cole: Theft of a bicycle, held on bond.', 'Tom R. Dale: Theft, released.', 'Eva M. Rossi: Driving while suspended, held.']);
    expect(log.quotes).toEqual([]);
    const column = run(['DEAR ABBY: My husband bought plane tickets without asking me.', 'DEAR UPSET: Talk to him before the trip.', 'DEAR ABBY: My sister never calls back.', 'DEAR SISTER: Call her anyway.']);
    expect(column.quotes).toEqual([]);
    const shop = run(['New Release: A phone case with a stand, in four colours.', 'Price Drop: Wireless earphones for less.', 'New Release: A charger for two phones.']);
    expect(shop.quotes).toEqual([]);
  });

  it('reads Q: and A: lines', () => {
    const r = run(['Q: Why did the work stop?', 'A: We had to find the land first.', 'Q: Will rents fall?', 'A: Not right away.']);
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Q', 'A', 'Q', 'A']);
  });

  it('does not read one labelled line ("Some context: …") as a transcript', () => {
    const r = run(['Some context: An announcement in October set off alarm bells.', 'Note: the figures are from June.', 'The council met on Monday.']);
    expect(r.quotes).toEqual([]);
  });
});

describe('other languages', () => {
  it('resolves a German surname to the introduced name, without the office', () => {
    const r = run(['Bürgermeisterin Anna Schmidt eröffnete die Sitzung am Montag im Rathaus der Stadt.', '„Wir bauen die Brücke bis zum Winter neu“, sagte Schmidt.', '„Das Geld ist da“, sagte sie.'], 'de');
    expect(r.quotes.map((q) => q.speaker)).toEqual(['Bürgermeisterin Anna Schmidt', 'Bürgermeisterin Anna Schmidt']);
    expect(r.speakers).toHaveLength(1);
  });
});

describe('other languages: titles', () => {
  it('reads a French courtesy title as part of the speaker ("a précisé M. Durand")', () => {
    const r = run(['Le maire Paul Durand a présenté le projet lundi devant les habitants du quartier.', '« Les travaux commencent en mai », a précisé M. Durand.'], 'fr');
    expect(r.quotes.map((q) => [q.speaker, q.speakerText])).toEqual([['Paul Durand', 'M. Durand']]);
  });
});

describe('organisation names with connectors', () => {
  it('keeps “to” and “of” after an organisation’s head word, not “for” after a person', () => {
    const r = run([
      'Some 4,000 families joined a “clean-up” in 60 parks, according to the organizer Coalition to Save Our Parks.',
      '“The figures are early,” said Lena Ortiz for Civic Pulse.',
    ]);
    expect(r.quotes[0]!.speaker).toBe('Coalition to Save Our Parks');
    expect(r.quotes[1]!.speaker).not.toContain(' for ');
  });
});

describe('scale', () => {
  it('resolves thousands of quotes in one body in linear time (names and groups looked up once)', () => {
    const paras = ['Western officials met on Monday with Leonard Burman.'];
    for (let i = 0; i < 8000; i++) paras.push(i % 2 ? `“We are ready for round ${i},” the officials said.` : `“It is fine,” Mr. Burman said of round ${i}.`);
    const blocks = paras.map(para);
    const quotes = detectQuotes(blocks, 'en');
    const t = Date.now();
    const speakers = resolveSpeakers(quotes, bodyLayout(blocks).text);
    expect(Date.now() - t).toBeLessThan(5000);
    expect(speakers.map((s) => [s.name, s.quotes])).toEqual([
      ['Leonard Burman', 4000],
      ['Western officials', 4000],
    ]);
  });
});

describe('output', () => {
  it('lists the speakers in the JSON and in the Markdown quotes section', async () => {
    const a = await extract('Council approves the budget\n\n“This is the best budget in a decade,” said Leonard Burman, the finance chair.\n\n“It is a fair plan,” Mr. Burman said.\n', { inputFormat: 'text' });
    const j = toJson(a);
    expect(j.speakers).toEqual([{ name: 'Leonard Burman', kind: 'person', aliases: ['Mr. Burman'], quotes: 2, words: 13 }]);
    expect(j.quotes.map((q) => q.speakerIndex)).toEqual([0, 0]);
    expect(renderMarkdown(a, { quotes: true })).toContain('### Speakers\n\n1. Leonard Burman (person; also “Mr. Burman”): 2 quotes, 13 words');
  });
});
