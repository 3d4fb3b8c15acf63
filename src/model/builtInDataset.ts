// The built-in data files by name, as a data folder holds them: for tests, which re-validate and
// mutate them. The page never imports this (it would pull the glossary and the quote
// translations into the initial JavaScript; see dataset.ts).
import packed from 'virtual:lankao-data';
import words from 'virtual:lankao-words';
import zh from 'virtual:lankao-lang-zh';
import en from 'virtual:lankao-lang-en';
import { GLOSSARY_FILE, GRAPH_FILES, HEADLINE_FILE, PRESENTATION_FILE, QUOTE_TRANSLATIONS_FILE, SOURCES_FILE } from './files';
import type { RawDataset } from './reader';
import { restoreLaterTexts } from './laterTexts';
import { restoreLanguage } from './langTexts';
import { unpackLinks } from './packedLinks';

export function builtInDataset(): RawDataset {
  // The whole data: the start part with both languages' words and the later texts put back (a copy; the
  // page's own data only gets the words it would get anyway, in place, as model/dataset.ts puts them).
  const data = unpackLinks(packed);
  restoreLanguage(data, 'zh', zh);
  restoreLanguage(data, 'en', en);
  const whole = structuredClone(data);
  restoreLaterTexts(whole, words.later);
  const raw: RawDataset = {
    [SOURCES_FILE]: whole.sources,
    [HEADLINE_FILE]: whole.headline,
    [PRESENTATION_FILE]: whole.presentation,
    [GLOSSARY_FILE]: words.glossary,
    [QUOTE_TRANSLATIONS_FILE]: words.quoteTranslations,
  };
  for (const { file, content } of whole.graphs) raw[file] = content;
  if (whole.graphs.length !== GRAPH_FILES.length) throw new Error('the built-in data lacks a graph file');
  return structuredClone(raw);
}
