#!/usr/bin/env node
// Seed-shaped raw text from the aeb gold: each page's gold headline, a byline as outlets print
// it, a date line and the gold body paragraphs, dressed in site-menu lines above and page junk
// below (related links, share counts, cookie and newsletter prompts), as raw scraped article text
// usually arrives. The evaluator then scores the text path on it:
//
//   node bench/seed-shaped.mjs [--gold ../shared/bench/aeb/gold.json] [--out /tmp/seedset] [--variant main|heldout|heldout2]
//   node ../shared/bench/evaluate.mjs /tmp/seedset --input text
//
// Pages whose gold body is empty are skipped; the gold written is the aeb gold (title, authors,
// body, published). Everything is chosen deterministically from the page id, so a run is
// reproducible. Three families of forms: 'main' (the forms the header rules were tuned on),
// 'heldout' (other bylines, date lines and junk, looked at once) and 'heldout2' (more forms and
// languages, kept apart to check that the rules generalise).
// The generated data is never committed.
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const goldPath = opt('--gold', '/work/shared/bench/aeb/gold.json');
const out = opt('--out', '/tmp/seedset');
const variant = opt('--variant', 'main');
if (!['main', 'heldout', 'heldout2'].includes(variant)) throw new Error(`--variant main|heldout|heldout2, not ${variant}`);

/** FNV-1a over the page id and the variant: the page's own random stream. */
function rng(seed) {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619) >>> 0;
  return () => {
    h ^= h << 13; h >>>= 0; h ^= h >>> 17; h ^= h << 5; h >>>= 0;
    return h / 4294967296;
  };
}

// ---- vocabulary --------------------------------------------------------------------------------
const MENUS = {
  main: [
    ['Home', 'World', 'Politics', 'Business', 'Tech', 'Sport', 'Opinion'],
    ['Startseite', 'Politik', 'Wirtschaft', 'Kultur', 'Sport', 'Panorama'],
    ['Accueil', 'International', 'Économie', 'Culture', 'Sports', 'Idées'],
    ['Inicio', 'Nacional', 'Internacional', 'Economía', 'Deportes', 'Opinión'],
    ['Skip to content', 'Menu', 'Search', 'Sign in', 'Subscribe'],
    ['Home', 'News', 'US', 'Entertainment', 'Health', 'Travel', 'Video'],
    ['Notizie', 'Cronaca', 'Politica', 'Esteri', 'Economia', 'Sport'],
  ],
  heldout: [
    ['Nieuws', 'Binnenland', 'Buitenland', 'Economie', 'Sport', 'Cultuur'],
    ['Wiadomości', 'Kraj', 'Świat', 'Biznes', 'Sport', 'Kultura'],
    ['Notícias', 'Política', 'Economia', 'Mundo', 'Esportes'],
    ['Toggle navigation', 'Latest', 'Trending', 'Newsletters', 'Podcasts', 'Log in'],
    ['Menü', 'Suche', 'Anmelden', 'Abo', 'E-Paper'],
    ['LIVE TV', 'Markets', 'Science', 'Climate', 'Lifestyle'],
  ],
  heldout2: [
    ['Start', 'Regional', 'Deutschland', 'Welt', 'Meinung', 'Video'],
    ['À la une', 'Politique', 'Société', 'Planète', 'Sport'],
    ['Portada', 'España', 'América', 'Cultura', 'Tecnología'],
    ['Menu', 'Cerca', 'Abbonati', 'Accedi'],
    ['Opinion', 'Local', 'Obituaries', 'E-Edition', 'Classifieds', 'Weather'],
  ],
};
const EXTRA_TOP = {
  main: ['Advertisement', 'Breaking News', 'Trending Now', 'Subscribe now', 'Most Popular', 'Log In'],
  heldout: ['Anzeige', 'Publicité', 'Sponsored', 'Watch Live', 'Werbung', 'Listen to this article'],
  heldout2: ['Publicidad', 'Pubblicità', 'Reading time: 4 min', 'Exclusive', 'Free trial', 'Live'],
};
const OUTLETS = ['The Harbour Times', 'CNN', 'The Northfield Gazette', 'HuffPost', 'Business Insider', 'The Independent', 'Valley Courier', 'The Daily Observer', 'Politico', 'Reuters'];
const JUNK = {
  main: [
    (r) => ['Related Articles', ...pickN(r, RELATED, 3)],
    () => ['Back to top button'],
    (r) => [`${1 + Math.floor(r() * 900)} Shares`, 'Facebook', 'Twitter', 'Email'],
    () => ['We use cookies to improve your experience on our site. By using our site you consent to cookies.', 'Accept'],
    () => ['Sign up for our newsletter', 'Get the best stories delivered to your inbox every morning.', 'Subscribe'],
    () => ['Share this:', 'Click to share on Facebook (Opens in new window)', 'Click to share on Twitter (Opens in new window)'],
  ],
  heldout: [
    (r) => ['You may also like', ...pickN(r, RELATED, 3)],
    (r) => ['Most Read', ...pickN(r, RELATED, 2)],
    (r) => [`Comments (${Math.floor(r() * 200)})`, 'Leave a Reply', 'Your email address will not be published.'],
    () => ['© 2023 All rights reserved.', 'Privacy Policy', 'Terms of Use', 'Contact Us'],
    () => ['Diese Website verwendet Cookies.', 'Akzeptieren'],
    () => ['Want more stories like this?', 'Sign up for our daily briefing.', 'Sign Up'],
    (r) => ['Tags', pickN(r, ['Politics', 'Economy', 'World', 'Technology', 'Health'], 3).join(', ')],
  ],
  heldout2: [
    (r) => ['Read next', ...pickN(r, RELATED, 2)],
    () => ['Loading comments…'],
    (r) => [`${Math.floor(r() * 90)} comments`, 'Show comments'],
    () => ['Mehr zum Thema'],
    () => ['Lesen Sie auch', 'Newsletter abonnieren'],
    () => ['Suivez-nous sur Facebook', "Inscrivez-vous à notre newsletter"],
    () => ['Copyright © 2023. All rights reserved.', 'About Us | Advertise | Careers'],
  ],
};
const RELATED = [
  'City council approves new budget after long debate',
  'What the latest figures say about the housing market',
  'Five things to know before the weekend',
  'Storm warning issued for the coast as winds pick up',
  'Opinion: The case for slower cities',
  'Local team clinches title in final minutes',
  'How a small startup took on the giants',
];
function pickN(r, list, n) {
  const a = [...list];
  const res = [];
  while (res.length < n && a.length) res.push(a.splice(Math.floor(r() * a.length), 1)[0]);
  return res;
}
const pick = (r, list) => list[Math.floor(r() * list.length)];

// ---- dates -------------------------------------------------------------------------------------
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
function dateOf(g, r) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(g.published ?? '');
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : new Date(Date.UTC(2019, 10, 1 + Math.floor(r() * 28)));
  const h = 1 + Math.floor(r() * 12);
  const min = String(Math.floor(r() * 60)).padStart(2, '0');
  return { y: d.getUTCFullYear(), mo: d.getUTCMonth(), day: d.getUTCDate(), wd: d.getUTCDay(), h, min, ap: r() < 0.5 ? 'AM' : 'PM' };
}
const pad = (n) => String(n).padStart(2, '0');
const DATE_LINES = {
  main: [
    (t) => `${MONTHS[t.mo]} ${t.day}, ${t.y}`,
    (t) => `${t.day} ${MONTHS[t.mo]} ${t.y}`,
    (t) => `Updated ${t.h}:${t.min} ${t.ap} ET, ${DAYS[t.wd]} ${MONTHS[t.mo]} ${t.day}, ${t.y}`,
    (t) => `Published ${MONTHS[t.mo].slice(0, 3)} ${t.day}, ${t.y} at ${t.h}:${t.min} ${t.ap}`,
    (t) => `${t.y}-${pad(t.mo + 1)}-${pad(t.day)}`,
    (t) => `${DAYS[t.wd]} ${t.day} ${MONTHS[t.mo].slice(0, 3)} ${t.y} ${pad(t.h)}.${t.min} GMT`,
  ],
  heldout: [
    (t) => `${pad(t.day)}.${pad(t.mo + 1)}.${t.y}, ${pad(t.h + 8)}:${t.min} Uhr`,
    (t) => `Last updated: ${MONTHS[t.mo]} ${t.day}, ${t.y}`,
    (t) => `${MONTHS[t.mo].slice(0, 3).toUpperCase()} ${t.day}, ${t.y}`,
    (t) => `Posted ${WEEKDAYS[t.wd]}, ${MONTHS[t.mo]} ${t.day}, ${t.y}`,
    (t) => `${t.day}/${t.mo + 1}/${t.y}`,
  ],
  heldout2: [
    (t) => `${t.day}. ${new Intl.DateTimeFormat('de', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(t.y, t.mo, 1)))} ${t.y}`,
    (t) => `le ${t.day} ${new Intl.DateTimeFormat('fr', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(t.y, t.mo, 1)))} ${t.y} à ${t.h}h${t.min}`,
    (t) => `${t.day} de ${new Intl.DateTimeFormat('es', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(t.y, t.mo, 1)))} de ${t.y}`,
    (t) => `${t.y}/${pad(t.mo + 1)}/${pad(t.day)} ${pad(t.h)}:${t.min}`,
    (t) => `${MONTHS[t.mo]} ${t.day}, ${t.y} ${t.h}:${t.min} ${t.ap.toLowerCase()}`,
  ],
};
/** The numeric date-time line under a bare name: "10/12/16 7:54 PM EDT". */
const numericDateTime = (t) => `${t.mo + 1}/${t.day}/${String(t.y).slice(2)} ${t.h}:${t.min} ${t.ap} ${['EDT', 'EST', 'ET'][t.day % 3]}`;

// ---- bylines -----------------------------------------------------------------------------------
const andList = (names, and = 'and') => (names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`);
/** Each form returns the lines of the byline and date block, given names (non-empty), an outlet and the date. */
const BYLINES = {
  main: [
    (n, o, t, r) => [`By ${andList(n)}`, pick(r, DATE_LINES.main)(t)],
    (n, o, t, r) => [andList(n), ...(r() < 0.5 ? [pick(r, DATE_LINES.main)(t)] : [])],
    (n, o, t, r) => [`${andList(n)} for ${o}`, pick(r, DATE_LINES.main)(t)],
    (n, o, t, r) => [`${andList(n).toUpperCase().replace(/ AND /g, ' and ')} for ${o}`, pick(r, DATE_LINES.main)(t)],
    (n, o, t) => [andList(n), numericDateTime(t)],
    (n, o, t, r) => [`${andList(n)} | ${o}`, pick(r, DATE_LINES.main)(t)],
    (n, o, t) => [andList(n), `Updated ${t.h}:${t.min} ${t.ap} ET, ${DAYS[t.wd]} ${MONTHS[t.mo]} ${t.day}, ${t.y}`],
  ],
  heldout: [
    (n, o, t, r) => [`Written by ${andList(n)}`, pick(r, DATE_LINES.heldout)(t)],
    (n, o, t, r) => [`Von ${andList(n, 'und')}`, pick(r, DATE_LINES.heldout)(t)],
    (n, o, t, r) => [`${andList(n)}, ${o}`, pick(r, DATE_LINES.heldout)(t)],
    (n, o, t, r) => [`BY ${andList(n).toUpperCase()}`, pick(r, DATE_LINES.heldout)(t)],
    (n, o, t) => [`${andList(n)} • ${MONTHS[t.mo].slice(0, 3)} ${t.day}, ${t.y}`],
    (n, o, t, r) => [andList(n), `${o} Correspondent`, pick(r, DATE_LINES.heldout)(t)],
    (n, o, t) => [`Posted on ${MONTHS[t.mo]} ${t.day}, ${t.y} by ${andList(n)}`],
    (n, o, t) => [`${andList(n)} - ${t.mo + 1}/${t.day}/${t.y} ${t.h}:${t.min}${t.ap.toLowerCase()}`],
    (n, o, t, r) => [`Por ${andList(n, 'y')}`, pick(r, DATE_LINES.heldout)(t)],
  ],
  heldout2: [
    (n, o, t, r) => [`Text: ${andList(n, 'und')}`, pick(r, DATE_LINES.heldout2)(t)],
    (n, o, t, r) => [`Autor: ${andList(n, 'und')}`, pick(r, DATE_LINES.heldout2)(t)],
    (n, o, t, r) => [`par ${andList(n, 'et')}`, pick(r, DATE_LINES.heldout2)(t)],
    (n, o, t, r) => [`Escrito por ${andList(n, 'y')}`, pick(r, DATE_LINES.heldout2)(t)],
    (n, o, t, r) => [`di ${andList(n, 'e')}`, pick(r, DATE_LINES.heldout2)(t)],
    (n, o, t, r) => [`przez ${andList(n, 'i')}`, pick(r, DATE_LINES.heldout2)(t)],
    (n, o, t, r) => [`Veröffentlicht von ${andList(n, 'und')}`, pick(r, DATE_LINES.heldout2)(t)],
    (n, o, t, r) => [`${andList(n)}, Special to ${o}`, pick(r, DATE_LINES.heldout2)(t)],
    (n, o, t) => [`${andList(n)} · ${1 + (t.day % 9)} min read`],
    (n, o, t, r) => [`${andList(n)} | Staff Writer`, pick(r, DATE_LINES.heldout2)(t)],
    (n, o, t, r) => [`${andList(n).toUpperCase()} | ${o.toUpperCase()}`, pick(r, DATE_LINES.heldout2)(t)],
    (n, o, t, r) => [`Door ${andList(n, 'en')}`, pick(r, DATE_LINES.heldout2)(t)],
  ],
};
/** Pages crediting no person: an organisation's byline or none. */
const NO_PERSON = [
  (o, t, r) => [pick(r, DATE_LINES[variant])(t)],
  (o, t, r) => [`By ${o} Staff`, pick(r, DATE_LINES[variant])(t)],
  () => [],
];

// ---- pages -------------------------------------------------------------------------------------
const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8'));
fs.mkdirSync(path.join(out, 'text'), { recursive: true });
const outGold = {};
for (const [id, g] of Object.entries(gold)) {
  if (!g.body || !g.body.trim() || !g.title) continue;
  const r = rng(`${variant}:${id}`);
  const t = dateOf(g, r);
  const outlet = pick(r, OUTLETS);
  const lines = [];
  // menu lines: one or two menus, one per line, maybe a top extra
  for (const menu of pickN(r, MENUS[variant], 1 + Math.floor(r() * 2))) lines.push(...menu.slice(0, 3 + Math.floor(r() * (menu.length - 2))));
  if (r() < 0.5) lines.push(pick(r, EXTRA_TOP[variant]));
  const block = [lines.join('\n'), g.title.trim()];
  const authors = g.authors ?? [];
  const header = authors.length ? pick(r, BYLINES[variant])(authors, outlet, t, r) : pick(r, NO_PERSON)(outlet, t, r);
  // the seed prints the byline as its own paragraph; some pages print byline and date together
  if (header.length) block.push(r() < 0.5 ? header.join('\n\n') : header.join('\n'));
  block.push(g.body.trim());
  for (const j of pickN(r, JUNK[variant], 2 + Math.floor(r() * 2))) block.push(j(r).join('\n'));
  fs.writeFileSync(path.join(out, 'text', `${id}.txt`), block.join('\n\n') + '\n');
  outGold[id] = { title: g.title, authors, body: g.body, ...(g.published ? { published: g.published } : {}), ...(g.url ? { url: g.url } : {}) };
}
fs.writeFileSync(path.join(out, 'gold.json'), JSON.stringify(outGold, null, 1));
console.log(`${Object.keys(outGold).length} pages (${variant}) written to ${out}`);
