// Build-time static rendering (scripts/prerender-plugin.ts loads this module through Vite's SSR
// loader after the client build). React's own `prerender` waits for every Suspense boundary and
// lazy chunk, so the HTML holds the whole first screen: text, figures and the SVG forms. Charts
// (ECharts) draw only on the client; their boxes are sized in CSS, so hydration does not move them.
import { prerender } from 'react-dom/static';
import { DatasetHost } from './app/DatasetHost';
import { builtInPicture } from './datasets/builtIn';
import { MountAll } from './app/MountWhenNear';
import { buildGraph } from './core/graph';
import { builtInModel, loadLanguage } from './model/dataset';
import { setRenderedState } from './store/store';
import { PRERENDERED_STATE, type PrerenderedState } from './prerender/state';

/** The markup of the app in `state` (the language and view the HTML is built for; no selection). */
export async function renderApp(state: PrerenderedState = PRERENDERED_STATE): Promise<string> {
  // The same validated virtual module as the page (scripts/lib/data-plugin.ts, in this config
  // too): an invalid data folder has already failed the build with the validator's messages.
  // The words of the page's own language only (model/langTexts.ts), as the page has them when it hydrates.
  await loadLanguage(state.lang);
  const model = builtInModel();
  const graph = buildGraph(model);
  setRenderedState({ selectedId: null, hoveredId: null, lang: state.lang, view: state.view, step: null });
  const options = {
    // One piece, in order: outlined Suspense boundaries would come with inline scripts to move
    // them into place, which the page's CSP forbids and a reader with scripts blocked never runs.
    progressiveChunkSize: Number.POSITIVE_INFINITY,
    onError(error: unknown) {
      // A component that throws while prerendering fails the build with its message, not an empty page.
      throw error;
    },
  };
  // No viewport at build time: whatever the view shows is rendered in full (MountAll).
  const { prelude } = await prerender(
    <MountAll>
      <DatasetHost builtIn={builtInPicture(graph)} initialSearch="" />
    </MountAll>,
    options,
  );
  return new Response(prelude).text();
}
