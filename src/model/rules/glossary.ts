// The English side of the data: one glossary (a Chinese term → the one English rendering we use,
// with a one-line explanation in both languages) and our translations of the book's quotes.
// Two rules keep them honest, run by validate.ts over the raw files:
//   - every English label, section name or description whose Chinese contains a glossary term
//     uses the glossary's rendering (so 驻村工作队 cannot drift back to four renderings);
//   - every quote from the book has our English translation, and no translation is orphaned.
// Quote translations live in their own file, keyed by the exact Chinese quote, so that the
// Chinese data can be corrected without touching the English and vice versa.
import { z } from 'zod';
import { Bilingual, Id, SchemaRef } from '../schema.ts';

import { GLOSSARY_FILE, QUOTE_TRANSLATIONS_FILE } from '../files.ts';
import { normalizeEnglish, termsIn } from '../glossaryText.ts';

export { GLOSSARY_FILE, QUOTE_TRANSLATIONS_FILE };
export { findRendering, normalizeEnglish, termsIn, type TermHit } from '../glossaryText.ts';

const NonEmpty = z.string().trim().min(1, 'a non-empty string');

export const GlossaryTerm = z
  .object({
    zh: NonEmpty,
    /** The rendering every English label uses for this term. */
    en: NonEmpty,
    /** One line saying what the term means, in both languages. */
    explain: Bilingual,
    /** Where an official English rendering exists: its source id in sources.json. */
    source: Id.optional(),
    /** Longer words that contain the term without meaning it (第五个衔接 is not 五个衔接). */
    notIn: z.array(NonEmpty).optional(),
    /**
     * Other Chinese words whose English uses this rendering in the same sense (退出 "exit": 脱贫
     * "exit from poverty", 摘帽 "the exit"), so the term-clash rule (termClash.ts) does not read them
     * as the rendering used for something else.
     */
    sameMeaningIn: z.array(NonEmpty).optional(),
    /**
     * Other words people use for the term, for the search (issue 22): 第一书记 for 因村派人精准, "poverty
     * rate" for 贫困发生率. A query matching one finds the items whose Chinese label holds the term, the
     * item named in `means` first. `source`: where the alias is a fact (第一书记 is the official gloss).
     */
    aliases: z
      .object({
        zh: z.array(NonEmpty).optional(),
        en: z.array(NonEmpty).optional(),
        source: Id.optional(),
        /** The item a person typing an alias most likely means (an entity id), where the term's items are several. */
        means: Id.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const GlossaryFile = z
  .object({ $schema: SchemaRef, $comment: z.string().optional(), terms: z.array(GlossaryTerm).min(1, 'at least one term') })
  .strict();

export const QuoteTranslation = z
  .object({
    en: NonEmpty,
    /** Who translated it: shown next to the translation so that nobody takes it for the book's words. */
    by: z.literal('our translation'),
  })
  .strict();

export const QuoteTranslationsFile = z
  .object({ $schema: SchemaRef, $comment: z.string().optional(), quotes: z.record(z.string(), QuoteTranslation) })
  .strict();

export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
export type QuoteTranslation = z.infer<typeof QuoteTranslation>;
export type GlossaryFile = z.infer<typeof GlossaryFile>;
export type QuoteTranslationsFile = z.infer<typeof QuoteTranslationsFile>;

export interface EnglishProblem {
  file: string;
  path: string;
  message: string;
}

/** The problems with one bilingual text: each glossary term in its Chinese must be rendered as the glossary says. */
export function renderingProblems(text: { zh: string; en: string }, terms: readonly GlossaryTerm[], file: string, path: string): EnglishProblem[] {
  const en = normalizeEnglish(text.en);
  return termsIn(text.zh, terms)
    .filter((h) => !en.includes(normalizeEnglish(h.term.en)))
    .map((h) => ({
      file,
      path: `${path}.en`,
      message: `found "${text.en}"; expected the glossary's rendering "${h.term.en}" for ${h.term.zh} (${GLOSSARY_FILE} terms[${h.index}])`,
    }));
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBilingual = (v: unknown): v is { zh: string; en: string } => isObj(v) && typeof v.zh === 'string' && typeof v.en === 'string';

/** Every bilingual text in a graph file that renders terms: the section, labels, descriptions, figure labels. */
export function* renderedTexts(file: unknown): Generator<{ path: string; text: { zh: string; en: string } }> {
  if (!isObj(file)) return;
  if (isBilingual(file.section)) yield { path: 'section', text: file.section };
  if (!Array.isArray(file.entities)) return;
  for (const [i, e] of file.entities.entries()) {
    if (!isObj(e)) continue;
    if (isBilingual(e.label)) yield { path: `entities[${i}].label`, text: e.label };
    // The overview's short English form renders the label's terms as the label does.
    if (isBilingual(e.label) && isObj(e.short) && typeof e.short.en === 'string')
      yield { path: `entities[${i}].short`, text: { zh: e.label.zh, en: e.short.en } };
    if (isBilingual(e.description)) yield { path: `entities[${i}].description`, text: e.description };
    if (Array.isArray(e.measures)) {
      for (const [k, m] of e.measures.entries())
        if (isObj(m) && isBilingual(m.label)) yield { path: `entities[${i}].measures[${k}].label`, text: m.label };
    }
  }
}

/** Every quote a graph file cites, with its place: entity sources, figure sources, link sources and link evidence. */
export function* quotesIn(file: unknown): Generator<{ path: string; source: string; quote: string }> {
  if (!isObj(file)) return;
  const refs = function* (list: unknown, base: string) {
    if (!Array.isArray(list)) return;
    for (const [k, r] of list.entries()) {
      if (isObj(r) && typeof r.source === 'string' && typeof r.quote === 'string')
        yield { path: `${base}[${k}].quote`, source: r.source, quote: r.quote };
    }
  };
  if (Array.isArray(file.entities)) {
    for (const [i, e] of file.entities.entries()) {
      if (!isObj(e)) continue;
      yield* refs(e.sources, `entities[${i}].sources`);
      if (Array.isArray(e.measures))
        for (const [k, m] of e.measures.entries()) if (isObj(m)) yield* refs(m.sources, `entities[${i}].measures[${k}].sources`);
    }
  }
  // headline.json's intro: the facts of its one line, in the book's words.
  if (isObj(file.intro)) yield* refs(file.intro.sources, 'intro.sources');
  if (!Array.isArray(file.links)) return;
  for (const [i, l] of file.links.entries()) {
    if (!isObj(l)) continue;
    yield* refs(l.sources, `links[${i}].sources`);
    // A link's evidence quotes the book too (the words that show the link), so it is translated like the others.
    const ev = l.evidence;
    if (isObj(ev) && typeof ev.source === 'string' && typeof ev.quote === 'string')
      yield { path: `links[${i}].evidence.quote`, source: ev.source, quote: ev.quote };
  }
}

/** The two English files as their schemas parsed them (what the build bundles; assemble.ts reads them). */
export interface EnglishFiles {
  glossary: GlossaryFile;
  quoteTranslations: QuoteTranslationsFile;
}

export interface EnglishContext {
  graphFiles: readonly string[];
  /** Other files whose book quotes are translated too (headline.json's intro): quotes only, no labels. */
  quoteFiles?: readonly string[];
  /** Whether an entity id is defined (or may be, in a file that did not parse); absent: not checked. */
  isEntity?: (id: string) => boolean;
  /** Source id → its type, for the sources that parsed. */
  sourceType: (id: string) => 'book' | 'web' | undefined;
  /** False when a graph file is missing or unreadable: its quotes are unknown, so no translation can be called orphaned. */
  allGraphFilesRead?: boolean;
  /** Parses a file with its schema, pushing its problems; undefined when it failed. */
  parse: <T>(schema: z.ZodType<T>, file: string) => T | undefined;
}

/** The glossary and quote-translation rules over the raw data folder. */
export function checkEnglish(raw: Record<string, unknown>, ctx: EnglishContext): { problems: EnglishProblem[]; files?: EnglishFiles } {
  const problems: EnglishProblem[] = [];
  const glossaryFile = ctx.parse(GlossaryFile, GLOSSARY_FILE);
  const quotesFile = ctx.parse(QuoteTranslationsFile, QUOTE_TRANSLATIONS_FILE);
  const terms = glossaryFile?.terms ?? [];
  const seenTerms = new Set<string>();
  terms.forEach((t, i) => {
    if (seenTerms.has(t.zh))
      problems.push({ file: GLOSSARY_FILE, path: `terms[${i}].zh`, message: `found "${t.zh}" a second time; expected each term once` });
    seenTerms.add(t.zh);
    if (t.source !== undefined && ctx.sourceType(t.source) === undefined)
      problems.push({
        file: GLOSSARY_FILE,
        path: `terms[${i}].source`,
        message: `found "${t.source}", which sources.json does not list; expected a source id from sources.json`,
      });
    if (t.aliases?.source !== undefined && ctx.sourceType(t.aliases.source) === undefined)
      problems.push({
        file: GLOSSARY_FILE,
        path: `terms[${i}].aliases.source`,
        message: `found "${t.aliases.source}", which sources.json does not list; expected a source id from sources.json`,
      });
    if (t.aliases?.means !== undefined && ctx.isEntity && !ctx.isEntity(t.aliases.means))
      problems.push({
        file: GLOSSARY_FILE,
        path: `terms[${i}].aliases.means`,
        message: `found "${t.aliases.means}", which no data file defines; expected an entity id`,
      });
  });
  // Quote → every place that cites it: a missing translation is one problem, named at its first place.
  const quoted = new Map<string, Array<{ file: string; path: string }>>();
  for (const file of ctx.graphFiles) {
    const content = raw[file];
    if (glossaryFile) for (const { path, text } of renderedTexts(content)) problems.push(...renderingProblems(text, terms, file, path));
    for (const q of quotesIn(content)) {
      if (ctx.sourceType(q.source) !== 'book') continue;
      const places = quoted.get(q.quote) ?? [];
      places.push({ file, path: q.path });
      quoted.set(q.quote, places);
    }
  }
  for (const file of ctx.quoteFiles ?? []) {
    for (const q of quotesIn(raw[file])) {
      if (ctx.sourceType(q.source) !== 'book') continue;
      quoted.set(q.quote, [...(quoted.get(q.quote) ?? []), { file, path: q.path }]);
    }
  }
  if (quotesFile) {
    for (const [quote, [first, ...others]] of quoted) {
      if (Object.hasOwn(quotesFile.quotes, quote)) continue;
      const also = others.length ? ` (also cited at ${others.length} other place(s))` : '';
      problems.push({
        file: first!.file,
        path: first!.path,
        message: `found no English translation of "${quote}"${also}; expected our translation in ${QUOTE_TRANSLATIONS_FILE}, keyed by the exact quote`,
      });
    }
  }
  if (quotesFile && ctx.allGraphFilesRead !== false) {
    for (const key of Object.keys(quotesFile.quotes)) {
      if (!quoted.has(key))
        problems.push({
          file: QUOTE_TRANSLATIONS_FILE,
          path: `quotes[${JSON.stringify(key)}]`,
          message: 'found a translation that nothing in the data cites (orphaned); expected a quote the data cites from the book, word for word',
        });
    }
  }
  if (!glossaryFile || !quotesFile) return { problems };
  return { problems, files: { glossary: glossaryFile, quoteTranslations: quotesFile } };
}
