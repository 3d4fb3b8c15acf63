// The full panels' cells in the grid (view=all or one panel) and a full panel by name (for the
// presentation). Their own chunk (App.tsx): the default view, the overview, shows none of them.
import type { Lang } from '../store/url';
import { panelOf, panels } from './panels';
import { MountWhenNear } from './MountWhenNear';
import { provideFigures } from '../shared/figureSlot';
import { formsOf } from './partForms';

// The panels' tools and the presentation's handouts draw each part's figure (its descriptor's `figure` slot).
provideFigures((name) => formsOf(name)?.figure);
import { useMemo } from 'react';
import { useGraph } from '../shared/GraphProvider';
import { tr } from '../i18n/text';
import { partOf } from '../features/overview';

export { preloadLightPanels } from './panels';

/** A full panel by name; each brings its own loading state and error boundary (lazyPanel.tsx). */
export function panelByName(name: string) {
  const Component = panelOf(name);
  return Component ? <Component /> : null;
}

export function FullPanelCells({ view, lang }: { view: string; lang: Lang }) {
  const graph = useGraph();
  // A panel not yet mounted keeps its items' labels in the page, for the browser's find (issue 22).
  const labels = useMemo(() => {
    const out = new Map<string, string[]>();
    for (const e of graph.model.entityList) {
      const part = partOf(graph, e.id);
      out.set(part, [...(out.get(part) ?? []), tr(e.label, lang)]);
    }
    return out;
  }, [graph, lang]);
  return panels()
    .filter((p) => view === 'all' || view === p.name)
    .map(({ name, wide, Component }) => (
      <MountWhenNear
        key={name}
        name={name}
        className={wide || view !== 'all' ? 'cell wide' : 'cell'}
        eager={view !== 'all'}
        lang={lang}
        findable={labels.get(name)}
      >
        <Component />
      </MountWhenNear>
    ));
}

export { preloadStage, stageByName } from './stageForms';
