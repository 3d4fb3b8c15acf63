// The glossary's explanations on hover and focus (Glossary.tsx): nothing to explain before the
// glossary arrives after the first picture (model/dataset.ts), so their code comes after it too.
import { onDemand } from './useOnDemand';
import { PartBoundary } from './PartLoadFailed';
import { withBothLanguages } from '../model/dataset';

const glossary = onDemand(withBothLanguages(() => import('./Glossary')));

export function TermHints() {
  // Without them (their chunk did not arrive) the terms are still in the text: nothing else to show.
  const { module: loaded } = glossary.useModule(false);
  return loaded ? (
    <PartBoundary name="glossary hints" fallback={() => null}>
      <loaded.TermHints />
    </PartBoundary>
  ) : null;
}
