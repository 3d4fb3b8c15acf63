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

/**
 * A bundle's data files, each as the bytes a folder would hold, or what is wrong with the bundle
 * itself (the data inside is checked later, by the same validator as a folder).
 */
export function unpackBundle(json: unknown, fileName: string): { name: string; files: DataFile[] } | { problem: string } {
  const b = json as Partial<Bundle>;
  if (b.version !== BUNDLE_VERSION)
    return { problem: `found "version": ${JSON.stringify(b.version) ?? 'none'}; expected "version": ${BUNDLE_VERSION}` };
  if (typeof b.files !== 'object' || b.files === null || Array.isArray(b.files))
    return { problem: 'found "files" that is not an object; expected "files" to be an object of data files' };
  const name = typeof b.name === 'string' && b.name.trim() ? b.name : fileName.replace(/\.json$/i, '');
  const files = Object.entries(b.files).map(([n, content]) => ({ name: n, bytes: encoder.encode(`${JSON.stringify(content, null, 2)}\n`) }));
  return { name, files };
}
