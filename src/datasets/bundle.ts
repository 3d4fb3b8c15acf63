// One file that carries a whole dataset: what "Export" writes and what the open dialog reads back.
//   { "format": "lankao-picture-bundle", "version": 1, "name": "…", "files": { "<data file>": <its JSON> } }
// The files keep their JSON (not a string of it), so a bundle stays readable and diffable.
import type { DataFile } from './types';

export const BUNDLE_FORMAT = 'lankao-picture-bundle';
export const BUNDLE_VERSION = 1;

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  name: string;
  files: Record<string, unknown>;
}

const encoder = new TextEncoder();

/** The bundle's text for a dataset whose files are already valid JSON text. */
export function makeBundle(name: string, files: readonly DataFile[]): string {
  const decoder = new TextDecoder();
  const out: Bundle = { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, name, files: {} };
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) out.files[f.name] = JSON.parse(decoder.decode(f.bytes));
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Does this parsed JSON claim to be a bundle? (Checked before the shape is trusted.) */
export function looksLikeBundle(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === BUNDLE_FORMAT;
}

const isWs = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/** Past the string that starts at `i` (its opening quote). */
function skipString(text: string, i: number): number {
  for (i++; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i + 1;
  }
  return i;
}

/** Past the value that starts at `i`, without recursion (the text is already known to be valid JSON). */
function skipValue(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return skipString(text, i);
  if (c !== 0x7b && c !== 0x5b) {
    while (i < text.length && !isWs(text.charCodeAt(i)) && !',}]'.includes(text[i]!)) i++;
    return i;
  }
  let depth = 0;
  for (; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d === 0x22) i = skipString(text, i) - 1;
    else if (d === 0x7b || d === 0x5b) depth++;
    else if (d === 0x7d || d === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return i;
}

/** Each member of the object that starts at `from`: its key and where its value's text starts and ends. */
function members(text: string, from: number): { key: string; start: number; end: number }[] {
  const out: { key: string; start: number; end: number }[] = [];
  const ws = (i: number) => {
    while (i < text.length && isWs(text.charCodeAt(i))) i++;
    return i;
  };
  let i = ws(from + 1);
  while (i < text.length && text[i] === '"') {
    const keyEnd = skipString(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    const start = ws(ws(keyEnd) + 1); // past the ":"
    const end = skipValue(text, start);
    out.push({ key, start, end });
    i = ws(end);
    if (text[i] === ',') i = ws(i + 1);
  }
  return out;
}

/**
 * Each data file's own text inside a bundle's text, exactly as written (not re-serialised: `-0` and
 * `1e999` reach the validator as they would in a loose file). Each is put at its own line and column
 * (blank lines and spaces before it), so a place the reader names is the place in the bundle.
 */
export function bundleFileTexts(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const files = members(text, text.indexOf('{')).find((m) => m.key === 'files');
  if (!files || text[files.start] !== '{') return out;
  let line = 1;
  let col = 1;
  let k = 0;
  for (const m of members(text, files.start)) {
    for (; k < m.start; k++) {
      if (text.charCodeAt(k) === 0x0a) {
        line++;
        col = 1;
      } else if (!(text.charCodeAt(k) >= 0xdc00 && text.charCodeAt(k) <= 0xdfff)) col++;
    }
    out.set(m.key, `${'\n'.repeat(line - 1)}${' '.repeat(col - 1)}${text.slice(m.start, m.end)}\n`);
  }
  return out;
}

/**
 * A bundle's data files, each as the bytes a folder would hold, or what is wrong with the bundle
 * itself (the data inside is checked later, by the same validator as a folder). With the bundle's
 * text, each file is its own text from it (bundleFileTexts); without, its JSON serialised again.
 */
export function unpackBundle(json: unknown, fileName: string, text?: string): { name: string; files: DataFile[] } | { problem: string } {
  const b = json as Partial<Bundle>;
  if (b.version !== BUNDLE_VERSION)
    return { problem: `found "version": ${JSON.stringify(b.version) ?? 'none'}; expected "version": ${BUNDLE_VERSION}` };
  if (typeof b.files !== 'object' || b.files === null || Array.isArray(b.files))
    return { problem: 'found "files" that is not an object; expected "files" to be an object of data files' };
  const name = typeof b.name === 'string' && b.name.trim() ? b.name : fileName.replace(/\.json$/i, '');
  const texts = text === undefined ? null : bundleFileTexts(text);
  const files = Object.entries(b.files).map(([n, content]) => ({
    name: n,
    bytes: encoder.encode(texts?.get(n) ?? `${JSON.stringify(content, null, 2)}\n`),
  }));
  return { name, files };
}
