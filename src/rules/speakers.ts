/**
 * Vocabulary of the speaker entity step (src/quotes/entities.ts): the words that are not part of
 * a person's name (titles, party labels, sentence openers), the head words of organisations, and
 * the relative pronouns whose antecedent is the speaker. One entry per language group, each with
 * an id and a reason; English first, then the languages with a speech table
 * (src/rules/speech-languages.ts) where the same patterns hold.
 */

export interface WordList {
  id: string;
  words: readonly string[];
  reason: string;
}

const list = (id: string, words: string, reason: string): WordList => ({ id, words: words.trim().split(/\s+/), reason });

/**
 * Titles written before a name. `office` titles are kept in the fullest name ("Rep. Adam
 * Schiff"); courtesy titles are not ("Mr. Burman" -> "Leonard Burman").
 */
export const OFFICE_TITLES: readonly WordList[] = [
  list('en-office-abbr', 'Rep. Sen. Gov. Gen. Dr. Prof. Rev. Lt. Col. Sgt. Capt. Adm. Maj. Cmdr. Atty. Supt. Hon. Pres.', 'Abbreviated English offices and ranks, written right before a name and part of how it is introduced.'),
  list('de-office', 'Dr. Prof.', 'German academic titles are part of a name as written.'),
];

export const COURTESY_TITLES: readonly WordList[] = [
  list('en-courtesy', 'Mr. Mrs. Ms. Miss Mr Mrs Ms Messrs. Mx.', 'English (NYT style) courtesy titles on second reference: "Mr. Burman".'),
  list('de-courtesy', 'Herr Frau', 'German courtesy titles.'),
  list('fr-courtesy', 'M. Mme Mme. Mlle', 'French courtesy titles.'),
  list('es-courtesy', 'Sr. Sra. Srta. Don Doña', 'Spanish courtesy titles.'),
  list('it-courtesy', 'Sig. Sig.ra Dott. Dott.ssa', 'Italian courtesy titles.'),
  list('pt-courtesy', 'Sr. Sra. Dona', 'Portuguese courtesy titles.'),
  list('nl-courtesy', 'dhr. mevr. Dhr. Mevr.', 'Dutch courtesy titles.'),
  list('pl-courtesy', 'Pan Pani', 'Polish courtesy titles.'),
];

/**
 * Capitalised words before a name that are not part of it: offices written out, party labels,
 * nationality-free descriptors and sentence openers ("President Obama", "Republican Donald
 * Trump", "But Leonard Burman said"). Reading a name backwards from its surname stops at one.
 */
/** English sentence openers and function words, capitalised at a sentence start before a name or a group ("But Western officials"). */
const EN_OPENERS = list('en-openers', 'The A An But And Or So Yet When While If As After Before Since Although Though Because Then Now Still Also Even Only Meanwhile However Asked Said Says In On At For With From By To Of That This These Those Like Unlike Both Neither Either Has Had Was Is Did Does Will Would Could Should Can Some Many Most Several Other Two Three', 'Sentence openers and function words, capitalised at a sentence start before a name.');

export const NOT_NAME_WORDS: readonly WordList[] = [
  list('en-offices', 'President Vice Senator Congressman Congresswoman Representative Governor Secretary Speaker Leader Chairman Chairwoman Chair Mayor Judge Justice Chief General Prime Minister Chancellor King Queen Prince Princess Pope Attorney Director Commissioner Sheriff Ambassador Admiral Colonel Sergeant Captain Lieutenant Officer Detective Professor Doctor Former Candidate Nominee First Lady Sen Rep Gov', 'Offices written out, capitalised before a name ("Secretary of State John Kerry").'),
  list('en-institutions', 'State Department House Senate White Defense Treasury Justice Homeland Security Pentagon Congress Court Supreme Federal National Party Campaign Committee', 'Institution words of a title before a name ("House Speaker Paul Ryan").'),
  list('en-parties', 'Republican Republicans Democrat Democratic Democrats GOP Independent Libertarian Conservative Labour Liberal', 'Party labels before a name ("Republican Donald Trump").'),
  EN_OPENERS,
  list('en-title-words', 'Mr Mrs Ms Dr', 'Titles written without their period.'),
  list('de-not-name', 'Der Die Das Den Dem Des Ein Eine Und Aber Als Wenn Bundeskanzlerin Bundeskanzler Minister Ministerin Präsident Präsidentin Bürgermeister Bürgermeisterin Oberbürgermeister Oberbürgermeisterin Sprecher Sprecherin Chef Chefin Kanzler Kanzlerin Bundespräsident Bundespräsidentin Ministerpräsident Ministerpräsidentin Landrat Landrätin Senator Senatorin Abgeordnete Abgeordneter Vorsitzende Vorsitzender Parteichef Parteichefin Trainer Trainerin Geschäftsführer Geschäftsführerin Direktor Direktorin Professor Professorin Polizeisprecher Polizeisprecherin Staatssekretär Staatssekretärin Außenminister Außenministerin Innenminister Innenministerin Finanzminister Finanzministerin', 'German articles, conjunctions and offices before a name (German writes every noun with a capital, so offices are listed).'),
  list('fr-not-name', 'Le La Les Un Une Et Mais Quand Président Présidente Ministre Maire Porte-parole', 'French articles, conjunctions and offices before a name.'),
  list('es-not-name', 'El La Los Las Un Una Y Pero Cuando Presidente Presidenta Ministro Ministra Alcalde Alcaldesa Portavoz', 'Spanish articles, conjunctions and offices before a name.'),
  list('it-not-name', 'Il Lo La Gli Le Un Una E Ma Quando Presidente Ministro Ministra Sindaco Portavoce', 'Italian articles, conjunctions and offices before a name.'),
  list('pt-not-name', 'O A Os As Um Uma E Mas Quando Presidente Ministro Ministra Prefeito Prefeita Porta-voz', 'Portuguese articles, conjunctions and offices before a name.'),
  list('nl-not-name', 'De Het Een En Maar Toen Minister Premier Burgemeester Woordvoerder Woordvoerster', 'Dutch articles, conjunctions and offices before a name.'),
  list('pl-not-name', 'I Ale Gdy Prezydent Premier Minister Burmistrz Rzecznik Rzeczniczka', 'Polish conjunctions and offices before a name.'),
];

/**
 * Head words of organisations: a speaker whose name holds one of these is an organisation
 * ("the Belarusian Defense Ministry", "the Clinton campaign", "Reuters" is caught as a name of
 * one word in capitals only when it is an acronym).
 */
export const ORGANISATION_WORDS: readonly WordList[] = [
  list('en-org', 'alliance ministry ministries department agency government administration committee commission council campaign party company corporation corp inc ltd firm bank court police army military navy office bureau service board authority union association federation foundation institute university college school newspaper magazine network channel station times post journal tribune herald news press group organization organisation organizations center centre fund coalition caucus parliament congress senate house cabinet embassy kremlin pentagon secretariat', 'English organisation head words.'),
  list('de-org', 'ministerium bundesregierung regierung behörde amt polizei partei unternehmen konzern bank gericht verband verein stiftung institut universität zeitung sender bundestag landtag rathaus stadt gemeinde', 'German organisation head words.'),
  list('fr-org', 'ministère gouvernement préfecture police parti entreprise société banque tribunal cour association fondation institut université journal mairie assemblée', 'French organisation head words.'),
  list('es-org', 'ministerio gobierno policía partido empresa compañía banco tribunal juzgado asociación fundación instituto universidad diario ayuntamiento congreso', 'Spanish organisation head words.'),
  list('it-org', 'ministero governo polizia partito azienda società banca tribunale associazione fondazione istituto università giornale comune parlamento', 'Italian organisation head words.'),
  list('pt-org', 'ministério governo polícia partido empresa companhia banco tribunal associação fundação instituto universidade jornal prefeitura congresso', 'Portuguese organisation head words.'),
  list('nl-org', 'ministerie regering kabinet politie partij bedrijf bank rechtbank vereniging stichting instituut universiteit krant gemeente', 'Dutch organisation head words.'),
  list('pl-org', 'ministerstwo rząd policja partia firma spółka bank sąd stowarzyszenie fundacja instytut uniwersytet gazeta urząd sejm', 'Polish organisation head words.'),
];

/** Group nouns: a plural speaker ("the officials") that the article may have named more fully earlier ("Western officials"). */
export const GROUP_NOUNS: readonly WordList[] = [
  list('en-groups', 'officials lawmakers leaders diplomats analysts experts economists researchers authorities investigators prosecutors officers aides advisers advisors sources critics supporters protesters activists organizers organisers voters residents executives members senators representatives', 'English plural nouns for groups of speakers.'),
];

/**
 * Documents and recordings that speak through their text: the subject of a sentence quoting a
 * phrase without a speech verb ("The article ends with a nod to her “old friends”", "The report
 * faults the agency's “lax oversight”") is its source.
 */
export const DOCUMENT_NOUNS: readonly WordList[] = [
  list('en-documents', 'article story piece editorial column op-ed report statement letter memo memorandum study ruling brief complaint document filing lawsuit indictment transcript speech ad advertisement video tweet post email e-mail book poll survey analysis audit review', 'English nouns for texts and recordings.'),
];

/** Relative pronouns that can stand for the speaker ("…, said Ana Ruiz, who …"; "the report, which found …"). */
export const RELATIVE_PRONOUNS: readonly WordList[] = [
  list('en-relative', 'who which that', 'English relative pronouns.'),
  list('de-relative', 'der die das welcher welche', 'German relative pronouns.'),
  list('fr-relative', 'qui', 'French relative pronoun of the subject.'),
  list('es-relative', 'quien quienes', 'Spanish relative pronouns of persons.'),
  list('it-relative', 'che il quale la quale', 'Italian relative pronouns.'),
  list('pt-relative', 'que quem', 'Portuguese relative pronouns.'),
  list('nl-relative', 'die dat wie', 'Dutch relative pronouns.'),
  list('pl-relative', 'który która którzy', 'Polish relative pronouns.'),
];

/** Personal pronouns in the languages with a speech table: a speaker still written as one is not a name. */
export const PERSONAL_PRONOUNS: readonly WordList[] = [
  list('en-pronouns', 'he she they it i we you him her them', 'English.'),
  list('de-pronouns', 'er sie es wir ich', 'German.'),
  list('fr-pronouns', 'il elle ils elles on je nous', 'French.'),
  list('es-pronouns', 'él ella ellos ellas yo nosotros', 'Spanish.'),
  list('it-pronouns', 'lui lei loro io noi', 'Italian.'),
  list('pt-pronouns', 'ele ela eles elas eu nós', 'Portuguese.'),
  list('nl-pronouns', 'hij zij ze wij ik', 'Dutch.'),
  list('pl-pronouns', 'on ona oni one ja my', 'Polish.'),
];

/**
 * First words of a "Label: text" line that is not a transcript line: letters to an advice column
 * ("DEAR ABBY:"), notes, captions and shop listings ("New Release:"). Case-insensitive.
 */
export const NOT_SPEAKER_LABELS: readonly WordList[] = [
  list('en-not-speaker', "dear note editor's editors update updated correction photo photos image video source sources related read watch listen breaking new sale price deal deals tags tag category filed posted share follow subscribe advertisement sponsored warning disclaimer", 'Column greetings, notes, captions and listings written as "Label: text".'),
  list('de-not-speaker', 'liebe lieber hinweis anmerkung foto bild quelle mehr lesen video anzeige', 'German.'),
  list('fr-not-speaker', 'cher chère note photo source lire vidéo publicité', 'French.'),
  list('es-not-speaker', 'querido querida nota foto fuente leer vídeo video publicidad', 'Spanish.'),
];

/**
 * Nouns for what is issued on someone's behalf, as a pattern source: "a statement from the
 * ministry" is the ministry's words (src/quotes/attribution.ts); src/quotes/entities.ts adds the
 * people who speak for someone ("a spokesman for the ministry").
 */
export const ISSUED_NOUNS = 'statement|release|press release|letter|memo|spokesman|spokeswoman|spokesperson|report';
/** Words that may stand between the determiner and an issued noun ("a joint statement"). */
export const ISSUED_MODIFIERS = 'written|joint|brief|short|new';

const setOf = (lists: readonly WordList[], fold = true) => new Set(lists.flatMap((l) => l.words.map((w) => (fold ? w.toLowerCase() : w))));

export const OFFICE_TITLE_SET = setOf(OFFICE_TITLES, false);
/** Offices written out in one word, kept before a name like an abbreviated title ("Mayor Ines Moreau", "President Barack Obama"). */
export const OFFICE_WORD_SET = new Set('President Senator Congressman Congresswoman Governor Mayor Judge Justice Chancellor King Queen Prince Princess Pope Ambassador Admiral Colonel Sergeant Captain Lieutenant Detective Professor Sheriff Commissioner Bürgermeisterin Bürgermeister Président Présidente Presidente Presidenta Prezydent Burgemeester'.split(' '));
export const COURTESY_TITLE_SET = setOf(COURTESY_TITLES, false);
/** Openers only: what is stripped from the front of a group's name ("The Belarusian Defense Ministry"). */
export const OPENER_SET = new Set([...EN_OPENERS.words, 'Der', 'Die', 'Das', 'Le', 'La', 'Les', 'El', 'Los', 'Las', 'Il', 'Lo', 'Gli', 'O', 'Os', 'As', 'De', 'Het', 'Een']);
export const NOT_NAME_WORD_SET = setOf(NOT_NAME_WORDS, false);
export const ORGANISATION_WORD_SET = setOf(ORGANISATION_WORDS);
export const GROUP_NOUN_SET = setOf(GROUP_NOUNS);
export const RELATIVE_PRONOUN_SET = setOf(RELATIVE_PRONOUNS);
export const DOCUMENT_NOUN_SET = setOf(DOCUMENT_NOUNS);
export const PERSONAL_PRONOUN_SET = setOf(PERSONAL_PRONOUNS);
export const NOT_SPEAKER_LABEL_SET = setOf(NOT_SPEAKER_LABELS);
