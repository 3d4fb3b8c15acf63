// The one reader of a data folder, for the CLI (`npm run validate-data`), the build (a Vite
// plugin) and, later, data a user opens in the browser. It takes the folder's entries as bytes,
// so it runs anywhere: no Node, no DOM. Every reader of the data therefore accepts and refuses
// exactly the same files:
//   - exactly the known files (DATA_FILES); an unknown .json is named, with the list of known ones;
//   - strict UTF-8: the first bad byte is named by line, column and byte offset;
//   - a UTF-8 byte-order mark at the start is accepted (and dropped), everywhere alike — editors on
//     Windows write one, and nothing in the data can be confused by it;
//   - JSON by the standard's grammar, with the place of the first error, lone surrogates
//     ("\ud800") refused, and every duplicate key reported (JSON.parse keeps the last in silence);
//   - bounded: at most MAX_VALUES values in a file and 200 levels of nesting, refused with a message
//     before any schema runs (the schema library's issue lists overflow the stack on a wide file), and
//     every place reported in one pass over the text (line and column counted once, not per problem);
//   - "__proto__", "constructor" and "prototype" are refused as field names, in every file: they mean
//     something else to JavaScript objects, and one code path or another would drop or misread them.
import { DATA_FILES } from './files.ts';
import type { Problem } from './problems.ts';

export interface DataEntry {
  /** The entry's name inside the data folder, e.g. "leadership.json". */
  name: string;
  /** The file's bytes; null for a folder (or anything that is not a plain file). */
  bytes: Uint8Array | null;
  /** Why the bytes could not be read (permissions, a broken link), in words. */
  readError?: string;
}

/** The parsed JSON of each file that could be read (file name → value). */
export type RawDataset = Record<string, unknown>;

export interface ReadResult {
  raw: RawDataset;
  /** Known files that exist but could not be read: the validator says nothing more about them. */
  unreadable: Set<string>;
  problems: Problem[];
}

const BOM = [0xef, 0xbb, 0xbf];

/**
 * The most values (objects, lists, strings, numbers…) one data file may hold: Lankao's largest file has
 * about 2,100, the benchmark's 100-times picture about 210,000.
 */
export const MAX_VALUES = 500_000;

/** Field names JavaScript objects give another meaning: refused in every data file. */
const RESERVED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Reads the entries of a data folder. Unknown names are reported; missing files are left to the validator. */
export function readDataset(entries: readonly DataEntry[], known: readonly string[] = DATA_FILES): ReadResult {
  const raw: RawDataset = {};
  const unreadable = new Set<string>();
  const problems: Problem[] = [];
  const knownSet = new Set(known);
  for (const entry of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (!knownSet.has(entry.name)) {
      problems.push({
        file: entry.name,
        path: '',
        message: `found a file the data folder does not use; expected only these files: ${known.join(', ')}`,
      });
      continue;
    }
    if (entry.bytes === null) {
      unreadable.add(entry.name);
      const found = entry.readError ? `a file that could not be read (${entry.readError})` : 'a folder';
      problems.push({ file: entry.name, path: '', message: `found ${found}; expected a JSON file` });
      continue;
    }
    const parsed = parseJsonBytes(entry.bytes);
    if (parsed.ok) raw[entry.name] = parsed.value;
    else unreadable.add(entry.name);
    for (const p of parsed.problems) problems.push({ file: entry.name, path: p.where, message: p.message });
  }
  return { raw, unreadable, problems };
}

export interface JsonProblem {
  /** "line 3, column 7" */
  where: string;
  message: string;
}

export type JsonResult = { ok: true; value: unknown; problems: JsonProblem[] } | { ok: false; problems: JsonProblem[] };

/** Bytes → JSON value: strict UTF-8 (a leading BOM is dropped), then the JSON grammar, with duplicate keys reported. */
export function parseJsonBytes(bytes: Uint8Array, limits: { maxValues?: number } = {}): JsonResult {
  const start = BOM.every((b, i) => bytes[i] === b) ? 3 : 0;
  const bad = firstInvalidUtf8(bytes, start);
  if (bad !== -1) {
    const { line, column } = byteLineColumn(bytes, start, bad);
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return {
      ok: false,
      problems: [
        {
          where: `line ${line}, column ${column}`,
          message: `found the byte 0x${hex} (byte ${bad + 1} of the file), which is not valid UTF-8; expected the file saved as UTF-8`,
        },
      ],
    };
  }
  const text = new TextDecoder('utf-8').decode(start ? bytes.subarray(start) : bytes);
  return parseJsonText(text, limits);
}

/** Index of the first byte that breaks UTF-8 (overlong forms, surrogates and values past U+10FFFF included), or -1. */
export function firstInvalidUtf8(b: Uint8Array, from = 0): number {
  let i = from;
  while (i < b.length) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0;
      if (c === 0xed) hi = 0x9f; // UTF-16 surrogates are not characters
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90;
      if (c === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined) return i;
      if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return i; // name the character's first byte
    }
    i += need + 1;
  }
  return -1;
}

function byteLineColumn(b: Uint8Array, from: number, at: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  for (let i = from; i < at; i++) {
    if (b[i] === 0x0a) {
      line++;
      column = 1;
    } else if ((b[i]! & 0xc0) !== 0x80) column++; // count characters, not continuation bytes
  }
  return { line, column };
}

class JsonSyntaxError extends Error {
  constructor(
    readonly at: number,
    message: string,
  ) {
    super(message);
  }
}

class JsonLimitError extends JsonSyntaxError {}

/** Linked from the leaf up: a value's place costs one small object, not a copy of its parent's path. */
type PathNode = { parent: PathNode; seg: string | number } | null;

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

function describeChar(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the file';
  const code = ch.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return `the control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${ch}"`;
}

/** JSON text → value, by the JSON grammar (RFC 8259). Reports the first syntax error and every duplicate key. */
export function parseJsonText(text: string, { maxValues = MAX_VALUES }: { maxValues?: number } = {}): JsonResult {
  let i = 0;
  let values = 0;
  const duplicates: Array<{ at: number; message: string }> = [];
  /** Line and column of each offset, ascending, in one pass over the text (a position per problem was quadratic). */
  const lineCols = (offsets: readonly number[]): string[] => {
    const out: string[] = [];
    let line = 1;
    let col = 1;
    let k = 0;
    for (const at of offsets) {
      for (; k < at && k < text.length; k++) {
        if (text.charCodeAt(k) === 0x0a) {
          line++;
          col = 1;
        } else if (!(text.charCodeAt(k) >= 0xdc00 && text.charCodeAt(k) <= 0xdfff)) col++;
      }
      out.push(`line ${line}, column ${col}`);
    }
    return out;
  };
  const lineCol = (at: number) => lineCols([at])[0]!;
  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(at, message);
  };
  const skipWs = () => {
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d; c = text.charCodeAt(++i));
  };
  // Called only when the character is not the one expected: the words are built only for a message
  // (built for every key, they were most of the parse's time).
  const expectChar = (what: string): never => fail(`found ${describeChar(text[i])}; expected ${what}`);
  const pathOf = (node: PathNode): string => {
    const segs: Array<string | number> = [];
    for (let n = node; n; n = n.parent) segs.push(n.seg);
    return segs.reverse().reduce<string>((acc, seg) => (typeof seg === 'number' ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
  };

  const parseString = (): string => {
    const open = i;
    i++; // opening quote
    // Most strings have no escape: found by one scan, taken by one slice.
    let end = i;
    for (let c = text.charCodeAt(end); end < text.length && c !== 0x22 && c !== 0x5c && c >= 0x20; c = text.charCodeAt(++end));
    if (text.charCodeAt(end) === 0x22) {
      const plain = text.slice(i, end);
      i = end + 1;
      return plain;
    }
    let out = '';
    for (;;) {
      if (i >= text.length) fail('found the end of the file inside a string; expected a closing "', open);
      const ch = text[i]!;
      if (ch === '"') {
        i++;
        return out;
      }
      const code = ch.charCodeAt(0);
      if (code < 0x20) fail(`found ${describeChar(ch)} inside a string; expected it written as an escape such as \\n`);
      if (ch !== '\\') {
        out += ch;
        i++;
        continue;
      }
      const esc = text[i + 1];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (esc !== undefined && esc in simple) {
        out += simple[esc];
        i += 2;
        continue;
      }
      if (esc !== 'u') fail(`found the escape "\\${esc ?? ''}"; expected one of \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX`);
      const unit = (at: number) => {
        const hex = text.slice(at + 2, at + 6);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail(`found "\\u${hex}"; expected \\u followed by four hexadecimal digits`, at);
        return parseInt(hex, 16);
      };
      const u = unit(i);
      if (u >= 0xd800 && u <= 0xdbff) {
        const low = text.slice(i + 6, i + 8) === '\\u' ? unit(i + 6) : -1;
        if (low < 0xdc00 || low > 0xdfff) fail(`found a lone surrogate "\\u${u.toString(16)}" (half of a character); expected a complete character`);
        out += String.fromCharCode(u, low);
        i += 12;
        continue;
      }
      if (u >= 0xdc00 && u <= 0xdfff) fail(`found a lone surrogate "\\u${u.toString(16)}" (half of a character); expected a complete character`);
      out += String.fromCharCode(u);
      i += 6;
    }
  };

  const parseNumber = (): number => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m) fail(`found ${describeChar(text[i])}; expected a value (a number, string, true, false, null, object or array)`);
    i += m![0].length;
    return Number(m![0]);
  };

  const parseValue = (path: PathNode, depth: number): unknown => {
    if (depth > 200) fail('found objects nested more than 200 deep; expected a flatter file');
    if (++values > maxValues)
      throw new JsonLimitError(
        i,
        `found more than ${maxValues.toLocaleString('en')} values in the file, so it was not checked further; expected a county's picture (Lankao's largest file has about 2,100)`,
      );
    skipWs();
    const ch = text[i];
    if (ch === '{') {
      i++;
      // Own properties even for "__proto__", like JSON.parse.
      const obj: Record<string, unknown> = {};
      const seen = new Set<string>();
      skipWs();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skipWs();
        if (text[i] !== '"') fail(`found ${describeChar(text[i])}; expected a field name in double quotes`);
        const keyAt = i;
        const key = parseString();
        skipWs();
        if (text[i] !== ':') expectChar(`":" after the field name "${key}"`);
        i++;
        const value = parseValue({ parent: path, seg: key }, depth + 1);
        if (RESERVED_KEYS.has(key))
          duplicates.push({
            at: keyAt,
            message: `found the field "${key}"${path ? ` in ${pathOf(path)}` : ''}; expected no field named __proto__, constructor or prototype (JavaScript gives them another meaning)`,
          });
        else if (seen.has(key))
          duplicates.push({
            at: keyAt,
            message: `found the field "${key}" twice${path ? ` in ${pathOf(path)}` : ''}; expected each field once (the second would silently replace the first)`,
          });
        seen.add(key);
        // An own property even for "__proto__" (refused above, but never a prototype); plain assignment is faster for the rest.
        if (key === '__proto__') Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
        else obj[key] = value;
        skipWs();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] !== '}') expectChar(`"," or "}" after the value of "${key}"`);
        i++;
        return obj;
      }
    }
    if (ch === '[') {
      i++;
      const arr: unknown[] = [];
      skipWs();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(parseValue({ parent: path, seg: arr.length }, depth + 1));
        skipWs();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] !== ']') expectChar(`"," or "]" after item ${arr.length - 1} of the list`);
        i++;
        return arr;
      }
    }
    if (ch === '"') return parseString();
    if (text.startsWith('true', i)) return ((i += 4), true);
    if (text.startsWith('false', i)) return ((i += 5), false);
    if (text.startsWith('null', i)) return ((i += 4), null);
    return parseNumber();
  };

  try {
    const value = parseValue(null, 0);
    skipWs();
    if (i < text.length) fail(`found ${describeChar(text[i])} after the end of the JSON value; expected nothing more`);
    // Reported in the order of the text (an inner object's keys are met before the key that holds it is checked).
    duplicates.sort((a, b) => a.at - b.at);
    const places = lineCols(duplicates.map((d) => d.at));
    const problems = duplicates.map((d, k) => ({ where: places[k]!, message: d.message }));
    return problems.length ? { ok: false, problems } : { ok: true, value, problems };
  } catch (e) {
    if (e instanceof JsonLimitError) return { ok: false, problems: [{ where: lineCol(e.at), message: e.message }] };
    if (!(e instanceof JsonSyntaxError)) throw e;
    return { ok: false, problems: [{ where: lineCol(e.at), message: `not valid JSON: ${e.message}` }] };
  }
}
