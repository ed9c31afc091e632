/**
 * Text rules for blocks of the extracted HTML body: short lines that a page's markup does not
 * mark as boilerplate but that are never article text (date lines, picture credits, "Read more:"
 * promos, slideshow controls, author bios). Each rule has an id (shown by --explain) and a reason.
 * A rule applies only to blocks of at most `maxWords` words, so prose is never removed.
 */

export interface BlockRule {
  id: string;
  pattern: RegExp;
  /** Longest block (words) the rule may remove. */
  maxWords: number;
  /** Where the block must sit: anywhere, or among the last blocks of the body. */
  where: 'any' | 'tail';
  reason: string;
}

/** How many blocks at the end of the body count as its tail (author bios, credits). */
export const TAIL_BLOCKS = 4;

export const BLOCK_RULES: readonly BlockRule[] = [
  {
    id: 'picture-credit',
    pattern: /(?:\((?:image|photo|picture|pic|foto|credit|video|source)s?\s*:[^)]*\)|\((?:AP|AFP|Reuters|Getty|EPA|Shutterstock|iStock)[^)]{0,60}\)|\b(?:getty images|ap photo[^.]{0,40}|shutterstock|istock(?:photo)?|via reuters|reuters\/[\w .]+|afp via getty images)\)?\.?)\s*$/i,
    maxWords: 60,
    where: 'any',
    reason: 'A picture caption ends with the picture credit ("(Image: GETTY)", "(AP Photo/...)").',
  },
  {
    id: 'credit-line',
    pattern: /^(?:(?:photo|image|picture|illustration|video|graphic)s?(?: credit)?\s*(?:by|:|©)|©|\(?(?:photo|image)s?:)\s*.{1,100}$|^[\p{L}. '’-]{2,40}(?:\s*[|/]\s*[\p{L}. '’-]{2,40}){1,3}\s*[|/]\s*(?:getty images|ap|reuters|afp|bloomberg|shutterstock|epa)$/iu,
    maxWords: 25,
    where: 'any',
    reason: 'Picture credit lines ("Photo by ...", "Name | Bloomberg | Getty Images").',
  },
  {
    id: 'promo-link',
    pattern: /^(?:related|read more|read also|also read|read next|see more|see also|more|more on this|more from [\w .'’&-]{1,40}|also on [\w.-]+|watch|listen|recommended|don'?t miss|must read|trending|top stories|editor'?s picks?|latest|click here|more great [\w ]{1,30} stories|[\w ]{1,30} related)\s*[:|»›-]\s*\S.*$/i,
    maxWords: 40,
    where: 'any',
    reason: '"Read more: <headline>" and "Related: <headline>" promos inside the body.',
  },
  {
    id: 'call-to-action',
    pattern: /\b(?:click(?:ing)? here|tap here|sign up (?:for|to)|subscribe (?:to|for|now|today)|download (?:the|our) (?:free )?app|get (?:the|our) (?:free )?(?:app|newsletter)|delivered (?:straight )?to your inbox|follow (?:us|me|him|her|them) on|share (?:it|this) with|like this story\??|join (?:our|the) [\w ]{1,30}(?:forums?|community|conversation))\b/i,
    maxWords: 40,
    where: 'any',
    reason: 'Calls to action: subscribe, download the app, follow us, click here.',
  },
  {
    id: 'gallery-chrome',
    pattern: /^(?:(?:image|photo|picture|slide|pic)s? \d+ (?:of|\/) ?\/? ?\d*|caption|close|expand|enlarge|next|previous|prev|view (?:the )?(?:gallery|slideshow|photos)|open gallery|\d+ (?:photos?|images?|pictures?)|hide caption|show caption|toggle caption|_{3,}|-{3,}|\*{3,})$/i,
    maxWords: 8,
    where: 'any',
    reason: 'Slideshow and caption controls, and rule lines.',
  },
  {
    id: 'contact-line',
    pattern: /^(?:e-?mail|contact|reach|follow|write to)\b.{0,120}(?:\S+@\S+\.\w+|twitter|@\w+|facebook|instagram)\b.{0,80}$|^\S+@\S+\.\w+(?:\s+(?:twitter\.com\/|@)\S+)?$/i,
    maxWords: 45,
    where: 'any',
    reason: 'How to reach the reporter ("Email X at ... or follow him @...").',
  },
  {
    id: 'author-bio',
    pattern: /^\p{Lu}[\p{L}.'’ -]{1,60}\s+(?:is|was|has been|joined|writes|covers|reports)\b.{0,200}\b(?:reporter|writer|editor|correspondent|journalist|columnist|contributor|producer|freelance|author|blogger|staff|covering|covers|reporting|joined)\b.*$/u,
    maxWords: 70,
    where: 'tail',
    reason: 'An author biography after the article ("Jane Doe is a reporter for ...").',
  },
  {
    id: 'contributed',
    pattern: /^(?:[\p{L}.'’ -]{2,80}\s+)?(?:contributed (?:to )?(?:this|the) (?:report|story|article)|contributed reporting|additional reporting by\b.*|reporting by\b.*|editing by\b.*|compiled by\b.*)\.?$/iu,
    maxWords: 40,
    where: 'tail',
    reason: 'Reporting and editing credits after the article.',
  },
  {
    id: 'source-footer',
    pattern: /^(?:citation:|this document is subject to copyright|more information:|explore further|journal information:|the contents of this site are|this (?:article|story) (?:was )?(?:originally )?(?:appeared|published|first appeared)\b.{0,100}|this post may contain affiliate|affiliate disclosure|disclosure:)/i,
    maxWords: 80,
    where: 'any',
    reason: 'Citation, copyright and affiliate footers.',
  },
];
