import type { EntityGraph } from '../core/graph';
import { builtInDataset } from '../model/dataset';
import type { RawDataset } from '../model/validate';
import type { ShownDataset } from './shown';
import { BUILT_IN_ID, type DataFile } from './types';

/** The built-in data as files, so that it exports as a bundle like any opened dataset. */
export function builtInFiles(raw: RawDataset): DataFile[] {
  const encoder = new TextEncoder();
  return Object.entries(raw).map(([name, json]) => ({ name, bytes: encoder.encode(`${JSON.stringify(json, null, 2)}\n`) }));
}

/** The built-in Lankao picture as a shown dataset (the page and the build's static render use the same one). */
export function builtInPicture(graph: EntityGraph): ShownDataset {
  return { id: BUILT_IN_ID, name: 'Lankao', userSupplied: false, graph, files: () => builtInFiles(builtInDataset()) };
}
