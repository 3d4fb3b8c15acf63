// `npm run json-schema`: writes public/schema/*.schema.json from the zod schemas in
// src/model/schema.ts (zod 4's z.toJSONSchema), so editors complete and check a data file that
// names its schema with "$schema". They ship with the app (public/ → the build's schema/ folder).
// A unit test fails when the files here are stale. Cross-file rules (link ends, sums) are not
// expressible in JSON Schema: `npm run validate-data` remains the judge.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import {
  GRAPH_FILES,
  GraphFile,
  HEADLINE_FILE,
  HeadlineFile,
  PRESENTATION_FILE,
  PresentationFile,
  SOURCES_FILE,
  SourcesFile,
} from '../src/model/schema';
import { GLOSSARY_FILE, GlossaryFile, QUOTE_TRANSLATIONS_FILE, QuoteTranslationsFile } from '../src/model/rules/glossary';

export const SCHEMA_DIR = path.resolve(import.meta.dirname, '../public/schema');

const SCHEMAS = {
  'graph-file.schema.json': { schema: GraphFile, title: 'A themed part of the picture (entities and links)', files: [...GRAPH_FILES] },
  'sources.schema.json': { schema: SourcesFile, title: 'Every cited source', files: [SOURCES_FILE] },
  'headline.schema.json': { schema: HeadlineFile, title: 'The header’s figures', files: [HEADLINE_FILE] },
  'presentation.schema.json': { schema: PresentationFile, title: 'The guided presentation’s steps', files: [PRESENTATION_FILE] },
  'glossary.schema.json': { schema: GlossaryFile, title: 'The glossary: one English rendering per Chinese term', files: [GLOSSARY_FILE] },
  'quote-translations.schema.json': {
    schema: QuoteTranslationsFile,
    title: 'Our English translations of the quoted sources, keyed by the exact quote',
    files: [QUOTE_TRANSLATIONS_FILE],
  },
} as const;

/** The schema file a data file names in its "$schema". */
export function schemaFileFor(dataFile: string): string {
  for (const [name, s] of Object.entries(SCHEMAS)) if ((s.files as readonly string[]).includes(dataFile)) return name;
  throw new Error(`no schema for ${dataFile}`);
}

/** Schema file name → its text. */
export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, { schema, title, files }] of Object.entries(SCHEMAS)) {
    const json = {
      ...z.toJSONSchema(schema, { unrepresentable: 'any' }),
      title: `一张图看懂脱贫 data file: ${title}`,
      description: `Generated from src/model/schema.ts by \`npm run json-schema\`. For: ${files.join(', ')}.`,
    };
    out[name] = `${JSON.stringify(json, null, 2)}\n`;
  }
  return out;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (isMain) {
  fs.mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [name, text] of Object.entries(jsonSchemas())) fs.writeFileSync(path.join(SCHEMA_DIR, name), text);
  console.log(`json-schema: wrote ${Object.keys(SCHEMAS).length} schemas to ${path.relative(process.cwd(), SCHEMA_DIR)}/`);
}
