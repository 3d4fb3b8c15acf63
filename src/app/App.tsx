import { Suspense, useEffect } from 'react';
import { GraphProvider } from './ModelContext';
import { PANELS } from './panels';
import type { EntityGraph } from '../core/graph';
import { useAppStore } from '../store/store';
import { htmlLang } from '../i18n/text';
import { Header } from '../features/header/Header';
import DetailsPanel from '../features/details/DetailsPanel';
import { MarksLegend } from '../shared/badges';
import { PresentationBar } from '../features/presentation/PresentationBar';

/** Escape clears the selection from anywhere (unless a text field wants the key). */
export function useEscapeClears() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.isContentEditable)) return;
      const s = useAppStore.getState();
      if (s.selectedId !== null || s.hoveredId !== null) s.select(null);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

function useDocumentLang() {
  const lang = useAppStore((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = htmlLang(lang);
  }, [lang]);
}

/** Stands in for a panel whose code is still loading: same contract, not ready yet. */
function PanelLoading({ name }: { name: string }) {
  return <section className="panel panel-loading" data-panel={name} data-ready="false" aria-busy="true" />;
}

export function App({ graph }: { graph: EntityGraph }) {
  useEscapeClears();
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
