/**
 * The text path: raw scraped text -> the article model.
 *   1. split into units (paragraphs, lists, one-line blocks; hard-wrapped lines joined)
 *   2. page statistics (language, prose stopword level, repeated lines) and a class per unit
 *   3. the article region: the densest run of prose, bounded by terminating sections, extended
 *      by the turns of an interview, closing sentences and by a list the article announces ("Tour dates:")
 *   4. the header around its start: headline, byline, date line
 *   5. inside the region: drop boilerplate lines, menu and headline runs, a repeated headline;
 *      mark subheadings
 * Every unit's decision is recorded (rule id or statistic) for --explain.
 */
import type { Block, Removal } from '../model.js';
import type { Parsed } from '../parsed.js';
import { classifyUnit, type Classified } from './classify.js';
import { bylineAuthors } from './byline.js';
import { bylineOf, findHeader, firstProse } from './header.js';
import { dateBelowArticle, labelledDateLine } from './date-line.js';
import { stripLinkReferences } from './link-references.js';
import { readPreamble, type Preamble } from './preamble.js';
import { contentsEntries, findRegion, type ListedRegion, type Region } from './region.js';
import { lineKey, lineShape, pageStats, wordCount, type UnitStats } from './stats.js';
import { rankedListLines } from './ranked-list.js';
import { extendRecipeCard } from './recipe-card.js';
import { standfirstAbove } from './standfirst.js';
import { extendNumberedList } from './numbered-list.js';
import { extendInterview } from './interview.js';
import { extendFootnotes } from './footnotes.js';
import { extendRepeatedBlocks } from './repeated-blocks.js';
import { tableRows } from './table-rows.js';
import { toUnits, type Unit } from './units.js';

/** Consecutive short/bad units inside the region that read as a menu or link list, not headings. */
const MENU_RUN = 4;
/** Units at the region's start searched for a repeat of the headline. */
const TITLE_REPEAT_SPAN = 5;
/** Longest label (words) over a table of contents ("Inhaltsverzeichnis", "In diesem Artikel"). */
const CONTENTS_LABEL_MAX_WORDS = 3;
/** Fewest words of a closing sentence added after the region. */
const TAIL_MIN_WORDS = 4;
/** Most closing sentences added after the region. */
const TAIL_MAX_UNITS = 3;
/** Fewest lines of a packed group taken as an announced list. */
const ANNOUNCED_LIST_MIN_LINES = 3;
/** Most units an announced list may add to the article. */
const ANNOUNCED_LIST_MAX_UNITS = 80;
/** Longest unit (words) marked as a heading when prose follows it. */
const HEADING_MAX_WORDS = 15;
/** Units above a prose unit searched for a byline or date line (the region's header bonus). */
const HEADER_WINDOW = 3;

/** Most units between the headline and the region searched for the article's lead (the byline, date line, kicker and caption sit there too). */
const LEAD_MAX_UNITS = 8;
/** Longest unit (words) read as a headline under a "Related articles" heading (as in src/boilerplate.ts). */
const RELATED_ITEM_MAX_WORDS = 25;

/** Stage names in `removed`: 'text-keep' entries are kept lines (--explain shows every line). */
export const KEEP_STAGE = 'text-keep';

export interface LineDecision {
  unit: Unit;
  keep: boolean;
  why: string;
}

/** A short line followed by prose, inside the article: a subheading ("What happens next"). */
function isHeading(d: LineDecision, next: LineDecision | undefined): boolean {
  const block = d.unit.block;
  return block.kind === 'paragraph' && d.why === 'stat:short' && next?.why === 'stat:prose' && wordCount(block.text) <= HEADING_MAX_WORDS && !/[.!?…:;,]["'”’»)\]]*$/u.test(block.text) && !/["“”]/u.test(block.text) && /^\p{Lu}|^\d/u.test(block.text);
}

/**
 * Short closing sentences ("Only the mayor stayed home.") score too little to join the region on
 * their own: paragraphs of their own that end like a sentence, right after the region, join it.
 */
function extendTail<R extends Region>(units: readonly Unit[], classes: readonly Classified[], stats: readonly UnitStats[], region: R): R {
  let end = region.end;
  const sentence = (i: number) => {
    const c = classes[i]!;
    const s = stats[i]!;
    return (c.cls === 'short' || c.cls === 'near') && c.why !== 'stat:repeated' && s.terminal && s.words >= TAIL_MIN_WORDS && units[i]!.group === 1 && /\p{Ll}/u.test(units[i]!.text);
  };
  while (end < units.length && end - region.end < TAIL_MAX_UNITS && sentence(end)) end++;
  end = Math.max(end, embeddedPostEnd(classes, stats, end));
  return end === region.end ? region : { ...region, end };
}

/** Most lines of an embedded post (its text, a picture link) above its signature line. */
const EMBED_POST_MAX_UNITS = 6;

/**
 * A post the article embeds at its end ("— Name (@handle) date" under the post's lines) scores
 * too little to join the region: when a signature line follows within EMBED_POST_MAX_UNITS units,
 * with no boilerplate line and no prose paragraph between, the post up to its signature joins.
 * Returns the new end, or `from` when no post follows.
 */
function embeddedPostEnd(classes: readonly Classified[], stats: readonly UnitStats[], from: number): number {
  for (let i = from; i < classes.length && i - from <= EMBED_POST_MAX_UNITS; i++) {
    if (stats[i]!.signature) return i + 1;
    if (classes[i]!.rule || classes[i]!.cls === 'good') break;
  }
  return from;
}

/** Fewest words of a line that announces a list with a trailing ellipsis ("If you are …"): a lone "More…" is a menu link. */
const ELLIPSIS_INTRO_MIN_WORDS = 2;

/**
 * A line that announces the list under it: it ends with a colon ("The tour dates:"), or it is a
 * sentence left open with an ellipsis that the list's items complete ("If you are …").
 */
function announcesList(u: Unit | undefined): boolean {
  if (!u) return false;
  const t = u.text.trim();
  return /:$/.test(t) || (/(?:…|\.\.\.)$/u.test(t) && wordCount(t) >= ELLIPSIS_INTRO_MIN_WORDS);
}

/** A line that is only an e-mail address: a contact box's. */
const CONTACT_LINE = /^(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/iu;

/**
 * The article often ends with a list it announces ("Tour dates:", "What you need:"): short
 * lines packed together that the density statistics would leave out. When the region ends at
 * (or one unit before) a line ending with a colon, the packed group after it joins the region.
 */
function extendAnnouncedList(units: readonly Unit[], classes: readonly Classified[], region: Region): ListedRegion {
  for (const intro of [region.end - 1, region.end]) {
    const u = units[intro];
    if (!u || !/:$/.test(u.text) || classes[intro]!.rule) continue;
    let end = intro + 1;
    const first = units[end];
    if (!first || first.group < ANNOUNCED_LIST_MIN_LINES) return region;
    while (end < units.length && end - intro <= ANNOUNCED_LIST_MAX_UNITS && !classes[end]!.rule && (end === intro + 1 || units[end]!.line === units[end - 1]!.line + 1)) end++;
    // A contact box ("Presseteam", a name, an e-mail address, a street) is the page's, not a list the article announces.
    if (units.slice(intro + 1, end).some((x) => CONTACT_LINE.test(x.text.trim()))) return region;
    return { ...region, end: Math.max(region.end, end), list: { start: intro, end } };
  }
  return region;
}

/** Most units a trailing list may add to the article before the page's junk starts. */
const TRAILING_LIST_MAX_UNITS = 60;
/**
 * Fewest units of a trailing list: one or two stray lines between the article and the junk
 * ("Follow us", "Loading comments") are the page's furniture, not a list (as MENU_RUN).
 */
const TRAILING_LIST_MIN_UNITS = MENU_RUN;
/** Least mean words per line of a trailing list: items, not a menu of one-word links. */
const TRAILING_LIST_MIN_MEAN_WORDS = 3;
/**
 * Least share of a trailing list's lines with the same shape: a list's rows repeat one form
 * ("June 9 – City @ Venue", "CB Name 74 100% …"), a block of teaser headlines and prompts does
 * not. Chosen high (4 in 5) because a missed list costs recall while swallowed junk costs precision on every page.
 */
const TRAILING_LIST_SHAPE_SHARE = 0.8;

/** The lines repeat one shape, with marks in it (plain words alone say nothing). */
function uniformShape(texts: readonly string[]): boolean {
  const counts = new Map<string, number>();
  for (const t of texts) counts.set(lineShape(t), (counts.get(lineShape(t)) ?? 0) + 1);
  const [shape, n] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  return shape !== '' && n >= texts.length * TRAILING_LIST_SHAPE_SHARE;
}

/**
 * An article that ends in a list, a table or product boxes (tour dates, a results table, the
 * items of a buying guide): short lines the density statistics leave out. When the units right
 * after the region run, with no prose paragraph and no boilerplate among them, straight into a
 * line a boilerplate rule knows (a share bar, a newsletter prompt, a related-articles heading),
 * the run is the article's end and the rule marks where the page's junk starts. A run that
 * reaches the end of the page, or a prose paragraph first, proves nothing and is left out.
 */
export function extendTrailingList(units: readonly Unit[], classes: readonly Classified[], stats: readonly UnitStats[], region: ListedRegion): ListedRegion {
  if (region.terminator >= 0 && region.end >= region.terminator) return region;
  // Only after an article of prose: a page of short lines alone has no end to extend.
  if (!classes.slice(region.start, region.end).some((c) => c.cls === 'good')) return region;
  let end = region.end;
  while (end < classes.length && end - region.end < TRAILING_LIST_MAX_UNITS && !classes[end]!.rule && classes[end]!.cls !== 'good') end++;
  if (end - region.end < TRAILING_LIST_MIN_UNITS || end >= classes.length || !classes[end]!.rule) return region;
  const words = stats.slice(region.end, end).reduce((sum, s) => sum + s.words, 0);
  if (words / (end - region.end) < TRAILING_LIST_MIN_MEAN_WORDS) return region;
  // The list's heading ("Tour dates") may precede its rows.
  const rows = units.slice(region.end, end).map((u) => u.text);
  if (!uniformShape(rows) && !uniformShape(rows.slice(1))) return region;
  // Its lines are list items: not dropped as a menu run inside the region.
  return { ...region, end, list: { start: region.list?.start ?? region.end, end } };
}

/** Fewest words of a list item that goes on a sentence (a menu item in lower case is one or two words). */
const CONTINUATION_MIN_WORDS = 3;
/** Least share of a run's lines that go on a sentence for the run to be a list, not a menu. */
const CONTINUATION_SHARE = 0.5;

/** Most lines start in lower case with a few words: items completing a sentence, not menu links. */
export function continuesSentence(texts: readonly string[]): boolean {
  const items = texts.filter((t) => /^\p{Ll}/u.test(t) && wordCount(t) >= CONTINUATION_MIN_WORDS);
  return items.length >= texts.length * CONTINUATION_SHARE;
}

/** Longest first unit (words) read as the headline when a byline or date line follows it. */
const HEADLINE_MAX_WORDS = 30;
/** Units after the region's first unit searched for the byline or date line under a headline. */
const HEADLINE_HEADER_SPAN = 2;

/**
 * A long headline ("Fact check: does a salt cave in Leeds cure colds?") reads as prose
 * and opens the region, so it is never looked at as the headline. When a byline or date line
 * follows the region's first unit and prose follows that, and the first unit does not end with
 * a full stop (a lead paragraph above the date line does), the first unit is the headline: the
 * region starts under the header lines, and the header is read above it.
 */
export function startBelowHeadline<R extends Region>(units: readonly Unit[], classes: readonly Classified[], stats: readonly UnitStats[], headerLine: readonly boolean[], region: R): R {
  const first = region.start;
  // A long headline without a final stop may read as prose ('good') or nearly ('near').
  const prose = classes[first]?.cls === 'good' || classes[first]?.why === 'stat:no-final-stop';
  if (!prose || stats[first]!.words > HEADLINE_MAX_WORDS || units[first]!.group !== 1) return region;
  // A lead sentence above the date line ends with a full stop; a headline does not (or asks).
  if (/[.…]["'”’»)\]]*$/u.test(units[first]!.text)) return region;
  let start = -1;
  for (let i = first + 1; i < Math.min(region.end, first + 1 + HEADLINE_HEADER_SPAN); i++) {
    if (headerLine[i]) start = i + 1;
    else if (start >= 0) break;
  }
  if (start < 0 || start >= region.end) return region;
  // The header lines stand between the headline and the article's prose, nothing else.
  for (let i = first + 1; i < start; i++) if (!headerLine[i]) return region;
  if (!classes.slice(start, region.end).some((c) => c.cls === 'good')) return region;
  return { ...region, start };
}

/** Units above the region searched for a recipe's ingredient block. */
const INGREDIENTS_LOOKBACK = 40;
/** Most non-quantity units (a sub-heading, a nutrition table with its blank lines, times, "Method") between ingredient lines, or between them and the region; chosen so a nutrition table of four values with labels and blanks fits. */
const INGREDIENTS_GAP = 20;
/** Fewest quantity lines in the block (as QUANTITY_MIN_PER_PAGE in stats). */
const INGREDIENTS_MIN_LINES = 3;

/**
 * A recipe prints its ingredient lines ("125 g Mehl") above the method, often with a nutrition
 * table or times in between: the method wins the region and the ingredients, scoring little,
 * stay out. A block of quantity lines shortly above the region, with no prose between, joins
 * it (with the "For the dough:" heading right above its first line).
 */
function extendIngredients(units: readonly Unit[], classes: readonly Classified[], stats: readonly UnitStats[], region: Region): Region {
  let first = -1;
  let count = 0;
  let last = region.start;
  for (let i = region.start - 1; i >= Math.max(0, region.start - INGREDIENTS_LOOKBACK); i--) {
    if (classes[i]!.cls === 'good' || classes[i]!.rule?.action === 'end') break;
    if (last - i - 1 > INGREDIENTS_GAP) break;
    if (stats[i]!.quantity) {
      first = i;
      count++;
      last = i;
    }
  }
  if (count < INGREDIENTS_MIN_LINES) return region;
  const start = first > 0 && /:$/.test(units[first - 1]!.text) && !classes[first - 1]!.rule ? first - 1 : first;
  return { ...region, start };
}

/** @param markdown the text is known to be Markdown (else it is recognised by its syntax). */
export function decideLines(text: string, markdown?: boolean): { decisions: LineDecision[]; header: ReturnType<typeof findHeader> } {
  // 1. units (a text-mode browser's link markers and link list removed first)
  const units = toUnits(stripLinkReferences(text), markdown);
  // 2. statistics and classes
  const page = pageStats(units);
  const ranked = rankedListLines(units);
  // A ranked teaser list's headlines ("Most read": 1, headline, 2, headline …) are no prose.
  const classes = units.map((u, i): Classified => {
    const c = classifyUnit(u, page.units[i]!, page);
    return ranked[i] && c.cls === 'near' ? { cls: 'bad', why: 'stat:ranked-list', rule: null } : c;
  });
  // 3. region
  const bylineLine = units.map((u) => bylineOf(u.text) === 'byline');
  const headerLine = units.map((_u, i) => page.units[i]!.date || bylineLine[i]!);
  const contents = contentsEntries(units.map((u) => u.text), classes);
  const afterHeader = units.map((_u, i) => headerLine.slice(Math.max(0, i - HEADER_WINDOW), i).some(Boolean));
  // The region, then each extension in turn (below it: the article's own lists, interview
  // turns, a recipe card, repeated blocks), then its start moved below the headline.
  const extensions: ReadonlyArray<(r: ListedRegion) => ListedRegion> = [
    (r) => extendIngredients(units, classes, page.units, r),
    (r) => extendInterview(units, classes, r),
    (r) => extendTail(units, classes, page.units, r),
    (r) => extendFootnotes(units, classes, r),
    (r) => extendRecipeCard(units, classes, page.units, r),
    (r) => extendAnnouncedList(units, classes, r),
    (r) => extendTrailingList(units, classes, page.units, r),
    (r) => extendRepeatedBlocks(units, classes, r),
    (r) => extendNumberedList(units, classes, r),
  ];
  const table = tableRows(units, page.units);
  const found = findRegion(classes, page.units, afterHeader, contents, table);
  const region = startBelowHeadline(units, classes, page.units, headerLine, extensions.reduce<ListedRegion>((r, extend) => extend(r), found));
  // 4. header
  // No region stood out (the whole page, a language without a stopword list): the header is
  // looked for above the first prose paragraph.
  const whole = region.start === 0 && region.end === units.length;
  const header = findHeader(units, whole ? firstProse(units) : region.start, page.lang, region.end);
  header.published ??= dateBelowArticle(units, region.end, page.lang) ?? labelledDateLine(units, page.lang);
  const roles = new Map<number, string>([
    ...Array.from({ length: header.titleSpan }, (_v, k) => [header.titleIndex + k, 'header:title'] as [number, string]),
    [header.bylineIndex, 'header:byline'],
    [header.dateIndex, 'header:date-line'],
  ]);
  const titleKey = header.title ? lineKey(header.title) : '';
  // The lead paragraph between the header and the region (set in the header's block of lines,
  // or printed above a picture caption) belongs to the article.
  // A dek between the headline and the byline is not taken (a standfirst, not body text); a
  // lead above the date line is.
  const titleEnd = header.titleIndex + header.titleSpan;
  const headerEnd = Math.max(...[titleEnd, header.bylineIndex + 1].filter((k) => k >= titleEnd && k <= region.start));
  const leadFrom = header.titleIndex >= 0 && headerEnd <= region.start && region.start - titleEnd <= LEAD_MAX_UNITS ? headerEnd : Infinity;
  // Lead units: prose, or a short sentence of its own ("It can be hard to sleep in a heatwave.").
  const isLead = (i: number) => {
    const c = classes[i]!;
    if (c.cls === 'good' || c.cls === 'near') return true;
    const s = page.units[i]!;
    return c.cls === 'short' && c.why !== 'stat:repeated' && s.terminal && s.words >= TAIL_MIN_WORDS && /\p{Ll}/u.test(units[i]!.text);
  };
  // The standfirst packed in the header's block of lines, above captions and date lines.
  const standfirst = whole ? -1 : standfirstAbove(classes, page.units, bylineLine, region.start);
  // 5. inside the region
  const decisions: LineDecision[] = units.map((unit, i) => {
    const c = classes[i]!;
    const role = roles.get(i);
    if (role) return { unit, keep: false, why: role };
    if (i === standfirst) return { unit, keep: true, why: `standfirst(${c.why})` };
    if (i < Math.max(region.start, header.bodyStart) && i < region.end && !(i >= leadFrom && isLead(i))) return { unit, keep: false, why: `above-article(${c.why})` };
    if (i >= region.end) return { unit, keep: false, why: region.terminator >= 0 && i >= region.terminator ? `terminated(${classes[region.terminator]!.why})` : `below-article(${c.why})` };
    if (c.cls === 'bad' && (c.rule || c.why !== 'stat:few-stopwords')) return { unit, keep: false, why: c.why };
    // The article's table of contents (its subheads listed under the lead) and the label over it.
    if (c.cls !== 'good' && (contents[i] || (contents[i + 1] && !contents[i - 1] && page.units[i]!.words <= CONTENTS_LABEL_MAX_WORDS))) return { unit, keep: false, why: 'contents-entry' };
    // The headline repeated at the top of the text (page title and on-page headline).
    if (titleKey && i - region.start < TITLE_REPEAT_SPAN && lineKey(unit.text) === titleKey) return { unit, keep: false, why: 'header:title-repeat' };
    return { unit, keep: true, why: c.why };
  });
  // A heading that introduces other articles ("Lesen Sie auch:", rule action 'list'): the
  // headlines under it go too, up to the next prose paragraph. One that heads the article's own
  // blocks (an extension took them in as its list) heads no other articles.
  for (let i = region.start; i < region.end; i++) {
    if (classes[i]!.rule?.action !== 'list' || (region.list && i >= region.list.start && i < region.list.end)) continue;
    for (let j = i + 1; j < region.end && classes[j]!.cls !== 'good' && page.units[j]!.words <= RELATED_ITEM_MAX_WORDS; j++) {
      if (decisions[j]!.keep) decisions[j] = { unit: units[j]!, keep: false, why: `${classes[i]!.why}:item` };
    }
  }
  // Runs of short/bad units inside the region: menus, tag lists, link lists.
  for (let i = region.start; i < region.end; ) {
    let j = i;
    const inList = (k: number) => region.list !== undefined && k >= region.list.start && k < region.list.end;
    // Sentences (a final stop and a few words) are the article's short paragraphs, not menu items.
    const sentence = (k: number) => page.units[k]!.terminal && page.units[k]!.words >= TAIL_MIN_WORDS && /\p{Ll}|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(units[k]!.text);
    // Members: short or boilerplate units, and near-prose lines without a final stop (headlines).
    const member = (k: number) => classes[k]!.why !== 'stat:code' && classes[k]!.why !== 'stat:quantity' && !page.units[k]!.signature && (classes[k]!.cls === 'short' || classes[k]!.cls === 'bad' || (classes[k]!.cls === 'near' && !page.units[k]!.terminal));
    while (j < region.end && member(j) && units[j]!.block.kind === 'paragraph' && !inList(j) && !sentence(j)) j++;
    // A run announced by the line before it ("The tour dates:") is the article's own list.
    const announced = announcesList(units[i - 1]) || announcesList(units[i]);
    // A run whose lines repeat one shape (a table's rows, a list of dates) is the article's own.
    // The lines right above a post's signature are that post's text, quoted by the article.
    const embedded = j < region.end && page.units[j]!.signature;
    // The lines right above a recipe's quantity lines are its head: the dish, "Ingredients",
    // and the first ingredients counted without a unit ("2 ripe pears, peeled").
    const ingredients = j < region.end && page.units[j]!.quantity;
    // So is a list whose items go on the sentence above it ("People who …": "want to move", …).
    const run = units.slice(i, j).map((u) => u.text);
    if (j - i >= MENU_RUN && !announced && !embedded && !ingredients && !continuesSentence(run) && !uniformShape(run)) {
      // A table's lines (rows with figures under a header row) in the run are the article's, not a menu's.
      for (let k = i; k < j; k++) if (decisions[k]!.keep && !table[k]) decisions[k] = { unit: units[k]!, keep: false, why: 'stat:short-run' };
    }
    i = j === i ? i + 1 : j;
  }
  return { decisions, header };
}

/**
 * @param front metadata the text states before its content when read already (YAML front matter,
 * text/front-matter.ts, read asynchronously by the pipeline); else a reader service's preamble
 * ("Title:", "URL Source:", …) is looked for. Either fills what the text itself does not say;
 * front matter's title is the author's own and wins over the headline found in the text.
 */
export function parseText(text: string, front: Preamble | null = null): Parsed {
  const preamble = front ?? readPreamble(text);
  const { decisions, header } = decideLines(preamble?.text ?? text, preamble?.markdown || undefined);
  const removed: Removal[] = [];
  const blocks: Block[] = [];
  // The next kept line after each line, found in one backward pass (not a search per line).
  const nextKept: Array<LineDecision | undefined> = new Array(decisions.length);
  for (let i = decisions.length - 1, next: LineDecision | undefined; i >= 0; i--) {
    nextKept[i] = next;
    if (decisions[i]!.keep) next = decisions[i];
  }
  decisions.forEach((d, i) => {
    if (!d.keep) {
      removed.push({ stage: 'text', rule: d.why, text: d.unit.text });
      return;
    }
    removed.push({ stage: KEEP_STAGE, rule: d.why, text: d.unit.text });
    const next = nextKept[i];
    const block = d.unit.block;
    if (d.unit.heading) {
      // A heading the Markdown source marked: its level, under the article's own "# Title".
      const level = Math.min(6, Math.max(2, d.unit.heading));
      blocks.push({ kind: 'heading', level, text: block.text, markdown: `${'#'.repeat(level)} ${block.markdown}` });
    } else if (isHeading(d, next)) {
      blocks.push({ ...block, kind: 'heading', level: 2, markdown: `## ${block.markdown}` });
    } else {
      blocks.push(block);
    }
  });
  return {
    // Front matter's title is the author's; a reader preamble's is the page <title> ("… | Site").
    title: (front ? [front.title, header.title] : [header.title, preamble?.title]).find(Boolean) ?? null,
    byline: header.byline,
    authors: preamble?.authors ?? bylineAuthors(header.byline),
    published: preamble?.published ?? header.published,
    siteName: preamble?.siteName ?? null,
    lang: preamble?.lang ?? null,
    url: preamble?.url ?? null,
    description: preamble?.description ?? null,
    image: null,
    blocks,
    removed,
  };
}
