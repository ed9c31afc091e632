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
  verb('shout', 'shout shouts shouted shouting yell yelled scream screamed chant chanted'),
  verb('tell-others', 'report reports reported reporting', '"the Post reported".'),
  verb('describe', 'describe describes described describing', '"described it as “…”".'),
  verb('call', 'call calls called calling', '"called the plan “reckless”": a partial quote and its speaker.'),
  verb('admonish', 'insisted countered counters counter retorted retort retorts'),
  verb('promise', 'promise promises promised promising vow vows vowed pledge pledged'),
  verb('deny', 'deny denies denied denying'),
  verb('demand', 'demand demands demanded demanding'),
  verb('believe', 'believe believes believed think thinks thought', 'Stated opinions: "…, he thinks".'),
  verb('agree', 'agree agrees agreed'),
  verb('mention', 'mention mentions mentioned mentioning'),
  verb('point-out', 'pointed', '"pointed out".'),
  verb('cite', 'quoted quoting quote quotes', '"was quoted as saying".'),
];

/** Phrases that attribute a quote to the noun phrase after them ("according to X"). */
export const ATTRIBUTION_PHRASES: readonly { id: string; pattern: RegExp; reason: string }[] = [
  { id: 'according-to', pattern: /\baccording to\b/i, reason: '"according to officials".' },
  { id: 'in-words-of', pattern: /\bin the words of\b/i, reason: '"in the words of X".' },
];

/** Every verb form, mapped to its verb id. */
export const SPEECH_FORMS: ReadonlyMap<string, string> = new Map(
  SPEECH_VERBS_EN.flatMap((v) => v.forms.map((f) => [f, v.id] as const)),
);

/** Words that may stand between a speaker and the verb ("has also said"). */
export const AUX_WORDS = new Set(['has', 'have', 'had', 'will', 'would', 'also', 'later', 'then', 'previously', 'once', 'reportedly', 'again', 'recently', 'further', 'just', 'repeatedly', 'publicly', 'privately', 'earlier', 'is', 'was', 'were', 'are', 'did', 'does', 'do', 'could', 'may', 'might', 'should', 'simply', 'even', 'often', 'never', 'flatly']);

/** Words that end a speaker noun phrase when read backwards from the verb. */
export const NP_STOP_WORDS = new Set(['that', 'though', 'although', 'while', 'because', 'but', 'when', 'if', 'which', 'where', 'since', 'as', 'so', 'and', 'or', 'after', 'before', 'than', 'what', 'whom', 'yet', 'even', 'who']);

/** Pronouns a speaker may be written as, and the kind of antecedent they take. */
export const PRONOUNS: ReadonlyMap<string, 'person' | 'plural' | 'thing' | 'self'> = new Map([
  ['he', 'person'], ['she', 'person'], ['they', 'plural'], ['it', 'thing'], ['i', 'self'], ['we', 'plural'],
  ['him', 'person'], ['her', 'person'], ['them', 'plural'],
]);
