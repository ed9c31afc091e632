/**
 * Limits before the DOM: the nesting scan (html/depth.ts) estimates depth as a parser would and
 * flattens only what lies below the limit, keeping its text; the tag-stripping fallback
 * (html/strip.ts) keeps visible text only.
 */
import { describe, expect, it } from 'vitest';
import { limitNesting, MAX_NESTING_DEPTH } from '../../src/html/depth.js';
import { htmlToPlainText } from '../../src/html/strip.js';
import { extract } from '../../src/pipeline.js';

const wrap = (n: number, inner: string, tag = 'div') => `${`<${tag}>`.repeat(n)}${inner}${`</${tag}>`.repeat(n)}`;

describe('limitNesting', () => {
  it('leaves a normal page untouched and measures its depth', () => {
    const html = '<html><body><main><article><p>One <b>two</b></p><ul><li>a</li></ul></article></main></body></html>';
    const r = limitNesting(html);
    expect(r.html).toBe(html);
    expect(r.flattened).toBe(0);
    expect(r.maxDepth).toBe(6); // html body main article p b
  });

  it('does not count void elements, implied end tags, raw text or comments as nesting', () => {
    const html = `<body>${'<p>para <br><img src=x>'.repeat(5000)}<ul>${'<li>item'.repeat(5000)}</ul><table>${'<tr><td>c<td>d'.repeat(2000)}</table><script>${'<div>'.repeat(5000)}</script><!-- ${'<div>'.repeat(5000)} --></body>`;
    const r = limitNesting(html);
    expect(r.maxDepth).toBeLessThan(10);
    expect(r.flattened).toBe(0);
  });

  it('counts "/>" as self-closing inside SVG only (an HTML <div/> opens an element)', () => {
    expect(limitNesting(`<svg>${'<path/>'.repeat(1000)}</svg>`).maxDepth).toBe(1);
    expect(limitNesting('<div/>'.repeat(1000)).maxDepth).toBe(1000);
  });

  it('flattens what lies below the limit and keeps its text', () => {
    const html = `<body>${wrap(5000, '<p>deep <b>words</b></p>')}<p>after</p></body>`;
    const r = limitNesting(html, 50);
    expect(r.maxDepth).toBeGreaterThan(5000);
    expect(r.flattened).toBeGreaterThan(4900);
    const again = limitNesting(r.html, 50);
    expect(again.maxDepth).toBeLessThanOrEqual(50);
    expect(r.html).toContain('deep words');
    expect(r.html).toContain('<p>after</p>');
    // A run of removed tags leaves one space, not thousands.
    expect(r.html.length).toBeLessThan(51 * 11 + 100);
  });

  it('removes a script below the limit whole, so its code never becomes text', () => {
    const r = limitNesting(wrap(100, '<script>var secret = 1;</script><style>p{}</style>text'), 10);
    expect(r.html).not.toContain('secret');
    expect(r.html).not.toContain('p{}');
    expect(r.html).toContain('text');
  });

  it('is linear: a megabyte of unclosed tags scans in well under a second', () => {
    const html = '<div><span>x '.repeat(80_000);
    const t0 = performance.now();
    const r = limitNesting(html);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(r.flattened).toBe(160_000 - MAX_NESTING_DEPTH);
  });
});

describe('the HTML path with deep nesting', () => {
  it('converts a 20,000-deep page, noting the flattening for --explain', async () => {
    const html = `<html><body><article><h1>Deep</h1><p>First paragraph of a page nested very deeply, with enough words to read.</p>${wrap(20_000, '<p>The inner paragraph survives the flattening of the nesting around it.</p>')}</article></body></html>`;
    const a = await extract(html, { inputFormat: 'html' });
    expect(a.blocks.map((b) => b.text).join('\n')).toContain('The inner paragraph survives');
    expect(a.removed.find((r) => r.rule === 'deep-nesting')?.text).toMatch(/nested deeper than 200 levels/);
  });
});

describe('htmlToPlainText', () => {
  it('keeps visible text as paragraphs and drops scripts, styles and tags', () => {
    const text = htmlToPlainText('<head><title>T</title><style>p{}</style></head><body><p>One &amp; <b>two</b></p><script>x()</script><div>Three&nbsp;&#8220;four&#x201D;</div></body>');
    expect(text).toBe('One & two\n\nThree “four”');
  });
});
