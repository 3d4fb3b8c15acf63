// Guided presentation for trainings: one panel at a time, one entity selected, its label,
// description and sources in large type. Keyboard and clicker driven (PageDown/PageUp, arrows
// outside panels, Home/End, Escape to leave). The step is in the URL (?step=n).
import { useCallback, useEffect } from 'react';
import { useAppStore } from '../../store/store';
import { useGraph } from '../../shared/GraphProvider';
import { VIEWS } from '../../store/views';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { SourceList } from '../../shared/Sources';
import { nextStep, stepMoveForKey, stepState } from './steps';

const T = {
  present: { zh: '演示', en: 'Present' },
  prev: { zh: '上一步', en: 'Previous' },
  next: { zh: '下一步', en: 'Next' },
  exit: { zh: '退出演示', en: 'Exit presentation' },
  step: { zh: '第 {n} / {total} 步', en: 'Step {n} of {total}' },
  hint: { zh: '翻页键 / ← → 切换，Esc 退出', en: 'PageDown/PageUp or ← → to move, Esc to exit' },
};

export function useGoToStep() {
  const graph = useGraph();
  return useCallback(
    (step: number | null) => {
      if (step === null) {
        useAppStore.setState({ step: null, view: 'all', selectedId: null, hoveredId: null });
        return;
      }
      const s = stepState(graph.model, step, VIEWS);
      if (s) useAppStore.setState({ step: s.step, view: s.view, selectedId: s.selectedId, hoveredId: null });
      else useAppStore.setState({ step: null });
    },
    [graph],
  );
}

export function PresentButton() {
  const lang = useLang();
  const goTo = useGoToStep();
  return (
    <button type="button" className="present-button" onClick={() => goTo(0)}>
      ▶ {tr(T.present, lang)}
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
    if (step === null) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as Element | null;
      const move = stepMoveForKey(e.key, !!target?.closest?.('[data-panel]'));
      if (!move) return;
      e.preventDefault();
      if (move === 'exit') goTo(null);
      else goTo(nextStep(useAppStore.getState().step ?? 0, move, total));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [step, total, goTo]);

  if (step === null) return null;
  const s = graph.model.presentation[step];
  const entity = s ? graph.model.entities.get(s.entity) : undefined;
  if (!entity) return null;
  const stepText = tr(T.step, lang).replace('{n}', String(step + 1)).replace('{total}', String(total));
  return (
    <section className="presentation-bar" aria-label={tr(T.present, lang)} aria-live="polite" data-step={step}>
      <div className="presentation-text">
        <p className="presentation-step">{stepText}</p>
        <h2>{tr(entity.label, lang)}</h2>
        {entity.description ? <p className="presentation-desc">{tr(entity.description, lang)}</p> : null}
        <SourceList refs={entity.sources} compact />
      </div>
      <div className="presentation-controls">
        <button type="button" onClick={() => goTo(Math.max(step - 1, 0))} disabled={step === 0}>← {tr(T.prev, lang)}</button>
        <button type="button" onClick={() => goTo(Math.min(step + 1, total - 1))} disabled={step === total - 1}>{tr(T.next, lang)} →</button>
        <button type="button" onClick={() => goTo(null)}>{tr(T.exit, lang)} <kbd>Esc</kbd></button>
        <p className="presentation-hint">{tr(T.hint, lang)}</p>
      </div>
    </section>
  );
}
