// Opened datasets are kept in the browser's IndexedDB (idb-keyval, loaded on first use), so a
// reload — or a link with ?ds=<id> in the same browser — shows the same picture. Only the files'
// text is kept; it is validated again on every load, so a stored dataset can never bypass the rules.
//
// What IndexedDB returns is data from outside too (another tab, an older version of this page, a
// browser extension, a damaged profile): every record is checked for its shape before it is used
// (`checkRecord`), and a bad one is named, never a TypeError. The "compare with" list is read from a
// small index (id, name, date, size) kept under its own key, not by reading every dataset in full;
// records kept before the index existed are indexed once, one at a time.
import type { DataFile } from './types';

export interface StoredDataset {
  id: string;
  name: string;
  savedAt: string;
  files: { name: string; text: string }[];
}

/** One kept dataset as the "compare with" list shows it; `damaged` says why it cannot be opened. */
export interface KeptEntry {
  id: string;
  name: string;
  savedAt: string;
  /** The files' text, in UTF-16 code units (what the record holds). */
  size: number;
  damaged?: string;
}

/** The index's key: record keys are ids (DATASET_ID_PATTERN, no colon), so it cannot collide with one. */
export const INDEX_KEY = 'index:v1';
export const DB_NAME = 'lankao-datasets';
export const STORE_NAME = 'datasets';

async function db() {
  const { createStore, get, set, del, keys } = await import('idb-keyval');
  const store = createStore(DB_NAME, STORE_NAME);
  return {
    get: (key: string) => get<unknown>(key, store),
    set: (key: string, value: unknown) => set(key, value, store),
    del: (key: string) => del(key, store),
    keys: () => keys(store),
  };
}

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes]
    .map((b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 12);
}

/** A value as a message names it: "the text …", "the number 5", "a Blob", "a list". */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') return `the number ${v}`;
  if (typeof v !== 'object') return typeof v;
  if (Array.isArray(v)) return 'a list';
  if (typeof Blob !== 'undefined' && v instanceof Blob) return 'a Blob';
  return 'an object';
}

/** The record's shape, checked field by field: the record, or what is wrong with it (in words). */
export function checkRecord(v: unknown, key: string): { record: StoredDataset } | { damaged: string } {
  if (typeof v !== 'object' || v === null || Array.isArray(v) || (typeof Blob !== 'undefined' && v instanceof Blob))
    return { damaged: `found ${kindOf(v)}; expected a kept dataset (an object with id, name, savedAt and files)` };
  const r = v as Record<string, unknown>;
  if (r.id !== key) return { damaged: `found the id ${typeof r.id === 'string' ? `"${r.id.slice(0, 40)}"` : kindOf(r.id)}; expected "${key}"` };
  for (const field of ['name', 'savedAt'] as const)
    if (typeof r[field] !== 'string') return { damaged: `found ${kindOf(r[field])} as "${field}"; expected text` };
  if (!Array.isArray(r.files)) return { damaged: `found ${kindOf(r.files)} as "files"; expected a list of files` };
  for (const [i, f] of r.files.entries()) {
    const file = f as { name?: unknown; text?: unknown } | null;
    if (typeof file !== 'object' || file === null || typeof file.name !== 'string' || typeof file.text !== 'string')
      return { damaged: `found ${kindOf(f)} as files[${i}]; expected a file with a name and its text` };
  }
  return { record: r as unknown as StoredDataset };
}

const sizeOf = (rec: StoredDataset) => rec.files.reduce((n, f) => n + f.text.length, 0);
const entryOf = (rec: StoredDataset): KeptEntry => ({ id: rec.id, name: rec.name, savedAt: rec.savedAt, size: sizeOf(rec) });

/** A name for a damaged record: its own if it has one, else its id. */
function nameOf(v: unknown, key: string): string {
  const n = (v as { name?: unknown } | null)?.name;
  return typeof v === 'object' && v !== null && typeof n === 'string' && n.trim() ? n : key;
}

function checkIndex(v: unknown): KeptEntry[] | null {
  const entries = (v as { entries?: unknown } | null)?.entries;
  if (!Array.isArray(entries)) return null;
  const ok = entries.every(
    (e: Partial<KeptEntry> | null) =>
      typeof e === 'object' &&
      e !== null &&
      typeof e.id === 'string' &&
      typeof e.name === 'string' &&
      typeof e.savedAt === 'string' &&
      typeof e.size === 'number' &&
      (e.damaged === undefined || typeof e.damaged === 'string'),
  );
  return ok ? (entries as KeptEntry[]) : null;
}

type Db = Awaited<ReturnType<typeof db>>;

/**
 * The index, kept in step with the records' keys (a cheap read of keys, no values): a record it does not
 * list (kept before the index existed, or written by another version) is read and indexed, one at a time,
 * so at most one dataset is in memory; a line whose record is gone is dropped.
 */
async function readIndex(d: Db): Promise<KeptEntry[]> {
  const index = checkIndex(await d.get(INDEX_KEY)) ?? [];
  const keys = new Set((await d.keys()).filter((k): k is string => typeof k === 'string' && k !== INDEX_KEY));
  const entries = index.filter((e) => keys.has(e.id));
  const listed = new Set(entries.map((e) => e.id));
  let changed = entries.length !== index.length;
  for (const key of keys) {
    if (listed.has(key)) continue;
    const v = await d.get(key);
    const got = checkRecord(v, key);
    entries.push('record' in got ? entryOf(got.record) : { id: key, name: nameOf(v, key), savedAt: '', size: 0, damaged: got.damaged });
    changed = true;
  }
  if (changed) await d.set(INDEX_KEY, { entries });
  return entries;
}

export async function saveDataset(name: string, files: readonly DataFile[]): Promise<StoredDataset> {
  const decoder = new TextDecoder();
  const rec: StoredDataset = {
    id: newId(),
    name,
    savedAt: new Date().toISOString(),
    files: files.map((f) => ({ name: f.name, text: decoder.decode(f.bytes) })),
  };
  const d = await db();
  const index = await readIndex(d);
  await d.set(rec.id, rec);
  await d.set(INDEX_KEY, { entries: [...index.filter((e) => e.id !== rec.id), entryOf(rec)] });
  return rec;
}

/** A kept record by id: the record, nothing (not kept here, or IndexedDB unavailable), or why it cannot be used. */
export async function loadStored(id: string): Promise<StoredDataset | { damaged: string; name: string } | undefined> {
  let v: unknown;
  try {
    v = await (await db()).get(id);
  } catch {
    return undefined; // IndexedDB unavailable (private mode, file:// in some browsers): treated as not found
  }
  if (v === undefined) return undefined;
  const got = checkRecord(v, id);
  return 'record' in got ? got.record : { damaged: got.damaged, name: nameOf(v, id) };
}

/** Removes a kept dataset and its line in the index. */
export async function removeStored(id: string): Promise<void> {
  const d = await db();
  await d.del(id);
  const index = await readIndex(d);
  await d.set(INDEX_KEY, { entries: index.filter((e) => e.id !== id) });
}

export function storedFiles(rec: StoredDataset): DataFile[] {
  const encoder = new TextEncoder();
  return rec.files.map((f) => ({ name: f.name, bytes: encoder.encode(f.text) }));
}

/** Every kept dataset (from the index), newest first; damaged ones last, each named. */
export async function listStored(): Promise<KeptEntry[]> {
  try {
    const entries = await readIndex(await db());
    return [...entries].sort((a, b) => (a.damaged ? 1 : 0) - (b.damaged ? 1 : 0) || b.savedAt.localeCompare(a.savedAt));
  } catch {
    return [];
  }
}
