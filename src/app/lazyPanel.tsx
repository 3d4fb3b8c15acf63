// A full panel: its code is a separate chunk (every full panel is; see panels.ts). Its own error
// boundary sits ABOVE the lazy component: PanelFrame's boundary is inside the chunk, so it cannot
// catch the chunk failing to load, and without this a blocked or vanished chunk emptied the whole #root.
import { preloadPanelTools } from '../shared/PanelFrame';
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { tr, ui } from '../i18n/text';
import { useLang } from '../shared/useEntity';
import type { Bilingual } from '../model/schema';

// A panel's props pass through (the comparison view takes its two pictures); most panels take none.
type PanelModule<P = object> = { default: ComponentType<P> };
type Loader<P> = () => Promise<PanelModule<P>>;

/**
 * Why the panel is not there: its chunk is gone from the server (a newer build was deployed), the
 * network failed, or the chunk arrived and the panel itself failed to draw.
 */
export type ChunkFailure = 'stale' | 'network' | 'render';

/** The messages browsers and Vite's preload helper give when a chunk (or its CSS) did not arrive. */
export function isChunkLoadError(error: unknown): boolean {
  return /dynamically imported module|Importing a module script failed|Unable to preload CSS|Failed to fetch/i.test(
    String((error as Error)?.message ?? error),
  );
}

/**
 * A dynamic import rejects with the same message for a 404 and for a dropped connection. Asking
 * the server for the file again tells them apart: a 404 means the page is older than the deploy,
 * and only a page reload brings the new file names.
 */
export async function classifyChunkError(error: unknown): Promise<ChunkFailure> {
  const url = /(https?:\/\/\S+?\.(?:js|css))/.exec(String((error as Error)?.message ?? error))?.[1];
  if (!url) return 'network';
  try {
    const res = await fetch(url, { method: 'HEAD', cache: 'no-store' });
    return res.status === 404 || res.status === 410 ? 'stale' : 'network';
  } catch {
    return 'network';
  }
}

interface BoundaryProps {
  name: string;
  onRetry: () => void;
  children: ReactNode;
  renderFailure: (failure: ChunkFailure | null, retry: () => void) => ReactNode;
}

interface BoundaryState {
  failed: boolean;
  failure: ChunkFailure | null;
}

class ChunkBoundary extends Component<BoundaryProps, BoundaryState> {
  state: BoundaryState = { failed: false, failure: null };
  static getDerivedStateFromError(): Partial<BoundaryState> {
    return { failed: true, failure: null };
  }
  componentDidCatch(error: Error) {
    console.warn(`[panel ${this.props.name}] could not load`, error);
    if (!isChunkLoadError(error)) {
      this.setState({ failure: 'render' });
      return;
    }
    void classifyChunkError(error).then((failure) => {
      if (this.state.failed) this.setState({ failure });
    });
  }
  retry = () => {
    this.props.onRetry();
    this.setState({ failed: false, failure: null });
  };
  render() {
    if (this.state.failed) return this.props.renderFailure(this.state.failure, this.retry);
    return this.props.children;
  }
}

const FAILURE_TEXT: Record<ChunkFailure, Bilingual> = {
  render: {
    zh: '“{panel}”面板出错了，其他面板不受影响。',
    en: 'The “{panel}” panel failed; the other panels keep working.',
  },
  network: {
    zh: '“{panel}”面板没有加载成功（网络中断或被拦截）。其他面板不受影响。',
    en: 'The “{panel}” panel could not be loaded (the network failed or blocked it). The other panels keep working.',
  },
  stale: {
    zh: '网站已更新，这个页面里的“{panel}”面板已不存在。请重新加载页面以获取新版本。',
    en: 'The site was updated and this page’s copy of the “{panel}” panel is gone. Reload the page to get the new version.',
  },
};

function fill(text: Bilingual, panel: Bilingual, lang: Parameters<typeof tr>[1]): string {
  return tr({ zh: text.zh.replace('{panel}', panel.zh), en: text.en.replace('{panel}', panel.en) }, lang);
}

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

/** The panel's own message when its code failed to load; reports ready (with data-error) like any failed panel. */
function PanelLoadFailed({ name, title, failure, retry }: { name: string; title: Bilingual; failure: ChunkFailure | null; retry: () => void }) {
  const lang = useLang();
  return (
    <StandIn name={name} title={title} state="failed">
      <div className="panel-error" role="alert" data-failure={failure ?? 'unknown'}>
        <p>{fill(FAILURE_TEXT[failure ?? 'network'], title, lang)}</p>
        <div className="panel-error-actions">
          <button type="button" data-action="retry-panel" onClick={retry}>
            {ui('reloadPanel', lang)}
          </button>
          {failure === 'stale' ? (
            <button type="button" data-action="reload-page" onClick={() => window.location.reload()}>
              {ui('reloadPage', lang)}
            </button>
          ) : null}
        </div>
      </div>
    </StandIn>
  );
}

/** A thenable that calls back at once: React.lazy then resolves without suspending. */
function settled<P>(m: PanelModule<P>): PromiseLike<PanelModule<P>> {
  return { then: (onFulfilled) => settled(onFulfilled ? (onFulfilled(m) as unknown as PanelModule<P>) : m) } as PromiseLike<PanelModule<P>>;
}

/** A lazily loaded panel, and a way to fetch its code before it first renders. */
export type LazyPanel<P extends object = object> = ComponentType<P> & { preload: () => Promise<PanelModule<P>> };

/**
 * A lazily loaded panel that survives its chunk failing. React.lazy remembers a rejected import
 * for good, so "reload this panel" makes a fresh lazy component: the import runs again.
 *
 * Once its module is here (`preload`, or an earlier render) a new lazy component resolves
 * synchronously, so a preloaded panel never paints its loading state first and then pushes the
 * page down.
 */
export function lazyPanel<P extends object = object>(name: string, title: Bilingual, load: Loader<P>): LazyPanel<P> {
  let loaded: PanelModule<P> | null = null;
  // One import per attempt: the first render takes over a preload's outcome, a failure included
  // (a second import would skip the CSS file the first one failed to load and draw the panel unstyled).
  let attempt: Promise<PanelModule<P>> | null = null;
  const preload = () =>
    (attempt ??= Promise.all([load(), preloadPanelTools()]).then(([m]) => {
      loaded = m;
      return m;
    }));
  const fresh = () => lazy(() => (loaded ? settled(loaded) : preload()) as Promise<PanelModule<P>>);
  let current = fresh();
  function LazyPanel(props: P) {
    const [Loaded, setLoaded] = useState<ComponentType<P>>(() => current);
    return (
      <ChunkBoundary
        name={name}
        onRetry={() => {
          attempt = null;
          current = fresh();
          setLoaded(() => current);
        }}
        renderFailure={(failure, retry) => <PanelLoadFailed name={name} title={title} failure={failure} retry={retry} />}
      >
        <Suspense fallback={<PanelLoading name={name} title={title} />}>
          <Loaded {...props} />
        </Suspense>
      </ChunkBoundary>
    );
  }
  LazyPanel.displayName = `LazyPanel(${name})`;
  LazyPanel.preload = preload;
  return LazyPanel;
}
