// What a part of the picture is (its metadata), and the forms it has. The lowest tier of src/: the
// model (presentation steps name parts), the store (views name parts) and every feature read it, so
// it imports nothing. A part's own metadata is its folder's `part.ts` (features/<part>/part.ts, the
// same tier); its code — the full panel, a presentation stage, an export figure — is its folder's
// `forms.ts` (the features tier: it may import() React code), found by the app by folder name
// (src/app/partForms.ts). The list of parts, in reading order, is src/parts/registry.ts.

/** A text in both languages (the model's Bilingual, restated here: this tier imports nothing). */
export interface PartText {
  zh: string;
  en: string;
}

/** Where the one-screen overview places a part (its columns follow the printed poster). */
export type OverviewColumn = 'lead' | 'center' | 'right' | 'bottom';

/**
 * The overview's compact forms (features/overview): a part names the one that draws it. `list` is
 * the plain form any part has: its data files' entities as a list, so a new part shows in the
 * overview before it has a form of its own.
 */
export type OverviewForm = 'leaders' | 'precisions' | 'funds' | 'exit-levels' | 'focuses' | 'policy-matrix' | 'branches' | 'events' | 'list';

export interface PartMeta<N extends string = string> {
  /** The part's name: its folder under features/, `data-panel`, `data-part`, `view=<name>` in the URL. */
  name: N;
  /** The full panel's heading (search names a result's panel by it, a failed panel by it). */
  title: PartText;
  /**
   * The built-in data's section name for the part (its file's `section`), which the titles abbreviate: a
   * dataset that names its part the same is titled with them, one that names it otherwise by its own
   * section name (shared/partTitle.ts).
   */
  section?: PartText;
  /** The overview's heading for the part, where it is shorter than the panel's. */
  shortTitle?: PartText;
  /** The data files the part draws (file names under data/): search reveals an entity in the part of its file. */
  files: readonly string[];
  /** The source "cite this" names for the part as a whole (an id in data/sources.json). */
  source: string;
  /** The URL parameters the part's own view keeps (besides sel, lang, view, step). */
  urlKeys?: readonly string[];
  /** The full panel spans the grid's width. */
  wide?: boolean;
  /** The full panel's code is heavy (ECharts, the zoomable mind map): a page opening on the full panels does not wait for it. */
  heavy?: boolean;
  /** The state a presentation step may set for the part's full panel (data/presentation.json `state`; useStepPanelState). */
  stepState?: readonly ('mapLevel' | 'fundView')[];
  /** The full panel fills a presentation stage by itself (its viewport is flexible) rather than being zoomed to fit it. */
  fillsStage?: boolean;
  /** The panel also draws what realises its entities, from every file (the six areas' lanes): their marks count in its key. */
  drawsRealisers?: boolean;
  /** The panel draws interpretive links differently (dashed or hollow): its key shows "our reading". */
  drawsReadings?: boolean;
  /**
   * The overview's compact form of the part, its column, and its place in the book's reading order
   * (within its column on the poster; the jump menu's and the phone's order, where the parts stack).
   */
  overview: { form: OverviewForm; column: OverviewColumn; order: number };
  /** The printed poster's second page adds this part's table (features/overview/PrintSheet.tsx). */
  print?: 'fund-table';
  /** What the comparison of two pictures (features/compare) sets side by side for this part. */
  compare?: 'fund-shares' | 'policy-sets' | 'exit-criteria';
}

/** Keeps a part's name a literal type (so the registry can derive PartName from its list). */
export function definePart<const N extends string>(meta: PartMeta<N>): PartMeta<N> {
  return meta;
}

/** A module a form is loaded from: its default export. */
export type FormModule<C = unknown> = { default: C };

/**
 * A part's code: its features/<part>/forms.ts. Every slot is a thunk, so listing the forms loads
 * nothing; each slot's module is its own chunk. `stage` and `figure` are optional: a part without
 * them is presented by its overview form (enlarged) or its full panel, and exported as its panel's
 * picture.
 */
export interface PartForms {
  /** The full panel (features/<part>/index.ts, its default export). */
  load: () => Promise<FormModule>;
  /** The part's own form for a presentation stage. */
  stage?: () => Promise<FormModule>;
  /** The part's composed export figure. */
  figure?: () => Promise<FormModule>;
}
