// A full panel: its code is a separate chunk (every full panel is; see panels.ts), loaded by the one
// on-demand loader (shared/useOnDemand.ts) and drawn under an error boundary (shared/PartLoadFailed's
// PartBoundary). Until the code is here the panel shows a labelled loading state; if it fails, only
// that panel says so (the one failure UI, naming the panel) and offers to load it again, or after
// a new deploy to reload the page.
import type { ComponentType, ReactNode } from 'react';
import { preloadPanelTools } from '../shared/PanelFrame';
import { tr, ui } from '../i18n/text';
import { useLang } from '../shared/useEntity';
import { onDemand } from '../shared/useOnDemand';
import { PartBoundary, PartLoadFailed } from '../shared/PartLoadFailed';
import type { Bilingual } from '../model/schema';

import type { ChunkFailure } from '../shared/useOnDemand';
export { classifyChunkError, isChunkLoadError, type ChunkFailure } from '../shared/useOnDemand';

// A full panel's words for the one failure UI (shared/PartLoadFailed), naming the panel; in this chunk, not the start code.
const FAILURE_TEXT: Record<ChunkFailure, Bilingual> = {
  network: {
    zh: '“{panel}”面板没有加载成功（网络中断或被拦截）。其他面板不受影响。',
    en: 'The “{panel}” panel could not be loaded (the network failed or blocked it). The other panels keep working.',
  },
  stale: {
    zh: '网站已更新，这个页面里的“{panel}”面板已不存在。请重新加载页面以获取新版本。',
    en: 'The site was updated and this page’s copy of the “{panel}” panel is gone. Reload the page to get the new version.',
  },
  render: { zh: '“{panel}”面板出错了，其他面板不受影响。', en: 'The “{panel}” panel failed; the other panels keep working.' },
};
const named = (why: ChunkFailure | null, title: Bilingual): Bilingual => {
  const t = FAILURE_TEXT[why ?? 'network'];
  return { zh: t.zh.replace('{panel}', title.zh), en: t.en.replace('{panel}', title.en) };
};

// A panel's props pass through (the comparison view takes its two pictures); most panels take none.
type PanelModule<P = object> = { default: ComponentType<P> };
type Loader<P> = () => Promise<PanelModule<P>>;

/** The frame a lazy panel shows before (or instead of) its own: the testing contract and the panel's title. */
function StandIn({ name, title, state, children }: { name: string; title: Bilingual; state: 'loading' | 'failed'; children: ReactNode }) {
  const lang = useLang();
  const headingId = `panel-${name}-${state}`;
  return (
    <section
      className={`panel panel-${state}`}
      data-panel={name}
      data-ready={state === 'failed' ? 'true' : 'false'}
      data-error={state === 'failed' ? 'true' : undefined}
      aria-busy={state === 'loading' ? 'true' : undefined}
      aria-labelledby={headingId}
    >
      <header className="panel-head">
        <h2 id={headingId}>{tr(title, lang)}</h2>
      </header>
      {children}
    </section>
  );
}

/** Stands in for the panel while its code loads: the same contract (data-panel, not ready), and words a person can read. */
function PanelLoading({ name, title }: { name: string; title: Bilingual }) {
  const lang = useLang();
  return (
    <StandIn name={name} title={title} state="loading">
      <p className="panel-loading-note" role="status">
        <span className="spinner" aria-hidden="true" />
        {ui('panelLoading', lang)}
      </p>
    </StandIn>
  );
}

/** A lazily loaded panel, and a way to fetch its code before it first renders. */
export type LazyPanel<P extends object = object> = ComponentType<P> & { preload: () => Promise<PanelModule<P>> };

/**
 * A lazily loaded panel that survives its chunk failing. Once its module is here (`preload`, or an
 * earlier render) it draws synchronously, so a preloaded panel never paints its loading state first
 * and then pushes the page down. The panel tools (cite, save, expand) come with it when they can,
 * but a panel never waits on their failure: only the tools then say so (shared/PanelFrame.tsx).
 */
export function lazyPanel<P extends object = object>(name: string, title: Bilingual, load: Loader<P>): LazyPanel<P> {
  const code = onDemand(() =>
    Promise.all([
      load(),
      preloadPanelTools().catch(() => null), // their own failure is theirs to show
    ]).then(([m]) => m),
  );
  function LazyPanel(props: P) {
    const { module, failed, failure, retry } = code.useModule(true);
    const failedPanel = (why: typeof failure, again: () => void) => (
      <StandIn name={name} title={title} state="failed">
        <PartLoadFailed panel={named(why, title)} failure={why} retry={again} />
      </StandIn>
    );
    if (module) {
      const Loaded = module.default;
      return (
        <PartBoundary name={`panel ${name}`} fallback={failedPanel}>
          <Loaded {...props} />
        </PartBoundary>
      );
    }
    return failed ? failedPanel(failure, retry) : <PanelLoading name={name} title={title} />;
  }
  LazyPanel.displayName = `LazyPanel(${name})`;
  LazyPanel.preload = code.preload;
  return LazyPanel;
}
