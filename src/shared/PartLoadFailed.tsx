// The one failure UI of code loaded on demand (shared/useOnDemand.ts; a full panel's too,
// app/lazyPanel.tsx): words a person can read, what failed (a named panel, or "this part" — the
// cite button, the panel tools, the glossary hints …), why (network, a new deploy, or a part that
// failed while drawing) and one retry; after a new deploy also a page reload. The rest of the page
// keeps working, and says nothing.
import { Component, type ReactNode } from 'react';
import { tr, ui } from '../i18n/text';
import type { Bilingual } from '../model/schema';
import { useLang } from './useEntity';
import { classifyChunkError, isChunkLoadError, type ChunkFailure } from './useOnDemand';

/** What a part says when it could not come, by why (a full panel says it in its own words, app/lazyPanel.tsx). */
const TEXT: Record<ChunkFailure, Bilingual> = {
  network: {
    zh: '这一部分没有加载成功（网络中断或被拦截）。页面的其他部分不受影响。',
    en: 'This part could not be loaded (the network failed or blocked it). The rest of the page keeps working.',
  },
  stale: {
    zh: '网站已更新，这个页面里的这一部分已不存在。请重新加载页面以获取新版本。',
    en: 'The site was updated and this page’s copy of this part is gone. Reload the page to get the new version.',
  },
  render: { zh: '这一部分出错了，页面的其他部分不受影响。', en: 'This part failed; the rest of the page keeps working.' },
};

/**
 * `failure`: why, once known (null: not yet known, said as a network failure). `panel`: the failed
 * full panel's own words (it names itself; its retry reloads that panel).
 */
export function PartLoadFailed({ retry, failure = null, panel }: { retry: () => void; failure?: ChunkFailure | null; panel?: Bilingual }) {
  const lang = useLang();
  const text = panel ?? TEXT[failure ?? 'network'];
  return (
    <div className={panel ? 'panel-error' : 'panel-error part-error'} role="alert" data-failure={failure ?? (panel ? 'unknown' : 'network')}>
      <p>{tr(text, lang)}</p>
      <div className="panel-error-actions">
        <button type="button" data-action={panel ? 'retry-panel' : 'retry-part'} onClick={retry}>
          {ui(panel ? 'reloadPanel' : 'retry', lang)}
        </button>
        {failure === 'stale' ? (
          <button type="button" data-action="reload-page" onClick={() => window.location.reload()}>
            {ui('reloadPage', lang)}
          </button>
        ) : null}
      </div>
    </div>
  );
}

interface BoundaryProps {
  name: string;
  children: ReactNode;
  /** What to show instead (default: PartLoadFailed for "this part"); `retry` draws it again. */
  fallback?: (failure: ChunkFailure | null, retry: () => void) => ReactNode;
  onRetry?: () => void;
}

/**
 * The error boundary every part loaded on demand sits under: a part that fails while drawing (or
 * whose own nested chunk fails) shows its failure in its place, never emptying the page above it.
 */
export class PartBoundary extends Component<BoundaryProps, { failed: boolean; failure: ChunkFailure | null }> {
  state = { failed: false, failure: null as ChunkFailure | null };
  static getDerivedStateFromError() {
    return { failed: true, failure: null };
  }
  componentDidCatch(error: Error) {
    console.warn(`[${this.props.name}] failed`, error);
    if (!isChunkLoadError(error)) {
      this.setState({ failure: 'render' });
      return;
    }
    void classifyChunkError(error).then((failure) => {
      if (this.state.failed) this.setState({ failure });
    });
  }
  retry = () => {
    this.props.onRetry?.();
    this.setState({ failed: false, failure: null });
  };
  render() {
    if (!this.state.failed) return this.props.children;
    return this.props.fallback ? (
      this.props.fallback(this.state.failure, this.retry)
    ) : (
      <PartLoadFailed failure={this.state.failure} retry={this.retry} />
    );
  }
}
