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
import data from 'virtual:lankao-data';
import { assembleModel, type BuiltInWords } from './assemble';
import { restoreLaterTexts } from './laterTexts';
import type { Model } from './types';

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
  loading ??= import('virtual:lankao-words').then((m) => {
    words = m.default;
    restoreLaterTexts(data, words.later);
    fillWaiting();
    wordsVersion++;
    for (const l of listeners) l();
  });
  return loading;
}

/** Changes when the words arrive (useSyncExternalStore's snapshot). */
export function getWordsVersion(): number {
  return wordsVersion;
}

export function subscribeWords(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
