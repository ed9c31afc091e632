/**
 * Seed pages and mutations for the fuzz tests. The pages are written for this project (no
 * third-party text). The long run (`npm run fuzz`) may add the benchmark's HTML pages, read at run
 * time from ../shared/bench/aeb/html when that folder exists; they are never copied here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

export const SEED_HTML: string[] = [
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour ferry timetable approved | Coast Gazette</title>
<meta property="og:site_name" content="Coast Gazette"><meta name="author" content="Ada Fenwick">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour ferry timetable approved","datePublished":"2024-05-02T09:30:00Z","author":[{"@type":"Person","name":"Ada Fenwick"},{"@type":"Person","name":"Tom Reyes"}]}</script>
<style>body{color:#222}</style></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour ferry timetable approved</h1><p class="byline">By Ada Fenwick and Tom Reyes</p><time datetime="2024-05-02">2 May 2024</time>
<p>The harbour council approved the new ferry timetable on Monday after a long public consultation with residents of both islands.</p>
<p>“We listened to every comment,” the council’s transport chair said. “The early sailing stays.”</p>
<blockquote><p>Passengers asked for a later last boat on Fridays.</p></blockquote>
<ul><li>Hourly sailings from April</li><li>A night boat on Fridays</li></ul>
<p>Officials said the plan was <a href="https://example.org/plan.pdf">published in full</a> and that a review would follow in <em>twelve months</em>.</p>
<table><tr><th>Route</th><th>Minutes</th></tr><tr><td>North pier</td><td>25</td></tr><tr><td>South pier</td><td>40</td></tr></table>
<figure><img src="/img/ferry.jpg" alt="The ferry at the pier"><figcaption>The ferry at the pier.</figcaption></figure>
</article><aside><h2>Related Articles</h2><ul><li><a href="/a">Bridge plan delayed</a></li></ul></aside><footer>© Coast Gazette. Back to top</footer></body></html>`,
  `<html><head><title>Notes on caching layers</title></head><body><main><div class="post"><h1>Notes on caching layers</h1>
<p>Caching is easy to add and hard to remove. These notes collect what went wrong over three years of running a small service.</p>
<h2>Invalidation</h2><p>Every cache needs an owner. Without one, entries outlive the data they describe and nobody knows which layer to flush.</p>
<pre><code class="language-ts">const hit = cache.get(key) ?? (await load(key));
if (hit.expired) cache.delete(key);</code></pre>
<ol><li>Name the owner.</li><li>Write the expiry down.</li><li>Measure the hit rate.</li></ol>
<p>The second rule matters most: an expiry that lives only in someone’s head is no expiry at all, as the outage in March showed.</p>
</div><div class="comments"><h3>Comments</h3><p>Great post!</p></div></main></body></html>`,
];

export const SEED_TEXT: string[] = [
  `Coast Gazette
Home | News | Sport

Harbour ferry timetable approved

By Ada Fenwick and Tom Reyes
Published 2 May 2024

The harbour council approved the new ferry timetable on Monday after a long public consultation with residents of both islands.

“We listened to every comment,” the council’s transport chair said.

Officials said the first sailings under the new plan start in spring, weather permitting, and will run hourly until late evening.

Related Articles
Bridge plan delayed
Back to top button`,
  // Our own Markdown dump and text-mode browser dump (the fixtures' inputs).
  ...['text--markdown-dump', 'text--lynx-dump'].map((f) => readFileSync(join(import.meta.dirname, '..', 'fixtures', f, 'input.txt'), 'utf8')),
];

/** Markup pieces a mutation injects: broken, hostile or deep. */
export const INJECTIONS = [
  '<div>', '</div>', '<p>', '</p>', '<table>', '<td>', '</tr>', '<li>', '<ul>', '</body>', '<html>', '<head>',
  '<script>alert(1)</script>', '<script>', '<style>', '<!--', '-->', '<![CDATA[', '<svg><path/>', '<math>', '<template>',
  '<a href="javascript:alert(1)">click</a>', '<img src=x onerror=alert(1)>', '<a href="data:text/html,x">d</a>',
  '<iframe src="http://127.0.0.1:9/x">', '<meta http-equiv="refresh" content="0;url=http://127.0.0.1:9/">',
  '&lt;script&gt;alert(1)&lt;/script&gt;', '&#0;', '&#xD800;', '&amp', '\u0000', '\u001b[31m', '\u001b]0;title\u0007', '\r', '\uFFFD', '\uFEFF',
  '<div>'.repeat(300), '<b>'.repeat(500), '<p><p><p>', '<h1>', '</h1>', '<title>', '“', '”', '"', "'", '<', '>', '&',
  // Markdown a text dump may carry: unsafe links and images, open fences, tables, headings.
  '[x](javascript:alert(1))', '![i](data:text/html,x)', '```', '~~~', '| a | b |\n| --- | --- |', '# ', '> ', '**', '[3]', '\nReferences\n\n 1. http://127.0.0.1:9/\n',
];

/** Benchmark pages for the long run, read at run time (never copied into the project). */
export function benchPages(limit: number): string[] {
  const dir = join(import.meta.dirname, '..', '..', 'shared', 'bench', 'aeb', 'html');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .slice(0, limit)
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; positions: Array<{ at: number; byte: number }> }
  | { kind: 'inject'; items: Array<{ at: number; piece: number }> }
  | { kind: 'soup'; tokens: string[] };

const TEXT_WORDS = ['the', 'council', 'said', 'ferry', '“quoted words,”', 'By Ada Fenwick', '2 May 2024', 'Related Articles', '\n', '\n\n', '  ', 'é', '中文', '😀'];

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('flip' as const), positions: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 40 }) }),
  fc.record({ kind: fc.constant('inject' as const), items: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), piece: fc.nat(INJECTIONS.length - 1) }), { minLength: 1, maxLength: 30 }) }),
  fc.record({
    kind: fc.constant('soup' as const),
    tokens: fc.array(fc.oneof(fc.constantFrom(...INJECTIONS), fc.constantFrom(...TEXT_WORDS), fc.string({ maxLength: 20 })), { minLength: 1, maxLength: 200 }),
  }),
);

/** Applies a mutation to a seed page: bytes (byte flips can break the encoding). */
export function mutate(seed: string, m: Mutation): Uint8Array {
  switch (m.kind) {
    case 'truncate':
      return Buffer.from(seed.slice(0, Math.floor(seed.length * m.at)));
    case 'flip': {
      const buf = Buffer.from(seed);
      for (const p of m.positions) if (buf.length) buf[Math.min(buf.length - 1, Math.floor(p.at * buf.length))] = p.byte;
      return buf;
    }
    case 'inject': {
      let s = seed;
      for (const it of m.items) {
        const at = Math.floor(it.at * s.length);
        s = s.slice(0, at) + INJECTIONS[it.piece] + s.slice(at);
      }
      return Buffer.from(s);
    }
    case 'soup':
      return Buffer.from(m.tokens.join(''));
  }
}
