/**
 * Records of scrapers' exports -> documents (issue 13): NDJSON (standard input, `.ndjson` and
 * `.jsonl` files) and `.json` files holding an array of objects, with the fields named by
 * `--text-field`, `--html-field`, `--url-field`, `--id-field` (dotted paths such as
 * `page.content`). A JSON array is read as a stream of tokens by stream-json, and each element
 * is assembled here with a size bound, so neither the file nor an oversized element is ever
 * held whole.
 */
import { ExtractError } from '../errors.js';
import type { InputFormat } from '../model.js';

/** Field paths given on the command line; absent ones take the defaults below. */
export interface FieldMap {
  text?: string;
  html?: string;
  url?: string;
  id?: string;
}

/** Fields read when no option names them (the NDJSON filter mode's `{"html"|"text", "url", "id"}`). */
export const DEFAULT_FIELDS = { text: 'text', html: 'html', url: 'url', id: 'id' } as const;

/**
 * The value at a dotted path ("page.content", "items.0.text"), own properties only (never
 * `constructor` or `__proto__` from a prototype); undefined when any step is missing.
 */
export function getField(value: unknown, path: string): unknown {
  let at: unknown = value;
  for (const step of path.split('.')) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, step)) return undefined;
    at = (at as Record<string, unknown>)[step];
  }
  return at;
}

/** What one record gives: its id, URL and content, or why it has none. */
export interface RecordFields {
  id?: string;
  url?: string;
  content?: { data: string; inputFormat: InputFormat };
  /** Set when the record has no content: the fields looked for ('"html" or "text"'). */
  missing?: string;
}

/**
 * The mapped fields of one record. When `--html-field` or `--text-field` is given, only the
 * fields given are looked at (an export with both `html` and `content` and `--text-field
 * content` reads `content`); otherwise `html`, then `text`. HTML wins when both are strings.
 */
export function recordFields(obj: object, fields: FieldMap = {}): RecordFields {
  const mapped = fields.html !== undefined || fields.text !== undefined;
  const html = mapped ? fields.html : DEFAULT_FIELDS.html;
  const text = mapped ? fields.text : DEFAULT_FIELDS.text;
  const idValue = getField(obj, fields.id ?? DEFAULT_FIELDS.id);
  const urlValue = getField(obj, fields.url ?? DEFAULT_FIELDS.url);
  const out: RecordFields = {
    ...(typeof idValue === 'string' || typeof idValue === 'number' ? { id: String(idValue) } : {}),
    ...(typeof urlValue === 'string' ? { url: urlValue } : {}),
  };
  const h = html === undefined ? undefined : getField(obj, html);
  const t = text === undefined ? undefined : getField(obj, text);
  if (typeof h === 'string') out.content = { data: h, inputFormat: 'html' };
  else if (typeof t === 'string') out.content = { data: t, inputFormat: 'text' };
  else out.missing = [html, text].filter((f) => f !== undefined).map((f) => `"${f}"`).join(' or ');
  return out;
}

// ---- a JSON array, element by element -----------------------------------------------------------

export type ArrayItem = { value: unknown } | { tooLarge: number };

type Token = { name: string; value?: unknown };
type Container = Record<string, unknown> | unknown[];

/**
 * The elements of a JSON array, in order, from a stream of text. An element larger than
 * `maxItem` characters (its strings, numbers and keys) is not assembled: its size is counted up
 * to its end and it comes out as `{ tooLarge }`. Anything but an array at the top, or invalid
 * JSON, throws (the elements before it have been given).
 */
export async function* jsonArrayItems(input: AsyncIterable<string | Uint8Array>, name: string, maxItem: number): AsyncGenerator<ArrayItem> {
  const { jsonParser } = await import('stream-json/parser.js');
  const { none, isMany, getManyValues } = await import('stream-chain/defs.js');
  // The tokenizer as a plain function: text in, tokens out, synchronously, so every element
  // before a syntax error is given. Strings, numbers and keys come as chunks (packValues off),
  // so a huge string is never one token.
  const parse = jsonParser({ packValues: false }) as unknown as (chunk: string | typeof none) => unknown;
  const decoder = new TextDecoder();
  let depth = 0;
  let size = 0;
  let over = false;
  let parts: string[] = [];
  const stack: Container[] = [];
  const keys: string[] = [];
  let ready: ArrayItem | null = null;
  let ended = false;
  let started = false;
  /** Some text other than white space was read (an empty file is reported as one). */
  let sawText = false;

  const put = (v: unknown) => {
    if (over) {
      if (depth === 1) ready = { tooLarge: size };
      return;
    }
    const top = stack[stack.length - 1];
    if (!top) ready = { value: v };
    else if (Array.isArray(top)) top.push(v);
    else top[keys[keys.length - 1]!] = v;
  };

  const step = (t: Token) => {
    if (ended) throw new Error('content after the end of the array');
    if (depth === 0 && t.name !== 'startArray') {
      throw new ExtractError('UNREADABLE', `${name}: not a JSON array of records${t.name === 'startObject' ? ' (the file holds one object; wrap it in [ ])' : ''}`);
    }
    switch (t.name) {
      case 'startArray':
      case 'startObject':
        if (depth++ === 0) break;
        size++;
        // Objects without a prototype: a key named "__proto__" is a plain key, as in JSON.parse.
        if (!over) {
          stack.push(t.name === 'startArray' ? [] : (Object.create(null) as Record<string, unknown>));
          keys.push('');
        }
        break;
      case 'endArray':
      case 'endObject':
        if (--depth === 0) {
          ended = true;
          break;
        }
        if (over) {
          if (depth === 1) ready = { tooLarge: size };
          break;
        }
        keys.pop();
        put(stack.pop());
        break;
      case 'startKey':
      case 'startString':
      case 'startNumber':
        parts = [];
        break;
      case 'stringChunk':
      case 'numberChunk': {
        const s = t.value as string;
        size += s.length;
        if (size > maxItem && !over) {
          over = true;
          stack.length = 0;
          keys.length = 0;
        }
        if (!over) parts.push(s);
        break;
      }
      case 'endKey':
        if (!over) keys[keys.length - 1] = parts.join('');
        break;
      case 'endString':
        put(over ? null : parts.join(''));
        break;
      case 'endNumber':
        put(over ? null : Number(parts.join('')));
        break;
      case 'nullValue':
      case 'trueValue':
      case 'falseValue':
        size += 4;
        put(t.value);
        break;
      default:
        break;
    }
  };

  function* run(chunk: string | typeof none): Generator<ArrayItem> {
    let out: unknown;
    try {
      out = parse(chunk);
    } catch (err) {
      if (!sawText) throw new ExtractError('EMPTY', `${name}: no JSON array of records (an empty file)`);
      throw new ExtractError('UNREADABLE', `${name}: invalid JSON (${String((err as Error).message).split('\n', 1)[0]})`);
    }
    if (!isMany(out)) return;
    for (const t of getManyValues(out) as Token[]) {
      started = true;
      try {
        step(t);
      } catch (err) {
        if (err instanceof ExtractError) throw err;
        throw new ExtractError('UNREADABLE', `${name}: invalid JSON (${(err as Error).message})`);
      }
      if (ready) {
        const item: ArrayItem = ready;
        ready = null;
        size = 0;
        over = false;
        yield item;
      }
    }
  }

  let first = true;
  for await (const chunk of input) {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text) {
      text = text.replace(/^\uFEFF/, '');
      first = false;
    }
    sawText ||= /\S/.test(text);
    if (text) yield* run(text);
  }
  yield* run(none);
  if (!started) throw new ExtractError('EMPTY', `${name}: no JSON array of records (an empty file)`);
  if (!ended) throw new ExtractError('UNREADABLE', `${name}: the JSON array is cut short`);
}
