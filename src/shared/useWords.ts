// The glossary, the quote translations and the texts the first picture does not show (descriptions,
// quotes, links' evidence and notes) arrive after the first paint (src/model/dataset.ts).
// A component that shows them calls this, so that it renders again when they arrive (the model then
// holds new glossary and translation objects: memoise on those, not on the graph).
import { useSyncExternalStore } from 'react';
import { getWordsVersion, subscribeWords } from '../model/dataset';

export function useWordsVersion(): number {
  return useSyncExternalStore(subscribeWords, getWordsVersion, getWordsVersion);
}
