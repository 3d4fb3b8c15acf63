import { GRAPH_FILES, HEADLINE_FILE, PRESENTATION_FILE, SOURCES_FILE } from './schema';
import { GLOSSARY_FILE, QUOTE_TRANSLATIONS_FILE } from './rules/glossary';

/** Every file the data folder must hold. */
export const DATA_FILES: readonly string[] = [SOURCES_FILE, HEADLINE_FILE, PRESENTATION_FILE, ...GRAPH_FILES, GLOSSARY_FILE, QUOTE_TRANSLATIONS_FILE];
