import { memo, useEffect } from 'react';
import { GraphProvider } from '../shared/GraphProvider';
import { useDocumentLang } from '../shared/usePageBehaviour';
import { PANELS } from './panels';
import type { EntityGraph } from '../core/graph';
import { useAppStore } from '../store/store';
import type { Lang } from '../store/url';
import { Header } from '../features/header';
import { HeaderBoundary } from './HeaderBoundary';
import DetailsPanel from '../features/details';
import { MarksLegend } from '../shared/badges';
import { Presentation, handlePresentationKey, useGoToStep } from '../features/presentation';
import { Overview, SheetClose } from '../features/overview';
import { MountWhenNear } from './MountWhenNear';
import { TermHints } from '../shared/Glossary';

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

/** A full panel by name; each brings its own loading state and error boundary (lazyPanel.tsx). */
function panelByName(name: string) {
  const spec = PANELS.find((p) => p.name === name);
  if (!spec) return null;
  const { Component } = spec;
  return <Component />;
}

/** A step opened from the URL applies its panel and selection once at start. */
function useInitialStep() {
  const goTo = useGoToStep();
  useEffect(() => {
    const initial = useAppStore.getState().step;
    if (initial !== null) goTo(initial);
  }, [goTo]);
}

function Dashboard() {
  useInitialStep();
  const view = useAppStore((s) => s.view);
  const lang = useAppStore((s) => s.lang);
  const hasSelection = useAppStore((s) => s.selectedId !== null);
  const presenting = useAppStore((s) => s.step !== null);
  if (presenting) return <Presentation renderPanel={panelByName} />;
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
  return (
    <>
      <HeaderBoundary>
        <Header />
      </HeaderBoundary>
      <div className="layout">
        <main className={view === 'overview' ? 'overview-main' : 'grid'} id="main">
          {view === 'overview' ? <Overview /> : null}
          {PANELS.filter((p) => view === 'all' || view === p.name).map(({ name, wide }) => (
            <MountWhenNear key={name} name={name} className={wide || view !== 'all' ? 'cell wide' : 'cell'} eager={view !== 'all'} lang={lang}>
              {panelByName(name)}
            </MountWhenNear>
          ))}
        </main>
        <aside className="sidebar">
          {view === 'overview' ? <SheetCloseWhenSelected /> : null}
          <DetailsPanel />
        </aside>
      </div>
      <footer className="app-footer">
        <MarksLegend />
      </footer>
    </>
  );
});

function SheetCloseWhenSelected() {
  return useAppStore((s) => s.selectedId !== null) ? <SheetClose /> : null;
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
