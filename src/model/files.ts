// The data folder's file names, in ONE place: the reader refuses any other file, the validator
// parses each of these, the build bundles exactly these. A new data file is one line here (and
// its schema or rule module). No zod here: the app's initial bundle imports this.

/** The part-of-the-picture files: each holds entities and links (schema `GraphFile`). */
export const GRAPH_FILES = [
  'overview.json',
  'leadership.json',
  'precision.json',
  'four-focuses.json',
  'support-and-funding.json',
  'exit-criteria.json',
  'household-policies.json',
  'history.json',
  'campaign-map.json',
] as const;
export const SOURCES_FILE = 'sources.json';
export const HEADLINE_FILE = 'headline.json';
export const PRESENTATION_FILE = 'presentation.json';
export const GLOSSARY_FILE = 'glossary.json';
export const QUOTE_TRANSLATIONS_FILE = 'quote-translations.json';

/** Every file the data folder holds, and nothing else. */
export const DATA_FILES: readonly string[] = [SOURCES_FILE, HEADLINE_FILE, PRESENTATION_FILE, ...GRAPH_FILES, GLOSSARY_FILE, QUOTE_TRANSLATIONS_FILE];

/** Entity, source and measure ids: lowercase ASCII words joined by hyphens (also what the URL accepts). */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
