// The presentation's stage (PresentationControls.tsx says what presenting is): the step's slide —
// the part's stage form (src/features/<part>/Stage.tsx, composed for a projector) and the caption
// band with the step's title, caption and sources. Its own chunk: the first picture does not
// present, so it loads after it (PresentButton fetches it once the header is drawn).
import { Component, lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { useAppStore } from '../../store/store';
import { useGraph } from '../../shared/GraphProvider';
import { tr } from '../../i18n/text';
import { useLang } from '../../shared/useEntity';
import { useWordsVersion } from '../../shared/useWords';
import type { StageProps } from '../../shared/StageKit';
import { FitScope } from '../../shared/useFitText';
import { Overview } from '../overview';
import { partTitle } from '../../parts/registry';
import { SearchBox } from '../search';
import { PictureTitle } from '../datasets';
import { goToStep, useGoToStep } from './PresentationControls';
import { isTextField, nextStep, stepMoveForKey } from './stepKeys';
import { stepState } from './steps';
import { captionOf, stepsOf } from './story';
import type { PresentationStep as StoryStep } from '../../model/schema';
import { isPresenterWindow, openPresenterWindow, startPresentationSync, type PresentationSyncState } from './presenterSync';
import type { Model } from '../../model/types';
import type { Source, SourceRef } from '../../model/schema';
import { sourceTitle } from '../../shared/entityText';
import { PRESENTATION_TEXT as T } from './stageText';
import { ExportStory } from './ExportStory';
import './presentation.css';

/** Draws a part's stage form (the app owns the map: src/app/stageForms.tsx); null until its code is here. */
export type RenderStage = (part: string, props: StageProps) => ReactNode;
/** Fetches a part's stage form ahead of its step (so that the next step can be rehearsed). */
export type PrepareStage = (part: string) => Promise<unknown>;

/** The steps presented (the story in the store, else the data's presentation) and their count. */
export function useSteps(): readonly StoryStep[] {
  const graph = useGraph();
  const story = useAppStore((s) => s.story);
  return stepsOf(graph.model, story);
}

/**
 * The slide's source line: each source by its title and section, the book named once with each of
 * its sections (a step citing the book's diagram and its preface is one line, not two). The quotes,
 * their translation and the original are in the details and the full panel.
 */
function SourceLine({ refs }: { refs: readonly SourceRef[] }) {
  const graph = useGraph();
  const lang = useLang();
  const one = lang === 'both' ? 'zh' : lang;
  const books = new Map<string, string[]>();
  const web: Source[] = [];
  for (const r of refs) {
    const src = graph.model.sources.get(r.source);
    if (!src) continue;
    if (src.type === 'book') {
      const title = one === 'en' && src.titleEn ? src.titleEn : `《${src.title}》`;
      const section = (one === 'en' ? (src.sectionEn ?? src.section) : src.section) ?? '';
      const sections = books.get(title) ?? [];
      if (section && !sections.includes(section)) sections.push(section);
      books.set(title, sections);
    } else if (!web.includes(src)) web.push(src);
  }
  const sep = one === 'en' ? '; ' : '；';
  return (
    <ul className="sources presentation-sources">
      {[...books].map(([title, sections]) => (
        <li key={title} className="source source-book">
          <cite>{title}</cite>
          {sections.length ? `${one === 'en' ? ', ' : ''}${sections.join(sep)}` : ''}
        </li>
      ))}
      {web.map((w) => (
        <li key={w.id} className="source source-web">
          <a href={w.url} target="_blank" rel="noopener noreferrer nofollow">
            {one === 'en' && w.titleEn ? (w.titleKind === 'description' ? `[${w.titleEn}]` : w.titleEn) : sourceTitle(w)}
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * One slide: the stage (the part's stage form) and the caption band (title, caption, sources).
 * The audience window shows it full screen; the presenter view shows the current and next one small.
 */
export function Slide({
  step,
  selectedId,
  renderStage,
  index,
}: {
  step: StoryStep;
  selectedId: string | null;
  renderStage: RenderStage;
  index: number;
}) {
  const graph = useGraph();
  const lang = useLang();
  const entity = selectedId ? graph.model.entities.get(selectedId) : undefined;
  const caption = captionOf(step, graph.model, selectedId);
  const stage = renderStage(step.panel, { step, selectedId: selectedId ?? '' });
  return (
    <>
      {/* Kept from one step to the next of the same part (an update, not a new slide); its text fits per step. */}
      <main className="present-stage" key={step.panel} data-presented={step.panel}>
        <FitScope.Provider value={String(index)}>{stage ?? <Overview only={step.panel} />}</FitScope.Provider>
      </main>
      <aside className="presentation-bar" aria-label={tr(T.present, lang)} aria-live="polite" data-step={index}>
        <h2>{entity ? tr(entity.label, lang) : tr(partTitle(step.panel, 'overview') ?? { zh: step.panel, en: step.panel }, lang)}</h2>
        {caption ? <p className="presentation-desc">{tr(caption, lang)}</p> : null}
        {entity ? <SourceLine refs={entity.sources} /> : null}
      </aside>
    </>
  );
}

/** The presenter view's code: its own chunk, loaded in the window that shows it. */
const PresenterView = lazy(() => import('./PresenterView'));
/** This window is a presenter view (`presenter=1`, opened by P or the button). */
const presenterHere = typeof location !== 'undefined' && isPresenterWindow(location);

/** Moves this window to the state the other window posted (presenterSync.ts). */
function applySynced(model: Model, st: PresentationSyncState) {
  const store = useAppStore.getState();
  if (JSON.stringify(st.story) !== JSON.stringify(store.story)) store.setStory(st.story);
  if (st.step === null) {
    if (store.step !== null) store.endPresentation();
  } else if (st.step !== store.step || st.selectedId !== store.selectedId) {
    goToStep(model, st.step, st.selectedId ?? undefined);
  }
  if (st.blackScreen !== useAppStore.getState().blackScreen) useAppStore.getState().toggleBlackScreen();
}

/** The whole screen while presenting. `renderStage` draws a part's stage form by name. */
export function Presentation({ renderStage, prepareStage, tools }: { renderStage: RenderStage; prepareStage?: PrepareStage; tools?: ReactNode }) {
  const graph = useGraph();
  const lang = useLang();
  const step = useAppStore((s) => s.step);
  const selectedId = useAppStore((s) => s.selectedId);
  const steps = useSteps();
  const goTo = useGoToStep();
  const black = useAppStore((s) => s.blackScreen);
  useStageKeys(graph.model);
  useWordsVersion(); // the step's description, once the later texts have arrived (model/dataset.ts)
  const total = steps.length;
  // The audience window and the presenter view follow each other; a presenter view asks for the state first.
  useEffect(() => startPresentationSync((st) => applySynced(graph.model, st), { hello: presenterHere }), [graph]);

  useEffect(() => {
    document.documentElement.toggleAttribute('data-presenting', true);
    return () => document.documentElement.removeAttribute('data-presenting');
  }, []);

  if (step === null) return null;
  const s = steps[step];
  if (!s) return null;
  if (presenterHere) {
    return (
      <Suspense fallback={null}>
        <PresenterView renderStage={renderStage} />
      </Suspense>
    );
  }
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
          {tools}
          <button type="button" data-action="presenter-view" onClick={() => openPresenterWindow()} title={tr(T.presenterHint, lang)}>
            {tr(T.presenter, lang)} <kbd>P</kbd>
          </button>
          <button type="button" onClick={() => goTo(Math.max(step - 1, 0))} disabled={step === 0}>
            ← {tr(T.prev, lang)}
          </button>
          <button type="button" onClick={() => goTo(Math.min(step + 1, total - 1))} disabled={step === total - 1}>
            {tr(T.next, lang)} →
          </button>
          <ExportStory steps={steps} />
          <button type="button" data-action="exit-presentation" onClick={() => goTo(null)} title={tr(T.hint, lang)}>
            {tr(T.exit, lang)} <kbd>Esc</kbd>
          </button>
        </nav>
      </header>
      <Slide step={s} selectedId={selectedId} renderStage={renderStage} index={step} />
      {black ? <div className="present-black" data-black="true" aria-hidden="true" /> : null}
      <Rehearsal steps={steps} step={step} renderStage={renderStage} prepareStage={prepareStage} />
    </div>
  );
}

/** After a paint, once the page is idle (a second at most; a browser without requestIdleCallback: at once). */
function whenIdle(run: () => void): () => void {
  let idle = 0;
  const frame = requestAnimationFrame(() => {
    idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(run, { timeout: 1000 }) : window.setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle) (typeof cancelIdleCallback === 'function' ? cancelIdleCallback : clearTimeout)(idle);
  };
}

/** A rehearsal that fails draws nothing (the step itself shows its failure when it comes). */
class QuietBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    return this.state.failed ? null : this.props.children;
  }
}

/**
 * The next step, rehearsed while the presenter talks: once a step is painted and the page idle, the next
 * step's slide is drawn out of sight with the same frame (a presentation grid of the same size: the same
 * stage box and caption band), its text fitted — the fitted size is remembered by content and box
 * (shared/fitNear.ts) — and taken away again, all in one task, so the page never holds two slides between
 * tasks. Paging on then finds its fit without a layout: a first showing costs its render and one layout.
 * The next step's stage form is fetched first (`prepareStage`), so the rehearsal never waits on a chunk.
 */
function Rehearsal({
  steps,
  step,
  renderStage,
  prepareStage,
}: {
  steps: readonly StoryStep[];
  step: number;
  renderStage: RenderStage;
  prepareStage?: PrepareStage;
}) {
  const graph = useGraph();
  const [shown, setShown] = useState<{ index: number; host: HTMLElement } | null>(null);
  useEffect(() => {
    const index = step + 1;
    const next = steps[index];
    const at = stepState(graph.model, steps, index, []);
    if (!next || !at) return;
    let live = true;
    const rehearse = () => {
      if (!live) return;
      const host = document.createElement('div');
      host.className = 'present-rehearsal';
      host.setAttribute('aria-hidden', 'true');
      host.inert = true;
      document.body.append(host);
      try {
        flushSync(() => setShown({ index, host }));
      } finally {
        flushSync(() => setShown(null));
        host.remove();
      }
    };
    // Once idle: its stage form (at once when it is here already: the same task), then the rehearsal; then
    // the form of the step after it, so that its rehearsal does not wait either.
    const cancelIdle = whenIdle(() => {
      void Promise.resolve(prepareStage?.(next.panel)).then(() => {
        rehearse();
        const after = steps[index + 1];
        if (live && after) void prepareStage?.(after.panel);
      });
    });
    return () => {
      live = false;
      cancelIdle();
    };
  }, [graph, steps, step, renderStage, prepareStage]);
  if (!shown) return null;
  const s = steps[shown.index]!;
  return createPortal(
    // The presentation's grid as it will be at that step (its header is a fixed row: empty here).
    <QuietBoundary>
      <div className="presentation" data-step={shown.index}>
        <header className="present-head" />
        <Slide step={s} selectedId={s.entity ?? null} renderStage={renderStage} index={shown.index} />
      </div>
    </QuietBoundary>,
    shown.host,
  );
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/**
 * The presentation's keys (PresentationControls.tsx's handlePresentationKey calls this once the stage's
 * code is here): paging (→ ← PageDown PageUp Space ↓ ↑ Home End), B or "." for a black screen, F for full
 * screen, Escape the store's `escape` (end the black screen, else leave), whatever is focused on the stage
 * (not a text field). Space and the arrows never reach the page behind (no scroll). Returns whether the key was used.
 */
export function handleStageKey(e: KeyboardEvent, model: Model): boolean {
  const s = useAppStore.getState();
  if (s.step === null || e.altKey || e.ctrlKey || e.metaKey) return false;
  const move = stepMoveForKey(e.key, { inTextField: isTextField(e.target) });
  if (!move) return false;
  e.preventDefault();
  if (move === 'presenter') {
    if (!presenterHere) openPresenterWindow();
  } else if (move === 'exit') s.escape();
  else if (move === 'black') s.toggleBlackScreen();
  else if (move === 'fullscreen') toggleFullscreen();
  else goToStep(model, nextStep(s.step, move, stepsOf(model, s.story).length));
  return true;
}

/**
 * The keys are the presentation's before anything on the stage sees them (window, capture phase):
 * a trainer clicks an item to point at it, and the clicker's Space, arrows, Home and End still page
 * instead of selecting it again or moving inside a panel.
 */
function useStageKeys(model: Model) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (handleStageKey(e, model)) e.stopPropagation();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [model]);
}
