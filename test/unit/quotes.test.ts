/**
 * Quote spans and speakers: one table row per pattern, written for these tests.
 * Each row is a list of paragraphs and the quotes expected from them, in order.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/model.js';
import { extract } from '../../src/pipeline.js';
import { maskQuotes } from '../../src/quotes/attribution.js';
import { detectQuotes } from '../../src/quotes/detect.js';
import { isSentenceOpenerOnly, speakerKind } from '../../src/quotes/mentions.js';
import { isSpeechVerb, tokens } from '../../src/quotes/phrases.js';
import { MAX_SENTENCE_CHARS, sentenceEnd, sentenceStart } from '../../src/quotes/sentences.js';

const para = (text: string): Block => ({ kind: 'paragraph', text, markdown: text });

interface Row {
  name: string;
  paras: string[];
  /** [quote text, speaker, speakerText?] in order; speakerText defaults to speaker. */
  want: Array<[string, string | null, string?]>;
}

const ROWS: Row[] = [
  // Attribution after the quote.
  { name: 'after: X said', paras: ['“The bridge will reopen in May,” the mayor said.'], want: [['The bridge will reopen in May', 'the mayor']] },
  { name: 'after: said X', paras: ['“We expect delays all winter,” said Maria Lopez.'], want: [['We expect delays all winter', 'Maria Lopez']] },
  { name: 'after: said X, description', paras: ['“Prices will fall,” said Tom Reed, an economist at the central bank.'], want: [['Prices will fall', 'Tom Reed', 'Tom Reed, an economist at the central bank']] },
  { name: 'after: title abbreviation', paras: ['"Nobody saw it coming," Mr. Halvorsen said on Tuesday.'], want: [['Nobody saw it coming', 'Mr. Halvorsen']] },
  { name: 'after: name with initial and party', paras: ['“We will vote no,” Sen. Ann B. Carter (D-Ore.) said.'], want: [['We will vote no', 'Sen. Ann B. Carter (D-Ore.)']] },
  { name: 'after: appositive between quote and verb', paras: ['“It is a fair deal,” Lena Park, the union’s chief negotiator, told reporters.'], want: [['It is a fair deal', 'Lena Park', 'Lena Park, the union’s chief negotiator']] },
  { name: 'after: lower-case title before a name', paras: ['“The plan has no funding,” budget director Paul Ames said.'], want: [['The plan has no funding', 'budget director Paul Ames']] },
  { name: 'after: according to', paras: ['The talks “made real progress,” according to two diplomats.'], want: [['made real progress', 'two diplomats']] },
  { name: 'after: question mark', paras: ['“Who pays for this?” asked Councillor Bright.'], want: [['Who pays for this?', 'Councillor Bright']] },
  { name: 'after: signature dash', paras: ['“I will never vote for him.” ― Rosa Tamez'], want: [['I will never vote for him.', 'Rosa Tamez']] },
  // Attribution before the quote.
  { name: 'before: X said:', paras: ['The ministry said: “Exercises start on Monday and last a week.”'], want: [['Exercises start on Monday and last a week.', 'The ministry']] },
  { name: 'before: X said, “…”', paras: ['Asked about the budget, Ortiz said, “We will not cut teachers.”'], want: [['We will not cut teachers.', 'Ortiz']] },
  { name: 'before: partial quote in reported speech', paras: ['Garcia says the new policy is “a step backwards for everyone.”'], want: [['a step backwards for everyone.', 'Garcia']] },
  { name: 'before: outermost speaker of the sentence', paras: ['Dalton said on Friday that his rival once called the bill “a disaster for farmers.”'], want: [['a disaster for farmers.', 'Dalton']] },
  { name: 'before: participle takes the sentence subject', paras: ['Governor Ruiz vetoed the measure, saying it was “written in haste.”'], want: [['written in haste.', 'Governor Ruiz']] },
  { name: 'before: introductory phrase skipped', paras: ['In a statement, the company said: “Our stores stay open.”'], want: [['Our stores stay open.', 'the company']] },
  { name: 'before: X, description, called Y', paras: ['Jo Marsh, a council member, called the vote “a shameful day.”'], want: [['a shameful day.', 'Jo Marsh', 'Jo Marsh, a council member']] },
  { name: 'before: according to X', paras: ['According to the report, the program is “badly mismanaged.”'], want: [['badly mismanaged.', 'the report']] },
  { name: 'several partial quotes share the clause’s speaker', paras: ['The move would push the port to hire guards to “cover that gap in staff,” the auditors said, although they stressed it is “quite improbable” that traffic “will double before next spring.”'], want: [['cover that gap in staff', 'the auditors'], ['quite improbable', 'the auditors'], ['will double before next spring.', 'the auditors']] },
  { name: 'before: gerund without a comma takes the sentence subject', paras: ['The water board issued a statement calling the spill “an avoidable failure.”'], want: [['an avoidable failure.', 'The water board']] },
  { name: 'before: capitalised verb opening the sentence', paras: ['Said Okoro: “Nobody here wants a strike this winter.”'], want: [['Nobody here wants a strike this winter.', 'Okoro']] },
  { name: 'before: colon after the subject’s sentence', paras: ['Mayor Lind has a new slogan for the race: “Streets first, then stadiums.”'], want: [['Streets first, then stadiums.', 'Mayor Lind']] },
  { name: 'after: as X put it', paras: ['The rule is a “cure worse than the disease,” as one federal judge put it.'], want: [['cure worse than the disease', 'one federal judge']] },
  { name: 'after: adverb between speaker and verb', paras: ['“Waste not, want not,” my grandmother often said.'], want: [['Waste not, want not', 'my grandmother']] },
  { name: 'partial quote without a verb: the sentence’s named subject', paras: ['Halvorsen praised the volunteers as “the backbone of this town.”'], want: [['the backbone of this town.', 'Halvorsen']] },
  { name: 'before: a written-words verb (typed)', paras: ['On the intake form, a nurse had typed “acute distress.”'], want: [['acute distress.', 'a nurse']] },
  { name: 'a date without a comma before a pronoun subject', paras: ['Omar Haddad checked the claim. On March 3 he published a note calling it “plainly wrong.”'], want: [['plainly wrong.', 'Omar Haddad', 'he']] },
  { name: 'a double hyphen ends the speaker phrase', paras: ['In calmer years -- with some distance from the fight -- a voter would ask: “Why now?”'], want: [['Why now?', 'a voter']] },
  { name: 'a relative clause’s own subject speaks, not the sentence’s', paras: ['Maybe it is an irony, but the new levy -- which the bank’s chief, Ada Voss, called “a pure cash grab” -- passed easily.'], want: [['a pure cash grab', 'the bank’s chief', 'the bank’s chief, Ada Voss']] },
  { name: 'a subject relative clause stays inside the speaker phrase', paras: ['Ana Ruiz, who runs the shelter on Elm Street, said the city has “simply stopped listening.”'], want: [['simply stopped listening.', 'Ana Ruiz', 'Ana Ruiz, who runs the shelter on Elm Street']] },
  { name: 'before: “As X, description, put it,”', paras: ['As Ana Ruiz, a lawyer for the tenants, recently put it, “Who pays for the repairs?”'], want: [['Who pays for the repairs?', 'Ana Ruiz', 'Ana Ruiz, a lawyer for the tenants']] },
  { name: 'before: a subject relative clause speaks for the name before it', paras: ['The guests included Ada Voss and Pat Osei, who joked of the hall, “I still get lost in here.”'], want: [['I still get lost in here.', 'Pat Osei', 'who']] },
  { name: 'before: after an opening subordinate clause, the main clause speaks', paras: ['When Dalton noted that the mill had closed ― as it had twice before ― Ortiz replied, “We will reopen it.”'], want: [['We will reopen it.', 'Ortiz']] },
  { name: 'before: the outermost speaker when no subordinate clause opens the sentence', paras: ['Dalton noted that Ortiz once replied, “We will reopen it.”'], want: [['We will reopen it.', 'Dalton']] },
  { name: 'a partial quote in a later sentence naming someone else does not inherit', paras: ['Dalton called the plan “a gift to developers.” The vote led the critic Ana Ruiz to fear a “silent public giveaway.”'], want: [['a gift to developers.', 'Dalton'], ['silent public giveaway.', null]] },
  { name: 'a partial quote in a later sentence inherits when no one else is named', paras: ['Dalton called the plan “a gift to developers.” The deal would also be “a silent giveaway.”'], want: [['a gift to developers.', 'Dalton'], ['a silent giveaway.', 'Dalton']] },
  { name: 'a noun after a determiner and a name is not a cue', paras: ['Governor Lund is describing as “reckless” a Senator Price tweet about the budget.'], want: [['reckless', 'Governor Lund']] },
  { name: 'partial quote without a verb: a pronoun subject, resolved', paras: ['The Central Bank cut its forecast on Tuesday. Although the bank named no country, it cited “trade frictions” as the main risk.'], want: [['trade frictions', 'The Central Bank', 'it']] },
  { name: 'a sentence-final “according to X” attributes a partial quote far before it', paras: ['More than 5,000 people joined a “sit-in” at 300 town halls in 40 counties, according to the organizers.'], want: [['sit-in', 'the organizers']] },
  { name: 'a sentence-final “according to X” after a long noun phrase', paras: ['The aim is to curb “impatient” funds and other short-term traders, according to a speech Senator Ada Voss gave at a college in May.'], want: [['impatient', 'a speech Senator Ada Voss gave']] },
  { name: '“according to X” followed by another clause does not close the sentence', paras: ['The town held a “sit-in” at the old mill on the river, according to the organizers, and then it rained.'], want: [] },
  { name: 'a speech verb next to the quote wins over a sentence-final “according to”', paras: ['Dalton called the plan “a gift to developers” at the long meeting on Monday night, according to the minutes.'], want: [['a gift to developers', 'Dalton']] },
  { name: 'a possessive pronoun before a noun for something said', paras: ['Omar Dalton refused to publish the files.', 'Contrary to his claim that tenants would “lose nothing,” the files were revealing.'], want: [['lose nothing', 'Omar Dalton', 'his']] },
  { name: '“its” before a noun for something said is the sentence’s subject', paras: ['The doctor’s letter was ridiculed for its prediction that the patient would be “the healthiest man alive.”'], want: [['the healthiest man alive.', 'The doctor’s letter', 'its']] },
  { name: 'a sentence-final “per X” after a quote ending in a comma', paras: ['Members may not vote by mail “to change the club’s name,” per the club’s rules.'], want: [['to change the club’s name', 'the club’s rules']] },
  { name: '“per” inside a sentence is not an attribution', paras: ['The mayor wants fees of “two dollars” per visitor and a new gate.'], want: [] },
  { name: 'a name something is known as is not a quote', paras: ['He would cap rents, in line with what is known as the “Halvorsen rule” among planners.'], want: [] },
  { name: 'yells is a speech verb', paras: ['“Get back from the road!” she yells at the crowd.'], want: [['Get back from the road!', 'she']] },
  { name: 'shouts after “with” is a noun, not a speech verb', paras: ['Pressure is building on Dalton, who was greeted with shouts of “Four more years!” at a rally last month, according to Ana Ruiz.'], want: [['Four more years!', 'Ana Ruiz']] },
  { name: '“found that” reports what a study or report says', paras: ['The audit found that the agency had “lost track of” its spending.'], want: [['lost track of', 'The audit']] },
  { name: '“shows that” reports what a poll says', paras: ['A new poll shows that voters are “deeply divided” on the tax.'], want: [['deeply divided', 'A new poll']] },
  { name: 'a verb form after a determiner is the subject’s noun (“The report found”)', paras: ['The report found that the city had “failed to track” its spending.'], want: [['failed to track', 'The report']] },
  { name: 'clarified is a speech verb', paras: ['His campaign later clarified that the senator “misspoke.”'], want: [['misspoke.', 'His campaign']] },
  { name: 'a described owner of a noun for something said, set off by a dash', paras: ['The senator’s remarks -- that the plan was “a total failure” -- drew sharp replies.'], want: [['a total failure', 'The senator', 'The senator’s']] },
  { name: 'a bare conjunction opening a sentence is one word, not an introductory phrase', paras: ['Officials said the raid was “precise.” But civil liberties groups disputed that account, calling the raid “reckless.”'], want: [['precise.', 'Officials'], ['reckless.', 'civil liberties groups']] },
  { name: 'a gerund’s own subject after “with” speaks', paras: ['The ministry dismissed the report as “absurd,” with spokesman Ivan Petrov telling reporters that the army “was never there.”'], want: [['absurd', 'The ministry'], ['was never there.', 'spokesman Ivan Petrov']] },
  { name: '“footage of X saying” is not a “with” subject', paras: ['The spot ends with footage of Omar Dalton saying, “That is what winners do.”'], want: [['That is what winners do.', 'Omar Dalton']] },
  { name: 'after an earlier quote in the sentence, a new speech verb with its own subject speaks', paras: ['Mayor Ines Moreau called the vote “shameful,” while Councillor Omar Haddad said the council was “shirking its duty.”'], want: [['shameful', 'Mayor Ines Moreau'], ['shirking its duty.', 'Councillor Omar Haddad']] },
  { name: 'partial quote without a verb: a document subject is the source', paras: ['The article closes with a broad hint about the mayor’s “state of mind.”'], want: [['state of mind.', 'The article']] },
  { name: 'partial quote without a verb: a plain noun subject is no source', paras: ['The bridge closes with a broad view of the “old harbor.”'], want: [] },
  { name: 'partial quote without a verb: a first-person subject', paras: ['I know all about how he is steering his “ordinary voter” followers.'], want: [['ordinary voter', 'I']] },
  { name: 'a so-called term in a sentence reported by a speech verb is the speaker’s', paras: ['Mayor Dalton has called for a levy on so-called “rainy day” savings at a low rate.'], want: [['rainy day', 'Mayor Dalton']] },
  { name: 'a so-called term with only a subject is the writer’s distance, not a quote', paras: ['Mayor Dalton wants to tax so-called “rainy day” savings at a low rate.'], want: [] },
  { name: 'a fact-checker’s rating verb', paras: ['The fact-checker rated the claim “mostly false” on Friday.'], want: [['mostly false', 'The fact-checker']] },
  { name: '“ruled that” reports a ruling', paras: ['The judge ruled that the county had “no authority” to close the road.'], want: [['no authority', 'The judge']] },
  { name: 'cited is a speech verb', paras: ['Although the bank named no country, the governor cited “trade frictions” as the main risk.'], want: [['trade frictions', 'the governor']] },
  { name: 'a time phrase between the subject and its verb is not the subject’s', paras: ['Ana Ruiz on Tuesday said she would close the “worst loopholes” first.'], want: [['worst loopholes', 'Ana Ruiz']] },
  { name: 'a paragraph ending “this statement by X:” introduces X’s words', paras: ['The slant shows in how the paper scored this statement by Omar Dalton on May 2:', '“If you look at the numbers, the city is broke.”'], want: [['If you look at the numbers, the city is broke.', 'Omar Dalton']] },
  { name: 'a linking verb ends a determiner subject', paras: ['Once the torturers tire, even the angry crowd gets tired and begins yelling “Enough!”'], want: [['Enough!', 'the angry crowd']] },
  { name: 'a quoted nickname inside a name does not end the speaker phrase; “state” before a title is no verb', paras: ['“This is our year!” his aunt, state Sen. Ana “Nina” Ruiz, shouted to the crowd.'], want: [['This is our year!', 'his aunt', 'his aunt, state Sen. Ana “Nina” Ruiz'], ['Nina', 'Ruiz']] },
  // Inside and around: two parts of one quote.
  { name: 'inside: “…,” X said, “…”', paras: ['“We tried,” Kim said, “but the money ran out.”'], want: [['We tried', 'Kim'], ['but the money ran out.', 'Kim']] },
  { name: 'continuation sentence after X said.', paras: ['“The tests were clean,” the doctor said. “There is nothing to worry about.”'], want: [['The tests were clean', 'the doctor'], ['There is nothing to worry about.', 'the doctor']] },
  { name: 'previous sentence in the paragraph sets the speaker', paras: ['The repairs could take a year, Ibsen said. “We are waiting on parts from abroad.”'], want: [['We are waiting on parts from abroad.', 'Ibsen']] },
  { name: 'signature at the end of a paragraph covers every part', paras: ['“I moved here in 1990” and stayed for “the quiet streets and good schools.” ― Dana Wu'], want: [['I moved here in 1990', 'Dana Wu'], ['the quiet streets and good schools.', 'Dana Wu']] },
  // Pronouns.
  { name: 'pronoun resolved to the previous named speaker', paras: ['“The vote is Tuesday,” said Helen Ward.', '“We have the numbers,” she said.'], want: [['The vote is Tuesday', 'Helen Ward'], ['We have the numbers', 'Helen Ward', 'she']] },
  { name: 'pronoun resolved to its own sentence subject', paras: ['Okafor says he expects “a very close race.”'], want: [['a very close race.', 'Okafor']] },
  { name: 'pronoun resolved to a named sentence subject that did not speak', paras: ['Nadia Rahman met the panel on Monday.', '“We will see what they decide,” she said.'], want: [['We will see what they decide', 'Nadia Rahman', 'she']] },
  { name: 'pronoun skips a capitalised common noun', paras: ['Judge Ortega questioned the prosecutors about the delay. Prosecutors declined to comment.', '“This case has waited long enough,” he said.'], want: [['This case has waited long enough', 'Judge Ortega', 'he']] },
  { name: 'a new sentence after a quoted full sentence is not its attribution', paras: ['Moss said the plan “will cut costs.” He said that “the board agrees with every part of it.”'], want: [['will cut costs.', 'Moss'], ['the board agrees with every part of it.', 'Moss', 'He']] },
  { name: 'pronoun prefers a later description whose gender matches', paras: ['Jordan Ford opened the meeting.', 'My aunt stood up next.', '“We need the bakery more than a car park,” she said.'], want: [['We need the bakery more than a car park', 'My aunt', 'she']] },
  { name: 'pronoun prefers the name over a later plain description', paras: ['Priya Nair took questions for an hour.', 'The new commissioner looked tired.', '“We will publish every contract,” she said.'], want: [['We will publish every contract', 'Priya Nair', 'she']] },
  { name: 'subject with a lower-case title between names, after a time phrase', paras: ['Last week city budget director Omar Haddad presented the numbers, saying he expected “a hard winter.”'], want: [['a hard winter.', 'city budget director Omar Haddad']] },
  { name: 'pronoun resolved to a possessive name and its noun', paras: ['Lena Ortiz retired in May.', 'Ortiz’s son, a pilot, remembers the day well. “We threw a party,” he said.'], want: [['We threw a party', 'Ortiz’s son', 'he']] },
  { name: 'pronoun chains teach a name its gender', paras: ['Dana Reyes chaired the hearing. She questioned every witness.', 'Chris Moody answered first. He spoke for an hour.', '“That was not an answer to my question,” she said.'], want: [['That was not an answer to my question', 'Dana Reyes', 'she']] },
  { name: 'dateline before the subject', paras: ['RIVERTON, Ore., May 4 (AP) — Mayor Ellen Voss said the dam was “never at risk.”'], want: [['never at risk.', 'Mayor Ellen Voss']] },
  { name: 'a subordinate clause after a quote is not its attribution', paras: ['The plan became the “clean slate rule” after Judge Amos Reid, the county’s chief judge, proposed it in 2019.'], want: [['clean slate rule', null]] },
  { name: '“it goes without saying” is not a cue', paras: ['It goes without saying that the mayor wants a “fresh start for downtown.”'], want: [['fresh start for downtown.', null]] },
  // Several paragraphs.
  { name: 'multi-paragraph quote inherits the speaker', paras: ['Navarro said: “The first year was hard.', '“The second year was harder, and nobody helped us.”'], want: [['The first year was hard.', 'Navarro'], ['The second year was harder, and nobody helped us.', 'Navarro']] },
  { name: 'the attribution closing a multi-paragraph quote covers its first paragraphs', paras: ['"The first winter was hard.', '"The second was worse.', '"The third one we enjoyed," Ines Moreau said.'], want: [['The first winter was hard.', 'Ines Moreau'], ['The second was worse.', 'Ines Moreau'], ['The third one we enjoyed', 'Ines Moreau']] },
  { name: 'an unattributed paragraph opened by a stray mark and not continued is not a quote', paras: ['“The bus is late again,” Omar Haddad said.', '"Nobody at the stop looked surprised.', '“It is always late,” Haddad said.'], want: [['The bus is late again', 'Omar Haddad'], ['It is always late', 'Haddad']] },
  { name: 'an attributed paragraph left open stays a quote', paras: ['Omar Haddad said: "The bus is late again and the line has no driver.', 'The council met on Monday.'], want: [['The bus is late again and the line has no driver.', 'Omar Haddad']] },
  { name: 'a paragraph that is one quote continues the speaker of the quote ending the paragraph before', paras: ['“Nobody writes songs for her,” Omar Haddad said.', '“For now, people vote against the other side. They do not vote for her.”'], want: [['Nobody writes songs for her', 'Omar Haddad'], ['For now, people vote against the other side. They do not vote for her.', 'Omar Haddad']] },
  { name: 'a paragraph that is one quote does not continue a speaker whose paragraph went on after the quote', paras: ['“Nobody writes songs for her,” Omar Haddad said. The rally ended at nine.', '“For now, people vote against the other side.”'], want: [['Nobody writes songs for her', 'Omar Haddad']] },
  { name: 'a paragraph that is one quote with no source at all is not reported', paras: ['Forty voters shared their thoughts on the race.', '"We need roads and schools. If we do not get them, we will leave town."', 'Photo: city archive.'], want: [] },
  { name: 'a paragraph that is one quote introduced by a colon is reported without a speaker', paras: ['The problem is shown by this finding in the audit:', '“Twelve of the forty projects had no budget at all.”'], want: [['Twelve of the forty projects had no budget at all.', null]] },
  { name: 'a plural noun form right after a past-tense verb is its object, not a cue', paras: ['Though she called the fee “outrageous,” Mayor Ines Moreau restricted comments about the bank to the future.'], want: [['outrageous', 'Mayor Ines Moreau', 'she']] },
  { name: 'paragraph ending “X continued:” introduces the next', paras: ['Brandt continued:', '"The numbers do not add up for the city at all."'], want: [['The numbers do not add up for the city at all.', 'Brandt']] },
  { name: 'transcript label', paras: ['"HOST: Are you running again next year or not?"'], want: [['Are you running again next year or not?', 'HOST']] },
  // Marks.
  { name: 'straight double quotes', paras: ['"We are closing the plant," the owner said.'], want: [['We are closing the plant', 'the owner']] },
  { name: "'' as a quote mark", paras: ["''The schedule is tight,'' the coach said."], want: [['The schedule is tight', 'the coach']] },
  { name: 'guillemets', paras: ['«Nous restons ici,» the minister said.'], want: [['Nous restons ici', 'the minister']] },
  { name: 'low-high German marks', paras: ['„Wir bleiben hier“, the minister said.'], want: [['Wir bleiben hier', 'the minister']] },
  { name: 'single curly quotes', paras: ['‘We will appeal the ruling,’ the lawyer said.'], want: [['We will appeal the ruling', 'the lawyer']] },
  { name: 'nested quote stays inside', paras: ['“He told me ‘never again’ and walked out,” Ruth said.'], want: [['He told me ‘never again’ and walked out', 'Ruth']] },
  { name: 'curly quote nested in straight quotes', paras: ['"She told us “not this year” and hung up," Ruth said.'], want: [['She told us “not this year” and hung up', 'Ruth']] },
  { name: 'quote inside an unattributed excerpt left open is reported, the stray-marked excerpt is not', paras: ['"The clerk wrote that the file was “lost in transit” and closed the case.'], want: [['lost in transit', 'The clerk']] },
  { name: 'an introduced excerpt left open is reported with the quote inside it', paras: ['The court summary says:', '"The clerk wrote that the file was “lost in transit” and closed the case.'], want: [['The clerk wrote that the file was “lost in transit” and closed the case.', 'The court summary'], ['lost in transit', 'The clerk']] },
  { name: 'a nested quote written with the outer curly marks', paras: ['“He told me “not this year” and walked out,” Ruth Ames said.'], want: [['He told me “not this year” and walked out', 'Ruth Ames']] },
  { name: 'a nested quote written with the outer straight marks', paras: ['"She told us "not this year" and hung up," Ruth Ames said.'], want: [['She told us "not this year" and hung up', 'Ruth Ames']] },
  { name: 'two quotes around an attribution are not nested', paras: ['"We won," Ruth Ames said, "and we will win again."'], want: [['We won', 'Ruth Ames'], ['and we will win again.', 'Ruth Ames']] },
  { name: 'paragraph opening with a closing-style mark', paras: ['”Nobody asked us about the new road,” Ines Moreau said.'], want: [['Nobody asked us about the new road', 'Ines Moreau']] },
  { name: 'apostrophes inside a quote are not marks', paras: ['“It’s the town’s money, and they don’t listen,” said Abe Cole.'], want: [['It’s the town’s money, and they don’t listen', 'Abe Cole']] },
  // Negatives.
  { name: 'a “Follow X on Twitter” line inside a quote left open is nobody’s words', paras: ['"HOST: Thank you for coming in today, Senator.', '"Follow Ana Ruiz on Twitter @anaruiz."'], want: [['Thank you for coming in today, Senator.', 'HOST']] },
  { name: 'a Title Case show name ending in “Now”', paras: ['The network licenses the talk show and “Lena Park Now” from her studio.'], want: [] },
  { name: 'apostrophes alone are not quotes', paras: ["The mayor's plan and the council's budget don't match, and it's late."], want: [] },
  { name: 'inches and feet', paras: ['The player is 6\'2" tall and the shelf is 5\' 11" wide, the ad said.'], want: [] },
  { name: 'title of a show after an outlet', paras: ['Reyes told KTV’s “Early Edition” that talks had stalled.'], want: [] },
  { name: 'title of a song after “anthem”', paras: ['She closed with a rendition of the anthem “Rivers Run Home” and left the stage.'], want: [] },
  { name: 'title after a work noun', paras: ['The documentary “Silent Rivers” opens in May.'], want: [] },
  { name: 'title of a programme after “broadcast of”', paras: ['On Sunday’s broadcast of “Meet the Voters,” Senator Alma Ruiz said she would run again.'], want: [] },
  { name: 'Title Case name after a year', paras: ['The group revived its 1998 “Clean Harbors Pledge” this spring.'], want: [] },
  { name: 'title set off by commas after a work noun', paras: ['Mina Park’s commentary, “Leave the river alone,” drew many letters.'], want: [] },
  { name: 'a quote after an introductory phrase ending in a work noun is still a quote', paras: ['After the editorial, “We were stunned,” said Ana Ruiz.'], want: [['We were stunned', 'Ana Ruiz']] },
  { name: 'a quote inside the subject’s own noun phrase has no speaker', paras: ['By spring, River Party “action funds” had spent millions on the race.'], want: [] },
  { name: 'a term followed by its definition', paras: ['The grant requires a site in a "priority renewal zone," which is defined as a district with high vacancy.'], want: [] },
  { name: 'a nickname without a speech verb is not the subject’s quote', paras: ['Omar Dalton answered in kind, saddling his rival with the nickname “Slow Sam.”'], want: [] },
  { name: 'a nickname with a speech verb is the speaker’s', paras: ['Dalton said the rival he nicknamed “Slow Sam” would lose.'], want: [['Slow Sam', 'Dalton']] },
  { name: 'a quoted label right before a name is not a quote', paras: ['The Daily Ledger sent its “chief city desk fixer” Ana Ruiz to the hearing.'], want: [] },
  { name: 'a quote before a name with a speech verb is still a quote', paras: ['“We will appeal the ruling next week,” Ana Ruiz said.'], want: [['We will appeal the ruling next week', 'Ana Ruiz']] },
  { name: 'one-word scare quote without a speaker', paras: ['The so-called “reform” passed at night.'], want: [] },
  { name: 'a stage direction in a transcript', paras: ['"(CROSSTALK.)'], want: [] },
  { name: 'attribute values in leftover markup', paras: ['<tweet author="someone" id="12345">Hello there</tweet>'], want: [] },
  { name: 'the mark closing an attribute value in leftover markup opens nothing', paras: ['<note title="See the remark.">The mayor spoke "at length" on Monday.</note>'], want: [] },
];

describe('quotes table', () => {
  for (const row of ROWS) {
    it(row.name, () => {
      const quotes = detectQuotes(row.paras.map(para));
      const body = row.paras.join('\n\n');
      for (const q of quotes) expect(body.slice(q.start, q.end)).toBe(q.text);
      const got = quotes.map((q) => [q.text, q.speaker, q.speakerText]);
      const want = row.want.map(([text, speaker, written]) => [text, speaker, written ?? speaker]);
      expect(got).toEqual(want);
    });
  }
});

describe('block quotations', () => {
  const quote = (text: string): Block => ({ kind: 'quote', text, markdown: `> ${text}` });

  it('reports a block quotation introduced by the paragraph before it', () => {
    const got = detectQuotes([para('In her resignation letter, Director Amal Haddad wrote:'), quote('I can no longer defend decisions I was never part of.')]);
    expect(got.map((q) => [q.text, q.speaker, q.cue])).toEqual([['I can no longer defend decisions I was never part of.', 'Director Amal Haddad', 'wrote']]);
  });

  it('takes the speaker from a signature line and leaves it out of the text', () => {
    const got = detectQuotes([quote('The river rose three feet overnight and the bridge is closed. — Pat Osei (@posei) March 3, 2021')]);
    expect(got.map((q) => [q.text, q.speaker])).toEqual([['The river rose three feet overnight and the bridge is closed.', 'Pat Osei']]);
  });

  it('skips a very short block quotation', () => {
    expect(detectQuotes([para('The mayor said:'), quote('Read more')])).toEqual([]);
  });

  it('skips an unattributed block quotation (a summary box, a note)', () => {
    expect(detectQuotes([para('Some background first.'), quote('Summary Walking after meals may help steady blood sugar levels.')])).toEqual([]);
  });
});

describe('headings', () => {
  const heading = (text: string): Block => ({ kind: 'heading', text, markdown: `## ${text}`, level: 2 });

  it('reads a heading that ends like a sentence (a short paragraph taken for a heading)', () => {
    const got = detectQuotes([para('The mayor spoke at the opening of the new library on Friday.'), heading('She said: “We built this for the children.”')]);
    expect(got.map((q) => [q.text, q.speaker])).toEqual([['We built this for the children.', 'The mayor']]);
  });

  it('skips an unattributed quote in a heading that ends like a sentence', () => {
    expect(detectQuotes([heading('Have you ever had these “moments of quiet doubt?”')])).toEqual([]);
  });

  it('leaves a real heading with a quoted title alone', () => {
    expect(detectQuotes([heading('Reviews of “The Long Road Home”')])).toEqual([]);
  });
});

describe('inline <q> quotations in HTML', () => {
  const page = (sentence: string) => `<!doctype html><html><head><title>Bridge plan</title></head><body><article><h1>Bridge plan</h1>
<p>The town council met on Tuesday evening to discuss the old river bridge, which has been closed to traffic since the spring floods damaged its supports.</p>
<p>${sentence}</p>
<p>Several residents spoke in favour of the plan, and the vote is expected next month after the engineers deliver their final report on the costs.</p>
</article></body></html>`;

  it('gives a <q> element the marks a browser shows, so its words are a quote', async () => {
    const a = await extract(page('Mayor Ines Moreau told the meeting <q>we will rebuild the bridge before winter</q> and asked for the budget.'));
    expect(a.quotes.map((q) => [q.text, q.speaker])).toEqual([['we will rebuild the bridge before winter', 'Mayor Ines Moreau']]);
    expect(a.blocks[1]!.text).toContain('“we will rebuild the bridge before winter”');
  });

  it('does not double marks a <q> element already has', async () => {
    const a = await extract(page('Mayor Ines Moreau told the meeting <q>“we will rebuild the bridge before winter”</q> and asked for the budget.'));
    expect(a.blocks[1]!.text).toContain(' “we will rebuild the bridge before winter” ');
  });
});

describe('other languages', () => {
  it('reads a French text with the French speech table, not the English rules', () => {
    const paras = [
      'La réunion du conseil municipal a duré plus de trois heures et les habitants sont venus nombreux pour écouter les explications du maire sur le nouveau plan de circulation.',
      'Selon les responsables, le projet sera présenté aux commerçants la semaine prochaine. Beaucoup restent sceptiques. «Nous attendons des réponses claires depuis des mois», a déclaré Claire Martin, présidente de l’association des riverains.',
    ];
    const got = detectQuotes(paras.map(para));
    expect(got.map((q) => [q.text, q.speaker, q.cue])).toEqual([['Nous attendons des réponses claires depuis des mois', 'Claire Martin', 'a déclaré']]);
  });
});

describe('quote fields', () => {
  it('gives offsets into the body text and paragraph numbers', () => {
    const paras = ['Intro paragraph without quotes.', 'Then “a partial phrase here” came up, Jones said.'];
    const [q] = detectQuotes(paras.map(para));
    const body = paras.join('\n\n');
    expect(q).toBeDefined();
    expect(body.slice(q!.start, q!.end)).toBe(q!.text);
    expect(q!.paragraph).toBe(1);
    expect(q!.partial).toBe(true);
    expect(q!.cue).toBe('said');
  });

  it('marks a whole quoted sentence as not partial', () => {
    const [q] = detectQuotes([para('“We won the case,” the lawyer said.')]);
    expect(q!.partial).toBe(false);
  });
});

describe('quote invariants', () => {
  const pieces = ['“', '”', '"', "'", '‘', '’', "''", '«', '»', '„', ' said ', ' he ', 'Mr. Lee', ', ', '. ', ': ', 'the board', ' ― Ana Diaz', 'word', '\n'];
  const paragraph = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((xs) => xs.join('').trim() || 'x');

  it('never throws, and every quote’s offsets point at its text', () => {
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 5 }), (paras) => {
        const quotes = detectQuotes(paras.map(para));
        const body = paras.join('\n\n');
        for (const q of quotes) {
          expect(body.slice(q.start, q.end)).toBe(q.text);
          expect(q.text.length).toBeGreaterThan(0);
          if (q.speaker !== null) expect(q.speaker.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('sentence bounds and masking (the stage stays linear on huge paragraphs)', () => {
  const text = 'The mayor spoke first. Mr. Lee of the U.S. office answered at length! Then the vote came.';
  it('finds the sentence around an offset, across abbreviations and initials', () => {
    const at = text.indexOf('office');
    expect(text.slice(sentenceStart(text, at), sentenceEnd(text, at)).trim()).toBe('Mr. Lee of the U.S. office answered at length!');
    expect(sentenceStart(text, 3)).toBe(0);
    expect(sentenceEnd(text, text.indexOf('vote'))).toBe(text.length);
  });
  it('a "sentence" longer than the bound is cut at the bound on either side', () => {
    const long = `Start. ${'word '.repeat(MAX_SENTENCE_CHARS)}end`;
    const at = long.length - 3;
    expect(sentenceStart(long, at)).toBe(at - MAX_SENTENCE_CHARS);
    expect(sentenceEnd(long, 10)).toBe(10 + MAX_SENTENCE_CHARS);
    expect(sentenceStart(long, 100)).toBe('Start. '.length - 1);
  });
  it('blanks every quote in one pass and keeps every offset', () => {
    const s = 'A said “one two,” and B said “three” then “”.';
    const spans = [...s.matchAll(/“[^”]*”/g)].map((m) => ({ outerStart: m.index!, outerEnd: m.index! + m[0].length }));
    const masked = maskQuotes(s, spans);
    expect(masked).toHaveLength(s.length);
    expect(masked).toBe('A said “       ,” and B said “     ” then “”.');
  });
});

describe('mentions read once per body', () => {
  const body = 'Lest anyone doubt it, the show starred Mary Steenburgen and Ted Danson. Nonetheless, the critics, Democrats and democrats alike, praised Trump’s rival and Jean-Luc.';
  it('a capitalised word is a name when the body also writes it inside a sentence, next to another name too', () => {
    expect(isSentenceOpenerOnly('Danson', body)).toBe(false);
    expect(isSentenceOpenerOnly('Ted', body)).toBe(false);
    expect(isSentenceOpenerOnly('Trump', body)).toBe(false);
    expect(isSentenceOpenerOnly('Jean', body)).toBe(false);
    expect(isSentenceOpenerOnly('Lest', body)).toBe(true);
    expect(isSentenceOpenerOnly('Nonetheless', body)).toBe(true);
  });
  it('a one-word speaker the body also writes in lower case is a group, not a person', () => {
    expect(speakerKind('Democrats', body)).toBe('plural');
    expect(speakerKind('Steenburgen', body)).toBe('person');
    // A share of a group is a group: "his" never resolves to it.
    expect(speakerKind('Forty percent of tenants', body)).toBe('plural');
    expect(speakerKind('Three of the nurses', body)).toBe('plural');
  });
});

describe('verbs that report words only before “that”', () => {
  const verbAt = (s: string, word: string) => {
    const toks = tokens(s);
    return isSpeechVerb(s, toks, toks.findIndex((t) => t.w === word));
  };
  it('“found that” and “shows that” are cues, “found the” and “shows the” are not', () => {
    expect(verbAt('The audit found that the agency lost track', 'found')).toBe(true);
    expect(verbAt('Police found a large amount of cash', 'found')).toBe(false);
    expect(verbAt('A poll shows that voters are divided', 'shows')).toBe(true);
    expect(verbAt('The map shows the new route', 'shows')).toBe(false);
  });
});
