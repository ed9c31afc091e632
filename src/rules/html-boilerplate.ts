/**
 * HTML boilerplate rules: elements that are never article text, recognised by tag, attribute,
 * or by the words in their class and id. Each entry has an id (shown by --explain) and a reason.
 *
 * Class/id patterns are matched against the element's class and id split into words at spaces,
 * "-" and "_" and camelCase humps ("c-share-bar", "shareTools" -> share, bar, tools), so "share"
 * matches a share bar but not "shareholder", and "ad" matches "ad-slot" but not "header".
 */

export interface HtmlRule {
  id: string;
  reason: string;
}

/** A rule matched against the words of an element's class and id. */
export interface ClassRule extends HtmlRule {
  /** Matches one word, or several joined by single spaces ("related stories"). */
  words: RegExp;
  /** Elements that may carry this class and still be kept (the body itself, or a figure). */
  keepTags?: ReadonlySet<string>;
}

/** A rule matched with a CSS selector. */
export interface SelectorRule extends HtmlRule {
  selector: string;
}

/**
 * Class prefixes of page builders that call every block of a page a "widget" (the text, the
 * headings, the images): the prefix is dropped before a class is read, so "elementor-widget-
 * text-editor" is read as "text editor" (kept) and "elementor-widget-share-buttons" as "share
 * buttons" (removed by the share rule), never as a sidebar widget.
 */
export const LAYOUT_PREFIXES: readonly (HtmlRule & { prefix: RegExp })[] = [
  { id: 'elementor', prefix: /^elementor-widget(?=-|$)/i, reason: 'Elementor wraps each content block in "elementor-widget elementor-widget-<kind>".' },
  { id: 'siteorigin', prefix: /^so-widget(?=-|$)/i, reason: 'SiteOrigin Page Builder names its content blocks "so-widget-<kind>".' },
];

const LANDMARKS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** Elements removed by selector before the body is chosen. */
export const SELECTOR_RULES: readonly SelectorRule[] = [
  { id: 'hidden', selector: '[hidden], [aria-hidden="true"]:not(:has(p))', reason: 'Not shown to readers (hover cards, screen-reader duplicates, closed dialogs).' },
  { id: 'hidden-style', selector: '[style*="display:none" i], [style*="display: none" i], [style*="visibility:hidden" i], [style*="visibility: hidden" i]', reason: 'Hidden with an inline style.' },
  { id: 'navigation', selector: 'nav, [role="navigation"], [role="menu"], [role="menubar"]', reason: 'Site and section menus.' },
  { id: 'page-chrome', selector: 'body > header, body > footer, [role="banner"], [role="contentinfo"], [role="search"], [role="dialog"], [role="alertdialog"]', reason: 'Site header, footer, search and dialogs.' },
  { id: 'form', selector: 'form, button, select, textarea, input', reason: 'Sign-up, search and comment forms.' },
  { id: 'caption', selector: 'figcaption, [itemprop="caption"], [itemprop="copyrightHolder"]', reason: 'Picture captions and credits describe an image, not the story (kept in Markdown with the image).' },
  { id: 'time', selector: 'time', reason: 'Dates are metadata (read before this step), not body text.' },
  { id: 'byline-meta', selector: '[rel="author"], [itemprop="author"], address', reason: 'Bylines are metadata (read before this step).' },
];

/** Elements removed by the words of their class or id, before the body is chosen. */
export const CLASS_RULES: readonly ClassRule[] = [
  { id: 'share', words: /^(?:share|shares|sharing|sharebar|sharetools|social|socials|addthis|sharethis|sociallinks)$/, reason: 'Share and follow buttons.' },
  { id: 'related', words: /^(?:related|recommended|recommendations|recirc|recirculation|outbrain|taboola|zergnet|morestories|readmore|read more|more stories|more articles|most popular|most read|mostread|popular|trending|also read|see also|up next|upnext|next article|further reading)$/, reason: 'Links to other articles.' },
  { id: 'newsletter', words: /^(?:newsletter|newsletters|subscribe|subscription|signup|sign up|optin|opt in|paywall|registration|regwall|inline signup)$/, reason: 'Newsletter, subscription and sign-in boxes.' },
  { id: 'comments', words: /^(?:comment|comments|commenting|disqus|respond|replies|discussion)$/, reason: 'Reader comments and their forms.', keepTags: LANDMARKS },
  { id: 'advertising', words: /^(?:ad|ads|adv|advert|advertisement|advertising|adslot|adunit|ad slot|ad unit|ad container|ad wrapper|dfp|gpt|sponsor|sponsored|promo|promos|promotion|affiliate disclosure|commercial)$/, reason: 'Advertisements and promotions.', keepTags: LANDMARKS },
  { id: 'byline', words: /^(?:byline|bylines|byline wrapper|author|authors|author info|author bio|author box|authorbox|about author|contributor|contributors|bio|biography|dateline|timestamp|date|dates|published|pubdate|posted on|entry meta|post meta|article meta|meta|metadata|article info|post info|updated)$/, reason: 'Bylines, author boxes and date lines: metadata, read before this step.', keepTags: LANDMARKS },
  { id: 'caption', words: /^(?:caption|captions|figcaption|credit|credits|image credit|photo credit|wp caption text|media caption|img caption|image caption|photo caption)$/, reason: 'Picture captions and credits.', keepTags: new Set([...LANDMARKS, 'FIGURE']) },
  { id: 'breadcrumb', words: /^(?:breadcrumb|breadcrumbs|crumbs|kicker|eyebrow|section label|category label|rubric)$/, reason: 'Breadcrumbs and section labels above the headline.' },
  { id: 'tags', words: /^(?:tags|tag list|taglist|tagcloud|tag cloud|topics|keywords|categories|post tags|entry tags|article tags|filed under)$/, reason: 'Tag and topic lists.' },
  { id: 'widget', words: /^(?:sidebar|widget|widgets|rail|right rail|left rail|toolbar|toolbox|tools|utility|utilities|popup|modal|overlay|tooltip|rollover|hovercard|popover|lightbox|cookie|cookies|consent|gdpr|banner|masthead|skip link|skiplink|print only|visually hidden|sr only|screen reader text|screenreader|offscreen)$/, reason: 'Sidebars, widgets, pop-ups, consent banners, screen-reader-only text.', keepTags: LANDMARKS },
  { id: 'gallery-chrome', words: /^(?:slideshow|carousel|gallery nav|gallery counter|slide count|slide counter|image count|photo count)$/, reason: 'Slideshow controls ("Image 1 of 5", "Close").' },
  { id: 'footer', words: /^(?:footer|site footer|page footer|article footer|post footer|entry footer|copyright|disclaimer|corrections)$/, reason: 'Footers, copyright and disclaimer boxes.', keepTags: LANDMARKS },
];
