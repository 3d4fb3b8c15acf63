// The build reads data/ through the same reader and validator as `npm run validate-data`, fails
// with the validator's named errors when the data is invalid, and hands the app the already
// validated files as a virtual module. The page then only assembles them (src/model/assemble.ts):
// no schema library in the initial JavaScript, and the CLI and the build cannot disagree.
// LANKAO_DATA_DIR=<folder> builds the same app over another folder (the benchmark's synthetic
// datasets, the hostile-input fixture).
import path from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from '../../src/model/problems.ts';
import { checkDataDir } from './data-dir.ts';
import { splitLaterTexts } from '../../src/model/laterTexts.ts';
import { splitLanguages, TEXT_LANGS, type TextLang } from '../../src/model/langTexts.ts';
import { packLinks, type PackedGraphData } from '../../src/model/packedLinks.ts';
import { assembleModel, type BuiltInGraphData, type ValidatedData } from '../../src/model/assemble.ts';
import { tonedSyllables } from '../../src/features/search/pinyin.ts';
import { hasHan } from '../../src/features/search/reading.ts';

export const DATA_MODULE = 'virtual:lankao-data';
/**
 * The glossary, the quote translations and the texts the first picture does not show (src/model/laterTexts.ts):
 * their own chunk, loaded after the first paint (src/model/dataset.ts).
 */
export const WORDS_MODULE = 'virtual:lankao-words';
/**
 * The pinyin of every built-in label, made here so that search needs no pinyin library in the
 * page (pinyin-pro's dictionary is ~140 KB gzip; this table is a few KB, in the search chunk).
 */
export const READINGS_MODULE = 'virtual:lankao-readings';
/** Each language's strings of the start data (src/model/langTexts.ts): `virtual:lankao-lang-zh`, `…-en`. */
export const LANG_MODULE_PREFIX = 'virtual:lankao-lang-';
const RESOLVED = `\0${DATA_MODULE}`;
const RESOLVED_LANG = `\0${LANG_MODULE_PREFIX}`;
const langOf = (id: string): TextLang | null => {
  const lang = id.startsWith(RESOLVED_LANG) ? id.slice(RESOLVED_LANG.length) : null;
  return TEXT_LANGS.find((l) => l === lang) ?? null;
};
const RESOLVED_WORDS = `\0${WORDS_MODULE}`;
const RESOLVED_READINGS = `\0${READINGS_MODULE}`;
const WORD_FILES = ['glossary', 'quoteTranslations'] as const;

/**
 * A JSON module; JSON.parse of a string literal: the engine parses JSON faster than the same object
 * as code. The files' `$comment`s are for whoever edits data/, the page never shows them (~1.5 KB gzip).
 */
const jsonModule = (value: unknown) =>
  `export default JSON.parse(${JSON.stringify(JSON.stringify(value, (k, v: unknown) => (k === '$comment' ? undefined : v)))});`;

export function lankaoData(dataDir: string | undefined = process.env.LANKAO_DATA_DIR): Plugin {
  let dir = '';
  return {
    name: 'lankao-data',
    configResolved(config) {
      dir = path.resolve(config.root, dataDir ?? 'data');
    },
    resolveId(id) {
      if (id === DATA_MODULE) return RESOLVED;
      if (id === READINGS_MODULE) return RESOLVED_READINGS;
      if (id.startsWith(LANG_MODULE_PREFIX) && langOf(`\0${id}`)) return `\0${id}`;
      return id === WORDS_MODULE ? RESOLVED_WORDS : null;
    },
    load(id) {
      const lang = langOf(id);
      if (id !== RESOLVED && id !== RESOLVED_WORDS && id !== RESOLVED_READINGS && !lang) return null;
      const result = checkDataDir(dir);
      for (const f of result.files) this.addWatchFile(f);
      if (!result.data) {
        const list = result.problems.map((p) => `  ${formatProblem(p)}`).join('\n');
        this.error(`The data in ${dir} has ${result.problems.length} problem(s) (npm run validate-data lists the same):\n${list}`);
      }
      if (id === RESOLVED_READINGS) return jsonModule(builtInReadings(result.data));
      const data: Record<string, unknown> = { ...result.data };
      const words = Object.fromEntries(WORD_FILES.map((k) => [k, data[k]]));
      for (const k of WORD_FILES) delete data[k];
      const { start, later } = splitLaterTexts(data as unknown as BuiltInGraphData);
      if (id === RESOLVED_WORDS) return jsonModule({ ...words, later });
      // As the page will parse it (no $comments), then each language's words apart.
      const parsed = JSON.parse(JSON.stringify(start, (k, v: unknown) => (k === '$comment' ? undefined : v))) as BuiltInGraphData;
      let texts: Record<TextLang, string[]>;
      try {
        texts = splitLanguages(parsed);
      } catch (e) {
        this.error(`The data in ${dir}: ${(e as Error).message}; the build splits the start data's languages apart (src/model/langTexts.ts)`);
      }
      // The links packed (src/model/packedLinks.ts) once their texts are out: the page unpacks them.
      let packed: PackedGraphData;
      try {
        packed = packLinks(parsed);
      } catch (e) {
        this.error(`The data in ${dir}: ${(e as Error).message}`);
      }
      return jsonModule(lang ? texts[lang] : packed);
    },
    configureServer(server) {
      // Editing a data file while `npm run dev` runs re-validates and reloads the page.
      server.watcher.add(dir);
      server.watcher.on('all', (_event, file) => {
        if (path.dirname(path.resolve(file)) !== dir) return;
        for (const resolved of [RESOLVED, RESOLVED_WORDS, RESOLVED_READINGS, ...TEXT_LANGS.map((l) => `${RESOLVED_LANG}${l}`)]) {
          const mod = server.moduleGraph.getModuleById(resolved);
          if (mod) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}

/**
 * Chinese label → its tone-marked syllables, for every entity of the model the page assembles and every alias in the glossary
 * ([] where pinyin-pro gives no reading: the page then knows not to load it for that label).
 */
export function builtInReadings(data: ValidatedData): Record<string, string[]> {
  const table: Record<string, string[]> = {};
  // The glossary's Chinese aliases too (第一书记 → diyi shuji): the search reads them like labels.
  const aliases = data.glossary.terms.flatMap((t) => (t.aliases ? [t.zh, ...(t.aliases.zh ?? [])] : []));
  for (const zh of [...assembleModel(data).entityList.map((e) => e.label.zh), ...aliases]) {
    if (!(zh in table) && hasHan(zh)) table[zh] = tonedSyllables(zh) ?? [];
  }
  return table;
}
