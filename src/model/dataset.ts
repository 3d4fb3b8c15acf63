// The built-in Lankao data, validated at build time by scripts/lib/data-plugin.ts (no fetch: the
// app also runs from file://). The page assembles it without a schema library.
import data from 'virtual:lankao-data';
import { assembleModel, type ValidatedData } from './assemble';
import { GLOSSARY_FILE, GRAPH_FILES, HEADLINE_FILE, PRESENTATION_FILE, QUOTE_TRANSLATIONS_FILE, SOURCES_FILE } from './files';
import type { RawDataset } from './reader';
import type { Model } from './types';

const validated = data as ValidatedData;

export function builtInModel(): Model {
  return assembleModel(validated);
}

/** The same files by name, as a data folder holds them (tests re-validate and mutate these). */
export function builtInDataset(): RawDataset {
  const raw: RawDataset = {
    [SOURCES_FILE]: validated.sources,
    [HEADLINE_FILE]: validated.headline,
    [PRESENTATION_FILE]: validated.presentation,
    [GLOSSARY_FILE]: validated.glossary,
    [QUOTE_TRANSLATIONS_FILE]: validated.quoteTranslations,
  };
  for (const { file, content } of validated.graphs) raw[file] = content;
  if (validated.graphs.length !== GRAPH_FILES.length) throw new Error('the built-in data lacks a graph file');
  return structuredClone(raw);
}
