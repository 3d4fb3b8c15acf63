import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DatasetHost } from './app/DatasetHost';
import { buildGraph } from './core/graph';
import { builtInDataset, builtInModel } from './model/dataset';
import { DataError } from './model/problems';
import { startUrlSync } from './store/urlSync';
import { VIEWS } from './store/views';
import { builtInFiles } from './datasets/builtIn';
import { isShownEntity, setShownGraphs } from './datasets/shown';
import { BUILT_IN_ID } from './datasets/types';
import 'virtual:lankao-theme.css';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

try {
  // The build validated the data (an error thrown inside ECharts' first setOption would escape
  // React's error boundaries); here it is only assembled, with no schema library loaded. A dataset
  // the user opens is validated in the browser, on demand (src/datasets/validateFiles.ts, lazy).
  const graph = buildGraph(builtInModel());
  // The search as opened: a ?sel= inside a dataset kept in IndexedDB is applied once it is loaded.
  const initialSearch = window.location.search;
  setShownGraphs([graph]);
  startUrlSync({ isKnownId: isShownEntity, views: VIEWS });
  const builtIn = { id: BUILT_IN_ID, name: 'Lankao', userSupplied: false, graph, files: () => builtInFiles(builtInDataset()) };
  // Seam for prerendering (branch `pre`, hydrateRoot): the prerendered HTML is Lankao's. A URL with
  // ?ds= (a user's dataset, or ?vs= a comparison) must render fresh with createRoot, never hydrate.
  root.render(
    <StrictMode>
      <DatasetHost builtIn={builtIn} initialSearch={initialSearch} />
    </StrictMode>,
  );
} catch (err) {
  const problems = err instanceof DataError ? err.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`) : [String(err)];
  root.render(
    <main className="data-error" role="alert">
      <h1>数据有误，无法显示 · The data has problems and cannot be shown</h1>
      <ul>{problems.map((p, i) => <li key={i}><code>{p}</code></li>)}</ul>
    </main>,
  );
}
