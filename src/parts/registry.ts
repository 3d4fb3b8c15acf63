// THE list of the picture's parts, in reading order: one line per part. Everything that names the
// parts — the store's views, the presentation steps' schema, the overview, the full panels, search,
// "cite this", the panels' keys of marks — reads this list. A part's metadata is its folder's
// part.ts; its code (full panel, stage, export figure) its folder's forms.ts, which the app finds by
// the part's name (src/app/partForms.ts). Adding a part: its folder, then one line here.
//
// The lowest tier (parts/): the model and the store read it, so it holds metadata only — no React,
// no import() (the build's data plugin, loaded with vite.config.ts, reads the model and could not
// bundle a feature's CSS). The loaders live a tier up, in each forms.ts.
import type { PartMeta, PartText } from './types.ts';
import leadership from '../features/leadership/part.ts';
import precision from '../features/precision/part.ts';
import fourFocuses from '../features/four-focuses/part.ts';
import exitCriteria from '../features/exit-criteria/part.ts';
import funding from '../features/funding/part.ts';
import policies from '../features/policies/part.ts';
import campaignMap from '../features/campaign-map/part.ts';
import timeline from '../features/timeline/part.ts';

const BUILT_IN = [leadership, precision, fourFocuses, exitCriteria, funding, policies, campaignMap, timeline] as const;

/** A part's name, as the built-in list has them. */
export type PartName = (typeof BUILT_IN)[number]['name'];

/** The parts, in reading order (the built-in ones, then any a test registered: app/partForms.ts registerPart). */
export const PARTS: readonly PartMeta[] = [...BUILT_IN];

/** The built-in parts' names, in reading order (a tuple, for the presentation steps' schema). */
export const PART_NAMES = BUILT_IN.map((p) => p.name) as unknown as readonly [PartName, ...PartName[]];

const byName = new Map<string, PartMeta>(PARTS.map((p) => [p.name, p]));

/** The part with this name, if there is one (a URL, a presentation step or a dataset may name any string). */
export function partMeta(name: string): PartMeta | undefined {
  return byName.get(name);
}

export function isPartName(name: string): boolean {
  return byName.has(name);
}

/** The part that draws a data file's entities (by file name, any folder), if one does. */
export function partOfFile(file: string): PartMeta | undefined {
  const base = file.replace(/^.*\//, '');
  return PARTS.find((p) => p.files.includes(base));
}

/**
 * The part that draws an entity: the one drawn from its data file. Takes the model's `sectionOf`
 * (entity id → its file) by shape, so the parts tier still imports nothing of the model's.
 */
export function partOfEntity(model: { readonly sectionOf: ReadonlyMap<string, { readonly file: string }> }, id: string): PartMeta | undefined {
  const file = model.sectionOf.get(id)?.file;
  return file === undefined ? undefined : partOfFile(file);
}

/** What a part is called where it is listed (the overview's heading where shorter). */
export function partTitle(name: string, where: 'panel' | 'overview' = 'panel'): PartText | undefined {
  const p = byName.get(name);
  return p && (where === 'overview' ? (p.shortTitle ?? p.title) : p.title);
}

/**
 * Adds a part's metadata at run time, after the built-in ones. Only through app/partForms.ts's
 * registerPart (which adds its forms and its view too), for tests: the app registers none.
 */
export function addPart(meta: PartMeta): void {
  if (byName.has(meta.name)) throw new Error(`registerPart: a part named "${meta.name}" is already registered`);
  (PARTS as PartMeta[]).push(meta);
  byName.set(meta.name, meta);
}
