import type { Bilingual, Entity, HeadlineFile, Link, PresentationFile, Source } from './schema';

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
}
