// Where a part's figure for a paper (shared/figure.ts) comes from: its descriptor's `figure` slot
// (features/<part>/forms.ts, found by name in app/partForms.ts). shared/ may not import the app or
// the features, so the full panels' chunk hands the lookup over here; the panels' tools and the
// presentation's handouts then ask for a figure by part name, and its module loads only then.
import type { PartFigure } from './figure';

export type FigureLoader = () => Promise<{ default: unknown }>;
export type FigureSource = (part: string) => FigureLoader | undefined;

let source: FigureSource = () => undefined;

export function provideFigures(lookup: FigureSource): void {
  source = lookup;
}

/** Whether the part has a figure form (else its panel is saved as a picture of itself). */
export function hasFigure(part: string): boolean {
  return source(part) !== undefined;
}

/** The part's figure function, loaded on first use. */
export async function loadFigure(part: string): Promise<PartFigure> {
  const load = source(part);
  if (!load) throw new Error(`No figure for the part "${part}"`);
  return (await load()).default as PartFigure;
}
