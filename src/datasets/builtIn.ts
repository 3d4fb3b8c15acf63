import type { RawDataset } from '../model/validate';
import type { DataFile } from './types';

/** The built-in data as files, so that it exports as a bundle like any opened dataset. */
export function builtInFiles(raw: RawDataset): DataFile[] {
  const encoder = new TextEncoder();
  return Object.entries(raw).map(([name, json]) => ({ name, bytes: encoder.encode(`${JSON.stringify(json, null, 2)}\n`) }));
}
