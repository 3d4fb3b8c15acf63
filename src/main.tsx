import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { buildGraph } from './core/graph';
import { builtInModel, loadBuiltInWords } from './model/dataset';
import { DataError } from './model/problems';
import { startUrlSync } from './store/urlSync';
import { startLangOf } from './store/startLang';
import { parseUrlState, type UrlContext } from './store/url';
import { setRenderedState } from './store/store';
import { VIEWS } from './store/views';
import { canHydrate, isFullPanelView, PRERENDER_ATTRIBUTE } from './prerender/state';
import { preloadLightPanels } from './app/panels';
import 'virtual:lankao-theme.css';
import './styles.css';

const container = document.getElementById('root')!;

/** Runs `onCommit` once, after the tree below it has been committed (hydrated) for the first time. */
function AfterFirstCommit({ onCommit, children }: { onCommit: () => void; children: ReactNode }) {
  useEffect(onCommit, [onCommit]);
  return children;
}

function once(fn: () => void): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    fn();
  };
}

/** A hydration mismatch is a bug to see in the console (and in the e2e test), not a silent re-render. */
function onRecoverableError(error: unknown): void {
  console.error('hydration:', error instanceof Error ? error.message : error);
}

try {
  // The build validated the data (an error thrown inside ECharts' first setOption would escape
  // React's error boundaries); here it is only assembled, with no schema library loaded.
  const model = builtInModel();
  const graph = buildGraph(model);
  const urlContext: UrlContext = { isKnownId: (id) => model.entities.has(id), views: VIEWS };
  // The language as the <head> script decided it (same function), so #root holds it if it was prerendered.
  const wanted = parseUrlState(window.location.search, { ...urlContext, defaultLang: startLangOf(window) });
  if (canHydrate(container.getAttribute(PRERENDER_ATTRIBUTE), wanted)) {
    // Hydrate exactly the state the HTML was built in (no selection, no presentation step), then
    // let the URL apply the rest: a selection only restyles entities and fills the details panel.
    // See src/prerender/state.ts for why a different language or view renders afresh instead.
    setRenderedState({ selectedId: null, hoveredId: null, lang: wanted.lang, view: wanted.view, step: null });
    const syncUrl = once(() => {
      startUrlSync(urlContext);
      container.setAttribute('data-hydrated', 'true');
      void loadBuiltInWords();
    });
    const hydrate = () =>
      hydrateRoot(
        container,
        <StrictMode>
          <AfterFirstCommit onCommit={syncUrl}>
            <App graph={graph} />
          </AfterFirstCommit>
        </StrictMode>,
        { onRecoverableError },
      );
    // The glossary and quote translations (model/dataset.ts) come after hydration, unless the URL's
    // selection will show them in the details right after it: then first, so the details draw once.
    // Without them the page still works (no term hints, quotes untranslated).
    if (wanted.sel !== null) void loadBuiltInWords().then(hydrate, hydrate);
    else hydrate();
  } else {
    startUrlSync(urlContext);
    const render = () =>
      createRoot(container).render(
        <StrictMode>
          <App graph={graph} />
        </StrictMode>,
      );
    // Full panels: their light chunks first, so the first render draws them (see app/panels.ts);
    // and the words. A chunk that fails to load is the panel's own error to show, not a reason to stop.
    void Promise.all([loadBuiltInWords(), isFullPanelView(wanted.view) ? preloadLightPanels() : null]).then(render, render);
  }
} catch (err) {
  const problems = err instanceof DataError ? err.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`) : [String(err)];
  createRoot(container).render(
    <main className="data-error" role="alert">
      <h1>数据有误，无法显示 · The data has problems and cannot be shown</h1>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            <code>{p}</code>
          </li>
        ))}
      </ul>
    </main>,
  );
}
