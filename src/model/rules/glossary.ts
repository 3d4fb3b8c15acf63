// The English side of the data: one glossary (a Chinese term → the one English rendering we use,
// with a one-line explanation in both languages) and our translations of the book's quotes.
// Two rules keep them honest, run by validate.ts over the raw files:
//   - every English label, section name or description whose Chinese contains a glossary term
//     uses the glossary's rendering (so 驻村工作队 cannot drift back to four renderings);
//   - every quote from the book has our English translation, and no translation is orphaned.
// Quote translations live in their own file, keyed by the exact Chinese quote, so that the
// Chinese data can be corrected without touching the English and vice versa.
import { z } from 'zod';
import { Bilingual, Id } from '../schema';

export const GLOSSARY_FILE = 'glossary.json';
export const QUOTE_TRANSLATIONS_FILE = 'quote-translations.json';

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
  })
  .strict();

export const GlossaryFile = z
  .object({ $comment: z.string().optional(), terms: z.array(GlossaryTerm).min(1, 'at least one term') })
  .strict();

export const QuoteTranslation = z
  .object({
    en: NonEmpty,
    /** Who translated it: shown next to the translation so that nobody takes it for the book's words. */
    by: z.literal('our translation'),
  })
  .strict();

export const QuoteTranslationsFile = z
  .object({ $comment: z.string().optional(), quotes: z.record(z.string(), QuoteTranslation) })
  .strict();

export type GlossaryTerm = z.infer<typeof GlossaryTerm>;
export type QuoteTranslation = z.infer<typeof QuoteTranslation>;

export interface EnglishProblem {
  file: string;
  path: string;
  message: string;
}

/** Where a glossary term occurs in a Chinese text. */
export interface TermHit {
  term: GlossaryTerm;
  /** The term's index in the glossary. */
  index: number;
  start: number;
  end: number;
}

/**
 * The glossary terms in a Chinese text, left to right. Longer terms win over the shorter ones
 * inside them (四个紧扣 is one term; the 紧扣 inside it is not a second one), and hits never overlap.
 */
export function termsIn(zh: string, terms: readonly GlossaryTerm[]): TermHit[] {
  const byLength = terms.map((term, index) => ({ term, index })).sort((a, b) => b.term.zh.length - a.term.zh.length);
  const taken = new Array<boolean>(zh.length).fill(false);
  const hits: TermHit[] = [];
  for (const { term, index } of byLength) {
    let from = 0;
    for (;;) {
      const at = zh.indexOf(term.zh, from);
      if (at < 0) break;
      const end = at + term.zh.length;
      let free = !term.notIn?.some((word) => insideWord(zh, word, at, end));
      for (let i = at; i < end; i++) if (taken[i]) free = false;
      if (free) {
        for (let i = at; i < end; i++) taken[i] = true;
        hits.push({ term, index, start: at, end });
      }
      from = at + 1;
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Whether zh[start, end) lies inside an occurrence of `word`. */
function insideWord(zh: string, word: string, start: number, end: number): boolean {
  for (let p = zh.indexOf(word); p >= 0; p = zh.indexOf(word, p + 1)) if (p <= start && end <= p + word.length) return true;
  return false;
}

/** Case, hyphens, dashes and curly quotes do not make a different rendering. */
export function normalizeEnglish(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‐-―-]/g, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Where an English text (in the same language, any letter case) contains a term's rendering. */
export function findRendering(en: string, rendering: string): { start: number; end: number } | null {
  // Same-length normalisation (one character for one), so positions carry over to the original.
  const flat = (s: string) => s.toLowerCase().replace(/[‐-―-]/g, ' ').replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
  const at = flat(en).indexOf(flat(rendering));
  return at < 0 ? null : { start: at, end: at + rendering.length };
}

/** The problems with one bilingual text: each glossary term in its Chinese must be rendered as the glossary says. */
export function renderingProblems(text: { zh: string; en: string }, terms: readonly GlossaryTerm[], file: string, path: string): EnglishProblem[] {
  const en = normalizeEnglish(text.en);
  return termsIn(text.zh, terms)
    .filter((h) => !en.includes(normalizeEnglish(h.term.en)))
    .map((h) => ({
      file,
      path: `${path}.en`,
      message: `expected the glossary's rendering "${h.term.en}" for ${h.term.zh} (${GLOSSARY_FILE} terms[${h.index}]); found "${text.en}"`,
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
    if (isBilingual(e.description)) yield { path: `entities[${i}].description`, text: e.description };
    if (Array.isArray(e.measures)) {
      for (const [k, m] of e.measures.entries()) if (isObj(m) && isBilingual(m.label)) yield { path: `entities[${i}].measures[${k}].label`, text: m.label };
    }
  }
}

/** Every quote a graph file cites, with its place: entity sources, figure sources and link sources. */
export function* quotesIn(file: unknown): Generator<{ path: string; source: string; quote: string }> {
  if (!isObj(file)) return;
  const refs = function* (list: unknown, base: string) {
    if (!Array.isArray(list)) return;
    for (const [k, r] of list.entries()) {
      if (isObj(r) && typeof r.source === 'string' && typeof r.quote === 'string') yield { path: `${base}[${k}].quote`, source: r.source, quote: r.quote };
    }
  };
  if (Array.isArray(file.entities)) {
    for (const [i, e] of file.entities.entries()) {
      if (!isObj(e)) continue;
      yield* refs(e.sources, `entities[${i}].sources`);
      if (Array.isArray(e.measures)) for (const [k, m] of e.measures.entries()) if (isObj(m)) yield* refs(m.sources, `entities[${i}].measures[${k}].sources`);
    }
  }
  if (Array.isArray(file.links)) for (const [i, l] of file.links.entries()) if (isObj(l)) yield* refs(l.sources, `links[${i}].sources`);
}

export interface EnglishData {
  glossary: GlossaryTerm[];
  quoteTranslations: Map<string, QuoteTranslation>;
}

export interface EnglishContext {
  graphFiles: readonly string[];
  /** Source id → its type, for the sources that parsed. */
  sourceType: (id: string) => 'book' | 'web' | undefined;
  /** Parses a file with its schema, pushing its problems; undefined when it failed. */
  parse: <T>(schema: z.ZodType<T>, file: string) => T | undefined;
}

/** The glossary and quote-translation rules over the raw data folder. */
export function checkEnglish(raw: Record<string, unknown>, ctx: EnglishContext): { problems: EnglishProblem[]; data?: EnglishData } {
  const problems: EnglishProblem[] = [];
  const glossaryFile = ctx.parse(GlossaryFile, GLOSSARY_FILE);
  const quotesFile = ctx.parse(QuoteTranslationsFile, QUOTE_TRANSLATIONS_FILE);
  const terms = glossaryFile?.terms ?? [];
  const seenTerms = new Set<string>();
  terms.forEach((t, i) => {
    if (seenTerms.has(t.zh)) problems.push({ file: GLOSSARY_FILE, path: `terms[${i}].zh`, message: `expected each term once; "${t.zh}" repeats` });
    seenTerms.add(t.zh);
    if (t.source !== undefined && ctx.sourceType(t.source) === undefined) problems.push({ file: GLOSSARY_FILE, path: `terms[${i}].source`, message: `expected a source id from sources.json; "${t.source}" is not there` });
  });
  const quoted = new Set<string>();
  for (const file of ctx.graphFiles) {
    const content = raw[file];
    if (glossaryFile) for (const { path, text } of renderedTexts(content)) problems.push(...renderingProblems(text, terms, file, path));
    for (const q of quotesIn(content)) {
      if (ctx.sourceType(q.source) !== 'book') continue;
      quoted.add(q.quote);
      if (quotesFile && !Object.hasOwn(quotesFile.quotes, q.quote))
        problems.push({ file, path: q.path, message: `expected our English translation of "${q.quote}" in ${QUOTE_TRANSLATIONS_FILE}` });
    }
  }
  if (quotesFile) {
    for (const key of Object.keys(quotesFile.quotes)) {
      if (!quoted.has(key)) problems.push({ file: QUOTE_TRANSLATIONS_FILE, path: `quotes[${JSON.stringify(key)}]`, message: 'expected a quote the data cites from the book; nothing cites this one (orphaned translation)' });
    }
  }
  if (!glossaryFile || !quotesFile) return { problems };
  return { problems, data: { glossary: terms, quoteTranslations: new Map(Object.entries(quotesFile.quotes)) } };
}
