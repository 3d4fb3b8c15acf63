import { StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { DatasetHost } from './app/DatasetHost';
import { buildGraph } from './core/graph';
import { builtInModel, loadBuiltInWords, loadLanguage } from './model/dataset';
import { DataError } from './model/problems';
import { startUrlSync, type UrlSyncOptions } from './store/urlSync';
import { startLangOf } from './store/startLang';
import { parseUrlState, type Lang, type UrlContext } from './store/url';
import { setRenderedState } from './store/store';
import { VIEWS } from './store/views';
import { canHydrate, isFullPanelView, PRERENDER_ATTRIBUTE } from './prerender/state';
import { START_FAILED_ID } from './prerender/boot';
import { fullPanels, preloadLightPanels } from './app/fullPanelsOnDemand';
import { preloadDetails } from './features/details';
import { preloadPresentation } from './features/presentation';
import { preloadChrome, preloadHeadlineFigures } from './features/header';
import { builtInPicture } from './datasets/builtIn';
import { isShownEntity, readDatasetParams, setShownGraphs } from './datasets/shown';
import { BUILT_IN_ID } from './datasets/types';
import 'virtual:lankao-theme.css';
import './styles.css';

const container = document.getElementById('root')!;
// The page's script is here: index.html's note for when it could not be loaded goes (src/prerender/boot.ts).
document.getElementById(START_FAILED_ID)?.remove();

/** On a phone the overview's details are a sheet over the page (overview.css): opening it is a history entry. */
const urlSyncOptions: UrlSyncOptions = {
  // Lankao's own picture only: a comparison (?vs=) shows its details in each half, not in a sheet.
  selectionOpensSheet: (s) =>
    s.view === 'overview' && document.querySelector('.app[data-view="overview"]') !== null && window.matchMedia('(max-width: 799px)').matches,
};

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

/**
 * Runs `go` once the built-in data's words in `lang` are here (model/langTexts.ts; the <head> script has
 * already asked for them). Without them nothing can render: the prerendered page stays as it is (the whole
 * picture, not yet interactive) and a line above it says so and offers to try again.
 */
function whenLanguage(lang: Lang, go: () => void): void {
  loadLanguage(lang).then(go, (error: unknown) => {
    console.error('language:', error instanceof Error ? error.message : error);
    const note = document.createElement('p');
    note.className = 'panel-error part-error start-error';
    note.setAttribute('role', 'alert');
    note.textContent = '页面的文字没有加载成功（网络中断或被拦截）。 · The page’s words could not be loaded (the network failed or blocked them). ';
    const retry = document.createElement('button');
    retry.type = 'button';
    retry.textContent = '重试 · Try again';
    retry.addEventListener('click', () => {
      note.remove();
      whenLanguage(lang, go);
    });
    note.append(retry);
    document.body.prepend(note);
  });
}

/** How long hydration waits for the header and intro's chunk after the words are here (it is usually there first). */
const HEADER_GRACE_MS = 400;

/** A hydration mismatch is a bug to see in the console (and in the e2e test), not a silent re-render. */
function onRecoverableError(error: unknown): void {
  console.error('hydration:', error instanceof Error ? error.message : error);
}

try {
  // The build validated the data (an error thrown inside ECharts' first setOption would escape
  // React's error boundaries); here it is only assembled, with no schema library loaded.
  const model = builtInModel();
  const graph = buildGraph(model);
  // ?sel= may name an entity of any picture on screen; until a kept dataset is loaded that is Lankao's.
  setShownGraphs([graph]);
  const urlContext: UrlContext = { isKnownId: isShownEntity, views: VIEWS };
  // The search as opened: a ?sel= inside a dataset kept in IndexedDB is applied once it is loaded.
  const initialSearch = window.location.search;
  // The language as the <head> script decided it (same function), so #root holds it if it was prerendered.
  const wanted = parseUrlState(initialSearch, { ...urlContext, defaultLang: startLangOf(window) });
  const datasets = readDatasetParams(initialSearch);
  // `&story=<id>`: the trainer's story (kept in IndexedDB) plays instead of the built-in presentation.
  // Its entry (with the header's story button) is fetched only when the URL names a story.
  const storyRestored = /[?&]story=/.test(initialSearch) ? import('./features/story-editor').then((m) => m.restoreStory(initialSearch)) : null;
  // The same tree as the build's static render (src/entry-server.tsx), so that hydration matches.
  const host = <DatasetHost builtIn={builtInPicture(graph)} initialSearch={initialSearch} />;
  // The static HTML is Lankao's: a user's picture (?ds=) or a comparison (?vs=) renders afresh.
  const lankaoAlone = datasets.ds === BUILT_IN_ID && datasets.vs === null;
  if (lankaoAlone && canHydrate(container.getAttribute(PRERENDER_ATTRIBUTE), wanted)) {
    // Hydrate exactly the state the HTML was built in (no selection, no presentation step), then
    // let the URL apply the rest: a selection only restyles entities and fills the details panel.
    // See src/prerender/state.ts for why a different language or view renders afresh instead.
    setRenderedState({ selectedId: null, hoveredId: null, lang: wanted.lang, view: wanted.view, step: null });
    const syncUrl = once(() => {
      startUrlSync(urlContext, window, urlSyncOptions);
      container.setAttribute('data-hydrated', 'true');
      // With the other language's words (model/langTexts.ts): the switch then shows it at once.
      void loadBuiltInWords();
    });
    const hydrate = () =>
      hydrateRoot(
        container,
        <StrictMode>
          <AfterFirstCommit onCommit={syncUrl}>{host}</AfterFirstCommit>
        </StrictMode>,
        { onRecoverableError },
      );
    // The glossary and quote translations (model/dataset.ts) come after hydration, unless the URL's
    // selection will show them in the details right after it: then first, so the details draw once.
    // Without them the page still works (no term hints, quotes untranslated).
    // The details' code (their own chunk, features/details) comes with them.
    // The page's own language's words always come first (the <head> script preloaded them).
    const withSelection = wanted.sel !== null ? Promise.all([loadBuiltInWords(), preloadDetails()]).catch(() => {}) : null;
    // The header and the intro are a chunk of their own (features/header/OnDemand.tsx), asked for now,
    // beside the words. The picture waits for it a little only: a click on a header React has not yet
    // hydrated would be lost, but a slow or blocked header must not keep the picture from working.
    const header = Promise.race([preloadChrome().catch(() => {}), new Promise((r) => setTimeout(r, HEADER_GRACE_MS))]);
    whenLanguage(wanted.lang, () => void Promise.all([withSelection, header]).then(hydrate));
  } else {
    startUrlSync(urlContext, window, urlSyncOptions);
    const render = () => createRoot(container).render(<StrictMode>{host}</StrictMode>);
    // Full panels: their light chunks first, so the first render draws them (see app/panels.ts);
    // and the words. A chunk that fails to load is the panel's own error to show, not a reason to stop.
    // The same for the details of a selection and the presentation's stage, which the first picture lacks.
    const rest = Promise.all([
      loadBuiltInWords(),
      isFullPanelView(wanted.view) ? preloadLightPanels() : wanted.step !== null ? fullPanels.preload() : null,
      wanted.view === 'all' ? preloadHeadlineFigures() : preloadChrome(),
      wanted.sel !== null ? preloadDetails() : null,
      wanted.step !== null ? preloadPresentation() : null,
      storyRestored,
    ]).catch(() => {});
    // The page's own language's words are the one thing it cannot render without.
    whenLanguage(wanted.lang, () => void rest.then(render));
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
