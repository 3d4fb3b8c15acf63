// The header and the intro are a chunk of their own (chrome.ts), so that the picture hydrates without
// them (issue 20: the start JavaScript). Both are prerendered; the page asks for their code at once,
// beside the words (main.tsx), and hydration waits a little for it, so it is nearly always here in time.
// If it is not, their markup stays on screen as it is: each sits in a Suspense boundary that React
// hydrates when the code arrives. If it cannot come, the header's error boundary (app/HeaderBoundary)
// keeps the title and offers a retry; the intro leaves its place to the picture.
import { memo, Suspense, use } from 'react';
import { onDemand } from '../../shared/useOnDemand';
// Their stylesheets are start CSS: the prerendered header and intro are styled from the first paint.
import './header.css';
// eslint-disable-next-line no-restricted-imports -- the search box is prerendered in the header: its stylesheet must be start CSS, its code comes with the header's chunk.
import '../search/search.css';

const chrome = onDemand(() => import('./chrome'));
export const preloadChrome = chrome.preload;

/** The headline figures (view=all) are loaded from the header's chunk: this waits for both. */
export const preloadHeadlineFigures = () => chrome.preload().then((m) => m.preloadHeadlineFigures());

/**
 * Synchronous once here (a later render never suspends); else the one pending import: the build's
 * prerender waits for it, and hydration leaves the server's markup in place until it resolves.
 */
function useChrome() {
  return chrome.loaded() ?? use(chrome.preload());
}

function LoadedHeader() {
  const { Header } = useChrome();
  return <Header />;
}

function LoadedIntro({ where }: { where: 'side' | 'top' }) {
  const { Intro } = useChrome();
  return <Intro where={where} />;
}

// Memoised, with no props or constant ones: a re-render of the page around them (the view, the language,
// the full panels' code arriving) must not reach a boundary still waiting to hydrate, which would make
// React drop the server's markup for the fallback. The fallbacks are for a page rendered afresh before
// the code is here (main.tsx asks for it first): an empty header keeps the header's room.

export const HeaderOnDemand = memo(function HeaderOnDemand() {
  return (
    <Suspense fallback={<header className="app-header" aria-busy="true" />}>
      <LoadedHeader />
    </Suspense>
  );
});

export const IntroOnDemand = memo(function IntroOnDemand({ where }: { where: 'side' | 'top' }) {
  return (
    <Suspense fallback={null}>
      <LoadedIntro where={where} />
    </Suspense>
  );
});
