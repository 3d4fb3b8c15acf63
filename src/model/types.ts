import type { Bilingual, Entity, HeadlineFile, Link, PresentationFile, Source } from './schema';
import type { GlossaryTerm, QuoteTranslation } from './rules/glossary';

export interface SectionInfo {
  file: string;
  label: Bilingual;
  comment?: string;
}

/** The validated data: what every other stage reads. Immutable after load. */
export interface Model {
  entities: ReadonlyMap<string, Entity>;
  entityList: readonly Entity[];
  links: readonly Link[];
  sources: ReadonlyMap<string, Source>;
  headline: HeadlineFile['headline'];
  presentation: PresentationFile['steps'];
  sections: readonly SectionInfo[];
  sectionOf: ReadonlyMap<string, SectionInfo>;
  /** Chinese term → the one English rendering and its explanation (data/glossary.json). */
  glossary: readonly GlossaryTerm[];
  /** Exact Chinese book quote → our English translation (data/quote-translations.json). */
  quoteTranslations: ReadonlyMap<string, QuoteTranslation>;
}
