// Every panel sits in one frame: the testing contract (data-panel, data-ready), a heading,
// the panel's tools (cite, save, expand: PanelTools.tsx, their own chunk) and an error boundary so
// one failing panel never blanks the page.
import { Component, createContext, useCallback, useContext, useRef, useId, useState, type ReactNode, type RefObject } from 'react';
import { ui } from '../i18n/text';
import type { Lang } from '../store/url';
import { useLang } from './useEntity';
import { onDemand } from './useOnDemand';
import { PartBoundary, PartLoadFailed } from './PartLoadFailed';

const panelTools = onDemand(() => import('./PanelTools'));
/** Fetches the full panels' tools; every full panel's loader waits for them (app/lazyPanel.tsx). */
export const preloadPanelTools = panelTools.preload;

function PanelToolsSlot(props: {
  name: string;
  title: string;
  lang: Lang;
  rootRef: RefObject<HTMLElement | null>;
  onExportNote: (n: string | null) => void;
}) {
  const { module: loaded, failed, failure, retry } = panelTools.useModule(true);
  // Only the tools say so if their chunk (cite, CSV, save) did not come: the panel keeps its content.
  if (loaded)
    return (
      <PartBoundary name={`panel tools ${props.name}`}>
        <loaded.PanelTools {...props} />
      </PartBoundary>
    );
  return failed ? <PartLoadFailed failure={failure} retry={retry} /> : null;
}

/** The key to the marks a grid panel uses, beside it (with its tools; the details' frame has none). */
function PanelKeySlot({ name }: { name: string }) {
  const loaded = panelTools.useModule(true).module;
  return loaded ? (
    <PartBoundary name={`panel key ${name}`} fallback={() => null}>
      <loaded.PanelKey name={name} />
    </PartBoundary>
  ) : null;
}

const ReadyContext = createContext<(ready: boolean) => void>(() => {});

/** A panel calls the returned function once it shows its final content. */
export function usePanelReady(): (ready?: boolean) => void {
  const set = useContext(ReadyContext);
  return useCallback((ready = true) => set(ready), [set]);
}

interface BoundaryProps {
  panel: string;
  fallback: (error: Error, retry: () => void) => ReactNode;
  onError: () => void;
  children: ReactNode;
}

class PanelErrorBoundary extends Component<BoundaryProps, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  componentDidCatch(error: Error) {
    // Kept visible for whoever opens the console at a training; the page itself carries on.
    console.warn(`[panel ${this.props.panel}]`, error);
    this.props.onError();
  }
  render() {
    if (this.state.error) return this.props.fallback(this.state.error, () => this.setState({ error: null }));
    return this.props.children;
  }
}

export interface PanelFrameProps {
  name: string;
  title: string;
  subtitle?: string;
  className?: string;
  children: ReactNode;
  /** Extra controls for the panel header (toggles, downloads). */
  actions?: ReactNode;
  /** Offer "save image" and "expand" (false for a frame that is not a grid panel, e.g. the details aside). */
  panelTools?: boolean;
}

export function PanelFrame({ name, title, subtitle, className, children, actions, panelTools = true }: PanelFrameProps) {
  const lang = useLang();
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  // Unique even when a comparison shows the same panel twice (useId also matches across hydration).
  const headingId = `panel-${name}-title-${useId()}`;
  const rootRef = useRef<HTMLElement>(null);
  const [exportNote, setExportNote] = useState<string | null>(null);
  const onError = useCallback(() => {
    setFailed(true);
    setReady(true);
  }, []);
  return (
    <section
      ref={rootRef}
      className={`panel ${className ?? ''}`}
      data-panel={name}
      data-ready={ready ? 'true' : 'false'}
      data-error={failed ? 'true' : undefined}
      aria-labelledby={headingId}
    >
      <header className="panel-head" data-export="skip">
        <div>
          <h2 id={headingId}>{title}</h2>
          {/* A dataset's own section name may be the title already (shared/partTitle.ts): not said twice. */}
          {subtitle && subtitle !== title ? <p className="panel-sub">{subtitle}</p> : null}
        </div>
        <div className="panel-actions">
          {actions}
          {panelTools ? <PanelToolsSlot name={name} title={title} lang={lang} rootRef={rootRef} onExportNote={setExportNote} /> : null}
        </div>
      </header>
      {panelTools ? <PanelKeySlot name={name} /> : null}
      {exportNote ? (
        <p className="panel-note" role="status" data-export="skip">
          {exportNote}
        </p>
      ) : null}
      <ReadyContext.Provider value={setReady}>
        <PanelErrorBoundary
          panel={name}
          onError={onError}
          fallback={(error, retry) => (
            <div className="panel-error" role="alert">
              <p>{ui('panelError', lang)}</p>
              <pre>{error.message}</pre>
              <button
                type="button"
                onClick={() => {
                  setFailed(false);
                  retry();
                }}
              >
                {ui('retry', lang)}
              </button>
            </div>
          )}
        >
          {children}
        </PanelErrorBoundary>
      </ReadyContext.Provider>
    </section>
  );
}
