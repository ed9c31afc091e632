/**
 * Text path: the rows of a table the article prints (a results table, a stats sheet, a price
 * list): lines packed together, each with a few figures, under an optional header row. Row by
 * row they score as short lines, and a gap of short lines cuts the region; a table is one block
 * of the article, so it costs what one short unit costs (text/region.ts).
 */
import type { UnitStats } from './stats.js';
import type { Unit } from './units.js';

/** Fewest rows of a table (its header row not counted): two lines with figures are an address, a date and a time. */
export const TABLE_MIN_ROWS = 3;
/** Fewest figures (digit runs) on a row: a name with one count is a teaser with its comment count. */
const ROW_MIN_FIGURES = 2;
/** Least share of the lines after the first (the header row) that are rows. */
const TABLE_ROW_SHARE = 0.8;

/** A line with figures in it that is not only a date line ("March 3, 2021"). */
const isRow = (u: Unit, s: UnitStats) => !s.date && (u.text.match(/\p{N}+/gu) ?? []).length >= ROW_MIN_FIGURES;

/** Per unit: true for the lines of a table (header row included). */
export function tableRows(units: readonly Unit[], stats: readonly UnitStats[]): boolean[] {
  const out = units.map(() => false);
  for (let i = 0; i < units.length; ) {
    let j = i + 1;
    while (j < units.length && units[j]!.line === units[j - 1]!.line + 1 && units[j]!.block.kind === 'paragraph') j++;
    const body = units.slice(i + 1, j);
    const rows = body.filter((u, k) => isRow(u, stats[i + 1 + k]!)).length;
    if (units[i]!.block.kind === 'paragraph' && rows >= TABLE_MIN_ROWS && rows >= body.length * TABLE_ROW_SHARE) for (let k = i; k < j; k++) out[k] = true;
    i = j;
  }
  return out;
}
