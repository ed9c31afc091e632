/**
 * The command line's field options for NDJSON and JSON-array records (--text-field,
 * --html-field, --url-field, --id-field): their parsing and checks, kept here so the CLI only
 * wires them.
 */
import { statSync } from 'node:fs';
import { UsageError } from '../errors.js';
import type { FieldMap } from './records.js';
import { archiveKind } from './sources.js';

export interface FieldOptions {
  textField?: string;
  htmlField?: string;
  urlField?: string;
  idField?: string;
}

export const FIELD_OPTIONS = [
  { key: 'textField', flag: '--text-field', field: 'text' },
  { key: 'htmlField', flag: '--html-field', field: 'html' },
  { key: 'urlField', flag: '--url-field', field: 'url' },
  { key: 'idField', flag: '--id-field', field: 'id' },
] as const;

/** A dotted field path ("page.content"): no empty step. */
export const fieldPath = (flag: string) => (v: string) => {
  if (!v || v.split('.').some((step) => step === '')) throw new UsageError(`${flag}: "${v}" is not a field path (names joined by dots: page.content)`);
  return v;
};

export function fieldsFrom(opts: FieldOptions): FieldMap {
  const map: FieldMap = {};
  for (const o of FIELD_OPTIONS) if (opts[o.key] !== undefined) map[o.field] = opts[o.key]!;
  return map;
}

/** True when some input can hold records: NDJSON on standard input, a .json/.ndjson/.jsonl file, a folder or a glob. */
export function needsRecords(inputs: readonly string[], ndjsonStdin: boolean): boolean {
  return inputs.some((i) => {
    if (i === '-') return ndjsonStdin;
    const kind = archiveKind(i);
    if (kind === 'json' || kind === 'ndjson') return true;
    if (kind) return false;
    try {
      return statSync(i).isDirectory();
    } catch {
      return /[*?[\]{}]/.test(i);
    }
  });
}
