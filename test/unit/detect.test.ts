/** Stage 2, detect: HTML or text, from the document's opening and its density of tags. */
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/detect.js';

const prose = 'The council met on Monday to discuss the new budget for the coming year, and several members raised questions about the cost of repairs. '.repeat(8);

describe('detectFormat', () => {
  it.each([
    ['a doctype', '<!DOCTYPE html><title>x</title><p>Hi</p>'],
    ['an <html> element', '<html lang="en"><p>Hi</p></html>'],
    ['leading whitespace and comments before the doctype', '\n\n  <!-- saved by a crawler -->\n<!doctype html>\n<p>Hi</p>'],
    ['a <head> start', '<head><meta charset="utf-8"></head><body>Hi</body>'],
    ['a <body> start', '<body><p>Hi</p></body>'],
    ['an XML declaration (XHTML)', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><p>Hi</p></html>'],
  ])('a document opening with %s is HTML', (_what, doc) => {
    expect(detectFormat(doc)).toBe('html');
  });

  it('a fragment dense with tags is HTML', () => {
    expect(detectFormat('<div class="story"><h2>Budget</h2><p>First paragraph.</p><p>Second <a href="/x">link</a>.</p></div>')).toBe('html');
  });

  it('a long text that mentions a tag or two is text', () => {
    expect(detectFormat(`Why <b> is not bold here\n\n${prose}\n\nThe <p> tag and the <br> tag are named in passing.\n\n${prose}`)).toBe('text');
  });

  it('plain prose with a title and a byline is text', () => {
    expect(detectFormat(`Budget approved\n\nBy Ana Ruiz\n\n${prose}`)).toBe('text');
  });

  it('text whose first line mentions <html> in prose, without tags, stays text', () => {
    expect(detectFormat(`How the <html> element works\n\n${prose}`)).toBe('text');
  });

  it('an .html path tips a fragment with a single tag to HTML, but not a .txt path', () => {
    const fragment = `${prose}<br>${prose}`;
    expect(detectFormat(fragment, 'page.html')).toBe('html');
    expect(detectFormat(fragment, 'page.htm')).toBe('html');
    expect(detectFormat(fragment, 'notes.txt')).toBe('text');
    expect(detectFormat(prose, 'page.html')).toBe('text'); // no tag at all: an .html name alone is not enough
  });
});
