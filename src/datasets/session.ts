// The steps from "the user chose something" to "a checked dataset ready to show", and the URL's
// part in it (?ds=<stored id>, and &vs=<id> for a comparison). No React here.
import { buildGraph, type EntityGraph } from '../core/graph';
import { DATA_FILES } from '../model/files';
import { gather, type InputItem } from './intake';
import { loadStored, saveDataset, storedFiles } from './storage';
import { BUILT_IN_ID, DATASET_ID_PATTERN, type DataFile, type IntakeProblem } from './types';

/** A dataset ready to show: the built-in Lankao picture or one the user opened. */
export interface ShownDataset {
  id: string;
  name: string;
  userSupplied: boolean;
  graph: EntityGraph;
  /** The files as opened (for export); the built-in ones are serialised only when asked. */
  files: () => readonly DataFile[];
}

export type Opened = { dataset: ShownDataset; kept: boolean } | { problems: IntakeProblem[] };

async function check(files: readonly DataFile[]) {
  // The validator (zod and the rules) is its own chunk: only people who open data pay for it.
  const { validateDataset } = await import('./validateFiles');
  return validateDataset(files);
}

/** Let the browser paint the "checking…" state before the synchronous parse and validation run. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function openItems(items: readonly InputItem[]): Promise<Opened> {
  await nextFrame();
  const got = await gather(items, DATA_FILES);
  if ('problems' in got) return got;
  await nextFrame();
  const result = await check(got.files);
  if ('problems' in result) return result;
  const name = cleanName(got.name);
  let id: string;
  let kept = true;
  try {
    id = (await saveDataset(name, got.files)).id;
  } catch {
    // Without IndexedDB the picture is still shown; it just will not survive a reload.
    kept = false;
    id = 'unsaved';
  }
  return { dataset: { id, name, userSupplied: true, graph: buildGraph(result.model), files: () => got.files }, kept };
}

/** A stored dataset by id, validated again (rules may have changed since it was kept). */
export async function openStored(id: string): Promise<ShownDataset | { missing: true } | { problems: IntakeProblem[] }> {
  if (!DATASET_ID_PATTERN.test(id)) return { missing: true };
  const rec = await loadStored(id);
  if (!rec) return { missing: true };
  const files = storedFiles(rec);
  const result = await check(files);
  if ('problems' in result) return result;
  return { id, name: cleanName(rec.name), userSupplied: true, graph: buildGraph(result.model), files: () => files };
}

/** Names come from file names and bundles: keep them short and free of control characters. */
export function cleanName(name: string): string {
  const flat = name.replace(/\p{Cc}|\p{Cf}/gu, '').trim();
  return (flat.length > 80 ? `${flat.slice(0, 79)}…` : flat) || 'dataset';
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

/** The file a download of `name` gets: letters, digits and dashes, short. */
export function bundleFileName(name: string): string {
  const base = name.normalize('NFKC').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'dataset';
  return `${base}.lankao-bundle.json`;
}
