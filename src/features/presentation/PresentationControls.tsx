// Guided presentation for trainings, projector first: one part of the picture fills the screen
// (the overview's compact part, enlarged, or the full panel where a step asks for it), the
// caption sits beside it on wide screens and below it on narrow ones — never over it — and the
// header shrinks to one line. Clicker keys: → ← PageDown PageUp Space ↓ ↑ Home End; B or "."
// blacks the screen (again to return); F toggles full screen; Esc leaves. The step is in the
// URL (?step=n).
import { useCallback } from 'react';
import type { PrepareStage, RenderStage } from './PresentationBar';
import type { Model } from '../../model/types';
import { useAppStore } from '../../store/store';
import { useGraph } from '../../shared/GraphProvider';
import { VIEWS } from '../../store/views';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { onDemand } from '../../shared/useOnDemand';
import { loadBuiltInWords, withBothLanguages } from '../../model/dataset';
import { PartBoundary, PartLoadFailed } from '../../shared/PartLoadFailed';
import { startStepFor, stepState, stepsOf } from './steps';
import { PRESENT_TEXT as T } from './text';

/** Go to a step (null leaves the presentation) through the store's actions; `selectedId` overrides the step's entity. */
export function goToStep(model: Model, step: number | null, selectedId?: string): void {
  const store = useAppStore.getState();
  if (step === null) return store.endPresentation();
  const at = stepState(model, stepsOf(model, store.story), step, VIEWS);
  if (at) store.showStep(selectedId ? { ...at, selectedId } : at);
  else store.setStep(null);
}

export function useGoToStep() {
  const graph = useGraph();
  return useCallback((step: number | null, selectedId?: string) => goToStep(graph.model, step, selectedId), [graph]);
}

/**
 * The presentation's keys, for the app's one keyboard handler (paging, black screen, full screen:
 * PresentationBar.tsx's handleStageKey, with the stage's code). Escape is the store's `escape`. Returns
 * whether the key was used; none is while the stage's code is not here (nothing of the stage is shown).
 */
export function handlePresentationKey(e: KeyboardEvent, model: Model): boolean {
  const stageCode = stage.loaded();
  if (useAppStore.getState().step === null || !stageCode) return false;
  return stageCode.handleStageKey(e, model);
}

/** "Present" — or, with something selected, "Present from here": the story starts at the selection. */
export function PresentButton() {
  const lang = useLang();
  const graph = useGraph();
  const goTo = useGoToStep();
  // Whether anything is selected, not which: a click elsewhere does not re-render the button.
  const selected = useAppStore((s) => s.selectedId !== null);
  // The stage's code comes after the first picture, before anyone presses this.
  stage.useModule(false);
  const present = () => {
    const selectedId = useAppStore.getState().selectedId;
    goTo(startStepFor(graph.model, selectedId, stepsOf(graph.model, useAppStore.getState().story)), selectedId ?? undefined);
  };
  return (
    <button type="button" className="present-button" data-action="present" onClick={present}>
      {/* Both labels take the same cell and the inactive one is only hidden, so the button keeps the
          wider label's width: a selection must not re-wrap the header and move the page under the pointer. */}
      <span className="label-swap">
        <span data-active={selected ? undefined : 'true'}>▶ {tr(T.present, lang)}</span>
        <span data-active={selected ? 'true' : undefined}>▶ {tr(T.presentHere, lang)}</span>
      </span>
    </button>
  );
}

// The stage shows itself in the page's language without the other's words if they cannot come. The
// steps' captions and notes are later texts (model/laterTexts.ts): the stage waits for them, and
// presents without them (each slide then shows its entity's description when it comes) if they cannot come.
const stage = onDemand(
  withBothLanguages(() => Promise.all([import('./PresentationBar'), loadBuiltInWords().catch(() => undefined)]).then(([m]) => m), { optional: true }),
);
/** Fetches the stage's code ahead of its first render (a page that opens on ?step=). */
export const preloadPresentation = stage.preload;

/** The whole screen while presenting (PresentationBar.tsx, its own chunk). */
export function Presentation({ renderStage, prepareStage }: { renderStage: RenderStage; prepareStage?: PrepareStage }) {
  const { module: loaded, failed, retry } = stage.useModule(true);
  const lang = useLang();
  const goTo = useGoToStep();
  if (loaded)
    return (
      <PartBoundary name="presentation">
        <loaded.Presentation renderStage={renderStage} prepareStage={prepareStage} />
      </PartBoundary>
    );
  if (!failed) return null;
  return (
    <main className="present-failed">
      <PartLoadFailed retry={retry} />
      <button type="button" data-action="exit-presentation" onClick={() => goTo(null)}>
        {tr(T.exit, lang)} <kbd>Esc</kbd>
      </button>
    </main>
  );
}
