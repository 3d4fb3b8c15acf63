// The presentation's stage (PresentationControls.tsx says what presenting is): the part or full
// panel of the step, enlarged, and the bar with the step's caption. Its own chunk: the first
// picture does not present, so it loads after it (PresentButton fetches it once the header is drawn).
import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useAppStore } from '../../store/store';
import { useGraph } from '../../shared/GraphProvider';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { SourceList } from '../../shared/Sources';
import { useWordsVersion } from '../../shared/useWords';
import { Overview } from '../overview';
import { SearchBox } from '../search';
import { PictureTitle } from '../datasets';
import { fillsStage, showsFullPanel } from './steps';
import { goToStep, useGoToStep } from './PresentationControls';
import { nextStep, stepMoveForKey } from './stepKeys';
import type { Model } from '../../model/types';
import { PRESENTATION_TEXT as T } from './text';
import { ExportStory } from './ExportStory';
import './presentation.css';

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
  useWordsVersion(); // the step's description, once the later texts have arrived (model/dataset.ts)
  const total = graph.model.presentation.length;
  const stageRef = useRef<HTMLElement>(null);
  const current = step === null ? undefined : graph.model.presentation[step];
  // A panel that fills the stage by itself (the mind map) is not zoomed to fit it.
  const fits = !!current && showsFullPanel(current) && !fillsStage(current);
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
          <ExportStory />
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
          <Overview only={s.panel} />
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

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/**
 * The presentation's keys (PresentationControls.tsx's handlePresentationKey calls this once the stage's
 * code is here): paging (→ ← PageDown PageUp Space ↓ ↑ Home End), B or "." for a black screen, F for full
 * screen. Escape is the store's `escape` (end the black screen, else leave). Space and the arrows never
 * reach the page behind (no scroll). Returns whether the key was used.
 */
export function handleStageKey(e: KeyboardEvent, model: Model): boolean {
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
