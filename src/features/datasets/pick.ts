// Browser File / DataTransfer objects → the InputItems the intake reads (sizes known before reading).
import type { InputItem } from '../../datasets/intake';

export function fromFile(file: File, path = file.webkitRelativePath || file.name): InputItem {
  return { path, size: file.size, read: async () => new Uint8Array(await file.arrayBuffer()) };
}

export function fromFileList(list: FileList | null): InputItem[] {
  return list ? [...list].map((f) => fromFile(f)) : [];
}

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));

async function entriesOf(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries returns the directory in batches; an empty batch means the end.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** Folders are walked two levels deep at most: a data folder is flat. */
async function walk(entry: FileSystemEntry, depth: number, out: InputItem[]): Promise<void> {
  if (entry.isFile) out.push(fromFile(await fileOf(entry as FileSystemFileEntry), entry.fullPath.replace(/^\//, '')));
  else if (entry.isDirectory && depth < 2) for (const child of await entriesOf(entry as FileSystemDirectoryEntry)) await walk(child, depth + 1, out);
}

export async function fromDrop(data: DataTransfer): Promise<InputItem[]> {
  const entries = [...data.items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  if (entries.length === 0) return fromFileList(data.files);
  const out: InputItem[] = [];
  for (const e of entries) await walk(e, 0, out);
  return out;
}
