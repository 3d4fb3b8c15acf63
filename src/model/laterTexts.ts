// The built-in data in two parts (issue 11, initial JavaScript): what the first picture draws, in
// the page's start JavaScript, and the texts only a later view shows — an entity's description, the
// book's words quoted for each of its sources, a link's evidence and note. Those arrive with the
// glossary and the quote translations right after hydration (model/dataset.ts), about a quarter of
// the start data's gzip bytes. The build splits (scripts/lib/data-plugin.ts) and the page restores
// them into the same objects, so every fact keeps its source everywhere it was reachable before.
//
// What stays at start is what the prerendered page renders: the overview never shows the fields
// moved here. The header's figures (view=all, their own chunk) wait for them; a fund's measures keep
// their quotes (the print sheet's funding table). The presentation's captions and notes and the
// sources' fields only later surfaces read (cite, the details' English titles) come here too.
// tests/model/laterTexts.test.tsx renders the page from the start part and from the whole data and
// requires the same HTML.
// Pure and zod-free (type imports only): the build and the page both use it.
import type { Bilingual, Entity, Link, PresentationStep, Source, SourceRef } from './schema';
import type { BuiltInGraphData } from './assemble';

const REF_TEXT = ['quote', 'note'] as const;
const LINK_TEXT = ['evidence', 'note'] as const;
type RefText = Pick<SourceRef, (typeof REF_TEXT)[number]>;
type LinkText = Pick<Link, (typeof LINK_TEXT)[number]>;
const STEP_TEXT = ['caption', 'notes'] as const;
// What only a later surface reads of a source (the details' English title, "cite this", the picture export's
// credit line): the first picture names a source by its title, section, type and address (the print appendix).
const SOURCE_TEXT = ['titleEn', 'sectionEn', 'publisher', 'pages', 'cite', 'note'] as const;
type SourceText = Pick<Source, (typeof SOURCE_TEXT)[number]>;
type StepText = Pick<PresentationStep, (typeof STEP_TEXT)[number]>;

export interface LaterTexts {
  /** By entity id: its description, and the quote/note of each of its sources (by position; null: none). */
  entities: Record<string, { description?: Bilingual; sources?: Array<RefText | null>; measures?: Array<Array<RefText | null> | null> }>;
  /** By graph file: each link's evidence and note, by position in the file's links (null: none). */
  links: Record<string, Array<LinkText | null>>;
  /** headline.json's intro: the sources of its line (the About shows them; the first picture shows the line only). */
  intro?: SourceRef[];
  /** presentation.json: each step's caption and speaker notes, by position (null: none); only the presentation shows them. */
  steps?: Array<StepText | null>;
  /** sources.json: each source's English title and section, publisher, citation fields and note, by position (null: none). */
  sources?: Array<SourceText | null>;
}

/** Moves `keys` out of `obj` (those it has) into a new object; null when it had none of them. */
function take<T extends object, K extends keyof T>(obj: T, keys: readonly K[]): Pick<T, K> | null {
  const out: Partial<Pick<T, K>> = {};
  for (const k of keys) {
    if (obj[k] === undefined) continue;
    out[k] = obj[k];
    delete obj[k];
  }
  return Object.keys(out).length > 0 ? (out as Pick<T, K>) : null;
}

function takeEntityText(e: Entity): LaterTexts['entities'][string] | null {
  const out: LaterTexts['entities'][string] = { ...take(e, ['description'] as const) };
  const refs = e.sources.map((r) => take(r, REF_TEXT));
  if (refs.some((r) => r !== null)) out.sources = refs;
  // A fund's measures keep theirs: the print sheet's funding table (prerendered) quotes them.
  if (e.kind !== 'fund' && e.measures) {
    const measures = e.measures.map((m) => {
      const texts = m.sources.map((r) => take(r, REF_TEXT));
      return texts.some((t) => t !== null) ? texts : null;
    });
    if (measures.some((m) => m !== null)) out.measures = measures;
  }
  return out.description || out.sources || out.measures ? out : null;
}

/** Splits validated data into the start part and the later texts; `data` itself is left as it was. */
export function splitLaterTexts(data: BuiltInGraphData): { start: BuiltInGraphData; later: LaterTexts } {
  const start = structuredClone(data);
  const later: LaterTexts = { entities: {}, links: {} };
  for (const { file, content } of start.graphs) {
    for (const e of content.entities) {
      const text = takeEntityText(e);
      if (text) later.entities[e.id] = text;
    }
    const links = content.links.map((l) => take(l, LINK_TEXT));
    if (links.some((l) => l !== null)) later.links[file] = links;
  }
  const intro = start.headline.intro;
  if (intro) {
    later.intro = intro.sources;
    intro.sources = [];
  }
  const steps = start.presentation.steps.map((s) => take(s, STEP_TEXT));
  if (steps.some((s) => s !== null)) later.steps = steps;
  const sources = start.sources.sources.map((s) => take(s, SOURCE_TEXT));
  if (sources.some((s) => s !== null)) later.sources = sources;
  return { start, later };
}

/** Puts the later texts back into the start data, in place (the models built from it share its objects). */
export function restoreLaterTexts(data: BuiltInGraphData, later: LaterTexts): void {
  const intro = data.headline.intro;
  if (intro && later.intro && intro.sources.length === 0) intro.sources.push(...later.intro);
  later.sources?.forEach((t, i) => {
    const source = data.sources.sources[i];
    if (t && source) Object.assign(source, t);
  });
  later.steps?.forEach((t, i) => {
    const step = data.presentation.steps[i];
    if (t && step) Object.assign(step, t);
  });
  for (const { file, content } of data.graphs) {
    for (const e of content.entities) {
      const text = later.entities[e.id];
      if (!text) continue;
      if (text.description) e.description = text.description;
      text.sources?.forEach((t, i) => {
        const ref = e.sources[i];
        if (t && ref) Object.assign(ref, t);
      });
      text.measures?.forEach((texts, i) => {
        const refs = e.measures?.[i]?.sources;
        texts?.forEach((t, j) => {
          if (t && refs?.[j]) Object.assign(refs[j], t);
        });
      });
    }
    later.links[file]?.forEach((t, i) => {
      const link = content.links[i];
      if (t && link) Object.assign(link, t);
    });
  }
}
