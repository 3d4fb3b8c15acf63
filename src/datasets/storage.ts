// Opened datasets are kept in the browser's IndexedDB (idb-keyval, loaded on first use), so a
// reload — or a link with ?ds=<id> in the same browser — shows the same picture. Only the files'
// text is kept; it is validated again on every load, so a stored dataset can never bypass the rules.
import type { DataFile } from './types';

export interface StoredDataset {
  id: string;
  name: string;
  savedAt: string;
  files: { name: string; text: string }[];
}

async function db() {
  const { createStore, get, set, del } = await import('idb-keyval');
  const store = createStore('lankao-datasets', 'datasets');
  return {
    get: (id: string) => get<StoredDataset>(id, store),
    set: (rec: StoredDataset) => set(rec.id, rec, store),
    del: (id: string) => del(id, store),
  };
}

function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return [...bytes]
    .map((b) => b.toString(36).padStart(2, '0'))
    .join('')
    .slice(0, 12);
}

export async function saveDataset(name: string, files: readonly DataFile[]): Promise<StoredDataset> {
  const decoder = new TextDecoder();
  const rec: StoredDataset = {
    id: newId(),
    name,
    savedAt: new Date().toISOString(),
    files: files.map((f) => ({ name: f.name, text: decoder.decode(f.bytes) })),
  };
  await (await db()).set(rec);
  return rec;
}

export async function loadStored(id: string): Promise<StoredDataset | undefined> {
  try {
    return await (await db()).get(id);
  } catch {
    return undefined; // IndexedDB unavailable (private mode, file:// in some browsers): treated as not found
  }
}

export function storedFiles(rec: StoredDataset): DataFile[] {
  const encoder = new TextEncoder();
  return rec.files.map((f) => ({ name: f.name, bytes: encoder.encode(f.text) }));
}

/** Every kept dataset's id and name, newest first. */
export async function listStored(): Promise<{ id: string; name: string }[]> {
  try {
    const { createStore, values } = await import('idb-keyval');
    const all = await values<StoredDataset>(createStore('lankao-datasets', 'datasets'));
    return all.sort((a, b) => b.savedAt.localeCompare(a.savedAt)).map((r) => ({ id: r.id, name: r.name }));
  } catch {
    return [];
  }
}
