// Guided presentation for trainings, projector first: one part of the picture fills the screen
// (the overview's compact part, enlarged, or the full panel where a step asks for it), the
// caption sits beside it on wide screens and below it on narrow ones — never over it — and the
// header shrinks to one line. Clicker keys: → ← PageDown PageUp Space ↓ ↑ Home End; B or "."
// blacks the screen (again to return); F toggles full screen; Esc leaves. The step is in the
// URL (?step=n).
import { useCallback, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import type { Model } from '../../model/types';
import { useAppStore } from '../../store/store';
import { useGraph } from '../../shared/GraphProvider';
import { VIEWS } from '../../store/views';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { SourceList } from '../../shared/Sources';
import { Overview, type PartName } from '../overview';
import { SearchBox } from '../search';
import { PictureTitle } from '../datasets';
import { nextStep, showsFullPanel, startStepFor, stepMoveForKey, stepState } from './steps';
import './presentation.css';

const T = {
  present: { zh: '演示', en: 'Present' },
  presentHere: { zh: '从这里演示', en: 'Present from here' },
  prev: { zh: '上一步', en: 'Previous' },
  next: { zh: '下一步', en: 'Next' },
  exit: { zh: '退出演示', en: 'Exit presentation' },
  step: { zh: '第 {n} / {total} 步', en: 'Step {n} of {total}' },
  hint: { zh: '翻页键、空格或 ← →；B 黑屏，F 全屏，Esc 退出', en: 'Page Down/Page Up, Space or ← →; B: black screen, F: full screen, Esc: exit' },
};

/** Go to a step (null leaves the presentation) through the store's actions; `selectedId` overrides the step's entity. */
export function goToStep(model: Model, step: number | null, selectedId?: string): void {
  const store = useAppStore.getState();
  if (step === null) return store.endPresentation();
  const at = stepState(model, step, VIEWS);
  if (at) store.showStep(selectedId ? { ...at, selectedId } : at);
  else store.setStep(null);
}

export function useGoToStep() {
  const graph = useGraph();
  return useCallback((step: number | null, selectedId?: string) => goToStep(graph.model, step, selectedId), [graph]);
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/**
 * The presentation's keys, for the app's one keyboard handler: paging (→ ← PageDown PageUp Space
 * ↓ ↑ Home End), B or "." for a black screen, F for full screen. Escape is the store's `escape`
 * (end the black screen, else leave). Space and the arrows never reach the page behind (no scroll).
 * Returns whether the key was used.
 */
export function handlePresentationKey(e: KeyboardEvent, model: Model): boolean {
  const s = useAppStore.getState();
  if (s.step === null || e.altKey || e.ctrlKey || e.metaKey) return false;
  const target = e.target as Element | null;
  const move = stepMoveForKey(e.key, {
    insidePanel: !!target?.closest?.('[data-panel]'),
    onControl: !!target?.closest?.('button, a, input, select, textarea, [data-entity]'),
  });
  if (!move || move === 'exit') return false;
  e.preventDefault();
  if (move === 'black') s.toggleBlackScreen();
  else if (move === 'fullscreen') toggleFullscreen();
  else goToStep(model, nextStep(s.step, move, model.presentation.length));
  return true;
}

/** "Present" — or, with something selected, "Present from here": the story starts at the selection. */
export function PresentButton() {
  const lang = useLang();
  const graph = useGraph();
  const goTo = useGoToStep();
  // Whether anything is selected, not which: a click elsewhere does not re-render the button.
  const selected = useAppStore((s) => s.selectedId !== null);
  const present = () => {
    const selectedId = useAppStore.getState().selectedId;
    goTo(startStepFor(graph.model, selectedId), selectedId ?? undefined);
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

/**
 * A full panel is zoomed to fill the stage's height (larger text on a projector, nothing to
 * scroll). Zoom narrows the panel's own width, which changes its height (charts keep their
 * proportions), and a chart only re-measures when it mounts, so each new zoom re-mounts the
 * panel; two or three rounds agree to within 3%.
 */
function useFitZoom(stageRef: RefObject<HTMLElement | null>, step: number, enabled: boolean): number {
  const [fit, setFit] = useState({ step, zoom: 1, rounds: 0 });
  const current = fit.step === step ? fit : { step, zoom: 1, rounds: 0 };
  useEffect(() => {
    const stage = stageRef.current;
    if (!enabled || !stage || current.rounds >= 4) return;
    let frame = 0;
    const measure = () => {
      const panel = stage.querySelector<HTMLElement>('.present-fit > [data-panel]');
      if (!panel || panel.dataset.ready !== 'true') {
        frame = requestAnimationFrame(measure);
        return;
      }
      const next = Math.max(0.6, Math.min(1.6, (current.zoom * stage.clientHeight) / panel.getBoundingClientRect().height));
      const rounded = Math.floor(next * 100) / 100;
      if (Math.abs(rounded - current.zoom) / current.zoom > 0.03 || panel.getBoundingClientRect().height > stage.clientHeight + 1) {
        setFit({ step, zoom: rounded, rounds: current.rounds + 1 });
      }
    };
    // Charts draw after their first frame: measure once they have.
    frame = requestAnimationFrame(() => (frame = requestAnimationFrame(measure)));
    return () => cancelAnimationFrame(frame);
  }, [stageRef, step, enabled, current.zoom, current.rounds]);
  return current.zoom;
}

/** The whole screen while presenting. `renderPanel` draws a full panel by name (the app owns the list). */
export function Presentation({ renderPanel }: { renderPanel: (name: string) => ReactNode }) {
  const graph = useGraph();
  const lang = useLang();
  const step = useAppStore((s) => s.step);
  const selectedId = useAppStore((s) => s.selectedId);
  const goTo = useGoToStep();
  const black = useAppStore((s) => s.blackScreen);
  const total = graph.model.presentation.length;
  const stageRef = useRef<HTMLElement>(null);
  const current = step === null ? undefined : graph.model.presentation[step];
  // The mind map fills the stage by itself (its viewport is flexible).
  const fits = !!current && showsFullPanel(current) && current.panel !== 'campaign-map';
  const zoom = useFitZoom(stageRef, step ?? -1, fits);

  useEffect(() => {
    document.documentElement.toggleAttribute('data-presenting', true);
    return () => document.documentElement.removeAttribute('data-presenting');
  }, []);

  if (step === null) return null;
  const s = graph.model.presentation[step];
  const entity = s ? graph.model.entities.get(selectedId ?? s.entity) : undefined;
  if (!s || !entity) return null;
  const full = showsFullPanel(s);
  const stepText = tr(T.step, lang)
    .replace('{n}', String(step + 1))
    .replace('{total}', String(total));
  return (
    <div className="presentation" data-step={step}>
      <header className="present-head">
        <h1>
          <PictureTitle />
        </h1>
        <span className="present-count">{stepText}</span>
        <SearchBox />
        <nav className="presentation-controls" aria-label={tr(T.present, lang)}>
          <button type="button" onClick={() => goTo(Math.max(step - 1, 0))} disabled={step === 0}>
            ← {tr(T.prev, lang)}
          </button>
          <button type="button" onClick={() => goTo(Math.min(step + 1, total - 1))} disabled={step === total - 1}>
            {tr(T.next, lang)} →
          </button>
          <button type="button" data-action="exit-presentation" onClick={() => goTo(null)}>
            {tr(T.exit, lang)} <kbd>Esc</kbd>
          </button>
        </nav>
      </header>
      <main ref={stageRef} className="present-stage" key={step} data-presented={s.panel} data-full={full ? 'true' : undefined}>
        {fits ? (
          <div className="present-fit" key={zoom} style={{ zoom }}>
            {renderPanel(s.panel)}
          </div>
        ) : full ? (
          renderPanel(s.panel)
        ) : (
          <Overview only={s.panel as PartName} />
        )}
      </main>
      <aside className="presentation-bar" aria-label={tr(T.present, lang)} aria-live="polite" data-step={step}>
        <p className="presentation-step">{stepText}</p>
        <h2>{tr(entity.label, lang)}</h2>
        {entity.description ? <p className="presentation-desc">{tr(entity.description, lang)}</p> : null}
        <SourceList refs={entity.sources} compact />
        <p className="presentation-hint">{tr(T.hint, lang)}</p>
      </aside>
      {black ? <div className="present-black" data-black="true" aria-hidden="true" /> : null}
    </div>
  );
}
