// The header's figures come straight from the data: if one of them cannot be drawn, the title,
// language switch and every panel below must stay. The fallback keeps the page's heading.
import { Component, type ReactNode } from 'react';
import { ui } from '../i18n/text';
import { useLang } from '../shared/useEntity';
import { useDatasets } from '../datasets/context';

function HeaderFallback({ retry }: { retry: () => void }) {
  const lang = useLang();
  // Like the header itself: a user-supplied picture is never titled as Lankao.
  const shown = useDatasets()?.shown;
  return (
    <header className="app-header" data-error="true">
      <div className="title-row">
        <h1>{shown?.userSupplied ? <bdi>{shown.name}</bdi> : ui('title', lang)}</h1>
      </div>
      <div className="panel-error" role="alert">
        <p>{ui('headerError', lang)}</p>
        <button type="button" onClick={retry}>
          {ui('retry', lang)}
        </button>
      </div>
    </header>
  );
}

export class HeaderBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  componentDidCatch(error: Error) {
    console.warn('[header]', error);
  }
  render() {
    if (this.state.failed) return <HeaderFallback retry={() => this.setState({ failed: false })} />;
    return this.props.children;
  }
}
