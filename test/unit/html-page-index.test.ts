/**
 * src/html/page-index.ts and src/html/selectors.ts: the page's element list and the compiled
 * selectors must find what the DOM's own selectors find, so the steps that use them give the
 * same results as with `querySelectorAll`.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classAttr, elementsOf, elementsUnder, withTag } from '../../src/html/page-index.js';
import { compileSelector, compileSelectorTable, requirementOf } from '../../src/html/selectors.js';
import { parse } from 'css-what';
import { SELECTOR_RULES } from '../../src/rules/html-boilerplate.js';
import { misbuilt } from '../../src/html/dom.js';

const PAGE = `<!DOCTYPE html><html lang="en"><head><title>Harbour notes</title><base href="/root/"></head>
<body class="home"><header><nav role="navigation"><a href="/">Home</a></nav></header>
<main><article><H1 class=" big  big headline">Ferry timetable changes</H1>
<time datetime="2024-03-01">1 March</time>
<p>The ferry will leave <a href="a.html">earlier</a> from Monday. <img src="i.png"></p>
<div aria-hidden="true"><span>Share</span></div><div aria-hidden="true"><p>Kept text</p></div>
<div style="DISPLAY: none">hidden</div><figure><img src="x.png"><figcaption>Pier at dawn</figcaption></figure>
<pre class="language-js"><code class="lang-js">let a = 1;</code></pre>
<form><input name="q"><button>Go</button></form><address>Desk</address><span itemprop="author">Ana</span>
<template><h1>Never shown</h1><a href="t.html">t</a></template></article></main>
<footer role="contentinfo"><h2>More</h2></footer></body></html>`;

describe('page index', () => {
  it('lists the elements querySelectorAll("*") lists, template contents left out', () => {
    const { document } = parseHTML(PAGE);
    expect(elementsOf(document)).toEqual([...document.querySelectorAll('*')]);
    expect(withTag(elementsOf(document), 'h1').map((h) => h.textContent)).toEqual(['Ferry timetable changes']);
    // Markup before the page's <html> (linkedom makes it the document element), nested templates.
    for (const html of ['<br><html><body><p>Notice</p></body></html>', '<html><body><template><template><p>x</p></template></template><p>y</p></body></html>', '<p>fragment <b>only</b></p>']) {
      const d = parseHTML(html).document;
      expect(elementsOf(d)).toEqual([...d.querySelectorAll('*')]);
    }
  });

  it('lists the elements inside an element as its querySelectorAll("*") does', () => {
    const { document } = parseHTML(PAGE);
    for (const root of [document.body, document.querySelector('article')!, document.querySelector('template')!, document.querySelector('time')!]) {
      expect(elementsUnder(root)).toEqual([...root.querySelectorAll('*')]);
    }
  });

  it('filters by tag as the selectors do', () => {
    const { document } = parseHTML(PAGE);
    const all = elementsOf(document);
    for (const sel of ['a, img', 'h1', 'h2', 'base', 'pre', 'code']) {
      expect(withTag(all, ...sel.split(', '))).toEqual([...document.querySelectorAll(sel)]);
    }
  });

  it('finds a document nested in the page from the list', () => {
    const nested = parseHTML('<html><body><p>Story</p><div><html><body><p>Pasted</p></body></html></div></body></html>').document;
    expect(misbuilt(nested, '')).toBe('a document nested inside the page');
    expect(misbuilt(parseHTML(PAGE).document, PAGE)).toBeNull();
  });
});

describe('compiled selectors', () => {
  it('match what querySelectorAll matches for every boilerplate selector rule', () => {
    const { document } = parseHTML(PAGE);
    const all = [...document.body.querySelectorAll('*')];
    for (const rule of SELECTOR_RULES) {
      const test = compileSelector(rule.selector);
      expect(all.filter(test), rule.id).toEqual([...document.body.querySelectorAll(rule.selector)]);
    }
  });

  it('as a table, give the first matching rule of every element, as testing each rule in order does', () => {
    const { document } = parseHTML(PAGE);
    const all = [...document.body.querySelectorAll('*')];
    const selectors = SELECTOR_RULES.map((r) => r.selector);
    const tests = selectors.map(compileSelector);
    const first = compileSelectorTable(selectors);
    expect(all.map(first)).toEqual(all.map((el) => tests.findIndex((t) => t(el))));
    expect(all.map(first).filter((i) => i >= 0).length).toBeGreaterThan(5);
    // Selectors whose last compound needs nothing (universal, pseudo-class only, [a!=b]) run on every element.
    const loose = ['p > *', ':not(div)', '[data-x!="1"]', 'span.note', '#main'];
    const looseTests = loose.map(compileSelector);
    const page = parseHTML('<div id="main"><p><span class="note">a</span><b>b</b></p><div data-x="1">c</div></div>').document;
    const els = [...page.querySelectorAll('*')];
    expect(els.map(compileSelectorTable(loose))).toEqual(els.map((el) => looseTests.findIndex((t) => t(el))));
  });

  it('need the tag or an attribute of the compound a selector ends with', () => {
    const need = (s: string) => parse(s).map(requirementOf);
    expect(need('body > header, nav')).toEqual([{ tag: 'header' }, { tag: 'nav' }]);
    expect(need('[aria-hidden="true"]:not(:has(p)), .ad, #top')).toEqual([{ attribute: 'aria-hidden' }, { attribute: 'class' }, { attribute: 'id' }]);
    expect(need('div *, :is(a, b), [rel!="x"]')).toEqual([null, null, null]);
  });

  it('reflect changes to the page between calls (no cached results)', () => {
    const { document } = parseHTML('<div aria-hidden="true"><span>x</span></div>');
    const test = compileSelector('[aria-hidden="true"]:not(:has(p))');
    const div = document.querySelector('div')!;
    expect(test(div)).toBe(true);
    div.append(document.createElement('p'));
    expect(test(div)).toBe(false);
  });

  it('reads the class as the DOM gives it, and null without one', () => {
    const { document } = parseHTML('<p class=" lead  lead story">x</p><p>y</p>');
    const [a, b] = [...document.querySelectorAll('p')];
    expect(classAttr(a!)).toBe(a!.getAttribute('class'));
    expect(classAttr(b!)).toBeNull();
  });
});
