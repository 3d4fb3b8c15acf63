import type { Bilingual, Entity, HeadlineFile, Link, PresentationFile, Source } from './schema';
import type { GlossaryTerm, QuoteTranslation } from './rules/glossary';

export interface SectionInfo {
  file: string;
  label: Bilingual;
  comment?: string;
}

/** The validated data: what every other stage reads. Immutable after load (the built-in glossary and quote translations arrive just after it: model/dataset.ts). */
export interface Model {
  entities: ReadonlyMap<string, Entity>;
  entityList: readonly Entity[];
  links: readonly Link[];
  sources: ReadonlyMap<string, Source>;
  headline: HeadlineFile['headline'];
  /** What a first-time visitor reads first (headline.json's intro), if the data has one. */
  intro?: HeadlineFile['intro'];
  /** How many texts of a user's dataset had no English and show their Chinese in the English view (model/validate.ts). */
  englishFromChinese?: number;
  /** The picture's name (headline.json), the page's title; absent in data made before it existed. */
  name?: Bilingual;
  presentation: PresentationFile['steps'];
  sections: readonly SectionInfo[];
  sectionOf: ReadonlyMap<string, SectionInfo>;
  /** Chinese term → the one English rendering and its explanation (data/glossary.json). */
  glossary: readonly GlossaryTerm[];
  /** Exact Chinese book quote → our English translation (data/quote-translations.json). */
  quoteTranslations: ReadonlyMap<string, QuoteTranslation>;
}
