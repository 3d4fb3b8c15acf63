import { Suspense, useEffect } from 'react';
import { GraphProvider } from '../shared/GraphProvider';
import { useDocumentLang } from '../shared/usePageBehaviour';
import { PANELS } from './panels';
import type { EntityGraph } from '../core/graph';
import { useAppStore } from '../store/store';
import { Header } from '../features/header';
import DetailsPanel from '../features/details';
import { MarksLegend } from '../shared/badges';
import { PresentationBar, handlePresentationKey } from '../features/presentation';

/**
 * The page's one keyboard handler: the presentation's paging keys while presenting, and Escape
 * everywhere (the store's `escape`: leave the presentation, else clear the selection) — unless a
 * text field wants the key.
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

/** Stands in for a panel whose code is still loading: same contract, not ready yet. */
function PanelLoading({ name }: { name: string }) {
  return <section className="panel panel-loading" data-panel={name} data-ready="false" aria-busy="true" />;
}

export function App({ graph }: { graph: EntityGraph }) {
  useKeyboard(graph);
  useDocumentLang();
  const view = useAppStore((s) => s.view);
  return (
    <GraphProvider graph={graph}>
      <div className="app" data-view={view}>
        <Header />
        <div className="layout">
          <main className="grid" id="main">
            {PANELS.filter((p) => view === 'all' || view === p.name).map(({ name, Component, wide }) => (
              <div key={name} className={wide || view !== 'all' ? 'cell wide' : 'cell'}>
                <Suspense fallback={<PanelLoading name={name} />}>
                  <Component />
                </Suspense>
              </div>
            ))}
          </main>
          <aside className="sidebar">
            <DetailsPanel />
          </aside>
        </div>
        <footer className="app-footer">
          <MarksLegend />
        </footer>
        <PresentationBar />
      </div>
    </GraphProvider>
  );
}
