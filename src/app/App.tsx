import { memo, useEffect } from 'react';
import { GraphProvider } from '../shared/GraphProvider';
import { useDocumentLang } from '../shared/usePageBehaviour';
import { fullPanels } from './fullPanelsOnDemand';
import { PartBoundary, PartLoadFailed } from '../shared/PartLoadFailed';
import type { EntityGraph } from '../core/graph';
import { useAppStore } from '../store/store';
import type { Lang } from '../store/url';
import { Header, Intro } from '../features/header';
import { HeaderBoundary } from './HeaderBoundary';
import DetailsPanel from '../features/details';
import { onDemand } from '../shared/useOnDemand';
import { prerenderedOnDemand } from '../shared/prerenderedOnDemand';
import { Presentation, handlePresentationKey, useGoToStep } from '../features/presentation';
import { Overview, SheetClose } from '../features/overview';
import { TermHints } from '../shared/TermHintsOnDemand';
import { selectionAfterPaint, useAfterPaint } from '../shared/useAfterPaint';

/**
 * The page's one keyboard handler: the presentation's keys while presenting, and Escape
 * everywhere (the store's `escape`: end a black screen, else leave the presentation, else clear
 * the selection) — unless a text field wants the key.
 */
function useKeyboard(graph: EntityGraph) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || handlePresentationKey(e, graph.model) || e.key !== 'Escape') return;
      const t = e.target as HTMLElement | null;
      const inTextField = !!t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable);
      if (inTextField && useAppStore.getState().step === null) return;
      useAppStore.getState().escape();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [graph]);
}

/**
 * A step opened from the URL applies its panel and selection once at start; the URL's own selection
 * (`&sel=`, as "present from here" leaves it) stays selected on the step's slide.
 */
function useInitialStep() {
  const goTo = useGoToStep();
  useEffect(() => {
    const { step: initial, selectedId } = useAppStore.getState();
    if (initial !== null) goTo(initial, selectedId ?? undefined);
  }, [goTo]);
}

// The key to the marks under the picture: prerendered, its code (shared/badges.tsx) hydrated after the picture's.
const badges = onDemand(() => import('../shared/badges'));
const MarksLegend = prerenderedOnDemand(badges, (m) => m.MarksLegend);

/** Until the stage forms' map is here (in the full panels' chunk). */
const noStage = () => <div className="stage-form" data-panel="stage" data-ready="false" />;

function Dashboard() {
  useInitialStep();
  const view = useAppStore((s) => s.view);
  const lang = useAppStore((s) => s.lang);
  // With the details (shared/useAfterPaint.ts): on a phone the sheet opens in the commit that fills it.
  const hasSelection = useAfterPaint(selectionAfterPaint) !== null;
  const presenting = useAppStore((s) => s.step !== null);
  // Fetched right after hydration, so that switching to the full panels draws them at once.
  const { module: full } = fullPanels.useModule(view !== 'overview' || presenting);
  if (presenting) return <Presentation renderStage={full ? full.stageByName : noStage} prepareStage={full?.preloadStage} />;
  // Going from nothing selected to a selection re-renders only this wrapper: the page inside is
  // memoised on the view and language, so a click does not re-render every overview item (the
  // emphasis writer restyles them; bench: ~4 ms of a 4× click).
  return (
    <div className="app" data-view={view} data-has-selection={hasSelection ? 'true' : undefined}>
      <DashboardPage view={view} lang={lang} />
    </div>
  );
}

const DashboardPage = memo(function DashboardPage({ view, lang }: { view: string; lang: Lang }) {
  // The same module as the Dashboard's (one shared state): it renders again when the code arrives.
  const { module: full, failed: fullFailed, failure: fullFailure, retry: retryFull } = fullPanels.useModule(view !== 'overview');
  return (
    <>
      <HeaderBoundary>
        <Header />
      </HeaderBoundary>
      <div className="layout">
        <main className={view === 'overview' || fullFailed ? 'overview-main' : 'grid'} id="main">
          {/* A phone's first screen says what this is (on wider screens the details column does). */}
          {view === 'overview' ? (
            <PartBoundary name="intro">
              <Intro where="top" />
            </PartBoundary>
          ) : null}
          {view === 'overview' ? <Overview /> : null}
          {view !== 'overview' && full ? (
            <PartBoundary name="full panels">
              <full.FullPanelCells view={view} lang={lang} />
            </PartBoundary>
          ) : null}
          {/* The full panels' own code did not come: say so, and keep showing the picture (the overview, in the start code). */}
          {view !== 'overview' && fullFailed ? (
            <>
              <PartLoadFailed failure={fullFailure} retry={retryFull} />
              <Overview />
            </>
          ) : null}
        </main>
        <aside className="sidebar">
          {view === 'overview' ? <SheetCloseWhenSelected /> : null}
          <DetailsPanel
            empty={
              <PartBoundary name="intro">
                <Intro where="side" />
              </PartBoundary>
            }
          />
        </aside>
      </div>
      <footer className="app-footer">
        <PartBoundary name="marks legend">
          <MarksLegend />
        </PartBoundary>
      </footer>
    </>
  );
});

function SheetCloseWhenSelected() {
  return useAfterPaint(selectionAfterPaint) !== null ? <SheetClose /> : null;
}

export function App({ graph }: { graph: EntityGraph }) {
  useKeyboard(graph);
  useDocumentLang();
  return (
    <GraphProvider graph={graph}>
      <Dashboard />
      <TermHints />
    </GraphProvider>
  );
}
