/**
 * Context that marks a quoted phrase as a scare quote (distance from a word), never a quote.
 */
export const SCARE_QUOTE_CUES: readonly { id: string; pattern: RegExp; reason: string }[] = [
  { id: 'so-called', pattern: /\bso[- ]called\s*$/i, reason: '"the so-called “reform”": the writer distances from a word.' },
  { id: 'quote-unquote', pattern: /\bquote[,-]?\s*unquote\s*$/i, reason: '"quote-unquote “experts”".' },
  { id: 'known-as', pattern: /\b(?:known|referred to)\s+as\s+(?:the\s+|a\s+|an\s+)?$/i, reason: '"what is known as the “Halvorsen rule”", "a practice referred to as “redlining”": the name a thing goes by, not words someone said.' },
];

/**
 * Context that marks a quoted Title Case phrase as the name of a work (a show, book, film,
 * article, programme or event), not someone's words. Checked only for Title Case phrases.
 */

export interface TitleCue {
  id: string;
  pattern: RegExp;
  reason: string;
}

/** Tested on the text right before the opening mark. */
export const TITLE_CUES_BEFORE: readonly TitleCue[] = [
  { id: 'possessive-outlet', pattern: /\p{Lu}[\p{L}.]*['’]s\s*$/u, reason: 'KTV’s “Early Edition”, the Herald’s “Week in Review”: a programme of a named outlet.' },
  { id: 'work-noun', pattern: /\b(?:show|program|programme|series|book|novel|memoir|film|movie|documentary|album|song|play|musical|episode|article|essay|column|commentary|op-ed|editorial|report|podcast|segment|forum|event|ad|spot|video|poem|painting|exhibit|exhibition|campaign|initiative|slogan|hashtag|act|bill|anthem|hymn|tune|track|single|ballad|rendition|cover|chant)\s*,?\s*$/i, reason: 'A noun for a work or event right before the title ("the documentary “13th”").' },
  { id: 'work-noun-of', pattern: /\b(?:clip|trailer|preview|episode|edition|issue|chapter|scene|premiere|finale|season|cover|page|copy|version|broadcast|broadcasts|airing|taping)\s+of\s+(?:the\s+)?$/i, reason: '"a preview clip of “The Show”": a part of a work.' },
  { id: 'titled', pattern: /\b(?:titled|entitled|named|dubbed|headlined|called)\s*$/i, reason: '"a spot titled “Arrogant”".' },
  { id: 'year', pattern: /\b(?:1[89]|20)\d\d\s*$/, reason: '"her 2009 “Pact for the Harbour”", "the 2016 “Women in Power” series": a Title Case phrase after a year names a work, plan or event.' },
  { id: 'episode-of', pattern: /\b(?:episode of|edition of|appearance on|appeared on|interview on|interview with|aired on|host of|hosts of|star of|anchor of|airing of)\s*$/i, reason: 'A broadcast named after "episode of", "appearance on".' },
  { id: 'on-in-outlet', pattern: /\b(?:on|in|during|at)\s+(?:the\s+)?$/i, reason: '"on “Face the Nation”", "in “13th”": a Title Case name after one of these prepositions is a work or event, not speech ("a plan of “Homes Before Roads”" is speech).' },
];

/**
 * A quote set off by commas right after a noun for a written work ("Ana Ruiz's commentary, “Tell
 * your story,” was…") is that work's title, in any case.
 */
export const TITLE_APPOSITIVE_BEFORE = /\b(?:commentary|column|op-ed|editorial|essay|article|book|novel|memoir|poem|song|album|film|documentary|headline)\s*,\s*$/i;

/** A Title Case phrase ending in one of these names an event or a work itself ("Commander-in-Chief Forum"; shows named "… Tonight", "… Live", "… Now"). */
export const TITLE_LAST_WORDS = /^(?:forum|show|summit|conference|convention|debate|award|awards|prize|act|festival|tour|hour|report|review|live|tonight|today|now|podcast|series|project|initiative|plan)$/i;

/**
 * A quoted term followed by its definition ("a “qualified area,” which is defined as…") is a
 * term of art the writer explains, not someone's words. Tested on the text after the closing mark.
 */
export const DEFINED_TERM_AFTER = /^[,;]?\s*(?:(?:which|that)\s+)?(?:is|are|was|were)\s+(?:defined|understood)\s+(?:as|by)\b|^[,;]?\s*(?:which|that)\s+(?:refers|refer)\s+to\b/i;

/** Tested on the text right after the closing mark. */
export const TITLE_CUES_AFTER: readonly TitleCue[] = [
  { id: 'work-noun-after', pattern: /^[,.]?\s*(?:[\p{L}-]+\s+)?(?:show|program|programme|series|book|film|movie|documentary|album|song|podcast|forum|event|episode|column|segment|ad|video|campaign|act)\b/iu, reason: '“Commander-in-Chief” forum, “The Apprentice” show, “Keep It Real” radio program.' },
  { id: 'was-written', pattern: /^\s*(?:was|is)\s+(?:written|directed|produced|released|published|aired|broadcast)\b/i, reason: '“American Skin” was written by …: the title of a work.' },
];

/**
 * Quoted text that is nobody's words: a call to follow the writer on social media inside a quote
 * left open (a transcript whose paragraphs each open with a mark, closed by "Follow X on Twitter
 * @handle."). Tested on the quote's whole text.
 */
export const NOT_SPEECH_TEXTS: readonly { id: string; pattern: RegExp; reason: string }[] = [
  { id: 'follow-on-social', pattern: /^follow\s+(?:[\p{Lu}@][\p{L}.'’@_-]*\s+){1,4}on\s+(?:twitter|facebook|instagram|x|threads|mastodon|bluesky|tiktok)\b[^.!?]*[.!]?$/iu, reason: 'A writer\'s "Follow Ana Ruiz on Twitter @aruiz" closing an article.' },
];

