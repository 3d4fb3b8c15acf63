// The Node side of the one data reader (src/model/reader.ts): a folder's entries as bytes. Only
// `.json` names and the known names are listed (a README or .DS_Store beside the data is not
// data); everything else — unknown files, folders, bad bytes — is judged by the reader.
import fs from 'node:fs';
import path from 'node:path';
import { DATA_FILES } from '../../src/model/files.ts';
import { checkDataset, type CheckResult } from '../../src/model/validate.ts';
import type { DataEntry } from '../../src/model/reader.ts';

export function readDataDir(dir: string): DataEntry[] {
  const entries: DataEntry[] = [];
  for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!d.name.endsWith('.json') && !DATA_FILES.includes(d.name)) continue;
    const file = path.join(dir, d.name);
    try {
      entries.push({ name: d.name, bytes: fs.statSync(file).isFile() ? new Uint8Array(fs.readFileSync(file)) : null });
    } catch (e) {
      entries.push({ name: d.name, bytes: null, readError: (e as NodeJS.ErrnoException).code ?? String(e) });
    }
  }
  return entries;
}

/** Every data file of a folder, read and validated: the CLI's and the build's one path. */
export function checkDataDir(dir: string): CheckResult & { files: string[] } {
  const entries = readDataDir(dir);
  return { ...checkDataset(entries), files: entries.map((e) => path.join(dir, e.name)) };
}
