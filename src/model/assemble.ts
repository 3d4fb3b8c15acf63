// Validated files → the Model every panel reads. Pure and zod-free: the build validates the data
// (src/model/validate.ts, through scripts/data-plugin.ts) and the page only assembles it, so the
// initial bundle carries no schema library.
import type { GraphFile, HeadlineFile, PresentationFile, SourcesFile, Entity, Link, Source } from './schema.ts';
import type { Model, SectionInfo } from './types.ts';
import type { GlossaryFile, QuoteTranslation, QuoteTranslationsFile } from './rules/glossary.ts';
import type { LaterTexts } from './laterTexts.ts';

/** Every file, as its schema parsed it (strings trimmed, no unknown fields). */
export interface ValidatedData {
  sources: SourcesFile;
  headline: HeadlineFile;
  presentation: PresentationFile;
  /** The graph files in the order of GRAPH_FILES. */
  graphs: ReadonlyArray<{ file: string; content: GraphFile }>;
  glossary: GlossaryFile;
  quoteTranslations: QuoteTranslationsFile;
}

/**
 * The built-in data as the page receives it at start, and the part that follows (src/model/dataset.ts):
 * the glossary, the quote translations and the texts the start part leaves out (laterTexts.ts).
 */
export type BuiltInWords = Pick<ValidatedData, 'glossary' | 'quoteTranslations'> & { later: LaterTexts };
export type BuiltInGraphData = Omit<ValidatedData, keyof BuiltInWords>;

export function assembleModel(data: ValidatedData): Model {
  const entities = new Map<string, Entity>();
  const sectionOf = new Map<string, SectionInfo>();
  const sections: SectionInfo[] = [];
  const links: Link[] = [];
  for (const { file, content } of data.graphs) {
    const section: SectionInfo = { file, label: content.section, comment: content.$comment };
    sections.push(section);
    for (const e of content.entities) {
      entities.set(e.id, e);
      sectionOf.set(e.id, section);
    }
    links.push(...content.links);
  }
  return {
    entities,
    entityList: [...entities.values()],
    links,
    sources: new Map<string, Source>(data.sources.sources.map((s) => [s.id, s])),
    headline: data.headline.headline,
    intro: data.headline.intro,
    ...(data.headline.name ? { name: data.headline.name } : {}),
    presentation: data.presentation.steps,
    sections,
    sectionOf,
    glossary: data.glossary.terms,
    quoteTranslations: new Map<string, QuoteTranslation>(Object.entries(data.quoteTranslations.quotes)),
  };
}
