// Every panel sits in one frame: the testing contract (data-panel, data-ready), a heading,
// an "expand" toggle, and an error boundary so one failing panel never blanks the page.
import { Component, createContext, useCallback, useContext, useMemo, useRef, useId, useState, type ReactNode } from 'react';
import { downloadBlob } from './exportImage';
import { elementToPicture } from './exportPicture';
import { pictureCaption, pictureFileName } from './pictureLayout';
import { useAppStore } from '../store/store';
import { ui } from '../i18n/text';
import { useLang } from './useEntity';
import { CiteThis } from './CiteThis';
import { MarksLegend } from './badges';
import { marksOfPanel } from './panelKey';
import { useGraph } from './GraphProvider';

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

/** The key to the marks this panel uses, beside it. */
function PanelKey({ name }: { name: string }) {
  const graph = useGraph();
  const kinds = useMemo(() => marksOfPanel(graph, name), [graph, name]);
  return <MarksLegend only={kinds} />;
}

export function PanelFrame({ name, title, subtitle, className, children, actions, panelTools = true }: PanelFrameProps) {
  const lang = useLang();
  const [ready, setReady] = useState(false);
  const [failed, setFailed] = useState(false);
  const expanded = useAppStore((s) => s.view === name);
  const returnView = useAppStore((s) => s.returnView);
  // Unique even when a comparison shows the same panel twice (useId also matches across hydration).
  const headingId = `panel-${name}-title-${useId()}`;
  const rootRef = useRef<HTMLElement>(null);
  const [exportNote, setExportNote] = useState<string | null>(null);
  const saveImage = useCallback(
    async (slide: boolean) => {
      const root = rootRef.current;
      if (!root) return;
      try {
        const blob = await elementToPicture(root, pictureCaption(title, title, lang), slide);
        downloadBlob(blob, pictureFileName(name, lang, slide));
        setExportNote(null);
      } catch (e) {
        console.warn(`[panel ${name}] PNG export`, e);
        setExportNote(ui('exportFailed', lang));
      }
    },
    [name, title, lang],
  );
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
          {subtitle ? <p className="panel-sub">{subtitle}</p> : null}
        </div>
        <div className="panel-actions">
          {actions}
          {panelTools ? (
            <>
              <CiteThis panel={name} />
              <button
                type="button"
                className="ghost"
                data-action="save-image"
                onClick={() => void saveImage(false)}
                title={ui('saveImageHint', lang)}
              >
                {ui('saveImage', lang)}
              </button>
              <button
                type="button"
                className="ghost"
                data-action="save-slide"
                onClick={() => void saveImage(true)}
                title={ui('saveSlideHint', lang)}
                aria-label={ui('saveSlideHint', lang)}
              >
                {ui('saveSlide', lang)}
              </button>
              <button
                type="button"
                className="ghost"
                aria-pressed={expanded}
                data-action={expanded ? 'back' : 'expand'}
                onClick={() => useAppStore.getState().setView(expanded ? returnView : name)}
              >
                {expanded ? (returnView === 'overview' ? ui('backToOverview', lang) : ui('backToAll', lang)) : ui('expand', lang)}
              </button>
            </>
          ) : null}
        </div>
      </header>
      <PanelKey name={name} />
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
