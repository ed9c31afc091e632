/** Text-mode browser dumps: link markers and the trailing link list. */
import { describe, expect, it } from 'vitest';
import { stripLinkReferences } from '../../src/text/link-references.js';

describe('stripLinkReferences', () => {
  const dump = ['   By [1]Jane Roe', '   Read the [2]full timetable online.', '', 'References', '', '   1. https://a.example/jane', '   2. https://a.example/timetable'].join('\n');

  it('removes the markers and blanks the list, keeping every line in its place', () => {
    const out = stripLinkReferences(dump);
    expect(out.split('\n')).toHaveLength(dump.split('\n').length);
    expect(out.split('\n').slice(0, 2)).toEqual(['   By Jane Roe', '   Read the full timetable online.']);
    expect(out).not.toContain('https://');
  });

  it('leaves footnote marks alone when no link list ends the text', () => {
    const notes = 'The study found a rise[1] in crossings.\n\nReferences\n\n1. Fenn, T. (2023). Ferry use on the islands. Harbour Press.';
    expect(stripLinkReferences(notes)).toBe(notes);
    const plain = 'He scored [3]goals, a bracket typo.';
    expect(stripLinkReferences(plain)).toBe(plain);
  });
});
