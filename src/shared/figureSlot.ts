// Where a part's figure (shared/figure.ts) comes from. The one map of parts to their figure modules
// is the app's (app/figures.ts: shared/ may not import features); the full panels' chunk hands it
// over here, so the panels' tools and the presentation's handouts ask for a figure by part name and
// its module loads only then.
import type { PartFigure } from './figure';

export type FigureLoaders = Readonly<Record<string, () => Promise<{ figure: PartFigure }>>>;

let loaders: FigureLoaders = {};

export function provideFigures(map: FigureLoaders): void {
  loaders = map;
}

/** Whether the part has a figure form. */
export function hasFigure(part: string): boolean {
  return part in loaders;
}

/** The part's figure function, loaded on first use. */
export async function loadFigure(part: string): Promise<PartFigure> {
  const load = loaders[part];
  if (!load) throw new Error(`No figure for the part "${part}"`);
  return (await load()).figure;
}
