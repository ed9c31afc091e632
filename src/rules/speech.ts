/**
 * Speech cues for quote attribution: verbs (every form a news text uses) and phrases.
 * English first; a language adds its own table with the same shape.
 */

export interface SpeechVerb {
  id: string;
  /** Every written form: present, past, participle, gerund. */
  forms: readonly string[];
  reason: string;
}

const verb = (id: string, forms: string, reason = 'Reporting verb.') => ({ id, forms: forms.split(' '), reason });

export const SPEECH_VERBS_EN: readonly SpeechVerb[] = [
  verb('say', 'say says said saying', 'The most common attribution verb by far.'),
  verb('tell', 'tell tells told telling', '"told reporters", "told CNN".'),
  verb('add', 'add adds added adding', 'Continuation of an earlier statement.'),
  verb('write', 'write writes wrote writing written', 'Written statements, letters, posts.'),
  verb('ask', 'ask asks asked asking'),
  verb('explain', 'explain explains explained explaining'),
  verb('note', 'note notes noted noting'),
  verb('warn', 'warn warns warned warning'),
  verb('tweet', 'tweet tweets tweeted tweeting', 'Statements on social media.'),
  verb('post', 'posted', 'Statements on social media ("posted on Facebook").'),
  verb('type', 'typed texted emailed e-mailed scrawled jotted', 'Written words ("a doctor had typed “…”").'),
  verb('stress', 'stress stresses stressed stressing'),
  verb('claim', 'claim claims claimed claiming'),
  verb('insist', 'insist insists insisted insisting'),
  verb('argue', 'argue argues argued arguing'),
  verb('declare', 'declare declares declared declaring'),
  verb('announce', 'announce announces announced announcing'),
  verb('state', 'state states stated stating'),
  verb('reply', 'reply replies replied replying'),
  verb('respond', 'respond responds responded responding'),
  verb('recall', 'recall recalls recalled recalling'),
  verb('continue', 'continue continues continued continuing', '"…," she continued.'),
  verb('conclude', 'conclude concludes concluded concluding'),
  verb('acknowledge', 'acknowledge acknowledges acknowledged acknowledging'),
  verb('admit', 'admit admits admitted admitting'),
  verb('confirm', 'confirm confirms confirmed confirming'),
  verb('suggest', 'suggest suggests suggested suggesting'),
  verb('complain', 'complain complains complained complaining'),
  verb('predict', 'predict predicts predicted predicting'),
  verb('urge', 'urge urges urged urging'),
  verb('observe', 'observe observes observed observing'),
  verb('comment', 'comment comments commented commenting'),
  verb('emphasize', 'emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised emphasising'),
  verb('remark', 'remark remarks remarked remarking'),
  verb('testify', 'testify testifies testified testifying'),
  verb('joke', 'joke jokes joked joking quip quips quipped'),
  verb('shout', 'shout shouts shouted shouting yell yells yelled yelling scream screams screamed screaming chant chants chanted', 'Raised voices: "…," she yells.'),
  verb('tell-others', 'report reports reported reporting', '"the Post reported".'),
  verb('describe', 'describe describes described describing', '"described it as “…”".'),
  verb('call', 'call calls called calling', '"called the plan “reckless”": a partial quote and its speaker.'),
  verb('admonish', 'insisted countered counters counter retorted retort retorts'),
  verb('promise', 'promise promises promised promising vow vows vowed pledge pledged'),
  verb('deny', 'deny denies denied denying'),
  verb('demand', 'demand demands demanded demanding'),
  verb('believe', 'believe believes believed think thinks thought', 'Stated opinions: "…, he thinks".'),
  verb('describe-as', 'branded brands labeled labelled dubbed', '"branded the plan a “giveaway”".'),
  verb('criticize', 'blasted blasts slammed slams attacked attacks criticized criticised mocked mocks accuse accused accuses accusing condemned condemns denounced denounces', 'Criticism verbs introduce quoted words of the critic ("Reid blasted Trump as a “con artist”").'),
  verb('praise', 'praise praises praised praising laud lauds lauded hail hails hailed', 'Praise introduces the praiser\'s words.'),
  verb('liken', 'liken likens likened compare compares compared', '"likened the fee to “a tax on rain”".'),
  verb('dismiss', 'dismiss dismisses dismissed dismissing', '"dismissed the plan as a “paper tiger”".'),
  verb('exhort', 'exhort exhorts exhorted exhorting', '"exhorted members to “stay the course”".'),
  verb('scold', 'scold scolds scolded scolding', 'Scolding words.'),
  verb('concede', 'concede concedes conceded conceding', 'Concessions.'),
  verb('reiterate', 'reiterate reiterates reiterated reiterating', 'Repeated statements.'),
  verb('proclaim', 'proclaim proclaims proclaimed proclaiming', '"proclaimed a goal of “…”".'),
  verb('sing', 'sing sings sang singing chanting', 'Songs and chants are quoted words too.'),
  verb('read', 'reads read', '"…," the letter reads.'),
  verb('put', 'put', '"as a Treasury memo put it".'),
  verb('assert', 'assert asserts asserted asserting', 'Assertions.'),
  verb('boast', 'boast boasts boasted boasting', 'Boasts.'),
  verb('lament', 'lament laments lamented', 'Laments.'),
  verb('agree', 'agree agrees agreed'),
  verb('mention', 'mention mentions mentioned mentioning'),
  verb('point-out', 'pointed', '"pointed out".'),
  verb('cite', 'quoted quoting quote quotes', '"was quoted as saying".'),
  verb('clarify', 'clarify clarifies clarified clarifying', '"His campaign clarified that Trump “misspoke”".'),
  verb('contend', 'contend contends contended contending', 'Contentions in a dispute.'),
  verb('maintain', 'maintains maintained', '"She maintains she did “nothing wrong”"; not "maintain" (keep up).'),
  verb('allege', 'allege alleges alleged alleging', 'Allegations in suits and complaints.'),
  verb('caution', 'caution cautions cautioned cautioning', 'Warnings.'),
  verb('reveal', 'reveals revealed disclosed discloses', 'Disclosures.'),
  verb('recount', 'recounts recounted', '"she recounted, “…”"; not "recount" (count again).'),
  verb('remind', 'remind reminds reminded reminding', '"he reminded the crowd, “…”".'),
  verb('wonder', 'wonders wondered', '"“Why now?” she wondered."'),
  verb('muse', 'mused muses', '"“Maybe,” he mused."'),
  verb('grumble', 'grumbled grumbles groused grouses fumed fumes gushed gushes raved raves ranted rants vented vents', 'Verbs of manner for words said in a mood.'),
  verb('whisper', 'whisper whispers whispered whispering murmured muttered mumbled', 'Verbs of manner of speaking.'),
  verb('snap', 'snapped scoffed sneered thundered', '"“Nonsense,” she snapped."'),
  verb('confess', 'confess confesses confessed confessing confided confides', 'Confessions.'),
  verb('speculate', 'speculate speculates speculated speculating', 'Speculation.'),
  verb('plead', 'pleaded pleads pled implored implores begged begs', 'Pleas.'),
  verb('encourage', 'encourage encourages encouraged encouraging', '"encouraged readers to “give it a try” …", like "urged".'),
  verb('cite-source', 'cited cites citing', '"She cited “political tensions” as the main risk".'),
  verb('denounce', 'denounce denouncing', 'Criticism ("denouncing the “rigged” system"); denounced/denounces are in criticize.'),
  verb('rate', 'rated rates', 'Fact-checkers\' verdicts: "PolitiFact rated the claim “Mostly False”".'),
  verb('rule-that', 'ruled rules', '"The judge ruled that the law was “plainly unconstitutional”": only before "that" (isSpeechVerb).'),
  verb('find-that', 'found finds', '"The report found that the agency “failed to track” …": only before "that" (isSpeechVerb), "found the body" is no cue.'),
  verb('show-that', 'shows showed', '"A poll shows that voters are “deeply divided”": only before "that" (isSpeechVerb).'),
];

/** Phrases that attribute a quote to the noun phrase after them ("according to X"). */
export const ATTRIBUTION_PHRASES: readonly { id: string; pattern: RegExp; reason: string }[] = [
  { id: 'according-to', pattern: /\baccording to\b/i, reason: '"according to officials".' },
  { id: 'in-words-of', pattern: /\bin the words of\b/i, reason: '"in the words of X".' },
];

/**
 * Phrases that attribute a whole sentence only when they close it (", per the club's rules."):
 * elsewhere they have other senses ("$5 per hour"). Read with ATTRIBUTION_PHRASES by
 * attributionSentenceFinal.
 */
export const SENTENCE_FINAL_PHRASES: readonly { id: string; pattern: RegExp; reason: string }[] = [
  { id: 'per', pattern: /\bper\b/i, reason: '"…, per the club’s rules.", "…, per a campaign spokesman.".' },
  { id: 'as-reported-by', pattern: /\bas reported by\b/i, reason: '"…, as reported by the Post.".' },
];

/** Verb forms that report words only before "that" ("the study found that …", not "found the body"). */
export const THAT_ONLY_FORMS = new Set(['found', 'finds', 'shows', 'showed', 'ruled', 'rules']);

/**
 * Verb forms that are often nouns ("the report", "his remarks", "late-night tweets"): such a
 * form counts as a verb only when no determiner or possessive stands right before it.
 */
export const NOUN_LIKE_FORMS = new Set(['report', 'reports', 'remark', 'remarks', 'claim', 'claims', 'comment', 'comments', 'tweet', 'tweets', 'post', 'quote', 'quotes', 'call', 'calls', 'demand', 'demands', 'promise', 'promises', 'note', 'notes', 'state', 'states', 'warning', 'attacks', 'joke', 'jokes', 'read', 'reads', 'put', 'denial', 'insisted', 'counter', 'retort', 'vow', 'vows', 'pledge', 'testify', 'shout', 'respond', 'reply', 'sing', 'sings', 'quip', 'quips', 'chant', 'chants', 'yells', 'screams', 'shouts', 'rates', 'cites', 'rants', 'vents', 'raves', 'whisper', 'whispers', 'pleads', 'ask', 'assert', 'boast', 'lament', 'laments', 'post', 'think', 'thought', 'writing', 'saying', 'warning', 'singing', 'chanting']);

/** Words that make the next word a noun ("the report", "his remarks"). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'whose', 'no', 'any', 'every', 'each', 'some', 'such']);

/**
 * Abbreviations whose period does not end a sentence ("Mr. Obama said", "Sen. Warren", "Sept. 28").
 * Single capital letters (initials) and dotted acronyms (U.S., D.C.) are recognised apart.
 */
export const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj', 'st', 'jr', 'sr', 'prof', 'rev', 'hon', 'pres', 'supt', 'atty', 'messrs', 'mt', 'ft', 'no', 'vs', 'inc', 'corp', 'co', 'ltd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'etc', 'approx', 'dept', 'univ', 'est']);

/** Words that open an introductory phrase before a sentence's subject ("In a statement, Alder said"). */
export const INTRO_WORDS = new Set(['in', 'at', 'on', 'during', 'after', 'before', 'since', 'speaking', 'asked', 'responding', 'writing', 'later', 'earlier', 'meanwhile', 'however', 'but', 'and', 'still', 'yet', 'then', 'also', 'separately', 'instead', 'similarly', 'previously', 'last', 'this', 'on', 'with', 'for', 'from', 'under', 'over', 'as', 'when', 'while', 'though', 'although', 'if', 'because', 'according', 'by', 'to', 'of', 'within', 'outside', 'inside', 'despite', 'amid', 'among', 'following', 'throughout', 'until', 'today', 'yesterday', 'tomorrow', 'now', 'so', 'thus', 'indeed', 'moreover', 'furthermore', 'again', 'once']);

/** Words that cannot begin a speaker noun phrase (prepositions, conjunctions, adverbs). */
export const NON_SUBJECT_STARTS = new Set(['to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'of', 'about', 'despite', 'while', 'after', 'before', 'into', 'than', 'as', 'that', 'which', 'what', 'whether', 'if', 'because', 'and', 'or', 'but', 'so', 'then', 'also', 'there', 'here', 'not', 'it\'s', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', 'do', 'does', 'did', 'me', 'us', 'him', 'them', 'when', 'where', 'how', 'why', 'very', 'just', 'even', 'only', 'well', 'much', 'more', 'most', 'less', 'repeatedly', 'egregiously', 'early', 'late', 'later', 'earlier', 'recently', 'once', 'often', 'never', 'always', 'still', 'already', 'now', 'today', 'yesterday', 'tonight', 'tomorrow', 'ago', 'again', 'too', 'up', 'out', 'down', 'off', 'over', 'through', 'under', 'like', 'unlike', 'per', 'via', 'against', 'around', 'between', 'during', 'within', 'without', 'toward', 'towards', 'upon', 'onto', 'among', 'amid', 'across', 'behind', 'beyond', 'near', 'since', 'until', 'whose', 'whom', 'who', 'this', 'these', 'those']);

/** Nouns naming what speaks for someone: a speaker phrase ending in one of these is plausible in lower case. */
export const SPEAKER_HEAD_NOUNS = /^(?:officials?|piece|story|editorial|spokes(?:man|woman|person)|ministry|department|agency|report|statement|letter|memo|article|study|ruling|brief|complaint|court|judge|campaign|committee|president|aides?|advisers?|governor|mayor|senator|leaders?|group|groups|people|voters|critics|experts|analysts|economists?|newspaper|daily|paper|post|times|network|organizers?|protesters|demonstrators|residents|officers|police|chief|director|secretary|nominee|candidate|company|firm|bank|government|administration|white house|party|lawmakers?|members?|sources?|insiders?|narrator|host|moderator|reporters?|editors?|author|writer|professor|scholar|lawyer|attorney|source|website|site|tweet|ad|video|documentary|bylaws|rules|standards|policy|plan|bill|law|poll|survey|someone|everyone|man|woman|men|women|mother|father|official|representative|others|many|some|both|one|another|he|she|they|we|i|you|it)$/i;
export const SPEECH_FORMS: ReadonlyMap<string, string> = new Map(
  SPEECH_VERBS_EN.flatMap((v) => v.forms.map((f) => [f, v.id] as const)),
);

/** Words that may stand between a speaker and the verb ("has also said"). */
export const AUX_WORDS = new Set(['still', 'now', 'often', 'usually', 'always', 'sometimes', 'quickly', 'long', 'has', 'have', 'had', 'will', 'would', 'also', 'later', 'then', 'previously', 'once', 'reportedly', 'again', 'recently', 'further', 'just', 'repeatedly', 'publicly', 'privately', 'earlier', 'is', 'was', 'were', 'are', 'did', 'does', 'do', 'could', 'may', 'might', 'should', 'simply', 'even', 'often', 'never', 'flatly']);

/** Words that end a speaker noun phrase when read backwards from the verb. */
export const NP_STOP_WORDS = new Set(['how', 'why', 'whether', 'that', 'though', 'although', 'while', 'because', 'but', 'when', 'if', 'which', 'where', 'since', 'as', 'so', 'and', 'or', 'after', 'before', 'than', 'what', 'whom', 'yet', 'even', 'who']);

/** Pronouns a speaker may be written as, and the kind of antecedent they take. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'plural' | 'thing' | 'self'> = new Map([
  ['he', 'person'], ['she', 'person'], ['they', 'plural'], ['it', 'thing'], ['i', 'self'], ['we', 'plural'],
  ['him', 'person'], ['her', 'person'], ['them', 'plural'],
]);

/**
 * Nouns for people: a phrase ending in one of these ("my mother", "the president") is a person,
 * so "he"/"she" may refer back to it.
 */
export const PERSON_NOUNS = new Set('mother father wife husband son daughter sister brother grandmother grandfather aunt uncle friend neighbor neighbour president governor senator congressman congresswoman representative mayor spokesman spokeswoman spokesperson chairman chairwoman chair secretary director official lawyer attorney judge candidate nominee woman man girl boy leader minister ambassador chief author writer professor economist analyst doctor nurse officer sheriff commissioner executive founder owner manager coach player teacher student pastor priest rabbi king queen prince princess actor actress singer host anchor reporter editor columnist adviser advisor aide strategist veteran soldier general captain'.split(' '));

/** Person nouns that call for "she" (a description resolving "she said"). */
export const FEMALE_NOUNS = new Set('mother wife sister daughter grandmother aunt woman girl spokeswoman chairwoman congresswoman actress queen princess niece mom'.split(' '));

/** Person nouns that call for "he". */
export const MALE_NOUNS = new Set('father husband brother son grandfather uncle man boy spokesman chairman congressman actor king prince nephew dad'.split(' '));
