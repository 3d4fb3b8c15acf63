// The built-in data files by name, as a data folder holds them: for tests, which re-validate and
// mutate them. The page never imports this (it would pull the glossary and the quote
// translations into the initial JavaScript; see dataset.ts).
import data from 'virtual:lankao-data';
import words from 'virtual:lankao-words';
import { GLOSSARY_FILE, GRAPH_FILES, HEADLINE_FILE, PRESENTATION_FILE, QUOTE_TRANSLATIONS_FILE, SOURCES_FILE } from './files';
import type { RawDataset } from './reader';

export function builtInDataset(): RawDataset {
  const raw: RawDataset = {
    [SOURCES_FILE]: data.sources,
    [HEADLINE_FILE]: data.headline,
    [PRESENTATION_FILE]: data.presentation,
    [GLOSSARY_FILE]: words.glossary,
    [QUOTE_TRANSLATIONS_FILE]: words.quoteTranslations,
  };
  for (const { file, content } of data.graphs) raw[file] = content;
  if (data.graphs.length !== GRAPH_FILES.length) throw new Error('the built-in data lacks a graph file');
  return structuredClone(raw);
}
