/**
 * linkedom loaded with its changes (src/html/linkedom.ts: lazy listener maps, a lazy number
 * format): they apply to the installed version, a source they do not know loads unchanged, event
 * listeners still work on the documents the HTML path builds, and numbers in styles still print.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importLinkedom, LINKEDOM_CHANGES, withChanges } from '../../src/html/linkedom.js';

const require = createRequire(import.meta.url);
const installed = () => readFileSync(join(dirname(require.resolve('linkedom/package.json')), 'worker.js'), 'utf8');

describe('withChanges', () => {
  it('applies to the installed linkedom build (an upgrade that changes these statements fails here, not silently)', () => {
    const src = installed();
    const out = withChanges(src);
    expect(out).not.toBeNull();
    for (const { from, to } of LINKEDOM_CHANGES) {
      expect(out!.includes(to)).toBe(true);
      expect(src.split(from).length).toBe(2);
    }
    expect(out).not.toContain('wm.set(this, new Map);\n  }');
    expect(out).not.toContain('const formatter = new Intl.NumberFormat');
    expect(out!.split('\n').length).toBe(src.split('\n').length);
  });

  it('the CLI bundle holds linkedom with the change applied at build time (scripts/bundle.mjs)', () => {
    // Compared without comments and white space: esbuild reformats the code it bundles (and may
    // rename a parameter), so the statements are looked for by their essential part.
    const norm = (code: string) => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, '').replace(/newMap\(\)/g, 'newMap');
    const bundle = norm(readFileSync(join(import.meta.dirname, '../../dist/bundle/cli.cjs'), 'utf8'));
    expect(bundle).not.toContain('constructor(){wm.set(this,newMap);}'); // no map per node
    expect(bundle).toContain('if(!wm.has(this))wm.set(this,newMap);constmap=wm.get(this);'); // a map on the first listener
    expect(bundle).toContain('constmap=wm.get(this);if(map&&map.has(type)){'); // removing without a map
    expect(bundle).not.toContain('formatter=newIntl.NumberFormat('); // no number format made on load
    expect(bundle).toContain('formatter??=newIntl.NumberFormat('); // made on first use
  });

  it('gives null for a source where a statement is missing or found twice', () => {
    const src = installed();
    expect(withChanges(src.replace(LINKEDOM_CHANGES[0]!.from, 'constructor() {}'))).toBeNull();
    expect(withChanges(`${src}\n/*${LINKEDOM_CHANGES[1]!.from}*/`)).toBeNull();
    expect(withChanges(src.replace('const formatted = formatter.format(val);', 'const formatted = String(val);'))).toBeNull();
  });
});

describe('importLinkedom', () => {
  it('loads the changed build (a module apart from the published one), once', async () => {
    const published = await import('linkedom/worker');
    const loaded = await importLinkedom();
    expect(loaded.parseHTML).not.toBe(published.parseHTML);
    expect(await importLinkedom()).toBe(loaded);
  });

  it('names the installed file in stack traces, not the data: URL it was imported from (built module, plain Node)', () => {
    // Run in Node itself: the test runner loads data: modules its own way.
    const script = [
      `const { importLinkedom } = await import(${JSON.stringify(pathToFileURL(join(__dirname, '../../dist/html/linkedom.js')).href)});`,
      "const { parseHTML } = await importLinkedom();",
      "const { document } = parseHTML('<html><body><p>x</p></body></html>');",
      'try { document.createElement("p").appendChild(null); } catch (err) { process.stdout.write(err.stack); }',
    ].join('\n');
    const stack = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(stack).toContain('linkedom/worker.js');
    expect(stack).not.toContain('data:text/javascript');
  });

  it('prints numbers in style sheets as published (the number format made on first use)', async () => {
    const published = await import('linkedom/worker');
    const loaded = await importLinkedom();
    const rule = (lib: typeof published) => {
      const { document } = lib.parseHTML('<html><head><style>p { width: 12.3456789000px; opacity: .50; margin: 1.25em 0 }</style></head><body><p>x</p></body></html>');
      const sheet = (document.querySelector('style') as unknown as HTMLStyleElement).sheet!;
      return sheet.cssRules[0]!.cssText;
    };
    expect(rule(loaded as typeof published)).toBe(rule(published));
    expect(rule(loaded as typeof published)).toContain('width: 12.345679px'); // formatted: six decimals at most
  });

  it('builds documents whose nodes still take, dispatch, bubble and remove listeners', async () => {
    const { parseHTML, Event: LinkedomEvent } = await importLinkedom();
    const ping = (init?: { bubbles: boolean }) => new LinkedomEvent('ping', init) as unknown as Event;
    const { document } = parseHTML('<html><body><div id="box"><p id="para">Text</p></div></body></html>');
    const box = document.getElementById('box')!;
    const para = document.getElementById('para')!;
    const seen: string[] = [];
    const onBox = () => seen.push('box');
    box.addEventListener('ping', onBox);
    para.addEventListener('ping', () => seen.push('para'));
    para.dispatchEvent(ping({ bubbles: true }));
    expect(seen).toEqual(['para', 'box']);
    box.removeEventListener('ping', onBox);
    para.dispatchEvent(ping({ bubbles: true }));
    expect(seen).toEqual(['para', 'box', 'para']);
    // A node that never had a listener: removing one and dispatching do nothing.
    const other = document.createElement('span');
    expect(() => other.removeEventListener('ping', onBox)).not.toThrow();
    expect(other.dispatchEvent(ping())).toBe(true);
  });
});
