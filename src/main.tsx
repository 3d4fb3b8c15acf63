import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { buildGraph } from './core/graph';
import { builtInModel } from './model/dataset';
import { DataError } from './model/problems';
import { startUrlSync } from './store/urlSync';
import { VIEWS } from './store/views';
import 'virtual:lankao-theme.css';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

try {
  // The build validated the data (an error thrown inside ECharts' first setOption would escape
  // React's error boundaries); here it is only assembled, with no schema library loaded.
  const model = builtInModel();
  const graph = buildGraph(model);
  startUrlSync({ isKnownId: (id) => model.entities.has(id), views: VIEWS });
  root.render(
    <StrictMode>
      <App graph={graph} />
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
