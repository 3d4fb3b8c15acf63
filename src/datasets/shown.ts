// Which datasets are on screen, as the URL says it (?ds=<stored id>, and &vs=<id> for a
// comparison), and the little the start-up path needs. The opening pipeline is in session.ts,
// loaded on demand.
import type { EntityGraph } from '../core/graph';
import { BUILT_IN_ID, DATASET_ID_PATTERN, type DataFile } from './types';

/** A dataset ready to show: the built-in Lankao picture or one the user opened. */
export interface ShownDataset {
  id: string;
  name: string;
  userSupplied: boolean;
  graph: EntityGraph;
  /** The files as opened (for export); the built-in ones are serialised only when asked. */
  files: () => readonly DataFile[] | Promise<readonly DataFile[]>;
}

export interface DatasetParams {
  ds: string;
  vs: string | null;
}

/** ?ds=<id>&vs=<id>, defensively: anything malformed means the built-in picture, alone. */
export function readDatasetParams(search: string): DatasetParams {
  const p = new URLSearchParams(search.slice(0, 10_000));
  const ok = (v: string | null) => (v !== null && (v === BUILT_IN_ID || DATASET_ID_PATTERN.test(v)) ? v : null);
  return { ds: ok(p.get('ds')) ?? BUILT_IN_ID, vs: ok(p.get('vs')) };
}

export function writeDatasetParams({ ds, vs }: DatasetParams, win: Window = window): void {
  const p = new URLSearchParams(win.location.search);
  if (ds === BUILT_IN_ID && vs === null) p.delete('ds');
  else p.set('ds', ds);
  if (vs === null) p.delete('vs');
  else p.set('vs', vs);
  const q = p.toString();
  win.history.replaceState(win.history.state, '', `${win.location.pathname}${q ? `?${q}` : ''}${win.location.hash}`);
}

/** Entity ids the URL's ?sel= may name: those of every picture on screen. */
let shownGraphs: readonly EntityGraph[] = [];
export function setShownGraphs(graphs: readonly EntityGraph[]): void {
  shownGraphs = graphs;
}
export function isShownEntity(id: string): boolean {
  return shownGraphs.some((g) => g.model.entities.has(id));
}
