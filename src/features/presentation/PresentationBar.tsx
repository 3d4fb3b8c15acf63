// Guided presentation for trainings: one panel at a time, one entity selected, its label,
// description and sources in large type. Keyboard and clicker driven (PageDown/PageUp, arrows
// outside panels, Home/End, Escape to leave). The step is in the URL (?step=n).
import { useCallback, useEffect } from 'react';
import type { Model } from '../../model/types';
import { useAppStore } from '../../store/store';
import { useGraph } from '../../shared/GraphProvider';
import { VIEWS } from '../../store/views';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { SourceList } from '../../shared/Sources';
import { nextStep, stepMoveForKey, stepState } from './steps';

const TEXT = {
  present: { zh: '演示', en: 'Present' },
  prev: { zh: '上一步', en: 'Previous' },
  next: { zh: '下一步', en: 'Next' },
  exit: { zh: '退出演示', en: 'Exit presentation' },
  step: { zh: '第 {n} / {total} 步', en: 'Step {n} of {total}' },
  hint: { zh: '翻页键 / ← → 切换，Esc 退出', en: 'PageDown/PageUp or ← → to move, Esc to exit' },
};

/** Go to a step (null leaves the presentation), through the store's actions. */
export function goToStep(model: Model, step: number | null): void {
  const store = useAppStore.getState();
  if (step === null) return store.endPresentation();
  const at = stepState(model, step, VIEWS);
  if (at) store.showStep(at);
  else store.setStep(null);
}

export function useGoToStep() {
  const graph = useGraph();
  return useCallback((step: number | null) => goToStep(graph.model, step), [graph]);
}

/**
 * The presentation's keys (clicker PageDown/PageUp, arrows outside panels, Home/End), for the
 * app's one keyboard handler. Escape is not here: the store's `escape` action ends the
 * presentation. Returns whether the key was used.
 */
export function handlePresentationKey(e: KeyboardEvent, model: Model): boolean {
  const step = useAppStore.getState().step;
  if (step === null) return false;
  const target = e.target as Element | null;
  const move = stepMoveForKey(e.key, !!target?.closest?.('[data-panel]'));
  if (!move || move === 'exit') return false;
  e.preventDefault();
  goToStep(model, nextStep(step, move, model.presentation.length));
  return true;
}

export function PresentButton() {
  const lang = useLang();
  const goTo = useGoToStep();
  return (
    <button type="button" className="present-button" onClick={() => goTo(0)}>
      ▶ {tr(TEXT.present, lang)}
    </button>
  );
}

export function PresentationBar() {
  const graph = useGraph();
  const lang = useLang();
  const step = useAppStore((s) => s.step);
  const goTo = useGoToStep();
  const total = graph.model.presentation.length;

  // A step opened from the URL applies its panel and selection once at start.
  useEffect(() => {
    const initial = useAppStore.getState().step;
    if (initial !== null) goTo(initial);
  }, [goTo]);

  useEffect(() => {
    document.documentElement.toggleAttribute('data-presenting', step !== null);
  }, [step]);

  if (step === null) return null;
  const s = graph.model.presentation[step];
  const entity = s ? graph.model.entities.get(s.entity) : undefined;
  if (!entity) return null;
  const stepText = tr(TEXT.step, lang).replace('{n}', String(step + 1)).replace('{total}', String(total));
  return (
    <section className="presentation-bar" aria-label={tr(TEXT.present, lang)} aria-live="polite" data-step={step}>
      <div className="presentation-text">
        <p className="presentation-step">{stepText}</p>
        <h2>{tr(entity.label, lang)}</h2>
        {entity.description ? <p className="presentation-desc">{tr(entity.description, lang)}</p> : null}
        <SourceList refs={entity.sources} compact />
      </div>
      <div className="presentation-controls">
        <button type="button" onClick={() => goTo(Math.max(step - 1, 0))} disabled={step === 0}>← {tr(TEXT.prev, lang)}</button>
        <button type="button" onClick={() => goTo(Math.min(step + 1, total - 1))} disabled={step === total - 1}>{tr(TEXT.next, lang)} →</button>
        <button type="button" onClick={() => goTo(null)}>{tr(TEXT.exit, lang)} <kbd>Esc</kbd></button>
        <p className="presentation-hint">{tr(TEXT.hint, lang)}</p>
      </div>
    </section>
  );
}
