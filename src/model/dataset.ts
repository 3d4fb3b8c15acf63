// The built-in Lankao data, validated at build time by scripts/lib/data-plugin.ts (no fetch: the
// app also runs from file://). The page assembles it without a schema library.
//
// The glossary and the quote translations (about 13 KB gzip) are a chunk of their own: the first
// picture shows neither (they explain a hovered term, head the details of a selection and translate
// the book's quotes there), so a Chinese page loads them right after hydration, and a page that
// opens on something that shows them (a selection, full panels) before its first render (src/main.tsx).
// The model is assembled with both empty and given them when they arrive; `subscribeWords` tells
// the few components that show them to render again (shared/useWords.ts).
// The same chunk brings the texts the first picture does not show (descriptions, the book's words
// quoted for each source, links' evidence and notes: laterTexts.ts), put back into the data's own
// objects before anyone is told. What shows them waits for it: the full panels and the search load
// with it, the details and the presentation render again when it arrives.
//
// The start data's labels and other { zh, en } come in one module per language (langTexts.ts): the page
// waits for its own language's before it renders (loadLanguage), and a switch waits for the other's.
import packed from 'virtual:lankao-data';
import { assembleModel, type BuiltInWords } from './assemble';
import { restoreLaterTexts } from './laterTexts';
import { restoreLanguage, TEXT_LANGS, type TextLang } from './langTexts';
import { unpackLinks } from './packedLinks';
import type { Model } from './types';

/** The start data, its links unpacked (model/packedLinks.ts); the languages' and later texts are put back into it. */
const data = unpackLinks(packed);

const LANGUAGE_MODULES: Record<TextLang, () => Promise<{ default: readonly string[] }>> = {
  zh: () => import('virtual:lankao-lang-zh'),
  en: () => import('virtual:lankao-lang-en'),
};
const languageLoads: Partial<Record<TextLang, Promise<void>>> = {};
const languagesHere = new Set<TextLang>();

const textLangs = (lang: TextLang | 'both'): readonly TextLang[] => (lang === 'both' ? TEXT_LANGS : [lang]);

/** Loads the built-in data's words in `lang` ('both': both) into it; once each, again after a failure. */
export function loadLanguage(lang: TextLang | 'both'): Promise<void> {
  const loads = textLangs(lang).map(
    (l) =>
      (languageLoads[l] ??= LANGUAGE_MODULES[l]().then(
        (m) => {
          restoreLanguage(data, l, m.default);
          languagesHere.add(l);
        },
        (error: unknown) => {
          delete languageLoads[l]; // a chunk that did not arrive is asked for again next time
          throw error;
        },
      )),
  );
  return Promise.all(loads).then(() => undefined);
}

/** True when the built-in data's words in `lang` are here (a page in `lang` can render at once). */
export function hasLanguage(lang: TextLang | 'both'): boolean {
  return textLangs(lang).every((l) => languagesHere.has(l));
}

/** The built-in models still without their words (one on a page; the prerender builds one per language). */
const waiting: Model[] = [];
let words: BuiltInWords | null = null;
let loading: Promise<void> | null = null;
let wordsVersion = 0;
const listeners = new Set<() => void>();

function fillWaiting(): void {
  if (!words) return;
  for (const model of waiting.splice(0)) {
    // New objects, not filled in place: whatever a component computed from the empty ones is stale.
    model.glossary = words.glossary.terms;
    model.quoteTranslations = new Map(Object.entries(words.quoteTranslations.quotes));
  }
}

export function builtInModel(): Model {
  const model = assembleModel({ ...data, glossary: { terms: [] }, quoteTranslations: { quotes: {} } });
  waiting.push(model);
  fillWaiting(); // already loaded: filled at once
  return model;
}

/** Loads the glossary and the quote translations into the built-in models; once, whoever asks first. */
export function loadBuiltInWords(): Promise<void> {
  // With both languages' words: what shows the later texts shows the other language too (the details
  // keep the Chinese original, the search finds either, the glossary reads the Chinese label).
  loading ??= Promise.all([import('virtual:lankao-words'), loadLanguage('both')]).then(
    ([m]) => {
      words = m.default;
      restoreLaterTexts(data, words.later);
      fillWaiting();
      wordsVersion++;
      for (const l of listeners) l();
    },
    (error: unknown) => {
      loading = null; // a chunk that did not arrive is asked for again next time
      throw error;
    },
  );
  return loading;
}

/**
 * A part's loader that also brings both languages' words (langTexts.ts): for parts beyond the first
 * picture that show the built-in data in another language than the page's, or in both. With
 * `optional`, a part that can show itself in the page's language does not fail with the other
 * language's chunk (the details): it shows what it has, and the other language's words follow when
 * asked for again (the language switch says so if they cannot come).
 */
export function withBothLanguages<M>(load: () => Promise<M>, { optional = false } = {}): () => Promise<M> {
  return () => Promise.all([load(), optional ? loadLanguage('both').catch(() => undefined) : loadLanguage('both')]).then(([m]) => m);
}

/** Changes when the words arrive (useSyncExternalStore's snapshot). */
export function getWordsVersion(): number {
  return wordsVersion;
}

export function subscribeWords(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
